"""Verdicts the form rules leave open, each read from what the partner said in their own words (or from our open promise):

- a thing the CIO plans to make or bring that the partner has asked NOT to get ("no more strategy papers, please"):
  no, whatever the question's form, and what the partner did ask for instead;
- "this or that?": the option the partner has not put off, where the partner's own words defer the other ("Not this
  quarter."), with the partner's words for the one they want where the notes hold them;
- "can I just introduce myself / keep it social?": no, where a promise of ours is past due or the partner's ask is open;
- "should I lead with our uptime and cost per seat?": no, where the partner has an open request of their own to lead with;
- "partner or bypass risk?" where the reading says the notes are too thin: neither yet, recorded as unknown, not guessed.

Where the partner's words do not decide it, None: the answer stays as it was."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.form_verdict import _ask_words, _quoted, _said_in, _waiting, question_form
from assistant.conversation.partner_record import touches_avoid
from assistant.conversation.partner_say import on_day
from assistant.planning.situation_types import Item, Sentence, Situation

Found = tuple[str, list[Sentence], str]

_QUOTED = re.compile(r"[\"“«„]")
_STOPS = {"that", "this", "with", "from", "your", "their", "them", "they", "what", "when", "will", "would", "should", "could", "have",
          "just", "into", "about", "more", "another", "some", "every", "again", "other", "over", "only", "than", "then", "also", "idea",
          "thing", "things", "please", "really", "want", "need", "give", "send", "make", "write", "bring", "show", "present"}

# The partner's own "don't write me another strategy paper" / "no more slide decks": the thing they do not want from us.
_NOT_WANTED = re.compile(r"\b(?:(?:please )?(?:do not|don't|dont|never) (?:send|give|bring|write|show|build|make|do|prepare)\w* (?:(?:me|us) |my \w+ )?"
                         r"|no more |not another |stop (?:send|giv|bring|writ|show)\w* (?:me |us )?)"
                         r"(?:another |more |any |a |an |the |new )?(?P<obj>[\w-]+(?: [\w-]+){0,2})", re.I)


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|s)$", "", word)


def _words(text: str) -> set[str]:
    """Content words, lightly stemmed ("forecasting" and "forecast" meet)."""
    return {_stem(w) for w in re.findall(r"[a-z][a-z]{3,}", text.lower())} - {_stem(w) for w in _STOPS}


def _spoken(s: Sentence) -> bool:
    return s.speaker == "partner" or bool(_QUOTED.search(s.text))


def choice_verdict(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    """A verdict from the partner's own words, or None."""
    for rule in (_not_wanted, _either, _just_social, _our_metrics):
        found = rule(question, sit, first, today)
        if found is not None:
            return found
    return None


def _request(sit: Situation) -> Item | None:
    asks, _ = _waiting(sit, dt.date.min)
    return next((i for i in asks if i.kind == "request"), None)


def _not_wanted(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    asked = _words(question)
    for s in reversed(sit.sentences):
        if not _spoken(s) or touches_avoid(s.text, sit):
            continue
        for m in _NOT_WANTED.finditer(s.text):
            obj = _words(m.group("obj"))
            if len(obj) < 2 or not obj <= asked:  # the whole thing they named, not one word of it, is what the CIO plans
                continue
            thing = re.sub(r"(?<=[^s])s$", "", m.group("obj").strip().lower())  # "no more roadmap decks": the roadmap deck
            said = next((q for q in re.findall(r"[\"“]([^\"”]{8,})[\"”]?", s.text) if m.group(0) in q), "")  # the words said, no label
            ask = _request(sit)
            instead = f" Bring what {first} did ask for: {_ask_words(ask, today, first + chr(39) + 's', sit)}." if ask is not None else ""
            return (f"No, do not build the {thing}: {first} asked you not to, in {first}'s own words on "
                    f"{on_day(s.date, today)}: “{said.strip() or _quoted(s)}” Sending one anyway would answer a request {first} never made.{instead}"), \
                [s, *_said_in(sit, [ask] if ask else [])], ""
    return None


# "Do I show the scheduling results or the robotics idea?": the two options the question names.
_EITHER_Q = re.compile(r"\b(?P<verb>present|show|pitch|lead with|open with|bring|focus on|talk about|go with|use|push|propose|cover)\b "
                       r"(?P<a>[^?]{4,80}?),? or (?:the |a |an |our |my )?(?P<b>[^?]{4,80}?)\s*\?", re.I)
# The partner putting a thing off in their own words: "Later.", "Not in January.", "not now", "one thing at a time".
_DEFERS = re.compile(r"\blater\b|\bnot (?:now|yet|this (?:year|quarter)|in (?:january|february|march|april|may|june|july|august|september|october|"
                     r"november|december|q[1-4]))\b|\bone thing at a time\b|\bcan wait\b|\bpark (?:it|that)\b|\bnext year\b", re.I)


def _either(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if question_form(question) != "choice" or (m := _EITHER_Q.search(question)) is None:
        return None
    options = [(re.sub(r"^(?:the|a|an|our|my) ", "", m.group(g).strip(), flags=re.I), _words(m.group(g))) for g in ("a", "b")]
    for at, s in enumerate(sit.sentences):
        if not (_spoken(s) and _DEFERS.search(s.text)) or touches_avoid(s.text, sit):
            continue
        put_off = [i for i, (_, w) in enumerate(options) if len(w & _words(s.text)) >= 2]  # the thing put off, named in it ...
        if not put_off and at > 0 and sit.sentences[at - 1].note is s.note:  # ... or just before it ("I floated X. He: 'Later.'")
            put_off = [i for i, (_, w) in enumerate(options) if len(w & _words(sit.sentences[at - 1].text)) >= 2]
        if len(put_off) != 1:
            continue
        keep, drop = options[1 - put_off[0]], options[put_off[0]]
        wants = next((x for x in reversed(sit.sentences) if _spoken(x) and x is not s and keep[1] & _words(x.text)
                      and not touches_avoid(x.text, sit)), None)
        why = f" {first}'s own words for what {first} wants: “{_quoted(wants)}” ({on_day(wants.date, today)})." if wants is not None else ""
        verb = m.group("verb").lower()
        return (f"{verb[:1].upper()}{verb[1:]} the {keep[0]}: {first} has put the {drop[0]} off, in {first}'s own words on {on_day(s.date, today)}: "
                f"“{_quoted(s).rstrip('.')}”.{why} Pitching the other one now would ignore what {first} said; keep it for when {first} is ready."), \
            [x for x in (s, wants) if x is not None], (f"I'd like us to take the {keep[0]}{', as you asked' if wants is not None else ''}; "
                                                        f"the {drop[0]} can wait until you say it's time.")
    return None


_SOCIAL_Q = re.compile(r"\bjust\b[^?]{0,60}\b(?:introduce (?:myself|me)|get to know|say hello|keep it (?:social|light)|break the ice|"
                       r"meet and greet)\b", re.I)


def _just_social(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if question_form(question) != "yes_no" or not _SOCIAL_Q.search(question):
        return None
    asks, overdue = _waiting(sit, today)
    if overdue:
        item, due = overdue[0]
        when = f"due {on_day(due, today)} and now past" if due is not None else "now overdue"
        return (f"No, not only that: our promise of {on_day(item.date, today)} is {when} and not shown delivered (“{_quoted_text(item)}”). "
                f"Introduce yourself in a sentence, then own the date and give {first} a new one your team has checked."), \
            _said_in(sit, [item]), ""
    ask = next((i for i in asks if i.kind == "request"), None)
    if ask is None:
        return None
    return (f"No, not only that: {first} is still waiting on {_ask_words(ask, today, first + chr(39) + 's', sit)}. "
            f"Introduce yourself in a sentence, then say where it stands and by when {first} will have it."), _said_in(sit, [ask]), ""


def _quoted_text(item: Item) -> str:
    words = item.quote.strip().split()
    return " ".join(words[:30]) + (" ..." if len(words) > 30 else "")


# "Should I lead with our 99.9% uptime?": IT's own operating measures, proposed as the opening.
_LEAD_Q = re.compile(r"\b(?:lead|open|start|kick off|hit back|answer|respond|reply|counter|push back)\b[^?]{0,40}?\bwith\b", re.I)
_IT_MEASURE = re.compile(r"\b(?:uptime|availability|SLAs?|service levels?|tickets?|incidents?|cost[- ]per[- ](?:seat|user|ticket)|"
                         r"resolution times?|response times?|first[- ]time fix|patch(?:ing)? (?:rate|levels?)|mean time)\b", re.I)


def _our_metrics(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if question_form(question) != "yes_no" or not (_LEAD_Q.search(question) and _IT_MEASURE.search(question)):
        return None
    why = f"No: those are IT's own measures, and {first} judges us by what {first}'s own work gets from us."
    ask = _request(sit)
    if ask is not None:
        return (f"{why} Lead with {_ask_words(ask, today, first + chr(39) + 's', sit)} instead, and keep the IT figures for your own "
                "team."), _said_in(sit, [ask]), ""
    said = next((s for s in reversed(sit.sentences) if (s.speaker == "partner" or first in s.text) and s.date is not None
                 and _QUOTED.search(s.text) and not touches_avoid(s.text, sit)), None)  # no open request: the partner's own latest words
    if said is None:
        return None
    words = max(re.findall(r"[\"“]([^\"”]{8,})[\"”]?", said.text) or [_quoted(said)], key=len).strip()
    return (f"{why} Answer what {first} said on {on_day(said.date, today)} instead (“{words}”), in {first}'s terms, and keep "
            "the IT figures for your own team."), [said], ""


# "Where does he sit, partner or bypass risk?", "is she a utility or a cost centre?", "which quadrant?".
_LABEL = r"(?:partner|utility|cost[- ]cent(?:re|er)|bypass[- ]risk)"
_QUADRANT_Q = re.compile(rf"\b{_LABEL}\b[^?]{{0,40}}\bor\b[^?]{{0,40}}\b{_LABEL}\b|\bwhich quadrant\b|\bin (?:a|which) quadrant\b", re.I)
_THIN = re.compile(r"^Your notes(?P<when> \(latest note [^)]*\))? are too thin to tell how (?P<who>.+?) sees (?P<what>[^;]+);")


def unplaced(question: str, direct: list[str]) -> list[str]:
    """A quadrant asked for where the reading found the notes too thin: said first as no quadrant yet, recorded as unknown."""
    if not _QUADRANT_Q.search(question):
        return direct
    for at, line in enumerate(direct):
        if (m := _THIN.match(line)) is not None:
            said = (f"Neither yet: your notes{m.group('when') or ''} are too thin to tell how {m.group('who')} sees {m.group('what')}, "
                    f"so record {m.group('who')} as unknown there rather than guess a quadrant;{line[m.end():]}")
            return [said, *direct[:at], *direct[at + 1:]]
        if (m := _HALF.match(line)) is not None:  # one axis shown, the other not: still no quadrant to put in a pack
            said = (f"Neither yet: how {m.group('who')} sees {m.group('other')} is not clear from your notes, so record {m.group('who')} as "
                    f"unknown on that axis rather than guess a quadrant. {line}")
            return [said, *direct[:at], *direct[at + 1:]]
    return direct


_HALF = re.compile(r"^Your notes(?: \([^)]*\))? show plainly that (?P<who>.+?) (?:sees technology as|doubts our|trusts our)\b.*"
                   r"\bHow (?P=who) sees (?P<other>[^;]+) is not clear yet;")

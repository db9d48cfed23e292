"""Who the CIO will say the line to, and the slots a question asks the answer to fill, from the notes' typed facts.

- audience: the CIO's own team, the board / executive team, or the partner, read from the question's words;
- a line for the CIO's own team names the partner's item in the note's own (third-person) words and asks for an owner;
- a question about a cut is answered with the cut's own figures and what the partner said must be kept;
- thin notes get two or three questions built on the notes' hooks (new in role, a move, a reorganisation, a pilot,
  an outside rival, a parked request), one testing how the partner sees technology, one testing our delivery;
- a topic to keep out is named with the reason the note gives, never an invented one.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_say import bare, on_day
from assistant.planning.situation import Item, Situation
from assistant.planning.situation_types import Sentence

# The CIO's own people as the ones spoken to ("what do I tell my team", "how do I brief my architects").
# ("what should I say to Chen about my team's capacity" speaks to Chen: the team must be the one told, briefed or written to)
_OWN = re.compile(r"(?:\b(?:tell|brief|update|ask|message|rally|get|email|e-mail|remind|thank)\s+|\b(?:to|for|with)\s+)(?:my|our) (?:own )?"
                  r"(?:[\w-]+ ){0,2}?(?:team|teams|staff|people|direct reports|"
                  r"reports|managers|architects|engineers|developers|department|leads)\b(?!['’]s)", re.I)
# The partner's leadership as the ones spoken to: "to the board", "show the executive team", "at the exco" (not a forum named in passing).
_LEADERSHIP = re.compile(r"\b(?:to|for|tell|show|brief|update|at|before|in front of|with|face) (?:the |our |their |his |her |[A-Z][\w-]+['’]s )?(?:whole |full )?"
                         r"(?P<who>board|executive (?:team|committee)|exec(?:utive)? (?:team )?offsite|exco|leadership team|c-suite)\b"
                         r"(?!\s+(?:pack|papers?|deck|report|slides|pre-?reads?|packet|submission)\b)", re.I)  # "her board pack" is a document


def audience(question: str) -> str:
    """'team' (the CIO's own people), 'board', 'executive team' or 'partner': who the line is for."""
    if _OWN.search(question):
        return "team"
    found = _LEADERSHIP.search(question)
    if found:
        word = found.group("who").lower()
        return "executive team" if re.match(r"exec|exco|leadership|c-suite", word) else word
    return "partner"


def _third(text: str) -> str:
    """A note's sentence as the CIO can say it to their own team (a table cell mark and leading date cut)."""
    text = bare(re.sub(r"^\s*(?:[-*•|]\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})\s*[:—–|-]?\s*", "", text))
    return text.rstrip(" |")


def team_line(item: Item | None, sit: Situation, first: str, today: dt.date, ours: bool = False) -> str:
    """A line for the CIO's own team about the item the answer leads with: where it stands, in the note's words, and the ask."""
    if item is None:
        newest = next((s for s in reversed(sit.sentences) if len(s.text.split()) <= 40), None)
        if newest is None:
            return ""
        return (f"Where we stand with {first}: on {on_day(newest.date, today)}, {_lower(_third(newest.text))} "
                f"I want one of you to own the next step for {first}, and to tell me before I next see {first} what we will bring.")
    said = _third(item.quote)
    if len(said.split()) > 40:
        return ""
    opening = f"On {on_day(item.date, today)}, {_lower(said)}"
    if ours or item.kind == "miss":
        return (f"{opening} That one is ours. Before I see {first} I need the cause, what we are changing, and a new date the person "
                "delivering it has checked.")
    if item.kind == "offer":
        return f"{opening} We are saying yes. I want one of you to be {first}'s contact for it; tell me today who it will be."
    if item.due and item.due >= today:
        return (f"{opening} I want one owner for it, and a check, before I next see {first}, that {on_day(item.due, today)} holds; "
                "if it does not, I need to hear it from you now, not later.")
    return f"{opening} I want one owner for it, and a date you have checked, before I next see {first}."


def _lower(text: str) -> str:
    """A sentence continued after a comma: its first letter lowered unless it opens with a name or 'I'."""
    word = text.split(" ", 1)[0]
    keep = word == "I" or (word[:1].isupper() and word.lower() not in _COMMON)
    return text if keep else text[:1].lower() + text[1:]


_COMMON = {"the", "we", "our", "a", "an", "she", "he", "they", "her", "his", "their", "my", "it", "this", "that", "don't", "do"}


def board_miss_line(miss: Item, audience_word: str, today: dt.date) -> str:
    """To the partner's board or executive team: the miss owned in the first person, a checked date, what changes."""
    said = _third(miss.quote).rstrip(".")
    if len(said.split()) > 35:
        said = f"what went wrong on {on_day(miss.date, today)}"
    return (f"On {on_day(miss.date, today)}, {_lower(said)}. That was ours, and I own it. Here is what we have changed, and the new date "
            f"my team has checked; I will report to the {audience_word} if it moves.")


# A question about a cut to the budget, headcount or scope, and the note that gives it.
_CUT_WORDS = r"\b(?:cut|cuts|cutback|reduc\w+|trim\w*|slash\w*|savings?|shrink\w*)\b"
# A cut the CIO wants to stay out of ("without walking into a 10% cut", "how do I avoid a cut") is no cut to plan for.
ASKS_CUT = re.compile(rf"^(?!.*\b(?:without|avoid\w*|prevent\w*|fend\w* off|head\w* off|ward\w* off|resist\w*|stop\w*|dodg\w*|escap\w*)\b"
                      rf"[^?.;]{{0,60}}{_CUT_WORDS}).*{_CUT_WORDS}", re.I | re.S)
_CUT_NOTE = re.compile(r"\b(?:cut|cuts|reduced|reduction|trimmed|slashed|down)\b", re.I)
_PCT = re.compile(r"\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)? per ?cent\b", re.I)
_FROM_TO = re.compile(r"\bfrom (?P<a>[€$£]?\d[\d.,]*\s?(?:k|m|bn|million|thousand)?)\s+to (?P<b>[€$£]?\d[\d.,]*\s?(?:k|m|bn|million|thousand)?)", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# The day a cut takes effect: "starting 1 January", "from 1 April 2027", "effective Q2", "as of next month".
_CUT_DAY = re.compile(rf"\b(?:starting|effective|as of|from|with effect from|beginning)\s+(?:on\s+)?(?P<d>\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?|"
                      rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})?|{_MONTH}(?: \d{{4}})?|Q[1-4](?: \d{{4}})?|next (?:year|quarter|month))\b", re.I)
_KEEP = re.compile(r"\b(?P<x>(?:the|our|his|her|their) [\w -]{3,50}?) (?:kept|protected|untouched|safe|spared)\b|"
                   r"\b(?:keep|protect|spare)\s+(?P<y>(?:the|our|his|her|their) [\w -]{3,50}?)(?= whatever| at all costs| no matter|[.,;]|$)", re.I)


def cut_note(sit: Situation) -> Sentence | None:
    """The newest note sentence that gives a cut with its figures."""
    return next((s for s in reversed(sit.sentences) if _CUT_NOTE.search(s.text) and (_PCT.search(s.text) or _FROM_TO.search(s.text))), None)


def cut_parts(sit: Situation, first: str, today: dt.date) -> tuple[str, str, str]:
    """(a direct sentence, the line to say, the question back) for a cut the notes give with its figures; "" when they give none."""
    note = cut_note(sit)
    if note is None:
        return "", "", ""
    pct, span = _PCT.search(note.text), _FROM_TO.search(note.text)
    size = f"{pct.group(0).replace(' ', '')} cut" if pct else "cut"
    span_said = f", from {span['a']} to {span['b']}," if span else ""
    day = _CUT_DAY.search(note.text)
    span_said += f" starting {day['d']}," if day else ""  # its day, as the note gives it
    keep = next((m.group("x") or m.group("y") for s in reversed(sit.sentences) if (m := _KEEP.search(s.text))), "")
    kept = f"keep {_ours(keep)}, as {first} asked, " if keep else "say what you keep, "
    direct = (f"Answer the cut itself: on {on_day(note.date, today)} your notes say “{_third(note.text)}” Take the {size}{span_said} as given, "
              f"{kept}and bring {first} the options for the rest: what stops, what slips, and what each means for {first}'s teams.")
    keeping = f" We keep {_ours(keep)}, as you asked." if keep else ""
    line = (f"We will work within the {size}{span_said.rstrip(',')}.{keeping} For the rest, I'll bring you two or three options, with what each one "
            "stops or delays for your teams, and you choose.")
    back = f"Which of our planned work would you stop or delay first to fit the {size}, and what would that mean for {first}'s teams?"
    return direct, line, back


def _ours(thing: str) -> str:
    return re.sub(r"^(?:his|her|their)\b", "the", thing.strip(), flags=re.I)


# Hooks in the notes that make a good question when the evidence on how the partner sees us is thin.
_HOOKS: list[tuple[str, re.Pattern[str], str, str]] = [
    ("new", re.compile(r"\b(?:new|incoming|newly appointed)\s+(?:\w+\s+)?(?:cmo|cfo|coo|ceo|cto|cpo|chro|chief|boss)\b|\bnew (?:in|to) (?:the |her |his |their )?(?:role|post|job|company|position)\b|\b(?:just |recently )?joined\b|"
                       r"\bjust started\b|\bstarted as\b|\b(?:started|arrived|began)(?: on| in)? (?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\bappointed\b|\btook over\b|\breplacing\b|\bnewly\b|\bfirst (?:\d+ |few )?(?:weeks?|days?|months?)\b", re.I),
     "What do you most want to change in your first year, and where could technology help or get in the way?",
     "What have your people told you about working with IT so far?"),
    ("move", re.compile(r"\boffice move\b|\bmov(?:e|es|ing) (?:in)?to (?:the |a |our )?new\b|\brelocat\w+|\bnew (?:office|site|building|premises|warehouse|plant)\b(?! (?:system|app|tool|software|platform|model|portal|dashboard)s?\b)", re.I),
     "What has to work on the first day in the new place, and who on your side should we plan the move with?",
     "When we have supported a move before, what went well for your team and what did not?"),
    ("reorg", re.compile(r"\breorgani[sz]\w*|\brestructur\w*|\bmerg(?:e|es|er|ing)\b|\bnew (?:structure|operating model)\b", re.I),
     "What changes for your teams when the new structure lands, and which systems or data have to come together?", ""),
    ("pilot", re.compile(r"\bpilot\w*|\btrial\b|\bproof of concept\b", re.I),
     "What would the pilot have to show for you to extend it, and how will you judge it?",
     "How has working with our team on the pilot been so far, honestly?"),
    ("rival", re.compile(r"\b(?:agency|vendor|consultanc\w*|consultants?|contractor|outside firm|competitor|rival)\b[^.;]{0,60}"
                         r"\b(?:demo\w*|pitch\w*|promis\w*|propos\w*|quot\w*|built|build\w*|tool|app|platform|offer\w*)\b|"
                         r"\b(?:demo\w*|pitch\w*|proposal|quote) (?:from|by) (?:an? |the )?(?:outside |external )?(?:agency|vendor|consultanc\w*|firm)\b", re.I),
     "What did the outside offer promise that you do not get from us today?",
     "Where have we been too slow or too hard to work with for you?"),
    ("parked", re.compile(r"\b(?:parked|on hold|deferred|postponed|deprioriti[sz]ed)\b", re.I),
     "Which of your parked requests matters most to you now, and by when would you need it?",
     "When we parked it, how did that land with you and your team?"),
]
# A note's header line ("Partner: Ana Lopes, CFO (joined in May)") and a question about a person new in the post.
_HEADER = re.compile(r"\s*(?:partner|stakeholder|name|who)\s*:", re.I)
_NEW_PERSON = re.compile(r"\b(?:new|incoming|newly appointed)\s+(?:\w+\s+)?(?:cmo|cfo|coo|ceo|cto|cpo|chro|director|head|chief|boss|manager|vp|partner|"
                         r"lead|officer)\b|\b(?:just|recently) (?:joined|started|arrived)\b", re.I)
# A pilot that has run its course: rolled out, extended, scaled, or told as over.
_PILOT_DONE = re.compile(r"\broll(?:ed|ing|s)?[- ]?(?:it |them )?out\b|\brollout\b|\bextend(?:ed|ing)? (?:it|the pilot|the trial)\b|\bscal(?:e|ed|ing) (?:it )?up\b|"
                         r"\b(?:pilot|trial)\s+(?:has\s+)?(?:ended|finished|is over|went well|worked|succeeded|was a success)\b|\bafter the (?:pilot|trial)\b", re.I)
_FALLBACK = ("What would you most like to change in your area this year?", "How well has IT delivered for you so far?")


# A question that asks for questions to put to the partner: the answer gives them.
ASKS_QUESTIONS = re.compile(r"\bwhat (?:questions?|should I ask|do I ask|to ask|can I ask)\b|\bwhich questions?\b|\bquestions? (?:should|could|can|do) I (?:ask|put)\b|"
                            r"\bwhat (?:should|could|can) I ask\b", re.I)


def questions_to_ask(sit: Situation, first: str, question: str = "") -> str:
    """The questions themselves, built on the notes' hooks (the general pair where the notes give none)."""
    asks = hook_questions(sit, question=question) or list(_FALLBACK)
    return f"Ask {first}: " + " ".join(f"“{q}”" for q in asks) + " Then listen more than you talk, and write the answers down afterwards."


def hook_questions(sit: Situation, limit: int = 3, question: str = "") -> list[str]:
    """Two or three questions to ask the partner, from the notes' hooks (newest note first), testing how they see
    technology and how they see our delivery; the general pair fills in where the notes give no hook. The notes' header
    lines ("(started 2 November)") and the CIO's question ("our new CMO") count as hooks that the partner is new."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    past_pilot = any(_PILOT_DONE.search(s.text) for s in sit.sentences)
    heads = [line for n in sit.notes for line in n.text.splitlines()[:2] if _HEADER.match(line)]
    kept_out = {a.quote for a in sit.avoid}  # a topic to keep out of the room is never a hook
    texts = [s.text for s in reversed(sit.sentences) if s.text not in kept_out] + heads + ([question] if _NEW_PERSON.search(question) else [])
    for text in texts:
        for name, cue, dep, comp in _HOOKS:
            if name == "pilot" and past_pilot:
                continue  # the pilot is behind them: asking what it must show would ignore the rollout they asked for
            if name not in seen and cue.search(text) and (name == "new" or text not in heads):
                seen.add(name)
                found.append((dep, comp))
    if not found:
        return []
    deps = [d for d, _ in found]
    comps = [c for _, c in found if c] or [_FALLBACK[1]]
    out = deps[:2] + comps[:1]
    return out[:limit]


# "don't bring up X; she is upset about them", "avoid X because ...": the topic and the reason the note itself gives
_TOPIC = re.compile(r"\b(?:don'?t|do not|never|avoid|steer clear of|not to)\s+(?:bring(?:ing)? up|rais(?:e|ing)|mention(?:ing)?|discuss(?:ing)?|"
                    r"talk(?:ing)? about|ask(?:ing)? about|touch(?:ing)?)?\s*(?P<t>(?:the|her|his|their|any|what)\b[^;,.—–()]{3,70})", re.I)
_REASON = re.compile(r"(?:;|,|—|–|\(|\bbecause\b|\bas\b|\bsince\b)\s*(?P<r>(?:she|he|they|it|this|that)(?:'s|’s)?\b[^.;()]{3,80})", re.I)


# Where a topic's noun phrase ends and the sentence goes on: an adverb, or a preposition that says where or when.
_TOPIC_TAIL = re.compile(r"\s+(?:again|in front of|with|to|at|during|when|unless|until|before|after|in|on|now|yet|any ?more|today|"
                         r"this time|please|either)\b", re.I)
_DANGLING = re.compile(r"\b(?:the|her|his|their|any|what|a|an|of|and|or)$", re.I)


# "X is going through a hard restructuring; leave it alone unless he mentions it": what the partner lives through, and the
# note's own instruction after the separator.
_LIVES = re.compile(r"\b(?:going through|dealing with|struggling with|in the middle of|upset about|sensitive about|worried about|"
                    r"unhappy about|sore about)\s+(?P<t>[^;,.—–()]{3,70})", re.I)
_SAYS = re.compile(r"[;—–:]\s*(?P<d>(?:leave|let|keep|avoid|steer|do not|don't|never|only)\b[^.;]{3,80})", re.I)


def _situation_said(quote: str, today: dt.date, day: dt.date | None) -> str:
    """'Keep the restructuring of his own team out of the room: your notes of 5 November say to leave it alone unless he
    mentions it.' from a note that names what the partner lives through and says to leave it; "" when it does not."""
    lives, says = _LIVES.search(quote), _SAYS.search(quote)
    if lives is None or says is None:
        return ""
    what = re.sub(r"^(?:an?)\s+", "the ", lives.group("t").strip(), flags=re.I)
    directive = says.group("d").strip()
    directive = directive if re.match(r"(?:do not|don't|never|only)\b", directive, re.I) else f"to {directive[:1].lower()}{directive[1:]}"
    return f"Keep {what} out of the room: your notes of {on_day(day, today)} say {directive}."


def avoid_said(quote: str, first: str, today: dt.date, day: dt.date | None, kind: str) -> str:
    """'Keep <topic> out of the room: your notes of <day> say <reason>.' from the note's own words, or "" when it names no topic."""
    topic, reason = _TOPIC.search(quote), _REASON.search(quote)
    if topic is None:
        return _situation_said(quote, today, day)
    what = _TOPIC_TAIL.split(topic.group("t").strip(), maxsplit=1)[0].strip()  # "the audit finding again in front of her team": the finding
    if not what or _DANGLING.search(what):
        return ""
    why = (f"your notes of {on_day(day, today)} say {reason.group('r').strip()}" if reason
           else "it is an audit matter, so leave it to the audit process unless " + first + " raises it" if kind == "audit"
           else f"your notes of {on_day(day, today)} say not to raise it")
    return f"Keep {what} out of the room: {why}."

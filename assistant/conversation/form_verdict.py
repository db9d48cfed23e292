"""The question's form (a verdict asked: yes/no or this-or-that; a draft; a line to say) and, for a verdict the rules in
verdict.py leave open, a verdict read from typed facts: who caused a miss, what the partner is still waiting for, whether
the partner has spoken since, and the CIO's own conduct as the question tells it.

The families, each decided only where the facts decide it (otherwise None, and the answer stays as it was):
- "do I apologise / acknowledge it again?": no where the partner put it behind them, or where the notes put the only
  cause with a third party and none of ours still weighs;
- "do I owe them anything / is it just a chat?": yes with what is open, or no where nothing is;
- "raise it or leave it?": first the CIO's own conduct is owned; else the partner's open request comes first;
- "go over their head?": not yet while a miss of ours still weighs or their ask is unanswered; go to them yourself first
  where the question names that route;
- "take the seat myself or send a colleague / accept now or wait?": yourself, and now, where the partner offered a seat;
- "pitch X: good idea?": no, where the partner has already turned down that kind of thing in their own words."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.conversation.partner_facts import open_asks
from assistant.conversation.partner_record import forgiven, is_invitation, overdue_ours, still_weighs, touches_avoid
from assistant.conversation.partner_say import bare, kind_word, on_day
from assistant.planning.miss_cause import cause_in, people
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

Found = tuple[str, list[Sentence], str]

# Forms. A verdict is asked by "should/do/can I ...", "is it time/worth ...", "good idea or not?", "any reason not to?".
_VERDICT = re.compile(r"(?:^|[.!?,;:]\s+|\b(?:and|but|so|or)\s+)(?:should|shall|do|can|could|must|would|may) (?:I|we)\b|"
                      r"\b(?:is|isn't) it (?:time|worth|wise|daft|too (?:early|late)|ok|okay)\b|\b(?:good|bad) idea\b|\bor not\b|"
                      r"\bany reason not\b|\bdo I (?:need|have) to\b|"
                      r"^(?:is|are|does|has) (?-i:[A-Z][\w-]+) (?:waiting|expecting|owed|still)\b", re.I)
_CHOICE = re.compile(r"\b(?:should|do|shall) I\b[^?]*\bor\b|\bor (?:should|do|shall) I\b|\bor (?:just|is it|let|leave)\b", re.I)
_DRAFT = re.compile(r"\b(?:draft|write|compose)\b|\b(?:first|opening) (?:two|three|few|\d)? ?(?:or \w+ )?(?:sentences?|lines?|words)\b|"
                    r"\boutline\b|\bgive me the (?:words|wording|script|email|e-mail)\b", re.I)
_SAY = re.compile(r"\bwhat (?:do|should|shall|can) I (?:actually )?(?:say|tell|open with|lead with)\b", re.I)


def question_form(question: str) -> str:
    """'draft', 'choice' (this or that), 'yes_no', 'say' or 'open'."""
    if _DRAFT.search(question):
        return "draft"
    if _VERDICT.search(question):
        return "choice" if _CHOICE.search(question) else "yes_no"
    return "say" if _SAY.search(question) else "open"


# Families.
_APOLOGY_Q = re.compile(r"\bapologi[sz]\w*|\bapology\b|\bsay sorry\b|\bsay I(?:'m| am) sorry\b|\backnowledg\w*(?: (?:it|that|the \w+))? again\b", re.I)
# "open by acknowledging last year's outage", "bring the meltdown up first": a past failure owned again, asked as a verdict.
_OWN_AGAIN_Q = re.compile(r"\b(?:acknowledg\w*|revisit\w*|bring(?:ing)? up|rais(?:e|ing)|own(?:ing)?)\b[^?]{0,60}?\b(?:outage|incident|breach|failure|"
                          r"meltdown|fiasco|blackout|crash|mess|disaster|slip|delay|miss|mistake|problem)\b", re.I)
_OWED_Q = re.compile(r"\b(?:do|did|shall) (?:I|we) owe\b|\bowe (?:her|him|them) anything\b|\b(?:anything|something) (?:open|outstanding|pending|due|owed)\b|\bjust (?:be )?a (?:general )?(?:chat|catch-?up)\b|"
                     r"\b(?:is|are) (?:she|he|they) waiting (?:on|for)\b", re.I)
_RAISE_Q = re.compile(r"\b(?:raise|bring (?:it|that|this) up|bring up|mention|address|tackle|confront)\b[^?]*\bor\b[^?]*\b(?:leave|let it|drop|ignore|"
                      r"blow over|say nothing|not)\b|\b(?:leave|let)\b[^?]*\bor\b[^?]*\b(?:raise|bring (?:it|that|this) up|mention)\b", re.I)
_FAILURE_Q = re.compile(r"\b(?:outage|incident|breach|miss(?:ed)?|delay\w*|slip\w*|failure|failed|errors?|late|crash\w*|down ?time)\b", re.I)
_OWN_CONDUCT = re.compile(r"\bI (?:got|was|lost|snapped|overreacted|raised my voice|went)\b[^.?]{0,30}\b(?:defensive|angry|sharp|short|curt|rude|"
                          r"my temper|at (?:her|him|them)|off)\b|\bI (?:snapped|overreacted|lost my temper)\b", re.I)
# Someone on the CIO's side acting against the partner ("my deputy Brian contradicted her in front of the CEO"): ours to own.
_OUR_SIDE_CONDUCT = re.compile(r"\bmy (?P<role>deputy|(?:\w+ )?architect|engineer|(?:\w+ )?lead|(?:\w+ )?manager|direct report|head of \w+|team|people|PM)"
                               r"(?:,? (?P<name>(?-i:[A-Z][\w-]+)),?)? (?:\w+ )?(?P<verb>contradicted|snapped at|undercut|undermined|"
                               r"critici[sz]ed|dismissed|embarrassed|corrected|interrupted|talked over|blamed|overruled|challenged)\b", re.I)
_ESCALATE_Q = re.compile(r"\b(?:go|going|escalate|take (?:it|this)|turn) (?:to|up to) (?:the |my |our |her |his |their |[A-Z][\w-]+(?:'s|’s) )?(?:CEO|MD|COO|CFO|boss|board|"
                         r"managing director|chief executive|line manager|manager)\b|\bover (?:her|his|their) head\b|\bescalat\w*\b", re.I)
_DIRECT = re.compile(r"\b(?:go|talk|speak|get) (?:to|with) (?:him|her|them|(?-i:[A-Z][\w-]+)) (?:myself|directly|first|in person)\b", re.I)
_GIVEN = re.compile(r"\b(?:do not|don't) apologi[sz]e\b|\bnot ours\b", re.I)  # a verdict already said inside the first line
_VERDICT_LEAD = re.compile(r"(?:Yes|No|Not|Do not|Don't|Leave|Bring|Open|Own|Go|Take)\b")


def form_verdict(question: str, sit: Situation, first: str, today: dt.date, lead: str) -> Found | None:
    """A verdict for a yes/no or this-or-that question that the answer (first line `lead`) does not already open with."""
    if question_form(question) not in ("yes_no", "choice") or _VERDICT_LEAD.match(lead or "") or _GIVEN.search(lead or ""):
        return None
    for rule in (_apology, _owed, _raise, _escalate, _seat, _pitch):
        found = rule(question, sit, first, today)
        if found is not None:
            return found
    return None


def _quoted(s: Sentence) -> str:
    text = bare(s.text.strip())
    said = re.match(r"^[^\"“:]{3,60}:\s*[\"“](?P<q>[^\"”]{12,})[\"”]?\s*$", text)  # "From Marek, cc his MD: "..."": the words said
    text = said.group("q").strip() if said else text
    return text if len(text.split()) <= 30 else " ".join(text.split()[:30]) + " ..."


def _waiting(sit: Situation, today: dt.date) -> tuple[list[Item], list[tuple[Item, dt.date | None]]]:
    asks = [i for i in open_asks(sit) if not touches_avoid(i.quote, sit)]
    return asks, overdue_ours(sit, today)


def _ask_words(item: Item, today: dt.date, whose: str = "the", sit: Situation | None = None) -> str:
    due = f", due {on_day(item.due, today)}" if item.due is not None and item.due >= today else \
        f", due {on_day(item.due, today)} and now past" if item.due is not None else ""
    return f"{whose} {kind_word(item)} of {on_day(item.date, today)} (“{_quoted_item(item, sit)}”){due}"


def _quoted_item(item: Item, sit: Situation | None = None) -> str:
    """The item's sentence; a short one ("Asked for a first version.") with the sentence before it in the same note, which says what."""
    text = bare(item.quote.strip())
    at = next((i for i, x in enumerate(sit.sentences) if text and text in x.text), None) if sit is not None else None
    if at is not None and sit is not None and at > 0 and len(text.split()) < 7 and sit.sentences[at - 1].note is sit.sentences[at].note:
        text = f"{bare(sit.sentences[at - 1].text.strip())} {text}"
    return text if len(text.split()) <= 30 else " ".join(text.split()[:30]) + " ..."


def _said_in(sit: Situation, items: list[Item]) -> list[Sentence]:
    """The note sentences the items were read from (cited; a later line quoting them is not said again)."""
    quotes = [i.quote.strip() for i in items if i.quote.strip()]
    return [s for s in sit.sentences if any(q in s.text or s.text.strip() in q for q in quotes)][:3]


def after_verdict(result: Any, question: str, first: str) -> None:
    """Not yet going over the partner's head: no line of advice for that meeting, and a question back about the partner."""
    if _ESCALATE_Q.search(question) and result.direct and result.direct[0].startswith(("Not yet", f"Go to {first} yourself")):
        result.direct = [x for x in result.direct if not x.startswith("For the ")]
        result.question_back = f"What does {first} need from you that you could offer in that message, and by when can you deliver it?"


def outside_cause(sit: Situation) -> Sentence | None:
    """The newest note sentence that puts a miss's cause with a third party, where none puts a cause with us."""
    ours, theirs = people(sit)
    causes = [(s, cause_in(s.text, s.speaker, ours, theirs)) for s in sit.sentences if not touches_avoid(s.text, sit)]
    if any(c == "us" for _, c in causes):
        return None
    return next((s for s, c in reversed(causes) if c == "third_party"), None)


_THEIR_ROLE = r"(?:\w+ )?(?:supervisor|manager|planner|engineer|analyst|lead|deputy|admin|user|controller|coordinator|dispatcher|clerk)"


def partner_side_cause(sit: Situation) -> tuple[Sentence, str] | None:
    """The newest sentence where someone in a role the notes gave the partner's side ("Marcus's dispatch supervisors")
    made the change or step behind a miss ("a dispatch supervisor pushed a change outside the window"), and whose side that
    is ("" for the partner's own; else the name the notes gave); none where a sentence puts a cause with us."""
    ours, theirs = people(sit)
    if any(cause_in(s.text, s.speaker, ours, theirs) == "us" for s in sit.sentences if not touches_avoid(s.text, sit)):
        return None
    names = {n.lower() for n in sit.partner_names if n}
    roles: dict[str, str] = {}
    for s in sit.sentences:
        for m in re.finditer(rf"\b(?P<who>(?-i:[A-Z][\w-]+))(?:'s|’s) (?:own )?(?P<role>{_THEIR_ROLE})s?\b", s.text, re.I):
            who = m.group("who")
            if who.lower() in names or (who not in ours and who not in {"IT", "Our", "The", "We", "Its"}):
                roles.setdefault(m.group("role").lower(), "" if who.lower() in names else who)
        for m in re.finditer(rf"^(?P<who>(?-i:[A-Z][\w-]+))\b[^.]*?\b(?:her|his|their) (?:own )?(?P<role>{_THEIR_ROLE})s?\b", s.text, re.I):
            if m.group("who").lower() in names:  # "Moana asked us to let her shift planners edit rota rules"
                roles.setdefault(m.group("role").lower(), "")
    acted = re.compile(r"\b(?:a|an|the|one of (?:the|his|her|their)) (?P<role>" + _THEIR_ROLE + r")s? (?:had )?(?:pushed|changed|made|deployed|"
                       r"ran|deleted|skipped|bypassed|overrode|switched|turned off|disabled|edited|released)\b[^.]*\b(?:outside|without|"
                       r"against|bypass\w*|skipp\w*|despite)\b", re.I)
    for s in reversed(sit.sentences):
        did = acted.search(s.text)
        if did is not None and did.group("role").lower() in roles and not touches_avoid(s.text, sit):
            return s, roles[did.group("role").lower()]
    return None


def _our_causes(sit: Situation) -> list[Sentence]:
    ours, theirs = people(sit)
    return [s for s in sit.sentences if cause_in(s.text, s.speaker, ours, theirs) == "us" and not touches_avoid(s.text, sit)]


def _apology(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if not (_APOLOGY_Q.search(question) or _OWN_AGAIN_Q.search(question)) or still_weighs(sit):
        return None
    kept = [t for t in sit.avoid if t.kind != "forgiven_miss"]  # the healed miss itself is no topic to keep out of this answer
    healed = [(i, h) for i, h in forgiven(sit) if not any(len(terms_of(h.text) & t.terms) >= 3 or t.quote in h.text for t in kept)]
    if healed:
        _, h = healed[0]
        return (f"No: {first} has put it behind them, on {on_day(h.date, today)}: “{_quoted(h)}” Raising it again would reopen what "
                f"{first} closed; if {first} brings it up, one sentence on what changed is enough, then move to what comes next."), [h], ""
    if (said := outside_cause(sit)) is None:
        if (found := partner_side_cause(sit)) is None:
            return None
        own, whose = found
        side = f"{whose}'s side" if whose else f"{first}'s own side"
        return (f"No apology for it as IT's miss: your notes of {on_day(own.date, today)} put the cause on {side} (“{_quoted(own)}”). "
                f"Do not open by blaming anyone in the room either: say in one sentence that you know what it cost {first}'s people, own "
                "only what was ours, if anything, and offer one dated safeguard with an owner so it cannot happen the same way again."), [own], ""
    return (f"No apology for it as IT's miss: your notes of {on_day(said.date, today)} put the cause with a third party (“{_quoted(said)}”). "
            f"Say in one sentence that you know what it cost {first}, then spend the time on what {first} still needs from us."), [said], ""


def _owed(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if not _OWED_Q.search(question):
        return None
    asks, overdue = _waiting(sit, today)
    if not asks and not overdue:
        if any(i.status == "open" for i in sit.items):
            return None  # something open the two lists do not hold: no "nothing" is said
        return (f"No: your notes show nothing {first} is waiting for from us, so it can be a general conversation; go in with one "
                f"question about {first}'s priorities and listen."), [], ""
    parts = [_ask_words(i, today, sit=sit) for i in asks[:2]]
    parts += [f"our promise of {on_day(i.date, today)}, " + (f"due {on_day(d, today)} and not shown delivered" if d else "overdue")
              for i, d in overdue[:1]]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    count = "one thing" if len(parts) == 1 else f"{('two', 'three')[len(parts) - 2]} things"
    each = "it" if len(parts) == 1 else "each"
    return (f"Yes, it is not just a chat: {first} is waiting on {count} from us: {listed}. Go in with an answer to {each}.",
            _said_in(sit, [*asks[:2], *(i for i, _ in overdue[:1])]), "")


def _raise(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if not _RAISE_Q.search(question):
        return None
    if _OWN_CONDUCT.search(question):  # the CIO's own manner: owned briefly and first, before it hardens
        return (f"Bring it up, yourself, briefly and early in your next conversation with {first}: it was your reaction, so owning it costs "
                f"little and letting it stand costs more. Say what you did, without explaining it away, and then ask what {first} "
                "needs from you on the matter itself."), [], (
            "Before we start: I was defensive with you the other day, and that wasn't fair to you. I'd like to hear your point properly.")
    if (side := _OUR_SIDE_CONDUCT.search(question)) is not None:
        who = f"your {side.group('role')}" + (f" {side.group('name')}" if side.group("name") else "")
        return (f"Raise it, soon and privately, yourself: it was {who}, our side, who {side.group('verb').lower()} {first}, so it is ours to own, "
                f"and leaving it lets it harden. Own how it happened without putting {side.group('name') or 'anyone'} on trial or "
                f"re-arguing the point, ask {first} how the question should be handled from now on, and deal with "
                f"{side.group('name') or 'your own team'} separately."), [], (
            f"{first + ', I' if first[:1].isupper() and not first.lower().startswith('partner') else 'I'}'m sorry about how my team raised that with you; it was the wrong way and the "
            "wrong room. How would you like us to handle the question from here?")
    asks, _ = _waiting(sit, today)
    if not asks or _FAILURE_Q.search(question):  # a miss to raise or not is decided by its cause and closure (shaped_answer)
        return None
    ask = asks[0]
    due = f", due {on_day(ask.due, today)}" if ask.due is not None else ""
    return (f"Not first, and not as a complaint: {first}'s {kind_word(ask)} of {on_day(ask.date, today)} is still unanswered in your notes"
            f"{due} (“{_quoted_item(ask, sit)}”). Open with a decision on that, with a date and an owner; anything else you raise comes after, "
            f"and only where it helps with what {first} is asking for."), _said_in(sit, [ask]), ""


def _escalate(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    if not _ESCALATE_Q.search(question):
        return None
    ours = [i for i in still_weighs(sit) if not touches_avoid(i.quote, sit)]
    caused = _our_causes(sit)
    asks, overdue = _waiting(sit, today)
    asks = sorted(asks, key=lambda i: i.kind != "request")  # a request before an offer (newest first within each)
    spoke = next((s for s in reversed(sit.sentences) if s.speaker == "partner" and s.date is not None and not touches_avoid(s.text, sit)), None)
    if not (ours or caused or asks or overdue):
        if not _DIRECT.search(question):
            return None
        return (f"Go to {first} yourself first: going over {first}'s head before you have talked it through would tell {first} that "
                "IT routes around people, and it would cost more trust than it wins. Keep the other route for when a direct "
                "conversation has failed."), [], (f"{first}, I'd rather hear it from you than from anyone else: what isn't working for your "
                                                   "team, and what would help most from us now?")
    last = f" {first}'s last words in your notes are from {on_day(spoke.date, today)}: “{_quoted(spoke)}”" if spoke and spoke.date else ""
    line = (f"{first}, I owe you a straight word on what went wrong on our side. Could we take twenty minutes this "
            "week, so I can hear what you need from us next?") if ours or caused else ""
    first_step = (f"own plainly what your notes of {on_day(ours[-1].date, today)} put on our side (“{_quoted_item(ours[-1], sit)}”)" if ours else
                  f"own what your notes of {on_day(caused[-1].date, today)} put on our side (“{_quoted(caused[-1])}”)" if caused else
                  f"answer {_ask_words(asks[0], today, sit=sit)}" if asks else f"report on our promise of {on_day(overdue[0][0].date, today)}")
    return (f"Not yet: going over {first}'s head before we have settled our own part would read as pressure, not partnership.{last} "
            f"First try {first} once more, short and in writing: {first_step}, and offer one thing {first} needs, with a date."), _said_in(sit, ours[-1:]) or caused[-1:], line


# A seat the partner offers (a board, committee or group "at the table"), and who takes it: the CIO, or a colleague named.
_SEAT_WORDS = r"(?:seat|board|committee|group|forum|council|table|panel|member)"
_SEAT_Q = re.compile(r"\b(?:myself|me)\b[^?]*\bor\b[^?]*\b(?:give|send|delegate|hand|nominate|put)\b(?: (?:it|the seat|that))?(?: to| in)? "
                     r"(?P<a>(?-i:[A-Z][\w-]+))|\b(?:give|send|delegate|hand|nominate|put)\b(?: (?:it|the seat|that))?(?: to| in)? "
                     r"(?P<b>(?-i:[A-Z][\w-]+))[^?]*\bor\b[^?]*\b(?:myself|me)\b|"
                     r"\b(?:send|delegate to|nominate|put forward) (?P<c>(?-i:[A-Z][\w-]+))\b[^?]*\b(?:in my place|instead of me|instead)\b", re.I)
_AT_TABLE = re.compile(r"\b(?:seat|at (?:the|that|our|my) table|member|join|invit\w*)\b", re.I)
_ACCEPT_OR_WAIT = re.compile(r"\b(?:accept|take|say yes)\b[^?]*\bor\b[^?]*\b(?:wait|hold off|later|decline)\b", re.I)
_SEAT_N = re.compile(rf"\b{_SEAT_WORDS}s?\b", re.I)


def _seat(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    ask = _SEAT_Q.search(question)
    if ask is None and _ACCEPT_OR_WAIT.search(question) and _SEAT_N.search(question):
        return _accept_now(sit, first, today)
    if ask is None or not _SEAT_N.search(question):
        return None
    name = ask.group("a") or ask.group("b") or ask.group("c")
    lead = "No: take the seat yourself" if ask.group("c") else "Take the seat yourself"
    if name == first:
        return None
    offered = [s for s in sit.sentences if _SEAT_N.search(s.text) and (s.speaker == "partner" or re.search(r"[\"“]", s.text))
               and not touches_avoid(s.text, sit)]
    if not offered:
        return None
    said = next((s for s in reversed(offered) if _AT_TABLE.search(s.text)), offered[-1])  # the offer itself, before a logistics line
    dated = next((i for i in open_asks(sit) if i.due is not None and i.due >= today), None)
    when = f" Give {first} your answer by {on_day(dated.due, today)}, as asked." if dated is not None and dated.due is not None else ""
    return (f"{lead}, and bring {name} when the agenda needs {name}'s depth: {first} offered technology a place at "
            f"the table (“{_quoted(said)}”, {on_day(said.date, today)}), and a seat a partner offers is relationship work; sending "
            f"someone in your place can read as sending a supplier.{when}"), [said], (
        f"I'd like to take the seat myself, and I'll bring {name} whenever the discussion needs {name}'s depth.")


# Proposing a thing to the partner, and the partner's own words turning that kind of thing down.
_PITCH_Q = re.compile(r"\b(?:pitch|propose|suggest|push|sell|bring up|table)\b (?:(?:her|him|them) )?(?P<what>[^?—–;,.]{4,80})",
                      re.I)
_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")
_TURNED_DOWN = re.compile(r"\b(?:not|never|no longer) (?:buying|going to buy|interested|want(?:ing)?|need(?:ing)?)\b|\bno new\b|"
                          r"\b(?:don't|do not|doesn't|does not) (?:need|want)\b|\bturned (?:him|her|them|it) down\b", re.I)


def _pitch(question: str, sit: Situation, first: str, today: dt.date) -> Found | None:
    asked = _PITCH_Q.search(question)
    if asked is None:
        return None
    want = {t for t in terms_of(asked.group("what")) if len(t) > 3} - {first.lower(), *_MONTHS}
    for s in reversed(sit.sentences):
        spoken = s.speaker == "partner" or re.search(r"[\"“«„]", s.text)
        if not (spoken and _TURNED_DOWN.search(s.text)) or touches_avoid(s.text, sit):
            continue
        near = [x for x in sit.sentences if x.note is s.note]
        if not any(want & terms_of(x.text) for x in near):
            continue
        ask = next((i for i in open_asks(sit) if i.kind == "request" and not touches_avoid(i.quote, sit)), None)
        instead = (f" Answer what {first} did ask instead: {_ask_words(ask, today, first + chr(39) + 's', sit)}." if ask is not None else "")
        return (f"No: {first} has already turned that kind of thing down, in {first}'s own words on {on_day(s.date, today)}: "
                f"“{_quoted(s)}” A pitch now would argue with {first}'s own decision and cost trust.{instead}"), [s, *_said_in(sit, [ask] if ask else [])], ""
    return None


def _accept_now(sit: Situation, first: str, today: dt.date) -> Found | None:
    """Accept a seat now, paired with a straight word on what we still owe, rather than wait until it is delivered."""
    invited = [i for i in open_asks(sit) if is_invitation(i) and not touches_avoid(i.quote, sit)]
    if not invited:
        return None
    owed = overdue_ours(sit, today)
    pair = (f" Pair the yes with a straight word on our promise of {on_day(owed[0][0].date, today)}"
            + (f", due {on_day(owed[0][1], today)}," if owed[0][1] else "") + " and a new date its owner has checked.") if owed else ""
    return (f"Accept now: {first}'s {kind_word(invited[0])} of {on_day(invited[0].date, today)} (“{_quoted_item(invited[0], sit)}”) asks "
            f"technology into {first}'s decisions, and waiting would read as stepping back.{pair}"), _said_in(sit, invited[:1]), ""

"""The main view covers what the CIO typed the meeting for (plan round 28).

After every other step, the purpose is read as clauses, each one thing the meeting does ("walk him through the survey",
"confirm the access points are finished", "accept her invitation"). A clause that neither the one thing nor the script
names gets a script line said to the partner in the purpose's own words, in the order the purpose gives, with what the
typed situation knows of it: our promise's due date and owner (where it stands is for the CIO to say, never claimed),
the day they asked. A one thing that names none of the clauses becomes the purpose itself, as a goal sentence. Generic
lines give way to these; the script keeps at most three lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.planning.outcome import outcome
from assistant.planning.purpose_anchor import _MEETING_TO, _stems, about, head_of, purpose_items, score, typed_item
from assistant.planning.purpose_clause import Clause
from assistant.planning.purposes import Purpose
from assistant.planning.second_person import to_partner
from assistant.planning.situation_types import Item, Situation
from assistant.planning.voice import on_day, when
from assistant.schema import Plan

_I = re.IGNORECASE
MAX_LINES = 3
_VERBS = (r"answer|respond|reply|deliver|prepare|give|bring|send|share|present|put|finali[sz]e|confirm|agree|write|draft|co-(?!\w*ed\b)\w+|"
          r"accept|take|join|hand|walk|show|close|settle|fix|set|lock|book|sign|get|report|review|scope|test|use|offer|say|start|"
          r"commit|introduce|keep|rebuild|go|make|explain|decide|find|pick|choose|own|land|check|update|discuss|talk|plan|"
          r"learn|hear|ask|name|win|move|reset|secure|prove|decline|turn down|thank|apologi[sz]e|clear|map|align|"
          r"\w{3,}ing")
# Where one clause ends and the next begins: ';', 'and'/',' before a verb, 'by' before a gerund (what comes before 'by' is the aim).
_SPLIT = re.compile(rf"\s*(?:;|,?\s+and\s+(?=(?:{_VERBS})\b)|,\s+(?=(?:{_VERBS})\b)|\s+by\s+(?=\w{{3,}}ing\b))\s*", _I)
_REASON = re.compile(r",?\s+so(?: that)?\s+(?!far\b|much\b|many\b).*$", _I)  # "..., so she stops routing the work elsewhere": the why
_VERB_HEAD = re.compile(rf"^(?:(?:{_VERBS})\b)", _I)
_GERUND_BASE = {"using": "use", "providing": "provide", "securing": "secure", "agreeing": "agree", "seeing": "see", "opening": "open",
                "continuing": "continue", "reviewing": "review", "showing": "show", "fixing": "fix", "offering": "offer"}
# Clause verbs whose thing has a state the CIO must report (done or not): said as reported, never claimed.
_STATUS = re.compile(r"^(?:confirm|report|check|show|review|update|prove|close)\b", _I)
_OWED = re.compile(r"\b(?:promised|owed?|overdue|fell due|was due|late)\b", _I)  # the purpose names our debt: its status is reported
_ANSWER_TODAY = re.compile(r"^(?:answer|respond|reply|decide)\b|^give\b.*\b(?:yes|no|answer|decision)\b", _I)
_PUT_OFF = re.compile(r"\bmy answer\b[^.]*\bcomes by\b", _I)  # "My answer, with one owner, comes by 20 December."
# What follows a clause's verb when it opens a clause: a thing, a person, a particle ('fix plan' is a noun: no clause).
_OBJECT = re.compile(r"^(?:the|a|an|our|your|his|her|their|my|this|that|these|those|what|whether|how|which|when|to|up|over|out|through|"
                     r"on|off|in|yes|no|him|them|it|[A-ZÀ-ÖØ-Þ][\w'’.-]*|\w+ly|\w+ing|\d|[a-z]+\s+\d+)\b")
# The CIO's intent about the partner, never said to them ("get him to accept", "test her curiosity").
_INTENT = re.compile(r"^(?:get|make|persuade|convince|test|use|keep|start|rebuild|take the heat)\b", _I)
# The person the clause's verb addresses ("walk Greg through", "hand Olu the split"): the partner, said to as "you".
_RECIPIENT = re.compile(r"^(\S+\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+(?:through|a|an|the|our|my|that|line|what|how|up|on|over)\b)")
# "walk her through": the partner as the object of a verb with its particle ("her" before a noun is hers: to_partner).
_OBJ_PRONOUN = re.compile(r"(?<=\s)(?:him|her)\b(?=\s+(?:through|up|over|in on|about|around)\b)")
# A state said after its verb ("the Wi-Fi is fixed", "the machines were replaced"): a fact to check, no status to tell.
_STATE_VERB = re.compile(r"\b(?:is|are|was|were|went|has been|have been|got)\b", _I)
_CONFIRM_STATE = re.compile(r"^confirm\s+(?:that\s+)?(?P<state>\S.*\b(?:is|are|was|were|went|has been|have been|got)\b.*)$", _I)
_ASIDE = re.compile(r"\s*\((?:or|and|if|unless|but|else|otherwise|say|ask|check|not)\b[^()]*\)", _I)  # a note to self
_GENERIC = frozenset({"What matters most to your team this year?", "What stands in the way of the aim you named?"})


def _base(verb: str) -> str:
    """The verb's base form: 'handing' -> 'hand', 'closing' -> 'close', 'putting' -> 'put'."""
    low = verb.lower()
    if low in _GERUND_BASE:
        return _GERUND_BASE[low]
    if not low.endswith("ing") or len(low) <= 5:
        return verb
    stem = low[:-3]
    if re.search(r"([bdgmnprt])\1$", stem):
        return stem[:-1]
    if re.search(r"[^aeiouwxy][aeiou][^aeiouwxy]$", stem) and len(stem) <= 4 or re.search(r"(?:[cvz]|[^aeiousl]l)$", stem):
        return stem + "e"
    return stem


def clauses(said: str) -> list[Clause]:
    """The purpose's clauses, in its order; a clause that opens on no verb joins the one before it."""
    text = _MEETING_TO.sub("", _REASON.sub("", " ".join((said or "").split()).rstrip(" .")), count=1)  # "Catch-up with Ann to ..."
    pieces = re.split(f"({_SPLIT.pattern})", text, flags=_I)
    parts = [(p.strip(" ,."), (pieces[j - 1] if j else "")) for j, p in enumerate(pieces) if j % 2 == 0 and p.strip(" ,.")]
    has_aim = re.search(r"\s+by\s+\w{3,}ing\b", text, _I) is not None
    out: list[Clause] = []
    for k, (part, sep) in enumerate(parts):
        words = part.split(" ", 1)
        if not _VERB_HEAD.match(part) or ((k or _noun_gerund(part)) and not _OBJECT.match(words[1] if len(words) > 1 else "")):
            if out:  # "the survey and fix plan": 'fix' names no act here
                prev = out[-1]
                out[-1] = Clause(f"{prev.text}{sep.rstrip() or ','} {part}", prev.items + tuple(purpose_items(part)), prev.aim)
            else:  # "Quarterly review; ...": the meeting's kind, no act to say
                out.append(Clause(part, tuple(purpose_items(part)), True))
            continue
        part = f"{_base(words[0])} {words[1]}" if len(words) > 1 else part
        things = tuple(purpose_items(part)) or ((words[1],) if len(words) > 1 else ())
        out.append(Clause(part[:1].lower() + part[1:], things, has_aim and k == 0))
    return out


def _noun_gerund(text: str) -> bool:
    """'Planning session for the roadmap': a gerund naming the meeting's kind, no act ('Planning the cycle' is one)."""
    words = text.split(" ", 2)
    return words[0].lower().endswith("ing") and len(words) > 1 and not _OBJECT.match(words[1])


def named(clause: Clause, text: str) -> bool:
    """The text names one of the clause's things: its head noun, or two of its telling words."""
    stems = _stems(text)
    return any((head_of(i) and head_of(i) in stems) or score(i, text) >= 2 for i in clause.items)


def _first_cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def goal_sentence(said: str, first: str) -> str:
    """The purpose as the CIO's goal for the meeting, the partner named where it first says him or her."""
    text = _REASON.sub("", " ".join((said or "").split()).rstrip(" ."))
    if not text or not _VERB_HEAD.match(text) or _noun_gerund(text):
        return ""
    if first and first.isalpha() and first not in text:
        text = re.sub(r"\b(?:him|her)\b(?=\s+(?:a|an|the|our|my|through|on|with|to|up|in|about|that)\b)", first, text, count=1)
        text = re.sub(r"\b(?:his|her)\b(?=\s+[a-z0-9])", f"{first}'s", text, count=1) if first not in text else text
    return f"{_first_cap(text)}."


def _after_purpose(one_thing: str, said: str) -> str:
    """What the one thing says after the purpose pasted into it ("... data. Ask how Greg sees technology.")."""
    end = one_thing.lower().find(said.lower().rstrip(" .")[-30:])
    return one_thing[end + len(said.rstrip(" .")[-30:]):].lstrip(" .") if end >= 0 else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’&-]+", text.lower())


def _echoes(one_thing: str, said: str, first: str) -> bool:
    """The one thing opens on the purpose's own words (as typed, or as the goal sentence): what follows is a stock tail."""
    own = _words(one_thing)
    return any(p and own[:len(p)] == p for p in (_words(said), _words(goal_sentence(said, first))))


def _typed_detail(typed: Item | None, today: dt.date | None) -> str:
    """What the notes know of the clause's thing: our promise's date and owner, or the day they asked."""
    if typed is None:
        return ""
    if typed.owner == "us" and typed.kind == "promise" and typed.due:
        owner = f", with {typed.owner_name} owning it" if typed.owner_name else ""
        fell = today is not None and typed.due <= today  # due already: it is reported, not promised again
        return f". We promised it for {when(typed.due)}{owner}; I will tell you where it stands {'now' if fell else 'today'}"
    if typed.owner == "partner" and typed.kind == "request" and typed.date:
        return f", as you asked {on_day(typed.date)}"
    return ""


def clause_line(clause: Clause, sit: Situation, today: dt.date | None, first_line: bool) -> str:
    """One line said to the partner for the clause, or '' when it cannot be said to them."""
    if clause.aim or _INTENT.match(clause.text):
        return ""
    text = _ASIDE.sub("", clause.text)  # "(or say plainly that they are not)": the CIO's note to self, never said aloud
    text = _OBJ_PRONOUN.sub("you", _RECIPIENT.sub(r"\1you", text))
    said = to_partner(text, sit.partner_names, sit.partner_pronoun)
    said = re.sub(r"\byou(\s+you)+\b", "you", said or "")  # a two-word name said as one "you"
    said = re.sub(r"\b(?:and|with) the CIO\b", lambda m: m.group(0).split()[0] + " me", said)  # the CIO is the speaker
    said = re.sub(r"\byou and me\b(?=\s+\w+)", "you and I", said)
    said = re.sub(r"\bthe CIO's\b", "my", said)
    if not said or len(said.split()) > 32 or re.search(r"\b(?:she|he|him|his)\b", said, _I):
        return ""
    typed = next((t for i in clause.items if (t := typed_item(sit, i)) is not None), None)
    detail = _typed_detail(typed, today)
    ours = typed is not None and typed.owner == "us"  # our own work's state: the CIO reports it
    if not detail and not ours and (state := _CONFIRM_STATE.match(said)):  # "confirm the Wi-Fi is fixed": a state, never a status
        lead = "Today I want to" if first_line else "I also want to"
        if about(sit, clause.items[0], list(clause.items)):  # our notes follow it: the CIO says whether it holds
            return f"{lead} tell you plainly whether {state.group('state')}, and where it stands."
        return f"{lead} check with you that {state.group('state')}."  # no record of ours: the partner is asked
    single = not re.search(r",|\band\b|\bor\b", said) and (ours or not _STATE_VERB.search(said))  # one thing, no list, no state asked
    if not detail and single and (_STATUS.match(clause.text) or _OWED.search(clause.text)):
        detail = ", and tell you where it stands"
    lead = "Today I want to" if first_line else "I also want to"
    return f"{lead} {said}{detail}."


_OTHER_PERSON = {"she": re.compile(r"\b(?:he|him|his)\b", _I), "he": re.compile(r"\b(?:she|her|hers)\b", _I)}


def _someone_else(one_thing: str, pronoun: str) -> bool:
    """The note quoted in the one thing speaks of a person of the other pronoun than the partner's: not the partner's ask."""
    quote = re.search(r"\(your note: “(?P<q>[^”]*)”", one_thing)
    return bool(quote and pronoun in _OTHER_PERSON and _OTHER_PERSON[pronoun].search(quote.group("q")))


_THEIR_DAY = re.compile(r"^(?:The \w+ things|What) you asked on (?P<day>\d{1,2} [A-Z][a-z]+)")
_OUR_DAY = re.compile(r"^What I promised you on \d{1,2} [A-Z][a-z]+ comes by (?P<day>\d{1,2} [A-Z][a-z]+)")


def _said_already(line: str, kept: list[str]) -> bool:
    """A stock line on their asks of a day a purpose line already answers ("as you asked on 24 November"), or on our
    promise of a day a kept line already dates ("... by 29 January, as promised"): the same item said twice."""
    if m := _THEIR_DAY.match(line):
        return any(f"as you asked on {m.group('day')}" in k for k in kept)
    if m := _OUR_DAY.match(line):
        return any(f"by {m.group('day')}, as promised" in k for k in kept)
    return False


def cover_purpose(plan: Plan, sit: Situation, purpose: Purpose, first: str, today: dt.date | None,
                  fault: Callable[[str], str] = lambda _: "") -> Plan:
    """The plan whose one thing and script name what the purpose names (module docstring); a line or goal the plan
    checks fault (an avoid-topic, a private matter) is left out."""
    said = (purpose.said or purpose.text or "").strip()
    if purpose.key not in ("free", "regular") and len(said.split()) <= 6:
        return plan  # a named kind ("budget review", "kick-off for the portal") keeps its own lines
    parts = [c for c in clauses(said) if c.items]
    items = [c for c in parts if not c.aim]
    if not items:
        return plan
    one_thing = plan.one_thing
    # A one thing on a dated item of theirs is more than the purpose's words, unless the note it quotes speaks of someone
    # else ("(your note: “Wants IT to partner with him ...”)" for a partner the notes call "she"): then the purpose leads.
    dated = re.search(r"\d", one_thing) is not None and not _someone_else(one_thing, sit.partner_pronoun)
    if not dated and not any(named(c, one_thing) for c in parts) and (goal := goal_sentence(said, first)) and not fault(goal):
        one_thing = goal
    elif first and one_thing.lower().startswith(said.lower().rstrip(" .")[:40]) and (goal := goal_sentence(said, first)):
        one_thing = f"{goal} {_after_purpose(one_thing, said)}".strip()  # the purpose pasted as the aim: the partner by name
    if _echoes(one_thing, said, first):  # the purpose echoed: what should be true after the meeting instead
        aim = next((c.text for c in parts if c.aim and _VERB_HEAD.match(c.text)), "")
        if (better := outcome(items, sit, first, today, aim)) and not fault(better):
            one_thing = better
    script = list(plan.script)
    lines: list[str] = []
    for clause in items:
        have = next((line for line in script if named(clause, line) and line not in lines), None)
        if have is None and any(named(clause, line) for line in lines):
            continue  # an earlier clause's line names it too
        line = have or clause_line(clause, sit, today, not lines)
        if line and not fault(line):
            lines.append(line)
    yes = any(line.startswith("Yes") for line in lines)  # one yes to an offer: a second is the same answer twice
    today_answer = any(_ANSWER_TODAY.search(c.text) for c in items)  # the purpose answers today: no line puts it off
    rest = [line for line in script if line not in lines and line not in _GENERIC and not (yes and line.startswith("Yes"))
            and not (today_answer and _PUT_OFF.search(line))]
    rest.sort(key=lambda line: line.endswith("?") and not re.search(r"\d", line))  # a dated line outranks a stock question
    for line in list(rest):
        if _said_already(line, lines + [x for x in rest if x is not line and rest.index(x) < rest.index(line)]):
            rest.remove(line)
    sections = [s.model_copy(update={"text": one_thing}) if s.key == "goal" and one_thing != plan.one_thing else s for s in plan.sections]
    return plan.model_copy(update={"one_thing": one_thing, "script": (lines + rest)[:MAX_LINES] if lines else script, "sections": sections})

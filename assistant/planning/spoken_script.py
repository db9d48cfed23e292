"""The lines the CIO says aloud are sentences to the partner (plan round 17).

The script is what the CIO takes into the room. A line that tells the CIO what to do ("say where it stands ..."), the
CIO's own note quoted inside a line as if the partner said it, a second line that only defers an ask another line has
answered, all read as a template. This pass runs last on the lead:
- a line addressed to the CIO (an instruction, a note reference) is no line to say: it goes;
- a quotation a note of ours holds (and no line of the partner's) is not said back as theirs: the ask is named by its
  head noun, or the reply alone stands where it names its thing, else the line goes; their own words stay;
- a line that only defers an ask whose words are nothing but "an answer by D" goes where another line says yes;
- a deferral of an ask to take a seat ("whether I will join the panel and who from my team ...") is said as the yes,
  with who comes along as its next step, and the one thing says that yes without the pasted note;
- every purpose item stays visible in the main view: one that the one thing, the script and the open list leave out
  goes to the open list with the newest note sentence about it (its evidence); one we owe joins the one thing.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.lead_lines import DOCUMENT, note_words_of
from assistant.planning.purpose_anchor import _DETERMINED, about, named_in, purpose_items, typed_item
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Item, Sentence, Situation
from assistant.planning.voice import on_start
from assistant.schema import OpenItem

_I = re.IGNORECASE
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
# A line spoken to the CIO, not the partner: an imperative that opens it (after an "On X:" head) or a note reference.
_TO_CIO = re.compile(r"^(?:On [^:]{1,120}:\s+)?(?:say|tell|bring|answer|confirm|check|find out|ask (?:what|whether|who))\b"
                     r"|\b(?:say where it stands|your note\b|our note\b|my note\b(?! of \d)|\(noted\b|with one owner and a date\b)", _I)
# Our own promise quoted: the words are ours, said in our own voice without the marks.
_OURS_BEFORE = re.compile(r"\b(?:promised(?: you)?|said we would|says I would|agreed|what we kept:)\s*$", _I)
# The partner's words quoted after "you asked:" / "you said:" and the like.
_THEIRS_BEFORE = re.compile(r"\byou (?:asked|said|told (?:me|us)|offered|wrote):\s*$", _I)
_NAMES_THING = re.compile(r"^You'll have (?:the|a|an|your)\s")
# An ask whose words name no thing of its own: "Needs an answer by 4 December", "Can you confirm by 11 December?"
_BARE = frozenset({"need", "needs", "needed", "answer", "answers", "reply", "response", "confirmation", "confirm", "decision",
                   "know", "let", "please", "can", "could", "would", "will", "you", "by", "latest", "soon", "asap", "yes", "no",
                   "date", "firm", "final", "written", "writing", "quick"})
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^\d", _I)
_DEFERS = re.compile(r"\b(?:is|are) still open\b|\bMy answer(?:, with one owner,)? comes by\b|\bwhat we have comes today\b", _I)
_ANSWERS = re.compile(r"^(?:Yes\b|Thank you for your (?:offer|offers|two offers|three offers) of [^:]+: yes\b|You'll have\b)", _I)
_EVIDENCE_TAIL = re.compile(r"\s*\((?:your|our|my) note[^()]*(?:\([^()]*\)[^()]*)*\)", _I)  # the CIO's note pasted in
_OWED = re.compile(r"\b(?:owed|owe|still due|outstanding|overdue|we promised|I promised|our promise|we owe|missing|not (?:yet )?sent|promise from (?:me|us)|(?:I|we) (?:will|would|said)\b)\b", _I)
_THEY = re.compile(r"^\s*(?:she|he|they|[A-Z][a-z]+)\s+(?:asked|wants|wanted|needs|needed|would like|expects|requested)\b")
_ASKED = re.compile(r"\b(?:request(?:s|ed)?|asked)\b", _I)
_OUR_WORK = re.compile(r"\b(?:we|our|I|us|fix|patch|roll-?out|tested|on track|deliver\w*|install\w*|migrat\w*|upgrade\w*)\b")
_INVITED = re.compile(r"\b(?:invit\w*|offer\w*|seat|summons|slot|place on|asked (?:me|us) to (?:join|attend|speak|present|sit))\b", _I)


def speak(one_thing: str, script: list[str], sit: Situation, purpose: Purpose, open_items: list[OpenItem],
          today: dt.date | None = None) -> tuple[str, list[str], list[OpenItem]]:
    """The one thing, the script and the open list with every line to say a sentence to the partner."""
    lines: list[str] = []
    for line in script:
        said = sayable(line, sit, today)
        if said and said not in lines:
            lines.append(said)
    kept, lines, yes_days = _no_repeat(lines, sit), [], {}
    for line in kept:
        lines.append(accept_yes(line, sit))
        if lines[-1] != line and (day := re.search(r"(?:on|On) (\d{1,2} [A-Z][a-z]+)", line)):
            yes_days[f"on {day.group(1)}"] = lines[-1]  # the day whose ask the yes answers
    one = named_one_thing(plain_one_thing(one_thing), lines, yes_days, sit, one_thing)
    if one == plain_one_thing(one_thing):
        one = one_thing  # no yes to name it by: its evidence stays (a stock sentence is worse than the evidence)
    missing = missing_items(one, lines, sit, purpose, open_items)
    return with_owed(one, missing), lines, open_items + missing


def to_cio(line: str) -> bool:
    """A line addressed to the CIO (what to do, which note), not to the partner."""
    return _TO_CIO.search(line) is not None


def sayable(line: str, sit: Situation, today: dt.date | None = None) -> str:
    """The line as a sentence to the partner, or '' when it cannot be one."""
    if to_cio(line):
        return ""
    for match in reversed(list(_QUOTE.finditer(line))):
        before, words, after = line[:match.start()], match.group(1), line[match.end():]
        if _OURS_BEFORE.search(before):
            continue  # our own promise in the note's words: the marks say whose words they are
        if not _THEIRS_BEFORE.search(before) or _spoken_by_partner(words, sit) or not _ours_not_theirs(words, sit):
            continue  # their own words (or words no note shows to be ours), said back to them with their day
        asked = re.search(r"\byou asked:\s*$", before) is not None
        doc = DOCUMENT.search(words) if asked else None  # the note's words are never cut into a slot: the ask by its head noun
        thing = f"the {doc.group(0).lower()}" if doc else ""
        if thing:
            line = f"{before[:before.rfind('you asked')]}you asked for {thing}.{_rest(after)}"
        elif _NAMES_THING.match(after.strip()):
            line = after.strip()  # "You'll have the list by 28 January": the reply says what it is about
        else:
            return ""  # the CIO's note, or a paragraph of theirs: the open list carries it
    return re.sub(r"\s{2,}", " ", line).strip()


def _rest(after: str) -> str:
    after = after.lstrip()
    return f" {after}" if after else ""


def _spoken_by_partner(words: str, sit: Situation) -> bool:
    """The quoted words are the partner's own (a sentence of theirs holds them), never the CIO's note."""
    probe = re.sub(r"\W+", " ", words).strip().lower()[:60]
    return any(s.speaker == "partner" and probe in re.sub(r"\W+", " ", s.text).lower() for s in sit.sentences)


def _ours_not_theirs(words: str, sit: Situation) -> bool:
    """The quoted words are the CIO's own note: a sentence of ours holds them and none of the partner's does."""
    probe = re.sub(r"\W+", " ", words).strip().lower()[:60]
    holders = [s for s in sit.sentences if probe and probe in re.sub(r"\W+", " ", s.text).lower()]
    quoted_in = [s for s in holders if re.search(r"[\"“'‘]|^\W*[A-Z][\w.-]*(?: [A-Z][\w.-]*)?:\s", s.text)]  # a quotation or a "Name:" line
    return bool(holders) and not quoted_in and all(s.speaker != "partner" for s in holders)


def bare_ask(text: str) -> bool:
    """An ask that names no thing of its own: only an answer and its date."""
    rest = {t for t in re.findall(r"[A-Za-z0-9']+", text.lower())} - _BARE
    return not {t for t in rest if not _MONTH.match(t) and t not in ("a", "an", "the", "me", "us", "i", "on", "of", "to", "if")}


def _no_repeat(lines: list[str], sit: Situation) -> list[str]:
    """A deferring line about an ask that is only 'an answer by D' repeats the line that answers it; so does a second
    deferral of one day's asks."""
    answered = any(_ANSWERS.match(line) for line in lines)
    out: list[str] = []
    for line in lines:
        if _DEFERS.search(line) and not _ANSWERS.match(line):
            day = re.search(r"\b(?:On|on) (\d{1,2} [A-Z][a-z]+)", line)
            asks = [i for i in sit.items if i.kind == "request" and i.date and day and f"{i.date.day} {i.date:%B}" == day.group(1)]
            quotes = [q.group(1) for q in _QUOTE.finditer(line)]
            bare = all(bare_ask(q) for q in quotes) if quotes else bool(asks) and all(bare_ask(i.complement or i.quote) for i in asks)
            if answered and bare:
                continue  # "you need an answer by D" is answered by the yes above
            if day and any(_DEFERS.search(o) and day.group(0).lower() in o.lower() for o in out):
                continue
        out.append(line)
    return out


def plain_one_thing(text: str) -> str:
    """The one thing without the evidence pasted into it: the quote stays in the open list and the details."""
    out = _EVIDENCE_TAIL.sub("", text)
    out = re.sub(r"(?<=[\w)])\s+(?=Then\s)", ". ", out)  # the quote ended the first sentence: "... owner. Then agree ..."
    out = re.sub(r"\s+([.,;])", r"\1", out).strip()
    out = re.sub(r"\.\.$|;\s*\.$", ".", out)
    return out if out.endswith((".", "?", "!")) or not out else f"{out}."


def missing_items(one_thing: str, script: list[str], sit: Situation, purpose: Purpose, open_items: list[OpenItem]) -> list[OpenItem]:
    """Purpose items that neither the one thing, the script nor the open list name: each goes to the open list with the
    newest note sentence about it (its evidence), so the main view still shows every item the meeting is for."""
    said = (purpose.said or purpose.text or "").strip()
    items = purpose_items(said)
    shown = [one_thing, *script, *(f"{o.text} {o.quote}" for o in open_items)]
    out: list[OpenItem] = []
    for item in items:
        if any(named_in(item, text) for text in shown):
            continue
        typed = typed_item(sit, item)
        if typed is None and not _DETERMINED.match(item):
            continue  # "trust on the rota tool" is an aim, no thing to list
        if typed is not None and any(o.quote and o.quote in (typed.quote or "") for o in open_items):
            continue  # its typed item is listed already
        found = about(sit, item, items, said)
        words = note_words_of(found[0].text) if found else ""
        if not found or not words or _beside_listed(found[0], sit, open_items):
            continue  # the line beside a listed ask tells that ask: listed once
        entry = _open_item(item, found[0].date, words, typed, found[0].speaker == "partner")
        if entry is not None:  # whose it is and what act it is unknown: no entry, never a guess
            out.append(entry)
            shown.append(entry.text)
    return out


def _beside_listed(s: Sentence, sit: Situation, open_items: list[OpenItem]) -> bool:
    """A sentence right next to a listed ask or offer of theirs, in the same line of the same note."""
    return any(i.owner == "partner" and i.note_ref == s.note.ref and abs(i.order - s.order) == 1 and any(o.quote and o.quote in i.quote for o in open_items)
               and _one_line(s.note.text, s.text, i.quote) for i in sit.items)


def _one_line(text: str, one: str, other: str) -> bool:
    a, b = text.find(one), text.find(other)
    return a >= 0 and b >= 0 and "\n" not in text[min(a, b) : max(a + len(one), b + len(other))]


def _open_item(item: str, day: dt.date | None, words: str, typed: Item | None, theirs: bool = False) -> OpenItem | None:
    """The purpose item as an open entry: its kind from its typed item, else from what the note says of it."""
    if typed is not None:
        kind, owner = typed.kind, typed.owner
    elif theirs:  # the partner's own words about it: theirs
        kind, owner = "request", "partner"
    elif _OWED.search(words):
        kind, owner = "promise", "us"
    elif _INVITED.search(words) or _INVITED.search(item):
        kind, owner = "offer", "partner"
    elif _THEY.match(words):
        kind, owner = "request", "partner"
    elif _OUR_WORK.search(words):  # our own narration of our work ("fix tested, rollout by 30 November"): ours
        kind, owner = "promise", "us"
    elif _ASKED.search(words):  # "REQUEST (her name, 26 Nov): a plan for ...": theirs, by its label
        kind, owner = "request", "partner"
    else:  # no ask, offer or promise in the words (a constraint, an aim, a status): nothing to list
        return None
    owner = owner if owner in ("partner", "us", "third_party") else "us"
    kind = kind if kind in ("request", "offer", "promise", "miss") else "request"
    name = re.sub(r"^your\s+", "the ", item)
    text = f"{name[:1].upper()}{name[1:]}, noted {on_start(day)[0].lower()}{on_start(day)[1:]}: “{words}”"
    return OpenItem(kind=kind, owner=owner, status="open", text=text, date=day.isoformat() if day else None, quote=words)  # type: ignore[arg-type]


# "if I will join the panel and who else of mine will come": an ask to accept a place, answered with a yes.
_ACCEPT_ASK = re.compile(r"\bwhether (?:I|we) (?:will|would|can|could|am going to|are going to) (?P<verb>take|accept|join|sit on|chair|co-chair|attend)\s+"
                         r"(?P<thing>(?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,3}?(?:seat|place|role|board|committee|group|panel|forum|council|invitation|slot))\b(?P<rest>.*)$", _I)
_WHO_ATTENDS = re.compile(r"\bwho (?:from|of|in) (?:my|our) team\b|\ba name\b|\bwhich of (?:my|our) (?:team|people)\b", _I)


def accept_yes(line: str, sit: Situation) -> str:
    """A line that only defers an ask to accept a place says the yes, with who comes along as its next step."""
    if not _CONTENTLESS_DEFER.match(line):
        return line
    day = re.search(r"(?:on|On) (\d{1,2} [A-Z][a-z]+)", line)
    asks = [m for i in sit.items if i.kind == "request" and i.status in ("open", "overdue") and i.date and day
            and f"{i.date.day} {i.date:%B}" == day.group(1) and (m := _ACCEPT_ASK.search(i.complement))]
    if len(asks) != 1:
        return line
    match = asks[0]
    thing = re.sub(r"^(?:her|his|their)\b", "your", match.group("thing"), flags=_I)
    yes = f"Yes, I'll {match.group('verb').lower()} {thing}."
    by = re.search(r"comes by (\d{1,2} [A-Z][a-z]+)", line)
    if _WHO_ATTENDS.search(match.group("rest")):
        yes += f" I'll tell you by {by.group(1)} who from my team comes with me." if by else " I'll name who from my team comes with me."
    return yes


_CONTENTLESS_DEFER = re.compile(r"^What you asked (?:on \d{1,2} [A-Z][a-z]+|recently) is still open\.")
_ANSWER_WHAT = re.compile(r"^Answer what (?P<n>.+?) asked (?P<d>on \d{1,2} [A-Z][a-z]+|recently)(?:, with one owner,| with a date and an owner)?(?P<rest>.*)$")
_BRING_WHAT = re.compile(r"^Bring what we have on what (?P<n>.+?) asked (?P<d>on \d{1,2} [A-Z][a-z]+|recently)(?P<rest>.*)$")


def named_one_thing(one: str, lines: list[str], yes_days: dict[str, str] | None = None, sit: Situation | None = None, raw: str = "") -> str:
    """"Answer what N asked on D" names no item: where a line names the ask of D, the one thing names it too."""
    match = _ANSWER_WHAT.match(one) or _BRING_WHAT.match(one)
    if not match:
        return one
    day, name = match.group("d"), match.group("n")
    yes = re.match(r"^Yes, I'll (?P<verb>[\w-]+(?: on)?) (?P<thing>[^.]+)\.(?: I'll tell you by (?P<by>\d{1,2} [A-Z][a-z]+) who)?", (yes_days or {}).get(day, ""))
    if yes and match.re is _ANSWER_WHAT:
        who = f", and name who comes with you by {yes.group('by')}" if yes.group("by") else ""
        thing = re.sub(r"^your\b", "the", yes.group("thing"))
        return f"Give {name} a plain yes to {thing}{who}."
    return one


def with_owed(one: str, missing: list[OpenItem]) -> str:
    """A purpose item we owe that no line can say joins the one thing as a step to agree, in the CIO's words."""
    owed = [re.sub(r",? noted (?:on|in) .*$|,? noted recently.*$", "", o.text) for o in missing if o.kind == "promise" and o.owner == "us"]
    owed = [o[:1].lower() + o[1:] for o in owed if o]
    if not owed or not one.endswith(".") or " Then " in one or len(one.split()) > 22:
        return one
    return f"{one[:-1]}; then agree the next step on {' and '.join(owed[:2])}."

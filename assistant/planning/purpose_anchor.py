"""Every item the purpose names is in the main view (plan round 16).

The purpose is the CIO's own words for what the meeting is for; a plan that leaves one of its items out of the one thing
and the script reads as ignoring the meeting. The purpose is split into items ("X, and account for Y" -> X, Y), each
stripped of its framing verb and of the partner's event after it ("before his plan closes"). An item is named in the main
view when a line shares its head noun (its last telling word). An item not named gets one script line: the existing line
for the open typed item it belongs to (their request or offer answered, our promise with its date); an
item in no line: the open list carries it with the newest note sentence about it (spoken_script.py), never an instruction
to the CIO in the script. Purpose items outrank other lines; the script keeps at most three.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.planning.promise_lines import upcoming_line
from assistant.planning.purpose_leads import ask_named
from assistant.planning.purpose_noted import broken_named, noted_line
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE
_SPLIT = re.compile(r"\s*(?:[,;+&]|\band\b|\bplus\b|\bas well as\b)\s*", _I)
_PRONOUN = r"(?:him|her|them|us|the board|the team)"
# "give her an answer on", "get him a decision about", "bring them our view of": framing, never the item.
_FRAME_NOUN = re.compile(rf"^(?:give|get|bring|send|offer|tell|show|hand)\s+(?:{_PRONOUN}\s+)?(?:a|an|our|the|my)?\s*(?:[a-z-]+\s+)?"
                         r"(?:answer|decision|reply|response|update|yes|no|view|date|position|word|status)\s+(?:on|about|to|for|of|regarding)\s+", _I)
_FRAME_DATE = re.compile(rf"^(?:set|give|agree|fix|commit to|confirm|name|put)\s+(?:{_PRONOUN}\s+)?(?:a|the|our|one)?\s*(?:firm\s+)?"
                         r"(?:date|timeline|deadline|time|owner|slot)\s+(?:for|on|to|of)\s+"
                         r"|^(?:(?:show|give|bring|share|report)\s+)?(?:progress|news|an update|the status|status|where we are|where we stand)\s+(?:on|with|of)\s+", _I)
_FRAME_VERB = re.compile(r"^(?:to\s+)?(?:hear|find out|learn|ask|understand|land|rebuild|reset|set up|take up|scope(?: out)?|preview|accept|keep|show|plan|account for|agree(?: on)?|discuss|answer|respond to|reply to|decide(?: on)?|review|confirm|settle|present|"
                         r"deliver|bring|share|explain|walk(?: \w+)? through|update \w+ on|talk (?:about|through)|go (?:over|through)|check on|"
                         r"follow up on|close(?: out| off)?|sign off(?: on)?|approve|conclude|book|lock (?:in|down)|schedule|choose|prepare|hand over|send|give|get|sort out|sort|fix|resolve|address|cover|raise|"
                         r"report(?: on| back on)?|own|set|fix|find|pick|apologi[sz]e for|clear up|finali[sz]e|agree)\s+", _I)
_TAIL = re.compile(r"\s+(?:early|soon|first|now|together|again|properly|quickly|in person|visible|in view|in front of|on track|alive|going|moving|on the agenda|before|by|ahead of|in time for|so that|so|until|when|once|after|from|due (?:on|by|in|at)|for (?:the|his|her|their|our|next)\b)\b.*$", _I)
_WH = re.compile(r"^(?:how|what|whether|where|when|who|which)\s+", _I)
_AUX = re.compile(r"\s+(?:gets?|is|are|was|were|will|can|could|should|would|goes|go|comes?|stands?|looks?|has|have|does|do)\b.*$", _I)
_MEETING = re.compile(r"\b(?:annual|quarterly|monthly|weekly|yearly|mid-year|year-end)\s+(?:review|meeting|check)\b|1:1|\bone[- ]to[- ]one\b|\bmeeting\b|\bcatch[- ]?up\b|\bcheck[- ]in\b|\bintro(?:duction|ductory)?\b", _I)  # what kind of meeting, no item
_MEETING_TO = re.compile(r"^[^,;]{0,60}?\b(?:check[- ]?in|meeting|catch[- ]?up|1:1|one[- ]to[- ]one|jour fixe|review|call|session|sync)\b"
                         r"[^,;]{0,50}?\bto\s+(?=[a-z])", _I)
_NO_THING = re.compile(r"^(?:in|at|for|with|by|to|from|we|i|you|he|she|they|it|through|out|over|up|off|back|into|onto|around|down|across)\b", _I)  # "in his numbers", "through the story" (a verb's particle left over): no thing
# A thing named as one ("the spare switch", "your Wi-Fi quote"): only such an item may stand in a line of its own.
_DETERMINED = re.compile(r"^(?:the|a|an|our|your|his|her|their|this|that|these|those)\s+\S", _I)
_OWNER = re.compile(r"^(?:his|her|their)\s+(?!(?:the|a|an)\b)", _I)
# Words that say what kind of meeting it is, never which item.
_GENERIC = frozenset({"answer", "answers", "question", "questions", "meeting", "review", "quarterly", "regular", "update", "catch-up",
                      "check-in", "discuss", "discussion", "agree", "talk", "step", "steps", "decision", "plan", "status", "progress",
                      "follow-up", "date", "dates", "scope", "options", "option", "details", "issue", "issues", "point", "points", "item", "items", "topic", "topics", "things", "next"})
_MARK = re.compile(r"^\s*(?:[-*•]\s+)?(?:\d{1,2}:\d{2}\s*(?:[AP]M)?\s+)?(?:\[[ xX✓]?\]\s*|(?:\d{1,2}|[a-z]|one|two|three|four|five)[.):]\s+|\*\*[^*]{1,30}\*\*\s*)?", _I)  # "[ ] ", "2) ", "Two: "
# A part of the purpose that hands the thing over in this meeting.
# Whole families: handing over (give, bring, walk through), deciding (agree, sign off, approve, close) and fixing a day (set, book).
_HERE = re.compile(r"^(?:to\s+)?(?:answer|respond to|reply to|give|bring|hand(?: over| back)?|deliver|present|put|return|"
                   r"walk(?: \w+)? through|go (?:over|through)|take (?:\w+ )?through|share|show|"
                   r"decide(?: on)?|say (?:yes|no) to|accept|take up|confirm|settle|agree(?: on| to)?|sign(?: off)?(?: on)?|approve|"
                   r"close(?: out| off)?|conclude|finali[sz]e|complete|resolve|"
                   r"set|fix|book|lock(?: in| down)?|pick|choose|schedule|commit to)\b", _I)
_VERB = re.compile(r"^(?:to\s+)?[a-z]+\b(?<!\bthe)(?<!\bher)(?<!\bhis)(?<!\btheir)(?<!\bour)(?<!\bmy)(?<!\ba)(?<!\ban)", _I)
MAX_LINES = 3
AnswerFn = Callable[[Item], str]


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    word = re.sub(r"(?:'s|’s)$", "", word)
    word = re.sub(r"ies$", "y", word)
    word = re.sub(r"(?<=[^s])s$", "", word) if len(word) > 3 else word
    word = re.sub(r"(?:ation|ion|ing|ed|e)$", "", word) if len(word) > 5 else word
    return word[:6]


def _stems(text: str) -> set[str]:
    out = set()
    for t in terms_of(text):
        out.add(_stem(t))
        out.update(_stem(p) for p in t.split("-") if len(p) >= 4)  # "night-shift" also names "shift"
    return out


def purpose_items(text: str) -> list[str]:
    """The purpose's items in the CIO's own words, framing verbs and the partner's event after them left out."""
    items: list[str] = []
    for part in _SPLIT.split(text or ""):
        part = part.strip(" .:-")
        part = _MEETING_TO.sub("", part)  # "Year-end check-in with Ann to agree the quote": what the meeting does
        part = re.sub(r"^((?:[Gg]ive|[Gg]et|[Bb]ring|[Ss]end|[Tt]ell|[Ss]how|[Hh]and)\s+)[A-Z][\w'’-]+\s+(?=(?:a|an|the|our|my)\s)", r"\1", part)  # "give Ann an answer on"
        for _ in range(2):
            part = _FRAME_NOUN.sub("", part).strip()
            part = _FRAME_DATE.sub("", part).strip()
            part = _FRAME_VERB.sub("", part).strip()
            part = re.sub(r"^(?:him|her|them|us|[A-Z][\w'’-]+)\s+(?=(?:the|a|an|our|my)\s)", "", part)  # "bring Ann a draft": the draft
            part = re.sub(r"^(?:(?:a|an|the|our|my)\s+)?(?:(?:first|rough|short|early|working)\s+)?(?:draft|copy|version|cut|sketch|preview)\s+of\s+", "", part, flags=_I)  # its thing
        if _WH.match(part):  # "how the rollout estimate gets built": the thing, not the question about it
            part = _AUX.sub("", _WH.sub("", part)).strip()
            part = re.sub(r"^(\S+(?:\s+\S+)*?)\s+[a-z]+ed\b.*$", r"\1", part)  # "the list worked in the rush" -> "the list"
        part = _TAIL.sub("", part).strip(" .:-")
        part = re.sub(r"^(?:on|about|regarding|re)\s+", "", part, flags=_I)  # "a yes on the secondment": its thing
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", part)]
        if not words or len(words) > 10 or not (terms_of(part) - _GENERIC) or _MEETING.search(part) or _NO_THING.match(part):
            continue
        items.append(_OWNER.sub("your ", part))  # said to the partner: "her invitation" is "your invitation"
    return items


def head_of(item: str) -> str:
    """The item's head noun: its last telling word before any of-phrase ("the seven-ward estimate" -> "estimate",
    "the slot for the review" -> "slot", "the scope of the memo" -> "memo": a generic word is no head)."""
    def telling(text: str) -> list[str]:
        return [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() in terms_of(w) and w.lower() not in _GENERIC]
    words = telling(re.split(r"\s+(?:of|for|in|on|with|at|from|to|about|across)\s+", item, maxsplit=1)[0]) or telling(item)
    return _stem(words[-1]) if words else ""


def named_in(item: str, text: str) -> bool:
    head = head_of(item)
    return bool(head) and head in _stems(text)


def score(item: str, text: str) -> int:
    mine, theirs = _stems(item) - {_stem(g) for g in _GENERIC}, _stems(text)
    return len(mine & theirs) + (1 if head_of(item) in theirs else 0)


_MONTHS = frozenset(_stem(m) for m in ("january february march april may june july august september october november december").split())


def _whole(text: str) -> set[str]:
    """Stems of whole words (a compound stays one), months left out: a date is no topic."""
    return {_stem(t) for t in terms_of(text)} - _MONTHS - {_stem(g) for g in _GENERIC}


def _enough(item: str, text: str) -> bool:
    """A sentence is about the item when it names its head noun and, for a longer item, one more of its words; or,
    without the head, two of its words, or one compound of them ("the January kick-off slot" in "the HR kick-off")."""
    mine = _stems(item) - {_stem(g) for g in _GENERIC}
    need = 1 if len(mine) <= 1 else 2
    if head_of(item) in _stems(text) and score(item, text) >= need + 1:
        return True
    shared = _whole(item) & _whole(text)
    return len(shared - _MONTHS) >= 2 or (len(shared) == 1 and bool(_stems(item) & _MONTHS & _stems(text)))  # "the January kick-off"


def agenda(items: list[str], text: str, said: str = "") -> bool:
    """A sentence that names two of the purpose's items, or most of its words, is the agenda written down, never where
    one item stands."""
    whole = _whole(said)
    text = re.sub(r"^\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}:\s+", "", text)  # "Ann Lee: ..." (a chat's speaker): her name is no agenda word
    if whole and len(whole & _whole(text)) >= max(3, 0.6 * len(whole)):
        return True
    return len(items) > 1 and sum(1 for i in items if named_in(i, text)) >= 2


def about(sit: Situation, item: str, items: list[str] | None = None, said: str = "") -> list[Sentence]:
    """The note sentences about the item, newest first (the purpose's agenda restated left out)."""
    found = [s for s in sit.sentences if s.date and _enough(item, s.text) and not agenda(items or [item], s.text, said)]
    return sorted(found, key=lambda s: (s.date or dt.date.min, s.order), reverse=True)


def typed_item(sit: Situation, item: str) -> Item | None:
    """The open request, offer or promise the purpose item is about, newest first."""
    live = [i for i in sit.items if i.status in ("open", "overdue") and i.kind in ("request", "offer", "promise")
            and _enough(item, f"{i.quote} {i.complement}")]
    if not live:  # "the metering estimate" for their "costed estimate": the one open item with its head noun
        head = head_of(item)
        live = [i for i in sit.items if i.status in ("open", "overdue") and i.kind in ("request", "offer", "promise")
                and len(head) >= 5 and head in _stems(f"{i.quote} {i.complement}")]
        live = live if len(live) == 1 else []
    offered = re.search(r"\b(?:offer|invitation|invite|seat|slot|place|co-fund\w*|funding)\b", item, _I) is not None
    live.sort(key=lambda i: ((i.kind == "offer") == offered, i.date or dt.date.min, getattr(i, "order", 0)), reverse=True)  # an offer for an offer
    return live[0] if live else None


def anchor_line(sit: Situation, item: str, answer: AnswerFn, answered: list[Item], script: list[str], items: list[str], said: str = "",
                here: bool = False) -> str:
    """One line for a purpose item the main view leaves out: its typed item's line, or where the newest note leaves it.
    '' when its typed item is already answered by a line of the script."""
    typed = typed_item(sit, item)
    if typed is not None and any(typed is i for i in answered):
        return ""
    if typed is not None:
        if typed.owner == "partner" and typed.kind in ("request", "offer") and typed.status == "open":
            line = answer(typed)
            if not line or line in script:
                return ""  # a line of the script already answers it (the asks of one day, one line)
            line = ask_named(line, item)  # "What you asked on D is still open" says the ask by the purpose's name for it
            if line and named_in(item, line):
                return line
        if typed.owner == "us" and typed.kind == "promise" and typed.status == "open" and typed.due and not typed.broken_quote:
            line = upcoming_line(typed)
            if line and named_in(item, line):
                return line
    return ""  # no typed item: nothing true is said as a sentence; the open list shows it (spoken_script.missing_items)


def anchor_purpose(one_thing: str, script: list[str], sit: Situation, purpose: Purpose, answer: AnswerFn, answered: list[Item]) -> list[str]:
    """The script with a line for each purpose item the main view leaves out; at most three lines, purpose lines first."""
    said = (purpose.said or purpose.text or "").strip()
    items = purpose_items(said)
    if not items:
        return script
    one_thing = re.sub(r"\s*\((?:your|our|my) note:.*\)", "", one_thing)  # the note pasted as evidence names no item
    here = here_items(purpose)
    out, pos = list(script), 0  # pos: where the next purpose item's line goes, after the lines of the items before it
    for item in items:
        if named_in(item, one_thing):
            pos = max(pos, 1)  # the lead's first line says the one thing
            continue
        named = [k for k, said in enumerate(out) if named_in(item, said)]
        if named:
            pos = max(pos, named[0] + 1)
            continue
        line = anchor_line(sit, item, answer, answered, out, items, said, item in here)
        typed = typed_item(sit, item)
        if not line and typed is None:  # no typed item: what the purpose does with it, from its newest note
            line = noted_line(item, said, about(sit, item, items, said))
            pos = max(pos, 1) if line else pos  # after the line that says the one thing
        elif not line and typed is not None:  # our broken promise's line says which promise the purpose names
            at = next((k for k, x in enumerate(out) if broken_named(x, typed, item) != x), None)
            if at is not None:
                out[at], pos = broken_named(out[at], typed, item), max(pos, at + 1)
                continue
        if not line:
            pos = max(pos, 1) if typed_item(sit, item) is not None else pos  # its ask is answered by the lead's line
            continue
        if line in out:
            continue
        out.insert(min(pos, len(out)), line)
        pos = min(pos, len(out) - 1) + 1
        if len(out) > MAX_LINES:
            spare = [k for k, said in enumerate(out) if k >= pos and not any(named_in(i, said) for i in items)]
            if not spare:
                out.remove(line)
                continue
            del out[spare[-1]]
    return out


def here_items(purpose: Purpose) -> list[str]:
    """The purpose items this meeting hands over: each part's items, a part with no verb of its own taking the last verb."""
    said = (purpose.said or purpose.text or "").strip()
    out: list[str] = []
    here = False
    for part in _SPLIT.split(said):
        part = part.strip(" .:;-")
        if not part:
            continue
        if _HERE.match(part):
            here = True
        elif re.match(r"^(?:the|her|his|their|our|my|a|an|on)\b", part, _I) is None and _VERB.match(part):
            here = False  # a part on its own other verb ("agree the plan", "find out ...")
        if here:
            out += purpose_items(part)
    return out

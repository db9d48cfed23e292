"""The value message in the partner's own terms (plan round 24).

- Their words: what the partner says they want FROM US or from technology, typed by the speech act ("all I need from
  IT is ...", "I just want it to ...", "I need the X to work", "keep it running, keep me out of ..."), partner-voiced
  and quoted in the notes, never a grievance or a request already on the table.
- The statement's part for them: the statement split into its parts; the part whose words overlap their words, their
  goal and their function's vocabulary most is said after their words (never five content words in a row of it).
- Never a bare question, never "... is our part now", never a slot with a cut noun phrase: where nothing true is
  left, the message from before round 23's pass stands.
"""

from __future__ import annotations

import re

from assistant.planning.business_functions import infer_function
from assistant.planning.fragments import sentence_fault
from assistant.planning.situation_types import Situation
from assistant.planning.value_goal23 import Goal23, goals_in, slot_fault, typed_goals
from assistant.planning.value_paste21 import longest_run
from assistant.planning.value_voice23 import content_run

_I = re.IGNORECASE
_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{6,240})[”\"]")
# The speech acts of wanting something from us, each with the wish as group "w".
_ACTS = [
    re.compile(r"\b(?:all|what|the (?:only|one) thing)\s+I\s+(?:really\s+|ever\s+)?(?:need|want|ask|expect)\s+(?:from|of)\s+"
               r"(?:IT|you|technology|tech|your (?:team|people|shop)|the IT \w+)\s+(?:is|are)\s+(?:that\s+|for\s+)?(?P<w>[^.!?;]{6,120})", _I),
    re.compile(r"\bI\s+(?:just|only|simply|really)\s+(?:want|need)\s+(?P<w>(?:it|things|everything|stuff|the\s+\w+(?:\s+\w+)?)\s+to\s+[^.!?;]{3,120})", _I),
    re.compile(r"\bI\s+need\s+(?P<w>the\s+\w+(?:\s+\w+)?\s+to\s+(?:work|run|stay|be|keep|come|arrive|open)\b[^.!?;]{0,100})", _I),
    re.compile(r"(?:^|[.:!?]\s+)(?P<w>(?:nothing fancy\.\s+)?keep\s+(?:it|them|things|me|us|everything|the\s+\w+)\s+"
               r"(?:running|up|working|going|secure|safe|open|alive|out of)\b[^.!?]{0,120})", _I),
    re.compile(r"\b(?P<w>(?:don't|do not|never)\s+let\s+me\s+(?:read|hear|see)\s+about\s+[^.!?;]{3,80})", _I),
]
_GRIEF = re.compile(r"\b(?:again|still|never works|always (?:down|late|broken)|fed up|sick of|why (?:is|does|can't))\b", _I)
_STEM = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]{2,}")
_SMALL = set("the and for with our your their this that from into onto what who how when where than then its it's "
             "every each all any more less make makes made sure keep keeps keeping run runs running right first time "
             "technology earns".split())
# A function's own vocabulary: which part of a statement list is theirs (an HR director: pay and rosters).
_FUNCTION_WORDS = {
    "finance": "cost costs money rand euro pound dollar spend budget accounted account paid payment invoice margin cash price less",
    "hr": "pay payroll employee employees staff people shift shifts roster rosters hire leave absence clock",
    "operations": "line lines plant running run ship ships shipped truck furnace store stores depot shift safely site",
    "supply_chain": "shipment shipments container containers order orders parts stock delivery deliveries time truck depot",
    "sales": "customer customers sell sales revenue member members order orders buy",
    "marketing": "customer customers brand member members reason come back choose",
    "customer_service": "customer customers member members call calls answer served",
    "legal": "safe secure risk leak leaks protected comply compliance money newspaper",
    "product": "build product design test launch",
}
_POINTER = re.compile(r"\b(?:like (?:that|this)|that way|as (?:it|they) (?:is|are))\s*$", _I)  # "keep it like that": points elsewhere
_HEADLESS = re.compile(r"\b(?:when|by)\s+(?:what|how|who|which)\b(?![^.]*\b(?:is|are|turns?|becomes?|gets?|goes)\b)[^.]*\.$", _I)  # "earns its keep when what you know."
_BAD = re.compile(r"\bis our (?:part|next step)\b|\bour part now\b", _I)


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM.findall(text) if w.lower() not in _SMALL}


def own_words(sit: Situation) -> str:
    """The partner's latest quoted wish of us, in their words ('' when the notes hold none)."""
    asked = " ".join(i.complement or "" for i in sit.open_theirs())
    for s in reversed(sit.sentences):
        if s.speaker != "partner" and not _QUOTE.search(s.text):
            continue
        spans = [m.group("q") for m in _QUOTE.finditer(s.text)] or ([s.text] if s.speaker == "partner" else [])
        for span in spans:
            for act in _ACTS:
                m = act.search(span)
                if not m:
                    continue
                wish = re.sub(r"^nothing fancy\.\s+", "", m.group("w").strip(" ,;:"), flags=_I)
                wish = re.sub(r"\s+(?:and|but|so)\s+(?:you|that's|that is|I)\b.*$", "", wish)
                mine = _stems(wish)
                if _GRIEF.search(wish) or _POINTER.search(wish) or len(wish.split()) < 3 or len(wish.split()) > 18:
                    continue
                if asked and len(mine & _stems(asked)) >= max(2, len(mine) // 2):
                    continue  # a request already on the table is no value
                return wish
    return ""


_SPLIT_PARTS = re.compile(r",?\s+so\s+(?:that\s+)?|;\s*|,\s*(?=(?:and\s+)?(?:every|each|our|at a|earning)\b)"
                          r"|\s+and\s+(?=every|each|our|their|stop|spot)|\s+by\s+(?=\w+ing\b)", _I)
_DOUBLE = {"get", "put", "set", "cut", "run", "stop", "ship", "plan", "spot"}


def _gerund(part: str) -> str:
    """'keeps every store trading' -> 'keeping every store trading'; a part without a verb first stays as it is."""
    head, _, rest = part.partition(" ")
    low = head.lower()
    if not rest or not re.fullmatch(r"[a-z]+s", low) or low.endswith(("ss", "'s")) or low in {"its", "this", "his", "does", "is", "has", "was"}:
        return part
    from assistant.planning.value_translation import _VERBS  # noqa: PLC0415 (value_translation imports this module)

    stem = low[:-2] if low.endswith(("ches", "shes", "sses", "xes")) else low[:-1]
    if stem not in _VERBS | {"settle", "put", "turn", "get"}:
        return part
    ing = stem + stem[-1] + "ing" if stem in _DOUBLE else (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
    return f"{ing} {rest}"


def _parts(statement: str) -> list[str]:
    body = re.sub(r"^(?:at [A-Z][\w' -]*?,?\s+)?(?:[A-Z][\w'’ -]*?\s+)?(?:technology|IT)(?-i:\s+at\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:makes sure|helps (?:us|our people)|lets us)?\s*", "",
                  statement.strip().rstrip("."), count=1, flags=_I)
    return [_gerund(p.strip(" ,")) for p in _SPLIT_PARTS.split(body) if p and p.strip(" ,")]


def statement_part(statement: str, function: str, role: str, theirs: str) -> str:
    """The part of the statement whose words are this partner's ('' when none overlaps): at most four content words."""
    bag = _stems(theirs) | _stems(_FUNCTION_WORDS.get(infer_function(function, role), ""))
    best, score = "", 0
    for part in _parts(statement):
        words = [w for w in _STEM.findall(part) if w.lower() not in _SMALL]
        if not words or len(words) > 6 or re.match(r"turning\b(?!.*\binto\b)", part) or sentence_fault(f"For you this means {part}."):
            continue
        hit = len(_stems(part) & bag)
        if hit > score or not best:
            best, score = part, hit
    return best  # none of their words: the statement's first short part still ties their words to it


_N = r"(?:[£$€]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m|bn|days?|hours?|minutes?|weeks?)?"
_WHEN = r"(?:\s+(?:by|in|for)\s+(?P<by>(?:the\s+end\s+of\s+)?(?:FY\s?\d{2,4}|Q[1-4]\s+\d{4}|(?:19|20)\d\d|next year)))?"
# Goal shapes round 23's typer leaves: "X take 13 days; my target for 2027 is 8", "30% of X by FY28 (today 19%)",
# "X is 12% of sales and has to get to 25% by 2029".
_SHAPES = [
    re.compile(rf"(?P<m>(?:[\w'’&/-]+\s+){{1,5}}?)(?:take|takes|is|are|runs at|sits at|stands at)\s+(?P<a>{_N})(?:\s+on average)?[^.;]{{0,40}}?[;,]\s+"
               rf"(?:and\s+)?(?:my|our|her|his|their|the)\s+(?:target|goal|aim)(?:{_WHEN.replace('?P<by>', '?:')})?\s+is\s+(?P<b>{_N}){_WHEN}", _I),
    re.compile(rf"(?P<b>{_N})\s+of\s+(?P<m>(?:[\w'’&/-]+\s?){{1,5}}?){_WHEN}\s*\((?:today|now|currently)\s+(?P<a>{_N})\)", _I),
    re.compile(rf"(?P<m>(?:[\w'’&/-]+\s+){{1,5}}?)(?:is|are)\s+(?P<a>{_N})(?:\s+of\s+[\w ]{{1,20}}?)?\s+and\s+(?:must|should|will|has to|have to|need to|needs to)\s+"
               rf"(?:reach|hit|get to|be|grow to|fall to)\s+(?P<b>{_N}){_WHEN}", _I),
]


def goals24(sit: Situation) -> list[Goal23]:
    """Their goals in the shapes above, from their lines and the lines noted about them, latest first."""
    out = []
    for s in reversed(sit.sentences):
        if s.speaker not in ("partner", "narrator"):
            continue
        for shape in _SHAPES:
            for m in shape.finditer(s.text):
                a, b = (float(re.sub(r"[^\d.]", "", m.group(k)) or 0) for k in ("a", "b"))
                head = re.split(r"\b(?:said|says|told us|noted|explained|mentioned|that)\b", m.group("m"))[-1]
                head = re.split(r"\s(?:by|for|in)\s+(?:FY|Q\d|(?:19|20)\d\d|next)", head)[0]
                words = [w for w in head.split() if w.lower() not in {"the", "a", "our", "my", "her", "his", "their", "that", "and"}]
                if a == b or not 1 <= len(words) <= 5 or re.search(r"[.:;!?()\d]", " ".join(words)):
                    continue
                if not re.search(r"\D", m.group("b").strip()) and re.search(r"\D$", m.group("a").strip()):
                    b_text = m.group("b").strip() + ("" if m.group("a").strip().endswith("%") else " ") + re.sub(r"^[\d.,\s]+", "", m.group("a").strip())
                else:
                    b_text = m.group("b").strip()
                unit = re.sub(r"[\d.,\s]", "", m.group("b")) or re.sub(r"[\d.,\s]", "", m.group("a"))
                today = m.group("a").strip() + ("" if re.search(r"\D$", m.group("a").strip()) or not unit else (" " + unit if unit.isalpha() else unit))
                when = re.search(r"\b(?:by|for|in)\s+((?:FY\s?\d{2,4}|(?:19|20)\d\d))", m.group(0))
                by = f" by {when.group(1)}" if when else ""
                measure = " ".join(words)
                measure = measure[:1].lower() + measure[1:] if measure[1:2].islower() else measure
                out.append(Goal23(measure, "down" if b < a else "up", today, b_text, by))
    return out


def _short(part: str, statement: str) -> str:
    """The part said in fewer than five of the statement's content words in a row ('' when it cannot be)."""
    bare = re.sub(r"^\w+ing\s+", "", part)
    for cut in (part, bare, re.sub(r"\s+\w+ly$", "", bare), bare.split(",")[0] if len(bare.split(",")[0].split()) >= 3 else "",
                re.sub(r"\s+(?:sooner|faster|earlier|better|more|again)$", "", bare)):
        if cut and content_run(cut, statement) < 5:
            return cut
    return ""


def _goal_text(goal: Goal23) -> str:
    return f"{goal.measure} {goal.direction} from {goal.today} to {goal.target}{goal.by}"


_WANT_LEAD = re.compile(r"^(?:[A-Z][\w'’.-]*, )?(?:as you put it, |(?:you|You) (?:want|need)\b)")
_OUR_PART = re.compile(r"^Our part\b")


def _restated(sentence: str) -> bool:
    """A 'you want ...' / 'as you put it, ...' sentence without their numbers: a request, an old wish or a grievance
    said back, never a goal (reviewers read each as no value at all)."""
    return bool(_WANT_LEAD.match(sentence)) and not goals_in(sentence) and not re.search(r"\d[\d,.]*\s?(?:k|m|bn)?\s+(?:to|down|up)\b|\b(?:down|up|cut|under|below|above)\b[^.]{0,30}\d|\b(?:back |down |up )?to\s+(?:about\s+)?[£$€]?\d", sentence)


def _faulty_want(sentence: str) -> bool:
    want = re.match(r"^(?:[A-Z][\w'’.-]*, )?(?:you|You) (?:want|need)\s+(?P<x>.+?)[.!]?$", sentence)
    return bool(want and slot_fault(want.group("x"), []))


def cleaned(message: str, statement: str, sit: Situation, paste: bool = True) -> list[str]:
    """Round 23's sentences less a question, a deliverable ('... is our part now'), a restated item and a paste."""
    out = []
    for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", message):
        s = s.strip()
        body = re.sub(r"“[^”]*”", "", s)
        if not s or s.endswith("?") or _BAD.search(s) or _OUR_PART.match(s) or _restated(s) or _faulty_want(s) or sentence_fault(s) or _HEADLESS.search(s) or paste and (content_run(body, statement) >= 5 or longest_run(body, statement) >= 4):
            continue
        out.append(s)
    return out


def own24(message: str, before23: str, statement: str, first: str, function: str, role: str, sit: Situation) -> str:
    """Their words of what they want from us, tied to the statement's part for them; else round 23's message less a
    deliverable line and a cut sentence, with their typed goal where it said none; never a question alone."""
    words = own_words(sit)
    goals = typed_goals(sit) or goals24(sit)
    goal = goals[0] if goals else None
    part = _short(statement_part(statement, function, role, f"{words} {goal.measure if goal else ''}"), statement) \
        or next((c for c in (_short(p, statement) for p in _parts(statement)) if c), "")
    tail = f": {part}." if part else "."
    lead = f"{first}, for you" if first else "For you"
    sents = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", message) if s.strip()]
    if words:
        line = f"{lead} our work comes down to “{words}”{tail}"
        measured = [s for s in sents if re.search(r"\d", s) and not s.endswith("?") and not _restated(s) and not _BAD.search(s)]  # their goal said whole
        asks = [s for s in sents if s.endswith("?") and not goal]
        if measured or asks:
            return " ".join([*measured, line.replace(f"{first}, for you", "For you", 1) if first and measured else line, *asks])
        return line + (f" Your own measure: {_goal_text(goal)}." if goal else "")
    kept = [s for s in sents if not _BAD.search(s) and not _HEADLESS.search(s) and not sentence_fault(s)]
    if goal and not any(goal.target in s or goal.today in s for s in kept):
        kept = [f"{lead} this comes down to {_goal_text(goal)}{tail}", *(re.sub(rf"^{re.escape(first)}, (\w)", lambda m: m.group(1).upper(), k) if first else k for k in kept)]
    if [s for s in kept if not s.endswith("?")]:
        return " ".join(kept)
    asks = [s for s in kept if s.endswith("?")]
    earlier = cleaned(before23, statement, sit)
    if earlier:
        return " ".join(earlier + asks)
    if part:  # the statement's part for them, said short, rather than a question alone
        return " ".join([f"{lead} our work comes down to this: {part}.", *asks])
    return " ".join(kept)  # nothing true left: the slot is left out rather than stitched

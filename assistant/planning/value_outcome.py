"""The value statement's outcome, re-voiced for one partner (plan round 17).

A value statement says what technology does (its means: "keeps every line producing") and what that is for (its
outcome and measure: "without a breakdown", "at the lowest cost per parcel", "so members wait less"). Coaches mark a
value message down when it carries only the means, cut ("keeping every ferry"), or nothing of the statement at all. This module
reads the statement's units (an object with its complement and qualifier, and the "so ..." consequence), re-voices one
of them for the partner (plural nouns for "every X", "your" for "our", a comparative for a superlative, the qualifier
first), and says it only when no four words in a row are the statement's own.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assistant.planning.fragments import sentence_fault
from assistant.planning.plan_guards import fragment
from assistant.planning.value_tie import VERBS, _gerund

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*")
RUN = 4  # this many words in a row as the statement has them would be the statement pasted
MOST = 16  # words in the re-voiced outcome at most
_LEAD = re.compile(
    r"^(?:(?i:at) [^,]{2,30},\s*)?(?:(?i:our) |[A-Z][\w&' -]{1,30}?['’]s )?(?i:technology|IT|tech)\s+"
    r"(?:(?:(?i:at)\s+(?:our|the)\s+[\w&'-]+\s+)?(?i:exists|is there|is here)\s+to\s+(?:(?:help|let)\s+)?"
    r"|(?i:is how)\s+(?:we|[A-Z][\w&'-]*(?: [A-Z&][\w'-]*){0,2})\s+"
    r"|(?P<verb>(?i:keeps|lets|helps|makes sure|puts|gives|gets|shows|means|ensures))\s+(?:(?:us|we|[A-Z][\w&'-]*(?: (?:[A-Z][\w'-]*|&)){0,2})\s+(?=[a-z]))?)")
_SO = re.compile(r",?\s+so\s+(?:that\s+)?(?=\w+\s+\w+)", _I)
_SPLIT = re.compile(r",?\s+and\s+(?=(?:every|each|our|the|its|their|all)\b)|,\s+(?=(?:every|each)\b)"
                    r"|,?\s+and\s+(?=(?:keeps|shows|gives|lets|helps|makes sure|puts|gets)\s)", _I)
_QUAL = re.compile(
    r"\s+(?P<q>(?:(?:fresh|fairly|quickly|safely)\s+and\s+)?(?:at|on|without|within|in|beside|with)\s+(?:the\s+|a\s+|an\s+|real\s+|time\b).*)$", _I)
_SUPER = {"lowest": "lower", "highest": "higher", "fastest": "faster", "best": "better", "cheapest": "cheaper",
          "safest": "safer", "shortest": "shorter", "quickest": "quicker", "greatest": "greater", "smallest": "smaller"}
_POSS = re.compile(r"\b(?:our|its)\b|\bthe\s+[a-z]+['’]s\b|\bthe\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)?['’]s\b|\b[A-Z][\w&'-]*['’]s\b", 0)
_MORE_VERBS = set("prove dress price settle spot share reuse staff publish pay answer fix know see build get keep".split())
# Qualifiers said in other words, so a statement's set phrase is carried, never pasted.
_IDIOMS = {r"within the law": "lawfully", r"at the right price": "at a fair price", r"at the right time": "when it matters",
           r"with confidence": "confidently"}
_RELATIVE = re.compile(r"\b(?:the|a)\s+([a-z]+)\s+((?:[a-z]+\s+){0,2}[a-z]+s)\s+(choose|pick|trust|prefer|love|want|need|recommend)\b")
_UNCOUNT = {"data", "information", "money", "cargo", "staff", "stock", "water", "milk", "coffee", "science", "knowledge"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def run(a: str, b: str) -> int:
    """The longest run of words `a` shares, in order, with `b`."""
    x, y = _words(a), _words(b)
    if not x or not y:
        return 0
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size


def plural(noun: str) -> str:
    n = noun.lower()
    if n in _UNCOUNT or n.endswith("s") and not n.endswith(("ss", "us")):
        return noun
    if n.endswith(("ch", "sh", "x", "ss", "us")):
        return noun + "es"
    if n.endswith("y") and n[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _every(text: str) -> str:
    """'every ferry and tram running' -> 'ferries and trams running'; 'each member' -> 'members'."""
    def many(m: re.Match[str]) -> str:
        nouns = [plural(n) for n in re.split(r"\s+and\s+", m.group("n"))]
        return " and ".join(nouns)
    text = re.sub(r"\b(?P<q>every|each|no)\s+(?P<n>[a-z][\w-]*)\s+(?P<v>(?!is\b|was\b|has\b)[a-z]{2,}[^s\W]s)\b",
                  lambda m: f"{'' if m.group('q') != 'no' else 'no '}{plural(m.group('n'))} {re.sub(r'(?<=[sxh])es$|s$', '', m.group('v'))}", text)
    return re.sub(r"\b(?:every|each)\s+(?P<n>[a-z][\w-]*(?:\s+and\s+(?!every|each)[a-z][\w-]*(?=\s+(?:[a-z]+ing|[a-z]+ed)\b))?)", many, text, flags=_I)


def revoice(text: str) -> str:
    """The statement's words turned to the partner: 'your' for our and the organisation's, 'you' for us and we, a
    comparative for a superlative ('a lower cost' for 'the lowest cost'), plurals for 'every X'."""
    out = _POSS.sub("your", text)
    out = re.sub(r"\b(?:us|we)\b", "you", out)
    out = re.sub(r"\bthe\s+(" + "|".join(_SUPER) + r")\b", lambda m: "a " + _SUPER[m.group(1).lower()], out, flags=_I)
    out = re.sub(r"\b(" + "|".join(_SUPER) + r")\b", lambda m: _SUPER[m.group(1).lower()], out, flags=_I)
    out = re.sub(r"\bwithout a ([a-z]+)\b", r"without \1s", out)  # "without a stop" -> "without stops"
    out = re.sub(r"\byour customers\b", "the customers you serve", out)
    for said, other in _IDIOMS.items():
        out = re.sub(rf"\b{said}\b", other, out, flags=_I)
    out = _RELATIVE.sub(r"\2 \3 your \1", out)  # "the gym young families pick first" -> "young families pick your gym first"
    out = re.sub(r"\b(in|at|on)\s+([a-z]+)\s+and\s+(online|offline|abroad|at home|in person)$", r"\3 and \1 \2", out)  # "in branch and online" -> "online and in branch"
    out = re.sub(r"\bthe right ([a-z]+)\b(?!\s+(?:to|of)\b)", lambda m: f"the right {plural(m.group(1))}" if m.group(1) not in {"time", "price", "place"} else m.group(0), out)
    many = _every(out)
    if many != out and re.match(r"^\w+\s+(?:(?:in|at|on|of)\s+[\w&' -]{2,30}?\s+)?is\b", many):
        many = re.sub(r"\bis\b", "are", many, count=1)  # "drivers in X and Y is paid" -> "are paid"
    return re.sub(r"\s+", " ", many).strip(" ,.")


_LIST = re.compile(r"\b(?P<a>[A-Za-z][\w-]*)(?P<mid>(?:,\s+[a-z][\w-]*)*),?\s+and\s+(?P<z>[A-Za-z][\w-]*)\b")


def _reversed(text: str) -> str:
    """'processed, shipped and paid' -> 'paid, shipped and processed'; 'knowledge and records' -> 'records and
    knowledge': the same list in the other order, so its run of words is no longer the statement's."""
    def turn(m: re.Match[str]) -> str:
        items: list[str] = [m.group("a"), *re.findall(r"[A-Za-z][\w-]*", m.group("mid")), m.group("z")]
        whole = str(m.group(0))
        if any(w in {"the", "a", "an", "your", "you", "every", "each", "are", "is", "at", "in", "on", "to"} for w in items):
            return whole
        kind = all(w.endswith("ed") for w in items) or all(w.endswith("s") for w in items) or all(w[:1].isupper() for w in items)
        if any(w[:1].isupper() for w in items) and not all(w[:1].isupper() for w in items):
            return whole
        if len(items) == 2 and not kind:
            return whole  # "safely and within", "fast and spot": no list of one kind
        items = items[::-1]
        return ", ".join(items[:-1]) + " and " + items[-1]
    return _LIST.sub(turn, text)


def units(statement: str) -> tuple[list[str], list[str]]:
    """(the main clause's units, the consequence's units): 'every oven baking', 'every order shipped without a
    break'; 'members wait less', 'the fund spends less on claims handling'."""
    body = statement.strip().rstrip(".")
    body = _LEAD.sub("", body, count=1)
    halves = _SO.split(body, maxsplit=1)
    main, then = halves[0], halves[1] if len(halves) > 1 else ""
    parts: list[str] = []
    for p in (p.strip(" ,") for p in _SPLIT.split(main) if p.strip(" ,")):
        if parts and len(parts[-1].split()) < 3 and re.match(r"(?:keeps|shows|gives|lets|helps|makes|puts|gets)\s", p):
            parts[-1] += f" and {p}"  # "knows, serves and keeps every subscriber": one list of verbs, never two units
        else:
            parts.append(p)
    after = [p.strip(" ,") for p in _SPLIT.split(then) if p.strip(" ,")] if then else []
    return parts, after


def _head_noun(unit: str) -> str:
    m = re.search(r"\b(?:every|each)\s+([a-z][\w-]*)", unit, _I)
    return m.group(1) if m else ""


_PAST = {"get": "got", "build": "built", "know": "known", "run": "run", "keep": "kept", "find": "found", "pay": "paid",
         "make": "made", "give": "given", "see": "seen", "put": "put", "cut": "cut", "win": "won", "bring": "brought"}
_VERB_FIRST = re.compile(r"^(?P<v>[a-z]+)(?P<more>(?:,\s*[a-z]+|\s+and\s+[a-z]+)*)\s+(?P<o>(?:every|each|our|its|their|the)\s+[a-z][\w-]*|[a-z]+s)\b(?P<rest>.*)$")


def participle(verb: str) -> str:
    v = verb.lower()
    if v in _PAST:
        return _PAST[v]
    return v + "d" if v.endswith("e") else v[:-1] + "ied" if v.endswith("y") and v[-2:-1] not in "aeiou" else v + "ed"


def passive(unit: str) -> str:
    """'repair every boiler quickly' -> 'every boiler repaired quickly'; 'plan and staff every shift on ...' ->
    'every shift planned and staffed on ...' ('' when the unit does not open on a verb and its object)."""
    m = _VERB_FIRST.match(unit)
    if not m or m.group("o").split()[0] in {"the"} and m.group("v") in {"the", "a"}:
        return ""
    verbs = [m.group("v"), *re.findall(r"[a-z]+", m.group("more"))]
    verbs = [v for v in verbs if v != "and"]
    if any(len(v) < 3 or v in {"every", "each", "our", "the", "its", "their"} for v in verbs):
        return ""
    done = [participle(re.sub(r"(?<=[^s])s$", "", v) if v.endswith("s") and not v.endswith("ss") else v) for v in verbs]
    said = ", ".join(done[:-1]) + (" and " if len(done) > 1 else "") + done[-1]
    return f"{m.group('o')} {said}{m.group('rest')}"


def sayings(unit: str, statement: str) -> list[str]:
    """Ways to say one unit re-voiced, best first, none with a run of the statement's words."""
    keep = re.match(r"keeps\s+", unit)
    unit = unit[keep.end():] if keep else unit
    first = unit.split()[0].rstrip(",")
    verbs = VERBS | _MORE_VERBS
    verb_first = (first in verbs or first[:-1] in verbs) and not _clause(unit)
    turned = passive(unit) if verb_first and not unit.startswith(("know ", "see ", "get ")) and not _RELATIVE.search(unit) else ""
    if _RELATIVE.search(unit):  # "build the gym young families pick first": the choice is the outcome
        verb_first, unit = False, unit[_RELATIVE.search(unit).start():]  # type: ignore[union-attr]
    if verb_first and not turned:
        words = unit.split()
        unit = " ".join([_gerund(re.sub(r"(?<=[^s])s$", "", words[0])), *words[1:]])
        unit = re.sub(r"\band\s+([a-z]+)\b", lambda m: "and " + (_gerund(m.group(1)) if m.group(1) in verbs else m.group(1)), unit)
        unit = re.sub(r"\bevery\b", "each", unit)
    said = revoice(turned or unit)
    out = [said, _reversed(said)]
    qual = _QUAL.search(unit)
    head = _head_noun(unit)
    if qual and head:  # the qualifier first: 'a lower cost per parcel for each route'
        q = re.sub(r"^at\s+(?=a\b)", "", revoice(qual.group("q")))
        both = [f"{q} for each {head}", f"{plural(head)} {revoice(qual.group('q'))}"]
        out[1:1] = both if q.startswith("a ") else both[::-1]
    out = [f"keeping {o}" if keep and not o.startswith("a ") else o for o in out]
    return [s for s in out if s and run(s, statement) < RUN and 2 <= len(s.split()) <= MOST and not re.search(r"\b(?:is|are|be)\s*$", s)]


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _words(text) if len(w) > 3}


def outcomes(statement: str, topic: str = "") -> list[tuple[str, str]]:
    """(the statement's outcome re-voiced for the partner, the unit it says), best first ([] when no unit can be said
    without pasting): the unit that shares most words with their goal or topic; on a tie, the consequence ('so ...')
    and a unit with a qualifier first."""
    main, then = units(statement)
    ranked: list[tuple[int, int, int, str, str]] = []
    for i, unit in enumerate([*then, *main]):
        for said in sayings(unit, statement)[:2]:
            near = len(_stems(unit) & _stems(topic)) if topic else 0
            ranked.append((-near, 0 if i < len(then) or _QUAL.search(unit) else 1, i, said, unit))
    return [(r[3], r[4]) for r in sorted(ranked, key=lambda r: r[:3])]


def _clause(text: str) -> bool:
    """'members wait less', 'loads cost less': a subject and its verb (never the verb a unit opens on)."""
    text = text.split(" ", 1)[1] if " " in text else ""
    return bool(re.search(r"\b(?:is|are|was|were|get|gets|stay|stays|earns?|loses?|arrive|win|publish|can|leaves?|choose|pick|trust|prefer)\b|\b(?:cost|spend)s?\s+(?:less|more)\b", text))


def outcome_sentence(statement: str, topic: str = "", metric: str = "", first: str = "") -> str:
    """'Hold technology to a lower cost per parcel for each route; cost per drop is where you should see it.' The partner's
    name leads where no goal of theirs was said before it, so two partners sharing a statement never share the
    sentence; a sentence the plan's checks would cut as a fragment is never offered."""
    for said, unit in outcomes(statement, topic):
        sentence = _framed(statement, said, unit, metric, first)
        if not sentence_fault(sentence) and not fragment(sentence):
            return sentence
    return ""


def _framed(statement: str, said: str, unit: str, metric: str, first: str) -> str:
    verb = _LEAD.match(statement.strip())
    does = (verb.group("verb") or "").lower() if verb else ""
    if does in {"keeps", "puts"} and not re.match(r"(?:a|an|keeping|putting)\s|[a-z]+ing\b", said) and not _clause(said):
        said = f"{_gerund(does[:-1])} {said}"  # "keeping ferries and trams running on time": what the statement's verb does
    lets = does in {"lets", "helps"} and re.match(r"(?:the|every|each|our|their)\s", unit)  # "X share ...": a clause
    lead = f"{first}, hold" if first else "Hold"
    head = f"{lead} us to this: {said}" if _clause(said) or lets else f"{lead} technology to {said}"
    metric = metric.strip(" ,.;:")
    if metric and run(metric, statement) < RUN and metric.lower() not in said.lower() and len(metric.split()) <= 5:
        return f"{head}; {metric[:1].lower() + metric[1:]} is where you should see it."
    return f"{head}."


_ASIDE = re.compile(r"\b(?:comes? today|comes? by \d|answer comes|next step by \d|(?:request|offer|promise) of \d{1,2} [A-Z][a-z]+)|^First step: answer\b", _I)


def without_answers(sentences: list[str], statement: str = "") -> list[str]:
    """The value message's sentences less the meeting's business (a dated answer to their request, a yes to their
    offer, our promise restated: 'what we have comes today', 'my answer comes by 17 December'), less a meaning
    sentence that is the statement's own words (four or more in a row) and a line with markup left in it."""
    return [s for s in sentences if not _ASIDE.search(s) and not re.match(r"(?:Yes\b|You(?:'ll| will) have\b)", s)
            and "**" not in s]


def unpasted(sentences: list[str], statement: str, topic: str) -> list[str]:
    """A meaning sentence with four or more of the statement's words in a row gives way to its outcome re-voiced,
    where one can be said; kept otherwise (the statement's words beat no meaning at all)."""
    fresh = outcome_sentence(statement, topic) if any(MEANT.match(s) and run(s, statement) >= RUN for s in sentences) else ""
    return [fresh if fresh and MEANT.match(s) and run(s, statement) >= RUN else s for s in sentences]


_THEN = re.compile(r"\b(?:last|this) (?:year|quarter|month)\b|\b(?:today|currently|now|at the moment|so far|to date|in 20\d\d)\s*$", _I)
_MOVE = re.compile(r"\b(?:down|up|cut|cuts|reduce|lower|raise|lift|grow|halve|double|from\b.*\bto|by an? (?:third|half|quarter|tenth)|by \d|minus|plus"
                   r"|under|below|above|over|less|more|fewer|back to)\b|%\s*(?:off|less|more)", _I)


def level_not_move(text: str) -> bool:
    """'overtime spend 3.1m last year': a level (a number, then or now) with no direction, never a want; 'minus 7%'
    alone: a move with no measure to say it of."""
    if re.fullmatch(r"\s*(?:minus|plus|[-+−])\s?\d[\d.,]*\s?%?\s*", text, _I):
        return True
    return bool(re.search(r"\d", text)) and bool(_THEN.search(text)) and not _MOVE.search(text)


MEANT = re.compile(r"^(?:For you, technology earns its keep by|Our part is|(?:[A-Z][\w'’.-]*, )?[Hh]old (?:us|technology) to)\b")


def named(first: str) -> str:
    """The partner's name, or '' for a fallback ('your partner') or a bare title ('Ing.', 'Dr')."""
    return "" if first.lower().startswith(("your ", "the ")) or first.endswith(".") or first in {"Dr", "Prof", "Mr", "Mrs", "Ms"} else first


def unnamed(message: str, first: str) -> str:
    """'your partner, you want ...' -> 'You want ...': a fallback in place of a name is left out."""
    if named(first) or not first:
        return message
    return re.sub(rf"(^|(?<=[.!?] )){re.escape(first)}, (\w)", lambda m: m.group(1) + m.group(2).upper(), message)


def once_named(message: str, first: str) -> str:
    """'Olga, you said ... Olga, hold ...' -> 'Olga, you said ... Hold ...': the name leads once."""
    if not first or message.count(f"{first}, ") < 2:
        return message
    at = message.index(f"{first}, ") + len(first) + 2
    rest = re.sub(rf"(?<=[.!?] ){re.escape(first)}, (\w)", lambda m: m.group(1).upper(), message[at:])
    return message[:at] + rest

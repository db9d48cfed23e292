"""A value statement read by a small grammar (plan round 14): its frame ("puts X in front of Y", "gives X the Y to Z",
"lets X do Y", "is how X do Y", "turns X into Y", "is worth what it does to Y", "earns its place by Y-ing", "..., so
that X can Y"), then each clause as who does what, and its qualifier ("at a cost we can explain", "with less waste",
"without having to think about it"). Each meaning is said as a gerund phrase in the partner's voice ("your", "you"),
whole, in ways from the fullest to the plainest; value_tie.py keeps the first that runs no four words as the statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][\w'’-]*,?")  # a word, with the comma that ends it: lists keep their commas
_NAME = r"(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:&\s+|(?:van|von|de|la|le|du|da|der)\s+)*(?-i:[A-Z])[\w&'’.-]*)*"
# Who speaks: "At Acme, technology", "Acme's technology", "Technology at Acme", "IT", "We", "Our technology"
_SUBJECT = re.compile(rf"^(?:(?:at|in|for|across)\s+{_NAME},?\s+)?(?:{_NAME}['’]s?\s+)?(?:(?:our\s+)?(?:technology|digital|data)(?:\s+team)?|IT|we|our\s+IT(?:\s+team)?)"
                      rf"(?:\s+(?:at|in|for|across)\s+{_NAME})?,?\s+", _I)


@dataclass(frozen=True)
class Meaning:
    who: str  # the people it serves, said in the partner's voice ("each clinician and manager"); "" when none
    deed: list[str]  # the verb (bare) and its words: ["treat", "more", "patients", "safely"]
    qualifier: str  # "at a cost you can explain", "with less waste"; "" when none


# The frames, tried in order on what follows the subject: each gives (who, the clause) from its named groups.
_FRAMES = [
    re.compile(r"^(?:is|are)\s+worth\s+what\s+it\s+(?:does|adds|brings|gives)\s+to\s+(?P<c>.+)$", _I),
    re.compile(r"^earns\s+its\s+(?:place|keep)\s+by\s+(?P<c>.+)$", _I),
    re.compile(r"^(?:exists?|is\s+(?:here|there)|are\s+here)\s+to\s+(?P<c>.+)$", _I),
    re.compile(r"^(?:exists?|is\s+(?:here|there)|works)\s+so\s+(?:that\s+)?(?P<w>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:can|could|will)\s+(?P<c>.+)$", _I),
    re.compile(r"^is\s+how\s+(?P<w>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?P<c>(?!can\b)[a-z]+\b.+)$", _I),
    re.compile(r"^gives?\s+(?P<w>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:information|knowledge|tools?|data|numbers|facts|insight|time|means|freedom|confidence|sight)"
               r"(?:\s+(?:it|they|he|she)\s+needs?)?\s+to\s+(?P<c>.+)$", _I),
    re.compile(r"^(?:helps?|lets?|enables?|allows?)\s+(?P<w>us|(?:(?:our|every|each|all|the)\s+)?(?:[\w'’-]+,?\s+){0,5}?[\w'’-]+)\s+(?:to\s+)?(?P<c>[a-z]+\b.+)$", _I),
]
_PUT = re.compile(r"^(?:puts?|putting)\s+(?P<x>.+?)\s+in\s+front\s+of\s+(?P<y>.+?)(?P<q>,?\s+(?:at\s+(?:a|the)|with\s+(?:less|fewer)|for\s+less|without)\b.*)?$", _I)
_TURN = re.compile(r"^(?:turns?|turning)\s+(?P<x>.+?)\s+into\s+(?P<y>.+)$", _I)
_QUALIFIER = re.compile(r"(?:,\s*|\s+)(?P<q>(?:at\s+(?:a|the)\s+(?:[\w'’-]+\s+)?(?:cost|price)|for\s+less|with\s+less|with\s+fewer|without|on\s+a\s+campus|while)\b.*)$", _I)
_NOT_VERB = {"the", "a", "an", "every", "each", "all", "our", "your", "their", "more", "less", "be", "is", "are", "have", "has", "not", "that", "this"}
_WHO_SELF = {"us", "we", "ourselves", "the business", "the company", "the organisation", "the group"}
_VERB_END = re.compile(r"^(?P<v>[a-z]+?)(?:s|es)?$")


def _voice(text: str) -> str:
    """Our side's words said to the partner: 'our' -> 'your', 'we' -> 'you', 'every' -> 'each' (and back)."""
    text = re.sub(r"\bour\b", "your", text, flags=_I)
    text = re.sub(r"\b(?:we|us)\b", "you", text, flags=_I)
    return re.sub(r"\b(every|each)\b", lambda m: "each" if m.group(1).lower() == "every" else "every", text, flags=_I)


def _gerund(verb: str) -> str:
    v = verb.lower()
    if v in {"be"}:
        return "being"
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", v) and len(v) <= 4 and v not in {"open", "visit"}:
        return v + v[-1] + "ing"  # "get" -> "getting", "put" -> "putting"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def _bare(verb: str, verbs: set[str]) -> str:
    """'brings' -> 'bring', 'bringing' -> 'bring', 'making' -> 'make'; '' when it is no verb of the list."""
    v = verb.lower().rstrip(",")
    for cand in (v, v[:-1] if v.endswith("s") else "", v[:-2] if v.endswith("es") else "", v[:-3] if v.endswith("ing") else "",
                 v[:-3] + "e" if v.endswith("ing") else "", v[:-4] if re.search(r"(\w)\1ing$", v) else ""):
        if cand and cand in verbs:
            return cand
    return ""


def qualifier_ways(q: str) -> list[str]:
    """'at a cost we can explain' -> ['at a cost you can explain', 'at a cost you can explain' ...]; the plainest last:
    'at a price that works for them and for us' -> 'at a price that works for both sides'; 'at a cost the members can
    be proud of' -> 'at a cost to be proud of'; 'without having to think about it' -> 'without a second thought'."""
    q = re.sub(r"\s+", " ", q.strip(" ,.;"))
    ways = [_voice(q)]
    ways.append(re.sub(r"^(at\s+(?:a|the)\s+(?:[\w'’-]+\s+)?(?:cost|price))\s+that\s+works\s+(?:for\s+(?:them|[\w'’-]+)\s+and\s+(?:for\s+)?(?:us|you)|for\s+(?:us|you)\s+and\s+(?:for\s+)?\w+)$",
                       r"\1 fair to both sides", q, flags=_I))
    ways.append(re.sub(r"^(at\s+(?:a|the)\s+(?:[\w'’-]+\s+)?(?:cost|price))\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:can|could|would)\s+be\s+(proud\s+of|happy\s+with)$", r"\1 to be \2", q, flags=_I))
    ways.append(re.sub(r"^without\s+(?:having|needing)\s+to\s+(?:think|worry)\s+about\s+(?:it|them|that)$", "without a second thought", q, flags=_I))
    ways.append(re.sub(r"^(at\s+(?:a|the)\s+lowest\s+(?:[\w'’-]+\s+)?(?:cost|price))\b.*$", r"\1", q, flags=_I))  # "at the lowest cost to serve them"
    ways += [re.sub(r"^at\s+(a|the)\b", r"for \1", w, flags=_I) for w in ways if re.match(r"at\s+(?:a|the)\b", w, _I)]  # "fan, at a price": no run
    out: list[str] = []
    for w in ways:
        w = _voice(w) if w != ways[0] else w
        if w and w not in out:
            out.append(w)
    return out


# Verbs that people do, which a statement may name after "lets every X" or "so that X can": read as verbs here too.
MORE_VERBS = set("trade staff bank book borrow study travel shop cook farm fly drive ride play apply claim vote live enjoy thrive succeed "
                 "compete export install maintain operate monitor recruit train sleep eat read write publish print grow harvest plant "
                 "sell buy rent lease insure load unload dispatch route schedule".split())


def read_meanings(statement: str, verbs: set[str]) -> list[Meaning]:
    """Every meaning the statement gives, in order: who is served, the deed, its qualifier."""
    verbs = verbs | MORE_VERBS
    out: list[Meaning] = []
    for sentence in re.split(r"(?<=[.;!])\s+", re.sub(r"\s+", " ", statement.strip())):
        s = sentence.strip().rstrip(".;! ")
        subject = _SUBJECT.match(s)
        rest = s[subject.end():] if subject else s
        out += _predicate(rest, verbs)
        purpose = re.search(r",?\s+so\s+(?:that\s+)?(?P<w>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:can|could|will|may)\s+(?P<c>[^,;]+)", rest, _I)
        if purpose and not out:
            out += _clauses(purpose.group("w"), purpose.group("c"), verbs)
    return out


def _predicate(rest: str, verbs: set[str]) -> list[Meaning]:
    put = _PUT.match(rest)
    if put:  # "puts the right gear in front of every fan": getting it to them
        q = (put.group("q") or "").strip(" ,")
        return [Meaning("", ["get", *_WORD.findall(put.group("x")), "to", *_WORD.findall(put.group("y"))], q)]
    turn = _TURN.match(rest)
    if turn:  # "turns every machine we build into a service ...": turning the machines into that
        x = _WORD.findall(turn.group("x"))
        x = x[: next((i for i, w in enumerate(x) if i and w.lower() in {"we", "that", "which", "you", "they", "it"}), len(x))]  # "every turbine | we install"
        head = [w for w in x if w.lower() not in {"every", "each", "all", "the", "our", "what"}]
        body, q = _split_qualifier(turn.group("y"))
        body = re.sub(r"\b(?:our|your)\s+", "", body)  # "a service our customers can buy": whose customers goes without saying
        head = _plural(head) if x[:1] and x[0].lower() in {"every", "each"} else head
        return [Meaning("", ["turn", "our", *head, "into", *_WORD.findall(body)], q)] if head else []
    for frame in _FRAMES:
        m = frame.match(rest)
        if m and "w" in m.groupdict() and re.match(r"(?:helps?|lets?|enables?|allows?)\b", rest, _I):
            words = rest.split()
            at = next((i for i in range(2, min(len(words), 9)) if _bare(words[i].strip(","), verbs) and words[i - 1].lower() not in {"every", "each", "the", "our", "all"}), 0)
            if not at:
                return []
            who = " ".join(words[1:at]).rstrip(",")
            return _clauses("" if who.lower() in _WHO_SELF else who, " ".join(words[at:]), verbs)
        if m:
            who = m.groupdict().get("w") or ""
            return _clauses(who, m.group("c"), verbs, free=True)
    first = _WORD.findall(rest)[:1]
    return _clauses("", rest, verbs) if first and _bare(first[0], verbs) else []


def _plural(words: list[str]) -> list[str]:
    if not words:
        return words
    last = words[-1]
    plural = last + "es" if re.search(r"(?:s|x|ch|sh)$", last) else last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + "s"
    return [*words[:-1], plural]


def _split_qualifier(text: str) -> tuple[str, str]:
    m = _QUALIFIER.search(text)
    return (text[:m.start()].strip(" ,"), m.group("q")) if m and m.start() > 0 else (text.strip(" ,"), "")


def _clauses(who: str, body: str, verbs: set[str], free: bool = False) -> list[Meaning]:
    """'treat more patients safely in every one of our hospitals' and the like, cut at 'and <verb>' into deeds."""
    if _PUT.match(body) or _TURN.match(body):
        return [Meaning(who, m.deed, m.qualifier) for m in _predicate(body, verbs)]
    body, q = _split_qualifier(body)
    verb_alt = "|".join(sorted(verbs, key=len, reverse=True))
    parts = re.split(rf",?\s+and\s+(?:to\s+)?(?=(?:{verb_alt})(?:s|es|ing)?\b)|,\s+(?=(?:{verb_alt})(?:s|es|ing)?\b)", body, flags=_I)
    out: list[Meaning] = []
    held: list[str] = []  # "find, admit and welcome the students": bare verbs wait for the verb that carries the object
    for part in parts:
        words = _WORD.findall(part)
        if words and words[0].lower() == "to":
            words = words[1:]
        base = _bare(words[0], verbs) if words else ""
        if not base and free and not out and not held and words and re.fullmatch(r"[a-z]+", words[0]) and words[0] not in _NOT_VERB:
            base = words[0]  # "the information to staff each shift": the frame's verb slot, whatever the verb
        if not base:
            held = []
            continue
        if len(words) == 1:
            held.append(base)
            continue
        cut = next((i for i in range(1, len(words) - 1) if words[i].lower() == "and" and words[i + 1].lower() in {"every", "each"}), 0)
        words = words[:cut] if cut else words  # "learn and every researcher discover": a second who, left out
        lead = ", ".join(held) + " and " + base if held else base
        held = []
        if who and base == "get" and re.fullmatch(r"done|\w+ed|\w+en", words[1].lower()):
            out.append(Meaning("", ["get", *_WORD.findall(_voice(who)), *words[1:]], q))  # "every repair get done": getting each repair done
            continue
        out.append(Meaning("" if who.lower().strip() in _WHO_SELF else who, [lead, *words[1:]], q))
    return out


_TRAIL = re.compile(r"\s+(?:in|across|at|on)\s+(?:every|each|all|our|your)\b(?!.*\b\w+ing\b).*$|\s+(?:here|there)$", _I)


def _cores(deed: str) -> list[str]:
    """The deed, then the same with what is not its point left off: 'from us', a place ('in your stores'), a beneficiary
    at the end ('for your members'); a manner moved before the destination ('getting X to Y on time' -> 'getting X on
    time to Y')."""
    out = [deed]
    less = re.sub(r"\s+from\s+(?:us|you)\b", "", deed)
    less = re.sub(r"\s+(?:in|across)\s+(?:our|your|every|each|all|the)\s+(?:[\w'’-]+\s+){0,1}[\w'’-]+s\b(?=\s+\w+ing\b|$)", "", less)
    out.append(less)
    out.append(re.sub(r"\s+for\s+(?:our|your|the|their)\s+[\w'’-]+s$", "", less))
    moved = re.match(r"^(?P<v>\w+ing(?:\s+\w+){1,4}?)\s+(?P<to>to\s+.+?)\s+(?P<m>on\s+time|fast|quickly|safely|sooner|faster)$", less)
    if moved:
        out.append(f"{moved.group('v')} {moved.group('m')} {moved.group('to')}")
    return list(dict.fromkeys(out))


def grammar_phrases(statement: str, verbs: set[str]) -> list[list[str]]:
    """For each meaning, its ways of saying, fullest first: with who it serves and its qualifier, then without the
    place ('in every one of our hospitals'), without who, without the qualifier."""
    out = []
    for m in read_meanings(statement, verbs):
        lead = re.sub(r"[a-z]+", lambda v: v.group(0) if v.group(0) == "and" else _gerund(v.group(0)), m.deed[0])
        deed = " ".join([lead, *m.deed[1:]])
        deed = re.sub(r"^getting\s+on\s+with\s+(\w+)ing\b", lambda g: _gerund_of(g.group(1)), deed)  # "getting on with banking" -> "banking"
        who = _voice(m.who) if m.who and len(m.who.split()) <= 5 else ""
        bare = re.sub(r"^get\s+on\s+with\s+(\w+)ing\b", r"\1", " ".join(m.deed))
        heads = [f"letting {who} {b}" for b in dict.fromkeys(c2 for c in _cores(bare) for c2 in (c, _TRAIL.sub("", c)))] if who else []
        heads += _cores(deed) + [_TRAIL.sub("", c) for c in _cores(deed)]
        heads = list(dict.fromkeys(r for h in heads for r in revoicings(_voice_deed(h))))
        quals = qualifier_ways(m.qualifier) if m.qualifier else []
        out.append([re.sub(r"\s+,|,$", "", f"{h} {q}".strip()) for q in quals for h in heads] + [h.rstrip(",") for h in heads])
    return out


def _gerund_of(stem: str) -> str:
    return stem + "ing"


def _voice_deed(phrase: str) -> str:
    """The deed's own 'our' and 'we' said to the partner ('every' and 'each' stay as the statement has them here)."""
    phrase = re.sub(r"\bour\b", "your", phrase, flags=_I)
    return re.sub(r"\bwe\b", "you", phrase, flags=_I)


# Ways to say a phrase in other words, so that no four of them run as the statement has them: lists said in another
# order ("buy, price and trust" -> "trust, price and buy"), "every" and "each" swapped, a manner or time said in other
# words ("on time" -> "on schedule"), a trailing purpose ("so ...", "by ...ing") or manner left off.
_SAME = {"on time": "on schedule", "quickly": "fast", "fast": "quickly", "sooner": "faster", "faster": "sooner",
         "the first time": "at the first try", "right first time": "right at the first try"}
_TAIL = re.compile(r"\s+(?:so\s+(?:that\s+)?|by\s+(?=\w+ing\b)|rather\s+than\b|before\b|where\b|as\s+it\b).*$", _I)
_MANNER = re.compile(r"\s+(?:(?:on\s+time|first\s+time|every\s+time|safely|quickly|fast|faster|sooner|fairly|well|better|in\s+full|"
                     r"(?:in|across|at|on)\s+(?:every|each|all|your|the)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)(?:\s+and\s+(?:safely|quickly|fast|sooner|fairly|on\s+time))?)$", _I)
_LIST3 = re.compile(r"\b(?P<a>[a-z][\w'’-]*)(?P<mid>(?:,\s*[a-z][\w'’-]*)+),?\s+and\s+(?P<z>[a-z][\w'’-]*)\b"
                    r"|(?:(?<=\bevery\s)|(?<=\beach\s)|(?<=\byour\s)|(?<=\bthe\s))(?P<a2>[a-z][\w'’-]*)\s+and\s+(?P<z2>[a-z][\w'’-]*)(?=\s+(?:at|with|on|in|to|for)\b|$)"
                    r"|\b(?P<a3>[a-z]+(?:er|ly)|fast|well|safe)\s+and\s+(?P<z3>[a-z]+(?:er|ly)|fast|well|safe)$", _I)  # "sooner and cheaper"


def _reordered(phrase: str) -> str:
    """'buy, price and trust' -> 'trust, price and buy'; 'till and shelf' -> 'shelf and till' (the first list only)."""
    m = _LIST3.search(phrase.split(" ", 1)[1] if " " in phrase else "")
    if not m:
        return phrase
    a, z, mid = (m.group("a"), m.group("z"), m.group("mid")) if m.group("a") else (m.group("a2"), m.group("z2"), "") if m.group("a2") else (m.group("a3"), m.group("z3"), "")
    if a.lower() in {"a", "the", "to", "and"} or z.lower() in {"a", "the", "to", "and", "your", "every", "each"}:
        return phrase
    head = phrase.split(" ", 1)[0] + " "
    body = phrase[len(head):]
    swapped = z + mid + " and " + a
    return head + body[:m.start()] + swapped + body[m.end():]


def _swap_every(phrase: str) -> str:
    return re.sub(r"\b(every|each)\b", lambda m: "each" if m.group(1) == "every" else "every", phrase)


def _same_words(phrase: str) -> str:
    for a, b in _SAME.items():
        if phrase.endswith(" " + a):
            return phrase[: -len(a)] + b
    return phrase


_MOTION = re.compile(r"^(?:getting|taking|bringing|sending|moving|delivering|carrying|putting|shipping|routing|returning)\b", _I)


def revoicings(phrase: str) -> list[str]:
    """The phrase, then its re-voicings, the nearest to it first; each ends whole."""
    cut = _TAIL.sub("", phrase)
    plain = _MANNER.sub("", cut)
    preps = "in|on|at|within|with" if _MOTION.match(plain) else "in|on|at|within|with|to"  # "getting X to the door": the door is the point
    bare = re.sub(rf"\s+(?:{preps})\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+$", "", plain)  # "book a repair | in one call": the last resort
    out: list[str] = []
    for base in dict.fromkeys([phrase, cut, plain, bare]):
        for edit in (lambda p: p, _swap_every, _reordered, _same_words, lambda p: _reordered(_swap_every(p)), lambda p: _same_words(_reordered(_swap_every(p)))):
            said = edit(base).strip()
            if said and said not in out and len(said.split()) >= 2:
                out.append(said)
    return out


_OPEN_END = {"the", "a", "an", "and", "or", "to", "every", "each", "our", "your", "their", "with", "from", "who", "that"}
GRAMMAR_MOST = 15  # words in a grammar phrase at most (said only where their measure follows it)
SHORT_MOST = 8  # words a phrase may have in a sentence without their measure ("Our part is ...", under twelve words)


def grammar_meanings(statement: str, verbs: set[str], run: Callable[[str, str], int], most_run: int) -> list[str]:
    """For each meaning the grammar reads, its fullest way that runs fewer than `most_run` words as the statement has
    them, and the fullest such way a short sentence can carry: both keep who it serves where the first does."""
    out: list[str] = []
    for ways in grammar_phrases(statement, verbs):
        ok = [w for w in ways if run(w, statement) < most_run and len(w.split()) <= GRAMMAR_MOST and w.split()[-1].lower() not in _OPEN_END]
        same_lead = [w for w in ok[1:] if w.split()[0] == ok[0].split()[0]]  # "letting each client bank ...": who it serves stays
        fits = [w for w in same_lead if len(w.split()) <= SHORT_MOST] or sorted(same_lead, key=lambda w: len(w.split()))
        for said in ok[:1] + sorted(fits, key=lambda w: -len(w.split()))[:1]:
            if said not in out:
                out.append(said)
    return out

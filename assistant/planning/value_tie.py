"""The value statement's meaning in a few of its own words, re-voiced so no four of them run as the statement has them
(plan round 13, issue #20): "Technology at X is worth what it does to settle honest claims faster and stop the
dishonest ones" -> "settling honest claims faster and stopping the dishonest ones". A statement whose meaning is no verb
phrase ("worth the time it gives back ...") gives none: the message then leans on the partner's numbers alone."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import takewhile

from assistant.planning.value_clauses import best_fit, clause_phrases, pasted, same_point
from assistant.planning.value_grammar import grammar_meanings
from assistant.planning.value_whole import whole_phrase

_I = re.IGNORECASE
_LEAD = re.compile(
    r"^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+[A-Z][\w&'’ -]*?)?\s+(?:is|are)\s+worth\s+what\s+it\s+(?:does|adds|brings)\s+to\s+"
    r"|^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+[A-Z][\w&'’ -]*?)?\s+(?:exists?\s+to|helps?(?:\s+(?:every|each|all|our)\s+\w+)?(?:\s+to)?|is there to|earns its place by)\s+", _I)
_STOP_END = {"the", "a", "an", "to", "of", "in", "on", "at", "with", "and", "every", "our", "your", "their", "from", "for", "so", "by", "it",
             "them", "more", "less", "right", "good", "lower", "better", "easy", "cheaper", "each", "all", "most", "one", "ones", "this",
             "that", "those", "these", "they", "us", "we", "you", "its", "up", "down", "out", "what", "which", "who", "can", "could"}
_PRONOUNS = {"it", "them", "this", "that", "those", "these", "him", "her"}  # "booking it": what "it" is was left behind
_NEEDS_PLACE = {"keep", "get", "put", "give", "hand", "bring", "send", "take", "let", "make", "help", "turn"}  # cut before their place or object: no point left
VERBS = set(
    "keep help make run decide sell serve grow win cut reduce give protect deliver spend find see know build save get bring put settle stop "
    "work care treat ship close hire plan move stay turn improve raise lower launch reach learn share spot answer focus meet fill solve "
    "hit choose do free earn support secure connect speed understand trust use act respond recover manage lead create design lend "
    "collect pay invest welcome teach heal cure feed house prevent catch cover open clear fix check carry report shorten book ease avoid "
    "end join return repair restore track reward pass reuse hand automate simplify price bill admit equip hear assess forecast order "
    "buy discover count insure guide inform source stock".split()
)
_BREAK = {"to", "in", "at", "on", "onto", "for", "with", "from", "by", "so", "than", "and", "into", "across", "while", "who", "which"}
_DOUBLE = {"stop", "get", "put", "cut", "win", "run", "plan", "ship", "set", "admit", "equip", "commit", "permit", "refer", "prefer"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MAX_WORDS = 5  # a phrase's verb and four more words at most (a list, "trucks, docks and drivers", counts as one)
RUN = 4  # this many words in a row as the statement has them would be a paste


def _gerund(verb: str) -> str:
    if "_" in verb:  # a list of verbs, "price_deliver_and_bill": each one
        return "_".join(w if w == "and" else _gerund(w) for w in verb.split("_"))
    v = verb.lower()
    if v.endswith("ing") and v not in VERBS:  # "bring" is a verb, not a gerund
        return v
    if v in _DOUBLE:
        return v + v[-1] + "ing"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + "ing"


def _run(a: str, b: str) -> int:
    x, y = [w.lower() for w in _WORD.findall(a)], [w.lower() for w in _WORD.findall(b)]
    if not x or not y:
        return 0
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size


def meaning_phrases(statement: str) -> list[str]:
    """The statement's meaning as gerund phrases, whatever its shape (value_shapes.py reads the shapes), each whole
    (a verb with its object, never cut before what the verb needs) and never four words in a row as the statement has them."""
    out: list[str] = []
    for ways in shape_phrases(statement):
        said = next((s for s in (_unpasted(w, statement) for w in ways) if s), "")
        if said and said not in out:
            out.append(said)
    return out[:2]


def _unpasted(phrase: str, statement: str) -> str:
    """The phrase, or the same with 'every' and 'each' swapped where that alone breaks a four-word run; '' when neither does."""
    swapped = re.sub(r"\b(every|each)\b", lambda m: "each" if m.group(1) == "every" else "every", phrase)
    shorter = [re.sub(r",? and [\w'’-]+$", "", p) for p in (phrase, swapped) if re.search(r"[\w,] \w+,? and [\w'’-]+$", p)]  # "moving and visible" -> "moving"
    shorter = [p.replace(",", " and", 1) if p.count(",") == 1 else p for p in shorter]  # "safe, paid and connected" -> "safe and paid"
    plain = [re.sub(r" \w+ly$", "", p) for p in (phrase, swapped) if re.search(r"\w \w+ \w+ly$", p)]  # "... care for patients" without "safely"
    ways = [phrase, swapped, *[p for p in shorter + plain if whole(p.split())]]
    return next((said for said in ways if _run(said, statement) < RUN), "")


def verb_phrase(words: list[str], most: int = MAX_WORDS) -> list[str]:
    """'clear cargo faster to the quay' -> ['clearing', 'cargo', 'faster']: the verb as a gerund and its words up to a
    break; [] when it is no verb, when the cut drops what the verb needs ('get every parcel' | 'to the door'), or when
    it ends on a word that loses the point ('the', 'every', a bare verb)."""
    base = re.sub(r"ing$", "", words[0].lower().split("_")[0]) if words else ""
    if not words or not (base in VERBS or base + "e" in VERBS or base[:-1] in VERBS):
        return []
    base = base if base in VERBS else base + "e" if base + "e" in VERBS else base[:-1]  # "making" -> "make"
    size = next((n for n in range(min(most, len(words)), 1, -1) if n == len(words) or words[n].lower() in _BREAK), 0)
    size = size or next((n for n in range(min(most, len(words)), 2, -1) if words[n - 1].endswith("s") and words[n].lower() in {"the", "a", "an"}), 0)
    size = next((i for i in range(1, size - 1) if words[i].lower() == "and" and words[i + 1].lower() in VERBS), size)  # "act fast and stay": one verb
    size = next((i for i in range(1, size - 1) if words[i].lower() == "and" and words[i + 1].lower() in {"every", "each", "all", "our"}), size)  # a second clause
    while size > 1 and words[size - 1].lower() in {"and", "or"}:
        size -= 1  # "running safely and | on time": the phrase ends before its "and"
    cut = words[size].lower() if size < len(words) else ""
    if base == "use" and cut == "to" and size + 1 < len(words):
        return verb_phrase(words[size + 1:], most)  # "use our data to price risk better": its purpose is the point
    state = size > 2 and any(re.search(r"(?:ing|ed)$", w.lower()) or w.lower() in _ADJ for w in words[2:size])  # "keeping trucks moving"
    if not size or cut in {"of", "for"} or (cut and base in _NEEDS_PLACE and not state):
        return []  # "getting every parcel", "giving nurses", "making every system": the point was cut off
    lemma = words[0] if "_" in words[0] or words[0].lower().endswith("ing") else base  # "gives" -> "giving", never "givesing"
    phrase = [_gerund(lemma)] + [re.sub(r"^our$", "your", w, flags=_I) for w in words[1:size]]
    if size < len(words) and phrase[-1].endswith("ly") and len(phrase) > 2:
        phrase.pop()  # "getting more volunteers safely" cut before "onto the water": the adverb goes with its place
    return phrase if whole(phrase) else []


def whole(phrase: list[str]) -> bool:
    """A phrase that ends on its object or manner, never on 'the', 'every', a pronoun or a bare verb."""
    last = phrase[-1].lower() if phrase else ""
    return len(phrase) >= 2 and last not in _STOP_END and phrase[1].lower() not in _PRONOUNS


def fitting_phrases(statement: str, topic: str = "", function: str = "") -> list[str]:
    """The statement's meaning phrases, the one nearest the partner's measure or goal first: its known shapes, or, where
    none of those is nearer their words than a clause read whole ('getting each patient into the right bed' for a
    bed-wait target), the clauses as well."""
    short = meaning_phrases(statement)
    whole = [p for p in clause_phrases(statement, VERBS, _gerund) if not pasted(_run(p, statement), statement) and not any(same_point(p, o) for o in short)]
    if not short:  # a shape the short reader does not know: the grammar's clauses (with their "at a cost ..."), then the whole ones
        read = grammar_meanings(statement, VERBS, _run, RUN)
        return best_fit(read + [w for w in whole if not any(same_point(w, g) for g in read)], topic, function)
    ranked = best_fit(short + whole, topic, function)
    if short and ranked and ranked[0] in short:
        return best_fit(short, topic, function)  # the short phrases serve as well: no long clause is needed
    return ranked


def meaning_sentence(statement: str, metric: str = "", topic: str = "", function: str = "") -> str:
    """'For you, technology earns its keep by settling honest claims faster and stopping the dishonest ones, and cycle
    time is where you will see it.' Without their measure, one phrase only: a sentence under twelve words, so partners
    who share a statement never share a long sentence."""
    phrases = list(dict.fromkeys(whole_phrase(p, statement) for p in fitting_phrases(statement, topic or metric, function)))  # never a cut clause
    if not phrases:
        return ""
    metric = metric.strip(" ,;:")
    metric = metric[:1].lower() + metric[1:] if metric[1:2].islower() else metric  # "Active members" mid-sentence
    if metric:
        pair = len(phrases) > 1 and len(" ".join(phrases[:2]).split()) <= 10 and all(_run(p, statement) < RUN for p in phrases[:2])
        pair = pair and not _one_point(phrases[0], phrases[1])
        for some in (phrases[:2] if pair else [], phrases[:1]):
            if not some:
                continue
            said = f"For you, technology earns its keep by {' and '.join(some)}: {metric} is where you will see it."
            if _run(said, statement) <= max(RUN - 1, *(_run(p, statement) for p in some)):  # the frame adds no run of its own
                return said
        return ""
    # Without their measure, one phrase in a short sentence: every partner of a workspace shares its one statement, so a
    # longer sentence (even with their name or function in it) would repeat across their plans (the boilerplate check).
    for phrase in phrases[:3]:
        for said in (f"For you, technology earns its keep by {phrase}.", f"Our part is {phrase}."):  # the short frame for a long phrase
            if len(said.split()) < SHARED_WORDS and _run(said, statement) <= max(RUN - 1, _run(phrase, statement)):
                return said
    return ""


def _one_point(a: str, b: str) -> bool:
    """'making good boxes' and 'making good boxes with less waste': one meaning said twice, never a pair."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x or same_point(a, b)


SHARED_WORDS = 12  # a sentence this long, said to two partners, is boilerplate


# The statement's shapes (plan round 13, issue #20): each gives gerund phrases, or none when nothing whole can be built.
_JOB = re.compile(r"^(?:our|my|the|IT's|technology's)\s+(?:job|purpose|role|mission|task|aim|work)\s+(?:here\s+)?is\s+to\s+", _I)
_WE = re.compile(r"^(?:we|IT|our\s+(?:team|people|technology))\s+(?!are\b|is\b|will\b|should\b|must\b)(?=\w+s?\b)", _I)
_EVERY = re.compile(r"^(?:every|each|all|any)\s+(?:[\w'’-]+\s+){1,5}?(?:should|must|will|has to|needs to|is there to|exists? to)\s+", _I)
_EASY = re.compile(r"\bfor\s+(?P<who>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+to\s+(?P<vp>[^,;]+?)(?=,|;|\s+and\s+for\b|$)", _I)
_PUT = re.compile(r"^we\s+put\s+(?P<thing>.+?)\s+(?:in|into)\s+(?:the\s+hands\s+of\s+(?P<p1>[\w'’ -]+?)|(?P<p2>[\w'’ -]+?)['’]s?\s+hands)(?=\s|$)", _I)
_GIVE_BACK = re.compile(r"^we\s+(?:give|hand)\s+(?P<who>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+back\s+(?P<thing>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:by|through|so|and|with)\b|,|$)", _I)
_BY = re.compile(r"\b(?:by|through)\s+(?P<vp>\w+ing\b[^,;]*)", _I)
_NOUN_IT = re.compile(r"\bthe\s+(?P<n>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:that\s+)?it\s+(?P<v>[a-z]+?)s\s*(?P<rest>[^,;]*?)(?=,|;|\s+and\s+the\b|$)", _I)
_HELP_WHO = re.compile(r"^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+(?-i:[A-Z])[\w&'’-]*(?:\s+&?\s*(?-i:[A-Z])[\w&'’-]*)*)?\s+(?:exists?\s+to\s+)?helps?\s+"
                       r"(?=(?:(?:our|every|each|all|the)\s+)?(?!teams?\b|business\b|colleagues?\b|people\b|parts?\b|staff\b)[a-z][\w'’-]*s\b)", _I)
_ORG = r"^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+(?-i:[A-Z])[\w&'’-]*(?:\s+&?\s*(?-i:[A-Z])[\w&'’-]*)*)?"
_SO_CAN = re.compile(_ORG + r"\s+(?:exists?|is\s+here|are\s+here|is\s+there|works)\s+so\s+(?:that\s+)?(?P<who>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
                     r"(?:can|could|will)\s+(?P<vp>[^,;]+)", _I)
_SHOULD = re.compile(_ORG + r"\s+(?:should|must|will|can|is\s+here\s+to|are\s+here\s+to|is\s+how\s+we)\s+(?!be\b|have\b)", _I)
_ADJ = set("safe rested honest open clean warm dry healthy happy informed moving accurate secure reliable fair visible full paid "
           "protected heard ready well-fed well-run".split())
_PEOPLE = re.compile(r"^(?:(?:our|your|the|their|every|each|all)\s+)?(?:[a-z][\w'’-]*\s+)?(?:[a-z][\w'’-]*s|people|staff|workforce)$"
                     r"|^(?:every|each)\s+(?:[a-z][\w'’-]*\s+)?(?:student|patient|member|customer|clinician|nurse|doctor|teacher|driver|"
                     r"engineer|adviser|advisor|colleague|team|worker|employee|family|tenant|resident|shopper|reader|pupil|learner|researcher|guest)$"
                     r"|^(?:(?:our|your|the)\s+)?[a-z][\w'’-]*s\s+and\s+[a-z][\w'’-]*s$", _I)  # "nurses and doctors"
# "..., so nurses and doctors can care for patients safely": the purpose clause, where the rest gives nothing whole
_SO_WHO = re.compile(r",?\s+so\s+(?:that\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:can|could|will|may)\s+(?P<vp>[^,;]+)", _I)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _ours(text: str) -> str:
    return re.sub(r"\bour\b", "your", text, flags=_I)


def _clauses(body: str) -> list[list[str]]:
    """'clear cargo faster and keep the quays safe' -> its verb clauses, each a word list."""
    split = r",?\s+and\s+(?:to\s+)?(?=(?:" + "|".join(VERBS) + r")\b)|,\s+(?:and\s+)?|;\s*"
    parts = re.split(split, body)
    new_clause = r"(?!(?:" + "|".join(VERBS | {"at", "so", "day", "night"}) + r")\b)"  # "at a cost ...": an adjunct, no list's tail
    runs_on = [bool(re.match(r"\s*" + new_clause + r"[a-z]+(?<!ly)(?<!er)\b.*\band\b", nxt)) for nxt in parts[1:]] + [False]
    return [[] if cut else _words(c) for c, cut in zip(parts, runs_on, strict=True)]  # "keep every crew" | "truck and bin route": a cut list


def _helped(words: list[str], lead: str = "helping") -> list[list[str]]:
    """'help our advisers lend well' -> 'helping your advisers lend well' (who and what, whole), the same with 'to' where
    that breaks a pasted run, then the bare verb phrase 'lending well': ways to say one meaning, best first."""
    if not words or words[0].lower() not in {"help", "helps", "helping", "let", "lets", "enable", "enables"}:
        return [p for p in [verb_phrase(words)] if p]
    at = next((i for i, w in enumerate(words[1:5], 1) if w.lower().split("_")[0] in VERBS), 0)
    return _who_does(words[1:at], words[at:], lead) if at else []


def _who_does(who: list[str], deed: list[str], lead: str) -> list[list[str]]:
    """'helping your drivers reach each stop', 'helping your drivers to reach each stop', 'reaching each stop'."""
    vp = verb_phrase(deed)
    who = _words(_ours(" ".join(who)))
    if not vp or not who or not _PEOPLE.match(" ".join(who)) or who[-1].lower() in {"them", "us", "you"} or len(who) + len(vp) > 8:
        return [vp] if vp else []  # "help them prevent errors": the deed alone
    bare = deed[: len(vp)]  # the inner verb stays bare after "helping"
    return [[lead, *who, *bare]] + ([["helping", *who, "to", *bare]]) + [vp]


def _noun_it(text: str) -> list[list[str]]:
    """'the time it gives back to nurses' -> 'giving nurses back their time'; 'the errors it helps them prevent' ->
    'preventing errors'; 'the hours it saves our teachers' -> 'saving your teachers hours'."""
    out = []
    for m in _NOUN_IT.finditer(text):
        noun, verb, rest = m.group("n"), m.group("v").lower(), _words(m.group("rest"))
        noun_words = [w for w in _words(noun) if w.lower() not in {"the", "a", "an"}]
        who = list(takewhile(lambda w: w.lower() not in {"at", "in", "on", "for", "across", "with", "by"}, rest[2:]))
        if verb in {"give", "hand"} and rest[:1] == ["back"] and rest[1:2] == ["to"] and 1 <= len(who) <= 3:
            out.append([_gerund(verb), *_words(_ours(" ".join(who))), "their", *noun_words, "back"])  # "at the bedside": its place, left
        elif verb == "help" and len(rest) == 2 and rest[1].lower() in VERBS:
            out.append([_gerund(rest[1]), *noun_words])
        elif verb in VERBS and not rest:
            out.append([_gerund(verb), *noun_words])
        elif verb in {"save", "spare", "give", "bring"} and 1 <= len(rest) <= 3 and _PEOPLE.match(" ".join(rest)):
            out.append([_gerund(verb), *_words(_ours(" ".join(rest))), *noun_words])
    return [p for p in out if whole(p)]


def _nouns_only(sentence: str) -> list[list[str]]:
    """'Safe patients, rested nurses and honest numbers' -> 'keeping patients safe', ...; 'shorter queues' -> 'making
    queues shorter'; 'fewer delays' -> 'cutting delays'. A part that is anything else gives nothing."""
    out = []
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", sentence):
        words = _words(part)
        if len(words) != 2 or not words[1].lower().endswith("s"):
            continue
        adj, noun = words[0].lower(), words[1]
        if adj in _ADJ:
            out.append(["keeping", noun, adj])
        elif adj in {"fewer", "less"}:
            out.append(["cutting", noun])
        elif re.fullmatch(r"[a-z]+er", adj) and adj not in {"other", "under", "over", "after", "never"}:
            out.append(["making", noun, adj])
    return out


_TURN = re.compile(r"^(?:we|IT|(?:our\s+)?technology)\s+turns?\s+(?P<a>[\w'’ -]+?)\s+into\s+(?P<b>[\w'’ -]+?)(?=\s+(?:by|so|through)\b|,|$)", _I)
_GIVE_SO = re.compile(r"^we\s+give\s+(?P<who>(?:(?:the|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?:people|staff|colleagues|[a-z][\w-]*s)\b(?!['’]))\s+.+?,?\s+so\s+(?:that\s+)?they\s+can\s+(?P<vp>[^,;]+)", _I)


def _turned(m: re.Match[str]) -> list[list[str]]:
    """'We turn readers into loyal subscribers' -> 'turning readers into loyal subscribers', then the same without the
    adjective ('turning readers into subscribers') where the whole would run four words as the statement has them."""
    a, b = _words(_ours(m.group("a"))), _words(m.group("b"))
    if not a or not b or len(a) > 4 or len(b) > 4:
        return []
    ways = [["turning", *a, "into", *b]]
    if len(b) == 2 and b[0].lower() not in {"more", "fewer", "less"}:
        ways.append(["turning", *a, "into", b[1]])
    return ways


def _sentence_phrases(sentence: str) -> list[list[list[str]]]:
    """The meanings one sentence of the statement gives, by its shape: for each, its ways of saying, best first."""
    turn = _TURN.match(sentence)
    if turn:
        return [_turned(turn)]
    give = _GIVE_SO.match(sentence)
    if give:  # "We give the bank's people clear sight ..., so they can act fast": what it lets them do
        return [_who_does(_words(_ours(give.group("who"))), _words(give.group("vp")), "letting")]
    put = _PUT.match(sentence)
    if put:
        who, thing = _words(_ours(put.group("p1") or put.group("p2") or "")), _words(_ours(put.group("thing")))
        return [[["giving", *who, *thing]]] if len(thing) <= 3 and len(who) <= 3 else []
    back = _GIVE_BACK.match(sentence)
    if back:
        by = _BY.search(sentence[back.end():])
        thing = [w for w in _words(back.group("thing")) if w.lower() not in {"the", "their"}]
        with_whom = re.match(r"\s+with\s+(?P<w>[a-z][\w'’-]*s)\b(?=\s+(?:by|through|so|and)\b|,|$)", sentence[back.end():])
        first = [["giving", *_words(_ours(back.group("who"))), "more", *thing, "with", with_whom.group("w")]] if with_whom and thing == ["time"] \
            else [["giving", *_words(_ours(back.group("who"))), "their", *thing, "back"]]  # "more time with patients": the point kept
        return [first] + ([[vp] for vp in [verb_phrase(_words(by.group("vp")))] if vp] if by else [])
    if re.search(r"\bmake\s+it\s+(?:easy|easier|simple|quick)\s+for\b", sentence, _I):
        return [_who_does(_words(m.group("who")), _words(m.group("vp")), "letting") for m in _EASY.finditer(sentence)]
    if _NOUN_IT.search(sentence) and re.search(r"\bworth\s+the\b", sentence, _I):
        return [[p] for p in _noun_it(sentence)]
    helps = _HELP_WHO.match(sentence)
    if helps:  # "we help our lawyers win ...": who is helped stays in the meaning
        return [_helped(c) for c in _clauses("help " + sentence[helps.end():])]
    can = _SO_CAN.match(sentence)
    if can:  # "IT exists so that our surveyors can close jobs on the first visit"
        return [_who_does(_words(can.group("who")), _words(can.group("vp")), "letting")]
    for lead in (_LEAD, _JOB, _EVERY, _SHOULD):
        m = lead.match(sentence)
        if m:  # "We help the university find ...": who is helped, then what they do
            lead_in = "help " if re.search(r"\bhelps?\s+$", m.group(0), _I) else ""
            return [_helped(c) for c in _clauses(lead_in + sentence[m.end():])]
    we = _WE.match(sentence)
    if we:
        clauses = _clauses(sentence[we.end():])
        for c in clauses:
            if c and re.fullmatch(r"[a-z]+s", c[0]) and c[0][:-1] in VERBS:
                c[0] = c[0][:-1]  # "IT keeps the rounds running" -> "keep the rounds running"
        return [_helped(c) for c in clauses]
    nouns = re.sub(r"^[^:]{1,40}:\s+", "", sentence)  # "The mission of IT: fewer errors, ..." -> its list
    if not re.search(r"\b(?:is|are|was|were|will|should|must|can|we|it)\b", nouns, _I):
        return [[p] for p in _nouns_only(nouns)]
    return []


# Who speaks in the statement: "At Acme, technology ...", "Acme's technology ...", "Technology at Acme ..." all mean
# "technology ..."; the organisation's name carries no meaning of its own.
_AT_ORG = re.compile(r"^(?:at|in|for|across)\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’.-]*)*,\s+(?=(?:our\s+)?(?:technology|IT)\b)", _I)
_ORG_S = re.compile(r"^(?-i:[A-Z])[\w&.-]*(?:\s+(?:(?:&|van|von|der|den|de|la|le|del|di|du|da)\s+)*(?-i:[A-Z])[\w&.-]*){0,4}['’]s?\s+(?=technology\b|IT\b)", _I)
_TECH_AT = re.compile(r"^((?:our\s+)?technology|IT)\s+(?:at|in|for)\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'’.-]*)*,?\s+(?!is\s+worth)", _I)
_TECH_DOES = re.compile(r"^(?:our\s+)?technology\s+(?=(?!is\b|are\b|was\b|will\b|should\b|must\b|can\b|has\b|exists\b)[a-z]+s\b)", _I)


def plain_lead(sentence: str) -> str:
    """'At Acme, technology keeps ...' | "Acme's technology keeps ..." -> 'IT keeps ...': the shape the readers know."""
    out = _ORG_S.sub("", _AT_ORG.sub("", sentence))
    out = _TECH_AT.sub(lambda m: m.group(1) + " ", out)
    return _TECH_DOES.sub("IT ", out)


def shape_phrases(statement: str) -> list[list[str]]:
    """Every meaning the statement's sentences give, in order: for each, its ways of saying it, best first."""
    text = re.sub(r"\s+", " ", statement.strip())
    out = []
    for sentence in re.split(r"(?<=[.;!])\s+", text):
        said = sentence.strip().rstrip(".;!")
        found = _sentence_phrases(_lists(said)) or _sentence_phrases(_lists(plain_lead(said)))  # a known shape first, then its plain lead
        purpose = _SO_WHO.search(said)
        if purpose and not any(ways for ways in found):
            found = [_who_does(_words(_ours(purpose.group("who"))), _words(purpose.group("vp")), "letting")]
        out += [[_listed(" ".join(w)) for w in ways if w] for ways in found]
    return [ways for ways in out if ways]


_ITEM = r"[a-z][\w'’-]*"
_LIST = re.compile(rf"\b(?:(?P<every>every|each)\s+)?(?P<items>{_ITEM}(?:,\s+{_ITEM})+,?\s+and\s+{_ITEM})\b")


def _lists(sentence: str) -> str:
    """A list of three or more ('find, admit and welcome', 'every truck, dock and driver') as one word, so no clause
    or phrase is cut inside it: 'find_admit_and_welcome', 'trucks_docks_and_drivers' (after 'every', said plural)."""
    def joined(m: re.Match[str]) -> str:
        items = [w for w in re.split(r",?\s+and\s+|,\s+", m.group("items"))]
        verbs = all(w.lower() in VERBS for w in items)
        if not verbs and any(w.lower() in VERBS or w.lower() in _BREAK for w in items):
            return m.group(0)  # a mix of verbs and nouns is no list we can say as one
        after = sentence[m.end():]
        if not verbs and not re.match(rf"\s+(?:[a-z]+(?:ing|ed)\b|(?:{'|'.join(_BREAK)})\b)|\s*[,.;]|\s*$", after):
            return m.group(0)  # "every crew, truck and bin route": the last item runs on, so it is no list of words we can say
        if m.group("every") and not verbs:
            items = [_plural(w) for w in items]
        elif m.group("every"):
            return m.group(0)
        return "_".join(items[:-1]) + "_and_" + items[-1]
    return _LIST.sub(joined, sentence)


def _plural(noun: str) -> str:
    if re.search(r"(?:s|x|ch|sh)$", noun):
        return noun + "es"
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


def _listed(phrase: str) -> str:
    """'trucks_docks_and_drivers' back to 'trucks, docks and drivers'."""
    return phrase.replace("_and_", " and ").replace("_", ", ")

"""The value statement parsed into whole clauses (plan round 19), and the one clause that touches this partner.

A statement reads "<Technology [at Org]> <verb> <object> [and <verb> <object>] [, so <outcome>]". The parser finds
the subject, the finite verbs and their coordinated objects by a small grammar (a verb lexicon, determiners that open
a new object), and keeps every clause whole: a verb with its full object and complement, never a cut phrase. The
clause chosen for a partner is the one that shares most words with their goals and measures, then with their
function's own vocabulary; ties keep the statement's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Base forms of verbs a statement's clause may start with (the 3rd-person form is derived).
VERBS = set(
    "keep help make run decide sell serve grow win cut reduce give protect deliver spend find see know build save get bring "
    "work care treat ship close hire plan move stay turn improve raise lower launch reach learn share spot answer focus meet "
    "hit choose put do free earn support enable secure connect simplify speed automate understand trust use act respond "
    "recover comply manage lead create design test sign collect pay invest welcome teach heal cure feed house settle price "
    "be prove discover dress process show let allow equip power stock supply fix reuse publish tell track plan sell".split()
)
HELPERS = {"help", "let", "enable", "allow", "equip"}
_DETS = r"(?:every|each|our|all|the|its|their|a|an|no)"
_DOUBLE = {"put", "get", "let", "run", "cut", "set", "stop", "plan", "ship", "win", "shop", "spot", "fit"}
_STOP = set("the a an and or of to in on at for with by from so that our your their its it we you they us every each all "
            "any more less is are be can what this these those as than into right make makes keep keeps technology help helps "
            "helping let lets letting enable enables team teams".split())


@dataclass(frozen=True)
class Clause:
    text: str  # the whole verb phrase in base form: "keep every close on time"
    part: str  # "means" (what technology does) or "outcome" (what follows: a clause with its own subject)

    def gerund(self) -> str:
        """'keeping every close on time'; an outcome clause is returned as it stands."""
        if self.part == "outcome":
            return self.text
        return _lead_verbs(self.text, ing)


def base(word: str) -> str:
    """'keeps' -> 'keep', 'pushes' -> 'push', 'carries' -> 'carry'; a base form stays."""
    w = word.lower().rstrip(",;")
    if w in VERBS:
        return w
    if w.endswith("ies") and w[:-3] + "y" in VERBS:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2] in VERBS:
        return w[:-2]
    if w.endswith("s") and w[:-1] in VERBS:
        return w[:-1]
    return ""


def ing(verb: str) -> str:
    v = verb.lower()
    if v == "be":
        return "being"
    if v in _DOUBLE:
        return v + v[-1] + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def _finite(word: str, bare: bool) -> bool:
    """A verb of the clause's form: 'keeps' after 'Technology', 'settle' after 'helps us'."""
    w = word.lower().rstrip(",;")
    return (w in VERBS) if bare else (w != base(w) and base(w) != "")


def split_statement(statement: str) -> tuple[str, str]:
    """(means, outcome): the part before ', so (that)' and the part after it."""
    text = re.sub(r"\s+", " ", statement.strip()).rstrip(".")
    parts = re.split(r",?\s+so(?:\s+that)?\s+(?=[a-z]|[A-Z])", text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _verb_start(words: list[str]) -> tuple[int, bool]:
    """Index of the main verb after the subject ('Technology [at Org]', 'Technology is how Org'), and whether
    the clause's verbs are bare ('lets us price and serve ...'); (-1, False) when no verb is found."""
    i = 0
    if i < len(words) and words[i].lower() in {"our", "the"}:
        i += 1
    if i >= len(words) or words[i].lower() not in {"technology", "it", "digital", "data"}:
        return -1, False
    i += 1
    if i < len(words) and words[i].lower() in {"at", "in", "for"}:
        i += 1
        while i < len(words) and (words[i][:1].isupper() or words[i] == "&"):
            i += 1  # "at Firth & Tay"
    if i + 1 < len(words) and words[i].lower() == "is" and words[i + 1].lower() == "how":
        i += 2
        while i < len(words) and not _finite(words[i], False) and words[i].lower().rstrip(",") not in VERBS:
            i += 1  # "is how Kroonstad designs", "is how we plan": the organisation is the subject
        return (i, words[i].lower().rstrip(",") in VERBS) if i < len(words) else (-1, False)
    while i < len(words) and not _finite(words[i], False):
        i += 1  # "at Nordlys", "at Firth & Tay"
    return (i, False) if i < len(words) else (-1, False)


def _verb_list(text: str) -> bool:
    """'knows, serves': only verbs so far, so the next verb shares their object."""
    return all(base(w) or w.lower() in VERBS or w in {"and", "or"} for w in re.findall(r"[\w'’-]+", text))


def _lead_verbs(phrase: str, form: object) -> str:
    """Each verb of the leading list in the given form: 'knows, serves and keeps X' -> 'know, serve and keep X'."""
    words = phrase.split(" ")
    for i, w in enumerate(words):
        core = w.rstrip(",")
        if w in {"and", "or"}:
            continue
        verb = base(core) or (core.lower() if core.lower() in VERBS else "")
        if not verb:
            break
        words[i] = form(verb) + w[len(core):]  # type: ignore[operator]
        if not w.endswith(",") and not (i + 1 < len(words) and words[i + 1] in {"and", "or"}):
            break
    return " ".join(words)


def _conjuncts(rest: str, bare: bool) -> list[str]:
    """'keeps A, and makes B' -> ['keeps A', 'makes B']; 'knows, serves and keeps X' stays whole (a shared object)."""
    pieces = re.split(r"(,\s+and\s+|,\s+|\s+and\s+)", rest)
    out: list[str] = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        head = piece.split(" ", 1)[0]
        helped = base(out[-1].split(" ", 1)[0]) in HELPERS and "," not in sep  # "lets X see and run every pump and works"
        if _finite(head, bare) and not _verb_list(out[-1]) and not helped:
            out.append(piece)
        else:
            out[-1] += sep + piece
    return out


def _objects(verb_phrase: str) -> list[str]:
    """'keep our people safe and our mines productive' -> ['keep our people safe', 'keep our mines productive']."""
    verb, _, obj = verb_phrase.partition(" ")
    if obj.startswith("sure "):
        return [verb_phrase]  # "make sure every shift is staffed, every rota fair": one clause, its verb shared
    if verb in HELPERS and not re.match(r"(?:us|we)\b", obj):
        return [verb_phrase]  # "help every student learn and every researcher discover" splits below
    parts = re.split(rf",?\s+and\s+(?={_DETS}\s)", obj)
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts) or re.search(rf",\s+{_DETS}\s", parts[0]):
        return [verb_phrase]  # "our people, our information and our licence ... safe": one list, its complement shared
    return [f"{verb} {p}" for p in parts]


def _helped(verb_phrase: str) -> list[str]:
    """'help us settle every claim fairly' -> 'settle every claim fairly'; 'help every student learn and every
    researcher discover' -> ['help every student learn', 'help every researcher discover']."""
    verb, _, obj = verb_phrase.partition(" ")
    if verb not in HELPERS:
        return _objects(verb_phrase)
    us = re.match(r"(?:us|we|(?:[A-Z][\w'’.-]*\s+(?:&\s+)?)+(?=[a-z]+\b))\s*(.*)$", obj)
    if us:
        return [c for p in _conjuncts(us.group(1), True) for c in _objects(p)]
    parts = re.split(rf",?\s+and\s+(?={_DETS}\s)", obj)
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return [f"{verb} {p}" for p in parts]
    words = obj.split()
    at = next((i for i, w in enumerate(words[:5]) if i and w.lower() in VERBS), 0)  # "help every team serve ..., run ..."
    if at:
        who = " ".join(words[:at])
        return [f"{verb} {who} {p}" for p in _conjuncts(" ".join(words[at:]), True)]
    return [verb_phrase]


# "At Kessler, technology keeps ...", "Chez Verdier, technology ...", "Meridian's technology helps ...": the organisation
# named before the subject; the grammar reads from the subject on.
# Each name word ends in its own separator, so a statement with no such lead fails in linear time (an optional
# separator between words let the engine split one word many ways: minutes on a long statement).
_LEAD_ORG = re.compile(r"^\s*(?:(?:At|In|Chez|For)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s*&\s*|,?\s+))+|[A-Z][\w.-]*['’]s\s+)(?=(?:technology|digital)\b)", _I)


def subject_first(statement: str) -> str:
    """The statement from its subject on: 'At Kessler, technology keeps ...' -> 'Technology keeps ...'."""
    m = _LEAD_ORG.match(statement)
    if not m or not re.match(r"(?-i:[A-Z])", m.group(0).strip()):
        return statement
    rest = statement[m.end():]
    return rest[:1].upper() + rest[1:]


def statement_clauses19(statement: str) -> list[Clause]:
    """Every whole clause of the statement: its means (base-form verb phrases) first, then its outcomes."""
    means, outcome = split_statement(subject_first(statement))
    words = means.split()
    at, bare = _verb_start(words)
    out: list[Clause] = []
    if at >= 0:
        for piece in _conjuncts(" ".join(words[at:]), bare):
            phrase = re.sub(r"\bits\b", "our", _lead_verbs(piece, str))
            out += [Clause(p.strip(" ,"), "means") for p in _helped(phrase) if len(p.split()) >= 2]
    for piece in re.split(r",?\s+and\s+(?=(?:the|our|every|we|they|no|people|patients|customers|members)\b)", outcome):
        if len(piece.split()) >= 3:
            out.append(Clause(piece.strip(" ,"), "outcome"))
    return out


def stem(word: str) -> str:
    """'fares' and 'fare', 'nursing' and 'nurse', 'carries' and 'carry': one stem (five letters at most)."""
    w = word.lower()
    w = w[:-3] + "y" if w.endswith("ies") else w[:-2] if w.endswith(("sses", "shes", "ches", "xes")) else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    w = re.sub(r"(?:ing|ed|ly)$", "", w) if len(w) > 5 else w
    w = w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz" else w  # "running" -> "run"
    w = re.sub(r"(?:est|er)$", "", w) if len(w) > 4 else w  # "lowest" and "lower": one stem
    return w.rstrip("e")[:5]


def stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


# A function's own vocabulary: the clause that speaks of it touches the partner (stems, 5 letters at most).
FUNCTION_WORDS: dict[str, str] = {
    "finance": "cost spend money price budget cash margin afford cheap low earn defend premium pay paid close krone rand "
               "zloty yen euro pound dollar count value tonne kilo",
    "supply_chain": "supplier supply spend price cost paid pay stock part demand arrive shelf product fresh deliver ship "
                    "collect order rand count harvest",
    "hr": "people staff worker paid skill hire train student colleague safe count peak keep",
    "legal": "law lawful safe secure record contract risk defens information privacy comply complian",
    "operations": "run running line shift stop time ship flow network produce plant shelf till open stock bus train "
                  "pallet brew guest stay pump water",
    "sales": "customer buyer order win price premium market answer sell business faster",
    "marketing": "customer member subscriber client know serve brand online store premium",
    "customer_service": "customer answer fix first quick stay",
    "product": "build product customer choose student research learn discover data",
}
_ROLE_WORDS = {  # roles the function map reads as 'general'
    r"nurs|clinic|medical|patient": "patient nurse nursing bedside care safe clinician sooner",
    r"claim": "claim settle member fair fast",
    r"dean|faculty|research|academ|provost": "research student learn discover data grant science",
    r"strateg": "decision market data trading faster competitor",
}
_ROLE_LABELS = {r"nurs|clinic": "nursing", r"claim": "claims", r"dean|faculty|academ|provost": "faculty", r"strateg": "strategy"}
LABELS = {"finance": "finance", "supply_chain": "supply-chain", "hr": "HR", "legal": "legal", "operations": "operations",
          "sales": "sales", "marketing": "marketing", "customer_service": "service", "product": "product"}


def function_label(function: str, role: str = "") -> str:
    """The team the partner leads, in a word ('finance', 'nursing'); '' when neither function nor role names one."""
    if function in LABELS:
        return LABELS[function]
    return next((label for pattern, label in _ROLE_LABELS.items() if re.search(pattern, role, _I)), "")


def function_stems(function: str, role: str = "") -> set[str]:
    words = FUNCTION_WORDS.get(function, "")
    for pattern, extra in _ROLE_WORDS.items():
        if re.search(pattern, role, _I):
            words += " " + extra
    return stems(words)


def clause_score(clause: Clause, goals: str, function: str, role: str = "") -> tuple[int, int]:
    """(words shared with their goals and measures, words of their function's vocabulary); a means clause (what
    technology does) gets one point on the second, so an outcome is said only where it touches them clearly more."""
    said = stems(clause.text)
    return len(said & stems(goals)), len(said & function_stems(function, role)) + (clause.part == "means")


def best_clause(clauses: list[Clause], goals: str, function: str, role: str = "") -> Clause | None:
    """The clause that touches the partner most: their goals and measures first, then their function's vocabulary;
    the statement's order on a tie."""
    if not clauses:
        return None
    return max(clauses, key=lambda c: (*clause_score(c, goals, function, role), -clauses.index(c)))

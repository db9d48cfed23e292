"""The value statement's meaning in a few of its own words, re-voiced so no four of them run as the statement has them
(plan round 13, issue #20): "Technology at X is worth what it does to settle honest claims faster and stop the
dishonest ones" -> "settling honest claims faster and stopping the dishonest ones". A statement whose meaning is no verb
phrase ("worth the time it gives back ...") gives none: the message then leans on the partner's numbers alone."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_I = re.IGNORECASE
_LEAD = re.compile(
    r"^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+[A-Z][\w&'’ -]*?)?\s+(?:is|are)\s+worth\s+what\s+it\s+(?:does|adds|brings)\s+to\s+"
    r"|^(?:(?:our\s+)?technology|IT|we)(?:\s+(?:at|in|for)\s+[A-Z][\w&'’ -]*?)?\s+(?:exists?\s+to|helps?(?:\s+(?:every|each|all|our)\s+\w+)?(?:\s+to)?|is there to|earns its place by)\s+", _I)
_STOP_END = {"the", "a", "an", "to", "of", "in", "on", "at", "with", "and", "every", "our", "your", "their", "from", "for", "so", "by", "it",
             "them", "more", "less", "right", "good", "lower", "better", "easy", "cheaper", "each", "all", "most"}
VERBS = set(
    "keep help make run decide sell serve grow win cut reduce give protect deliver spend find see know build save get bring put settle stop "
    "work care treat ship close hire plan move stay turn improve raise lower launch reach learn share spot answer focus meet fill solve "
    "hit choose do free earn support secure connect speed understand trust use act respond recover manage lead create design lend "
    "collect pay invest welcome teach heal cure feed house prevent catch cover open clear fix check carry".split()
)
_BREAK = {"to", "in", "at", "on", "onto", "for", "with", "from", "by", "so", "than", "and", "into", "across", "while"}
_DOUBLE = {"stop", "get", "put", "cut", "win", "run", "plan", "ship", "set"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MAX_WORDS = 4  # a phrase's verb and three more words at most
RUN = 4  # this many words in a row as the statement has them would be a paste


def _gerund(verb: str) -> str:
    v = verb.lower()
    if v.endswith("ing"):
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
    """The statement's verb phrases as gerunds, each short enough never to run four words with the statement."""
    text = re.sub(r"\s+", " ", statement.strip()).rstrip(".")
    lead = _LEAD.match(text)
    if not lead:
        return []
    out: list[str] = []
    for clause in re.split(r",?\s+and\s+(?:to\s+)?(?=(?:" + "|".join(VERBS) + r")\b)|,\s+(?:and\s+)?", text[lead.end():]):
        words = _WORD.findall(clause)
        if words and words[0].lower() == "help":
            words = words[next((i for i, w in enumerate(words[1:4], 1) if w.lower() in VERBS), 0):]  # "help our advisers lend" -> "lend"
        base = re.sub(r"ing$", "", words[0].lower()) if words else ""
        if not words or not (base in VERBS or base + "e" in VERBS or base[:-1] in VERBS):
            continue  # a noun phrase ("the time it gives back"), not something we do
        size = next((n for n in range(min(MAX_WORDS, len(words)), 1, -1) if n == len(words) or words[n].lower() in _BREAK), 0)
        size = size or next((n for n in range(min(MAX_WORDS, len(words)), 2, -1) if words[n - 1].endswith("s") and words[n].lower() in {"the", "a", "an"}), 0)
        phrase = [_gerund(words[0])] + [re.sub(r"^our$", "your", w, flags=_I) for w in words[1:size]]
        if size < len(words) and phrase[-1].endswith("ly") and len(phrase) > 2:
            phrase.pop()  # "getting more volunteers safely" cut before "onto the water": the adverb goes with its place
        if size and phrase[-1].lower() not in _STOP_END and _run(" ".join(phrase), statement) < RUN:
            out.append(" ".join(phrase))
    return out[:2]


def meaning_sentence(statement: str, metric: str = "") -> str:
    """'For you, technology earns its keep by settling honest claims faster and stopping the dishonest ones, and cycle
    time is where you will see it.' Without their measure, one phrase only: a sentence under twelve words, so partners
    who share a statement never share a long sentence."""
    phrases = meaning_phrases(statement)
    if not phrases:
        return ""
    metric = metric.strip(" ,;:")
    metric = metric[:1].lower() + metric[1:] if metric[1:2].islower() else metric  # "Active members" mid-sentence
    if metric:
        for some in (phrases, phrases[:1]):
            said = f"For you, technology earns its keep by {' and '.join(some)}: {metric} is where you will see it."
            if _run(said, statement) < RUN:
                return said
        return ""
    said = f"For you, technology earns its keep by {phrases[0]}."
    return said if len(said.split()) < SHARED_WORDS and _run(said, statement) < RUN else ""


SHARED_WORDS = 12  # a sentence this long, said to two partners, is boilerplate

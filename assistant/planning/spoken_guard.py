"""The last guard on a line the CIO says aloud: no template slot left stitched, no word of debris.

A slot filled from the notes can leave marks no person says: a dash or colon left hanging where a quotation was cut
("... on 14 January —."), an article before a preposition ("Yes to the on the ..."), a verb-ing read as a noun after
"the" ("Yes to the confirming who ..."), an infinitive with no verb ("you want me to the trucks ..."), a day number cut
from its dotted or slashed date ("by 11:"), a title read as a person ("What does Ing need?"), a word said twice, or a
partner's "ask" that is a first-person offer ("you asked: “Let me get you ...”"). `repair_spoken` mends the marks that
can be mended without guessing (a dash left hanging, "your 3 May offer"); `spoken_fault` names what remains, and the
line that carries it is dropped by the plan sweep.
"""

from __future__ import annotations

import re

# A dash left hanging before a stop or at the end: "on 14 January 2027 —." / "from January —: what ...".
_HANGING_DASH = re.compile(r"\s+[—–-]+\s*(?=[.:;,?!]|$)")
# Two stops run together by a cut: "January,:", "it :." (an ellipsis or "?!" is left alone).
_DOUBLE_STOP = re.compile(r"[,;:]\s*[.:;?!]|[:,;]\s*$")
# An article before a word that never follows one: "the on the board", "a the plan", "the of".
_ARTICLE_GAP = re.compile(r"\b(?:[Tt]he|an?)\s+(?:the|an?|on|of|to|in|at|for|with|from|by|and|or|is|are|was|were|into|onto)\b(?![-’'])")
# "the confirming who ...", "to the getting the ...": a verb-ing read as a noun, by what follows it.
_THE_GERUND = re.compile(r"\b[Tt]he\s+(?P<verb>[a-z]+ing)\s+(?P<next>who|whom|whose|whether|how|what|where|why|when|them|him|us|me|it|the|an?|our|your|their|his|my)\b")
# "Yes to the estimate and confirming who co-presents": a question of who, run into a yes.
_AND_GERUND = re.compile(r"\b(?:[Yy]es to|and|to)\s+(?:the\s+)?[a-z]+ing\s+(?:who|whom|whether)\b")
_ING_NOUNS = frozenset(
    "thing king ring spring string wing evening morning building meeting ceiling offering opening setting training funding "
    "planning pricing briefing hearing booking ranking rating reading filing listing posting ruling saying warning finding "
    "holding clothing landing parking shipping timing spending staffing marketing engineering accounting manufacturing "
    "learning onboarding outsourcing processing reporting billing scheduling testing tracking headcounting sibling "
    "awning bearing dwelling earning earnings lodging lining seating heading wording ending beginning sitting standing "
    "gathering recording hiring screening housing coaching mentoring costing forecasting budgeting sourcing routing "
    "banking lending underwriting nursing teaching catering cleaning printing packaging labelling labeling picking".split()
)
# An infinitive marker with no verb: "you want me to the trucks", "they need us to your plan".
_BARE_TO = re.compile(r"\b(?:want|wants|wanted|need|needs|needed|expect|expects|expected|would like)\s+(?:me|us|you|him|her|them|IT|my team|our team)\s+"
                      r"to\s+(?:the|an?|our|your|their|his|my)\b", re.IGNORECASE)
# A day number left after its date was cut at the dot or slash: "by 11:", "before 3." (never "by 9 a.m.", "at 11:30").
_CUT_DAY = re.compile(r"\b(?:by|on|before|until|till|from|since|after)\s+\d{1,2}(?=\s*:\s|\s*[:.]?\s*$)")
# Titles that are never a person's name on their own ("Ing.", "Dr", "Prof", "Mag.", "Dipl.-Ing."); a name follows them.
# Only a title used as a noun is caught ("Ing needs", "Ing's team", "Ing (his boss)"): a split at its dot is no fault.
_TITLE = re.compile(r"\b(?:Dipl\.?-Ing|Ing|Dr|Dra|Prof|Mag|Dipl|Drs|Mgr)\b\.?(?=\s+[a-z(]|['’]s\b|\s*[,;?!”)])")
_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+\1\b", re.IGNORECASE)
_MAY_DOUBLE = frozenset({"that", "had", "is", "do", "very", "bye", "no", "so", "yes"})
# A partner's "ask" that opens with a first-person offer is the CIO's (or anyone's) reply, not their request.
_ASKED_OFFER = re.compile(r"\b[Yy]ou (?:asked|requested|wanted)\W*[:,]?\s*[“\"‘'](?:Let me|I'll|I will|We'll|We will|I can|We can|Leave it with me)\b")
# "your 24 November offer": a date used as an adjective reads as a cut; said as "your offer of 24 November".
_DATE_ADJECTIVE = re.compile(r"\b(?P<own>your|our|my) (?P<day>\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}) (?P<noun>offer|request|invitation|ask|proposal|question|note|e-mail|email|message)\b")


# A second aim's verb run into a yes: "Yes to your offsite invitation and agree the migration plan." -> the yes alone.
_YES_AND_VERB = re.compile(r"^(?P<yes>(?:\d+\.\s+)?Yes to [^.:;]+?) and (?:agree|confirm|give|send|bring|answer|deliver|offer|share|present|prepare)\b[^.?!]*(?P<stop>[.!]?)$")
# A pointer to a date the line never names: "by the same date", "before that date" (with no day in the line).
_POINTER_DATE = re.compile(r"\b(?:by|before|on|for|until) (?:the same|that|this|the said|the above) (?:date|day|deadline)\b")
_ANY_DAY = re.compile(r"\b\d{1,2}(?:[./]\d{1,2}|\s+[A-Z][a-z]+)|\b[A-Z][a-z]+ \d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b")


# A template slot printed empty: "CIO, by None", "on null", "(None)", "owner: undefined". The slot and its lead word go.
_EMPTY_SLOT = re.compile(r",?\s*\b(?:by|on|before|after|from|until|due|owner:?|with|for|at)\s+(?:None|null|undefined|NaN|nil)\b(?=\s*[.,;:)!?]|\s*$)"
                         r"|\s*\((?:None|null|undefined|NaN|nil|\s*)\)")
_LEFT_SLOT = re.compile(r"(?<=[\w,;:(] )(?:None|null|undefined|NaN)(?![\w-])|(?<=\()(?:None|null)\b|\{\w*\}|\$\{|\bN/A\b")


# The stand-in for a name nobody gave, used to address the partner: "your partner, you want ..." (said to them).
_NO_NAME_VOCATIVE = re.compile(r"^(\d+\.\s+)?[Yy]our partner,\s+([a-z])")


def repair_spoken(sentence: str) -> str:
    """The sentence with the marks that can be mended without guessing mended: a hanging dash cut, a date before its noun
    moved after it ("your offer of 24 November"), a second verb cut from a yes, an empty slot left out ("CIO, by None")."""
    fixed = _HANGING_DASH.sub("", _EMPTY_SLOT.sub("", sentence))
    fixed = _NO_NAME_VOCATIVE.sub(lambda m: (m.group(1) or "") + m.group(2).upper(), fixed)  # "your partner, you want" spoken to them: "You want"
    fixed = _YES_AND_VERB.sub(lambda m: f"{m.group('yes')}{m.group('stop') or '.'}", fixed)
    return _DATE_ADJECTIVE.sub(lambda m: f"{m.group('own')} {m.group('noun')} of {m.group('day')}", fixed)


def spoken_fault(sentence: str) -> str:
    """Why the sentence is not one a person says aloud ('' when it is)."""
    bare = re.sub(r"“[^”]*”", "“Q”", sentence)  # the partner's own words are judged where they are picked
    if _HANGING_DASH.search(sentence):
        return "a dash left hanging"
    if _LEFT_SLOT.search(bare):
        return "an empty template slot printed"
    if _DOUBLE_STOP.search(bare.rstrip()) and not bare.rstrip().endswith("..."):
        return "a colon or comma left hanging"
    if _ARTICLE_GAP.search(bare):
        return "an article before a word that never follows one"
    gerund = _THE_GERUND.search(bare)
    person = gerund is not None and gerund.group("verb") in ("king", "sibling", "darling", "underling", "viking")
    if gerund and not person and (gerund.group("verb") not in _ING_NOUNS or gerund.group("next") in ("who", "whom", "whether")):
        return "a verb read as a noun after “the”"
    if _AND_GERUND.search(bare):
        return "a verb read as a noun after “and”"
    if _BARE_TO.search(bare):
        return "an infinitive with no verb"
    if _CUT_DAY.search(bare):
        return "a day number cut from its date"
    title = _TITLE.search(sentence)
    if title and not re.match(r"\s+(?:dr|ir|mr|prof|ing)\b", sentence[title.end():]):  # "Prof. dr. Anneke": titles in a row
        return f"a title read as a name (“{title.group(0).strip()}”)"
    if any(m.group(1).lower() not in _MAY_DOUBLE and not m.group(1).isupper() for m in _DOUBLED.finditer(bare)):
        return "a word said twice"
    if _ASKED_OFFER.search(sentence):
        return "an offer quoted as the partner's ask"
    if _POINTER_DATE.search(bare) and not _ANY_DAY.search(bare):
        return "a pointer to a date the line does not name"
    return ""


# A day date cut at its dot or slash: the words end on the day ("by 11") and the text goes on with ".12" or "/12".
_REST_OF_DATE = re.compile(r"[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?!\d)")


def whole_dates(words: str, text: str) -> str:
    """`words` (a span lifted from `text`) with a dotted or slashed date it cut made whole again: 'a date by 11' in
    '... a date by 11.12. The budget ...' -> 'a date by 11.12'."""
    if not re.search(r"\d$", words):
        return words
    at = text.find(words)
    if at < 0:
        return words
    rest = _REST_OF_DATE.match(text, at + len(words))
    return words + rest.group(0) if rest else words


_CONJUNCT = re.compile(r"\s+and\s+(?=(?:the|a|an|our|your|his|her|their|its)\b)")
# "all 180 handsets are out": a state to confirm, a clause and no thing a yes can name.
_STATE_CLAUSE = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|all\s+)?(?:out|done|live|ready|finished|delivered|installed|complete|sent|in place|working)\b")
_TELLING = re.compile(r"\b[a-z][a-z-]{3,}")  # words, never a year: "2027" names no offer


def yes_thing(thing: str, item_text: str | None) -> str:
    """What a yes may name: the thing when it reads whole after "Yes to", cut to the parts the partner's item offers or
    asks ("the board seat and the 2027 roadmap", with only a seat offered -> "the board seat"); '' when nothing fits."""
    thing = re.sub(r"^(?:(?:the|a)\s+)?(?:on|about|to|for)\s+(?=(?:the|a|an|your|his|her|their)\b)", "", thing.strip())  # "the on the ..."
    if spoken_fault(f"Yes to {thing}.") or re.match(r"(?:the\s+)?[a-z]+ing\s+(?:who|whom|whether|how|what|where|why|when)\b", thing) \
            or _STATE_CLAUSE.search(thing):
        return ""
    parts = _CONJUNCT.split(thing)
    if item_text is None or len(parts) < 2:
        return thing
    told = set(_TELLING.findall(item_text.lower()))
    kept = [p for p in parts if set(_TELLING.findall(p.lower())) & told]
    return " and ".join(kept) if kept else thing


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .!?\"“”'").lower()


def voices_of(sentences: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Who said each sentence of the notes, by its words: (text, speaker) pairs -> {words: {speakers}}."""
    out: dict[str, set[str]] = {}
    for text, speaker in sentences:
        out.setdefault(_key(text), set()).add(speaker)
    return out


def one_voice(sentence: str, voices: dict[str, set[str]]) -> str:
    """The sentence with each quotation cut to the partner's own sentences when it runs theirs together with someone
    else's ("“Let me get you an estimate. I need a number by 11.12.”": the first was ours): a quotation is one voice."""

    def cut(match: re.Match[str]) -> str:
        parts = re.split(r"(?<=[.!?])\s+", match.group(1))
        said = [voices.get(_key(p), set()) for p in parts]
        if len(parts) < 2 or not any("partner" in s for s in said):
            return match.group(0)
        kept = [p for p, s in zip(parts, said, strict=True) if not s or "partner" in s]
        return f"“{' '.join(kept)}”"

    return re.sub(r"“([^”]+)”", cut, sentence)

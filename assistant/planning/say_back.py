"""The one checked pronoun swap: the partner's words said back to them by the CIO.

Their own words ("I need a date you believe") swap both persons: I/me/my -> you/your, and "you" -> "I" where it is a
subject ("a date I believe") or "me" where it is an object ("send me"). The CIO's narration ("he's at 66") swaps the
third person and its verb ("you're at 66"). A swap is used only when the whole clause comes out clean: no object
case in a subject's seat, no third-person verb or contraction left on "you", no "I" after a verb or preposition.
Where it does not, `said_back` gives '' and the caller quotes the words whole as theirs or leaves the line out.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A word that, after "you", shows "you" is an object: a determiner, a preposition, a conjunction, a number, an adverb.
_OBJECT_NEXT = {
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "every", "each", "no", "my", "your", "our", "his",
    "her", "their", "its", "to", "for", "by", "on", "in", "at", "with", "from", "about", "of", "into", "and", "or", "but", "if",
    "when", "so", "because", "before", "after", "again", "now", "today", "back", "too", "first", "both", "guys", "than",
    "as", "up", "out", "over", "know", "one", "two", "three", "four", "five", "more", "less", "yet", "then", "here", "there",
}
# A verb after which "you" is its object even before another verb ("let you know", "help you decide", "make you feel").
_CAUSATIVE = {"let", "help", "make", "made", "have", "watch", "see", "hear", "saw", "heard", "lets", "helps", "makes", "bid"}
_PREPOSITION = {"to", "for", "with", "from", "at", "on", "by", "about", "of", "than", "like", "without", "behind", "beside"}
_SPOKEN = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "your": "our", "yours": "ours",
           "yourself": "myself", "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd"}
_SUBJECT_YOU = {"you": "I", "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd"}
_AGREE_I = {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}
_AGREE_YOU = {"am": "are", "was": "were", "wasn't": "weren't"}
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[^A-Za-z\s]+|\s+")


def _spoken_swap(text: str) -> str:
    """Both persons swapped, word by word, with the verb that agrees with a swapped subject."""
    text = re.sub(r"\b(get|send|give|show|tell|bring)\s+us\b", r"\1 __you__", text, flags=_I)  # "get us a view": their team
    tokens = _WORD.findall(text)
    words = [i for i, t in enumerate(tokens) if t[:1].isalpha() or t.startswith("__")]
    out = list(tokens)
    for n, i in enumerate(words):
        low = tokens[i].lower().replace("’", "'")
        prev = tokens[words[n - 1]].lower() if n else ""
        nxt_i = words[n + 1] if n + 1 < len(words) else None
        nxt = tokens[nxt_i].lower() if nxt_i is not None else ""
        gap = "".join(tokens[i + 1 : nxt_i]) if nxt_i is not None else "."
        joined = not gap.strip()  # no punctuation between this word and the next
        if low in _SUBJECT_YOU:
            obj = low == "you" and (not joined or nxt in _OBJECT_NEXT or prev in _CAUSATIVE or prev in _PREPOSITION)
            out[i] = "me" if obj else _SUBJECT_YOU[low]
            if not obj and low == "you" and joined and nxt in _AGREE_I and nxt_i is not None:
                out[nxt_i] = _AGREE_I[nxt]
        elif low in _SPOKEN:
            said = _SPOKEN[low]
            out[i] = said[:1].upper() + said[1:] if tokens[i][:1].isupper() and low != "i" and n == 0 else said
            if low == "i" and joined and nxt in _AGREE_YOU and nxt_i is not None:
                out[nxt_i] = _AGREE_YOU[nxt]
    return "".join(out).replace("__you__", "you")


def _third_verb(verb: str) -> str:
    """'wants' -> 'want', 'pushes' -> 'push', 'tries' -> 'try', 'is' -> 'are'."""
    low = verb.lower()
    fixed = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
             "doesn't": "don't", "goes": "go"}
    if low in fixed:
        return fixed[low]
    if re.search(r"[^aeiou]ies$", low):
        return low[:-3] + "y"
    if re.search(r"(?:sh|ch|x|ss|zz)es$", low):
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


_ADVERB = r"(?:(?:always|never|still|also|just|only|really|often|now|already|rarely|usually|even|clearly)\s+)?"


def _narrated_swap(text: str) -> str:
    """The third person turned to the second, with its verb: "he's at 66" -> "you're at 66", "she wants" -> "you want"."""
    text = re.sub(r"\b(?:he|she)['’]s(?=\s+(?:been|got|had|done|seen|made|taken|asked|said|told)\b)", "you've", text, flags=_I)
    text = re.sub(r"\b(?:he|she)['’]s\b", "you're", text, flags=_I)
    text = re.sub(r"\b(?:he|she)['’](ll|d)\b", r"you'\1", text, flags=_I)
    text = re.sub(rf"\b(?:he|she)\s+({_ADVERB})([a-z]+(?:n't)?)\b", lambda m: f"you {m.group(1)}{_third_verb(m.group(2))}", text, flags=_I)
    text = re.sub(r"\bthey\s+(is|was|has|does)\b", lambda m: f"you {_third_verb(m.group(1))}", text, flags=_I)
    for pattern, repl in (
        (r"\b(?:his|her|their) own\b", "your own"),
        (r"\b(?:his|their)\b", "your"),
        (r"\bher(?=\s+[a-z])(?!\s+(?:to|for|by|on|in|at|about|with|and|the|a|an|how|what|why|where|when|which|who|whether|if|that)\b)", "your"),
        (r"\b(?:him|her|them)\b", "you"),
        (r"\b(?:he|she|they)\b", "you"),
        (r"\b(?:himself|herself|themselves)\b", "yourself"),
    ):
        text = re.sub(pattern, repl, text, flags=_I)
    return text


# What a swap must never leave: an object pronoun where a subject belongs, a third-person verb or contraction on
# "you", "I" with a verb that does not agree or after a verb or preposition.
_FAULTS = re.compile(
    r"\byou['’]s\b|(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bof )(?<!\bat )(?<!\bon )(?<!\bby )(?<!\babout )"
    r"\byou\s+(?:am|is|was|has|does|isn't|wasn't|hasn't|doesn't)\b"
    r"|\bI\s+(?:is|are|were|has|does|isn't|aren't|weren't|hasn't|doesn't)\b|\bI['’]re\b|\bme\s+am\b"
    r"|\b(?:to|for|with|from|at|on|by|about|of|give|tell|send|show|let|help|ask|told|asked|gave|sent)\s+I\b(?!['’])",
    _I,
)
_ME_SUBJECT = re.compile(r"\b(\w+)\s+me\s+(?:believe|hope|think|want|need|know|can|could|will|would|should|must|may|might|"
                         r"do|did|don't|didn't|have|had|said|say|feel|like|see|expect|trust|get|go|am|was)\b", _I)


def swap_fault(text: str) -> bool:
    """True where a swapped clause reads wrong ('a date me believe', "you's at 66", 'you wants')."""
    if _FAULTS.search(text):
        return True
    return any(m.group(1).lower() not in _CAUSATIVE | {"tell", "told", "ask", "asked", "want", "need", "wanted", "needed", "let", "helping"}
               for m in _ME_SUBJECT.finditer(text))


def said_back(text: str, spoken: bool) -> str:
    """Their words said to them, swapped whole, or '' where the swap would not read cleanly."""
    swapped = _spoken_swap(text) if spoken else _narrated_swap(text)
    return "" if swap_fault(swapped) else swapped


def spoken_to_you(text: str) -> str:
    """The partner's words as the CIO says them back ('get me a benchmark' -> 'get you a benchmark'); unchecked: callers
    that can fall back use `said_back`."""
    return _spoken_swap(text)


def narrated_to_you(text: str) -> str:
    return _narrated_swap(text)

"""Whether a sentence is written in English: the exemplar classifier was trained on English sentences only."""

from __future__ import annotations

import re

# Small words that nearly every English sentence of a few words has, and few other languages share.
_ENGLISH = frozenset(
    "the a an and of to is are was were be been it its this that these those you your we our us they their he she his her "
    "him i me my not no with for on at by from as but if so do does did done have has had will would can could should "
    "what when where who which there here than then just very all any some more most only also about into out up".split()
)
# Small words of the other languages notes come in (Portuguese, Spanish, Italian, French, German, Dutch, the Nordic
# languages, Turkish, Indonesian).
_OTHER = frozenset(
    "o os as da das dos em um uma para com não nao por que é e el los las del en y lo al es un una il di che per della "
    "sono le la les des du et est pas pour avec nous vous der die das und ist nicht ein eine mit von wir ihr euch het een "
    "van niet dat jullie wij ze zijn ook og er ikke det som en på jeg hun han dere vi av til med är och inte jag ni "
    "bir bu ve da de ile için değil ben sen biz siz çok yang dan di ini itu tidak saya kita kami untuk dengan sudah "
    "belum bisa ada pak bu".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK ideographs, hangul


def foreign(text: str) -> bool:
    """A sentence of five words or more in which hardly any word is a common English one (Turkish, Indonesian,
    Norwegian...): the English-trained classifier's vote on it is noise, and only the language cues read it."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(not c.isascii() for c in letters) >= 0.6 * len(letters) and _UNSPACED.search(text):
        return True  # Japanese, Chinese, Korean: no spaces between words, so no word count
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 5:
        return False
    english = sum(w in _ENGLISH for w in words)
    other = sum(w in _OTHER for w in words) + sum(not w.isascii() for w in words)
    return other >= 2 and other > 2 * english

"""Honorifics and academic titles in several languages: words that stand before (or after) a name and are never a name.

One list for every place that speaks a partner's name: "Ing. Alejandro Vázquez" is Alejandro, "Prof. dr. ir. Anneke
de Vries" is Anneke, "Dott.ssa Giulia Neri" is Giulia. A name made only of titles has no usable name (None): the
caller then phrases the line without a name, never with the title alone.
"""

from __future__ import annotations

import re

# Lower case, without dots or hyphens: "Dr.-Ing." -> "dring", "Dott.ssa" -> "dottssa", "Sig.ra" -> "sigra".
TITLES = frozenset(
    # English
    "mr mrs ms mx miss dr prof professor sir dame lord lady rev revd hon capt captain col gen cllr fr mstr"
    # Spanish, Portuguese, Catalan
    " sr sra srta dr dra ing lic lcdo lcda licda licdo arq abg abog mtro mtra eng engo enga profa"
    # Italian
    " dott dottssa dottor dottore dottoressa avv arch geom sig sigra sigg sigina ingegnere"
    # German, Austrian, Swiss, Dutch, Nordic
    " herr frau dipl diplom dipling dring mag magister drmed drrernat drphil drjur univprof ir drs ingr"
    # French, Belgian
    " m mme mlle me pr docteur"
    # Central and Eastern Europe
    " mgr bc judr mudr phdr rndr pan pani inż inz"
    # the second word of a German or Austrian doctorate ("Dr. med.", "Dr. rer. nat.", "Dr. h.c.")
    " med rer nat phil jur habil hc oec techn"
    # Indonesian and Malay, Turkish, Portuguese (before the name: "Ibu Ratna", "Pak Budi", "Dona Ana")
    " ibu bu bapak pak encik puan cik dona"
    .split()
)
# Letters after a name: "Ana Ruiz PhD", "Tom Hale, MBA".
SUFFIXES = frozenset("phd mba msc bsc ma ba md jr sr ii iii iv cpa pmp ceng fbcs mbe obe cbe".split())
# Honorifics after the name, alone ("Ahmet Bey", "Ayşe Hanım") or joined to it ("Tanaka-san", "Sato-sama").
AFTER = frozenset("bey hanım hanim efendi san sama sensei".split())
_JOINED = re.compile(r"[-‐](?:san|sama|sensei|kun|chan|shi)$", re.IGNORECASE)


def _key(word: str) -> str:
    return re.sub(r"[.\-‐]", "", word).lower().rstrip(",")


def is_title(word: str) -> bool:
    """True for a title or honorific written alone ("Ing.", "Prof", "Dr.-Ing.", "Dott.ssa")."""
    key = _key(word)
    if not key:
        return False
    return key in TITLES or all(part in TITLES for part in re.split(r"[.\-]+", word.lower().strip(".,")) if part)


def name_words(name: str | None) -> list[str]:
    """The words of a name without its titles and letters after it; [] when only titles are left."""
    words = [_JOINED.sub("", w) for w in re.split(r"\s+", (name or "").strip()) if w]
    while words and is_title(words[0]):
        words.pop(0)
    while len(words) > 1 and (_key(words[-1]) in SUFFIXES | AFTER or words[-1].startswith("(")):
        words.pop()
    return words if words and not is_title(words[0]) else []


def given(name: str | None) -> str | None:
    """The first name a plan may speak, or None when the name is only titles (or empty)."""
    words = name_words(name)
    return words[0].rstrip(",") if words else None

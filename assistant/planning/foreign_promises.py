"""Our promises written in another language the notes use: a first-person promise verb ("Prometi:", "Ik heb toegezegd
dat ...", "Ich habe zugesagt, ...", "Ho promesso di ...", "J'ai promis de ...") or a first-person future of a delivery
verb ("Enviaremos ...", "Wir schicken ..."). The date reader (due_dates) knows those languages' deadline words; a
clause without a due date is no promise (our_promises._dated)."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "Prometi: X", "Toegezegd - X", "Zugesagt: X": the label says we promised what follows.
_LABEL = re.compile(
    r"^[-*•\s\[(]*(?P<verb>Prometi|Prometemos|Prometí|Prometimos|Comprometido|Compromisso(?: nosso)?|Compromiso(?: nuestro)?|Toegezegd|Beloofd|"
    r"Zugesagt|Versprochen|Zusage(?: von uns)?|Unsere Zusage|Promis|Promesso|Impegno(?: nostro)?|Engagement|Notre (?:promesse|engagement)|"
    r"Nuestra promesa|Nuestro compromiso|Nossa promessa|Nosso compromisso|Onze toezegging|Onze belofte|La nostra promessa|Il nostro impegno)\s*[:\-–—]\s*(?P<comp>[^\n]{4,200})", _I)
# "Ik heb toegezegd dat X", "We hebben beloofd om X", "Ich habe zugesagt, X", "Prometi que X", "Prometí a Ana que X",
# "Ho promesso di X", "Abbiamo promesso che X", "J'ai promis de X", "Nous avons promis que X".
_SAID = re.compile(
    r"\b(?P<verb>(?:ik heb|wij hebben|we hebben)\s+(?:\w+\s+)?(?:toegezegd|beloofd)|(?:ich habe|wir haben)\s+(?:\w+\s+)?(?:zugesagt|versprochen)"
    r"|(?:eu\s+)?prometi|(?:nós\s+)?prometemos|(?:yo\s+)?prometí|prometimos|(?:me|nos)\s+comprometí(?:mos)?|(?:ho|abbiamo)\s+promesso"
    r"|(?:j'ai|nous avons)\s+promis|(?:je me suis|nous nous sommes)\s+engagés?)"
    r"(?:\s+(?:a|à|aan)\s+[A-Z][\w-]+)?,?\s+(?:dat|om|dass|que|di|che|de|d')?\s*(?P<comp>[^.;!?\n]{4,200})", _I)
# A first-person future of a delivery verb: "Enviaremos X até ...", "Wir schicken X bis ...", "Vi manderò X entro ...".
_WILL = re.compile(
    r"^(?:[-*•\s]*)(?P<verb>enviarei|enviaremos|entregarei|entregaremos|mandaremos|enviaré|entregaré|entregaremos|te mando|vi manderò|"
    r"invieremo|consegneremo|wir (?:schicken|liefern|senden)|ich (?:schicke|liefere|sende)|(?:ik|we|wij) (?:stuur|sturen|lever|leveren)|"
    r"nous enverrons|je vous enverrai|nous livrerons)\s+(?P<comp>[^.;!?\n]{4,200})", _I)


def foreign_promise(clause: str) -> tuple[str, str] | None:
    """(verb, the promised thing) for a clause of ours that promises in another language; None otherwise."""
    for pattern in (_LABEL, _SAID, _WILL):
        if match := pattern.search(clause):
            return match.group("verb"), match.group("comp").strip()
    return None


def promise_label(line: str) -> bool:
    """The line opens with a first-person promise verb as its label ("Prometi: ...", "Toegezegd: ..."), which a
    speaker reader may take for a person's name."""
    return _LABEL.match(line) is not None

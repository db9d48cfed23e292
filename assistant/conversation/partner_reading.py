"""How the chat says the partner's reading: the quadrant in words, how sure it is, and the note that shows it (praise of
our delivery first where it is the proof); 'too thin' only when nothing shows."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_facts import praise_sentence
from assistant.conversation.partner_record import touches_avoid
from assistant.conversation.partner_say import bare, on_day
from assistant.conversation.reading_evidence import fit_reading
from assistant.planning.lead import AXIS_WORDS, LOW_CONFIDENCE, uncertain_axes
from assistant.planning.situation import Situation
from assistant.schema import QUADRANT_LABELS, Assessment, NoteText

_DEPENDENCE = {"T": "sees technology as plumbing that must run", "I": "sees technology as a source of better information",
               "BT": "sees technology as part of the business's strategy"}
_COMPETENCE = {"doubted": "doubts our delivery", "proven": "trusts our delivery"}
_MOVE = {
    "cost_centre": "work on both at once: reliability wins your direct reports deliver, and patient teaching in {first}'s terms",
    "utility": "teach: show, with {first}'s own goals and data, what better information could do",
    "bypass_risk": "earn back trust first, with small dated commitments kept in public and honesty about past misses",
    "partner": "co-own outcomes with {first} and protect the trust already there",
}

def _trust(level: str, miss: bool) -> str:
    return "trusted our delivery until this miss" if miss and level == "proven" else _COMPETENCE[level]


def flat(text: str) -> str:
    """Text without quote marks or runs of white space, to tell whether a sentence was already shown."""
    return re.sub(r"\s+", " ", re.sub(r"[“”‘’\"']", "", text)).strip()


def partner_reading(a: Assessment, first: str, sit: Situation, notes: list[NoteText], today: dt.date, shown: str = "",
                    miss: bool = False) -> str:
    """The latest assessment in words, with how sure it is and the note that shows it; 'too thin' only when nothing shows.
    Where a miss of ours weighs now (`miss`: the question or the notes say so), trust in our delivery is said as past, never as now."""
    a = _checked(fit_reading(a))
    latest = f" (latest note {on_day(sit.last_note, today)})" if sit.last_note else ""
    proof = _evidence(a, notes, sit, today)
    if (repeat := re.search(r"“(.+)”", proof)) and flat(repeat.group(1)) in flat(shown):
        proof = ""  # the same sentence is already quoted above: never twice in one answer
    praise = bare(praise_sentence(sit))
    if a.quadrant != "unknown" and a.dependence != "unknown" and a.competence != "unknown":
        sure = "" if a.confidence >= LOW_CONFIDENCE else " Few notes point that way, so the reading is tentative: check it with one question first."
        proof, sure = _with_praise(a, first, praise, sit, today, shown, proof, sure)
        move = _MOVE[a.quadrant].format(first=first)
        if not any(i.kind == "miss" or i.status == "overdue" for i in sit.items):  # no miss in the notes: none is cited as past
            move = move.replace(" and honesty about past misses", "")
        return (f"Your notes{latest} put {first} in the {QUADRANT_LABELS[a.quadrant].lower()} quadrant: {first} "
                f"{_DEPENDENCE[a.dependence]} and {_trust(a.competence, miss)}, so {move}.{proof}{sure}")
    known = [(axis, level) for axis, level in (("competence", a.competence), ("dependence", a.dependence)) if level != "unknown"]
    praised, quoted = "", bool(praise) and praise in shown  # the praise may already be quoted with what we delivered
    if praise and not quoted and not touches_avoid(praise, sit) and len(praise.split()) <= 40:
        day = next((x.date for x in sit.sentences if bare(x.text) == praise), None)
        praised = f" On {on_day(day, today)} your notes say: “{praise}”"
    if praised and a.competence == "proven":
        proof = praised  # the praise is the evidence for trust in our delivery, before any other note
    elif (praised or quoted) and not proof:
        above = ", as quoted above" if quoted else ""
        return (f"Your notes{latest} show {first} praising what we delivered{above}.{praised} That is one signal, not yet a reading of how "
                f"{first} sees technology; ask before you propose anything.")
    if known and proof and proof != praised:
        proof = _evidence(a, notes, sit, today, known[0][0])  # the note quoted shows the level said, not the other axis
    if known and proof:
        axis, level = known[0]
        what = _COMPETENCE.get(level) if axis == "competence" else _DEPENDENCE.get(level)
        if axis == "dependence" and praised and a.competence == "unknown":  # praise of our delivery is said, even with the axis unsure
            return (f"Your notes{latest} show plainly that {first} {what}.{proof} {first} has also praised what we delivered.{praised} "
                    "That is one note on our delivery, so confirm it before you lean on it.")
        other = AXIS_WORDS["dependence" if axis == "competence" else "competence"]
        return (f"Your notes{latest} show plainly that {first} {what}.{proof} How {first} sees {other} is not clear yet; "
                "ask before you propose anything.")
    axes = uncertain_axes(a) or ["dependence", "competence"]
    return f"Your notes{latest} are too thin to tell how {first} sees {' and '.join(AXIS_WORDS[x] for x in axes)}; ask before you propose anything."


# A note that doubts our delivery says something went wrong or went elsewhere; one that only judges our work well does not.
_DOUBT = re.compile(r"\b(?:late|slow\w*|miss\w*|still|not|never|no|behind|chas\w+|frustrat\w*|disappoint\w*|complain\w*|vendor|agency|"
                    r"consultan\w*|own (?:tool|app|system)|broke\w*|fail\w*|wrong|errors?|problems?|issues?|can't|cannot|doesn't|worr\w+|concern\w*|"
                    r"outage|down|again|instead|elsewhere|outside)\b", re.I)
_GOOD = re.compile(r"\b(?:promising|good|great|pleased|thanks?|thanked|helped|works? well|matched|exactly|best|impressed|happy)\b", re.I)


def _checked(a: Assessment) -> Assessment:
    """A doubting reading whose only evidence on our delivery judges our work well is not said: the axis is left unknown."""
    doubts = [e.quote for e in a.evidence if e.axis == "competence"]
    if a.competence != "doubted" or not doubts or any(_DOUBT.search(q) for q in doubts) or not all(_GOOD.search(q) for q in doubts):
        return a
    return a.model_copy(update={"competence": "unknown", "quadrant": "unknown",
                                "evidence": [e for e in a.evidence if e.axis != "competence"]})


def _with_praise(a: Assessment, first: str, praise: str, sit: Situation, today: dt.date, shown: str, proof: str, sure: str) -> tuple[str, str]:
    """Praise in the notes is the proof of a trusting reading; newer than a doubting reading's evidence, it is said beside it."""
    day = next((x.date for x in sit.sentences if bare(x.text) == praise), None) if praise else None
    if day is None or praise in shown or touches_avoid(praise, sit) or len(praise.split()) > 40:
        return proof, sure
    said = f" On {on_day(day, today)} your notes say: “{praise}”"
    if a.competence == "proven":
        return said, sure  # the praise shows the trust better than any other note
    newest = max((e.date for e in a.evidence if e.axis == "competence" and e.date), default="")
    if a.competence == "doubted" and day.isoformat() > newest:
        return proof, (f"{sure} Yet on {on_day(day, today)}, after the notes behind that reading, your notes say: “{praise}” "
                       f"Ask whether that has changed how {first} sees our delivery before you plan around doubt.")
    return proof, sure


def _evidence(a: Assessment, notes: list[NoteText], sit: Situation, today: dt.date, axis: str = "") -> str:
    """The newest piece of the assessment's evidence (on one axis when named), quoted whole with its date (after any leading date is cut)."""
    for e in sorted((e for e in a.evidence if not axis or e.axis == axis), key=lambda e: e.date or "", reverse=True):
        quote = re.sub(r"^\s*(?:[-*•|]\s*)?(?:\d{4}-\d{2}-\d{2}\s*[:–—|-]?\s*)?", "", re.sub(r"\s+", " ", e.quote)).strip()
        if not re.search(r"[.!?\"”)]$", quote) or len(quote.split()) > 40 or touches_avoid(quote, sit):  # whole sentences only
            continue
        day = next((n.date for n in notes if quote in re.sub(r"\s+", " ", n.text)), None)
        when = f"On {on_day(day, today)} your notes say" if day else "Your notes say"
        return f" {when}: “{quote}”"
    return ""

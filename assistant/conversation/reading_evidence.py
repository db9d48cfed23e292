"""Which evidence may carry the partner's reading in a chat answer: the partner's words and what happened, never the
CIO's own impression ("my guess: to him we are the ticket queue"), a note to self, or a scheduling line ("her assistant pushed our catch-up to Tuesday").

An axis whose only evidence is of that kind is said as unknown: the chat asks rather than asserts a quadrant."""

from __future__ import annotations

import re

from assistant.schema import Assessment, Evidence

# The CIO's impression or a note to self: a view of the partner, not the partner's own view.
_IMPRESSION = re.compile(r"^\W*(?:notes? to (?:self|myself)|notes? for me|my (?:read|take|sense|impression|guess|feeling)|reflection|aside)\b|"
                         r"\bI (?:think|feel|suspect|guess|sense|believe|reckon|get the (?:feeling|sense|impression))\b|"
                         r"\b(?:my|our) (?:impression|hunch|gut feeling|guess)\b", re.I)
# A line about when or how long we meet: a diary matter, with nothing of how the partner sees technology or us.
_MEETING = r"(?:1:1|1-1|one[- ]to[- ]one|one[- ]on[- ]one|meeting|call|catch[- ]?up|check[- ]?in|review|session|slot|invite|appointment)"
_SCHEDULING = re.compile(rf"\b(?:moved|rescheduled|re-?booked|postponed|pushed|put back|brought forward|cancell?ed|shortened|declined|accepted)\b"
                         rf"[^.]{{0,40}}\b{_MEETING}\b|\b{_MEETING}\b[^.]{{0,30}}\b(?:moved|rescheduled|re-?booked|postponed|pushed|put back|"
                         rf"brought forward|cancell?ed|shortened)\b|\b(?:his|her|their) (?:EA|PA|assistant|office)\b[^.]{{0,30}}\b(?:moved|booked|"
                         rf"rescheduled|set|put|asked)\b", re.I)
_QUOTED = re.compile(r"[“\"‘][^”\"’]{8,}[”\"’]")


def unfit(e: Evidence) -> bool:
    """Evidence that shows no view of the partner's: the CIO's impression, a note to self, or a scheduling line."""
    if _SCHEDULING.search(e.quote):
        return True
    return e.speaker != "partner" and bool(_IMPRESSION.search(e.quote)) and not _QUOTED.search(e.quote)


def fit_reading(a: Assessment) -> Assessment:
    """The assessment with unfit evidence set aside; an axis left with none of its own evidence is unknown."""
    dropped = [e for e in a.evidence if unfit(e)]
    if not dropped:
        return a
    kept = [e for e in a.evidence if not unfit(e)]
    update: dict[str, object] = {"evidence": kept}
    for axis in ("dependence", "competence"):
        if any(e.axis == axis for e in dropped) and not any(e.axis == axis for e in kept):
            update[axis] = "unknown"
            update["quadrant"] = "unknown"
    return a.model_copy(update=update)

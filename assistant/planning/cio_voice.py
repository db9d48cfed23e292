"""Whether a line of the notes is in the CIO's own voice, so it is never quoted to the partner as their words.

A line is the CIO's, whoever the reader gave it to, unless it quotes the partner: a table row or log cell ("| 19-11 |
Offer ... | Needs an answer by 4 December |"), a log label ("Action:", "Note to self:", "Owner:", "Status:"), a
subjectless third-person verb of a log ("Needs an answer by ...", "Wants the numbers first"), or a sentence that opens on
the partner in the third person ("She was pleased: ...").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_QUOTATION = re.compile(r"[\"“][^\"”]{8,}[\"”]")
_LABEL = re.compile(r"^[\W_]*(?:actions?|note to (?:self|myself)|notes?|owner|next steps?|to ?do|decision|status|follow-?ups?|reminder|"
                    r"my (?:view|note|take|read|hunch)|comment|outcome|result|why|cause|context)\s*[:\-–—]", _I)
_LOG_VERB = re.compile(r"^[\W_]*(?:needs|wants|asked|asks|said|says|thinks|wanted|expects|prefers|agreed|offered|invited|promised|owes|"
                       r"likes|hates|chased|mentioned|called|emailed|e-mailed|rang|seems|sounds|looks|was|is|felt|feels)\b", _I)
_SHE_HE = re.compile(r"^[\W_]*(?:she|he|they)\b(?!\s*[:,]?\s*[\"“])", _I)


def table_row(text: str) -> bool:
    return text.lstrip().startswith("|") or text.count(" | ") >= 2


def in_cio_voice(text: str) -> bool:
    """A line with no quotation of theirs that is a log cell, a labelled log line, or narration about the partner."""
    line = " ".join(text.split())
    if _QUOTATION.search(line):
        return False
    return table_row(line) or bool(_LABEL.match(line) or _LOG_VERB.match(line) or _SHE_HE.match(line))

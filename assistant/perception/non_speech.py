"""Lines no person says: an e-mail signature ("Chief Product Officer | Example GmbH"), a table's header row
("| Date | Item | Status |"). They are never the partner's words (note_reading.partner_said). The assessment still
weighs them: a notes file whose partner is not read (a forwarded thread) leans on them, and that needs the reader first."""

from __future__ import annotations

import re

# A word of a title or an organisation's name: capitalised, in capitals, a number, an ampersand or a small connector.
_TITLE_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’&-]*|&|\+|/|[-–—]|\d[\w.-]*|of|for|and|the|de|der|des|du|la|le|van|von|y|e|und|et|für|di|da|do)$")
_ASKED = re.compile(r"[!?]\s*\|?\s*$")


def signature_line(text: str) -> bool:
    """Short segments of capitalised words set apart by '|', with nothing said: a signature or a header row."""
    line = re.sub(r"^[\s>]*(?:--\s*)?", "", " ".join(text.split()))
    if "|" not in line or _ASKED.search(line):
        return False
    cells = [c.strip(" *_") for c in line.strip(" |").split("|")]
    if not cells or any(not c for c in cells) or len(cells) > 8:
        return False
    return all(len(c.split()) <= 6 and all(_TITLE_WORD.match(w) for w in c.split()) for c in cells)

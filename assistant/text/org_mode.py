"""An Emacs org-mode file's machinery, read as the plain lines it stands for.

Property drawers (":PROPERTIES:" ... ":END:") and planning lines ("DEADLINE: <2026-12-18 Fri>", "SCHEDULED:",
"CLOSED: [...]") belong to the heading above them: they are folded into it as a bracket ("(deadline 2026-12-18;
owner: Funmi)"), so no drawer key or keyword is ever quoted as anyone's words. A line break mark ("\\\\") at a line's
end is dropped. A text with no drawer and no planning line is returned as it is.
"""

from __future__ import annotations

import re

_DRAWER_OPEN = re.compile(r"^\s*:(?:PROPERTIES|LOGBOOK):\s*$", re.IGNORECASE)
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^\s*:(?P<key>[A-Za-z][\w-]*)\+?:\s*(?P<value>.*?)\s*$")
_PLANNING = re.compile(r"\b(?P<word>DEADLINE|SCHEDULED|CLOSED):\s*[<\[](?P<day>\d{4}-\d{2}-\d{2})[^>\]]*[>\]]")
_PLANNING_LINE = re.compile(r"^\s*(?:(?:DEADLINE|SCHEDULED|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$")
_STAMP = re.compile(r"[<\[](\d{4}-\d{2}-\d{2})(?: [A-Za-z]{2,3}\.?)?(?: \d{1,2}:\d{2})?[>\]]")


def is_org(text: str) -> bool:
    return any(_DRAWER_OPEN.match(line) or _PLANNING_LINE.match(line) for line in text.split("\n"))


def plain_org(text: str) -> str:
    """Drawers and planning lines folded into the line above them; org time stamps in a line read as plain dates."""
    if not is_org(text):
        return text
    out: list[str] = []
    folded: list[str] = []
    in_drawer = False

    def fold() -> None:
        if folded and out:
            out[-1] = f"{out[-1].rstrip()} ({'; '.join(folded)})"
        folded.clear()

    for line in text.split("\n"):
        if _DRAWER_OPEN.match(line):
            in_drawer = True
        elif _DRAWER_END.match(line) and in_drawer:
            in_drawer = False
        elif in_drawer:
            prop = _PROPERTY.match(line)
            if prop and prop.group("value"):
                folded.append(f"{prop.group('key').replace('_', ' ').lower()}: {prop.group('value')}")
        elif _PLANNING_LINE.match(line):
            folded.extend(f"{m.group('word').lower()} {m.group('day')}" for m in _PLANNING.finditer(line))
        else:
            fold()
            out.append(_STAMP.sub(r"\1", re.sub(r"[ \t]*\\\\[ \t]*$", "", line)))
    fold()
    return "\n".join(out)

"""Transcript turns labelled by number ("Speaker 1  0:04" above the words, as meeting recorders export them):
the label and its time stamp are the recorder's furniture, never words anyone said.

Each turn becomes one labelled line. Within an entry, the numbered speaker whose words call the partner by first
name ("Morning, Ana.") is not the partner; in a two-speaker entry the other one is, and the one who names the
partner is the note's writer ("Me"). A label that cannot be placed stays, without its time stamp ("Speaker 2: ...").
The numbers are the recorder's per recording, so each entry is read on its own.
"""

from __future__ import annotations

import re

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_LABEL = re.compile(
    rf"^\s*(?P<label>(?:Unknown\s+)?(?:Speaker|Sprecher|Intervenant|Orateur|Participant|Hablante|Orador|Spreker|Talare|"
    rf"Taler|Puhuja|Relatore|Mówca)\s*\d{{1,2}})\s*(?:\(?{_TIME}\)?)?\s*:?\s*$",
    re.IGNORECASE,
)
_MIN_TURNS = 2


def label_turns(text: str, partner: str | None) -> str:
    """The entry's numbered turns as labelled lines (see above); text without two such labels is returned as it was."""
    lines = text.split("\n")
    if sum(1 for line in lines if _LABEL.match(line)) < _MIN_TURNS:
        return text
    turns: list[tuple[str, list[str]]] = []
    rest: list[tuple[int, str]] = []  # lines outside any turn, by the number of turns before them
    open_turn = False
    for line in lines:
        if (match := _LABEL.match(line)) is not None:
            turns.append((re.sub(r"\s+", " ", match["label"].strip()), []))
            open_turn = True
        elif open_turn and line.strip():  # a turn's words run to the next blank line
            turns[-1][1].append(line.strip())
        else:
            open_turn = False
            rest.append((len(turns), line))
    names = _who(turns, partner)
    out: list[str] = []
    for index in range(len(turns) + 1):
        out.extend(line for at, line in rest if at == index)
        if index < len(turns) and turns[index][1]:
            label, words = turns[index]
            out.append(f"{names.get(label, label)}: {' '.join(words)}")
    return "\n".join(out)


def _who(turns: list[tuple[str, list[str]]], partner: str | None) -> dict[str, str]:
    labels = list(dict.fromkeys(label for label, _ in turns))
    first = (partner or "").split()[0] if partner and partner.split() else ""
    if len(labels) != 2 or len(first) < 2:
        return {}
    call = re.compile(rf"(?:^|[,.!?—–:]\s*|\b(?:and|hi|hey|morning|thanks|hello|look|so|okay|ok),?\s+){re.escape(first)}\s*(?=[,.!?—–]|$)",
                      re.IGNORECASE)  # "Morning, Ana.", "And Ana, if ...": said to the partner, never "told Ana" or "Ana's"
    callers = {label for label, words in turns if call.search(" ".join(words))}
    if len(callers) != 1:
        return {}
    writer = next(iter(callers))
    other = labels[1] if labels[0] == writer else labels[0]
    return {writer: "Me", other: first}

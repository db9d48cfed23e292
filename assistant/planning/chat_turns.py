"""A sentence span of a chat copy that runs over several turns ("[09:14] cio: I'll sort it\n[09:20] priya: thanks")
is read turn by turn: lines with no full stop must not glue the CIO's words to the partner's."""

from __future__ import annotations

import re

from assistant.planning.chat_labels import SLACK, chat_labels, without_chat_label


def turns(text: str) -> list[tuple[int, str]]:
    """(offset in text, words) for each chat turn in a span, labels left off; the span itself when it holds one turn."""
    starts = [start for start, _, _ in chat_labels(text) if start > 0 and text[start - 1] == "\n"]
    if not starts:
        return [(0, text)]
    out = []
    for begin, end in zip([0, *starts], [*starts, len(text)], strict=True):
        piece = text[begin:end].rstrip()
        words, cut = _unlabelled(piece)  # every turn without its label, the first too
        if len(re.findall(r"\w+", words)) >= 3:
            out.append((begin + cut, words))
    return out


def _unlabelled(piece: str) -> tuple[str, int]:
    """A Slack handle is always a speaker ("[10:02] maya:" is no month); a Teams label is checked by without_chat_label."""
    slack = SLACK.match(piece)
    return (piece[slack.end() :].strip(), slack.end()) if slack else without_chat_label(piece)

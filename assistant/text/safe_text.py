"""Note-derived text made safe for a Markdown renderer: nothing in a note can make the browser fetch or link
to a remote host.

Notes, quotes, plans and chat answers carry text from outside (pasted e-mails, uploads, imported
archives). Rendered as Markdown, `![x](http://host/p.png)` or `<img src=...>` makes the browser fetch
from that host (a tracking pixel), and `[text](http://host)` or a bare URL becomes a live link.

- `neutralise_markdown` keeps the formatting the engines write (bold, lists, headings) and shows
  images, links, raw HTML and URLs as plain text: brackets, "<", backquotes, "$" and backslashes are
  escaped, and every URL goes into a code span, which no renderer turns into a link.
- `markdown_literal` shows text exactly as typed: every Markdown character is escaped.
- `neutralise_stream` does the first to text that arrives in pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A URL a renderer would turn into a link on its own (GFM autolinks: scheme:// or www.), also after "_"
# or "*" (emphasis). It stops at whitespace, so it never spans lines and each character is scanned once.
_URL = re.compile(r"(?i)(?<![a-z0-9])(?:https?://|ftp://|www\.)[^\s<>`]+")
_URL_TRAILING = ".,;:!?)]}'\"*_~"  # sentence punctuation after a URL stays outside its code span
_ACTIVE = re.compile(r"([\\`\[\]<$])")  # what starts a link, an image, HTML, a code span or maths
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")  # every character with a meaning in Markdown


def _segments(text: str) -> Iterator[tuple[str, bool]]:
    """(piece, is_url) in order; the pieces join back to `text`."""
    last = 0
    for match in _URL.finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        if not url or url.lower() in ("http://", "https://", "ftp://", "www."):
            continue
        yield text[last : match.start()], False
        yield url, True
        last = match.start() + len(url)
    yield text[last:], False


def neutralise_markdown(text: str) -> str:
    """Markdown whose formatting still works, with images, links, raw HTML and URLs shown as plain text."""
    return "".join(f"`{piece}`" if is_url else _ACTIVE.sub(r"\\\1", piece) for piece, is_url in _segments(text or ""))


def markdown_literal(text: str) -> str:
    """Text shown exactly as typed through a Markdown renderer (line breaks kept, URLs not linked)."""
    out = "".join(f"`{piece}`" if is_url else _SPECIAL.sub(r"\\\1", piece) for piece, is_url in _segments(text or ""))
    return out.replace("\n", "  \n")


def neutralise_stream(chunks: Iterable[str]) -> Iterator[str]:
    """`neutralise_markdown` over a stream: text is passed on up to its last whitespace, so a URL or an
    image split across chunks is always seen whole (the function is local between whitespace)."""
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        cut = max(buffer.rfind(" "), buffer.rfind("\n"), buffer.rfind("\t")) + 1
        if cut:
            yield neutralise_markdown(buffer[:cut])
            buffer = buffer[cut:]
    if buffer:
        yield neutralise_markdown(buffer)

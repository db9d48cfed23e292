"""Markup of knowledge tools pasted into a notes file, reduced to the plain lines the line reader knows.

An HTML fragment (<h2>, <p>, <li>, <table>) becomes one line a block, headings marked "##" and list items "-";
Obsidian callouts ("> [!note] 2026-10-02" and their "> " lines) become a heading and its lines; outliner page
links ("[[Sep 16th, 2026]]") lose their brackets and toggles ("▸ Nov 30, 2026") their arrow.
"""

from __future__ import annotations

import re

from assistant.text.html_text import html_to_text

_BLOCK_TAG = re.compile(r"<(?:h[1-6]|p|li|ul|ol|table|tr|td|th|div|br|section|article)\b[^>]*>", re.IGNORECASE)
_HEADING_TAG = re.compile(r"<h[1-6]\b[^>]*>", re.IGNORECASE)
_ITEM_TAG = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ROW_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_CALLOUT = re.compile(r"^\s*>\s*\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")
_QUOTED = re.compile(r"^\s*>\s?")
_PAGE_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]+)\]\]")
_TOGGLE = re.compile(r"^(\s*)[▸▾►▶▼▹▿›](?:\s+|$)")


def plain_markup(text: str) -> str:
    """The text with an HTML fragment, callouts, page links and toggles read as plain note lines."""
    text = _html(text)
    lines = [_TOGGLE.sub(r"\1", _PAGE_LINK.sub(r"\1", line)) if ("[[" in line or _TOGGLE.match(line)) else line
             for line in text.split("\n")]
    return "\n".join(_callouts(lines))


def _html(text: str) -> str:
    """An HTML fragment's lines (the first that opens with a tag to the last that closes one), as plain lines."""
    if len(_BLOCK_TAG.findall(text)) < 3:
        return text
    lines = text.split("\n")
    tagged = [i for i, line in enumerate(lines) if re.match(r"\s*<[a-zA-Z!]", line) or re.search(r"</?[a-zA-Z][^>]*>\s*$", line)]
    first, last = tagged[0], tagged[-1]
    fragment = "\n".join(lines[first : last + 1])
    if len(_BLOCK_TAG.findall(fragment)) < 3:
        return text
    fragment = _HEADING_TAG.sub(lambda m: m.group(0) + "## ", fragment)
    fragment = _ITEM_TAG.sub(lambda m: m.group(0) + "- ", fragment)
    fragment = _ROW_END.sub(lambda m: " |" + m.group(0), fragment)  # a table row reads "Load test on 8 Dec | IT |"
    plain = html_to_text(fragment)
    if not plain:
        return text
    plain = re.sub(r"(?m)^\s*(#+|-)\s*$\n?", "", plain)  # a marker whose block held no text
    plain = re.sub(r"(?m)^(#+ |- )\s+", r"\1", plain)
    return "\n".join([*lines[:first], plain, *lines[last + 1 :]])


def _callouts(lines: list[str]) -> list[str]:
    """ "> [!note] 2026-10-02" then "> text" lines: a "### 2026-10-02" heading and the text, unquoted."""
    out: list[str] = []
    inside = False
    for line in lines:
        callout = _CALLOUT.match(line)
        if callout is not None:
            title = callout["title"].strip()
            out.append(f"### {title}" if title else "")
            inside = True
        elif inside and _QUOTED.match(line):
            out.append(_QUOTED.sub("", line, count=1))
        else:
            inside = False
            out.append(line)
    return out

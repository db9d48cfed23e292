"""Readable text from an HTML e-mail body (lxml's HTML parser, already a dependency through python-docx).

Script, style and other non-content elements are dropped with their contents, entities are
decoded by the parser, and block elements (paragraphs, list items, table rows, line breaks)
become line breaks, so the note reads as the e-mail did.
"""

from __future__ import annotations

import re

_DROP = ("script", "style", "head", "title", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas")
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "tr", "ul",
})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """The visible text of an HTML document, one block per line; "" when nothing is readable."""
    from lxml import etree
    from lxml import html as lxml_html

    if not html.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(html)
    except ValueError:  # a str that declares an encoding: parse the bytes instead
        root = lxml_html.document_fromstring(html.encode("utf-8"))
    except etree.ParserError:
        return ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        element.drop_tree()  # the element and its contents; the text after it stays
    for element in root.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
        elif tag in _CELLS:
            element.tail = " " + (element.tail or "")
    text = root.text_content().replace("\xa0", " ")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()

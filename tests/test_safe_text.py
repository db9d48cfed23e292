"""Note-derived text through Markdown: no image, link, raw HTML or bare URL survives; formatting does."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from assistant.text.safe_text import markdown_literal, neutralise_markdown, neutralise_stream

MD = MarkdownIt("commonmark")  # a reference renderer; the browser test checks Streamlit's own

HOSTILE = [
    "![x](http://canary.example/img.png)",
    "<img src=http://canary.example/raw.png>",
    '<img src="//canary.example/p.png" onerror="alert(1)">',
    "[link](http://canary.example/page)",
    "[ref][1]\n\n[1]: http://canary.example/ref",
    "![ref][img]\n\n[img]: http://canary.example/ref.png",
    "<http://canary.example/auto>",
    "see http://canary.example/bare and www.canary.example/w, _https://canary.example/em_",
    "`code` then ](http://canary.example/x) and \\[escaped\\](http://canary.example/y)",
    "<a href='http://canary.example'>click</a><script>fetch('http://canary.example')</script>",
    ":red[colour] $x^2$ and :material/home:",
]


def html(markdown: str) -> str:
    return MD.render(markdown)


@pytest.mark.parametrize("text", HOSTILE)
def test_no_image_link_or_html_survives(text: str) -> None:
    for render in (neutralise_markdown, markdown_literal):
        out = html(render(text))
        assert "<img" not in out and "<a " not in out and "<script" not in out, (render.__name__, out)
        assert not re.search(r'(?:src|href)="[^"]*canary', out), out
        # GFM (Streamlit) also links bare "http://..." and "www....": every one must sit in a code span
        outside_code = re.sub(r"<code>.*?</code>", "", out, flags=re.S)
        assert not re.search(r"(?i)https?://|ftp://|www\.", outside_code), outside_code


def test_the_text_stays_readable() -> None:
    text = "![x](http://canary.example/img.png) and [link](http://canary.example/page)."
    out = html(neutralise_markdown(text))
    visible = re.sub(r"<[^>]+>", "", out).strip()
    assert visible == "![x](http://canary.example/img.png) and [link](http://canary.example/page)."
    assert "<code>http://canary.example/img.png</code>" in out


def test_engine_formatting_is_kept() -> None:
    answer = "Composed offline:\n\n**Budget talks**\n- Speak in business terms [1]\n- Cost is 5$ per seat [2]\n\nSources:\n[1] knowledge/a.md"
    out = html(neutralise_markdown(answer))
    assert "<strong>Budget talks</strong>" in out and "<li>Speak in business terms [1]</li>" in out
    assert "5$ per seat" in out and "[1] knowledge/a.md" in out


def test_literal_shows_every_character() -> None:
    text = "# not a heading\n* not a list _x_ **y** 1. z <b> `c` ~s~ | t |"
    out = html(markdown_literal(text))
    visible = re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">").strip()
    assert visible == text


@pytest.mark.parametrize("size", [1, 2, 3, 7, 50])
def test_stream_matches_the_whole_text_however_it_is_split(size: int) -> None:
    text = "Start ![x](http://canary.example/img.png) then\nhttps://canary.example/long/path?q=1 end [l](www.canary.example)"
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert "".join(neutralise_stream(chunks)) == neutralise_markdown(text)

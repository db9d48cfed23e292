"""A general answer does not argue against what the CIO never raised.

Knowledge pages often answer by contrast ("lead with results rather than a cost benchmark: a benchmark answers a cost
question ..."). When the question names nothing of the contrasted thing, the contrast is advice for an objection the
CIO never had: the contrast, its explanation after the colon, and a clause that places the thing ("keep any benchmark at
the back") are left out; the advice itself stays.
"""

from __future__ import annotations

import re

_CONTRAST = re.compile(r"\s+(?:rather than|instead of)\s+(?:an?\s+|the\s+|any\s+)?(?P<np>[a-z][a-z -]{2,40}?)(?=\s*(?P<end>[:;,.]|$))", re.I)
_PLACED = re.compile(r"\b(?:at the back|in the back|behind|in (?:an|the) appendix|as supporting evidence|later|for later)\b", re.I)
# Words that raise the same thing in other terms.
_KIN = {"benchmark": ("compar", "peer", "industry", "average", "gartner", "benchmark"), "metric": ("metric", "kpi", "uptime", "ticket", "sla"),
        "budget": ("budget", "spend", "cost"), "cost": ("cost", "spend", "budget", "cheap", "price")}


def _kept(text: str, match: re.Match[str]) -> bool:
    """The contrast carries the advice ("do not broadcast instead of talking"): without it the sentence would say less or else."""
    start = max(text.rfind(".", 0, match.start()), text.rfind(":", 0, match.start())) + 1
    return re.search(r"\b(?:do not|don't|never|not|no)\b", text[start:match.start()], re.I) is not None


def _raised(np: str, question: str) -> bool:
    q = question.lower()
    words = [w for w in re.findall(r"[a-z]{4,}", np.lower())]
    return any(w[:6] in q or any(k in q for k in _KIN.get(w.rstrip("s"), ())) for w in words)


def drop_unraised(text: str, question: str) -> str:
    """The text less a contrast with something the question does not raise (the text unchanged when it raises it)."""
    match = _CONTRAST.search(text)
    if match is None or _raised(match.group("np"), question) or _kept(text, match):
        return text
    terms = [w.rstrip("s") for w in re.findall(r"[a-z]{4,}", match.group("np").lower())]
    head = text[:match.start()]
    rest = text[match.end():]
    explained = rest[: rest.find(".") if "." in rest else len(rest)]
    if match.group("end") == ":" and re.search(rf"\b(?:{'|'.join(map(re.escape, terms))})", explained, re.I):
        rest = rest[len(explained):]  # the colon explains the contrasted thing ("a benchmark answers ..."): it goes with it
    text = head + rest
    clause = re.compile(rf"(?:,\s*and\s+|;\s*)[^.;]*\b(?:{'|'.join(map(re.escape, terms))})s?\b[^.;]*(?=[.;]|$)", re.I)
    return clause.sub(lambda m: "" if _PLACED.search(m.group(0)) else m.group(0), text)


def drop_unraised_line(line: str, question: str, source: str) -> str:
    """A line to say, less its clause that places the contrasted thing the question does not raise ("the cost comparison is
    at the back"), judged from the passage it came with."""
    match = _CONTRAST.search(source)
    if match is None or _raised(match.group("np"), question) or _kept(source, match):
        return line
    terms = [w.rstrip("s") for w in re.findall(r"[a-z]{4,}", match.group("np").lower())]
    parts = re.split(r"(;\s*)", line)
    kept = [p for p in parts[::2] if not (_PLACED.search(p) and re.search(rf"\b(?:{'|'.join(map(re.escape, terms))})", p, re.I))]
    if len(kept) == len(parts[::2]) or not kept:
        return line
    out = "; ".join(k.strip() for k in kept)
    return out if re.search(r"[.!?][”\"’']?$", out) else out.rstrip("”\"’'") + ".”" if out.startswith("“") else out + "."

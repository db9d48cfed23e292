"""'She wants X by <date>: should I agree or push back?': the verdict rests on what the notes record as agreed, not on the
question's telling of the demand. Where the notes hold an agreement on the same work (an "agreed" line, with the line that
carries it on), and what they hold for the date asked about, the answer says: agree to what was agreed, check the premise,
and say what more would take before promising it. Where no agreement on that work is written, nothing is said."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_say import on_day
from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Sentence, Situation, terms_of

# A choice between agreeing to a demand and resisting it, in either order.
_YES = r"(?:say yes|agree|accept|commit|go along)"
_NO = r"(?:push back|say no|decline|refuse|negotiate|resist)"
_CHOICE = re.compile(rf"\b{_YES}\b[^?]*\bor\b[^?]*\b{_NO}\b|\b{_NO}\b[^?]*\bor\b[^?]*\b{_YES}\b", re.I)
_AGREED = re.compile(r"\b(?:agreed|we agreed|decided|signed off)\b", re.I)
_NOT_AGREED = re.compile(r"\b(?:nothing|not|never|no|yet to be)\b[^.;]{0,20}\b(?:agreed|decided|signed off)\b", re.I)
_DATED_LABEL = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[^:]{0,30}:\s*")  # a bullet's own date and label before its text


def _stems(text: str) -> set[str]:
    return {t[:5] for t in terms_of(text)}


def _plain(text: str) -> str:
    """A table row read as a line ("| Pilot live | Ana | 15/01 |" -> "Pilot live, Ana, 15/01")."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")] if text.strip().startswith("|") else [text.strip()]
    return _DATED_LABEL.sub("", ", ".join(c for c in cells if c)).rstrip(".")


def agreed_premise(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> tuple[str, list[Sentence], str] | None:
    """The verdict from what was agreed on the work asked about (None where the notes record no agreement on it)."""
    if not _CHOICE.search(question):
        return None
    asked = _stems(question) - _stems(f"{first} {partner} wants want push back say yes")
    agreed = [s for s in sit.sentences if _AGREED.search(s.text) and not _NOT_AGREED.search(s.text) and s.speaker != "partner" and len(_stems(s.text) & asked) >= 1]
    if not agreed:
        return None
    deal = max(agreed, key=lambda s: (len(_stems(s.text) & asked), s.order))
    more = [s for s in sit.sentences if s.note.ref == deal.note.ref and s.order == deal.order + 1 and _stems(s.text) & asked
            and not _AGREED.search(s.text)]
    days = [d for d in dates_in(question, today) if d >= today]
    dated = next((s for s in sit.sentences if days and s is not deal and days[0] in dates_in(s.text, s.date or today, s.date_order)), None)
    said = " ".join(_plain(s.text) + "." for s in [deal, *more])
    text = f"Say yes to what you agreed, not to more: your notes of {on_day(deal.date, today)} record “{said}”"
    if dated is not None:
        text += f" For {on_day(days[0], today)} they hold “{_plain(dated.text)}”."
    by = f" by {on_day(days[0], today)}" if days else ""
    text += f" If {first} now wants more than that{by}, say what it would take before you promise it."
    line = (f"Let me check we mean the same thing: what we agreed on {on_day(deal.date, today)} is what my team is working to{by}. If you "
            "need more than that, tell me now and I'll tell you honestly what it would take.")
    return text, [s for s in (deal, *more, dated) if s is not None], line

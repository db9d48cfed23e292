"""Which partner a meeting is with: by e-mail first, then by name; never a guess.

Only the partners handed in (one workspace's) are candidates. The first rule that finds anyone
decides: (1) an invitee's e-mail equals a partner's stored e-mail; (2) an invitee's display name,
or the name in their address (first.last@...), is a partner's full name; (3) the title holds a
partner's full name; (4) an invitee's display name is a partner's first name or surname, or a
capitalised title word is a partner's first name. A rule that finds two or more partners leaves
the meeting unmatched, with the reason, instead of picking one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.calendar.events import Attendee, Meeting


@dataclass(frozen=True)
class PartnerKey:
    """What a partner can be recognised by."""

    id: int
    name: str
    email: str = ""


@dataclass(frozen=True)
class Match:
    partner_id: int | None
    partner: str | None
    how: str  # email | name | title | first or last name | "" when unmatched
    reason: str  # why it matched, or why it did not


def match_meeting(meeting: Meeting, partners: Sequence[PartnerKey]) -> Match:
    """The partner this meeting is with, or None and the reason."""
    people = meeting.people()
    rules: list[tuple[str, Callable[[PartnerKey], str]]] = [
        ("email", lambda p: _by_email(p, people)),
        ("name", lambda p: _by_full_name(p, people)),
        ("title", lambda p: f"the title names {p.name}" if _tokens(p.name) and _contains(_tokens(meeting.title), _tokens(p.name)) else ""),
        ("first or last name", lambda p: _by_part(p, people, meeting.title)),
    ]
    for how, rule in rules:
        hits = [(p, why) for p in partners if (why := rule(p))]
        if len({p.id for p, _ in hits}) == 1:
            partner, why = hits[0]
            return Match(partner.id, partner.name, how, why)
        if hits:
            names = ", ".join(sorted({p.name for p, _ in hits}))
            return Match(None, None, "", f"could be any of {names} ({how}); pick the partner yourself")
    return Match(None, None, "", "no invitee or title word matches a partner of this workspace")


def _by_email(partner: PartnerKey, people: Sequence[Attendee]) -> str:
    email = partner.email.strip().lower()
    return f"{email} is invited" if email and any(a.email == email for a in people) else ""


def _by_full_name(partner: PartnerKey, people: Sequence[Attendee]) -> str:
    want = _tokens(partner.name)
    if len(want) < 2:
        return ""
    for person in people:
        if _tokens(person.name) == want or _tokens(_address_name(person.email)) == want:
            return f"{person.name or person.email} is invited"
    return ""


def _by_part(partner: PartnerKey, people: Sequence[Attendee], title: str) -> str:
    """The partner's first name or surname as an invitee's whole display name, or their first name as a capitalised title word.

    Surnames alone are not read from titles: too many are words ("Price review", "King's Cross").
    A name two partners share finds both, so the meeting stays unmatched with that reason.
    """
    parts = [t for t in _tokens(partner.name) if len(t) > 2]
    invitees = {tuple(_tokens(a.name)) for a in people}
    title_words = {t for w in re.findall(r"\b[A-Z][\w-]+", title) for t in _tokens(w)}  # "Graham's" -> graham
    for token in parts:
        if (token,) in invitees:
            return f"an invitee is called {token.capitalize()}"
    first = _tokens(partner.name)[:1]
    if first and len(first[0]) > 2 and first[0] in title_words:
        return f"the title mentions {first[0].capitalize()}"
    return ""


def _address_name(email: str) -> str:
    local = email.split("@")[0] if "@" in email else ""
    return local.replace(".", " ").replace("_", " ").replace("-", " ") if re.search(r"[._-]", local) else ""


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", _fold(text or "").replace("’", "'"))

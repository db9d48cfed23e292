"""What the notes show settled between CIO and partner: a miss put behind them, work delivered and praised.

Said as such in a chat answer, never reopened as an apology or an open ask.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.coach_answer import ASKS_MISS
from assistant.conversation.partner_facts import in_use_since
from assistant.conversation.partner_record import delivered, forgiven, heals, touches_avoid
from assistant.conversation.partner_say import bare, on_day, plain_label
from assistant.planning.situation import Item, Situation
from assistant.planning.situation_extras import miss_label


def healed_lines(sit: Situation, first: str, question: str, used: list[Item], today: dt.date) -> list[str]:
    """When the CIO asks about a miss the partner has put behind them: say so, with the note, and do not reopen it."""
    for item, healing in forgiven(sit):
        label = miss_label(item)
        asked = ASKS_MISS.search(question) or (item.terms & set(re.findall(r"[a-z][a-z'’-]{3,}", question.lower())))
        if not (asked and plain_label(label)):
            continue
        if not heals(healing.text) and any(i.kind in ("miss", "noted_miss") and i.quote.strip() == healing.text.strip() for i in sit.items):
            continue  # the line after the miss tells another failure ("but the invoices went out late"): nothing was put behind
        if touches_avoid(healing.text, sit) or len(healing.text.split()) > 40:  # the CIO asked: say it is healed, without quoting it
            no = "No: " if re.match(r"(?:do|does|should|must|shall|can|is|am)\b", question.strip(), re.I) else ""
            return [f"{no}{first} put {label} behind them on {on_day(healing.date, today)}. Do not bring it up again unless {first} does; "
                    "let what you deliver next speak instead."]
        used.append(Item("miss", "us", "done", healing.text, healing.date, healing.note.ref))
        return [f"{first} has already moved on from {label}: on {on_day(healing.date, today)} your notes say “{bare(healing.text)}” "
                "Do not apologise for it again."]
    return []


def win_lines(sit: Situation, first: str, used: list[Item], today: dt.date) -> list[str]:
    """What we delivered that a later note shows arrived or was praised: built on, never asked for again."""
    for _item, shown in delivered(sit, first):
        quote = " ".join(bare(s.text) for s in shown)
        if touches_avoid(quote, sit) or len(quote.split()) > 45:
            continue
        used.append(Item("request", "partner", "done", " ".join(s.text for s in shown), shown[0].date, shown[0].note.ref))
        return [f"Build on what we delivered: on {on_day(shown[0].date, today)} your notes say “{quote}” "
                f"Name that result in {first}'s terms before you raise anything new."]
    for item in sit.open_theirs():  # a request a later note shows in use or praised: a win, never an open item
        said = in_use_since(item, sit)
        if said is None or touches_avoid(said.text, sit) or len(said.text.split()) > 45:
            continue
        used.append(Item("request", "partner", "done", said.text, said.date, said.note.ref))
        return [f"Build on what we delivered: on {on_day(said.date, today)} your notes say “{bare(said.text)}” "
                f"Name that result in {first}'s terms before you raise anything new."]
    return []

"""Raw e-mail as notes (mail32): .eml text, mbox files and Outlook "Show original" copies are decoded by the standard
library, each message a dated entry of its sender; transfer headers, signatures and contact details never reach the
plan, and a quoted earlier message is read once."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.planning.render import plan_markdown
from assistant.schema import Plan
from tests.plan_training_helpers import parsed, plan_all

PARTNERS = ["1130", "1131", "1132", "1133"]
# What undecoded mail leaves in text: soft line breaks, =XX escapes, transfer fields, base64 runs, addresses, phones.
_DEBRIS = re.compile(r"=[0-9A-F]{2}|\w= |Content-(?:Type|Transfer)|MIME-Version|[A-Za-z0-9+/]{40,}|@|\+\d{2} ?\d|\(me\)")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(PARTNERS, Path(tmp_path_factory.mktemp("mail32")))


@pytest.mark.parametrize("prefix", PARTNERS)
def test_no_mail_debris_reaches_the_notes(prefix: str) -> None:
    text = "\n".join(n.text for n in parsed(prefix).notes).replace(" (me)", "")  # the owner's own From line
    assert not _DEBRIS.search(text), _DEBRIS.search(text)
    assert "Head of Nursing" not in text and "Account Manager" not in text  # a signature's role lines


@pytest.mark.parametrize("prefix", PARTNERS)
def test_no_mail_debris_reaches_the_plan(plans: dict[str, Plan], prefix: str) -> None:
    text = plan_markdown(plans[prefix])
    assert not _DEBRIS.search(text), _DEBRIS.search(text)


def test_each_message_is_a_dated_entry_of_its_sender() -> None:
    notes = parsed("1131").notes
    assert [n.date for n in notes] == [dt.date(2026, 11, 16), dt.date(2026, 11, 16), dt.date(2026, 11, 17), dt.date(2026, 12, 4)]
    assert notes[1].text.startswith("From: Rafael Mota") and "database update we ran" in notes[1].text
    assert "day-surgery wing" in notes[3].text and "—" in notes[3].text  # an HTML body, its entity decoded


def test_the_mailbox_owners_mail_is_ours() -> None:
    from assistant.planning.note_reading import Partner, speaker_at, speaker_ranges

    p = parsed("1131")
    partner = Partner.from_name(p.partner)
    reply, theirs = p.notes[1].text, p.notes[0].text  # the CIO is on every message; the partner is not
    assert speaker_at(speaker_ranges(reply, partner), reply.index("the fix goes live")) == "us"
    assert speaker_at(speaker_ranges(theirs, partner), theirs.index("crashed twice")) == "partner"


def test_a_quoted_earlier_message_is_read_once() -> None:
    text = "\n".join(n.text for n in parsed("1130").notes)
    assert text.count("reason code before our planning day") == 1
    assert "it’s already faster" in text


def test_an_outlook_original_is_its_own_entry_in_given_name_order() -> None:
    notes = parsed("1132").notes
    assert notes[0].date == dt.date(2026, 11, 23) and notes[0].text.startswith("From: Kofi Asante")
    assert notes[1].text.startswith("From: Sipho Dlamini") and "€85k" in notes[1].text and "I’ll put it" in notes[1].text


def test_notes_written_under_a_message_stay_notes() -> None:
    notes = parsed("1133").notes
    assert [(n.date, n.kind) for n in notes][-1] == (dt.date(2026, 11, 27), "call")
    assert "Lars Eklund" in notes[1].text and "+46" not in notes[1].text


def test_text_without_raw_mail_is_unchanged() -> None:
    from assistant.text.raw_mail import plain_mail

    text = "From: Dana Reid\nSent: 3 November 2026\nSubject: budget\n\nShe wants the numbers by Friday = soon.\n"
    assert plain_mail(text) == text

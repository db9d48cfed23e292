"""Sources as CIOs have them: e-mail threads, transcripts, minutes; who said what; `coach parse`; bad input."""

from __future__ import annotations

import json
from datetime import date
from email.message import EmailMessage

import pytest
from typer.testing import CliRunner

from assistant.errors import InputError
from assistant.text.reading import MAX_SOURCE_BYTES, MAX_SOURCE_CHARS, parse_file, parse_source
from assistant.text.speakers import People, prose_speaker

THREAD = """From: Sam Okafor <sam.okafor@acme.com>
Sent: Wednesday, 4 March 2026 09:15
To: Dana Whitfield <dana.whitfield@acme.com>
Subject: RE: ERP go-live

Dana, thanks. We will have the cut-over plan to you by Friday.

Best regards,
Sam Okafor
Chief Information Officer

-----Original Message-----
From: Whitfield, Dana <dana.whitfield@acme.com>
Sent: Tuesday, 3 March 2026 17:40
To: Sam Okafor <sam.okafor@acme.com>
Subject: ERP go-live

Sam, the go-live slipped again. I need a date I can trust.

On Mon, 2 Mar 2026 at 11:02, Lee Chan (Northwind Systems) <lee@northwind.example> wrote:
> The delay is due to the carrier's network upgrade.
> Not your team's fault.
"""


def _said(result, speaker):
    return [s.text for e in result.entries for s in e.sentences if s.speaker == speaker]


def test_pasted_thread_is_split_into_messages_in_date_order_with_speakers():
    result = parse_source(THREAD, "thread.txt", partner="Dana Whitfield")
    assert [(e.date, e.source, e.title) for e in result.entries] == [
        (date(2026, 3, 2), "email", "ERP go-live"),
        (date(2026, 3, 3), "email", "ERP go-live"),
        (date(2026, 3, 4), "email", "ERP go-live"),
    ]
    assert _said(result, "partner") == ["Sam, the go-live slipped again.", "I need a date I can trust."]
    assert "We will have the cut-over plan to you by Friday." in _said(result, "cio")  # from the signature's role
    assert _said(result, "other") == ["The delay is due to the carrier's network upgrade.", "Not your team's fault."]
    every = [s.text for e in result.entries for s in e.sentences]
    assert not any("regards" in t.lower() or "Original Message" in t or t.startswith(">") for t in every)


def test_quoted_history_already_in_the_thread_is_counted_once():
    quoted = THREAD.split("-----Original Message-----")[0] + (
        "\nOn Tue, 3 Mar 2026 at 17:40, Dana Whitfield <dana.whitfield@acme.com> wrote:\n"
        "> Sam, the go-live slipped again. I need a date I can trust.\n"
    )
    twice = quoted + "\n-----Original Message-----\nFrom: Dana Whitfield\nSent: 3 Mar 2026\nSubject: ERP\n\nSam, the go-live slipped again. I need a date I can trust.\n"
    result = parse_source(twice, "t.txt", partner="Dana Whitfield")
    assert _said(result, "partner").count("I need a date I can trust.") == 1


def test_eml_file_is_read_as_a_thread():
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana.whitfield@acme.com>"
    message["To"] = "Sam Okafor <sam.okafor@acme.com>"
    message["Date"] = "Thu, 05 Mar 2026 08:00:00 +0000"
    message["Subject"] = "Re: dashboard"
    message.set_content("The dashboard is excellent. My team uses it daily.\n\nOn Wed, 4 Mar 2026, Sam Okafor <sam.okafor@acme.com> wrote:\n> Here is the dashboard link.\n")
    result = parse_file("reply.eml", bytes(message), partner="Dana Whitfield", us=["Sam Okafor"])
    assert [(e.date, [s.speaker for s in e.sentences]) for e in result.entries] == [
        (date(2026, 3, 4), ["cio"]),
        (date(2026, 3, 5), ["partner", "partner"]),
    ]


VTT = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
<v Sam Okafor>Thanks for making time, Dana. We have the plan ready.</v>

2
00:00:05.500 --> 00:00:11.000
<v Dana Whitfield>Frankly the last two go-lives slipped.</v>

3
00:00:11.000 --> 00:00:14.000
<v Lee Chan (Northwind)>The carrier caused the last delay.</v>
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("2026-03-05 steering.vtt", VTT),
        ("2026-03-05.srt", "1\n00:00:01,000 --> 00:00:05,000\nSam Okafor: Thanks for making time, Dana. We have the plan ready.\n\n"
         "2\n00:00:05,500 --> 00:00:11,000\nDana Whitfield: Frankly the last two go-lives slipped.\n\n"
         "3\n00:00:11,000 --> 00:00:14,000\n[Lee Chan] The carrier caused the last delay.\n"),
        ("teams.txt", "Meeting: 5 Mar 2026\nSam Okafor   10:32\nThanks for making time, Dana. We have the plan ready.\n\n"
         "Dana Whitfield   10:33 AM\nFrankly the last two go-lives slipped.\n\nLee Chan   10:34\nThe carrier caused the last delay.\n"),
        ("zoom.txt", "[Sam Okafor] 10:32:01\nThanks for making time, Dana. We have the plan ready.\n"
         "[Dana Whitfield] 10:32:30\nFrankly the last two go-lives slipped.\n[Lee Chan] 10:33:00\nThe carrier caused the last delay.\n"),
    ],
)
def test_transcripts_are_split_by_speaker(name, text):
    result = parse_source(text, name, partner="Dana Whitfield", us=["Sam Okafor"])
    (entry,) = result.entries
    assert entry.source == "transcript"
    assert [(s.speaker, s.text) for s in entry.sentences] == [
        ("cio", "Thanks for making time, Dana."),
        ("cio", "We have the plan ready."),
        ("partner", "Frankly the last two go-lives slipped."),
        ("other", "The carrier caused the last delay."),
    ]
    assert entry.date == (None if name == "zoom.txt" else date(2026, 3, 5))
    assert any("no date" in w for w in result.warnings) == (name == "zoom.txt")


MINUTES = """Stakeholder: Dana Whitfield, CFO
2026-03-04 meeting: ERP steering
Attendees: Dana Whitfield, Sam Okafor and Lee Chan
Dana said the board wants a firm date.

| Action | Owner | Due |
|---|---|---|
| Send the cut-over plan | Sam | 13 Mar 2026 |
Action: Lee to confirm the carrier window by 10/03/2026
"""


def test_minutes_give_attendees_and_actions_as_suggested_promises():
    result = parse_source(MINUTES, "minutes.md", locale_name="en_GB")
    assert result.attendees == ["Dana Whitfield", "Sam Okafor", "Lee Chan"]
    assert [(p.text, p.owner, p.due) for p in result.promises] == [
        ("Send the cut-over plan", "Sam", date(2026, 3, 13)),
        ("Lee to confirm the carrier window by 10/03/2026", "Lee", date(2026, 3, 10)),
    ]
    (entry,) = result.entries  # the due-date column did not become dated entries
    assert entry.source == "minutes"
    assert [(s.text, s.speaker) for s in entry.sentences] == [("Dana said the board wants a firm date.", "partner")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Why is it growing faster than revenue?" she asked.', "partner"),
        ("Dana told my deputy the rollout was smooth.", "partner"),
        ("She called it \"a data and software discipline\".", "partner"),
        ("Deep down he rates us.", "cio"),
        ("I think she doubts our estimates.", "cio"),
        ("The vendor blamed the carrier for the outage.", "other"),
        ('Mark from procurement said "no budget".', "other"),
        ("Budget review went long.", "unknown"),
    ],
)
def test_who_said_it_in_the_cios_own_notes(sentence, speaker):
    assert prose_speaker(sentence, People("Dana Whitfield", ["Sam Okafor"]))[0] == speaker


def test_names_in_headers_match_the_partner_in_any_form():
    people = People("Dana Whitfield", ["Sam Okafor"])
    assert people.classify("Whitfield, Dana <dana.whitfield@acme.com>") == "partner"
    assert people.classify("sam.okafor@acme.com") == "cio"
    assert people.classify("Lee Chan (Northwind)") == "other"
    assert People(None).classify("Lee Chan") == "unknown"


def test_bad_input_is_a_clear_error_and_long_text_a_partial_result():
    with pytest.raises(InputError, match="empty"):
        parse_file("notes.txt", b"  \n")
    with pytest.raises(InputError, match="limit"):
        parse_file("notes.txt", b"x" * (MAX_SOURCE_BYTES + 1))
    with pytest.raises(InputError, match="binary"):
        parse_file("notes.txt", b"\x00\x01\x02\x03" * 100)
    with pytest.raises(InputError, match="UTF-16"):
        parse_file("notes.txt", b"\xff\xfe\x00\xd8")  # a lone surrogate: not valid UTF-16
    long = "2026-03-04 meeting\n" + "She liked the plan. " * (MAX_SOURCE_CHARS // 20 + 10)
    result = parse_source(long, "long.txt")
    assert result.entries and "only the first" in result.warnings[0]


def test_coach_parse_json(tmp_path):
    from cli.main import app

    path = tmp_path / "thread.txt"
    path.write_text(THREAD, encoding="utf-8")
    out = CliRunner().invoke(app, ["parse", str(path), "--json", "--partner", "Dana Whitfield"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["partner"]["name"] == "Dana Whitfield"
    assert {"date", "source", "title", "sentences"} <= set(data["entries"][0])
    assert data["entries"][1]["sentences"][0] == {"text": "Sam, the go-live slipped again.", "speaker": "partner", "name": "Dana Whitfield"}
    assert isinstance(data["warnings"], list)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad = CliRunner().invoke(app, ["parse", str(empty)])
    assert bad.exit_code == 2 and "empty" in bad.output and "Traceback" not in bad.output


def test_dated_notes_with_dialogue_and_a_pasted_mail_stay_notes():
    text = """Stakeholder: Dana Whitfield, CFO
3 Nov 2025 meeting: budget
Dana: Why is IT growing faster than revenue?
Lee Chan: The licences went up.
Sam Okafor: We will show the breakdown.

5 Dec 2025 email
From: Dana Whitfield
Sent: 5 Dec 2025
Subject: thanks
Thanks, the breakdown helped.
"""
    result = parse_source(text, "notes.md", us=["Sam Okafor"])
    assert [e.date for e in result.entries] == [date(2025, 11, 3), date(2025, 12, 5)]
    first = [(s.speaker, s.name) for s in result.entries[0].sentences]
    assert first == [("partner", "Dana"), ("other", "Lee Chan"), ("cio", "Sam Okafor")]


def test_a_stakeholder_line_names_the_partner_of_a_pasted_thread():
    result = parse_source("Stakeholder: Dana Whitfield, CFO\n" + THREAD, "thread.txt")
    assert result.partner == {"name": "Dana Whitfield", "role": "CFO"}
    assert len(result.entries) == 3 and _said(result, "partner")


def test_a_time_before_the_speakers_name_is_a_label() -> None:
    from assistant.text.transcripts import parse_transcript, speaker_label

    assert speaker_label("[10:02] Rafael Costa: The close went better this month.") == ("Rafael Costa", "The close went better this month.")
    assert speaker_label("10:04:13 CIO: Could we pilot the dashboard?") == ("CIO", "Could we pilot the dashboard?")
    turns = parse_transcript("[10:02] Rafael Costa: Five days instead of seven.\n[10:04] CIO: Could we pilot it?\n[10:05] Rafael Costa: Maybe.")
    assert [t.name for t in turns] == ["Rafael Costa", "CIO", "Rafael Costa"]

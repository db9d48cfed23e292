"""Header shapes of a notes file: who the partner is, and entry headings that hide their date between separators.

Partner: `Stakeholder: Name, Role`, a block of `Name:` / `Role:` (or `Contact:` / `Title:`) lines, or a first line
that is only a name and a role: `Dana Whitfield — CFO`, `Dana Whitfield (CFO)`.
Entries: a chat export's day line (`----- November 24th, 2026 -----`, `— Tuesday 24 November —`) and a labelled
heading with its date in the middle (`Minutes - 18/11/2026 - budget planning`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text.chat_partner import chat_keeper, chat_partner, same_person
from assistant.text.dates import FoundDate, leading_date
from assistant.text.frequent_person import frequent_partner
from assistant.text.header_author import labelled_partner, our_role
from assistant.text.header_scan import scanned_partner
from assistant.text.header_shapes import barred_line, card_table, front_matter, org_keywords, signature, titled_line
from assistant.text.honorifics import is_title

_SHORT = 160  # header lines are short; longer lines are never tried (the patterns below stay cheap)
_STAKEHOLDER = re.compile(r"^\s*(?:stakeholder|partner)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_FIELD = re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?P<key>[A-Za-z][A-Za-z ]{1,20}?)\s*(?:\*\*|__)?\s*:\s*(?P<value>.+)$")
_NAME_KEYS = ("name", "contact", "partner name", "stakeholder name", "full name", "who", "partner", "stakeholder", "about",
              "person", "ansprechpartner", "ansprechpartnerin", "gesprächspartner", "gesprächspartnerin", "contacto", "interlocuteur")
_ROLE_KEYS = ("role", "title", "job title", "position", "job")
# Other fields a contact card may carry between the name and the role; they name nobody.
_OTHER_KEYS = ("company", "organisation", "organization", "org", "department", "dept", "team", "email", "e-mail", "phone",
               "mobile", "location", "office", "reports to", "since", "account")
_TITLES = ("dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame", "captain", "cllr", "rev")
_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "le", "la", "bin", "al", "ter", "st")
_BARE_DASH = re.compile(r"^\s*(?:#+\s*|\*\*|__)?(?P<name>[^\n:()]+?)\s+[-–—]{1,2}\s+(?P<role>[^\n:()]+?(?:\s*\([^\n:()]+\))?)\s*(?:\*\*|__)?\s*$")
# "Ana Ruiz (CFO)", also with the organisation after it: "Ana Ruiz (CFO), Kernfeld Utilities" / "... (CFO) — Kernfeld".
_BARE_PAREN = re.compile(r"^\s*(?:#+\s*|\*\*|__)?(?P<name>[^\n:()]+?)\s*\((?P<role>[^\n:()]+)\)\s*(?:\*\*|__)?(?:\s*[,|–—]\s*[^\n:()|]{2,80}|\s+-\s+[^\n:()|]{2,80})?\s*$")
# Words a heading is made of, never a person's name ("Meeting notes — Q3").
_NOT_NAME = re.compile(
    r"\b(?:notes?|minutes|meeting|call|log|journal|diary|summary|review|update|export|file|thread|email|chat|transcript|"
    r"agenda|actions?|draft|confidential|private|internal|the|and|with|about|for|on|of|my|our|re|project|programme|program|"
    r"plan|planning|strategy|budget|roadmap|kick-?off|workshop|steering|board|committee|team|group|status|report|weekly|"
    r"monthly|quarterly|sync|retro|overview|account|client|customer|vendor|contract|pilot|rollout|migration|upgrade|"
    r"programme|phase|session|follow-?up|debrief|visit|q[1-4])\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartnerHeader:
    name: str | None
    role: str | None
    lines_used: int  # how many lines of the file the header takes (0: none)


def partner_header(lines: list[str]) -> PartnerHeader:
    """The partner the file's first lines name, and how many lines that header takes. A file's own title line ("Slack
    export - #sales", "Voice memo transcript 9 October", "Account plan | Pasted from Excel") may stand above the
    partner's line: when the first line names no one, the next two lines are read the same way."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return PartnerHeader(None, None, 0)
    header = _authorless(_header_at(lines, first), lines)
    if header.name:
        return header
    if (labelled := labelled_partner(lines, first, _is_name, _is_role)) is not None:
        return PartnerHeader(*labelled)  # "Partner: Ana Ruiz, CFO" under the file's title and its author's line
    below = [i for i in range(first + 1, min(len(lines), first + 4)) if lines[i].strip()][:2]
    for at in below:
        if leading_date(lines[at].strip()) is not None:  # an entry has begun: no header below the title
            break
        found = _authorless(_header_at(lines, at), lines)
        if found.name and found.lines_used > at:
            return found
    chatted = chat_partner(lines, _is_name) if header.name is None else None
    if header.name is None and (scanned := scanned_partner(lines, first, _name_role, _is_name)) is not None:
        if chatted is None or not same_person(scanned[0], chat_keeper(lines, chatted)):  # never the chat's keeper
            return PartnerHeader(*scanned, header.lines_used)  # the name only: the notes are read as before
    if chatted is not None:
        return PartnerHeader(chatted, None, header.lines_used)  # a chat export: the other speaker, never the keeper
    if header.name is None and (frequent := frequent_partner(lines, _is_name)) is not None:
        return PartnerHeader(frequent, None, header.lines_used)  # the person the whole file keeps naming
    return header


def _authorless(header: PartnerHeader, lines: list[str]) -> PartnerHeader:
    """A header naming the notes' author (their role is the CIO's own) names no partner; nor does a bare name with no
    role (or one in capitals) that the notes below never use again (a topic: "Decision log — Student Systems", a form's
    title in capitals). Its lines stay the header's."""
    if not header.name:
        return header
    words = header.name.split()
    initial = len(words) > 1 and re.fullmatch(r"\w\.?", words[0]) is not None  # "R. Oyelaran": the notes say the family name
    first = f"(?:{re.escape(words[0])}|{re.escape(words[-1])})" if initial else re.escape(words[-2] if len(words) > 1 and is_title(words[0]) else words[0])
    unused = header.role is None and not re.search(rf"(?<![\w-]){first}(?![\w-])", "\n".join(lines[header.lines_used :]))
    if _capitals(header.name):  # "GRETA LINDQVIST - CMO" is Greta where the notes say "Greta"; "STAFF SURVEY - ..." is a title
        said = f"(?:{re.escape(words[0])}|{re.escape(words[-1].capitalize())})" if initial else re.escape(
            words[-1].capitalize() if is_title(words[0]) else words[0].capitalize())
        unused = unused or not re.search(rf"(?<![\w-]){said}(?![\w-])", "\n".join(lines[header.lines_used :]))
    if our_role(header.role) or unused:
        return PartnerHeader(None, None, header.lines_used)
    return PartnerHeader(_name_case(header.name), header.role, header.lines_used) if _capitals(header.name) else header


def _name_case(name: str) -> str:
    """A name written in capitals as a name is written: "H. DRUMMOND" -> "H. Drummond", "ANA DE LA CRUZ-O'NEILL" ->
    "Ana de la Cruz-O'Neill"."""
    words = [w.lower() if w.lower() in _PARTICLES else re.sub(r"(?:^|(?<=[-'’]))\w", lambda m: m.group(0).upper(), w.lower())
             for w in name.split()]
    return " ".join(words)


def _capitals(name: str) -> bool:
    """Every word of the name is in capitals (a heading's style, or a name written loud)."""
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    return bool(words) and all(w.isupper() for w in words)


def _header_at(lines: list[str], first: int) -> PartnerHeader:
    if (match := _STAKEHOLDER.match(lines[first])) is not None:
        name, _, role = match["rest"].partition(",")
        header = PartnerHeader(name.strip() or None, role.strip() or None, first + 1)
        return _with_role_line(lines, header)
    if (card := _field_block(lines, first)) is not None:
        return card
    return _bare_line(lines[first], first) or _other_shapes(lines, first) or PartnerHeader(None, None, 0)


def _other_shapes(lines: list[str], first: int) -> PartnerHeader | None:
    """Front matter, org keywords, a card table, a signature, a barred line or a titled line (header_shapes.py)."""
    for read in (front_matter, org_keywords, card_table):
        if (block := read(lines, first)) is not None:
            fields, end = block
            card = _field_block(fields, 0, lenient=True)
            if card is None:  # "#+TITLE: Notes: Ana Ruiz (CFO)": the title names them
                titled = next((t for f in fields if (m := _FIELD.match(f)) and (t := _titled(m["value"]))), None)
                card = PartnerHeader(*titled, 0) if titled else None
            return PartnerHeader(card.name, card.role, end) if card else PartnerHeader(None, None, end)
    if (signed := signature(lines, first, _is_name, _is_role)) is not None:
        return PartnerHeader(*signed)
    if (barred := barred_line(lines[first], _is_name, _is_role)) is not None:
        return PartnerHeader(*barred, first + 1)
    if (titled := _titled(lines[first])) is None:
        return None
    name, role = titled
    nxt = next((i for i in range(first + 1, min(len(lines), first + 3)) if lines[i].strip()), None)
    if role is None and nxt is not None and (card := _field_block(lines, nxt)) is not None and card.role:
        return PartnerHeader(name, card.role, card.lines_used)  # "About: Dr Ana Ruiz, CFO" under a titled line
    return PartnerHeader(name, role, first + 1)


def _titled(line: str) -> tuple[str, str | None] | None:
    return titled_line(line, _name_role, _is_name)


def _name_role(text: str) -> tuple[str, str | None] | None:
    """'Ana Ruiz (CFO)', 'Ana Ruiz — CFO' or 'Ana Ruiz, Chief Financial Officer' -> (name, role)."""
    if (bare := _bare_line(text, 0)) is not None:
        return bare.name or "", bare.role
    name, _, role = text.partition(",")
    job = _DASH_SPLIT.split(role.strip(), maxsplit=1)[0]  # "Ana Ruiz, CFO — Kernfeld, Sevilla": the organisation after the role
    if role and _is_name(name.strip()) and _is_role(job.strip()):
        return name.strip(), job.strip()
    return None


_DASH_SPLIT = re.compile(r"\s+[-–—]{1,2}\s+")


def _with_role_line(lines: list[str], header: PartnerHeader) -> PartnerHeader:
    """`Stakeholder: Dana Whitfield` then `Role: CFO` on the next line."""
    if header.role is not None or header.lines_used >= len(lines):
        return header
    field = _FIELD.match(lines[header.lines_used])
    if field is None or field["key"].strip().lower() not in _ROLE_KEYS:
        return header
    return PartnerHeader(header.name, field["value"].strip().strip("*_").strip(), header.lines_used + 1)


def _field_block(lines: list[str], first: int, lenient: bool = False) -> PartnerHeader | None:
    """`Name: ...` / `Role: ...` lines (in either order, with company or e-mail lines among them) up to a blank line."""
    name = role = title = None
    i = first
    while i < len(lines) and (field := _FIELD.match(lines[i])) is not None:
        key, value = field["key"].strip().lower(), field["value"].strip().strip("*_").strip()
        if key in _NAME_KEYS and name is None:
            name = value
        elif key == "title" and lenient and title is None:
            title = value  # a page's title: the person's name where a role is given too, else their job title
        elif key in _ROLE_KEYS and role is None:
            role = value
        elif key not in _OTHER_KEYS and not lenient:  # a front matter block may carry any other keys
            break
        i += 1
    if title is not None and name is None and role is not None and _is_name(title):
        name = title
    elif title is not None and role is None:
        role = title
    if name is None or not _is_name(name.partition(",")[0]):
        return None
    if role is None and "," in name:  # "Contact: Dana Whitfield, CFO"
        name, _, role = name.partition(",")
    return PartnerHeader(name.strip(), (role or "").strip() or None, i)


def _bare_line(line: str, index: int) -> PartnerHeader | None:
    """`Dana Whitfield — CFO` or `Dana Whitfield (Chief Financial Officer)` as the file's first line."""
    if len(line) > _SHORT:
        return None
    for pattern in (_BARE_PAREN, _BARE_DASH):
        match = pattern.match(line)
        if match is None:
            continue
        name, role = match["name"].strip().strip("*_").strip(), match["role"].strip().strip("*_").strip()
        person, comma, job = role.partition(",")
        if pattern is _BARE_PAREN and comma and _is_name(person.strip()) and _is_role(job.strip()):
            return PartnerHeader(person.strip(), job.strip(), index + 1)  # "Field Ops (Dana Ruiz, VP Field Ops)": the person is in brackets
        if _is_name(name) and _is_role(role):
            return PartnerHeader(name, role, index + 1)
    name, _, role = line.strip().strip("*_#").strip().partition(",")  # "Dana Whitfield, Chief People Officer"
    if role and _is_name(name.strip()) and _is_role(role.strip()) and not _PLACE_END.search(role):
        return PartnerHeader(name.strip(), role.strip(), index + 1)
    head, comma, place = line.rstrip().rpartition(",")  # "Ana Ruiz — Directora (CFO), Sevilla": the place after the role
    if comma and len(place.split()) <= 3 and not _JOB.search(place) and _DASHED.search(head):  # firm and city: read back to the role
        return _bare_line(head, index)
    return None


_DASHED = re.compile(r"\S\s+[-–—]{1,2}\s+\S")
_PLACE_END = re.compile(r"(?:office|group|site|campus|building|ltd|plc|gmbh|inc)\.?\s*$", re.IGNORECASE)  # "Acme Works, Head Office"


def _is_name(text: str) -> bool:
    """Two to five capitalised words (a title and particles allowed): 'Dr Ruth Adeyemi', 'Lucía van der Berg'; or two
    or three short words in a script without capitals ('森下 恵美子', '김 민준')."""
    words = text.split()
    if 2 <= len(words) <= 3 and all(_CASELESS.fullmatch(w) for w in words):
        return True
    named = [w for w in words if w.lower().strip(".") not in _TITLES and not is_title(w) and w.lower() not in _PARTICLES]
    if not 2 <= len(words) <= 5 or not named or _NOT_NAME.search(text) or _TITLE_FIRST.match(text) or _STATUS.search(text) or _CONTRACTION.search(text):
        return False
    if re.fullmatch(r"[A-Z0-9]", words[-1]):
        return False  # "Part A", "Block C": a label in a series, no one's name
    return all(w[0].isupper() and all(c.isalpha() or c in "'’.-" for c in w) for w in named)


_CASELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4}")  # kana, CJK ideographs, Hangul
# A job title's head word leads no name ("Directora de Ventas", "Head Of Data"): the title sits in the name's place.
_TITLE_FIRST = re.compile(
    r"(?:director|directora|diretor|diretora|directeur|directrice|direktor|direktorin|direttore|direttrice|leiter|leiterin|"
    r"gerente|jefe|jefa|chief|head|vp|svp|evp|officer|manager|hoofd|dyrektor|kierownik|prezes)\b",
    re.IGNORECASE,
)
# A word with a contraction's tail is no name ("Won't Do", "Can't Reproduce"): a name's apostrophe leads a capital ("O'Neill").
_CONTRACTION = re.compile(r"\w['’](?:t|s|re|ll|ve|d|m)\b")
# A ticket's state is no name ("Won't Fix", "In Progress", "Done").
_STATUS = re.compile(r"\b(?:won['’]?t|done|resolved|fixed|duplicate|backlog|in progress|to do|blocked|pending|reopened)\b", re.IGNORECASE)


# A bare "Name — Role" line must name a job: a word of a job title or an acronym ("COO", "FD").
_JOB = re.compile(
    r"\b(?:head|director|chief|officer|manager|president|vp|lead|leader|partner|counsel|nurse|engineer|controller|"
    r"secretary|principal|dean|chair|chairman|chairwoman|chairperson|treasurer|registrar|founder|owner|superintendent|"
    r"master|executive|administrator|coordinator|supervisor|analyst|architect|consultant|advisor|adviser|specialist|buyer|"
    r"governor|commissioner|minister|mayor|captain|matron|surgeon|doctor|physician|professor|rector|provost|bursar|editor|"
    r"trustee|clerk|solicitor|accountant|steward|warden|inspector|commander|sponsor|chancellor|vice-chancellor|"
    r"directora|directeur|directrice|direktor|direktorin|leiter|leiterin|gerente|jefe|jefa|responsable|diretor|diretora|"
    r"direttore|directeur|hoofd|manager|dyrektor|dyrektorka|kierownik|prezes|ředitel|ředitelka|direktør|direktor|leder|sjef|chef)\b|"
    r"\b\w+(?:direktør|direktor|direktorin|leder|sjef|leiter|leiterin|chef|chefin)\b|(?-i:\b[A-Z]{2,5}\b)",  # "driftsdirektør", "Bereichsleiter"
    re.IGNORECASE,
)


def _is_role(text: str) -> bool:
    """A job title: a few words with a job word, no digits, not a sentence ('Head of Logistics', 'CFO, Northwind')."""
    words = re.sub(r"\s*\([^()]*\)\s*$", "", text).split()  # a gloss in brackets ("Directora (CFO)") adds no words to the title
    plain = _FIRM_END.sub("", " ".join(words))  # "VP Planning, Acme Foods Inc.": the firm's full stop ends no sentence
    job = " ".join(words).split(",")[0].split()  # the title before the firm's name: "VP Planning, Maple Foods Inc."
    if text.isupper() and len(job) > 1 and not _JOB.search(text.lower()):
        return False  # "BOARD PACK": a heading in capitals names no job unless a job word is in it ("HEAD OF IT")
    return 1 <= len(job) <= 8 and len(words) <= 12 and not re.search(r"\d|[.!?]$|https?:|@", plain) and _JOB.search(text) is not None


_FIRM_END = re.compile(r"\b(?:Inc|Ltd|Corp|Co|S\.A|B\.V|N\.V|AG|AB|plc|LLC)\.$")


# A day line of a chat export: the date alone between runs of dashes, equals signs or stars.
_DAY_LINE = re.compile(r"^\s*(?P<left>[-–—=*~_#•·]{1,})\s*(?P<date>[^-–—=*~_#•·].*?)\s*(?P<right>[-–—=*~_•·]*)\s*$")
# "Minutes - 18/11/2026 - budget planning": a short label, a separator, the date, a separator and the title.
_LABEL = re.compile(r"^\s*(?:#+\s*|\*\*|__)?(?P<label>[A-Za-z][A-Za-z&/' ]{1,40}?)\s*[-–—|:]\s*")
_AFTER_DATE = re.compile(r"^\s*(?:[-–—|:,]\s*(?P<title>.*?))?\s*(?:\*\*|__)?\s*$")


def day_line(line: str, order: Literal["dmy", "mdy"]) -> FoundDate | None:
    """The date of a chat export's day separator (`----- November 24th, 2026 -----`); None for any other line."""
    match = _DAY_LINE.match(line) if len(line) <= _SHORT else None
    if match is None or not (match["right"] or len(match["left"]) >= 3):
        return None
    if len(match["left"]) == 1 and match["left"] in "-*•·" and not match["right"]:
        return None  # "- 24 Nov" is a bullet
    text = match["date"]
    found = leading_date(text, order, yearless=True)
    if found is None or found.start != 0 or text[found.end :].strip(" ,.") or (found.yearless and not match["right"]):
        return None
    offset = match.start("date")
    return FoundDate(found.value, offset + found.start, offset + found.end, found.ambiguous, found.yearless)


def labelled_heading(line: str, order: Literal["dmy", "mdy"], label_words: re.Pattern[str]) -> tuple[FoundDate, str, str] | None:
    """(date, label, title) of a heading with its date between separators; `label_words` must name the kind of note."""
    label = _LABEL.match(line) if len(line) <= _SHORT else None
    if label is None or len(label["label"].split()) > 5:
        return None
    marked = bool(re.match(r"\s*(?:#|\*\*|__)", line))
    if not (marked or label_words.search(label["label"])):
        return None  # "We agreed - 18/11/2026 - is too late" is a sentence
    found = leading_date(line[label.end() :], order)
    if found is None or found.start != 0:
        return None
    after = _AFTER_DATE.match(line[label.end() + found.end :])
    if after is None:
        return None
    title = (after["title"] or "").strip("*_ ").strip()
    if len(title.split()) > 10 or re.search(r"[.!?]$", title):
        return None
    offset = label.end()
    value = FoundDate(found.value, offset + found.start, offset + found.end, found.ambiguous)
    return value, label["label"].strip(), title

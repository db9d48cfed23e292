"""Raw e-mail pasted into notes (.eml text, "Show original", an mbox file), read as the plain messages it holds.

A message is raw when its header block carries transfer fields (Content-Type, Content-Transfer-Encoding,
MIME-Version, Message-ID, Received) or an mbox "From " line stands above it. Each raw message is decoded by the
standard library (quoted-printable or base64, its charset, MIME parts, encoded-word headers) and written back as the
header block the note reader knows ("From: Name", "To:", "Date:", "Subject:") and its plain body: transfer fields,
e-mail addresses, the signature under a "-- " line and quoted history that repeats another message are left out.
Text that holds no raw message is returned unchanged.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from assistant.text.dates import leading_date

_FROM = re.compile(r"^From:[ \t]*\S", re.IGNORECASE)
_MBOX = re.compile(r"^From [^\s:]+@?[^\s:]*\s+\w{3}\s+\w{3}\s+\d")  # "From dana@acme.com Tue Nov  3 09:14:02 2026"
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*):")
_TRANSFER = {"content-type", "content-transfer-encoding", "mime-version", "message-id", "received", "return-path",
             "x-mailer", "in-reply-to", "references", "delivered-to", "dkim-signature", "thread-index"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_KEPT = ("From", "To", "Cc", "Date", "Subject")
_QUOTE_HEAD = re.compile(r"^\s*>?\s*On\s.{3,120}\bwrote:\s*$", re.IGNORECASE)


def plain_mail(text: str) -> str:
    """The text with every raw message rewritten as a plain header block and its decoded body."""
    lines = text.split("\n")
    starts = _message_starts(lines)
    if not starts:
        return text
    out = lines[: starts[0]]
    blocks = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    after: list[list[str]] = []  # dated notes written under a message: the notes again, not its body
    for block in blocks:
        end = _notes_resume(block)
        after.append(block[end:])
        del block[end:]
    messages = [_read(block) for block in blocks]
    owner = _mailbox_owner([head for head, _ in messages])
    bodies = [" ".join(body.split()).lower() for _, body in messages]
    for k, (head, body) in enumerate(messages):
        body = _without_repeated_quote(body, bodies[:k] + bodies[k + 1 :])
        if owner and head and head[0] == f"From: {owner}":
            head = [f"From: {owner} (me)", *head[1:]]  # the mailbox's owner, the note keeper: our own words
        out += [*head, "", body.strip(), "", *after[k]]
    return "\n".join(out)


def _mailbox_owner(heads: list[list[str]]) -> str | None:
    """The one person on every message's From/To/Cc lines, in three messages or more: the mailbox they came from."""
    people = [{n.strip() for line in head if line.startswith(("From:", "To:", "Cc:")) for n in line.split(":", 1)[1].split(",")} for head in heads]
    common = set.intersection(*people) if len(people) >= 3 else set()
    return next(iter(common)) if len(common) == 1 else None


def _notes_resume(block: list[str]) -> int:
    """Where the notes resume under a message: the first line after its header that opens with a date, after a blank."""
    blank = next((k for k, line in enumerate(block) if not line.strip()), len(block))
    for k in range(blank + 1, len(block)):
        if not block[k - 1].strip() and leading_date(block[k]) is not None and not block[k].startswith("--"):
            return k
    return len(block)


def _message_starts(lines: list[str]) -> list[int]:
    """Where each raw message starts: an mbox "From " line, or the first field of a header block that holds "From:"
    and transfer fields ("Received:" lines may stand above its "From:")."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        if _MBOX.match(line):
            starts.append(i)
        elif _FROM.match(line) and (begin := _raw_head_start(lines, i)) is not None:
            if not (starts and starts[-1] < begin and all(_MBOX.match(x) or _FIELD.match(x) or x[:1].isspace() for x in lines[starts[-1] : begin])):
                starts.append(begin)  # (no new start right under an mbox line or another field of the same block)
    return starts


def _raw_head_start(lines: list[str], i: int) -> int | None:
    """The first line of the header block around the "From:" at line i, when the block carries transfer fields."""
    begin = i
    while begin > 0 and lines[begin - 1].strip() and (_FIELD.match(lines[begin - 1]) or lines[begin - 1][:1].isspace()):
        begin -= 1
    while begin < i and lines[begin][:1].isspace():
        begin += 1
    keys: set[str] = set()
    for line in lines[begin : begin + 60]:
        if not line.strip():
            break
        if (field := _FIELD.match(line)) is not None:
            keys.add(field["key"].lower())
        elif not line[:1].isspace():
            return None  # a line that is no header field and no folded continuation: prose, not a header block
    return begin if keys & _TRANSFER else None


def _read(block: list[str]) -> tuple[list[str], str]:
    if block and _MBOX.match(block[0]):
        block = block[1:]
    message = email.message_from_bytes("\n".join(block).encode("utf-8"), policy=email.policy.default)
    head = [f"{key}: {value}" for key in _KEPT if (value := _field(message, key))]
    return head, _without_contacts(_cut_signature(_body(message)), _field(message, "From"))


def _field(message: EmailMessage, key: str) -> str:
    try:
        raw = message.get(key)
    except (ValueError, IndexError, TypeError):  # a malformed header the parser could not model
        raw = None
    if raw is None:
        return ""
    value = " ".join(str(raw).split())
    if key == "Date":
        try:
            sent = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return value
        return f"{sent.day} {_MONTHS[sent.month - 1]} {sent.year}"  # the day as its sender wrote it, without clock and zone
    if key in ("From", "To", "Cc"):
        names = [_given_first(name.strip(' "')) for name, _ in getaddresses([value.replace(";", ",")]) if name.strip(' "')]
        return ", ".join(dict.fromkeys(names))  # the people, never their addresses
    return value


def _given_first(name: str) -> str:
    """'Dlamini, Sipho' (a directory's order) -> 'Sipho Dlamini'."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and "," not in first and "(" not in name and first.strip() else name


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "" if message.is_multipart() else str(message.get_payload())
    try:
        content = str(part.get_content())
    except (LookupError, UnicodeDecodeError, ValueError, AttributeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload or "")
    if part.get_content_type() == "text/html":
        from assistant.text.html_text import html_to_text

        content = html_to_text(content)
    return content.replace("\r\n", "\n").replace("\r", "\n")


def _cut_signature(body: str) -> str:
    """The body above its "-- " signature line (the standard delimiter); quoted history below a signature is kept."""
    lines = body.split("\n")
    for k, line in enumerate(lines):
        if line.rstrip() in ("--", "-- ") or line == "-- ":
            rest = lines[k + 1 :]
            quoted = next((j for j, r in enumerate(rest) if r.lstrip().startswith(">") or _QUOTE_HEAD.match(r)), None)
            return "\n".join(lines[:k] + (rest[quoted:] if quoted is not None else []))
    return body


def _without_repeated_quote(body: str, others: list[str]) -> str:
    """Quoted history ("On ... wrote:" and its "> " lines) whose words another message of the file already holds:
    dropped, so the earlier message is read once, as its own sender's."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if _QUOTE_HEAD.match(line)), None)
    if start is None:
        return body
    quoted = [re.sub(r"^\s*>\s?", "", line) for line in lines[start + 1 :] if line.lstrip().startswith(">")]
    words = " ".join(" ".join(quoted).split()).lower()
    if words and any(words in other or other and other in words for other in others):
        return "\n".join(lines[:start])
    return body


_PHONE = re.compile(r"\+\d{1,3}[\s.-]?(?:\(?\d+\)?[\s.-]?){2,}\d|(?i:\b(?:tel|phone|mobile|mob|cell|fax|ext|m|t)\.?\s*[:.]?\s*)\(?\d[\d\s().-]{5,}\d")
_ADDRESS = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")


def _without_contacts(body: str, sender: str) -> str:
    """The body without private contact details: a line of the closing block that gives a phone number or an address,
    and the role and company lines under the sender's full name there; addresses in quote headers are left out too."""
    lines = body.rstrip().split("\n")
    quoted = next((k for k, line in enumerate(lines) if line.lstrip().startswith(">") or _QUOTE_HEAD.match(line)), len(lines))
    last = max((k for k in range(quoted) if not lines[k].strip()), default=-1)
    own, rest = lines[:quoted], lines[quoted:]
    block = own[last + 1 :]
    named = next((k for k, line in enumerate(block) if sender and line.strip() == sender.split(",")[0].strip()), None)
    if named is not None and len(block) <= 8:
        block = block[: named + 1]
    block = [line for line in block if not (_PHONE.search(line) or _ADDRESS.search(line))]
    kept = [*own[: last + 1], *block, *rest]
    return "\n".join(_ADDRESS.sub("", line) if _QUOTE_HEAD.match(line) else line for line in kept if not _PHONE.fullmatch(line.strip()))

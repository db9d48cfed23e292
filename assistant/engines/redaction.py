"""Reversible redaction: names and identifiers become placeholders before text leaves the machine.

A `Redactor` is built from the workspace's registry of stakeholder names (and the CIO's own
name). `redact` swaps known names, names found through cues ("Dr X", "X from FP&A", attendee
lists, signatures, two capitalised words outside a stop list) and pattern-shaped identifiers
(e-mails, phones, IBANs, ids, NI numbers, SSNs, postcodes, URLs with paths, IP addresses) for
placeholders such as "[PERSON_1]" or "[EMAIL_2]"; `restore` puts the originals back, also where a
model echoes a placeholder loosely ("PERSON_1", "[Person_1]"). One Redactor keeps one mapping,
so a conversation stays consistent: the same value always gets the same placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from assistant.text.spans import DisjointSpans, trie_alternation

KINDS = ("PERSON", "EMAIL", "PHONE", "IBAN", "CARD", "ACCOUNT", "ID", "NINO", "SSN", "POSTCODE", "ADDRESS", "URL", "IP", "HANDLE")

# Capitalised words that are not people: function words, business vocabulary, calendar, places, products.
STOPWORDS = frozenset("""
a about above after again against all also although am among an and another any anyway apologies are as at attendees
back be because been before being below best between both but by can cc could dear did do does done down during each
either else even every few first for from further had has have having he hello her here hers herself hey hi him
himself his how however i if in into is it its itself just last later let many may maybe me meanwhile might mine more
most much must my myself neither next no nor not now of off often on once one only or other our ours out over own
per perhaps please present quite rather re really regards same second she should since so some still such than
thank thanks that the their theirs them then there these they third this those though through thus to today
tomorrow too under unless until up upon us very via was we well were what whatever when where whether which while
who whom whose why will with within without would yes yesterday yet you your yours fwd fw subject sent from to date
note notes minutes agenda action actions attendance attendees participants invitees update summary followup follow
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
january february march april june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec spring summer autumn fall winter christmas easter new year eve day week month quarter half
board chief officer executive director head manager lead leader vp president senior junior deputy assistant interim
acting group global regional national local team teams department dept division unit function office committee
council steering forum panel working party programme program project projects portfolio initiative workstream stream
finance financial accounts accounting treasury tax audit risk compliance legal procurement purchasing sourcing supply
chain logistics operations ops sales marketing commercial customer customers service services support desk helpdesk
help people hr human resources talent payroll facilities estates property security information technology digital
data analytics insight insights architecture engineering infrastructure network networks cloud platform platforms
product products strategy strategic transformation change innovation research development quality clinical medical
nursing care health safety environment sustainability retail stores store plant plants factory warehouse manufacturing
planning plan budget budgets forecast forecasting review reviews report reports reporting dashboard dashboards
meeting meetings call calls email emails mail message chat session workshop offsite retreat townhall town hall
annual quarterly monthly weekly daily kickoff kick off go live golive launch release phase stage wave pilot proof
concept business case cases value proposal contract contracts renewal licence license licences licenses vendor
vendors supplier suppliers partner partners partnership client clients account accounts key stakeholder stakeholders
internal external general public private limited ltd inc plc llc llp gmbh ag sa co corp corporation company
companies holdings holding trust bank banking insurance university college school hospital clinic ministry agency
authority institute foundation association consulting consultants consultancy solutions systems technologies
technology labs software services traders trading partners capital ventures industries international enterprises
north south east west northern southern eastern western central upper lower great greater united kingdom states
america american europe european asia africa london leeds manchester birmingham glasgow edinburgh bristol cardiff
belfast dublin paris berlin madrid amsterdam frankfurt munich zurich geneva new york san francisco boston chicago
seattle austin texas california washington toronto sydney singapore tokyo india china germany france spain italy
england scotland wales ireland uk usa us eu emea apac latam
microsoft teams outlook excel word powerpoint sharepoint onedrive azure office windows google gmail drive workspace
amazon aws apple iphone ipad mac salesforce workday oracle sap servicenow slack zoom webex jira confluence tableau
power bi snowflake databricks github gitlab okta zscaler crowdstrike cisco dell hp lenovo ibm accenture deloitte kpmg
pwc ey mckinsey gartner forrester linkedin twitter whatsapp copilot chatgpt openai anthropic claude gemini
ok okay fyi asap hope sorry great good fine sure yes right left open closed draft final version new old big small
high low top bottom main core full part fast slow long short early late next previous current future past
open source internal only confidential private agenda item items decision decisions risks issues issue dependencies
objective objectives goal goals outcome outcomes result results benefit benefits cost costs price pricing revenue
margin growth target targets kpi kpis okr okrs slide slides deck paper memo brief briefing template
yesterday tonight morning afternoon evening noon midnight weekend holiday holidays centre center lunch dinner
breakfast coffee everyone everybody someone somebody nobody nothing something anyone anybody none overall finally
instead otherwise separately honestly frankly interestingly importantly apparently clearly basically luckily
unfortunately fortunately ultimately initially afterwards earlier besides apart aside feedback word look see
mr mrs ms miss mx dr prof professor sir dame lord lady rev cllr st forwarded two three four five six seven eight nine
ten foods food advisory science sciences health energy water media group met asked told said called rang emailed
spoke waved saw sent got took gave agreed invited invitation quick retention ask tell call send check chase remind
book invite loop schedule
""".split())
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos", "bin", "al", "ter", "ten"})
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Cllr)\.?"
_NAME = r"[^\W\d_][\w]*(?:['’-][^\W\d_]{2}\w*)*"
_TOKEN = re.compile(rf"[A-Z]\.(?=\s)|{_NAME}")
_STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
_ID_STOP_PREFIX = frozenset({"FY", "CY", "ISO", "IEC", "SOC", "PCI", "DSS", "NIST", "TLS", "SSL", "COVID", "IFRS", "GDPR", "ITIL", "BS", "EN", "HTTP", "HTTPS", "IPV", "RFC", "CVE", "SLA", "KPI", "OKR", "P", "Q", "H", "V", "R"})
_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")

# (kind, priority, pattern, group): lower priority wins an overlap; group 0 = the whole match.
_DETECTORS: list[tuple[str, int, re.Pattern[str], int]] = [
    # Local parts start where a run of their characters starts (a later start in the same run cannot do better).
    ("EMAIL", 0, re.compile(r"(?<![\w.%+-])(?<![\w.%+-]')(?>[\w.%+-]+(?:'[\w.%+-]+)*)@[\w-]+(?:\.[\w-]+)+"), 0),
    ("EMAIL", 0, re.compile(r"(?i)(?<![\w.+-])[.+-]*+(\b(?>[\w.+-]+)\s*+[\[(]\s*+at\s*+[\])]\s*+[\w-]++(?:\s*+[\[(]\s*+dot\s*+[\])]\s*+[a-z]{2,})+)"), 1),
    # Only the first "http"/"www." of a run of URL characters can start a URL: a later one ends where it would.
    ("URL", 1, re.compile(r"(?i)(?<![^\s<>\"'()\[\]{}])(?>[^\s<>\"'()\[\]{}]*?(?=\b(?:https?://|www\.)))((?:https?://|www\.)[^\s<>\"'()\[\]{}]+/[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?])"), 1),
    ("URL", 1, re.compile(r"(?i)\b(?:[a-z0-9-]{1,63}\.){1,10}(?:com|org|net|io|co\.uk|org\.uk|ac\.uk|uk|de|fr|ai|me|app|dev|ly)/[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]"), 0),
    ("IBAN", 2, re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"), 0),
    ("CARD", 3, re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b"), 0),
    ("SSN", 4, re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), 0),
    ("SSN", 4, re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*(\d{3}[ -]?\d{2}[ -]?\d{4})\b"), 1),
    ("NINO", 5, re.compile(r"(?i)\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"), 0),
    ("IP", 6, re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:/\d{1,2})?\b"), 0),
    ("IP", 6, re.compile(r"(?i)(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])"), 0),
    ("ACCOUNT", 7, re.compile(r"(?i)\bsort[ -]?code\s*+[:#]?\s*+(\d{2}[- ]?\d{2}[- ]?\d{2})\b"), 1),
    ("ACCOUNT", 7, re.compile(r"(?i)\b(?:account|acct|a/c)(?:\s*+(?:no\.?|number|num|#))?\s*+[:#]?\s*+(\d[\d -]{4,}\d)\b"), 1),
    ("ID", 8, re.compile(
        r"(?i)\b(?:employee|staff|customer|client|member|badge|payroll|patient|student|supplier|vendor|policy|passport|"
        r"licen[cs]e|driver'?s? licen[cs]e|tax|vat|utr|nhs)\s*+(?:id|no\.?|number|num|#|ref(?:erence)?)?\s*+[:#]?\s*+"
        r"([A-Z0-9][A-Z0-9/-]{3,40}\d[A-Z0-9]{0,40}|\d[\d ]{5,}\d)\b"), 1),
    ("ID", 8, re.compile(r"\bID\s*[:#]\s*([A-Za-z0-9][A-Za-z0-9/-]{3,})"), 1),
    ("PHONE", 9, re.compile(r"(?<![\w+/.-])(?:\+ ?|00)?\(?\d[\d \t\u00a0().-]{6,24}\d(?![\w])"), 0),
    ("PHONE", 9, re.compile(r"(?i)\b(?:ext|extension|x)\.? ?(\d{3,5})\b"), 1),
    ("PHONE", 9, re.compile(r"(?i)\b(?:tel|phone|mobile|mob|cell|m|t)\s*[:.]\s*(\d[\d -]{5,}\d)\b"), 1),
    ("ID", 10, re.compile(r"\b[A-Z]{1,6}[-_/#]?\d{3,}(?:-\d+)*[A-Z]?\b|\b[A-Z]{2,6}-[A-Z]{1,4}-?\d{3,}\b|(?i:\b[a-z]{2,6}-\d{4,}\b)"), 0),
    ("POSTCODE", 11, re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b"), 0),
    ("POSTCODE", 11, re.compile(rf"\b(?:{_STATES}) (\d{{5}}(?:-\d{{4}})?)\b"), 1),
    ("ADDRESS", 12, re.compile(
        r"\b\d{1,5}[A-Za-z]?,? (?:[A-Z][\w'’-]+ ){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Close|Court|Ct|"
        r"Place|Square|Sq|Crescent|Terrace|Boulevard|Blvd|Gardens|Grove|Hill|Row|Mews|Parade|Walk|Way)\b\.?"), 0),
    ("ACCOUNT", 13, re.compile(r"(?<![\w.-])\d{8}(?![\w.-])"), 0),
    ("HANDLE", 14, re.compile(r"(?<![\w.@])@[A-Za-z][\w.-]{1,30}[\w]"), 0),
]

_SAY = (r"said|says|asked|asks|told|tells|mentioned|mentions|wants|wanted|thinks|thought|agreed|agrees|replied|replies|"
        r"wrote|writes|noted|suggested|suggests|promised|promises|confirmed|confirms|called|emailed|rang|pinged|joined|"
        r"explained|argued|added|admitted|complained|raised|pushed|insisted|warned|laughed|sighed|nodded|feels|felt|"
        r"believes|owns|chairs|leads|runs|signed|approved|will|would|has|had|is our|was our|is the|is their")
# A name found by what follows it starts at the first letter of a run of word characters: a later start in
# the same run could only end where this one does (and retrying from each letter is quadratic).
_WORD_START = r"(?<!\w)[\d_]*+"
_CUES = [
    re.compile(rf"\b{_HONORIFIC}\s+(?P<n>{_NAME}(?:\s+{_NAME}){{0,2}})"),
    re.compile(rf"(?i:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|cc'?d|cc:|bcc:|copied|copying|copy|asked|told|"
               rf"thanked|met|meet|pinged|ping|emailed|email|rang|phoned|call|per|ask|tell|via|"
               rf"(?:spoke|speak|talked|talk|meeting|met|call|lunch|coffee|catch-up|catch up|1:1|chat|sync) (?:to|with))"
               rf"[\s,]+)(?P<n>{_NAME}(?:\s+{_NAME})?)"),
    re.compile(rf"{_WORD_START}(?P<n>{_NAME})\s+(?:{_SAY})\b"),
    re.compile(rf"{_WORD_START}(?P<n>{_NAME})(?:\s+from|,\s+(?:our|the|their|her|his|who|a|an)\b|\s+\((?=[^)]{{1,40}}\)))"),
    re.compile(rf"{_WORD_START}(?P<n>{_NAME})['’]s?\s"),
    re.compile(rf"(?m)^[^\S\n]*+(?:--|—|–|-|~)\s*+(?P<n>{_NAME}(?:\s+{_NAME}){{0,2}})\s*$"),
]
_LIST_LINE = re.compile(r"(?im)^[ \t>*-]*(?:attendees|present|participants|invitees|apologies|attendance|cc|bcc|to|from|with|people|owner|owners|reviewers?|approvers?)\s*:(?P<body>[^\n]*)")
_SIGNOFF = re.compile(r"(?im)^[ \t>]*(?:best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|cheers|sincerely|yours|all the best|best wishes|speak soon|talk soon)[^\n\w]{0,3}[ \t]*\n(?P<body>[^\n]*)")
_PAREN_LIST = re.compile(r"\(([^()\n]{3,80})\)")
_PLACEHOLDER = re.compile(
    rf"(?P<open>[\[{{<]?)(?<![A-Za-z])(?P<kind>{'|'.join(KINDS)})(?P<sep>[_ -]?)(?P<num>\d+)(?:[_ -](?P<suffix>FIRST|LAST|SHORT))?(?![A-Za-z0-9])(?P<close>[\]}}>]?)",
    re.IGNORECASE,
)


@dataclass
class _Person:
    number: int = 0  # assigned when one of the forms is first used
    forms: dict[str, str] = field(default_factory=dict)  # surface string -> placeholder suffix


def _drop_brackets(text: str) -> str:
    """`re.sub(r"\\([^)]*\\)", "", text)` in linear time: no "(" after the last ")" can close, so none is tried."""
    cut = text.rfind(")") + 1
    return re.sub(r"\([^)]*\)", "", text[:cut]) + text[cut:]


def _is_name_token(tok: str) -> bool:
    core = tok.replace("'", "").replace("’", "").replace("-", "")
    stem = re.split(r"['’-]", tok)[0].lower()
    return (len(tok) >= 2 and tok[0].isupper() and core.isalpha() and not tok.isupper()
            and tok.lower() not in STOPWORDS and stem not in STOPWORDS)


def _name_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised name-like tokens (with initials and particles inside), split at stop words."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and (current[-1].group() in _PARTICLES or current[-1].group().endswith(".")):
            current.pop()
        while current and current[0].group() in _PARTICLES:
            current.pop(0)
        if current:
            runs.append((current[0].start(), current[-1].end(), [m.group() for m in current]))
        current.clear()

    for m in _TOKEN.finditer(text):
        tok = m.group()
        ok = _is_name_token(tok) or (len(tok) == 2 and tok.endswith(".")) or (tok in _PARTICLES and bool(current))
        gap = text[current[-1].end() : m.start()] if current else " "
        if not ok or gap not in (" ", "\u00a0"):
            close()
        if ok and not (tok in _PARTICLES and not current):
            current.append(m)
    close()
    return runs


def _listed_names(parts: Iterable[str], strict: bool) -> list[str]:
    """Names in a list ("Attendees: A B, C; D"): a part of 1-4 capitalised words, not all of them stop words."""
    names: list[str] = []
    for part in parts:
        words = part.split()
        if not words or len(words) > 4:
            continue
        capitalised = all(w[0].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        if not capitalised or all(w.lower() in STOPWORDS for w in words):
            continue
        if strict and not all(_is_name_token(w) for w in words):
            continue
        names.append(" ".join(words))
    return names


class Redactor:
    """Replaces names and identifiers with placeholders, and restores them; one mapping per conversation."""

    def __init__(self, names: Iterable[str] = (), own_name: str | None = None) -> None:
        self._people: list[_Person] = []
        self._by_form: dict[str, _Person] = {}
        self._to_placeholder: dict[str, str] = {}
        self._to_original: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        for name in [*names, *([own_name] if own_name else [])]:
            self.add_name(name)

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder -> original, for inspection."""
        return dict(self._to_original)

    def add_name(self, name: str) -> None:
        """Register a person: the full name, first name and surname are each matched (case-sensitive)."""
        tokens = [t for t in re.sub(rf"^\s*{_HONORIFIC}\s+", "", name.strip()).split() if t]
        if not tokens:
            return
        full = " ".join(tokens)
        forms = {full: ""}
        if len(tokens) > 1:
            rest = [t for t in tokens[1:] if not t.endswith(".")] or tokens[1:]
            forms.setdefault(tokens[0], "_FIRST")
            forms.setdefault(" ".join(rest), "_LAST")
            forms.setdefault(rest[-1], "_SHORT" if len(rest) > 1 else "_LAST")
        person = self._by_form.get(full)
        if person is None:  # an identity test: comparing dataclasses field by field made this quadratic
            person = _Person()
            self._people.append(person)
        for form, suffix in forms.items():
            if len(form) >= 2 and form not in self._by_form:
                person.forms[form] = suffix
                self._by_form[form] = person

    # -- redaction -----------------------------------------------------------------------------

    def redact(self, text: str) -> str:
        spans = self._pattern_spans(text)
        masked = list(text)
        for start, end, _ in spans:
            masked[start:end] = "#" * (end - start)
        self._discover("".join(masked))
        taken = DisjointSpans((s, e) for s, e, _ in spans)
        for s, e, kind in self._name_spans("".join(masked)):
            if not taken.overlaps(s, e):
                spans.append((s, e, kind))
        out, last = [], 0
        for start, end, kind in sorted(spans):
            out.append(text[last:start])
            out.append(self._placeholder(text[start:end], kind))
            last = end
        out.append(text[last:])
        return "".join(out)

    def _pattern_spans(self, text: str) -> list[tuple[int, int, str]]:
        candidates: list[tuple[int, int, int, str]] = []
        for kind, priority, pattern, group in _DETECTORS:
            for m in pattern.finditer(text):
                start, end = m.span(group)
                value = text[start:end]
                if start < 0 or not self._plausible(kind, value, text, start):
                    continue
                candidates.append((priority, start, end, kind))
        chosen: list[tuple[int, int, str]] = []
        occupied = DisjointSpans()
        for _, start, end, kind in sorted(candidates, key=lambda c: (c[0], -(c[2] - c[1]), c[1])):
            if occupied.add_if_free(start, end):
                chosen.append((start, end, kind))
        return chosen

    @staticmethod
    def _plausible(kind: str, value: str, text: str, start: int) -> bool:
        if _DATE.search(value) and kind in ("PHONE", "ID", "ACCOUNT"):
            return False
        if kind == "PHONE":
            digits = sum(c.isdigit() for c in value)
            bare = value.strip("()")
            if len(value) < 6 and digits >= 3:  # an extension number found by its cue
                return True
            if value.count("(") != value.count(")") and not bare.startswith("0"):
                return False
            return 7 <= digits <= 15 and (digits >= 9 or value[:1] in "+(0" or "-" in value)
        if kind == "ID":
            if re.fullmatch(r"[a-z]+-(?:19|20)\d\d", value):
                return False
            prefix = re.match(r"[A-Za-z]*", value)
            return not (prefix and prefix.group().upper() in _ID_STOP_PREFIX and value[len(prefix.group()):][:1].isdigit())
        if kind == "IP":
            return value.count(":") >= 2 or "." in value
        return True

    def _discover(self, text: str) -> None:
        """Register people that cues reveal: honorifics, verbs of speech, attendee lists, signatures, capitalised pairs."""
        found: list[str] = []
        for _, _, tokens in _name_runs(text):
            names = [t for t in tokens if not t.endswith(".")]
            if len(names) >= 2 and len(tokens) <= 4:
                found.append(" ".join(tokens))
        for cue in _CUES:
            for m in cue.finditer(text):
                found.extend(" ".join(toks) for _, _, toks in _name_runs(m.group("n"))[:1])
        for block in (*_LIST_LINE.finditer(text), *_SIGNOFF.finditer(text)):
            body = _drop_brackets(block.group("body"))
            found.extend(_listed_names(re.split(r"[,;|/]| and |&", body), strict=False))
        for m in _PAREN_LIST.finditer(text):
            parts = re.split(r",| and |&", m.group(1))
            if len(parts) >= 2:
                found.extend(_listed_names(parts, strict=True))
        first_seen: dict[str, int] = {}
        for i, name in enumerate(found):
            first_seen.setdefault(name, i)
        for name in sorted(first_seen, key=lambda n: (len(n.split()), first_seen[n])):
            if name not in self._by_form and not self._holds_known_name(name):
                self.add_name(name)

    def _holds_known_name(self, name: str) -> bool:
        """True when a registered name of two or more words occurs in `name` as whole words."""
        tokens = name.split(" ")
        return any(
            " ".join(tokens[i:j]) in self._by_form for i in range(len(tokens)) for j in range(i + 2, len(tokens) + 1)
        )

    def _name_spans(self, text: str) -> list[tuple[int, int, str]]:
        if not self._by_form:
            return []
        pattern = re.compile(r"(?<![\w])(?:" + trie_alternation(self._by_form) + r")(?![\w])")
        return [(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)]

    def _placeholder(self, value: str, kind: str) -> str:
        if value in self._to_placeholder:
            return self._to_placeholder[value]
        if kind == "PERSON" and value in self._by_form:
            person = self._by_form[value]
            if not person.number:
                self._counters["PERSON"] = person.number = self._counters.get("PERSON", 0) + 1
            label = f"[PERSON_{person.number}{person.forms[value]}]"
        else:
            self._counters[kind] = self._counters.get(kind, 0) + 1
            label = f"[{kind}_{self._counters[kind]}]"
        self._to_placeholder[value] = label
        self._to_original[label] = value
        return label

    # -- restoring -----------------------------------------------------------------------------

    def restore(self, text: str) -> str:
        """Put originals back for every placeholder this Redactor issued, however loosely it is echoed."""

        def swap(m: re.Match[str]) -> str:
            kind, sep, opened = m.group("kind"), m.group("sep"), m.group("open")
            if not (opened or m.group("close") or sep == "_" or kind.isupper()):
                return m.group()  # "person 1" in prose is not a placeholder
            suffix = f"_{m.group('suffix').upper()}" if m.group("suffix") else ""
            label = f"[{kind.upper()}_{int(m.group('num'))}{suffix}]"
            original = self._to_original.get(label)
            if original is None:
                return m.group()
            keep_open = opened if opened and not m.group("close") else ""
            keep_close = m.group("close") if m.group("close") and not opened else ""
            return keep_open + original + keep_close

        return _PLACEHOLDER.sub(swap, text)

    def restore_stream(self, chunks: Iterable[str]) -> Iterator[str]:
        """Restore a streamed answer, holding back a tail that may be half a placeholder."""
        buffer = ""
        for chunk in chunks:
            buffer += chunk
            cut = max(buffer.rfind(" "), buffer.rfind("\n"))
            if cut <= 0:
                continue
            head = buffer[:cut]
            tail_word = re.search(rf"[\[{{<]?(?:{'|'.join(KINDS)})$", head, re.IGNORECASE)
            if tail_word:
                cut = tail_word.start()
            if cut > 0:
                yield self.restore(buffer[:cut])
                buffer = buffer[cut:]
        if buffer:
            yield self.restore(buffer)


def redact_messages(redactor: Redactor, messages: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Redact the text of (role, text) messages, keeping the roles."""
    return [(role, redactor.redact(text)) for role, text in messages]

"""The partner's own value line, in any language the notes are kept in (plan round 28): the line of theirs that says
what they want technology to achieve, for the value message to say back whole when no target or English want of
theirs was read.

A line is theirs when the notes give it to them: under their speaker label, after a lead-in that names them or points
at them (their name, 'she said', 'Frase dela:', 'Risposta secca:' after the CIO's question), or a transcript's voice
tag with their name. It is a value line when it states, in the first person, a want or a need ("I want the ward
rota to run itself", "Ik wil het horen voordat de leverancier belt"), what they watch ("Io guardo che le celle restino fredde"),
or what their business is ("The subscription is the business", "buying visibility, not trucks"). A negative want
("I don't need a roadmap from you") is the foil, never the goal: the positive clause after it is said. Lines of a
miss, a request or an avoid-topic, questions and asides are never said.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.planning.goal_done import reported_done
from assistant.planning.pushback import quoted_by_partner
from assistant.planning.situation import Situation
from assistant.planning.spoken_lines import aside
from assistant.planning.value_nogoal import _excluded, _settles_a_miss
from assistant.planning.value_own import _WANT_TOLD, NAMED_WANT, OwnGoal, _quoted, _safe

_I = re.IGNORECASE
MIN_WORDS, MAX_WORDS = 4, 32
# "I want", "we need", "ik wil", "ich will", "quiero", "quero", "voglio", "je veux": a first-person want or need.
_WANT = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|just\s+|only\s+)?(?:want|need|have to|must)\b|\b(?:ik|wij|we)\s+(?:wil|willen|moet|moeten)\b"
    r"|\b(?:ich|wir)\s+(?:will|möchte|wollen|muss|müssen|brauche|brauchen)\b|\b(?:quiero|queremos|necesito|necesitamos)\b"
    r"|\b(?:quero|queremos|preciso|precisamos)\b|\b(?:voglio|vogliamo|ho bisogno|abbiamo bisogno|mi serve|ci serve)\b|\b(?:je veux|nous voulons|il me faut)\b", _I)
# The foil before the want: "I don't want a strategy", "ik wil niet", "não quero", "non voglio".
_NOT_WANT = re.compile(
    r"\b(?:I|we)\s+(?:do not|don't|don’t|didn't|never)\s+(?:want|need)\b|\b(?:ik|wij|we)\s+(?:wil|willen)\s+niet\b"
    r"|\b(?:ich|wir)\s+(?:will|möchte|wollen|brauche)\s+(?:\w+\s+)?(?:nicht|kein)|\bno\s+(?:quiero|necesito)\b|\bnão\s+(?:quero|preciso)\b"
    r"|\bnon\s+(?:voglio|ho bisogno|mi serve|ci serve)\b|\bje ne veux\b", _I)
# What they watch or judge by: "Io guardo che ...", "I look at one thing", "ik kijk naar".
_WATCH = re.compile(r"\b(?:I|io|ik|ich|eu|yo|je)\s+(?:only\s+)?(?:look at|watch|check|track|judge|guardo|kijk naar|schaue auf|olho|miro|regarde)\b", _I)
# What a unit of their measure is worth: "Each day late is about 2 million in fines we pay.", "0.8% is two shifts".
_COUNT = r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million)\b)"
_WORTH = re.compile(r"^(?:every|each|one)\s+(?:[\w-]+\s+){0,6}?(?:is|are|costs?|means|equals)\b[^.]*?\b" + _COUNT + r"|^[£$€]?\d[\d.,]*\s?%?\s+(?:is|costs|means)\s+\w", _I)
# What their business is: "The subscription is the business.", "Our members are paying for certainty, not software."
_IS_THE = re.compile(r"^(?:the|my|our)\s+(?:[\w-]+\s+){0,2}(?:is|are)\s+(?:the|my|our|this)\s+[\w-]+", _I)
_NOT_BUT = re.compile(r"\b(?:is|are|buying|selling|want|need)\b[^.,;]{1,40},\s*not\s+\w+|\bis not\b[^.]{1,60}\.\s+It is\b|\bnão é\b[^.]{1,40},\s*é\b"
                      r"|\bnon è\b[^.]{1,40},\s*è\b|\bis geen\b[^.]{1,40},\s*(?:maar|het is)\b|\bist kein\w*\b[^.]{1,40},\s*(?:sondern|es ist)\b", _I)
# A transcript's voice tag: "<v Thandiwe Mokoena>Our customers ...".
_VOICE = re.compile(r"<v\s+([^>]+)>\s*(.+)", re.S)
# Lead-ins that point at the note's subject without a name: "Frase dela:", "Her words:", "Opened with:", "Risposta secca:".
_POINTS = re.compile(r"(?:^|[\s(])(?:frase|palavras|woorden|worte|parole|palabras)\s+(?:dela|dele|van hem|van haar|von ihr|von ihm|sua|suya)\b"
                     r"|\b(?:her|his) (?:line|view|answer|reply|words)\b|\b(?:opened|closed|started|ended) with\b|\b(?:risposta|resposta|respuesta|antwoord|antwort)\b"
                     r"|(?:^|\s)(?:lui|lei|ele|ela|hij|zij|er|sie|él|ella)\s*:", _I)
_CIO_LEAD = re.compile(r"\b(?:I|ik|ich|io|eu|yo)\s+(?:said|told|asked|replied|zei|sagte|dissi|disse|dije)\s*[:,]?\s*$", _I)
_QUOTE = re.compile(r"[\"“„]([^\"“”„]{8,})[\"”“]")
_SAID = re.compile(r"\b(?:said|says|told (?:me|us|everyone)|put it|stated)\b[^.\"“]{0,40}?\b(?=(?:I|we)\s)", _I)
_SPLIT = re.compile(r"(?<=[.!?])\s+")
_LEANS = re.compile(r"(?:That|This|It|They|Them|Those)\b")  # a sentence that leans on the one before it


def _other_names(sit: Situation) -> list[str]:
    """First names of the people the notes name besides the partner."""
    names = {p.name.split()[0] for p in sit.people if p.name and not any(n in p.name.lower() for n in sit.partner_names)}
    return [n for n in names if len(n) > 1 and n[:1].isupper()]


def _names_partner(lead: str, sit: Situation) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", lead, _I) for n in sit.partner_names if len(n) > 2)


def _lead_is_theirs(lead: str, sit: Situation, others: list[str]) -> bool:
    """The words before a quotation give it to the partner: their name, or a pointer with no one else named."""
    if _CIO_LEAD.search(lead) or any(re.search(rf"\b{re.escape(o)}\b", lead) for o in others):
        return False
    return _names_partner(lead, sit) or bool(_POINTS.search(lead))


def their_lines(sit: Situation) -> list[tuple[dt.date, int, str]]:
    """(date, order, words) for each line of the partner's own words the notes hold."""
    others = _other_names(sit)
    out: list[tuple[dt.date, int, str]] = []
    for s in sit.sentences:
        day, text = s.date or dt.date.min, s.text.replace("\n", " ")
        if s.speaker == "us" or _excluded(sit, s.text, s.note.text):
            continue
        voice = _VOICE.search(text)
        if voice:
            if _names_partner(voice.group(1), sit):
                out.append((day, s.order, voice.group(2).strip()))
            continue
        quotes = list(_QUOTE.finditer(text))
        for q in quotes:
            if _lead_is_theirs(text[max(0, q.start() - 60):q.start()], sit, others) or s.speaker == "partner" \
                    or s.speaker == "narrator" and quoted_by_partner(s.text, s.note.text, sit.partner_names):
                out.append((day, s.order, q.group(1).strip()))
        said = _SAID.search(text) if not quotes else None
        if said and _names_partner(text[:said.start()], sit) and not any(re.search(rf"\b{re.escape(o)}\b", text[:said.start()]) for o in others):
            out.append((day, s.order, text[said.end():].strip()))  # "Marguerite said at the board meeting I want ..."
        elif s.speaker == "partner" and not quotes:
            out.append((day, s.order, re.sub(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?:\s*", "", text).strip()))
    return out


def want_clause(sentence: str) -> str:
    """'I don't need a roadmap from you, I want the ward rota to run itself.' -> 'I want the ward rota to run itself.':
    the positive want after its foil, as its own sentence; the sentence itself when it has no foil."""
    foil = _NOT_WANT.search(sentence)
    if not foil:
        return sentence
    rest = sentence[foil.end():]
    want = _WANT.search(rest)
    if not want or _NOT_WANT.match(rest[want.start():]):
        return ""
    clause = rest[want.start():].strip()
    return clause[:1].upper() + clause[1:]


def _kind(sentence: str) -> int:
    """0 a want, 1 what they watch, 2 what their business is; 3 none of these (a want of a named thing, 'I need
    Fjordcast on proper logins', is a request, never their goal)."""
    want = _WANT.search(sentence)
    if want and not _NOT_WANT.search(sentence):
        return 3 if NAMED_WANT.search(sentence) else 0
    if _WATCH.search(sentence) or _WORTH.search(sentence):
        return 1
    return 2 if _IS_THE.match(sentence) or _NOT_BUT.search(sentence) else 3


def _candidates(words: str) -> list[tuple[int, str]]:
    """(kind, sentence) for the value sentences of one line of theirs; a 'not X. It is Y.' pair stays whole."""
    parts = [p.strip().strip("\"“”„").strip() for p in _SPLIT.split(words.strip()) if p.strip()]
    out: list[tuple[int, str]] = []
    for i, part in enumerate(parts):
        pair = f"{part} {parts[i + 1]}" if i + 1 < len(parts) and re.match(r"It(?:'s| is)\b", parts[i + 1]) and re.search(r"\bnot\b", part) else ""
        if pair and _NOT_BUT.search(pair):
            out.append((2, pair))
            continue
        clause = want_clause(part)
        if clause and re.search(r"\b(?:want|need)\s+(?:them|it|those|these)\b", clause, _I):
            clause = f"{parts[i - 1]} {clause}" if i and clause == part and not _NOT_WANT.search(parts[i - 1]) else ""  # "I want them to work": only with the line that names them
        if clause and _kind(clause) < 3:
            out.append((_kind(clause), clause))
    whole = " ".join(parts)
    if 1 < len(parts) <= 2 and len(whole.split()) <= MAX_WORDS and out and not any(_NOT_WANT.search(p) or p.endswith("?") for p in parts):
        out = [(out[0][0], whole)]  # a short line of theirs is said whole, never cut
    return out


def _usable(sentence: str, day: dt.date, sit: Situation) -> bool:
    n = len(sentence.split())
    if re.search(r"[a-z,] (?:That|This|It)(?:'s|’s)?\b", sentence):
        return False  # two lines run together with no stop between them: never said as one
    return MIN_WORDS <= n <= MAX_WORDS and not sentence.endswith("?") and "…" not in sentence and "..." not in sentence \
        and not aside(sentence) and not _settles_a_miss(sentence) and not _WANT_TOLD.search(sentence) \
        and not re.search(r"\b(?:you|your|IT)\b", sentence) and not reported_done(sentence, day if day != dt.date.min else None, sit)


def _names_other(sentence: str, others: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(o)}\b", sentence) for o in others)


def their_value_line(sit: Situation, first: str, stands: Callable[[str], bool] = lambda _s: True) -> OwnGoal | None:
    """Their own value line said whole ('Ines, in your words: “I want the ward rota to run itself.”'): a want first,
    then what they watch, then what their business is; latest first within each; None when none stands."""
    found: list[tuple[int, dt.date, int, str]] = []
    others = _other_names(sit)
    lines = their_lines(sit)
    for n, (day, order, words) in enumerate(lines):
        before = lines[n - 1] if n else None
        if before and before[1] == order - 1 and _LEANS.match(words) and len(f"{before[2]} {words}".split()) <= MAX_WORDS:
            words = f"{before[2]} {words}"  # one turn split over two lines ("Every hour ... . That is the number I look at."): said whole
        for kind, sentence in _candidates(words):
            sentence = sentence if sentence[-1] in ".!" else sentence + "."
            if _usable(sentence, day, sit) and not _names_other(sentence, others):
                found.append((kind, day, order, sentence))
    for *_, sentence in sorted(found, key=lambda f: (f[0], -f[1].toordinal(), -f[2])):
        said = _quoted(first, sentence)
        if said and _safe(said) and stands(said):
            return OwnGoal(said, "", sentence)
    return None

"""Can the CIO say this sentence aloud? The last check on every quoted or re-voiced span in a plan.

A span lifted from a chat export, an e-mail or a page of notes can carry debris no person says: a time stamp
("[08:44]"), a speaker label ("Dana Reyes: ..."), an e-mail header ("Sent: Monday, ..."), a separator rule, a handle
or address, a quotation mark left open, or pronouns of someone else left in a sentence said to the partner ("whatever
me think", "as you put it, she offered"). A chat label of the partner's own at the start of a quotation is cut off
(the words stay theirs); anything else unsayable takes the sentence out: it is said verbatim or not at all.
"""

from __future__ import annotations

import re

_STAMP = r"\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]"
_BARE_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?"  # a transcript's "00:18:40 Dana Reyes: ..."
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
# "“[08:44] Dana Reyes: we ..." -> "“we ...": the partner's own chat label opening a quotation.
_LEAD_LABEL = re.compile(rf"(?<=[“\"])\s*(?:(?:{_STAMP}|{_BARE_STAMP})\s*)?(?P<name>{_NAME})\s*:\s+(?=\S)|(?<=[“\"])\s*{_STAMP}\s*")
# A list marker opening a quotation ("“1) Orbital's pilot ...") is no bracket left open, and no words of theirs.
_LIST_MARK = re.compile(r"(?<=[“\"])\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
_TIME_STAMP = re.compile(rf"{_STAMP}|\b\d{{1,2}}:\d{{2}}\]")
# Fields of an e-mail or message header: "Sent: Monday, 23 November", "From: Dana", "Subject: Re: ...".
_HEADER = re.compile(r"(?:^|[“\"(\s])(?:Sent|From|To|Cc|Bcc|Subject|Date|Received|Re|Fwd|Fw)\s?:\s*\S")
_RULE = re.compile(r"-{3,}|={3,}|_{3,}|\*{3,}")
_ADDRESS = re.compile(r"(?<![\w.])@\w{2,}|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bhttps?://|\bwww\.")
# Inside a quotation: "Dana Reyes: ..." (a full name as a label) is a transcript's speaker, not words anyone says.
_QUOTED = re.compile(r"“([^”]*)”")
_FULL_NAME_LABEL = re.compile(r"(?:^|\s)[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+:\s")
# An object pronoun left as a subject by re-voicing ("me team is quick", "whatever me want"), unless a verb that takes
# an object and a bare infinitive comes first ("let me think", "help me see").
_OBJECT_AS_SUBJECT = re.compile(
    r"\b(?P<before>\w+)?\s*\bme (?:guys|think|thinks|want|wants|need|needs|am|are|is|was|were|have|has|will|would|can|could|should|know|knows)\b",
    re.IGNORECASE,
)
_TAKES_OBJECT = {"let", "lets", "help", "helps", "make", "makes", "made", "have", "had", "watch", "saw", "see", "hear", "heard", "to", "for", "with", "tell", "told", "give", "gave", "show", "showed", "ask", "asked"}
# Two reporting frames for one speaker: "as you put it, she offered: ...", "you said he wants ...".
_TWO_VOICES = re.compile(r"\byou (?:put it|said|asked|wrote|told me|offered)\W+(?:she|he|they) (?:said|asked|offered|wrote|told|put it)\b", re.IGNORECASE)
# A re-voiced aim that slips back to the third person ("you want turnaround at 81% and wants 90", "leakage he estimates").
_THIRD_AFTER_YOU = re.compile(r"\byou (?:want|need)\b[^.?!;:]*?(?:\band (?:wants|needs|says|thinks|expects|estimates|hopes)\b|\b(?:he|she) (?:wants|needs|says|thinks|expects|estimates|hopes)\b)")


def repair_labels(sentence: str, partner: str | None) -> str:
    """The sentence with the partner's own chat stamp or label cut from the start of a quotation."""
    names = _names(partner)

    def cut(match: re.Match[str]) -> str:
        name = match.group("name")
        if name is None or set(name.lower().split()) & names:
            return ""
        return match.group(0)

    sentence = _LIST_MARK.sub("", sentence)
    if not names:
        return sentence
    cut_down = _LEAD_LABEL.sub(cut, sentence)
    return re.sub(r"“\s*\"([^\"”]+)\"\s*”", r"“\1”", cut_down) if cut_down != sentence else sentence  # “"Good."” -> “Good.”


def unsayable(sentence: str) -> str:
    """Why the sentence cannot be said aloud as it stands ('' when it can)."""
    if _TIME_STAMP.search(sentence):
        return "a chat time stamp"
    if _HEADER.search(sentence):
        return "an e-mail header line"
    if _RULE.search(sentence):
        return "a separator rule"
    if _ADDRESS.search(sentence):
        return "a handle, address or link"
    if any(_FULL_NAME_LABEL.search(q) for q in _QUOTED.findall(sentence)):
        return "a speaker label inside a quotation"
    if unbalanced(sentence):
        return "a quotation mark or bracket left open"
    if any((m.group("before") or "").lower() not in _TAKES_OBJECT for m in _OBJECT_AS_SUBJECT.finditer(sentence)):
        return "someone else's pronoun left in a re-voiced line"
    if _TWO_VOICES.search(sentence) or _THIRD_AFTER_YOU.search(re.sub(r"“[^”]*”|\"[^\"]*\"", "", sentence)):
        return "two voices stitched into one line"
    return ""


def unbalanced(sentence: str) -> bool:
    body = re.sub(r"\b\w+[’']\w*", "", sentence)  # apostrophes ("don't", "Ines’") are no quotation marks
    sentence = re.sub(r"(?:^|(?<=[“\"(])|(?<=[.;:] ))(?:\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s)", "", sentence)  # "1) ...", "; b) ...": list markers
    return body.count("“") != body.count("”") or body.count('"') % 2 == 1 or sentence.count("[") != sentence.count("]") or sentence.count("(") < sentence.count(")")


def _names(partner: str | None) -> set[str]:
    return {p.lower() for p in re.split(r"\s+", partner or "") if len(p) > 1}

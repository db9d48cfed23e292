"""Pushback in the partner's own voice: a negative imperative or a complaint aimed at what we bring.

The stock objections (budget, slow, vendor ...) miss the plainest pushback of all: the partner telling us to stop
("stop sending me those reports", "please don't pitch me another platform"), to fix the basics first ("first get the
laptops working", "make the printers work first") or that they do not want what we offer ("I don't need a dashboard",
"I can't imagine what else IT could do for us"). Such a sentence is an objection raised, to answer as said; a plan
must never call it "no objection recorded". Each cue is anchored at a clause start, so a goal that merely contains
"stop" ("so the crews stop carrying paper") or "no more" ("no more weekend overtime") is no pushback.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.perception.cio_lines import cio_owned
from assistant.planning.note_reading import cio_voice
from assistant.text.sentences import one_line

# A clause start: the sentence start, after a stop or a dash, or after a softener ("and", "please", "just", "honestly").
_START = r"(?:^|[.;:!?,—–(\"“']\s*|\s-\s|\b(?:and|but|so|just|please|honestly|look|frankly|now)\s+)"
_SOFT = r"(?:(?:please|just|honestly|frankly|and|so|now|can you|could you|would you)[, ]+)*"
_WE_BRING = (r"(?:sell\w*|send\w*|pitch\w*|push\w*|bring\w*|giv\w*|talk\w* (?:to me )?about|chang\w*|"
             r"offer\w*|propos\w*|present\w*|email\w*|forward\w*|copy\w*|spam\w*|add\w*)")
_OFFERED = (r"(?:dashboards?|reports?|slides?|decks?|pitch(?:es)?|presentations?|documents?|platforms?|proposals?|stats|"
            r"statistics|apolog(?:y|ies)|options|story|stories|projects?|portals?|apps?|roadmaps?|newsletters?|workshops?|"
            r"data warehouse|AI|clever|fancy|detail)")

PUSHBACK: dict[str, tuple[str, str, str, str]] = {
    # kind: (cue regex, label, answer, playbook id suffix): the same shape as the stock objections
    "stop_pushing": (  # "show me, don't tell me" asks for proof, so show and tell are no pushback verbs
        _START + _SOFT + r"(?:stop|quit) " + _WE_BRING + r"\b"
        + r"|" + _START + _SOFT + r"(?:don'?t|do not|never) (?:(?:ever|again) )?" + _WE_BRING + r" (?:me|us|my \w+|our \w+|another|more|any)\b"
        + r"|" + _START + r"(?:no more|spare me(?: the)?|enough (?:of|with)(?: the)?|I'?ve had enough of) (?:\w+ ){0,2}" + _OFFERED + r"\b",
        "that we push what they did not ask for",
        "Take it as said: bring none of it; answer what they asked.",
        "keep-the-lights-on",
    ),
    "basics_first": (
        _START + _SOFT + r"first (?:make|get|fix|sort(?: out)?) (?:the |my |our |your |those |these )?[\w' -]{1,40}? (?:work\w*|right|running|fixed|sorted|stable)\b"
        + r"|" + _START + _SOFT + r"(?:make|get|fix|sort(?: out)?) (?:the |my |our |your |those |these )?[\w' -]{1,40}? (?:work\w* |right |running )?first\b"
        + r"(?!\s+(?:half|quarter|week|month|day|thing|time|draft|phase|version|wave|of|two|three|few))",  # "in the first half": a date
        "that the basics must work first",
        "Agree it comes first; give the date it will work.",
        "keep-the-lights-on",
    ),
    "not_wanted": (
        _START + r"(?:(?:I|we) )?(?:really )?(?:don'?t|do not) (?:need|want) (?:(?:a|an|the|another|any|more|your|some) )?(?:\w+ ){0,2}?" + _OFFERED + r"\b"
        + r"|" + _START + r"(?:I|we) (?:don'?t|do not) (?:need|want) (?:anything|more) (?:fancy|clever|new|else|from (?:you|IT))\b"
        + r"|\b(?:I|we) (?:can'?t|cannot) (?:imagine|see) what (?:more|else) (?:IT|you|your team|technology)\b",
        "that they do not want what we offer",
        "Take them at their word; give only what they asked.",
        "not-a-tech-person",
    ),
}
_CUES = {kind: re.compile(pattern, re.IGNORECASE) for kind, (pattern, *_rest) in PUSHBACK.items()}


def pushback_kinds(text: str) -> list[str]:
    """The kinds of pushback a sentence in the partner's voice raises; used where no stock objection matched."""
    return [kind for kind, cue in _CUES.items() if cue.search(text)]


_LABEL = re.compile(r"^\s*(?:\[?\d{1,2}(?::\d\d){1,2}\]?\s+)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}:\s")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def raised_text(text: str, speaker: str, kinds_of: Callable[[str], list[str]] | None = None) -> str:
    """How an objection is shown: the partner's own words in quotation marks, never the CIO's narration of them.

    A labelled line of theirs is quoted whole; a note that reports them ("She asked if IT could "stop ..."") gives only
    its quoted words; a report with no quoted words of two or more is told plainly, without quotation marks."""
    line = one_line(text).strip()
    if speaker == "partner" or _LABEL.match(line):  # a transcript line under a speaker's label is theirs
        return f"“{line}”"
    tail = re.match(r"([^“”\"]{6,}?)[”\"]", line)  # a sentence that starts inside their quotation ends it
    if tail and sum(line.count(ch) for ch in "“”\"") % 2:
        return f"“{tail.group(1).strip()}”"
    spoken = [q.strip() for q in _QUOTED.findall(line) if len(q.split()) >= 2]
    if not spoken:
        return line
    cued = [q for q in spoken if (kinds_of and kinds_of(q)) or any(cue.search(q) for cue in _CUES.values())]
    return f"“{(cued or spoken)[0]}”"


def voiced_kinds(text: str, speaker: str, kinds_of: Callable[[str], list[str]]) -> list[str]:
    """The objection kinds of a line of theirs, or of a note that reports them. A quotation that is their own side's
    admission ("we were slow too") raises nothing, and where the narration is only the CIO's reading around their
    quotation (she expects us to propose it first), the quotations alone are read."""
    line = one_line(text).strip()
    spoken = [q.strip() for q in _QUOTED.findall(line) if len(q.split()) >= 2]
    if speaker == "partner" or _LABEL.match(line) or not spoken:
        return kinds_of(text)
    kinds = [k for q in spoken for k in kinds_of(q)]
    rest = _QUOTED.sub(" ", line)
    if not _CIO_READING.search(rest):  # "He named his gripes: ... "marks jobs done after the late team leaves""
        kinds += [k for k in kinds_of(rest) if k not in kinds] or ([] if kinds else kinds_of(text))
    return list(dict.fromkeys(kinds))


# The CIO's (or someone else's) reading around a quotation: a belief, a hope, a wait, not the partner's stance.
_CIO_READING = re.compile(r"\b(?:believes?|thinks?|reckons?|suspects?|assumes?|hopes?|is waiting|waits|(?:her|his|my|their) reading|I (?:think|suspect|guess|read))\b",
                          re.IGNORECASE)


_OPEN, _CLOSE = "“\"", "”\""
_IMAGINED = re.compile(r"(?:'ll|’ll|\bwill|\bwould|'d|’d|\bmight|\bmay|\bcould|\bgoing to)\s+(?:\w+\s+)?(?:hear|think|say|see|read|call it|feel|assume|conclude|take it as)\b[^.]{0,12}$")
_DISOWNED = re.compile(r"\bnot (?:hers|his|theirs|[a-z][\w-]*['’]s)\b")
# Someone's belief about the partner, put in quotation marks ("she believes Dieter "secretly wants ..."", "thinks he "is
# done with us""): a description of them in another's words, never their own.
_HEARSAY = re.compile(r"\b(?:believes?|thinks?|reckons?|suspects?|assumes?|feels?|hopes?|is sure|is convinced|guesses)\s+(?:that\s+)?"
                      r"(?:[a-z][\w'’-]*|he|she|they)\s*$")
_LEAD_IN = re.compile(r"\b(?:(?:she|he|they)\b|(?:her|his|their) (?:own )?words\b)", re.IGNORECASE)


def quoted_by_partner(text: str, note_text: str, names: frozenset[str]) -> bool:
    """A sentence holding or inside a quotation that the note gives to the partner: 'Her words: "I need three things.
    ... Stop sending me reports."' is theirs, whether the reader keeps it whole or splits it. Each quotation that opens
    before the sentence's end and is still open at its start, or opens inside it, must have a lead-in (the words just
    before the opening mark) that names the partner or says she, he, they, or her/his/their words."""
    at = note_text.find(text)
    if at < 0 or cio_owned(note_text, text) or cio_voice(text):
        return False  # the CIO's own line quoting a phrase ("if I open with the risks she'll hear 'computer says no'") is no word of theirs
    begin = note_text.rfind("\n", 0, at) + 1
    line, offset = note_text[begin:at + len(text)], at - begin
    marks = [i for i, ch in enumerate(line) if ch in _OPEN + _CLOSE]
    opens = [i for n, i in enumerate(marks) if n % 2 == 0 and (i >= offset or n + 1 >= len(marks) or marks[n + 1] >= offset)]
    for i in opens:
        lead = line[max(0, i - 60):i].lower()
        if _IMAGINED.search(lead[-30:]) or _DISOWNED.search(lead) or _HEARSAY.search(lead):
            continue  # "he'll hear", "she would say": imagined; "Kenji's view (his, not Ana's):" someone else's words
        if _LEAD_IN.search(lead) or any(re.search(rf"\b{re.escape(n)}\b", lead) for n in names):
            return True
    return False

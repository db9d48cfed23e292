"""The partner's stance in a sentence, read from its subject and verb rather than a topic word.

An objection is the partner arguing against us or our proposal: doubt, refusal, a cost complaint, a move to an outsider.
Three kinds of sentence name the same topics without that stance: a preference FOR us ("we would sooner work this out with
your people than buy a package"), an instruction to us ("she asked us to leave the supplier to her"), and information (a heads-up shared
in confidence, how the work is done today, a figure in our report that looks wrong, a result already won). None of them
is an objection to answer. Evidence, wants and asks must also carry content: "She asked for one thing.", "Jotting this down to
remember it." or "Could be this, could be that." narrate the notes, and say nothing the partner holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
_US = r"(?:you|your|(?-i:IT)|us|in-house|internally|our (?:own )?(?:team|people))"
# "would sooner have your team do it than buy ...", "prefer to keep this in-house than": the preferred side names us.
_FOR_US = re.compile(r"\b(?:rather|sooner|prefer\w*)\b(?P<pick>[^.;?!]{0,60}?)\b(?:than|over|instead of)\b", _I)
# A reported instruction to us ("He asked IT to back off ...", "told us to leave it to her") or a direct one at the start.
_TO_US = re.compile(rf"\b(?:asked|asks|told|tells|wants|wanted|instructed|needs?)\s+(?:me|{_US}|the (?:CIO|team))\s+(?:not\s+)?to\b", _I)
_IMPERATIVE = re.compile(r"^\W*(?:(?:please|just|so|and|from now on|going forward|in future|for now|again)[, ]+)*(?:stop|don'?t|do not|leave|let|say|tell|send|loop|copy|check|make sure)\b", _I)
_RUNNING = re.compile(r"\b(?:running|lights|working|basics|up)\b", _I)
# Information, not a stance: a heads-up or a confidence shared; how the work runs today; our figure that looks wrong.
_SHARED = re.compile(r"\b(?:heads[- ]up|FYI|for your (?:information|eyes only)|in confidence|confidential\w*|between (?:us|you and me|ourselves)|"
                     r"off the record|not (?:public|announced) yet|nobody knows|will announce|keep (?:this|it) to yourself)\b", _I)
_TODAY = re.compile(r"^\W*(?:today|currently|at the moment|right now|at present|these days|for now),?\s+(?!I\b|we\b)", _I)
_OUR_FIGURE = re.compile(r"\b(?:on|in) (?:the|our|your) (?:[\w-]+ ){0,2}?(?:dashboard|report|pack|figures?|numbers?|screen|extract|feed)\b[^.;]{0,40}\b"
                         r"(?:too (?:high|low)|wrong|off|looks? (?:wrong|odd|off|high|low)|doesn'?t (?:match|add up))"
                         r"|\b(?:numbers?|figures?|totals?) (?:look|looks|are|is|seem) (?:wrong|off|odd)\b", _I)
_WON = re.compile(r"\b(?:cut|reduced|lowered|saved|brought down)\b[^.;]{0,60}\bby\s+\d+\s?%[^.;]{0,30}\b(?:since|so far|already|this year|last)\b", _I)
# The partner's own goal ("her main aim for the year is to trim agency fees"): a cost of theirs to cut is an aim to
# serve, not a complaint about ours, unless the cost named is technology's.
_GOAL = re.compile(r"\b(?:my|our|her|his|their) (?:\w+ ){0,2}(?:goals?|aims?|targets?|priorit(?:y|ies)|ambitions?)\b[^.;]{0,30}?(?:\b(?:is|are|was|were)\b|:)", _I)
_TECH_COST = re.compile(r"\b(?:(?-i:IT)|technology|tech|licen[cs]es?|recharges?|your|systems?|cloud|software|hosting|per (?:seat|user|head))\b", _I)
_CUT_COST = re.compile(r"\b(?:cut|reduce|lower|save|trim|less)\b", _I)


def prefers_us(text: str) -> bool:
    """A choice between us and someone else that picks us: the words between "rather" and "than" name us."""
    return any(re.search(rf"\b{_US}\b", m.group("pick"), _I) for m in _FOR_US.finditer(text))


def outside_instruction(text: str) -> str | None:
    """The sentence without the instruction it gives us (None where it gives none): "He asked IT to quit calling the
    supplier, he will deal with it" leaves "He"; "He wants to outsource the desk and asked me for a quote" keeps its stance."""
    match = _TO_US.search(text)
    start = match.start() if match else 0 if _IMPERATIVE.match(text) else -1
    if start < 0:
        return None
    end = re.compile(r"[.;!?]|$").search(text, start)
    return text[:start] + text[end.start() if end else len(text):]


def information(text: str) -> bool:
    """News the partner shares, today's way of working, a figure in our report queried, or a result won."""
    return bool(_SHARED.search(text) or _TODAY.match(text) or _OUR_FIGURE.search(text) or _WON.search(text))


def against_us(text: str, kinds: list[str], kinds_of: Callable[[str], list[str]]) -> list[str]:
    """The stock objection kinds that keep their stance: a topic word (vendor, budget, spreadsheet, keep) in a
    preference for us, or only inside an instruction to us, raises none; a cost cut asked of us stays a budget one."""
    if information(text):
        return []
    if _GOAL.search(text) and not _TECH_COST.search(text):
        kinds = [k for k in kinds if k != "budget"]
    if prefers_us(text):
        kinds = [k for k in kinds if k not in ("vendor", "shadow")]
    rest = outside_instruction(text)
    if rest is not None:
        left = kinds_of(rest) if rest.strip() else []
        kinds = [k for k in kinds if k in left or (k == "budget" and _CUT_COST.search(text)) or (k == "lights_on" and _RUNNING.search(text))]
    return kinds


# What a sentence says, once the saying is taken away: words that are not function words, speech acts or pronouns.
_HOLLOW_WORDS = frozenset(
    "a an the and or but so to of in on at by for with from as is are was were be been am it its this that these those there here "
    "have has had i me my we us our you your he him his she her they them their who what which one two three thing things something anything "
    "nothing everything said says say asked asks ask wrote write writing written noted note notes down told tell added mentioned "
    "repeated twice once too also just then now still not no do does did don't didn't so i'd i'll i'm she's he's it's "
    "forget forgot remember could would might may be maybe can will should".split()
)
_META = re.compile(
    r"^\W*(?:\d{1,2}:\d\d(?::\d\d)?\W*)?(?:[A-Z][a-z]+,\s+)?(?:one (?:more|last|other) thing\b[^.;:]{0,30}\W*$|(?:writing|jotting|putting|noting) (?:that|this|it) down\b|so I (?:don'?t|do not) forget\b"
    r"|(?:noted|written|logged|minuted|recorded) (?:on|at|in)\b[^.;:]{0,25}\W*$"
    r"|(?:she|he|they|[A-Z][a-z]+) (?:asked for|wants|wanted|has|had|raised|made) (?:one|two|three|four|a few|several|some|a couple of) "
    r"(?:things?|items?|points?|requests?|asks?|favours?)\W*$"
    r"|(?:she|he|they|[A-Z][a-z]+) (?:said|asked|wrote|repeated|mentioned|stressed) (?:it|that|this|so)\b[^.;]{0,20}\W*$)",
    _I,
)
_GUESS = re.compile(r"^\W*(?:could|might|may)(?: well)? be\b[^.;]{1,40}[,;] (?:or )?(?:could|might|may)(?: well)? be\b", _I)


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’%€£$-]+", text.lower().replace("’", "'")) if w not in _HOLLOW_WORDS and not w.isdigit()]


def narration(text: str) -> bool:
    """Narration about the notes or the talk itself ("She asked for one thing."), or a guess both ways."""
    return bool(_META.search(text) or _GUESS.search(text))


def hollow(text: str, least: int = 2) -> bool:
    """Narration, or fewer than `least` words that hold a claim ("By 29 January.", "Nothing open there.")."""
    text = re.sub(r"[.;,]\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\W*$", ".", text)  # a row's author cell ("...; Ana Ruiz") is no claim
    return narration(text) or len(content_words(text)) < least


# "Keisha looked like she wanted ...": the pronoun after another named person is theirs, never the partner's.
_NAMED_SUBJECT = re.compile(r"^\W*(?:\d{1,2}:\d\d(?::\d\d)?\W*)?(?P<name>[A-Z][a-z]{2,})(?:,[^,]{1,40},)?\s+"
                            r"(?:looked|looks|seemed|seems|appeared|appears|was|is|had|has|kept|would)\b")
_NOT_NAMES = frozenset("she he they we it this that then today also there her his their our my the yesterday later".split())


def someone_elses_want(before: str, partner_names: frozenset[str]) -> bool:
    """The words before a want verb make another named person its subject ("Keisha looked like she wanted")."""
    match = _NAMED_SUBJECT.match(before)
    name = match.group("name").lower() if match else ""
    return bool(name) and name not in _NOT_NAMES and name not in partner_names and not any(n.startswith(name) for n in partner_names)


def not_evidence(text: str, partner_names: frozenset[str]) -> bool:
    """A line that holds nothing of the partner's: hollow, or addressed to them by name ("Henrike, thank you."), so said
    to the partner by someone else, never by the partner."""
    first = None if re.match(r"^[^:“\"]{0,40}:", text) else re.match(r"^\W*([A-Z][\w'’-]+),\s", text)  # "Fiona, next day: ..." is hers
    return hollow(text) or bool(first and first.group(1).lower() in partner_names)

"""The partner's targets as typed measures with their numbers (plan round 13, issue #20).

Partners and CIOs write targets in many shapes: a list after a header ("Her targets, in her words: "falls ... from 6.1
to under 5 by March" and "agency spend under 6%" (8.4% now)", "His numbers: conversion from 18% to 24%, and GBP 90m
of new lending", "set her goals out on one slide: A, B, C"), one sentence ("My target for 2027 entry is to convert 38%
of offers, we're at 33%", "Goal there is deposits paid within 21 days of offer"), a wish of the people above them ("the
board wants days to pay at 15 days by next summer") or a KPI table with a target column. Each item is a Target: the
item's words verbatim, with the level it starts from when the notes give one. A header in the CIO's own voice ("My aim
this quarter: ...") is never the partner's target; a date alone ("a second operator by 2028") is no number to move.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.planning.fragments import phrase_fault
from assistant.planning.note_reading import Partner
from assistant.planning.partner_aims import cio_lines
from assistant.planning.partner_facts import body_of
from assistant.planning.situation_cues import personal_matter
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.target_status import deadline, digits, live_target, met_by, result_said

_I = re.IGNORECASE
_WORD = r"(?:targets?|goals?|measures?|numbers?|KPIs?|objectives?|priorities|plan)"
# "Her targets, in her words:", "His goals, as he put them:", "Olumide's three measures for 2026, as he set them:",
# "set her goals out on one slide:", "set out the three-year plan:", "My target has not changed:"
_HEAD = re.compile(
    rf"(?:^|\b)(?P<own>her|his|their|my|our|[A-Z][a-z]+'s|set out the|the)?\s*(?:[\w-]+\s+){{0,3}}?{_WORD}\b(?P<tail>[^:\"“]{{0,50}}):\s*(?P<list>.+)$", _I)
# "My target for 2027 entry is to convert 38% of offers, we're at 33%", "Goal there is deposits paid within 21 days"
_ONE = re.compile(
    r"(?:^|\b)(?P<own>her|his|their|my|our|the)?\s*(?:target|goal|aim|ambition|number|measure)s?\b(?: for [^,.:;]{1,30}?| there)? (?:is|are) (?:to )?(?P<item>[^;]+)$", _I)
# "the board wants days to pay at 15 days by next summer": a target set for them by the people above them
_ABOVE = re.compile(
    r"\b(?P<who>the board|the trustees|the council|the executive|(?:her|his|their|my|our) (?:boss|board|CEO|chief executive|trustees))"
    r" (?:wants?|expects?|has asked for|needs?) (?P<item>[^.;]*?\b(?:at|under|below|above|to|down to|up to|back to)\s+[£$€]?\d[^.;]*)"
    r"|\b(?P<who2>(?:her|his|their) (?:boss|MD|managing director|CEO|COO|CFO|chief executive|board)) (?:gave|set) (?:him|her|them) (?:a number(?: now)?,? )?"
    r"(?P<item2>[^.;]*?\b(?:at|under|below|above|to|down to|up to|back to)\s+[£$€]?\d[^.;]*)", _I)
_SAID_ASIDE = re.compile(r"\s+(?:(?:he|she|they) said|and I quote|I think|if you can)\b.*$", _I)
# "Waste from short-dated product, his number, is "£4.1m a year and I want it under £2.5m by 2027""
_HIS_NUMBER = re.compile(
    r"(?P<m>(?-i:[A-Z])[\w -]{2,50}?), (?:his|her|their) (?:number|measure|target), (?:is|was) [\"“]?(?P<now>[£$€]?\d[\d,.]*\s?(?:%|m|k|bn)?)"
    r"(?: (?:a|per) [a-z]+)?,? and (?:I|we|he|she|they) wants? (?:it|that|them) (?P<goal>(?:under|below|above|over|at|down to|up to|back to|to) [£$€]?\d(?:[^\"”.;]|\.(?=\d))*)", _I)
_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty"
_NUMBER = re.compile(rf"[£$€]\s?\d|\d[\d,.]*\s?(?:%|p\b|m\b|bn\b|k\b)|\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:{_WORDS})\b(?=[\w ]{{0,12}}\b(?:to|down|up|under|below|weeks?|days?|hours?|minutes?|per)\b)", _I)
# "RASK up 6% this year is my number": the item, then the word that makes it theirs
_IS_MINE = re.compile(r"^(?:OK\.?\s+|So\s+)?(?P<item>(?:[^.;]|\.(?=\d))*\d(?:[^.;]|\.(?=\d))*?) (?:is|are) (?P<own>my|our|her|his|their) (?:number|target|goal|measure)s?\b", _I)
# "a room turn takes 42 minutes on average and he wants 30", "Guest review score 8.6, target 9.0 by this time next year"
_LEVEL_WANT = re.compile(
    r"(?:^|\b(?:says|said|thinks)\s+)(?P<m>[a-z][\w -]{2,40}?) (?:takes|is|runs at|sits at|stands at) (?P<now>[£$€]?\d[\d,.]*\s?(?:%|[a-z]+)?)[^.;]*? and (?:he|she|they) wants? (?P<goal>[£$€]?\d[^.;]*)"
    r"|(?:^|[.;]\s+)(?P<m2>[A-Z][\w -]{2,40}?) (?P<now2>[£$€]?\d[\d,.]*\s?(?:%|[a-z]+)?), (?:a )?(?:target|goal) (?:of )?(?P<goal2>[£$€]?\d[^.;]*)", _I)
_SO_FAR = re.compile(r"(?:^|[.;]\s+)(?P<m>[A-Z][a-z][\w -]{1,30}?) (?P<dir>down|up) (?P<now>\d[\d.]*)(?P<unit>%| per cent| points?)? so far,? "
                     r"(?:and )?(?:she|he|they) wants? (?:the (?:full|whole) |to (?:reach|get to|hit) )?(?P<goal>\d[\d.]*)\b", _I)
_NOW = re.compile(r"^\s*[(,;]?\s*(?:it'?s|we'?re at|we are at|currently|now|today)?\s*(?P<now>[£$€]?\d[\d,.]*\s?(?:%|p|m|bn|k|[a-z]+)?(?: (?:on|in) [^)]{1,30})?)(?:\s+now)?\s*\)?\s*$", _I)
_QUOTED = re.compile(r"[\"“]([^\"”]{6,160})[\"”](?:\s*\((?P<now>[^)]{1,40})\))?")
_VERB_LED = re.compile(
    r"^(?:convert|cut|get|reach|raise|reduce|grow|bring|keep|halve|double|hit|win|move|lift|lower|take|save|sell|add|open|recruit|hire)\b", _I)


@dataclass(frozen=True)
class Target:
    text: str  # the item, verbatim: "falls per thousand bed days from 6.1 to under 5 by March 2027"
    now: str  # the level it starts from when the notes give one beside it ("8.4% now", "we're at 33%"), else ''
    spoken: bool  # in their own words (quoted, or their own line)
    date: dt.date | None
    note_ref: str
    set_by: str = ""  # "the board" when the people above them set it, '' when it is their own

    @property
    def metric(self) -> str:
        """'falls per thousand bed days' from '... from 6.1 to under 5'; '' when the item starts with its number."""
        head = re.split(r"\s+(?:moved\s+|back\s+)?(?:down\s+|up\s+)?(?:from|to|under|below|above|over|back to|down to|up to|up|down|at|within|of|out of|by|is)\s+(?=[£$€]?\d|GBP|EUR|USD)",
                        self.text, maxsplit=1, flags=_I)[0]
        head = head.strip(" ,")
        if head == self.text:  # "on-time delivery 96.5%": the words before its number
            bare = re.match(r"^(?P<m>[A-Za-z][\w' -]*?)\s+(?=[£$€]?\d)", self.text)
            head = bare.group("m") if bare and not re.search(r"\b(?:in|within|of|for)$", bare.group("m")) else head
        share = re.match(rf"{re.escape(head)}\s+at\s+\d[\d.,]*\s?%\s+of\s+(?P<of>[a-z]+(?:\s+(?!by\b|in\b|before\b|for\b|from\b)[a-z]+)?)\b", self.text, _I) if len(head.split()) == 1 else None
        head = f"{head} share of {share.group('of')}" if share and not re.search(r"\bthe$", share.group("of")) else head  # "online at 30% of sales"
        return "" if head == self.text or head.lower() == "it" or re.match(r"(?:no|every|each|all|any)\b", head, _I) or re.search(rf"\d|\b(?:{_WORDS})\b", head, _I) or _VERB_LED.match(head) or len(head.split()) > 7 else head

    def said(self) -> str:
        """The item as the CIO says it after 'you want': 'to convert 38% of offers', 'falls ... to under 5'."""
        text = self.text[:1].lower() + self.text[1:] if self.text.split()[0][1:].islower() else self.text  # "Active members"; "RevPAR" stays
        text = re.sub(r"\b(?:her|his)\b", "your", text)  # "their first shift" may be someone else's: kept
        text = re.sub(r"\b(?:our|my)\b", "your", text) if self.spoken else text
        text = f"to {text}" if _VERB_LED.match(text) else text
        now = re.sub(r"^(?:now|currently|today)\s+|\s+(?:now|today)$", "", re.sub(r"\s+", " ", self.now).strip(), flags=_I)
        level = re.search(r"\d[\d,.]*", now)
        if level and not re.search(rf"(?<![\d.,]){re.escape(level.group(0))}(?![\d])", text):  # the level it starts from, in their numbers
            text += f" ({now} so far)" if re.match(r"(?:down|up)\b", now) else f" ({now} now)"
        return text


def read_targets(sit: Situation, partner_name: str | None) -> list[Target]:
    """The partner's live targets with their numbers, latest note first, in the order each note lists them."""
    out = _all_targets(sit, partner_name)
    live = [t for t in out if live_target(t.text, t.date, sit.meeting_day, sit.sentences)]  # never a passed or met one
    gone = {(t.note_ref, t.date) for t in out if t not in live and deadline(t.text, t.date)}
    live = [t for t in live if (t.note_ref, t.date) not in gone or deadline(t.text, t.date)]  # its list's horizon has passed
    return sorted(live, key=lambda t: t.date or dt.date.min, reverse=True)


def met_targets(sit: Situation, partner_name: str | None) -> list[tuple[Target, str]]:
    """(target, its result as the notes say it) for each target a later note shows met, latest first: their own proof."""
    out = []
    for t in _all_targets(sit, partner_name):
        s = met_by(t.text, t.date, sit.sentences)
        result = result_said(t.text, s) if s else ""
        if result:
            out.append((t, result))
    return sorted(out, key=lambda m: m[0].date or dt.date.min, reverse=True)


def _all_targets(sit: Situation, partner_name: str | None) -> list[Target]:
    partner = Partner.from_name(partner_name)
    ours = cio_lines(sit.sentences)
    out: list[Target] = []
    for s in sit.sentences:
        if s.speaker == "us" or personal_matter(s.text) or (s.text in ours and not _names_them(body_of(s), partner)):
            continue
        for target in _in_sentence(s, partner):
            if not any(t.text == target.text for t in out):
                out.append(target)
    out += [t for t in _paired(sit.sentences) if not any(o.text == t.text for o in out)]
    for note in {s.note.ref: s.note for s in sit.sentences}.values():
        out += [t for t in _in_table(note.text, note.date, note.ref) if not any(o.text == t.text for o in out)]
    out = [t for t in out if re.search(r"[a-z]{3,}", re.sub(r"\b(?:million|billion|thousand|per cent|percent)\b", "", t.text, flags=_I), _I)]  # no bare amount
    return out


# "Offer conversion came in at 27%. She wants 32% next cycle.": a bare number wanted, its measure in the sentence before
_LEVEL_SAID = re.compile(r"(?:^|[.;:]\s+)(?P<m>[A-Z][\w' -]{2,50}?) (?:came in at|is at|was at|is|was|stands at|sits at|runs at|is running at|is currently) (?P<now>[£$€]?\d[\d,.]*\s?(?:%|p|m|k|bn|[a-z]+)?)\.?\s*$")
_BARE_WANT = re.compile(r"^(?:He|She|They) (?:wants?|needs?|is aiming for|aims for) (?:it |that )?(?P<goal>(?:to |at |under |below |above |over |down to |up to )?[£$€]?\d[^.;]*?)\.?$")


def _paired(sentences: list[Sentence]) -> list[Target]:
    """A bare want ('She wants 32% next cycle') with the measure and level of the sentence just before it."""
    out = []
    for before, s in zip(sentences, sentences[1:], strict=False):
        want, level = _BARE_WANT.match(body_of(s).strip()), _LEVEL_SAID.search(body_of(before).strip())
        if want and level and before.note.ref == s.note.ref and s.speaker != "us" and not personal_matter(s.text):
            metric = re.sub(r"^(?:the|our|her|his|their)\s+", "", level.group("m"), flags=_I)
            goal = re.sub(r"^to\s+", "", want.group("goal"))
            out.append(Target(f"{metric[:1].lower()}{metric[1:]} from {level.group('now')} to {goal}", level.group("now"), False, s.date, s.note.ref))
    return out


def _names_them(body: str, partner: Partner) -> bool:
    """A CIO line that is about the partner's targets ("Her goal, in her words: ..."), not the CIO's own."""
    first = re.findall(r"[A-Za-z][\w'’-]*", body)[:3]
    return any(w.lower().removesuffix("'s").removesuffix("’s") in partner.names | {"her", "his", "their", "he", "she", "they"} for w in first)


def _labelled(s: Sentence, partner: Partner) -> bool:
    """A line under the partner's own label: '- Mireille: ...', '[10:01] Lucia Ferreira-Blake: ...', 'bea.lindholm: ...'."""
    label = re.match(r"[-*•>\s]*(?:\[?[\d:]+\]?\s*)?(?P<who>[\w.'’-]+(?: [\w.'’-]+)?)(?::|\s+\d{1,2}:\d{2})", s.text)
    return bool(label and partner.is_me(label.group("who").replace(".", " ")))


def _theirs(own: str | None, s: Sentence, body: str, partner: Partner) -> bool:
    """Whose list a header opens: 'her/his/their/<Name>'s' is the partner's; 'my/our' only in the partner's own line."""
    own = (own or "").lower()
    if own in {"my", "our"}:
        return s.speaker == "partner" or _labelled(s, partner)
    if own.endswith("'s"):
        return own[:-2] in partner.names
    return own in {"her", "his", "their"} or _names_them(body, partner)


def _in_sentence(s: Sentence, partner: Partner) -> list[Target]:
    body = body_of(s)
    spoken = s.speaker == "partner" or _labelled(s, partner)
    head = _HEAD.search(body)
    own = head and (head.group("own") or next(iter(re.findall(rf"\b(her|his|their|my|our)\s+(?:[\w-]+\s+){{0,2}}?{_WORD}\b", body[: head.start("list")], _I)), None))
    quoted_list = bool(head and re.match(r"\s*[\"“]", head.group("list")))  # a quoted list in a note about them: their words
    if head and (_theirs(own, s, body, partner) or (own is None and quoted_list and s.speaker != "us")) and not re.search(r"\b(?:my|our) (?:aim|take|note|view|opinion)\b", body[: head.start("list")], _I):
        items, quoted = head.group("list"), list(_QUOTED.finditer(head.group("list")))
        if quoted and not _NUMBER.search(_QUOTED.sub(" ", items)):  # every number inside a quotation: their words, each split
            return _about(_kept([i for q in quoted for i in _split(q.group(1), q.group("now") or "")], True, s), head.group("tail"), _subject(head))
        return _about(_kept(_split(re.sub(r"[\"“”]", "", items)), spoken or bool(quoted), s), head.group("tail"), _subject(head))
    one = _ONE.search(body)
    if one and _theirs(one.group("own") if one.group("own") not in (None, "the") else None, s, body, partner) or one and spoken:
        item, _, now = one.group("item").rstrip(". ").partition(", ")
        item, now = (item, now) if _NOW.match(now) else (one.group("item"), "")
        return _kept([(item, now)], spoken or (one.group("own") or "").lower() in {"my", "our"}, s)
    mine = _IS_MINE.search(body)
    if mine and (mine.group("own").lower() in {"her", "his", "their"} or spoken or _theirs(mine.group("own"), s, body, partner)):
        return _kept([(mine.group("item"), "")], spoken, s)
    so_far = _SO_FAR.search(body)
    if so_far and s.speaker != "us":  # "Falls down 11% so far, she wants the full 15": the measure, the way it moves, their number
        unit = so_far.group("unit") or ""
        return _kept([(f"{so_far.group('m')} {so_far.group('dir')} {so_far.group('goal')}{unit}", f"{so_far.group('dir')} {so_far.group('now')}{unit}")], False, s)
    levels = list(_LEVEL_WANT.finditer(body)) if _names_them(body, partner) or spoken else []
    if levels:
        return _kept([_level_item(m) for m in levels], False, s)
    mine = _HIS_NUMBER.search(body)
    if mine and s.speaker != "us":
        metric = mine.group("m")[:1].lower() + mine.group("m")[1:]
        return _kept([(f"{metric} {mine.group('goal')}", mine.group("now"))], True, s)
    above = _ABOVE.search(body) or (_ABOVE.search(digits(body)) if not re.search(r"\d", body) else None)
    if above and _names_them(body, partner) | (s.speaker != "us"):
        if above.group("who2"):  # "his MD gave him OEE from 61 to 70 by summer 26 and scrap under 2%": each item
            who = re.sub(r"^(?:her|his|their)\b", "your", above.group("who2"), flags=_I)
            items = _split(_SAID_ASIDE.sub("", above.group("item2")))
            return [Target(t.text, t.now, False, t.date, t.note_ref, who) for t in _kept(items, False, s)]
        who = above.group("who").lower()
        who = re.sub(r"^(?:her|his|their|my|our)\b", "your", who)
        return [Target(t.text, t.now, False, t.date, t.note_ref, who) for t in _kept([(above.group("item"), "")], False, s)]
    return []


def _level_item(level: re.Match[str]) -> tuple[str, str]:
    """'a room turn takes 42 minutes ... and he wants 30' -> ('room turn from 42 minutes to 30', '42 minutes')."""
    metric = re.sub(r"^(?:[A-Z]\w+\s+|he\s+|she\s+|they\s+)?(?:says|said|thinks)\s+|^(?:a|an|the)\s+", "", level.group("m") or level.group("m2"), flags=_I)
    metric = re.sub(r"^(?:a|an|the)\s+", "", metric, flags=_I)
    now, goal = (level.group("now") or level.group("now2")).strip(), re.sub(r"[\"“”]", "", level.group("goal") or level.group("goal2")).strip()
    return f"{metric[:1].lower()}{metric[1:]} from {now} to {goal}", now


def _subject(head: re.Match[str]) -> str:
    """'winter appeal' in 'Winter appeal target this year:'; '' for 'His target for ...'."""
    words = re.findall(r"[\w'’-]+", head.group(0)[: head.start("tail") - head.start()])[:-1]
    words = [w for w in words if w.lower() not in {"her", "his", "their", "my", "our", "the", "this", "next", "new", "main", "three", "two", "key"}]
    return " ".join(words).lower() if 1 <= len(words) <= 3 and not any(w.endswith(("'s", "’s")) for w in words) else ""


def _about(targets: list[Target], tail: str, subject: str = "") -> list[Target]:
    """A bare amount ('£2.4 million') takes what the header says it is for ('His target for the winter appeal: ...',
    'Winter appeal target this year: ...'); a bare amount with nothing to say what it is for is left out."""
    found = re.match(r"^\s*(?P<w>for (?:the |this |next |our |her |his |their )?[a-z][\w -]{2,30}?)\s*(?:,|$)", tail or "", _I)
    what = found.group("w") if found else f"for the {subject}" if subject else ""
    if not what or re.search(r"\b(?:year|quarter|month|20\d\d)\b", what):
        return targets
    bare = re.compile(r"(?:[£$€]\s?|GBP |EUR |USD )?\d[\d,.]*\s?(?:%|k|m|bn|million|billion|thousand)?", _I)
    return [Target(f"{t.text} {what}", t.now, t.spoken, t.date, t.note_ref, t.set_by) if bare.fullmatch(t.text) else t for t in targets]


def _split(items: str, level: str = "") -> list[tuple[str, str]]:
    """'A from 1 to 2 by May, B below 3% (3.9% now), and C up 15%' -> [(A, ''), (B, '3.9%'), (C, '')]."""
    out: list[tuple[str, str]] = []
    for piece in re.split(r";\s+|,\s+(?:and\s+)?(?=\D)", items.strip().rstrip(".")):
        piece = re.sub(r"^and\s+|\s+[-–—]\s+.*$", "", piece)  # "£2.6m - and I want to know ...": the item, not the aside  # "£2.4 million, and 11,000 regular givers": the second item, whole
        parts = re.split(r"\s+and\s+", piece)
        for part in parts if len(parts) > 1 and all(_NUMBER.search(p) for p in parts) else [piece]:
            now = re.search(r"\s*\((?P<now>[^)]{1,40})\)\s*$", part)
            out.append((part[: now.start()] if now else part, now.group("now") if now else ""))
    return out if len(out) > 1 or not out else [(out[0][0], out[0][1] or level)]


# A list item that is only a level or a bare want ("currently £23.10", "target under 85%", "he wants under £20") says
# no measure: it takes the measure named just before it in the same list ("cost per policy, currently £23.10, he wants
# under £20" -> one target), else it is left out; "I want the desk to ..." is the want itself, its lead-in dropped.
_LEVEL_ONLY = re.compile(r"^(?:currently|now|today|it'?s|we'?re at|we are at|(?:[A-Z][\w -]{1,30} )?(?:is|are) (?:at|on|running at)|came in at|at)\s+(?=[£$€]?\d)", _I)
_WANT_ONLY = re.compile(r"^(?:(?:the )?(?:target|goal|aim)s?:?\s+(?:is\s+)?(?:of\s+)?|(?:and\s+)?(?:he|she|they|I|we) (?:wants?|needs?|would like|expects?)(?: it| that| them)?\s+)(?=(?:to\s+|down\s+to\s+|up\s+to\s+|under|below|above|over|at|within|less than|more than|no more than)?\s*[£$€]?\d)", _I)
_OWN_WANT = re.compile(r"^(?:I|we) (?:want|need|would like)\s+(?=(?:the|our|my|a|an|to|every|each|all)\b)", _I)


def _measured(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Levels and bare wants joined to the measure they follow; the want's lead-in dropped from a whole want."""
    out: list[tuple[str, str]] = []
    metric, level = "", ""
    for text, now in items:
        text = _OWN_WANT.sub("", text.strip())
        bare = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”")
        if not _NUMBER.search(bare) and 1 <= len(bare.split()) <= 5 and re.fullmatch(r"[A-Za-z][\w' -]*", bare):
            metric, level = bare, ""  # a measure's name, the items after it are its levels
            continue
        if _LEVEL_ONLY.match(bare):
            level = _LEVEL_ONLY.sub("", bare)
            continue
        want = _WANT_ONLY.match(bare)
        if want:
            if metric:
                out.append((f"{metric[:1].lower()}{metric[1:]} {bare[want.end():]}", now or level))
            elif out and (base := _BASELINE.match(re.sub(r"\s+", " ", out[-1][0]).strip(" ,.;:\"“”"))):
                out[-1] = (f"{base.group('m')} {bare[want.end():]}", out[-1][1] or base.group("now"))  # "stay 6.8 h, target 4 h": 4 h is the aim
            metric = ""
            continue
        out.append((text, now))
    return out


# A measure told at its level with no way it should move ("mean wait of 5.2 days on the north site"): today's
# figure, its baseline, never the aim; a target word right after it in the same list gives the aim.
_BASELINE = re.compile(r"^(?!.*\b(?:from|to|under|below|above|over|down|up|within|by|less|more|than)\b)(?P<m>[A-Za-z][A-Za-z' -]{2,50}?)\s+"
                       r"(?:(?:is|are|at|of|currently|now|today)\s+)?(?P<now>[£$€]?\d[\d,.]*\s?[%\w]*(?:\s+(?:at|in|on|for|across|per|a)\s+[\w' -]{1,40})?)$", _I)


def _kept(items: list[tuple[str, str]], spoken: bool, s: Sentence) -> list[Target]:
    out = []
    for text, now in _measured(items):
        text = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”")
        text, _, level = text.partition(", it's ") if ", it's " in text else (text, "", "")
        now = now or level
        now = re.sub(r"^(?:it'?s|we'?re at|we are at|currently|today)\s+|\s+now$", "", now.strip(" ,.;()"), flags=_I)
        if _NUMBER.search(text) and 1 <= len(text.split()) <= 20 and not phrase_fault(text) and not re.search(r"\b(?:you|IT team|your team)\b", text):
            out.append(Target(text, now if _NUMBER.search(now) else "", spoken, s.date, s.note.ref))
    return out


def _in_table(text: str, date: dt.date | None, ref: str) -> list[Target]:
    """Each table of a note in turn (an action table is no KPI table)."""
    blocks = re.split(r"\n(?!\s*\|)[^\n]*", "\n" + text)
    return [t for block in blocks for t in _kpi_table(block, date, ref)]


def _kpi_table(text: str, date: dt.date | None, ref: str) -> list[Target]:
    """A KPI table: '| Measure | Now | Target 2027 |' rows, each a target with the level it starts from."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines() if line.strip().startswith("|")]
    rows = [r for r in rows if not all(re.fullmatch(r":?-{2,}:?", c) or not c for c in r)]
    if len(rows) < 2:
        return []
    head = [c.lower() for c in rows[0]]
    goal = next((i for i, c in enumerate(head) if re.search(r"target|goal|aim", c)), None)
    now = next((i for i, c in enumerate(head) if re.search(r"\b(?:now|current|today|baseline|actual|this year)\b", c)), None)
    if goal is None or goal == 0:
        return []
    out = []
    for row in rows[1:]:
        if len(row) <= goal or not _NUMBER.search(row[goal]) or not row[0]:
            continue
        level = row[now] if now is not None and len(row) > now and _NUMBER.search(row[now]) else ""
        item = f"{row[0]} from {level} to {row[goal]}" if level else f"{row[0]} at {row[goal]}"
        out.append(Target(item, level, False, date, ref))
    return out

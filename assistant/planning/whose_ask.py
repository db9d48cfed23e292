"""Whose ask it is: an ask the partner put to someone else, or someone else's ask, is not one for us to answer.

"He has asked procurement to review the carrier" is put to another department; "He's asked Commercial to look at a
second engine; he didn't ask us to" says so outright; "Joe is keener than Maria: he asked whether ..." is the deputy's
question, not the partner's own. None of them is "what you asked" in the partner's plan. "Ruth, the board wants ..."
said by the partner to our person stays the partner's ask: only the sentence's subject decides.
"""

from __future__ import annotations

import re

from assistant.planning.note_reading import Partner
from assistant.planning.situation_types import Item
from assistant.planning.small_talk import small_talk_ask
from assistant.planning.stance import narration

_I = re.IGNORECASE
# Another function of the partner's organisation, or an outside party, as the one asked ("asked procurement to review").
_FUNCTION = (r"(?:procurement|purchasing|commercial|finance|legal|hr|marketing|facilities|estates|operations|sales|audit|internal audit|"
             r"compliance|payroll|the board|the trustees|the exec|the vendor|the supplier|the consultants?|the insurers?|the auditors?|"
             r"the agency|(?:his|her|their) (?:own )?(?:team|deputy|pa|people|analysts?|consultants?|lawyers?))")
_PUT_TO_OTHERS = re.compile(rf"^(?:also\s+)?{_FUNCTION}(?:\s+(?:team|department|colleagues))?\s+(?:to|for|whether|if)\b", _I)
_NOT_US = re.compile(r"\b(?:didn't|did not|hasn't|has not|won't|will not)\s+(?:ask|asked)\s+(?:us|me|IT)\b", _I)
# The sentence's subject: a capitalised name at its start ("Joe is keener than Maria: he asked ...", "Joe asked ...").
# A name in any script: a capitalised word ("Hélène", "Ólafur") or kanji/katakana ("森田"), with a polite suffix or title
# after it ("森田さん", "Tanaka-san", "森田部長") and a role in brackets ("(his boss)") before the verb.
_GAP = r"(?:(?<=[\u3040-\u30ff\u4e00-\u9fff])\s*|\s+)"  # a space, or none after a CJK name
_NAME = (r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]{2,}|[\u4e00-\u9fff\u30a0-\u30ff]{1,6})(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
         r"(?:-?(?:san|sama|sensei)\b|さん|様|氏|先生|[\u4e00-\u9fff]{0,3}(?:部長|課長|社長|工場長|本部長|室長))?(?:\s*\([^)\n]{1,60}\))?")
_SUBJECT = re.compile(r"^\s*(?:[-*•]\s*)?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*[:-]?\s*)?" + _NAME + _GAP +
                      r"(?:is|was|has|had|asked|wants|wanted|would|said|says|called|rang|e-?mailed|wrote|came|dropped|told|mentioned)\b")
_HONORIFIC = re.compile(r"(?:-?(?:san|sama|sensei)|さん|様|氏|先生|本部長|工場長|事業部長|部長|課長|社長|室長)$")  # "佐藤工場長" is 佐藤
_NOT_A_NAME = {"she", "he", "they", "we", "our", "the", "this", "that", "then", "also", "asked", "first", "nothing", "everyone",
               "it", "i", "my", "his", "her", "their", "there", "what", "which", "when", "who", "later", "today", "yesterday"}


def put_to_others(item: Item) -> bool:
    """An ask the partner put to another department or party, or one the notes say was not put to us."""
    if item.kind != "request":
        return False
    return bool(_PUT_TO_OTHERS.match(item.complement.strip())) or bool(_NOT_US.search(item.quote))


def someone_elses(item: Item, partner: Partner) -> bool:
    """A narrated ask whose sentence is about another named person ("Joe is keener than Maria: he asked ...")."""
    if item.kind not in ("request", "offer") or item.spoken or not partner.names or not item.verb:
        return False
    match = _SUBJECT.match(item.quote)
    name = match.group("name") if match else ""
    if not name or name.lower() in _NOT_A_NAME or _is_partner(name, partner) or item.quote.find(item.verb) < match.end("name"):  # type: ignore[union-attr]
        return False
    before = item.quote[: item.quote.find(item.verb)].split()
    return not (before and _is_partner(before[-1].strip(",:;"), partner))  # "... and Maria asked": hers after all


# Another person's words told as the line's own subject: "Kagiso explained the OCR accuracy is under 70%".
_TOLD_BY = re.compile(r"^\W*(?:\d{1,2}:\d\d(?::\d\d)?\W*)?" + _NAME + _GAP + r"(?:explained|said|says|told|reported|mentioned|warned|argued|"
                      r"thinks|believes|claims|estimates|reckons|wants|asked|asks)\b")


def another_persons_words(text: str, partner: Partner) -> bool:
    """A line whose subject is another named person ("Kagiso explained ..."): theirs, never the partner's own words."""
    match = _TOLD_BY.match(text)
    name = match.group("name") if match else ""
    return bool(name) and name.lower() not in _NOT_A_NAME and not _is_partner(name, partner)


_PRONOUN_ASK = re.compile(r"^\W*(?:(?:he|she|they)\s+)?(?:also\s+|then\s+)?(?:asked|asks|wants|wanted|needs|would like|offered|offers|invited)\b", _I)


def carried_from_other(text: str, quote: str, partner: Partner) -> bool:
    """A narrated ask opening on a pronoun, or on its verb alone ("He asked for ...", "Wants IT to ..."), whose line opens on
    another named person ("- 小林さん wants a pilot. He asked for ..."): the sentence carries that person, not the partner."""
    at = text.find(quote)
    if at < 0 or not _PRONOUN_ASK.match(quote):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    match = _SUBJECT.match(line) or _TOLD_BY.match(line)
    name = match.group("name") if match else ""
    return bool(name) and name.lower() not in _NOT_A_NAME and not _is_partner(name, partner) and not partner.is_me(line)


def _is_partner(word: str, partner: Partner) -> bool:
    """The partner's name, or a short form of it ("Des" for Desmond)."""
    low = word.lower()
    return partner.is_me(word) or partner.is_me(_HONORIFIC.sub("", low)) or (len(low) >= 3 and any(n.startswith(low) for n in partner.names))


# "First time he's asked us for anything that isn't kit": a remark about asking, with nothing asked.
# "On the 12th she asked for two things.": a count of asks told in the lines after it, no ask in itself.
_REMARK = re.compile(r"^(?:(?:us|me|IT)\s+)?(?:for\s+)?(?:anything|everything|nothing)\b"
                     r"|^(?:(?:us|me|IT)\s+)?(?:for\s+)?(?:two|three|four|a few|several|some|a couple of) (?:things|items|favours|requests)\W*$", _I)


def not_theirs(item: Item, partner: Partner) -> bool:
    """An ask or offer that is not the partner's own, to us, or a remark that asks nothing: left out of the plan."""
    remark = item.kind == "request" and (bool(_REMARK.match(item.complement.strip())) or narration(item.quote))  # "She asked for one thing."
    remark = remark or small_talk_ask(item)  # "asked about my daughter's exams": warmth, no ask of us
    return item.owner == "partner" and (remark or put_to_others(item) or someone_elses(item, partner))


# A person named right after the verb, then what they were asked to do; "IT", "us", "me" are never this person.
_SOMEONE = re.compile(r"(?P<who>[A-Z][a-z][\w'’-]*)(?:\s*\([^()]*\))?\s+(?:to|whether|if)\b")


def asked_someone_else(text: str, start: int, comp: str, names: frozenset[str] | tuple[str, ...]) -> bool:
    """True where no subject stands before the verb and the one asked is a named person who is not the partner."""
    if re.search(r"[A-Za-z]", re.sub(r"^[^:]{0,40}:\s*", "", text[:start])):
        return False  # "Marek asked Tomasz to ...": a subject is named; the usual reading decides
    found = _SOMEONE.match(comp)
    return found is not None and found["who"] not in names and found["who"].lower() not in {"you", "we"}

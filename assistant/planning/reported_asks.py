"""An ask told in our own note that quotes the partner's words inside it.

"She asked me after the board: could IT give her "a plain view of whether we build it or buy it"" is narration, so the
item is not marked as spoken, and the words the extractor kept after its cue ("it by Friday") name nothing. The
quotation, tied to the partner by a reporting verb whose subject is the partner (a pronoun or their name) with no
other speaker in between, is the partner's own words for the thing asked: the item then carries those words, and
the plan can quote them instead of a line that names nothing ("What you asked on 1 December is still open"). Only
where the note's own sentence cannot name the item (too long, or two lines joined): a shorter one names it better.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.planning.note_reading import Partner
from assistant.planning.situation_types import Item
from assistant.text.sentences import one_line

_ASK_VERBS = r"asked|asks|wants|wanted|requested|requests|would like|needs|needed|is after|was after"
_OFFER_VERBS = r"offered|offers|proposed|proposes|suggested|volunteered"
# subject, up to two words ("also", "then"), the reporting verb, a short stretch with no sentence end, the quotation
_REPORTED = re.compile(
    r"(?P<who>\b[A-Z][\w'’-]+|\b(?i:she|he|they))\s+(?:[a-z]+\s+){0,2}?(?P<verb>" + _ASK_VERBS + "|" + _OFFER_VERBS + r")\b"
    r"(?P<gap>[^.!?\"“”\n]{0,160}?)[\"“](?P<words>[^\"”\n]{12,})[\"”]"
)
# Another voice between the verb and the quotation: the quoted words are then someone else's ("asked what Raj meant by").
_OTHER_VOICE = re.compile(r"\b(?:said|says|say|told|tells|called|calls|meant|means|wrote|writes|put it|phrased|described|termed)\b", re.I)
_US = {"i", "we", "it", "our", "my", "the", "this", "that", "there"}


def _fits(quote: str) -> bool:
    """The note's own sentence can be quoted whole (lead_lines' limit: 3 to 40 words)."""
    return 3 <= len(one_line(quote).split()) <= MAX_QUOTE_WORDS


MAX_QUOTE_WORDS = 40


def with_reported_words(items: list[Item], partner: Partner | None = None) -> list[Item]:
    """Each partner ask or offer told in our note, carrying the quotation of the partner's words inside it, if any
    (with no partner given, only a pronoun subject ties the quotation to them)."""
    return [_reported(i, partner) for i in items]


def _reported(item: Item, partner: Partner | None) -> Item:
    if item.kind not in ("request", "offer") or item.owner != "partner" or item.spoken or _fits(item.quote):
        return item  # only where the note's own sentence cannot name it (too long, or two lines joined)
    verbs = re.compile(rf"^(?:{_ASK_VERBS if item.kind == 'request' else _OFFER_VERBS})$")
    for match in _REPORTED.finditer(one_line(item.quote)):
        who = match["who"]
        if who.lower() in _US or not (who.lower() in ("she", "he", "they") or (partner is not None and partner.is_me(who))):
            continue  # "I asked ...", "Raj asked ...": not the partner's words
        if not verbs.match(match["verb"]) or _OTHER_VOICE.search(match["gap"]):
            continue
        words = match["words"].strip(" ,;:")
        if 6 <= len(words.split()) <= 40:  # "move at airline speed" alone is a fragment, not the thing asked
            return replace(item, spoken=True, complement=words)
    return item

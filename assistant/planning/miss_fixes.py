"""A miss healed by our fix (issue #20, round 14): a fix told in its note or later, on the miss's topic, then the partner's
short acknowledgement ("Reply: 'Good.'", "Thanks, noted", a thumbs-up) or a later note telling it liked or working, and no
complaint of it since. Such a miss wants no apology and no root cause to promise."""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_cause import complaint_in
from assistant.planning.miss_weight import WORKING, _on_topic, later, stems
from assistant.planning.note_reading import cio_voice
from assistant.planning.praise import PRAISE
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE


# Our fix of the thing, told as done: "router reconfigured and tested 2 Oct", "the job was patched", "we restored ...".
_FIXED = re.compile(
    r"\b(?:fixed|repaired|reconfigured|re-?configured|restored|resolved|replaced|patched|corrected|rebuilt|re-?done|reinstalled|"
    r"re-?tested|put right|sorted out|back (?:up|online|to normal)|working again|fix (?:went in|is in|deployed|applied)|"
    # or the late thing delivered: "live on 06/10, a week late", "went live", "delivered 2 Oct", "rolled out"
    r"(?:is |now |went |go(?:ne)? )?live (?:on|since|from)|went live|(?:is|now) live|delivered|rolled out|in production)\b",
    _I,
)
# The partner's short acknowledgement, as a reply: 'Reply: "Good."', 'She wrote back: "Thanks, noted."', "👍".
_ACK_WORD = r"(?:good|great|thanks|thank you|cheers|noted|ok|okay|perfect|excellent|fine|understood|got it|much better|appreciated)"
ACK = re.compile(
    rf"(?:\b(?:repl(?:y|ied)|answer(?:ed)?|wrote back|response|came back)\b[^:\"“\n]{{0,20}}[:\-–—]?\s*[\"“]?\s*{_ACK_WORD}\b[^\"”\n]{{0,25}}[\"”]?"
    rf"|(?-i:\b[A-Z][a-z]+):\s*[\"“]\s*{_ACK_WORD}[.!,]"  # 'Ruth: "Good. ...' in minutes
    rf"|^\s*[\"“]?\s*{_ACK_WORD}[.!,]?(?:\s+{_ACK_WORD})?[.!]?[\"”]?\s*$|👍|\(y\))",
    _I | re.MULTILINE,
)


# The fixed thing liked or used since: "Dealers like the stock view", "gave our team credit", "logins up 40%".
LIKED = re.compile(
    r"\b(?:(?:like|likes|liked|love|loves|loved|rely on|relies on) (?:the|our|it|using)|gave (?:[\w-]+ ){0,2}credit|credit(?:ed)? (?:our|the) team|"
    r"thanked (?:us|our|the team)|(?:logins?|usage|use|adoption) (?:is |are )?(?:up|rose|doubled|tripled))\b",
    _I,
)


def _stems(words: frozenset[str] | set[str]) -> set[str]:
    return stems(words)


def _miss_topic(sit: Situation, item: Item) -> set[str]:
    """The miss's words and those of the lines told with it (the same event over two or three lines)."""
    around = [s for s in sit.sentences if s.note.ref == item.note_ref and -2 <= s.order - item.order <= 3]
    return _stems(item.terms.union(*(terms_of(s.text) for s in around)))


def fixed_and_acknowledged(sit: Situation, item: Item) -> Sentence | None:
    """Our fix of the missed thing is told (in its note or later), and the partner acknowledged it ("Good.") or a later
    note tells it liked or working, with no complaint of it since: the miss is healed."""
    topic = _miss_topic(sit, item)
    for s in sit.sentences:
        if s.order <= item.order or not _FIXED.search(s.text) or cue.NOT_DONE.search(s.text):
            continue
        head = f"{s.note.title} {s.note.text.split(chr(10), 1)[0]}"  # a subject line ("Subject: Backup line") names the note's topic
        if not topic & _stems(terms_of(s.text) | terms_of(head)):
            continue
        again = any(later(n, s.order, s.date) and n.note.ref != s.note.ref and (complaint_in(n) or cue.UPSET.search(n.text))
                    and topic & _stems(terms_of(n.text)) for n in sit.sentences)
        if again:
            return None
        at = s.note.text.find(s.text)
        rest = s.note.text[at + len(s.text):] if at >= 0 else s.note.text
        if s.note.ref != item.note_ref and ACK.search(rest[:400]):
            return s
        liked = next((n for n in sit.sentences if n.note.ref != s.note.ref and later(n, s.order, s.date) and not cio_voice(n.text)
                      and (WORKING.search(n.text) or ((PRAISE.search(n.text) or LIKED.search(n.text)) and n.speaker != "us")) and _on_topic(sit, n, topic)), None)
        if liked is not None:
            return liked
    return None

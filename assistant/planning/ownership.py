"""When a plan may own a miss: only on positive evidence in the notes.

A miss is ours to own when (1) the notes say it was ours (our team, IT, the CIO's side),
(2) the partner complained about it, and (3) nothing later says it was forgiven, fixed to
their satisfaction, or someone else's. Otherwise the plan does not apologise.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_cause import cause_in, cause_known, complaint_in, our_share, people
from assistant.planning.miss_closure import held_shared, our_cause_near, weighs_again, why_on_record
from assistant.planning.miss_fixes import fixed_and_acknowledged
from assistant.planning.miss_live import healed_by, still_weighs
from assistant.planning.miss_weight import stems
from assistant.planning.situation_round2 import US_CAUSED
from assistant.planning.situation_round3 import is_doubt
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE

# A miss told as a possibility, not an event: "If the migration slips past February ...", "it may fail".
HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|in case|whether|may|might|could|would|risks? (?:of|that)|at risk|in danger of|afraid|worried|nervous)\b[^.;!?]{0,60}$"
    # advice to apologise ("We ought to say sorry once more for the late release"): a plan for the meeting, no event of its own
    r"|\b(?:should|must|need to|ought to|let's)\s+(?:\w+\s+)?(?:apologi[sz]e|say sorry)\b[^.;!?]{0,60}$", _I
)
_OUR_THING = r"(?:release|update|change|patch|upgrade|migration|rollout|deploy\w*|team|project|certificate|renewal|script|system|config\w*|cut-?over|side|people|engineers?|environment|servers?|database|service desk|support|build|infrastructure|network|backup)"
# Ours, in our own voice (narration or the CIO's lines): "Our certificate renewal was missed", "the system we upgraded".
OURS_NARRATED = re.compile(
    rf"\b(?:our|IT's|my team's)\s+(?:[\w-]+\s+){{0,3}}?{_OUR_THING}\b|\b(?:because|as|since) (?:we|I|IT|my team|our team)\b|\b(?:we|I|IT)\s+(?:upgraded|changed|released|patched|migrated|moved|switched|forgot|skipped|dropped)\b",
    _I,
)
# Ours, in the partner's voice: "Your release on Thursday night changed the bank file format".
OURS_SPOKEN = re.compile(rf"\b(?:your|IT's)\s+(?:[\w-]+\s+){{0,2}}?{_OUR_THING}\b|\b(?:you|IT)\s+(?:missed|broke|changed|forgot|were late|dropped)\b", _I)
def neighbours(sit: Situation, item: Item, before: int = 0, after: int = 1) -> list[Sentence]:
    """The miss's own sentence and those right around it in the same note."""
    return [s for s in sit.sentences if s.note.ref == item.note_ref and -before <= s.order - item.order <= after]


def _said_ours(s: Sentence) -> bool:
    if s.speaker == "partner":
        return OURS_SPOKEN.search(s.text) is not None
    return bool(US_CAUSED.search(s.text) or OURS_NARRATED.search(s.text) or cue.WE_OWN.search(s.text))


def _complained(s: Sentence) -> bool:
    return s.speaker == "partner" or bool(cue.UPSET.search(s.text)) or is_doubt(s.text) or bool(re.search(r"[\"“]", s.text)) or complaint_in(s)


def settled_later(sit: Situation, item: Item) -> bool:
    """A later line heals the miss and the partner did not raise it again (miss_live.py)."""
    return healed_by(sit, item) is not None


def _someone_elses(s: Sentence, item: Item) -> bool:
    """The miss's own line, or a neighbour about the same event, puts the cause elsewhere ("not your doing", "the bureau's ...")."""
    if cue.DISCLAIMER.search(s.text):
        return True
    if s.order == item.order:
        return False  # its own line: the extractor already weighed "we slipped on the supplier portal" against "supplier"
    same = s.order == item.order + 1 or bool({w for w in item.terms if len(w) >= 6} & terms_of(s.text))
    elsewhere = cue.THIRD_PARTY.search(s.text) or (s.speaker == "partner" and cue.PARTNER_SIDE_SPOKEN.search(s.text))
    return bool(same and elsewhere)


# A cause shared with someone else: "Shared cause: our renewal slipped, and the port system ran maintenance", "partly ours".
SHARED_CAUSE = re.compile(
    r"\b(?:shared|joint|mixed|split|two|double) (?:cause|causes|fault|blame|responsibility)\b|\bpartly (?:ours|theirs|our|their|us|them)\b|"
    r"\bhalf (?:ours|theirs)\b|\b(?:on|from) both sides\b|\b(?:share|shared|split) the (?:blame|fault)\b|"
    r"\bnot (?:only|just|all|entirely|wholly|solely) (?:ours|on us|our (?:fault|doing))\b|\b(?:a|the) (?:mix|combination) of (?:our|their|the)\b",
    _I,
)


def kept_out(sit: Situation, item: Item) -> bool:
    """The notes' keep-out list holds this miss's topic (shared topic stems): one decision per topic, so no section owns,
    asks the cost of or apologises for what the plan says to leave alone."""
    own = stems(item.terms)
    for topic in [a for a in sit.avoid if a.kind in ("forgiven_miss", "asked_not_to") and a.quote != item.quote]:
        shared = own & stems(topic.terms)
        if len(shared) >= 2 or any(len(w) >= 7 for w in shared):
            return True
    return False


def ownable(sit: Situation, item: Item) -> bool:
    """Positive evidence that this miss is ours and still weighs on the partner."""
    if item.kind != "miss" or item.owner != "us" or item.status != "open" or item.forgiven_quote:
        return False
    if held_shared(sit, item) is not None:
        return True  # both sides' doing, and they still hold it: our share is ours to own
    if any(SHARED_CAUSE.search(s.text) for s in neighbours(sit, item, before=1, after=1)) or kept_out(sit, item):
        return False  # not ours alone, or the plan's own keep-out list names it
    around = neighbours(sit, item, before=1, after=1)
    if any(_someone_elses(s, item) for s in around):
        return False  # the same event, told with someone else's cause
    again = weighs_again(sit, item)  # raised again later, or still the story they tell
    complained = any(_complained(s) for s in neighbours(sit, item, before=1, after=2)) or complained_later(sit, item) or again is not None
    if not (ours_on_record(sit, item) and complained and not behind_us(sit, item)):
        return False
    return still_weighs(sit, item)  # no fix, report, praise, forgiveness or moving on since, unless raised again after it


OLD_DAYS = 365  # a miss a year before the meeting, with no complaint about it since, no longer weighs


def behind_us(sit: Situation, item: Item) -> bool:
    """A year old, and no later note complains of it again: the partner has moved on."""
    if not (sit.meeting_day and item.date and (sit.meeting_day - item.date).days > OLD_DAYS):
        return False
    words = {w for w in item.terms if len(w) >= 5}
    return not any(s.date and s.date > item.date + dt.timedelta(days=30) and (cue.UPSET.search(s.text) or complaint_in(s) or is_doubt(s.text))
                   and (words & terms_of(s.text)) for s in sit.sentences)


def complained_later(sit: Situation, item: Item) -> bool:
    """A later line records a complaint or an escalation about the same event ("escalated the ledger outage to the CEO")."""
    words = {w for w in item.terms if len(w) >= 5}
    return any(s.order > item.order and (cue.UPSET.search(s.text) or complaint_in(s)) and len(words & terms_of(s.text)) >= 2 for s in sit.sentences)


def ours_on_record(sit: Situation, item: Item) -> bool:
    """The notes say in words that the miss was ours ("our release", "we pushed", "that one is on us")."""
    if item.owner != "us":
        return False
    around = neighbours(sit, item, before=1, after=1)
    if any(_said_ours(s) for s in around) or our_share(sit, item) or our_cause_near(sit, item):
        return True
    ours, theirs = people(sit)  # "Jonah owned the Brightcurve delay" (Jonah on our team), "the switch failure was ours"
    return any(cause_in(s.text, s.speaker, ours, theirs) == "us" for s in around)


def owned_misses(sit: Situation) -> list[Item]:
    return [i for i in sit.items if ownable(sit, i)]



RECENT_DAYS = 120  # a third party's miss older than this, told once, is no longer open between us


def others_open(sit: Situation) -> list[Item]:
    """A third party's misses worth a line in the open items: recent ones, so the CIO knows not to own them."""
    day = sit.meeting_day
    return [i for i in sit.items if i.kind == "miss" and i.status == "open" and i.owner == "third_party"
            and not (day and i.date and (day - i.date).days > RECENT_DAYS) and fixed_and_acknowledged(sit, i) is None]  # fixed, "Good."


def fix_step(sit: Situation, item: Item) -> str:
    """The follow-up on a miss we own: its root cause, or what we changed where the notes already say why it happened."""
    return "What we changed" if cause_known(sit, item) or why_on_record(sit, item) or item.miss_kind == "lapse" else "Root cause"  # a habit we stopped: we know why

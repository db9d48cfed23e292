"""Whose a miss was, and whether a pardon or a lost sale speaks of IT at all (issues #20/#23).

`cause_said` is the one reading of a cause stated in words ("not ours", "the bureau (X) had an outage", "her own team"):
the planner's miss_cause reads each miss with it, and the perception cues clear a doubt with `third_party_said`.

`cues.cue_hits` reads a sentence's cues; these rules then decide whether its doubts are ours:
an outage the sentence pins on us ("your release, not the carrier") stays a doubt, and so does a
third party's miss the partner still holds against us ("your vendor, your problem"); a pardon said
with sarcasm is no pardon; a lost sale or pitch that names no failure of ours is no doubt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Cued(Protocol):
    """A scored sentence, as `assessment.SentenceFeatures` has it."""

    @property
    def note(self) -> object: ...
    @property
    def age_days(self) -> float: ...
    @property
    def speaker(self) -> str: ...
    @property
    def cues(self) -> dict[str, list[str]]: ...


# Anyone outside IT and the partner's side whose failure can be named as the cause.
OTHERS = (
    r"(?:contractor|builder|electrician|landlord|managing agent|supplier|vendor|carrier|courier|haulier|agency|manufacturer|"
    r"franchisee|firmware|distributor|developer|telco|network operator|operator|broker|provider|hosting company|power cut|grid|weather|storm|snow|"
    r"flood(?:ing)?|strike|regulator|bank|airline|airport|locksmith|lift company|mobile network|road ?works|insurer|"
    r"(?:tracker|lift|phone|bus|rail|security|cleaning) company)"
)
_I = re.IGNORECASE
# Our own contractor or supplier, in our voice: ours to own, though a firm is named ("our contractor's survey was wrong").
OUR_AGENT = re.compile(r"\bour (?:own )?(?:contractor|supplier|vendor|subcontractor|installer|consultants?)\b", _I)
# Anyone outside IT and the partner's side, named by kind (the perception reading's list, plus makers and regulators).
_OTHER = rf"(?:{OTHERS}|maker|regulator|council|government|ministry|authority|utility|hosting|bureau|reseller|wholesaler)"
# An outside firm by kind, never a person who could be ours ("developer", "operator").
_FIRM = r"(?:vendor|supplier|provider|carrier|courier|bureau|reseller|distributor|contractor|manufacturer|maker|wholesaler|haulier|landlord)"
# A third party's, in anyone's voice.
_THIRD = re.compile(
    r"(?:\(theirs\b|\btheirs,? not\b|\bnot (?:ours|our (?:doing|fault|change|miss))\b|\bnot (?:on |by )?(?:us|our side)\b|"
    r"\bnot (?:on )?you\b(?! (?:again|too|alone))|\bnot (?:your|IT's) (?:fault|doing|miss|problem)\b|\bnothing (?:you|IT) (?:did|could have done)\b|"
    r"\btheir (?:processor|vendor|supplier|carrier|provider|platform|feed|outage|system|side|bug|fault|error|mistake)\b|"
    r"\b(?:vendor|supplier|carrier|provider|contractor|processor|bureau|partner firm)(?:'s|’s)?\b(?: \w+)? (?:was|were|went|failed|outage|delay|fault)|"
    r"\bcame from (?!us\b|our\b|my\b)[A-Z]\w+|\b(?:sat|was|lay|lies|rests) with (?:the |a |their )?(?:\w+ )?(?:vendor|supplier|carrier|bank|bureau|courier|contractor|processor|provider|landlord)\b|"
    r"\bthe (?:vendor|supplier|carrier|bank|bureau|courier|contractor|processor|provider|landlord)(?:'s|’s) |\bnothing to do with (?:us|IT|you|your|our)\b|"
    r"\b(?:was(?:n't| not)|were(?:n't| not)|is(?:n't| not)) (?:on )?(?:you(?: lot| guys| people)?|us|IT|your (?:lot|team|people|side|fault|doing))\b|"
    r"\bnot (?:with|at|from) (?:us|you|IT)\b|\bnot your (?:lot|team|people|side)\b|\(their\b|"  # "furious with Clarion, not with us", "(their hosting)"
    rf"\b(?:that|it|this) was (?:the|their) (?:[\w-]+ )?{_OTHER}\b|\bthe (?:[\w-]+ ){{0,2}}{_OTHER}(?:'s|’s)\s|"  # "that was the courier", "the energy regulator's hub"
    rf"\b(?:held|stuck|delayed|waiting) (?:up )?(?:by|with|at) (?:the |a |their )?(?:[\w-]+ )?{_OTHER}\b|\b(?:shortage|strike|outage) at the (?:[\w-]+ )?{_OTHER}\b|"
    r"\bnot (?:our|the) IT\b|"  # the partner to her team: "That was Paymaster, not our IT"
    rf"\b{_FIRM}s? (?:\([^)]{{1,40}}\) )?(?:had|has|suffered) (?:an? |another )?(?:[\w-]+ ){{0,2}}?(?:outage|failure|fault|incident)\b|"  # "The ELD provider (X) had a 9-hour outage"
    rf"\b{_FIRM}s? (?:[A-Z][\w-]+ )?(?:still )?(?:repriced|withdrew|cancelled|hasn't|has not|hadn't|had not|didn't|did not|never)\b)",  # "the reseller repriced twice", "the vendor Quillon still hasn't sent"
    _I,
)
# The partner's side, in the partner's voice.
_PARTNER_SPOKEN = re.compile(
    r"\b(?:our own (?:doing|fault|mistake)|my own \w+|(?:that|it) was (?:on )?(?:us|our side|my team|my people)|my (?:own )?(?:matrons|team|people|planners|staff|managers|department)\b"
    r"(?: \w+)? (?:were|was|did|didn't|did not|missed|forgot|never|sat on|lost|held)|we (?:were|was) late|my fault|our fault|my mistake)",
    _I,
)
# The partner's side, in our voice.
_PARTNER_NARRATED = re.compile(
    r"\b(?:(?:her|his|their) own\b|(?:her|his|their) (?:team|people|staff|planners|matrons|side) (?:was|were|missed|did)|on (?:her|his|their) side)",
    _I,
)

# Our own admission in so many words, which a firm named in the same line does not undo ("This was our scoping miss: the
# step was in the vendor's optional package and we did not order it").
OWN_ADMISSION = re.compile(r"\b(?:was|were|is|are) (?:all |entirely |wholly )?(?:our|my team's) (?:own )?(?:[\w-]+ )?(?:miss|mistake|oversight|fault|doing)\b|"
                           r"\b(?:that|this|it)(?: one)? (?:is|was) (?:entirely |all |wholly )?(?:ours|on us)\b", re.IGNORECASE)


def cause_said(text: str, speaker: str) -> str:
    """Whose a miss was, in so many words: 'third_party' ("(theirs)", "not ours", "the bureau (X) had an outage"), 'partner'
    ("our own doing" in their mouth, "her own team" in ours), else ''. The one reading of a stated cause: the planner's
    miss_cause and the perception cues (`third_party_said`) both use it."""
    if _THIRD.search(text) and not (speaker != "partner" and (OUR_AGENT.search(text) or OWN_ADMISSION.search(text))):
        return "third_party"  # "our contractor's survey was wrong" is a firm we hired: not a third party's
    if (speaker == "partner" and _PARTNER_SPOKEN.search(text)) or (speaker != "partner" and _PARTNER_NARRATED.search(text)):
        return "partner"
    return ""


# An outside party as the agent of a failure, for the planner's reading of who caused a miss (the perception reading keeps
# its own, narrower list): a named firm as the subject ("Farwave have a mast outage", "Northgrid (the DNO) had a failure")
# or the cause pointed at ("it's the mobile network", "that was their hosting provider").
OUTSIDE_AGENT = re.compile(
    r"(?-i:\b(?!(?:We|I|It|IT|They|He|She|You|Our|My|Your|The|This|That)\b)[A-Z][\w-]+)(?: \([^)]{1,40}\))? (?:have|has|had|suffered) (?:an? |another )?"
    r"(?:[\w-]+ ){0,2}?(?:outage|failure|fault|incident|breach)\b|"
    rf"\b(?:that|it|this)(?:'s|’s| is| was) (?:the|their) (?:[\w-]+ )?{_OTHER}\b|"
    # "Skyline Hosting, our hosting provider, lost a data centre", "Farwave (the mobile carrier) went down": a named firm whose
    # service failed, told with what it is (a firm hired to do our own work, "our contractor", stays ours: OUR_AGENT)
    r"(?-i:\b(?!(?:We|I|It|IT|They|He|She|You|Our|My|Your|The|This|That)\b)[A-Z][\w&-]+(?: [A-Z][\w&-]+)?)(?:, (?:our|the|a|an|their) "
    r"(?:[\w-]+ ){0,3}?(?:carrier|provider|host|hoster|telco|network operator)s?,| \((?:our|the|a|an|their) (?:[\w-]+ ){0,3}?"
    r"(?:carrier|provider|host|hoster|telco|network operator)s?\)) (?:[\w-]+ ){0,2}?(?:lost|failed|had|has|suffered|went (?:down|dark|offline)|"
    r"broke|crashed|dropped|cut)\b|"
    # "(LabCore, vendor-hosted)", "after Acme's failed patch": the service is the outside party's, and so is the failure
    r"\b(?:vendor|carrier|supplier|provider)-(?:hosted|run|managed)\b|\bafter (?-i:[A-Z][\w-]+)(?:'s|’s) (?:own )?(?:failed|faulty|botched|broken|bad)\b",
    _I,
)


def third_party_said(text: str) -> bool:
    """The sentence puts a miss on someone outside IT and the partner's side, in anyone's voice."""
    return cause_said(text, "narrator") == "third_party"


# The sentence pins the miss on us: our change or release, a third party named only to be ruled out.
_OURS = re.compile(
    r"\byour (?:own )?(?:[\w-]+ )?(?:change|release|update|testing|certificate|patch|deployment|code|configuration|upgrade|migration|cut-?over)\b"
    r"|\b(?:the |an? )?(?:change|update|release|patch|upgrade) (?:we|you|your team|it) (?:pushed|made|shipped|ran|put in|applied)\b"
    r"|\bour (?:own )?(?:[\w-]+ )?(?:change|release|update|certificate|patch|deployment|upgrade)\b[^.;]{0,30}?\b(?:broke|expired|failed|caused|took)\b"
    r"|\bwe owned it\b|\b(?:slipped|late|broke|failed|down) on your (?:side|end)\b"
    rf"|\bnot (?:the |their |an? )?(?:[\w-]+ )?{OTHERS}(?:'s|s')?(?! (?:side|end|fault|doing))\b",
    re.IGNORECASE,
)
# The partner holds us to account for a third party's miss: no clearing by the third party's name.
_HELD_TO_ACCOUNT = re.compile(
    r"\byour (?:vendor|supplier|courier|contractor|provider|partner)s?,? your (?:problem|responsibility|fault|call)\b"
    r"|\byou (?:chose|picked|signed|hired|manage|appointed) (?:the |that |this )?(?:[\w-]+ )?(?:vendor|supplier|courier|contractor|provider|firm|company)\b"
    r"|\b(?:don't|do not|doesn't|does not) care whose\b|\b(?:don't|do not) tell me it was (?:the|their)\b",
    re.IGNORECASE,
)
# A miss pinned on someone else without naming a kind of firm: "the outage was the outside counsel platform's".
_POSSESSED_BY_OTHER = re.compile(
    r"\b(?:outage|failure|fault|delay|problem|incident|glitch|slip)\b[^.;]{0,50}?\b(?:was|were) (?:all )?(?:the |their )?((?:[\w-]+ ){0,3}?[\w-]+)'s\b",
    re.IGNORECASE,
)
_US = re.compile(r"\b(?:your|our|it|i\.t\.|it team|the it team|my|his|her)\b", re.IGNORECASE)
# Sarcasm around a pardon or praise: "so forgiven, like the last two times", "no harm done, only our busiest day".
_SARCASM = re.compile(
    r"\b(?:like|as with|same as) the last (?:\w+ )?times?\b|\bonly (?:our|the|my|their) (?:busiest|biggest|most important|worst)\b"
    r"|\bsaid with (?:a|an) (?:face|smirk|sneer|sigh|eye-?roll)\b|\bsarcastic(?:ally)?\b|\b(?:with|dripping with) (?:heavy |some |obvious )?(?:irony|sarcasm)\b"
    r"|\brolled (?:her|his|their|my) eyes\b|\bas (?:always|usual)\b|\boh,? (?:sure|great|wonderful|brilliant)\b",
    re.IGNORECASE,
)
# A lost sale, pitch, bid or renewal: about the market, not about IT, unless the sentence names a failure of ours.
_LOST_SALE = re.compile(
    r"\blost (?:the |a |an |our |that |two |three |both )?(?:[\w-]+ ){0,3}?(?:pitch|bid|sale|deal|tender|contract|renewal|client|account|order)(?:e?s)?\b"
    r"|\b(?:client|customer|prospect|buyer|council)s? (?:went|chose|picked|signed) (?:with|for) (?:a|an|the|another)\b",
    re.IGNORECASE,
)
_IT_FAULT = re.compile(
    r"\b(?:crash(?:ed|es)?|froze|frozen|went down|was down|outage|bug|broke|broken|failed|didn't work|did not work|wasn't ready|was not ready)\b",
    re.IGNORECASE,
)


def ours(sentence: str) -> bool:
    """The sentence pins a miss on us, or holds us to account for a third party's."""
    return bool(_OURS.search(sentence) or _HELD_TO_ACCOUNT.search(sentence))


def held_to_account(sentence: str) -> str | None:
    found = _HELD_TO_ACCOUNT.search(sentence)
    return found.group(0).lower() if found else None


def possessed_by_other(sentence: str) -> bool:
    """"The outage was the outside counsel platform's": someone else's, unless that someone is us."""
    return any(not _US.search(m.group(1)) for m in _POSSESSED_BY_OTHER.finditer(sentence))


def sarcastic(sentence: str) -> bool:
    return bool(_SARCASM.search(sentence))


def lost_sale_not_it(sentence: str) -> bool:
    """A lost sale or pitch that names no failure of ours."""
    return bool(_LOST_SALE.search(sentence)) and not _IT_FAULT.search(sentence)


PARDON_DAYS = 90.0  # a pardon speaks of a recent miss, not of every complaint ever made


def forgiven_before(features: Sequence[Cued]) -> set[int]:
    """Sentences up to the partner's pardon ("we're past it"): earlier in its note, or in the few months before."""
    out: set[int] = set()
    for i, f in enumerate(features):
        if "forgiven" in f.cues and f.speaker != "cio":
            out.update(j for j, g in enumerate(features) if f.age_days < g.age_days <= f.age_days + PARDON_DAYS or (g.note is f.note and j < i))
    return out


def explained_nearby(features: Sequence[Cued]) -> set[int]:
    """Sentences whose miss the next or previous sentence of the same note gives to a third party or the
    partner's side ("Go-live slipped a week." + "Her ward managers had not finished the training.")."""
    out: set[int] = set()
    for i, f in enumerate(features):
        if "ours" in f.cues or not ("third_party" in f.cues or ("own_side" in f.cues and f.speaker == "partner")):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(features) and features[j].note is f.note and "ours" not in features[j].cues:
                out.add(j)
    return out

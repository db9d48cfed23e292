"""Session 13 scorers, from the tune split's b, d and f reasons (v8 folded in as round h1): a value message whose
"goal" is a request, a deliverable or a deadline ("you need a quote by December 15th", "you want a comparison with
three similar trusts by 4 December": "nothing of her measure"), an apology for a miss the notes show healed or not
ours ("apologises for the slip she closed ('Done')", "a shared-cause incident he forgave ('We're fine')"), and the
meeting's purpose pasted into a template line ("Yes to the how we answer his ... question": "cannot be said aloud").
None needs a key: they read the value message, the notes and the purpose."""

from __future__ import annotations

import re

from evals.coach_scorers.deadlines import STOCK_PURPOSES
from evals.coach_scorers.facts import Context
from evals.coach_scorers.misses import FORGIVEN, THIRD_PARTY, _note_context, owning_sentences
from evals.coach_scorers.value_words import SLOT
from evals.coach_scorers.view import PlanView, sentences, words
from evals.scorers import Score, lower

# A goal or measure: a figure, a from-to, a direction of change.
MEASURE = re.compile(r"\d+\s?%|\bfrom\b.{1,30}\bto\b|\b(?:down|up|fewer|more|less|lower|higher|faster|quicker|"
                     r"reduc\w*|cut\w*|grow\w*|rais\w*|improv\w*|zero|halv\w*|doubl\w*)\b", re.I)
# A request or deliverable at the head of the slot ("you want a comparison ...", "you need me to give them access").
ASK_HEAD = re.compile(r"^(?:me to \w+|a yes\b|someone|somebody|(?:a|an|the|our|your|some|one)\b(?:\s+\S+){0,3}?\s*\b"
                      r"(?:estimate|comparison|benchmark|quote|proposal|breakdown|number|yes|answer|decision|access|"
                      r"analyst|date|plan|paper|report|pilot|seat|demo|one-pager|business case|costing|list|slot|"
                      r"meeting|call|update|review|name|confirmation|sign-?off|figures?|person|console|tablets?)\b)",
                      re.I)
# A deadline in the slot: the date the partner needs the thing by, not what the thing is for.
DEADLINE = re.compile(r"\b(?:by|before|due|until|deadline)\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                      r"oct|nov|dec|mon|tue|wed|thu|fri|end\b|your|his|her|the (?:\w+ )?(?:committee|board|meeting))",
                      re.I)
GOAL_VERB = re.compile(r"^to\s+(?!me\b)\w+", re.I)
# What the partner's people gain, said without the "you want" slot ("which hours your team can win back").
THEIR_GAIN = re.compile(r"\byour (?:team|people|staff|nurses|customers|patients|students|drivers|agents|members)\b"
                        r"(?:\s+\S+){0,3}?\s+(?:can|could|will|gets?|keeps?)\b", re.I)
IN_THEIR_WORDS = re.compile(r"\bas you put it\b", re.I)


def slot_kind(slot: str) -> str:
    """'goal' (a measure, or 'to <verb> ...' of theirs), 'ask' (a request, deliverable or deadline) or 'other'."""
    if ASK_HEAD.search(slot):
        return "ask"
    if MEASURE.search(slot):
        return "goal"
    if DEADLINE.search(slot):
        return "ask"
    return "goal" if GOAL_VERB.search(slot) else "other"


def _message(view: PlanView) -> str:
    return view.value_message or view.section("value message")


def score_value_goal_missing(view: PlanView, ctx: Context) -> Score:
    """Fails when the value message gives no goal of the partner's: no 'you want / you need ...' (or 'as you put it')
    holding a measure or an aim; a request, a deliverable or a deadline in that slot is the meeting's item, not the
    goal the value serves (f's reasons: "her quote deadline ...; nothing of students learning")."""
    said = _message(view)
    if not said.strip():
        return lower("value_goal_missing", 1.0, 0.0, "no value message", n=1)
    if IN_THEIR_WORDS.search(said):
        return lower("value_goal_missing", 0.0, 0.0, "the partner's own words ('as you put it')", n=1)
    slots = [m.group(1) for s in sentences(said) for m in [SLOT.search(s)] if m]
    if not slots and (MEASURE.search(said) or THEIR_GAIN.search(said)):  # a goal said in other words than "you want"
        return lower("value_goal_missing", 0.0, 0.0, "a goal of theirs in the message's own words", n=1)
    kinds = [slot_kind(s) for s in slots]
    if "goal" in kinds:
        return lower("value_goal_missing", 0.0, 0.0, f"a goal of theirs: {slots[kinds.index('goal')][:90]}", n=1)
    if "ask" in kinds:
        reason = f"a request or deadline as the goal: {slots[kinds.index('ask')][:90]}"
    else:
        reason = "no goal of the partner's in the message" + (f": {slots[0][:90]}" if slots else "")
    return lower("value_goal_missing", 1.0, 0.0, reason, n=1)


# Around a miss in the notes: the partner closed it or says it was not ours, in words the labels do not hold.
HEALED = re.compile(r"(we(?:'|’)?re fine|we are fine|\bdone\b[.!\"”']|not your fault|not (?:IT|it)(?:'|’)s fault|"
                    r"no harm done|all good|forget (?:it|about it)|it happens|consider it closed|that(?:'|’)s closed|"
                    r"not on you|don(?:'|’)t beat yourselves up|no need to (?:apologi[sz]e|revisit)|forgave|"
                    r"behind me)", re.I)


def score_apology_healed(view: PlanView, ctx: Context) -> Score:
    """Fails when a sentence owning a miss shares its words with note lines that show the miss closed, forgiven or
    someone else's. Read from the notes even where a key labels the misses (wrong_apology reads only the labels
    there, and a label in other words than the plan's is missed)."""
    owned = owning_sentences(view)
    for sentence in owned:
        around = " ".join(_note_context(sentence, ctx.notes))
        cue = around and (HEALED.search(around) or FORGIVEN.search(around) or THIRD_PARTY.search(around))
        if cue:
            return lower("apology_healed", 1.0, 0.0, f"owns a miss the notes close ('{cue.group(0)}'): {sentence[:120]}")
    return lower("apology_healed", 0.0, 0.0, f"{len(owned)} owning sentence(s), none on a closed miss")


PASTED_RUN = 5  # words of the purpose in a row inside one plan sentence


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in words(text)]


def score_purpose_pasted(view: PlanView, ctx: Context) -> Score:
    """Counts plan sentences holding five words in a row of a free-text purpose (the meeting's aim written for the
    CIO, in the third person: "Yes to the how we answer his Korea build-vs-buy question"); fails at one. Stock
    purposes (quarterly review, ...) and short ones are not read."""
    purpose = ctx.purpose or view.purpose
    tokens = _tokens(purpose)
    stock = purpose.lower().startswith(STOCK_PURPOSES) and "(" not in purpose
    if stock or len(tokens) < PASTED_RUN + 1:
        return lower("purpose_pasted", 0.0, 0.0, "a stock or short purpose", n=0)
    grams = {tuple(tokens[i:i + PASTED_RUN]) for i in range(len(tokens) - PASTED_RUN + 1)}
    pasted = []
    for s in sentences(view.spoken_text()):
        st = _tokens(s)
        if not s.lower().startswith("purpose") and any(tuple(st[i:i + PASTED_RUN]) in grams
                                                      for i in range(len(st) - PASTED_RUN + 1)):
            pasted.append(s)
    reason = f"{len(pasted)} sentence(s) with the purpose pasted" + (f", e.g. '{pasted[0][:100]}'" if pasted else "")
    return lower("purpose_pasted", float(len(pasted)), 0.0, reason)


# The partner called by role in the plan's own lines ("your partner reads as cost centre", "what the partner asked").
PARTNER_GENERIC = re.compile(r"\b(?:the|your|this) partner\b|\bpartner reads\b", re.I)
UNNAMED_FULL = 3  # this many lines = the feature at 1.0


def score_partner_unnamed(view: PlanView) -> Score:
    """Counts the plan's spoken lines that call the partner 'the partner' / 'your partner' instead of by name: a line
    the CIO cannot say to them, and a sign of a template (reasons: "'your partner reads as cost centre'", "'Plan:
    partner'"); fails at one."""
    found = PARTNER_GENERIC.findall(view.spoken_text())
    return lower("partner_unnamed", float(len(found)), 0.0,
                 f"{len(found)} line(s) call them 'the partner'" if found else "the partner is named, not called by role")


__all__ = ["score_partner_unnamed", "score_apology_healed", "score_purpose_pasted", "score_value_goal_missing", "slot_kind"]

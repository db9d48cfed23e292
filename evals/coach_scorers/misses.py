"""Apologising for the wrong thing: owning a miss that was a third party's, that the partner forgave,
or that never happened (the rubric's first failure)."""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context, content_words
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# A sentence in which the CIO owns a miss.
OWNING = re.compile(
    r"\b(sorry|apologi[sz]e|apology|we (?:missed|let you down|got (?:it|that|this) wrong|were late|slipped|failed)|"
    r"our (?:miss|fault|mistake|failure|slip)|(?:i|we) own (?:the|that|this|it)\b(?! outcome)|"
    r"owning (?:the|that|this) (?:miss|failure|slip|delay|problem)|"
    r"not here to explain it away|cost your team|let your team down|that was on us|on us,|what went wrong with|was ours|"
    r"(?:we were|i was) too slow|is now owned by|explain it away)", re.I)
# Around the miss in the notes: someone else's doing, forgiven, or praise rather than a miss.
THIRD_PARTY = re.compile(r"\b(vendor|supplier|carrier|contractor|provider|third[- ]party|their (?:side|team|fault)|"
                         r"not (?:ours|us|our fault)|wasn't us|was not us|outside our|telco|utility company|landlord)\b", re.I)
FORGIVEN = re.compile(r"(behind (?:us|him|her|them)|water under the bridge|no hard feelings|forgiven|moved on|"
                      r"let it go|put it to bed|no problem|don't worry about|nothing to apologi[sz]e|fair enough|"
                      r"drawn a line)", re.I)
PRAISE = re.compile(r"\b(thank|thanks|credit|praised|painless|smooth(?:est)?|brilliant|great job|well done|"
                    r"delivered what|on the day|pleased|happy with|kudos)\b", re.I)
MISS = re.compile(r"\b(miss(?:ed)?|late|slip(?:ped|s)?|outage|down for|went down|was down|failed|failure|broke|incident|"
                  r"delay(?:ed)?|overran|crash(?:ed)?|lost|still not|not live|not done|not there|third (?:promise|date)|"
                  r"promised for|on us|dark|freeze|froze|dead)\b", re.I)


def owning_sentences(view: PlanView) -> list[str]:
    """Each sentence that owns a miss, with the two sentences after it (where the plan names what it owns)."""
    all_s = view.sentences()
    return [" ".join(all_s[i:i + 3]) for i, s in enumerate(all_s) if OWNING.search(s)]


def _from_facts(owned: list[str], ctx: Context) -> list[str] | None:
    f = ctx.facts
    if f.third_party_misses is None and f.forgiven_misses is None:
        return None
    wrong = []
    for sentence in owned:
        for label, items in (("third party's miss", f.third_party_misses or []), ("forgiven miss", f.forgiven_misses or [])):
            for item in items:
                if item.found_in(sentence):
                    wrong.append(f"owns the {label} '{item.text}': {sentence[:140]}")
    return wrong


def _note_context(sentence: str, notes: str) -> list[str]:
    """Note sentences that share a distinctive word with the plan sentence."""
    keys = [w for w in content_words(sentence, 5) if w not in {"really", "making", "explain", "changed", "happen"}]
    return [s for s in sentences(notes) if any(k in s.lower() for k in keys)]


def _from_notes(owned: list[str], ctx: Context) -> list[str]:
    wrong = []
    if owned and not MISS.search(ctx.notes):
        return [f"owns a miss the notes never mention: {owned[0][:140]}"]
    for sentence in owned:
        around = " ".join(_note_context(sentence, ctx.notes))
        if not around:
            continue
        for label, pattern in (("a third party's", THIRD_PARTY), ("a forgiven", FORGIVEN), ("a declined idea as a", _declined())):
            if pattern.search(around):
                wrong.append(f"owns {label} miss: {sentence[:140]}")
                break
        else:
            if PRAISE.search(around) and not MISS.search(around):
                wrong.append(f"owns something the partner praised: {sentence[:140]}")
    return wrong


def score_wrong_apology(view: PlanView, ctx: Context) -> Score:
    owned = owning_sentences(view)
    wrong = _from_facts(owned, ctx)
    source = "facts"
    if wrong is None:
        wrong, source = _from_notes(owned, ctx), "notes"
    elif owned and not MISS.search(ctx.notes):
        wrong.append(f"owns a miss the notes never mention: {owned[0][:140]}")
    reason = "; ".join(wrong) if wrong else f"{len(owned)} owning sentence(s), none wrong ({source})"
    return lower("wrong_apology", 1.0 if wrong else 0.0, 0.0, reason)


def _declined() -> re.Pattern[str]:
    from evals.coach_scorers.situation import DECLINED

    return DECLINED

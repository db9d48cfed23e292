"""Checks on the plan's text itself: private contact details, length of the main view, the value
statement pasted, sentences reused across partners, and whether the purpose changes the plan."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache

from evals.coach_scorers.facts import Context
from evals.coach_scorers.view import PlanView, words
from evals.scorers import Score, higher, lower

EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
PERSONAL_DOMAINS = ("gmail.", "googlemail.", "hotmail.", "outlook.", "live.", "yahoo.", "icloud.", "me.com", "proton",
                    "gmx.", "aol.", "btinternet.", "web.de", "orange.fr", "free.fr")
PHONE = re.compile(r"(?<![\w-])\+?\(?\d[\d ()./-]{7,18}\d(?![\w-])")
MAIN_VIEW_WORDS = 300
PASTE_RUN = 10          # this many words in a row from the value statement = pasted
REUSE_WORDS = 12        # sentences this long or longer count for boilerplate
PURPOSE_CHANGE = 0.2    # at least this share of sentences differs between two purposes


def phones(text: str) -> list[str]:
    out = []
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 9 <= len(digits) <= 15 and not re.search(r"\d{4}-\d{2}", m.group(0)) and not re.fullmatch(r"[\d,.]+", m.group(0)):
            out.append(m.group(0).strip())
    return out


def score_pii(view: PlanView, ctx: Context) -> Score:
    text = view.full_text()
    found = phones(text)
    found += [m.group(0) for m in EMAIL.finditer(text) if m.group(1).lower().startswith(PERSONAL_DOMAINS)]
    found += [p for p in ctx.facts.private or [] if p.lower() in text.lower()]
    reason = f"private details: {', '.join(sorted(set(found)))}" if found else "no phone number or personal e-mail"
    return lower("pii_in_plan", float(len(set(found))), 0.0, reason)


def score_main_length(view: PlanView, limit: int = MAIN_VIEW_WORDS) -> Score:
    n = len(words(view.main_text()))
    where = "one thing + script + open items" if view.has_new_fields else "whole plan (no main-view fields)"
    return lower("main_view_words", float(n), float(limit), f"{n} words in the main view ({where})")


def longest_shared_run(a: str, b: str) -> int:
    """Length of the longest run of words (lower case) that appears in both texts."""
    x, y = [w.lower() for w in words(a)], [w.lower() for w in words(b)]
    if not x or not y:
        return 0
    return SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size


def score_value_pasted(view: PlanView, ctx: Context, run: int = PASTE_RUN) -> Score:
    if not ctx.value_statement.strip():
        return lower("value_pasted", 0.0, 0.0, "no value statement", n=0)
    shared = longest_shared_run(view.spoken_text(), ctx.value_statement)
    pasted = shared >= run
    reason = f"{shared} words in a row from the value statement" + (" (pasted, not translated)" if pasted else "")
    return lower("value_pasted", 1.0 if pasted else 0.0, 0.0, reason)


def _normal(sentence: str, names: list[str]) -> str:
    return _normaliser(tuple(n.lower() for n in names if n))(sentence)


@lru_cache(maxsize=1024)
def _normaliser(names: tuple[str, ...]) -> Callable[[str], str]:
    """Lower case, the partner's names masked, digits as '#', words only."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None

    def normal(sentence: str) -> str:
        s = sentence.lower()
        s = pattern.sub("<name>", s) if pattern else s
        return " ".join(words(re.sub(r"\d+", "#", s)))

    return normal


def reused_sentences(plans: Mapping[str, tuple[str, PlanView]]) -> dict[str, list[str]]:
    """Per plan id: its long sentences that another partner's plan in the run also has.

    `plans` maps plan id -> (partner key, view); plans of the same partner (other purposes) do not count.
    Partner names are masked, so 'That is a fair question, Dana' and '..., Henrik' are the same sentence.
    """
    owners: dict[str, set[str]] = {}
    per_plan: dict[str, list[tuple[str, str]]] = {}
    for pid, (partner, view) in plans.items():
        names = [n for n in view.partner.split() if len(n) > 1]
        pairs = [(s, _normal(s, names)) for s in view.sentences() if len(words(s)) >= REUSE_WORDS]
        per_plan[pid] = pairs
        for _, key in pairs:
            owners.setdefault(key, set()).add(partner)
    return {pid: [s for s, key in pairs if len(owners[key]) > 1] for pid, pairs in per_plan.items()}


def score_boilerplate(view: PlanView, reused: list[str]) -> Score:
    long = [s for s in view.sentences() if len(words(s)) >= REUSE_WORDS]
    if not long:
        return lower("boilerplate_rate", 0.0, 0.0, "no long sentence", n=0)
    example = f"; e.g. '{reused[0][:100]}'" if reused else ""
    return lower("boilerplate_rate", len(reused) / len(long), 0.0,
                 f"{len(reused)}/{len(long)} long sentences also in another partner's plan{example}", n=len(long))


def purpose_change(a: PlanView, b: PlanView) -> float:
    """Share of sentences (purpose words masked) that differ between two plans for the same partner."""
    def keyed(view: PlanView) -> set[str]:
        return {_normal(s, [view.purpose]) for s in view.sentences() + ([view.one_thing] if view.one_thing else [])}

    x, y = keyed(a), keyed(b)
    union = x | y
    return 1 - len(x & y) / len(union) if union else 0.0


def score_purpose(a: PlanView, b: PlanView, minimum: float = PURPOSE_CHANGE) -> Score:
    change = purpose_change(a, b)
    return higher("purpose_sensitivity", change, minimum,
                  f"{change:.0%} of sentences differ between '{a.purpose}' and '{b.purpose}'")


def _skeleton(sentence: str, note_grams: set[tuple[str, ...]], names: list[str]) -> tuple[str, int]:
    """The sentence with every run of 2+ words copied from the notes, numbers and mid-sentence capitals masked."""
    toks = words(sentence)
    low = [t.lower() for t in toks]
    out: list[str] = []
    slots, i = 0, 0
    while i < len(toks):
        n = next((n for n in range(6, 1, -1) if tuple(low[i:i + n]) in note_grams), 0)
        if n:
            out.append("_")
            slots, i = slots + 1, i + n
            continue
        t = toks[i]
        masked = t[0].isdigit() or (i > 0 and t[0].isupper() and low[i] not in ("i",)) or low[i] in names
        out.append("_" if masked else low[i])
        slots += masked
        i += 1
    return " ".join(out), slots


def _note_grams(notes: str) -> set[tuple[str, ...]]:
    low = [w.lower() for w in words(notes)]
    return {tuple(low[i:i + n]) for n in range(2, 7) for i in range(len(low) - n + 1)}


def slot_sentences(plans: Mapping[str, tuple[str, PlanView, str]]) -> dict[str, list[str]]:
    """Per plan id: sentences that are another partner's sentence with different words from the notes in its slots.

    `plans` maps plan id -> (partner key, view, notes). A template sentence filled with phrases from the notes
    ("an answer on the cleaning contract") is what a coach calls stitched; exact repeats are `reused_sentences`.
    """
    skeletons: dict[str, set[str]] = {}
    per_plan: dict[str, list[tuple[str, str]]] = {}
    for pid, (partner, view, notes) in plans.items():
        grams = _note_grams(notes)
        names = [n.lower() for n in view.partner.split()]
        pairs = []
        for s in view.sentences():
            if len(words(s)) >= 6:
                skel, slots = _skeleton(s, grams, names)
                if slots and len(skel.split()) - skel.split().count("_") >= 4:
                    pairs.append((s, skel))
                    skeletons.setdefault(skel, set()).add(partner)
        per_plan[pid] = pairs
    return {pid: [s for s, k in pairs if len(skeletons[k]) > 1] for pid, pairs in per_plan.items()}


def score_stitched(view: PlanView, stitched: list[str]) -> Score:
    total = [s for s in view.sentences() if len(words(s)) >= 6]
    if not total:
        return lower("stitched_rate", 0.0, 0.0, "no sentence", n=0)
    example = f"; e.g. '{stitched[0][:100]}'" if stitched else ""
    return lower("stitched_rate", len(stitched) / len(total), 0.0,
                 f"{len(stitched)}/{len(total)} sentences are another partner's template with note phrases in its slots{example}",
                 n=len(total))

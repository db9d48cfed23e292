"""Scorers that read the evaluation set's own labels, and template slots left showing.

- `labelled_facts`: the share of the scenario's labelled key facts and open items (an eval set's reference
  answer: `facts`, `open_items`) that the plan names in its own words (not in the evidence it quotes). A plan
  that names none of them is the generic script reviewers call "could be pasted into any partner's plan" and
  "ignores what is on the table". Without labels, the notes' proper nouns and numbers stand in for them.
- `slot_filler`: sentences where a template slot shows: a noun phrase dropped into "what X means for your
  team", "when X works, nobody ...", "one question about X", "the reporting on X is working", "our work
  together". Reviewers call them stitched, empty or false (rubric: "A topic in the wrong slot").
"""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context, Item, content_words
from evals.coach_scorers.situation import items_from_notes
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, higher, lower

# Template sentences whose slot takes whatever noun phrase the notes offered.
SLOT = re.compile(
    r"\bwhat (?:the |our |your )?[\w'’ -]{2,50}? (?:means|could change|could do|would change) for (?:your|their|the) team\b|"
    r"\bwhen (?:the |our |your )?[\w'’ -]{2,50}? works, (?:nobody|no one)\b|"
    r"\bone (?:question|idea|small step) (?:about|for|on) (?:the |our |your )?[\w'’ -]{2,40}?[.,;]|"
    r"\bthe reporting on [\w'’ -]{2,50}? is working\b|"
    r"\bif anything about [\w'’ -]{2,50}? stops working\b|"
    r"\b[\w'’ -]{2,50}? is about keeping your work running\b|"
    r"\bour work together\b|"
    r"\bhow is (?:it|the [\w'’ -]{2,40}?) going from your side\b|"
    r"\bthe (?:failure|delay|outage|slip) (?:of|to) (?:the )?(?:failure|delay|outage|covering|team)\b",
    re.I)
# Specific tokens: capitalised words not at a sentence start, and numbers (a stand-in for labels).
TOKEN = re.compile(r"(?<=[a-z,;:(] )([A-Z][A-Za-z0-9&'-]{2,})|(\d[\d.,%]*\d%?|\d+%)")
SKIP = set("january february march april may june july august september october november december monday tuesday "
           "wednesday thursday friday saturday sunday".split())


def _labels(ctx: Context) -> tuple[list[Item], str]:
    # A short fact ("WD2", "14 of 60") is matched as written; a longer one by two of its longer words.
    items = [Item(f, [f.lower()] if len(content_words(f, 5)) < 2 else []) for f in ctx.key_facts]
    items += [i for i in ctx.facts.open_items or [] if i.text]
    if items:
        return items, "labels"
    name = {w.lower() for w in ctx.partner.split()}
    tokens = {(m.group(1) or m.group(2)).lower() for m in TOKEN.finditer(ctx.notes)}
    tokens = {t for t in tokens if t not in name and t not in SKIP and not re.fullmatch(r"20\d\d", t)}
    return [Item(t, [t]) for t in sorted(tokens)], "notes"


def score_labelled_facts(view: PlanView, ctx: Context) -> Score:
    items, source = _labels(ctx)
    if not items:
        return higher("labelled_facts", 1.0, 0.5, "no labelled fact and no name or number in the notes", n=0)
    text = view.answer_text()
    named = [i for i in items if i.mentioned(text)]
    missed = [i.text for i in items if i not in named]
    reason = f"{len(named)}/{len(items)} named ({source})" + (f"; not named: {'; '.join(missed)[:200]}" if missed else "")
    return higher("labelled_facts", len(named) / len(items), 0.5, reason, n=len(items))


def slot_sentences_of(view: PlanView) -> list[str]:
    return [s for s in sentences(view.answer_text()) if SLOT.search(s)]


def score_slot_filler(view: PlanView) -> Score:
    found = slot_sentences_of(view)
    return lower("slot_filler", float(len(found)), 0.0, "; ".join(s[:100] for s in found[:3]) or "no template slot shows")


def lead_lines(view: PlanView) -> list[str]:
    """The one thing (or the goal) and the script lines (or the opening): what the CIO reads and says first."""
    lead = view.one_thing or view.section("goal for this meeting")
    script = view.script or [s for s in view.section("opening").splitlines() if s.strip()][:3]
    return [line for line in (lead, *script) if line.strip()]


def _open_items(ctx: Context) -> tuple[list[Item], str]:
    """The labelled open items, else the partner's asks and offers in the newest notes, else the key facts."""
    labelled = [i for i in ctx.facts.open_items or [] if i.text]
    if labelled:
        return labelled, "labels"
    asks = items_from_notes(ctx)
    return (asks, "asks in the notes") if asks else _labels(ctx)


def score_lead_names_items(view: PlanView, ctx: Context) -> Score:
    """Share of the lead lines (one thing, script) that name one of this partner's open items (labelled, else the
    asks in the newest notes, else key facts or names and numbers): a generic one thing or script names none."""
    items, source = _open_items(ctx)
    lines = lead_lines(view)
    if not lines or not items:
        return higher("lead_names_items", 0.0 if items else 1.0, 0.5, "no one thing or script" if items else "no items", n=0)
    naming = [line for line in lines if any(i.mentioned(line) for i in items)]
    return higher("lead_names_items", len(naming) / len(lines), 0.5,
                  f"{len(naming)}/{len(lines)} lead lines name this partner's items ({source})", n=len(lines))

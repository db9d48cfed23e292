"""What the reviewers name in value messages (session 8, tune split): stock lines that carry no meaning of this
partner ("our part is the systems and the information behind that"), the partner's ask or the CIO's own note slotted
in as the partner's goal ("you want a comparison with ..."), and a message built on work already delivered."""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context
from evals.coach_scorers.record import _delivered_sentences, _done_by_notes, _grams, cio_views
from evals.coach_scorers.situation import REQUEST
from evals.coach_scorers.view import PlanView, sentences
from evals.scorers import Score, lower

# Lines that fit every partner: a fixed sentence for the function, a parking promise, method talk.
STOCK = re.compile(
    r"(our part(?: is|:) (?:that )?(?:the )?systems|systems (?:and (?:the )?information )?behind (?:that|it)|"
    r"systems? (?:keep|keeps) (?:running|working)|technology you can rely on|numbers (?:your team|you) can trust|"
    r"one part of what we promise|small, dated and owned|the job technology should do|you will have an answer on|"
    r"we will report on it|proposing one small step|our part: helping your team|an answer to your offer comes|"
    r"suggest starting with one report|which question your team)", re.I)
SLOT = re.compile(r"\byou (?:want|need|asked(?: for)?|would like)\b(?: (?:me )?to)?\s+(.{6,})", re.I)


def _message(view: PlanView) -> str:
    return view.value_message or view.section("value message")


def score_value_stock(view: PlanView) -> Score:
    """Share of the value message's sentences that are stock lines (fail when over half)."""
    said = sentences(_message(view))
    if not said:
        return lower("value_stock", 0.0, 0.5, "no value message", n=0)
    stock = [s for s in said if STOCK.search(s)]
    reason = f"{len(stock)}/{len(said)} stock line(s)" + (f", e.g. '{stock[0][:90]}'" if stock else "")
    return lower("value_stock", len(stock) / len(said), 0.5, reason, n=1)


def score_value_slotted_ask(view: PlanView, ctx: Context) -> Score:
    """Fails when the value message gives, as the partner's want, three words in a row of a request in the notes or of
    the CIO's own note: the ask pasted into the goal slot instead of the goal it serves."""
    slots = [m.group(1) for s in sentences(_message(view)) for m in [SLOT.search(s)] if m]
    if not slots:
        return lower("value_slotted_ask", 0.0, 0.0, "no 'you want ...' in the value message", n=0)
    asks = [s for s in sentences(ctx.notes) if REQUEST.search(s)] + cio_views(ctx.notes)
    grams = [_grams(a, 3) for a in asks]
    wrong = [s for s in slots if any(g & _grams(s, 3) for g in grams)]
    reason = f"an ask as the goal: {'; '.join(w[:80] for w in wrong)}" if wrong else "the goal is not an ask's words"
    return lower("value_slotted_ask", 1.0 if wrong else 0.0, 0.0, reason, n=1)


def score_value_on_delivered(view: PlanView, ctx: Context) -> Score:
    """Fails when a sentence of the value message is about something the notes show delivered (or labelled kept)."""
    said = sentences(_message(view))
    if not said:
        return lower("value_on_delivered", 0.0, 0.0, "no value message", n=0)
    delivered = _delivered_sentences(ctx)
    labelled = ctx.facts.delivered or []
    wrong = [s for s in said if any(i.mentioned(s) for i in labelled) or _done_by_notes(s, delivered)]
    reason = f"built on delivered work: {wrong[0][:100]}" if wrong else "not about delivered work"
    return lower("value_on_delivered", 1.0 if wrong else 0.0, 0.0, reason, n=1)


def their_goal(view: PlanView, ctx: Context) -> float:
    """How far the value message starts from the partner: 0.5 for a 'you want / you need ...' of theirs, 1.0 when it
    is in the notes' own words (three in a row, not the value statement's). A goodness feature (tune split: reviewers
    score such messages 2 where the template ones get 1, even when the reasons fault the slot)."""
    slots = [m.group(1) for s in sentences(_message(view)) for m in [SLOT.search(s)] if m]
    if not slots:
        return 0.0
    notes = _grams(ctx.notes, 3) - _grams(ctx.value_statement, 3)
    return 1.0 if any(_grams(s, 3) & notes for s in slots) else 0.5

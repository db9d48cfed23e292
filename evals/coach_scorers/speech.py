"""Can the CIO say it, and is it this partner's: an unsayable first line (run-on quote, word list, too
long), word lists in the script, value-statement fragments pasted into the value message, the CIO's
own note spoken to the partner, a demand recast as the partner's goal, our offer thanked as theirs,
and lines that would fit any partner."""

from __future__ import annotations

import re
from collections.abc import Mapping

from evals.coach_scorers.facts import STOP, Context
from evals.coach_scorers.situation import DECLINED
from evals.coach_scorers.surface import longest_shared_run
from evals.coach_scorers.view import QUOTE, PlanView, sentences, words
from evals.scorers import Score, lower

FIRST_LINE_WORDS = 40   # one breath; reviewers still rated 31-36-word first lines 3 on e (tune split)
QUOTE_WORDS = 12
FRAGMENT_RUN = 4
GENERIC_SHARE = 0.5     # a plan fails when more than half its main lines could be said to anyone
# Four or more items of one or two words, separated by commas: "electricity, reliable, cheaper, closes".
WORD_LIST = re.compile(r"(?:\b[\w'’-]+(?: [\w'’-]+)?, ){3,}(?:and )?[\w'’-]+(?: [\w'’-]+)?\b")
DANGLING = re.compile(r"\b(?:the|a|an|of|from|for|with|and|or|by)\s*[.:]?\s*$", re.I)  # "used to." and "carry on." end fine
# The CIO's voice in a note: the partner in the third person, or the CIO's own reading.
CIO_VOICE = re.compile(r"^\s*(?:[-*•]\s*)?(?:he|she|they|his|her|their)\b|\bmy (?:read|sense|view|take)\b|"
                       r"\bI (?:think|thought|suspect|sense|felt|feel|believe|wonder|came away)\b|note to self|\bseems\b", re.I)
THIRD = re.compile(r"\b(he|she|him|his|her|hers|has)\b", re.I)  # "you ... has stopped": the note's third person kept
GOAL = re.compile(r"\b(you want|your goal|what you want|you need|you care about)\b", re.I)
DEMAND = re.compile(r"\b(cut|cuts|reduc\w+|down by|\d+\s?%|weekly status|status (?:note|report)|permission|"
                    r"me at|a seat|retreat|invit\w+|to hear in|finished|named (?:person|contact))\b", re.I)
THANK_OFFER = re.compile(r"(thank\w*[^.]{0,40}\boffer\w*|you offered|your offer)", re.I)
OUR_OFFER = re.compile(r"\b(?:we|i|it|my team) (?:offered|proposed|suggested|pitched)\b", re.I)


def unsayable(line: str) -> list[str]:
    """Why a line cannot be said aloud as written (empty when it can)."""
    why = []
    n = len(words(line))
    if n > FIRST_LINE_WORDS:
        why.append(f"{n} words")
    long_quotes = [q for q in (a or b for a, b in QUOTE.findall(line)) if len(words(q)) > QUOTE_WORDS]
    if long_quotes:
        why.append("a run-on quote")
    if WORD_LIST.search(line):
        why.append("a word list")
    if (line.count('"') + line.count("“") + line.count("”")) % 2:
        why.append("a broken quote")
    if DANGLING.search(line) or re.search(r"[:;]\s*$", line):
        why.append("breaks off")
    return why


def score_first_line(view: PlanView) -> Score:
    from evals.coach_scorers.history import lead_text

    line = lead_text(view)
    if not line:
        return lower("unsayable_first_line", 1.0, 0.0, "no first line to say")
    why = unsayable(line)
    reason = f"first line has {', '.join(why)}: {line[:100]}" if why else "the first line can be said aloud"
    return lower("unsayable_first_line", 1.0 if why else 0.0, 0.0, reason)


def score_word_lists(view: PlanView) -> Score:
    """Comma lists of single words in what the CIO says (script, opening, teaching, value message)."""
    text = "\n".join([*view.script, view.section("opening", "teach", "question"), view.value_message])
    found = [m.group(0) for m in WORD_LIST.finditer(text) if not re.search(r"\d", m.group(0))]
    reason = f"word list: {found[0][:80]}" if found else "no word list"
    return lower("word_list", min(1.0, len(found) / 2), 0.0, reason)


def score_value_fragment(view: PlanView, ctx: Context) -> Score:
    """A run of four or more words of the value statement inside the value message: pasted, not translated."""
    message = view.value_message or view.section("value message")
    if not ctx.value_statement.strip() or not message:
        return lower("value_fragment", 0.0, 0.0, "no value statement or message", n=0)
    run = longest_shared_run(message, ctx.value_statement)
    return lower("value_fragment", 1.0 if run >= FRAGMENT_RUN else 0.0, 0.0,
                 f"{run} words in a row of the value statement in the value message")


def _unquoted(text: str) -> str:
    return QUOTE.sub(" | ", re.sub(r"'[^']{3,300}'", " | ", text))


def cio_note_spoken(view: PlanView, ctx: Context) -> list[str]:
    """Sentences said to the partner ('you') that carry a third-person run of the CIO's own note."""
    voiced = [_unquoted(s) for s in sentences(ctx.notes) if CIO_VOICE.search(s)]
    out = []
    spoken = [view.one_thing, *view.script, view.section("opening", "question"), view.value_message]
    for s in sentences(QUOTE.sub(" | ", "\n".join(p for p in spoken if p))):  # notes quoted as evidence are not spoken
        if not re.search(r"\byou\b", s, re.I) or re.match(r"where you may get defensive", s, re.I):
            continue
        for note in voiced:
            run = _shared_run_text(s, note)
            if len(run) >= 4 and THIRD.search(" ".join(run)):
                out.append(s)
                break
    return out


def _shared_run_text(a: str, b: str) -> list[str]:
    from difflib import SequenceMatcher

    x, y = [w.lower() for w in words(a)], [w.lower() for w in words(b)]
    if not x or not y:
        return []
    m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return x[m.a:m.a + m.size]


def score_cio_note_spoken(view: PlanView, ctx: Context) -> Score:
    found = cio_note_spoken(view, ctx)
    reason = f"the CIO's note said to the partner: {found[0][:120]}" if found else "no note of the CIO's spoken to the partner"
    return lower("cio_note_spoken", min(1.0, float(len(found))), 0.0, reason)


def demands_as_goals(view: PlanView, ctx: Context) -> list[str]:
    """Goal sentences ('you want ...') whose object is a demand, an invitation or something declined."""
    declined = [s for s in sentences(ctx.notes) if DECLINED.search(s)]
    slots = "\n".join([view.one_thing, view.section("goal"), view.value_message])
    out = []
    for s in sentences(slots):
        match = GOAL.search(s)
        if not match:
            continue
        tail = re.split(r"\b(?:so|so that|because)\b", s[match.end():])[0]  # the goal, not what it is for
        if DEMAND.search(tail) or any(len(_shared_run_text(tail, d)) >= 4 for d in declined):
            out.append(s)
    return out


def score_demand_as_goal(view: PlanView, ctx: Context) -> Score:
    found = demands_as_goals(view, ctx)
    reason = f"a demand or refusal recast as the partner's goal: {found[0][:120]}" if found else "no demand given as a goal"
    return lower("demand_as_goal", min(1.0, float(len(found))), 0.0, reason)


def score_inverted_offer(view: PlanView, ctx: Context) -> Score:
    """The plan thanks the partner for an offer that the notes show was ours."""
    ours = [s for s in sentences(ctx.notes) if OUR_OFFER.search(s)]
    wrong = []
    for s in view.sentences():
        if THANK_OFFER.search(s):
            keys = {w for w in words(s.lower()) if len(w) >= 5 and w not in STOP} - {"thank", "thanks", "offering", "offered"}
            if any(keys & {w for w in words(o.lower())} for o in ours):
                wrong.append(s)
    reason = f"thanks the partner for our own offer: {wrong[0][:120]}" if wrong else "no offer of ours thanked as theirs"
    return lower("inverted_offer", 1.0 if wrong else 0.0, 0.0, reason)


def rare_words(notes_by_partner: Mapping[str, str], share: float = 0.1) -> dict[str, set[str]]:
    """Per partner: words of 4+ letters in its notes that at most `share` of the other partners' notes use."""
    vocab = {p: {w.lower() for w in words(n) if len(w) >= 4 and w.lower() not in STOP} for p, n in notes_by_partner.items()}
    df: dict[str, int] = {}
    for v in vocab.values():
        for w in v:
            df[w] = df.get(w, 0) + 1
    limit = 1 + int(share * (len(vocab) - 1))  # its own notes and at most `share` of the others
    return {p: {w for w in v if df[w] <= limit} for p, v in vocab.items()}


def main_lines(view: PlanView) -> list[str]:
    lines = [view.one_thing, *view.script] if view.script else sentences(view.section("goal", "opening"))
    lines += sentences(view.section("question"))
    return [line for line in lines if line and len(words(line)) >= 4]


def score_generic_lines(view: PlanView, ctx: Context, rare: set[str]) -> Score:
    """Share of the one thing, script and questions naming nothing of this partner (a rare word of its notes,
    a proper noun or a number from them)."""
    from evals.coach_scorers.dimensions import specific_tokens

    lines = main_lines(view)
    if not lines:
        return lower("generic_lines", 1.0, 0.0, "no line to say")
    tokens = rare | specific_tokens(ctx)
    generic = [line for line in lines if not {w.lower() for w in words(line)} & tokens]
    example = f"; e.g. '{generic[0][:90]}'" if generic else ""
    return lower("generic_lines", len(generic) / len(lines), GENERIC_SHARE,
                 f"{len(generic)}/{len(lines)} lines name nothing of this partner{example}", n=len(lines))

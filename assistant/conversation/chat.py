"""Coaching questions answered from retrieved material, with numbered citations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from assistant.conversation.coach_answer import (
    APOLOGY,
    ASKS_MISS,
    ASKS_SHOW,
    DANGLING,
    WORKED_EXAMPLE,
    direct_answer,
    fits_situation,
    names_people,
    pick_lead,
    plain,
    question_back,
    rank_units,
    say_this,
    section_units,
    situation_question,
    table_answer,
    tidy,
    with_document_answers,
)
from assistant.conversation.general_situation import with_situation
from assistant.conversation.partner_answer import NoteCitation, PartnerAnswer
from assistant.conversation.preconditions import question_case
from assistant.conversation.relevance import on_topic
from assistant.conversation.unraised import drop_unraised, drop_unraised_line
from assistant.conversation.verdict import material_verdict
from assistant.errors import InputError
from assistant.schema import Hit, Source, Usage
from assistant.text.prose import clean_text, clip, sentences

MAX_QUESTION_CHARS = 4000
RELEVANCE_FLOOR = 0.30  # cosine similarity below which a passage is not about the question
NOTHING_FOUND = (
    "I found nothing in the coaching material or your notes that answers this, so I will not make advice up. "
    "Try naming the partner, the situation or the objection you face, or add material to knowledge/ and run "
    "`coach ingest`."
)


def validate_question(question: str) -> str:
    text = clean_text(question).strip()
    if not text:
        raise InputError("The question is empty. Type a coaching question, for example: "
                         "'How do I answer a CFO who says IT costs too much?'")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(
            f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}. "
            "Ask one question at a time and add long material as a note instead."
        )
    return text


@dataclass
class Answer:
    text: str
    sources: list[Source] = field(default_factory=list)
    grounded: bool = True
    notices: list[str] = field(default_factory=list)
    usage: Usage | None = None
    direct: str = ""  # the direct answer in two or three sentences ("" when only passages could be shown)
    say_this: str = ""  # a line the CIO can use, from the material ("" when none fits)
    question_back: str = ""  # one question that helps the CIO think
    passages: list[tuple[str, int]] = field(default_factory=list)  # (whole paragraph, source number)
    partner: str = ""  # the partner the answer is about ("" when none)
    keep_out: list[str] = field(default_factory=list)  # topics to keep out of the room, when the CIO asked
    notes: list[NoteCitation] = field(default_factory=list)  # the partner's notes behind the answer (date + quote)

    def as_json(self) -> dict[str, object]:
        """The stable JSON of `coach ask --json`."""
        return {
            "answer": self.direct or self.text, "say_this": self.say_this, "question_back": self.question_back,
            "passages": [{"text": text, "source": number} for text, number in self.passages],
            "citations": [{"number": i, **s.model_dump(include={"kind", "ref", "title"})} for i, s in enumerate(self.sources, start=1)]
            + [{"number": i, "kind": "note", "ref": n.ref, "title": self.partner, "date": n.date, "quote": n.quote}
               for i, n in enumerate(self.notes, start=len(self.sources) + 1)],
            "partner": self.partner, "keep_out": self.keep_out,
            "grounded": self.grounded, "text": self.text,
        }


def number_sources(hits: list[Hit]) -> list[Source]:
    """One numbered source per distinct ref, in rank order."""
    seen: dict[str, Source] = {}
    for hit in hits:
        source = hit.source
        if source.ref not in seen:
            seen[source.ref] = source
    return list(seen.values())


class OfflineAnswerer:
    """A coach's answer composed from the retrieved material: direct answer, a line to say, a question back, passages."""

    def __init__(self, embed, max_passages: int = 2):  # type: ignore[no-untyped-def]
        self._embed = embed
        self._max = max_passages

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        hits, page = with_situation(question, hits)  # the page written for the question's situation answers it first
        relevant = with_document_answers([h for h in hits if h.score >= RELEVANCE_FLOOR][:6])
        case = question_case(question)  # material whose precondition (a miss of ours, a cost complaint, ...) fails is left out
        units = [u for rank, hit in enumerate(relevant) for u in section_units(hit, rank)
                 if not names_people(u.text) and not WORKED_EXAMPLE.search(u.heading) and case.holds(plain(u.text))
                 and case.holds_source(relevant[rank].source.ref)]  # no other people's examples or facts
        if not units:
            return Answer(text=NOTHING_FOUND, sources=[], grounded=False)
        ranked = [(score, u) for score, u in rank_units(self._embed, question, units, len(relevant)) if not u.say_only]
        if page:  # the situation's own answer leads; the closest passages follow it
            ranked = sorted(ranked, key=lambda x: not (relevant[x[1].hit_rank].metadata.get("situation") and not x[1].is_list))
        if not ranked:
            return Answer(text=NOTHING_FOUND, sources=[], grounded=False)
        best = ranked[0][1]
        lead = pick_lead(ranked, asks_show=bool(ASKS_SHOW.search(question)) and not page)
        direct = (drop_unraised(direct_answer(lead), question) if page else direct_answer(lead)) if lead else ""  # a situation page's contrast the CIO never raised goes
        row, table = table_answer(question, [u for _, u in ranked]) if ASKS_SHOW.search(question) and not page else ("", None)
        if table is not None:  # "what do I show the board": the table's row for that audience answers it
            lead, direct, best = table, row, table
        # Whole passages: the best, and a close second from the same section; the lead is not repeated when it was short.
        pool = [u for _, u in ranked if not (u is lead and len(sentences(plain(u.text))) <= 3)] or [best]
        pool = [u for u in pool if not DANGLING.match(plain(u.text))] or pool  # "Then let the delivery speak." points at nothing shown
        pool = [table] + [u for u in pool if u is not table] if table is not None else pool  # the whole table behind the row
        top = next(score for score, u in ranked if u is pool[0])
        shown = [pool[0]] + [u for score, u in ranked if u in pool[1:] and score >= top - 0.06 and u.heading == pool[0].heading][: self._max - 1]
        cited = number_sources([relevant[u.hit_rank] for u in shown] + ([relevant[lead.hit_rank]] if lead else []))
        number = {s.ref: i + 1 for i, s in enumerate(cited)}
        home = {relevant[u.hit_rank].metadata.get("doc") for u in (lead, best) if u is not None}
        line = say_this(self._embed, question, [u for u in units if relevant[u.hit_rank].metadata.get("doc") in home], plain((lead or best).text)) \
            or say_this(self._embed, question, units, plain((lead or best).text))  # a fitting line from another retrieved section beats none
        line = drop_unraised_line(line, question, plain((lead or best).text)) if page else line
        ask_back = str(hits[0].metadata.get("ask_back") or "") if page else ""
        ask_back = ask_back or question_back(self._embed, question, plain(best.text))
        passages = [(u.text.strip(), number[relevant[u.hit_rank].source.ref]) for u in shown]
        result = Answer(text="", sources=cited, direct=direct, say_this=line, question_back=ask_back, passages=passages)
        if lead:
            result.direct = f"{material_verdict(question, direct)} [{number[relevant[lead.hit_rank].source.ref]}]" if direct else ""
        result.text = compose_text(result)
        return result


def with_partner(answer: Answer, part: PartnerAnswer, said_before: str = "", question: str = "", follows: str = "") -> Answer:
    """The material's answer led by what is true of the selected partner; the partner's line and question win.

    In a follow-up, nothing the previous answer (`said_before`) already showed is shown again, and the topic is read with
    the question it follows (`follows`: "And what should I say first?" after a budget question is still about budget).
    """

    def fits(text: str) -> bool:  # no apology where the notes show no miss (or one forgiven or not ours), no vendor line for another question
        if part.no_apology and (APOLOGY.search(text) or ASKS_MISS.search(text)):
            return False  # the miss was forgiven or not ours: material on owning a miss does not apply
        if part.plumbing and STRATEGY_SEAT.search(text):
            return False  # a partner who sees technology as plumbing is taught first, not offered a strategy seat
        if not part.case.holds(text):
            return False  # its precondition (a miss of ours, a cost complaint, an outside provider) is not true of this partner
        return part.has_miss or fits_situation(text, question)

    material = [x for x in sentences(re.sub(r"\s*\[\d+\]$", "", answer.direct))
                if _stands_alone(x) and x not in said_before and fits(x) and not (part.notes and filler(x))] if answer.direct else []
    cite = m.group(0) if (m := re.search(r"\s*\[\d+\]$", answer.direct)) else ""
    # A document's general sentence follows only where the notes give nothing new to act on, or the question names a topic it answers.
    topic = bool(situation_question(follows or question)) and not (part.no_apology and ASKS_MISS.search(question))  # "no apology" answers a miss question
    general = bool(material) and not part.answered and (not part.actionable or topic)
    lead = (part.keep_out[:2] + part.direct)[: 2 if general else 3]
    direct = _joined(lead + ([material[0] + cite] if general else []))  # what was asked, answered, needs no filler
    if not (answer.grounded or part.about_partner):
        return answer  # nothing in the material, and the question is not about this partner: stay honest
    merged = replace(
        answer, direct=direct, say_this=part.say_this or (answer.say_this if fits(answer.say_this) and not part.drafted else ""), question_back=(part.question_back if part.case.holds(part.question_back) else "") or (answer.question_back if fits(answer.question_back) else ""),
        partner=part.partner, keep_out=part.keep_out, notes=part.notes, grounded=answer.grounded or part.about_partner,
        passages=_specific_first(part, [p for p in answer.passages if p[0] not in said_before and not (part.no_apology and APOLOGY.search(p[0]))
                  and part.case.holds(p[0])
                  and not (part.plumbing and STRATEGY_SEAT.search(p[0]))
                  and (not question or on_topic(question, _heading(answer, p[1]), [part.partner]))], direct) if answer.grounded else [],
    )
    merged.text = compose_text(_only_cited(merged))
    return merged


# Generic material that reads as filler beside an answer built from the partner's notes: a table, a list of example lines
# said to other people, a definition, a product instruction.
_TABLE_ROW = re.compile(r"^\s*\|", re.M)
_EXAMPLE_LINE = re.compile(r"^\s*(?:[-*•]\s*)?[\"“‘']", re.M)
_INSTRUCTION = re.compile(r"\bcoach \w+`?|\bknowledge/|\badd (?:more )?material\b|\bthe (?:promise )?ledger again\b|\bplace the partner on\b|"
                          r"\b(?:is|are|means) defined as\b|\bquadrants?\b", re.I)


def filler(text: str) -> bool:
    """A passage that carries no fact from the notes and no answer of its own: a table, example lines, an instruction."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return (len(_TABLE_ROW.findall(text)) >= 2 or (len(lines) >= 2 and len(_EXAMPLE_LINE.findall(text)) * 2 >= len(lines))
            or bool(_INSTRUCTION.search(text)))


_FILE_POINTER = re.compile(r"(?:(?<=[.!?])|^)\s*[^.!?]*\b[\w-]+\.md\b[^.!?]*[.!?]", re.M)  # "The question bank in x.md has examples."
_LENT = re.compile(r"\btheir (?:people|staff|analysts?|experts?)\b|\bwhat you can staff\b", re.I)


def _specific_first(part: PartnerAnswer, passages: list[tuple[str, int]], direct: str = "") -> list[tuple[str, int]]:
    """The final assembler's rule for material beside a partner answer: where the notes filled the slot the question asks
    for (measures, a cut, an audience's line, questions), no material is shown; where they gave something to act on, only
    one passage that is not filler, and none where a line to say goes with it; otherwise the material stands."""
    if not part.direct:
        return passages
    if part.notes and part.answered:
        return []
    kept = [(_FILE_POINTER.sub("", text).strip(), n) for text, n in passages if not filler(text) and not (part.seat_offered and _LENT.search(text))
            and not any(x in text for x in sentences(re.sub(r"\s*\[\d+\]", "", direct)) if len(x.split()) >= 6)]  # not said twice
    if part.notes and part.actionable and part.say_this:
        return []  # the answer has its point from the notes (an item, a win, a miss) and a line: a passage beside it is filler
    return kept[:1] if part.notes and part.actionable else kept


STRATEGY_SEAT = re.compile(r"\bstrateg\w*|\bseat at\b|\binvited? you into\b|\bco-own|\bplanning table\b|\bBT\b|\bdecisions this year\b", re.I)


def _joined(parts: list[str]) -> str:
    """Sentences run on in one paragraph; a list of steps stands apart from them, as its own block."""
    out = ""
    for part in parts:
        out += ("\n\n" if out and ("\n" in part or "\n" in out.split("\n\n")[-1]) else " " if out else "") + part
    return out


def _heading(answer: Answer, number: int) -> str:
    """The section heading and document title a passage comes from ("Plan the opening Preparing a meeting ...")."""
    source = answer.sources[number - 1] if 0 < number <= len(answer.sources) else None
    return f"{source.ref.partition('#')[2]} {source.title}" if source is not None else ""


def without_repeats(answer: Answer, said_before: str) -> Answer:
    """A follow-up without a partner: what the previous answer already showed (passages, the line, the question) is not shown again."""
    if not said_before.strip() or not answer.grounded:
        return answer
    kept = replace(answer, passages=[p for p in answer.passages if p[0] not in said_before],
                   say_this="" if answer.say_this in said_before else answer.say_this,
                   question_back="" if answer.question_back in said_before else answer.question_back)
    kept.text = compose_text(_only_cited(kept))
    return kept


def _only_cited(answer: Answer) -> Answer:
    """Sources that nothing shown cites are dropped, and the rest renumbered in order."""
    used = [n for _, n in answer.passages] + [int(m.group(1)) for m in re.finditer(r"\[(\d+)\]", answer.direct)]
    keep = sorted({n for n in used if 0 < n <= len(answer.sources)})
    if len(keep) == len(answer.sources):
        return answer
    new = {old: i for i, old in enumerate(keep, start=1)}
    answer.sources = [answer.sources[n - 1] for n in keep]
    answer.passages = [(text, new[n]) for text, n in answer.passages if n in new]
    answer.direct = re.sub(r"\[(\d+)\]", lambda m: f"[{new.get(int(m.group(1)), m.group(1))}]", answer.direct)
    return answer


def _stands_alone(sentence: str) -> bool:
    """A sentence fit to follow the partner's lines: long enough, not a label ("Meeting 3: link to a decision.")."""
    return len(sentence.split()) >= 7 and sentence[:1].isupper() and not re.match(r"[\w ]{0,24}\d*:\s|(?:then|so|but|and|this|that|these|those|it|they|also|instead|otherwise|meanwhile|however|still)\b", sentence, re.I)


def compose_text(answer: Answer) -> str:
    """The answer as markdown: direct answer, what to say, the question back, the passages and sources."""
    if not answer.grounded:
        return NOTHING_FOUND
    answer.direct, answer.say_this = tidy(answer.direct), tidy(answer.say_this)
    lines = [answer.direct, ""] if answer.direct else []
    if answer.keep_out[2:]:
        lines += ["**Also keep out of the room:**", *[f"- {line}" for line in answer.keep_out[2:]], ""]
    if answer.say_this:
        inner = answer.say_this.replace("“", "‘").replace("”", "’")  # a quote inside the line to say is a quote in a quote
        lines += [f"**Say this:** “{inner}”", ""]
    if answer.question_back:
        lines += [f"**Ask yourself:** {answer.question_back}", ""]
    if answer.notes:
        lines += [f"**From your notes on {answer.partner}:**", *[f"- {_day(n.date)}: “{n.quote}”" for n in answer.notes], ""]
    if answer.passages:
        kinds = {answer.sources[n - 1].kind for _, n in answer.passages if 0 < n <= len(answer.sources)}
        lines.append({"note": "**From your notes:**"}.get("".join(sorted(kinds)), "**From the coaching material:**" if kinds == {"knowledge"}
                                                            else "**From the coaching material and your notes:**"))
    for text, number in answer.passages:
        lines += ["", f"{text} [{number}]"]
    if not answer.sources:
        return "\n".join(lines).rstrip()
    lines += ["", "Sources:"] if lines and lines[-1] else ["Sources:"]
    for i, source in enumerate(answer.sources, start=1):
        title = f" — {source.title}" if source.title else ""
        lines.append(f"[{i}] {source.ref}{title}")
    return "\n".join(lines)


def _day(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%-d %B %Y") if iso else "undated note"


def stream_text(text: str, chunk_words: int = 4) -> Iterator[str]:
    """Yield a finished text a few words at a time (the offline engine's 'streaming')."""
    words = text.split(" ")
    for start in range(0, len(words), chunk_words):
        piece = " ".join(words[start : start + chunk_words])
        yield piece + (" " if start + chunk_words < len(words) else "")


def excerpt(hit: Hit, limit: int = 600) -> str:
    return clip(hit.text, limit)

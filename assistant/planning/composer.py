"""One plan's worth of composing: the lead (one thing, script, open items, avoid) and the supporting sections."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from assistant.planning.aim_facts import best_aim, hook_question
from assistant.planning.business_functions import infer_function
from assistant.planning.detail_lines import asked_of_us, fact_questions, homework, signs_moved, who_else
from assistant.planning.followup_lines import aim_followup, working_day
from assistant.planning.followup_pick import pick_followups
from assistant.planning.fragments import sentence_fault, whole_lines
from assistant.planning.goal_current import met
from assistant.planning.goal_slot import fits_goal_slot
from assistant.planning.kept_evidence import judged_poor
from assistant.planning.lead import CIO, DELIVERY, LOW_CONFIDENCE, Lead, build_lead
from assistant.planning.lead_dates import before_decision
from assistant.planning.lead_lines import miss_record
from assistant.planning.meeting_day import meeting_day_for
from assistant.planning.note_reading import Partner, partner_said
from assistant.planning.objection_reading import not_pushback
from assistant.planning.owed_check import absence_sure, owed_unread
from assistant.planning.partner_aims import cio_lines, read_aims
from assistant.planning.partner_facts import read_facts
from assistant.planning.partner_targets import read_targets
from assistant.planning.plan_checks import PlanChecker, check_plan
from assistant.planning.plan_sweep import sweep_plan
from assistant.planning.plan_text import AXIS_QUESTIONS, OBJECTIONS, QUADRANT_QUESTIONS, objection_kinds
from assistant.planning.planner import (
    DEFAULT_PURPOSE,
    ESSENTIAL_TAGS,
    SECTION_QUERIES,
    SECTION_TITLES,
    PlanInput,
    Retriever,
    _unwrap,
    first_name_of,
)
from assistant.planning.playbooks import Move, Playbook, ValueFrames
from assistant.planning.proposal_fill import proposal_fits
from assistant.planning.purpose_cover import cover_purpose
from assistant.planning.purpose_fit import fit_purpose, measure_name
from assistant.planning.purposes import purpose_for
from assistant.planning.pushback import quoted_by_partner, raised_text, voiced_kinds
from assistant.planning.question_pick import is_stock, pick_questions, premised
from assistant.planning.situation import build_situation
from assistant.planning.situation_cues import FORGIVEN, MISS, OURS, PARTNER_SIDE_SPOKEN, THIRD_PARTY, UPSET, private
from assistant.planning.situation_round2 import card_text, drop_header_lines
from assistant.planning.situation_round3 import is_doubt, resolved_later
from assistant.planning.situation_round8 import cio_evidence, delivered
from assistant.planning.small_talk import warmth_with_family
from assistant.planning.stance import not_evidence
from assistant.planning.stance_hold import held_quadrant, held_stance, hold_aim
from assistant.planning.teach_lines import cio_teach_point, target_teach_point
from assistant.planning.value_echo import echo_aim
from assistant.planning.value_translation import PROPOSAL, main_goal, translate_value_message
from assistant.planning.voice import on_day, said_day, when
from assistant.schema import QUADRANT_LABELS, FollowUp, Plan, PlanSection, Source
from assistant.text.given_names import given_name
from assistant.text.sentences import one_line

AIM_SHORT = {"T": "from T to I", "I": "from I to BT", "BT": "deeper into shared strategy"}
SHORT_LEVEL = {"T": "the basics that must run", "I": "information to run and improve the work", "BT": "part of strategy"}
_ASK_AIM = "What matters most to your team this year?"
FUNCTION_NAMES = {"hr": "HR", "it": "IT", "supply_chain": "supply-chain", "customer_service": "customer-service"}


class Composer:
    def __init__(self, inp: PlanInput, playbooks: dict[str, Playbook], frames: ValueFrames, retrieve: Retriever | None):
        day, written = meeting_day_for(inp.meeting, inp.notes, inp.purpose, inp.partner, inp.today), inp.today
        self.inp = inp = replace(inp, today=day)  # every date the plan says is weighed against the meeting's day, not the writing day
        self.a = inp.assessment
        self.frames = frames
        self.retrieve = retrieve
        self.no_notes = not inp.notes
        self.quadrant = "unknown" if self.no_notes else self.a.quadrant
        self.book = playbooks[self.quadrant]
        self.level = self.a.dependence if self.a.dependence != "unknown" else "T"
        self.name = inp.partner or "this partner"
        self.first = given_name(inp.partner, "\n".join(n.text for n in inp.notes)) if inp.partner else first_name_of(None)  # "Ana Sofia", whole
        self.function = infer_function(inp.function, inp.role)
        self.purpose_text = (inp.purpose or DEFAULT_PURPOSE).strip()
        self.purpose = purpose_for(self.purpose_text)
        self.seed = int(hashlib.sha256(f"{self.name}|{self.purpose_text}".encode()).hexdigest(), 16)
        self.notes_text = " ".join(n.text.lower() for n in inp.notes)
        self.partner = Partner.from_name(inp.partner)
        self.sit = build_situation(inp.notes, inp.partner, inp.ledger, inp.today)
        self.sit.written_on = written if written < day else None
        self.sit.goals = [g for g in self.sit.goals if fits_goal_slot(g.text)]  # an ask, a complaint or a cut clause is no goal
        self.checker = PlanChecker(self.sit, inp.other_plan_sentences, inp.today, cover=True)  # keep_out_rule
        self.targets = read_targets(self.sit, inp.partner)  # their numbers: "from 6.1 to under 5 by March", a KPI table
        self.purpose = fit_purpose(self.purpose, self.sit, self.targets)  # the purpose's lines name their own facts
        self.lead: Lead = build_lead(self.sit, self.first, self.quadrant, self.a, self.purpose, inp.today)
        self.facts = read_facts(self.sit, inp.partner, inp.today)
        self.live_goals = [g for g in self.sit.goals if not met(g, self.sit)]  # a want a later note shows delivered is history
        self.aim = next(iter(read_aims(self.sit, inp.partner)), None) if not self.live_goals else None  # their aim, in other words
        self.cio_lines = cio_lines(self.sit.sentences)  # "me: I want to get through the budget review": the CIO's, not theirs
        self.retrieved: list[str] = []
        self.moves: list[str] = []
        self.swept: list[str] = []  # what the last sweep repaired or dropped (for tests and the dev report)

    def note(self, ref: str) -> Source:
        return Source(kind="note", ref=ref)

    def notes_cited(self, refs: list[str]) -> list[Source]:
        valid = {n.ref for n in self.inp.notes}
        return [self.note(r) for r in dict.fromkeys(refs) if r in valid]

    def knowledge(self, section: str) -> list[Source]:
        if not self.retrieve or section not in SECTION_QUERIES:
            return []
        query = SECTION_QUERIES[section].format(q=QUADRANT_LABELS[self.quadrant].lower(), function=self.function.replace("_", " "), level=self.level)
        hits = [h for h in self.retrieve(query, 3) if h.score >= 0.3 and h.metadata.get("kind") != "note"]
        self.retrieved.extend(h.source.ref for h in hits)
        return [Source(kind="knowledge", ref=h.source.ref, title=h.source.title) for h in hits[:1]]

    def move_sources(self, moves: list[Move]) -> list[Source]:
        refs = list(dict.fromkeys(doc for move in moves for doc in move.docs))
        self.retrieved.extend(refs)
        return [Source(kind="knowledge", ref=r) for r in refs]

    def pick(self, section: str, count: int) -> list[Move]:
        candidates = self.book.moves_for(section, self.level) or self.book.moves_for(section)
        essential = ESSENTIAL_TAGS.get(self.quadrant, set())
        covered = {t for m in self.book.moves if m.id in self.moves for t in m.tags}

        def score(move: Move) -> tuple[float, int]:
            hits = sum(1 for c in move.cues if c in self.notes_text)
            missing = (set(move.tags) & essential) - covered
            return (hits / max(len(move.cues), 1) + 0.15 * hits + 0.6 * len(missing), -candidates.index(move))

        chosen = sorted(candidates, key=score, reverse=True)[:count]
        self.moves.extend(m.id for m in chosen)
        return chosen

    def fresh(self, lines: list[str]) -> list[str]:
        """Lines that pass the plan checks (no avoid-topic, no repeat of another partner's plan) and read whole."""
        return whole_lines([line for line in lines if not self.checker.fault(line)])

    def section(self, key: str, text: str, sources: list[Source]) -> PlanSection:
        unique: dict[tuple[str, str], Source] = {}
        for source in sources:
            unique.setdefault((source.kind, source.ref), source)
        return PlanSection(key=key, title=SECTION_TITLES[key], text=text.strip(), sources=list(unique.values()))

    def evidence(self, axis: str) -> list[tuple[str, str | None, str | None]]:
        quotes = [(_unwrap(one_line(drop_header_lines(e.quote))), e.date, e.note_ref) for e in self.a.evidence if e.axis == axis]
        ours = [one_line(s.text) for s in self.sit.sentences if s.speaker == "us" or s.text in self.cio_lines]  # never the partner's view
        return [q for q in quotes if not self.checker.fault(q[0]) and not card_text(q[0]) and not self._healed(q[0], q[2])
                and not any(q[0] in line or line in q[0] for line in ours) and not private(q[0]) and not warmth_with_family(q[0]) and not cio_evidence(self.sit, q[0]) and not not_evidence(q[0], self.partner.names)]

    def _healed(self, quote: str, ref: str | None) -> bool:
        """A line about a miss the partner put behind them (or the words that put it there): not evidence to act on."""
        if FORGIVEN.search(quote):
            return True
        healed = [m for m in self.sit.items if m.kind == "miss" and m.forgiven_on and m.status == "done"]
        return any(m.note_ref == ref and (MISS.search(quote) or UPSET.search(quote)) for m in healed)

    # -- the plan ----------------------------------------------------------
    def compose(self) -> Plan:
        notices = self.notices()
        value_section, message, traps = self.value()
        followups_section = self.followups()
        sections = [self.goal(), self.stand(), self.opening(), self.teach(), self.competence(), self.questions(), self.objections(), value_section, followups_section]
        plan = Plan(
            partner=self.inp.partner, quadrant=self.quadrant, purpose=self.purpose_text, sections=sections,
            value_message=message, value_traps=traps, followups=self.lead.followups, moves=self.moves, notices=notices,
            engine="offline", retrieved=sorted(set(self.retrieved)), one_thing=self.lead.one_thing, script=self.said_whole(self.lead.script),
            open_items=self.lead.open_items, avoid=self.lead.avoid, confidence=0.0 if self.no_notes else self.a.confidence,
        )
        repaired, problems = check_plan(plan, self.sit, self.inp.other_plan_sentences, fallback_line=self.fallback_line(), today=self.inp.today)
        if problems:
            repaired.notices.append("Plan checks removed: " + " ".join(problems))
        swept, self.swept = sweep_plan(repaired, self.sit, self.inp.today, self.fallback_line())  # every sentence said aloud and true
        return cover_purpose(swept, self.sit, self.purpose, self.first, self.inp.today, self.checker.fault)  # the purpose's items in the main view

    def fallback_line(self) -> str:
        """The script's line when none survives the checks: never a question for goals the notes already state."""
        measure = self.facts.live_measure()
        if any(g.spoken for g in self.live_goals) or (self.aim and self.aim.spoken) or (measure and measure.spoken):
            return "What stands in the way of the aim you named?"  # their own words state it; our note about them does not
        return _ASK_AIM

    def said_whole(self, script: list[str]) -> list[str]:
        """The script without a line that carries a cut phrase (fragments.py); the lines stand when all would go."""
        fallback = self.fallback_line()  # a goal, aim or measure on record: never ask for one
        whole = [fallback if line == _ASK_AIM else line for line in script if not sentence_fault(line)]
        return whole or script

    def notices(self) -> list[str]:
        if self.no_notes:
            return [f"There are no notes about {self.name} yet, so this is a plan for a first, listening meeting. Add notes after it."]
        out = []
        if self.a.quadrant == "unknown":
            out.append("At least one perception is unknown, so this is a discovery plan: its questions are meant to settle what the notes do not show.")
        elif self.lead.uncertain:
            out.append(f"Confidence is low ({self.a.confidence:.0%}): the plan asks about {' and '.join(self.lead.uncertain)} first and acts only on what the notes show.")
        return out

    def goal(self) -> PlanSection:
        return self.section("goal", self.lead.one_thing, self.notes_cited(self.lead.cited))

    def stand(self) -> PlanSection:
        if self.no_notes:
            return self.section("stand", f"Nothing is recorded about {self.name} yet. Listen for how they talk about technology and our delivery.", [])
        label = QUADRANT_LABELS[self.quadrant].lower()
        levels = f"dependence {self.a.dependence}, competence {self.a.competence}"
        lines = [f"{self.first} reads as {label} ({levels}; {self.a.confidence:.0%} confidence)."]
        if self.lead.uncertain and self.quadrant != "unknown":  # low confidence is said plainly, and the reading is a guess to test
            lines = [f"{self.first} may read as {label} ({levels}).", f"The notes leave this uncertain ({self.a.confidence:.0%} confidence).",
                     "Test the reading with the first question below before acting."]  # short: no stock sentence shared between plans
        if self.a.dependence != "unknown":
            lines.append(f"Dependence {self.a.dependence}: {SHORT_LEVEL[self.a.dependence]}.")
        for axis in self.lead.uncertain:
            what = "technology" if axis == "dependence" else "our delivery"
            known = (self.a.dependence if axis == "dependence" else self.a.competence) != "unknown"
            lines.append(f"Least certain: how {self.first} sees {what}. Ask before assuming." if known else f"Not yet shown: how {self.first} sees {what}.")
        if self.a.trend and self.a.trend not in ("stable", "not enough dated notes for a trend"):  # a guess at low confidence
            label = "Trend" if self.a.confidence >= LOW_CONFIDENCE else "Trend (low confidence)"
            lines += [f"{label}: {part.strip()}." for part in self.a.trend.split(";")]  # one short sentence per axis
        listed = [one_line(i.quote) for i in self.lead.open_items if i.quote]  # the main view quotes these already
        fresh = [[q for q in self.evidence(axis) if not any(q[0] in x or x in q[0] for x in listed)][:2] for axis in ("dependence", "competence")]
        quotes = sorted(dict.fromkeys(fresh[0] + fresh[1]), key=lambda q: q[1] or "", reverse=True)
        sources: list[Source] = []
        if quotes:
            lines.append("The notes behind this, latest first: " + "; ".join(f"“{q}” ({d or r})" for q, d, r in quotes) + ".")
            sources += [self.note(r) for _, _, r in quotes if r]
        for goal in [g for g in self.live_goals if not private(g.text)][:2]:
            whose = f"In {self.first}'s words" if goal.spoken else f"What {self.first} wants, as noted"
            lines.append(f"{whose} ({when(goal.date)}): “{one_line(goal.text)}”.")
            sources.append(self.note(goal.note_ref))
        people, refs = who_else(self.facts, self.sit, self.first)
        lines += people
        sources += [self.note(r) for r in refs]
        shown = " ".join(g.text for g in self.live_goals[:2])
        measure = next((m for m in self.facts.measures if m.clause not in shown and not any(g.text in m.clause for g in self.live_goals[:2])), None)
        if measure:
            lines.append(f"{'In ' + self.first + chr(39) + 's words' if measure.spoken else 'As noted'} ({when(measure.date)}): “{measure.clause}”.")
            sources.append(self.note(measure.note_ref))
        if self.facts.events:
            lines.append("Coming up: " + "; ".join(f"{e.name} {on_day(e.day)}" for e in self.facts.events[:2]) + ".")
        return self.section("stand", " ".join(self.fresh(lines)), sources + self.knowledge("stand"))

    def opening(self) -> PlanSection:
        moves = self.pick("opening", 1)
        lines = [f"Say the lines above, then stop and let {self.first} answer." if self.lead.script else f"Ask, then stop and let {self.first} answer."]
        not_ours = [m.quote for m in self.sit.items if m.kind == "miss" and m.owner != "us"]
        later = [(s.text, s.date) for s in self.sit.sentences]
        doubted = [  # only doubt or criticism of us that still stands: never a demand, never a complaint put right
            q for q in sorted(self.evidence("competence") + self.evidence("dependence"), key=lambda q: q[1] or "", reverse=True)
            if not any(q[0] in one_line(m) or one_line(m) in q[0] for m in not_ours) and OURS.search(q[0]) and not THIRD_PARTY.search(q[0])
            and is_doubt(q[0]) and not resolved_later(q[0], dt.date.fromisoformat(q[1]) if q[1] else None, later)
        ] if self.a.competence == "doubted" else []
        if doubted:
            quote, date, _ = doubted[0]
            lines.append(f"Where you may get defensive: “{quote}” ({date}). Ask what it cost {self.first}'s team; do not explain.")
        lines += list(dict.fromkeys(([self.purpose.homework] if self.purpose.homework else []) + homework(self.sit, self.facts, self.first)))
        stop, lines = lines[0], self.fresh(lines[1:])
        lines = lines or [stop]  # "say the lines above, then stop" only when the opening has nothing of its own
        return self.section("opening", "\n".join(lines), self.notes_cited(self.lead.cited) + self.move_sources(moves) + self.knowledge("opening"))

    def teach(self) -> PlanSection:
        moves = self.pick("teach", 2 if self.quadrant in ("utility", "partner") else 1)
        lines: list[str] = []
        goal = self.live_goals[0] if self.live_goals else None
        sources: list[Source] = []
        known = self.quadrant != "unknown" and "dependence" not in self.lead.uncertain
        hold = held_stance(self.sit)  # "nothing clever next year": the aim holds at their level, and nothing new is taught
        point = None if hold else cio_teach_point(self.sit, self.first) or (target_teach_point(self.targets, self.first, self.level) if known else None)
        if known:
            lines.append(hold_aim(hold, self.first, self.level) if hold else f"Aim: move {self.first} {AIM_SHORT[self.level]}.")
        else:
            lines.append(f"First hear how {self.first} sees technology, then teach one thing." if point else f"Teach nothing yet: first hear how {self.first} sees technology.")
        if point:  # what the CIO wants to show them, else their own number: never a fragment in a goal slot
            lines.append(point.text)
            sources.append(self.note(point.note_ref))
        if self.function != "general" and not goal and not self.targets:  # no word lists: their goal in their words carries the vocabulary
            lines.append(f"Speak in {FUNCTION_NAMES.get(self.function, self.function.replace('_', ' '))} terms.")
        return self.section("teach", " ".join(self.fresh(lines)), sources + self.move_sources(moves) + self.knowledge("teach"))

    def competence(self) -> PlanSection:
        lines, refs = [], []
        for miss in self.sit.owned_misses():  # only a miss that was ours and still weighs: nothing of healed, forgiven or others' misses
            lines.append(miss_record(self.sit, miss, self.first))
            refs.append(miss.note_ref)
        for item in [i for i in self.sit.items if i.kind in ("promise", "noted_promise") and i.owner == "us"]:
            state = {"done": "kept", "overdue": "due and not yet confirmed as kept" if item.source == "note" else "overdue", "open": "open"}[item.status]
            if item.broken_quote:
                state = f"not kept: “{one_line(item.broken_quote)}”, {when(item.broken_on)}"
            elif item.progress_quote:
                state = f"in progress: “{one_line(item.progress_quote)}”"
            elif item.status == "done" and (verdict := judged_poor(self.sit, item)):
                state = f"delivered; the verdict: “{verdict}”"
            due = f", due {item.due.isoformat()}" if item.due else ""
            where = "Promise ledger" if item.source == "ledger" else f"Promised {on_day(item.date)}"
            lines.append(f"{where}: “{one_line(item.complement)}”{due} ({state}).")
            if item.source == "note":
                refs.append(item.note_ref)
        for item in [i for i in delivered(self.sit) if not i.done_quote.lstrip().startswith("|")][:2]:  # a table row is no proof said aloud
            lines.append(f"Proof to build on, noted {on_day(item.done_on)}: “{one_line(item.done_quote)}”")
            refs.append(item.note_ref)
        moves = self.pick("competence", 2 if self.quadrant in ("bypass_risk", "cost_centre") else 1)
        broken = self.sit.owned_misses() or [i for i in self.sit.open_ours() if i.status == "overdue" or i.broken_quote]
        if broken and any(m.owner == "direct_report" for m in moves) and not any(f.owner == DELIVERY for f in self.lead.followups):
            report_by = self.inp.today + dt.timedelta(days=30)  # only when something of ours is broken and no one owns the fix yet
            lines.append(f"Give the fix to one direct report, named to {self.first}; report back by {when(report_by)}.")
        misses = [i for i in self.sit.items if i.kind in ("miss", "noted_miss")]
        unsure = any(i.kind == "miss" and i.status == "open" and i.owner in ("us", "unclear") for i in misses)  # ours, no complaint on record
        owed = owed_unread(self.sit, self.inp.today, self.first) if not lines and not unsure else None  # a dated word of ours no item holds
        if owed is not None:
            lines.append(f"Check before the meeting what we still owe {self.first}; {on_day(owed.date)} the notes say: “{one_line(owed.text)}”")
            refs.append(owed.note.ref)
        elif not lines and not unsure and not misses and absence_sure(self.sit):  # read with confidence: else no claim of absence
            lines.append(f"No promise or miss of ours is open with {self.first}.")
        return self.section("competence", " ".join(self.fresh(lines)), self.notes_cited(refs) + self.move_sources(moves) + self.knowledge("competence"))

    def questions(self) -> PlanSection:
        moves = self.pick("questions", 3)
        discovery = tuple(self.fresh([AXIS_QUESTIONS[axis][self.seed % len(AXIS_QUESTIONS[axis])] for axis in self.lead.uncertain]))
        purpose = [q for q in self.purpose.questions if not is_stock(q, measure_name(self.targets))]  # naming their measure or miss
        stock = [q for q in self.purpose.questions if q not in purpose]
        facts = fact_questions(self.sit, self.first, self.inp.today, self.lead.script, self.facts, self.aim.text if self.aim and self.aim.spoken else "", self.targets)
        if any("cost your team" in q for q in self.purpose.questions):  # an escalation asks the cost already
            facts = [q for q in facts if "cost your team" not in q]
        stock = premised(stock + list(QUADRANT_QUESTIONS.get(held_quadrant(self.sit, self.quadrant), ())), self.sit, self.targets)  # its premise true
        asked = pick_questions(self.fresh(purpose[:1] + facts + purpose[1:]), self.fresh(stock), discovery)  # one stock line at most
        text = "\n".join(f"{i}. {q}" for i, q in enumerate(asked, start=1))
        return self.section("questions", text, self.move_sources(moves) + self.knowledge("questions"))

    def objections(self) -> PlanSection:
        raised: dict[str, tuple[str, str]] = {}  # kind -> (quote, note ref); the latest one wins
        for s in self.sit.sentences:
            theirs = partner_said(s, Partner(self.partner.names, self.sit.partner_pronoun)) or quoted_by_partner(s.text, s.note.text, self.partner.names)  # inside their quotation
            if not theirs or self.checker.fault(s.text) or PARTNER_SIDE_SPOKEN.search(s.text) or self._healed(s.text, s.note.ref):
                continue  # "that was my team": their own side; "that's done with, forget it": healed, not to reopen
            if not_pushback(s, self.sit):
                continue  # their offer, or a matter told in confidence: no objection to answer
            for kind in voiced_kinds(s.text, s.speaker, objection_kinds):
                raised[kind] = (raised_text(s.text, s.speaker, objection_kinds), s.note.ref)
        by_quote: dict[tuple[str, str], list[str]] = {}
        for kind, key in list(raised.items())[-2:]:
            by_quote.setdefault(key, []).append(kind)
        lines, refs, kinds = [], [], []
        for (quote, ref), found in by_quote.items():
            lines.append(f"Raised ({ref}): {quote} " + " ".join(OBJECTIONS[k][2] for k in found))
            refs.append(ref)
            kinds += found
        if not lines and self.purpose.objection:  # no advice for an objection this partner never raised
            _, label, _, _ = OBJECTIONS[self.purpose.objection]
            lines.append(f"No objection is recorded. {self.purpose.objection_lead}, listen for one: {label}.")
        elif not lines:
            lines.append("No objection is recorded in the notes; listen for one.")
        moves = [m for m in self.book.moves_for("objections") if any(any(k in m.id for k in OBJECTIONS[kind][3].split("|")) for kind in kinds)][:2]
        self.moves.extend(m.id for m in moves)
        return self.section("objections", " ".join(self.fresh(lines)), self.notes_cited(refs) + self.move_sources(moves or self.pick("objections", 1)) + self.knowledge("objections"))

    def value(self) -> tuple[PlanSection, str, list[str]]:
        words = self.frames.function_language.get(self.function, []) if self.function != "general" else []
        step = self.lead.followups[0] if self.lead.followups else self._commitment()
        message, traps = translate_value_message(self.sit, self.first, self.inp.value_statement, words, step, self.lead.value_step, self.a.dependence,
                                                 self.function, self.facts.live_measure(), self.aim, self.targets,
                                                 echo_aim(self.sit, self.inp.partner, self.inp.value_statement),
                                                 best_aim(self.sit, self.inp.partner, self.inp.value_statement), hook_question(self.sit, self.inp.partner), self.inp.role or "")
        sources = self.notes_cited([g.note_ref for g in self.sit.goals[:1]] + [t.note_ref for t in self.targets[:1]]) + [Source(kind="knowledge", ref="knowledge/writing-the-value-statement.md")]
        self.retrieved.append("knowledge/writing-the-value-statement.md")
        text = message if not traps else message + " (Check: " + " ".join(traps) + ")"
        return self.section("value", text or "No goal in the notes to translate the value statement into yet; ask for one.", sources), message, traps

    def _commitment(self) -> FollowUp:
        move = next((m for m in self.book.moves_for("competence", self.level) if m.due_days), None)
        days = move.due_days if move and move.due_days else 14
        goal = main_goal(self.sit)
        measure = self.facts.live_measure() if not goal else None
        aim = goal.text if goal else measure.clause if measure and measure.spoken and not (measure.names_an_aim and self.aim) else ""
        aim = self.targets[0].text if self.targets and not goal and (not aim or aim.split()[0].rstrip(",").lower() in {"good", "ok", "yes", "right", "so"}) else aim
        due = before_decision(working_day(self.inp.today + dt.timedelta(days=days)), self.inp.today, self.lead.decision).isoformat()  # never Christmas Day; never after the lock or board it is for
        said = aim_followup(PROPOSAL, aim, self.first) if aim else ""  # "A proposal for “to know ...”" is said as what it helps them do
        if aim and not proposal_fits(aim, self.sit):  # a demand, a measure, a thing delivered: no proposal, or the bare step
            return FollowUp(what="" if self.lead.followups else f"Agree a dated next step with {self.first}", owner=CIO, due=due)
        if not said and (self.aim or goal or aim):  # their aim in a sentence of its own, or no fit for the slot: named by its date
            day = self.aim.date if self.aim else goal.date if goal else measure.date if measure else None
            return FollowUp(what=f"{PROPOSAL} for the aim {self.first} set out {on_day(day)}, with its cost and date", owner=CIO, due=due)
        return FollowUp(what=said or f"Agree a dated next step with {self.first}", owner=CIO, due=due)

    def followups(self) -> PlanSection:
        moves = self.pick("followups", 1)
        goal = main_goal(self.sit)  # "agree a next step" beside a dated answer is filler; so is a proposal for what they asked
        measure = self.facts.live_measure() if not goal else None
        if len(self.lead.followups) < 3 and (goal or self.aim or (measure and measure.spoken) or not self.lead.followups) and not asked_of_us(self.sit, goal):
            self.lead.followups.append(self._commitment())
        self.lead.followups = pick_followups(self.lead.followups, self.sit, self.inp.today, self.first)  # one line per real item
        text = " ".join(f"{f.what}: {f.owner}" + (f", by {said_day(f.due)}." if f.due else ".") for f in self.lead.followups)  # no date: no slot
        signs = signs_moved(self.sit, self.a, self.first, self.lead.uncertain, self.facts.events)
        if signs:
            text += "".join(f" Sign it moved: {sign}." for sign in signs)  # one short sentence each
        return self.section("followups", text, self.move_sources(moves))


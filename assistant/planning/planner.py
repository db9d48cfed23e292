"""The offline planner: a conversation plan composed from playbooks, retrieved material and the notes.

Deterministic and local. Every claim about the partner comes from a note (quoted
or named, with its date); every move comes from a playbook and cites the
documents that explain it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.perception.cues import cue_hits
from assistant.planning.business_functions import infer_function
from assistant.planning.facts import Fact, extract_facts
from assistant.planning.playbooks import Move, Playbook, ValueFrames, fill
from assistant.planning.value_message import draft_value_message
from assistant.planning.value_traps import check_value_traps
from assistant.schema import QUADRANT_LABELS, Assessment, FollowUp, Hit, NoteText, Plan, PlanSection, Source
from assistant.text.sentences import one_line

DEFAULT_PURPOSE = "next regular meeting"
LEVEL_WORDS = {
    "T": "technology as the basics that must run",
    "I": "technology as a source of information to run and improve the work",
    "BT": "technology as part of strategy",
    "unknown": "not yet clear from the notes",
}
SECTION_TITLES = {
    "goal": "Goal for this meeting",
    "stand": "Where the partner stands",
    "opening": "Opening",
    "teach": "What to teach",
    "competence": "Competence proof",
    "questions": "Questions to ask",
    "objections": "Likely objections and answers",
    "value": "Value message",
    "followups": "Follow-ups",
}
SECTION_QUERIES = {
    "stand": "recognising the {q} partner signals",
    "opening": "how to open a meeting with a {q} partner",
    "teach": "teaching a {function} partner to move from {level} dependence",
    "competence": "proving competence small dated commitments promise ledger",
    "questions": "questions that reveal perceptions of dependence and competence",
    "objections": "answering objections budget too big IT is slow vendor",
}


@dataclass
class LedgerItem:
    what: str
    owner: str
    due: dt.date | None
    status: str  # open | kept | missed | dropped
    delivered_on: dt.date | None = None
    how: str | None = None


@dataclass
class PlanInput:
    stakeholder: str | None
    role: str | None
    function: str | None
    notes: list[NoteText]
    assessment: Assessment
    purpose: str = DEFAULT_PURPOSE
    value_statement: str = ""
    ledger: list[LedgerItem] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)


Retriever = Callable[[str, int], list[Hit]]

# The moves that define each quadrant's approach (perception model): a plan includes them.
ESSENTIAL_TAGS = {
    "bypass_risk": {"own_past_miss", "dated_commitment", "delegate_delivery_fix"},
    "cost_centre": {"small_steps", "reliability_in_business_terms", "dated_commitment"},
    "utility": {"teach_with_their_data"},
    "partner": {"co_own_outcome", "portfolio_invitation"},
    "unknown": {"discovery_questions", "listen_first"},
}


def _unwrap(quote: str) -> str:
    """Drop straight quotes that wrap the whole quote (the plan adds its own), never half of a pair."""
    if len(quote) > 1 and quote[0] == quote[-1] == '"' and quote.count('"') == 2:
        return quote[1:-1]
    return quote


class OfflinePlanner:
    def __init__(self, playbooks: dict[str, Playbook], frames: ValueFrames, retrieve: Retriever | None = None):
        self._playbooks = playbooks
        self._frames = frames
        self._retrieve = retrieve

    def plan(self, inp: PlanInput) -> Plan:
        return _Composer(inp, self._playbooks, self._frames, self._retrieve).compose()


class _Composer:
    """One plan's worth of state: the partner's facts, the chosen playbook, the sources seen."""

    def __init__(self, inp: PlanInput, playbooks: dict[str, Playbook], frames: ValueFrames, retrieve: Retriever | None):
        self.inp = inp
        self.a = inp.assessment
        self.frames = frames
        self.retrieve = retrieve
        self.no_notes = not inp.notes
        self.quadrant = "unknown" if self.no_notes else self.a.quadrant
        self.book = playbooks[self.quadrant]
        self.level = self.a.dependence if self.a.dependence != "unknown" else "T"
        self.name = inp.stakeholder or "this partner"
        self.first = _first_name(inp.stakeholder)
        self.function = infer_function(inp.function, inp.role)
        self.purpose = (inp.purpose or DEFAULT_PURPOSE).strip()
        self.seed = int(hashlib.sha256(f"{self.name}|{self.purpose}".encode()).hexdigest(), 16)
        self.notes_text = " ".join(n.text.lower() for n in inp.notes)
        self.facts = extract_facts(inp.notes, exclude=inp.stakeholder)
        self.used_facts: list[Fact] = []
        self.last_fact: Fact | None = None
        self.retrieved: list[str] = []
        self.moves: list[str] = []

    # -- helpers ---------------------------------------------------------
    def values(self, topic: str | None = None) -> dict[str, str]:
        purpose = self.purpose if not self.purpose.lower().startswith(("next ", "first ")) else f"the {self.purpose}"
        return {
            "partner": self.first,
            "function": self.function.replace("_", " "),
            "topic": topic or self.topic(),
            "purpose": purpose,
        }

    def topic(self, prefer: str = "any", avoid_traps: bool = False) -> str:
        """A salient fact from the notes: a miss for competence moves, a goal or project for teaching.

        Facts not yet used in this plan come first, so sections draw on different specifics.
        """
        if not self.facts:
            return "your team's priorities" if self.no_notes else "our work together"  # reads right in every template
        pool = self.facts
        if prefer == "incident":
            pool = [f for f in self.facts if f.kind == "incident" or "doubted" in cue_hits(f.sentence)] or self.facts
        elif prefer == "project":
            pool = [
                f for f in self.facts if f.kind in ("project", "name") and "doubted" not in cue_hits(f.sentence)
            ] or self.facts
        pool = [f for f in pool if f.kind != "person"] or pool
        if avoid_traps:  # "the ledger upgrade" would put feature talk into the value message
            pool = [f for f in pool if not check_value_traps(f.phrase)] or pool
        pool = sorted(pool, key=lambda f: f.kind == "name")  # projects and incidents read best in a sentence
        fresh = [f for f in pool if f not in self.used_facts]
        fact = (fresh or pool)[0]
        if fact not in self.used_facts:
            self.used_facts.append(fact)
        self.last_fact = fact
        return fact.phrase

    def fact_source(self) -> list[Source]:
        return [self.note_source(self.last_fact.note_ref)] if self.last_fact else []

    def note_source(self, ref: str) -> Source:
        return Source(kind="note", ref=ref)

    def knowledge(self, section: str) -> list[Source]:
        if not self.retrieve or section not in SECTION_QUERIES:
            return []
        query = SECTION_QUERIES[section].format(
            q=QUADRANT_LABELS[self.quadrant].lower(), function=self.function.replace("_", " "), level=self.level
        )
        hits = [h for h in self.retrieve(query, 3) if h.score >= 0.3 and h.metadata.get("kind") != "note"]
        for hit in hits:
            self.retrieved.append(hit.source.ref)
        return [Source(kind="knowledge", ref=h.source.ref, title=h.source.title) for h in hits[:1]]

    def move_sources(self, moves: list[Move]) -> list[Source]:
        refs = []
        for move in moves:
            for doc in move.docs:
                if doc not in refs:
                    refs.append(doc)
        self.retrieved.extend(refs)
        return [Source(kind="knowledge", ref=r) for r in refs]

    def pick(self, section: str, count: int) -> list[Move]:
        candidates = self.book.moves_for(section, self.level)
        if not candidates:
            candidates = self.book.moves_for(section)

        essential = ESSENTIAL_TAGS.get(self.quadrant, set())
        covered = {t for m in self.book.moves if m.id in self.moves for t in m.tags}

        def score(move: Move) -> tuple[float, int]:
            hits = sum(1 for cue in move.cues if cue in self.notes_text)
            missing = (set(move.tags) & essential) - covered
            return (hits / max(len(move.cues), 1) + 0.15 * hits + 0.6 * len(missing), -candidates.index(move))

        chosen = sorted(candidates, key=score, reverse=True)[:count]
        self.moves.extend(m.id for m in chosen)
        return chosen

    def evidence_for(self, axis: str) -> list[tuple[str, str | None, str | None]]:
        return [(_unwrap(one_line(e.quote)), e.date, e.note_ref) for e in self.a.evidence if e.axis == axis]

    # -- sections --------------------------------------------------------
    def compose(self) -> Plan:
        notices = []
        if self.no_notes:
            notices.append(
                f"There are no notes about {self.name} yet, so this is a plan for a first, listening meeting. Add notes after it."
            )
        elif self.a.quadrant == "unknown":
            notices.append(
                "At least one perception is unknown, so this is a discovery plan: its questions are meant to settle what the notes do not show."
            )
        sections = [
            self.goal(),
            self.stand(),
            self.opening(),
            self.teach(),
            self.competence(),
            self.questions(),
            self.objections(),
        ]
        value_section, value_message, traps = self.value()
        sections.append(value_section)
        followups_section, followups = self.followups()
        sections.append(followups_section)
        return Plan(
            stakeholder=self.inp.stakeholder,
            quadrant=self.quadrant,  # type: ignore[arg-type]
            purpose=self.purpose,
            sections=sections,
            value_message=value_message,
            value_traps=traps,
            followups=followups,
            moves=self.moves,
            notices=notices,
            engine="offline",
            retrieved=sorted(set(self.retrieved)),
        )

    def section(self, key: str, text: str, sources: list[Source]) -> PlanSection:
        unique: dict[tuple[str, str], Source] = {}
        for s in sources:
            unique.setdefault((s.kind, s.ref), s)
        return PlanSection(key=key, title=SECTION_TITLES[key], text=text.strip(), sources=list(unique.values()))

    def goal(self) -> PlanSection:
        templates = self.book.goal_templates or ["Leave {partner} with one clear next step."]
        prefer = "incident" if self.quadrant in ("bypass_risk", "cost_centre") else "project"
        template = templates[self.seed % len(templates)]
        if "{topic}" not in template:
            return self.section("goal", fill(template, self.values("")), [])
        text = fill(template, self.values(self.topic(prefer)))
        return self.section("goal", text, self.fact_source())

    def stand(self) -> PlanSection:
        if self.no_notes:
            return self.section(
                "stand",
                f"Nothing is recorded about {self.name} yet, so neither perception can be judged. Listen for how they talk about technology and about our delivery.",
                [],
            )
        label = QUADRANT_LABELS[self.quadrant]
        lines = [
            f"{self.name} reads as {label.lower()}: dependence {self.a.dependence} ({LEVEL_WORDS[self.a.dependence]}) "
            f"and competence {self.a.competence}, with {self.a.confidence:.0%} confidence."
        ]
        if self.a.trend and self.a.trend not in ("stable", "not enough dated notes for a trend"):
            lines.append(f"Trend: {self.a.trend}.")
        sources: list[Source] = []
        quotes = list(
            dict.fromkeys(self.evidence_for("dependence")[:2] + self.evidence_for("competence")[:2])
        )  # one sentence may back both axes
        if quotes:
            cited = "; ".join(f"“{q}” ({d or r})" for q, d, r in quotes)
            lines.append(f"The notes behind this: {cited}.")
            sources += [self.note_source(r) for _, _, r in quotes if r]
        specifics = [f for f in self.facts if f.kind != "person"][:4]
        if specifics:
            named = "; ".join(f"{f.phrase} ({f.note_ref})" for f in specifics)
            lines.append(f"Specifics from the notes to bring into the conversation: {named}.")
            sources += [self.note_source(f.note_ref) for f in specifics]
        if self.a.dependence == "unknown":
            lines.append(f"The notes do not yet show how much {self.first} thinks the business depends on technology.")
        if self.a.competence == "unknown":
            lines.append(f"The notes do not yet show whether {self.first} trusts us to deliver what we promise.")
        return self.section("stand", " ".join(lines), sources + self.knowledge("stand"))

    def opening(self) -> PlanSection:
        moves = self.pick("opening", 1)
        prefer = "incident" if any("own_past_miss" in m.tags for m in moves) else "project"
        parts = []
        for move in moves:
            parts.append(fill(move.say, self.values(self.topic(prefer))))
            parts.append(f"Why this opening: {move.when[0].lower() + move.when[1:]}" if move.when else "")
            parts.append(f"Avoid: {move.avoid[0].lower() + move.avoid[1:]}" if move.avoid else "")
        sources = self.fact_source()
        return self.section(
            "opening", " ".join(p for p in parts if p), sources + self.move_sources(moves) + self.knowledge("opening")
        )

    def teach(self) -> PlanSection:
        moves = self.pick("teach", 2 if self.quadrant in ("utility", "partner") else 1)
        target = {
            "T": "from seeing technology as the basics towards using information (T to I)",
            "I": "from information towards strategy (I to BT)",
            "BT": "deeper into shared strategy",
        }.get(self.level, "")
        parts = []
        if self.quadrant == "bypass_risk":
            parts.append(f"Keep teaching short with {self.first} until a promise has been kept; one example is enough.")
        elif self.quadrant == "cost_centre":
            parts.append("Teach in one small step, alongside the reliability fix, not instead of it.")
        if target and self.quadrant != "unknown":
            parts.append(f"The aim is to move {self.first} {target}.")
        for move in moves:
            parts.append(fill(move.say, self.values(self.topic("project"))))
            if move.steps:
                parts.append("How: " + "; ".join(fill(s, self.values()).rstrip(".") for s in move.steps[:3]) + ".")
        words = self.frames.function_language.get(self.function, [])[:5]
        if words:
            parts.append(f"Speak in {self.function.replace('_', ' ')} terms: {', '.join(words)}.")
        sources = self.fact_source()
        return self.section("teach", " ".join(parts), sources + self.move_sources(moves) + self.knowledge("teach"))

    def competence(self) -> PlanSection:
        parts, sources = [], []
        today = self.inp.today
        kept = [c for c in self.inp.ledger if c.status == "kept"]
        overdue = [c for c in self.inp.ledger if c.status == "open" and c.due and c.due < today]
        open_ = [c for c in self.inp.ledger if c.status == "open" and not (c.due and c.due < today)]
        for c in kept[:3]:
            how = f" ({c.how})" if c.how else ""
            parts.append(f"Kept: {c.what}, delivered {c.delivered_on or 'on time'}{how}.")
        for c in overdue:
            parts.append(
                f"Overdue: {c.what} was due {c.due} (owner {c.owner}); say so before {self.first} does, and give a new date."
            )
        for c in open_[:3]:
            parts.append(f"Open: {c.what}, owner {c.owner}, due {c.due or 'no date yet'}.")
        if not self.inp.ledger:
            parts.append(
                f"The promise ledger holds nothing for {self.first} yet; the commitment below becomes its first entry."
            )
        moves = self.pick("competence", 2 if self.quadrant in ("bypass_risk", "cost_centre") else 1)
        for move in moves:
            parts.append(fill(move.say, self.values(self.topic("incident"))))
            if move.owner == "direct_report":
                due = today + dt.timedelta(days=move.due_days or 30)
                parts.append(
                    f"A direct report owns this and reports back by {due.isoformat()}, so the CIO's own time goes to the relationship."
                )
        doubted = self.evidence_for("competence") if self.a.competence == "doubted" else []
        if doubted:
            quote, date, ref = doubted[0]
            parts.append(f"Remember what {self.first} said on {date or ref}: “{quote}”")
            if ref:
                sources.append(self.note_source(ref))
        sources += self.fact_source()
        return self.section(
            "competence", " ".join(parts), sources + self.move_sources(moves) + self.knowledge("competence")
        )

    def questions(self) -> PlanSection:
        moves = self.pick("questions", 3)
        asked = [fill(m.say, self.values()) for m in moves]
        asked += [q for q in self.a.questions if q not in asked]
        text = "\n".join(f"{i}. {q}" for i, q in enumerate(asked, start=1))
        return self.section("questions", text, self.move_sources(moves) + self.knowledge("questions"))

    def objections(self) -> PlanSection:
        moves = self.pick("objections", 2)
        parts = []
        for move in moves:
            said = (move.objection or move.title).strip('“”"')
            parts.append(f"If {self.first} says “{said}”: {fill(move.say, self.values())}")
            if move.avoid:
                parts.append(f"Avoid: {move.avoid[0].lower() + move.avoid[1:]}")
        return self.section("objections", " ".join(parts), self.move_sources(moves) + self.knowledge("objections"))

    def value(self) -> tuple[PlanSection, str, list[str]]:
        topic = self.topic("project", avoid_traps=True)
        message, traps = draft_value_message(
            self.frames, self.level, self.function, self.first, topic, self.inp.value_statement, self.seed
        )
        sources = self.fact_source()
        sources.append(Source(kind="knowledge", ref="knowledge/writing-the-value-statement.md"))
        self.retrieved.append("knowledge/writing-the-value-statement.md")
        text = message if not traps else message + " (Check: " + " ".join(traps) + ")"
        return self.section("value", text, sources), message, traps

    def followups(self) -> tuple[PlanSection, list[FollowUp]]:
        moves = self.pick("followups", 2)
        comp = [m for m in self.book.moves_for("competence", self.level) if m.id in self.moves and m.due_days]
        items: list[FollowUp] = []
        for move in moves + comp:
            due = self.inp.today + dt.timedelta(days=move.due_days or 7)
            owner = "CIO" if move.owner == "cio" else "Direct report (delivery lead)"
            items.append(FollowUp(what=move.title, owner=owner, due=due.isoformat()))
        text = " ".join(f"{f.what}: {f.owner}, by {f.due}." for f in items)
        return self.section("followups", text, self.move_sources(moves)), items


def _first_name(name: str | None) -> str:
    from assistant.text.prose import first_name

    return first_name(name) if name else "your partner"

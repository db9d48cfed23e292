"""Composing a coach's answer from retrieved passages, with nothing stitched and nothing untrue.

The parts are chosen, never assembled from fragments: the direct answer is the
opening sentences of the single most relevant paragraph; `say_this` is a line the
material itself offers the CIO to say (only from sections written for the CIO to
say, never a partner's quoted words); `question_back` is one of a small set of
coaching questions written to stand on their own; the passages are whole
paragraphs (or whole lists) shown with their citation. A slot with nothing that
fits stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.conversation.material_fit import ASKS_SHOW as ASKS_SHOW
from assistant.conversation.material_fit import FUNCTIONS as FUNCTIONS
from assistant.conversation.material_fit import asked_functions
from assistant.conversation.material_fit import fit_function as fit_function
from assistant.conversation.material_fit import retrieval_query as retrieval_query
from assistant.conversation.preconditions import question_case
from assistant.conversation.question_intents import (
    ASKED_AGAIN,
    INVITED,
    MISS,
    OFFERED,
    OWNS,
    RIVAL,
    without_time_anchor,
)
from assistant.retrieval.knowledge import IN_SHORT_HEADING
from assistant.schema import Hit
from assistant.text.prose import sentences

Embed = Callable[[Sequence[str]], np.ndarray]

SAY_FLOOR = 0.25  # a line to say must be about the question
QUESTION_FLOOR = 0.20
# Only sections of general lines for the CIO hold lines to say: elsewhere quotes are often the partner's,
# or worked examples whose specifics (a project, a date) would be untrue in another CIO's situation.
_CIO_LINES = re.compile(r"^phrases|what to say|plan the opening|^questions (?:about|that)|^in short$", re.I)
IN_SHORT = re.compile(r"^in short$", re.I)  # each document's own answer to its main question, written to stand alone
_SAY_PARAGRAPH = re.compile(r"^Say:\s*[\"“]")
_NEGATIVE_SECTION = re.compile(r"not to do|backfire|goes wrong|stalls|ignored|trap|mistake|avoid", re.I)
_HOW_SECTION = re.compile(
    r"how to|respond|answer|moves that work|main move|what to say|name it first|say what changes|curiosity first|"
    r"accept the request|then teach|choose|size a commitment|keeping them|what the move looks like|step sequence|^in short$",
    re.I,
)
_BACKGROUND_SECTION = re.compile(r"signal|recognise|telling you|behind the complaint|example|^why|borderline", re.I)
_ASKS_NEGATIVE = re.compile(r"\b(?:avoid|not|never|don't|mistake|wrong|trap|backfire)\b", re.I)
SHOW_SECTION = re.compile(r"kinds of metrics|who sees what|choosing .*metrics|what to show|design the metrics|translating .*metrics|scorecard", re.I)
_QUOTE = re.compile(r"[\"“]([^\"”]{20,260})[\"”]")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")

# Questions a coach asks back; each stands alone and is true in any CIO's situation it fits.
COACH_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("budget cost spend too big too expensive savings", "When this partner says IT costs too much, which is it: they can't see what they get, things still break, their own budget is being cut, or pressure from above?"),
    ("metrics board dashboard kpi report numbers measure", "Which single number does this partner already report upwards, and how could technology move it?"),
    ("vendor outside agency consultants bypass shadow it going around", "What would the outside provider give this partner that we have not: speed, attention, or a result they can see?"),
    ("missed deadline late failed project apology own miss trust", "Was the miss really ours, and does it still weigh on this partner, or have they already moved on?"),
    ("slow it takes too long delivery speed waiting", "Which request of theirs waited longest, and who on your team could give them a date for it this week?"),
    ("teach explain value information data analytics move t to i", "What does this partner's own data already tell them, and what could it tell them a month earlier?"),
    ("strategy board seat transformation bt partner co-own", "Which of this partner's decisions this year could technology change, and have they invited you into it?"),
    ("commitment promise date owner follow up ledger", "What is the smallest thing your team can deliver for this partner in the next two weeks, and who owns it?"),
    ("value statement message staff consistency", "If you asked ten of your staff what technology is worth here, how many would say the same thing?"),
    ("first meeting prepare unknown perception questions discovery", "What do you still not know about how this partner sees technology, and which question would tell you?"),
    ("relationship trust credibility intimacy personal", "What does this partner worry about that has nothing to do with IT?"),
    ("keep the lights on utility running fine support", "Does this partner know anything your team could do for them beyond keeping things running?"),
)
FALLBACK_QUESTION = "What does this partner most want from the next meeting, in their own words?"


@dataclass
class Unit:
    """A whole paragraph or a whole list from one retrieved section."""

    text: str
    hit_rank: int
    heading: str
    is_list: bool
    say_only: bool = False  # a "Say: “…”" line: a line to say, never the answer or a passage
    context: str = ""  # for a "Say:" line, the section it closes (what the line is about)


def section_units(hit: Hit, rank: int) -> list[Unit]:
    body = hit.text.split("\n", 1)[1] if "\n" in hit.text and hit.source.kind == "knowledge" else hit.text
    heading = str(hit.metadata.get("heading") or hit.metadata.get("title") or "")
    units: list[Unit] = []
    for para in [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]:
        if para.startswith("#"):
            continue
        lines = para.splitlines()
        is_list = all(re.match(r"\s*(?:[-*•]|\d+\.)\s|\s*\|", ln) for ln in lines if ln.strip())  # a table is shown whole, like a list
        if is_list and units and units[-1].text.rstrip().endswith(":"):
            units[-1] = Unit(f"{units[-1].text}\n\n{para}", rank, heading, True)  # "Good openings:" travels with its list
            continue
        say_only = bool(_SAY_PARAGRAPH.match(para))
        units.append(Unit(para, rank, heading, is_list, say_only=say_only, context=plain(body) if say_only else ""))
    return [u for u in units if not u.text.rstrip().endswith(":")]  # an introduction whose list is not here would dangle


def with_document_answers(hits: list[Hit]) -> list[Hit]:
    """The hits, then the "In short" section of each retrieved document that is not among them.

    A question's closest sections are often examples or signals; the document they come from holds
    its own answer, written to stand alone, in its chunks' metadata.
    """
    shown = {str(h.metadata.get("ref")) for h in hits}
    extra: list[Hit] = []
    for hit in hits:
        summary, doc = str(hit.metadata.get("in_short") or ""), str(hit.metadata.get("doc") or "")
        ref = f"{doc}#{IN_SHORT_HEADING}"
        if summary and doc and ref not in shown:
            shown.add(ref)
            meta = {**hit.metadata, "ref": ref, "heading": IN_SHORT_HEADING}
            extra.append(Hit(id=ref, text=f"{hit.metadata.get('title', '')} — {IN_SHORT_HEADING}\n{summary}", score=hit.score, metadata=meta))
    return hits + extra


def plain(text: str) -> str:
    """Markdown emphasis removed, whitespace collapsed."""
    return re.sub(r"\s+", " ", _BOLD.sub(r"\1", text)).strip()


_DANGLING = re.compile(r"(?:then|so|but|and|this|that|these|those|it|they|also|instead|otherwise|meanwhile|however|still)\b", re.I)
_QUOTE_MARK = re.compile(r"[\"“”]")
WORKED_EXAMPLE = re.compile(r"^(?:an? )?(?:worked|example)", re.I)  # another partner's facts: true there, untrue here
DANGLING = _DANGLING  # a paragraph or sentence that opens by pointing at something before it

# A sentence that illustrates or defines ("X or Y are common examples", "An HR director at T sees technology as ...") is not advice.
EXAMPLE_SENTENCE = re.compile(r"\b(?:examples?|e\.g\.|for instance|such as|signals?)\b|^(?:an?|the)\s[\w -]{0,40}\b(?:at|in) (?:T|I|BT)\b|"
                              r"^(?:an?|the|their|your)\s[\w -]{0,40}\b(?:is|are|means|sees|see)\b(?! (?:to|not to)\b)", re.I)
# Advice: an imperative opening, or a sentence that tells the CIO what to do.
_IMPERATIVE = ("ask acknowledge admit agree answer apologise begin book bring build call check choose close commit confirm connect decide "
               "describe do don't explain find focus follow frame give go keep lead learn let link listen make map meet name never offer "
               "open own pick plan prepare present promise propose put raise read record repeat report say send set share show start stop "
               "suggest take tell thank translate treat try turn use write").split()
ADVICE = re.compile(rf"^(?:(?:first|then|next|instead|now|always|before [^,]+|if [^,]+|when [^,]+),\s*)?(?:{'|'.join(_IMPERATIVE)})\b|"
                    r"\b(?:start by|start with|you should|you can|you need to|your job is|the move is|the first step|the best opening|aim to)\b", re.I)


def is_advice(sentence: str) -> bool:
    """A sentence that tells the CIO what to do, not one that illustrates or defines."""
    return bool(ADVICE.search(sentence)) and not EXAMPLE_SENTENCE.search(sentence)


def pick_lead(ranked: list[tuple[float, Unit]], asks_show: bool = False) -> Unit | None:
    """The paragraph the direct answer opens with: advice that stands alone, from a how-to section when one is close.

    A question about what to show opens only with material on which metrics to show (or with nothing).
    """
    prose = [(score, u) for score, u in ranked if not u.is_list and direct_answer(u) and not _DANGLING.match(plain(u.text))]
    advice = [(score, u) for score, u in prose if any(is_advice(x) for x in sentences(plain(u.text)))]
    prose = advice or prose
    if asks_show:
        prose = [(score, u) for score, u in prose if SHOW_SECTION.search(u.heading)]
    if not prose:
        return None
    how = [(score, u) for score, u in prose if _HOW_SECTION.search(u.heading) and score >= prose[0][0] - 0.12]
    return (how or prose)[0][1]


def direct_answer(unit: Unit, limit: int = 3) -> str:
    """The paragraph's opening sentences, whole, in order (a list gives none: it is shown as a passage)."""
    if unit.is_list or re.match(r"(?:signals?|examples?|for example|e\.g\.)\b", plain(unit.text), re.I):
        return ""  # a paragraph of signals or examples illustrates; it does not answer
    unquoted = re.sub(r"[\"“][^\"”]*[\"”]", " QUOTED. ", plain(unit.text))  # a quote is a line to say, not the answer
    said: list[str] = []
    found = [x for x in sentences(unquoted) if not ("QUOTED" in x or _QUOTE_MARK.search(x) or x.endswith(":"))]
    start = next((i for i, x in enumerate(found) if is_advice(x) and not _DANGLING.match(x)), 0)  # open with the advice
    for x in found[start:]:
        if x[:1].islower():  # "and mean the organisation ..." is what is left of 'Say "we" and mean ...' once the quote is out
            break
        if EXAMPLE_SENTENCE.search(x) or x.startswith((".", ",")):
            continue  # an example or a definition recites the material instead of answering
        if said and _DANGLING.match(x):
            break  # "That answer ..." after a quote that was left out would point at nothing
        said.append(x)
    return tidy(" ".join(said[:limit]))


def tidy(text: str) -> str:
    """No ". ." or ",." left where a quote was cut out, and a quote inside a quote in single marks."""
    text = re.sub(r"\s+([.,;:])", r"\1", re.sub(r"([.!?])[\s.]*\.(?!\.)", r"\1", text))
    return re.sub(r"“([^”]*)”", lambda m: "“" + re.sub(r"\"([^\"]*)\"", r"‘\1’", m.group(1)) + "”", text)


_CASE_SECTION = re.compile(r"(?:when|if)\b", re.I)  # a section for one case, not the general answer


def _heading_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower())} - {"when", "what", "that", "this", "with", "your", "have", "really", "does", "there"}


def rank_units(embed: Embed, question: str, units: list[Unit], hits_count: int) -> list[tuple[float, Unit]]:
    """Units by closeness to the question, with a small bonus for what the retriever ranked high."""
    if not units:
        return []
    vectors = embed([question] + [plain(u.text) for u in units])
    sims = vectors[1:] @ vectors[0]
    asks_negative = bool(_ASKS_NEGATIVE.search(question))
    asks_show, rival, missed = bool(ASKS_SHOW.search(question)), bool(RIVAL.search(question)), bool(MISS.search(question))
    asked = _heading_words(question)
    scored = []
    for sim, unit in zip(sims, units, strict=True):
        value = float(sim) + 0.03 * (hits_count - unit.hit_rank)
        if _NEGATIVE_SECTION.search(unit.heading) and not asks_negative:
            value -= 0.15  # "what not to do" answers only a question about what to avoid
        value += 0.08 if _HOW_SECTION.search(unit.heading) else (-0.05 if _BACKGROUND_SECTION.search(unit.heading) else 0.0)
        value += 0.03 if not unit.is_list and len(sentences(plain(unit.text))) >= 2 else 0.0
        value += 0.06 if IN_SHORT.search(unit.heading) else 0.0  # the document's own answer beats a paragraph of reference text
        if _CASE_SECTION.match(unit.heading) and not _heading_words(unit.heading) & asked:
            value -= 0.12  # "When the miss was not really IT's" answers only a question about that case
        value += 0.12 if asks_show and SHOW_SECTION.search(unit.heading) else 0.0  # "what should I show": say what to show
        value += 0.1 if (rival and re.search(r"\bshadow\b", unit.text, re.I)) or (missed and OWNS.search(unit.text)) else 0.0  # shadow-IT / owning material
        scored.append((value, unit))
    return sorted(scored, key=lambda x: -x[0])


APOLOGY = re.compile(r"\bon us\b|\bsorry\b|\bapolog|\bour (?:miss|mistake|fault)\b|\bwe got it wrong\b|\bwe (?:missed|let you down)\b|\bit wasn't\b", re.I)
VENDOR = re.compile(r"\bvendors?\b|\bagency\b|\boutside\b|\bconsultants?\b|\bsupplier\b", re.I)
ASKS_MISS = re.compile(r"\bmiss(?:ed)?\b|\bslipp|\blate\b|\bfail|\bapolog|\boutage|went wrong|\bdelay|\bbroke|\bour fault\b", re.I)
_SPECIFIC = re.compile(r"\d|\b(?:twice|three times|four times|several times)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<!^)(?<![.!?] )\b(?!I\b|IT\b|I'[a-z]+\b)[A-Z][a-z]+"
                       r"|\b(?:the|your|our) [\w-]+ (?:project|tool|outage|migration|upgrade|rollout|platform|system|season|range)\b")


_FIX_LINE = re.compile(r"\bthe fix\b|\bfix (?:it|this|that)\b|\bnew date\b", re.I)
_ASKS_DELEGATE = re.compile(r"\bdirect reports?\b|\bdelegat|\bwho (?:should|will|can) own\b|\bowner\b", re.I)


def fits_situation(line: str, question: str) -> bool:
    """A line about a vendor fits only a question about one; an apology only a question about a miss."""
    fix = _FIX_LINE.search(line) and not (ASKS_MISS.search(question) or _ASKS_DELEGATE.search(question))  # "own the fix" needs a miss
    return not (VENDOR.search(line) and not VENDOR.search(question)) and not (APOLOGY.search(line) and not ASKS_MISS.search(question)) and not fix


def _sayable(unit: Unit) -> bool:
    """Lines the CIO may say: sections of general lines, or a how-to section's quotes that name nothing specific."""
    return bool(_CIO_LINES.search(unit.heading)) or bool(  # "Borderline cases and how to decide" quotes partners, not the CIO
        _HOW_SECTION.search(unit.heading) and not _NEGATIVE_SECTION.search(unit.heading) and not _BACKGROUND_SECTION.search(unit.heading)
        and not re.search(r"\bdo not|don't\b", unit.heading, re.I))


def say_this(embed: Embed, question: str, units: list[Unit], context: str = "") -> str:
    """The line from the material, written for the CIO to say, that best fits the question and the lead (or nothing)."""
    lines: list[tuple[str, float, str]] = []
    for unit in units:
        if not _sayable(unit):
            continue
        general = bool(_CIO_LINES.search(unit.heading))
        for match in _QUOTE.finditer(unit.text):
            line = plain(match.group(1))
            if not re.match(r"[\w‘']", line) or line.endswith(("-", ":", ",")):
                continue  # the text between two quotes, not a quote ('": partly doubted; a co-sourcing opening. - "')
            if general or not (_SPECIFIC.search(line) or names_people(line)):  # another CIO's project, date or person is untrue here
                if len(line.split()) >= 6 and asked_functions(line) <= asked_functions(question) and fits_situation(line, question):
                    bonus = 0.12 if IN_SHORT.search(unit.heading) else 0.05 if general else 0.0  # the document's own line first
                    lines.append((line, bonus, unit.context or plain(unit.text)))  # "working for finance" fits finance only
    lines = [x for x in lines if APOLOGY.search(x[0])] or lines if MISS.search(question) else lines  # "we missed it": a line that owns it
    if not lines:
        return ""
    n = len(lines)
    vectors = embed([question, context or question] + [line for line, _, _ in lines] + [home for _, _, home in lines])
    to_question, to_context = vectors[2 : 2 + n] @ vectors[0], vectors[2 : 2 + n] @ vectors[1]
    to_question = np.maximum(to_question, vectors[2 + n :] @ vectors[0] - 0.1)  # a short line is as close as the advice it comes with
    total = to_question + to_context + np.array([bonus for _, bonus, _ in lines])
    total[to_question < SAY_FLOOR] = -np.inf  # a line not about the question never wins, however close to the lead
    best = int(np.argmax(total))
    return lines[best][0] if np.isfinite(total[best]) else ""


# The question's situation, read from its own words, picks the question back before any closeness does.
SITUATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bfirst (?:meeting|conversation|call|time|month|weeks?|\d+ days)|never (?:met|worked)|"
                r"\bnew (?:coo|cfo|cmo|ceo|cio|partner|head|director|vp|chief)\b|introduc", re.I),
     "What do you still not know about how this partner sees technology, and which question would tell you?"),
    (re.compile(r"\bprais|\bthank(?:ed|s)\b|\bcomplimen|\bgave us credit\b", re.I),
     "What did the praise tell you about what this partner values, and which small next step would build on it?"),
    (ASKED_AGAIN, "Did what you sent answer the partner's real question, and did it reach the person who has to decide?"),
    (INVITED, "What does the partner want from you there, and which one thing will you bring in the partner's own terms?"),
    (OFFERED, "What will the partner's people do in the first week, who on your team works with them, and how will you tell the partner what it achieved?"),
    (RIVAL, "What would the outside provider give this partner that we have not: speed, attention, or a result they can see?"),
    (re.compile(r"\bmiss(?:ed)?\b|\bslipp|\blate\b|\bfail|\bapolog|\bbroke|\boutage|went wrong|delay", re.I),
     "Was the miss really ours, and does it still weigh on this partner, or have they already moved on?"),
    (re.compile(r"\bvendors?\b|\bagency\b|\boutsourc|\boutside\b|\bconsultants?\b|own tool|shadow|go(?:ing)? around", re.I),
     "What would the outside provider give this partner that we have not: speed, attention, or a result they can see?"),
    (re.compile(r"\bboard\b|\bexecutive committee\b|\bsteering\b", re.I),
     "Which three results does the board already follow, and which of them could technology move this year?"),
    (re.compile(r"\bbudgets?\b|\bcosts?\b|expensive|\bspend|\bcheaper|\bprice|\bsavings?\b", re.I),
     "When this partner says IT costs too much, which is it: they can't see what they get, things still break, their own budget is being cut, or pressure from above?"),
    (re.compile(r"\bobject|push(?:es)? back|says? no\b|not interested|resist|skeptic|sceptic", re.I),
     "What is this partner really objecting to: the idea, the timing, or something we did before?"),
    (re.compile(r"\bslow\b|takes too long|waiting|\bspeed\b", re.I),
     "Which request of theirs waited longest, and who on your team could give them a date for it this week?"),
)


def situation_question(question: str) -> str:
    """The question back that fits the situation the question names ("" when it names none)."""
    topic, case = without_time_anchor(question), question_case(question)  # "before the budget round" names no budget question
    return next((q for pattern, q in SITUATIONS if pattern.search(topic) and case.holds(q)), "")


def question_back(embed: Embed, question: str, context: str) -> str:
    """The coaching question that fits the question's situation, else the one closest to the question and the passage."""
    if fitting := situation_question(question):
        return fitting
    case = question_case(question)
    fitting_questions = [(about, q) for about, q in COACH_QUESTIONS if case.holds(q)]  # no "was the miss ours" without a miss
    abouts = [f"{about} {q}" for about, q in fitting_questions]
    vectors = embed([f"{question} {context}"] + abouts)
    sims = vectors[1:] @ vectors[0]
    best = int(np.argmax(sims))
    return fitting_questions[best][1] if float(sims[best]) >= QUESTION_FLOOR else FALLBACK_QUESTION


_ANAPHORA = re.compile(r"\b(?:it|that|this|they|them|she|he|her|him|those|what if|and if|then|instead|else)\b", re.I)


def followup_query(question: str, history: Sequence[tuple[str, str]]) -> str:
    """A follow-up read with the question it follows: short or referring questions carry the last one along."""
    previous = next((text for role, text in reversed(history) if role == "user" and text.strip()), "")
    if not previous:
        return question
    if len(question.split()) <= 12 or _ANAPHORA.search(question):
        return f"{question} (following: {previous})"
    return question


# A person named in a worked example: a capitalised name acting in the sentence ("Dana hears", "Sam's team").
_NAMED = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})(?:'s|’s|\s+(?:will|would|can|is|was|has|had|now|agrees|hears|sees|leaves|asks|asked|said|says|wants|"
                    r"runs|needs|told|owns|checked|tested|on your team|\([a-z ]+\))|\s+[A-Z][a-z]+,\s+(?:head|director|chief|manager))\b")
_NOT_NAMES = frozenset(
    "The This That These Those What Which Who Why When Where How Your Our Their They You We It If Then Each Every Some Any Most Many "
    "Both Two Three One Technology Business Partner Delivery Finance Sales Marketing Legal Product Data Report Value Teaching Typical "
    "Different Direct Trusted Communication Without Here There Good New Early Service Customer Operations Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September October November December Nobody "
    "Everyone Everything Someone Anything Her His She Let From Others Praise Change Avoid Vague History Payback Audit Paraphrase".split())
_NOUN_END = re.compile(r"(?:ity|ence|ance|ing|ion|ions|ship|our|ory|ment|ness|ism|ics|age)$")


def names_people(text: str, allowed: Sequence[str] = ()) -> list[str]:
    """Names of people acting in the text (worked examples), other than the allowed ones."""
    keep = {a.lower() for a in allowed}
    return [w for m in _NAMED.finditer(text) if (w := m.group(1)) not in _NOT_NAMES and not _NOUN_END.search(w) and w.lower() not in keep]


_PARTNER_ROLE = re.compile(r"\b(?:director|head of|vp|vice president|chief \w+ officer|cfo|coo|cmo|chro|cro|general counsel)\b", re.I)


def table_answer(question: str, units: Sequence[Unit]) -> tuple[str, Unit | None]:
    """For "what do I show the board": the row of a who-sees-what table whose audience the question names, said whole."""
    asked = {w for w in re.findall(r"[a-z]{4,}", question.lower())}
    if _PARTNER_ROLE.search(question) and not re.search(r"\bboard\b|\bexecutive (?:team|committee)\b", question, re.I):
        asked.add("partner")  # "a sales director", "the head of HR": one business partner, whose row is "each business partner"
    for unit in units:
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in unit.text.splitlines() if ln.strip().startswith("|")]
        if len(rows) < 3 or len(rows[0]) < 2 or not re.search(r"audience|who", rows[0][0], re.I):
            continue
        for row in rows[2:]:
            if len(row) == len(rows[0]) and asked & set(re.findall(r"[a-z]{4,}", row[0].lower())):
                named = [i for i in range(1, len(row)) if rows[0][i].lower() in question.lower()]
                if named:  # "how often should I report it?": that column, for that audience
                    return f"{rows[0][named[0]][:1].upper()}{rows[0][named[0]][1:]}, for the {row[0]}: {row[named[0]]}.", unit
                extra = f" ({rows[0][2]}: {row[2]})" if len(row) > 2 else ""
                the = "" if re.match(r"each\b", row[0], re.I) else "the "
                return f"What {the}{row[0]} should see: {row[1]}{extra}.", unit
    return "", None

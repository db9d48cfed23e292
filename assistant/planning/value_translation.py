"""The value message as a translation: the partner's goal in their words, the part of the
organisation's value statement that serves it (its meaning, never the whole statement),
and one concrete, dated first step. Every sentence passes the value-trap check."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.aim_facts import AimFact
from assistant.planning.aim_kinds import not_an_aim
from assistant.planning.contribution import ASK_GOAL
from assistant.planning.fragments import phrase_fault, sentence_fault
from assistant.planning.goal_current import goal_metric, met, went_live
from assistant.planning.goal_done import without_aside
from assistant.planning.goal_slot import fits_goal_slot, in_aside
from assistant.planning.partner_aims import Aim
from assistant.planning.partner_facts import Measure
from assistant.planning.partner_targets import Target, met_targets
from assistant.planning.plan_checks import PlanChecker
from assistant.planning.say_back import said_back
from assistant.planning.situation import Goal, Situation
from assistant.planning.target_status import current_level
from assistant.planning.their_phrase import with_their_phrase
from assistant.planning.value_echo import MIN_SHARED, shared
from assistant.planning.value_facts import fact_line, step_on_topic, value_story
from assistant.planning.value_final import finish_value, sentences
from assistant.planning.value_guard30 import guarded, our_thing, with_our_thing
from assistant.planning.value_lines import their_value_line
from assistant.planning.value_nogoal import no_goal_message
from assistant.planning.value_outcome import MEANT as _MEANT
from assistant.planning.value_outcome import level_not_move, outcome_sentence, unpasted, without_answers
from assistant.planning.value_outcome import named as _named
from assistant.planning.value_outcome import once_named as _once
from assistant.planning.value_outcome import unnamed as _unnamed
from assistant.planning.value_own import own_goal, own_value_message
from assistant.planning.value_paste21 import gate
from assistant.planning.value_settle19 import goals_text, refuser, settle, voice_check
from assistant.planning.value_tie import VERBS, meaning_sentence
from assistant.planning.value_traps import check_value_traps, trap_summaries
from assistant.planning.voice import goal_said, when
from assistant.schema import FollowUp

MAX_WORDS = 120
MAX_CLAUSE_WORDS = 7  # a clause this short carries the meaning without pasting the statement
_LEAD_INS = re.compile(
    r"^(?:(?:technology|it|we|our (?:job|purpose|role) is to|we exist to|[\w ]{0,40}? exists to|we help|helps|help)\s+)+"
    r"(?:(?:every|each|all|our|the)\s+(?:team|teams|colleague|colleagues|part of the business|business|people)\s+)?(?:to\s+)?",
    re.IGNORECASE,
)


def statement_clauses(statement: str) -> list[str]:
    """Short verb phrases the statement is made of: 'sell more', 'decide with numbers they trust'."""
    out = []
    for sentence in re.split(r"(?<=[.;])\s+", statement.strip()):
        body = _LEAD_INS.sub("", sentence.strip().rstrip(".;"))
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s)", body):
            words = part.strip().split()
            if words and re.fullmatch(r"[a-z]+(?:ps|ks|ls|ns|ts|es|ds|gs|rs)", words[0]) and words[0] not in {"does", "is", "has"}:
                words[0] = words[0][:-1]  # "Technology keeps the rounds running" -> "keep the rounds running"
            words = _drop_helper(words)
            if 2 <= len(words) <= MAX_CLAUSE_WORDS and words[0].lower() in _VERBS:
                out.append(re.sub(r"\bits\b", "the", " ".join([words[0].lower(), *words[1:]])))  # a verb phrase, or nothing: never a fragment
    return out


# Verbs a value-statement clause may start with; "office running safely" or "not screens" never fill the slot.
_VERBS = set(
    "keep help make run decide sell serve grow win cut reduce give protect deliver spend find see know build save get bring "
    "work care treat ship close hire plan move stay turn improve raise lower launch reach learn share spot answer focus meet "
    "hit choose put do free spend earn support enable secure connect simplify speed automate understand trust use act "
    "respond recover comply manage lead create design test sign collect pay invest welcome teach heal cure feed house".split()
)
_HELPER = re.compile(r"^(?:help|helping|let|enable)$", re.IGNORECASE)
_WHO = re.compile(r"^(?:teams?|people|staff|colleagues|everyone|us|you|the|every|each|our|all|business)$", re.IGNORECASE)


def _drop_helper(words: list[str]) -> list[str]:
    """'help teams decide faster' -> 'decide faster': the slot already says 'helping your team'."""
    if len(words) >= 3 and _HELPER.match(words[0]):
        rest = words[1:]
        while rest and _WHO.match(rest[0]):
            rest = rest[1:]
        if rest and rest[0].lower() in _VERBS:
            return rest
    return words


# The statement's themes and how each is recognised; contribution.py holds the sentence that carries each one.
THEMES: dict[str, str] = {
    "numbers": r"decid|decision|number|data|information|insight|measure|know",
    "running": r"run|reliab|safe|keep|secure|stable|smooth|work",
    "customers": r"customer|serve|service|patient|client|citizen",
    "growth": r"sell|grow|growth|win|market|revenue|compete|launch",
    "cost": r"cost|spend|money|value for|afford",
}
_GROWS = r"revenue|sales|growth|share|orders|margin|customers|subscribers|bookings"
LEVEL_THEMES = {"T": ("running", "numbers", "cost"), "I": ("numbers", "customers", "running"), "BT": ("growth", "customers", "numbers")}
def statement_themes(statement: str, level: str) -> list[str]:
    """The statement's themes, in the order that suits the partner's level; the level's own order without a statement."""
    order = LEVEL_THEMES.get(level, LEVEL_THEMES["I"])
    found = [t for t in order if re.search(THEMES[t], statement, re.IGNORECASE)]
    return found or list(order[:1])


# "joint target: 12% of bookings digital by Q4 2027": a number they aim at, which no echo of the statement displaces
_TARGETED = re.compile(r"\b(?:target|goal|aim)\b|\b(?:by|before|in)\s+(?:Q[1-4]\s+)?(?:FY\s?)?(?:20\d\d|the end of|end of|year[- ]end)|\bfrom\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d", re.IGNORECASE)

_TO_VERB = re.compile(r"\bto\s+(?:" + "|".join(sorted(VERBS | {"stay", "be", "go", "come"})) + r")$")  # "network to stay": a want, no measure


STALE_DAYS = 240  # a target this much older than a want voiced since has been overtaken by it


def main_goal(sit: Situation, statement: str = "") -> Goal | None:
    """The partner's live goal to build on: one with a measure first (a demand on us is not their goal), latest
    first, one that shares words with the value statement before one that does not; never a want that a later note
    shows delivered."""
    notes = {x.note.ref: x.note.text for x in sit.sentences}
    live = [g for g in sit.goals if not met(g, sit) and not in_aside(g.quote, notes.get(g.note_ref, ""), lambda _who: False)]
    measured = [g for g in live if g.measures or goal_metric(g.text)]
    pool = measured or live
    if statement and not measured:  # "cost per shipment down every year" before "one name to call": the one the statement meets
        pool = sorted(pool, key=lambda g: shared(g.text, statement) < MIN_SHARED)
    return pool[0] if pool else None


def _an_open_ask(text: str, sit: Situation) -> bool:
    """The goal's words are what an open request of theirs asks for ("he wants an analyst seconded ...")."""
    said = re.sub(r"\s+", " ", text).strip(" .").lower()
    asks = [re.sub(r"\s+", " ", i.complement).strip(" .").lower() for i in sit.open_theirs() if i.kind == "request" and i.complement]
    return len(said.split()) >= 3 and any(said in ask or ask and len(ask.split()) >= 3 and ask in said for ask in asks)


def translate_value_message(sit: Situation, first: str, statement: str, words: list[str], step: FollowUp | None, step_line: str = "",
                            level: str = "I", function: str = "general", measure: Measure | None = None, aim: Aim | None = None,
                            targets: list[Target] | None = None, echo: Aim | None = None, fact: AimFact | None = None,
                            hook: str = "", role: str = "") -> tuple[str, list[str]]:
    """(message, value-trap findings): their live goal said back whole (else their measure, quoted whole in their
    words), what technology contributes to it in their function (a fixed sentence that carries the statement's
    meaning, never its words or a phrase of the notes), and one dated step with an owner where the plan commits to one."""
    own = guarded(sit, _own_message(sit, first, statement, level, measure, aim, targets or [], fact, echo))
    if own:  # round 25: their goal said whole and the tie; with no goal of theirs, the layers below
        own = with_our_thing(own, our_thing(sit, _today(sit)))  # round 30: the test names what we bring
        return own, trap_summaries(check_value_traps(own))
    parts: list[str] = []
    chosen = every = latest_targets(targets or [])
    live = main_goal(sit, statement)
    live = None if live and bare_level(live.text) else live  # "32% next cycle", "under £20": a number with no measure to say it of
    live = None if live and not_an_aim(live.text) else live  # "the app ready first", "she offered: ...": no aim of theirs
    live = None if live and (_an_open_ask(live.text, sit) or live.verb == "I want you to") else live  # one of their open requests, or what they ask of us: never their aim
    aim = None if aim and not_an_aim(aim.text) else aim
    echo = None if echo and not_an_aim(echo.text) else echo
    measure = None if measure and not_an_aim(measure.clause) else measure
    if every and live and live.date and every[0].date and (live.date - every[0].date).days > STALE_DAYS and went_live(every[0], sit):
        chosen = every = []  # last year's plan, delivered since: the want they voiced after it is the one to say
    if echo and live and not (live.measures or goal_metric(live.text)) and shared(live.text, statement) < MIN_SHARED:
        live = None  # an unmeasured want the statement does not touch: their own line that echoes it says more
    aim = echo if echo and (not aim or not _TARGETED.search(aim.text) and shared(aim.text, statement) < shared(echo.text, statement)) else aim
    if echo and aim is echo and measure and not _TARGETED.search(measure.clause) and shared(measure.clause, statement) < shared(echo.text, statement):
        measure = None  # "IT goes up 14%": a number of theirs the statement does not meet, where a line of theirs does
    if fact and fact.kind == "move" and (not every or any(fact.metric.lower() in t.text.lower() for t in every)):
        chosen = every = []  # a target that is only the level of the same measure: the move says it whole
        live, aim, echo, measure = None, None, None, None  # their level with the want that follows it: the aim, said as a move
    if fact and fact.kind in ("target", "set") and not every and not (live and (live.measures or goal_metric(live.text))):
        live, aim, echo, measure = None, None, None, None  # a number of theirs read from the timeline outranks a want or an echo with none
    sayable = measure and measure.live and measure.spoken and not (measure.names_an_aim and aim) and fits_goal_slot(measure.clause, said=True)
    whole = [live.text if live else "", measure.clause if measure and sayable else "", aim.text if aim else ""]
    same = [i for i, w in enumerate(whole) if w and len(chosen) == 1 and (chosen[0].text in w or w in chosen[0].text)
            and (i == 0 or _OWN_TARGET.match(w))]  # "good, because the board wants ...": the item, not the whole line
    if same:  # one target, in a whole sentence of theirs ("next year my target is ..."): that sentence, said back as it stands
        chosen, live = [], live if same[0] == 0 else None
    if chosen:  # their numbers, said back whole: the measure the statement's meaning is tied to
        chosen = [t for t in chosen if t.set_by == chosen[0].set_by]
        parts += _said_targets(sit, first, statement, chosen, step_line, function)
    goal = live if not parts and live and goal_said(live) else None  # a goal whose swap would not read whole is not said
    said = f"{first}, {_lower_first(without_aside(_their_our(goal)))}." if goal else ""
    if said and (check_value_traps(said) or sentence_fault(said)):
        goal, said = None, ""  # a goal we cannot say back whole and safely: no sentence leans on it
    if not parts and not goal and measure and measure.live and measure.spoken and not (measure.names_an_aim and aim) and fits_goal_slot(measure.clause, said=True):
        clause = measure.clause if not measure.clause.split()[0][1:].islower() else _lower_first(measure.clause)  # "T2 ..." keeps its capital
        clause += '"' if clause.count('"') % 2 else "”" if clause.count("“") > clause.count("”") else ""  # a quotation is closed
        back = said_back(clause, True)  # their whole clause, said back to them; '' where the swap would not read whole
        said = _upper_after_stop(f"{first}, as you put it, {_you_are(back)}.") if back else ""
        said = "" if not said or check_value_traps(said) or sentence_fault(said) else said
    if not parts and not said and aim:  # their aim in other words ("what matters most to me is ..."), quoted whole
        said = aim_said(first, aim)
        said = "" if check_value_traps(said) or sentence_fault(said) else said
    if not parts and not said and every:  # the whole sentence of theirs could not be said back: its items can
        chosen = [t for t in every if t.set_by == every[0].set_by]
        parts += _said_targets(sit, first, statement, chosen, step_line, function)
    fact_said = fact.sentence(first) if fact and not parts and not said else ""
    if fact_said and not check_value_traps(fact_said) and not sentence_fault(fact_said):
        said = fact_said  # their aim read from the timeline: a label in their plan, a result set above them, what they want to do
    if said and not parts:  # what we will do for this goal from the notes, and the statement's meaning tied to it: no stock tail
        metric = goal_metric(goal.text) if goal else measure_metric(measure.clause) if measure and sayable else ""
        metric = fact.metric if fact and said == fact_said else metric
        fits = metric and not re.fullmatch(r"[A-Z]{3}", metric) and not re.search(r"figure|number", metric, re.IGNORECASE) and not phrase_fault(metric) and not _TO_VERB.search(metric)
        topic = " ".join([goal.text if goal else "", said])
        meaning = outcome_sentence(statement, topic, metric if fits else "") or meaning_sentence(statement, metric if fits else "", topic, function) \
            or (meaning_sentence(statement, topic=topic, function=function) if fits else "")
        parts += [said, value_story(sit) or met_story(sit, first), meaning, fact_line(sit, goal.text if goal else said, step_line)]
    elif not parts and met_story(sit, first):  # a target of theirs we helped meet: their own proof, then the meaning
        parts += [f"{first}, {_lower_first(met_story(sit, first))}", outcome_sentence(statement) or meaning_sentence(statement, function=function)]
    elif not parts:  # nothing of theirs to build on: the statement's meaning, and one question for their goal
        own = outcome_sentence(statement, first=_named(first))  # the statement's outcome, to their name: no question alone
        parts += [own or meaning_sentence(statement, function=function), hook or ("" if own else ASK_GOAL)]  # their named measure or programme
    topic = " ".join([*(t.text for t in chosen), goal.text if goal else "", said])
    promised = any(p.startswith("Our part:") for p in parts if p)  # our open promise on their topic closes it: one step, never two
    said_theirs = bool(chosen or goal or said)  # with nothing of theirs said, our next dated step has no goal to stray from
    answers = bool(re.match(r"(?:Your (?:request|offer)|Our promise) of \d", step_line))  # a dated answer of ours to an item of theirs
    answers = answers and not (fact_said and said == fact_said)  # an aim read from the timeline takes a step on that aim only, never a stray request's date
    if step_line and not promised and (answers or step_on_topic(sit, step_line, topic) or not said_theirs) and not _before(step_line, _today(sit)):
        parts.append(step_line)  # our next step on their topic; an away-day yes or another ask is the script's business
    elif step and step.due and not step_line and not promised and dt.date.fromisoformat(step.due) >= (_today(sit) or dt.date.min):
        parts.append(step_sentence(step, bool(said or chosen)))
    kept = [p for p in parts if p and not check_value_traps(p) and not sentence_fault(p)]
    while len(kept) > 1 and len(" ".join(kept).split()) > MAX_WORDS:
        kept.pop(1 if len(kept) > 2 else -1)  # whole sentences go, never the tail of one
    message = finish_value(" ".join(kept), statement)  # no request answer, no statement said back
    message = with_their_phrase(sit, first, message, statement, function)  # only a question left: their own phrase is the aim
    message = _unnamed(" ".join(unpasted(without_answers(sentences(message), statement), statement, message)), first)  # the script answers requests; never "your partner, ..."
    message = _once(message, first)  # the name leads once
    if statement and not [s for s in sentences(message) if not s.endswith("?")]:
        message = " ".join(p for p in (outcome_sentence(statement, first=_named(first)), message) if p)  # never a question alone
    elif statement and not any(_MEANT.match(s) for s in sentences(message)):  # their aim alone: the statement's outcome after it
        message = " ".join(p for p in (message, outcome_sentence(statement, message)) if p)
    theirs = goals_text(sit.goals, [t.text for t in targets or []] + [measure.clause if measure else "", aim.text if aim else ""])
    message = settle(message, statement, theirs, function, role, _named(first), refused=refuser(sit), voiced=voice_check(sit), metric_of=goal_metric)
    message = gate(message, statement, _named(first), function, role, [(x.date, x.text) for x in sit.sentences], goal_metric)  # round 21-22
    checker = PlanChecker(sit, [], _today(sit))
    stands = lambda said: not checker.fault(said) and guarded(sit, said) == said  # noqa: E731
    message = guarded(sit, _unnamed(no_goal_message(sit, first, statement, level, message, stands), first))  # round 26, 30
    message = message or _unnamed(no_goal_message(sit, first, statement, level, "", stands), first)  # no goal of theirs left
    message = with_our_thing(message, our_thing(sit, _today(sit)))
    return message, trap_summaries(check_value_traps(message))


def _own_message(sit: Situation, first: str, statement: str, level: str, measure: Measure | None, aim: Aim | None,
                 targets: list[Target], fact: AimFact | None, echo: Aim | None) -> str:
    """Their current goal said whole and what we bring today tied to it (value_own.py); '' with no goal of theirs."""
    notes = {x.note.ref: x.note.text for x in sit.sentences}
    goals = [g for g in sit.goals if not met(g, sit) and not in_aside(g.quote, notes.get(g.note_ref, ""), lambda _who: False)
             and not _an_open_ask(g.text, sit)]
    done = {t.text for t, _ in met_targets(sit, first)}
    checker = PlanChecker(sit, [], _today(sit))
    moves = [t for t in latest_targets(targets) if not bare_level(t.said()) and not current_level(t.said())]  # never a level as a target
    stands = lambda said: not checker.fault(said) and guarded(sit, said) == said  # noqa: E731  # round 30: no non-goal
    goal = own_goal(sit, first, goals, moves, done, fact, measure, aim, echo, stands=stands) or their_value_line(sit, first, stands=stands)  # round 28: their own line, any language
    if goal is None:
        return ""
    part = fact_line(sit, goal.topic).replace("; say when it comes.", ".") if goal.said.endswith("”") else ""  # said to them, no aside
    message = own_value_message(goal, statement, level, part)
    if message.startswith(f"{first}, ") and not first[:1].isupper():  # no name read ("your partner"): the sentence leads itself
        message = message[len(first) + 2:][:1].upper() + message[len(first) + 3:]
    return message


def bare_level(text: str) -> bool:
    """A want that names no measure ('32% next cycle', 'under £20', 'currently £23.10', 'target under 85%'); '24%
    conversion in flagships' names its measure after the number."""
    if re.match(r"\s*(?:target|currently)\b", text, re.IGNORECASE) or level_not_move(text):
        return True
    lead = re.match(r"\s*(?:(?:to|at|under|below|above|over|within|now|down to|up to)\s+)?[£$€]?\d[\d,.]*\s?(?:%|k|m|bn|p)?", text, re.IGNORECASE)
    if not lead:
        return False
    rest = re.sub(r"\b(?:by|before|in (?=(?:19|20)\d\d|the\b|Q\d|[A-Z][a-z]+\b))\b.*$|\b(?:next|this|each|every|a|per)\s+(?:cycle|year|quarter|month|week|term|season|intake)\b|\(.*?\)", "",
                  text[lead.end():], flags=re.IGNORECASE)
    return not re.search(r"[a-z]{3,}", rest, re.IGNORECASE)


def _said_targets(sit: Situation, first: str, statement: str, chosen: list[Target], step_line: str, function: str = "") -> list[str]:
    """Their numbers said back whole, their own story of what we delivered, the statement's meaning tied to their
    measure, and our open promise on the topic ([] when the numbers cannot be said safely)."""
    wants = f"{chosen[0].set_by} wants" if chosen[0].set_by else "you want"  # "the board wants ...": never said as theirs
    chosen = [t for t in chosen if not bare_level(t.said()) and not current_level(t.said())]  # never a level as a want
    if not chosen:
        return []
    said = f"{first}, {wants} {' and '.join(t.said() for t in chosen)}."
    if check_value_traps(said) or sentence_fault(said):
        return []
    story = value_story(sit) or met_story(sit, first)
    topic = " ".join(t.text for t in chosen)
    return [said, story, meaning_sentence(statement, chosen[0].metric, topic, function) or meaning_sentence(statement, topic=topic, function=function), fact_line(sit, " ".join(t.text for t in chosen), step_line)]


def met_story(sit: Situation, first: str) -> str:
    """'You met your RevPAR plus 3% target: RevPAR up 4.1% against the control group in the pilot hotels.' ('' when
    no target of theirs is shown met): their own number, reached, in the notes' words."""
    for target, result in met_targets(sit, first):
        head = re.match(r"^.*?(?:\b(?:to|under|below|above|over|plus|up|down)\s+)[£$€]?\d[\d,.]*\s?(?:%|k|m|bn|million)?(?=\s|$)", target.said()) \
            or re.match(r"^.*?\d[\d,.]*\s?(?:%|k|m|bn|million)?(?=\s|$)", target.said())
        if head and len(head.group(0).split()) <= 6:
            return f"You met your {head.group(0)} target: {result}."
    return ""


def _today(sit: Situation) -> dt.date | None:
    """The meeting's day, else the latest note's: a step dated before either is already past when it is said."""
    days = [s.date for s in sit.sentences if s.date]
    return sit.meeting_day or (max(days) if days else None)


def _before(line: str, day: dt.date | None) -> bool:
    """A step whose last 'by <day> <Month>' falls before the meeting: already past when it is said."""
    dates = re.findall(r"\bby (\d{1,2}) ([A-Z][a-z]+)\b", line)
    if not dates or not day:
        return False
    try:
        last = dt.datetime.strptime(f"{dates[-1][0]} {dates[-1][1]} {day.year}", "%d %B %Y").date()
    except ValueError:
        return False
    return last < day and (day - last).days < 180  # "by 4 January" said in December is next year's


_OWN_TARGET = re.compile(r"^(?:(?:next|this) year,? |for \d{4},? )?(?:my|our|the|her|his|their) (?:target|goal|number|aim|measure)s?\b|^[^,;]{3,60} (?:is|are) (?:my|our) (?:number|target|goal)", re.IGNORECASE)


def latest_targets(targets: list[Target], most: int = 2, words: int = 30) -> list[Target]:
    """The targets of the latest note that lists any, in its order: at most two, short enough to say in one breath."""
    if not targets:
        return []
    latest = [t for t in targets if t.date == targets[0].date and t.note_ref == targets[0].note_ref]
    out: list[Target] = []
    for t in latest[:most]:
        if sum(len(x.text.split()) for x in [*out, t]) <= words:
            out.append(t)
    return out


PROPOSAL = "A proposal"  # the what of the plan's own dated commitment when nothing more specific is open


def step_sentence(step: FollowUp, has_goal: bool) -> str:
    """One dated step with its owner: a named what ("root cause"), or our proposal towards their goal."""
    if not step.due:
        return ""
    day = when(dt.date.fromisoformat(step.due))
    if step.what.startswith(PROPOSAL):
        return ""  # a proposal the notes never name is an empty promise: the message closes on what is true instead
    if re.match(r"(?:one (?:small|dated)|agree a dated|check with|confirm with|chase|ask|root cause)\b", step.what, re.IGNORECASE):
        return ""  # our own method ("check with its owner ...", "root cause") is no part of their goal
    what = re.sub(r"\s*\(“[^”]*”\)", "", step.what)  # "root cause (“Our release ... approval…”)": the kind, never a cut quote
    who = "from me, " if step.owner == "CIO" else "from our delivery lead, " if step.owner == "Delivery lead" else ""
    return f"First step: {what[:1].lower()}{what[1:]}, {who}by {day}."


def _their_our(goal: Goal) -> str:
    """The goal said back; in their own words, "our nurses" is their team: "your nurses"."""
    said = goal_said(goal)
    return re.sub(r"\bour\b", "your", said) if goal.spoken else said


def aim_said(first: str, aim: Aim) -> str:
    """Their aim said back: quoted whole when it is their own line, else the narration turned to 'you'."""
    if aim.spoken:  # their own words, turned to the CIO's voice ("we are running" -> "you are running"), never cut
        said = _you_are(said_back(_lower_first(aim.text), True))
        if not said:
            return ""  # the swap would not read whole: the aim is not said back
        said = re.sub(r"\b(?:we|We)(?= are| were| have| need| want|'re|'ve)", "you", said)
        said = re.sub(r"\b(?:our|Our)\b", "your", said)
        said = re.sub(r"^(aim|goal|target|priority):?\s+(?:is\s+)?", r"your \1 is ", said)  # a note's bare "aim is ..."
        said = _upper_after_stop(said)
        return f"{first}, as you put it, {said}"
    text = re.sub(r"\b(?:her|his|their)\b", "your", aim.text)
    text = re.sub(r"\b(?:she|he|they) (?:has|is|was|wants|needs)\b", lambda m: "you " + {"has": "have", "is": "are", "was": "were"}.get(m.group(0).split()[1], m.group(0).split()[1].rstrip("s")), text)
    return f"{first}, as you put it, {_lower_first(text)}"


def _upper_after_stop(text: str) -> str:
    """A second sentence starts upper-case: '... 95 minutes today. you want ...' -> '... today. You want ...'."""
    return re.sub(r"([.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


_MEASURE_AT = re.compile(r"^(?:the |our |their |my )?(?P<m>[a-z][\w -]{2,40}?)\s+(?:is|are|was|sits? at|stands? at|runs? at|at)\s+(?=[£$€]?\d)", re.IGNORECASE)


def measure_metric(clause: str) -> str:
    """'trailer turnaround' from 'trailer turnaround is 95 minutes today': the measure their level names."""
    match = _MEASURE_AT.match(clause.strip())
    metric = match.group("m") if match else ""
    return metric if metric and len(metric.split()) <= 5 and not re.search(r"\b(?:we|I|you|it|it's|this|that)\b", metric, re.IGNORECASE) else ""


def _you_are(text: str) -> str:
    """'the number you am judged on' (from 'I am') -> 'the number you are judged on'."""
    return re.sub(r"\byou am\b", "you are", text)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if not text.startswith(("I ", "I'")) else text

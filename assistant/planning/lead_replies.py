"""Round 8 of issue #20: the top of a plan speaks to the partner like a coach.

An offer is named in the partner's own terms when a short, typed name exists ("your team day on
9 January", "the data scientist") and answered with a plain yes and the next step, whatever the
quadrant (round 11: a yes in principle reads as doubt), and never a yes to what the notes say we cannot do. A miss in the CIO's own note is
said to the partner in the second person only when the rewrite is safe (their name or possessive
becomes "you"/"your"; no pronoun whose person is unclear), else from typed facts alone.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.plain_yes import presence_day, presence_goal, presence_undated
from assistant.planning.situation_cues import PERSON_LENT
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.slot_fit import slot_fault
from assistant.planning.voice import on_day, when

_I = re.IGNORECASE
_DET = r"(?P<det>the|our|my|his|her|their)"  # the offered object starts with it (matched at the start, never found deep inside)
_EVENT = (r"(?:offsite|off-site|workshop|retreat|summit|conference|away-?day|team day|board|committee|council|forum|steering group|dinner|"
          r"town hall|kick-?off|planning day|[a-z-]+ day)")  # "his supplier day on 15 December"
_WHEN = r"(?P<when>\s+(?:on \d{1,2} [A-Z][a-z]+|in (?:January|February|March|April|May|June|July|August|September|October|November|December)|from (?:January|February|March|April|May|June|July|August|September|October|November|December)))?"
# The head noun only ("the offsite on 22 January"): short, and never a run of the notes' words dropped into a sentence.
EVENT_NAME = re.compile(rf"{_DET}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<name>{_EVENT}){_WHEN}\b", _I)
SEAT = re.compile(rf"a (?P<seat>seat|place) (?:on|at) {_DET}\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?P<name>{_EVENT}|group|panel){_WHEN}\b", _I)
ROLE = re.compile(r"(?:a|an|one|the|half (?:of )?an?)\s+(?P<name>(?:[\w-]+\s+){0,2}?(?:scientist|engineer|analyst|statistician|architect|developer|"
                  r"contractor|specialist|designer|tester|product owner|apprentice))\b", _I)
_LEAD_IN = re.compile(r"^(?:(?:me|us|IT|you|the CIO)\s+(?=to\s))?(?:to\s+)?(?:(?:co-?fund|fund|pay for|sponsor|lend|second|host|give|share|join|present|speak)\s+)?"
                      r"(?:(?:me|us|IT|you|the CIO)\s+)?(?:(?:to|at|on|in)\s+)?", _I)
PROJECT = re.compile(r"(?:a|an|the)\s+(?P<name>(?:[\w-]+\s+){0,2}?(?:pilot|trial|proof of concept|prototype|benchmark|study))\b", _I)
_CONDITION = re.compile(r",?\s+(?:if|provided|as long as|on condition that)\s+(?:you|IT)\b.*$", _I)
# Our part of the offer, in its condition: "if you can host them", "if we scope it by 15 December".
_WE_DO = re.compile(r"\bif (?:you can|we|we can|IT can) (?P<verb>host|manage|run|lead|house|supervise|staff|scope|plan|cost)\s+(?:them|him|her|it)"
                    r"(?P<by> by \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))?\b", _I)
_INVITE = re.compile(r"\b(?:I'd like you|I want you|come to|come and join|join us|you should join|invit\w*)\b", _I)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|hers|they|them|their|it|its|this|that|these|those)\b", _I)
_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", _I)
# Our own voice saying we cannot take something on ("we cannot host anyone new before April", "headcount freeze").
CANNOT = re.compile(r"\b(?:(?:we|I|IT)\s+(?:can't|cannot|can not|are unable to|am unable to|won't be able to)|no (?:capacity|headcount|budget|desks?|room) (?:for|to)|headcount freeze)\b", _I)


def _your(det: str) -> str:
    return "the" if det.lower() == "the" else "your"


# Money offered towards a project of ours: "to put half the money for the predictive maintenance pilot from his own capex",
# "offered forty thousand from her budget towards the telematics pilot", "to co-fund the pilot".
_FUNDS = re.compile(
    r"^(?:to\s+)?(?P<verb>put|pay|give|find|commit|contribute|co-?fund|fund)?\s*(?P<share>(?:half|part|some|a share)(?:\s+of)?\s+(?:the\s+)?(?:money|cost|funding|bill)|"
    r"£?[\d.,]+\s*(?:k|m|thousand|million)?|(?:\w+\s+)?thousand|half)?\s*(?:(?:from|out of) (?:his|her|their|my|our) (?:own )?[\w-]+(?: budget)?\s+)?"
    r"(?:(?:for|towards|to|of|into)\s+)?(?P<obj>(?:a|an|the)\s+.+)$", _I)


def _funding(item: Item) -> str:
    """'sharing the cost of the predictive maintenance pilot' for money offered towards a named project ('' otherwise)."""
    match = _FUNDS.match(_CONDITION.sub("", item.complement.strip()))
    if not match or not (match.group("share") or re.match(r"(?:co-?)?fund|pay", match.group("verb") or "", _I) or re.search(r"fund", item.verb, _I)):
        return ""
    project = PROJECT.match(match.group("obj"))
    if not project:
        return ""
    part = re.search(r"\b(?:half|part|share|some|co-?fund\w*|towards)\b", item.complement, _I)
    return f"{'sharing the cost of' if part else 'funding for'} the {project.group('name')}"


# What a partner puts in, as a typed fact at the start of the offer: an amount, a count of people, a named person.
_MONEY = re.compile(r"^(?:(?:[£$€]|GBP|USD|EUR|CAD|AUD|CHF|NZD)\s?\d[\d,.]*\s?(?:k|m|bn|million)?|\d[\d,.]*\s?(?:k|m)?\s?(?:pounds|euros|dollars|francs))(?=[\s,.;]|$)")
_PEOPLE = re.compile(r"^(?P<n>one|two|three|four|five|\d+)\s+(?:of\s+(?:his|her|their)\s+)?(?P<who>(?:[\w-]+\s+){0,2}?(?:people|testers|analysts|engineers|"
                     r"developers|staff|nurses|planners|users|specialists|experts|members))\b", _I)
_NAMED = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)?)(?=" + PERSON_LENT + ")")


def offered_means(comp: str) -> tuple[str, str]:
    """('money'|'people', 'your offer of £120k' / 'your offer of two of your planners' / 'your offer of Layla Ruiz's
    time'); ('', '') when the offer opens with none of them."""
    comp = re.sub(r"^(?:to\s+)?(?:put in|put up|give us|lend us|lend|give)\s+", "", comp.strip(), flags=_I)
    if money := _MONEY.match(comp):
        toward = re.search(r"\b(?:to co-?fund|to fund|towards|for)\s+(?P<obj>(?:a|an|the)\s.+)$", comp, _I)
        project = PROJECT.match(toward.group("obj")) if toward else None  # "€60k to co-fund a route planning trial"
        return "money", f"your offer of {money.group(0).strip()}" + (f" for the {project.group('name')}" if project else "")
    if people := _PEOPLE.match(comp):
        mine = " of your" if re.search(r"\bof\s+(?:his|her|their)\b", people.group(0), _I) else ""
        return "people", f"your offer of {people.group('n').lower()}{mine} {people.group('who')}"
    if named := _NAMED.match(comp):
        return "people", f"your offer of {named.group('name')}’s time"
    return "", ""


_FUNDING = re.compile(r"\b(?:co-?fund\w*|fund\w*|money|budget|invest\w*|pay\w*)\b", re.IGNORECASE)
_HELP = re.compile(r"\b(?:testers?|analysts?|people|staff|time|help|secondment|second\w*|lend\w*|join\w*)\b", re.IGNORECASE)


def yes_to_means(thing: str, line: str) -> bool:
    """A yes to an offer of money or people (lead_replies.offered_means) answers an aim to answer that kind of offer."""
    money = re.match(r"Yes to your offer of (?:[£$€]|[A-Z]{3}\s?)?\d", line)
    return bool(money and _FUNDING.search(thing)) or bool(line.startswith("Yes to your offer of") and not money and _HELP.search(thing))


def short_name(item: Item) -> tuple[str, str]:
    """(kind, name) of what an offer is, in the partner's terms: ('event', 'your team day on 9 January'), ('seat', ...),
    ('role', 'the data scientist'), ('thing', 'the training sessions for the caretakers'); ('', '') when none is safe."""
    comp = _LEAD_IN.sub("", item.complement.strip())  # the offered object itself: "lend us two of her planners for the trial" names no trial
    seat = SEAT.match(comp)
    if seat:
        proper = seat.group("mods").split() + [seat.group("name")]  # "the Recruitment Strategy Group": a proper name, said whole
        name = " ".join(proper) if all(w[:1].isupper() for w in proper) and seat.group("mods") else seat.group("name")
        return "seat", f"the {seat.group('seat').lower()} on {_your(seat.group('det'))} {name}{seat.group('when') or ''}"
    event = EVENT_NAME.match(comp)
    if event and (_INVITE.search(item.verb) or _INVITE.search(item.quote)):
        return "event", f"{_your(event.group('det'))} {event.group('name')}{event.group('when') or ''}"
    if funding := _funding(item):
        return "thing", funding
    role = ROLE.match(_CONDITION.sub("", comp))
    if role:
        return "role", f"the {role.group('name')}"
    project = PROJECT.match(_CONDITION.sub("", comp))
    if project:
        return "thing", f"the {project.group('name')}"
    if (means := offered_means(comp))[0]:
        return means
    head = re.split(r"\s+(?:for|of|on|in|at|with|from|to|next|this)\s", _CONDITION.sub("", comp))[0].strip(" ,.")
    if re.match(r"the\s", head) and len(head.split()) <= 3 and not _PRONOUN.search(head) and not re.search(r"\d", head):
        return "thing", head
    return "", ""


# What an ask told in our note is for, named by its head noun: "asked for a weekly report of repeat callers" -> "the weekly report".
_ASKED_THING = re.compile(
    r"^(?:me |us )?(?:for )?(?:a|an|the|our|your)\s+(?P<name>(?:[\w-]+\s+){0,2}?(?:report|dashboard|view|estimate|benchmark|note|plan|analyst|engineer|"
    r"contact|walkthrough|demo|comparison|position|proposal|forecast|summary|list|scorecard|timeline|roadmap|briefing|paper|"
    r"calendar|tracker|extract|model|register|pack|template|assessment|business case|quote|costing|figures|feed|app|tool|portal|"
    r"interface|export|logins?|licences?|licenses?|laptops?|training|session|workshop|update|review|schedule|spreadsheet|map|"
    r"breakdown|options?|analysis|sizing|design|prototype|checklist|guide|survey|costings|access|running cost|cost(?!\s+(?:comparison|estimate|report|breakdown|model|plan|review|analysis|benchmark|forecast|summary|case|per))|person|owner))\b", _I)


# "She asked whether we could automate the bank reconciliations next": said back as a reported question of ours.
_WHETHER = re.compile(r"^(?:me |us )?(?:again |also |once more )?whether (?P<who>we|IT|my team|the [\w-]+(?: [\w-]+)?) (?P<modal>could|can|would) (?P<rest>[^\"“”‘’]+)$", _I)


def _object_to_you(text: str) -> str:
    """The partner as the object of our verb, said to them: "tell him which rooms" -> "tell you which rooms"."""
    return re.sub(r"\b(tell|give|send|show|let|help|brief|call|email|e-mail|warn|alert|for|with|to) (?:him|her)\b(?!\s+(?:team|staff|people|own|deputy))",
                  lambda m: f"{m.group(1)} you", text, flags=_I)


def asked_whether(item: Item) -> str:
    """'whether we could automate the bank reconciliations next' for an ask told in our note ('' when not safe to say back)."""
    match = _WHETHER.match(_object_to_you(item.complement.strip().rstrip(".?!")))
    pronouns = {p.lower() for p in _PERSON.findall(match.group("rest"))} if match else set()
    plural_owner = match is not None and re.fullmatch(r"the [\w-]*s", match.group("who"), _I) is not None and pronouns <= {"their", "them", "they"}
    if item.spoken or not match or (pronouns and not plural_owner) or len(match.group("rest").split()) > 14:
        return ""  # "whether we could give her access" said to her names the wrong person; "the depots ... their own" is safe
    who = "we" if match.group("who").lower() in ("we", "it", "my team") else match.group("who")  # "the scorecard" stays
    return f"whether {who} {match.group('modal').lower()} {match.group('rest').strip()}"


def asked_name(item: Item) -> str:
    """'the weekly report' for an ask told in our note ('' when its object has no short head-noun name)."""
    match = _ASKED_THING.match(item.complement.strip()) or _BARE_THING.match(item.complement.strip())
    if not match or _PERSON.search(match.group("name")) or re.search(r"\b(?:the|a|an|wants?|needs?|asks?)\b", match.group("name"), _I):
        return ""  # "the wants the plan": an article or a verb inside the name is a clause cut wrong, not a name
    return f"the {match.group('name')}"


# Their own first-person want, quoted in our note: "I want a costed option for X." / "We need the options by the 9th."
_FIRST_PERSON_WANT = re.compile(
    r"^[\"“']?(?:I|We)(?:\s+really|\s+just|\s+still|\s+only)?(?:\s+|(?=['’]d ))(?:want|need|would like|['’]d like|must have|am asking for|['’]m asking for)\s+"
    r"(?P<obj>.+?)(?:,?\s+(?:by|before|no later than|ahead of|in time for)\s+[^,]+)?[\"”']?[.!]?[\"”']?$", _I)

# Their want told in our note: "She wants three costed options for the cuts, by 8 January."
_NARRATED_WANT = re.compile(
    r"^(?:She|He|They)\s+(?:still\s+|also\s+)?(?:wants|needs|asked for|asks for|would like)\s+"
    r"(?P<obj>.+?)(?:,?\s+(?:by|before|no later than|ahead of|in time for)\s+[^,]+)?[.!]?$", _I)


def asked_want(item: Item) -> str:
    """'a costed option for X' from their quoted "I want a costed option for X." ('' unless the object is a noun
    phrase that reads right after "you asked for": no pronoun, no verb first, nothing cut)."""
    match = _FIRST_PERSON_WANT.match(item.quote.strip()) or (None if item.spoken else _NARRATED_WANT.match(item.quote.strip()))
    obj = re.split(r",\s", match.group("obj"))[0].strip(" ,;:") if match else ""  # ", each with ...": the thing, not its spec
    if not obj or not re.match(r"(?:a|an|the|some|two|three|one|[\w-]+ed)\b", obj, _I) or len(obj.split()) > 14:
        return ""
    return obj if not slot_fault(obj, "noun") else ""


# "wants campaign results by Monday morning": a plural thing with no article, named by its head noun.
_BARE_THING = re.compile(r"^(?P<name>(?:[a-z][\w-]+\s+){0,2}?(?:results|numbers|figures|reports|dashboards|forecasts|alerts|estimates))\b(?!\s+(?:is|are|was|were)\b)")


# An ask to be somewhere on a date ("Would you be willing to co-present the asset library at the brand council on 16 December?").
_PRESENCE = re.compile(r"^(?:be (?:willing|able|happy) to |like to )?(?P<verb>co-present|present|speak|join|attend|come)\b", _I)
_AT_EVENT = re.compile(rf"\b(?:at|to) {_DET}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<name>{_EVENT})(?P<when>\s+on \d{{1,2}} [A-Z][a-z]+)", _I)


# A sibling ask names the event an undated "asked me to co-present" is for: "a joint slot at the 2027 strategy day".
_SIBLING_EVENT = re.compile(rf"\b(?:slot|session|place|spot|talk) (?:at|for|on) (?P<name>the (?:[\w'’-]+\s+){{0,2}}?(?:strategy day|{_EVENT}))\b", _I)


def sibling_event(siblings: list[Item]) -> str:
    """The event another ask of the same day names ('' when none or more than one does)."""
    names = {m.group("name") for i in siblings if (m := _SIBLING_EVENT.search(i.quote))}
    return names.pop() if len(names) == 1 else ""


def presence_reply(item: Item, siblings: list[Item] | None = None) -> tuple[str, str]:
    """(line, one thing) for an ask to join, speak or co-present at a dated event of theirs; ('', '') for any other ask.
    An undated ask takes the event a sibling ask of the same day names ("Yes: I'll co-present at the 2027 strategy day")."""
    verb, event = _PRESENCE.match(item.complement.strip()), _AT_EVENT.search(item.complement)
    if item.kind != "request" or not verb or not event:
        if day := presence_day(item):  # "join our depot walk-round on 9 December": "Yes, I'll be there on 9 December."
            return day, presence_goal(item)
        line, goal = presence_undated(item)  # "asked me to co-present": "Yes: I'll co-present it with you."
        at = sibling_event([i for i in siblings or [] if i is not item]) if line else ""
        return (line.replace(" it with you.", f" with you at {at}.") if at and " it with you." in line else line), goal
    name = f"{_your(event.group('det'))} {event.group('name')}{event.group('when')}"
    doing = {"co-present": "co-present with you", "present": "present", "speak": "speak"}.get(verb.group("verb").lower(), "be there")
    return f"Yes: I'll {doing} at {name}.", f"Give a clear yes to {re.sub(r'^your ', 'the ', name)}, and agree what we bring to it"


# "Please name a member from your team for the board by 9 December": a seat to fill, with their response date.
_NOMINATE = re.compile(rf"^(?:name|nominate|put forward|propose)\s+(?:a|one|someone|somebody)\s+(?P<who>member|person|representative|lead|deputy)?"
                       rf"[^.;?]*?\b(?:for|on|to)\s+{_DET}\s+(?:[\w'’-]+\s+){{0,2}}?(?P<name>{_EVENT}|group|panel)\b", _I)


def nomination_reply(item: Item, due: dt.date) -> tuple[str, str]:
    """(line, one thing) for an ask to name our member of their board or group: a yes with the name by a date before theirs."""
    match = _NOMINATE.match(item.complement.strip())
    if item.kind != "request" or not match:
        return "", ""
    who, name = (match.group("who") or "member").lower(), f"the {match.group('name').lower()}"
    return (f"Yes: I'll name our {who} for {name} by {when(due)}.",
            f"Give a clear yes to a seat on {name}, with our {who}'s name by {when(due)}")


def cannot_do(sit: Situation, item: Item) -> bool:
    """Our own notes say we cannot do our part of the offer (a shared word with it, said by us, at or after it)."""
    words = {w for w in terms_of(item.complement) if len(w) >= 4}
    return any(s.speaker in ("narrator", "us") and s.order >= item.order and CANNOT.search(s.text) and words & terms_of(s.text) for s in sit.sentences)


def offer_reply(item: Item, due: dt.date, proven: bool, blocked: bool) -> str:
    """The coach's answer to one offer, naming it in the partner's terms; '' when it has no safe short name."""
    kind, name = short_name(item)
    if not name:
        return ""
    if blocked:
        return f"Thank you for the offer of {name}. I can't say yes today: my answer, with what we can do, comes by {when(due)}."
    day = f" {on_day(item.due)}" if item.due and not re.search(r"\d", name) else ""  # "the board on 14/12/2026": its day, said plainly
    if kind == "event":
        there = "I'll be there." if re.search(r"\d", name) else f"I'll be there{day}." if day else f"I'll confirm the date by {when(due)}."
        return f"Yes to {name}: {there}"
    if kind == "seat":  # a plain yes whatever the quadrant: a yes in principle reads as doubt
        dated = re.search(r"\b(?:on|in|from) [A-Z0-9]", name) or day
        return f"Yes to {name}: I'll be there{day}." if dated else f"Yes to {name}: I'll take it."
    doing = _WE_DO.search(item.complement)
    if doing and doing.group("by"):
        return f"Yes to {name}: we'll {doing.group('verb').lower()} it{doing.group('by')}."
    if kind == "people":  # a person lent to us: a yes, and when and where we need them
        return f"Yes to {name}; I'll confirm by {when(due)} when and where we need them."
    if kind == "money":
        return f"Yes to {name}; a one-page plan for it by {when(due)}, from me."
    head = f"Yes, we'll {doing.group('verb').lower()} {name}" if doing else f"Yes to {name}"
    step = "a one-page proposal for the role" if kind == "role" else "a one-page plan"
    return f"{head}; {step} by {when(due)}, from me."


def offer_goal(item: Item, first: str, proven: bool, blocked: bool) -> str:
    """The one thing for an offer we can name: a clear (or conditional) yes with a dated step ('' when unnamed or blocked)."""
    kind, name = short_name(item)
    if not name or blocked:
        return ""
    name = re.sub(r"^your ", "the ", name)  # the one thing is for the CIO's eyes: "the team day on 9 January"
    return f"Give {first} a clear yes to {name}, with one dated next step"


# Relative days in a note are wrong when said weeks later: "on Friday", "last week", "yesterday".
_RELATIVE = re.compile(
    r"\s+(?:on|last|this|over the|at the)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|evening|afternoon))?|week|weekend|night|morning)\b"
    r"|\s+(?:yesterday|today|tonight)\b",
    _I,
)


_DANGLING = re.compile(r"\b(?:since|until|till|from|before|after|by)\s+(?:on\s+|last\s+|this\s+)?(?:yesterday|today|\w+day|week|weekend)\b", _I)


def said_to_partner(text: str, names: list[str]) -> str:
    """The CIO's own note about our miss, said to the partner: their name's possessive -> 'your'; '' when not safe."""
    if not re.search(r"\b(?:our|we)\b", text, _I) or re.search(r"[\"“”‘’']\s|\s[\"“‘]", text):
        return ""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    if not alts:
        return ""
    out = re.sub(rf"\b(?:{alts})(?:'s|’s)\s", "your ", text)
    out = re.sub(rf"\b(?:for|to|with|gave|sent|told|cost|left) (?:{alts})\b", lambda m: m.group(0).split()[0] + " you", out)
    if re.search(rf"\b(?:{alts})\b", out) or _PERSON.search(out):
        return ""  # the name still in the sentence ("Leila was angry"), or a pronoun whose person is unclear
    if _DANGLING.search(out):
        return ""  # "down since last week": dropping the day would leave "since" dangling
    out = _RELATIVE.sub("", out).strip()
    out = out[:1].upper() + out[1:]
    return out if out.split()[0].lower() != "your" else ""


def and_list(names: list[str]) -> str:
    """'the report, the tracker and the calendar'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"

"""One checker for every template slot filled with words from the notes or the purpose (plan round 19).

A slot takes a TYPED fact whose grammar fits its frame, never a stretch of free text. `slot_fault(text, kind)` says
why a phrase cannot fill a slot of that kind ('' when it fits):

- "noun": a thing named as a noun phrase (a kept-out topic, the thing of a "Give X ..." line, an offer's name): no
  leading verb, pronoun or particle, no first or second person, no quote of a refusal, instruction or complaint, no
  heading words, no loose end, no lone generic noun ("the failure of the floor"), never the partner's own name;
- "role": a person's role in brackets after their name: a role a person holds, never a firm, a product or a vote;
- "quote": a note's whole sentence quoted as a topic or a measure (a complaint or a chase never fits any slot): never one that opens on a pronoun, a particle or a verb ("She
  seemed to let it go", "Flagged as sensitive", "Not for the room"), so tells a remark, not the matter;
- "said": the partner's own words quoted after "In X's words" (a measure): any person, but never a complaint, a
  chase, a rebuke or a heading;
- "goal": a clause saying what the partner wants (goal_slot.py adds its own typed checks on top): no first or second
  person, no aside that narrates ("— says ...", "(he mentioned ...)"), no heading, no rebuke ("not another pitch"),
  no bare ask of us ("a fixed price for ...", "the next step"), no small clause too thin to say back.

A slot with nothing that fits is left out by its caller, never filled with a fallback phrase.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.planning.fragments import phrase_fault

_I = re.IGNORECASE
Kind = Literal["noun", "role", "goal", "quote", "said"]

# A subject or object pronoun of the first or second person: whose "I" or "you" it is depends on who wrote the note.
_PERSONAL = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|d|ll)|me|we|we['’](?:re|ve|d|ll)|us|you|you['’](?:re|ve|d|ll))(?![\w'’-])", _I)
_SINGULAR = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|d|ll)|me|you|you['’](?:re|ve|d|ll))(?![\w'’-])", _I)
# "we" spelled "We" at a sentence start is caught above; "US" (the country) is not a pronoun.
_US_COUNTRY = re.compile(r"\bUS\b")
# An aside that narrates inside the slot: "— says half the managers ...", "(he mentioned X)", ", he's at 66".
_ASIDE = re.compile(r"[—–(]\s*(?:says|said|he|she|they|per|according)\b|\s-\s+(?:says|said)\b|,\s*(?:he|she|they)['’]s\b"
                    r"|\((?:[^()]*\b(?:mentioned|said|says|words)\b[^()]*)\)", _I)
# Words of a heading or a label, never of a thing: "(her words, from the planning session)", "Harvest forecast: ...",
# "Sam, after the review: ..." (a label is one or two words, or a name and a phrase, before a colon).
_HEADING = re.compile(r"\b(?:her|his|their|my|your|our|own) words\b|\b(?:planning|working|strategy) session\b|\bagenda\b|^minutes\b|\bminutes of the\b"
                      r"|\baction items?\b|\battendees\b|^\W*(?:re|subject|fw|fwd)\s*:|^[A-Z][\w'’-]*(?:\s[\w'’-]+)?:\s|^(?-i:[A-Z])[\w'’-]+(?<!ly)(?<!Look)(?<!Well)(?<!Listen)(?<!Yes)(?<!No)(?<!Frankly),\s[^:]{1,30}:\s", _I)
# A rebuke or refusal said to us, not a thing or an outcome: "the cost, not another pitch", "uptime and nothing else".
_REBUKE = re.compile(r"\bnot (?:another|more|yet another)\b|\band nothing else\b|\bno more\b|\benough (?:of|with)\b|\bstop (?:sending|asking|pitching|hearing)\b"
                     r"|\b(?:won['’]t|will not|can['’]t|cannot|refuse[sd]?|declined?)\b|\?", _I)
# A line of theirs that opens on a narrating verb or points back ("wants personalised pricing ...", "that is how we
# win grants now"): cut from its subject or its sentence before, so said back alone it says nothing whole.
_SAID_LEAD = re.compile(r"^(?:wants|needs|said|says|asked|told|that is|this is|that['’]s|which|and that)\b", _I)
# A complaint or a chase, quoted: never a goal, a measure or a topic ("Still waiting on the number", "fed up with ...").
_COMPLAINT = re.compile(r"\b(?:still (?:waiting|no|nothing|not)|chasing|fed up|sick of|tired of|not good enough|unacceptable|frustrat\w*|"
                        r"disappoint\w*|yet again|once again|how come|why (?:do|does|did|is|are|am|can['’]t|won['’]t))\b", _I)
# An instruction to the reader or a remark about the partner, quoted as if it named a topic.
_INSTRUCTION = re.compile(r"\b(?:do not|don['’]t|never|not for the|keep (?:it |this )?out|let it go|reopen|flagged|sensitive|off limits|"
                          r"doesn['’]t know|does not know|in confidence)\b", _I)
_LEAD = re.compile(r"^\W*(?!(?-i:IT)\b)(?:to|not|no|and|but|or|so|if|as|also|just|then|because|she|he|they|it|this|that|these|those|there|i|we|you|"
                   r"said|says|asked|told|flagged|seemed|noted|mentioned|wants|needs|keep|do|don['’]t|let|give|get|make)\b", _I)
# "re from 58% to 75%": a word cut off at the front (a hyphen or a line break ate the rest of it).
_CUT_WORD = re.compile(r"^(?!(?:a|an|to|of|up|on|in|by|at|as|no|my|we|us|it|is|or|if|so|do|be|go|me|he|IT|AI|HR|UX|BI|QA|OT)\b)(?-i:[a-z]{1,2})\s")
# "the put our counter-proposal ...", "the win the pilot": a determiner before a verb, a frame pasted over a clause.
_DET_VERB = re.compile(r"^(?:the|a|an)\s+(?:put|get|make|take|give|send|bring|show|win|lock|agree|confirm|set|tell|answer|decide|"
                       r"settle|close|sign|land|secure|book|present|walk|talk|explain|go|run)\s+(?:(?:through|over)\s+)?(?:the|a|an|our|their|his|her|your|it|them|us|him)\b", _I)
_PAST_END = re.compile(r"\b(?:sent|went|made|done|came|left|got|put|kept|said|told|took|gave|[a-z]{3,}ed)\s*$", _I)
# "the failure of the floor", "the delay to the root cause": one generic word cannot tell which thing it was.
_LONE = re.compile(r"^(?:the|a|an)\s+(?:delay|failure|miss|outage|wait|problem|issue)\s+(?:to|of|on|with)\s+(?:the|a|an|our|their)\s+"
                   r"(?:(?-i:[a-z][a-z-]+)|root cause|change|thing|issue|problem|matter|work|project|system)\s*$", _I)
# "the Morag a straight answer": a name then a new noun phrase, the two objects of a "give" cut from its verb.
_TWO_OBJECTS = re.compile(r"(?-i:\b[A-Z][a-z]+)\s+(?:a|an|the|some|one)\s+[a-z]", _I)
# A role a person holds names a person's job ("Elise's team lead", "plant manager", "her deputy"); "(the archiving
# vendor)", "(the member vote)", "(the comparison table)" name a firm, a vote or a thing, never a person.
_PERSON_ROLE = re.compile(r"\b(?:lead|leads|manager|director|deputy|boss|engineer|officer|architect|analyst|advis[eo]r|head|chief|chair|"
                          r"controller|handler|partner|coordinator|specialist|owner|sponsor|assistant|secretary|PA|nurse|planner|supervisor|"
                          r"dean|president|VP|C[EFIOT]O|consultant|contact|buyer|accountant|administrator|clinician|doctor|surgeon|matron|"
                          r"principal|superintendent|treasurer|counsel|lawyer|auditor|steward|rep|representative|member|scientist|"
                          r"developer|designer|executive|registrar|colleague|counterpart|successor|predecessor|team)\b", _I)
_NOT_A_ROLE = re.compile(r"\b(?:vendor|provider|supplier|bureau|firm|company|agency|vote|system|platform|tool|portal|product|software|"
                         r"app|consultancy|outsourcer)s?\b(?:\s+(?:of|for|at)\b.*)?$|^the way\b", _I)
# A thing we hand over, named bare: "the cost", "a fixed price for ...", "a named person", "the next step", "a number and ...".
_ASK_HEADS = frozenset("cost costs price quote number numbers figure figures date dates step steps answer answers person owner "
                       "name contact update updates breakdown estimate estimates proposal reply response call option options".split())
# A piece of work we hand over by a day: "a pilot on the east lane by end of April", "the draft plan by Friday".
_DELIVERABLES = frozenset("pilot pilots demo prototype trial plan version draft mock-up spec roadmap report dashboard".split())
_NP_END = re.compile(r"\s+(?:for|at|on|of|in|by|from|with|to|before|after|that|which|who|we|you|he|she|they|i)\b|[,;(—–]", _I)
_DET = re.compile(r"^(?:the|a|an|one|some|our|your|my|their|his|her)\s+", _I)
# "a pilot on the east lane by end of April": a thing handed over by a day; "leakage down 10% by March" is measured.
_BY_DAY = re.compile(r"\bby (?:the )?(?:end of |mid-?|early |late )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|q[1-4]|monday|tuesday|"
                     r"wednesday|thursday|friday|christmas|easter|summer|spring|autumn|winter)", _I)
_MEASURED = re.compile(r"\d\s*%|\b(?:down|up|under|below|above|over|from|fewer|more|less|faster|cut|halved|doubled)\b|\d", _I)
_POINTER_OBJ = re.compile(r"(?<![\w'’-])(?-i:[Ii]t)(?![\w'’-])(?!\s+(?:is|was|were|are)\b)", re.IGNORECASE)
# "the chairs to argue": a small clause of three or four words that ends on its verb says nothing back.
_THIN_CLAUSE = re.compile(r"^(?:the|a|an|our|my|your|their)?\s*[\w'’-]+\s+to\s+[a-z]+$", _I)
# "to know by mid-January", "to know that I'm coming": waiting on our answer, not an outcome of theirs.
_WAITING = re.compile(r"^(?:to )?(?:know|hear|find out)\s+(?:by|before|soon|that|when|whether|if)\b", _I)
# "Nadia on the steering group": a person wanted in a seat, not an outcome.
_SEAT = re.compile(r"^(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:on|at|in|onto|to join)\s+(?:the|our|her|his|their|my)\b", _I)


def _personal(text: str) -> bool:
    return bool(_PERSONAL.search(_US_COUNTRY.sub("", text)))


def ask_head(text: str, heads: frozenset[str] = _ASK_HEADS) -> bool:
    """A bare noun phrase whose head (of its first conjunct) is a thing handed over ("the network cost for the plan")."""
    body = text.strip(" .\"“”")
    if re.match(r"to\s", body, _I) or re.search(r"\s+to\s+[a-z]+\b", body.split(",")[0]):
        return False  # a clause ("to price by customer", "the bills to stop growing") names an outcome
    whole = _NP_END.split(body, maxsplit=1)[0]  # "the storage and backup cost for the review": cost
    first = re.split(r"\s+(?:and|or|plus)\s+", whole, maxsplit=1)[0]  # "a number and the date ...": number
    found = {_DET.sub("", chunk).split()[-1].lower() for chunk in (whole, first) if _DET.sub("", chunk).split()}
    return bool(found & heads)


def slot_fault(text: str, kind: Kind = "noun", partner: str = "") -> str:
    """Why `text` cannot fill a slot of `kind` ('' when it fits); `partner` is their first name, never repeated in a slot."""
    body = re.sub(r"\s+", " ", text).strip(" .;:,\"“”‘’")
    if not body:
        return "empty"
    if _CUT_WORD.match(body):
        return "opens on a cut word"
    if kind == "said":
        bad = _HEADING.search(body) or _COMPLAINT.search(body) or _REBUKE.search(body) or _SAID_LEAD.match(body)
        return "a complaint, a chase, a rebuke or a heading, not their measure" if bad else ""
    if partner and re.search(rf"\b{re.escape(partner)}\b", body):
        return "repeats the partner's name"
    if _HEADING.search(body):
        return "heading words, not a thing"
    if _ASIDE.search(body):
        return "an aside that narrates"
    if _personal(body) and (kind != "goal" or _SINGULAR.search(_US_COUNTRY.sub("", body))):  # a goal's "we" is their side
        return "first or second person: whose it is depends on who wrote it"
    if _COMPLAINT.search(body):
        return "a complaint or a chase, not a thing or a goal"
    if kind == "goal":
        return _goal_fault(body)
    if kind == "quote":
        return "opens on a pronoun, a particle or a verb: a remark, not the matter" if _LEAD.match(body) else ""
    if _REBUKE.search(body) or _INSTRUCTION.search(body):
        return "a refusal, an instruction or a complaint, not a thing"
    if kind == "role":
        return "" if _PERSON_ROLE.search(body) and not _NOT_A_ROLE.search(body) else "a firm, a product or a thing, not a person's role"
    if _LEAD.match(body) or _DET_VERB.match(body):
        return "starts with a verb, a pronoun or a particle"
    if _TWO_OBJECTS.search(body):
        return "two noun phrases back to back: a verb's two objects, not one thing"
    if _LONE.match(body):
        return "one generic word cannot tell which thing"
    if _PAST_END.search(body) and len(body.split()) > 2 and not re.search(r"\b(?:the|a|an)\s+[a-z]+ed$", body, _I):
        return "ends on a verb: a cut sentence"
    if phrase_fault(body):
        return "a cut phrase"
    return ""


def leans_back(text: str) -> bool:
    """A clause whose object is "it" ("to circulate it with the papers"): said in a frame of ours, alone, it
    points at a sentence the reader does not see."""
    return bool(_POINTER_OBJ.search(text))


def _goal_fault(body: str) -> str:
    if leans_back(body):
        return "leans on another sentence (it)"
    if _REBUKE.search(body):
        return "a rebuke or a refusal said to us, not their goal"
    if _WAITING.match(body):
        return "waiting on our answer, not their goal"
    if _SEAT.match(body):
        return "a person wanted in a seat, not an outcome"
    if _THIN_CLAUSE.match(body):
        return "a small clause too thin to say back"
    if ask_head(body) or (_BY_DAY.search(body) and not _MEASURED.search(body) and ask_head(body, _DELIVERABLES)):
        return "a thing we hand over, not their goal"
    return ""


def fits_slot(text: str, kind: Kind = "noun", partner: str = "") -> bool:
    return not slot_fault(text, kind, partner)


# The gathering an offer opens to us: "invited me to his Monday production meeting", "bring me into the risk committee".
_SEAT_OFFERED = re.compile(r"\b(?:to|into|onto|on|at|join)\s+(?P<np>(?:the|his|her|their|our)\s+(?:[\w'’&-]+\s+){0,5}"
                           r"(?:meeting|committee|board|forum|review|session|call|stand-?up|steering group|panel|workshop|offsite|council))\b", _I)


def offered_seat(quote: str) -> str:
    """The meeting or committee an offer or invitation opens to us, said to the partner ("your Monday production
    meeting"), or '' when the note names none that fits a noun slot."""
    found = _SEAT_OFFERED.search(quote)
    if not found:
        return ""
    if found["np"].lower().startswith("our "):
        return ""  # whose "our" it is depends on who wrote the note
    np = re.sub(r"^(?:his|her|their)\b", "your", found["np"], flags=_I)
    return np if fits_slot(np) and len(np.split()) <= 8 else ""

"""Which material a question is answered from: the text sent to the retriever, and the retrieved sections that fit the question.

A question about a miss of ours, a tool built outside, what to show, a new partner, strategy or an offer the partner made
looks for the material on that; material written for another business function, or for another audience (the staff
exercise, for the CIO's own people), is left out of an answer to a question it does not fit.
"""

from __future__ import annotations

import re

from assistant.conversation.question_intents import ASKED_AGAIN, BOARD, INVITED, MISS, OFFERED, RIVAL
from assistant.schema import Hit

ASKS_SHOW = re.compile(
    r"\b(?:what|which)\b[^?]*\b(?:show|report|present|put in front of|share with)\b|\bshow\b[^?]*\b(?:get for|worth|value|money|spend)\b|\bwhat (?:we|they|the business|the company) gets? for\b|"
    r"\b(?:metrics?|kpis?|numbers|scorecard|dashboard)\b[^?]*\b(?:show|report|board|committee)\b",
    re.I,
)
NEW_PARTNER = re.compile(r"\bfirst (?:meeting|conversation|call|time|month|weeks?|\d+ days)|never (?:met|worked)|"
                         r"\bnew (?:coo|cfo|cmo|ceo|cio|partner|head|director|vp|chief)\b|introduc", re.I)
ASKS_STRATEGY = re.compile(r"\bstrateg\w*|\bplanning table\b|\bseat at (?:the|their) table\b", re.I)


def retrieval_query(question: str) -> str:
    """The text sent to the retriever: a question about what to show also looks for the material on choosing metrics,
    and one about strategy for the material on technology becoming part of a partner's strategy."""
    if RIVAL.search(question) or MISS.search(question):  # a tool built outside, or our miss: the material on that, not teaching
        return ("Shadow IT, a tool built without us: ask to see it, do not police it, offer data connections. " if RIVAL.search(question) else
                "Owning a past miss honestly: name it first, say it is on us, say what changes now. ") + question
    if ASKED_AGAIN.search(question):  # something we delivered is asked for again: the material on that, not on keeping a promise
        return f"{question} (when a partner asks again for something you already delivered: say when it was sent, resend it with a summary, ask what is missing)"
    if INVITED.search(question):  # an invitation to the partner's meeting: the material on answering it
        return f"{question} (how to answer an invitation from a partner: say yes plainly with the day, ask what they want you to bring)"
    if OFFERED.search(question):  # the partner offered people, time or a pilot: the material on taking an offer up
        return f"{question} (when a partner offers people, time or a pilot: say yes, agree what they will do and when, credit them)"
    if ASKS_SHOW.search(question):
        return f"{question} (business outcome metrics versus operational metrics: who sees what)"
    if NEW_PARTNER.search(question):  # a new partner: the material on discovering how they see us, not a quadrant's moves
        return f"{question} (a first meeting with a new partner: questions that reveal how they see technology and our delivery)"
    if ASKS_STRATEGY.search(question):
        return f"{question} (moving a partner from I to BT: technology as part of their strategy, a seat at their planning table)"
    return question


# Business functions, as a question or a partner's role names them, and the teaching notes written for each.
FUNCTIONS: dict[str, re.Pattern[str]] = {
    "hr": re.compile(r"\b(?:hr|human resources|people (?:team|director|function)|chief people|recruit\w*|hiring|talent|workforce|payroll)\b", re.I),
    "sales": re.compile(r"\b(?:sales|selling|account managers?|revenue officer|cro)\b", re.I),
    "marketing": re.compile(r"\b(?:marketing|cmo|campaigns?|brand)\b", re.I),
    "finance": re.compile(r"\b(?:finance|financial|cfo|controller|fp&a|treasury|budget pack)\b", re.I),
    "legal": re.compile(r"\b(?:legal|general counsel|lawyers?|compliance officer)\b", re.I),
    "operations": re.compile(r"\b(?:operations|coo|plant|factory|manufacturing|warehouse)\b", re.I),
    "supply-chain": re.compile(r"\b(?:supply chain|logistics|procurement|purchasing|distribution)\b", re.I),
    "product": re.compile(r"\b(?:product (?:manager|director|team|lead)|chief product|cpo)\b", re.I),
    "customer-service": re.compile(r"\b(?:customer service|contact cent(?:re|er)|call cent(?:re|er)|service desk for customers|support team)\b", re.I),
}
_TEACHING = re.compile(r"teaching-([a-z-]+)\.md")


def asked_functions(question: str, role: str = "") -> set[str]:
    """The functions the question (or, when it names none, the partner's role) is about."""
    found = {name for name, pattern in FUNCTIONS.items() if pattern.search(question)}
    return found or {name for name, pattern in FUNCTIONS.items() if role and pattern.search(role)}


# Material written for the CIO's own people (a document whose title names the staff) answers only a question about them.
_STAFF_TITLE = re.compile(r"\bstaff\b", re.I)
ASKS_STAFF = re.compile(r"\b(?:staff|my (?:team|people|organi[sz]ation)|our (?:team|people)|employees|(?:technology|IT) organi[sz]ation|"
                        r"direct reports|value statement|everyone in IT)\b", re.I)


def fit_audience(hits: list[Hit], question: str) -> list[Hit]:
    """A question about a partner, the board or the executive team is not answered with a line for the CIO's own staff."""
    if ASKS_STAFF.search(question) and not BOARD.search(question):
        return hits
    return [h for h in hits if not _STAFF_TITLE.search(str(h.metadata.get("title") or ""))] or hits


def fit_function(hits: list[Hit], question: str, role: str = "") -> list[Hit]:
    """Material written for another function, or for the CIO's own staff, is left out ("teaching sales" for an HR question)."""
    hits = fit_audience(hits, question)
    wanted = asked_functions(question, role)
    if MISS.search(question) or RIVAL.search(question):  # owning a miss, a tool built outside: that material, not teaching or a quadrant's
        return [h for h in hits if not re.search(r"(?:teaching|quadrant)-[a-z-]+\.md", h.source.ref)] or hits
    if not wanted:
        return hits
    return [h for h in hits if not ((m := _TEACHING.search(h.source.ref)) and m.group(1) not in wanted)]



"""What a coaching question asks a line to do, read from its own words: own a miss, answer a tool an outside firm built,
reply to an objection, or show measures. The general and the partner answers both pick their line by it."""

from __future__ import annotations

import re

RIVAL = re.compile(r"\b(?:its|their|his|her) own (?:[\w-]+ ){0,2}(?:tool|app|system|platform|dashboard)\b|"
                   r"\b(?:built|build|bought)\b[^?.]*\b(?:with|by) (?:an? |the )?(?:agency|vendor|contractor|consultants?|freelancer)\b|\b(?:agency|vendor|consultanc\w*|consultants?|contractors?|outside (?:firm|provider|company)|freelancers?)\b[^?.]*"
                   r"\b(?:built|build|building|made|tool|app|system|platform|dashboard)\b|\bshadow it\b|\btheir own (?:\w+ )?(?:tool|app|system)\b", re.I)
MISS = re.compile(r"\b(?:we|our team|my team|IT) (?:missed|slipped|blew|were late|broke|failed)\b|"
                  r"\b(?:we|our team|my team|IT) (?:shipped|made|released|pushed|deployed) (?:a|an|the|our) [\w -]{0,30}?(?:change|release|update|patch|fix)\b[^?.]{0,40}"
                  r"\b(?:broke|wiped|deleted|corrupted|took down|merged|lost)\b|\bour (?:change|release|update|patch) (?:broke|wiped|deleted|took down)\b|\bmissed (?:the|a|our|its|her|his|their) [\w -]*"
                  r"(?:go-?live|deadline|date|launch|delivery|milestone)\b|\b(?:go-?live|launch|deadline)\b[^?]*\b(?:slipped|missed|late)\b|\bour (?:miss|mistake|fault)\b", re.I)
OBJECTION = re.compile(r"\b(?:is|are|was|were) (?:useless|pointless|a waste|worthless|no use|not useful|not worth \w+)|\balways says? no\b|"
                       r"\bsays? no to everything\b|\bnever (?:delivers?|listens?)\b|\btoo (?:slow|expensive)\b|\bdoesn'?t work\b", re.I)
METRICS = re.compile(r"\b(?:numbers|metrics?|kpis?|measures?|scorecard|figures|targets?)\b|\bshow\b[^?]*\b(?:value|worth|progress|results?)\b|"
                     r"\b(?:IT|technology|our)(?:'s|’s)? (?:value|worth)\b|\bwhat (?:we|they|the business|the company) gets? for (?:the |our )?(?:IT|technology) (?:money|spend|budget)\b|\bvalue of (?:what|the work|our work|it)\b|\bwhat (?:IT|technology|we) (?:is|are) worth\b", re.I)
# A question about what to say to the board or the executive team: the audience is the partner's leadership, not the CIO's staff.
BOARD = re.compile(r"\bboard\b(?!\s+(?:pack|papers?|deck|report|slides|pre-?reads?|packet|submission)\b)|\bexecutive (?:team|committee|meeting)\b|\bexec(?:utive)? (?:team )?offsite\b|\bexco\b|\b(?<!my )leadership team\b|"
                   r"\bc-suite\b|\bsteering (?:group|committee)\b", re.I)
# A question about something the partner offered us (people, time, a pilot): the answer takes it up.
OFFERED = re.compile(r"\boffer(?:ed|s|ing)?\b(?! (?:us )?(?:a )?(?:discount|deal|price))|\bvolunteer(?:ed|s)?\b|\blend(?:ing)? us\b|"
                     r"\b(?:put|give) (?:us )?(?:two|three|some|a few|\d+) of (?:her|his|their) (?:people|staff|team)\b", re.I)
# An invitation from the partner (a council, an offsite, a board slot): the answer is a plain yes with the day.
# ("How do I get invited into strategy?" is no invitation to answer: the CIO is asking how to earn one.)
INVITED = re.compile(r"^(?!.*\b(?:get|be|been|getting|being|earn)\s+(?:an?\s+|more\s+)?invit).*(?:\binvit(?:ed|es) (?:me|us|my|our|the cio)\b|"
                     r"\binvitations?\b)", re.I | re.S)
# The partner asks again for something we already delivered (an estimate, a sizing): said as sent, never owed again.
ASKED_AGAIN = re.compile(r"\b(?:already|previously) (?:sent|delivered|gave|given|shared|handed)\b|"
                         r"\b(?:sent|delivered|gave|shared) (?:it|them|that|this|one)(?: \w+)? (?:already|before|last \w+)\b", re.I)

# "before the budget round", "ahead of the planning cycle": when something happens, not what the question is about.
TIME_ANCHOR = re.compile(r"\b(?:before|ahead of|in time for|until|after|during) (?:the|our|this|next|their|his|her) (?:[\w-]+ ){0,2}?"
                         r"(?:round|cycle|season|freeze|window)\b", re.I)


def without_time_anchor(question: str) -> str:
    """The question without its time anchors, for reading its topic."""
    return TIME_ANCHOR.sub(" ", question)


# How the partner sees us, in any words: "how does she see IT", "what does he actually think of IT", "her view of our team",
# "does she trust us", "where do we stand with him".
_US = r"(?:us|it|IT|technology|tech|me|our (?:team|department|function|work)|my (?:team|department)|the IT (?:team|department|function))"
READ = re.compile(rf"\bsees? {_US}\b|\bperceiv|\bquadrant\b|\bpartner or\b|\bhow does \w+ see\b|\bwhere do (?:i|we) stand\b|"
                  rf"\b(?:think|thinks|feel|feels|opinion|view|views|impression)(?: \w+)? (?:of|about) {_US}\b|\b(?:does|do) (?!(?:I|we|you)\b)\w+ (?:\w+ )?(?:trust|rate|rely on|value) {_US}\b",
                  re.I)
OWNS = re.compile(r"\bown(?:ing)? (?:it|the miss|a miss|misses)\b|\bon us\b|\bname (?:it|the miss)\b", re.I)  # material on owning a miss


def intent(question: str) -> str:
    """'miss', 'rival', 'objection', 'metrics' or '' (no intent that picks the line)."""
    for name, pattern in (("miss", MISS), ("rival", RIVAL), ("objection", OBJECTION), ("metrics", METRICS)):
        if pattern.search(question):
            return name
    return ""


# Questions whose answer has its own shape (shaped_answer.py): can a date be met; should a topic be raised; what to tell
# the CIO's own team. A question with none of these keeps the meeting-preparation answer.
FEASIBLE = re.compile(r"\b(?:can|could|should) (?:I|we) (?:promise|commit(?: to)?|guarantee|deliver|make|hit|meet|agree to)\b(?! (?:a|an|one|some) \w+ \w+\?)|"
                      r"\b(?:is|are) (?:that|it|this|they|the \w+) (?:date )?(?:realistic|feasible|doable|achievable|possible)\b|"
                      r"\b(?:realistic|feasible|doable|achievable)\b[^?]*\?|\bin time for\b[^?]*\?\s*$", re.I)
RAISE = re.compile(r"\b(?:should|do|shall|must) (?:I|we) (?:raise|mention|bring up|bring|apologi[sz]e|say sorry|ask (?:how|about|after)|"
                   r"tell (?:her|him|them) about|reopen)\b|\bor is (?:that|it) (?:done|closed|over|behind us|settled)\b|"
                   r"\b(?:should|do|shall|must) (?:I|we) (?:open|start|begin|lead|kick off) (?:\w+ )?(?:by|with) (?:an? )?(?:apolog\w*|saying sorry|raising|"
                   r"mentioning|bringing up)\b|"
                   r"\b(?:raise|mention|bring up) (?:it|that|this)\b[^?]*\bor (?:not|leave it|let it)\b", re.I)
OWN_TEAM = re.compile(r"\b(?:my|our) (?:own )?(?:[\w-]+ )?(?:team|staff|people|engineers|developers|analysts|squad)\b[^?.]*"
                      r"\b(?:demoralis|demoraliz|upset|angry|hurt|deflated|worried|discouraged|down\b|saw|read|heard|morale)|"
                      r"\b(?:my|our) (?:own )?(?:[\w-]+ )?(?:team|staff|people)\b[^?]*\bwhat (?:do|should|shall) I (?:tell|say to) them\b|"
                      r"\bwhat (?:do|should|shall) I (?:tell|say to) (?:my|our) (?:own )?(?:team|staff|people)\b", re.I)


PITCH = re.compile(r"\b(?:pitch|sell|frame|position|make the case for|explain)\b[^?]*\b(?:in (?:his|her|their) (?:own )?(?:terms|words|language)|"
                   r"on one page)\b", re.I)  # a plain "pitch X to her" keeps the partner answer's own pitch line


def shape(question: str) -> str:
    """'raise', 'feasible', 'team', 'pitch' or '' : the answer shape the question asks for (first match wins)."""
    for name, pattern in (("raise", RAISE), ("feasible", FEASIBLE), ("team", OWN_TEAM), ("pitch", PITCH)):
        if pattern.search(question):
            return name
    return ""


# The CIO's question says the miss is (partly) ours: "how do I own the crash", "the vendor, us, her own team": a third
# party's share is never offered as the reason not to own it.
CLAIMS_OURS = re.compile(r"\bhow (?:do|can|should) (?:I|we) own\b|\b(?:our|my) (?:own )?(?:fault|miss|mistake|doing|slip)\b|"
                         r"\b(?:was|is) (?:on us|ours|on me|mine)\b|\bfault\b[^?]{0,60}\bus\b|\bus\b[^?]{0,60}\bfault\b", re.I)

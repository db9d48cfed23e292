"""What is no aim, and what to ask when there is none (plan round 14).

A partner's aim is an outcome they are after. A request about order or timing ("the app ready first", "done before
the spring roll-out"), a deliverable with no measure ("the report by Friday"), or an offer or invitation they made
("she offered: come and talk to ...") is no aim: said back as "you want ...", it reads as if that were their goal.
With no aim at all, the message asks ONE question on a measure or a programme the notes name ("cost per store",
"the ledger migration"), never the generic "what would make next year a success".
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Situation

_I = re.IGNORECASE
_STATE = r"(?:ready|done|live|in\s+place|delivered|finished|built|working|installed|up\s+and\s+running|fixed|sorted|signed(?:\s+off)?|shipped|out)"
_WHEN = r"(?:first|beforehand|before\b|ahead\s+of|in\s+time\b|by\b|no\s+later\s+than|earlier|sooner|this\s+(?:week|month)|next\s+(?:week|month))"
# "the associate app ready first", "the interface live before go-live", "it done by the 14th"
_ORDER = re.compile(rf"\b{_STATE}\s+(?:\([^)]*\)\s+)?{_WHEN}|\b{_WHEN}\s+(?:\w+\s+){{0,3}}{_STATE}\b|\b(?:first|before\s+anything\s+else)\s*$", _I)
# "the quote", "a costed plan", "the dashboard": a thing to hand over, not an outcome
_THING = re.compile(r"\b(?:app|report|dashboard|quote|proposal|estimate|paper|plan|list|portal|tool|screen|feature|release|demo|slides?|deck|"
                    r"document|spec|interface|integration|version|update|fix|patch|answer|reply|number)\b", _I)
# "she offered: ...", "he invited me to ...", "come and talk to my leadership team": their offer, not their aim
_OFFER = re.compile(r"^(?:(?:she|he|they|I|we)\s+)?(?:offered|invited|suggested|proposed|asked|volunteered)\b|\b(?:come\s+and|come\s+to|join\s+(?:us|me)|talk\s+to\s+(?:my|our|the))\b", _I)


# "a yes/no and a name", "a decision by Friday": a decision asked of us, not an outcome of theirs
_DECISION = re.compile(r"\byes\s*(?:/|or)\s*no\b|\ba\s+(?:yes|decision|go-ahead|sign-?off)\b", _I)
# "... before the committee on 28 January", "take it to Sam before he decides": timed to their event, not an aim
_BEFORE_EVENT = re.compile(r"\bbefore\s+(?:the|his|her|their|he|she|they|it)\b", _I)
_MEASURED = re.compile(r"\d\s*%|\bfrom\b[^.]{1,30}\bto\b|\b(?:down|up)\s+to\b", _I)
# A date's digits are no measure ("... on 28 January 2027", "by 4.12")
_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?|"
                   r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
                   r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:by|on|before|until)\s+\d{1,2}[./]\d{1,2}\b|\b(?:19|20)\d\d\b", _I)


def not_an_aim(text: str) -> bool:
    """A request about order or timing, a bare deliverable, or an offer: never said as the partner's aim."""
    said = text.strip().strip("\"“”")
    if _OFFER.search(said) or _DECISION.search(said) or _BEFORE_EVENT.search(said) and not _MEASURED.search(said):
        return True
    if re.search(r"\d", _DATE.sub("", said)) and not _ORDER.search(said):
        return False  # "OEE from 71 to 78% by the end of next year": an outcome with its number
    return bool(_ORDER.search(said)) or (bool(_THING.search(said)) and bool(re.search(rf"\b{_STATE}\b|\b{_WHEN}", said, _I)))


# "IT cost per store", "cashier hours per shift", "cost per case": a rate is a measure
_PER = re.compile(r"\b(?P<m>(?:[A-Za-z][\w-]*\s+){0,2}(?:cost|costs|spend|hours|minutes|days|revenue|sales|margin|income|calls|errors|claims|tickets|"
                  r"visits|incidents|returns|orders|cases)\s+per\s+(?:[a-z][\w-]*(?:ed|ing|al)\s+)?[a-z][\w-]*)\b", _I)
_NOT_NOUN = {"the", "a", "an", "and", "our", "her", "his", "their", "my", "your", "of", "in", "on", "at", "to", "by", "for", "with", "from", "is", "are",
             "was", "were", "be", "it", "its", "this", "that", "want", "wants", "wanted", "need", "needs", "needed", "says", "said", "quoted", "cut",
             "lower", "higher", "more", "less", "him", "them", "we", "i", "you", "he", "she", "they", "what", "which", "whose", "how"}
# "the PMS migration", "the CPQ pilot", "our ledger replacement programme": a programme they own or wait on
_PROGRAMME = re.compile(r"(?:\b(?:the|our|their|her|his)[ \t]+|(?<![\w-])(?=(?-i:[A-Z]{2,})[ \t]))(?P<p>(?:(?-i:[A-Z][\w&-]*)[ \t]+|[a-z][\w-]+[ \t]+){0,2}(?:programme|program|migration|pilot|roll-?out|"
                        r"transformation|replacement|upgrade|initiative|project))\b", _I)
_FILLER = {"this", "that", "next", "last", "new", "whole", "same", "first", "second", "big", "current", "other", "date", "the"}


def fallback_hook(sit: Situation) -> str:
    """ONE question on a rate the notes name ('cost per store'), else on a programme they name ('the PMS migration');
    '' when the notes name neither."""
    rate = programme = ""
    for s in sorted(sit.sentences, key=lambda x: x.order):
        m = _PER.search(s.text)
        if m:
            words = m.group("m").split()
            at = max((i + 1 for i, w in enumerate(words[:-2]) if w.lower() in _NOT_NOUN or w.endswith(",")), default=0)
            words = words[at:]  # "wants margin per offer" -> "margin per offer"
            rate = " ".join(words) if 2 <= len(words) <= 5 else rate
        p = _PROGRAMME.search(s.text)
        ours = p and re.search(r"\b(?:we|I)\s+(?:\w+\s+)?(?:committed|promised|will|agreed|owe|delivered|offered)\b", s.text[max(0, p.start() - 60):p.start()], _I)
        if p and not ours and p.group("p").split()[0].lower() not in _FILLER and len(p.group("p").split()) >= 2:  # our own promise is no programme of theirs
            programme = p.group("p")
    if rate:
        return f"Where would {rate} need to be a year from now for you to call it a good year?"
    if programme:
        return f"What would the {programme} need to deliver for you to call it a success?"
    return ""

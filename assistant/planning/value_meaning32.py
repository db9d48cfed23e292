"""What the statement means for this partner, said whole or not at all (plan round 32).

Reviewers marked the stock tail ("Technology's job for you: a cost you can see and defend") down as generic and often
at the wrong level, and a figure the partner reported as a problem ("margin down 3.1 pts YoY") called their "target".
This module gives the value message two typed facts instead:
- the statement's meaning as one of its own clauses, re-voiced as our part ("Our part is keeping each saw line
  running."), only when the clause ends where the statement's clause ends (never "putting the right seed" cut before
  "and fertiliser", never "making every room" cut before "ready");
- whether a figure of theirs is a move they report (a change against last year, a fall, a rise) rather than a level
  they aim at: a report is never said back as their target.
"""

from __future__ import annotations

import re

from assistant.planning.fragments import sentence_fault
from assistant.planning.value_tie import RUN, SHARED_WORDS, VERBS, _run, fitting_phrases
from assistant.planning.value_whole import whole_phrase

_I = re.IGNORECASE
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*|[.,;:!?]")
# A word after the phrase's last word that starts a new part of the statement: a purpose, a place, a comparison.
_OPENS = {"so", "than", "at", "with", "without", "by", "before", "from", "for", "in", "on", "especially", "when",
          "while", "whenever", "who", "every", "each"}
_MORE = {"more", "less", "better", "faster", "safer", "cheaper"}
# Verbs whose object needs a complement after it ("keep X running", "make X ready", "put X within reach").
_EMPTY = {"doing", "helping", "letting", "enabling", "being", "having"}
_LOOSE = {"us", "we", "ones", "it", "them"}
_MODALS = {"can", "could", "will", "may", "to", "so", "that", "able", "need", "needs", "who", "which"}
_NEEDS_COMPLEMENT = {"making", "putting", "keeping", "getting", "turning", "leaving", "letting"}
_COMPLEMENT_END = re.compile(r"(?:ing|ed|ly|er|safe|open|ready|time|reach|place|work|connected|available)$", _I)


def _verbish(word: str) -> bool:
    """'turns', 'shows', 'keeps': the verb of the statement's next clause."""
    low = word.lower()
    return low in VERBS or low.endswith("s") and (low[:-1] in VERBS or low[:-2] in VERBS)


def _subject(tokens: list[str], at: int) -> int:
    """Where the statement's subject ('technology') stands before token `at` (0 when it is not named)."""
    spots = [i for i, t in enumerate(tokens[:at]) if t in {"technology", "it", "tech"}]
    return spots[-1] if spots else 0


def _ends_whole(phrase: str, statement: str) -> bool:
    """The phrase's last word closes a clause of the statement wherever the statement has that word."""
    words = [w.lower() for w in _TOKEN.findall(phrase) if w[0].isalpha()]
    if len(words) < 2:
        return False
    if words[0] in _NEEDS_COMPLEMENT and not _COMPLEMENT_END.search(words[-1]):
        return False  # "making every service, room and building": the object with its complement cut off
    if words[0] in _EMPTY or words[1] in {"and", "or", "they", "we", "he", "she", "you"} or _LOOSE.intersection(words):
        return False  # "doing", "helping us spend", "staffing and shoppers", "answering they need": no whole point of ours
    tokens = [t.lower() for t in _TOKEN.findall(statement)]
    base = [i for i, t in enumerate(tokens) if len(t) > 2 and words[0].startswith(t[:max(3, len(t) - 1)])]
    if base and _MODALS.intersection(tokens[_subject(tokens, base[0]):base[0]]):
        return False  # "so the company can grow", "able to learn", "it needs to sell": a clause whose doer is not technology
    if base and base[0] + 1 < len(tokens) and tokens[base[0] + 1] in {",", "and"} and phrase.split()[0][-1:] not in ",":
        return False  # "teach, research and work" read as "teaching research": one verb of a list, its object cut
    spots = [i for i, t in enumerate(tokens) if t == words[-1]]
    if not spots:
        return False  # a word the statement does not have (re-voiced): no way to tell the clause whole
    for i in spots:
        after = tokens[i + 1:i + 3]
        if not after or after[0] in {".", ";", "!", "?"} or after[0] in _OPENS:
            continue
        if after[0] in {",", "and"} and len(after) > 1 and (_verbish(after[1]) or after[1] in _MORE or after[1] in _OPENS or after[1] == "and"):
            continue  # ", and turns ...", "and more reliably": the next clause, or a second degree of the same
        return False
    return True


def statement_meaning(statement: str, topic: str = "", function: str = "", most_run: int = RUN - 1) -> str:
    """'Our part is keeping each saw line running.': the statement clause nearest their goal, re-voiced, whole and
    short (under the boilerplate length), with at most `most_run` of its words in a row; '' when no clause reads whole."""
    if not statement.strip():
        return ""
    for found in fitting_phrases(statement, topic, function)[:3]:
        for phrase in dict.fromkeys((whole_phrase(found, statement), found)):  # with the qualifier the statement gives it, else bare
            said = f"Our part is {phrase}."
            if _ends_whole(phrase, statement) and len(said.split()) < SHARED_WORDS and _run(said, statement) <= most_run and not sentence_fault(said):
                return said  # never four of the statement's words in a row: its meaning, not the statement pasted
    return ""


# "margin down 3.1 pts YoY", "claims up 14% on last year", "churn rose to 9%": a change they report, not a level they aim at.
_REPORTED = re.compile(r"\b(?:yoy|y/y|year[- ]on[- ]year|on last year|vs\.? last year|versus last year|since (?:last|January|the)\b)"
                       r"|\b(?:fell|dropped|rose|slipped|slid|lost|grew)\b", _I)
_AIMED = re.compile(r"\b(?:target|goal|aim|by (?:Q[1-4]|end|the end|20\d\d|[A-Z][a-z]+)|before|next year|this year|to (?:under|below|above|over)?\s*[£$€]?\d)", _I)


def reported_change(item: str) -> bool:
    """The figure is a move they report (against last year, a fall or a rise) with no level or date they aim at."""
    return bool(_REPORTED.search(item)) and not _AIMED.search(item)

"""The rehearsal rubric: deterministic scores (0-5) for one CIO reply, with what was good and what to fix.

Regexes find dates, owners, questions, apologies and defensiveness; `value_traps`
finds IT metrics, "customers" and feature talk; the partner's function vocabulary
comes from value_frames.function_language; embedding similarity compares the reply
with the playbook's model answer and with the organisation's value statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.conversation.commitments import ANY_COMMIT, ANY_DATE, NOT_NAMES, Promise, find_promises
from assistant.planning.value_traps import ValueTrap, check_value_traps

__all__ = ["CRITERIA", "Promise", "ReplyContext", "ReplyScore", "find_promises", "score_reply", "zero_score"]

Embed = Callable[[Sequence[str]], np.ndarray]

CRITERIA: dict[str, str] = {
    "business_language": "Speaks the partner's business language",
    "owns_misses": "Acknowledges past misses honestly",
    "commitments": "Small, dated commitments with an owner",
    "listens": "Asks questions and listens",
    "teaches": "Teaches rather than sells",
    "value_statement": "Uses the organisation's value statement",
    "avoids_traps": "Avoids value traps (IT metrics, 'customers', feature talk)",
    "credibility": "Trust: credibility",
    "reliability": "Trust: reliability",
    "intimacy": "Trust: intimacy",
    "self_orientation": "Trust: low self-orientation (5 = all about the partner)",
    "reflects": "Open questions and reflection before advice (motivational interviewing)",
}

_OWNER = re.compile(
    r"\b(?:(?-i:[A-Z][a-z]+)\s+(?:will|owns|is\s+(?:accountable|responsible)|leads)|owner|I\s+(?:will|'ll|’ll)\s+personally|"
    r"I\s+own|(?:one\s+)?named\s+person|I\s+am\s+(?:accountable|responsible))\b",
    re.IGNORECASE,
)
_SMALL = re.compile(r"\b(?:small|first\s+(?:piece|step|part|release)|one\s+(?:thing|piece|step)|pilot|within\s+(?:a|one|two)\s+weeks?)\b", re.I)
_WARN = re.compile(r"\b(?:before the date|warn you|hear (?:it )?from me|report back|tell you (?:early|first)|if it slips|at risk)\b", re.I)
OWN = re.compile(
    r"\b(?:we\s+(?:missed|got\s+(?:it|that|this)\s+wrong|let\s+you\s+down|failed|were\s+(?:too\s+)?(?:slow|late))|"
    r"that(?:'s|’s|\s+is|\s+was)\s+on\s+(?:us|me)|(?:I'm|I’m|I\s+am)\s+sorry|(?:I|we)\s+apologi[sz]e|you(?:'re|’re|\s+are)\s+right|"
    r"(?:my|our)\s+fault|I\s+own\s+(?:that|it|this)|no\s+excuses?|(?:won't|won’t|not\s+going\s+to)\s+(?:explain\s+it\s+away|make\s+excuses)|"
    r"the\s+wait\s+was\s+on\s+us|we\s+(?:dropped|broke)\b)",
    re.IGNORECASE,
)
_DEFENSIVE = re.compile(
    r"\b(?:(?:it|that)\s+(?:wasn't|wasn’t|was\s+not|isn't|is\s+not)\s+(?:really\s+)?(?:our|my|IT's|IT’s)\s+fault|not\s+our\s+fault|to\s+be\s+fair|"
    r"in\s+our\s+defen[cs]e|you\s+(?:have|need)\s+to\s+understand|the\s+reason\s+(?:was|is)|(?:was|were)\s+caused\s+by|"
    r"because\s+(?:the|your)\s+(?:vendor|business|team|requirements|data|people)|(?:requirements|scope)\s+(?:changed|kept\s+changing|creep)|"
    r"nobody\s+told\s+us|your\s+team\s+(?:didn't|didn’t|never)|we\s+did\s+(?:our|everything)|technically|out\s+of\s+our\s+control|"
    r"(?:industry|best)\s+(?:standard|practice)|that's\s+not\s+(?:true|fair)|actually,?\s+(?:we|IT)\s+(?:delivered|did|were))\b",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(r"(?:^|[.!?]\s+)(?:what|how|which|where|when|who|could you|can you|would you|tell me|help me understand)\b", re.I)
ACKNOWLEDGE = re.compile(r"\b(?:I\s+(?:understand|hear\s+you|see\s+why|get\s+it)|you(?:'re|’re|\s+are)\s+right|fair\s+(?:challenge|point|enough)|that\s+must\s+have|frustrat\w*|I\s+know\s+(?:your|you))\b", re.I)
_TEACH = re.compile(
    r"\b(?:for\s+example|for\s+instance|which\s+means|that\s+means|what\s+that\s+means|so\s+(?:that\s+)?your|imagine|let\s+me\s+show|"
    r"here\s+is\s+(?:what|how|where)|on\s+one\s+page|(?:with\s+)?your\s+own\s+(?:data|numbers|figures)|in\s+practice|the\s+same\s+data)\b",
    re.I,
)
_SELL = re.compile(
    r"\b(?:our\s+(?:platform|solution|product|offering|capabilities|roadmap|new\s+system)|best[- ]in[- ]class|world[- ]class|"
    r"state[- ]of[- ]the[- ]art|cutting[- ]edge|trust\s+me|game[- ]changer|revolutionary|you\s+(?:should|need\s+to)\s+(?:buy|invest|adopt)|"
    r"we(?:'re|’re|\s+are)\s+the\s+best|more\s+budget|bigger\s+budget)\b",
    re.I,
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
_ME = re.compile(r"\b(?:I|me|my|we|our|us|IT)\b")
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
STOPWORDS = {
    "that", "this", "with", "from", "have", "will", "what", "your", "they", "them", "their", "there", "which", "when",
    "were", "been", "would", "could", "should", "about", "into", "than", "then", "more", "most", "some", "only", "just",
    "also", "very", "each", "every", "ours", "because", "while", "where", "here", "want", "need", "it's", "don't",
    "doesn't", "we're", "you're", "i'm", "those", "these", "over", "such", "being", "does", "make", "made", "what's",
}


@dataclass
class ReplyContext:
    """What a reply is judged against: the point the partner pressed and the organisation's words."""

    partner_line: str = ""
    model_answer: str = ""
    topic: str = ""
    miss_related: bool = False
    function_words: list[str] = field(default_factory=list)
    value_statement: str = ""
    partner_first: str = ""
    partner_words: list[str] = field(default_factory=list)  # the partner's own business words, from the notes
    today: dt.date = field(default_factory=dt.date.today)
    owned_before: bool = False  # the CIO already owned the miss earlier in this rehearsal


@dataclass
class ReplyScore:
    scores: dict[str, int]
    reasons: dict[str, str]
    good: list[str]
    fixes: list[str]
    traps: list[ValueTrap]
    defensive: bool
    owned: bool
    commitment: bool

    def mean(self, keys: Sequence[str] | None = None) -> float:
        chosen = [self.scores[k] for k in (keys or list(self.scores)) if k in self.scores]
        return float(np.mean(chosen)) if chosen else 0.0


def content_words(text: str) -> set[str]:
    return {w.strip("'’-") for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def _clamp(value: float) -> int:
    return int(max(0, min(5, round(value))))


def _similarity(embed: Embed | None, a: str, b: str) -> float:
    if embed is None or not a.strip() or not b.strip():
        return 0.0
    vectors = embed([a, b])
    return float(np.dot(vectors[0], vectors[1]))


def _phrase_hits(text: str, phrases: Sequence[str]) -> list[str]:
    low = text.lower()
    return [p for p in phrases if re.search(rf"(?<![\w-]){re.escape(p.lower())}(?:s|es)?(?![\w-])", low)]


def _quote(match: re.Match[str] | None) -> str:
    return f"“{match.group(0).strip()}”" if match else ""


def zero_score(reason: str, keys: Sequence[str] = tuple(CRITERIA)) -> ReplyScore:
    """An empty reply or one that broke the rehearsal: every criterion 0."""
    return ReplyScore({k: 0 for k in keys}, {k: reason for k in keys}, [], [reason], [], False, False, False)


def score_reply(text: str, ctx: ReplyContext, embed: Embed | None = None) -> ReplyScore:
    """Score one reply on every criterion (value_statement only when the organisation has one)."""
    scores: dict[str, int] = {}
    reasons: dict[str, str] = {}
    good: list[str] = []
    fixes: list[str] = []
    traps = check_value_traps(text)
    trap_kinds = {t.kind for t in traps}
    defensive = _DEFENSIVE.search(text)
    owned = OWN.search(text)
    promises = [p for p in find_promises(text, ctx.today) if p.due]
    commit = promises[0] if promises else None
    any_commit = ANY_COMMIT.search(text)
    any_date = ANY_DATE.search(text)
    owner = _owner(text) or next((p.owner for p in promises if p.owner != "CIO's team"), None)
    questions = text.count("?") + len(_QUESTION_START.findall(text))
    ack = ACKNOWLEDGE.search(text)
    words = len(text.split())
    topic_words = content_words(ctx.topic) - {"project", "review", "plan"}
    mentions_topic = bool(topic_words & content_words(text))
    echoes = content_words(ctx.partner_line) & content_words(text)
    sim_model = _similarity(embed, text, ctx.model_answer)

    # business language
    vocab = list(dict.fromkeys(_phrase_hits(text, ctx.partner_words) + _phrase_hits(text, ctx.function_words)))
    bad_words = [t for t in traps if t.kind in ("jargon", "it_metrics", "feature_talk")]
    scores["business_language"] = _clamp(1 + min(len(vocab), 3) + (1 if mentions_topic else 0) - len(bad_words))
    reasons["business_language"] = f"their words: {', '.join(vocab)}" if vocab else "none of the partner's own business words"
    if vocab:
        good.append(f"Spoke the partner's language ({', '.join(vocab[:3])}).")
    else:
        terms = (ctx.partner_words[:3] + ctx.function_words[:2]) or ctx.function_words[:4]
        fixes.append(f"Use the partner's own terms{': ' + ', '.join(terms) if terms else ''}.")
    if mentions_topic:
        good.append(f"Named the specific issue ({ctx.topic}).")

    # owning past misses
    if owned and not defensive:
        scores["owns_misses"], reasons["owns_misses"] = 5, f"owned it: {_quote(owned)}"
        good.append(f"Owned the miss plainly: {_quote(owned)}.")
    elif owned and defensive:
        scores["owns_misses"], reasons["owns_misses"] = 2, f"owned it, then explained it away: {_quote(defensive)}"
        fixes.append(f"Drop the explanation {_quote(defensive)}: say what it cost them, not why it happened.")
    elif defensive:
        scores["owns_misses"], reasons["owns_misses"] = 0, f"defensive: {_quote(defensive)}"
        fixes.append(f"Instead of defending ({_quote(defensive)}), name the miss and what it cost them.")
    elif ctx.miss_related and ctx.owned_before:
        scores["owns_misses"], reasons["owns_misses"] = 4, "the miss was already owned earlier; no need to repeat it"
    else:
        scores["owns_misses"] = 1 if ctx.miss_related else 3
        reasons["owns_misses"] = "did not acknowledge the miss" if ctx.miss_related else "no miss at stake here; nothing defensive"
        if ctx.miss_related:
            fixes.append(f"Acknowledge {ctx.topic or 'the miss'} before anything else: “We missed it, and your team paid for it.”")

    # small, dated commitments with an owner
    if commit:
        value = 3 + (1 if owner else 0) + (1 if _SMALL.search(text) else 0)
        scores["commitments"], reasons["commitments"] = _clamp(value), f"commitment: “{commit.said.strip()}” ({commit.owner}, {commit.due})" + ("" if owner else " (no named owner)")
        good.append(f"Made a dated commitment: “{commit.said.strip()}”.")
        if not owner:
            fixes.append("Name who owns the commitment (a person on your team, or you personally).")
    else:
        scores["commitments"] = 1 if (any_commit or any_date) else 0
        reasons["commitments"] = "a promise without a date" if any_commit else "no commitment with a date"
        fixes.append("Offer one small commitment with a date and an owner: “<a named person on my team> will have the first piece working by <a weekday or date>.”")

    # asks questions and listens
    scores["listens"] = _clamp((3 if questions else 0) + (1 if (ack or len(echoes) >= 2) else 0) + (1 if words <= 90 else 0))
    reasons["listens"] = ("asked a question" if questions else "asked nothing") + ("; reflected their words" if len(echoes) >= 2 or ack else "")
    if questions:
        good.append("Asked a question and let the partner talk.")
    else:
        fixes.append("End with a question about their goal, then listen.")
    if words > 150:
        fixes.append(f"Shorter: {words} words is a speech; two or three sentences and a question work better.")

    # teaches rather than sells
    teach = _TEACH.search(text)
    sell = _SELL.search(text)
    scores["teaches"] = _clamp(2 + (2 if teach else 0) + (1 if sim_model >= 0.45 or mentions_topic else 0) - (2 if sell else 0) - (1 if "feature_talk" in trap_kinds else 0))
    reasons["teaches"] = f"taught: {_quote(teach)}" if teach else (f"sold: {_quote(sell)}" if sell else "no explanation in their terms")
    if sell:
        fixes.append(f"Stop selling ({_quote(sell)}): explain what it would mean for their team with their own data.")
    elif teach:
        good.append(f"Explained in their terms: {_quote(teach)}.")

    # the organisation's value statement
    if ctx.value_statement.strip():
        shared = sorted(content_words(ctx.value_statement) & content_words(text))
        sim_vs = _similarity(embed, text, ctx.value_statement)
        scores["value_statement"] = _clamp(min(len(shared), 4) * 0.8 + max(0.0, sim_vs - 0.25) * 8)
        reasons["value_statement"] = f"shares: {', '.join(shared[:5])}" if shared else "nothing of the value statement"
        if len(shared) >= 2:
            good.append(f"Echoed the value statement ({', '.join(shared[:3])}).")
        else:
            fixes.append("Tie the answer to the value statement in one phrase (what the business gets, in its words).")

    # value traps
    scores["avoids_traps"] = _clamp(5 - 2 * len([t for t in traps if t.kind != "jargon"]) - len([t for t in traps if t.kind == "jargon"]))
    reasons["avoids_traps"] = "; ".join(t.message for t in traps) or "no value traps"
    fixes.extend(t.suggestion for t in traps[:2])

    # trust: credibility, reliability, intimacy, self-orientation
    scores["credibility"] = _clamp((sim_model - 0.15) * 8 + (1 if mentions_topic else 0) + (1 if owned else 0) - (2 if defensive else 0) - (1 if bad_words else 0))
    reasons["credibility"] = f"closeness to a model answer {sim_model:.2f}" + ("; specific" if mentions_topic else "")
    scores["reliability"] = _clamp((2 if commit else (1 if any_commit else 0)) + (1.5 if commit else 0) + (1 if owner else 0) + (1 if _WARN.search(text) else 0))
    reasons["reliability"] = "dated, owned promise" if commit and owner else ("dated promise" if commit else "no promise they can check")
    if _WARN.search(text):
        good.append("Promised early warning if the date is at risk.")
    first_named = bool(ctx.partner_first) and ctx.partner_first.lower() in text.lower()
    scores["intimacy"] = _clamp(1 + (1.5 if ack or owned else 0) + (1 if len(echoes) >= 2 else 0) + (1 if first_named else 0) + (1 if questions else 0) - (2 if defensive else 0))
    reasons["intimacy"] = "acknowledged how it felt for them" if ack or owned else "no acknowledgement of their side"
    you, me = len(_YOU.findall(text)), len(_ME.findall(text))
    scores["self_orientation"] = _clamp(3 + (1 if you > me else 0) + (1 if questions else 0) - (2 if defensive else 0) - (1 if sell else 0) - (1 if {"budget_defence", "it_metrics", "customers"} & trap_kinds else 0))
    reasons["self_orientation"] = f"'you/your' {you} times, 'I/we/our/IT' {me} times" + ("; defending IT" if defensive else "")
    _reflects(text, ctx, scores, reasons, fixes, reflected=bool(ack or owned or len(echoes) >= 2), advice_at=commit.said if commit else "")
    if defensive or you < me:
        fixes.append("Make it about them: their team, their goal, their date.")
    return ReplyScore(scores, reasons, _unique(good), _unique(fixes), traps, bool(defensive), bool(owned), bool(commit))


_OPEN_Q = re.compile(r"(?:^|[.!?]\s+)(?:what|how|which|why|tell me|help me understand)\b[^.!?]*\?", re.I)


def _reflects(text: str, ctx: ReplyContext, scores: dict[str, int], reasons: dict[str, str], fixes: list[str], reflected: bool, advice_at: str) -> None:
    """Motivational interviewing: an open question, and the partner's point reflected before any advice or promise."""
    open_q = _OPEN_Q.search(text)
    closed = "?" in text and not open_q
    first = ACKNOWLEDGE.search(text) or OWN.search(text)
    before_advice = reflected and (not advice_at or (first is not None and first.start() < text.find(advice_at)))
    scores["reflects"] = _clamp(1 + (2 if open_q else (1 if closed else 0)) + (2 if before_advice else (1 if reflected else 0)) - (1 if _DEFENSIVE.search(text) else 0))
    reasons["reflects"] = ("open question" if open_q else "closed question" if closed else "no question") + ("; reflected their point first" if before_advice else "")
    if closed:
        fixes.append("Ask it open (“What would…”, “How do you…”), so the partner tells you more than yes or no.")
    if not reflected:
        fixes.append("Reflect their point first, in their words (“So what worries you is…”), before any answer or promise.")


def _owner(text: str) -> str | None:
    for match in _OWNER.finditer(text):
        first = match.group(0).split()[0]
        if first not in NOT_NAMES or first == "I":
            return match.group(0)
    return None


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen

"""Speaking for the wrong person and saying untrue things: the CIO's own words quoted as the
partner's, a trend arrow against the latest note, another function's vocabulary."""

from __future__ import annotations

import re

from evals.coach_scorers.facts import Context
from evals.coach_scorers.view import QUOTE, PlanView, sentences
from evals.scorers import Score, lower

ATTRIBUTION = re.compile(r"\b(said|says|told|put it|in (?:his|her|their|your|\w+'s) (?:own )?words|you said|remember what)\b", re.I)
# An open item the plan gives as the CIO's own record ("Noted on 9 May: “...”", "Noted as our action", the ledger).
NOTED = re.compile(r"^\s*(?:noted\b|promise ledger\b)", re.I)
HYPOTHETICAL = re.compile(r"^\s*(?:if|when|should)\b", re.I)
SPEAKER = re.compile(r"^\s*\[?(?:\d{1,2}:\d{2}\]?\s*)?([A-Z][\w.\- ]{0,30}?)\s*[:>]", re.M)
POSITIVE = re.compile(r"\b(thank|thanks|credit|praised|pleased|smooth|painless|brilliant|great|happy|delivered|"
                      r"on time|on the day|kept|renew|trust|asked (?:us|me|it) first|came to us|well done|impressed|"
                      r"back on track|fixed|resolved|green)\w*", re.I)
NEGATIVE = re.compile(r"\b(miss(?:ed)?|late|slip|again|escalat|complain|frustrat|outage|failed|angry|disappoint|"
                      r"consultant|shadow|can'?t wait|cc'?d|third date|went around|bypass|cancel|worse|broken)\w*", re.I)
TREND = re.compile(r"\b(improving|worsening|warming|cooling|deteriorating|recovering|declining|sees more|sees less)\b", re.I)
UP = {"improving", "warming", "recovering", "sees more"}

# Words a partner in one function uses and a partner in another would not (lower case).
LEXICON: dict[str, tuple[str, ...]] = {
    "finance": ("working capital", "month-end close", "forecast accuracy", "cash flow", "ebitda", "days sales outstanding"),
    "sales": ("pipeline", "quota", "win rate", "deal size", "bookings"),
    "marketing": ("campaign", "brand", "conversion rate", "customer acquisition"),
    "hr": ("attrition", "time to hire", "headcount plan", "engagement survey", "onboarding"),
    "operations": ("oee", "throughput", "yield", "downtime", "shift pattern", "scrap rate"),
    "supply_chain": ("inventory turns", "fill rate", "lead time", "supplier on-time"),
    "clinical": ("patient safety", "bed occupancy", "clinical outcomes", "ward"),
    "legal": ("matter management", "billable", "litigation hold", "contract review"),
    "service": ("first contact resolution", "handle time", "csat", "call volumes"),
}
FAMILY = {
    "finance": ("financ", "cfo", "account", "treasur", "controller"),
    "sales": ("sales", "revenue", "commercial", "account manag"),
    "marketing": ("marketing", "brand", "digital"),
    "hr": ("hr", "human resources", "people", "talent", "chief people"),
    "operations": ("operations", "manufactur", "plant", "production", "engineering", "field"),
    "supply_chain": ("supply", "procure", "logistic", "purchas", "merchandis"),
    "clinical": ("clinical", "nurs", "medical", "pharmac", "patient"),
    "legal": ("legal", "counsel", "compliance"),
    "service": ("service", "contact centre", "customer", "support"),
}


def attributed_quotes(view: PlanView, ctx: Context) -> list[str]:
    """Quotes the plan gives as the partner's words (not hypotheticals like 'If Dana says ...')."""
    name = ctx.first_name().lower()
    out = []
    for s in view.sentences():
        if HYPOTHETICAL.match(s) or not ATTRIBUTION.search(QUOTE.sub(" ", s)):
            continue  # "said" inside the quoted note ("Noted on 4 March: “... Mehmet said ...”") attributes nothing
        if name and name not in s.lower() and not re.search(r"\byou\b|\b(?:he|she|they)\b", s, re.I):
            continue
        out += [a or b for a, b in QUOTE.findall(s)]
    for item in view.open_items:
        text = str(item.get("text") or "")
        if not item.get("quote") or item.get("owner") not in (None, "partner") or NOTED.match(text):
            continue  # a quote shown as the CIO's note is rightly attributed, whoever owns the item
        given = [a or b for a, b in QUOTE.findall(text)]
        out += given or [str(item["quote"])]
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", text.lower())).strip()


def _partner_said(quote: str, notes: str, ctx: Context) -> bool:
    """True when the notes give the words as the partner's: inside quote marks or on a speaker line."""
    q = _norm(quote)
    if not q:
        return True
    if any(q in _norm(a or b) for a, b in QUOTE.findall(notes)) or any(q in _norm(s) for s in re.findall(r"'([^']{3,300})'", notes)):
        return True
    name = ctx.first_name().lower()
    for line in notes.splitlines():
        match = SPEAKER.match(line)
        if match and q in _norm(line) and name and name in match.group(1).lower():
            return True
    if name and any(q in _norm(body) for body in _emails_from(notes, name)):
        return True
    return q not in _norm(notes)  # not in the notes at all: not the CIO's note either (claims.py judges that)


def _emails_from(notes: str, name: str) -> list[str]:
    """Bodies of e-mails in the notes whose From: line names the partner (up to the next header or quoted line)."""
    bodies, current = [], None  # type: ignore[var-annotated]
    for line in notes.splitlines():
        header = re.match(r"^\s*From:\s*(.*)$", line)
        if header:
            if current is not None:
                bodies.append("\n".join(current))
            current = [] if name in header.group(1).lower() else None
        elif current is not None and line.lstrip().startswith(">"):
            bodies.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    if current is not None:
        bodies.append("\n".join(current))
    return bodies


def score_misattributed_quotes(view: PlanView, ctx: Context) -> Score:
    said = attributed_quotes(view, ctx)
    if not said:
        return lower("misattributed_quote", 0.0, 0.0, "no quote attributed to the partner", n=0)
    cio = [_norm(c) for c in ctx.facts.cio_statements or []]
    wrong = [q for q in said if any(c and (c in _norm(q) or _norm(q) in c) for c in cio) or not _partner_said(q, ctx.notes, ctx)]
    reason = f"the CIO's words given as the partner's: {'; '.join(w[:80] for w in wrong)}" if wrong else f"{len(said)} quote(s), all the partner's"
    return lower("misattributed_quote", len(wrong) / len(said), 0.0, reason, n=len(said))


def latest_direction(ctx: Context) -> str:
    if ctx.facts.latest_direction:
        return ctx.facts.latest_direction
    latest = ctx.latest_note()
    up, down = len(POSITIVE.findall(latest)), len(NEGATIVE.findall(latest))
    return "improving" if up > down else "worsening" if down > up else "stable"


def score_trend(view: PlanView, ctx: Context) -> Score:
    said = [m.group(1).lower() for s in view.sentences() for m in [TREND.search(s)] if m]
    if not said:
        return lower("trend_contradiction", 0.0, 0.0, "no trend stated", n=0)
    latest = latest_direction(ctx)
    plan_up = said[0] in UP
    wrong = (latest == "improving" and not plan_up) or (latest == "worsening" and plan_up)
    return lower("trend_contradiction", 1.0 if wrong else 0.0, 0.0, f"plan says {said[0]}, latest note reads {latest}")


def family_of(ctx: Context) -> str | None:
    label = f"{ctx.function or ''} {ctx.role}".lower().replace("_", " ")
    for family, keys in FAMILY.items():
        if any(re.search(r"\b" + re.escape(k), label) for k in keys):
            return family
    return None


_TERM = {term: family for family, terms in LEXICON.items() for term in terms}
_TERMS = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(_TERM, key=len, reverse=True)) + r")\b")


# A function's name used as the partner's ("changes for general", "speak in legal terms", "sales's list").
LABEL = re.compile(r"\b(?:for|in|about|of|across|to) (general|sales|legal|finance|marketing|hr|operations|procurement|"
                   r"customer service|it)\b(?! (?:team|director|department|leaders?|head|manager))|"
                   r"\b(general|sales|legal|finance|marketing|hr|operations|procurement)(?:'s| terms)\b", re.I)


def foreign_labels(text: str, ctx: Context, own: str | None) -> list[str]:
    """Function names the plan applies to the partner that are not the partner's (or 'general')."""
    context = f"{ctx.role} {ctx.function or ''} {ctx.notes}".lower().replace("_", " ")
    out = []
    for m in LABEL.finditer(text):
        label = (m.group(1) or m.group(2)).lower()
        family = next((f for f, keys in FAMILY.items() if any(label.startswith(k) for k in keys)), None)
        if label == "general" or (family != own and label not in context):
            out.append(m.group(0).strip())
    return sorted(set(out))


def score_role_vocabulary(view: PlanView, ctx: Context) -> Score:
    own = family_of(ctx)
    notes = ctx.notes.lower()
    text = view.spoken_text()
    found = {m.group(1) for m in _TERMS.finditer(text.lower())}
    foreign = sorted(t for t in found if _TERM[t] != own and t not in notes) + foreign_labels(text, ctx, own)
    reason = f"another function's words ({own or 'function unknown'}): {', '.join(foreign)}" if foreign else f"no foreign vocabulary ({own or 'unknown'})"
    return lower("foreign_vocabulary", float(len(foreign)), 0.0, reason)


def method_commentary(view: PlanView) -> list[str]:
    """Coaching-method talk inside what the CIO is meant to say."""
    pattern = re.compile(r"(the CIO'?s own time|why this opening|^how:|^avoid:|the aim is to move|speak in \w+ terms|"
                         r"reads as (?:cost centre|utility|bypass risk|partner)|promise ledger)", re.I)
    return [s for s in sentences(view.opening() + "\n" + view.section("competence", "value message"))
            if pattern.search(s)]

"""A yes/no or choose-between question is answered first with a verdict read from typed facts, then the reason.

Three families decide from the notes: a contact the partner gave for emergencies only ("should I ring her mobile?": no);
who presents our work ("should I present it or let my analyst?": the person on our side who did it); a partner's own
decision ("do I try to stop him?": no, deliver what the partner asked of us). Where no typed fact decides, the answer is
left as it was: nothing is asserted that the notes do not show."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.conversation.agreed_premise import agreed_premise
from assistant.conversation.choice_verdict import choice_verdict, unplaced
from assistant.conversation.form_verdict import _VERDICT_LEAD as _LEADS
from assistant.conversation.form_verdict import after_verdict, form_verdict
from assistant.conversation.offer_taken import offer_taken
from assistant.conversation.partner_facts import open_asks
from assistant.conversation.partner_say import on_day
from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Item, Sentence, Situation

# A question that wants a yes or a no (or one of two options), in any of its usual openings.
YES_NO = re.compile(r"(?:^|[.!?]\s+|\b(?:and|but|so|or)\s+)(?:should|shall|do|can|could|must|would|may) (?:I|we)\b|"
                    r"\b(?:good|bad|right|wise) (?:idea|move|call)\b|\bis (?:it|that) (?:ok|okay|wise|worth it)\b|\bor not\b", re.I)

# Reaching someone directly, and a contact kept for emergencies.
_CONTACT_Q = re.compile(r"\b(?:ring|call|phone|text|message|whatsapp|sms|dial)\b[^?]*\b(?:mobile|cell|phone|number|private line|home)\b|"
                        r"\b(?:mobile|cell|personal|private|home) (?:number|phone|line)\b", re.I)
_CONTACT_N = re.compile(r"\b(?:mobile|cell|phone|number|line|whatsapp)\b", re.I)
_EMERGENCY = re.compile(r"\b(?:emergenc\w*|urgent\w*|critical incidents?|outages?) only\b|\bonly (?:for|in|if)\b[^.]{0,30}\b(?:emergenc\w*|urgent|outage|"
                        r"down)\b|\bnot for (?:status|routine|updates|day-to-day|general)\b|\bnever for (?:status|routine|updates)\b", re.I)

# Choosing who presents our work: the CIO, or a named person on our side.
_PRESENT = r"(?:present|show|walk (?:him|her|them) through|take (?:him|her|them) through|run|lead|do it|do the talking|brief)"
_WHO_Q = re.compile(rf"\b(?:should|do|shall) I\b[^?]*\b{_PRESENT}\b[^?]*\bor\b|\bor (?:should|do|shall) I\b|\b(?:myself|me)\b[^?]*\bor\b[^?]*"
                    rf"\b(?:bring|let|have|ask)\b|\b(?:bring|let|have)\b[^?]*\bor\b[^?]*\b(?:myself|me)\b", re.I)
_NAME = re.compile(r"\b(?!(?:I|Should|Shall|Do|Or|And|But|Let|Bring|Have|Ask|Is|The|My|Our|What|How|When|Monday|Tuesday|Wednesday|Thursday|"
                   r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                   r"[A-Z][a-zà-ž]+(?:[-'][A-Z]?[a-zà-ž]+)?\b")
_OURS_DID = re.compile(r"\b(?:our|my) (?:[\w-]+ ){0,2}(?:lead|analyst|engineer|manager|architect|team|developer|scientist|head)\b|"
                       r"\b(?:committed|found|built|analys\w+|ran|checked|prepared|wrote|drafted|will send|sent|shows?|first cut)\b", re.I)

# Trying to change a decision the partner has made.
_STOP_Q = re.compile(r"\b(?:stop|block|talk (?:him|her|them) out of|fight|overturn|reverse|veto|push back on|challenge) (?:him|her|them|it|this|that|the)\b",
                     re.I)
_DECIDED = re.compile(r"\b(?:signs?|signed|signing|chose|chosen|picked|decided|going|goes|went) (?:with|for|on|to)\b|\bonly wants us for\b", re.I)


Found = tuple[str, list[Sentence], str]  # the verdict with its reason, the note sentences it rests on, a line to say ("": keep the line)


# A line that argues against a decision the partner has made: it goes when the verdict is to let the decision stand.
_FIGHTS = re.compile(r"\bextend (?:it|the \w+)\b|\breconsider\b|\bchange (?:your|his|her|their) mind\b|\bbefore (?:you|he|she|they) decides?\b|"
                     r"\b(?:stay|stick) with us\b|\binstead of (?:them|the \w+)\b", re.I)


def verdict(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> Found | None:
    """The verdict, the notes it rests on and a line that goes with it, or None where no typed fact decides."""
    if not YES_NO.search(question):
        return None
    for rule in (_contact, _presenter, _stop, offer_taken, agreed_premise):
        found = rule(question, sit, first, partner, today)
        if found is not None:
            return found
    return None


def _contact(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> Found | None:
    if not _CONTACT_Q.search(question):
        return None
    kept = next((s for s in reversed(sit.sentences) if _CONTACT_N.search(s.text) and _EMERGENCY.search(s.text)), None)
    if kept is None:
        return None
    return (f"No. {first} gave you that number on {on_day(kept.date, today)} for emergencies only; using it for this would spend the "
            f"trust that came with it. Reply through the usual channel instead, and keep the number for what {first} gave it for."), [], ""
    # (the note is not quoted: it holds the number itself, which the answer never repeats)


def _presenter(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> Found | None:
    if not _WHO_Q.search(question):
        return None
    skip = {w.lower() for w in partner.split()} | {first.lower()}
    for name in dict.fromkeys(_NAME.findall(question)):
        if name.lower() in skip:
            continue
        did = [s for s in sit.sentences if re.search(rf"\b{re.escape(name)}\b", s.text) and _OURS_DID.search(s.text) and s.speaker != "partner"]
        if did:
            return (f"Bring {name} and let {name} present it: {name} did the work, and {first} sees a capable team behind you. "
                    f"You open with why it matters to {first}, and you own the follow-up and the next step."), did[-1:], (
                f"{name} did this work, so {name} will take you through it; I want to hear what it means for you, and I will own what "
                "we do next.")
    return None


def _stop(question: str, sit: Situation, first: str, partner: str, today: dt.date) -> Found | None:
    if not _STOP_Q.search(question):
        return None
    decided = [s for s in sit.sentences if _DECIDED.search(s.text)]
    if not (decided or _DECIDED.search(question)):
        return None
    ask = next((i for i in reversed(open_asks(sit)) if i.owner == "partner" or i.kind == "request"), None)
    what = _ask_words(ask, today)
    cited = ([s for s in sit.sentences if ask is not None and ask.quote.strip() in s.text] or decided)[-1:]
    if ask is None and (dated := _dated_ask(sit, today)) is not None:  # an ask in the partner's own words the model left untyped
        cited, what = [dated[0]], f" by {on_day(dated[1], today)}"
    reason = f" Deliver what {first} asked of us{what}, on time, so that the work stays easy to run with us." if what is not None else \
        f" Make what {first} still needs from us easy and on time."
    when = f" that {what[4:]} holds for our part" if what else " when our part will be ready"
    line = f"You've decided, and we'll make it work. My team will check{when}, and you will hear from me at once if anything puts it at risk."
    return f"No, do not try to stop {first}: the decision is {first}'s, and fighting it costs more trust than it saves.{reason}", cited, line


_ASK = re.compile(r"\b(?:send|give|get|need|want|deliver|share)\b[^.]{0,120}\bby\b", re.I)


def _dated_ask(sit: Situation, today: dt.date) -> tuple[Sentence, dt.date] | None:
    """The partner's newest spoken ask with a date still ahead ("Send me the plan by 20 May")."""
    for s in reversed(sit.sentences):
        if s.speaker == "partner" and _ASK.search(s.text):
            ahead = [d for d in dates_in(s.text, s.date or today, s.date_order) if d >= today]
            if ahead:
                return s, ahead[-1]
    return None


def _ask_words(item: Item | None, today: dt.date) -> str | None:
    if item is None:
        return None
    return f" by {on_day(item.due, today)}" if item.due is not None and item.due >= today else ""


def apply_verdict(result: Any, question: str, sit: Situation, first: str, partner: str, today: dt.date,
                  cite: Any) -> None:
    """The verdict leads the answer; the note it rests on is cited first. A line or question that argues the other way is dropped."""
    lead = (result.direct or [""])[0]
    found = verdict(question, sit, first, partner, today) or form_verdict(question, sit, first, today, lead) or (
        None if _LEADS.match(lead) else choice_verdict(question, sit, first, today))
    if found is None and not result.drafted:
        result.direct = unplaced(question, result.direct)  # "partner or bypass risk?" where the notes cannot tell: neither yet
    if found is None or result.drafted:
        return
    text, rests_on, line = found
    quoted = [s.text.strip()[:60] for s in rests_on]  # a later sentence quoting the same note says nothing new
    result.direct = [text, *(x for x in result.direct if x != text and not any(q and q in x for q in quoted)
                             and not (x.startswith("Your notes (latest note") and "too thin to tell" in x))][:3]  # the verdict answers: no "too thin to tell" after it
    result.say_this = line or result.say_this
    if _STOP_Q.search(question):  # the decision stands: nothing that tries to win it back, nor a question about such lines
        result.direct = [x for x in result.direct if not _FIGHTS.search(x)]
        if _FIGHTS.search(result.question_back) or result.question_back.startswith("Which of those questions"):
            result.question_back = f"Who on your team owns our part for {first}, and what could still put its date at risk?"
    result.answered = True
    after_verdict(result, question, first)
    quotes = {n.quote for n in result.notes}
    result.notes = [cite(s.date.isoformat() if s.date else "", s.text.strip(), s.note.ref) for s in rests_on
                    if s.text.strip() not in quotes] + result.notes


# The material's answer rejects what the question proposes ("swap uptime and ticket counts for ...", "rather than posters"):
# a yes/no question about that proposal is answered "No." first, with the material's reason after it.
_REJECTS = re.compile(r"\b(?:swap|replace|trade) (?P<a>[^.;:]{3,60}?) (?:for|with)\b|\binstead of (?P<b>[^.;:,]{3,40})|\brather than (?P<c>[^.;:,]{3,40})|"
                      r"\b(?:avoid|never use|don't use|do not use) (?P<d>[^.;:,]{3,40})", re.I)
_VERDICT_ASKED = re.compile(r"\b(?:good enough|enough|good idea|right (?:call|move)|worth it|the right way)\s*\?", re.I)


def material_verdict(question: str, direct: str) -> str:
    """The material's direct answer, led by "No." where it rejects a thing the question proposes and asks a verdict on."""
    either = re.search(r"\bor\b(?! not\b)", question, re.I)  # "this or that?" is never answered "no"
    if not direct or either or not (_VERDICT_ASKED.search(question) or YES_NO.search(question)) or re.match(r"(?:no|yes)\b", direct, re.I):
        return direct
    asked = {w for w in re.findall(r"[a-z]{4,}", question.lower())} - {"should", "would", "could", "enough", "good", "idea", "that", "this",
                                                                        "what", "with", "they", "them", "their", "your", "have"}
    for found in _REJECTS.finditer(direct):
        rejected = next(g for g in found.groups() if g)
        if asked & {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", rejected.lower())} | asked & set(re.findall(r"[a-z]{4,}", rejected.lower())):
            return f"No, not as it stands. {direct}" if _VERDICT_ASKED.search(question) else f"No. {direct}"  # "should I lead with X?": no
    return direct

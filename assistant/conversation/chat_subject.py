"""Two slots read from the question, and the first meeting with a partner the notes know nothing about.

- subject: the thing the question is about ("the treasury upgrade", "Ana's CRM project"); the answer names it, from
  the newest note that does, or says plainly that the notes do not mention it;
- audience: besides the partner, the CIO's own staff and the partner's board (chat_slots), a committee and a peer
  executive ("what do I say to our CFO about Ana's project") get a line in their own form, built on the subject's note;
- a partner with no notes, or a person new in post, gets questions shaped by the role, never a checklist that assumes
  history (promises to check, anything late);
- the partner's own message is never read back to them as the line: the line answers it with an owner and their day;
- the partner's own numbers (goals with a figure, or a finance lead's cost measures) are named where the answer lacks them,
  and an opening or a pitch starts from them; an outside rival in the notes is named where the answer does not handle it;
- a line cut from the note after its noun ("roll it out") names the thing the notes name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from assistant.conversation.asked_day import asked_days, on_asked_day
from assistant.conversation.partner_say import bare, on_day
from assistant.conversation.question_intents import RIVAL
from assistant.conversation.say_intent import partner_measures
from assistant.planning.situation import Situation
from assistant.planning.situation_types import Sentence


class PartnerAnswer(Protocol):  # the parts of partner_answer.PartnerAnswer this module fills (no import back: no cycle)
    direct: list[str]
    say_this: str
    question_back: str
    answered: bool
    about_partner: bool

_HEAD = (r"project|programme|program|system|upgrade|roll-?out|migration|platform|tool|app|portal|dashboard|report|pilot|"
         r"integration|implementation|interface|model|warehouse|scanners?|module|site|initiative|change|switch-?over|launch|go-?live|request|"
         r"engine|service|solution|contract|tender|budget|plan|roadmap|data|feed|website|store|network|cloud|licen[cs]es?|outage|delay|"
         r"crash|incident|breach|failure|breakdown|disruption")
_FUNCTION = r"(?:for|of|to|with|and|or|in|on|at|about|from|into|by|a|an|the|my|our|your|her|his|their)"
_SUBJECT = re.compile(rf"\b(?:the|our|this|that|an?|[A-Z][\w-]*['’]s)\s+(?P<np>(?:(?!{_FUNCTION}\b)[\w-]+\s+){{0,3}}?(?:{_HEAD})"
                      rf"(?:\s+(?:{_HEAD}))*)(?![\w-])", re.I)
_GENERIC = {"project", "programme", "program", "system", "upgrade", "rollout", "roll-out", "migration", "platform", "tool", "app", "portal",
            "dashboard", "report", "pilot", "integration", "implementation", "interface", "model", "module", "site", "initiative", "change",
            "request", "new", "the", "our", "this", "that", "whole", "big", "next", "current", "latest", "it", "itt", "launch", "go-live",
            "golive", "switchover", "switch-over", "meeting", "quarterly", "monthly", "weekly", "budget", "plan", "board", "team",
            # abstract words are no subject a note would name: "the value of IT", "the progress", "our numbers"
            "value", "worth", "impact", "results", "result", "progress", "numbers", "metrics", "measures", "figures", "priorities",
            "goals", "strategy", "relationship", "situation", "status", "update", "year", "quarter", "month", "week", "work", "things",
            "cut", "cuts", "service", "cloud", "for", "of", "to", "with", "and", "about", "from", "into", "case", "delay", "overrun", "first", "one", "same", "last", "other", "time"}
_STEMS = re.compile(r"(?:ing|ed|es|s)$")


# "... about Ana's route planner?": the phrase after about/on/regarding, up to the question's end or its next clause.
_ABOUT = re.compile(r"\b(?:about|regarding|on)\s+(?:the|our|[A-Z][\w-]*['’]s)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,3}?)\s*(?:\?|$|\b(?:with|to|before|at|in|for|so)\b)")


def subject_of(question: str) -> str:
    """The noun phrase the question is about ("treasury system upgrade"), or "" when it names none."""
    for found in [*_SUBJECT.finditer(question), *_ABOUT.finditer(question)]:
        np = found.group("np").strip()
        if _terms(np) and not np[:1].isdigit():  # "on the 22nd again" names a day, not a subject
            return np
    return ""


def _terms(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z0-9]+", text.lower().replace("-", " "))
    return {_STEMS.sub("", w) if len(w) > 5 else w for w in words if w not in _GENERIC and len(w) >= 3}


def names(text: str, subject: str) -> bool:
    """The text names the subject: it shares one of the subject's own (not generic) words."""
    return bool(_terms(subject) & _terms(text))


def subject_sentence(sit: Situation, subject: str, question: str = "", today: dt.date | None = None) -> Sentence | None:
    """The newest note sentence that names the subject (one a reader can quote whole); where none names it in the same
    words, the first such sentence of the note dated on the day the question gives the subject ("the outage on the 14th")."""
    found = [s for s in sit.sentences if names(s.text, subject) and len(s.text.split()) <= 40 and not any(a.quote in s.text for a in sit.avoid)]
    if found:
        return max(found, key=lambda s: s.date or dt.date.min)
    return on_asked_day(sit, question, today) if question and today else None


# A peer executive named as the one spoken to ("what do I say to our CFO", "how do I brief the COO").
_PEER = re.compile(r"\b(?:to|tell|brief|update|show|with|convince|persuade|ask)\s+(?:the|our|my)\s+(?P<who>CFO|CEO|COO|CMO|CHRO|CTO|CPO|CRO|CDO|CISO|"
                   r"general counsel|finance director|managing director|chief \w+ officer)\b", re.I)
_COMMITTEE = re.compile(r"\b(?:to|for|tell|show|brief|update|at|before|in front of|face)\s+(?:the |our |their |his |her |[A-Z][\w-]+['’]s )?"
                        r"(?P<who>(?:[\w-]+ (?:(?:and|&) [\w-]+ )?)?(?:committee|steering group|investment board|programme board|risk board))\b", re.I)


def peer_or_committee(question: str, role: str) -> tuple[str, str]:
    """('peer', 'CFO') when the question speaks to another executive than the partner, ('committee', 'audit committee')
    for a committee, else ('', '')."""
    if (c := _COMMITTEE.search(question)) is not None:
        return "committee", c.group("who").lower()
    if (p := _PEER.search(question)) is not None:
        who = p.group("who")
        if not role or not re.search(rf"\b{re.escape(who)}\b", role, re.I) and not _same_role(who, role):
            return "peer", who if who.isupper() else who.lower()
    return "", ""


def _same_role(short: str, role: str) -> bool:
    long = {"cfo": "financ", "ceo": "executive", "coo": "operat", "cmo": "marketing", "chro": "people|human", "cto": "technology",
            "cpo": "product|procurement|people", "cro": "revenue|risk", "general counsel": "legal|counsel"}.get(short.lower(), "")
    return bool(long) and bool(re.search(long, role, re.I)) and bool(re.search(r"\bchief\b|\b[A-Z]{3,4}\b", role))


_COMMON_START = re.compile(r"(?:The|A|An|Our|We|This|That|These|Those|It|Its|Testing|Work|All|Both|Each|Every|Some|No)\b|[A-Z][a-z]+ing\b")


def _third(text: str) -> str:
    """A note's sentence run on after a colon: a common first word in lower case, a name or acronym as written."""
    text = bare(text).rstrip(" .")
    return text[:1].lower() + text[1:] if _COMMON_START.match(text) else text


def audience_line(kind: str, who: str, subject: str, sentence: Sentence | None, first: str, today: dt.date) -> tuple[str, str]:
    """(the line, a lead sentence) for a committee or a peer, built on the subject's note (the newest note when the question
    names no subject); ('', '') where the notes give nothing."""
    if sentence is None:
        return "", ""
    thing = subject or "work for " + first
    where = f"on {on_day(sentence.date, today)}, {_third(sentence.text)}." if sentence.date else f"{_third(sentence.text)}."
    if kind == "committee":
        return (f"On {'the ' + subject if subject else 'our ' + thing}: {where} I will report against that date at your next meeting, and you will hear from me first if it moves.",
                f"For the {who}, say where {'the ' + subject if subject else 'our work for ' + first} stands in one sentence from your notes, with its date, and what you will report next; "
                f"it is a report to the {who}, not a question to {first}.")
    return (f"On {first + chr(39) + 's ' + subject if subject else 'our ' + thing}: {where} I'd value your view before I take the next step with {first}.",
            f"For the {who}, a peer, say where {first + chr(39) + 's ' + subject if subject else 'our work for ' + first} stands in your notes' words and ask for the view or support you need; "
            f"keep {first}'s own requests for your meeting with {first}.")


_ROLES = [  # (role cue, two questions the role makes natural in a first meeting)
    (r"\bCOO\b|operat", ("Which operational measures will you be judged on in your first year?",
                         "Where do our systems slow your operations down today?")),
    (r"\bCMO\b|marketing|brand", ("Which customer or campaign results matter most to you this year?",
                                  "Where does our customer data help you, and where does it get in the way?")),
    (r"\bCFO\b|financ|controller|treasur", ("Which costs and which reporting deadlines matter most to you this year?",
                                            "Where do our systems help your close, and where do they slow it?")),
    (r"\bCHRO\b|\bHR\b|people|human", ("Which people measures matter most to you this year, such as hiring, turnover or onboarding?",
                                      "Where do our HR systems get in your people's way?")),
    (r"sales|revenue|commercial|\bCRO\b", ("Which sales results will you be judged on this year?",
                                           "Where do our tools help your sellers, and where do they cost them time?")),
    (r"supply|logistic|procure|warehouse|fulfil", ("Which service or cost measures matter most to you this year?",
                                                  "Where do our systems slow the flow of goods today?")),
    (r"legal|counsel|complian|risk", ("Which risks or deadlines matter most to you this year?",
                                      "Where do our systems help your team, and where do they add work?")),
    (r"customer|service|support", ("Which customer measures will you be judged on this year?",
                                   "Where do our systems slow your teams down with customers?")),
]
_NEW_QUESTIONS = ("What do you most want to change in your first year?", "What have you heard so far about working with IT?")


def role_questions(role: str, question: str) -> list[str]:
    """Questions for a first meeting shaped by the partner's role (read from their record or the question): two about the role,
    one about IT; the general pair where no role is known."""
    text = f"{role} {question}"
    for cue, asks in _ROLES:
        if re.search(cue, text, re.I):
            return [_NEW_QUESTIONS[0], *asks]
    return list(_NEW_QUESTIONS)


_FIRST = re.compile(r"\b(?:first|new|newly|prepare|preparing|meet|meeting|introduc\w*|approach|get to know|joined|started|start|hello)\b", re.I)


def first_meeting(result: PartnerAnswer, first: str, role: str, question: str) -> None:
    """No notes on the partner: a first meeting for listening, with questions shaped by the role (nothing to check or report)."""
    if not _FIRST.search(f"{question} {role}"):  # a question about something else: say plainly there is nothing to go on
        result.direct = [f"There are no notes on {first} yet, so I cannot say how {first} sees us; add a note after your next conversation."]
        return
    role = re.sub(r"\s*\([^)]*\)", "", role).strip()  # "(joined 2 November)" is no part of the role
    asks = role_questions(role, question)
    what = f" as {role}" if role else ""
    result.direct = [f"Your notes hold nothing on {first} yet, so treat this first meeting as listening: there is no history to report and no "
                     f"promise to check. Ask about {first}'s aims{what}: " + " ".join(f"“{q}”" for q in asks),
                     f"Offer one small thing you can do by a date you choose, and write down afterwards how {first} spoke about technology."]
    result.say_this = asks[1] if len(asks) > 1 else asks[0]
    result.question_back = f"After the meeting, what will you write down about how {first} sees technology, and what one small thing could you offer by a date?"
    result.answered = True
    result.about_partner = True


_HEARD = re.compile(r"^(?P<on>On [^:]+?) you said: [‘“'\"](?P<q>.+?)[’”'\"] (?P<rest>.+)$")
_BEFORE = re.compile(r"\b(?P<b>(?:before|by) (?:the [\w -]{2,30}? on |the end of )?\d{1,2} [A-Z][a-z]+|(?:before|by) (?:the )?end of \w+)\b")
_NP_VERB = re.compile(r"^(?P<np>(?:The|Our|My|Their|These|Those|This|That)\s+[\w -]{3,60}?)\s+(?:keep|keeps|is|are|was|were|has|have|won't|don't|doesn't|"
                      r"can't|cannot|stopped|stop|fail|fails|failed|crash|crashes|crashed|drop|drops|dropped)\b")


_REPLY = re.compile(r"\b(?:reply|respond|answer|write back|get back)\b[^?]*\b(?:to|him|her|them|email|e-mail|message|mail|note)\b|"
                    r"\b(?:reply|respond) to\b", re.I)


def _message_texts(line: str, sit: Situation, first: str, question: str) -> tuple[str, list[str]]:
    """('On 3 May', the sentences of the partner's own message) when the line reads it back or the question asks how to reply."""
    found = _HEARD.match(line)
    if found is not None and found.group("q").rstrip().endswith("?"):  # their question read back to them (a stated need may be quoted)
        note = next((s for s in sit.sentences if found.group("q")[:40] in s.text), None)
        return found.group("on"), [s.text for s in sit.sentences if note is not None and s.date == note.date] or [found.group("q")]
    if not _REPLY.search(question) or not first:
        return "", []
    mail = next((n for n in reversed(sit.notes) if re.search(rf"^\s*From:\s*[^\n]*\b{re.escape(first)}\b", n.text, re.I | re.M)), None)
    if mail is None or mail.date is None:
        return "", []
    return f"On {mail.date.day} {mail.date:%B}", [s.text for s in sit.sentences if s.date == mail.date] or mail.text.splitlines()


def answer_message(line: str, sit: Situation, first: str = "", question: str = "") -> str:
    """A line that reads the partner's own message back ("On 3 May you said: '...' What do you need ...?"), or any line when
    the CIO asks how to reply to that message, answers it instead: thanks, the thing it is about, one owner and their own day."""
    on, texts = _message_texts(line, sit, first, question)
    if not texts:
        return line
    about = next((m.group("np") for t in texts if (m := _NP_VERB.match(bare(t))) is not None), "")
    day = next((m.group("b") for t in texts if (m := _BEFORE.search(t)) is not None), "")
    about = f" about {about[:1].lower()}{about[1:]}" if about else ""
    when = f" {day}" if day else " with a date"
    return (f"{on} you wrote to me{about}. Thank you for raising it: I am giving it one owner on my team today, and you "
            f"will hear from us{when}.")


def refine(result: PartnerAnswer, question: str, sit: Situation, first: str, today: dt.date, role: str = "") -> None:
    """The subject and audience slots applied to a built answer, and a partner's message answered rather than read back."""
    subject = subject_of(question)
    sent = subject_sentence(sit, subject, question, today) if subject else None
    kind, who = peer_or_committee(question, role)
    if kind:
        basis = sent if subject else next((s for s in reversed(sit.sentences) if 5 <= len(bare(s.text).split()) <= 40  # no fragment ("Not confirmed yet.")
                                           and not any(a.quote in s.text for a in sit.avoid)), None)
        line, lead = audience_line(kind, who, subject if sent else "", basis, first, today)
        if line:
            result.say_this, result.answered = line, True
            result.direct = [lead, *(x for x in result.direct if not x.startswith("For your own team"))][:3]
            result.question_back = (f"What will the {who} ask about the {subject or 'work'} first, and which one figure from your notes answers it?"
                                    if kind == "committee" else f"What do you need from the {who} for {first}'s {subject or 'work'}, and what does the {who} gain from it?")
    said = " ".join([*result.direct, result.say_this])
    pitch = bool(_PITCH.search(question))
    if subject and not names(said, subject) and pitch and sent is None:
        result.direct = [f"Your notes on {first} do not mention the {subject}; start from what they show {first} needs, and bring the {subject} "
                         "in only where it serves that.",
                         *result.direct][:3]
        result.say_this = _pitch_line(subject, sit, first, today) or result.say_this
    elif subject and not names(said, subject) and not result.answered:
        if sent is not None:
            when = f"your notes of {on_day(sent.date, today)} say" if sent.date else "your notes say"
            result.direct = [f"On the {subject}, {when}: “{bare(sent.text)}”", *result.direct][:3]
        elif sit.sentences and (not _EVENT.search(subject) or asked_days(question, today)):
            # an event the notes may record in other words ("systems down") is called unmentioned only when no note carries its day
            event = bool(_EVENT.search(subject))
            result.direct = [f"Your notes on {first} do not mention the {subject}, so ask "
                             f"{'what ' + first + ' saw of it' if event else first + ' how it is going'} before you assume anything; what they do show follows.",
                             *result.direct][:3]
            if not kind and not event:
                result.say_this = f"How is the {subject} working for you and your team so far, and what would you change first?"
    result.say_this = answer_message(result.say_this, sit, first, question)
    if sent is not None and not kind and not names(result.say_this, subject):
        result.say_this = _it_named(result.say_this, sit, subject)
    if not kind:
        _own_numbers(result, question, sit, first, today)
        _rival(result, sit, first, today)


_EVENT = re.compile(r"\b(?:outage|delay|crash|incident|breach|failure|breakdown|disruption)\b", re.I)
_IT = re.compile(r"\b(?P<v>roll|put|move|bring|get|take|send|give|hand|switch|turn|set|run|build|fix|ship|test)(?P<s>s|ed|ing)? it\b", re.I)


def _it_named(line: str, sit: Situation, subject: str) -> str:
    """A line cut from the note after its noun ("you asked us to roll it out") names the thing the note names."""
    found = next((m for x in reversed(sit.sentences) for m in _SUBJECT.finditer(x.text) if names(m.group("np"), subject)), None)
    if found is None or (m := _IT.search(line)) is None:
        return line
    return f"{line[:m.start()]}{m.group('v')}{m.group('s') or ''} the {found.group('np')}{line[m.end():]}"


_PITCH = re.compile(r"\b(?:pitch|propose|sell|make (?:the|a|my) case|convince|persuade|get \w+ to (?:back|fund|approve|sign)|business case)\b", re.I)
_OPEN = re.compile(r"\b(?:open|start|kick off|begin)\b[^?]*\b(?:meeting|conversation|call|one-to-one|1:1)\b|\blead with\b|\bfirst thing\b", re.I)


# A cost measure a finance lead sets ("IT run costs down 5% next year", "must pay back within 18 months").
_COST = re.compile(r"\b(?P<m>(?:(?:IT|cloud|run|total|operating|licen[cs]e|vendor)\s+)*(?:costs?|spend|budget)\s+(?:down|cut|reduced|below|under|"
                   r"within|flat)\b[^.;,]*?\d[\d.,]*\s?%?(?:\s+(?:next|this|a|per)\s+\w+)?|pay(?:s)?\s?back\s+within\s+(?:[\w-]+\s+){0,2}?\d+\s+\w+)", re.I)


def _measures(sit: Situation, first: str) -> tuple[str, dt.date | None]:
    """The partner's own numbers: goals with a figure, else the cost measures a finance lead set."""
    found = [(m, d) for m, d in partner_measures(sit, first) if re.search(r"\d", m)]
    found = found or [(m.group("m").strip(), s.date) for s in reversed(sit.sentences) if not s.text.rstrip().endswith("?")
                      and (m := _COST.search(s.text)) is not None and not any(a.quote in s.text for a in sit.avoid)]
    if not found:
        return "", None
    return " and ".join(m.rstrip(".") for m, _ in found[:2]), found[0][1]


def _pitch_line(subject: str, sit: Situation, first: str, today: dt.date) -> str:
    text, _ = _measures(sit, first)
    return (f"Before you decide anything on the {subject}, I'd like to show you how it measures against your own numbers, {text}, in figures you already trust."
            if text else "")


_ITEM_LINE = re.compile(r"On \d{1,2} [A-Z][a-z]+(?: \d{4})?,? (?:you|we)\b")


def _own_numbers(result: PartnerAnswer, question: str, sit: Situation, first: str, today: dt.date) -> None:
    """The partner's own goal numbers, when the notes have them and the answer does not use them: named in the answer, and the
    opening line of a meeting starts from them."""
    text, day = _measures(sit, first)
    said = " ".join([*result.direct, result.say_this])
    if not text or any(n in said for n in re.findall(r"\d+(?:[.,]\d+)?", text)):
        return
    when = f" (your notes of {on_day(day, today)})" if day else ""
    _add(result, f"Tie what you bring to {first}'s own numbers: {text}{when}.")
    if _OPEN.search(question) and _ITEM_LINE.match(result.say_this):  # the line answers their item: their aim follows it
        result.say_this = f"{result.say_this} I'd also like to hear how you stand against your own aim: {text}."
    elif _OPEN.search(question):
        result.say_this = f"You told me your aim: {text}. I'd like to start from that: where are you today, and where could we help most?"


def _rival(result: PartnerAnswer, sit: Situation, first: str, today: dt.date) -> None:
    """An outside rival in the notes (an agency, a vendor, a tool of their own) is named when the answer leaves it out."""
    said = " ".join([*result.direct, result.say_this])
    found = next((s for s in reversed(sit.sentences) if RIVAL.search(s.text) and len(s.text.split()) <= 40
                  and not any(a.quote in s.text for a in sit.avoid)), None)
    if found is None or RIVAL.search(result.say_this) or "do not run the outsiders down" in said or "Do not fight the tool" in said:
        return  # answered already by the rival's own advice
    when = f"On {on_day(found.date, today)} your notes say" if found.date else "Your notes say"
    rival = m.group(0).lower() if (m := _RIVAL_WORD.search(found.text)) else "outside offer"
    if bare(found.text)[:40] in said:  # quoted already (as the reading's evidence): the advice is given without the quote again
        _add(result, f"Answer the {rival} quoted above with what {first} asked of us, sooner and plainer, and do not run the outsiders down.")
    else:
        _add(result, f"{when}: “{bare(found.text)}” Answer it with what {first} asked of us, sooner and plainer than the outside offer, "
             "and do not run the outsiders down.")
    if _ASKED_LINE.match(result.say_this) and result.say_this.endswith("?"):  # the line answers the request, and names the rival openly
        head = re.sub(r"\s*What date would make it useful to you\?$", "", result.say_this)
        result.say_this = f"{head} Before you go further with the {rival}, let me show you what we can do on it, and by when."


_RIVAL_WORD = re.compile(r"\b(?:agency|vendor|consultancy|contractor|freelancer|outside firm)\b", re.I)
_ASKED_LINE = re.compile(r"On \d{1,2} [A-Z][a-z]+(?: \d{4})? you asked\b")


def _add(result: PartnerAnswer, sentence: str) -> None:
    """A sentence from the notes goes last where there is room (never over an item, a miss or the reading asked for)."""
    if len(result.direct) < 3:
        result.direct.append(sentence)

"""The partner's own short phrase for what they want, as the value message's aim (plan round 16).

Where no number of theirs gives the message an aim, and all it would say is one question for their goal, the notes
often hold the partner saying it in their own voice: "all I ask is phones that work", "I just want the lines running",
she said she needs "the trucks out on time, that's all I ask". That phrase (2-8 words, read whole, no number, no date,
nothing they ask of us, nothing on the keep-out list) is quoted back as the aim, and the statement's meaning follows.
A phrase is theirs only where it is spoken: a line the reader gives the partner, or a quotation in the narration that
the CIO does not give to themselves ("I told her ...").
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.slot_fit import slot_fault

_I = re.IGNORECASE
_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{6,240})[\"”]")
_END = r"(?=\s*(?:[.;!?]|,\s*(?:that'?s|that\s+is|and\s+that'?s|full\s+stop|nothing\s+more)\b|\s[-–—]\s|,\s*(?:but|because|so|and\s+I|which)\b|$))"
_ADV = r"(?:just\s+|really\s+|only\s+|simply\s+|still\s+)?"
# "all I ask (of you) is X", "what I need from you is X", "the only thing I want is X"
_ALL_I = re.compile(
    r"\b(?:all|what|the\s+one\s+thing|the\s+only\s+thing)\s+(?P<who>I|we)\s+(?:really\s+|ever\s+)?(?P<v>ask|want|need)(?:\s+(?:of|from)\s+(?:you|IT|your\s+team)(?:\s+lot)?)?"
    r"\s*(?:is|are|:|[-–—])\s+(?P<x>[^.;!?]+?)" + _END, _I)
# "X, that's all I ask (of you)", "X is all I want"
_THAT_ALL = re.compile(r"^(?P<x>[^.;!?]+?),?\s+(?:that'?s|that\s+is|is)\s+all\s+(?P<who>I|we)\s+(?P<v>ask|want|need)\b", _I)
# "I (just) want X", "we need X"
_I_WANT = re.compile(r"(?<![\w'’])(?P<who>I|we)\s+" + _ADV + r"(?P<v>want|need)\s+(?P<x>[^.;!?]+?)" + _END, _I)
# narration: she said she needs "X", he wants "X"
_REPORTED = re.compile(r"\b(?:she|he|they)\s+(?:said\s+(?:she|he|they)\s+|told\s+me\s+(?:she|he|they)\s+)?" + _ADV
                       + r"(?P<v>wants?|needs?)\s+[\"“](?P<x>[^\"”]{6,200})[\"”]", _I)
# our own voice around a quotation: "I told her", "I said", "Me:"
_OURS_BEFORE = re.compile(r"\b(?:I|we)\s+(?:said|told|replied|wrote|answered|asked|promised|offered|explained)\b|^\s*(?:me|us|cio)\s*:", _I)
# what they ask of us, a person to hire, a thing to know by a day: a request, never their aim
_ASK_OF_US = re.compile(r"^(?:you|your|IT\s+to\s+(?:send|give|tell|confirm|come)|an?\s+(?:answer|date|estimate|quote|number|update|reply|call|meeting|word)|"
                        r"to\s+(?:know\s+(?:by|when|who|if|whether)|see\s+(?:you|the\s+(?:quote|estimate|numbers?))|talk|meet|ask|have\s+(?:a|the)\s+(?:answer|call|meeting))|"
                        r"someone|somebody|a\s+(?:person|hire|contractor)|more\s+(?:people|staff|budget)|it\b|that\b|this\b|them\b|to\s+be\s+(?:told|kept))", _I)
_LABEL = re.compile(r"^\s*(?:[\[(][^\])\n]{2,30}[\])]\s*)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*:\s")
_NOT_A_WANT = re.compile(r"\b(?:if|do|did|does|whether|what|when|unless|why|how|than|where|who|whatever|wherever|as|before|until|once"
                         r"|something|anything|everything|nothing|that|which)\s*$"
                         r"|\b(?:the|a|an|this|every|each|one|only)\s+[\w'’-]+\s*$", _I)  # "the thing we want to perfect": its object went before
_DELIVERABLE = re.compile(r"\b(?:answer|reply|response|estimate|quote|update|proposal|breakdown|shortlist|report|date|deadline|invoice)s?\b", _I)
_BAD_END = re.compile(r"\b(?:the|a|an|and|or|of|to|for|with|in|on|at|by|my|our|your|their|its|is|are|be|not|from|that|which|who)$", _I)
_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MIN_WORDS, MAX_WORDS, MAX_ALL = 2, 8, 12  # an 'all I ask' clause may run longer: it is their whole want


def _line_label(s: Sentence) -> str:
    """'Dana Whitfield' where the sentence stands on a chat or transcript line '[time] Dana Whitfield: ...'."""
    at = s.note.text.find(s.text)
    if at < 0:
        return ""
    line = s.note.text[s.note.text.rfind("\n", 0, at) + 1 : at]
    label = _LABEL.match(line)
    return label.group("who") if label else ""


def _voiced(s: Sentence, first: str) -> list[tuple[str, bool]]:
    """The spans of the sentence in the partner's voice, each with whether it is quoted speech inside narration."""
    if s.speaker == "partner" or s.speaker == "narrator" and first and _line_label(s).split()[:1] == [first]:
        return [(_QUOTE.sub(lambda m: m.group("q"), s.text), False)]
    if s.speaker != "narrator":
        return []
    out = []
    for m in _QUOTE.finditer(s.text):
        before = s.text[:m.start()]
        if _OURS_BEFORE.search(before.split(":")[-1] if ":" in before else before):
            continue  # the CIO's own words, quoted
        if first and re.search(rf"\b{re.escape(first)}\b", m.group("q")):
            continue  # "... Ingrid said she'd send it": the partner named in the third person, someone else speaking
        out.append((m.group("q"), True))
    return out


def _clean(x: str) -> str:
    x = re.sub(r"\s+", " ", x).strip(" ,:'’‘\"“”-–—")
    return re.sub(r"^(?:is|are|just|really|only)\s+", "", x, flags=_I)


def _fits(x: str, avoid: list[frozenset[str]], asks: list[str], most: int = MAX_WORDS) -> bool:
    words = _WORD.findall(x)
    if not MIN_WORDS <= len(words) <= most or _NUMBER.search(x) or _ASK_OF_US.match(x) or _BAD_END.search(x):
        return False
    if _DELIVERABLE.search(x):
        return False  # "a one-page answer": a thing they ask us for, never what they want from the year
    if x.count("(") != x.count(")") or re.search(r"\b(?:you|your)\b", x, _I) and not re.search(r"\b(?:from|of)\s+you\b", x, _I):
        return False  # "you to fix it": what they ask of us, and a 'you' said back would turn round
    if _avoided(x, avoid) or slot_fault(x, "goal"):
        return False  # a topic to keep out of the room, or a phrase whose grammar fits no goal slot (slot_fit.py)
    said = x.lower()
    return not any(said in a or (len(a.split()) >= 3 and a in said) for a in asks)


def their_phrases(sit: Situation, first: str = "") -> list[tuple[str, str]]:
    """(phrase, verb) the partner said for what they want, best first: an 'all I ask' over a plain 'I want', then latest."""
    avoid = _avoid_terms(sit)
    asks = [re.sub(r"\s+", " ", i.complement).strip(" .").lower() for i in sit.open_theirs() if i.complement]
    found: list[tuple[int, int, str, str]] = []
    for s in sit.sentences:
        for m in _REPORTED.finditer(s.text) if s.speaker == "narrator" and not _OURS_BEFORE.match(s.text) else []:
            inner = _THAT_ALL.match(m.group("x"))
            x = _clean(inner.group("x") if inner else m.group("x"))
            if _fits(x, avoid, asks, MAX_ALL if inner else MAX_WORDS):
                found.append((2 if inner else 1, s.order, x, "need" if m.group("v").lower().startswith("need") else "want"))
        for text, _quoted in _voiced(s, first):
            for rank, rx in ((2, _ALL_I), (2, _THAT_ALL), (0, _I_WANT)):
                for m in rx.finditer(text):
                    if rx is _I_WANT and _NOT_A_WANT.search(text[:m.start()]):
                        continue  # "if I need", "do we want": a condition or a question, no want of theirs
                    if m.group("who").lower() == "we" and s.speaker != "partner":
                        continue  # "we need" in a quotation may be the CIO's side
                    x = _clean(m.group("x"))
                    verb = "ask" if m.group("v").lower() == "ask" else m.group("v").lower()
                    if _fits(x, avoid, asks, MAX_ALL if rank == 2 else MAX_WORDS):
                        found.append((rank, s.order, x, verb))
    found.sort(key=lambda f: (-f[0], -f[1]))
    return [(x, v) for _r, _o, x, v in found]


def phrase_sentence(first: str, phrase: str, verb: str) -> str:
    """'Ines, you've said what you need is "the vans out of the yard by six".' / '... you've said you want "to see ..."'."""
    what = "what you ask of us" if verb == "ask" else f"what you {verb}"
    lead = f"{first}, you've said" if first else "You've said"
    if re.match(r"to\s+\w", phrase, _I):
        return f"{lead} you {'need' if verb == 'need' else 'want'} “{phrase}”."
    return f"{lead} {what} is “{phrase}”."


def _avoided(sentence: str, avoid: list[frozenset[str]]) -> bool:
    """The sentence carries a topic the notes keep out of the room: two of the words of a line that asks to leave it
    out, or of a miss they forgave (the words of a personal or contact entry are its whole note: too wide to test)."""
    low = {w.lower() for w in _WORD.findall(sentence)} - _COMMON
    return any(len(t & low) >= 2 for t in avoid)


def _avoid_terms(sit: Situation) -> list[frozenset[str]]:
    return [frozenset(t.lower() for t in a.terms) for a in sit.avoid if a.kind in ("asked_not_to", "forgiven_miss") and a.terms]


_COMMON = set("down up long keep room told data time year day week month team teams people work well good new back first last "
              "said says asked want wants need needs".split())


_MEANING = re.compile(r"^(?:For you, technology earns its keep by|Our part is|(?:[A-Z][\w'’-]*, )?[Hh]old (?:us|technology) to)\b")


def with_their_phrase(sit: Situation, first: str, message: str, statement: str, function: str = "") -> str:
    """Nothing on the keep-out list stays in the message; a message with no aim of theirs (only the statement's meaning,
    a question for their goal, our dated step) takes the partner's own phrase as its aim, the meaning nearest that
    phrase after it, and the plain question goes; a message with an aim stands as it is."""
    from assistant.planning.contribution import ASK_GOAL
    from assistant.planning.fragments import sentence_fault
    from assistant.planning.value_final import finish_value, request_answer, sentences, statement_pasted
    from assistant.planning.value_tie import meaning_sentence
    from assistant.planning.value_traps import check_value_traps

    avoid = _avoid_terms(sit)
    said = [s for s in sentences(message) if not _avoided(s, avoid)]
    if not said:
        return ASK_GOAL if message else ""
    if any(not (s.endswith("?") or _MEANING.match(s) or request_answer(s)) for s in said):
        return " ".join(said)  # an aim of theirs is said: it stands
    for phrase, verb in their_phrases(sit, first)[:3]:
        aim = phrase_sentence(first, phrase, verb)
        if check_value_traps(aim) or sentence_fault(aim):
            continue
        meaning = [s for s in said if _MEANING.match(s)]
        if not meaning and statement:
            fresh = meaning_sentence(statement, topic=phrase, function=function)
            ok = fresh and not statement_pasted(fresh, statement) and not check_value_traps(fresh) and not sentence_fault(fresh)
            meaning = [fresh] if ok else []
        asked = [s for s in said if s.endswith("?") and s != ASK_GOAL] or ([] if meaning else [s for s in said if s.endswith("?")])
        steps = [s for s in said if request_answer(s)]
        return " ".join([aim, *meaning, *asked[:1], *steps])
    return finish_value(" ".join(said), "")  # no phrase of theirs: a dated step alone is still no value message

"""The partner's own reaction to a miss decides whether it still weighs (session 17, dimensions b and d).

Their next words on the same event (the lines after the miss in its entry, or a later line in their voice that names the
same topic) are read as a whole family, never one wording:

- put behind them: a minimiser ("it happens", "nobody died", "one sprint", "no big deal", "passiert", "pas grave",
  "no pasa nada", "kan gebeuren"), praise or thanks for the fix or the recovery ("good job tonight, fast", "you fixed
  it", "well handled"), or moving on ("moving on", "went straight on to the budget", "shrugged it off");
- still weighs: a complaint, an escalation or a repetition ("I'm still waiting", "not again", "told the CEO") in the
  same reaction. Then nothing here settles it.

A miss put behind them is closed as forgiven (status done, the reaction as its forgiven line); miss_closure.review then
reopens it when a later line raises it again.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_cause import COMPLAINT
from assistant.planning.miss_closure import _stems, topic
from assistant.planning.situation_types import Item, Sentence, Situation

_I = re.IGNORECASE

# Minimisers and closures, in several languages and registers.
MINIMISED = re.compile(
    r"\b(?:(?:it|that|this|stuff|shit|s\*\*t|things?) happens?|these things happen|happens\b(?=\W*(?:$|[.!,;\"”]))|"
    r"(?:nobody|no one|no-one|noone) (?:died|got hurt|was hurt|is hurt|was harmed|was injured|lost sleep)|"
    r"no (?:big|great|huge) deal|not (?:a|such a) (?:big|huge) deal|no biggie|not the end of the world|"
    r"(?:don't|do not|no need to) (?:lose (?:any )?sleep|sweat it|worry|beat yourselves? up|stress)|no worries|no drama|no bother|"
    r"never ?mind|forget (?:about )?it|worse things happen|could (?:have|'ve) been (?:much |a lot |far )?worse|"
    r"(?:it's|that's|all) (?:fine|ok|okay|good)(?=\W*(?:$|[.!,;\"”]))|all good|not a problem|no problem(?: at all)?(?=\W*(?:$|[.!,;\"”]))|"
    r"(?:a|one) (?:blip|hiccup)(?=\W*(?:$|[.!,;\"”]))|move on|moving on|let's move on|next (?:topic|item|point)|"
    # survived it, said as an end: "We lived.", "we survived"; the bare "happens" and "it's fine" in Dutch and Spanish
    # not held against us: "not on you", "I'm not counting that one", "the outage wasn't you"
    r"\bnot on (?:you|us|your (?:side|team|people))\b|not counting (?:that|it|this)\b|(?:wasn't|was not) (?:on )?you\b|"
    r"(?:we|I) (?:lived|survived)(?: (?:with )?it)?(?=\W*(?:$|[.!,;\"”]))|(?:het |dat )?gebeurt(?=\W*(?:$|[.!,;\"”]))|"
    r"est[áa] bien(?=\W*(?:$|[.!,;\"”]))|"
    # a quantity set against a worse one: "three weeks, not three months" (a bare "Three weeks." may be a reproach)
    r"(?:a|an|one|two|three|four|few|\d+) (?:hour|day|sprint|week|night|shift)s?,? (?:not|rather than|instead of) (?:a|an|one|two|three|four|six|\d+) "
    r"(?:day|week|month|year|sprint)s?|"
    # German, French, Spanish, Italian, Dutch, Portuguese
    r"passiert|kann (?:mal )?passieren|kein (?:Problem|Drama|Beinbruch|Thema)|halb so wild|schon gut|macht nichts|nicht (?:so )?schlimm|"
    r"Schwamm drüber|alles gut|abgehakt|(?:c'est|ce n'est|c’est|ce n’est) (?:pas grave|rien)|pas grave|ça arrive|ça peut arriver|"
    r"pas de (?:souci|soucis|problème)|aucun souci|t'inquiète|passons|no pasa nada|cosas que pasan|no (?:te|se) preocupe[ns]?|"
    r"sin problema|olvídalo|no es para tanto|da igual|non fa niente|(?<!per )capita|nessun problema|non è grave|pazienza|"
    r"kan gebeuren|geeft niet|geen (?:probleem|zorgen|ramp)|maakt niet uit|zand erover|niks aan de hand|"
    r"acontece|sem problema|não faz mal|não tem problema|deixa pra lá|zdarza się|nic się nie stało|det händer|ingen fara)\b",
    _I,
)
# Praise or thanks for the fix or the recovery: the recovery is a win, not a miss that weighs.
PRAISED_FIX = re.compile(
    r"\b(?:(?:good|great|nice|fine|excellent|brilliant|top) (?:job|work|recovery|save|call|catch)|well (?:done|handled|recovered|caught|managed)|"
    r"(?:nicely|quickly|fast|calmly) (?:handled|sorted|fixed|done)|you (?:fixed|sorted|caught|solved|handled) it|"
    r"(?:you|your (?:team|people|guys)) did (?:everything|all|it) right|(?:thanks?|thank you)(?: \w+){0,3} for (?:fixing|sorting|the (?:quick|fast)|"
    r"jumping|getting (?:it|us|things) back|handling|the recovery|the fix|owning|telling us)|"
    r"(?:^|[\"“:.!]\s*)(?:fast|quick|impressive|bravo|super|respect|chapeau)(?=\W*(?:$|[.!,\"”]))|"
    r"gut gemacht|sauber gelöst|(?:goed|snel|mooi|keurig) opgelost|bien résolu|bien resuelto|bem resolvido|bien joué|beau travail|buen trabajo|bien hecho|brav[oia]|bravissim[oia]|ottimo lavoro|goed gedaan|netjes opgelost|bom trabalho)\b",
    _I,
)
# Not held against us: "not on you", "I'm not counting that one", "the outage wasn't you".
NOT_OURS = re.compile(r"\bnot on (?:you|us|your (?:side|team|people))\b|\bnot counting (?:that|it|this)\b|\b(?:wasn't|was not) (?:on )?you\b", _I)
# Told of the partner by the CIO: "Genuinely didn't care after that", "Went straight on to the budget", "shrugged it off".
DESCRIBED = re.compile(
    r"\b(?:moved (?:straight |quickly |swiftly |right )?on (?:to|within|quickly|straight)|changed the subject|(?:shrugged|laughed|waved) (?:it |that |this )?off|"
    r"(?:didn't|did not|doesn't|does not) (?:seem to )?(?:care|mind)|(?:wasn't|was not|isn't|is not|weren't) (?:bothered|fussed|worried|upset|annoyed)|"
    r"unbothered|unfazed|took it (?:well|calmly|in (?:his|her|their) stride)|relaxed about it|(?:was|were|is) fine (?:with|about) it|"
    r"(?:didn't|did not|never) (?:raise|mention|bring) it (?:again|up again)|thanked (?:us|me|the team))\b",
    _I,
)
# The reaction still weighs: complaint, escalation, repetition, or a demand that it not recur.
WEIGHS = re.compile(
    r"\b(?:still waiting|not again|again\?|(?:can't|cannot|can not|must not|mustn't) happen again|never again|(?:told|wrote to|called|cc'?d|copied) "
    r"(?:the |our |my )?(?:CEO|COO|CFO|board|MD|chairman|owner)s?\b(?![^.]{0,40}\b(?:fast|quick|good|well|great))|disappoint\w*|embarrass\w*|"
    r"(?:not|n't) (?:convinced|impressed|happy|pleased|acceptable|ok|okay)|how (?:could|did) this happen|less relaxed|"
    r"cost us|lost (?:us )?(?:a|the|two|three|\d)|wants? (?:a |an )?(?:explanation|root cause|post-?mortem|compensation|credit|refund))",
    _I,
)
_UP = "A-ZÀ-ÖØ-Þ"
_LABEL = re.compile(rf"^[-*•>\s]*(?:\[[^\]]{{1,20}}\]\s*)?(?P<who>[{_UP}][\w.'’-]*(?: [{_UP}][\w.'’-]*){{0,2}})\b[^:\"“]{{0,40}}?:")
_THEIR_LABEL = re.compile(r"^[-*•>\s]*(?:(?:her|his|their) (?:reaction|reply|response|answer|words|take)|(?:her|him|his|he|she|they|reaction|response|reply))\b[^:\"“]{0,30}:", _I)
_SUBJECT = re.compile(rf"^[-*•>\s]*(?P<who>[{_UP}][\w.'’-]*(?: [{_UP}][\w.'’-]*)?)\s+(?:is|was|were|said|says|looked|seemed|less|more|had|has|got|also|wanted)\b")
# Someone on their side, not the partner: "Her dispatch manager Karim was less relaxed", "His team lead".
_THEIR_PERSON = re.compile(
    r"^[-*•>\s]*(?:her|his|their|the partner's)\s+(?:[\w-]+\s+){0,2}(?:manager|deputy|boss|lead|leads|team|staff|people|director|head|"
    r"assistant|colleague|colleagues|analyst|planners?|supervisor|shift|crew|CFO|CEO|COO|MD|chief|controller|engineers?|users?)\b",
    _I,
)
_RELAYED = re.compile(r"\s*(?:she|he|they)\s+(?:\w+\s+)?(?:replied|said|wrote|answered|messaged)\b", _I)
_PRONOUN = {"he", "she", "they", "her", "his", "him", "their", "then", "reaction", "response", "genuinely", "moved", "didn't", "did", "nobody", "no", "also"}
NEXT_DAYS = 7  # the next entry this soon after the miss is their reaction to it, by position
WINDOW = 3  # the reaction is in the few lines after the miss in its entry


def _whose(s: Sentence, names: frozenset[str]) -> str:
    """'partner' for their line (labelled, or quoted as theirs), 'other' for someone else's, '' for plain narration."""
    if s.speaker == "partner" or _THEIR_LABEL.match(s.text):
        return "partner"
    if _THEIR_PERSON.match(s.text):
        return "other"
    for rx in (_LABEL, _SUBJECT):
        m = rx.match(s.text)
        if m:
            who = m.group("who").lower()
            if who in names or any(part in names for part in who.split()) or _RELAYED.match(s.text, m.end()):
                return "partner"  # or another's line relaying their words: "Rodrigo: she replied "...""
            if who.split()[0] not in _PRONOUN and s.speaker != "us":
                return "other"
    return "us" if s.speaker == "us" else ""


# A complaint word under a negation: "zero wifi complaints this week", "no complaints since".
_NONE_OF = re.compile(r"\b(?:zero|no|not one|not a single|without|fewer|far fewer|less)\s+(?:[\w-]+\s+)?(?:complain\w*|escalations?)", _I)


def _weighs(s: Sentence) -> bool:
    text = _NONE_OF.sub("", s.text)
    return bool(WEIGHS.search(text) or cue.HELD_STILL.search(text) or cue.UPSET.search(text) or COMPLAINT.search(text))


def _behind(s: Sentence, spoken: bool) -> bool:
    return bool((spoken and (MINIMISED.search(s.text) or PRAISED_FIX.search(s.text))) or (not spoken and DESCRIBED.search(s.text)))


def _in_entry(sit: Situation, item: Item) -> tuple[Sentence | None, bool, bool]:
    """The reaction in the lines after the miss in its own entry: (the line that puts it behind them, whether one still
    weighs, whether they said anything)."""
    found: Sentence | None = None
    seen = False
    for s in [s for s in sit.sentences if s.note.ref == item.note_ref and 0 < s.order - item.order <= WINDOW]:
        if s.order > item.order + 1 and any(m.order == s.order and m.kind == "miss" and m.owner == "third_party" for m in sit.items):
            break  # another event begins
        whose = _whose(s, sit.partner_names)
        if whose in ("other", "us"):
            continue  # someone else's reaction, or ours
        if _weighs(s):
            return None, True, True
        spoken = whose == "partner" or bool(re.search(r"[\"“]", s.text))
        seen = seen or whose == "partner"
        if found is None and _behind(s, spoken):
            found, seen = s, True
    return found, False, seen


# Courtesies that answer anything ("No problem, I'll send it"): alone they tie no line to the miss.
_COURTESY = re.compile(r"\b(?:no problem(?: at all)?|not a problem|(?:it's|that's|all) (?:fine|ok|okay|good)|all good|no worries|no bother)\b", _I)


def _plain(s: Sentence) -> Sentence:
    return Sentence(_COURTESY.sub("", s.text), s.note, s.speaker, s.order)


def _next_words(sit: Situation, item: Item, positional: bool) -> Sentence | None:
    """Their next words after the miss's entry: in the very next entry (same day or within a week), or on its topic later."""
    words = topic(sit, item)
    entries = [s.note.ref for s in sit.sentences if s.order > item.order and s.note.ref != item.note_ref]
    nxt = entries[0] if entries else None
    for s in [s for s in sit.sentences if s.order > item.order and s.note.ref != item.note_ref]:
        if item.date and s.date and s.date < item.date:
            continue
        if _whose(s, sit.partner_names) != "partner":
            continue
        near = positional and s.note.ref == nxt and bool(item.date and s.date and (s.date - item.date).days <= NEXT_DAYS)
        shared = (words & _stems(s.text)) - set(sit.partner_names)  # their own name is no topic
        on_topic = len(shared) >= (1 if near or len(words) <= 3 else 2)  # months on, one shared word ("lived") is chance
        if not (near or on_topic):
            continue
        if _weighs(s):
            return None
        if _behind(s, True) and (on_topic or _behind(_plain(s), True)):
            return s  # off its topic, a bare "no problem" or "all good" may answer anything: a stronger word is needed
        if on_topic and not near:
            return None  # their next words on it are neither: nothing settles it here
    return None


def reaction_to(sit: Situation, item: Item) -> Sentence | None:
    """The partner's reaction that puts this miss behind them, or None (no reaction, or one that still weighs)."""
    found, weighed, seen = _in_entry(sit, item)
    if found is not None or weighed:
        return found
    return _next_words(sit, item, positional=not seen)  # said nothing yet: the next entry is their reaction


def review(sit: Situation) -> None:
    """Close as forgiven each open miss of ours (or of unclear cause) whose partner put it behind them."""
    for item in [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.owner in ("us", "unclear", "third_party") and i.status == "open" and not i.forgiven_quote]:
        line = not_held(sit, item) if item.owner == "third_party" else reaction_to(sit, item)
        if line is None:
            continue
        item.status, item.forgiven_quote, item.forgiven_on = "done", line.text, line.date
        for m in [m for m in sit.items if m.note_ref == item.note_ref and m.kind in ("miss", "noted_miss") and m.status == "open"
                  and m.owner in ("us", "unclear") and 0 < line.order - m.order <= WINDOW + 1 and topic(sit, m) & topic(sit, item)]:
            m.status, m.forgiven_quote, m.forgiven_on = "done", line.text, line.date  # the same event told in two lines


def not_held(sit: Situation, item: Item) -> Sentence | None:
    """A third party's miss the partner says is not held against us ("not on you", "I'm not counting that one"): a line
    soon after it, not ours, on its topic (a relayed or quoted-reply line counts: the words address us)."""
    words = topic(sit, item)
    for s in sit.sentences:
        if s.order < item.order or s.speaker == "us" or (item.date and s.date and not 0 <= (s.date - item.date).days <= NEXT_DAYS):
            continue
        if NOT_OURS.search(s.text) and not _weighs(s) and (words & _stems(s.text)) - set(sit.partner_names):
            return s
    return None


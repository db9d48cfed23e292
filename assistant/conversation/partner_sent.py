"""Work we sent that the partner then thanked or used, read from an e-mail thread or a log the planner left untyped.

"Attached is the close report you asked for" (ours) followed by the partner's "Thanks, this is exactly what my team
needed" is delivered work: the answer builds on it and never treats it as open. Only when the notes show both the
sending (in our words) and a later reply of the partner's that thanks or uses it; else nothing is said.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_facts import praise_sentence, to_partner
from assistant.conversation.partner_record import touches_avoid
from assistant.conversation.partner_say import on_day
from assistant.planning.situation import Situation
from assistant.planning.situation_types import Sentence

# "attached is the report", "here is the summary you asked for", "please find the deck", "I have sent you the figures"
_SENT = re.compile(r"\b(?:attached (?:is|are)|here (?:is|are)|please find(?: attached)?|I(?:'ve| have)? (?:sent|attached)(?: you)?|"
                   r"we(?:'ve| have)? (?:sent|attached)(?: you)?|sending you)\s+(?P<thing>(?:the|your|our|a|an) [\w -]{3,50}?)"
                   r"(?=\s+(?:you asked for|as promised|we promised|that you|for your)\b|[.,;:!]|$)", re.I)
# The partner's reply: thanks, or a use of it ("we used it in the close", "my team needed exactly this").
_USED = re.compile(r"\b(?:thanks?|thank you|exactly what|just what|used it|using it|helped|great|perfect|spot on|useful)\b", re.I)


def _sent(sit: Situation) -> tuple[Sentence, str] | None:
    """Our newest sentence that sends the partner something, with the thing sent."""
    for s in reversed(sit.sentences):
        if s.speaker == "us" and (m := _SENT.search(s.text)) is not None and not touches_avoid(s.text, sit):
            return s, re.sub(r"^(?:your|our|a|an)\b", "the", m.group("thing").strip(), flags=re.I)
    return None


def sent_parts(sit: Situation, first: str, today: dt.date) -> tuple[str, str, str]:
    """(a line, a question back, a lead sentence) building on work we sent and the partner thanked or used; ("", "", "") if none."""
    found = _sent(sit)
    if found is None:
        return "", "", ""
    sent, thing = found
    replies = [s for s in sit.sentences if s.order > sent.order and s.speaker == "partner" and _USED.search(s.text)
               and not touches_avoid(s.text, sit) and len(s.text.split()) <= 30]
    if not replies:
        return "", "", ""
    praise = praise_sentence(sit)  # quoted by the reading already: the reply quoted here is another sentence where there is one
    reply = next((s for s in replies if s.text != praise), replies[0])
    when = f"on {on_day(sent.date, today)} " if sent.date else ""
    said = f"{first}'s reply of {on_day(reply.date, today)} says" if reply.date else f"{first}'s reply says"
    lead = (f"Build on what we delivered: {when}we sent {first} {thing}, and {said}: “{reply.text.strip()}” Do not treat it as open; "
            f"name that result in {first}'s terms before you raise anything new.")
    line = f"I'm glad {to_partner(thing, first)} helped. What has it changed for your team, and what would help most next?"
    back = f"What did {first} do with {thing}, and which small next step would build on it?"
    return line, back, lead

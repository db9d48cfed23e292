"""How the partner holds IT to account, and what their cost talk says (session 10, issue #20).

`cues.cue_hits` calls `blame_cues` last, so these readings win over a third party named nearby:
- the partner blames IT in their own words ("IT let us down again" to the trustees, "it's still your
  bill"): that is the partner's view of us even when the miss was a supplier's, so it stays a doubt
  (`blames_us`), and no nearby "not ours" clears it;
- an angry call about what a miss did to the partner's people, and "a department that can't ..." are doubts;
- a priced list of cuts, cost per store or bed, IT as a share of spend or revenue: cost talk, dependence T.
"""

from __future__ import annotations

import re

from assistant.perception.attribution import OTHERS

_IT = r"(?:it|i\.t\.|you|you lot|your (?:team|people|lot|department|service)|the it (?:team|department)|technology|tech)"
_BLAMES_US = re.compile(
    rf"\b{_IT} (?:has |have |had )?(?:let|lets|letting) (?:us|me|them|her|him|the (?:business|school|trust|stores?|sites?|wards?)) down\b"
    rf"|\b{_IT} (?:has |have |had )?failed (?:us|me|them|the business)\b"
    r"|\b(?:still|it's still|that's still|it is still|that is still) (?:on )?your (?:bill|invoice|problem|fault|responsibility|cost)\b"
    r"|\bon us,? whatever the (?:vendor|supplier|provider)\b|\bblamed (?:us|it|the it team|your team)\b",
    re.IGNORECASE,
)
# "She rang, angry:" / "he phoned me furious": the partner's anger at what happened to their people.
_ANGER = re.compile(
    r"\b(?:rang|rings|phoned|called|came in|emailed|wrote|stormed in)\b[^.;]{0,20}?\b(?:angry|furious|fuming|livid|irate|in a temper|incandescent)\b"
    r"|\b(?:angry|furious|fuming|livid|irate)\b[^.;]{0,40}?\b(?:turned away|sent away|lost|didn't exist|no record|wrong depot|couldn't)\b",
    re.IGNORECASE,
)
_CANT_DEPARTMENT = re.compile(
    r"\b(?:a|the|this|that) (?:it )?(?:department|team|function|service) (?:that|which|who) (?:can't|cannot|couldn't|can not)\b"
    r"|\bwhat (?:am i|are we|is (?:she|he)) (?:even )?(?:paying|funding) (?:it|you|your team|the it team|for)\b",
    re.IGNORECASE,
)
_COST_TALK = re.compile(
    r"\bcost per (?:store|branch|site|bed|pupil|student|patient|head|seat|user|shop|depot|ward|volunteer|employee|member)\b"
    r"|\bcosted (?:list|options|cuts?|plan)\b|\bpriced list of cuts\b"
    r"|\b(?:it|technology|tech|licen[cs]e) (?:spend|costs?|bill|budget)\b[^.;]{0,40}?\b(?:cut|down|reduc\w*|lower|savings?|%|per ?cent)\b"
    r"|\b(?:cut|reduce|bring down|take out) (?:it|i\.t\.|technology|tech)(?: spend| costs?| budget)? by\b"
    r"|\b(?:\d+(?:\.\d+)?%|\d+ per ?cent) of (?:spend|spending|revenue|turnover|costs?|the budget)\b"
    r"|\bshare of (?:spend|spending|revenue|turnover|costs?)\b|\bwhat (?:we|you|it) (?:would|could|can|should) (?:stop|cut|switch off|drop)\b",
    re.IGNORECASE,
)
# Our own assurance quoted back in quote marks: 'your team told me the upgrade was "fully tested"'.
_ASSURANCE_QUOTED = re.compile(
    r"\b(?:told|assured|promised|swore to) (?:me|us|him|her|them)\b[^.;]{0,50}?\b(?:was|were|is|are|would be|had been) "
    r"[\"“](?:fully |all |properly |completely )?(?:tested|ready|fine|sorted|fixed|seamless|done|safe|resolved|covered)",
    re.IGNORECASE,
)
# A chore the partner no longer does ("I haven't done the 6am walk for three weeks"): relief, so trust.
_CHORE_GONE = re.compile(
    r"\b(?:haven't|hasn't|have not|has not|no longer|not) (?:had to |needed to )?(?:do|done|fill|filled|chase|chased|walk|walked|print|printed|"
    r"ring|rung|count|counted|re-?key|re-?keyed|type|typed|check|checked|open|opened) (?:in |out )?(?:the |a |his |her |my |our |any |that |those )?"
    r"(?:[\w-]+ ){0,3}?(?:for|since|in) (?:a |two |three |four |five |six |several |\d+ )?(?:weeks?|months?|days?|fortnight|march|april|may|june|"
    r"july|august|september|october|november|december|january|february|the (?:go-?live|launch|roll-?out))\b",
    re.IGNORECASE,
)
_OUTSIDE_FIRM = r"(?:bureau|firm|company|processor|host|hosting firm|clearing house|outsourcer|service provider|partner agency)"
# A supplier's outage told as theirs: "Fabrica (the MES vendor) had a six-hour outage", "vendor outage (their hosting)".
_SUPPLIER_OUTAGE = re.compile(
    rf"\b(?:{OTHERS}|{_OUTSIDE_FIRM})\)?(?:'s)? (?:had|has|suffered|reported) (?:an? |another |its |their )?(?:[\w-]+ ){{0,3}}?(?:outage|failure|fault|incident)"
    rf"|\b(?:vendor|supplier|provider|host(?:ing)?)(?:'s)? (?:[\w-]+ )?(?:outage|failure)\b[^.;]{{0,40}}?\(their (?:hosting|servers?|cloud|side|fault)\)",
    re.IGNORECASE,
)
# The partner does not see a matter as IT's at all: no verdict on our delivery.
_NOT_AN_IT_MATTER = re.compile(
    r"\b(?:doesn't|does not|don't|do not|never) (?:think of|see|count|treat) (?:[\w-]+ ){1,3}?as (?:an? )?(?:it|tech|technology|systems?|computer) "
    r"(?:thing|matter|problem|job|issue|question)\b",
    re.IGNORECASE,
)
# The CIO's own proposal ("I suggested the report could show ...") says what we want, not how the partner sees us.
CIO_PITCH = re.compile(
    r"^(?:[-*•]\s*)?(?:I|We)(?: also| then| again)? (?:suggested|proposed|offered|pitched|floated|recommended|raised the idea)\b",
    re.IGNORECASE,
)


def blame_cues(sentence: str, found: dict[str, list[str]]) -> None:
    """Add the partner's blame, anger and cost talk to a sentence's cues (in place)."""
    if _SUPPLIER_OUTAGE.search(sentence) and "ours" not in found:
        found.pop("doubted", None)
        found["third_party"] = ["someone else's doing"]
    if _NOT_AN_IT_MATTER.search(sentence):
        found.pop("doubted", None)
        found["not_about_it"] = ["not an IT matter to them"]
    chore = _CHORE_GONE.search(sentence)
    if chore and not found.get("doubted"):
        found.setdefault("proven", []).append(chore.group(0).lower())
    blame = _BLAMES_US.search(sentence)
    if blame:
        for cleared in ("third_party", "forgiven", "not_about_it", "proven"):
            found.pop(cleared, None)
        found.setdefault("doubted", []).append(blame.group(0).lower())
        found["blames_us"] = ["the partner blames IT"]
    for rule in (_ANGER, _CANT_DEPARTMENT, _ASSURANCE_QUOTED):
        hit = rule.search(sentence)
        if hit and "third_party" not in found:
            found.pop("proven", None)
            found.setdefault("doubted", []).append(hit.group(0).lower())
    cost = _COST_TALK.search(sentence)
    if cost:
        found.setdefault("T", []).append(cost.group(0).lower())

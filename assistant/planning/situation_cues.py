"""Typed cues for the situation model: who asks, who offers, who promised, who caused a miss, what healed.

Each cue is a compiled, case-insensitive regex. The extractor combines them with the
speaker of a sentence (the partner, us, or someone else), never with a bare keyword.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# -- requests and offers -----------------------------------------------------------
# Narrated: "<partner> asked for ...", "She wants us to ...". The complement is kept verbatim.
REQUEST_NARRATED = re.compile(
    r"\b(?P<verb>asked|asks|requested|requests|wanted to know|wants to know|pressed (?:us|me) for|chased (?:us|me) for)"
    r"(?:,\s+(?:looking at|seeing|reading|after|with|while|over)\b[^,.;!?\n]{3,60},)?\s+"  # "asked, looking at the figures, whether ..."
    r"(?P<comp>(?:(?:us|me|IT|ICT|my team|our team|[A-Z][a-z]+)\s+(?:to|for|whether|if|about|when|how|what|why)|for|whether|if|about|that|to|when|how|what|why|a|an|the)\b[^.;!?\n]*)",
    _I,
)
WANT_DIRECTED = re.compile(
    r"\b(?P<verb>wants|wanted|would like|needs|needed|expects|expected)\s+"
    r"(?P<comp>(?:us|me|IT|my team|our team)\s+to\b(?!\s+(?:succeed|do well|win|fail|be (?:right|good|better)|understand|care|like|know))[^.;!?\n]*|"
    # "wants spoilage in the fresh aisles down a third by next summer" is her own aim, not an ask of us (unless it is
    # about IT: "wants IT run cost down 5%")
    r"(?!(?=[^.;!?\n]*\b(?:(?:down|up) (?:a|by|to|from|\d)|from \d[^.;!?\n]*\bto \d|halved|doubled))"
    r"(?![^.;!?\n]*\b(?:IT|you|your|us|me|technology|systems?)\b))"
    r"[^.;!?\n]*\b(?:from us|from IT|from me|by (?:\d|the|end|mon|tue|wed|thu|fri|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^.;!?\n]*)",
    _I,
)
# In the partner's own words: "Can you send me ...", "Could we get ...", "Please ...", "I need ... by Friday".
REQUEST_SPOKEN = re.compile(
    r"(?:^|[\"“'‘]\s*|[.!?,]\s+|\s(?=(?:and|but|so)\s+(?:can|could|would|will|please|I|we)\b))(?:(?:and|also|so|but|then)\s+)?(?P<verb>can you|could you|would you|will you|can we get|could we get|can I get|could I get|please|if you can|if you could|"
    r"(?:I|we) (?:need|want|expect) (?:IT|you|your team) to|(?:I|we) (?:still )?need(?=\s+your\b)|(?:I|we) (?:also )?want(?=\s+(?:one|two|some) of your\b)|"
    # "I would like an answer I can give the committee on 7 December": a deliverable asked of us, in their own words
    r"(?:I|we)(?: would|'d) like(?=\s+(?:an?|the|your)\s+(?:[^\s.;!?\n\"”]+\s+){0,3}?(?:answer|date|number|estimate|figure|plan|update|proposal|quote|benchmark|costing)\b)|"
    # "I need the rota tool ready before then": a thing of ours, and the state it must be in
    r"(?:I|we) (?:still )?need(?=\s+(?:the|a|an|our|my|this|that)\s+[^.;!?\n\"”]{1,60}?\b(?:ready|live|in place|working|fixed|done|delivered|up and running)\b)|"
    # "I need the IT cost per store in the board pack by Friday 4 December": a thing, with the day it is needed by
    # "Tell me at the January review what it costs to keep it running": an answer asked of us, with what it is about
    r"(?:tell|show|let) (?:me|us)(?: know)?(?:\s+(?:[^\s.;!?\n\"”]+\s+){0,5}?[^\s.;!?\n\"”]+)?(?=\s+(?:what|whether|how much|how many)\s)|"
    r"(?:I|we) (?:still )?need(?=\s+(?:the|a|an|your)\s+(?:(?!to\b)[^\s.;!?\n\"”]+\s+){1,12}?(?:by|before)\s+(?:(?:the\s+)?\d|(?:Mon|Tues|Wednes|Thurs|Fri)day\b)))\s+"
    r"(?P<comp>[^.;!?\n\"”]*)",
    _I,
)
# What a partner puts in: money ("£120k", "CAD 80,000", "50k euros"), people ("two testers", "one of her analysts", "Layla
# Mansour (her HR lead) to join ..."): an offer of theirs, told in our note with no subject ("- Offered £120k to co-fund it").
# After a named person: what they are lent for ("(her analyst) to join ...", ", her senior handler, half-time to work with ...",
# "to us two days a week").
PERSON_LENT = (r"\s*(?:\([^)\n]{0,80}\)|,[^,\n]{1,60},)?\s+(?:(?:half|full|part)-time\s+|\w+\s+days?\s+a\s+week\s+)?(?:to|for)\s+"
               r"(?:us|IT|our team|join|help|test|work|sit|support|spend|be)\b")
OFFERED_MEANS = (r"|(?:[£$€]|GBP|USD|EUR|CAD|AUD|CHF|NZD)\s?\d[\d,.]*\s?(?:k|m|bn|million)?|\d[\d,.]*\s?(?:k|m)?\s?(?:pounds|euros|dollars|francs)"
                 r"|(?:one|two|three|four|five|half|\d+)\s+(?:of\s+(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:people|testers|analysts|engineers|developers|"
                 r"staff|nurses|planners|users|days|specialists|experts|members|leads|managers|supervisors|colleagues|champions)"
                 r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)?)" + r"(?=" + PERSON_LENT + r")")
OFFER_NARRATED = re.compile(
    r"\b(?P<verb>offered|offers|invited|invites|volunteered|proposed|suggested|put (?:me|us) forward)\s+"
    r"(?P<comp>(?:to|us|me|IT|my team|our team|a|an|the|his|her|their|that we|that I|co-?fund|[A-Z][a-z]+ and (?:me|us)|[A-Z][a-z]+ to (?:speak|present|co-present|join|attend|show|talk|sit on)"
    + OFFERED_MEANS + r")\b[^.;!?\n]*)",
    _I,
)
OFFER_WOULD = re.compile(
    r"(?P<verb>(?:\b(?:would|will|could|is happy to|are happy to|happy to|is willing to|willing to|(?:be |am |are |is )?glad to|can)\s|'ll\s)"
    r"(?:co-?fund|fund|pay for|sponsor|lend|second|share (?:his|her|their|the cost)|split the cost|host|introduce|give (?:us|me|IT|you)))\b"
    r"(?P<comp>[^.;!?\n]*)",
    _I,
)
OFFER_SPOKEN = re.compile(
    r"(?:^|[\"“'‘]\s*|[.!?]\s+|\s(?=(?:I'd|I would) like you to\b))(?:(?:and|also|so|then)\s+)?(?P<verb>you should (?:join|take|sit on|have)|come (?:to|and join)|join us|I'd like you(?: or (?:someone|somebody|one of) [\w ]{0,20}?)? (?:at|on|in|to join)|"
    r"I want you (?:at|on|in)|(?:I'd|I would|would) like you (?:at|on)\b|(?:I'd|I would) like you to (?=(?:take|have|fill) (?:a|the|my) (?:[\w-]+ ){0,2}(?:seat|place|slot|role)\b)|I can lend you|we can co-?fund|we could co-?fund|we'll co-?fund|we will co-?fund|happy to)\s*"
    r"(?P<comp>[^.;!?\n\"”]*)",
    _I,
)
# What closes an item: said by us (delivered) or by them (accepted, no longer needed).
DONE_REQUEST = re.compile(
    r"\b(?:sent|send it|delivered|shared|provided|handed over|presented|answered|gave (?:him|her|them)|walked (?:him|her|them) through|"
    r"went live|is live|live on|(?<!%\s)(?<!\bhalf\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bpartly\s)(?<!\bmostly\s)done|completed|is attached|are attached|attached, as promised|as promised|closed|signed off|no longer needed|withdrew|(?:as|is|was|were|are|been|now) withdrawn|dropped the request|went (?:over )?to|"
    r"received|got (?:it|the)|has (?:it|the)|in (?:his|her|their) hands|emailed|e-mailed|posted|spent|cleaned|installed|finished|went in|in place|"
    r"in production|in use|used every (?:day|morning|week|evening)|arrived|(?<!\bthe )(?<!\ba )fixed(?!\s+(?:for|on|at|as|to|in|until|till|by|price|fee|cost|sum|rate|term|date)\b)|working since|rolled out|up and running|"
    # what they thank us for, or now use, they have: "thanked the team for the dashboard", "are using it every Monday"
    r"thank(?:ed|s)? (?:us|me|you|the (?:\w+ )?team|IT)(?: \w+)? for|(?:is|are|was|were|been) (?:now )?using|(?:uses|use) it (?:every|each|daily|weekly)|"
    r"(?:happy|pleased|delighted) with|"
    # the same in the other languages the notes use: "entrou no ar", "opgeleverd", "geliefert", "consegnato", "livré"
    r"entrou no ar|está no ar|foi entregue|foram entregues|entreguei|entregamos|enviei|enviamos|entregado|enviado|geleverd|opgeleverd|verstuurd|"
    r"envié|entregué|mandé|enviada|entregada|entregue|geschickt|inviata|consegnata|envoyée|livrée|"
    r"live gegaan|staat live|geliefert|verschickt|übergeben|ist live|consegnato|inviato|è live|livré|envoyé|mis en production)\b",
    _I,
)
DONE_OFFER = re.compile(
    r"\b(?:accepted|took (?:him|her|them) up|took up|said yes|joined|attended|declined|turned (?:it )?down|signed the co-?funding)\b", _I
)

# -- our promises --------------------------------------------------------------------
PROMISE_US = re.compile(
    r"\b(?P<verb>(?:I|[Ww]e|[Mm]y team|[Oo]ur team|IT)\s+(?:will|'ll|shall|promised to|promised|committed to|committed|agreed to|said (?:we|I) would|said (?:we|I)'d)|"
    r"(?:I|[Ww]e)'ll|(?:[A-Z][a-z]+)'s team (?:will|committed to|promised to|committed))\s+"
    r"(?P<comp>[^.;!?\n]{4,200})",
)
PROMISE_PARTNER = re.compile(
    r"\b(?P<verb>(?:will|'ll|promised to|agreed to|committed to|undertook to))\s+(?P<comp>(?:send|share|get|confirm|sign|approve|bring|introduce|nominate|provide|check|review)\b[^.;!?\n]{3,160})",
    _I,
)

# -- misses and their cause ------------------------------------------------------------
MISS = re.compile(
    r"\b(?:late|later than|delayed|delays?|slipped|slips|slipping|missed|overran|over budget|failed|failures?|outages?|went down|"
    r"was down|were down|down for|crash(?:ed|es)?|broke|broken|read-only|lost (?:a|the|two|three|four|half|\d)|not delivered|"
    r"still waiting|never arrived|behind schedule|fell over|went wrong|botched|rolled back|disrupt(?:ed|ion)|errors? in|"
    r"still (?:isn't|is not|not) (?:live|working|done|ready|fixed)|(?:isn't|is not|not) live yet|"
    # our own miss named as a noun: "This was our scoping miss", "an oversight of ours"
    r"(?:our|my team's|IT's) (?:own )?(?:[\w-]+ )?(?:miss|oversight|mistake)(?! (?:you|the|a|an|it|them|him|her)\b)|"
    # a habit we promised that stopped: "We sent two, then stopped", "nobody covered", "the reports went silent"
    r"(?:then|and|but) stopped(?! (?:by|in|at|for a (?:chat|coffee)))|stopped (?:sending|reporting|updating|writing|calling|answering|replying)|"
    r"(?:nobody|no one) (?:covered|picked (?:it |them |the \w+ )?up|followed up)|went (?:silent|quiet) (?:on|for|after)|"
    # "your change left forty stores with no banked cash figures for three days"
    r"left (?:\w+ ){0,4}(?:with no|without) (?:\w+ ){0,3}(?:figures|data|access|systems?|numbers|service|cover|tills?|power|email|network))\b",
    _I,
)
_THIRD = (
    r"(?:carriers?|vendors?|suppliers?|providers?|bureau|payroll bureau|consultancy|consultants?|contractors?|couriers?|telcos?|hauliers?|bank|agency|landlord|outsourcers?|"
    r"integrators?|resellers?|licensors?|hosting company|ISP|utility company|grid operator|cloud provider)"
)
# A third party as the cause: its possessive, it as the subject of the failure, "caused by" it, or a plain disclaimer.
THIRD_PARTY = re.compile(
    rf"\b{_THIRD}(?:'s|’s)\s|\b{_THIRD}\s+(?:had\s+|has\s+)?(?:failed|was late|were late|missed|went down|lost|broke|slipped|dropped|"
    rf"delivered late|outage|failure|error|fault|problem)|\b(?:caused by|because of|due to|blamed|blames|on|at)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+)?{_THIRD}\b|"
    r"\b(?:power cut|power failure|third[- ]party|not (?:your|our|IT's|IT|my team's) (?:doing|fault)|nothing to do with (?:you|us|IT)|"
    r"outside (?:our|your) control|another department|other department|"
    r"(?:finance|facilities|procurement|estates|HR|legal|marketing)'s (?:side|change|team))\b",
    _I,
)
PARTNER_SIDE = re.compile(
    r"\b(?:(?:his|her|their) (?:own )?(?:team|people|staff|department|side) (?:missed|was late|were late|changed|forgot|did not|didn't|never)|"
    r"on (?:his|her|their) side|(?:was|is) on (?:his|her|their) (?:own )?(?:team|people|planners|staff)|(?:he|she|they) (?:changed|moved) the (?:scope|requirements|date|spec)|"
    r"(?:his|her|their) (?:late|missing) (?:sign-?off|requirements|data|approval))",
    _I,
)
# In the partner's own words "we"/"our" is the partner's side: "our side dropped the ball".
PARTNER_SIDE_SPOKEN = re.compile(
    r"\b(?:our (?:side|fault|mistake|team (?:was|were) late)|my (?:fault|team's fault|mistake)|(?:that|it|this) was (?:on )?(?:my|our) (?:team|side|people|fault)|we (?:changed|dropped|forgot) the|"
    r"we were late with)\b",
    _I,
)
UPSET = re.compile(r"\b(?:not (?:happy|pleased|impressed)|angry|frustrated|furious|annoyed|upset|unhappy|cross|complained|escalated|fuming|disappointed)\b", _I)
OURS = re.compile(
    r"\b(?:we|our|us|(?-i:IT)|my team|the service desk|the project team|I)\b|\byou (?:said|promised|gave|missed|told)|\byour (?:team|people|date|estimate|project)",
    _I,
)
_FORGIVEN_WORDS = re.compile(
    r"\b(?:water under the bridge|no hard feelings|(?:it's|that's|is|are|were|was|all|put it|put that|put them|now)\s+[\"“]?behind (?:us|him|her|them|me)|"
    r"(?<!and )(?<!just )moved on(?! to\b)|you owned (?:it|up|that)|\bfine, (?:just|but|next time)\b|let's move on|(?<!not )(?<!n't )(?<!never )(?<!won't )let it go|forgiven|forget (?:about )?it|don't worry about (?:it|that)|no need to (?:revisit|apologi[sz]e|go back)|"
    r"these things happen|(?:accepted|appreciated) (?:the|my|our) apology|thanks for owning|drew a line|draw a line|closed the book|old news|"
    r"that's history|(?:we're|we are|I'm|I am) past (?:the|that|it)|(?:not|never) go back over|that's done with|fully recovered|no longer an issue|no harm done|thanks? (?:you )?for (?:telling|warning|letting) (?:us|me)(?: know)? (?:early|in advance|in good time|ahead)|(?:he|she|they) (?:is|are|was|were) fine about it|over it now|"
    # put behind them in other words: "We're fine.", "never raised again", "she has not mentioned it since"
    r"(?:we['’]re|we are|all|it['’]s|that['’]s) fine(?=\s*[.!\"”]|\s*$)|(?:never|not) (?:raised|mentioned|brought up) (?:it |again|since)+|"
    r"(?:has|have|had)(?:n['’]t| not| never) (?:mentioned|raised|brought up|complained about) (?:it|that|this)(?: again| since)|"
    r"(?:not|nor) (?:your|IT['’]s|IT|our) (?:building|equipment|kit|network|people|doing|fault|problem)\b[^.]{0,40}\bnot (?:your|our) "
    r"(?:fault|doing|problem))\b",
    _I,
)

# The partner still holds it, whatever closing word the line also has: "not quite forgiven", "hasn't really let it go",
# "mentioned it again", "still brings it up", "not over it yet". Such a line never reads as forgiveness.
_HEDGE = r"(?:\s+(?:quite|really|fully|entirely|completely|totally|yet|altogether|ever))?"
HELD_STILL = re.compile(
    rf"\b(?:not|never|hardly|barely){_HEDGE}\s+(?:forgiven|forgotten|over it|past it|moved on|got(?:ten)? over it|let (?:it|that|this|them) go)\b|"
    rf"\b(?:has|have|had|does|do|did|is|was|will|can|could|would)(?:n['’]t| not| never){_HEDGE}\s+(?:let (?:it|that|this) go|forgive(?:n)?|"
    r"forgotten|forget|moved on|move on|got(?:ten)? over|get over|put (?:it|that|this) behind)\b|"
    r"(?<!never )(?<!not )(?<!n't )(?<!n’t )\b(?:mentioned|raised|brought up|cited|quoted|flagged) (?:it|that|this|the \w+(?: \w+)?) again\b|"
    r"(?<!never )(?<!not )(?<!n't )(?<!n’t )\b(?:brought|brings) (?:it|that|this) up again\b|"
    r"\bstill (?:brings? (?:it|that|this) up|mentions? (?:it|that|this)|raises? (?:it|that|this)|holds? (?:it|that|this)|sore|raw|smarting|bitter|"
    r"cross|annoyed|upset|angry|unhappy|stung|rankles?|stings?|hurts?)\b|\b(?:did not|didn't|does not|doesn't|would not|wouldn't|won't|never|not) accept(?:ed)? (?:the|my|our|an|any) apolog(?:y|ies)\b|\bapology (?:was )?(?:not|never) accepted\b|\b(?:keeps?|kept) (?:bringing (?:it|that|this) up|(?:mentioning|raising) (?:it|that|this))\b",
    _I,
)


class _Unless:
    """A cue that does not count in a line where another cue holds ("Still sore about it; he brought it up again")."""

    def __init__(self, cue: re.Pattern[str], unless: re.Pattern[str]) -> None:
        self.cue, self.unless = cue, unless

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self.unless.search(text) else self.cue.search(text, pos)


FORGIVEN = _Unless(_FORGIVEN_WORDS, HELD_STILL)  # forgiveness, never where they still hold it

# -- what to keep out of the room -------------------------------------------------------
HEALTH = re.compile(
    # a person in hospital, on sick leave, diagnosed: never a workplace ("the hospital café", "sick leave by ward", "medical wards")
    r"\b(?:illness|(?:on|off on|taking|took|long-term) sick leave|off sick|surgery(?!\s+(?:units?|lists?|wards?|theatres?|department|waiting|schedul\w*|backlog|slots?|capacity))|"
    r"an operation|(?:in|into|to|from|out of) (?:the )?hospital(?=\s*(?:[.,;:!?)—–-]|$|\s(?:in|at|again|for|since|and|with|until|after|last|this|on|over|now)\b))|"
    r"hospitali[sz]ed|chemo\w*|cancer|diagnosed|(?:a|the|his|her|their) diagnosis|medical (?:leave|reasons|condition|issue|appointment|thing|procedure|emergency)|"
    r"(?:his|her|their) health|health (?:scare|issue|problem|reasons)|mental health|burn-?out|stress leave|therapy|recovering from|"
    r"pregnan\w+|maternity|paternity|IVF|miscarriage|radiotherapy|(?:finished|started|starts|in|during|his|her|their) treatment)\b",
    _I,
)
FAMILY = re.compile(
    r"\b(?:divorce|separation|bereave\w*|funeral|passed away|(?:wife|husband|partner|mother|father|mum|dad|son|daughter|brother|sister|he|she) (?:has |had )?died|custody|(?:his|her|their) (?:wife|husband|partner's|mother|father|mum|dad|son|daughter|kids|children|family)|"
    r"(?:my|the CIO's|the CIO’s) (?:wife|husband|mother|father|mum|dad|son|daughter|kids|children|family)\b|"  # the CIO's own family is private too
    r"family (?:matter|reasons|emergency|situation)|carer|caring for (?:his|her|their)|childcare|care home|hospice|"
    # "Priya's mother is in a care home": a relative named by the partner's name
    r"(?-i:[A-Z][a-z]+(?:'s|’s)) (?:wife|husband|mother|father|mum|dad|son|daughter|kids|children|family)\b|"
    r"(?:wife|husband|partner|mother|father|mum|dad|son|daughter)(?:'s|’s)\s+(?:health|illness|treatment|operation|funeral|condition)|"
    r"(?-i:^(?:Wife|Husband|Mother|Father|Mum|Dad|Son|Daughter)\b))",
    _I,
)
AUDIT = re.compile(
    r"\b(?:audit (?:finding|findings|point|points|issue|issues|report|observation|observations)|(?<!before the )(?<!for the )(?<!at the )(?<!until the )(?<!to the )audit committee|internal audit|"
    r"external auditors?|auditors? (?:flagged|found|raised|noted)|qualified opinion|material weakness|control deficienc\w+)\b",
    _I,
)
DO_NOT_RAISE = re.compile(
    r"\b(?:(?:don't|do not|never|not to|shouldn't|should not|won't) (?:raise|mention|bring (?:it |this |that )?up|discuss|talk about|reopen)|"
    r"keep (?:it|this|that) (?:out of|off)|off the record|in confidence|confidential|between (?:us|you and me)|(?:stays?|stay|kept|remains?) between (?:the two of (?:us|you)|ourselves)|"
    r"not for (?:sharing|the meeting|the room|wider)|(?:keep|kept) (?:it |this |that )?out of the room|(?:asked|told) (?:me|us) not to|"
    r"leave (?:it|this|that|the subject|the topic) (?:alone|be)|unless (?:he|she|they) (?:raises?|mentions?|brings?) (?:it|this|that)|"
    r"let (?:him|her|them) (?:raise|bring up|mention) (?:it|this|that)|steer clear of|sore (?:point|subject|spot)|touchy subject|"
    r"avoid (?:raising|mentioning|bringing (?:it |this |that )?up|the (?:subject|topic) of)|"
    # the same instruction in other words: not yet public, only if they raise it, not ours to raise, kept out of talk
    r"not (?:yet )?(?:announced|public)|until (?:it(?:'s| is)|they are|it has been) announced|under embargo|"
    r"only if (?:he|she|they) (?:raises?|mentions?|brings?)|(?:don't|do not|never) let (?:it|this|that) slip|"
    r"not for (?:me|us|you|IT) to (?:raise|mention|bring up|discuss)|not (?:to be|for being) (?:discussed|shared|mentioned|raised|repeated)|"
    r"not for repeating|(?:don't|do not) go near\b|(?:don't|do not) touch\b[^.;]{1,40}?\bwith\b|keep\b[^.;:]{1,60}?\bout of (?:any|all|the|our|my|every) (?:conversations?|meetings?|discussions?|talks?))\b",
    _I,
)


def personal_matter(text: str) -> bool:
    """Health or family: private, never quoted in a plan that may be shared with a coach."""
    return bool(HEALTH.search(text) or FAMILY.search(text))


def private(text: str) -> bool:
    """A sentence a plan must not quote: a personal matter, an audit finding, or what the notes say to keep out."""
    return personal_matter(text) or bool(AUDIT.search(text) or DO_NOT_RAISE.search(text))


PHONE = re.compile(
    r"(?<![\w-])(?:\+\d{1,3}[ .-]?|\(?0)\d[\d ().-]{6,}\d(?![\w-])"  # +44 20 ..., 07700 900123, (020) ...
    r"|(?<![\w-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-])"  # a North American number: 212-555-0199, (212) 555 0199
    # a number dictated in words ("oh seven seven zero nine double one ..."): six digit words in a row
    r"|\b(?:(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)[\s,-]+){5,}(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

# -- goals, measures and people ---------------------------------------------------------
WE_OWN = re.compile(r"\b(?:(?:that|this|it)(?: one)? (?:is|was) (?:entirely |all |wholly |completely |squarely )?(?:on us|ours)|our fault|we own (?:it|that)|my fault)\b", _I)
DISCLAIMER = re.compile(
    r"\b(?:not (?:your|IT's|IT|my team's|your team's) (?:doing|fault|problem|building|people|equipment|kit)|nothing to do with (?:you|us|IT)|(?:the )?\w+ owns (?:this|that|it)|outside (?:your|our) control)\b",
    _I,
)
GOAL_NARRATED = re.compile(
    r"\b(?P<verb>wants|wanted|needs|needed|aims|is aiming|is trying|is under pressure|has to|must|hopes|is targeting|"
    r"(?:his|her|their) (?:goal|target|priority|objective|aim|ambition|plan) (?:is|was|for [^.]{1,30} is))\s+"
    r"(?P<comp>(?:[^.;:!?\n\"“]|\.(?=\d)){6,200})",  # "down to 1.80 euros": a decimal point ends nothing
    _I,
)
GOAL_SPOKEN = re.compile(
    r"(?:^|[\"“'‘]\s*|[.!?]\s+)(?:(?:and|but|so|look|honestly),?\s+)?(?P<verb>I want|I need|we need|we want|we have to|I have to|(?:my|our|the) (?:goal|target|priority|job|number|objective|aim)(?: (?:this|for the|for next|for|in) (?:year|quarter|20\d\d|next year))? is|what I need is|all I want is|the whole ask is|that's the whole ask)\s*"
    r"(?P<comp>(?:[^.;!?\n\"”]|\.(?=\d)){4,200})",
    _I,
)
MEASURE = re.compile(r"(?:[£$€]\s?\d[\d,.]*\s?[mkbn]?|\d[\d,.]*\s?(?:%|per ?cent|days?|weeks?|hours?|minutes?|pts?|points|stores|sites|seats|users))", _I)
_ROLE_WORD = r"(?:deputy|boss|manager|head|director|VP|chief|lead|controller|analyst|architect|paralegal|assistant|officer|sponsor|adviser|advisor|EA|PA|CFO|COO|CEO|MD)"
# A surname particle ("Pieter van Wyk", "Ana da Silva"): part of the surname, never cut off it.
PARTICLE = r"(?:van der|van den|van de|von der|de la|de los|van|von|der|den|de|da|di|du|del|della|dos|das|le|la|ter|ten|bin|ibn|al|el)"
# One word of a name, a hyphenated one kept whole ("Marc-André", "Adeyemi-Clarke"), and the honorific that may stand
# before it ("Ms Okafor", "Ms Rachel Okafor"): find_people keeps the title only before a surname alone.
NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?"
PERSON = re.compile(
    rf"(?<!of )(?<![\w-])(?P<name>{_HONORIFIC}{NAME_WORD}(?: (?:{PARTICLE} )?{NAME_WORD})?|{PARTICLE} {NAME_WORD})\s*(?:\((?P<role>[^()\n]{{0,40}}\b{_ROLE_WORD}\b[^()\n]{{0,30}})\)|"
    rf",\s*(?P<role2>(?:his|her|their|the) (?:{_ROLE_WORD}|chief of staff|financial controller|line manager)\b[^,.;\n]{{0,30}}))"
)
PERSON_ROLE_FIRST = re.compile(
    rf"\b(?P<role>(?:his|her|their) (?:deputy|boss|manager|chief of staff|line manager|CFO|COO|CEO|MD|sponsor))\s*,?\s+"
    rf"(?P<name>{_HONORIFIC}{NAME_WORD}(?: (?:{PARTICLE} )?{NAME_WORD})?)(?![\w’'-])"  # "Sinéad" is never cut to "Sin"
)


def person_name(found: str) -> str:
    """A name as a plan says it: the honorific kept before a surname alone ("Ms Okafor"), dropped before a whole name
    ("Rachel Okafor", never "Ms Rachel")."""
    words = found.split()
    return " ".join(words[1:]) if len(words) >= 3 and words[0].rstrip(".") in _TITLE_WORDS else found


_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof"}


# A later line saying they had to ask again: "Pieter chased the estimate", "Still keen on the journal list".
CHASED = re.compile(r"\b(?:chased|chasing|still keen on|asked again|reminded (?:us|me))\b", _I)
# A later line saying something was NOT done: it never counts as delivery, and it breaks our promise.
NOT_DONE = re.compile(
    r"\b(?:not (?:yet )?(?:sent|installed|delivered|done|fixed|there|live|ready|received|in place)|(?:is|are|was|were)n't (?:sent|there|done|fixed|live|ready)|"
    r"still (?:not|have not|haven't|waiting|no)|still (?:being|in) (?:built|build|tested|test|testing|written|developed|development|progress|worked on)|not (?:yet )?(?:finished|built|complete)|(?:have|has)(?: not|n't) (?:yet )?(?:seen|received|had|got)|never (?:came|arrived|sent)|"
    r"(?:half|partly|partially) (?:done|finished|ready|written)|we missed|was missed|missed (?:the )?(?:\d|date|deadline)|reached (?:only )?\w+ (?:\w+ )?of (?:\w+)|I was told|"
    # our own word that it did not go: "I did not send the revised plan", "we never shared it", "failed to deliver"
    r"(?:did not|didn't|did n't|never|failed to|could not|couldn't) (?:yet )?(?:send|sent|deliver|delivered|share|shared|ship|finish|get (?:it|them) out)|"
    # the thing itself said to be late: "the pilot is two weeks late", "rollout running late" (what arrived late is a part of it)
    r"(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bif it )(?:is|are|running|runs) (?:now )?(?:(?:a|one|two|three|four|five|six|\d+|a few|several) (?:days?|weeks?|months?) )?(?:late|behind|delayed))\b",
    _I,
)

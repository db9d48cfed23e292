"""Cue phrases that point to a level on either axis. They complement the classifier."""

from __future__ import annotations

import re

from assistant.perception.attribution import (
    OTHERS,
    held_to_account,
    lost_sale_not_it,
    ours,
    possessed_by_other,
    sarcastic,
    third_party_said,
)
from assistant.perception.blame import blame_cues
from assistant.perception.cues_languages import language_cues
from assistant.perception.standing import standing_cues

_NEGATION = re.compile(
    r"\b(?:not|never|no|without|hardly|isn't|wasn't|weren't|didn't|don't|doesn't|won't|can't|cannot|haven't|hasn't|hadn't|aren't|nobody|nothing)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_NEGATION_WINDOW = 120  # characters before a cue searched for a negation (it is at most three words back)


def _negated(sentence: str, cue_start: int) -> bool:
    """A negation word at most three words before the cue; only a bounded window is searched, so a
    long sentence with many cues costs linear time, not quadratic."""
    start = max(0, cue_start - _NEGATION_WINDOW)
    window = sentence[start:cue_start]
    if start and _PARTIAL_WORD.match(sentence[start - 1]):
        window = _PARTIAL_WORD.sub("", window)  # the window began mid-word: drop that fragment
    negation = _NEGATION.search(window)
    return negation is not None and not _ANOTHER.search(negation.group(0)) and not _CLAUSE_BREAK.search(negation.group(0))


# "can't take another slipped date" fears a repeat: the cue after it is not negated.
_ANOTHER = re.compile(r"\b(?:another|more|again)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()!?]|\.\s")  # "their mess, not ours": no negation reaches across a comma, quote, colon or sentence end
_PARTIAL_WORD = re.compile(r"^\w+")
_ASIDE = re.compile(r"\s\([^()]{1,40}\)(?=\s)")

# Trust shown in deeds rather than words: daily use of what we delivered, our work forwarded to the partner's board,
# co-funding, an invitation into the partner's strategy work, a system kept up through someone else's trouble.
_BOARD = r"(?:board|chair|executive committee|exec(?:utive)? team|leadership team|exco)"
_TRUST_SHOWN = [
    r"(?:use|uses|used|open|opens|check|checks|rely on|relies on|live in|lives in) it (?:every|each|daily|all day|on every|before every|first thing)",
    r"(?:won't|will not|wouldn't|can't) (?:go out|work|start (?:a|the|their|his|her) (?:shift|day)) without the (?:app|tool|system|dashboard|board|screen|tracker|portal)",
    rf"(?:forwarded|sent|took|shared|presented|showed|circulated) (?:your|our|(?:[\w-]+'s )?team's|the it team's) [\w -]{{0,40}}?(?:to|with) (?:the|my|his|her|their|our) {_BOARD}",
    rf"(?:forwarded|sent|took|shared|presented|showed|circulated) [\w -]{{0,40}}? from (?:your|our|[\w-]+'s) team [\w -]{{0,20}}?to (?:the|my|his|her|their|our) {_BOARD}",
    r"co-?(?:fund|own)(?:s|ed|ing)?", r"(?:funded|paid for) (?:from|out of|by) (?:her|his|their) (?:own )?(?:[\w-]+ )?budget", r"half and half with (?:you|us|your team|it)",
    r"(?:fund|pay for|put (?:\w+ ){0,2}?money behind) (?:half|part|a share|a third) of (?:the )?(?:next|second|third|cost|phase|it|work)",
    r"(?:invit(?:e|ed|es|ing)|asked|like|want|wants) (?:me|us|you|the cio|(?:our|my|your) [\w-]+(?: lead| team)?) (?:to|into|onto) (?:join |present |speak |sit )?(?:at |on |to |in )?"
    r"(?:her|his|their|the|my|our) (?:[\w-]+ ){0,2}?(?:offsite|off-site|board|strategy|leadership|working group|steering|away ?day|exco|executive|planning|committee|council|panel)",
    r"(?:made|make|making|named|appointed|brought|put|got) (?:me|us|you|the cio|[\w-]+) (?:a |onto |on to |into |as )?(?:full |permanent |standing |voting )?"
    r"(?:member of|seat on|onto|on to|into) (?:her|his|their|the) (?:[\w-]+ ){0,2}?(?:committee|board|council|panel|forum)",
    r"(?:offer(?:ed|s|ing)?|gave|given|give|giving|keep|kept) (?:me|us|you|the cio|[\w-]+) (?:a |the |her |his |their )?(?:permanent |standing |full |voting )?(?:seat|place|chair) (?:on|at) (?:her|his|their|the)",
    r"(?:a |the )?(?:permanent|standing|full|voting) (?:seat|member(?:ship)?) (?:on|of|at) (?:it|(?:her|his|their|the) (?:[\w-]+ ){0,2}?(?:committee|board|council|panel|forum|table))",
    r"(?:asked|ask|asks|wants to know) (?:if|whether) (?:i|we|you)(?:'d| would| could| will) (?:sit|join|take a seat) (?:on|at) (?:her|his|their|the) (?:[\w-]+ ){0,2}?(?:committee|board|council|panel|forum)",
    r"(?:fixed|sorted|restored) (?:it |things |everything )?before (?:my|our|his|her|their|the|anyone|anybody) (?:[\w-]+ )?(?:got in|noticed|arrived|started|woke)",
    r"(?:is )?the first thing (?:i|he|she|they|we|my [\w-]+|his [\w-]+|her [\w-]+) (?:open|opens|look at|looks at|check|checks)",
    r"kept (?:the |our |it |everything )?(?:[\w-]+ ){0,3}?(?:up|running|going) (?:throughout|all (?:day|night|week)|through (?:it|the))",
    # our work reused in front of the partner's own boss ("used two charts from the prototype in her paper to the board")
    rf"(?:used|uses|quoted|quotes|showed|shows|presented|presents|put|puts) [^.;]{{0,40}}?\b(?:from (?:it|them|us|ours|our|your|the (?:dashboard|prototype|report|tool|system|model|app))|"
    rf"(?:our|your) (?:dashboard|prototype|report|tool|system|model|app|numbers|charts?|figures|analysis|data))\b[^.;]{{0,60}}?\b(?:to|at|before|in front of|with) (?:the|my|his|her|their|our) {_BOARD}",
]

# Plain strong trust in varied wording: never chased, trusted completely, the best IT has done, credited by name.
_STRONG_TRUST = [
    r"never (?:have|has|had|need|needs|needed) to (?:chase|worry about|think about|check on|follow up|push)",
    r"never (?:think|thinks|worry|worries) about (?:it|them|you|the [\w-]+)",
    r"(?:trust|trusts|trusted|rely on|relies on|relied on) (?:[\w'-]+ ){0,4}?(?:completely|fully|totally|implicitly|absolutely|without question)",
    r"trusts? (?:us|you|you lot|your people|the it team|it) (?:now|again|with)",
    r"as good (?:a|an) (?:[\w-]+ ){0,2}?(?:relationship|partner|partnership|team|service) as",
    r"(?:the )?best thing (?:[\w-]+ ){0,3}?(?:you|it|your team|the it team|we)(?:'ve|'s| ha(?:ve|s))? (?:ever )?(?:done|given|built|delivered|made)",
    r"(?:credit(?:ed|s|ing)?|thanked|praised) (?:our|your|my) [\w -]{0,30}?by name",
    r"named [\w -]{0,30}? from (?:our|your|my) team as",
    r"(?:praised|backed|defended|trusts?) (?:us|you|your team|the it team)(?: now)? (?:in public|publicly|in front of)",
    r"says so in public",
    r"(?:i|we|he|she|they) knows? (?:that )?(?:you|your team|your people|you lot|they|it)(?:'ll| will| can| would) (?:do|deliver|sort|get|fix|make|handle|manage|land|pull)",
    r"(?:i|we) (?:trust|count on) (?:you|your team|your people|you lot) to", r"leave it with you", r"(?:it's|it is|we're|we are) in (?:safe|good) hands",
    r"(?:does|do) what (?:it|you|they|your team) (?:says?|promises?|said|promised)",
    r"whatever you did[^.;]{0,50}?(?:don't|do not) (?:touch|change)", r"(?:don't|do not) change a thing",
    r"introduced (?:me|us|[\w-]+) (?:to [\w -]{1,30}? )?as (?:the|our|a) (?:[\w-]+ ){0,3}?(?:who|that) (?:found|saved|built|fixed|delivered|made|gave|got|won)",
    r"(?:you|your (?:lot|team|people)|you lot|the it team) (?:were|was) on (?:it|them|the case) (?:within|the same|straight|immediately|at once|in minutes)",
    r"(?:had|got|put) (?:[\w-]+ ){1,6}?(?:up|out|back|on|in place|running)\b[^.;]{0,30}?(?:within|inside|in) (?:an?|the|\d+|ten|fifteen|twenty|thirty|two) (?:hour|minutes?|hours)", r"(?:would not|wouldn't|won't) go back to (?:paper|the old)",
]

CUES: dict[str, list[str]] = {
    "T": [
        r"outages?", r"laptops?", r"e-?mail (?:is|was|went) down", r"printers?", r"passwords?", r"wi-?fi", r"vpn",
        r"(?:help|service) ?desk", r"tickets?", r"licen[cs]es?", r"cost per (?:seat|user|head)", r"budget cuts?",
        r"cut (?:the|our|your|it) (?:budget|costs?|spend)", r"keep(?:ing)? the lights on",
        r"just (?:works?|working)", r"(?:run|running|keep|keeping) the basics|the basics (?:run|running|working|to run|to work)", r"uptime", r"overhead", r"cheaper", r"charge ?backs?",
        r"(?<!on the )(?<!over the )(?<!by )(?<!a )phones?(?! call)",  # "on the phone", "a phone call": how they spoke, not what about
    ],
    "I": [
        r"dashboards?", r"reports?", r"reporting", r"forecast(?:s|ing)?", r"data quality", r"analytics",
        r"single (?:version|source) of (?:the )?truth", r"kpis?", r"insights?", r"automat(?:e|ed|ion|ing)",
        r"visibility", r"real[- ]time (?:data|view|numbers)", r"trusted numbers", r"one view of", r"data",
        r"process (?:improvement|mapping)", r"workflow",
        # asking for information, analysis or data to act on, however it is worded
        r"in real[- ]time", r"live (?:data|numbers|figures|view|feed|screens?)", r"analys(?:is|es|e|ing)", r"analysts?",
        r"information (?:on|at|in front of|for|about|to act|(?:i|we) can)", r"metrics",
        r"(?:ward|store|site|shift|branch|region|plant|team|customer|product)[- ]by[- ](?:ward|store|site|shift|branch|region|plant|team|customer|product)",
        r"(?:numbers|figures|information) (?:i|we) can (?:act on|use|trust|believe|plan)",
    ],
    "BT": [
        r"strateg(?:y|ic)", r"pricing", r"new markets?", r"(?:product|service) launch",
        r"digital (?:product|channel|service)s?", r"customer experience", r"platform", r"acquisitions?", r"m&a",
        r"board", r"revenue", r"competitive", r"competitors?", r"growth", r"business model", r"e-?commerce",
        r"online channel", r"at the (?:strategy )?table", r"differentiat(?:e|ion|or)", r"market share",
        r"new (?:proposition|offer|service line)", r"(?:our|the|a real|competitive) edge", r"investment case",
        r"(?:the )?core of (?:the|our) (?:business|next|plan|strategy|offer)",
        r"how (?:we|the company|the business) (?:wins?|compete|grows?|makes? money)",
        r"next (?:three|five|ten) years", r"(?:three|five|ten)-year (?:plan|strategy|vision)",
        r"direct[- ]to[- ](?:consumer|reader|customer)s?", r"new revenue", r"co-?present",
        r"(?:joint|shared) roadmap", r"(?:win|won|winning) (?:the )?(?:contract|tender|bid)",
    ],
    "doubted": [
        r"late(?!-|\s+(?:deliveries|delivery|drops?|payments?|payers?|orders?|shipments?|trains?|arrivals?|night|shifts?|"
        r"afternoon|morning|evening|fees?|returns?|customers?))", r"delayed", r"slipp(?:ed|ing)", r"overr?an", r"missed", r"behind schedule", r"still waiting",
        r"failed", r"fell over", r"shadow it", r"went around", r"go(?:ing)? around", r"work(?:ed|ing)? around",
        r"hired (?:an? |their own |his own |her own )?(?:agency|consultan\w+|vendor|contractor|firm)",
        r"own (?:vendor|agency|contractor|tool|developer)", r"(?:company|team|corporate) (?:credit )?card",
        r"(?:don't|do not|can't|cannot|no longer) trust", r"always says? no", r"escalat(?:e|ed|ion)",
        r"frustrat(?:ed|ing|ion)", r"disappoint(?:ed|ing|ment)", r"fed up", r"lost (?:confidence|faith)",
        r"scep?tic(?:al)?", r"skeptic(?:al)?", r"believe it when", r"broken promises?", r"yet again", r"too slow",
        r"takes? (?:forever|months|ages)", r"consultants?", r"consultanc(?:y|ies)", r"software house",
        r"outside (?:firm|supplier|agency)", r"still (?:use|uses|using|on) (?:the|their|our) old", r"sat idle",
        r"freez(?:e|es|ing)", r"froze", r"crash(?:ed|es|ing)?", r"dropped (?:calls|out|off)",
        r"(?:was|went|is) down again", r"paid (?:\w+ )?(?:days? )?late", r"pushed (?:back|again)",
        r"let (?:me|us|them|her|him|the business) down", r"(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) time (?:this|in a|in one) (?:week|month|quarter|year)",
        r"(?:find|get|hire|bring in) someone (?:else )?who can", r"dropped (?:in|during) (?:the middle of )?(?:a|the|my|our)",
        r"not (?:sure|convinced|confident) (?:that )?(?:the|your|you|it|the it)(?: team| people| department)? (?:can|could|will|is able)",
        r"given how (?:the|your|last) [\w -]{2,40}? went", r"heard (?:those|these|that|the same) (?:dates?|promises?) before",
        r"(?:safer|better) (?:route|option|bet|choice)",
        r"(?:two|three|four|five|six|several|\d+) times (?:this|in a|in one|last) (?:week|month|quarter|year)(?!['’]s)",
        r"(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:\w+ )?(?:running|in a row)", r"(?:has|have) been open (?:since|for)",
        r"(?:gone|went) down(?! by| to| from)", r"still (?:open|not (?:done|fixed|live|ready|working))",
        r"after (?:we|you|your team|they) (?:said|promised|committed)", r"(?:another|more) apolog(?:y|ies)",
        r"(?:isn't|is not|still not|wasn't|was not) (?:here|ready|live|done|delivered|working)",
        r"without (?:you|your team|it|the it team|your people)",
        r"(?:going|go|gone|went) (?:with|to) (?:an?|the) (?:[\w-]+ ){0,3}?(?:agency|studio|consultancy|integrator|contractor|software house)",
        r"(?:asked|hired|engaged|brought in|using|use) (?:an?|the) (?:outside|external|third[- ]party) (?:[\w-]+ ){0,2}?(?:firm|team|developer|supplier|provider|agency|consultancy|company)",
        r"(?:agency|studio|consultancy|integrator|contractor|software house)\b[^.;]{0,60}?\bwill (?:build|run|deliver|develop|do)",
        # no longer counting on us, in any words
        r"(?:stopped|stops|stop|given up|gave up|give up|no longer) (?:betting|counting|relying|banking|waiting|bets?|counts?|reli(?:es|ed)|rely|banks?) on",
        r"(?:given|gave) up on (?:us|you|it|the it team|your team|my team|our team)",
        r"(?:engaged|contracted|signed (?:up )?with|commissioned|bought (?:it |one )?from) (?!us\b|you\b|it\b|the it\b|our\b|your\b|my\b)(?:[\w&'-]+ ){1,3}?(?:to (?:run|build|do|deliver|develop|take over|handle|provide)|for (?:the|a|an|their|his|her) )",
    ],
    "proven": [
        r"on time", r"ahead of (?:schedule|plan|(?:the |our |your )?(?:date|deadline|target|promised date|committed date))",
        r"(?:a|one|two|three|four|five|\d+) (?:days?|weeks?|months?) (?:ahead|before (?:the|our|your) (?:date|deadline))", r"came in early", r"did what (?:you|they|we) said",
        r"kept (?:your|their|our) (?:word|promise)", r"thank(?:s|ed|ful)?", r"great (?:job|work)", r"well done",
        r"impressed", r"smooth(?:ly)?", r"trusts? (?:your|their|the|our) (?:estimates?|team|numbers|judg[e]?ment)",
        r"(?:asked|came to|comes to|called) (?:us|it|you|the it team) first",
        r"renew(?:ed|s)? (?:the )?(?:sponsorship|funding)", r"recommend(?:ed|s)? (?:us|it|your team)", r"fair play",
        r"spot on", r"nailed it", r"(?:exactly|just) what (?:we|i|he|she|they|(?:my|his|her|their|the) [\w-]+) (?:had )?(?:needed|asked for|asked|wanted)", r"delivered as promised", r"reliable",
        r"credit to", r"as (?:promised|planned|agreed|committed|scheduled)",
        r"(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?) earl(?:y|ier)",
        r"(?:has been|have been|was|were|is|are) (?:excellent|brilliant|superb|outstanding|first[- ]class|faultless|flawless)",
        r"(?:delivered|shipped|landed|finished|went live|live) (?:early|on schedule|on budget)",
        r"on (?:the )?(?:date|day) (?:we|you|they) (?:said|gave|promised|committed|named)", r"before the deadline",
        r"(?:worked|working) first time", r"held (?:up )?(?:through|during)",
        r"(?:you|they|your (?:team|people|lot)|the it team) (?:always|never fail to) (?:sort|fix|deliver|come through|get)(?: it| us| there| things)?",
        r"(?:rang|rings|ring|went|go|goes|coming|come|comes) (?:to )?(?:us|you|it|the it team) first",
        r"(?:in|inside|within) the (?:window|time|timeline|budget|slot|hours?) (?:we|you|they) (?:gave|agreed|promised|set|named|committed)",
        r"(?:fixed|sorted|resolved|restored|back up|back on)(?: it| us)? (?:within|inside|in) (?:the |an? |\d+ |ten |fifteen |twenty |thirty |two )?(?:hour|minutes?|hours)",
        r"(?:dates?|estimates?|plans?|schedules?|commitments?) (?:[\w-]+ ){0,3}?(?:has|have) (?:all )?held", r"turned (?:it|things|this) (?:a)?round",
        r"(?:has|have) been (?:rock[- ])?(?:solid|stable)", r"keep doing (?:it|what you)",
        r"(?:was|is|were|are|seemed|sounded) (?:very |really |genuinely |clearly )?(?:pleased|delighted)",
        r"made (?:a|all the) (?:real |huge |big )?difference", r"(?:good|nice) (?:job|work|stuff|one)",
        *_TRUST_SHOWN, *_STRONG_TRUST,
    ],
    # The partner has no view of IT's delivery yet (new in post, no dealings so far): evidence for competence "unknown".
    "no_view": [
        r"too (?:early|soon) to (?:say|tell|judge|have an? (?:view|opinion))",
        r"no (?:view|opinion) (?:yet|of (?:it|us|the it team|your team|the team))",
        r"(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?(?:worked|dealt|had (?:any )?dealings) with (?:us|it|the it team|my team|our team|your team)",
        r"no (?:experience|dealings|history) (?:of|with) (?:us|it|the it team|my team|our team|your team)(?: yet)?",
        r"ask me (?:again )?in (?:a few|two|three|six) (?:weeks|months)", r"(?:weeks?|days) into the (?:job|role)",
        r"new (?:in|to) (?:post|the role|the job|the organisation|the company)",
        r"reserv(?:e|es|ing) judg(?:e)?ment",
        r"(?:haven't|hasn't|have not|has not|not yet) seen (?:what )?(?:your|the|this|our) (?:it )?(?:team|people|department)(?: can deliver| deliver| in action)?",
        r"(?:judge|make up (?:my|his|her|their) (?:own )?mind)(?: for (?:himself|herself|myself|themselves))? (?:once|when|on (?:the|what)|by (?:the|what)|for (?:himself|herself|myself|themselves))",
        r"heard (?:both )?good and bad", r"no comment on (?:our|the|your) (?:service|delivery)",
    ],
}

# Thanks for a proposal, an update or the effort is courtesy, not praise for delivery.
_COURTESY = re.compile(
    r"\b(?:thank(?:s| you)|grateful|i appreciate)\b[^.;]{0,20}?\b(?:for )?(?:the|your|all the)\s+(?:\w+\s+)?"
    r"(?:proposal|update|e-?mail|note|time|effort|paper|presentation|slides|reply|message|invitation|call|thoughts|work on the proposal)\b"
    r"|\bi appreciate the effort\b"
    r"|\bthank(?:s|ed|ing)?(?: you)?(?: (?:us|me|him|her|them|the team|dev|everyone))? (?:warmly |again )?for (?:coming|visiting|dropping by|stopping by|the visit|the demo|the sessions?|the presentation|the walk)",
    re.IGNORECASE,
)
_PRAISE_ONLY_THANKS = re.compile(r"^(?:thank|grateful|appreciat)", re.IGNORECASE)

_COMPILED = {label: [re.compile(rf"\b{p}\b", re.IGNORECASE) for p in patterns] for label, patterns in CUES.items()}
# Trust said outright or shown in deeds: the classifier's doubt vote on such a sentence is no evidence (see `weigh`).
_TRUST = re.compile("|".join(rf"\b{p}\b" for p in (*_TRUST_SHOWN, *_STRONG_TRUST)), re.IGNORECASE)

# A problem that did not happen is praise ("not a single call", "no disruption", "without a hitch").
_NO_PROBLEM = re.compile(
    r"\b(?:no|zero|without(?: an?| any)?|not an?|not a single|not one|nothing like an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:outages?|downtime|disruptions?|issues?|problems?|complaints?|hitch(?:es)?|incidents?|glitch(?:es)?|hiccups?|"
    r"surprises?|drama|fuss|escalations?|delays?|slippage|snags?|calls? to (?:the |my |our )?(?:desk|office|helpdesk)|"
    r"(?:support )?tickets? raised|rollbacks?|errors?)\b",
    re.IGNORECASE,
)
# The partner says a problem was not IT's doing: that is trust, not doubt.
_ABSOLVED = re.compile(
    r"\b(?:not|wasn't|isn't|was not|is not)\s+(?:your|you guys'|the it team's|it's|your team's|your people's)\s+(?:fault|doing|mess)\b"
    r"|\bnothing to do with (?:you|it|your (?:team|people)|(?:the |our |his |her )?(?:crm|systems?|platform|app|it team|technology|tech|software))\b"
    r"|\bnot (?:on|down to) (?:you|you lot|it|i\.t\.|your team|your people|the it team)\b|\bnothing (?:you did|for you to (?:fix|do))\b"
    r"|\bnot something (?:you|your team|it) could have (?:prevented|avoided|stopped)\b|\b(?:it|you|your team|your people|the it team) (?:was|were) ready\b"
    r"|\b(?:their|the [\w-]+'s) (?:side|end|servers?),? (?:not (?:yours|ours|you)|nothing for you)\b|\btheir (?:side|end),"
    r"|\b(?:that's|that is|it's|it is|it was|that was) (?:all )?(?:on|down to) (?:the|their) (?:[\w-]+ ){0,2}?(?:company|firm|provider|platform)\b"
    r"|\bnot (?:about|down to) (?:the )?(?:platform|systems?|it|technology|tech|crm|app|demo|tools?|software)\b|\b(?:the )?(?:systems?|technology|platform|crm) never came up\b"
    r"|\bwhose (?:problem|fault) (?:that|it) was\b|\btheir (?:mess|fault|doing)\b|\bnot (?:ours|yours)\b"
    r"|\b(?:was|is|were|that's|it's|that is|it is)\b[^.;]{1,50}?,?\s*(?:-\s*)?\bnot (?:you|you lot|you guys|your (?:team|people|lot|side|doing)|us|our (?:it|team|side|doing)|it|i\.t\.)\b(?!\s+(?:but|who|that|to|enough|yet|again|for|on))"
    r"|\bnothing (?:you|your team|your people|it|we) could (?:have )?(?:do|done|did)\b|\b(?:annoyed|cross|angry|upset|frustrated|furious|gutted),? (?:but )?not (?:at|with) (?:us|you|it|the it team)\b"
    r"|\bnot (?:an? )?(?:it|i\.t\.|tech|technology|systems?) (?:ones?|problems?|issues?|failures?)\b"
    r"|\b(?:on|down to) (?:their|the) (?:contractor|supplier|vendor|agency|builder|carrier|landlord|electrician|manufacturer|franchisee)\b",
    re.IGNORECASE,
)
# A problem caused by someone else (a contractor, a carrier, the weather) says nothing about IT.
_OTHERS = rf"(?:{OTHERS}|resellers?|wholesalers?|(?:payment |card )?processors?|bureau)"
_THIRD_PARTY_CAUSE = re.compile(
    rf"\b(?:because|after|when|since|due to|caused by|owing to)\b[^.;]{{0,70}}?\b{_OTHERS}\b"
    rf"|\b{_OTHERS}(?:'s|s')?\s+(?:[\w()-]+\s+){{0,3}}?(?:broke|repriced|hasn't|has not|pushed (?:an? |the |their )?(?:[\w-]+ )?(?:update|patch|release|change)|pushed|changed|cut|failed|went down|went bust|hadn't|didn't|caused|ran the wrong|was down|missed|slipped|"
    rf"was late|were late|ran late|delivered late|shipped late|overran|let (?:us|them|her|him|everyone) down)\b"
    rf"|\b\w+'s (?:own )?(?:[\w-]+ )?(?:contractor|electrician|builder|update|firmware|plug-?in|script)\b"
    rf"|\b(?:was|were|is|are) (?:all )?(?:the |their )?(?:[\w-]+ )?{_OTHERS}(?:'s|s')"
    rf"|\b{_OTHERS}(?:'s|s') (?:[\w-]+ )?(?:outage|incident|fault|failure|patch|release|mistake|error|bug|problem)"
    r"|\b(?:the )?(?:root )?cause was (?!(?:us|our|we|my|me|it|i\.t\.|the it)\b)(?![^.;]*\b(?:we|our|us|you|your)\b)",
    re.IGNORECASE,
)
# The partner has forgiven a miss ("we're past it", "don't keep apologising"): it no longer speaks of doubt.
_FORGIVEN = re.compile(
    r"\b(?:(?:we're|we are|i'm|i am|we've|i've) (?:(?:all|well|long) )?(?:past|over|moved on from) (?:it|that|this)"
    r"|(?:don't|do not|no need to|stop|you needn't) (?:keep )?apologi[sz](?:e|ing)|water under the bridge|(?:all )?forgiven"
    r"|(?:that's|it's|that is|it is) (?:all )?(?:behind us|in the past|old news|forgotten|(?:ancient )?history)"
    r"|(?:let's|let us) (?:move on|put (?:it|that) behind us)|forget about (?:it|that)|(?:i've|we've|i have|we have) (?:all )?moved on"
    r"|(?:told|warned) (?:me|us|him|her) early|thanks? (?:you )?for (?:telling|warning|flagging)(?: (?:me|us|him|her|it))? (?:early|before|in advance|ahead)"
    r"|shrug(?:ged|s)? (?:it|that|this) off|laugh(?:ed|s)? (?:it|that|this) off|laughed about (?:it|that)|ancient history"
    r"|(?:said|says) (?:that's|that is|it's|it is) (?:fine|ok|okay|no problem)"
    r"|that's all (?:i|we) ask|moving on|no harm(?: done)?(?! in)|no drama|(?:that's|it's) (?:all )?done with"
    r"|(?:told|warned|rang|called) (?:me|us|him|her) (?:first|before (?:i|we|he|she|they|my|our|his|her|anyone)))\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(?:but|however|though|yet)\b", re.IGNORECASE)
# A miss on the partner's own side ("her team sent the data late", "that one was on us" in the partner's mouth).
_SIDE_PEOPLE = (
    r"(?:[\w-]+ )?(?:team|people|staff|department|managers?|sign-?off|approvals?|data|users|designers?|paralegals?|lawyers?|analysts?|accountants?|porters?|"
    r"planners?|engineers?|review|board|committee|supplier (?:file|list)|file|list)"
)
_PARTNER_SIDE = re.compile(
    r"\b(?:her|his) (?:own )?(?:fault|mistake|doing|side|end)\b"
    rf"|\b(?:her|his|their) (?:own )?{_SIDE_PEOPLE}(?:'s|')?,?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:missed|slipped|was late|were late|ran late|sent [\w ]{0,20}late|delivered [\w ]{0,40}late|forgot|"
    r"held (?:it|us|things) up|holds? up|hadn't|didn't|never|has not|hasn't|had not|have not|haven't|changed [\w ]{0,25}late|"
    r"(?:were|was) (?:busy|tied up|stuck|on another job|(?:\w+ )?(?:days?|weeks?) late))\b"
    rf"|\b(?:that|it|the (?:delay|slip|miss)|this) was (?:on |down to )?(?:her|his|their) (?:own )?{_SIDE_PEOPLE}\b"
    r"|\b(?:waiting|waited) (?:on|for) (?:her|his|their) (?:own )?(?:team|people|staff|sign-?off|approvals?|data|decision)\b",
    re.IGNORECASE,
)
# The speaker owns the miss ("my fault", "on our side"): the partner's side when the partner says it.
_OWN_SIDE = re.compile(
    r"\b(?:my|our) (?:own )?(?:fault|mistake|doing|bad)\b|\b(?:on|from) (?:my|our) (?:side|end)\b|\b(?:on|down to) (?:me|us)\b"
    r"|\b(?:that|it) was (?:my|our) (?:own )?(?:[\w-]+ )?(?:team|people|staff|analysts?|accountants?|lawyers?|planners?|engineers?)\b"
    r"|\b(?:we|i) dropped the ball\b|\b(?:my|our) (?:own )?(?:team|people|staff|department)(?:'s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:missed|slipped|was late|were late|forgot|hadn't|didn't)\b",
    re.IGNORECASE,
)
# The partner says our word holds: "when you say Q2 it's Q2", "you said twelve weeks and it was twelve weeks".
_WORD_KEPT = re.compile(
    r"\bwhen (?:you|your team|they|it) says?,? ([\w -]{1,25}?),? (?:it's|it is|it was|you mean|they mean) \1\b"
    r"|\bsaid ([\w -]{1,25}?),? and (?:it was|it's|they did|you did|it took|we got) \2\b",
    re.IGNORECASE,
)
# The partner does not doubt delivery ("I'm not questioning whether you deliver"): praise, whatever else is asked.
_NOT_DOUBTING = re.compile(
    r"\b(?:not|never) (?:questioning|doubting|worried about|in doubt about) (?:whether |that |if )?(?:you|your team|it|the it team|we) "
    r"(?:can |will |could )?deliver|\b(?:i'm|i am|we're|we are) not (?:questioning|doubting) (?:you|the team|your team|your people|the it team)\b",
    re.IGNORECASE,
)
# The partner picks us over an outside firm ("with you, not an agency", "given it to us instead"): the
# outsider is named only to be turned down, so it is trust, not doubt.
_OUTSIDERS = r"(?:an? |the |any |some )?(?:outside |external )?(?:agenc(?:y|ies)|consultan\w+|vendors?|suppliers?|contractors?|firms?|software house)"
_CHOSE_US = re.compile(
    rf"\b(?:with|to|from|by|for) (?:you|us|your team|your people|our team|it|the it team),? (?:not|rather than|instead of) {_OUTSIDERS}"
    rf"|\b(?:gave|given|give|moved|handed|brought|pulled)\b[^.;]{{0,60}}?\b(?:to|back to) (?:us|you|your team|our team|the it team) instead\b"
    rf"|\b(?:dropped|cancelled|ended|stopped using) (?:the |their |its |his |her )?(?:[\w'-]+ ){{0,3}}?{_OUTSIDERS}"
    rf"|\b(?:rather|sooner) wait\b[^.;]{{0,30}}?\bfor (?:you|us|it|i\.t\.|your (?:team|people)|our team|the it team)\b[^.;]{{0,20}}?\bthan\b"
    rf"|\blet (?:the |their |its |his |her )?(?:[\w'-]+ ){{0,3}}?{_OUTSIDERS}(?:'s?)? (?:[\w-]+ ){{0,3}}?lapse\b",
    re.IGNORECASE,
)
# The partner says our word did not hold: "your people said it was fixed, and it wasn't".
_WORD_BROKEN = re.compile(
    r"\b(?:said|told (?:me|us|them)|promised|telling me)\b[^.;]{0,50}?\b(?:and|but|when) (?:it|they|you|that) "
    r"(?:wasn't|weren't|isn't|aren't|didn't|hadn't|haven't|was not|is not|did not)\b",
    re.IGNORECASE,
)
# Praise of an outside firm's work ("the agency's app is exactly what we needed") is no praise of ours.
_OUTSIDER_PRAISED = re.compile(
    r"\b(?:vendor|agency|consultancy|consultants?|contractor|supplier|software house|start-?up|integrator|studio)(?:'s|s')?\b"
    r"[^.;]{0,40}?\b(?:is|was|are|were|looks?|did)\s+(?:\w+\s+)?(?:an? )?(?:great|fantastic|amazing|brilliant|excellent|superb|outstanding|"
    r"exactly what|just what)",
    re.IGNORECASE,
)
# Events that would count against IT; negated ("we haven't missed a date") they count for it.
_EVENT_DOUBTS = {"late", "delayed", "slipped", "slipping", "missed", "overran", "overan", "failed", "fell over", "gone down", "went down"}

def cue_hits(sentence: str) -> dict[str, list[str]]:
    """Labels whose cues occur in the sentence.

    A negated competence cue flips: a negated praise cue ("never on time") is a doubt, and a
    negated delivery failure ("hasn't missed a date") is praise; other negated cues are dropped.
    A problem the sentence puts down to someone else (`third_party`) or to the partner's own side, or
    one the partner has forgiven, silences the doubts; `own_side` ("my fault") is left to the speaker.
    """
    sentence = " ".join(sentence.split())  # notes are wrapped at any width: a cue may span a line break
    found: dict[str, list[str]] = {}
    bare = _ASIDE.sub("", sentence)  # "offered us (or a deputy of ours) a place": a cue read across a short aside too
    for label, patterns in _COMPILED.items():
        for pattern in patterns:
            for text, match in [(sentence, m) for m in pattern.finditer(sentence)] or [(bare, m) for m in pattern.finditer(bare) if bare != sentence]:
                cue = match.group(0).lower()
                if label in ("doubted", "proven") and _negated(text, match.start()):
                    if label == "proven":
                        found.setdefault("doubted", []).append(f"not {cue}")
                    elif cue in _EVENT_DOUBTS or cue.startswith("let "):
                        found.setdefault("proven", []).append(f"not {cue}")
                    continue
                found.setdefault(label, []).append(cue)
    for match in _NO_PROBLEM.finditer(sentence):
        found.setdefault("proven", []).append(match.group(0).lower())
    language_cues(sentence, found)  # the same kinds of cue in the other languages notes are written in
    for rule in (_WORD_KEPT, _NOT_DOUBTING):
        kept = rule.search(sentence)
        if kept:
            found.setdefault("proven", []).append(kept.group(0).lower())
    broken = _WORD_BROKEN.search(sentence)
    if broken:
        found.setdefault("doubted", []).append(broken.group(0).lower())
    if _OUTSIDER_PRAISED.search(sentence):
        found.pop("proven", None)  # their work praised, not ours
    chose_us = _CHOSE_US.search(sentence)
    if chose_us:
        found.pop("doubted", None)
        found.setdefault("proven", []).append(chose_us.group(0).lower())
    absolved = _ABSOLVED.search(sentence)
    if absolved:
        found.setdefault("proven", []).append(absolved.group(0).lower())
    if _COURTESY.search(sentence) and all(_PRAISE_ONLY_THANKS.match(c) for c in found.get("proven", [])):
        found.pop("proven", None)
        found["courtesy"] = ["courtesy"]
    held = held_to_account(sentence)  # "your vendor, your problem": a third party named, and still held against us
    pinned_on_us = ours(sentence)  # "your release, not the carrier's feed"
    elsewhere = _THIRD_PARTY_CAUSE.search(sentence) or _PARTNER_SIDE.search(sentence) or possessed_by_other(sentence) or third_party_said(sentence)
    if not held and (absolved or (elsewhere and not pinned_on_us)):
        found.pop("doubted", None)
        found["third_party"] = ["someone else's doing"]
    forgiven = _FORGIVEN.search(sentence)
    if forgiven and not held and not _BUT.search(sentence, forgiven.end()):  # "we're past it, but I can't keep explaining" is no pardon
        found.pop("doubted", None)
        found["forgiven"] = ["forgiven"]
    if _OWN_SIDE.search(sentence):
        found["own_side"] = ["the speaker's own side"]
    _read_blame(sentence, found, held, pinned_on_us)
    blame_cues(sentence, found)
    standing_cues(sentence, found)  # IT named as a cost, a miss still carried, joint work at the top, a shared cause
    if "proven" in found and "doubted" not in found and any(_TRUST.fullmatch(c) for c in found["proven"]):
        found["trust"] = ["trust said or shown"]
    return found


def _read_blame(sentence: str, found: dict[str, list[str]], held: str | None, pinned_on_us: bool) -> None:
    """Doubts held against us, sarcastic pardons, and lost sales that name no failure of ours."""
    if held:
        found.setdefault("doubted", []).append(held)
    if pinned_on_us or held:
        found["ours"] = ["pinned on us"]
    if sarcastic(sentence) and ("forgiven" in found or "proven" in found):  # "so forgiven, like the last two times"
        found.pop("forgiven", None)
        found.pop("proven", None)
        found.setdefault("doubted", []).append("sarcastic pardon")
    if lost_sale_not_it(sentence) and "third_party" not in found:
        found.pop("doubted", None)
        found["not_about_it"] = ["a lost sale, not about IT"]


def short_verdict(text: str) -> bool:
    """A piece of a word or two that judges our delivery ("Great work.", "Late again."), not a bare "Thanks."."""
    hits = cue_hits(text)
    return any(not _PRAISE_ONLY_THANKS.match(cue) for label in ("proven", "doubted") for cue in hits.get(label, []))

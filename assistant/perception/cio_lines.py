"""The CIO's own voice in the notes: the one home of its cue lists (session 12 unified them here).

Verdicts, roll calls, worries, ideas, reminders, labelled notes to self, readings and guesses about the partner. The
assessment weighs these lines down or leaves them out; the planner never quotes them as the partner's words, never
reads an ask, offer or goal of the partner in them, and never takes them as evidence of what the partner perceives.
Users: perception/assessment.py, planning/note_reading.cio_voice, planning/situation_round8.cio_reading,
planning/plan_guards.cio_voice, planning/pushback.quoted_by_partner (cio_owned), planning/note_reading.partner_said."""

from __future__ import annotations

import re

# The CIO's own verdict lines ("CIO view: a partner", "Quadrant: bypass risk") are no evidence of the partner's view.
VERDICT_LINE = re.compile(
    r"^\W*(?:cio(?:'s)? (?:view|take|read|assessment|verdict)|my (?:view|take|read|assessment|verdict)|(?:current )?assessment|"
    r"quadrant|competence|dependence|perceptions?|verdict)\s*[:=]",
    re.IGNORECASE,
)
# Who attended a meeting ("Attendees: ...", "Present: ...") says nothing of anyone's view.
ROLL_CALL = re.compile(r"^\W*(?:attendees|present|apologies|participants|invitees|in attendance|cc|to)\s*:", re.IGNORECASE)
# The CIO's own worry ("I fear she thinks we are slow") speaks of the CIO, not of what the partner said.
CIO_WORRY = re.compile(
    r"\b(?:i|we) (?:fear|worry|dread|am worried|'m worried|are worried|am afraid|'m afraid|am concerned|'m concerned|am anxious|'m anxious)\b"
    r"|\bmy (?:fear|worry|concern|anxiety) is\b|\bi(?:'m| am) not sure (?:she|he|they)\b"
    # The CIO's notes to self ("My thought: ...", "Don't oversell it."): a reminder for the meeting, not the partner's view.
    r"|^\W*(?:my (?:thoughts?|thinking|read|hunch|sense|plan|note)|note to self|nb|reminder|to do|todo)\s*[:-]",
    re.IGNORECASE,
)
# The CIO's own idea put to the partner ("I mentioned we could show ..."): what we want, not what the partner expects of IT.
CIO_IDEA = re.compile(r"^(?:[-*•]\s*)?(?:I|We)(?: also| then| again| briefly)? (?:mentioned|said|told (?:him|her|them)|hinted|asked whether)(?: that)? (?:we|IT|my team|our team) could\b",
                      re.IGNORECASE)
# A reminder for the meeting ("Don't reopen the outage", "Don't oversell it"): says nothing of the partner's view on either axis.
REMINDER = re.compile(
    r"^\W*(?:don't|do not|never|be careful not to|careful not to|try not to)\s+(?:over-?sell|over-?promise|promise|mention|raise|reopen|bring up|push|"
    r"forget|lead with|open with|rush|get defensive)\b",
    re.IGNORECASE,
)


# The writer's own reading named as theirs in the other languages the notes come in ("Mijn inschatting:", "Meine
# Einschätzung:", "Mon avis :", "Mi impresión:", "私見："), and the tail that disowns the partner ("niet iets wat hij zei").
_OWN_NOUN = (r"(?:mijn (?:eigen )?(?:gedachte|inschatting|indruk|gevoel|mening|idee|lezing|notitie)|meine? (?:eigene[nr]? )?(?:Einschätzung|Vermutung|"
             r"Eindruck|Gedanke|Meinung|Notiz|Lesart)|mon (?:avis|impression|sentiment|idée)|ma (?:lecture|note|remarque|perception)|"
             r"mi (?:impresión|opinión|lectura|nota|sensación)|(?:la )?mia (?:impressione|opinione|lettura|nota)|私見|所感|私の(?:印象|考え|見立て|メモ))")
_DISOWNED = (r"niet (?:iets )?wat (?:hij|zij|ze) (?:zei|zegt|gezegd heeft)|nicht,? was (?:er|sie) (?:sagte|gesagt hat)|pas ce qu['’](?:il|elle) a dit|"
             r"no (?:es )?lo que (?:él|ella) dijo|non (?:è )?quello che ha detto|(?:彼|彼女)(?:が|の)(?:言った|発言)(?:こと)?では(?:ない|なく)")
# A line the note's writer labels as their own: "My opinion: ...", "Note to self - ...", "[me] ...", "CIO: ...".
# A transcript's stamp ("[01:12] My own view, not hers: ...") or a bullet may come first; "my own <word>" and a tail
# that disowns the partner (", not his", "(not hers)") mark any label as the writer's.
_STAMP = r"^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\]?\W*)?"
WRITER_LABEL = re.compile(
    _STAMP + r"(?:my (?:thoughts?|thinking|notes?|view|take|read|reading|sense|guess|hunch|worry|fear|aim|plan|opinion|impression|feeling|"
    r"instinct|gut|bet|verdict|assessment|comments?|reactions?|annotations?|remarks?|concerns?|doubts?|suspicion|question)"
    r"|my own [a-z]+(?: [a-z]+)?(?:,?\s*\(?not (?:his|hers|theirs|[A-Z][\w'’-]+'s)\)?)?"
    r"|my [a-z]+(?: [a-z]+)?,?\s*\(?not (?:his|hers|theirs|[A-Z][\w'’-]+'s)\)?"
    r"|note to self|notes? (?:for|to) (?:me|myself)|private note|aside|nb|me|cio|" + _OWN_NOUN + r")\s*[\]:：\-–—]",
    re.IGNORECASE,
)
# A section the writer heads as their own ("## My comments", "Notes to self:", "--- CIO annotations ---"): every line
# under it, to the next heading, is the CIO's voice, whoever it names. "My notes" is left out: it heads meeting minutes
# that report the partner's words as often as it heads the CIO's asides.
WRITER_HEADER = re.compile(
    r"^[\s#*_=\-–—\[(]*(?:my (?:own )?(?:comments?|thoughts?|annotations?|remarks?|reactions?|observations?|take|view|read)|"
    r"notes? to (?:self|myself)|cio(?:'s)? (?:comments?|notes?|annotations?|view)|private notes?|annotations?)"
    r"(?:\s*\((?:not (?:his|hers|theirs)|mine|private)[^)]*\))?[\s*_=\-–—\])]*:?\s*$",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+\S|[-=*_]{3,}|\*\*[^*]+\*\*\s*:?\s*$|[A-Z][\w '’-]{1,40}:\s*$)")


def under_writer_header(note_text: str, sentence: str) -> bool:
    """The sentence sits under a heading its writer gave as their own ("My comments", "Notes to self"), before the
    next heading."""
    at = note_text.find(sentence)
    if at < 0:
        return False
    for line in reversed(note_text[:at].splitlines()[-40:]):
        if WRITER_HEADER.match(line):
            return True
        if _HEADING.match(line) and line.strip():
            return False
    return False


def annotation(text: str) -> bool:
    """A line wholly in square brackets ("[Sent it on 29 Sept, no reply]") is the CIO's annotation, not a stamp."""
    line = text.strip()
    return line.startswith("[") and line.rstrip(" .").endswith("]") and not re.match(r"^\[\d{1,2}:\d{2}", line)


def cio_owned(note_text: str, sentence: str) -> bool:
    """The CIO's own line by where it stands: a labelled paragraph, a section headed as theirs, or a bracketed note."""
    return annotation(sentence) or under_writer_label(note_text, sentence) or under_writer_header(note_text, sentence)
# The CIO's own reading of the partner in narration: "I think ...", "my sense", "(my wording, not hers)", "she has not asked".
READING = re.compile(
    r"\b(?:deep down|i think|i suspect|i feel|i believe|i guess|i sense|i imagine|i expect|my sense|my guess|my read|my reading|"
    r"my impression|my hunch|my bet|in my view|my view is|my take|my wording|my words|my phrase|my opinion|in my opinion)\b"
    r"|\bnot (?:hers|his|theirs)\b|" + _OWN_NOUN + "|" + _DISOWNED +
    r"|\b(?:has|have|had)(?:n't| not| never) (?:yet )?(?:asked|said so|raised it|mentioned it)\b|\bnever asked\b|\bwithout (?:being )?asked\b",
    re.IGNORECASE,
)
# The CIO's own voice about the partner, in the sentence's first clause: a guess or opinion ("my take", "I suspect"),
# a worry, a plan ("I'd like to show her ...", "worth showing him ..."), a forecast of what they will do if we fail
# ("if we are slow she'll ..."), or an observation of what they have never done ("he has never asked about ...").
CIO_VOICE = re.compile(
    r"\b(?:my (?:take|read|reading|guess|hunch|sense|view|worry|fear|concern|plan|bet|impression|feeling|thought|thoughts|instinct|gut)|"
    r"i (?:think|suspect|guess|reckon|bet|fear|worry|doubt|sense|imagine|expect|feel|believe|wonder)|"
    r"i(?:'m| am) (?:worried|afraid|not sure|guessing)|note to self|worth (?:showing|trying|asking|offering|raising)|"
    r"i(?:'d| would) (?:like|love|want) to|i (?:want|plan|intend|hope|mean|need) to|(?<!whether )(?<!if )(?:i|we) (?:should|could|might) (?:show|offer|try|bring|pitch)|"
    r"i (?:don't|do not|didn't|did not|can't|cannot) (?:think|believe|expect|see|imagine)|worth (?:watching|noting|a look|keeping an eye on)(?=[\s.!)]*$)|"
    r"^first time (?:she|he|they|[A-Z][\w'’-]+)(?:'s|\s+has|\s+had|\s+have)\s+(?:ever\s+)?(?:asked|said|mentioned|raised))\b"
    r"|\b(?:she|he|they|[A-Z][\w'’-]+)(?:'s|\s+has|\s+have|\s+had)(?:n't|\s+not|\s+never|\s+yet to)(?:\s+(?:once|even|yet|ever|never))?\s+"
    r"(?:ask|mention|raise|said|talk|spoken|shown|use|look|open|repl(?:y|ied)|come back|brought|name|touch)\w*\b"
    r"|(?:^|\b)(?:" + _OWN_NOUN + "|" + _DISOWNED + ")",
    re.IGNORECASE,
)
# A forecast of what they will do if we fail: "if we are slow on Friday she'll hand it to ...", "he'll escalate if we slip".
IF_WE_FAIL = re.compile(
    r"\bif (?:we|i|it|the \w+)\b[^;]*?\b(?:slow|late|slip\w*|miss\w*|fail\w*|drop\w*|don't|do not|can't|cannot|aren't|are not|won't|"
    r"again|delay\w*|overrun\w*|behind)\b",
    re.IGNORECASE,
)
THEY_WILL = re.compile(r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[A-Z][\w'’-]+)(?:'ll|'d|\s+will|\s+would|\s+might|\s+may|\s+could)\b")
REPORTED = re.compile(r"\b(?:said|says|told|offered|promised|agreed|confirmed|wrote|asked (?:us|me|for|whether|if))\b", re.IGNORECASE)


_BULLET_OR_DATE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[./ ]|\d{4}-|[A-Z][a-z]{2,8} \d{1,2}\b|\||#)")


def under_writer_label(note_text: str, sentence: str) -> bool:
    """The sentence sits in a paragraph or bullet its writer labelled as their own ("My opinion: she doesn't trust our
    dates. The only way back is to give her the date she asked for."): every sentence of it is the CIO's voice."""
    at = note_text.find(sentence)
    if at < 0:
        return False
    start = note_text.rfind("\n", 0, at) + 1
    for _ in range(6):  # a hard-wrapped paragraph: back to its first line
        line = note_text[start : note_text.find("\n", start) if "\n" in note_text[start:] else len(note_text)]
        if WRITER_LABEL.match(line):
            return True
        if start == 0 or _BULLET_OR_DATE.match(line):
            return False
        prev = note_text.rfind("\n", 0, start - 1) + 1
        if not note_text[prev : start - 1].strip():
            return False  # a blank line above: the paragraph starts here
        start = prev
    return False


# A keep-out the CIO labels ("Keep out: Sam's remark that ...", "Off limits - the merger"): what not to raise, never
# evidence of the partner's view, even where it quotes someone.
KEEP_OUT = re.compile(r"^\W*(?:keep (?:out|off|away)|off[ -]limits|avoid|don't|do not|not to be raised|no-go)\s*[:\-–—]", re.IGNORECASE)


# A log line, never the partner's words unless it quotes them (plan quotes, "In X's words"): a table row or log cell
# ("| 19-11 | Offer ... | Needs an answer by 4 December |"), a log label ("Action:", "Owner:", "Status:"), a subjectless
# third-person verb of a log ("Needs an answer by ...") or a sentence opening on the partner in the third person.
_QUOTATION = re.compile(r"[\"“][^\"”]{8,}[\"”]")
_LABEL = re.compile(r"^[\W_]*(?:actions?|note to (?:self|myself)|notes?|owner|next steps?|to ?do|decision|status|follow-?ups?|reminder|"
                    r"my (?:view|note|take|read|hunch)|comment|outcome|result|why|cause|context)\s*[:\-–—]", re.IGNORECASE)
_LOG_VERB = re.compile(r"^[\W_]*(?:needs|wants|asked|asks|said|says|thinks|wanted|expects|prefers|agreed|offered|invited|promised|owes|"
                       r"likes|hates|chased|mentioned|called|emailed|e-mailed|rang|seems|sounds|looks|was|is|felt|feels)\b", re.IGNORECASE)
_SHE_HE = re.compile(r"^[\W_]*(?:she|he|they)\b(?!\s*[:,]?\s*[\"“])", re.IGNORECASE)
# The partner named as the subject of a log verb ("Kwabena wants the charge cut"), or a status cell ("Forecast v1 — 3 weeks late").
_NAMED_SUBJECT = re.compile(r"^[\W_]*[A-Z][\w'’-]+\s+(?:wants|wanted|asked|asks|said|says|needs|needed|thinks|expects|prefers|agreed|offered|"
                            r"invited|promised|mentioned|called|chased|complained|likes|hates|feels|felt|seems|was|is)\b")
_STATUS_CELL = re.compile(r"^[\w\s.'’-]{2,40}\s[—–-]\s(?:\d+\s+\w+\s+)?(?:late|early|done|delivered|open|closed|slipped|on time|missed|overdue)\b",
                          re.IGNORECASE)


def table_row(text: str) -> bool:
    return text.lstrip().startswith("|") or text.count(" | ") >= 2


def in_cio_voice(text: str) -> bool:
    """A line with no quotation of theirs that is a log cell, a labelled log line, or narration about the partner."""
    line = re.sub(r"^\W*\d{1,2}:\d{2}(?::\d{2})?\]?\s*", "", " ".join(text.split()))  # "[00:04] ...": a transcript's stamp
    if annotation(line):
        return True  # "[Sent it on 29 Sept]": the CIO's bracketed note, even where it quotes someone
    if _QUOTATION.search(line):
        return False
    return table_row(line) or bool(_LABEL.match(line) or _LOG_VERB.match(line) or _SHE_HE.match(line) or _NAMED_SUBJECT.match(line)
                                   or _STATUS_CELL.match(line))


# The CIO's own planning line ("My purpose: ...", "Agenda: ...", "Next meeting ..."): never an ask, nor evidence of their view.
PLANNING = re.compile(r"\b(?:my |meeting |our )?(?:purpose|agenda|objective|goal for the meeting)\s*:|\bnext (?:meeting|1:1|one-on-one)\b", re.IGNORECASE)

"""The CIO's own lines in the notes that say nothing of the partner's view: verdicts, roll calls, worries, ideas
and reminders to self. The assessment weighs them down or leaves them out."""

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

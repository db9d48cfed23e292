"""The item the meeting is for leads, ahead of an older broken promise (plan round 21).

When the purpose names an open item (their ask, or our promise due ahead) and that item has a line, the one thing is
about it and its line opens the script: a broken promise of ours that the purpose does not name keeps its own line,
second. A coach reads a plan that opens on a side matter as one that missed the meeting.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item
from assistant.planning.voice import when


def purpose_leads(tied: Item | None, broken: list[Item], tied_leads: bool) -> bool:
    """The item the purpose names leads the one thing, not our latest broken promise (unless that promise is the item)."""
    return bool(broken) and tied is not None and tied_leads and tied is not broken[-1]


def tied_line_first(script: list[str], tied: Item | None) -> list[str]:
    """The script with the line about the tied item first: the line that names its day ("On 9 December you asked ...")."""
    if tied is None or tied.date is None or not script:
        return script
    day = when(tied.date)
    at = next((k for k, line in enumerate(script) if day in line.split(".")[0] and "we did not keep" not in line), None)
    if not at:
        return script
    return [script[at], *script[:at], *script[at + 1:]]


_ANSWER_WHAT = re.compile(r"^(?:Answer|Bring what we have on) what (?P<n>.+?) asked on (?P<d>\d{1,2} [A-Z][a-z]+)(?P<rest>[^.(]*?)(?P<ev> \((?:your|our) note:.*\))?\.$")
# What a script line says the ask was for: "You'll have the estimate by ...", "you asked for the benchmark.", "the plan comes by".
_THING = re.compile(r"\bYou'll have (?P<a>(?:the|your|a|an) [\w' -]{2,40}?) (?:by|on|today|at)\b"
                    r"|\byou asked for (?P<b>(?:the|your|a|an) [\w' -]{2,40}?)[.,]"
                    r"|\b(?P<c>[Tt]he [\w-]{3,30}) comes (?:by|today)\b")


def named_ask_goal(one_thing: str, script: list[str]) -> str:
    """"Answer what N asked on D" names no thing: where a line about D's ask names it, the one thing names it too
    ("Bring N the estimate, with one owner, before 15 January.")."""
    match = _ANSWER_WHAT.match(one_thing.strip())
    if not match or match.group("ev"):
        return one_thing  # the note pasted as evidence names the ask already
    for line in script:
        if f"On {match.group('d')}" not in line and f"on {match.group('d')}" not in line:
            continue
        thing = _THING.search(line)
        if thing:
            name = next(g for g in thing.groups() if g)
            name = "the " + name.split(" ", 1)[1] if name.lower().startswith(("a ", "an ")) else name
            return f"Bring {match.group('n')} {name[:1].lower()}{name[1:]}{match.group('rest')}."
    return one_thing


# A line that only says what was asked, with no reply after it ("On 8 January you asked for the benchmark.").
_ASK_ONLY = re.compile(r"^(?:On [^.:]{3,30}|Recently),? you asked (?:for )?(?P<thing>[^.:“]{2,60})\.$")
_ASKED_FOR = re.compile(r"\byou asked (?:for )?(?P<thing>(?:the|your|a|an) [^.:“]{2,60})\.")


def asks_answered(script: list[str]) -> list[str]:
    """The script without a line that names an ask and gives no reply, nor a second line on a thing a line before it
    already answers ("you asked for the benchmark" twice, on two days)."""
    out: list[str] = []
    for line in script:
        if _ASK_ONLY.match(line.strip()):
            continue
        asked = _ASKED_FOR.search(line)
        thing = asked.group("thing").lower() if asked else ""
        if thing and any((m := _ASKED_FOR.search(o)) and m.group("thing").lower() == thing for o in out):
            continue
        out.append(line)
    return out


_STILL_OPEN = re.compile(r"^What you asked (?P<d>on \d{1,2} [A-Z][a-z]+|recently) is still open\.")
_THING_WORD = re.compile(r"\b(?:estimate|benchmark|breakdown|quote|costing|report|paper|summary|comparison|analysis|proposal|forecast|"
                         r"case|one-pager|slides|deck|figures|options|list|plan|inventory|price|number|date|draft|view|position)s?$", re.IGNORECASE)


def ask_named(line: str, item: str) -> str:
    """"What you asked on D is still open." names nothing: said with the purpose's own name for the ask
    ("On D you asked for the routing-engine estimate."), the reply after it kept."""
    match = _STILL_OPEN.match(line)
    if not match or not re.match(r"(?:the|your|his|her|their|our|a|an)\s+\S", item or ""):
        return line  # only a thing named as one ("the engineer secondment"), never a clause of the purpose
    day = match.group("d")
    head = f"{day[:1].upper()}{day[1:]}" if day.startswith("on") else "Recently"
    verb = "for" if _THING_WORD.search(item) else "about"
    name = re.sub(r"\b(?:his|her|their)\s+", "your ", item)  # "the slot on her floor": said to her, "your floor"
    return f"{head} you asked {verb} {name}.{line[match.end():]}"

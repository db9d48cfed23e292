"""One clause of the meeting's purpose: a thing the meeting does, read by purpose_cover and turned into an outcome."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    text: str  # the clause as the CIO typed it, verb first in its base form ("confirm the access points are finished")
    items: tuple[str, ...]  # its things (purpose_anchor.purpose_items), or the words after its verb
    aim: bool = False  # the part before "by ...": the meeting's aim, said in the one thing only

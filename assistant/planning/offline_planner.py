"""The offline planner: composes a plan from the playbooks, the coaching material and the partner's situation."""

from __future__ import annotations

from assistant.planning.composer import Composer
from assistant.planning.planner import PlanInput, Retriever
from assistant.planning.playbooks import Playbook, ValueFrames
from assistant.schema import Plan


class OfflinePlanner:
    def __init__(self, playbooks: dict[str, Playbook], frames: ValueFrames, retrieve: Retriever | None = None):
        self._playbooks = playbooks
        self._frames = frames
        self._retrieve = retrieve

    def plan(self, inp: PlanInput) -> Plan:
        return Composer(inp, self._playbooks, self._frames, self._retrieve).compose()

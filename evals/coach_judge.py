"""Optional LLM judge that applies the coach rubric (prompts/judge_coach_rubric_v1.md) to one plan,
and its agreement with the reviewers, reported like the automatic scores'.

    python -m evals.coach_judge          # skipped with a message unless COACH_LLM=openai

Second to the deterministic scorers: trust it only as far as its agreement with the reviewers.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from assistant.paths import PROMPTS_DIR
from assistant.settings import Settings
from evals.coach_scorers.dimensions import DIMENSIONS
from evals.judge import JudgeUnavailable, make_client, render_prompt

COACH_JUDGE_PROMPT = PROMPTS_DIR / "judge_coach_rubric_v1.md"
SKIPPED = "LLM judge skipped: set COACH_LLM=openai with an OpenAI-compatible endpoint (base URL, key, model) to run it."


def parse_scores(reply: str) -> dict[str, Any] | None:
    """The six 1-5 scores (and reasons) from the judge's reply, or None when it gave no valid set."""
    match = re.search(r"\{.*\}", reply, re.DOTALL)
    try:
        data = json.loads(match.group(0)) if match else {}
    except json.JSONDecodeError:
        return None
    try:
        scores = {d: int(data[d]) for d in DIMENSIONS}
    except (KeyError, TypeError, ValueError):
        return None
    if not all(1 <= v <= 5 for v in scores.values()):
        return None
    return {**scores, "reasons": data.get("reasons") or {}}


class RubricJudge:
    def __init__(self, client: Any, model: str, prompt_path: Path = COACH_JUDGE_PROMPT):
        self._client, self._model = client, model
        self._template = prompt_path.read_text(encoding="utf-8")

    @classmethod
    def from_settings(cls, settings: Settings) -> RubricJudge:
        return cls(make_client(settings), settings.model)

    def score(self, notes: str, purpose: str, value_statement: str, plan_md: str) -> dict[str, Any] | None:
        prompt = render_prompt(self._template, notes=notes, purpose=purpose,
                               value_statement=value_statement or "(none on file)", plan=plan_md)
        response = self._client.chat.completions.create(
            model=self._model, messages=[{"role": "user", "content": prompt}], temperature=0.0)
        return parse_scores(response.choices[0].message.content or "")


def judge_agreement(rows: list[dict[str, Any]], judge: RubricJudge) -> dict[str, Any]:
    """Spearman of the judge's scores against the reviewers' mean, per dimension and for the mean."""
    from evals.calibrate import _scenarios, reviewer_mean, spearman

    scenarios = _scenarios()
    got: dict[str, dict[str, Any]] = {}
    for r in rows:
        s = scenarios[r["notes_file"]]
        result = judge.score(s.notes, r["purpose"], s.value_statement, r["plan_md"])
        if result is not None:
            got[r["plan_id"]] = result
    judged = [r for r in rows if r["plan_id"] in got]
    table: dict[str, Any] = {"judged": len(judged), "unparsed": len(rows) - len(judged)}
    for dim in (*DIMENSIONS, "mean"):
        auto = [sum(got[r["plan_id"]][d] for d in DIMENSIONS) / 6 if dim == "mean" else got[r["plan_id"]][dim] for r in judged]
        table[dim] = spearman(auto, [reviewer_mean(r, dim) for r in judged])
    return table


def main() -> int:
    from evals.calibrate import load_rated

    try:
        judge = RubricJudge.from_settings(Settings())
    except JudgeUnavailable:
        print(SKIPPED)
        return 0
    print(json.dumps(judge_agreement(load_rated(), judge), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

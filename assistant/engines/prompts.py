"""Prompt files, rendered by one strict loader that fails on a missing variable."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import ConfigError
from assistant.paths import PROMPTS_DIR

_FIELD = re.compile(r"\{([a-z_]+)\}")


def render_prompt(name: str, folder: Path = PROMPTS_DIR, **values: str) -> str:
    path = folder / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"The prompt file {path} is missing.")
    template = path.read_text(encoding="utf-8")
    missing = sorted(set(_FIELD.findall(template)) - set(values))
    if missing:
        raise ConfigError(f"Prompt {name} needs values for: {', '.join(missing)}")
    return _FIELD.sub(lambda m: values[m.group(1)], template)

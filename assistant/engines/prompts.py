"""Prompt files, rendered by one strict loader that fails on a missing variable.

Values are data (notes, excerpts, transcripts): each is inserted with every tag-like "<" turned into
"&lt;", so no value can close the fence it sits in (`</notes>`) or open a new one (`<system>`).
Values the code fences itself (chat sources) are built with `fence`, which escapes their text.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from assistant.errors import ConfigError
from assistant.paths import PROMPTS_DIR

_FIELD = re.compile(r"\{([a-z_]+)\}")
_TAG_START = re.compile(r"<(?=\s*/?\s*[A-Za-z!?])")  # "<notes>", "</ source>", "<!--": never "x < 5"


def escape_fences(text: str) -> str:
    """Text that cannot open or close a tag: each tag-like "<" becomes "&lt;" (other characters are kept verbatim)."""
    return _TAG_START.sub("&lt;", text)


def fence(tag: str, text: str, **attributes: object) -> str:
    """`<tag a="...">text</tag>` with the text and the attribute values escaped."""
    attrs = "".join(f' {key}="{escape_fences(str(value)).replace(chr(34), "&quot;")}"' for key, value in attributes.items())
    return f"<{tag}{attrs}>{escape_fences(text)}</{tag}>"


def render_prompt(name: str, folder: Path = PROMPTS_DIR, fenced: Collection[str] = (), **values: str) -> str:
    """The prompt file with `{field}`s filled in one pass; values not named in `fenced` are escaped first."""
    path = folder / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"The prompt file {path} is missing.")
    template = path.read_text(encoding="utf-8")
    missing = sorted(set(_FIELD.findall(template)) - set(values))
    if missing:
        raise ConfigError(f"Prompt {name} needs values for: {', '.join(missing)}")
    safe = {key: value if key in fenced else escape_fences(value) for key, value in values.items()}
    return _FIELD.sub(lambda m: safe[m.group(1)], template)

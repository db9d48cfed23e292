"""Where the project's data folders live (the repository root when run from source)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
PLAYBOOK_DIR = KNOWLEDGE_DIR / "playbooks"
PROMPTS_DIR = PROJECT_ROOT / "prompts"
DEMO_DIR = PROJECT_ROOT / "demo"
DATA_PACKAGE_DIR = PACKAGE_DIR / "data"


def relative_to_root(path: Path) -> str:
    """A repository-relative path (posix) where possible, for citations."""
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()

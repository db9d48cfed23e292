"""Coaching material: markdown documents with YAML front matter, split by heading."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import yaml

from assistant.paths import relative_to_root

REQUIRED_FIELDS = ("title", "summary", "topics")
MAX_CHUNK_WORDS = 170


@dataclass
class KnowledgeDoc:
    path: Path
    ref: str
    title: str
    summary: str
    topics: list[str]
    quadrants: list[str]
    dependence: list[str]
    axis: str
    body: str
    digest: str


@dataclass
class KnowledgeChunk:
    id: str
    text: str
    ref: str
    heading: str
    metadata: dict[str, str | int] = field(default_factory=dict)


@dataclass
class LoadReport:
    docs: list[KnowledgeDoc] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    raise ValueError(f"expected a list, got {type(value).__name__}")


def load_doc(path: Path) -> KnowledgeDoc:
    """Parse one document; raises ValueError with a readable reason."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError("not UTF-8 text") from exc
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"malformed front matter ({str(exc).splitlines()[0]})") from exc
    meta = post.metadata
    missing = [f for f in REQUIRED_FIELDS if not meta.get(f)]
    if missing:
        raise ValueError(f"front matter lacks {', '.join(missing)}")
    if not post.content.strip():
        raise ValueError("the document has no body")
    return KnowledgeDoc(
        path=path,
        ref=relative_to_root(path),
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        topics=_as_list(meta.get("topics")),
        quadrants=_as_list(meta.get("quadrants")) or ["all"],
        dependence=_as_list(meta.get("dependence")) or ["all"],
        axis=str(meta.get("axis") or "both"),
        body=post.content,
        digest=hashlib.sha256(raw).hexdigest(),
    )


def load_knowledge(folder: Path) -> LoadReport:
    """Every *.md under folder (playbooks excluded); bad files are reported, not fatal."""
    report = LoadReport()
    if not folder.is_dir():
        report.problems.append(f"{folder}: the knowledge folder does not exist")
        return report
    for path in sorted(folder.rglob("*.md")):
        if "playbooks" in path.relative_to(folder).parts or path.name.lower() == "readme.md":
            continue
        try:
            report.docs.append(load_doc(path))
        except (ValueError, OSError) as exc:
            report.problems.append(f"{relative_to_root(path)}: {exc} (skipped)")
    return report


def _sections(body: str) -> list[tuple[str, str]]:
    """(heading, text) pairs; text before the first ## goes under the title heading."""
    parts: list[tuple[str, str]] = []
    heading = ""
    lines: list[str] = []
    for line in body.splitlines():
        match = re.match(r"^(#{1,3})\s+(.*)$", line)
        if match:
            if "\n".join(lines).strip():
                parts.append((heading, "\n".join(lines).strip()))
            heading = match.group(2).strip()
            lines = []
        else:
            lines.append(line)
    if "\n".join(lines).strip():
        parts.append((heading, "\n".join(lines).strip()))
    return parts


def split_words(text: str, limit: int = MAX_CHUNK_WORDS) -> list[str]:
    """Split on paragraphs, packing them into pieces of at most `limit` words."""
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for para in [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]:
        words = para.split()
        while len(words) > limit:  # a single huge paragraph
            if current:
                pieces.append("\n\n".join(current))
                current, count = [], 0
            pieces.append(" ".join(words[:limit]))
            words = words[limit:]
        para = " ".join(words) if len(words) != len(para.split()) else para
        if count + len(words) > limit and current:
            pieces.append("\n\n".join(current))
            current, count = [], 0
        if words:
            current.append(para)
            count += len(words)
    if current:
        pieces.append("\n\n".join(current))
    return pieces


IN_SHORT_HEADING = "In short"


def in_short(doc: KnowledgeDoc) -> str:
    """The document's "In short" section: its own answer to its main question ("" when it has none)."""
    return _in_short(_sections(doc.body))


def _in_short(sections: list[tuple[str, str]]) -> str:
    return next((text for heading, text in sections if heading.lower() == IN_SHORT_HEADING.lower()), "")


def chunk_doc(doc: KnowledgeDoc) -> list[KnowledgeChunk]:
    chunks: list[KnowledgeChunk] = []
    sections = _sections(doc.body)
    summary = _in_short(sections)  # travels with every chunk, so a hit anywhere in the document can bring its answer along
    for heading, text in sections:
        heading = heading or doc.title
        for piece in split_words(text):
            index = len(chunks)
            chunks.append(
                KnowledgeChunk(
                    id=f"{doc.ref}#{index}",
                    text=f"{doc.title} — {heading}\n{piece}",
                    ref=f"{doc.ref}#{heading}",
                    heading=heading,
                    metadata={
                        "kind": "knowledge",
                        "doc": doc.ref,
                        "ref": f"{doc.ref}#{heading}",
                        "title": doc.title,
                        "heading": heading,
                        "digest": doc.digest,
                        "quadrants": ",".join(doc.quadrants),
                        "dependence": ",".join(doc.dependence),
                        "axis": doc.axis,
                        **({"in_short": summary} if summary else {}),
                    },
                )
            )
    return chunks

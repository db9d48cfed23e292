"""Team consistency check: how consistently staff state the value of technology, and how
well their answers match the CIO's value statement (perception model, move 5).

Similarities come from the offline MiniLM embedder and are calibrated to 0-100, where 0 is
what unrelated sentences score and 100 what paraphrases score (see themes.py).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assistant.errors import InputError
from assistant.planning.value_traps import check_value_traps
from assistant.value_statement import themes as themes_mod
from assistant.value_statement.report import Actions, AnswerRow, AnswerTime, ConsistencyReport, StaffAnswerIn, Theme

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
TEXT_COLUMNS = ("answer", "response", "text", "value")
NAME_COLUMNS = ("respondent", "name")
ROLE_COLUMNS = ("role",)
TIME_COLUMNS = ("seconds", "time", "duration")
SLOW_SECONDS = 180.0
NOT_ENGLISH = "not in English: compared by meaning, but check by hand"

Embed = Callable[[Sequence[str]], np.ndarray]


# --- CSV input ----------------------------------------------------------------


def _read_bytes(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"The file {path} does not exist.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"The file {path.name} is over 5 MB; split it or keep only the answer column.")
        data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise InputError("The file is over 5 MB; split it or keep only the answer column.")
    return data


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    raise InputError("The file could not be read as text (tried UTF-8 and Windows-1252); save it as CSV UTF-8.")


def _find_column(header: list[str], names: Sequence[str]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    return next((lowered.index(n) for n in names if n in lowered), None)


def _parse_seconds(raw: str) -> float | None:
    raw = raw.strip()
    if re.fullmatch(r"\d+:\d{1,2}", raw):  # m:ss
        minutes, secs = raw.split(":")
        return int(minutes) * 60.0 + int(secs)
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        return None
    return value if value >= 0 else None


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def load_answers_csv(source: str | Path | bytes) -> list[StaffAnswerIn]:
    """Read staff answers from a CSV (a path or the uploaded bytes)."""
    text = _decode(_read_bytes(source))
    if not text.strip():
        raise InputError("The file is empty: it needs a header row and one answer per row.")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    header, body = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    text_col = _find_column(header, TEXT_COLUMNS)
    if text_col is None:
        found = ", ".join(f"'{h.strip()}'" for h in header if h.strip()) or "none"
        accepted = ", ".join(TEXT_COLUMNS)
        raise InputError(f"No answer column found. Columns in the file: {found}. Name the answer column one of: {accepted}.")
    if len(body) > MAX_ROWS:
        raise InputError(f"The file has {len(body):,} rows; the limit is {MAX_ROWS:,} answers.")
    name_col, role_col = _find_column(header, NAME_COLUMNS), _find_column(header, ROLE_COLUMNS)
    time_col = _find_column(header, TIME_COLUMNS)
    answers = [
        StaffAnswerIn(
            answer=_cell(row, text_col),
            respondent=_cell(row, name_col) or None,
            role=_cell(row, role_col) or None,
            seconds=_parse_seconds(_cell(row, time_col)) if _cell(row, time_col) else None,
        )
        for row in body
        if _cell(row, text_col)
    ]
    if not answers:
        raise InputError(f"The column '{header[text_col].strip()}' has no answers in it.")
    return answers


# --- report -------------------------------------------------------------------


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _distinct(answers: Sequence[StaffAnswerIn]) -> tuple[list[str], list[int], list[int | None]]:
    """Distinct texts, each row's index into them, and each row's first identical row (or None)."""
    texts: list[str] = []
    seen: dict[str, tuple[int, int]] = {}  # normalised text -> (first row, distinct index)
    row_to_distinct: list[int] = []
    duplicate_of: list[int | None] = []
    for i, item in enumerate(answers):
        key = _normalise(item.answer)
        if key not in seen:
            seen[key] = (i, len(texts))
            texts.append(item.answer.strip())
        first, distinct = seen[key]
        duplicate_of.append(first if first != i else None)
        row_to_distinct.append(distinct)
    return texts, row_to_distinct, duplicate_of


def band(score: float) -> str:
    return "scattered" if score < 40 else "partly shared" if score <= 70 else "shared"


_BAND_MEANING = {
    "scattered": "each person describes a different value",
    "partly shared": "people share part of the value but describe it in different ways",
    "shared": "your team describes the same value",
}


def explain(score: int) -> str:
    return (
        "On a 0-100 scale where 0 is what unrelated sentences score and 100 is what paraphrases of one "
        f"sentence score, your team's answers score {score}: {_BAND_MEANING[band(score)]}."
    )


def _answer_time(answers: Sequence[StaffAnswerIn]) -> AnswerTime | None:
    seconds = np.array([a.seconds for a in answers if a.seconds is not None], dtype=float)
    if not len(seconds):
        return None
    return AnswerTime(
        timed=len(seconds),
        median_s=round(float(np.median(seconds)), 1),
        p90_s=round(float(np.percentile(seconds, 90)), 1),
        over_3_min=int((seconds > SLOW_SECONDS).sum()),
    )


def _row_flags(row: AnswerRow) -> list[str]:
    flags = [f"value trap: {t.phrase}" for t in row.traps if t.kind != "jargon"]
    if row.jargon:
        flags.append("jargon: " + ", ".join(t.phrase for t in row.traps if t.kind == "jargon"))
    if row.outlier:
        flags.append("outlier: far from the other answers")
    if row.language:
        flags.append(NOT_ENGLISH)
    if row.duplicate_of is not None:
        flags.append(f"identical to answer {row.duplicate_of + 1}")
    if row.seconds is not None and row.seconds > SLOW_SECONDS:
        flags.append("took over 3 minutes")
    return flags


def _themes(texts: list[str], vectors: np.ndarray, row_to_distinct: list[int], rows: list[AnswerRow]) -> list[Theme]:
    """Cluster distinct answers, then count rows (duplicates included) per theme."""
    out: list[Theme] = []
    clusters = themes_mod.cluster(vectors)
    by_distinct: dict[int, list[AnswerRow]] = {}
    for row in rows:
        by_distinct.setdefault(row_to_distinct[row.index], []).append(row)
    for theme_id, (members, label) in enumerate(zip(clusters, themes_mod.labels(texts, clusters), strict=True)):
        member_rows = sorted((r for m in members for r in by_distinct[m]), key=lambda r: r.index)
        aligned = [r.alignment for r in member_rows if r.alignment is not None]
        trapped = sum(bool(r.traps) for r in member_rows)
        for r in member_rows:
            r.theme, r.theme_id = label, theme_id
        centre = vectors[members].mean(axis=0)
        example = texts[members[int(np.argmax(vectors[members] @ centre))]]
        out.append(Theme(
            id=theme_id, label=label, size=len(member_rows), share=round(len(member_rows) / len(rows), 3),
            alignment=round(sum(aligned) / len(aligned)) if aligned else None, example=example,
            it_centric=themes_mod.is_it_centric(label) or trapped / len(member_rows) >= 0.5,
            trap_share=round(trapped / len(member_rows), 3), members=[r.index for r in member_rows],
        ))
    return sorted(out, key=lambda t: (-t.size, t.id))


def _clean(answers: Sequence[StaffAnswerIn]) -> list[StaffAnswerIn]:
    kept = [a for a in answers if a.answer and a.answer.strip()]
    if not kept:
        raise InputError("No answers to compare: collect at least two written answers from your staff.")
    return kept


def build_report(answers: Sequence[StaffAnswerIn], statement: str, embed: Embed | None = None) -> ConsistencyReport:
    """Score consistency, alignment with the statement, themes, flags and next actions."""
    answers = _clean(answers)
    if embed is None:
        from assistant.retrieval.embeddings import shared_embedder

        embed = shared_embedder().embed
    statement = (statement or "").strip()
    texts, row_to_distinct, duplicate_of = _distinct(answers)
    vectors = np.asarray(embed(texts + ([statement] if statement else [])), dtype=np.float32)
    answer_vecs = vectors[: len(texts)]
    alignments = [themes_mod.calibrate(float(s)) for s in answer_vecs @ vectors[-1]] if statement else None
    messages: list[str] = []
    score: int | None = None
    if len(answers) < 2:
        messages.append("The consistency score needs at least two answers; only alignment with the statement is shown.")
        to_others, outliers = np.full(len(texts), np.nan), np.zeros(len(texts), dtype=bool)
        explanation = "One answer cannot show consistency: the test needs at least two answers."
    elif len(texts) < 2:
        score, to_others, outliers = 100, np.full(1, np.nan), np.zeros(1, dtype=bool)
        messages.append(f"All {len(answers)} answers are word for word the same: check they were written independently.")
        explanation = explain(score)
    else:
        mean_sim, to_others = themes_mod.pairwise(answer_vecs)
        score, outliers = round(themes_mod.calibrate(mean_sim)), themes_mod.outliers(to_others)
        explanation = explain(score)
    rows = [_row(i, a, row_to_distinct[i], duplicate_of[i], alignments, to_others, outliers) for i, a in enumerate(answers)]
    duplicates = sum(d is not None for d in duplicate_of)
    if duplicates:
        messages.append(f"{duplicates} duplicate answer(s), identical to an earlier one: counted once for the score, "
                        "kept in the rows.")
    if not statement:
        messages.append("No value statement given: alignment with the statement is not measured.")
    themes = _themes(texts, answer_vecs, row_to_distinct, rows)
    for row in rows:
        row.flags = _row_flags(row)
    aligned = [r.alignment for r in rows if r.alignment is not None]
    timing = _answer_time(answers)
    report = ConsistencyReport(
        statement=statement, answer_count=len(answers), distinct_count=len(texts), duplicate_count=duplicates,
        consistency_score=score, consistency_band=band(score) if score is not None else None,
        explanation=explanation, mean_alignment=round(sum(aligned) / len(aligned)) if aligned else None,
        rows=rows, themes=themes, answer_time=timing, actions=Actions([], [], []), messages=messages,
        calibration={"floor": themes_mod.SIMILARITY_FLOOR, "ceiling": themes_mod.SIMILARITY_CEILING},
    )
    reinforce, retire, guide = themes_mod.build_actions(report)
    report.actions = Actions(reinforce=reinforce, retire=retire, discussion_guide=guide)
    return report


def _row(
    index: int, item: StaffAnswerIn, distinct: int, duplicate: int | None,
    alignments: list[float] | None, to_others: np.ndarray, outliers: np.ndarray,
) -> AnswerRow:
    traps = check_value_traps(item.answer)
    similarity = to_others[distinct]
    return AnswerRow(
        index=index, answer=item.answer.strip(), respondent=item.respondent, role=item.role, seconds=item.seconds,
        alignment=round(alignments[distinct]) if alignments is not None else None,
        similarity_to_others=None if np.isnan(similarity) else round(themes_mod.calibrate(float(similarity))),
        theme="", theme_id=-1, outlier=bool(outliers[distinct]), traps=traps,
        jargon=any(t.kind == "jargon" for t in traps), language=themes_mod.detect_language(item.answer),
        duplicate_of=duplicate,
    )


# --- markdown -----------------------------------------------------------------


def _cell_text(text: str, limit: int = 90) -> str:
    text = re.sub(r"\s+", " ", text).strip().replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _na(value: object) -> str:
    return "–" if value is None else str(value)


def render_markdown(report: ConsistencyReport) -> str:
    """The report as Markdown, for the CLI, a download or a coach."""
    score = "–" if report.consistency_score is None else f"{report.consistency_score}/100 ({report.consistency_band})"
    lines = ["# Team consistency check", "", f"**Consistency:** {score}  ", report.explanation, ""]
    lines += [f"Answers: {report.answer_count} ({report.distinct_count} distinct). "
              f"Mean alignment with the value statement: {_na(report.mean_alignment)}/100.", ""]
    lines += [f"> {m}" for m in report.messages] + ([""] if report.messages else [])
    lines += ["## Themes", "", "| theme | answers | share | alignment | example |", "|---|---|---|---|---|"]
    lines += [f"| {_cell_text(t.label, 50)}{' (IT-centric)' if t.it_centric else ''} | {t.size} | "
              f"{round(t.share * 100)}% | {_na(t.alignment)} | {_cell_text(t.example, 70)} |" for t in report.themes]
    sections = [("Reinforce", report.actions.reinforce), ("Retire", report.actions.retire),
                ("Discussion guide for the next staff meeting", report.actions.discussion_guide)]
    for title, items in sections:
        if items:
            lines += ["", f"## {title}", ""] + [f"- {item}" for item in items]
    if report.answer_time:
        t = report.answer_time
        lines += ["", "## Answer time", "", f"Median {t.median_s:.0f}s, 90th percentile {t.p90_s:.0f}s, "
                  f"{t.over_3_min} of {t.timed} over 3 minutes."]
    lines += ["", "## Answers", "", "| # | answer | alignment | theme | flags |", "|---|---|---|---|---|"]
    lines += [f"| {r.index + 1} | {_cell_text(r.answer)} | {_na(r.alignment)} | {_cell_text(r.theme, 40)} | "
              f"{_cell_text('; '.join(r.flags), 120)} |" for r in report.rows]
    return "\n".join(lines) + "\n"

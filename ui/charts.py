"""Altair charts: the perception map, assessment history, consistency themes.

Only placement on the map happens here (levels to coordinates); the levels come from the core.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import altair as alt
import pandas as pd

from assistant.schema import QUADRANT_LABELS

DEPENDENCE_X = {"T": 0.0, "I": 1.0, "BT": 2.0, "unknown": -0.75}
COMPETENCE_Y = {"doubted": 0.0, "proven": 1.0, "unknown": 0.5}
QUADRANT_COLOURS = {
    "Cost centre": "#c0392b",
    "Utility": "#2e86c1",
    "Bypass risk": "#e67e22",
    "Partner": "#27ae60",
    "Unknown": "#95a5a6",
}
_REGIONS = [
    # label, x0, x1, y0, y1
    ("Cost centre", -0.5, 0.5, -0.5, 0.5),
    ("Utility", -0.5, 0.5, 0.5, 1.5),
    ("Bypass risk", 0.5, 2.5, -0.5, 0.5),
    ("Partner", 0.5, 2.5, 0.5, 1.5),
]


def _jitter(partner_id: int, salt: str) -> float:
    """A small, stable offset per partner so that points on the same level do not overlap."""
    return ((zlib.crc32(f"{partner_id}-{salt}".encode()) % 1000) / 1000 - 0.5) * 0.5


def place(partner_id: int, dependence: str, competence: str) -> tuple[float, float]:
    x = DEPENDENCE_X.get(dependence, -0.75) + _jitter(partner_id, "x") * (0.3 if dependence == "unknown" else 1)
    y = COMPETENCE_Y.get(competence, 0.5) + _jitter(partner_id, "y") * 1.2
    return x, y


def perception_map(points: pd.DataFrame, trails: pd.DataFrame | None = None) -> alt.Chart:
    """points: partner_id, name, dependence, competence, quadrant, confidence.
    trails: partner_id, name, step, date, dependence, competence."""
    x_scale = alt.Scale(domain=[-1.0, 2.5], nice=False)
    y_scale = alt.Scale(domain=[-0.5, 1.5], nice=False)
    axis_x = alt.Axis(values=[-0.75, 0, 1, 2], labelExpr="datum.value == 0 ? 'T' : datum.value == 1 ? 'I' : datum.value == 2 ? 'BT' : '?'",
                      title="Perceived dependence on technology (T → I → BT)", grid=False)
    axis_y = alt.Axis(values=[0, 1], labelExpr="datum.value == 0 ? 'doubted' : 'proven'", title="Perceived competence", grid=False)
    colour = alt.Color(
        "quadrant_label:N", title="Quadrant",
        scale=alt.Scale(domain=list(QUADRANT_COLOURS), range=list(QUADRANT_COLOURS.values())),
    )
    regions = pd.DataFrame(
        [{"label": label, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "lx": x0 + 0.05, "ly": y1 - 0.07} for label, x0, x1, y0, y1 in _REGIONS]
    )
    background = alt.Chart(regions).mark_rect(opacity=0.08).encode(
        x=alt.X("x0:Q", scale=x_scale, axis=axis_x), x2="x1:Q", y=alt.Y("y0:Q", scale=y_scale, axis=axis_y), y2="y1:Q",
        color=alt.Color("label:N", scale=alt.Scale(domain=list(QUADRANT_COLOURS), range=list(QUADRANT_COLOURS.values())), legend=None),
    )
    labels = alt.Chart(regions).mark_text(align="left", baseline="top", fontSize=14, fontWeight="bold", opacity=0.45).encode(
        x="lx:Q", y="ly:Q", text="label:N"
    )
    unknown_band = alt.Chart(pd.DataFrame([{"x0": -1.0, "x1": -0.5, "y0": -0.5, "y1": 1.5, "label": "dependence unknown"}])).mark_rect(
        color="#95a5a6", opacity=0.06
    ).encode(x="x0:Q", x2="x1:Q", y="y0:Q", y2="y1:Q")
    layers: list[alt.Chart] = [background, unknown_band, labels]
    if trails is not None and not trails.empty:
        layers.append(
            alt.Chart(trails).mark_line(strokeDash=[4, 3], opacity=0.5, point=alt.OverlayMarkDef(size=18, opacity=0.5)).encode(
                x=alt.X("x:Q", scale=x_scale, axis=axis_x), y=alt.Y("y:Q", scale=y_scale, axis=axis_y), detail="name:N", order="step:Q",
                color=alt.value("#7f8c8d"),
                tooltip=[alt.Tooltip("name:N", title="Partner"), alt.Tooltip("date:N", title="As of"),
                         alt.Tooltip("dependence:N"), alt.Tooltip("competence:N")],
            )
        )
    layers.append(
        alt.Chart(points).mark_circle(size=220, opacity=0.9, stroke="white", strokeWidth=1.5).encode(
            x=alt.X("x:Q", scale=x_scale, axis=axis_x), y=alt.Y("y:Q", scale=y_scale, axis=axis_y), color=colour,
            tooltip=[alt.Tooltip("name:N", title="Partner"), alt.Tooltip("role:N"), alt.Tooltip("quadrant_label:N", title="Quadrant"),
                     alt.Tooltip("dependence:N"), alt.Tooltip("competence:N"), alt.Tooltip("confidence:Q", format=".0%")],
        )
    )
    layers.append(
        alt.Chart(points).mark_text(align="left", dx=10, dy=-8, fontSize=11).encode(
            x=alt.X("x:Q", scale=x_scale, axis=axis_x), y=alt.Y("y:Q", scale=y_scale, axis=axis_y), text="short:N"
        )
    )
    return (
        alt.layer(*layers)
        .resolve_scale(color="independent")
        .properties(height=430)
    )


def map_points(rows: Sequence[object]) -> pd.DataFrame:
    """Portfolio rows (PortfolioRow) to map coordinates."""
    data = []
    for r in rows:
        x, y = place(r.partner_id, r.dependence, r.competence)  # type: ignore[attr-defined]
        data.append({
            "partner_id": r.partner_id, "name": r.name, "short": r.name.split(" ")[0], "role": r.role,  # type: ignore[attr-defined]
            "dependence": r.dependence, "competence": r.competence, "confidence": r.confidence,  # type: ignore[attr-defined]
            "quadrant_label": QUADRANT_LABELS.get(r.quadrant, r.quadrant), "x": x, "y": y,  # type: ignore[attr-defined]
        })
    return pd.DataFrame(data)


def trail_points(partner_id: int, name: str, trail: list[dict[str, object]], final: tuple[float, float]) -> list[dict[str, object]]:
    """One partner's dated assessments as map coordinates, ending at the current point."""
    out = []
    for step, point in enumerate(trail):
        x, y = place(partner_id, str(point["dependence"]), str(point["competence"]))
        out.append({"partner_id": partner_id, "name": name, "step": step, "date": point["date"],
                    "dependence": point["dependence"], "competence": point["competence"], "x": x, "y": y})
    out.append({"partner_id": partner_id, "name": name, "step": len(trail), "date": "now", "dependence": "", "competence": "",
                "x": final[0], "y": final[1]})
    return out


LEVEL_Y = {"T": 0, "I": 1, "BT": 2, "doubted": 0, "proven": 1}


def history_chart(history: pd.DataFrame) -> alt.Chart:
    """history: when, axis, level (T/I/BT or doubted/proven)."""
    data = history.assign(value=history["level"].map(LEVEL_Y))
    data = data.dropna(subset=["value"])
    return (
        alt.Chart(data).mark_line(point=True, interpolate="step-after").encode(
            x=alt.X("when:T", title="Assessed"),
            y=alt.Y("value:Q", title="Level", axis=alt.Axis(values=[0, 1, 2])),
            color=alt.Color("axis:N", title="Axis"),
            tooltip=["when:T", "axis:N", "level:N"],
        ).properties(height=220)
    )


def themes_chart(themes: pd.DataFrame) -> alt.Chart:
    """themes: label, size, alignment."""
    return (
        alt.Chart(themes).mark_bar().encode(
            x=alt.X("size:Q", title="Answers"),
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=320)),
            color=alt.Color("alignment:Q", title="Alignment", scale=alt.Scale(domain=[0, 100], scheme="redyellowgreen")),
            tooltip=["label:N", "size:Q", "alignment:Q"],
        ).properties(height=max(120, 34 * len(themes)))
    )

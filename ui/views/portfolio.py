"""Portfolio: every partner on the perception map, and who needs attention."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.schema import QUADRANT_LABELS
from ui import charts
from ui.state import current_user, get_coach, open_partner, show_flash, user_errors


@st.cache_data(show_spinner=False, max_entries=500)
def _trail(_actor: object, user_id: int, workspace_id: int, partner_id: int, stamp: tuple) -> list[dict[str, object]]:
    """The partner's dated assessments; `stamp` changes whenever their notes change."""
    return get_coach().perception_trail(_actor, workspace_id, partner_id)  # type: ignore[arg-type]


def _notes_stamp(actor: object, workspace_id: int, partner_id: int) -> tuple:
    notes = get_coach().notes(actor, workspace_id, partner_id)  # type: ignore[arg-type]
    return tuple((n.id, str(n.date), str(n.updated_at)) for n in notes)


actor, workspace_id = current_user()
coach = get_coach()
st.title("Portfolio")
st.caption("Where each business partner stands on the two perceptions: dependence on technology and our competence.")
show_flash()

with user_errors():
    rows = coach.portfolio(actor, workspace_id)
    if not rows:
        st.info("No partners yet. Add a business partner and paste your first meeting note to see them on the map.")
        st.stop()

    points = charts.map_points(rows)
    show_trails = st.toggle("Show how each partner moved over time", value=True, key="show_trails",
                            help="Traces each partner's assessment as of every note date; the first time takes a few seconds.")
    map_slot = st.empty()
    map_slot.altair_chart(charts.perception_map(points), width="stretch")
    st.caption("Left to right: the partner sees technology as plumbing (T), information (I) or strategy (BT). "
               "Bottom to top: they doubt or trust our delivery. Partners in the grey strip on the left show too little "
               "evidence on dependence.")

    st.subheader("Partners")
    table = pd.DataFrame([
        {
            "Name": r.name, "Role": r.role, "Quadrant": QUADRANT_LABELS.get(r.quadrant, r.quadrant),
            "Dependence": r.dependence, "Competence": r.competence, "Confidence": round(r.confidence * 100),
            "Last contact": r.last_contact, "Open promises": r.open_promises, "Overdue": r.overdue_promises,
            "Attention": r.attention,
        }
        for r in rows
    ])
    st.dataframe(
        table, hide_index=True, width="stretch",
        column_config={
            "Confidence": st.column_config.ProgressColumn("Confidence", format="%d%%", min_value=0, max_value=100),
            "Last contact": st.column_config.DateColumn("Last contact"),
        },
    )
    names = {r.partner_id: f"{r.name} — {QUADRANT_LABELS.get(r.quadrant, r.quadrant)}" for r in rows}
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    chosen = left.selectbox("Open a partner", list(names), format_func=lambda i: names[i], key="portfolio_pick")
    if right.button("Open partner", type="primary", width="stretch"):
        open_partner(chosen)

    if show_trails:
        # Drawn last, so the table and the partner picker are usable while the trails are traced.
        trail_rows: list[dict[str, object]] = []
        progress = st.progress(0.0, text="Tracing each partner's movement…")
        for done, (row, (_, point)) in enumerate(zip(rows, points.iterrows(), strict=True), start=1):
            stamp = _notes_stamp(actor, workspace_id, row.partner_id)
            trail = _trail(actor, actor.user_id, workspace_id, row.partner_id, stamp)
            trail_rows += charts.trail_points(row.partner_id, row.name, trail, (point["x"], point["y"]))
            progress.progress(done / len(rows), text=f"Tracing each partner's movement… {done}/{len(rows)}")
        progress.empty()
        map_slot.altair_chart(charts.perception_map(points, pd.DataFrame(trail_rows)), width="stretch")

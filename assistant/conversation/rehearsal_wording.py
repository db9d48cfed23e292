"""Other ways a partner says the same objection, so that partners in one quadrant do not all sound alike.

Each variant keeps the playbook objection's meaning (the debrief judges replies against the move, not the words);
the session's seed picks one, and the playbook's own wording stays one of the choices.
"""

from __future__ import annotations

VARIANTS: dict[str, tuple[str, ...]] = {
    "br-obj-it-is-slow": ("By the time IT delivers, the opportunity has gone.", "I can't wait months for IT. The market won't."),
    "br-obj-we-will-use-a-vendor": ("An outside firm can do this faster than you can.", "We'll go to a vendor. They move at our speed."),
    "br-obj-shadow-it": ("My people built their own because waiting for IT wasn't an option.", "We stopped waiting and built it ourselves."),
    "br-obj-budget-too-big": ("I'm paying outside firms to do the real work, so why is IT's budget so big?", "Why fund IT when the real work goes to outside firms?"),
    "br-obj-it-always-says-no": ("Every time we ask, IT says no.", "All I ever hear from IT is no."),
    "cc-obj-budget-too-big": ("IT's budget grows faster than the business does.", "IT costs more every year, and I can't see why."),
    "cc-obj-it-is-slow": ("Everything we ask IT for takes weeks.", "My team waits weeks for anything from IT."),
    "cc-obj-keep-the-lights-on": ("All I need from IT is that things work.", "Just keep the basics running. That's all I ask."),
    "cc-obj-shadow-it": ("We bought our own tool; it was quicker than waiting for IT.", "My team pays for its own tool because IT took too long."),
    "cc-obj-outsource-cheaper": ("An outside provider would do this for less.", "Outsourcing it would be cheaper, surely."),
    "pa-obj-budget-too-big": ("I'm the one defending IT's budget to the board, and it's getting harder.", "The board keeps asking me why IT costs so much."),
    "pa-obj-vendor-for-this-one": ("This one should go to a specialist firm.", "For this, I'd rather use a vendor who does nothing else."),
    "pa-obj-taking-longer": ("This is taking longer than we hoped.", "We expected to be further along by now."),
    "pa-obj-own-tech-team": ("I want technology people inside my own team.", "We'd like our own developers, sitting with us."),
    "un-obj-budget-too-big": ("IT seems to cost a lot.", "From where I sit, IT's budget looks too big."),
    "ut-obj-keep-the-lights-on": ("You keep everything running, and that's all we need.", "Things work. That's what we need IT for."),
    "ut-obj-budget-too-big": ("IT already costs enough. Why spend more?", "I don't see why we'd spend more on IT."),
    "ut-obj-vendor-analytics": ("Our vendor's reporting module already does that.", "The supplier offers reporting; we'll use theirs."),
    "ut-obj-own-spreadsheets": ("My team has its own spreadsheets for this, and they work.", "We manage fine with our own spreadsheets."),
    "ut-obj-not-a-tech-person": ("Technology is your job, not mine.", "I'm not a tech person. I leave that to you."),
}


def worded(move_id: str, objection: str, seed: int) -> str:
    """The objection in one of its wordings (the playbook's own included), picked by the session's seed."""
    options = (objection, *VARIANTS.get(move_id, ()))
    return options[(seed + sum(map(ord, move_id))) % len(options)]

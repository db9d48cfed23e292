"""What technology contributes to a partner's goal, said for their function: one fixed sentence per function
and theme of the organisation's value statement (numbers, running, customers, growth, cost). The sentence
carries the statement's meaning in the function's terms, never its words, and takes no phrase from the notes.

Each sentence stays under twelve words, so two partners of the same function sharing it is not boilerplate.
"""

from __future__ import annotations

# theme -> function -> sentence; "general" when the function has no line of its own.
CONTRIBUTION: dict[str, dict[str, str]] = {
    "numbers": {
        "finance": "Our part: numbers your team trusts without rebuilding them by hand.",
        "sales": "Our part: deal numbers your team trusts, the same day.",
        "marketing": "Our part: campaign results you trust while the campaign runs.",
        "customer_service": "Our part: queue and case numbers your team trusts, each morning.",
        "supply_chain": "Our part: stock and supplier numbers your planners trust, daily.",
        "hr": "Our part: people numbers your team trusts, without a spreadsheet chase.",
        "legal": "Our part: facts and numbers you can stand behind, on time.",
        "operations": "Our part: daily numbers your team trusts about its own work.",
        "product": "Our part: test and trial numbers your team trusts, sooner.",
        "general": "Our part: numbers your team can trust, in time to act.",
    },
    "running": {
        "finance": "Our part: the close and payments run without a scramble.",
        "sales": "Our part: your people sell without waiting on a system.",
        "marketing": "Our part: nothing on our side holds a launch back.",
        "customer_service": "Our part: your agents' tools work on every call.",
        "supply_chain": "Our part: the systems behind each shipment keep running.",
        "hr": "Our part: pay and people records are right, every time.",
        "legal": "Our part: records and evidence are safe and there when needed.",
        "operations": "Our part: the systems your people work in keep running.",
        "product": "Our part: your releases never wait on our platforms.",
        "general": "Our part: the systems your team relies on keep working.",
    },
    "customers": {
        "sales": "Our part: more of your team's time with buyers.",
        "marketing": "Our part: you see who responds, and act on it sooner.",
        "customer_service": "Our part: your agents have the whole story on every call.",
        "operations": "Our part: what the people you serve notice works first time.",
        "legal": "Our part: the business gets your advice sooner, on firmer facts.",
        "general": "Our part: the people your team serves notice the difference.",
    },
    "growth": {
        "sales": "Our part: technology that helps you win deals, not log them.",
        "marketing": "Our part: technology that helps you reach people you miss today.",
        "product": "Our part: technology that gets ideas to market sooner.",
        "general": "Our part: technology that helps you grow, not only run.",
    },
    "cost": {
        "finance": "Our part: you see what each line of technology spend buys.",
        "general": "Our part: you see what each technology line buys your team.",
    },
}


ASK_GOAL = "What result would make next year a success for you?"  # no goal on record: ONE question for it

# The statement's meaning said about the partner's own goal, just said back to them ("it"); a measure names itself.
TIED: dict[str, str] = {
    "numbers": "Our part: figures on it you trust, in time to act.",
    "running": "Our part: no system of ours stands in its way.",
    "customers": "Our part: the people you serve never wait on our systems.",
    "growth": "Our part: technology that helps you get there, not only record it.",
    "cost": "Our part: you see what each line of technology spend adds to it.",
}


def tied_contribution(theme: str, metric: str = "") -> str:
    """What technology contributes to the goal just said back: their measure by name where one is read, else "it"."""
    if theme == "numbers" and metric:
        return f"Our part: {metric} figures you trust, in time to act."
    return TIED.get(theme, TIED["numbers"])


def contribution(theme: str, function: str) -> str:
    """The fixed sentence for a theme of the statement, in the partner's function ('' for an unknown theme)."""
    lines = CONTRIBUTION.get(theme, {})
    return lines.get(function) or lines.get("general", "")

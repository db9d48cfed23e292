"""Use cases over the store, the index and the engine: notes, assessments, plans, chat, reviews,
rounds, rehearsals, archives, index repair and the demo workspace.

May import every other core package. Only the facade (assistant.app) and tooling call services.
"""

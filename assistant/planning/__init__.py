"""Turning an assessment into a conversation plan: playbooks, facts from notes, the planner,
the value message, value traps and markdown rendering.

May import perception, text and schema; never the store, services or engines.
"""

"""The engine interface and its two implementations (offline, LLM), prompts, redaction and token counting.

May import perception, planning, conversation, retrieval data types and text helpers; never the store.
"""

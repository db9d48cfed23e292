"""The organisation's one value statement: the staff consistency check and its themes.

May import planning.value_traps, retrieval.embeddings, text and schema.
"""

"""The organisation's one value statement: the staff consistency check (report data, themes).

May import planning.value_traps, retrieval.embeddings, text and schema.
"""

"""Reading a partner's perceptions from notes: cues, the sentence classifier, the assessment,
questions for unknown axes, and calibration on labelled partners.

May import text, schema and retrieval.embeddings; never the store, services or engines.
"""

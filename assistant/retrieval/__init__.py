"""Embeddings, the vector index and the coaching-material knowledge base.

May import schema and errors only.
"""

"""Benchmarks (`coach bench`): ingestion, retrieval, assessment, planning and start-up against
the obvious alternatives. Never imported by the core.
"""

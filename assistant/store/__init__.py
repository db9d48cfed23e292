"""Storage: SQLAlchemy models, migrations, accounts and access checks.

May import: assistant.errors, assistant.paths, assistant.schema. Never the UI, services or engines.
"""

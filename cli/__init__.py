"""The `coach` command line: thin commands over the core (assistant) and the evals.

Never imported by the core.
"""

"""Text in and text out: reading uploaded files, the notes format, sentence splitting,
prompt-injection detection and small prose helpers.

May import schema and errors only.
"""

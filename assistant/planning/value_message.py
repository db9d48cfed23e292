"""The value message: the organisation's value statement, translated into this partner's goal and words.

The translation lives in value_translation.py; this module is its stable import path.
The former template (an opener, the statement's sentences pasted in, a closer) was
the defect issue #20 describes, so it is gone.
"""

from __future__ import annotations

from assistant.planning.value_translation import MAX_WORDS, statement_clauses, translate_value_message

__all__ = ["MAX_WORDS", "statement_clauses", "translate_value_message"]

"""Free-form coaching: chat answers with citations, and the rehearsal partner with its debrief.

May import perception, planning, retrieval, text and schema; never the store or services.
"""

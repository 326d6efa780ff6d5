"""Archives: many articles in, one store of reports out, and figures over the corpus.

    inputs  folders of .txt/.html, JSONL, CSV → :class:`Document` (id, raw text, metadata)
    batch   documents → reports, in worker processes (or on Dask), one commit per document
    store   SQLite (the default, a documented schema) or JSONL; ``--resume`` skips what is done
    summarize  the store → shares of unattributed, single-source, anonymous, disputed claims
               by outlet or month, as a table, CSV and a chart

Nothing heavy is imported here: each module imports what it needs when it is used.
"""
from __future__ import annotations

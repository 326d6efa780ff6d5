"""attrib on a Dask cluster: the same analysis over a dask bag or dataframe.

    >>> import dask.bag as db
    >>> from attrib.dask import analyze_bag
    >>> records = db.read_text("archive-*.jsonl").map(json.loads)     # {"id", "text", …}
    >>> analyze_bag(records).to_textfiles("reports-*.jsonl", ...)      # after json.dumps

    >>> import dask.dataframe as dd
    >>> from attrib.dask import analyze_dataframe
    >>> frame = analyze_dataframe(dd.read_csv("archive-*.csv"), text_column="text", id_column="id")
    >>> frame.groupby("language").anonymous.sum().compute()

Each worker process loads an analyzer per language once (:func:`attrib.load` keeps it for the
life of the process) and analyses one document at a time (a spaCy pipeline is not shared
between threads), so run workers as processes: ``LocalCluster(processes=True,
threads_per_worker=1)`` or ``dask worker --nthreads 1``. :func:`warm_up` loads the analyzers on
every worker up front. ``attrib batch --engine dask`` uses the same worker-side functions.

Needs the ``dask`` extra: ``pip install 'attrib[dask]'``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .archive.batch import analyze_document
from .archive.inputs import Document, document_from_record
from .archive.store import SUMMARY_COLUMNS, flag_counts
from .ingest import DEFAULT_MAX_BYTES
from .lang import SUPPORTED

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import distributed
    import pandas

# the columns of analyze_dataframe's result, and their dtypes
FRAME_DTYPES: dict[str, str] = {"id": "string", "language": "string",
                                **{c: "Int64" for c in SUMMARY_COLUMNS},
                                "error": "string", "report": "string"}


def analyze_bag(bag: dask.bag.Bag, language: str | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> dask.bag.Bag:
    """A bag of records, one per element: ``{"id", "meta", "report"}`` or ``{"id", "meta",
    "error"}`` — the lines of a JSONL store (see ``docs/ARCHIVE-SCHEMA.md``).

    Args:
        bag: elements are texts (``str``; their record's ``id`` is None), records
            ``{"id", "text"|"html", …metadata}`` (as in a JSONL archive) or :class:`Document`.
        language: "en" or "id" for every element; detected per element if None.
        max_bytes: larger documents become error records.

    A document that cannot be analysed becomes an error record; the computation goes on.
    """
    return bag.map_partitions(_analyze_partition, language, max_bytes)


def _analyze_partition(items: Iterable[Any], language: str | None, max_bytes: int) -> list[dict[str, Any]]:
    out = []
    for k, item in enumerate(items):
        if isinstance(item, str):
            doc, doc_id = Document("", item, False), None
        elif isinstance(item, Document):
            doc, doc_id = item, item.id
        elif isinstance(item, dict):
            doc = document_from_record(item, "")
            doc_id = doc.id or None
        else:
            doc = Document("", problem=f"element {k} of a partition is a {type(item).__name__}, "
                                       f"not a text, a record or a Document")
            doc_id = None
        record = analyze_document(doc, language, max_bytes).record()
        record["id"] = doc_id
        out.append(record)
    return out


def analyze_dataframe(df: dask.dataframe.DataFrame, text_column: str = "text", *,
                      id_column: str | None = None, language: str | None = None,
                      html: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> dask.dataframe.DataFrame:
    """One row per input row (same index): ``id``, ``language``, the report's counts
    (``claims``, ``unattributed``, ``single_source``, ``anonymous``, ``disputed``, …, as in the
    SQLite ``articles`` table), ``error`` (None when analysed) and ``report`` (its JSON).

    Args:
        df: a dask DataFrame with a column of article texts.
        text_column: that column.
        id_column: a column of ids (else the index, as text).
        language: "en" or "id" for every row; detected per row if None.
        html: the column holds HTML (reduced to its article text first).
        max_bytes: larger texts become errors.
    """
    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} (columns: {', '.join(map(str, df.columns))})")
    if id_column is not None and id_column not in df.columns:
        raise KeyError(f"no column {id_column!r} (columns: {', '.join(map(str, df.columns))})")
    meta = _empty_frame()
    return df.map_partitions(_analyze_frame, text_column, id_column, language, html, max_bytes,
                             meta=meta)


def _empty_frame() -> pandas.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in FRAME_DTYPES.items()})


def _analyze_frame(part: pandas.DataFrame, text_column: str, id_column: str | None,
                   language: str | None, html: bool, max_bytes: int) -> pandas.DataFrame:
    import pandas as pd

    rows = []
    ids = part[id_column] if id_column else part.index
    for doc_id, text in zip(ids, part[text_column]):
        doc_id = str(doc_id)
        if isinstance(text, str) and text.strip():
            doc = Document(doc_id, text, html)
        else:
            doc = Document(doc_id, problem=f"row {doc_id} has no text in {text_column!r}")
        outcome = analyze_document(doc, language, max_bytes)
        row: dict[str, Any] = {"id": doc_id, "error": outcome.error}
        if outcome.report is not None:
            row["language"] = outcome.report["language"]
            row.update(flag_counts(outcome.report))
            row["report"] = json.dumps(outcome.report, ensure_ascii=False)
        rows.append(row)
    frame = pd.DataFrame(rows, index=part.index, columns=list(FRAME_DTYPES))
    return frame.astype(FRAME_DTYPES)


def _load(languages: tuple[str, ...]) -> list[str]:
    from . import load

    return [load(lang).language for lang in languages]


def warm_up(client: distributed.Client, languages: Iterable[str] = SUPPORTED) -> dict[str, list[str]]:
    """Load the analyzers of ``languages`` on every worker of ``client`` now, rather than
    with each worker's first document; returns what each worker loaded."""
    return client.run(_load, tuple(languages))

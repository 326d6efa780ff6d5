"""Reading a batch store back: articles, claims and sources as rows or pandas DataFrames.

A store written by ``attrib batch`` (SQLite or JSONL, see ``docs/ARCHIVE-SCHEMA.md``) is read
the same way whatever its format::

    from attrib.archive.reader import read_store

    with read_store("results.sqlite") as store:       # or "results.jsonl"
        for row in store.articles():                 # dicts, one per analysed article
            print(row["id"], row["outlet"], row["claims"], row["anonymous"])
        claims = store.dataframe("claims")           # pandas (pip install 'attrib[dask]')
        claims[claims.anonymous == 1].groupby("article_id").size()
        report = store.report("doc-17")              # the full attrib.Report of one article

Rows have the columns of the SQLite tables (``articles``, ``claims``, ``sources``,
``errors``), so code written against one format works on the other. Reading is streamed:
``articles()``, ``claims()`` and ``sources()`` are generators; only :meth:`Store.dataframe`
holds a table in memory.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Report
from .store import FLAG_COLUMNS, Outcome, read_outcomes, store_format

if TYPE_CHECKING:
    import pandas

TABLES = ("articles", "claims", "sources", "errors")

ARTICLE_COLUMNS = ("id", "outlet", "date", "month", "url", "title", "language", "chars",
                   "claims", "attributed", "unattributed", "single_source", "anonymous",
                   "disputed", "corroborated", "sources", "named_sources", "anonymous_sources",
                   "responses")
CLAIM_COLUMNS = ("article_id", "claim_id", "start_char", "end_char", "text", "kind",
                 "attributions", "sources", "flags", "disputed_by", *FLAG_COLUMNS)
SOURCE_COLUMNS = ("article_id", "source_id", "label", "kind", "named", "anonymous", "count",
                  "name", "role", "affiliation", "mentions", "member_of", "affiliated_with")
ERROR_COLUMNS = ("id", "message", "outlet", "date", "url")


def read_store(path: str | Path) -> Store:
    """The store at ``path`` (``.sqlite``/``.db`` or ``.jsonl``), ready to read.

    Raises:
        InputError: the file is missing or is not an attrib store.
    """
    store = Store(path)
    next(iter(read_outcomes(store.path)), None)  # fails now, not at the first row, on a bad file
    return store


class Store:
    """A batch store opened for reading (see :func:`read_store`); also a context manager."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.format = store_format(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        """Nothing to release: every read opens and closes the file itself."""

    def __repr__(self) -> str:
        return f"<attrib store {self.path} ({self.format})>"

    # --- rows -------------------------------------------------------------------------------
    def outcomes(self) -> Iterator[Outcome]:
        """Every document's outcome: its report (a dict) or its error."""
        return read_outcomes(self.path)

    def articles(self) -> Iterator[dict[str, Any]]:
        """One row per analysed article: id, metadata, language, length and the counts."""
        from .inputs import month_of, standard_meta

        for o in self.outcomes():
            if o.report is None:
                continue
            meta = standard_meta(o.meta)
            summary = o.report.get("summary", {})
            row = {"id": o.id, "outlet": meta.get("outlet"), "date": meta.get("date"),
                   "month": month_of(meta.get("date")), "url": meta.get("url"),
                   "title": meta.get("title"), "language": o.report.get("language"),
                   "chars": len(o.report.get("text", ""))}
            row.update({k: summary.get(k, 0) for k in ARTICLE_COLUMNS[8:]})
            yield row

    def claims(self) -> Iterator[dict[str, Any]]:
        """One row per claim of every article: its text, kind, sources (labels), flags (one
        0/1 column each, and comma-separated) and the claims disputing it."""
        for o in self.outcomes():
            if o.report is None:
                continue
            labels = {s["id"]: s.get("name") or s["label"] for s in o.report.get("sources", [])}
            for c in o.report.get("claims", []):
                atts = c.get("attributions", [])
                flags = c.get("flags", [])
                row = {"article_id": o.id, "claim_id": c["id"], "start_char": c["start"],
                       "end_char": c["end"], "text": c["text"], "kind": c["kind"],
                       "attributions": len(atts),
                       "sources": "; ".join(dict.fromkeys(
                           labels.get(a.get("source"), (a.get("mention") or {}).get("text", "?"))
                           for a in atts)),
                       "flags": ",".join(flags), "disputed_by": ",".join(c.get("disputed_by", []))}
                row.update({f: int(f in flags) for f in FLAG_COLUMNS})
                yield row

    def sources(self) -> Iterator[dict[str, Any]]:
        """One row per distinct source of every article."""
        for o in self.outcomes():
            if o.report is None:
                continue
            for s in o.report.get("sources", []):
                yield {"article_id": o.id, "source_id": s["id"], "label": s["label"],
                       "kind": s.get("kind", "unknown"), "named": int(bool(s.get("named"))),
                       "anonymous": int(bool(s.get("anonymous"))), "count": s.get("count"),
                       "name": s.get("name"), "role": s.get("role"),
                       "affiliation": s.get("affiliation"), "mentions": len(s.get("mentions", [])),
                       "member_of": s.get("member_of"), "affiliated_with": s.get("affiliated_with")}

    def errors(self) -> Iterator[dict[str, Any]]:
        """One row per document that has no report: its id and why."""
        from .inputs import standard_meta

        for o in self.outcomes():
            if o.report is None:
                meta = standard_meta(o.meta)
                yield {"id": o.id, "message": o.error, "outlet": meta.get("outlet"),
                       "date": meta.get("date"), "url": meta.get("url")}

    def report(self, doc_id: str) -> Report | None:
        """The full :class:`~attrib.Report` of one article (None if it has none)."""
        for o in self.outcomes():
            if o.id == doc_id and o.report is not None:
                return Report.from_dict(o.report)
        return None

    def reports(self) -> Iterator[tuple[str, Report]]:
        """``(id, Report)`` for every analysed article."""
        for o in self.outcomes():
            if o.report is not None:
                yield o.id, Report.from_dict(o.report)

    # --- DataFrames -------------------------------------------------------------------------
    def dataframe(self, table: str = "articles") -> pandas.DataFrame:
        """``articles``, ``claims``, ``sources`` or ``errors`` as a pandas DataFrame (the
        columns are there even when the table is empty). Needs pandas."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
        try:
            import pandas as pd
        except ImportError as e:  # pandas comes with the dask extra
            raise ImportError("Store.dataframe needs pandas: pip install pandas "
                              "(or pip install 'attrib[dask]')") from e
        columns = {"articles": ARTICLE_COLUMNS, "claims": CLAIM_COLUMNS,
                   "sources": SOURCE_COLUMNS, "errors": ERROR_COLUMNS}[table]
        return pd.DataFrame(list(getattr(self, table)()), columns=list(columns))


__all__ = ["ARTICLE_COLUMNS", "CLAIM_COLUMNS", "ERROR_COLUMNS", "SOURCE_COLUMNS", "Store", "TABLES", "read_store"]

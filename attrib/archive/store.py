"""Where a batch's results go: SQLite (the default, a documented schema) or JSONL.

Both hold the same thing per document — its id, its metadata and the full ``attrib.report/1``
report, or an error record (id, message) — and both commit one document at a time, so an
interrupted batch leaves a valid file that ``--resume`` continues:

- SQLite: one transaction per document (its ``articles`` row and its ``sources``, ``claims``,
  ``attributions``, ``responses`` rows, or its ``errors`` row); WAL journal. The schema is
  :data:`SCHEMA_SQL`, documented in ``docs/ARCHIVE-SCHEMA.md``.
- JSONL: one record per line, written with a single write and flush; a torn last line (the
  process killed mid-write) is cut off when the file is resumed and skipped when it is read.

Every batch is a numbered *run*. ``--resume`` skips documents that have a report and retries
those that only have an error record; a retried document's older error records are removed
(SQLite) or superseded (JSONL: only a document's records from its latest run count).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Flag
from .inputs import month_of, standard_meta

SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SCHEMA_VERSION = "attrib.archive/1"
FLAG_COLUMNS = tuple(f.value for f in Flag)
# per-article counts kept in their own columns, for plain SQL (``avg(anonymous * 1.0 / claims)``)
SUMMARY_COLUMNS = ("claims", "attributed", "unattributed", "single_source", "anonymous", "disputed",
                   "corroborated", "denial", "prior_reporting", "hedged", "sources",
                   "named_sources", "anonymous_sources", "responses")

SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
    attrib_version TEXT NOT NULL, command TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, run INTEGER NOT NULL REFERENCES runs(run),
    outlet TEXT, date TEXT, month TEXT, url TEXT, title TEXT,
    language TEXT NOT NULL, chars INTEGER NOT NULL,
    {", ".join(f"{c} INTEGER NOT NULL" for c in SUMMARY_COLUMNS)},
    meta TEXT NOT NULL, report TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_month ON articles(month);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
CREATE TABLE IF NOT EXISTS sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, source_id TEXT NOT NULL,
    label TEXT NOT NULL, kind TEXT NOT NULL, named INTEGER NOT NULL, anonymous INTEGER NOT NULL,
    count INTEGER, name TEXT, role TEXT, affiliation TEXT, mentions INTEGER NOT NULL,
    member_of TEXT, affiliated_with TEXT,
    PRIMARY KEY (article_id, source_id)
);
CREATE INDEX IF NOT EXISTS sources_kind ON sources(kind, anonymous);
CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, claim_id TEXT NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    attributions INTEGER NOT NULL, flags TEXT NOT NULL,
    {", ".join(f"{c} INTEGER NOT NULL" for c in FLAG_COLUMNS)},
    PRIMARY KEY (article_id, claim_id)
);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE TABLE IF NOT EXISTS attributions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, claim_id TEXT NOT NULL,
    n INTEGER NOT NULL, source_id TEXT, mention TEXT, cue TEXT, stance TEXT NOT NULL,
    PRIMARY KEY (article_id, claim_id, n)
);
CREATE INDEX IF NOT EXISTS attributions_source ON attributions(article_id, source_id);
CREATE TABLE IF NOT EXISTS responses (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, n INTEGER NOT NULL,
    party TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX IF NOT EXISTS responses_kind ON responses(kind);
CREATE TABLE IF NOT EXISTS errors (
    id TEXT NOT NULL, run INTEGER NOT NULL REFERENCES runs(run), message TEXT NOT NULL,
    outlet TEXT, date TEXT, url TEXT, meta TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_id ON errors(id, run);
"""


@dataclass(frozen=True)
class Outcome:
    """What became of one document: its report (a ``Report.to_dict()``) or an error message."""

    id: str
    meta: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] | None = None
    error: str | None = None

    def record(self, run: int | None = None) -> dict[str, Any]:
        """The JSON record of this outcome (one line of a JSONL store)."""
        out: dict[str, Any] = {"id": self.id, "meta": self.meta}
        if run is not None:
            out["run"] = run
        if self.report is not None:
            out["report"] = self.report
        else:
            out["error"] = self.error or "unknown error"
        return out

    @classmethod
    def from_record(cls, d: dict[str, Any]) -> Outcome:
        return cls(str(d["id"]), d.get("meta") or {}, d.get("report"), d.get("error"))


# what a document id means to a running batch
NEW, DONE, RETRY, SEEN = "new", "done", "retry", "seen"


def store_format(path: str | Path) -> str:
    """``sqlite`` or ``jsonl`` from the file name; raises InputError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in SQLITE_SUFFIXES:
        return "sqlite"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    raise InputError(f"{path}: the output must end in .sqlite (or .db) or .jsonl")


def open_store(path: str | Path, *, resume: bool = False, overwrite: bool = False,
               command: str | None = None) -> SqliteStore | JsonlStore:
    """Open a store for a new run.

    Args:
        path: ``….sqlite``/``.db`` or ``….jsonl``.
        resume: continue an existing store (skip documents with a report, retry errors).
        overwrite: replace an existing store.
        command: the command line, kept in the SQLite ``runs`` table.

    Raises:
        InputError: the file exists and neither ``resume`` nor ``overwrite`` is given, it is not
            an attrib store, or it cannot be created.
    """
    path = Path(path)
    fmt = store_format(path)
    if path.exists() and not (resume or overwrite):
        raise InputError(f"{path} exists: add --resume to continue it or --overwrite to replace it")
    if overwrite:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteStore(path, command) if fmt == "sqlite" else JsonlStore(path)
    except sqlite3.DatabaseError as e:
        if not existed:
            # a new store in a read-only folder: SQLite says only "unable to open database file"
            why = (f"the folder {path.parent} is not writable" if not os.access(path.parent, os.W_OK)
                   else str(e))
            raise InputError(f"cannot create {path}: {why}") from e
        raise InputError(f"{path} is not an attrib SQLite store ({e})") from e
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from e


@contextmanager
def _uninterrupted():
    """Hold back Ctrl-C (SIGINT) while a document is committed: it is delivered right after.

    The commit itself is atomic either way (SQLite transaction; JSONL stores skip a torn line);
    this keeps the last finished document from being thrown away. Python runs signal handlers
    in the main thread whichever thread the signal reached (a pool has threads of its own, so
    masking the signal in the main thread is not enough): for the block, the handler only
    notes the interrupt, and the previous handler gets it afterwards. Other threads (which
    cannot set handlers) just run the block.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[tuple[int, Any]] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append((signum, frame)))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            if callable(previous):
                previous(*caught[0])
            elif previous == signal.SIG_DFL:
                raise KeyboardInterrupt


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def flag_counts(report: dict[str, Any]) -> dict[str, int]:
    """The report's summary plus the number of claims carrying each flag."""
    counts = {c: 0 for c in SUMMARY_COLUMNS}
    counts.update({k: v for k, v in report.get("summary", {}).items() if k in counts})
    for flag in ("denial", "prior_reporting", "hedged"):
        counts[flag] = sum(1 for c in report.get("claims", []) if flag in c.get("flags", []))
    return counts


# --- SQLite ------------------------------------------------------------------------------------

class SqliteStore:
    """A batch's results in SQLite (see :data:`SCHEMA_SQL`); one transaction per document."""

    format = "sqlite"

    def __init__(self, path: Path, command: str | None = None):
        from .. import __version__

        self.path = path
        # autocommit mode: transactions are opened and closed explicitly, one per document
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        info = self.db.execute("SELECT name FROM sqlite_master WHERE name = 'store_info'").fetchone()
        tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if info is None and tables:
            self.db.close()
            raise InputError(f"{path} is an SQLite file but not an attrib store: choose another "
                             f"output or --overwrite it")
        # WAL: readers (sqlite3 in another terminal) never block the batch, commits are cheap
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA_SQL)
        self.db.execute("INSERT OR IGNORE INTO store_info VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self.run = self.db.execute("INSERT INTO runs (started, attrib_version, command) "
                                   "VALUES (?, ?, ?)", (_now(), __version__, command)).lastrowid

    def status(self, doc_id: str) -> str:
        """:data:`NEW`, :data:`DONE` (a report from an earlier run), :data:`RETRY` (only errors
        from earlier runs) or :data:`SEEN` (already handled in this run: a duplicate)."""
        row = self.db.execute("SELECT run FROM articles WHERE id = ?", (doc_id,)).fetchone()
        if row is not None:
            return SEEN if row[0] == self.run else DONE
        row = self.db.execute("SELECT max(run) FROM errors WHERE id = ?", (doc_id,)).fetchone()
        if row[0] is not None:
            return SEEN if row[0] == self.run else RETRY
        return NEW

    def write(self, outcome: Outcome) -> None:
        """Commit one document's outcome (its report and its rows, or its error) atomically."""
        with _uninterrupted():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # a retried document: its error records from earlier runs are superseded
                self.db.execute("DELETE FROM errors WHERE id = ? AND run < ?", (outcome.id, self.run))
                if outcome.report is not None:
                    self._insert_report(outcome)
                else:
                    self._insert_error(outcome)
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # (a failed COMMIT may have ended it already)
                    self.db.execute("ROLLBACK")
                raise

    def _insert_report(self, o: Outcome) -> None:
        r = o.report
        assert r is not None
        std = standard_meta(o.meta)
        counts = flag_counts(r)
        cols = ("id", "run", "outlet", "date", "month", "url", "title", "language", "chars",
                *SUMMARY_COLUMNS, "meta", "report")
        values = (o.id, self.run, std["outlet"], std["date"], month_of(std["date"]), std["url"],
                  std["title"], r["language"], len(r["text"]), *(counts[c] for c in SUMMARY_COLUMNS),
                  _json(o.meta), _json(r))
        self.db.execute(f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        values)
        self.db.executemany(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(o.id, s["id"], s["label"], s["kind"], int(s["named"]), int(s["anonymous"]), s["count"],
              s["name"], s["role"], s["affiliation"], len(s["mentions"]), s["member_of"],
              s["affiliated_with"]) for s in r["sources"]])
        marks = ", ".join("?" * (8 + len(FLAG_COLUMNS)))
        self.db.executemany(
            f"INSERT INTO claims VALUES ({marks})",
            [(o.id, c["id"], c["start"], c["end"], c["text"], c["kind"], len(c["attributions"]),
              ",".join(c["flags"]), *(int(f in c["flags"]) for f in FLAG_COLUMNS))
             for c in r["claims"]])
        self.db.executemany(
            "INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(o.id, c["id"], n, a["source"], (a["mention"] or {}).get("text"),
              (a["cue"] or {}).get("text"), a["stance"])
             for c in r["claims"] for n, a in enumerate(c["attributions"])])
        self.db.executemany(
            "INSERT INTO responses VALUES (?, ?, ?, ?, ?)",
            [(o.id, n, x["party"], x["kind"], x["text"]) for n, x in enumerate(r["responses"])])

    def _insert_error(self, o: Outcome) -> None:
        std = standard_meta(o.meta)
        self.db.execute("INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (o.id, self.run, o.error or "unknown error", std["outlet"], std["date"],
                         std["url"], _json(o.meta), _now()))

    def close(self) -> None:
        """Mark the run finished (if the database is still usable) and close the file."""
        try:
            self.db.execute("UPDATE runs SET finished = ? WHERE run = ?", (_now(), self.run))
        except sqlite3.Error:
            pass
        self.db.close()


# --- JSONL -------------------------------------------------------------------------------------

class JsonlStore:
    """A batch's results as JSON lines: ``{"id", "meta", "run", "report"|"error"}`` each.

    Resuming reads the ids already present (kept in memory: a set of ids, not the reports).
    """

    format = "jsonl"

    def __init__(self, path: Path):
        self.path = path
        self._reports: set[str] = set()
        self._errors: set[str] = set()
        self._this_run: set[str] = set()
        last_run = 0
        if path.exists():
            good = 0  # bytes up to the end of the last complete record
            with path.open("rb") as f:
                for raw in f:
                    record = _parse(raw)
                    if record is None:
                        if raw.endswith(b"\n"):
                            raise InputError(f"{path} is not an attrib JSONL store (a line is "
                                             f"not a record): choose another output or --overwrite it")
                        break  # a torn last line
                    good += len(raw)
                    last_run = max(last_run, int(record.get("run") or 0))
                    (self._reports if "report" in record else self._errors).add(str(record["id"]))
            if good < path.stat().st_size:
                os.truncate(path, good)
        self.run = last_run + 1
        self._file = path.open("a", encoding="utf-8")

    def status(self, doc_id: str) -> str:
        """See :meth:`SqliteStore.status`."""
        if doc_id in self._this_run:
            return SEEN
        if doc_id in self._reports:
            return DONE
        return RETRY if doc_id in self._errors else NEW

    def write(self, outcome: Outcome) -> None:
        """Append the outcome's record as one line, with a single write and a flush."""
        line = _json(outcome.record(self.run)) + "\n"
        with _uninterrupted():
            self._file.write(line)
            self._file.flush()
        self._this_run.add(outcome.id)

    def close(self) -> None:
        self._file.close()


def _parse(raw: bytes) -> dict[str, Any] | None:
    """A JSONL store's record, or None for a torn or foreign line."""
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict) or "id" not in record or not ("report" in record or "error" in record):
        return None
    return record


# --- reading -----------------------------------------------------------------------------------

def read_outcomes(path: str | Path) -> Iterator[Outcome]:
    """Every document's outcome in a store, streamed: reports, then the errors that stand.

    Raises:
        InputError: the file is missing or is not an attrib store.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such store: {path}")
    if store_format(path) == "sqlite":
        yield from _read_sqlite(path)
    else:
        yield from _read_jsonl(path)


def connect_existing(path: Path) -> sqlite3.Connection:
    """A read-only connection to an attrib SQLite store (raises InputError otherwise)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db.execute("SELECT value FROM store_info WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as e:
        raise InputError(f"{path} is not an attrib SQLite store ({e})") from e
    return db


def _read_sqlite(path: Path) -> Iterator[Outcome]:
    db = connect_existing(path)
    try:
        for doc_id, meta, report in db.execute("SELECT id, meta, report FROM articles ORDER BY rowid"):
            yield Outcome(doc_id, json.loads(meta), json.loads(report))
        for doc_id, meta, message in db.execute("SELECT id, meta, message FROM errors ORDER BY rowid"):
            yield Outcome(doc_id, json.loads(meta), None, message)
    finally:
        db.close()


def _read_jsonl(path: Path) -> Iterator[Outcome]:
    # a document's records from its latest run are the ones that stand (a retried error is
    # superseded); this first pass keeps one number per id, not the records
    latest: dict[str, int] = {}
    for record in _jsonl_records(path):
        doc_id, run = str(record["id"]), int(record.get("run") or 0)
        latest[doc_id] = max(run, latest.get(doc_id, 0))
    errors = []
    for record in _jsonl_records(path):
        if "report" in record:
            yield Outcome.from_record(record)
        elif int(record.get("run") or 0) == latest[str(record["id"])]:
            errors.append(record)  # errors after reports, as SQLite reads them
    for record in errors:
        yield Outcome.from_record(record)


def _jsonl_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as f:
        for raw in f:
            if not raw.strip():
                continue
            record = _parse(raw)
            if record is None:
                if raw.endswith(b"\n"):
                    raise InputError(f"{path} is not an attrib JSONL store (a line is not a record)")
                return  # a torn last line: the process was killed while writing it
            yield record

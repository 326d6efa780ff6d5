"""Documents from archives: folders of .txt/.html files, JSONL and CSV, read as a stream.

Each input yields :class:`Document` records — an id, the raw text or bytes, and metadata
(outlet, date, url and whatever else the record carries) — one at a time, so memory does not
grow with the corpus. Decoding and HTML extraction are left to :func:`document_text`, which
runs where the document is analysed (a worker process), not where the corpus is read.

Ids:
    folder  the file's path relative to the folder, with ``/`` ("2024/03/story.html")
    JSONL   the record's ``id`` field, else ``FILE:LINE``
    CSV     the ``--id-column`` (default ``id``), else ``FILE:ROW`` (row 1 is the first record)

A record that cannot be read (a line that is not JSON, a row without text) still becomes a
Document, with ``problem`` set: the batch turns it into an error record and goes on.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, is_html, load_input, read_bytes

FILE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
# record fields that are the article itself, not its metadata
CONTENT_FIELDS = ("id", "text", "html")
# the names archives commonly give to the three fields the store keeps in their own columns
META_ALIASES = {
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "media", "newspaper"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "datetime", "time"),
    "url": ("url", "link", "href", "canonical_url"),
    "title": ("title", "headline"),
}


@dataclass(frozen=True)
class Document:
    """One article to analyse, as read from an archive (not yet decoded or extracted).

    Attributes:
        id: unique within a batch (a second document with the same id becomes an error).
        data: the text (JSONL, CSV) or the file's bytes (folders).
        html: True when ``data`` is HTML, False when it is text, None to detect it.
        meta: everything else the record carried (outlet, date, url, …).
        name: a file name, whose extension tells HTML from text.
        problem: why the record cannot be analysed; the batch records it as an error.
    """

    id: str
    data: str | bytes = ""
    html: bool | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    name: str | None = None
    problem: str | None = None


def document_text(doc: Document, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """The text to analyse: decoded, HTML reduced to its article text (raises InputError)."""
    if doc.problem:
        raise InputError(doc.problem)
    data = without_surrogates(doc.data).encode("utf-8") if isinstance(doc.data, str) else doc.data
    # the same reading as `attrib check FILE`: encodings, binary refusal, HTML, empty input
    return load_input(data, doc.name, max_bytes, html=doc.html, max_chars=max_chars).text


# <meta property="og:site_name" content="…">, in either attribute order
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_CANONICAL = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>""", re.I)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.I)
# which <meta> names give which field, best first
HTML_META = {
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "date": ("article:published_time", "datepublished", "pubdate", "publish-date", "date",
             "dc.date", "dc.date.issued", "og:published_time"),
    "url": ("og:url",),
    "title": ("og:title", "twitter:title"),
}
HEAD_BYTES = 65536  # <meta> tags live in the head: the first 64 KB are read for them


def html_metadata(html: str) -> dict[str, str]:
    """``outlet``, ``date``, ``url``, ``title`` from a page's ``<meta>`` tags (Open Graph,
    ``article:published_time``, …), ``<link rel=canonical>`` and ``<title>``; those found."""
    import html as html_lib

    head = html[:HEAD_BYTES]
    tags: dict[str, str] = {}
    for tag in _META_TAG.findall(head):
        attrs = {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content", "").strip():
            tags.setdefault(key, " ".join(attrs["content"].split()))
    out = {field: next((tags[n] for n in names if n in tags), None) for field, names in HTML_META.items()}
    if out["url"] is None and (link := _CANONICAL.search(head)):
        href = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) for m in _ATTR.finditer(link.group(0))}
        out["url"] = href.get("href")
    if out["title"] is None and (title := _TITLE.search(head)):
        out["title"] = " ".join(html_lib.unescape(title.group(1)).split()) or None
    return {k: v for k, v in out.items() if v}


def document_meta(doc: Document) -> dict[str, Any]:
    """The document's metadata; for an HTML file of a folder, completed with what its head
    says (outlet, date, url, title), the record's own fields winning."""
    if doc.problem or not isinstance(doc.data, bytes) or not is_html(doc.data[:HEAD_BYTES], doc.name):
        return doc.meta
    from ..ingest import decode

    try:
        found = html_metadata(decode(doc.data[:HEAD_BYTES]))
    except InputError:
        return doc.meta
    return {**found, **doc.meta}


def standard_meta(meta: dict[str, Any]) -> dict[str, str | None]:
    """``outlet``, ``date``, ``url``, ``title`` from a record's metadata, under their common
    names ("source", "published_at", "link", …), case-insensitively; None where absent."""
    lowered = {str(k).lower(): v for k, v in meta.items()}
    out: dict[str, str | None] = {}
    for key, names in META_ALIASES.items():
        value = next((lowered[n] for n in names if lowered.get(n) not in (None, "")), None)
        out[key] = None if value is None else str(value)
    return out


_ISO_MONTH = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"^\s*\d{1,2}[-/.](\d{1,2})[-/.](\d{4})\b")


def month_of(date: str | None) -> str | None:
    """``YYYY-MM`` of a date: ISO-like ("2024-03-05", "2024/3/5T…"), day-first numeric
    ("05/03/2024", the order used by Indonesian and most non-US outlets) or an e-mail/RSS
    date ("Tue, 05 Mar 2024 10:00:00 +0700"); None when it cannot be read."""
    if not date:
        return None
    m = _ISO_MONTH.match(date)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = _DMY.match(date)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    from email.utils import parsedate_to_datetime

    try:
        d = parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return f"{d.year:04d}-{d.month:02d}"


# --- the inputs -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Input:
    """One INPUT argument: a folder, a JSONL file, a CSV file or ``-`` (JSONL on stdin)."""

    path: str
    kind: str  # folder | jsonl | csv | stdin


def classify(path: str) -> Input:
    """What kind of input ``path`` is; raises InputError for a missing or unknown one."""
    if path == "-":
        return Input(path, "stdin")
    p = Path(path)
    if p.is_dir():
        return Input(path, "folder")
    if not p.exists():
        raise InputError(f"no such file or folder: {path}")
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return Input(path, "jsonl")
    if suffix in CSV_SUFFIXES:
        return Input(path, "csv")
    raise InputError(f"{path}: give a folder of .txt/.html files, a .jsonl file or a .csv file "
                     f"(or - for JSONL on stdin)")


class Corpus:
    """The documents of one or more inputs, read lazily, in order, every time it is iterated.

    Args:
        paths: folders, .jsonl/.ndjson, .csv/.tsv files, or ``-`` (JSONL on stdin, read once).
        text_column: the CSV column holding the text (an ``html`` column is used if it is absent).
        id_column: the CSV column holding the id (row numbers if it is absent).
        max_bytes: larger files in folders become error records.

    Raises:
        InputError: an input is missing or of no known kind, or a CSV has no text column.
    """

    def __init__(self, paths: Sequence[str], *, text_column: str = "text", id_column: str = "id",
                 max_bytes: int = DEFAULT_MAX_BYTES):
        if not paths:
            raise InputError("give at least one input: a folder, a .jsonl or a .csv file")
        self.inputs = [classify(str(p)) for p in paths]
        if sum(i.kind == "stdin" for i in self.inputs) > 1:
            raise InputError("- (stdin) can be given only once")
        self.text_column = text_column
        self.id_column = id_column
        self.max_bytes = max_bytes
        for i in self.inputs:
            if i.kind == "csv":
                self._csv_columns(i.path)  # fail now, not after an hour of work

    def __iter__(self) -> Iterator[Document]:
        for i in self.inputs:
            if i.kind == "folder":
                yield from self._folder(Path(i.path))
            elif i.kind == "jsonl":
                with open(i.path, "rb") as f:
                    yield from _jsonl(f, Path(i.path).name)
            elif i.kind == "stdin":
                yield from _jsonl(sys.stdin.buffer, "stdin")
            else:
                yield from self._csv(Path(i.path))

    def count(self) -> int | None:
        """How many documents there are, read cheaply (None with stdin: it can be read once)."""
        total = 0
        for i in self.inputs:
            if i.kind == "stdin":
                return None
            if i.kind == "folder":
                total += sum(1 for _ in _files(Path(i.path)))
            elif i.kind == "jsonl":
                with open(i.path, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            else:
                _raise_field_limit(self.max_bytes)
                with open(i.path, encoding="utf-8-sig", newline="", errors="replace") as f:
                    try:
                        total += max(0, sum(1 for _ in csv.reader(f, _dialect(i.path))) - 1)
                    except csv.Error:
                        return None  # the batch records where the file breaks; no total
        return total

    # --- folders

    def _folder(self, root: Path) -> Iterator[Document]:
        for path in _files(root):
            rel = path.relative_to(root).as_posix()
            try:
                data = read_bytes(path, self.max_bytes)
            except InputError as e:
                yield Document(rel, meta={"path": rel}, name=path.name, problem=str(e))
                continue
            yield Document(rel, data, None, {"path": rel}, path.name)

    # --- CSV

    def _csv_columns(self, path: str) -> tuple[str, bool, bool]:
        """(the text column, whether it is HTML, whether the id column exists)."""
        with open(path, encoding="utf-8-sig", newline="", errors="replace") as f:
            header = next(csv.reader(f, _dialect(path)), [])
        if self.text_column in header:
            column, html = self.text_column, self.text_column.lower() == "html"
        elif "html" in header:
            column, html = "html", True
        else:
            raise InputError(f"{path}: no {self.text_column!r} column (columns: "
                             f"{', '.join(header) or 'none'}); name it with --text-column")
        return column, html, self.id_column in header

    def _csv(self, path: Path) -> Iterator[Document]:
        column, html, has_id = self._csv_columns(str(path))
        _raise_field_limit(self.max_bytes)
        # UTF-8; a damaged byte becomes U+FFFD, as `attrib check` reads damaged UTF-8
        with open(path, encoding="utf-8-sig", newline="", errors="replace") as f:
            rows = enumerate(csv.DictReader(f, dialect=_dialect(str(path))), 1)
            row_no = 0
            while True:
                try:
                    row_no, row = next(rows)
                except StopIteration:
                    return
                except csv.Error as e:
                    # a broken file (a field over the size limit): one error record, and the
                    # rest of this file is not read, since rows can no longer be told apart
                    yield Document(f"{path.name}:{row_no + 1}", problem=(
                        f"{path.name} cannot be read after row {row_no} ({type(e).__name__}: {e}); "
                        f"its remaining rows were skipped"))
                    return
                doc_id = (row.get(self.id_column) or "").strip() if has_id else ""
                doc_id = doc_id or f"{path.name}:{row_no}"
                meta = {k: v for k, v in row.items()
                        if k not in (column, self.id_column) and k is not None and v not in (None, "")}
                text = row.get(column)
                if not text or not text.strip():
                    yield Document(doc_id, meta=meta, problem=f"row {row_no} has no {column!r}")
                else:
                    yield Document(doc_id, text, html, meta)


def _raise_field_limit(max_bytes: int) -> None:
    """Articles are long: the csv module's default limit of 128 KB per field is too small."""
    csv.field_size_limit(max(max_bytes, 1 << 20))


def _files(root: Path) -> Iterator[Path]:
    """The .txt/.html files under ``root``, in a stable order (sorted at each level)."""
    for here, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if name.lower().endswith(FILE_SUFFIXES) and not name.startswith("."):
                yield Path(here) / name


def _dialect(path: str) -> type[csv.Dialect]:
    return csv.excel_tab if path.lower().endswith(".tsv") else csv.excel


def _jsonl(f: BinaryIO, name: str) -> Iterator[Document]:
    """The documents of a JSONL stream: ``{"id", "text"|"html", …metadata}`` per line."""
    for line_no, raw in enumerate(f, 1):
        if not raw.strip():
            continue
        where = f"{name}:{line_no}"
        try:
            # "[" × 100,000: the decoder's RecursionError is this line's problem, not the batch's
            record = without_surrogates(json.loads(raw))
        except (ValueError, RecursionError, MemoryError) as e:
            yield Document(where, problem=f"line {line_no} is not JSON that attrib can read "
                                          f"({type(e).__name__})")
            continue
        if not isinstance(record, dict):
            yield Document(where, problem=f"line {line_no} is not a JSON object")
            continue
        yield document_from_record(record, where, f"line {line_no}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate replaced by U+FFFD: JSON's ``"\\ud800"`` escapes
    decode to strings no UTF-8 encoder (nor spaCy, nor SQLite) accepts, as a damaged byte of a
    file is replaced when it is read."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    return value


def document_from_record(record: dict[str, Any], fallback_id: str, where: str = "the record") -> Document:
    """A ``{"id", "text"|"html", …metadata}`` record as a Document (``fallback_id`` without an id)."""
    doc_id = record.get("id")
    doc_id = fallback_id if doc_id in (None, "") else str(doc_id)
    meta = {k: v for k, v in record.items() if k not in CONTENT_FIELDS}
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return Document(doc_id, text, False, meta)
    if isinstance(html, str) and html.strip():
        return Document(doc_id, html, True, meta)
    # {"text": ""} or {"text": "  "}: the field is there, and empty: say so, not "has no text"
    empty = [k for k in ("text", "html") if isinstance(record.get(k), str)]
    if empty:
        return Document(doc_id, meta=meta, problem=f"{where} has an empty \"{empty[0]}\"")
    return Document(doc_id, meta=meta, problem=f"{where} has no \"text\" or \"html\"")

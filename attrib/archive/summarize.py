"""Figures over a corpus: how its claims are sourced, overall, by outlet or by month.

For each group: articles, claims, the share of claims that are unattributed, single-source,
anonymous and disputed, named and anonymous sources, non-responses, and documents that failed.
The same figures come from a SQLite store (its denormalised ``articles`` columns, no report is
parsed) and from a JSONL store (each report's summary), so both give the same table.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

from ..errors import InputError
from .inputs import month_of, standard_meta
from .store import connect_existing, flag_counts, read_outcomes, store_format

GROUPINGS = ("outlet", "month", "language")
SHARES = ("unattributed", "single_source", "anonymous", "disputed")
# what a group is called when its documents lack the field
MISSING = {"outlet": "(no outlet)", "month": "(no date)", "language": "(unknown)", None: "all"}


@dataclass
class Row:
    """The figures of one group of documents (``group``: an outlet, a month ``YYYY-MM``, …)."""

    group: str
    articles: int = 0
    claims: int = 0
    unattributed: int = 0
    single_source: int = 0
    anonymous: int = 0
    disputed: int = 0
    sources: int = 0
    named_sources: int = 0
    anonymous_sources: int = 0
    responses: int = 0
    errors: int = 0

    def share(self, flag: str) -> float | None:
        """The share of this group's claims carrying ``flag`` (None without claims)."""
        return getattr(self, flag) / self.claims if self.claims else None

    def add(self, other: Row) -> None:
        for f in fields(self)[1:]:
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self, key: str = "group") -> dict[str, str | int | float | None]:
        """The CSV row: counts, and each share rounded to 4 places next to its count."""
        out: dict[str, str | int | float | None] = {key: self.group}
        for f in fields(self)[1:]:
            out[f.name] = getattr(self, f.name)
            if f.name in SHARES:
                share = self.share(f.name)
                out[f"{f.name}_share"] = None if share is None else round(share, 4)
        return out


COUNTS = tuple(f.name for f in fields(Row)[2:-1])  # claims … responses (not articles, errors)


def summarize(path: str | Path, by: str | None = None) -> list[Row]:
    """One :class:`Row` per group (``by``: outlet, month, language; None: one row, "all"),
    sorted by group; groups without the field come last.

    Raises:
        InputError: ``path`` is not an attrib store, or ``by`` is not a known grouping.
    """
    if by is not None and by not in GROUPINGS:
        raise InputError(f"--by {by}: use one of {', '.join(GROUPINGS)}")
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such store: {path}")
    source = _sqlite_facts if store_format(path) == "sqlite" else _jsonl_facts
    rows: dict[str, Row] = {}
    for keys, row in source(path):
        group = keys.get(by) if by else "all"
        group = group or MISSING[by]
        rows.setdefault(group, Row(group)).add(row)
    missing = MISSING[by]
    return [rows[g] for g in sorted(rows, key=lambda g: (g == missing, g))]


def total(rows: list[Row]) -> Row:
    """The figures of all groups together."""
    out = Row("all")
    for row in rows:
        out.add(row)
    return out


Facts = Iterator[tuple[dict[str, str | None], Row]]


def _sqlite_facts(path: Path) -> Facts:
    """(outlet, month, language), figures for every document of a SQLite store."""
    db = connect_existing(path)
    try:
        sql = f"SELECT outlet, month, language, {', '.join(COUNTS)} FROM articles"
        for outlet, month, language, *counts in db.execute(sql):
            yield ({"outlet": outlet, "month": month, "language": language},
                   Row("", 1, *counts))
        for outlet, date in db.execute("SELECT outlet, date FROM errors"):
            yield {"outlet": outlet, "month": month_of(date), "language": None}, Row("", errors=1)
    finally:
        db.close()


def _jsonl_facts(path: Path) -> Facts:
    """The same facts from a JSONL store's records."""
    for outcome in read_outcomes(path):
        std = standard_meta(outcome.meta)
        keys = {"outlet": std["outlet"], "month": month_of(std["date"]), "language": None}
        if outcome.report is None:
            yield keys, Row("", errors=1)
            continue
        keys["language"] = outcome.report.get("language")
        counts = flag_counts(outcome.report)
        yield keys, Row("", 1, *(counts[c] for c in COUNTS))


def write_csv(rows: list[Row], path: str | Path, key: str = "group") -> None:
    """The rows as CSV (``key``: the name of the first column, e.g. ``outlet``)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = None
        for row in rows:
            d = row.as_dict(key)
            if writer is None:
                writer = csv.DictWriter(f, fieldnames=list(d))
                writer.writeheader()
            writer.writerow(d)


def write_chart(path: str | Path, store: str | Path, by: str = "month") -> int:
    """A chart of the four shares (PNG or SVG, from the file name): a line per share over the
    months (``by="month"``), or bars per outlet or language (``by="outlet"``/``"language"``);
    returns the number of groups drawn. Documents without a date (by month) are left out.

    Raises:
        InputError: an unknown image format, or no document has a readable date (by month).
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise InputError(f"--chart {path}: use a .png or .svg file name")
    if by != "month":
        return _bar_chart(path, fmt, store, by)
    rows = [r for r in summarize(store, by="month") if r.group != MISSING["month"] and r.claims]
    if not rows:
        raise InputError("no analysed document has a readable date: the chart is drawn by month "
                         "(give each document a date, e.g. a \"date\" field in JSONL)")
    # a Figure without pyplot: no global state, no screen; the Agg canvas draws PNG, SVG its own
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    fig = Figure(figsize=(8, 4.5), layout="constrained")
    ax = fig.add_subplot()
    months = [r.group for r in rows]
    for flag in SHARES:
        ax.plot(months, [r.share(flag) for r in rows], marker="o", label=flag.replace("_", "-"))
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("month")
    ax.set_ylabel("share of claims")
    ax.set_title(f"How claims are sourced ({sum(r.articles for r in rows)} articles)")
    ax.grid(alpha=0.3)
    _finish(fig, ax, path, fmt, rotate=len(months) > 6)
    return len(rows)


def _bar_chart(path: Path, fmt: str, store: str | Path, by: str) -> int:
    """The four shares as grouped bars, one group per outlet or language (the largest 20 by
    claims: a chart of hundreds of outlets is unreadable; the table has them all)."""
    rows = sorted((r for r in summarize(store, by=by) if r.claims), key=lambda r: -r.claims)[:20]
    if not rows:
        raise InputError("no analysed document has claims: there is nothing to chart")
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    fig = Figure(figsize=(max(6, 1.1 * len(rows) + 3), 4.5), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / len(SHARES)
    for k, flag in enumerate(SHARES):
        ax.bar([i + (k - 1.5) * width for i in range(len(rows))], [r.share(flag) or 0 for r in rows],
               width, label=flag.replace("_", "-"))
    ax.set_xticks(range(len(rows)), [r.group for r in rows])
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(by)
    ax.set_ylabel("share of claims")
    ax.set_title(f"How claims are sourced, by {by} ({sum(r.articles for r in rows)} articles)")
    ax.grid(alpha=0.3, axis="y")
    _finish(fig, ax, path, fmt, rotate=len(rows) > 5)
    return len(rows)


def _finish(fig, ax, path: Path, fmt: str, *, rotate: bool) -> None:
    """The legend beside the plot, slanted labels when there are many, and the file written
    (a failed write is an InputError, exit 2)."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    if rotate:
        ax.tick_params(axis="x", labelrotation=45)
    try:
        fig.savefig(path, format=fmt, dpi=120)
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from e


def rows_json(rows: list[Row], key: str = "group") -> str:
    """The rows as a JSON array (what ``summarize --format json`` prints)."""
    return json.dumps([r.as_dict(key) for r in rows], ensure_ascii=False, indent=2)

"""Quotation spans in raw text: one linear scan, any quote style, never raises.

Handles “curly”, "straight", «guillemets», „German“ and ‚single‘ quotes; tokenised text where
” both opens and closes (``” Dia sampaikan … , ” pungkasnya``); quotes over several
sentences and paragraphs (a paragraph that ends inside a quote continues when the next one
opens with a quote mark); nested quotes (inner marks are skipped). Unbalanced marks are
dropped and the scan goes on, so the other quotes still come out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# opening mark -> the marks that can close it
PAIRS: dict[str, str] = {
    "“": "”„\"",  # “English” (and the odd “mixed")
    "\"": "\"”“",  # "straight" (and "mixed”)
    "”": "”“",  # Swedish/tokenised style: ” … ”
    "«": "»",
    "»": "«",  # »Danish« style
    "„": "“”",  # „German“ / „Polish”
    "‘": "’",  # ‘single’ quotes when they stand alone
    "‚": "‘’",
}
DOUBLE_OPEN = "“\"”«»„"
SINGLE_OPEN = "‘‚"
ALL_MARKS = "“”\"«»„‘’‚"
_MARKS_RE = re.compile(r"[“”\"«»„‘’‚]|\n\s*\n")
_WORD_RE = re.compile(r"\w+")


@dataclass
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``parts`` are its paragraph pieces."""

    start: int
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _is_opener(text: str, i: int) -> bool:
    """Could the mark at i open a quote? Left-flanking: not glued to a word on its left."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        # tokenised text: ``” Saya minta …`` opens with a space after the mark
        nxt = text[i + 1:i + 3].strip()
        return (before.isspace() or before in "([{—–-:") and bool(nxt) and nxt[0] not in ALL_MARKS + ".,;:!?)"
    return not before.isalnum() and before not in ".,;:!?"


def _is_apostrophe(text: str, i: int) -> bool:
    """’ inside a word ("It’s", "Jones’") is an apostrophe, not a closing quote."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after in "s")


def find_quotes(text: str) -> list[Quote]:
    """All double-quote spans (single quotes only where no double quote is open).

    Linear in ``len(text)``: one pass over the quote marks and paragraph breaks.
    """
    quotes: list[Quote] = []
    open_at: int | None = None  # offset of the open mark
    open_mark = ""
    part_start = 0
    parts: list[tuple[int, int]] = []
    pending: Quote | None = None  # a quote left open at a paragraph break

    for m in _MARKS_RE.finditer(text):
        i = m.start()
        ch = m.group()
        if ch[0] == "\n":  # paragraph break
            if open_at is not None:
                # an open quote at a paragraph's end continues if the next paragraph opens one
                nxt = m.end()
                if nxt < len(text) and text[nxt] in DOUBLE_OPEN + SINGLE_OPEN:
                    parts.append((part_start, _rstrip(text, i)))
                    pending = Quote(open_at, _rstrip(text, i), list(parts))
                else:
                    pending = None
                    parts = []
                open_at = None
            continue
        if open_at is None:
            if ch == "’" or (ch in "‘‚" and not _is_opener(text, i)):
                continue
            if ch in "”\"»“" and not _is_opener(text, i):
                continue  # a stray closing mark: unbalanced, skip it
            if pending is not None and _para_start(text, i):
                # the continuation of a quote from the previous paragraph
                open_at, open_mark, part_start = pending.start, ch, i
                parts = pending.parts
                pending = None
                continue
            pending = None
            open_at, open_mark, part_start, parts = i, ch, i, []
            continue
        # a quote is open: does this mark close it?
        if ch == "’" and _is_apostrophe(text, i):
            continue
        closers = PAIRS.get(open_mark, "")
        if ch in closers and not (ch in "“„" and ch != open_mark and _is_opener(text, i) and open_mark != "„"):
            if ch == open_mark and ch in "”\"" and _is_opener(text, i) and not _closes(text, i):
                continue  # ` ” Saya` inside an open quote: unusual, treat as noise
            end = i + 1
            parts.append((part_start, end))
            quotes.append(Quote(open_at, end, parts))
            open_at, parts = None, []
        # any other mark inside an open quote is nested or an apostrophe: skip
    return quotes


def _closes(text: str, i: int) -> bool:
    """A mark followed by space/punctuation/end closes: ``… ,” kata`` / ``… ” pungkasnya``."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isspace() or after in ".,;:!?)—–-"


def _para_start(text: str, i: int) -> bool:
    j = text.rfind("\n", 0, i)
    return not text[j + 1:i].strip()


def _rstrip(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def word_count(text: str, start: int, end: int) -> int:
    return len(_WORD_RE.findall(text, start, end))

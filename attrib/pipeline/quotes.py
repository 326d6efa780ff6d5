"""Quotation spans in raw text: one linear scan, any quote style, never raises.

Handles “curly”, "straight", «guillemets», »Danish«, „German“ and ‚single‘ quotes; tokenised
text where ” both opens and closes (``” Dia sampaikan … , ” pungkasnya``); quotes over several
sentences and paragraphs (a paragraph that ends inside a quote continues into the next one);
nested quotes (``“… “jeger-jeger” …”``: inner marks are counted, not taken as the end).
Unbalanced marks are dropped and the scan goes on, so the other quotes still come out.

Every quote gets a ``kind``: ``speech``, or ``title``/``scare`` for a few words in quotes
without sentence punctuation ("the “Art of the Deal”", so-called “experts”), which are not
speech unless a cue stands next to them (the extraction strategies decide that).
"""
from __future__ import annotations

import re
from bisect import bisect_right
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
SENTENCE_PUNCT = ".,;:!?…"
_MARKS_RE = re.compile(r"[“”\"«»„‘’‚]|\n\s*\n")
_WORD_RE = re.compile(r"\w+")
# a short quote is a title or a scare quote unless it carries sentence punctuation
MAX_NON_SPEECH_WORDS = 4


@dataclass
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``parts`` are its paragraph pieces."""

    start: int
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "speech"  # speech | title | scare

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1

    @property
    def speech(self) -> bool:
        return self.kind == "speech"


def _prev_char(text: str, i: int) -> str:
    """The nearest non-space character before i on the same line ("\\n" at a line start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return text[j] if j >= 0 else "\n"


def _next_char(text: str, i: int) -> str:
    j = i + 1
    n = len(text)
    while j < n and text[j] in " \t":
        j += 1
    return text[j] if j < n else "\n"


def _is_opener(text: str, i: int) -> bool:
    """Could the mark at i open a quote? Left-flanking: not glued to a word on its left."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        # tokenised text: ``” Saya minta …`` opens with a space after the mark
        prev, nxt = _prev_char(text, i), _next_char(text, i)
        if not (before.isspace() or before in "([{—–-:"):
            return False
        if nxt in ALL_MARKS + ".,;:!?)\n" or not nxt.strip():
            return False
        if text[i] not in "”\"»":
            return True  # “ and „ only ever open
        # ``… ekonomi , ” ujar Budi``: a ” after punctuation and before a lower-case word
        # closes a quote whose opening mark is missing, unless a few words without sentence
        # punctuation and the same mark follow: ``… , ” kota hujan ” tersebut`` opens
        return not (prev in ",;.!?…" and nxt.islower()) or _short_quote_ahead(text, i)
    return not before.isalnum() and before not in ".,;:!?"


def _short_quote_ahead(text: str, i: int) -> bool:
    """Whether the mark at i closes again within a few words, none of them punctuation (a
    scare quote or a title: ``” kota hujan ”``). Looks a bounded distance ahead."""
    j = text.find(text[i], i + 1, i + 1 + 12 * MAX_NON_SPEECH_WORDS)
    if j < 0:
        return False
    inner = text[i + 1:j]
    return not any(c in SENTENCE_PUNCT + "\n" for c in inner) \
        and 0 < len(_WORD_RE.findall(inner)) <= MAX_NON_SPEECH_WORDS


def _is_apostrophe(text: str, i: int) -> bool:
    """’ inside a word ("It’s", "Jones’") is an apostrophe, not a closing quote."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after in "s")


def _closes(text: str, i: int) -> bool:
    """A mark followed by space/punctuation/end closes (``… ,” kata`` / ``… ” pungkasnya``), and
    so does one glued to the next word right after punctuation (``… segmen, "katanya.``)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,;:!?)—–-":
        return True
    return _prev_char(text, i) in SENTENCE_PUNCT


def find_quotes(text: str) -> list[Quote]:
    """All double-quote spans (single quotes only where no double quote is open).

    Linear in ``len(text)``: one pass over the quote marks and paragraph breaks. A quote open
    at a paragraph's end continues into the next paragraph; if it is still open at the end of
    that one (and the paragraph did not reopen with a mark) it is dropped, and the quotes nested
    inside it come out on their own.
    """
    quotes = _QuoteScan(text).run()
    quotes.sort(key=lambda q: q.start)
    return _repair_shifted(text, quotes)


class _QuoteScan:
    """The pairing of quote marks in one pass: the open quote (its mark, its paragraph pieces),
    the quotes nested in it, and the quotes found so far."""

    def __init__(self, text: str):
        self.text = text
        self.quotes: list[Quote] = []
        self.open_at: int | None = None  # offset of the open mark
        self.open_mark = ""
        self.depth = 0  # nested double quotes open inside the current one
        self.sdepth = 0  # nested single quotes open inside the current one
        self.part_start = 0
        self.parts: list[tuple[int, int]] = []
        self.carried = False  # the open quote was carried over a paragraph break without a new mark
        self.skip_at = -1  # offset of a continued paragraph's opening mark
        self.nested: list[tuple[int, int]] = []  # complete quotes nested in the open one
        self.nested_at = 0

    def run(self) -> list[Quote]:
        """Every quote in the text, in the order they close."""
        for m in _MARKS_RE.finditer(self.text):
            i, ch = m.start(), m.group()
            if ch[0] == "\n":
                self._paragraph_break(i, m.end())
            elif self.open_at is None:
                self._open(i, ch)
            elif i != self.skip_at:  # (the opener of a continued paragraph is skipped)
                self._mark_in_quote(i, ch)
        if self.open_at is not None:
            self._drop_open()
        return self.quotes

    def _drop_open(self) -> None:
        """An unbalanced opener: the quotes found inside it still come out."""
        text = self.text
        self.quotes.extend(Quote(a, b, [(a, b)], _kind(text, a, b)) for a, b in self.nested)
        self.nested.clear()

    def _paragraph_break(self, i: int, nxt: int) -> None:
        """An open quote at a paragraph's end continues in the next paragraph, which usually
        (re)opens with a quote mark: “…\\n\\n“…,” kata X. Carried over one break already and
        still open, it is unbalanced and dropped."""
        if self.open_at is None:
            return
        if self.carried:
            self._drop_open()
            self.open_at, self.parts, self.carried = None, [], False
            return
        text = self.text
        self.parts.append((self.part_start, _rstrip(text, i)))
        if nxt < len(text) and text[nxt] in DOUBLE_OPEN + SINGLE_OPEN:
            self.part_start = nxt  # the mark at nxt is the continuation's opener, skipped
            self.skip_at = nxt
        else:
            self.part_start, self.skip_at = nxt, -1
            self.carried = True  # no new mark: must close within this paragraph
        self.depth = self.sdepth = 0

    def _open(self, i: int, ch: str) -> None:
        """A mark with no quote open: it opens one, unless it cannot open (a ’, a stray
        closing mark: unbalanced, skipped)."""
        if ch == "’" or not _is_opener(self.text, i):
            return
        self.open_at, self.open_mark, self.part_start, self.parts = i, ch, i, []
        self.depth = self.sdepth = 0
        self.carried = False
        self.nested.clear()

    def _mark_in_quote(self, i: int, ch: str) -> None:
        """A mark while a quote is open: it closes the quote, opens or closes a nested one, or
        is an apostrophe or another style inside it."""
        text = self.text
        if ch == "’" and _is_apostrophe(text, i):
            return
        closers: str | None = PAIRS.get(self.open_mark, "")
        if self.open_mark not in SINGLE_OPEN:
            closers = self._single_inside_double(i, ch, closers)
            if closers is None:
                return
        if self._opens_nested(i, ch, closers):
            self.nested_at = self.nested_at if self.depth else i
            self.depth += 1
            return
        if ch not in closers:
            return  # another style inside an open quote: nested or an apostrophe
        if ch == self.open_mark and ch in "”\"" and _is_opener(text, i) and not _closes(text, i):
            return  # `` ” Saya`` inside an open quote: unusual, treat as noise
        if self.depth:
            self._close_nested(i)
        else:
            self._close(i)

    def _single_inside_double(self, i: int, ch: str, closers: str) -> str | None:
        """Single quotes inside a double quote: ``“… ‘coblos kotak kosong’ …”``. Returns the
        marks that close the open quote, or None when the mark was a single quote's."""
        text = self.text
        if ch in SINGLE_OPEN:
            self.sdepth += _is_opener(text, i)
            return None
        if ch != "’":
            return closers
        if self.sdepth:
            self.sdepth -= 1
            return None
        spaced = text[i - 1].isspace() and text[i + 1:i + 2].isspace()
        # ``“ … kebijakan , ’ kata Budi``: a mismatched closing mark after punctuation
        if not (spaced and _prev_char(text, i) in SENTENCE_PUNCT):
            # tokenised ``masih ’ sakit ’ akibat``: ’ also opens a nested quote
            self.sdepth += spaced and _next_char(text, i).isalnum()
            return None
        return closers + "’"

    def _opens_nested(self, i: int, ch: str, closers: str) -> bool:
        """Does the mark open a quote nested in the open one: ``“… “jeger-jeger” …”``, or “
        opening a nested quote inside a ”-quote?"""
        text, mark = self.text, self.open_mark
        if ch in "“„«" and ch not in closers and _is_opener(text, i):
            return True
        return ch in closers and ch in "“„" and ch != mark and mark != "„" and _is_opener(text, i)

    def _close_nested(self, i: int) -> None:
        """The nested quote closes at i; the outermost one is kept if it holds a word."""
        self.depth -= 1
        if not self.depth and _WORD_RE.search(self.text, self.nested_at, i):
            self.nested.append((self.nested_at, i + 1))

    def _close(self, i: int) -> None:
        """The open quote closes at i (`` "" `` quotes nothing and is not kept)."""
        end = i + 1
        self.parts.append((self.part_start, end))
        if _WORD_RE.search(self.text, self.open_at, end):
            self.quotes.append(Quote(self.open_at, end, self.parts,
                                     _kind(self.text, self.open_at, end)))
        self.open_at, self.parts, self.carried = None, [], False
        self.nested.clear()


# ``… terlihat . ” Selanjutnya , … lainnya . ” Kami melakukan … , ” ujar X``: a stray closing
# mark (its quote opened in an earlier, unmarked paragraph) shifts the pairing by one, so a
# stretch of narration becomes a quote and the real quote's closing mark, before its cue, is left
# without an opener
_STRAY_CLOSER = re.compile(r"[,.!?…]\s*”(?=\s+[a-z])")


def _repair_shifted(text: str, quotes: list[Quote]) -> list[Quote]:
    """Re-pair a stray closer with the mark before it: that mark (after a full stop, before a
    capitalised word) opens the real quote that the stray mark closes; a quote that mark closed
    was narration between two unbalanced marks."""
    if not quotes and "”" not in text or "”" not in text:
        return quotes
    starts = [q.start for q in quotes]
    out = {(q.start, q.end): q for q in quotes}
    for m in _STRAY_CLOSER.finditer(text):
        c = m.end() - 1  # the stray mark
        k = bisect_right(starts, c) - 1
        if k >= 0 and quotes[k].start <= c < quotes[k].end:
            continue  # inside a quote: not stray
        mark = max(text.rfind(ch, 0, c) for ch in DOUBLE_OPEN)  # (single marks nest inside)
        if mark < 0 or text[mark] != "”" or "\n" in text[mark:c] \
                or _prev_char(text, mark) not in ".!?…" or not _next_char(text, mark).isupper():
            continue
        closed = next((q for q in quotes[max(0, k - 1):k + 1] if q.end == mark + 1), None)
        if closed is not None:
            out.pop((closed.start, closed.end), None)
        elif k >= 0 and quotes[k].start <= mark < quotes[k].end:
            continue  # the mark opens or sits inside a quote
        out[(mark, c + 1)] = Quote(mark, c + 1, [(mark, c + 1)], _kind(text, mark, c + 1))
    return sorted(out.values(), key=lambda q: q.start)


def _kind(text: str, start: int, end: int) -> str:
    """``speech``, or ``title``/``scare`` for a few words without sentence punctuation."""
    inner = text[start + 1:end - 1].strip()
    words = _WORD_RE.findall(inner)
    if len(words) > MAX_NON_SPEECH_WORDS or not words or inner[-1:] in SENTENCE_PUNCT:
        return "speech"
    # "the “Art of the Deal”": capitalised content words make a title
    caps = sum(w[0].isupper() for w in words if len(w) > 3)
    long = sum(len(w) > 3 for w in words)
    return "title" if long and caps == long else "scare"


def _rstrip(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def word_count(text: str, start: int, end: int) -> int:
    return len(_WORD_RE.findall(text, start, end))

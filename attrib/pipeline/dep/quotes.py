"""Quotations next to a cue clause: ``“…,” X said`` · ``X said: “…”`` · ``“…,” said X, “…”``."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..found import Found
from ..quotes import Quote
from .spans import _Quotes, _set_kind, _token_at
from .scheme import VBD, VBP, VBZ

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_WORD = re.compile(r"\w")


def _attach_quotes(doc: Doc, found: Found, lo: int, hi: int, sent: Span, qs: _Quotes,
                   cues: frozenset[str], reports_clause: bool = False) -> bool:
    """``“…,” X said`` / ``X said: “…”`` / ``“…,” said X, “…”``: take the quotes next to
    the cue clause [lo, hi). Returns whether any quote was taken."""
    text = qs.text
    before = _quote_before(qs, lo, reports_clause)
    taken = _quotes_taken(qs, before, hi, sent, cues)
    if not taken:
        return False
    for k in taken:
        _take_quote(qs, k, found)
    found.content = [(qs.items[k].start, qs.items[k].end) for k in sorted(taken)]
    found.direct, found.indirect = True, False
    if before is not None and taken[0] == before:
        _with_lead_in(text, found, qs.items[before], sent)
    return True


def _quote_before(qs: _Quotes, lo: int, reports_clause: bool) -> int | None:
    """The quote right before the cue clause, unless it is a title or ends a sentence of its
    own before a cue that reports a clause."""
    text = qs.text
    before = qs.ending_before(text, lo)
    if before is None or _is_title(text, qs.items[before]):
        return None
    if reports_clause and text[qs.items[before].end - 2] == ".":
        # "… called it “fanatic recklessness.” Seoul said Kim's state is …": a quotation
        # that ends its own sentence belongs to the previous one, not to this cue's clause
        return None
    return before


def _quotes_taken(qs: _Quotes, before: int | None, hi: int, sent: Span,
                  cues: frozenset[str]) -> list[int]:
    """The quotes the cue takes: the one before its clause, the one after it, and the rest of
    an interrupted quotation."""
    text = qs.text
    taken: list[int] = []
    # "“…,” X said": a quote right before the cue clause, not yet taken by a nearer cue
    if before is not None and (qs.owner.get(before) is None or _continued(qs, before)):
        taken.append(before)
    after = qs.starting_after(text, hi)
    if after is not None and _is_title(text, qs.items[after]):
        after = None
    if after is not None and qs.owner.get(after) is None:
        if not taken:
            taken.append(after)  # "X said: “…”"
        elif text[hi:qs.items[after].start].strip() in (",", ""):
            taken.append(after)  # "“…,” said X, “…”": the second half of the quote
    if taken == [before]:
        nxt = _later_quote(text, hi, sent, qs, cues)
        if nxt is not None and qs.owner.get(nxt) is None:
            # "“A,” she said. “B.”": the next sentence continues the same quotation
            taken.append(nxt)
    return taken


def _take_quote(qs: _Quotes, k: int, found: Found) -> None:
    """Give quote ``k`` to ``found``; the quote was perhaps a tentative continuation of an
    earlier cue, and this cue is nearer."""
    prev = qs.owner.get(k)
    if prev is not None and prev is not found:
        q = qs.items[k]
        prev.content = [p for p in prev.content if p != (q.start, q.end)]
        if prev.content:
            # "Y, the people said. “Z,” said one of them": without the quotation the
            # earlier relation is what its remaining pieces are (not mixed)
            prev.direct, prev.indirect = False, True
            _set_kind(prev, qs)
    qs.owner[k] = found


def _with_lead_in(text: str, found: Found, q: Quote, sent: Span) -> None:
    """"using the tax ''is a misguided approach,'' said X": the words before a quotation that
    ends the content are part of it (a mixed claim)."""
    lead = text[sent.start_char:q.start]
    if q.start > sent.start_char and _WORD.search(lead) and "\n" not in lead:
        start = sent.start_char + len(lead) - len(lead.lstrip())
        found.content[0] = (start, found.content[0][1])
        found.indirect = True


def _is_title(text: str, q: Quote) -> bool:
    """A title or name in quotes ("on “Fox News Sunday,”", "the “Art of the Deal”"):
    a few words, each capitalised or a short function word, and no sentence inside."""
    words = text[q.start + 1:q.end - 1].strip(" ,.").split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or (len(w) <= 3 and w.islower()) for w in words) \
        and not any(ch in text[q.start:q.end] for ch in "!?")


def _continued(qs: _Quotes, k: int) -> bool:
    """A quote owned only as a tentative continuation may be re-taken by a nearer cue."""
    owner = qs.owner.get(k)
    return owner is not None and len(owner.content) > 1 and owner.content[0] != (qs.items[k].start, qs.items[k].end)


def _later_quote(text: str, hi: int, sent: Span, qs: _Quotes, cues: frozenset[str]) -> int | None:
    """The rest of an interrupted quotation: right after the cue clause (``“A,” he said.
    “B.”``, ``“A,” he said, but “B.”``), later in the cue's sentence after a comma
    (``“A,” Tester said, referring to X, “B.”``) or opening the next sentence of the same
    paragraph (``“A,” she said, clapping. “B.”``)."""
    k = bisect_left(qs.starts, hi)
    if k >= len(qs.items):
        return None
    start = qs.items[k].start
    gap = text[hi:start]
    if "\n" in gap:
        return None
    if gap.strip() in ("", ".", ",", ", but", ", and"):
        return k
    if start < sent.end_char:
        # in the same sentence only after a comma (", “B"), and not after another cue
        # ("…,” Halvorsen said, adding later, “B”": B is what he added)
        return k if gap.rstrip().endswith(",") and not _has_verb(sent, hi, start, cues) else None
    if text[sent.end_char:start].strip():
        return None
    return k


def _has_verb(sent: Span, a: int, b: int, cues: frozenset[str]) -> bool:
    """A finite verb or a cue verb between offsets a and b (another clause, another cue)."""
    doc = sent.doc
    k = _token_at(doc, a, sent)
    while k < sent.end and doc[k].idx < b:
        t = doc[k]
        if t.idx >= a and (t.tag_ in (VBD, VBZ, VBP) or t.lemma_.lower() in cues):
            return True
        k += 1
    return False

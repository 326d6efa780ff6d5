"""From what the user gave (bytes, a file, HTML) to the text attrib analyses, and its blocks.

The analysed text is kept exactly: every offset in a report points into it. Blocks are the
article's lines classified as body paragraphs, headings or boilerplate (headings and
boilerplate never become claims).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])",
                         re.I | re.S)
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
# a line that ends like a sentence (or a quote that ends one)
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’»)\]]*\s*$|[\"”’»]\s*$")


@dataclass(frozen=True)
class Block:
    """One line of the article: ``kind`` is ``body``, ``heading`` or ``boilerplate``."""

    start: int
    end: int
    kind: str


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a detected charset.

    Raises InputError for binary data that is not text in any encoding.
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"the input starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}") from e
    if _looks_binary(data):
        raise InputError("the input looks like a binary file (PDF, image or similar), not text; "
                         "give attrib a .txt or .html file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except ImportError:  # pragma: no cover - charset_normalizer comes with requests
        pass
    return data.decode("cp1252", errors="replace")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")):
        return True
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.1


def is_html(data: bytes | str, name: str | None = None) -> bool:
    if name and name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    return bool(_HTML_START.match(head))


def html_to_text(html: str) -> str:
    """The article text of an HTML page (trafilatura), paragraphs separated by blank lines."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True, deduplicate=False)
    if not text or not text.strip():
        raise InputError("no article text could be extracted from this HTML page")
    return re.sub(r"\n(?=[^\n])", "\n\n", text.strip())


def read_input(data: bytes, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes from a file or stdin to the text to analyse (HTML is reduced to its article text)."""
    if len(data) > max_bytes:
        raise InputError(f"the input is {len(data):,} bytes, more than the limit of {max_bytes:,} "
                         f"(raise it with --max-bytes)")
    text = decode(data)
    if is_html(text, name):
        text = html_to_text(text)
    if not text.strip():
        raise InputError("the input is empty: there is no text to analyse")
    return text


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path} is a directory, not an article file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path} is {size:,} bytes, more than the limit of {max_bytes:,} "
                             f"(raise it with --max-bytes)")
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise InputError(f"no such file: {path}") from e
    except PermissionError as e:
        raise InputError(f"cannot read {path}: permission denied") from e
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    return read_input(data, p.name, max_bytes)


def blocks(text: str, boilerplate: list[re.Pattern[str]] | tuple = ()) -> list[Block]:
    """Classify each non-empty line of the text.

    - boilerplate: a line matching one of the pack's patterns ("Source link", "Read more",
      "By Jane Doe", "Reporting by …");
    - heading: a short line (≤ 8 words) that does not end like a sentence ("Pasokan terbatas",
      "Limited supply") — a title or section heading, not an assertion;
    - body: everything else.
    """
    out: list[Block] = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        line = m.group()
        if not line.strip():
            continue
        ls = len(line) - len(line.lstrip())
        s, e = s + ls, s + len(line.rstrip())
        stripped = text[s:e]
        if any(p.search(stripped) for p in boilerplate):
            kind = "boilerplate"
        elif _is_heading(stripped):
            kind = "heading"
        else:
            kind = "body"
        out.append(Block(s, e, kind))
    return out


def _is_heading(line: str) -> bool:
    n = len(_WORD.findall(line))
    return 0 < n <= 8 and not _SENTENCE_END.search(line) and not any(q in line for q in "“”\"«»„")

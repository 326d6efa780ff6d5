"""From what the user gave (bytes, a file, HTML) to the text attrib analyses, and its blocks.

The analysed text is kept exactly: every offset in a report points into it. Blocks are the
article's lines classified as body paragraphs, headings or boilerplate (headings and
boilerplate never become claims).

Nothing here executes or fetches anything: HTML is parsed with lxml's HTML parser (no
network, no DTDs, comments and processing instructions dropped) and only its visible text is
kept. Every step is linear in the size of the input.
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# the longest text analysed by default: the limit that bounds time (and memory, which grows
# with the text). English runs at about 20,000 characters a second on one core, so 1,000,000
# characters is under a minute; Indonesian is some twenty times faster
DEFAULT_MAX_CHARS = 1_000_000

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title)[\s>/]",
    re.I | re.S)
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
# a well-formed multi-byte UTF-8 sequence: its presence marks UTF-8 text with a few bad bytes
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NEWLINES = re.compile(r"\r\n?")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
# a dateline opening the first paragraph ("JAKARTA, KOMPAS — "; the forms come from the
# language packs, see attrib.lang.dateline_pattern): where the story was filed, not a claim

# a line that ends like a sentence (or a quote that ends one)
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’»)\]]*\s*$|[\"”’»]\s*$")

# magic numbers of the binary files people hand to a text tool by mistake
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive (.docx, .epub, .zip)"),
    (b"\x7fELF", "an executable"), (b"\x1f\x8b", "a gzip archive"), (b"RIFF", "a media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"), (b"{\\rtf", "an RTF document"),
)


@dataclass(frozen=True)
class Block:
    """One line of the article: ``kind`` is ``body``, ``heading``, ``boilerplate`` or
    ``dateline`` (the "CITY, date -" that opens a paragraph, followed by its body block)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """The text to analyse and how it was obtained.

    ``notes`` are things the user should know (a fallback encoding, replaced bytes, HTML
    extracted without the article detector); the CLI prints them as warnings.
    """

    text: str
    encoding: str
    html: bool = False
    notes: tuple[str, ...] = ()
    headline: str | None = None  # an HTML page's <h1>, which the article detector leaves out


# --- bytes → str -----------------------------------------------------------------------------

def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text; see :func:`decode_ex` for the rules."""
    return decode_ex(data, declared)[0]


def decode_ex(data: bytes, declared: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Bytes to ``(text, encoding, notes)``.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); the ``declared`` charset (an HTTP
    header or an HTML ``<meta charset>``) when it decodes cleanly; UTF-8; UTF-16 without a
    BOM (every other byte zero); UTF-8 with a few invalid bytes replaced by U+FFFD; else
    Windows-1252, the legacy encoding of English and Indonesian text.

    Raises InputError for binary data (PDF, images, archives, random bytes).
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, ()
            except UnicodeDecodeError as e:
                raise InputError(f"the input starts with a {enc} byte-order mark but is not valid "
                                 f"{enc} ({e.reason} at byte {e.start}); save it again as UTF-8") from e
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, ()
        except UnicodeDecodeError:
            pass
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"the input is {kind}, not text: attrib reads plain text or HTML "
                         f"(convert it to a .txt file first)")
    if declared := _codec(declared) or _codec(_meta_charset(data)):
        try:
            return data.decode(declared), declared, ()
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    # UTF-8 text with a few corrupted bytes: keep the UTF-8 reading, mark the bad bytes
    if _UTF8_MULTIBYTE.search(data) and bad <= max(8, len(data) // 200):
        return text, "utf-8", (f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD",)
    return (data.decode("cp1252", errors="replace"), "cp1252",
            ("the input is not UTF-8: it was read as Windows-1252 (Western European); "
             "if the text looks wrong, convert the file to UTF-8",))


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is zero (ASCII-range text), else None."""
    head = data[:4096]
    if len(head) < 16 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    # "T\x00h\x00e\x00": little-endian text of Latin letters
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _binary_kind(data: bytes) -> str | None:
    head = data[:8192]
    if not head:
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return "binary data" if controls / len(head) > 0.1 else None


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _codec(name: str | None) -> str | None:
    """The Python codec of a declared charset name, or None if unknown or not a text codec."""
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # "latin-1"/"iso-8859-1"/"us-ascii" are cp1252 in practice (the WHATWG rule)
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    # a page cannot be UTF-16 if it declared so in ASCII bytes; never trust a BOM-less claim
    if info.name.startswith(("utf-16", "utf-32")):
        return None
    return info.name


# --- HTML → text -----------------------------------------------------------------------------

def is_html(data: bytes | str, name: str | None = None) -> bool:
    """Whether the input is an HTML page: by its file name, else by how it starts."""
    if name and name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    return bool(_HTML_START.match(head))


# elements whose content is never visible article text
_DROP_TAGS = frozenset("""script style noscript template iframe frame frameset object embed applet
svg math canvas audio video source track map area input button select option textarea
head title meta link base""".split())
# class names that CSS frameworks hide (Bootstrap, Tailwind, WordPress, …)
_HIDDEN_CLASSES = frozenset("""hidden d-none is-hidden visually-hidden sr-only screen-reader-text
invisible""".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# elements that start a new line of text
_BLOCK_TAGS = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre article section
main aside header footer nav figure figcaption table tr td th caption br hr address details
summary""".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _hidden(attrs: dict[str, str | None]) -> bool:
    """``hidden``, ``aria-hidden="true"``, ``style="display:none"`` or a hiding class."""
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    return bool(_HIDDEN_CLASSES.intersection((attrs.get("class") or "").lower().split()))


def html_to_text(html: str) -> str:
    """The visible article text of an HTML page, paragraphs separated by blank lines."""
    return extract_html(html)[0]


# '<!DOCTYPE html [ <!ENTITY x "y"> ]>': HTML parsers end the doctype at the first ">", so
# the internal subset's "]>" would become article text; the whole declaration is replaced
_DOCTYPE_SUBSET = re.compile(r"\A(\ufeff?\s*)<!doctype[^\[>]*\[.*?\]\s*>", re.I | re.S)


def extract_html(html: str) -> tuple[str, tuple[str, ...]]:
    """``(text, notes)``: the article text (trafilatura over a cleaned tree).

    Scripts, styles, comments, templates, form controls and hidden elements are removed
    before trafilatura sees the page. A page too deeply nested for lxml (it silently drops
    what lies deeper than 255 levels) or too short for trafilatura's article detector falls
    back to all of its visible text, read by a streaming parser with no depth limit.
    """
    html = _DOCTYPE_SUBSET.sub(r"\1<!DOCTYPE html>", html, count=1)
    tree, too_deep = _parse_html(html)
    text = None if too_deep or tree is None else _trafilatura(tree)
    notes: tuple[str, ...] = ()
    if not text:
        text = _visible_text(html)
        if too_deep:
            notes = ("the HTML is nested too deeply for the article detector: all of its visible "
                     "text was analysed",)
    text = _NEWLINES.sub("\n", text).strip()
    if not text:
        raise InputError("no article text could be extracted from this HTML page")
    # one line per paragraph in trafilatura's output: make paragraphs explicit
    return re.sub(r"\n+", "\n\n", text), notes


def html_headline(html: str) -> str | None:
    """The page's headline: the text of its first ``<h1>`` (trafilatura drops it from the
    article text), whitespace collapsed; None without one."""
    tree, _ = _parse_html(html)
    if tree is None:
        return None
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return None


def _parse_html(html: str):
    """An lxml tree of the page with hidden and non-text elements removed; ``(tree, too_deep)``."""
    import lxml.html
    from lxml import etree

    def parse(doc: str | bytes, **encoding: str):
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                      collect_ids=False, default_doctype=False, **encoding)
        tree = lxml.html.document_fromstring(doc, parser=parser)
        # libxml2 drops what lies deeper than 255 levels, and says so only in its log
        return tree, any("depth" in str(e.message).lower() for e in parser.error_log)

    try:
        tree, too_deep = parse(html)
    except (etree.ParserError, ValueError):  # "Document is empty", or an encoding declaration
        try:
            tree, too_deep = parse(html.encode("utf-8"), encoding="utf-8")
        except (etree.ParserError, ValueError):
            return None, False
    for el in list(tree.iter()):
        if el.getparent() is None:
            continue
        # comments and processing instructions have no string tag: they go too
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP_TAGS or _hidden(dict(el.attrib)):
            el.drop_tree()  # keeps the tail text, which belongs to the parent
    return tree, too_deep


def _trafilatura(tree) -> str | None:
    import trafilatura

    try:
        return trafilatura.extract(tree, include_comments=False, include_tables=False,
                                   include_images=False, include_links=False, favor_recall=True,
                                   deduplicate=False, with_metadata=False)
    except (RecursionError, ValueError) as e:  # a page trafilatura cannot walk: fall back
        log.warning("trafilatura failed (%s); using all visible text", e)
        return None


class _VisibleText(HTMLParser):
    """A streaming reader of an HTML page's visible text; no tree, so no depth limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip: str | None = None  # the tag whose content is being skipped
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            # nested elements of the same name inside a skipped one: "<div hidden><div>…</div>"
            if tag == self._skip and tag not in _VOID_TAGS:
                self._skip_depth += 1
                return
            # end tags HTML lets authors omit: "<head>…<body>", "<p hidden>…<p>"
            if not ((self._skip == "head" and tag == "body")
                    or (self._skip == "p" and tag in _BLOCK_TAGS)):
                return
            self._skip, self._skip_depth = None, 0
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self.parts.append("\n")
            return
        if tag in _DROP_TAGS or _hidden(dict(attrs)):
            self._skip, self._skip_depth = tag, 1
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip:
                self._skip_depth -= 1
                if not self._skip_depth:
                    self._skip = None
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    reader = _VisibleText()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- the input as a whole ----------------------------------------------------------------

def load_input(data: bytes, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, *,
               charset: str | None = None, html: bool | None = None,
               max_chars: int | None = DEFAULT_MAX_CHARS) -> Article:
    """Bytes from a file, stdin or the web to the :class:`Article` to analyse.

    Args:
        data: the raw bytes.
        name: a file name (its extension marks HTML) or None.
        max_bytes: refuse larger inputs.
        charset: a declared charset (an HTTP ``Content-Type``), tried after any BOM.
        html: force the HTML reading on or off; by default it is detected.
        max_chars: refuse a longer text (after HTML extraction); None: no limit.
    """
    if len(data) > max_bytes:
        raise InputError(f"the input is {len(data):,} bytes, more than the limit of {max_bytes:,} "
                         f"bytes (raise it with --max-bytes)")
    text, encoding, notes = decode_ex(data, charset)
    if html is None:
        html = is_html(text, name)
    headline = None
    if html:
        headline = html_headline(text)
        text, html_notes = extract_html(text)
        notes += html_notes
    else:
        # "\r\n" (Windows) and "\r" (old Mac) line ends: lines are paragraphs
        text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise InputError("the input is empty: there is no text to analyse")
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"the text is {len(text):,} characters, more than the limit of "
                         f"{max_chars:,} (about {max_chars / 20_000:.0f} s of English analysis; "
                         f"raise it with --max-chars)")
    return Article(text, encoding, html, notes, headline)


def read_input(data: bytes, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes from a file or stdin to the text to analyse (HTML is reduced to its article text)."""
    return load_input(data, name, max_bytes).text


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, at most ``max_bytes`` of them (a larger file is an InputError).

    The read itself is bounded, so a FIFO or a device (``/dev/zero``) cannot exhaust memory.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path} is a directory, not an article file")
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise InputError(f"no such file: {path}") from e
    except PermissionError as e:
        raise InputError(f"cannot read {path}: permission denied") from e
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    if len(data) > max_bytes:
        raise InputError(f"{path} is larger than the limit of {max_bytes:,} bytes "
                         f"(raise it with --max-bytes)")
    return data


def load_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, *,
              max_chars: int | None = DEFAULT_MAX_CHARS) -> Article:
    """A file to the :class:`Article` to analyse."""
    return load_input(read_bytes(path, max_bytes), Path(path).name, max_bytes, max_chars=max_chars)


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A file to the text to analyse."""
    return load_path(path, max_bytes).text


# --- blocks ----------------------------------------------------------------------------------

def blocks(text: str, boilerplate: list[re.Pattern[str]] | tuple = ()) -> list[Block]:
    """Classify each non-empty line of the text.

    - boilerplate: a line matching one of the pack's patterns ("Source link", "Read more",
      "By Jane Doe", "Reporting by …");
    - heading: a short line (≤ 8 words) that does not end like a sentence ("Pasokan terbatas",
      "Limited supply") — a title or section heading, not an assertion; a section label in
      capitals ("ABSTRACT.", "FULL TEXT."); the article's first line when it is a headline
      (:func:`_is_headline`);
    - dateline: "JAKARTA, KOMPAS — " at the start of a body line (the rest is body);
    - body: everything else.
    """
    from .lang import dateline_pattern

    dateline_at = dateline_pattern().match
    out: list[Block] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    first = next((k for k, (s, e) in enumerate(lines) if text[s:e].strip()), None)
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        ls = len(line) - len(line.lstrip())
        s, e = s + ls, s + len(line.rstrip())
        stripped = text[s:e]
        if any(p.search(stripped) for p in boilerplate):
            kind = "boilerplate"
        elif _is_heading(stripped) or _is_label(stripped) or (k == first and _is_headline(text, lines, k)):
            kind = "heading"
        else:
            kind = "body"
            dateline = dateline_at(stripped)
            if dateline:
                out.append(Block(s, s + len(dateline.group().rstrip()), "dateline"))
                s += dateline.end()
        out.append(Block(s, e, kind))
    return out


# a headline is at most this many words: a lead paragraph is longer, a title rarely is
_HEADLINE_WORDS = 16
# a section label in capitals: "ABSTRACT.", "FULL TEXT.", "WATCHDOG MEMO", "UPDATE:"
_LABEL = re.compile(r"[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,3}[.:]?")


def _is_label(line: str) -> bool:
    """"ABSTRACT.", "FULL TEXT.": a line of one to four words in capitals labels a section
    (an acronym line of a single letter-group such as "AS" is too short to tell)."""
    return len(line) >= 4 and bool(_LABEL.fullmatch(line)) and len(_WORD.findall(line)) <= 4


def _is_headline(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """The article's first line is its headline when more text follows it, it is one short
    sentence ("Democratic tensions escalate over raids.", "Firm in talks to buy rival -
    sources") and the paragraph after it is longer: a lead paragraph is rarely a single line
    of sixteen words or fewer."""
    s, e = lines[k]
    line = text[s:e].strip()
    # the next paragraph, past section labels ("ABSTRACT.")
    nxt = next((x for a, b in lines[k + 1:] for x in [text[a:b].strip()] if x and not _is_label(x)), None)
    if nxt is None or not line or len(line) > 160:
        return False
    n = len(_WORD.findall(line))
    # "He said:" introduces what follows; a quotation opening the text is no title; a second
    # sentence inside the line ("Harga naik. Warga cemas.") makes it a paragraph
    if line[0] in "“\"'«„" or line.endswith(":") or re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", line):
        return False
    from .lang import dateline_pattern

    if dateline_pattern().match(line):
        return False
    # a title that ends like a sentence has no clause to set off: "The army likely attacked the
    # grid, according to a report." is a lead
    if _SENTENCE_END.search(line) and "," in line:
        return False
    return 0 < n <= _HEADLINE_WORDS and len(_WORD.findall(nxt)) > n


def _is_heading(line: str) -> bool:
    if len(line) > 200:  # no title is this long (and a 1 MB line is not counted word by word)
        return False
    n = len(_WORD.findall(line))
    return 0 < n <= 8 and not _SENTENCE_END.search(line) and not any(q in line for q in "“”\"«»„")

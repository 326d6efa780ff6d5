"""The library side of ``attrib serve``: a small local web page that reports on an article.

``GET /`` is a form where the user pastes text or uploads a .txt/.html file; ``POST /report``
answers with the same self-contained page as ``attrib check --format html``. The server is the
standard library's :class:`~http.server.ThreadingHTTPServer`: nothing to install, and enough for
one person on their own machine (it binds the loopback interface unless told otherwise).

What it guarantees:

- **a request size cap**: a body over ``max_bytes`` is refused with 413 before it is read;
- **nothing stored**: the article lives in memory for one request; nothing is written to disk,
  and the access log (through :mod:`logging`) has the method, path and status, never the text;
- **bad input is a page, not a traceback**: an empty, binary or undecodable article, or an
  unsupported language, answers 400 with the error message; a bug answers 500 with one line
  (the traceback goes to the log);
- **no script from the article runs**: the report escapes everything and its Content-Security-
  Policy allows only its own script; the form page has no script at all.

This module never prints; the CLI (``attrib/cli/serve.py``) does.
"""
from __future__ import annotations

import logging
import threading
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs

from .errors import AttribError, InputError
from .lang import SUPPORTED
from .model import Report

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # an article is rarely over 1 MB, even as a saved page
LANGUAGES = SUPPORTED  # the registry's languages (attrib.lang)


def _names() -> str:
    """"English, Indonesian or Malay": the registry's language names, for the form."""
    from .lang import language_names

    names = list(language_names().values())
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

_SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),  # nothing stored, in the browser either
    ("X-Frame-Options", "DENY"),
)
_FORM_CSP = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
             "base-uri 'none'; frame-ancestors 'none'")

Analyze = Callable[[str, "str | None"], Report]


class RequestError(Exception):
    """A request the server refuses: its HTTP status and a message for the page."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def default_analyze(text: str, language: str | None) -> Report:
    """:func:`attrib.analyze`, one request at a time: a spaCy pipeline is not meant to be
    shared between threads, and on a small machine parallel parses would only compete."""
    from . import analyze

    with _ANALYZE_LOCK:
        return analyze(text, language=language)


_ANALYZE_LOCK = threading.Lock()


def make_handler(*, max_bytes: int = DEFAULT_MAX_BYTES, analyze: Analyze = default_analyze,
                 timeout: float = 30.0) -> type[BaseHTTPRequestHandler]:
    """The request handler class for :class:`~http.server.ThreadingHTTPServer`.

    Args:
        max_bytes: the largest request body accepted (413 above it).
        analyze: ``(text, language or None) → Report``; the default runs attrib.
        timeout: seconds a client may take to send its request (a slow client does not hold
            a thread forever).
    """

    class Handler(_Handler):
        pass

    Handler.max_bytes = max_bytes
    Handler.analyze = staticmethod(analyze)
    Handler.timeout = timeout
    return Handler


def make_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                max_bytes: int = DEFAULT_MAX_BYTES, analyze: Analyze = default_analyze
                ) -> ThreadingHTTPServer:
    """A bound (not yet serving) server; ``port=0`` picks a free port (see ``server_address``).

    Raises OSError when the address cannot be bound (in use, not an address of this machine).
    """
    server = ThreadingHTTPServer((host, port), make_handler(max_bytes=max_bytes, analyze=analyze))
    server.daemon_threads = True  # a hung request never keeps the process from exiting
    return server


class _Handler(BaseHTTPRequestHandler):
    """``GET /`` the form, ``POST /report`` the report; everything else 404/405."""

    server_version = "attrib"
    sys_version = ""
    max_bytes: int = DEFAULT_MAX_BYTES
    analyze: Analyze = staticmethod(default_analyze)

    # --- routes ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
        if self.path.split("?", 1)[0] in ("/", "/index.html"):
            self._send(HTTPStatus.OK, form_page())
        elif self.path.split("?", 1)[0] == "/report":
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, error_page(
                "Submit an article from the form first."), allow="POST")
        else:
            self._send(HTTPStatus.NOT_FOUND, error_page("There is no such page."))

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_POST(self) -> None:  # noqa: N802
        if self.path.split("?", 1)[0] != "/report":
            self._send(HTTPStatus.NOT_FOUND, error_page("There is no such page."))
            return
        try:
            body = self._body()
            text, language, name = read_form(self.headers.get("Content-Type", ""), body,
                                             self.max_bytes)
            report = type(self).analyze(text, language)
        except RequestError as e:
            self._send(e.status, error_page(str(e)))
            return
        except AttribError as e:  # bad input: the user's to fix
            self._send(HTTPStatus.BAD_REQUEST, error_page(str(e)))
            return
        except Exception:  # a bug: the traceback to the log, one line to the user
            log.exception("attrib serve: the analysis failed")
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, error_page(
                "attrib failed on this article (a bug); the server log has the details."))
            return
        from .render.html import render_html

        self._send(HTTPStatus.OK, render_html(report, title=name, home="/"), csp=None)

    def _other(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, error_page("Use the form."), allow="GET, POST")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _other

    # --- plumbing ---------------------------------------------------------------------------
    def _body(self) -> bytes:
        """The request body, refused (413) when declared or found larger than the cap."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "Send the article with a Content-Length.")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise RequestError(HTTPStatus.LENGTH_REQUIRED,
                               "Send the article with a Content-Length.") from None
        if length < 0:
            raise RequestError(HTTPStatus.BAD_REQUEST, "A negative Content-Length.")
        if length > self.max_bytes:
            # the body is not read: close the connection instead of draining it
            self.close_connection = True
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"The request is {length:,} bytes; this server accepts at most "
                               f"{self.max_bytes:,} (attrib serve --max-bytes).")
        data = self.rfile.read(length)
        if len(data) < length:
            raise RequestError(HTTPStatus.BAD_REQUEST, "The request ended early.")
        return data

    def _send(self, status: HTTPStatus, page: str, *, csp: str | None = _FORM_CSP,
              allow: str | None = None) -> None:
        data = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in _SECURITY_HEADERS:
            self.send_header(k, v)
        if csp:  # the report carries its own policy (it allows its script by hash)
            self.send_header("Content-Security-Policy", csp)
        if allow:
            self.send_header("Allow", allow)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """The access log goes to :mod:`logging` (never to stderr directly); it holds the
        request line and status, which carry no article text (the text is in the body)."""
        log.info("%s %s", self.address_string(), format % args)


# --- reading the form ---------------------------------------------------------------------------
def read_form(content_type: str, body: bytes, max_bytes: int = DEFAULT_MAX_BYTES
              ) -> tuple[str, str | None, str]:
    """The article text, the chosen language (None: detect) and a name for it.

    ``application/x-www-form-urlencoded`` (the pasted ``text``) or ``multipart/form-data``
    (an uploaded ``file``, else the pasted ``text``). The text is read like ``attrib check``
    reads a file: a .html upload (or pasted markup) is reduced to its article text. Raises
    RequestError (400, 415) or InputError (empty, binary, undecodable).
    """
    from .ingest import load_input

    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        try:
            fields = parse_qs(body.decode("ascii"), keep_blank_values=True, max_num_fields=20)
        except (UnicodeDecodeError, ValueError) as e:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"Unreadable form data: {e}") from None
        text = (fields.get("text") or [""])[0]
        upload, filename = None, None
        language = (fields.get("lang") or [""])[0]
    elif kind == "multipart/form-data":
        parts = _multipart(content_type, body)
        text = parts.get("text", (b"", None))[0].decode("utf-8", "replace")
        upload, filename = parts.get("file", (b"", None))
        language = parts.get("lang", (b"", None))[0].decode("ascii", "replace")
    else:
        raise RequestError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                           "Send the form (urlencoded or multipart).")
    language = language.strip().lower() or None
    if language not in (None, "auto", *LANGUAGES):
        raise RequestError(HTTPStatus.BAD_REQUEST,
                           f"Unknown language {language!r}: choose {', '.join(LANGUAGES)} or auto.")
    language = None if language == "auto" else language
    if upload:
        if filename and not filename.lower().endswith((".txt", ".text", ".html", ".htm")):
            raise RequestError(HTTPStatus.BAD_REQUEST,
                               f"{filename}: upload a .txt or .html file.")
        article = load_input(upload, filename, max_bytes)
        name = filename or "uploaded file"
    elif text.strip():
        # pasted text is UTF-8 by now; markup pasted from a page's source is extracted
        article = load_input(text.encode("utf-8"), None, max_bytes)
        name = "pasted text"
    else:
        raise InputError("the input is empty: paste an article or choose a file")
    return article.text, language, name


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[bytes, str | None]]:
    """``name → (bytes, filename)`` of a multipart/form-data body (the standard library's
    email parser: :mod:`cgi` is gone from Python 3.13)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    msg: Message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not msg.is_multipart():
        raise RequestError(HTTPStatus.BAD_REQUEST, "A multipart form without parts.")
    out: dict[str, tuple[bytes, str | None]] = {}
    for part in msg.iter_parts():
        if part.get_content_disposition() != "form-data":
            continue
        name = part.get_param("name", header="content-disposition")
        if name and name not in out:
            out[name] = (part.get_payload(decode=True) or b"", part.get_filename())
    return out


# --- pages ---------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:860px;
margin:2rem auto;padding:0 1.5rem;color:#1d2126;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.2rem}p.lead{color:#5f6670;margin-top:0}
textarea{width:100%;min-height:18rem;font:inherit;font-size:.95rem;padding:.5rem;box-sizing:border-box}
fieldset{border:1px solid #d9dde3;border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
button{font:inherit;font-weight:600;padding:.45rem 1.2rem;border-radius:6px;border:1px solid #1f5fa8;
background:#1f5fa8;color:#fff;cursor:pointer}
.error{border-left:5px solid #d62728;background:#fdecec;padding:.6rem 1rem}
.small{color:#5f6670;font-size:.9rem}
"""


def form_page() -> str:
    """The page with the form: paste or upload, pick a language, submit."""
    options = "".join(f'<option value="{code}">{code}</option>' for code in LANGUAGES)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>attrib</title><style>{_CSS}</style></head><body>"
        "<h1>attrib</h1><p class=\"lead\">Who says so, how many of them, are they named, does "
        "anyone deny it, and what is asserted with no source at all?</p>"
        '<form method="post" action="/report" enctype="multipart/form-data">'
        f'<fieldset><legend>Paste an article ({_names()})</legend>'
        '<textarea name="text" id="text" placeholder="The article text…" '
        'spellcheck="false"></textarea></fieldset>'
        '<fieldset><legend>or upload a file</legend>'
        '<input type="file" name="file" id="file" accept=".txt,.html,.htm,text/plain,text/html">'
        '<p class="small">A file, when chosen, is used instead of the pasted text.</p></fieldset>'
        '<p><label>Language <select name="lang" id="lang"><option value="auto">detect</option>'
        f"{options}</select></label> <button type=\"submit\" id=\"submit\">Report</button></p>"
        "</form><p class=\"small\">Runs on this machine: nothing is sent elsewhere and nothing "
        "is stored.</p></body></html>\n")


def error_page(message: str) -> str:
    """A page with one escaped error message and the way back to the form."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>attrib: error</title><style>{_CSS}</style></head><body><h1>attrib</h1>"
        f'<p class="error" id="error">{escape(message)}</p>'
        '<p><a href="/">← back to the form</a></p></body></html>\n')

"""The library side of ``attrib serve``: a small local web page that reports on an article.

``GET /`` is a form where the user pastes text or uploads a .txt/.html file; ``POST /report``
answers with the same self-contained page as ``attrib check --format html``. The server is the
standard library's :class:`~http.server.ThreadingHTTPServer`: nothing to install, and enough for
one person on their own machine (it binds the loopback interface unless told otherwise).

What it guarantees:

- **a request size cap**: a body over ``max_bytes`` (1 MB by default) is refused with 413
  before it is read, and an article whose text is over ``max_chars`` (200,000 characters:
  about 10 s of English on an idle core, 30 s at a third of that speed) with 413 before it is
  analysed; the body must arrive within ``timeout`` seconds, however slowly it drips;
- **a time budget per analysis**: each analysis runs in a worker process, killed (and
  replaced) when it takes more than ``time_limit`` seconds; the request answers 503;
- **a bounded number of analyses**: at most ``max_analyses`` at once (2 by default: one
  process each); up to ``4 × max_analyses`` requests wait for a free one (for at most
  ``time_limit`` seconds), and more are refused at once with 503 — one large article never
  stalls the others for longer than the budget, and memory stays that of the worker
  processes, each analysing at most ``max_chars`` characters;
- **only its own names and pages**: the ``Host`` header must name the server (loopback names
  by default, plus the bound address and ``allowed_hosts``), so a page on another site cannot
  reach it by DNS rebinding (403); a POST from another origin (``Origin``/``Sec-Fetch-Site``)
  is refused (403);
- **nothing stored**: the article lives in memory for one request; nothing is written to disk,
  and the access log (through :mod:`logging`) has the method, path and status, never the text;
- **bad input is a page, not a traceback**: an empty, binary or undecodable article, or an
  unsupported language, answers 400 with the error message; a bug answers 500 with one line
  (the traceback goes to the log);
- **no script from the article runs**: the report escapes everything and its Content-Security-
  Policy (sent as a header too) allows only its own script; the form page has no script at all.

This module never prints; the CLI (``attrib/cli/serve.py``) does.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from html import escape, unescape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .errors import AttribError, InputError
from .lang import SUPPORTED
from .serve_pool import (DEFAULT_MAX_ANALYSES, DEFAULT_TIME_LIMIT, Analyze,
                         ProcessAnalyses, RequestError, ThreadAnalyses, default_analyze)

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# a saved news page is rarely over 1 MB; its text is far smaller
DEFAULT_MAX_BYTES = 1024 * 1024
# what fits the time budget: English runs at about 20,000 characters a second on one core
DEFAULT_MAX_CHARS = 200_000
MAX_CONNECTIONS = 64  # open connections at once (each a thread); more are closed at once
DEFAULT_REQUEST_TIMEOUT = 30.0
# the names a loopback server answers to (the Host header's host, lower case)
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
LANGUAGES = SUPPORTED  # the registry's languages (attrib.lang)


def _names() -> str:
    """"English, Indonesian or Malay": the registry's language names, for the form."""
    from .lang import language_names

    names = list(language_names().values())
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

_SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    # same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" even with
    # its own form's POST, which the cross-origin check must refuse; nothing leaks elsewhere
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),  # nothing stored, in the browser either
    ("X-Frame-Options", "DENY"),
)
_FORM_CSP = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
             "base-uri 'none'; frame-ancestors 'none'")



def make_handler(*, max_bytes: int = DEFAULT_MAX_BYTES, analyze: Analyze = default_analyze,
                 timeout: float = DEFAULT_REQUEST_TIMEOUT, max_chars: int = DEFAULT_MAX_CHARS,
                 allowed_hosts: frozenset[str] = LOOPBACK_NAMES) -> type[BaseHTTPRequestHandler]:
    """The request handler class for :class:`~http.server.ThreadingHTTPServer`.

    Args:
        max_bytes: the largest request body accepted (413 above it).
        analyze: ``(text, language or None) → Report``.
        timeout: seconds a client may take to send its whole request (a slow client does not
            hold a thread forever).
        max_chars: the longest article text analysed (413 above it).
        allowed_hosts: the host names the ``Host`` header may give (lower case).
    """

    class Handler(_Handler):
        pass

    Handler.max_bytes = max_bytes
    Handler.max_chars = max_chars
    Handler.analyze = staticmethod(analyze)
    Handler.timeout = timeout
    Handler.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)
    return Handler


class AttribServer(ThreadingHTTPServer):
    """The server; :meth:`server_close` also stops the analysis processes."""

    daemon_threads = True  # a hung request never keeps the process from exiting
    analyses: ProcessAnalyses | ThreadAnalyses | None = None

    def __init__(self, *args, **kwargs):
        self._connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:
        """A thread per connection, up to MAX_CONNECTIONS: clients that open connections and
        send nothing (slowloris) cannot multiply threads without bound."""
        if not self._connections.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request, client_address) -> None:
        """A failed connection (a client that hung up) goes to the log, not to stderr."""
        log.debug("attrib serve: connection from %s failed", client_address[0], exc_info=True)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._connections.release()

    def server_close(self) -> None:
        super().server_close()
        if self.analyses is not None:
            self.analyses.close()


def make_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                max_bytes: int = DEFAULT_MAX_BYTES, analyze: Analyze | None = None,
                max_chars: int = DEFAULT_MAX_CHARS, time_limit: float = DEFAULT_TIME_LIMIT,
                max_analyses: int = DEFAULT_MAX_ANALYSES, timeout: float = DEFAULT_REQUEST_TIMEOUT,
                allowed_hosts: tuple[str, ...] = ()) -> AttribServer:
    """A bound (not yet serving) server; ``port=0`` picks a free port (see ``server_address``).

    Without ``analyze``, attrib runs in ``max_analyses`` worker processes, each analysis
    stopped past ``time_limit`` seconds; a given ``analyze`` runs in threads under the same
    limits (answering 503 past the budget, though it cannot be stopped). The ``Host`` header
    must be a loopback name, the bound address or one of ``allowed_hosts``.

    Raises OSError when the address cannot be bound (in use, not an address of this machine).
    """
    names = LOOPBACK_NAMES | {_host_name(host)} | {_host_name(h) for h in allowed_hosts}
    names -= {"0.0.0.0", "::", ""}  # "every interface" is no name a client uses
    handler = make_handler(max_bytes=max_bytes, max_chars=max_chars, timeout=timeout,
                           allowed_hosts=frozenset(names), analyze=default_analyze)
    server = AttribServer((host, port), handler)
    try:
        analyses = (ProcessAnalyses(max_analyses, time_limit) if analyze is None
                    else ThreadAnalyses(analyze, max_analyses, time_limit))
    except BaseException:
        server.server_close()
        raise
    server.analyses = analyses
    handler.analyze = staticmethod(analyses)
    return server


def _host_name(host: str) -> str:
    """The host of a ``Host`` header or an address, lower case, without port or brackets:
    "LocalHost:8000" → "localhost", "[::1]:8000" → "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:  # name:port (an IPv6 address has several colons)
        host = host.split(":", 1)[0]
    return host.rstrip(".")


_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


class _Handler(BaseHTTPRequestHandler):
    """``GET /`` the form, ``POST /report`` the report; everything else 404/405."""

    server_version = "attrib"
    sys_version = ""
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    allowed_hosts: frozenset[str] = LOOPBACK_NAMES
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
            self._same_origin()
            body = self._body()
            text, language, name = read_form(self.headers.get("Content-Type", ""), body,
                                             self.max_bytes)
            if len(text) > self.max_chars:
                # bounded time and memory: the analysis would not fit this server's budget
                raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                   f"The article's text is {len(text):,} characters; this server "
                                   f"analyses at most {self.max_chars:,} (attrib serve "
                                   f"--max-chars), or use attrib check on the command line.")
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

        page = render_html(report, title=name, home="/")
        # the report's own policy (its script allowed by hash), sent as a header as well:
        # a header also covers what a <meta> cannot (frame-ancestors)
        meta = _CSP_META.search(page)
        csp = unescape(meta.group(1)) + "; frame-ancestors 'none'" if meta else _FORM_CSP
        self._send(HTTPStatus.OK, page, csp=csp)

    def parse_request(self) -> bool:
        """The request line and headers, then the ``Host`` check (DNS rebinding: a hostile
        page's name resolved to 127.0.0.1 still sends its own name as Host): 403 when the
        header names another host, or is missing from an HTTP/1.1 request."""
        if not super().parse_request():
            return False
        host = self.headers.get("Host")
        if host is None and self.request_version == "HTTP/1.0":
            return True  # HTTP/1.0 clients need not send it, and no browser is one
        if host is None or _host_name(host) not in self.allowed_hosts:
            self.close_connection = True
            self._send(HTTPStatus.FORBIDDEN, error_page(
                f"This server answers to {', '.join(sorted(self.allowed_hosts))} only (attrib "
                f"serve --allowed-host NAME adds a name)."))
            return False
        return True

    def _same_origin(self) -> None:
        """Refuse a POST sent by a page of another site (a form on a page anywhere, or on
        another port of this machine, can post to 127.0.0.1): its ``Origin`` must be this
        server as the ``Host`` header names it (host and port), and ``Sec-Fetch-Site`` not
        cross-site. Clients that send neither (curl, scripts) are not browsers' pages."""
        site = self.headers.get("Sec-Fetch-Site", "").lower()
        origin = self.headers.get("Origin")
        host = (self.headers.get("Host") or "").strip().lower()
        foreign = site == "cross-site" or (
            origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host))
        if foreign:
            self.close_connection = True  # the body is not read
            raise RequestError(HTTPStatus.FORBIDDEN, "Submit the article from this server's own form.")

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
        # read in chunks against a deadline: the socket timeout alone bounds each read, so a
        # client dripping a byte at a time could hold this thread for ever
        deadline = time.monotonic() + self.timeout
        chunks, size = [], 0
        while size < length:
            if time.monotonic() > deadline:
                self.close_connection = True
                raise RequestError(HTTPStatus.REQUEST_TIMEOUT,
                                   f"The request did not arrive within {self.timeout:g} s.")
            chunk = self.rfile.read1(min(length - size, 65536))
            if not chunk:
                raise RequestError(HTTPStatus.BAD_REQUEST, "The request ended early.")
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)

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
        article = load_input(upload, filename, max_bytes, max_chars=None)  # (checked by the handler)
        name = filename or "uploaded file"
    elif text.strip():
        # pasted text is UTF-8 by now; markup pasted from a page's source is extracted
        article = load_input(text.encode("utf-8"), None, max_bytes, max_chars=None)
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

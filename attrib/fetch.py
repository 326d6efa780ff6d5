"""URL input: fetch one web page, within limits, for :func:`attrib.ingest.load_input`.

Only ``http`` and ``https``; a total time limit for the whole fetch (connection, headers,
redirects and body: a server that drips its headers a byte a second cannot hold attrib past
it), a size cap (read in chunks, the ``Content-Length`` checked first, and a body shorter than
its ``Content-Length`` refused as cut off), a bounded number of redirects (each to http/https
only), no credentials in the URL, and a content type that is a web page or text. The page is
not asked for compression, so the size cap is the size in memory. The library never fetches
anything on its own: only the CLI calls this, with a URL the user gave.
"""
from __future__ import annotations

import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .errors import InputError

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
# content types attrib reads: web pages and plain text
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_CHUNK = 64 * 1024
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class Fetched:
    """A fetched page: its final URL, bytes, media type and declared charset."""

    url: str
    data: bytes
    content_type: str
    charset: str | None

    @property
    def html(self) -> bool:
        return self.content_type in HTML_TYPES


def is_url(arg: str) -> bool:
    """Whether a CLI argument is a URL (``scheme://…``) rather than a path."""
    return bool(_URL.match(arg))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most ``max_redirections`` redirects, and only to http/https."""

    def __init__(self, max_redirects: int):
        super().__init__()
        self.max_redirections = max_redirects

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: D102
        newurl = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        scheme = urlsplit(newurl).scheme.lower()
        # "Location: file:///etc/passwd": never leave http(s), whatever the server says
        if scheme not in SCHEMES:
            raise InputError(f"{req.full_url} redirects to a {scheme}: URL; attrib follows "
                             f"http and https only")
        _check_url(newurl)  # "Location: http://user@elsewhere/"
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _check_url(url: str) -> None:
    """Refuse what is not a plain http(s) URL (raises InputError)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  "http://host:99999/" raises here
    except ValueError as e:  # "http://[::1": a malformed URL
        raise InputError(f"cannot fetch {url}: {e}") from e
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(f"cannot fetch {url}: only http:// and https:// URLs are supported")
    if "@" in parts.netloc:
        # "http://user@host/": urllib would take "user@host" for the host; attrib sends no
        # credentials (they would end up in logs), so the URL is refused, saying why
        raise InputError(f"cannot fetch {url}: the URL holds a user name or password "
                         f"(\"user@\"); attrib fetches public pages only: remove it")
    if not parts.hostname:
        raise InputError(f"cannot fetch {url}: the URL has no host")


class _Watch:
    """The connections of one fetch, so that they can be cut when its time is up."""

    def __init__(self) -> None:
        self.expired = False
        self._lock = threading.Lock()
        self._connections: list[http.client.HTTPConnection] = []

    def connection(self, base: type[http.client.HTTPConnection]):
        """A subclass of ``base`` whose instances are registered with this watch."""
        watch = self

        class Watched(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                with watch._lock:
                    watch._connections.append(self)

        return Watched

    def expire(self) -> None:
        """Shut every socket down: a read blocked on a dripping server returns at once."""
        with self._lock:
            self.expired = True
            socks = [c.sock for c in self._connections if c.sock is not None]
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watch):
        super().__init__()
        self.watch = watch

    def http_open(self, req):  # noqa: D102
        return self.do_open(self.watch.connection(http.client.HTTPConnection), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watch):
        super().__init__()
        self.watch = watch

    def https_open(self, req):  # noqa: D102
        return self.do_open(self.watch.connection(http.client.HTTPSConnection), req,
                            context=self._context)


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 20 * 1024 * 1024,
          max_redirects: int = DEFAULT_MAX_REDIRECTS) -> Fetched:
    """Fetch a web page; every failure is an InputError saying what went wrong.

    The fetch runs in a thread of its own, which this one waits for at most ``timeout``
    seconds: a socket timeout bounds each read, not a server that sends one byte per read,
    so the deadline is kept here, and the connections are shut when it passes.

    Args:
        url: an http or https URL.
        timeout: seconds for the whole fetch (connection, headers, redirects and body).
        max_bytes: refuse a larger body.
        max_redirects: refuse a longer chain of redirects.
    """
    _check_url(url)
    watch = _Watch()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["page"] = _fetch(url, timeout, max_bytes, max_redirects, watch)
        except BaseException as e:  # noqa: BLE001  handed to the waiting thread
            outcome["error"] = e

    worker = threading.Thread(target=work, name="attrib-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or watch.expired:
        watch.expire()
        raise InputError(_late(url, timeout))
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["page"]  # type: ignore[return-value]


def _fetch(url: str, timeout: float, max_bytes: int, max_redirects: int, watch: _Watch) -> Fetched:
    """The fetch itself (in the worker thread); the caller keeps the deadline."""
    # only the http(s) handlers: no file:, ftp: or data: URL can be opened, even by a redirect
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _HTTP(watch), _HTTPS(watch),
                    urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor(), _Redirects(max_redirects)):
        opener.add_handler(handler)
    from . import __version__

    request = urllib.request.Request(url, headers={
        "User-Agent": f"attrib/{__version__} (+https://pypi.org/project/attrib/)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as resp:
            content_type, charset = _content_type(resp.headers)
            if content_type not in HTML_TYPES | TEXT_TYPES:
                raise InputError(f"{url} is {content_type or 'of no declared type'}, not a web page "
                                 f"or text")
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url} is {int(length):,} bytes, more than the limit of "
                                 f"{max_bytes:,} (raise it with --max-bytes)")
            data = _read(resp, url, deadline, max_bytes, timeout)
            if length.isdigit() and len(data) < int(length):
                # the connection closed early: a cut-off page is no page to report on
                raise InputError(f"cannot fetch {url}: the page ended after {len(data):,} of "
                                 f"its {int(length):,} bytes")
            return Fetched(resp.geturl(), data, content_type, charset)
    except InputError:
        raise
    except http.client.HTTPException as e:
        # "got more than 100 headers", a header line over 64 KB, a body cut short
        raise InputError(f"cannot fetch {url}: the server's answer is malformed "
                         f"({type(e).__name__}: {e})") from e
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303, 307, 308):
            raise InputError(f"cannot fetch {url}: too many redirects (more than {max_redirects}, "
                             f"or a redirect loop)") from e
        raise InputError(f"cannot fetch {url}: the server answered {e.code} {e.reason}") from e
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise InputError(_late(url, timeout)) from e
        raise InputError(f"cannot fetch {url}: {reason}") from e
    except TimeoutError as e:
        raise InputError(_late(url, timeout)) from e
    except (OSError, ValueError) as e:  # connection reset, malformed URL or headers
        raise InputError(f"cannot fetch {url}: {e}") from e


def _content_type(headers: Message) -> tuple[str, str | None]:
    """The media type (lower case, no parameters) and charset of a response."""
    media = headers.get_content_type() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset()
    return media, charset


def _late(url: str, timeout: float) -> str:
    """The one message of a fetch that ran out of time, wherever it was."""
    return (f"cannot fetch {url}: the page did not arrive within the time limit of "
            f"{timeout:g} s (raise it with --timeout)")


def _read(resp, url: str, deadline: float, max_bytes: int, timeout: float) -> bytes:
    """The body in chunks, stopping at the size cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(_late(url, timeout))
        chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url} is larger than the limit of {max_bytes:,} bytes "
                             f"(raise it with --max-bytes)")
        chunks.append(chunk)

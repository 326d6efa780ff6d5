"""URL input: fetch one web page, within limits, for :func:`attrib.ingest.load_input`.

Only ``http`` and ``https``; a total time limit (a server that drips bytes cannot hold attrib
forever), a size cap (read in chunks, the ``Content-Length`` checked first), a bounded number
of redirects (each to http/https only), and a content type that is a web page or text. The
page is not asked for compression, so the size cap is the size in memory. The library never
fetches anything on its own: only the CLI calls this, with a URL the user gave.
"""
from __future__ import annotations

import re
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
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 20 * 1024 * 1024,
          max_redirects: int = DEFAULT_MAX_REDIRECTS) -> Fetched:
    """Fetch a web page; every failure is an InputError saying what went wrong.

    Args:
        url: an http or https URL.
        timeout: seconds for the whole fetch (connection, redirects and body).
        max_bytes: refuse a larger body.
        max_redirects: refuse a longer chain of redirects.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as e:  # "http://[::1": a malformed URL
        raise InputError(f"cannot fetch {url}: {e}") from e
    if scheme not in SCHEMES:
        raise InputError(f"cannot fetch {url}: only http:// and https:// URLs are supported")
    # only the http(s) handlers: no file:, ftp: or data: URL can be opened, even by a redirect
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(),
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
            data = _read(resp, url, deadline, max_bytes)
            return Fetched(resp.geturl(), data, content_type, charset)
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303, 307, 308):
            raise InputError(f"cannot fetch {url}: too many redirects (more than {max_redirects}, "
                             f"or a redirect loop)") from e
        raise InputError(f"cannot fetch {url}: the server answered {e.code} {e.reason}") from e
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise InputError(f"cannot fetch {url}: no answer within {timeout:g} seconds "
                             f"(raise it with --timeout)") from e
        raise InputError(f"cannot fetch {url}: {reason}") from e
    except TimeoutError as e:
        raise InputError(f"cannot fetch {url}: no answer within {timeout:g} seconds "
                         f"(raise it with --timeout)") from e
    except (OSError, ValueError) as e:  # connection reset, malformed URL or headers
        raise InputError(f"cannot fetch {url}: {e}") from e


def _content_type(headers: Message) -> tuple[str, str | None]:
    """The media type (lower case, no parameters) and charset of a response."""
    media = headers.get_content_type() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset()
    return media, charset


def _read(resp, url: str, deadline: float, max_bytes: int) -> bytes:
    """The body in chunks, stopping at the size cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"cannot fetch {url}: the page did not arrive in time "
                             f"(raise it with --timeout)")
        chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url} is larger than the limit of {max_bytes:,} bytes "
                             f"(raise it with --max-bytes)")
        chunks.append(chunk)

"""URL input, only against a local HTTP server on 127.0.0.1 that these tests start."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.errors import InputError
from attrib.fetch import fetch, is_url
from attrib.ingest import load_input

EN = ("The minister said on Tuesday that the budget would grow next year, according to "
      "officials familiar with the plan.")
PAGE = f"""<!DOCTYPE html><html><head><title>Budget</title><meta charset="utf-8"></head>
<body><article><h1>Budget grows</h1><p>{EN}</p>
<p>“We will spend more on schools,” the minister told reporters in the capital.</p>
<script>fetch("/beacon")</script><img src="/beacon"></article></body></html>"""
LATIN = "Le café était fermé, a déclaré le propriétaire à la presse locale mardi soir."
HUGE = 1_000_000


class Handler(BaseHTTPRequestHandler):
    """The routes the tests ask for; every request path is recorded."""

    requests: list[str] = []

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str | None, headers: dict | None = None) -> None:
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - one branch per route
        path = self.path
        Handler.requests.append(path)
        try:
            if path == "/article":
                self._send(200, PAGE.encode(), "text/html; charset=utf-8")
            elif path == "/text":
                self._send(200, EN.encode(), "text/plain")
            elif path == "/latin1":  # the charset is declared in the header only
                self._send(200, f"<p>{LATIN}</p>".encode("cp1252"), "text/html; charset=windows-1252")
            elif path == "/latin1-meta":  # declared in a <meta> only
                body = f'<html><head><meta charset="iso-8859-1"></head><body><p>{LATIN}</p></body></html>'
                self._send(200, body.encode("latin-1"), "text/html")
            elif path == "/redirect":
                self._send(302, b"", None, {"Location": "/article"})
            elif path == "/loop":
                self._send(302, b"", None, {"Location": "/loop"})
            elif path.startswith("/chain/"):
                n = int(path.rsplit("/", 1)[1])
                self._send(302, b"", None, {"Location": f"/chain/{n + 1}"})
            elif path == "/to-file":
                self._send(302, b"", None, {"Location": "file:///etc/passwd"})
            elif path == "/missing":
                self._send(404, b"not here", "text/plain")
            elif path == "/pdf":
                self._send(200, b"%PDF-1.7\n", "application/pdf")
            elif path == "/json":
                self._send(200, json.dumps({"text": EN}).encode(), "application/json")
            elif path == "/png-as-html":  # a lying content type: the bytes are checked too
                self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(200), "text/html")
            elif path == "/huge":  # a Content-Length over the cap
                self._send(200, b"<p>" + b"a" * HUGE + b"</p>", "text/html")
            elif path == "/huge-unannounced":  # no Content-Length: the cap is counted while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(HUGE // 10_000):
                    self.wfile.write(b"a" * 10_000)
            elif path == "/slow":  # no answer at all for a long time
                time.sleep(3)
                self._send(200, PAGE.encode(), "text/html")
            elif path == "/drip":  # headers at once, then a byte now and then
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"<p>a")
                    self.wfile.flush()
                    time.sleep(0.1)
            else:
                self._send(500, b"unknown route", "text/plain")
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests to 127.0.0.1 go straight to the test server, never through a proxy."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("arg, expected", [
    ("https://example.org/a", True), ("http://127.0.0.1:8000/", True), ("ftp://host/x", True),
    ("article.txt", False), ("-", False), ("C:\\news\\a.txt", False), ("dir/http://x", False),
])
def test_is_url(arg, expected):
    assert is_url(arg) is expected


def test_article_page(server):
    page = fetch(f"{server}/article")
    assert (page.content_type, page.charset, page.html) == ("text/html", "utf-8", True)
    art = load_input(page.data, charset=page.charset, html=page.html)
    assert EN in art.text and "beacon" not in art.text


def test_the_page_is_fetched_once_and_nothing_it_names(server):
    Handler.requests.clear()
    page = fetch(f"{server}/article")
    load_input(page.data, charset=page.charset, html=page.html)
    assert Handler.requests == ["/article"]  # never /beacon: the page's script and image


def test_redirect_is_followed(server):
    page = fetch(f"{server}/redirect")
    assert page.url.endswith("/article") and EN.encode() in page.data


def test_plain_text_page(server):
    page = fetch(f"{server}/text")
    assert not page.html and load_input(page.data, charset=page.charset, html=False).text == EN


@pytest.mark.parametrize("route", ["/latin1", "/latin1-meta"])
def test_non_utf8_page(server, route):
    page = fetch(f"{server}{route}")
    art = load_input(page.data, charset=page.charset, html=page.html)
    assert art.text == LATIN
    assert not art.notes  # a declared charset is no fallback


@pytest.mark.parametrize("route, kwargs, message", [
    ("/missing", {}, "answered 404"),
    ("/pdf", {}, "application/pdf, not a web page"),
    ("/json", {}, "application/json, not a web page"),
    ("/loop", {}, "too many redirects"),
    ("/chain/0", {"max_redirects": 3}, "too many redirects"),
    ("/to-file", {}, "follows http and https only"),
    ("/huge", {"max_bytes": 10_000}, "more than the limit of 10,000"),
    ("/huge-unannounced", {"max_bytes": 10_000}, "larger than the limit of 10,000"),
    ("/slow", {"timeout": 0.5}, "did not arrive within the time limit of 0.5 s"),
    ("/drip", {"timeout": 1.0}, "did not arrive within the time limit of 1 s"),
])
def test_fetch_errors(server, route, kwargs, message):
    started = time.monotonic()
    with pytest.raises(InputError, match=message):
        fetch(f"{server}{route}", **kwargs)
    assert time.monotonic() - started < 2.5  # the limits hold: nothing waits for the server


@pytest.mark.parametrize("url, message", [
    ("ftp://127.0.0.1/article.txt", "only http:// and https://"),
    ("file:///etc/passwd", "only http:// and https://"),
    ("http://127.0.0.1:1/", "cannot fetch"),  # nothing listens on port 1
    ("http://[::1", "cannot fetch"),  # a malformed URL
])
def test_bad_urls(url, message):
    with pytest.raises(InputError, match=message):
        fetch(url, timeout=2)


# --- through the CLI ---------------------------------------------------------------------

runner = CliRunner()


def test_cli_reports_a_page(server):
    result = runner.invoke(app, ["check", f"{server}/article", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["language"] == "en"
    assert EN in report["text"]
    for claim in report["claims"]:
        assert report["text"][claim["start"]:claim["end"]] == claim["text"]


@pytest.mark.parametrize("route, args, message", [
    ("/missing", [], "answered 404"),
    ("/png-as-html", [], "a PNG image"),
    ("/slow", ["--timeout", "0.5"], "did not arrive within the time limit of 0.5 s"),
    ("/huge", ["--max-bytes", "5000"], "more than the limit"),
])
def test_cli_errors(server, route, args, message):
    result = runner.invoke(app, ["check", f"{server}{route}", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("attrib: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


# --- hostile servers: the deadline holds for the whole fetch --------------------------------

def _raw_server(respond):
    """A bare TCP server on 127.0.0.1 that reads the request and hands the socket to
    ``respond``; every connection in a thread of its own. Returns (url, stop)."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve_one(conn):
        with conn:
            try:
                conn.settimeout(10)
                conn.recv(65536)  # the request (small: a GET)
                respond(conn, stop)
            except OSError:  # the client hung up, as it should when its time is up
                pass

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()

    def close():
        stop.set()
        listener.close()

    return f"http://127.0.0.1:{listener.getsockname()[1]}/", close


def _dribble_headers(conn, stop):
    """The status line and headers one byte at a time, 20 bytes a second."""
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 10_000:
        if stop.is_set():
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.05)


def _header_lines_forever(conn, stop):
    """A new header line every 20 ms: over 100 headers, each well within any socket timeout."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    for k in range(100_000):
        if stop.is_set():
            return
        conn.sendall(f"X-Line-{k}: a\r\n".encode())
        time.sleep(0.02)


def _endless_header_line(conn, stop):
    """One header line that never ends, sent slowly."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Endless: ")
    while not stop.is_set():
        conn.sendall(b"a" * 100)
        time.sleep(0.02)


def _short_body(conn, stop):
    """A Content-Length of 10,000 and only 50 bytes before the connection closes."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\n\r\n"
                 + b"<p>" + b"a" * 47)


def _long_body(conn, stop):
    """More body than the Content-Length says: the page is read up to the length."""
    body = f"<p>{EN}</p>".encode()
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                 + f"Content-Length: {len(body)}\r\n\r\n".encode() + body + b"<p>trailing junk</p>")


@pytest.mark.parametrize("respond, message", [
    (_dribble_headers, "did not arrive within the time limit of 1.5 s"),
    (_header_lines_forever, "(did not arrive within|malformed)"),
    (_endless_header_line, "(did not arrive within|malformed)"),
])
def test_the_timeout_bounds_the_whole_fetch(respond, message):
    url, close = _raw_server(respond)
    try:
        started = time.monotonic()
        with pytest.raises(InputError, match=message):
            fetch(url, timeout=1.5)
        assert time.monotonic() - started < 2.5  # the deadline, not the server, ends it
    finally:
        close()


def test_a_body_shorter_than_its_content_length_is_an_error():
    url, close = _raw_server(_short_body)
    try:
        with pytest.raises(InputError, match="ended after 50 of its 10,000 bytes"):
            fetch(url, timeout=5)
    finally:
        close()


def test_a_body_longer_than_its_content_length_is_read_to_the_length():
    url, close = _raw_server(_long_body)
    try:
        page = fetch(url, timeout=5)
        assert page.data == f"<p>{EN}</p>".encode()
    finally:
        close()


@pytest.mark.parametrize("url", ["http://user@127.0.0.1/", "http://user:secret@127.0.0.1:8000/x"])
def test_a_url_with_credentials_is_refused(url):
    with pytest.raises(InputError, match="user name or password"):
        fetch(url, timeout=2)


def test_cli_timeout_on_dribbled_headers_is_exit_2_with_one_line():
    url, close = _raw_server(_dribble_headers)
    try:
        started = time.monotonic()
        result = runner.invoke(app, ["check", url, "--timeout", "1"])
        assert time.monotonic() - started < 2.5
        assert result.exit_code == 2
        assert result.stderr.startswith("attrib: error: ") and result.stderr.count("\n") == 1
        assert "--timeout" in result.stderr
    finally:
        close()

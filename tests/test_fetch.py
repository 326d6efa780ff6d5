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
    ("/slow", {"timeout": 0.5}, "no answer within 0.5 seconds"),
    ("/drip", {"timeout": 1.0}, "did not arrive in time"),
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
    ("/slow", ["--timeout", "0.5"], "no answer within 0.5 seconds"),
    ("/huge", ["--max-bytes", "5000"], "more than the limit"),
])
def test_cli_errors(server, route, args, message):
    result = runner.invoke(app, ["check", f"{server}{route}", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("attrib: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output

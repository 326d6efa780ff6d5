"""``attrib serve`` without a browser: routes, forms, limits, errors, and the CLI around it."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from attrib.cli.serve import is_loopback
from attrib.serve import make_server, read_form

from conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def server(nlp_en, nlp_id):
    """A server on a free loopback port, in a thread; analyzers are loaded once by the
    session fixtures, so requests are quick."""
    srv = make_server("127.0.0.1", 0, max_bytes=200_000)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    host, port = srv.server_address[:2]
    yield f"http://{host}:{port}"
    srv.shutdown()
    srv.server_close()


def request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
            method: str | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, dict(res.headers), res.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = b""
    for name, value in fields.items():
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                f"{value}\r\n").encode()
    for name, (filename, data) in files.items():
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                f"filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
        out += data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def test_the_form(server):
    status, headers, page = request(server + "/")
    assert status == 200
    assert '<textarea name="text"' in page and 'type="file" name="file"' in page
    assert "<script" not in page
    assert headers["Cache-Control"] == "no-store"
    assert "form-action 'self'" in headers["Content-Security-Policy"]


def test_pasted_text_gives_the_report(server):
    text = (EXAMPLES / "harbor-bridge-contract.en.txt").read_text(encoding="utf-8")
    body = urllib.parse.urlencode({"text": text, "lang": "auto"}).encode()
    status, _, page = request(server + "/report", body,
                              {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    assert '<article id="article" lang="en">' in page and 'data-claim="c1"' in page
    assert 'href="/"' in page  # the way back to the form


def test_uploaded_html_gives_the_report(server):
    text = (EXAMPLES / "bytedance-huawei.id.txt").read_text(encoding="utf-8")
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</article></body></html>"
    body, ctype = multipart({"text": "", "lang": "id"}, {"file": ("story.html", html.encode())})
    status, _, page = request(server + "/report", body, {"Content-Type": ctype})
    assert status == 200, page
    assert '<article id="article" lang="id">' in page and "story.html" in page


@pytest.mark.parametrize("fields, files, message", [
    ({"text": "   "}, {}, "empty"),
    ({"text": "x", "lang": "fr"}, {}, "Unknown language"),
    ({}, {"file": ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100))}, "upload a .txt or .html"),
    ({}, {"file": ("notes.txt", b"%PDF-1.7 " + bytes(100))}, "PDF"),
])
def test_bad_input_is_a_400_page(server, fields, files, message):
    body, ctype = multipart(fields, files)
    status, _, page = request(server + "/report", body, {"Content-Type": ctype})
    assert status == 400
    assert message in page and "Traceback" not in page and 'id="error"' in page


def test_error_messages_are_escaped(server):
    body, ctype = multipart({"text": "x", "lang": "<script>alert(1)</script>"}, {})
    status, _, page = request(server + "/report", body, {"Content-Type": ctype})
    assert status == 400 and "<script>" not in page and "&lt;script&gt;" in page


def test_too_large_is_413_before_reading(server):
    body = b"text=" + b"a" * 300_000
    status, _, page = request(server + "/report", body,
                              {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413 and "at most 200,000" in page


def test_other_routes_and_methods(server):
    assert request(server + "/nope")[0] == 404
    assert request(server + "/report")[0] == 405
    assert request(server + "/", b"", method="PUT")[0] == 405
    status, _, _ = request(server + "/report", b"{}", {"Content-Type": "application/json"})
    assert status == 415


def test_a_bug_is_a_500_page_not_a_traceback(nlp_en):
    def broken(text, language):
        raise RuntimeError("boom")

    srv = make_server("127.0.0.1", 0, analyze=broken)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = srv.server_address[:2]
        body = urllib.parse.urlencode({"text": "Some words."}).encode()
        status, _, page = request(f"http://{host}:{port}/report", body,
                                  {"Content-Type": "application/x-www-form-urlencoded"})
    finally:
        srv.shutdown()
        srv.server_close()
    assert status == 500 and "a bug" in page and "boom" not in page


def test_read_form_prefers_the_file_and_reads_pasted_markup():
    body, ctype = multipart({"text": "ignored"}, {"file": ("a.txt", "Halo dunia.".encode("utf-8"))})
    assert read_form(ctype, body) == ("Halo dunia.", None, "a.txt")
    body, ctype = multipart({"text": "<html><body><p>Pasted page.</p></body></html>"}, {"file": ("", b"")})
    text, lang, name = read_form(ctype, body)
    assert text.strip() == "Pasted page." and name == "pasted text"


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.5", False), ("example.org", False),
])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_cli_fails_on_a_port_in_use():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        res = subprocess.run([sys.executable, "-m", "attrib", "serve", "--port", str(port)],
                             capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert res.returncode == 2
    assert res.stderr.startswith("attrib: error: cannot listen on 127.0.0.1:") and "Traceback" not in res.stderr


def test_cli_serves_and_warns_off_loopback():
    """On loopback: no warning, the announced URL answers. Off loopback: a warning first."""
    proc = subprocess.Popen([sys.executable, "-m", "attrib", "serve", "--host", "127.0.0.1",
                             "--port", "0", "--allowed-host", "attrib.lan", "--time-limit", "5",
                             "--max-analyses", "1"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stderr.readline()
        assert "warning" not in line and line.startswith("attrib: serving on http://127.0.0.1:")
        url = line.split("serving on ", 1)[1].split(" ", 1)[0]
        assert request(url)[0] == 200
        assert request(url, headers={"Host": "attrib.lan"})[0] == 200
        assert request(url, headers={"Host": "elsewhere.lan"})[0] == 403
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # the warning itself, without binding a public interface: an address that cannot be
    # bound here fails after warning
    res = subprocess.run([sys.executable, "-m", "attrib", "serve", "--host", "192.0.2.1",
                          "--port", "0"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "attrib: warning: --host 192.0.2.1 is not a loopback address" in res.stderr
    assert res.returncode == 2


def test_check_does_not_import_the_server_or_the_browser(tmp_path):
    res = subprocess.run([sys.executable, "-X", "importtime", "-m", "attrib", "check",
                          str(EXAMPLES / "bytedance-huawei.id.txt"), "-f", "json"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in res.stderr.splitlines() if "|" in line}
    assert "attrib.cli.serve" in imported  # the command is registered…
    assert not {"http.server", "attrib.serve", "playwright", "attrib.render.html"} & imported  # …lazily


# --- bounded analyses: budget, slots, queue (issue: one large request stalled everyone) ------

def _serving(**kwargs):
    srv = make_server("127.0.0.1", 0, **kwargs)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


def _stop(srv) -> None:
    srv.shutdown()
    srv.server_close()


def _post(url: str, text: str, results: dict, key, **headers) -> None:
    import time

    started = time.monotonic()
    body = urllib.parse.urlencode({"text": text, "lang": "en"}).encode()
    status, _, page = request(url + "/report", body,
                              {"Content-Type": "application/x-www-form-urlencoded", **headers})
    results[key] = (status, time.monotonic() - started, page)


NORMAL = "The harbour master said the ferry would sail at noon."


def _clients(url: str, slow_text: str, normal: int = 3) -> dict:
    """One slow client first, then ``normal`` others while it runs; every answer."""
    import time

    results: dict = {}
    threads = [threading.Thread(target=_post, args=(url, slow_text, results, "slow"))]
    threads[0].start()
    time.sleep(0.3)
    for k in range(normal):
        threads.append(threading.Thread(target=_post, args=(url, NORMAL, results, k)))
        threads[-1].start()
    for t in threads:
        t.join(60)
    return results


def test_a_slow_analysis_is_stopped_and_the_others_are_answered():
    """attrib's own worker processes: an article over the time budget is killed (503) and
    the normal clients are answered within a few seconds meanwhile."""
    srv, url = _serving(time_limit=2.0, max_chars=5_000_000, max_bytes=10_000_000)
    try:
        warm: dict = {}
        _post(url, NORMAL, warm, "warm")  # waits for the workers to load their models
        assert warm["warm"][0] == 200
        huge = "The harbour master said the ferry would sail, officials told reporters. " * 30_000
        results = _clients(url, huge)
        status, seconds, page = results["slow"]
        assert status == 503 and "longer than this server" in page and seconds < 15
        for k in range(3):
            assert results[k][0] == 200 and results[k][1] < 5, results[k][:2]
        # the killed worker is replaced: the server goes on answering
        after: dict = {}
        _post(url, NORMAL, after, "after")
        assert after["after"][0] == 200
    finally:
        _stop(srv)


def _sleepy(release: threading.Event | None = None, seconds: float = 30.0):
    """An analyze function: slow (or blocked until ``release``) for text with "SLOW" in it."""
    import time

    import attrib

    def analyze(text, language):
        if "SLOW" in text:
            if release is not None:
                release.wait(seconds)
            else:
                time.sleep(seconds)
        return attrib.load("en").analyze(text)

    return analyze


def test_an_injected_analysis_over_budget_is_503_and_others_go_on(nlp_en):
    srv, url = _serving(analyze=_sleepy(seconds=10), time_limit=1.0, max_analyses=2)
    try:
        results = _clients(url, "SLOW " + NORMAL)
        assert results["slow"][0] == 503 and results["slow"][1] < 5
        assert all(results[k][0] == 200 and results[k][1] < 5 for k in range(3))
    finally:
        _stop(srv)


def test_requests_beyond_the_queue_are_refused_at_once(nlp_en):
    """One analysis at a time, four waiting: a sixth request is 503 without waiting."""
    import time

    release = threading.Event()
    srv, url = _serving(analyze=_sleepy(release), time_limit=20.0, max_analyses=1)
    try:
        results: dict = {}
        threads = [threading.Thread(target=_post, args=(url, f"SLOW {NORMAL}", results, k))
                   for k in range(5)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        _post(url, NORMAL, results, "late")
        assert results["late"][0] == 503 and results["late"][1] < 2
        assert "too many articles are already waiting" in results["late"][2]
        release.set()
        for t in threads:
            t.join(30)
        assert [results[k][0] for k in range(5)] == [200] * 5
    finally:
        release.set()
        _stop(srv)


def test_text_over_max_chars_is_413_before_analysis(nlp_en):
    calls = []

    def analyze(text, language):
        calls.append(text)
        raise AssertionError("not analysed")

    srv, url = _serving(analyze=analyze, max_chars=1000)
    try:
        results: dict = {}
        _post(url, "word " * 500, results, 0)
        assert results[0][0] == 413 and "at most 1,000" in results[0][2] and not calls
    finally:
        _stop(srv)


def test_a_body_dripped_slowly_is_cut_off_by_the_request_timeout(nlp_en):
    import time

    srv, url = _serving(analyze=_sleepy(), timeout=1.0)
    try:
        with socket.create_connection(srv.server_address[:2], timeout=10) as s:
            s.sendall(b"POST /report HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
                      b"Content-Type: application/x-www-form-urlencoded\r\n\r\ntext=")
            started = time.monotonic()
            answer = b""
            while not answer and time.monotonic() - started < 10:
                s.sendall(b"a")
                time.sleep(0.1)
                s.setblocking(False)
                try:
                    answer = s.recv(100)
                except BlockingIOError:
                    pass
                finally:
                    s.setblocking(True)
        assert answer.startswith(b"HTTP/1.0 408") or answer.startswith(b"HTTP/1.1 408"), answer
        assert time.monotonic() - started < 4
    finally:
        _stop(srv)


def test_default_limits_fit_the_budget():
    import attrib.serve as serve

    assert serve.DEFAULT_MAX_BYTES == 1024 * 1024
    assert serve.DEFAULT_MAX_CHARS <= 20_000 * serve.DEFAULT_TIME_LIMIT  # ~20k chars/s in English


# --- Host and Origin: DNS rebinding and cross-site posts ---------------------------------------

@pytest.mark.parametrize("host, status", [
    ("127.0.0.1", 200), ("localhost", 200), ("LOCALHOST.", 200), ("[::1]", 200),
    ("attacker.example", 403), ("127.0.0.1.attacker.example", 403), ("", 403),
])
def test_the_host_header_must_name_this_server(server, host, status):
    port = server.rsplit(":", 1)[1]
    value = f"{host}:{port}" if host else ""
    with socket.create_connection(("127.0.0.1", int(port)), timeout=30) as s:
        s.sendall(f"GET / HTTP/1.1\r\nHost: {value}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    assert answer.split(b" ", 2)[1] == str(status).encode(), answer[:200]


def test_allowed_host_adds_a_name(nlp_en):
    srv, url = _serving(analyze=_sleepy(), allowed_hosts=("attrib.lan",))
    try:
        assert request(url + "/", headers={"Host": "attrib.lan:8000"})[0] == 200
        assert request(url + "/", headers={"Host": "other.lan"})[0] == 403
    finally:
        _stop(srv)


@pytest.mark.parametrize("headers, status", [
    ({"Origin": "http://attacker.example"}, 403),
    ({"Origin": "null"}, 403),
    ({"Origin": "http://127.0.0.1:1"}, 403),  # another port of this machine: another origin
    ({"Sec-Fetch-Site": "cross-site"}, 403),
    ({"Origin": "{server}", "Sec-Fetch-Site": "same-origin"}, 200),
    ({}, 200),  # curl and scripts send neither
])
def test_cross_origin_posts_are_refused(server, headers, status):
    results: dict = {}
    headers = {k: v.replace("{server}", server) for k, v in headers.items()}
    _post(server, NORMAL, results, 0, **headers)
    assert results[0][0] == status


def test_the_report_page_has_its_csp_as_a_header(server):
    body = urllib.parse.urlencode({"text": NORMAL}).encode()
    status, headers, page = request(server + "/report", body,
                                    {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    csp = headers["Content-Security-Policy"]
    assert "script-src 'sha256-" in csp and "frame-ancestors 'none'" in csp
    assert "default-src 'none'" in csp

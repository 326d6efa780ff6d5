"""The HTML report and ``attrib serve`` in a real browser: Debian's headless Chromium driven
by Playwright (``executable_path``: Playwright never downloads a browser here).

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing on a
developer's machine; in CI (``CI=true``) a missing browser fails instead, so a green CI run
always means these tests ran. ``make test`` installs Debian's chromium when it is missing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from attrib.render.html import render_html
from attrib.serve import make_server

from conftest import EXAMPLES, ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# an article that tries every way of running script in the page that shows it
HOSTILE = """Mayor Ann Lee said the <script>window.__pwned = 1; alert("script")</script> budget was balanced.

"The numbers <img src=x onerror="window.__pwned = 2; alert('img')"> are fine," said Lee.

The council </style><style>body{display:none}</style> met on Monday, sources said </script><script>window.__pwned = 3</script>.

<svg onload="window.__pwned = 4; alert('svg')"></svg> A spokesperson for <a href="javascript:alert(5)">the city</a> declined to comment.
"""


def _require_browser() -> None:
    """Skip without a browser on a developer's machine; fail in CI (CI=true)."""
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium; `make test` does it)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is missing (pip install -e '.[test]')"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run in CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page with what it did on the side: dialogs, page errors, console errors, requests."""

    def __init__(self, page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)  # a broken page fails in seconds, not half a minute
    yield Watched(context.new_page())
    context.close()


@pytest.fixture(scope="module")
def server(nlp_en, nlp_id):
    srv = make_server("127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    host, port = srv.server_address[:2]
    yield f"http://{host}:{port}/"
    srv.shutdown()
    srv.server_close()


def open_report(watched: Watched, report, tmp_path: Path, name: str = "report.html",
                ui_language: str | None = None):
    path = tmp_path / name
    path.write_text(render_html(report, title=name, ui_language=ui_language), encoding="utf-8")
    watched.page.goto(path.as_uri())
    return watched.page


def claim_texts(page) -> dict[str, str]:
    """Claim id → the text of its highlighted pieces, as the browser reads them."""
    return page.evaluate("""() => {
        const out = {};
        for (const el of document.querySelectorAll('#article [data-claim]')) {
            out[el.dataset.claim] = (out[el.dataset.claim] || '') + el.textContent;
        }
        return out;
    }""")


def test_seed_report(watched, tmp_path, nlp_id, seed_text):
    report = nlp_id.analyze(seed_text, ui_language="en")  # the English words are checked below
    page = open_report(watched, report, tmp_path, ui_language="en")
    # every claim is highlighted over exactly its text; the mentions and cues too
    assert claim_texts(page) == {c.id: c.text for c in report.claims}
    mentions = {(m.start, m.end) for s in report.sources for m in s.mentions}
    assert page.locator("#article .mention").count() >= len(mentions)
    assert page.locator("#article .mention.anon").count() >= 1
    assert page.locator("#article .cue").count() >= 1
    # clicking a disputed claim shows its sources, every flag's reason and its dispute links
    disputed = next(c for c in report.claims if c.disputed_by and c.attributions)
    page.click(f"#{disputed.id}")
    panel = page.locator("#detail")
    assert panel.locator("h3").inner_text().startswith(disputed.id)
    text = panel.inner_text()
    for f in disputed.flags:
        assert " ".join(disputed.explanations[f.value].split()) in " ".join(text.split())
    assert disputed.attributions[0].mention.text in text
    assert "anonymous" in text
    assert panel.locator(f'[data-claim-link="{disputed.disputed_by[0]}"]').count() == 1
    assert "selected" in page.get_attribute(f"#{disputed.id}", "class")
    # the denial that disputes it is outlined in the text
    assert "linked" in page.get_attribute(f"#{disputed.disputed_by[0]}", "class")
    # pinned: hovering elsewhere keeps it; Esc lets go, and hovering shows another claim
    other = next(c for c in report.claims if not c.attributions)
    page.hover(f"#{other.id}")
    assert panel.locator("h3").inner_text().startswith(disputed.id)
    page.keyboard.press("Escape")
    assert "Hover over or click" in panel.inner_text()
    page.mouse.move(0, 0)
    page.hover(f"#{other.id}")
    assert panel.locator("h3").inner_text().startswith(other.id)
    assert "No source is given" in panel.inner_text()
    # following a dispute link from the panel selects the denial
    page.click(f"#{disputed.id}")
    panel.locator(f'[data-claim-link="{disputed.disputed_by[0]}"]').click()
    assert panel.locator("h3").inner_text().startswith(disputed.disputed_by[0])
    # a claim node in the graph selects its claim too
    page.locator(f'svg.graph .node[data-claim="{disputed.id}"]').click()
    assert panel.locator("h3").inner_text().startswith(disputed.id)
    # the sources table marks the anonymous ones; a row lights up its mentions in the text
    anon = next(s for s in report.sources if s.anonymous)
    row = page.locator(f"#src-{anon.id}")
    assert "anonymous" in row.inner_text()
    row.click()
    assert page.locator(f'#article .mention.lit[data-source="{anon.id}"]').count() == len(anon.mentions)
    shot = tmp_path / "seed.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # nothing but the file itself was loaded, and the page's own script raised nothing
    assert watched.requests == [(tmp_path / "report.html").as_uri()]
    assert watched.errors == [] and watched.dialogs == []


def test_hostile_article_runs_nothing(watched, tmp_path, nlp_en):
    report = nlp_en.analyze(HOSTILE)
    page = open_report(watched, report, tmp_path, "hostile.html")
    for c in report.claims:  # the panel renders every claim's text as text
        page.click(f"#{c.id}")
    assert watched.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('#article *:not(span)').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    assert page.is_visible("#article")  # the article's </style><style> hid nothing
    body = page.inner_text("#article")
    assert "<script>window.__pwned = 1;" in body and "onerror=" in body and "</style>" in body
    assert '<svg onload="window.__pwned = 4;' in body
    assert all(u.startswith("file://") for u in watched.requests)
    assert watched.errors == []


def test_serve_round_trip(watched, server, seed_text, nlp_id):
    page = watched.page
    page.goto(server)
    page.fill("#text", seed_text)
    page.click("#submit")
    page.wait_for_selector("#article")
    report = nlp_id.analyze(seed_text)
    assert page.get_attribute("#article", "lang") == "id"
    assert claim_texts(page) == {c.id: c.text for c in report.claims}
    page.click("#c1")
    assert page.locator("#detail h3").inner_text().startswith("c1")
    # back to the form, and an uploaded English file this time
    page.click(".home a")  # "analyse another article", in the page's language
    page.set_input_files("#file", str(EXAMPLES / "harbor-bridge-contract.en.txt"))
    page.click("#submit")
    page.wait_for_selector("#article")
    assert page.get_attribute("#article", "lang") == "en"
    assert "harbor-bridge-contract.en.txt" in page.inner_text("h1")
    # a pasted hostile article through the server runs nothing either
    page.goto(server)
    page.fill("#text", HOSTILE)
    page.click("#submit")
    page.wait_for_selector("#article")
    assert "<script>window.__pwned = 1;" in page.inner_text("#article")
    assert page.evaluate("typeof window.__pwned") == "undefined" and watched.dialogs == []
    # bad input: the error page, with its message
    page.goto(server)
    page.fill("#text", "   ")
    page.click("#submit")
    assert "empty" in page.inner_text("#error")
    assert all(u.startswith(server) for u in watched.requests)
    assert watched.errors == [e for e in watched.errors if "400" in e]  # only the error page's status


def test_long_article_stays_usable(watched, tmp_path, nlp_id, seed_text):
    report = nlp_id.analyze("\n\n".join([seed_text] * 12))
    page = open_report(watched, report, tmp_path, "long.html")
    last = report.claims[-1]
    page.hover(f"#{last.id}")
    assert page.locator("#detail h3").inner_text().startswith(last.id)
    box = page.locator(".graph-box").bounding_box()
    assert box["height"] <= 900  # the graph scrolls inside its box
    assert watched.errors == []


def test_print_layout(watched, tmp_path, nlp_id, seed_text):
    page = open_report(watched, nlp_id.analyze(seed_text), tmp_path)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.getElementById('detail')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('.graph-box')).overflow") == "visible"
    pdf = page.pdf(format="A4")
    assert pdf[:5] == b"%PDF-" and len(pdf) > 20_000


def test_screenshot_script(tmp_path, browser):
    out = tmp_path / "shot.png"
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot.py"), "--out", str(out)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 900)


@pytest.mark.parametrize("ci, outcome", [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_a_missing_browser_fails_in_ci_and_skips_elsewhere(monkeypatch, tmp_path, ci, outcome):
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-chromium is missing"):
        _require_browser()


def test_narrow_window_shows_the_panel_after_a_click(browser, tmp_path, nlp_en):
    """At 700 px the panel is a bottom sheet: a click on a claim shows it in view."""
    from ux_articles import EN

    context = browser.new_context(viewport={"width": 700, "height": 800})
    try:
        watched = Watched(context.new_page())
        page = open_report(watched, nlp_en.analyze(EN), tmp_path, "narrow.html")
        panel = page.locator("#detail")
        assert not panel.is_visible()  # nothing selected: the article has the whole window
        page.locator("#c4").scroll_into_view_if_needed()
        page.click("#c4")
        assert panel.is_visible()
        box = panel.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 800 + 1  # inside the window
        assert box["width"] >= 690  # across the whole width, over the article
        assert panel.locator("h3").inner_text().startswith("c4")
        assert "Dell Moran" in panel.inner_text()
        panel.locator("button.close").click()
        assert not panel.is_visible()
        # the claim labels (ids and flags) are drawn in the text
        chip = page.evaluate("getComputedStyle(document.getElementById('c1'), '::before').content")
        assert chip == '"c1 · anonymous, disputed"'
        shot = tmp_path / "narrow.png"
        page.click("#c1")
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        assert watched.errors == []
    finally:
        context.close()


def test_indonesian_page(watched, tmp_path, nlp_id):
    from ux_articles import ID

    report = nlp_id.analyze(ID)
    page = open_report(watched, report, tmp_path, "id.html")
    assert page.get_attribute("html", "lang") == "id"
    assert page.inner_text("#findings h2") == "Temuan"
    assert "Klaim utama (c1) dibantah oleh Orin Palk (c3)." in page.inner_text("#findings")
    assert "Arahkan penunjuk" in page.inner_text("#detail")
    page.click("#c2")
    panel = page.locator("#detail").inner_text()
    assert "Tidak ada sumber yang disebut." in panel and "Pernyataan ini tidak menyebut sumber." in panel
    page.click("#c1")
    panel = page.locator("#detail").inner_text()
    assert "Sumber" in panel and "anonim" in panel and "Dibantah oleh:" in panel
    assert watched.errors == []

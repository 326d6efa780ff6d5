"""Screenshot of an article's HTML report in headless Chromium (the README's picture).

    .venv/bin/python scripts/screenshot.py                      # → docs/seed-report.png
    .venv/bin/python scripts/screenshot.py --article examples/harbor-bridge-contract.en.txt --out en.png
    .venv/bin/python scripts/screenshot.py --ui-lang id --width 700 --out docs/report-id-narrow.png

It renders the report with ``attrib.render.html``, opens it in Debian's chromium
(/usr/bin/chromium, driven by Playwright; no browser is downloaded), clicks the first
disputed claim (else the first flagged one) so the detail panel shows (on a narrow window, as a
bottom sheet), scrolls back to the top (the editor's summary) and saves the viewport.
``--ui-lang`` picks the page's language (default: the article's).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--article", type=Path, default=ROOT / "examples" / "bytedance-huawei.id.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-report.png")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--ui-lang", default=None, help="the page's language (en, id); default the article's")
    args = ap.parse_args()

    import attrib
    from attrib.render.html import render_html
    from playwright.sync_api import sync_playwright

    report = attrib.analyze(args.article.read_text(encoding="utf-8"), ui_language=args.ui_lang)
    pick = (next((c for c in report.claims if c.disputed_by), None)
            or next((c for c in report.claims if c.flags), None))
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "report.html"
        page_path.write_text(render_html(report, title=args.article.name, ui_language=args.ui_lang),
                             encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(page_path.as_uri())
            if pick is not None:
                page.click(f"#{pick.id}")
                page.mouse.move(0, 0)  # no hover outline in the picture
                page.evaluate("window.scrollTo(0, 0)")  # the summary first
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

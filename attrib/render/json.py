"""The ``attrib.report/1`` JSON view."""
from __future__ import annotations

import json

from ..model import Report


def render_json(report: Report, *, indent: int | None = 2, ui_language: str | None = None) -> str:
    """The report as JSON text (stable key order, non-ASCII kept); the findings of
    ``summary.findings`` in ``ui_language`` (default: the article's language)."""
    return json.dumps(report.to_dict(ui_language=ui_language), ensure_ascii=False, indent=indent)

"""The ``attrib.report/1`` JSON view."""
from __future__ import annotations

import json

from ..model import Report


def render_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (stable key order, non-ASCII kept)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)

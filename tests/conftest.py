"""Session fixtures: the analyzers (loaded once), paths to examples and ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp_en():
    import attrib

    return attrib.load("en")


@pytest.fixture(scope="session")
def nlp_id():
    import attrib

    return attrib.load("id")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "bytedance-huawei.id.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def id_report(nlp_id):
    """The report of the home-made Indonesian article used by the resolution and flag tests."""
    return nlp_id.analyze((FIXTURES / "id" / "report-pabrik.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def en_report(nlp_en):
    """The report of the home-made English article used by the resolution and flag tests."""
    return nlp_en.analyze((FIXTURES / "en" / "report-plant.txt").read_text(encoding="utf-8"))


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test when this checkout has no ../shared beside it."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is not beside this checkout)")
    return p

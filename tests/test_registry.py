"""One registry: the languages, their names and datelines come from the packs (attrib.lang)."""
from __future__ import annotations

import re
from pathlib import Path

from attrib.lang import SUPPORTED, dateline_pattern, get_pack, language_name, language_names

ROOT = Path(__file__).resolve().parent.parent / "attrib"


def test_names_come_from_the_packs():
    assert language_names() == {code: get_pack(code).name for code in SUPPORTED}
    assert language_name("ms") == "Malay" and language_name("xx") == "xx"


def test_no_view_or_command_names_a_language():
    """The CLI, the views and the server ask the registry: no language name or list of codes
    is written in them."""
    names = "|".join(get_pack(code).name for code in SUPPORTED)
    for path in [*(ROOT / "cli").glob("*.py"), *(ROOT / "render").glob("*.py"), ROOT / "serve.py",
                 ROOT / "ingest.py"]:
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("#"))
        assert not re.search(rf"[\"'](?:{names})[\"']", code), path
        assert not re.search(r"""\(\s*["']en["']\s*,\s*["']id["']""", code), path
        assert "(en, id)" not in code, path


def test_datelines_come_from_the_packs():
    match = dateline_pattern().match
    # the wire form, any language
    assert match("KUALA LUMPUR, 5 Dis (Bernama) -- Harga minyak naik.")
    assert match("WASHINGTON (Reuters) - The senator said.")
    # an Indonesian outlet's form, declared by the Indonesian pack
    assert any(re.match(p, "Sinarpost.com, Bekasi - Warga mengungsi.") for p in get_pack("id").datelines)
    assert match("Sinarpost.com, Bekasi - Warga mengungsi.")
    assert not match("The senator said - quietly - that it was over.")


def test_the_server_offers_every_language():
    from attrib.serve import LANGUAGES, _names

    assert LANGUAGES == SUPPORTED
    assert all(get_pack(c).name in _names() for c in SUPPORTED)

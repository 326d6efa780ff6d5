"""Packaging: the SPDX licence string, py.typed shipped, `make report` reinstalling only when
pyproject.toml changed."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import tomllib

import pytest

from conftest import ROOT


def test_license_is_an_spdx_string_and_py_typed_ships():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # not the deprecated {text = …} table
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["attrib"]
    assert (ROOT / "attrib" / "py.typed").exists()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_report_reinstalls_only_when_pyproject_changes(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name, word in (("python", "INSTALL"), ("attrib", "REPORT")):  # stand-ins that say what ran
        (bin_dir / name).write_text(f'#!/bin/sh\necho {word} "$@"\n')
        (bin_dir / name).chmod(0o755)

    def make() -> str:
        return subprocess.run(["make", "-s", "report"], cwd=tmp_path, capture_output=True, text=True,
                              check=True, env={**os.environ, "MAKEFLAGS": ""}).stdout

    assert "INSTALL -m pip install -q -e ." in make()
    second = make()
    # no reinstall; only the bytecode refresh (a no-op when nothing changed) runs again
    assert "pip install" not in second and "REPORT check" in second
    assert "INSTALL -m compileall -q attrib" in second
    time.sleep(1.1)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert "INSTALL -m pip install -q -e ." in make()

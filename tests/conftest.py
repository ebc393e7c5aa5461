"""Shared fixtures: the repository's paths and a throw-away copy of its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = ROOT / "data" / "articles" / "ankang-2017" / "source.txt"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may break without touching the repository."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A copy of the whole site project (mkdocs.yml, docs/, data/) in tmp_path."""
    for name in ("mkdocs.yml",):
        shutil.copy2(ROOT / name, tmp_path / name)
    for name in ("docs", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path

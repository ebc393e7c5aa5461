"""Fixtures of the hostile-input corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEED

TW_CORPUS = Path("/work/shared/corpus/06-tw-central-budget-2024.txt")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch) -> Path:
    """Work in tmp_path, so messages show short relative paths that tests can compare exactly."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def simplified_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def traditional_text() -> str:
    if not TW_CORPUS.is_file():
        pytest.skip(f"{TW_CORPUS} is missing: the Traditional-Chinese test corpus lives outside the repository")
    return TW_CORPUS.read_text(encoding="utf-8")

"""Fixtures of the hostile-input corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import CORPUS, SEED

TW_CORPUS = CORPUS / "06-tw-central-budget-2024.txt"


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
    return TW_CORPUS.read_text(encoding="utf-8")

"""Shared fixtures: the repository's paths and a throw-away copy of its data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = ROOT / "data" / "articles" / "ankang-2017" / "source.txt"
# Two real Traditional-Chinese texts (copies of shared/corpus) and their hand-labelled statistics.
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


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


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The repository's site, built once with --strict from a copy of the project."""
    project = tmp_path_factory.mktemp("project")
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for name in ("docs", "data"):
        shutil.copytree(ROOT / name, project / name)
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site

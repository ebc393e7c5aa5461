"""Shared fixtures: the test project's paths and throw-away copies of it.

Exact expectations run on the test project in tests/fixtures/project (a site of
the seed article), never on the repository's own data/, which editors extend.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests judge behaviour, not speed: no per-example deadline, so a loaded machine cannot
# fail them (speed is measured by the benchmark).
settings.register_profile("zhpress", deadline=None)
settings.load_profile("zhpress")

ROOT = Path(__file__).resolve().parent.parent
# The test project: mkdocs.yml, docs/ and data/ holding the seed article only.
PROJECT = ROOT / "tests" / "fixtures" / "project"
DATA = PROJECT / "data"
SEED = DATA / "articles" / "ankang-2017" / "source.txt"
# Two real Traditional-Chinese texts (copies of shared/corpus) and their hand-labelled statistics.
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def pytest_configure(config):
    """The check cache (zhpress.io.cache) of a test run, subprocesses included, lives in a temporary folder."""
    if "ZHPRESS_CACHE_DIR" not in os.environ:
        config._zhpress_cache = tempfile.mkdtemp(prefix="zhpress-test-cache-")
        os.environ["ZHPRESS_CACHE_DIR"] = config._zhpress_cache


def pytest_unconfigure(config):
    folder = getattr(config, "_zhpress_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("ZHPRESS_CACHE_DIR", None)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the test project's data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A copy of the whole test project (mkdocs.yml, docs/, data/) in tmp_path."""
    copy_project(tmp_path)
    return tmp_path


def copy_project(target: Path) -> Path:
    """Copy the test project (mkdocs.yml, docs/, data/) into target; returns target."""
    shutil.copy2(PROJECT / "mkdocs.yml", target / "mkdocs.yml")
    for name in ("docs", "data"):
        shutil.copytree(PROJECT / name, target / name)
    return target


def publish(article_dir: Path) -> None:
    """Set `draft: false` in an article imported by `zhpress new` (which writes `draft: true`)."""
    meta = article_dir / "article.yaml"
    text = meta.read_text(encoding="utf-8")
    assert "\ndraft: true\n" in text
    meta.write_text(text.replace("\ndraft: true\n", "\ndraft: false\n"), encoding="utf-8")


def mkdocs_build(project: Path, site: Path, **env_vars: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of the project into `site`, with `env_vars` added to the environment."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **env_vars)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The test project's site, built once with --strict from a copy of it."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site

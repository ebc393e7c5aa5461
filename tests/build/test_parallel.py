"""The languages built in worker processes: the same site as one process builds, and clean errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ..conftest import mkdocs_build
from .test_preview import tree


def build(project: Path, site: Path, workers: int) -> subprocess.CompletedProcess:
    return mkdocs_build(project, site, ZHPRESS_WORKERS=str(workers))


def test_workers_build_the_same_site_as_one_process(site_copy: Path, tmp_path: Path):
    serial = build(site_copy, tmp_path / "serial", workers=1)
    assert serial.returncode == 0, serial.stderr
    parallel = build(site_copy, tmp_path / "parallel", workers=3)
    assert parallel.returncode == 0, parallel.stderr
    one, many = tree(tmp_path / "serial"), tree(tmp_path / "parallel")
    assert sorted(one) == sorted(many)
    assert [name for name in one if one[name] != many[name]] == []
    assert any(name.startswith("zh-HK/") for name in many) and any(name.startswith("en/") for name in many)


def test_a_failing_language_is_reported_as_a_message(site_copy: Path, tmp_path: Path):
    (site_copy / "docs" / "about.zh-HK.md").write_text("# 關於\n\n[連結](missing.md)\n", encoding="utf-8")
    result = build(site_copy, tmp_path / "site", workers=3)
    assert result.returncode == 1
    assert "zhpress: building zh-HK failed: Aborted with 1 warnings in strict mode!" in result.stderr
    assert "Traceback" not in result.stderr

"""The `zhpress` process: the same output and exit status as `main` gives, through its fast exit."""

from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import ROOT


def zhpress(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "ZHPRESS_CACHE_DIR": "off"}
    return subprocess.run(
        [sys.executable, "-m", "zhpress.cli", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


def test_a_passing_check_prints_all_it_finds_and_exits_0(site_copy, monkeypatch):
    monkeypatch.chdir(site_copy)  # messages name files relative to the working folder
    done = zhpress("check", "--data", str(site_copy / "data"), cwd=site_copy)
    inline = CliRunner().invoke(main, ["check", "--data", str(site_copy / "data")])
    assert (done.returncode, inline.exit_code) == (0, 0), done.stderr
    assert done.stdout == inline.stdout
    assert "article(s)" in done.stdout.splitlines()[-1]


def test_a_failing_check_exits_1_with_its_errors_on_stderr(site_copy):
    figures = site_copy / "data/articles/ankang-2017/figures.yaml"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace("quote: 近3000场次", "quote: 近300场次", 1), encoding="utf-8"
    )
    done = zhpress("check", "--data", str(site_copy / "data"), cwd=site_copy)
    assert done.returncode == 1
    assert "'近300场次' is not in" in done.stderr and "error(s)" in done.stderr


def test_usage_errors_exit_2_and_help_exits_0():
    assert zhpress("no-such-command").returncode == 2
    done = zhpress("--help")
    assert done.returncode == 0 and "Usage:" in done.stdout


def test_a_long_output_is_written_whole_into_a_pipe(site_copy):
    # `figures suggest` prints a whole figures file: the fast exit must not cut it short
    done = zhpress("figures", "suggest", str(site_copy / "data/articles/ankang-2017/source.txt"), cwd=site_copy)
    inline = CliRunner().invoke(main, ["figures", "suggest", str(site_copy / "data/articles/ankang-2017/source.txt")])
    assert done.returncode == inline.exit_code == 0, done.stderr
    assert len(done.stdout) > 10_000 and done.stdout == inline.stdout


def test_the_installed_command_is_the_fast_exit():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["zhpress"] == "zhpress.cli:run"

"""Writing under hostile conditions: unwritable folders, full disks, left-overs of killed runs, and
edits saved while a command writes.

Tests run as root here, where file permissions stop no write: a read-only folder and a full disk
are simulated by making the rename (or the open) fail as the kernel would; a real read-only
folder is tested too when not root.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.errors import ConflictError, WriteError
from zhpress.figures.suggest import merge, suggest
from zhpress.importer import STAGING_PREFIX
from zhpress.io import write as textio
from zhpress.io.write import LOCK_NAME, atomic_write, file_lock, remove_stale_temps, update_text
from zhpress.project import load_article

from .helpers import write_project

SOURCE = (
    "安康新建学校综述\n"
    "今年以来，全市新建学校12所，新增学位1.5万个。\n"
    "一、抓好学校建设\n"
    "全年建成学校12所，招聘教师300名。\n"
    "二、抓好教师队伍\n"
    "全年培训教师288人次，干部发展良好。\n"
)
ENGLISH = {"summary": "---\ntitle: Summary\n---\nThe city built new schools and trained its teachers.\n"}


@pytest.fixture
def data(in_tmp) -> Path:
    return write_project(in_tmp, SOURCE, slug="schools", english=ENGLISH)


def run(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_clear_line(result, what: str, why: str) -> None:
    """Exit 1 with one line naming the file and the reason; no traceback, nothing else raised."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if "cannot be written" in line]
    assert len(lines) == 1, result.output
    assert what in lines[0] and f"cannot be written: {why}" in lines[0], lines[0]


FAILURES = {
    "permission denied": PermissionError(errno.EACCES, "Permission denied"),
    "no space left on the disk": OSError(errno.ENOSPC, "No space left on device"),
    "the file system is read-only": OSError(errno.EROFS, "Read-only file system"),
}


def refuse_writes(monkeypatch, error: OSError) -> None:
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(textio.os, "replace", refuse)
    monkeypatch.setattr(textio, "_create_temp", refuse)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- item 4: write errors are one clear line -------------------------------------------------


@pytest.mark.parametrize("why", FAILURES)
def test_figures_suggest_write_on_an_unwritable_folder(data, monkeypatch, why):
    before = snapshot(data)
    refuse_writes(monkeypatch, FAILURES[why])
    result = run("figures", "suggest", "schools", "--write", "--data", data)
    assert_one_clear_line(result, "data/articles/schools/figures.yaml", why)
    assert snapshot(data) == before


@pytest.mark.parametrize("why", FAILURES)
def test_new_on_an_unwritable_folder(data, monkeypatch, why):
    (data.parent / "budget.txt").write_text(SOURCE, encoding="utf-8")
    refuse_writes(monkeypatch, FAILURES[why])
    result = run("new", data.parent / "budget.txt", "--slug", "budget", "--data", data)
    assert_one_clear_line(result, "budget", why)
    assert sorted(p.name for p in (data / "articles").iterdir()) == ["schools"]


@pytest.mark.parametrize("why", FAILURES)
def test_variants_confirm_on_an_unwritable_folder(data, monkeypatch, why):
    refuse_writes(monkeypatch, FAILURES[why])
    result = run("variants", "confirm", "--all", "--data", data)
    assert_one_clear_line(result, "data/variants-review.yaml", why)
    assert not (data / "variants-review.yaml").exists()


@pytest.mark.parametrize("why", FAILURES)
def test_translations_accept_on_an_unwritable_folder(data, monkeypatch, why):
    summary = data / "articles/schools/en/summary.md"
    before = summary.read_bytes()
    refuse_writes(monkeypatch, FAILURES[why])
    result = run("translations", "accept", summary, "--by", "Editor", "--data", data)
    assert_one_clear_line(result, "summary.md", why)
    assert summary.read_bytes() == before


def test_a_failing_directory_creation_is_one_clear_line(data, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("zhpress.importer.tempfile.mkdtemp", refuse)
    (data.parent / "budget.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", data.parent / "budget.txt", "--slug", "budget", "--data", data)
    assert_one_clear_line(result, "data/articles", "no space left on the disk")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="running as root: permissions stop no write")
def test_a_real_read_only_folder(data):
    folder = data / "articles/schools"
    folder.chmod(0o555)
    try:
        result = run("figures", "suggest", "schools", "--write", "--data", data)
    finally:
        folder.chmod(0o755)
    assert_one_clear_line(result, "figures.yaml", "permission denied")


# --- item 7: left-overs of killed runs ---------------------------------------------------------


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_staging_folders_of_killed_imports_are_removed_on_the_next_run(data):
    articles = data / "articles"
    stale = articles / f"{STAGING_PREFIX}{dead_pid()}.abcd1234"
    (stale / "budget").mkdir(parents=True)
    (stale / "budget/source.txt").write_text("partial", encoding="utf-8")
    alive = articles / f"{STAGING_PREFIX}{os.getppid()}.efgh5678"  # a running process: an import in progress
    alive.mkdir()
    (data.parent / "other.txt").write_text(SOURCE, encoding="utf-8")
    result = run("new", data.parent / "other.txt", "--slug", "other", "--data", data)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in articles.iterdir()) == sorted(["schools", "other", alive.name])


def test_staging_folders_of_an_older_version_are_removed_once_old(data):
    articles = data / "articles"
    old = articles / ".budget.k3j_x9a2"  # tempfile.mkdtemp(prefix=".budget.") of an older version
    (old / "budget").mkdir(parents=True)
    (old / "budget/source.txt").write_text("partial", encoding="utf-8")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    recent = articles / ".other.abcd1234"  # just made: maybe an import of an older version running now
    (recent / "other").mkdir(parents=True)
    unrelated = articles / ".drafts"  # an editor's own hidden folder
    unrelated.mkdir()
    (data.parent / "third.txt").write_text(SOURCE, encoding="utf-8")
    assert run("new", data.parent / "third.txt", "--slug", "third", "--data", data).exit_code == 0
    assert sorted(p.name for p in articles.iterdir()) == sorted([".drafts", ".other.abcd1234", "schools", "third"])


def test_temporary_files_of_killed_writes_are_removed_on_the_next_write(data):
    folder = data / "articles/schools"
    stale = folder / f".figures.yaml.{dead_pid()}.0123456789ab.tmp"
    stale.write_text("figures: [partial", encoding="utf-8")
    old_style = folder / ".figures.yaml.0123456789ab.tmp"  # no process id: stale once old
    old_style.write_text("x", encoding="utf-8")
    os.utime(old_style, (1_000_000_000, 1_000_000_000))
    running = folder / f".figures.yaml.{os.getppid()}.0123456789ab.tmp"
    running.write_text("being written", encoding="utf-8")
    result = run("figures", "suggest", "schools", "--write", "--data", data)
    assert result.exit_code == 0, result.output
    assert not stale.exists() and not old_style.exists() and running.exists()
    assert remove_stale_temps(folder) == []


def test_a_killed_write_leaves_no_temporary_file_behind_after_the_next_one(tmp_path):
    """A real SIGKILL between writing the temporary file and the rename."""
    target = tmp_path / "figures.yaml"
    target.write_text("old: content\n", encoding="utf-8")
    code = (
        "import os, signal\n"
        "from zhpress.io import write as text\n"
        "text.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"text.atomic_write(text.Path({str(target)!r}), 'new: content\\n')\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    killed = subprocess.run([sys.executable, "-c", code], env=env, check=False)
    assert killed.returncode == -9
    assert len(list(tmp_path.glob(".figures.yaml.*.tmp"))) == 1
    atomic_write(target, "newer: content\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.yaml"]
    assert target.read_text(encoding="utf-8") == "newer: content\n"


# --- item 8: lost updates -------------------------------------------------------------------


def test_an_edit_saved_during_a_write_is_never_overwritten(data, monkeypatch):
    """The editor saves between the command's read and its rename: the command refuses."""
    path = data / "articles/schools/figures.yaml"
    path.write_text("figures: []\nignore: []\n", encoding="utf-8")
    edited = "# the editor's version\nfigures: []\nignore: []\n"
    real_fsync = os.fsync
    saved = []

    def fsync_then_editor_saves(fd):
        real_fsync(fd)
        if not saved:  # the temporary file is complete; the editor saves before the rename
            saved.append(True)
            path.write_text(edited, encoding="utf-8")

    monkeypatch.setattr(textio.os, "fsync", fsync_then_editor_saves)
    result = run("figures", "suggest", "schools", "--write", "--data", data)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "data/articles/schools/figures.yaml: changed while zhpress was writing it" in result.output
    assert path.read_text(encoding="utf-8") == edited
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    monkeypatch.undo()
    assert run("figures", "suggest", "schools", "--write", "--data", data).exit_code == 0  # the next run works


def test_update_text_refuses_a_change_made_between_read_and_write(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    def change(text):
        path.write_text("a: 2\n", encoding="utf-8")  # someone else's save, after our read
        return text + "b: 1\n"

    with pytest.raises(ConflictError):
        update_text(path, change)
    assert path.read_text(encoding="utf-8") == "a: 2\n"


def test_two_concurrent_writers_add_each_figure_once(data):
    """A second `--write` waits for the first and then finds everything covered."""
    folder = data / "articles/schools"
    article = load_article(folder)
    candidates = suggest(article)
    path = folder / "figures.yaml"
    results: dict[str, tuple] = {}
    holding = threading.Event()
    release = threading.Event()

    def first():
        with file_lock(path):  # the first writer holds the lock while the second starts
            holding.set()
            release.wait(10)
        results["first"] = merge(path, None, article.source, suggest(article))

    def second():
        holding.wait(10)
        results["second"] = merge(path, None, article.source, candidates)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    holding.wait(10)
    release.set()
    for thread in threads:
        thread.join(20)
    added = [len(results[k][0]) + len(results[k][1]) for k in ("first", "second")]
    assert sorted(added) == [0, len(candidates)]
    reloaded = load_article(folder)  # one entry per candidate: no duplicate ids
    assert len(reloaded.figures.figures) + len(reloaded.figures.ignore) == len(candidates)
    assert not (folder / LOCK_NAME).exists()


def test_a_writer_waits_for_the_lock_and_gives_up_with_a_clear_message(tmp_path):
    path = tmp_path / "x.yaml"
    with (
        file_lock(path),
        pytest.raises(WriteError, match="another zhpress command has been writing here"),
        file_lock(path, timeout=0.2),
    ):
        pass
    with file_lock(path, timeout=0.2):  # released: free again
        pass

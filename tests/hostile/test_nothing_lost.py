"""Nothing lost: a failed check leaves data/ byte-identical; a failed write leaves the old file.

`zhpress check` only reads. `textio.atomic_write` (behind every write of the library) writes
a temporary file next to the target and renames it: when anything fails, the old file is
untouched and no temporary file stays behind; the file keeps its permissions.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhpress.cli import main
from zhpress.errors import WriteError
from zhpress.io.write import atomic_write
from zhpress.io.yamlfile import write_yaml

from .helpers import HOSTILE_FIGURES, HOSTILE_SOURCE, write_project


def tree_digest(root: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under root: content hash and permission bits."""
    out = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        key = path.relative_to(root).as_posix()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        out[key] = (digest, stat.S_IMODE(info.st_mode))
    return out


def run_check(data: Path):
    return CliRunner().invoke(main, ["check", "--data", str(data)], catch_exceptions=False)


ARTICLE = "articles/ankang-2017"


def break_figure_quote(data: Path) -> None:
    (data / ARTICLE / "figures.yaml").write_text(
        "figures:\n  - id: x\n    quote: 宣讲300场次\n    value: 300\n    unit: 场次\n    approx: exact\n"
        "    section: ideology\n    label: {zh: 宣讲, en: Lectures}\n",
        encoding="utf-8",
    )


def break_yaml(data: Path) -> None:
    (data / ARTICLE / "article.yaml").write_text("slug: [ankang\n", encoding="utf-8")


def crlf_source(data: Path) -> None:
    path = data / ARTICLE / "source.txt"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def gbk_source(data: Path) -> None:
    path = data / ARTICLE / "source.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))


def empty_translation(data: Path) -> None:
    (data / ARTICLE / "en").mkdir(exist_ok=True)
    (data / ARTICLE / "en/summary.md").write_bytes(b"")


def alias_bomb(data: Path) -> None:
    (data / "overrides.yaml").write_text("a: &a [x, x]\nb: [*a, *a]\n", encoding="utf-8")


@pytest.mark.parametrize(
    "damage", [break_figure_quote, break_yaml, crlf_source, gbk_source, empty_translation, alias_bomb]
)
def test_a_failed_check_leaves_data_byte_identical(data_copy, damage):
    damage(data_copy)
    (data_copy / ARTICLE / "source.txt").chmod(0o640)  # an unusual mode must survive too
    before = tree_digest(data_copy.parent)
    result = run_check(data_copy)
    assert result.exit_code == 1, result.output
    assert tree_digest(data_copy.parent) == before


def test_a_failed_check_of_a_hostile_project_leaves_it_identical(tmp_path):
    data = write_project(tmp_path, HOSTILE_SOURCE, figures=HOSTILE_FIGURES.replace("200场次", "900场次"))
    before = tree_digest(tmp_path)
    result = run_check(data)
    assert result.exit_code == 1
    assert "is not in" in result.output
    assert tree_digest(tmp_path) == before


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "figures.yaml"
    path.write_text("old: content\n", encoding="utf-8")
    path.chmod(0o640)
    return path


def test_atomic_write_replaces_and_keeps_permissions(old_file):
    atomic_write(old_file, "new: content\n")
    assert old_file.read_text(encoding="utf-8") == "new: content\n"
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o640
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["figures.yaml"]


def test_a_new_file_gets_the_umask_default_not_0600(tmp_path):
    mask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.txt", "x\n")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_atomic_write_keeps_the_old_file_when_the_rename_fails(old_file, monkeypatch):
    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("zhpress.io.write.os.replace", refuse)
    with pytest.raises(WriteError, match="cannot be written: no space left on the disk"):
        atomic_write(old_file, "new: content\n")
    assert old_file.read_text(encoding="utf-8") == "old: content\n"
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["figures.yaml"]


def test_atomic_write_keeps_the_old_file_when_the_text_cannot_be_encoded(old_file):
    with pytest.raises(UnicodeEncodeError):
        atomic_write(old_file, "new \ud800 content\n")  # a lone surrogate is no UTF-8
    assert old_file.read_text(encoding="utf-8") == "old: content\n"
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["figures.yaml"]


def test_atomic_write_keeps_the_old_file_when_interrupted(old_file, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr("zhpress.io.write.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_yaml(old_file, {"new": "content"})
    assert old_file.read_text(encoding="utf-8") == "old: content\n"
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["figures.yaml"]


def test_atomic_write_writes_text_verbatim(tmp_path):
    text = "标题\r\n正文\u2028。\n\n"
    atomic_write(tmp_path / "x.txt", text)
    assert (tmp_path / "x.txt").read_bytes() == text.encode("utf-8")

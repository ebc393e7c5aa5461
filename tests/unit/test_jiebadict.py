"""jieba's dictionary read per first character: the same words as jieba's full dictionary, and safe to lose."""

from __future__ import annotations

import os
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhpress.variants import jiebadict
from zhpress.variants.jiebadict import LazyDictionary, Segmenter, index_path, write_index

REPO = Path(__file__).resolve().parents[2]
FIXTURE_SOURCES = sorted((REPO / "tests" / "fixtures").rglob("*.txt"))
HELDOUT_TEXTS = sorted((REPO / "bench" / "heldout" / "texts").glob("*.txt"))


def jieba_words(text: str) -> list[str]:
    jieba.initialize()
    return [w for w in jieba.dt.cut(text) if w]


@pytest.fixture(scope="module")
def index_folder(tmp_path_factory) -> str:
    """A folder holding the index of the installed jieba dictionary, as a first run writes it."""
    folder = tmp_path_factory.mktemp("jieba-index")
    first = Segmenter(str(folder))
    assert not first.lazy, "without an index the full dictionary is loaded"
    assert index_path(str(folder)).is_file(), "and the index is written for the next run"
    return str(folder)


def test_the_index_holds_exactly_jiebas_dictionary(index_folder):
    jieba.initialize()
    lazy = LazyDictionary(index_path(index_folder))
    assert lazy.total == jieba.dt.total
    lazy.load({word[0] for word in jieba.dt.FREQ})
    assert lazy.freq == jieba.dt.FREQ


@pytest.mark.parametrize("path", FIXTURE_SOURCES + HELDOUT_TEXTS, ids=lambda p: p.parent.name + "/" + p.name)
def test_real_texts_get_jiebas_words(index_folder, path):
    segmenter = Segmenter(index_folder)
    assert segmenter.lazy
    text = path.read_text(encoding="utf-8")
    assert segmenter.cut(text) == jieba_words(text)


def test_the_texts_of_the_comparison_are_there():
    assert len(FIXTURE_SOURCES) >= 20 and len(HELDOUT_TEXTS) >= 5


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("干发余了党组织平台的中国人民大会堂 \t\r\n，。A1.%-𠀀ㄅ")), max_size=60))
def test_any_mix_of_characters_gets_jiebas_words(index_folder, text):
    # one segmenter across examples: characters already loaded must not change later words
    assert _shared(index_folder).cut(text) == jieba_words(text)


_SEGMENTERS: dict[str, Segmenter] = {}


def _shared(folder: str) -> Segmenter:
    return _SEGMENTERS.setdefault(folder, Segmenter(folder))


def test_a_damaged_index_is_replaced_and_the_words_stay_jiebas(tmp_path, index_folder):
    path = index_path(str(tmp_path))
    text = "衣服很快就干了，干部向前干"
    whole = index_path(index_folder).read_bytes()
    for damage in (b"", b"not an index at all", whole[:100], whole[:-1000]):
        path.write_bytes(damage)
        segmenter = Segmenter(str(tmp_path))
        assert not segmenter.lazy
        assert segmenter.cut(text) == jieba_words(text)
        assert Segmenter(str(tmp_path)).lazy, "the damaged index was written again"


def test_a_group_that_cannot_be_read_switches_to_the_full_dictionary(index_folder, monkeypatch):
    segmenter = Segmenter(index_folder)
    assert segmenter.lazy
    monkeypatch.setattr(jiebadict.marshal, "loads", lambda data: (_ for _ in ()).throw(ValueError("bad data")))
    text = "衣服很快就干了，干部向前干"
    assert segmenter.cut(text) == jieba_words(text)
    assert not segmenter.lazy


def test_an_unwritable_folder_costs_only_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    segmenter = Segmenter(str(blocker))  # no index can be read or written under a file
    assert not segmenter.lazy
    assert segmenter.cut("党组织书记带头") == jieba_words("党组织书记带头")


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(jiebadict.marshal, "dumps", broken)
    with pytest.raises(OSError):
        write_index(tmp_path / "x.idx", {"干": 1}, 1)
    monkeypatch.undo()
    real = os.replace

    def replace_fails(src, dst):
        raise OSError("read-only")

    monkeypatch.setattr(jiebadict.os, "replace", replace_fails)
    with pytest.raises(OSError):
        write_index(tmp_path / "x.idx", {"干": 1, "干部": 5}, 6)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(jiebadict.os, "replace", real)
    write_index(tmp_path / "x.idx", {"干": 1, "干部": 5}, 6)
    lazy = LazyDictionary(tmp_path / "x.idx")
    lazy.load("干")
    assert (lazy.total, lazy.freq) == (6, {"干": 1, "干部": 5})


def test_a_new_jieba_gets_a_new_index(monkeypatch, tmp_path):
    before = index_path(str(tmp_path))
    monkeypatch.setattr(jiebadict, "library_stamp", lambda *a: "jieba dict.txt:1:2")
    assert index_path(str(tmp_path)) != before


def test_jieba_imports_without_pkg_resources_and_leaves_it_importable():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from zhpress.variants.jiebadict import import_jieba\n"
        "jieba = import_jieba()\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources was imported'\n"
        "assert jieba.lcut('衣服很快就干了') == ['衣服', '很快', '就', '干', '了']\n"
        "from jieba import posseg\n"
        "assert [w.word for w in posseg.cut('干部')] == ['干部']\n"
        "import importlib.util\n"
        "if importlib.util.find_spec('pkg_resources'):\n"
        "    import pkg_resources  # still importable: the block was lifted\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts")}
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "ok", done.stderr


def test_an_index_of_another_user_is_not_read(tmp_path, index_folder, monkeypatch):
    import shutil

    ours = index_path(index_folder)
    real = os.getuid()
    monkeypatch.setattr(jiebadict.os, "getuid", lambda: real + 1)  # as if another user ran it
    shutil.copy(ours, index_path(str(tmp_path)))  # a file of the real user, under the other's name
    with pytest.raises(ValueError, match="another user"):
        LazyDictionary(index_path(str(tmp_path)))
    monkeypatch.undo()
    shutil.copy(ours, index_path(str(tmp_path)))
    assert Segmenter(str(tmp_path)).lazy

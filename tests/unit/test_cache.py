"""The content-hash cache of `zhpress check`: same results as without it, never stale, safe to lose."""

from __future__ import annotations

import pytest

from zhpress.checks import check_project
from zhpress.io.cache import CACHE_DIR_NAME, Cache
from zhpress.project import load_project
from zhpress.variants import segment
from zhpress.variants.review import find_ambiguous

VARIANTS = [("zh-Hant", "s2tw"), ("zh-HK", "s2hk")]


def test_values_round_trip_and_bad_entries_read_as_missing(tmp_path):
    cache = Cache(tmp_path / "c")
    assert cache.get("kind", "ab12") is None
    cache.put("kind", "ab12", {"words": [1, 2], "text": "平臺"})
    assert cache.get("kind", "ab12") == {"words": [1, 2], "text": "平臺"}
    assert (tmp_path / "c" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    (tmp_path / "c" / "kind" / "ab" / "ab12.json").write_text("{not json", encoding="utf-8")
    assert cache.get("kind", "ab12") is None


def test_the_cache_folder_sits_next_to_data_unless_the_environment_says_otherwise(tmp_path, monkeypatch):
    monkeypatch.delenv("ZHPRESS_CACHE_DIR", raising=False)
    assert Cache.for_data(tmp_path / "data").folder == tmp_path / CACHE_DIR_NAME
    monkeypatch.setenv("ZHPRESS_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert Cache.for_data(tmp_path / "data").folder == tmp_path / "elsewhere"
    monkeypatch.setenv("ZHPRESS_CACHE_DIR", "off")
    off = Cache.for_data(tmp_path / "data")
    off.put("kind", "ab12", 1)
    assert off.get("kind", "ab12") is None


def test_an_unwritable_cache_only_costs_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = Cache(blocker / "below")  # a folder under a file cannot be made
    cache.put("kind", "ab12", 1)
    assert cache.get("kind", "ab12") is None


def test_segmentation_is_jiebas_and_is_restored_from_the_cache(tmp_path, monkeypatch):
    import jieba

    text = "党组织书记带头，群众脱贫致富。2017年发展党员120名\n基层组织建设平台"
    cache = Cache(tmp_path)
    words = segment.segment_cached(text, cache)
    assert words == [w for w in jieba.cut(text) if w]

    def no_jieba():
        raise AssertionError("jieba started although the segmentation is cached")

    monkeypatch.setattr(segment, "_jieba", no_jieba)
    assert segment.segment_cached(text, cache) == words


def as_dicts(items):
    return [item.as_dict() for item in items]


def test_review_items_are_the_same_cold_and_warm_and_warm_needs_no_jieba(data_copy, tmp_path, monkeypatch):
    project = load_project(data_copy)
    uncached = as_dicts(find_ambiguous(project, VARIANTS, Cache(None)))
    assert uncached, "the copied data has ambiguous conversions to review"
    cache = Cache(tmp_path / "cache")
    assert as_dicts(find_ambiguous(project, VARIANTS, cache)) == uncached
    monkeypatch.setattr(segment, "_jieba", lambda: pytest.fail("jieba started on a warm cache"))
    assert as_dicts(find_ambiguous(project, VARIANTS, cache)) == uncached


def test_review_items_follow_a_changed_override(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    before = find_ambiguous(load_project(data_copy), VARIANTS, cache)
    word = next(i for i in before if not i.override and len(i.word) >= 2)
    (data_copy / "overrides.yaml").write_text(
        f"traditional:\n  {word.word}: {word.word}\nvariants: {{}}\n", encoding="utf-8"
    )
    project = load_project(data_copy)
    after = as_dicts(find_ambiguous(project, VARIANTS, cache))
    assert after == as_dicts(find_ambiguous(project, VARIANTS, Cache(None)))
    assert after != as_dicts(before)


def test_check_problems_are_the_same_cold_and_warm_and_follow_an_edit(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    project = load_project(data_copy)
    uncached = check_project(project, Cache(None))
    assert check_project(project, cache) == uncached
    assert check_project(load_project(data_copy), cache) == uncached
    figures = next(data_copy.glob("articles/*/figures.yaml"))
    text = figures.read_text(encoding="utf-8")
    quote = next(line for line in text.splitlines() if line.strip().startswith("quote:"))
    figures.write_text(text.replace(quote, quote.split(":")[0] + ": 不在原文的九九九", 1), encoding="utf-8")
    edited = load_project(data_copy)
    warm = check_project(edited, cache)
    assert warm == check_project(edited, Cache(None))
    assert any("不在原文的九九九" in p.message for p in warm)

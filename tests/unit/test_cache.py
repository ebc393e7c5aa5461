"""The content-hash cache of `zhpress check`: same results as without it, never stale, safe to lose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhpress.checks import check_project
from zhpress.io.cache import CACHE_DIR_NAME, Cache
from zhpress.project import load_project
from zhpress.variants import segment
from zhpress.variants.review import find_ambiguous

from ..conftest import ROOT as REPO

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


JIEBA_TEXTS = [
    "党组织书记带头，群众脱贫致富。2017年发展党员120名\n基层组织建设平台",
    "干部  向前干，衣服很快就干了\r\n余额 3.5% 的 A+B 发展 \t头发",
    "",
    "。，、",
    "發展 干 ㄅ 𠀀 干",
]


@pytest.mark.parametrize("text", JIEBA_TEXTS)
def test_segmentation_is_exactly_jiebas(text):
    import jieba

    assert segment.segment(text) == [w for w in jieba.cut(text) if w]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("干发余了党组织平台的 \t\r\n，。A1.%-𠀀ㄅ")), max_size=40))
def test_segmentation_is_jiebas_on_any_mix_of_characters(text):
    import jieba

    assert segment.segment(text) == [w for w in jieba.cut(text) if w]


def test_only_the_wanted_blocks_are_segmented_and_their_words_are_jiebas():
    import jieba

    text = JIEBA_TEXTS[1]
    words, pos, expected = [w for w in jieba.cut(text) if w], 0, []
    for word in words:
        if "干" in word:
            expected.append((pos, pos + len(word)))
        pos += len(word)
    spans = [(a, b) for a, b in segment.word_spans(text, lambda block: "干" in block) if "干" in text[a:b]]
    assert spans == expected
    # a block without the character is never handed to jieba
    seen = []
    list(segment.word_spans(text, lambda block: seen.append(block) or False))
    assert "余额" in seen and not list(segment.word_spans(text, lambda block: False))


def as_dicts(items):
    return [item.as_dict() for item in items]


def test_review_items_are_the_same_cold_and_warm_and_warm_needs_no_jieba(data_copy, tmp_path, monkeypatch):
    project = load_project(data_copy)
    uncached = as_dicts(find_ambiguous(project, VARIANTS, Cache(None)))
    assert uncached, "the copied data has ambiguous conversions to review"
    cache = Cache(tmp_path / "cache")
    assert as_dicts(find_ambiguous(project, VARIANTS, cache)) == uncached
    monkeypatch.setattr(segment, "_segmenter", lambda: pytest.fail("jieba started on a warm cache"))
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


def test_an_unchanged_article_is_not_read_again_for_its_check(data_copy, tmp_path, monkeypatch):
    """In one process (`mkdocs serve`) the same loaded article reuses its problems without its cache key."""
    import zhpress.checks as checks

    cache = Cache(tmp_path / "cache")
    first = check_project(load_project(data_copy), cache)
    keys = []
    monkeypatch.setattr(checks, "_article_key", lambda article, glossary: keys.append(article.slug) or "")
    assert check_project(load_project(data_copy), cache) == first and keys == []
    figures = next(data_copy.glob("articles/*/figures.yaml"))
    figures.write_text(figures.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    edited = load_project(data_copy)
    assert check_project(edited, cache) == first and keys == [figures.parent.name]
    assert check_project(edited, Cache(None)) == first and keys == [figures.parent.name] * 2


def test_review_status_is_the_same_cold_and_warm_and_follows_confirmations(data_copy, tmp_path, monkeypatch):
    from zhpress.variants.record import confirm, load_confirmed, review_path, unreviewed
    from zhpress.variants.review import review_status, unreviewed_by_article

    monkeypatch.setenv("ZHPRESS_CACHE_DIR", str(tmp_path / "cache"))
    review_path(data_copy).unlink()  # nothing confirmed yet
    project = load_project(data_copy)
    items = find_ambiguous(project, VARIANTS, Cache(None))
    expected = len(unreviewed(items, load_confirmed(review_path(data_copy))))
    assert expected > 0
    cold = review_status(project, data_copy)
    assert cold[0] == expected and sum(cold[1].values()) >= expected
    monkeypatch.setattr(segment, "_segmenter", lambda: pytest.fail("jieba started on a warm cache"))
    assert review_status(project, data_copy) == cold
    pending = unreviewed(items, load_confirmed(review_path(data_copy)))
    confirm(review_path(data_copy), pending[:3])
    warm = review_status(project, data_copy)
    assert warm[0] == expected - 3
    assert warm[1] == unreviewed_by_article(project, data_copy)


def test_code_digests_follow_the_code_they_name(tmp_path, monkeypatch):
    from zhpress.io import cache as cache_module

    package = tmp_path / "pkg"
    (package / "variants").mkdir(parents=True)
    (package / "variants" / "review.py").write_text("a = 1\n", encoding="utf-8")
    (package / "checks.py").write_text("b = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "PACKAGE", package)

    def digests():
        cache_module.code_digest.cache_clear()
        return cache_module.code_digest(), cache_module.code_digest("variants")

    whole, variants = digests()
    assert whole != variants
    (package / "checks.py").write_text("b = 2\n", encoding="utf-8")
    changed_whole, same_variants = digests()
    assert changed_whole != whole and same_variants == variants
    (package / "variants" / "review.py").write_text("a = 2\n", encoding="utf-8")
    assert digests()[1] != variants
    cache_module.code_digest.cache_clear()


def test_the_review_key_names_jieba_and_opencc(data_copy, monkeypatch):
    from zhpress.io.cache import library_stamp
    from zhpress.variants import review

    stamp = library_stamp("jieba", "__init__.py", "dict.txt")
    assert stamp.startswith("jieba __init__.py:") and " dict.txt:" in stamp
    assert library_stamp("no_such_module_here", "x.py") == "no_such_module_here"

    project = load_project(data_copy)
    before = review._ReviewPass(project, VARIANTS).settings
    monkeypatch.setattr(review, "library_stamp", lambda *names: "jieba upgraded")
    new_jieba = review._ReviewPass(project, VARIANTS).settings
    assert new_jieba != before
    monkeypatch.setattr(review.opencc, "__version__", "99.0", raising=False)
    assert review._ReviewPass(project, VARIANTS).settings != new_jieba
    monkeypatch.undo()
    assert review._ReviewPass(project, VARIANTS).settings == before


@pytest.mark.parametrize(
    "stored",
    [
        "text",
        [["干部", None]],
        [["干部", 5, {"zh-Hant": "幹部"}]],
        [["干部", None, {"zh-Hant": 1}]],
        [[1, None, {}]],
        {"a": 1},
    ],
)
def test_a_malformed_review_status_entry_is_computed_again(stored):
    from zhpress.variants.review import _status_items

    assert _status_items(stored) is None
    assert _status_items([["干部", None, {"zh-Hant": "幹部"}]])[0].outputs == {"zh-Hant": "幹部"}


def _holding_by_words(text, positions):
    """The words of `word_spans` that hold one of `positions`: what `spans_holding` must give."""
    wanted = set(positions)
    return [(a, b) for a, b in segment.word_spans(text, lambda _: True) if not wanted.isdisjoint(range(a, b))]


HOLDING_TEXTS = sorted(
    p for folder in ("tests/fixtures", "bench/heldout/texts") for p in (REPO / folder).rglob("*.txt")
)


@pytest.mark.parametrize("path", HOLDING_TEXTS[::4], ids=lambda p: p.name)
def test_the_words_holding_given_characters_are_jiebas_words_holding_them(path):
    import re

    text = path.read_text(encoding="utf-8")
    for chars in ("干发后台里面", "的一是", "，。0123456789"):
        positions = [m.start() for m in re.finditer(f"[{chars}]", text)]
        assert segment.spans_holding(text, positions) == _holding_by_words(text, positions)
    assert segment.spans_holding(text, []) == []


@settings(max_examples=300)
@given(
    st.text(alphabet=st.sampled_from(list("干发余了党组织平台的 \t\r\n，。A1.%-𠀀ㄅ")), max_size=40),
    st.sets(st.integers(min_value=0, max_value=39)),
)
def test_the_words_holding_any_positions_are_jiebas(text, picked):
    positions = sorted(p for p in picked if p < len(text))
    assert segment.spans_holding(text, positions) == _holding_by_words(text, positions)


def test_a_cache_folder_deleted_while_in_use_is_made_again(tmp_path):
    import shutil

    cache = Cache(tmp_path / "c")
    cache.put("kind", "ab12", 1)
    shutil.rmtree(tmp_path / "c")
    cache.put("kind", "ab13", 2)  # lost: the folder it knew is gone
    cache.put("kind", "ab14", 3)
    assert cache.get("kind", "ab14") == 3
    assert (tmp_path / "c" / ".gitignore").is_file()

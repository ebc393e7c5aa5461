"""Review of ambiguous conversions: the candidate table, the seed's items, confirmations."""

import subprocess

import pytest

from zhpress.errors import DataError
from zhpress.project import load_project
from zhpress.variants import review
from zhpress.variants.convert import Overrides
from zhpress.variants.review import (
    Confirmation,
    ambiguous_characters,
    confirm,
    find_ambiguous,
    load_confirmed,
    review_path,
    site_variants,
    unreviewed,
    unreviewed_count,
)

from ..conftest import DATA


@pytest.fixture
def data_copy(data_copy):
    """The repository's data without its review file: every ambiguous conversion unreviewed."""
    (data_copy / "variants-review.yaml").unlink(missing_ok=True)
    return data_copy


VARIANTS = [("zh-Hant", "s2tw"), ("zh-HK", "s2hk")]


@pytest.fixture(scope="module")
def seed_items():
    return find_ambiguous(load_project(DATA), VARIANTS)


def item_of(items, word):
    found = [i for i in items if i.word == word]
    assert len(found) == 1, [i.key for i in found]
    return found[0]


# --- the candidate table ---------------------------------------------------------


def test_table_has_the_known_ambiguous_characters():
    table = ambiguous_characters()
    assert table["干"] == ["幹", "乾", "干", "榦"]
    assert table["发"] == ["發", "髮"]
    assert table["余"] == ["餘", "余"]
    assert table["台"] == ["臺", "檯", "颱", "台"]
    assert table["征"] == ["徵", "征"]
    assert table["注"] == ["注", "註"]
    assert {"表", "并", "才"} <= set(table)
    assert all(len(candidates) >= 2 for candidates in table.values())
    assert "们" not in table and "国" not in table  # one candidate only


def test_table_is_dumped_once_and_then_read_from_the_cache(monkeypatch):
    ambiguous_characters()
    review._candidates.cache_clear()

    def no_dump(*args, **kwargs):
        raise AssertionError("opencc_dict ran although its output is cached")

    monkeypatch.setattr(subprocess, "run", no_dump)
    assert ambiguous_characters()["发"] == ["發", "髮"]
    stat = (review.OPENCC_SHARE / "STCharacters.ocd2").stat()
    assert list(review._cache_dir().glob(f"STCharacters-{stat.st_size}-{stat.st_mtime_ns}.txt"))


def test_table_callers_cannot_change_the_cache():
    ambiguous_characters()["干"].append("X")
    ambiguous_characters().pop("发")
    assert ambiguous_characters()["干"] == ["幹", "乾", "干", "榦"] and "发" in ambiguous_characters()


# --- the seed's items ------------------------------------------------------------


def test_seed_gan_bu(seed_items):
    item = item_of(seed_items, "干部")
    assert item.outputs == {"zh-Hant": "幹部", "zh-HK": "幹部"}
    assert item.chars == {"干": ["幹", "乾", "干", "榦"]}
    assert item.key == "干部→幹部/幹部"
    assert item.count == 20
    assert str(item.examples[0]) == "ankang-2017:4 …党组织和广大党员干部用初心指引前行,…"
    assert len(item.examples) == 3


def test_seed_fa_zhan(seed_items):
    item = item_of(seed_items, "发展")
    assert item.outputs == {"zh-Hant": "發展", "zh-HK": "發展"}
    assert item.examples[0].line == 1 and item.examples[0].context == "“红色引擎”激活发展新动能"


def test_seed_xin_zheng_cheng_thanks_to_the_override(seed_items):
    item = item_of(seed_items, "新征程")
    assert item.outputs == {"zh-Hant": "新征程", "zh-HK": "新征程"}
    assert item.override and item.count == 3
    # The phrase is the unit: jieba's 征程 is not listed on its own, and no output has 徵程.
    assert not [i for i in seed_items if i.word == "征程"]
    assert not [i for i in seed_items if any("徵程" in out for out in i.outputs.values())]


def test_seed_yu_in_800_yu_ming(seed_items):
    found = [i for i in seed_items if "余" in i.word and any("800余名" in e.context for e in i.examples)]
    assert len(found) == 1
    item = found[0]
    assert item.word == "余名" and item.outputs == {"zh-Hant": "餘名", "zh-HK": "餘名"}
    assert item.chars == {"余": ["餘", "余"]}


def test_seed_tai_differs_between_regions(seed_items):
    assert item_of(seed_items, "台").outputs == {"zh-Hant": "臺", "zh-HK": "台"}
    assert item_of(seed_items, "平台").outputs == {"zh-Hant": "平臺", "zh-HK": "平台"}


def test_seed_items_are_grouped_and_consistent(seed_items):
    keys = [i.key for i in seed_items]
    assert len(keys) == len(set(keys))
    table = ambiguous_characters()
    for item in seed_items:
        assert item.chars and set(item.chars) <= set(table)
        assert list(item.outputs) == ["zh-Hant", "zh-HK"]
        assert all(len(out) == len(item.word) for out in item.outputs.values())
        assert 1 <= len(item.examples) <= min(3, item.count)
        assert all(item.word in e.context and "\n" not in e.context for e in item.examples)
        assert not item.notes
    assert sum(i.count for i in seed_items) >= len(seed_items)


def test_a_variant_that_changes_length_is_converted_word_by_word(tmp_path):
    article = tmp_path / "data" / "articles" / "demo"
    article.mkdir(parents=True)
    (article / "source.txt").write_text("标题\n他们发展很快,干部也多。\n", encoding="utf-8")
    project = load_project(tmp_path / "data")
    # Curated overrides keep their length; this one does not, to force the fallback.
    project.overrides = Overrides(traditional={"他们": "他們們"})
    items = find_ambiguous(project, VARIANTS)
    item = item_of(items, "干部")
    assert item.outputs == {"zh-Hant": "幹部", "zh-HK": "幹部"}
    assert item.notes == [
        "zh-Hant: converted alone (the conversion of demo changed its length)",
        "zh-HK: converted alone (the conversion of demo changed its length)",
    ]


def test_only_the_given_variants():
    items = find_ambiguous(load_project(DATA), [("zh-HK", "s2hk")])
    assert item_of(items, "台").outputs == {"zh-HK": "台"}
    assert item_of(items, "台").key == "台→台@报、[台]、网"  # a one-character word, in its context


# --- which variants -----------------------------------------------------------------


def test_site_variants_default_without_mkdocs_yml(data_copy):
    assert site_variants(data_copy) == VARIANTS


def test_site_variants_from_the_repository_mkdocs_yml():
    assert site_variants(DATA) == VARIANTS


def test_site_variants_tolerates_python_tags(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n"
        "  - search\n"
        "  - zhpress:\n"
        "      variants:\n"
        "        - {locale: zh-Hans, name: 简体}\n"
        "        - {locale: zh-HK, name: 香港, opencc: s2hk}\n"
        "        - {locale: en, name: English, english: true}\n",
        encoding="utf-8",
    )
    assert site_variants(tmp_path / "data") == [("zh-HK", "s2hk")]


# --- confirmations ----------------------------------------------------------------


def entries(path):
    return [(c.word, dict(c.outputs)) for c in load_confirmed(path)]


def test_missing_or_empty_review_file_confirms_nothing(tmp_path):
    assert load_confirmed(tmp_path / "variants-review.yaml") == []
    (tmp_path / "variants-review.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert load_confirmed(tmp_path / "variants-review.yaml") == []
    (tmp_path / "variants-review.yaml").write_text("confirmed:\n", encoding="utf-8")
    assert load_confirmed(tmp_path / "variants-review.yaml") == []


def test_confirm_is_idempotent(tmp_path, seed_items):
    path = tmp_path / "variants-review.yaml"
    added = confirm(path, seed_items[:3])
    assert added == seed_items[:3]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Reviewed conversions of ambiguous characters")
    assert confirm(path, seed_items[:3]) == []
    assert path.read_text(encoding="utf-8") == text
    assert entries(path) == [(i.word, i.outputs) for i in seed_items[:3]]
    assert unreviewed(seed_items, load_confirmed(path)) == seed_items[3:]


def test_confirm_never_drops_or_reorders_existing_entries(tmp_path, seed_items):
    path = tmp_path / "variants-review.yaml"
    existing = (
        "# editor's notes\n"
        "confirmed:\n"
        "  - word: 发展   # checked\n"
        "    outputs: {zh-Hant: 發展, zh-HK: 發展}\n"
        "  - word: 不在语料里\n"
        "    outputs: {zh-Hant: 不在語料裡}\n"
        "  - word: 干部\n"
        "    outputs: {zh-Hant: 乾部, zh-HK: 乾部}   # stale: no longer the output\n"
    )
    path.write_text(existing, encoding="utf-8")
    before = entries(path)
    added = confirm(path, [item_of(seed_items, "干部"), item_of(seed_items, "发展"), item_of(seed_items, "台")])
    assert [i.word for i in added] == ["干部", "台"]
    text = path.read_text(encoding="utf-8")
    assert text.startswith(existing)  # appended: comments and order kept
    assert entries(path) == before + [
        ("干部", {"zh-Hant": "幹部", "zh-HK": "幹部"}),
        ("台", {"zh-Hant": "臺", "zh-HK": "台"}),
    ]
    assert confirm(path, added) == []


def test_confirm_rewrites_a_flow_list_keeping_its_comments(tmp_path, seed_items):
    path = tmp_path / "variants-review.yaml"
    path.write_text("# mine\nconfirmed: [{word: 发展, outputs: {zh-Hant: 發展, zh-HK: 發展}}]\n", encoding="utf-8")
    confirm(path, [item_of(seed_items, "干部")])
    assert path.read_text(encoding="utf-8").startswith("# mine\nconfirmed:\n- word: 发展\n")
    assert [w for w, _ in entries(path)] == ["发展", "干部"]


def test_a_changed_output_is_unreviewed_again(seed_items):
    item = item_of(seed_items, "干部")
    stale = Confirmation("干部", (("zh-Hant", "乾部"), ("zh-HK", "幹部")))
    assert unreviewed([item], [stale]) == [item]
    other_word = Confirmation("干", (("zh-Hant", "幹部"), ("zh-HK", "幹部")))
    assert unreviewed([item], [other_word]) == [item]
    current = Confirmation("干部", (("zh-HK", "幹部"), ("zh-Hant", "幹部"), ("zh-MO", "幹部")))
    assert unreviewed([item], [current]) == []
    partial = Confirmation("干部", (("zh-Hant", "幹部"),))  # a variant added since: review it
    assert unreviewed([item], [partial]) == [item]


def error_lines(path):
    with pytest.raises(DataError) as info:
        load_confirmed(path)
    return [str(p) for p in info.value.problems]


def test_malformed_review_file_reports_every_problem(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "variants-review.yaml"
    path.write_text(
        "confirmed:\n"
        "- word: 干部\n"
        "  outputs: 幹部\n"
        "- 发展\n"
        "- word: ''\n"
        "  outputs: {zh-Hant: 1}\n"
        "  note: x\n"
        "- outputs: {zh-Hant: 幹}\n"
        "- word: 台\n"
        "  outputs: {zh-Hant: 臺}\n"
        "- word: 台\n"
        "  outputs: {zh-Hant: 臺}\n"
        "extra: 1\n",
        encoding="utf-8",
    )
    assert error_lines(path) == [
        "variants-review.yaml:3: confirmed[0].outputs: must map each locale to the converted word (e.g. zh-Hant: 幹部)",
        "variants-review.yaml:4: confirmed[1]: must be a mapping with `word` and `outputs`",
        "variants-review.yaml:5: confirmed[2].word: '' is not a word (non-empty text without surrounding spaces)",
        "variants-review.yaml:6: confirmed[2].outputs.zh-Hant: 1 is not a converted word (non-empty text)",
        "variants-review.yaml:7: confirmed[2]: unknown key 'note' (expected word, outputs)",
        "variants-review.yaml:8: confirmed[3].word: missing (the Simplified word, e.g. word: 干部)",
        "variants-review.yaml:11: confirmed[5]: repeats confirmed[4] (line 9) (remove one of them)",
        "variants-review.yaml:13: unknown key 'extra' (the only key is `confirmed`)",
    ]


def test_review_file_shape_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "variants-review.yaml"
    path.write_text("- word: 干部\n", encoding="utf-8")
    assert error_lines(path) == [
        "variants-review.yaml:1: must be a mapping with a `confirmed:` list (start the file with `confirmed:`)"
    ]
    path.write_text("# c\nconfirmed: 干部\n", encoding="utf-8")
    assert error_lines(path) == ["variants-review.yaml:2: confirmed: must be a list of {word, outputs}"]
    path.write_text("confirmed:\n- word: 干部\n  outputs: {zh-Hant: [幹部\n", encoding="utf-8")
    assert error_lines(path)[0].startswith("variants-review.yaml:4: YAML syntax:")


def test_confirm_leaves_a_malformed_file_alone(tmp_path, seed_items):
    path = tmp_path / "variants-review.yaml"
    path.write_text("confirmed:\n- 发展\n", encoding="utf-8")
    with pytest.raises(DataError):
        confirm(path, seed_items[:2])
    assert path.read_text(encoding="utf-8") == "confirmed:\n- 发展\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["variants-review.yaml"]


def test_unreviewed_count(data_copy, seed_items):
    assert unreviewed_count(load_project(data_copy), data_copy) == len(seed_items)
    confirm(review_path(data_copy), seed_items[:10])
    assert unreviewed_count(load_project(data_copy), data_copy) == len(seed_items) - 10
    confirm(review_path(data_copy), seed_items)
    assert unreviewed_count(load_project(data_copy), data_copy) == 0


def test_the_seed_is_fully_reviewed():
    from ..conftest import DATA

    assert unreviewed_count(load_project(DATA), DATA) == 0


# --- the status of `zhpress check` ----------------------------------------------------

STATUS_TEXTS = sorted((DATA.parents[1] / "genre").glob("*.txt")) + sorted(DATA.glob("articles/*/source.txt"))


@pytest.mark.parametrize("length_changes", [False, True], ids=["as-is", "length-changing-override"])
def test_the_status_entries_are_the_full_items_without_the_listing(length_changes):
    project = load_project(DATA)
    if length_changes:  # forces the word-by-word conversion
        project.overrides = Overrides(traditional={"他们": "他們們", "我们": "我們們"})
    pass_ = review._ReviewPass(project, VARIANTS)
    sources = [path.read_text(encoding="utf-8") for path in STATUS_TEXTS]
    assert len(sources) >= 20
    found = 0
    for source, converted in zip(sources, pass_.convert_all(sources)):
        items = pass_.article_items("demo", source)
        assert pass_.status_entries(source, converted) == [[i.word, i.context, i.outputs] for i in items]
        found += len(items)
    assert found > 500, "the texts hold ambiguous conversions to compare"


def test_the_status_is_the_same_cold_from_the_full_findings_and_warm(data_copy, tmp_path, monkeypatch, seed_items):
    from zhpress.io.cache import Cache
    from zhpress.variants import segment

    confirm(review_path(data_copy), seed_items[:10])
    project = load_project(data_copy)
    expected = (
        len({(i.word, i.context, tuple(i.outputs.values())) for i in seed_items[10:]}),
        {project.articles[0].slug: len(seed_items) - 10},
    )
    monkeypatch.setenv("ZHPRESS_CACHE_DIR", "off")
    assert review.review_status(project, data_copy) == expected  # nothing cached
    monkeypatch.setenv("ZHPRESS_CACHE_DIR", str(tmp_path / "full"))
    find_ambiguous(project, VARIANTS, Cache(tmp_path / "full"))  # `variants review` stored its findings
    monkeypatch.setattr(segment, "_segmenter", lambda: pytest.fail("the full findings were not used"))
    assert review.review_status(project, data_copy) == expected
    monkeypatch.undo()
    monkeypatch.setenv("ZHPRESS_CACHE_DIR", str(tmp_path / "status"))
    assert review.review_status(project, data_copy) == expected  # cold: the status entries found and stored
    monkeypatch.setattr(segment, "_segmenter", lambda: pytest.fail("jieba started on a warm status"))
    monkeypatch.setattr(review, "Converter", lambda *a: pytest.fail("OpenCC started on a warm status"))
    assert review.review_status(project, data_copy) == expected

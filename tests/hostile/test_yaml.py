"""Hostile curated YAML (figures.yaml, article.yaml) through `load_project` on a copy of data/.

Every problem of a file is reported in one DataError, each as `file:line: field: message (fix)`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhpress.checks import check_figure
from zhpress.errors import DataError, Problem
from zhpress.figures.model import FIGURE_FIELDS
from zhpress.project import ARTICLE_FIELDS, load_project

ARTICLE = Path("data/articles/ankang-2017")
SLUG_HINT = "(lower-case ASCII words joined by hyphens, not assets, closing, en, figures, index, lead, search, title)"
FIGURES = f"{ARTICLE}/figures.yaml"
META = f"{ARTICLE}/article.yaml"

GOOD_FIGURE = """\
  - id: lecture-tour-sessions
    quote: 200场次
    value: 200
    unit: 场次
    approx: exact
    section: ideology
    label: {zh: 宣讲场次, en: Lectures}
"""


@pytest.fixture
def data(in_tmp, data_copy) -> Path:
    """data/ copied into the working directory, with a small figures.yaml of our own."""
    (data_copy / "articles/ankang-2017/figures.yaml").write_text("figures:\n" + GOOD_FIGURE, encoding="utf-8")
    return data_copy


def load_error(data: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(data)
    return str(info.value).split("\n")


def put(data: Path, name: str, text: str) -> None:
    (data / "articles/ankang-2017" / name).write_text(text, encoding="utf-8")


def edit_meta(data: Path, old: str, new: str) -> None:
    path = data / "articles/ankang-2017/article.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def meta_line(data: Path, needle: str) -> int:
    """The line of article.yaml (as edited) that holds `needle`: the copy follows the repository's file."""
    lines = (data / "articles/ankang-2017/article.yaml").read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def test_the_fixture_loads(data):
    assert [f.id for f in load_project(data).articles[0].figures.figures] == ["lecture-tour-sessions"]


def test_syntax_error(data):
    put(data, "figures.yaml", "figures:\n  - id: a\n    quote: [200场次\n    value: 200\n")
    assert load_error(data) == [
        f"{FIGURES}:4: YAML syntax: while parsing a flow sequence: did not find expected ',' or ']' "
        "(fix the YAML at that line)"
    ]


def test_tab_indentation(data):
    put(data, "figures.yaml", "figures:\n\t- id: a\n")
    assert load_error(data) == [
        f"{FIGURES}:2: YAML syntax: while scanning for the next token: found character that cannot start any "
        "token (fix the YAML at that line)"
    ]


def test_every_duplicate_key_is_reported(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE + "    value: 300\n  - id: b\n    id: c\nfigures: []\n")
    assert load_error(data) == [
        f"{FIGURES}:9: YAML syntax: duplicate key 'value' (first on line 4) (fix the YAML at that line)",
        f"{FIGURES}:11: YAML syntax: duplicate key 'id' (first on line 10) (fix the YAML at that line)",
        f"{FIGURES}:12: YAML syntax: duplicate key 'figures' (first on line 1) (fix the YAML at that line)",
    ]


def test_keys_that_are_lists_or_mappings(data):
    put(data, "figures.yaml", "figures: []\n? [a, b]\n: 1\n{c: 1}: 2\n")
    assert load_error(data) == [
        f"{FIGURES}:2: YAML syntax: a key must be a plain value, not a list (fix the YAML at that line)",
        f"{FIGURES}:4: YAML syntax: a key must be a plain value, not a mapping (fix the YAML at that line)",
    ]


def test_duplicate_ids(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE * 3)
    assert load_error(data) == [
        f"{FIGURES}:9: figures.lecture-tour-sessions.id: duplicate id (first on line 2) (give each figure its own id)",
        f"{FIGURES}:16: figures.lecture-tour-sessions.id: duplicate id (first on line 2) (give each figure its own id)",
    ]


def test_wrong_types_all_reported(data):
    put(
        data,
        "figures.yaml",
        """\
figures:
  - id: Bad_ID
    quote: " 200场次"
    occurrence: 0
    value: "3.5万"
    unit: 5
    approx: around
    section: ""
    label: 宣讲
  - 42
  - id: ok-id
    quote: 200场次
    value: true
    unit: 场次
    approx: exact
    section: ideology
    label: {zh: 宣讲场次, en: Lectures, fr: Conférences}
ignore: {quote: x}
""",
    )
    assert load_error(data) == [
        f"{FIGURES}:18: ignore: must be a list",
        f"{FIGURES}:2: figures.Bad_ID.id: 'Bad_ID' is not a valid id "
        "(lower-case ASCII words joined by hyphens, e.g. lecture-sessions)",
        f"{FIGURES}:3: figures.Bad_ID.quote: ' 200场次' is not a one-line text without surrounding spaces",
        f"{FIGURES}:4: figures.Bad_ID.occurrence: 0 is not a positive whole number",
        f"{FIGURES}:5: figures.Bad_ID.value: '3.5万' is not a plain number (write 35000 for 3.5万)",
        f"{FIGURES}:6: figures.Bad_ID.unit: 5 is not text (use '' when no unit follows the number)",
        f"{FIGURES}:7: figures.Bad_ID.approx: 'around' is not one of exact, more_than, nearly, about, at_least, "
        "less_than, at_most",
        f"{FIGURES}:8: figures.Bad_ID.section: '' is not a section slug",
        f"{FIGURES}:9: figures.Bad_ID.label: must have `zh` and `en` texts (an empty text is a label still to write)",
        f"{FIGURES}:10: figures[1]: must be a mapping with id, quote, value, …",
        f"{FIGURES}:13: figures.ok-id.value: True is not a plain number (write 35000 for 3.5万)",
        f"{FIGURES}:17: figures.ok-id.label: unknown languages fr (expected zh and en)",
    ]


def test_unknown_fields(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE + "    colour: red\nextra: 1\n")
    edit_meta(data, "period:", "colour: red\nperiod:")
    fields = ", ".join(sorted(FIGURE_FIELDS))
    assert load_error(data) == [
        f"{META}:{meta_line(data, 'colour:')}: unknown field 'colour' "
        f"(expected one of {', '.join(sorted(ARTICLE_FIELDS))})",
        f"{FIGURES}:10: unknown key 'extra' (expected `figures` and `ignore`)",
        f"{FIGURES}:9: figures.lecture-tour-sessions.colour: unknown field 'colour' (expected one of {fields})",
    ]


def test_a_title_is_for_sources_without_a_headline(data):
    edit_meta(data, "period:", "title: 另一个标题\nperiod:")
    assert load_error(data) == [
        f"{META}:{meta_line(data, 'title: 另一个')}: title: the source has its own headline '“红色引擎”激活发展新动能' "
        "(remove `title`: it names articles whose source has no headline)"
    ]
    edit_meta(data, "title: 另一个标题", "title: [1, 2]")
    assert load_error(data) == [
        f"{META}:{meta_line(data, 'title: [1')}: title: must be the headline as one line of text "
        "(e.g. title: 全国“冰雪进校园”活动启动)"
    ]


def test_python_tags_are_not_constructed(data):
    put(data, "figures.yaml", "figures: !!python/object/apply:os.system ['touch pwned']\n")
    assert load_error(data) == [
        f"{FIGURES}:1: YAML syntax: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system' (fix the YAML at that line)"
    ]
    assert not (data.parent / "pwned").exists() and not Path("pwned").exists()


def test_alias_bomb(data):
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name, prev in zip("bcdefghi", "abcdefgh"):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    put(data, "figures.yaml", bomb)
    assert load_error(data) == [
        f"{FIGURES}:2: YAML aliases (*name) are not allowed in curated data (write the value out in full)"
    ]


def test_control_character(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE.replace("宣讲场次", "宣讲\x07场次"))
    assert load_error(data) == [
        f"{FIGURES}:8: YAML: the character U+0007 is not allowed (control characters are not allowed) (remove it)"
    ]


def test_line_numbers_count_newlines_only(data):
    # YAML counts U+2028 as a line break; editors and messages do not.
    first = GOOD_FIGURE.replace("{zh: 宣讲场次, en: Lectures}", '{zh: "宣讲\u2028场次", en: Lectures}')
    put(data, "figures.yaml", "figures:\n" + first + GOOD_FIGURE)
    assert load_error(data) == [
        f"{FIGURES}:9: figures.lecture-tour-sessions.id: duplicate id (first on line 2) (give each figure its own id)"
    ]


def test_quote_not_in_source_names_the_nearest_passage(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE.replace("200场次", "宣讲300场次").replace("200", "300"))
    article = load_project(data).articles[0]
    problems = check_figure(article, article.figures, article.figures.figures[0])
    assert [str(p) for p in problems] == [
        f"{FIGURES}:2: figures.lecture-tour-sessions.quote: '宣讲300场次' is not in {ARTICLE}/source.txt "
        "(the nearest passage of the source is '宣讲200场次')"
    ]


def test_section_slug_escaping_the_folder(data):
    edit_meta(data, "slug: ideology", "slug: ../ideology")
    line = meta_line(data, "slug: ../ideology")
    assert load_error(data) == [f"{META}:{line}: sections[0].slug: '../ideology' is not a usable slug {SLUG_HINT}"]


def test_id_with_a_newline_inside(data):
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE.replace("id: lecture-tour-sessions", 'id: "lecture\\ntour"'))
    # One problem stays one line: the newline of the id is shown escaped.
    assert load_error(data) == [
        f"{FIGURES}:2: figures.lecture\\ntour.id: 'lecture\\ntour' is not a valid id "
        "(lower-case ASCII words joined by hyphens, e.g. lecture-sessions)"
    ]


def test_id_with_a_trailing_newline(data):
    put(
        data,
        "figures.yaml",
        "figures:\n" + GOOD_FIGURE.replace("id: lecture-tour-sessions", 'id: "lecture-tour-sessions\\n"'),
    )
    assert load_error(data) == [
        f"{FIGURES}:2: figures.lecture-tour-sessions\\n.id: 'lecture-tour-sessions\\n' is not a valid id "
        "(lower-case ASCII words joined by hyphens, e.g. lecture-sessions)"
    ]


def test_section_slug_with_a_trailing_newline(data):
    edit_meta(data, "slug: ideology", 'slug: "ideology\\n"')
    line = meta_line(data, 'slug: "ideology')
    assert load_error(data) == [f"{META}:{line}: sections[0].slug: 'ideology\\n' is not a usable slug {SLUG_HINT}"]


def test_every_problem_of_every_file_in_one_error(data):
    """Broken article.yaml, figures.yaml and an unreadable translation: one DataError with all of them."""
    edit_meta(data, "slug: ideology", "slug: Ideology")
    edit_meta(data, "period:", "colour: red\nperiod:")
    put(data, "figures.yaml", "figures:\n" + GOOD_FIGURE.replace("approx: exact", "approx: roughly") + "  - 42\n")
    (data / "articles/ankang-2017/en").mkdir(exist_ok=True)
    (data / "articles/ankang-2017/en/summary.md").write_bytes(b"")
    lines = load_error(data)
    assert lines[:2] == [
        f"{META}:{meta_line(data, 'colour:')}: unknown field 'colour' "
        f"(expected one of {', '.join(sorted(ARTICLE_FIELDS))})",
        f"{META}:{meta_line(data, 'slug: Ideology')}: sections[0].slug: 'Ideology' is not a usable slug {SLUG_HINT}",
    ]
    assert (
        f"{FIGURES}:6: figures.lecture-tour-sessions.approx: 'roughly' is not one of exact, more_than, nearly, "
        "about, at_least, less_than, at_most" in lines
    )
    assert f"{FIGURES}:9: figures[1]: must be a mapping with id, quote, value, …" in lines
    assert f"{ARTICLE}/en/summary.md: file is empty (put the article's text in it)" in lines


def test_two_articles_both_reported(data):
    """An unreadable source in one article does not hide the YAML error of another."""
    other = data / "articles/zz-second"
    other.mkdir()
    (other / "source.txt").write_bytes("标题\n正文。\n".encode("gbk"))
    edit_meta(data, "slug: ideology", "slug: ../x")
    lines = load_error(data)
    assert (
        "data/articles/zz-second/source.txt:1: not valid UTF-8 (byte 0) (curated files are UTF-8; save it as "
        "UTF-8 (GBK and Big5 files are converted on import))"
    ) in lines
    line = meta_line(data, "slug: ../x")
    assert any(text.startswith(f"{META}:{line}: sections[0].slug: '../x' is not a usable slug") for text in lines)


def test_problem_messages_stay_on_one_line():
    problem = Problem("data/a\nb.yaml", "x\u2028y", line=2, field="figures.a\rb", hint="fix\nit")
    assert str(problem) == "data/a\\nb.yaml:2: figures.a\\rb: x\\u2028y (fix\\nit)"


@pytest.mark.parametrize("content", [b"", b"\n\n", b"# only a comment\n"])
def test_an_empty_figures_file_means_no_figures(data, content):
    (data / "articles/ankang-2017/figures.yaml").write_bytes(content)
    assert load_project(data).articles[0].figures.figures == []


def test_an_empty_article_yaml_reports_the_missing_sections(data):
    put(data, "article.yaml", "")
    lines = load_error(data)
    assert lines[0].startswith(f"{META}:1: sections: lists 0 sections but the source has 4 (headings found: ")

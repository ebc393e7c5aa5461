"""Search text: variants folded character by character, pages as tokens aligned with their own text."""

from __future__ import annotations

import pytest

from zhpress.search.fold import browser_table, fold_char, fold_text
from zhpress.search.index import punctuation
from zhpress.search.records import SEPARATOR, Record, html_blocks


@pytest.mark.parametrize(
    "variant,folded",
    [
        ("平臺", "平台"),
        ("平台", "平台"),
        ("羣眾", "群众"),
        ("群眾", "群众"),
        ("脫貧", "脱贫"),
        ("脱貧", "脱贫"),
        ("黨組織", "党组织"),
        ("裏", "里"),
        ("裡", "里"),
        ("發髮", "发发"),
        ("ＧＤＰ１２", "gdp12"),
        ("GDP", "gdp"),
        ('"', "\uff02"),
        ("，。“”", "，。“”"),
        ("「黨」『建』", "“党”‘建’"),
    ],
)
def test_variants_fold_to_one_form(variant, folded):
    assert fold_text(variant) == folded


def test_folding_keeps_length_and_is_stable():
    text = "2017年，全市各級黨組織和廣大黨員幹部用初心指引前行；羣眾脱貧。"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert fold_text(folded) == folded


def test_the_browser_table_lists_what_folds_into_the_index_only():
    table = browser_table(set(fold_text("平台群众脱贫")))
    assert table["臺"] == "台" and table["羣"] == "群" and table["眾"] == "众" and table["脫"] == "脱"
    assert all(fold_char(ch) == to for ch, to in table.items())
    assert "黨" not in table  # folds to 党, which the index does not hold
    assert not any(ch.isascii() for ch in table)
    assert browser_table(set("“”"))["「"] == "“"


def test_page_text_leaves_out_permalinks_and_scripts_and_keeps_blocks_apart():
    html = (
        '<h2 id="a">基層組織<a class="headerlink" href="#a">¶</a></h2><p>平臺 建設<script>var x = "黨";</script></p>'
        "<table><tr><td>黨</td><td>組織</td></tr></table>"
    )
    assert html_blocks(html) == ["基層組織", "平臺 建設", "黨", "組織"]
    record = Record.from_html("x/", "標題", html)
    assert record.text == SEPARATOR.join(["標題", "基層組織", "平臺 建設", "黨", "組織"])


def test_tokens_are_the_folded_characters_of_the_own_text_one_by_one():
    record = Record.from_html("", "首頁", "<p>GDP 增長3.5%，平臺</p>")
    tokens = record.tokens().split(" ")
    own = [ch for ch in record.text if ch != " "]
    assert len(tokens) == len(own)  # token i is the i-th non-space character: results show the own text
    assert tokens == [fold_char(ch) for ch in own]
    assert "".join(tokens).endswith("增长3.5%，平台")


def test_punctuation_is_indexed_as_words_and_the_separator_is_not():
    records = [Record.from_html("", "標題", "<p>3.5%，“好”</p><p>x</p>")]
    marks = punctuation(records)
    assert set(marks) == {".", "%", "，", "“", "”"}
    assert SEPARATOR not in marks

"""The reviewed-source record: paragraph alignment, character diffs, the lock file round trip."""

from zhpress.translations.reviewed import (
    Review,
    dump_reviews,
    inline_diff,
    load_reviews,
    paragraph_changes,
)


def test_paragraphs_are_aligned_by_content():
    old = ["标题", "第一段。", "第二段有88人。", "第三段。"]
    new = ["标题", "新的一段。", "第一段。", "第二段有86人。"]
    changes = [(c.kind, c.index, c.old, c.new) for c in paragraph_changes(old, new)]
    assert changes == [
        ("added", 2, "", "新的一段。"),
        ("changed", 4, "第二段有88人。", "第二段有86人。"),
        ("removed", 4, "第三段。", ""),
    ]


def test_inline_diff_marks_characters_and_whole_numbers():
    assert inline_diff("全市共有88人参加", "全市共有86人参加") == "全市共有[-88-]{+86+}人参加"
    assert inline_diff("黄璐琦院士", "黄路琦院士") == "黄[-璐-]{+路+}琦院士"
    long = "甲" * 40
    assert inline_diff(long + "乙" + long, long + "丙" + long) == "…" + "甲" * 12 + "[-乙-]{+丙+}" + "甲" * 12 + "…"


def test_the_lock_file_round_trips_and_stores_each_paragraph_once(tmp_path):
    reviews = {
        "summary": Review("summary", "aaa", "2026-01-02", "Wang Li", ("标题", "一段。", "二段。")),
        "cadres": Review("cadres", "bbb", "2026-01-03", "Li Na", ("一段。",), override="source typo"),
    }
    path = tmp_path / "reviewed.yaml"
    text = dump_reviews(reviews)
    assert text.count("一段。") == 1
    path.write_text(text, encoding="utf-8")
    assert load_reviews(path) == reviews

"""section_chart_svg: one bar chart per unit, every bar a labelled link to its figure, all text escaped."""

import re
import xml.etree.ElementTree as ET

import pytest

from zhpress.figures.model import Figure
from zhpress.render.charts import format_value, section_chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def fig(fid, value, unit, approx="exact", label_zh="指标", label_en="Figure", quote=None, section="ideology"):
    return Figure(
        id=fid,
        quote=quote or f"{value}{unit}",
        occurrence=1,
        value=value,
        unit=unit,
        approx=approx,
        section=section,
        label_zh=label_zh,
        label_en=label_en,
        line=1,
    )


FIGURES = [
    fig("lecture-sessions", 200, "场次", label_zh="市委宣讲团巡回宣讲场次"),
    fig("training-courses", 10, "期", label_zh="专题培训班期数"),
    fig("party-events", 3000, "场次", approx="nearly", label_zh="各级党组织开展宣讲活动场次"),
    fig("branch-leaders", 800, "名", approx="more_than", label_zh="参加支部活动的领导干部"),
    fig("coverage", 91.75, "%", label_zh="覆盖率"),
]
LABELS = {f.id: f.label_zh for f in FIGURES}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # also proves the output is well-formed XML


def bars(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{SVG}a")


def test_one_chart_per_unit_in_order_of_first_appearance():
    root = parse(section_chart_svg(FIGURES, LABELS, "思想建设：数据", "zh-Hans"))
    groups = root.findall(f"{SVG}g")
    assert [g.get("data-unit") for g in groups] == ["场次", "期", "名", "%"]
    assert [[a.get("data-figure") for a in g.findall(f"{SVG}a")] for g in groups] == [
        ["lecture-sessions", "party-events"],
        ["training-courses"],
        ["branch-leaders"],
        ["coverage"],
    ]


def test_each_unit_has_its_own_scale():
    root = parse(section_chart_svg(FIGURES, LABELS, "t", "zh-Hans"))
    width = {a.get("data-figure"): float(a.find(f"{SVG}rect").get("width")) for a in bars(root)}
    # the largest figure of every unit gets the same, full bar, whatever its value
    assert width["party-events"] == width["training-courses"] == width["branch-leaders"] == width["coverage"]
    assert width["lecture-sessions"] == pytest.approx(width["party-events"] * 200 / 3000, abs=0.1)


def test_a_single_figure_is_a_single_bar():
    root = parse(section_chart_svg([FIGURES[1]], LABELS, "t", "zh-Hans"))
    assert len(root.findall(f"{SVG}g")) == 1 and len(bars(root)) == 1


def test_no_figures_no_chart():
    assert section_chart_svg([], {}, "t", "zh-Hans") == ""


def test_one_link_per_figure_to_its_sentence():
    svg = section_chart_svg(FIGURES, LABELS, "t", "zh-Hans")
    assert re.findall(r'<a [^>]*href="([^"]*)"', svg) == [
        "#fig-lecture-sessions",
        "#fig-party-events",
        "#fig-training-courses",
        "#fig-branch-leaders",
        "#fig-coverage",
    ]
    for figure in FIGURES:
        assert svg.count(f'href="#fig-{figure.id}"') == 1


def test_every_bar_is_labelled_and_has_a_tooltip():
    root = parse(section_chart_svg(FIGURES, LABELS, "t", "zh-Hans"))
    for a in bars(root):
        figure = next(f for f in FIGURES if f.id == a.get("data-figure"))
        texts = [t.text for t in a.findall(f"{SVG}text")]
        value = format_value(figure, "zh-Hans")
        assert texts == [figure.label_zh, value]
        assert a.find(f"{SVG}title").text == f"{figure.label_zh}：{value}"


def test_labels_come_from_the_mapping_and_fall_back_to_the_figure():
    root = parse(section_chart_svg(FIGURES[:2], {"lecture-sessions": "市委宣講團巡迴宣講場次"}, "t", "zh-Hant"))
    assert [a.find(f"{SVG}text").text for a in bars(root)] == ["市委宣講團巡迴宣講場次", "专题培训班期数"]
    root = parse(section_chart_svg(FIGURES[:1], {}, "t", "en"))
    assert bars(root)[0].find(f"{SVG}text").text == "Figure"


def test_text_is_escaped():
    evil = fig("evil", 5, "<b>", label_zh='<script>alert("x")</script> & “引号”')
    svg = section_chart_svg(
        [evil],
        {"evil": '<script>alert("x")</script> & “引号”'},
        "Title <img src=x onerror=1>",
        "zh-Hans",
        values={"evil": "<i>5</i>"},
    )
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg and "<i>" not in svg
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号”" in svg
    root = parse(svg)
    assert bars(root)[0].find(f"{SVG}text").text == '<script>alert("x")</script> & “引号”'
    assert root.find(f"{SVG}g").get("data-unit") == "<b>"


def test_no_external_resource_and_responsive():
    svg = section_chart_svg(FIGURES, LABELS, "t", "zh-Hans")
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert re.fullmatch(r"0 0 640 \d+(\.\d)?", root.get("viewBox"))
    assert root.get("width") == "100%" and root.get("height") is None
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "url(" not in svg and "<image" not in svg and "@import" not in svg


def test_output_is_deterministic():
    first = section_chart_svg(FIGURES, LABELS, "思想建设：数据", "zh-Hans")
    assert section_chart_svg(list(FIGURES), dict(LABELS), "思想建设：数据", "zh-Hans") == first
    assert section_chart_svg(FIGURES, dict(reversed(list(LABELS.items()))), "思想建设：数据", "zh-Hans") == first


def test_long_labels_are_cut_but_the_tooltip_keeps_them_whole():
    long = "很长的指标名称" * 20
    root = parse(section_chart_svg([FIGURES[0]], {"lecture-sessions": long}, "t", "zh-Hans"))
    a = bars(root)[0]
    shown = a.find(f"{SVG}text").text
    assert shown.endswith("…") and len(shown) < len(long)
    assert a.find(f"{SVG}title").text.startswith(long)


def test_bars_and_values_stay_inside_the_view_box():
    root = parse(section_chart_svg(FIGURES, LABELS, "t", "en"))
    for a in bars(root):
        rect = a.find(f"{SVG}rect")
        assert float(rect.get("x")) >= 0 and float(rect.get("x")) + float(rect.get("width")) <= 640
        value = a.findall(f"{SVG}text")[1]
        assert float(value.get("x")) + 0.6 * 13 * len(value.text) <= 640


def test_negative_values_grow_left_of_zero():
    root = parse(section_chart_svg([fig("down", -5, "%"), fig("up", 10, "%")], {}, "t", "zh-Hans"))
    down, up = (a.find(f"{SVG}rect") for a in bars(root))
    assert float(down.get("x")) + float(down.get("width")) == pytest.approx(float(up.get("x")))
    assert float(down.get("width")) == pytest.approx(float(up.get("width")) / 2, abs=0.1)


def test_caller_values_units_and_links_win():
    svg = section_chart_svg(
        FIGURES[:1],
        LABELS,
        "t",
        "zh-Hant",
        values={"lecture-sessions": "200場次"},
        units={"场次": "場次"},
        hrefs={"lecture-sessions": "../ideology/#fig-lecture-sessions"},
    )
    root = parse(svg)
    assert root.find(f"{SVG}g/{SVG}text").text == "單位：場次"
    assert bars(root)[0].findall(f"{SVG}text")[1].text == "200場次"
    assert bars(root)[0].get("href") == "../ideology/#fig-lecture-sessions"


@pytest.mark.parametrize(
    "figure,lang,shown",
    [
        (fig("a", 3000, "场次", "nearly"), "zh-Hans", "近3000场次"),
        (fig("b", 35000, "次", "more_than"), "zh-Hans", "超过3.5万次"),
        (fig("c", 35000, "次", "more_than"), "zh-HK", "超過3.5萬次"),
        (fig("d", 120000000, "元", "about"), "zh-Hant", "約1.2億元"),
        (fig("e", 91.75, "%"), "zh-Hans", "91.75%"),
        (fig("f", 35000, "次", "more_than"), "en", "more than 35,000"),
        (fig("g", 91.75, "%", "at_least"), "en", "at least 91.75%"),
        (fig("h", 1234.5, ""), "en", "1,234.5"),
    ],
)
def test_default_value_text(figure, lang, shown):
    assert format_value(figure, lang) == shown

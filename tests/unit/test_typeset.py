import pytest

from zhpress.typeset import corner_quotes, typeset, typeset_map


@pytest.mark.parametrize(
    "source,shown",
    [
        # half-width punctuation in Chinese prose becomes full-width
        ("刚刚过去的2017年,全市", "刚刚过去的2017年，全市"),
        ("党建工作迈上新台阶!这一年", "党建工作迈上新台阶！这一年"),
        ("怎么办?我们", "怎么办？我们"),
        ("分两步;第一", "分两步；第一"),
        ("他说:好", "他说：好"),
        ("“红色引擎”,激活", "“红色引擎”，激活"),
        ("各级党委(党组)认真开展", "各级党委（党组）认真开展"),
        # stray spaces in Chinese prose are removed
        ("进行重点查核, 103名领导干部", "进行重点查核，103名领导干部"),
        ("情节较重的 8名干部", "情节较重的8名干部"),
        # numbers, Latin text and URLs are untouched
        ("2,300人", "2,300人"),
        ("12:30开会", "12:30开会"),
        ("分别达91.75%和89.9%。", "分别达91.75%和89.9%。"),
        ("3.5万余次", "3.5万余次"),
        ("26个A级景区", "26个A级景区"),
        ("“支部+X+贫困户”精准扶贫模式", "“支部+X+贫困户”精准扶贫模式"),
        ("见 https://example.cn/a,b?c=1 网站", "见 https://example.cn/a,b?c=1 网站"),
        ("use (Python) here, ok", "use (Python) here, ok"),
        ("使用 Python 开发", "使用 Python 开发"),
    ],
)
def test_rules(source, shown):
    assert typeset(source) == shown


def test_names_in_a_byline_keep_their_spaces():
    assert typeset("通讯员 汪西平 石为径", prose=False) == "通讯员 汪西平 石为径"


def test_map_points_every_source_character_at_its_output():
    out, starts = typeset_map("查核, 103名")
    assert out == "查核，103名"
    assert len(starts) == len("查核, 103名") + 1
    assert out[starts[4] : starts[8]] == "103名"


def test_typesetting_is_idempotent():
    text = "刚刚过去的2017年,全市(各级)党组织! 较重的 8名"
    assert typeset(typeset(text)) == typeset(text)


@pytest.mark.parametrize(
    "source,shown",
    [
        ("“红色引擎”激活", "「红色引擎」激活"),
        ("他说：“要做到‘四个意识’。”", "他说：「要做到『四个意识』。」"),
        ("‘外’里“内”‘外’", "「外」里「内」「外」"),  # every top-level quote is 「」
        ("‘他说“好”’", "「他说『好』」"),  # nesting decides: outer 「」, inner 『』
        ("“一‘二“三”二’一”", "「一『二「三」二』一」"),
        ("“Two Studies, One Action”教育", "「Two Studies, One Action」教育"),
        ("“Baihe’s model”", "「Baihe’s model」"),  # an apostrophe stays
        ("‘Baihe’s model’", "「Baihe’s model」"),
        ("“A级”景区和“12380”", "「A级」景区和「12380」"),
        ("没有引号", "没有引号"),
        ("未配对”", "未配对」"),
    ],
)
def test_corner_quotes(source, shown):
    assert corner_quotes(source) == shown
    assert len(corner_quotes(source)) == len(source)


def test_headline_spaces_are_kept_as_full_width_spaces():
    from zhpress.typeset import typeset_headline

    assert (
        typeset_headline("杭州 勇立潮头、敢为人先 在改革中走在前列")
        == "杭州\u3000勇立潮头、敢为人先\u3000在改革中走在前列"
    )
    assert typeset_headline("杭州\u3000\u3000勇立潮头") == "杭州\u3000勇立潮头"
    assert typeset_headline("一季度GDP为206504亿元 同比下降6.8%") == "一季度GDP为206504亿元\u3000同比下降6.8%"
    assert typeset_headline("New Year 新年 fun run") == "New Year\u3000新年\u3000fun run"

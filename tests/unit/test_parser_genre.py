"""The parser on the genre, not on one article: news reports, work reviews, statistical bulletins,
speeches, Q&A explainers and Traditional-Chinese press releases.

Each fixture `tests/fixtures/genre/<name>.txt` has a sidecar `<name>.expected.yaml` written by
hand from what a reader sees in the text (not from the parser's output):

  title, subtitle, kicker, byline, dateline   Article properties (strings; "" for none)
  headings                                    every heading's text, in order
  not_headings                                lines that look like headings but are not
  levels                                      {line: level} for some headings
  lead, datelines, furniture, captions,       1-based line numbers with that role
  lists, bylines, closing
  warning_lines                               the lines the parser's warnings name

The real Traditional texts in /work/shared/corpus/ are checked too (skipped where absent).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from zhpress.parser.article import assemble
from zhpress.parser.document import parse_article
from zhpress.parser.lines import is_heading_line, line_kind, numbering

from ..conftest import CORPUS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "genre"

NAMES = sorted(p.name[:-4] for p in FIXTURES.glob("*.txt"))
LINE_ROLES = {
    "lead": "lead",
    "datelines": "dateline",
    "furniture": "furniture",
    "captions": "caption",
    "lists": "list",
    "bylines": "byline",
    "closing": "closing",
}
WARNING_LINE = re.compile(r"^line (\d+): ")


def load(name: str):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return text, expected


def heading_score(article, expected_headings: list[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the headings, by text."""
    found = [s.title for s in article.sections]
    remaining = list(expected_headings)
    true = 0
    for title in found:
        if title in remaining:
            remaining.remove(title)
            true += 1
    return true, len(found) - true, len(remaining)


def warning_lines(article) -> list[int]:
    return sorted(int(m.group(1)) for w in article.warnings if (m := WARNING_LINE.match(w)))


def test_there_are_enough_fixtures():
    assert len(NAMES) >= 8
    for name in NAMES:
        assert (FIXTURES / f"{name}.expected.yaml").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_every_heading_found_and_no_paragraph_taken_for_one(name):
    text, expected = load(name)
    article = parse_article(text)
    assert [s.title for s in article.sections] == expected["headings"]
    titles = {s.title for s in article.sections}
    for line in expected.get("not_headings") or []:
        assert line not in titles


@pytest.mark.parametrize("name", NAMES)
def test_roles(name):
    text, expected = load(name)
    article = parse_article(text)
    for key in ("title", "subtitle", "kicker", "byline", "dateline"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    for key, role in LINE_ROLES.items():
        if key in expected:
            assert [b.line for b in article.blocks if b.role == role] == expected[key], key
    for line, level in (expected.get("levels") or {}).items():
        block = article.blocks[line - 1]
        assert (block.role, block.level) == ("heading", level), line
    if "warning_lines" in expected:
        assert warning_lines(article) == expected["warning_lines"], article.warnings


@pytest.mark.parametrize("name", NAMES)
def test_fixture_parses_losslessly_and_sections_hold_their_blocks(name):
    text, _ = load(name)
    article = parse_article(text)
    assert assemble(article) == text
    assert all("\n" not in w for w in article.warnings)
    for section in article.sections:
        assert all(b.role in ("paragraph", "list", "caption") for b in section.paragraphs)
        assert all(section.heading.line < b.line for b in section.blocks)
    shown = (
        [b.line for b in article.lead]
        + [b.line for s in article.sections for b in s.paragraphs]
        + [b.line for b in article.closing]
    )
    body = [b.line for b in article.blocks if b.role in ("lead", "paragraph", "list", "caption", "closing")]
    assert sorted(shown) == body  # every body line is shown once, in the lead, a section or the closing


def test_summary_of_heading_precision_and_recall(capsys):
    rows, totals = [], [0, 0, 0]
    for name in NAMES:
        text, expected = load(name)
        true, false_pos, false_neg = heading_score(parse_article(text), expected["headings"])
        totals = [totals[0] + true, totals[1] + false_pos, totals[2] + false_neg]
        rows.append((name, true, false_pos, false_neg))
    for name, expected_headings in corpus_expectations():
        true, false_pos, false_neg = heading_score(
            parse_article((CORPUS / name).read_text(encoding="utf-8")), expected_headings
        )
        totals = [totals[0] + true, totals[1] + false_pos, totals[2] + false_neg]
        rows.append((name[:-4], true, false_pos, false_neg))

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "n/a"

    with capsys.disabled():
        print("\nheadings per fixture: found/expected, precision, recall")
        for name, true, false_pos, false_neg in rows:
            print(
                f"  {name:38} {true + false_pos:3}/{true + false_neg:<3} P={ratio(true, true + false_pos):5} "
                f"R={ratio(true, true + false_neg)}"
            )
        true, false_pos, false_neg = totals
        print(
            f"  {'all':38} {true + false_pos:3}/{true + false_neg:<3} P={ratio(true, true + false_pos):5} "
            f"R={ratio(true, true + false_neg)}"
        )
    assert false_pos == 0 and false_neg == 0


# -- the two real Traditional texts -------------------------------------------------------------

BUDGET = "06-tw-central-budget-2024.txt"
SPEECH = "07-tw-youth-policy-speech-2014.txt"
SPEECH_HEADINGS = [
    "青年本是社會資產，學運反映世代焦慮",
    "第一、我們要全力改善學用落差，讓青年學以致用",
    "第二、我們要積極促進青年創業，讓青年勇敢圓夢",
    "第三、我們要加速實現居住正義，讓青年住得起臺灣",
    "第四、我們要正面迎向自由貿易，讓臺灣邁向全世界",
    "第五、我們要全面鼓勵青年關心國是，讓青年參與決策過程",
    "理性溝通才能面對問題，才能勇敢圓夢",
]


def corpus_expectations() -> list[tuple[str, list[str]]]:
    return [(BUDGET, []), (SPEECH, SPEECH_HEADINGS)]


def corpus(name: str):
    text = (CORPUS / name).read_text(encoding="utf-8")
    article = parse_article(text)
    assert assemble(article) == text
    return article


def test_budget_release_has_a_subtitle_and_no_headings():
    article = corpus(BUDGET)
    assert article.title.startswith("聽取113年度中央政府總預算案")
    assert article.subtitle == "總統聽取「113年度中央政府總預算案」簡報"
    assert [b.line for b in article.blocks if b.role == "subtitle"] == [2]
    assert article.sections == []
    assert [b.line for b in article.lead] == list(range(3, 45))
    assert article.warnings == [
        "line 2: '總統聽取「113年度中央政府總預算案」簡報' is taken as the subtitle "
        "(if it is the first section heading, add a lead paragraph or edit article.yaml)",
        "no section headings found: the whole text is treated as the lead",
    ]


def test_youth_speech_structure():
    """Decided: the line after 「…致詞全文如下：」 is the speech's own title, so it is the subtitle (with a
    warning); the introducing line and the salutation are the lead; 一、…； lines are list items."""
    article = corpus(SPEECH)
    assert article.title == "總統主持520 就職六週年記者會"
    assert article.subtitle == "傾聽青年心聲 實現世代正義"
    assert [b.line for b in article.blocks if b.role == "subtitle"] == [3]
    assert [b.line for b in article.lead] == [2, 4]
    assert [s.title for s in article.sections] == SPEECH_HEADINGS
    assert [s.heading.line for s in article.sections] == [5, 14, 22, 30, 36, 44, 51]
    assert [b.line for b in article.list_items] == [9, 10, 11, 12, 13, 54, 55, 56, 57, 58]
    first, last = article.sections[0], article.sections[-1]
    assert [b.line for b in first.paragraphs] == list(range(6, 14))  # the list items stay in their section
    assert [b.line for b in last.paragraphs] == list(range(52, 61))
    assert article.blocks[59].role == "paragraph"  # 謝謝大家。
    assert article.warnings == [
        "line 3: '傾聽青年心聲 實現世代正義' follows '年記者會，致詞全文如下：' and is taken as the subtitle "
        "(the title of the text it introduces)",
        "line 5: '青年本是社會資產，學運反映世代焦慮' is taken as a heading although the other headings are numbered",
        "line 51: '理性溝通才能面對問題，才能勇敢圓夢' is taken as a heading although the other headings are numbered",
    ]


# -- single rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,expected",
    [
        ("一、加强组织建设", True),
        ("（一）完善制度", True),
        ("第一、我们要全力改善学用落差，让青年学以致用", True),
        ("第一章 总则", True),
        ("1.粮食生产再获丰收", True),
        ("（1）加强监管", True),
        ("一、全力改善学用落差，让青年学以致用；", False),  # a list item
        ("一是加强组织领导", False),  # 一是… is a list marker
        ("——经济运行稳中向好", False),
        ("工作安排如下：", False),
        ("谢谢大家。", False),
        ("谢谢大家", False),
        ("“民生无小事，枝叶总关情。”", False),
        ("单位：亿元", False),
        ("指标\t全市\t城市\t农村", False),
        ("本报记者 张三 李四", False),
        ("图为游客在冰雪大世界游玩", False),
        ("【字号 大 中 小】", False),
        ("2025年3月20日", False),
        ("（1）加强监管，确保安全。", False),
    ],
)
def test_heading_shape(line, expected):
    assert is_heading_line(line) is expected


@pytest.mark.parametrize(
    "line,kind",
    [
        ("本报记者  王浩  李晓明", "byline"),
        ("通讯员 汪西平 石为径", "byline"),
        ("新华社记者 张三 李四", "byline"),
        ("文/本报记者 赵雪 图/本报记者 孙立", "byline"),
        ("作者：张三", "byline"),
        ("（本报记者 赵雪）", "byline"),
        ("记者 王五 摄", "photo"),
        ("记者从国家统计局获悉，2024年全市经济增长5%。", None),
        ("记者调查", None),
        ("《人民日报》（2025年01月04日第 06 版）", "dateline"),
        ("来源：安康日报", "dateline"),
        ("发布时间：2018-01-05", "dateline"),
        ("2018年01月05日 08:30 来源：安康日报", "dateline"),
        ("（2024年12月28日）", "date"),  # a dateline under the headline or at the end only
        ("2025年3月20日", "date"),
        ("时间：2025年1月10日上午9时", "date"),
        ("新华社北京1月4日电", "dateline"),
        ("2024年1月4日，国务院召开常务会议。", None),
        ("【字号 大 中 小】", "furniture"),
        ("【打印】【关闭】", "furniture"),
        ("（责任编辑：张三）", "furniture"),
        ("（完）", "furniture"),
        ("图为1月3日，游客在哈尔滨冰雪大世界游玩。新华社记者 王松 摄", "caption"),
        ("1月2日，游客在吉林市松花江畔观赏雾凇。 新华社记者 颜麟蕴 摄", "caption"),
        ("▲工人在车间内工作。（新华社发）", "caption"),
        ("游客在雪地里拍照。（张三 摄）", "caption"),
        ("（图片来源：视觉中国）", "caption"),
        ("图1  2020—2024年全市生产总值及其增长速度", "caption"),
        ("他们在现场拍摄", None),
    ],
)
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line,style",
    [
        ("一、综合", "cn"),
        ("（一）中央部会", "paren_cn"),
        ("第一、我们要", "di"),
        ("第一，坚持", "di"),
        ("一是发展民生事业", "shi"),
        ("1.实施", "arabic"),
        ("（1）加强", "paren_arabic"),
        ("——经济", "dash"),
        ("第一章 总则", "chapter"),
        ("2024年", None),
        ("3.5%的增长", None),
        ("两会期间", None),
    ],
)
def test_numbering(line, style):
    assert numbering(line) == style


def test_byline_inside_the_lead_is_exposed_and_the_line_stays_lead():
    article = parse_article("标题\n本报西安1月4日电（记者 张三）近日，西安市召开会议。\n小标题\n正文一段。\n")
    assert article.byline == "记者 张三"
    assert article.dateline == "本报西安1月4日电"
    assert [b.role for b in article.blocks[:2]] == ["title", "lead"]


def test_kicker_above_title_with_a_dash_subtitle():
    article = parse_article("奋进新征程 建功新时代\n我市重点项目建设跑出加速度\n——全市重点项目建设综述\n正文。\n")
    assert (article.kicker, article.title, article.subtitle) == (
        "奋进新征程 建功新时代",
        "我市重点项目建设跑出加速度",
        "全市重点项目建设综述",
    )
    assert article.warnings == ["no section headings found: the whole text is treated as the lead"]


def test_two_short_lines_without_a_cue_stay_title_and_subtitle():
    article = parse_article("我市重点项目建设跑出加速度\n全年完成投资860亿元\n正文一段。\n")
    assert (article.kicker, article.title, article.subtitle) == (
        "",
        "我市重点项目建设跑出加速度",
        "全年完成投资860亿元",
    )
    assert article.warnings[0].startswith("line 2: '全年完成投资860亿元' is taken as the subtitle")


def test_a_short_line_after_a_colon_is_text_with_a_warning():
    article = parse_article("标题\n导语。\n小标题\n他在留言中写道：\n感谢党和政府\n这是他的心里话。\n")
    assert [s.title for s in article.sections] == ["小标题"]
    assert article.blocks[4].role == "paragraph"
    assert article.warnings == [
        "line 5: '感谢党和政府' follows a line ending in ： and is kept as text, not taken as a heading"
    ]


def test_nested_headings_do_not_warn_but_an_empty_one_does():
    article = parse_article("标题\n导语。\n一、总体要求\n（一）指导思想\n正文。\n二、主要任务\n三、保障措施\n正文。\n")
    assert [(s.title, s.level) for s in article.sections] == [
        ("一、总体要求", 1),
        ("（一）指导思想", 2),
        ("二、主要任务", 1),
        ("三、保障措施", 1),
    ]
    assert article.warnings == [
        "line 6: heading '二、主要任务' has no paragraph under it (if it is a paragraph, end it with 。)"
    ]


def test_a_lone_line_ending_in_a_semicolon_is_a_paragraph_with_a_warning():
    article = parse_article("标题\n导语。\n小标题\n加强组织领导；\n")
    assert article.blocks[3].role == "paragraph"
    assert article.warnings[0].startswith("line 4: '加强组织领导；' ends with ；")


def test_list_and_caption_blocks_render_in_their_section_in_order():
    article = parse_article("标题\n导语。\n小标题\n主要措施：\n加强领导；\n完善机制。\n图为会议现场。\n结尾一段。\n")
    section = article.sections[0]
    assert [(b.line, b.role) for b in section.paragraphs] == [
        (4, "paragraph"),
        (5, "list"),
        (6, "list"),
        (7, "caption"),
        (8, "paragraph"),
    ]
    assert article.part_of(article.blocks[4]) == "section-1"


def test_dates_and_time_labels_in_the_body_stay_text():
    """A date or 时间：… inside the body is content (a timeline, a meeting notice): shown, not hidden as a dateline."""
    article = parse_article(
        "会议通知\n导语。\n一、会议安排\n时间：2025年1月10日上午9时\n地点：市政府第一会议室\n"
        "二、历程回顾\n2024年3月15日\n项目开工建设。\n2025年1月\n项目竣工投产。\n"
    )
    roles = [b.role for b in article.blocks]
    assert roles[3:5] == ["paragraph", "paragraph"]
    assert roles[6] == "paragraph"
    assert [s.title for s in article.sections] == ["一、会议安排", "二、历程回顾", "2025年1月"]


def test_signature_with_a_date_in_chinese_numerals():
    article = parse_article("通知\n正文。\n一、事项\n内容。\n安康市人民政府\n二〇二五年一月二十日\n")
    assert [b.role for b in article.blocks][-2:] == ["byline", "dateline"]
    assert article.byline == "安康市人民政府" and article.warnings == []


def test_separator_lines_and_page_markers_are_furniture():
    article = parse_article("标题\n导语。\n＿＿＿＿＿＿\n小标题\n正文。\n（上接第一版）\n又一段。\n")
    assert [b.role for b in article.blocks] == [
        "title",
        "lead",
        "furniture",
        "heading",
        "paragraph",
        "furniture",
        "paragraph",
    ]


def test_markdown_lookalikes_stay_headings_as_before():
    for line in ("```", "| a | b |", "# x", "- 列表项"):
        assert is_heading_line(line), line


def test_numbered_labels_ending_in_a_colon_head_their_sections():
    article = parse_article(
        "标题\n导语。\n一、主要做法：\n成立专班，压实责任。\n二、存在的问题：\n一是基础薄弱；\n"
        "二是人才不足。\n三、下一步打算\n继续努力。\n"
    )
    assert [s.title for s in article.sections] == ["一、主要做法：", "二、存在的问题：", "三、下一步打算"]
    assert [b.line for b in article.list_items] == [6, 7]
    assert warning_lines(article) == [3, 5]


def test_a_bare_name_or_office_at_the_end_is_a_byline_not_a_heading():
    article = parse_article("标题\n导语。\n小标题\n正文。\n平利县农业农村局\n")
    assert [s.title for s in article.sections] == ["小标题"]
    assert article.blocks[4].role == "byline"
    assert warning_lines(article) == [5]


def test_a_sentence_missing_its_full_stop_above_a_heading_is_text():
    article = parse_article(
        "标题\n导语。\n在记者提问环节,郭卫民一共回答了16位中外记者的提问\n关于中美贸易磋商\n双方取得进展。\n"
    )
    assert [s.title for s in article.sections] == ["关于中美贸易磋商"]
    assert article.blocks[2].role == "lead"
    assert warning_lines(article) == [3]


def test_attachments_after_the_text_are_a_list_not_headings():
    article = parse_article(
        "关于做好招生工作的通知\n各区县教育局：\n一、招生原则\n坚持免试就近入学。\n"
        "附件：1.2024年招生计划表\n2.招生范围划片一览表\n"
    )
    assert [s.title for s in article.sections] == ["一、招生原则"]
    assert [b.role for b in article.blocks[4:6]] == ["list", "list"]


def test_a_brief_s_masthead_issue_number_and_distribution_list_are_furniture():
    article = parse_article(
        "工作简报\n青禾县农业农村局\n2024年6月12日\n第15期\n全县夏粮丰收已成定局\n"
        "今年全县小麦播种面积33.3万亩。\n报：县委、县政府\n发：各乡镇人民政府\n"
        "（县农业农村局办公室　联系电话：0391-7286105）\n"
    )
    assert article.title == "全县夏粮丰收已成定局"
    assert [b.role for b in article.blocks] == [
        "furniture",
        "byline",
        "dateline",
        "furniture",
        "title",
        "lead",
        "furniture",
        "furniture",
        "furniture",
    ]


def test_an_editorial_s_commentator_signs_at_the_end():
    article = parse_article("以钉钉子精神把改革蓝图变为美好现实\n全会作出部署。\n改革要一抓到底。\n本报评论员\n")
    assert (article.byline, article.sections) == ("本报评论员", [])


def test_numbered_subheadings_under_unnumbered_headings_are_one_level_down():
    article = parse_article(
        "演辭\n引言。\n經濟表現\n經濟增長。\n支援措施\n措施如下。\n(一) 穩定樓市\n撤銷措施。\n"
        "(二) 紓緩民困\n寬減差餉。\n"
    )
    assert [(s.title, s.level) for s in article.sections] == [
        ("經濟表現", 1),
        ("支援措施", 1),
        ("(一) 穩定樓市", 2),
        ("(二) 紓緩民困", 2),
    ]

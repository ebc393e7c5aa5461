import hashlib

import pytest

from zhpress.io.text import read_source
from zhpress.parser.article import assemble
from zhpress.parser.document import parse_article
from zhpress.parser.lines import is_heading_line

from ..conftest import ROOT, SEED

SHARED_SEED = ROOT.parent / "shared" / "seed" / "ankang-2017.txt"


def test_seed_is_byte_identical_to_the_received_article():
    data = SEED.read_bytes()
    # Pinned so the check holds where shared/ is absent too.
    assert hashlib.sha256(data).hexdigest() == "4e3838c580af2cb3d725015e668cfec4e94a89a7cf125914be58541db962d2a4"
    if SHARED_SEED.exists():
        assert data == SHARED_SEED.read_bytes()


def test_seed_structure():
    article = parse_article(read_source(SEED))
    assert article.title == "“红色引擎”激活发展新动能"
    assert article.subtitle == "2017年我市党建引领追赶超越综述"
    assert article.byline == "通讯员 汪西平 石为径"
    assert [b.line for b in article.lead] == [4]
    assert [s.title for s in article.sections] == [
        "强化思想武装,打牢党员心中的红色烙印",
        "贯彻“三项机制”,永葆干部队伍的“红色基因”",
        "夯实基层组织,建强追赶超越的“红色堡垒”",
        "建好人才平台,增添“红色引领”的巨大动力",
    ]
    assert [len(s.paragraphs) for s in article.sections] == [5, 4, 6, 4]
    assert [b.line for b in article.closing] == [28]
    assert article.closing[0].text.startswith("新时代开启新征程")
    assert article.warnings == []


def test_seed_is_lossless():
    text = read_source(SEED)
    assert assemble(parse_article(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "一行",
        "标题\n\n\n正文。\n",
        "a\r\nb\rc",
        "标题\n——副标题\n记者 张三\n正文。\n小标题\n段落。",
    ],
)
def test_lossless_on_edge_cases(text):
    assert assemble(parse_article(text)) == text


def test_block_offsets_point_into_the_source():
    text = read_source(SEED)
    for block in parse_article(text).blocks:
        assert text[block.start : block.end] == block.text


@pytest.mark.parametrize(
    "line,expected",
    [
        ("强化思想武装,打牢党员心中的红色烙印", True),
        ("一、加强组织建设", True),
        ("（二）完善制度", True),
        ("坚持党性教育和能力建设并重。围绕建设", False),
        ("他说：", False),
        ("", False),
    ],
)
def test_heading_lines(line, expected):
    assert is_heading_line(line) is expected


def test_article_without_headings_warns():
    article = parse_article("标题\n第一段。\n第二段。")
    assert article.sections == []
    assert article.warnings == ["no section headings found: the whole text is treated as the lead"]

"""Kickers, bylines inside the lead, captions and list items on the rendered pages."""

from zhpress.metadata.article import ArticleMeta
from zhpress.parser.document import parse_article
from zhpress.project import ArticleData, Project
from zhpress.render import Lang, render_site
from zhpress.variants.convert import Overrides

TEXT = """学习贯彻党的二十大精神
新区今年新建学校12所
本报西安1月4日电（记者 张三）今年以来，新区新建学校12所，新增学位1.5万个。
一、抓好学校建设
新区抓了三件事：
一是新建学校12所；
二是改扩建学校5所；
三是新增学位1.5万个。
图为新建的第一小学。新华社记者 王五 摄
二、抓好教师队伍
全年招聘教师300名。"""


def article() -> ArticleData:
    parsed = parse_article(TEXT)
    sections = parsed.sections
    for index, section in enumerate(sections, start=1):
        section.slug = f"part-{index}"
    return ArticleData(
        slug="schools", dir=None, source=TEXT, article=parsed, meta=ArticleMeta(), sections=sections, figures=None
    )


def test_parts_of_the_article():
    data = article()
    assert data.section_of(TEXT.index("二是")) == "part-1"
    assert data.section_of(TEXT.index("图为")) == "part-1"
    assert data.section_of(TEXT.index("今年以来")) == "lead"
    assert data.section_of(TEXT.index("学习贯彻")) == "title"


def test_rendered_roles():
    pages = {
        p.path: p.markdown
        for p in render_site(Project(data_dir=None, articles=[article()], overrides=Overrides()), Lang("zh-Hans")).pages
    }
    home, part = pages["index.md"], pages["schools/part-1.md"]
    assert '<p class="zp-kicker">学习贯彻党的二十大精神</p>' in home
    assert home.count("记者 张三") == 1  # the byline stays in the lead, shown once
    assert '<p class="zp-list">二是改扩建学校5所；</p>' in part
    assert '<p class="zp-caption">图为新建的第一小学。新华社记者 王五 摄</p>' in part

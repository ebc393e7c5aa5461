"""A paragraph whose conversion changes its length still shows the converted text, figures linked."""

from zhpress.figures.model import Figure
from zhpress.metadata.article import ArticleMeta
from zhpress.parser.document import parse_article
from zhpress.project import ArticleData
from zhpress.render import Lang
from zhpress.render.article import paragraph_html

TEXT = "学习贯彻大会精神\n一、抓好学校建设\n全年新建学校12所。新增学位1.5万个，招聘教师300名。\n"


def _article() -> ArticleData:
    parsed = parse_article(TEXT)
    sections = parsed.sections
    sections[0].slug = "schools"
    return ArticleData(
        slug="schools", dir=None, source=TEXT, article=parsed, meta=ArticleMeta(), sections=sections, figures=None
    )


def _figure(quote: str) -> Figure:
    return Figure(
        id="teachers", quote=quote, occurrence=1, value=300, unit="名", approx="exact",
        section="schools", label_zh="招聘教师", label_en="teachers hired", line=1,
    )  # fmt: skip


def _block(article: ArticleData):
    return next(b for b in article.article.blocks if "招聘" in b.text)


def test_a_conversion_that_changes_the_length_is_still_shown_converted():
    # 学位 → 學額 keeps the length; 教师 → 老師們 does not: offsets into the source no longer line up.
    def convert(text: str) -> str:
        return text.replace("学位", "學額").replace("教师", "老師們").replace("学校", "學校")

    article = _article()
    html = paragraph_html(Lang(locale="zh-Hant", convert=convert), article, _block(article), [_figure("300名")])
    assert "老師們" in html and "學額" in html and "教师" not in html and "学位" not in html
    assert '<span class="zp-fig" id="fig-teachers">300名</span>' in html


def test_a_figure_inside_a_changed_span_keeps_its_link_and_conversion():
    def convert(text: str) -> str:
        return text.replace("名", "位老師")

    article = _article()
    html = paragraph_html(Lang(locale="zh-Hant", convert=convert), article, _block(article), [_figure("300名")])
    assert '<span class="zp-fig" id="fig-teachers">300位老師</span>' in html


def test_a_conversion_of_the_same_length_is_typeset_as_one_text():
    article = _article()
    html = paragraph_html(Lang(locale="zh-Hans"), article, _block(article), [_figure("300名")])
    assert '<span class="zp-fig" id="fig-teachers">300名</span>' in html
    assert "全年新建学校12所。" in html

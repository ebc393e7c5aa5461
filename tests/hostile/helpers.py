"""Shared material of the hostile-input corpus: the attack strings and a tiny project builder."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import yaml

from zhpress.parser.document import parse_article

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = "[x](javascript:alert(1))"
JINJA_VAR = "{{ config }}"
JINJA_TAG = "{% include 'x' %}"
COMMENT_END = "-->"
CDATA_END = "]]>"
FENCE = "```"
TABLE = "| a | b |"
MD_HEADING = "# x"
MD_LIST = "- 列表项"

# Every attack inside prose (sentences ending with 。, so the parser keeps them as paragraphs).
HOSTILE_PROSE = (
    f"导语含有{SCRIPT}、{IMG}和{JS_LINK}三种注入。"
    f"模板{JINJA_VAR}与{JINJA_TAG}不会执行。"
    f"注释结束{COMMENT_END}与CDATA结束{CDATA_END}都只是文字。"
)

# A small article whose title, subtitle, headings and paragraphs all carry attacks; the short
# Markdown-looking lines become section headings (short, no sentence punctuation).
HOSTILE_SOURCE = (
    "\n".join(
        [
            f"安康{SCRIPT}综述",
            f"——副标题{IMG}",
            "通讯员 张三",
            HOSTILE_PROSE,
            f"第一节{SCRIPT}",
            f"正文第一段写道{JS_LINK}，巡回宣讲200场次。正文还有{JINJA_VAR}和{JINJA_TAG}。",
            FENCE,
            "代码块之后的一段，仍是正文。",
            TABLE,
            f"表格之后的一段{COMMENT_END}{CDATA_END}。",
            MD_HEADING,
            f"{MD_LIST}，这是一段文字。",
            MD_LIST,
            "列表之后的一段，展望新的一年。",
            "最后一段，新的一年继续努力。",
        ]
    )
    + "\n"
)


# A figure of HOSTILE_SOURCE whose labels are attacks too (figures.yaml of write_project).
HOSTILE_FIGURES = f"""\
figures:
  - id: lectures
    quote: 200场次
    value: 200
    unit: 场次
    approx: exact
    section: s1
    label:
      zh: "{SCRIPT}宣讲场次"
      en: "=HYPERLINK(\\"http://x\\") {IMG} lectures"
"""


def write_project(
    root: Path,
    source: str,
    slug: str = "hostile",
    *,
    meta: dict | None = None,
    english: dict[str, str] | None = None,
    figures: str | None = None,
) -> Path:
    """A data folder with one article; article.yaml lists the sections the parser finds."""
    data = root / "data"
    article_dir = data / "articles" / slug
    article_dir.mkdir(parents=True)
    (article_dir / "source.txt").write_text(source, encoding="utf-8", newline="")
    sections = [
        {"slug": f"s{i + 1}", "heading": s.title, "title_en": f"Section {i + 1}"}
        for i, s in enumerate(parse_article(source).sections)
    ]
    content = {"slug": slug, "title_en": "Hostile article"}
    content.update(meta or {})
    content.setdefault("sections", sections)
    (article_dir / "article.yaml").write_text(
        yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    if figures is not None:
        (article_dir / "figures.yaml").write_text(figures, encoding="utf-8")
    for key, body in (english or {}).items():
        (article_dir / "en").mkdir(exist_ok=True)
        (article_dir / "en" / f"{key}.md").write_text(body, encoding="utf-8")
    return data


ENGLISH = {
    "summary": f"---\ntitle: Summary\n---\nBody with {SCRIPT} and {JS_LINK}, **bold** and {JINJA_VAR}.\n\n"
    f"## Heading {IMG}\n\n*em* <b onclick=alert(1)>x</b> {COMMENT_END} {CDATA_END}\n",
    "s1": f"---\ntitle: S1\n---\n```\n{SCRIPT}\n```\n\n| a | b |\n|---|---|\n| {IMG} | 2 |\n",
}


class Tags(HTMLParser):
    """Every element and attribute a browser would create from the HTML."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def dangerous(html: str) -> list[str]:
    """Elements and attributes that would run code: script with alert, on* handlers, javascript: URLs."""
    parser = Tags()
    parser.feed(html)
    found = [f"<script>{s.strip()[:40]}" for s in parser.scripts if "alert" in s]
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                found.append(f"<{tag} {name}={value}>")
        if tag in ("img", "iframe", "object", "embed") and attrs.get("src") == "x":
            found.append(f"<{tag} src=x>")
    return found

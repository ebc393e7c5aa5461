"""An edit to one article re-renders that article only (what `mkdocs serve` relies on)."""

import shutil

from zhpress.project import load_project
from zhpress.render import Lang, render_site


def test_only_the_edited_article_is_rendered_again(data_copy):
    articles = data_copy / "articles"
    shutil.copytree(articles / "ankang-2017", articles / "ankang-copy")
    meta = articles / "ankang-copy/article.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("slug: ankang-2017", "slug: ankang-copy"), encoding="utf-8"
    )
    lang = Lang("zh-Hans", cache_key=("test",))

    def pages():
        return {p.path: p for p in render_site(load_project(data_copy), lang).pages}

    first, second = pages(), pages()
    assert second["ankang-2017/cadres.md"] is first["ankang-2017/cadres.md"]
    assert second["ankang-copy/cadres.md"] is first["ankang-copy/cadres.md"]
    english = articles / "ankang-copy/en/cadres.md"
    english.write_text(english.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    source = articles / "ankang-copy/source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("起到了有效的", "起到了"), encoding="utf-8")
    third = pages()
    assert third["ankang-2017/cadres.md"] is first["ankang-2017/cadres.md"]
    assert third["ankang-copy/cadres.md"] is not first["ankang-copy/cadres.md"]
    assert "起到了警示" in third["ankang-copy/cadres.md"].markdown


def test_a_file_saved_again_unchanged_keeps_the_article_cached(data_copy):
    import os

    first = load_project(data_copy).articles[0]
    source = data_copy / "articles/ankang-2017/source.txt"
    stat = source.stat()
    source.write_bytes(source.read_bytes())  # an editor saving without a change
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_project(data_copy).articles[0] is first
    figures = data_copy / "articles/ankang-2017/figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    again = load_project(data_copy).articles[0]
    assert again is not first and again.source == first.source

"""What every page of one article is rendered with, worked out once: `ArticleContext`."""

from __future__ import annotations

from dataclasses import dataclass

from ..figures.model import Figure
from ..project import ArticleData
from .base import Lang, Markup, article_paths, esc, section_titles


@dataclass(frozen=True)
class ArticleContext:
    """One article in one language: the language (set for the article's script), the article, the
    paths of its pages and the plain-text titles of its parts.

    Args:
        lang: the language, as `Lang.for_article` returns it for this article.
        article: the article.
        paths: page paths of its parts ("home", "figures", every section slug).
        titles: plain-text titles of its parts ("lead", "closing", every section slug).
    """

    lang: Lang
    article: ArticleData
    paths: dict[str, str]
    titles: dict[str, str]

    @classmethod
    def of(cls, lang: Lang, article: ArticleData, single: bool) -> ArticleContext:
        """The context of `article` in `lang`; `single`: the site's only article (its home is the root)."""
        local = lang.for_article(article)
        return cls(local, article, article_paths(article, single), section_titles(local, article))

    @property
    def figures(self) -> list[Figure]:
        return self.article.figures.figures if self.article.figures else []

    def title_html(self, part: str) -> Markup:
        """A part's title as HTML (the part's slug when it has no title)."""
        return esc(self.titles.get(part, part))

"""Each page's navigation on a site of several articles: the site's own pages and the current article only.

Material renders the whole navigation into every page. With one part per article, every
page's sidebar, and so the build time per page, grows with the number of articles: the
build grows with the square of the corpus (bench/results.md measures it). With
`navigation: article` (the default) a page's sidebar lists the site's top-level pages
(home, all figures, glossary, hand-written pages) and the part of the article the page
belongs to; readers reach the other articles through the site home, which lists them all.
A site of one article has no parts and keeps its whole navigation.
"""

from __future__ import annotations

from bisect import bisect_left


class PageNavigation:
    """The site's Navigation as one page's templates see it: the same object with fewer top-level items."""

    def __init__(self, nav, items: list):
        self._nav = nav
        self.items = items

    def __getattr__(self, name: str):
        return getattr(self._nav, name)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class NavigationPlan:
    """Precomputed once per build, so that a page's navigation costs the same at any size of the site."""

    def __init__(self, nav):
        self.nav = nav
        items = list(nav.items)
        self.parts = {id(item): at for at, item in enumerate(items) if item.is_section}
        fixed = [(at, item) for at, item in enumerate(items) if not item.is_section]
        self.fixed_at = [at for at, _ in fixed]
        self.fixed = [item for _, item in fixed]

    def for_site(self):
        """The navigation of a page of no article (the not-found page): the site's own pages."""
        if len(self.parts) <= 1:
            return self.nav
        return PageNavigation(self.nav, list(self.fixed))

    def part(self, page):
        """The top-level section (an article) `page` belongs to; None for the site's own pages.

        Pages of the same part have the same navigation (`for_page`).
        """
        top = page.ancestors[-1] if page.ancestors else None
        return top if top is not None and id(top) in self.parts else None

    def for_page(self, page):
        if len(self.parts) <= 1:
            return self.nav
        top = self.part(page)
        if top is None:
            return PageNavigation(self.nav, list(self.fixed))
        cut = bisect_left(self.fixed_at, self.parts[id(top)])
        return PageNavigation(self.nav, self.fixed[:cut] + [top] + self.fixed[cut:])

"""The per-article navigation of a site of several articles (zhpress.mkdocs.navigation)."""

from types import SimpleNamespace

from zhpress.mkdocs.navigation import NavigationPlan, PageNavigation


def item(title, children=None):
    return SimpleNamespace(title=title, is_section=children is not None, children=children or [])


def site(*articles):
    home, figures, glossary = item("home"), item("figures"), item("glossary")
    parts = [item(name, [item(f"{name}/index"), item(f"{name}/one")]) for name in articles]
    nav = SimpleNamespace(items=[home, *parts, figures, glossary], homepage=home)
    return nav, parts


def page_in(part):
    return SimpleNamespace(ancestors=[part] if part is not None else [])


def titles(nav):
    return [i.title for i in nav.items]


def test_a_page_of_an_article_sees_the_site_pages_and_its_own_article_in_site_order():
    nav, parts = site("a", "b", "c")
    shown = NavigationPlan(nav).for_page(page_in(parts[1]))
    assert titles(shown) == ["home", "b", "figures", "glossary"]
    assert shown.homepage is nav.homepage and len(shown) == 4 and list(shown) == shown.items


def test_a_page_outside_every_article_sees_the_site_pages_only():
    nav, _ = site("a", "b")
    assert titles(NavigationPlan(nav).for_page(page_in(None))) == ["home", "figures", "glossary"]


def test_a_site_of_one_article_keeps_its_whole_navigation():
    nav, parts = site("a")
    assert NavigationPlan(nav).for_page(page_in(parts[0])) is nav


def test_the_page_navigation_does_not_change_the_site_navigation():
    nav, parts = site("a", "b")
    before = list(nav.items)
    shown = NavigationPlan(nav).for_page(page_in(parts[0]))
    assert (
        isinstance(shown, PageNavigation)
        and nav.items == before
        and titles(shown) == ["home", "a", "figures", "glossary"]
    )


def test_the_not_found_page_sees_the_site_pages_only():
    nav, _ = site("a", "b")
    assert titles(NavigationPlan(nav).for_site()) == ["home", "figures", "glossary"]
    single, _ = site("a")
    assert NavigationPlan(single).for_site() is single

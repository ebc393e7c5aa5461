"""The plugin's `check` option: `mkdocs build` runs the data checks; `mkdocs serve` shows their errors."""

from ..conftest import mkdocs_build
from .test_serve import fetch, served, wait_for

FIGURES = "data/articles/ankang-2017/figures.yaml"


def break_a_quote(project):
    path = project / FIGURES
    path.write_text(path.read_text(encoding="utf-8").replace("quote: 200场次", "quote: 201场次"), encoding="utf-8")


def test_build_fails_with_the_check_messages(site_copy):
    break_a_quote(site_copy)
    result = mkdocs_build(site_copy, site_copy / "site")
    assert result.returncode == 1
    assert (
        "figures.yaml:13: figures.lecture-tour-sessions.quote: '201场次' is not in data/articles/ankang-2017/source.txt"
        " (the nearest passage of the source is '200场次')"
    ) in result.stderr


def test_check_skip_builds_without_the_checks(site_copy):
    break_a_quote(site_copy)
    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      data_dir: data\n", "      data_dir: data\n      check: skip\n"
        ),
        encoding="utf-8",
    )
    result = mkdocs_build(site_copy, site_copy / "site")
    assert result.returncode == 0, result.stderr


def test_serve_shows_data_errors_in_the_page_and_reloads_when_fixed(site_copy):
    meta = site_copy / "data/articles/ankang-2017/article.yaml"
    good = meta.read_text(encoding="utf-8")
    with served(site_copy) as root:
        page = root + "ankang-2017/ideology/"
        assert wait_for(lambda: "zp-fig" in fetch(page), 90), "the site was not served"
        break_a_quote(site_copy)
        assert wait_for(lambda: "zp-data-errors" in fetch(page), 60), "the error was not shown"
        shown = fetch(page)
        assert "figures.lecture-tour-sessions.quote: &#x27;201场次&#x27; is not in" in shown
        assert "livereload" in shown  # the page reloads by itself once the data is fixed
        meta.write_text("slug: [ankang\n", encoding="utf-8")  # broken YAML: an error page, not a hanging request
        assert wait_for(lambda: "article.yaml:2: YAML syntax" in fetch(page), 60), "the YAML error was not shown"
        meta.write_text(good, encoding="utf-8")
        path = site_copy / FIGURES
        path.write_text(path.read_text(encoding="utf-8").replace("quote: 201场次", "quote: 200场次"), encoding="utf-8")
        assert wait_for(lambda: "zp-data-errors" not in fetch(page) and "zp-fig" in fetch(page), 60)

"""`zhpress figures renumber`: figures.yaml files counted the old way (every match) are repaired."""

from __future__ import annotations

import re

from click.testing import CliRunner

from zhpress.checks import check_project
from zhpress.cli import main
from zhpress.figures.positions import source_index, substring_starts
from zhpress.io.cache import Cache
from zhpress.project import load_article, load_project

SLUG = "ankang-2017"


def run(data, *args):
    return CliRunner().invoke(main, ["figures", "renumber", "--data", str(data), *args], catch_exceptions=False)


def age(data) -> tuple[str, dict[int, tuple[int, int]]]:
    """Rewrite the article's occurrences as the old counting numbered them; returns the new text and
    {line: (current occurrence, old occurrence)} of each entry that changed."""
    article = load_article(data / "articles" / SLUG)
    path = data / "articles" / SLUG / "figures.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    index, changed = source_index(article.source), {}
    for figure in article.figures.figures:
        place = index.occurrences(figure.quote)[figure.occurrence - 1]
        old = substring_starts(article.source, figure.quote).index(place) + 1
        if old != figure.occurrence:
            at = next(
                i
                for i in range(figure.line - 1, len(lines))
                if re.match(rf"\s*occurrence:\s*{figure.occurrence}\s*$", lines[i])
            )
            lines[at] = lines[at].replace(str(figure.occurrence), str(old))
            changed[at + 1] = (figure.occurrence, old)
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text, changed


def errors(data):
    return [p for p in check_project(load_project(data), Cache(None)) if p.severity == "error"]


def test_old_occurrences_are_moved_back_to_their_places_and_nothing_else_changes(data_copy):
    path = data_copy / "articles" / SLUG / "figures.yaml"
    original = path.read_text(encoding="utf-8")
    assert not errors(data_copy)
    aged, changed = age(data_copy)
    assert len(changed) >= 10, "the fixture has quotes that also stand inside longer numbers"
    assert len(errors(data_copy)) >= len(changed)

    dry = run(data_copy, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert f"{len(changed)} occurrence(s) to move (dry run: nothing written)" in dry.output
    assert path.read_text(encoding="utf-8") == aged

    done = run(data_copy)
    assert done.exit_code == 0, done.output
    for line, (now, old) in changed.items():
        assert f"figures.yaml:{line}: " in done.output and f"occurrence {old} -> {now}" in done.output
    assert path.read_text(encoding="utf-8") == original
    assert not errors(data_copy)

    again = run(data_copy, SLUG)
    assert again.exit_code == 0 and "0 occurrence(s) moved, 0 left to fix by hand" in again.output


def test_an_entry_the_old_counting_cannot_place_is_listed_and_kept(data_copy):
    path = data_copy / "articles" / SLUG / "figures.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"occurrence: (\d+)", text)
    assert match
    broken = text[: match.start()] + "occurrence: 99" + text[match.end() :]
    path.write_text(broken, encoding="utf-8")
    result = run(data_copy)
    assert result.exit_code == 0, result.output
    assert "occurrence 99 left as it is: the quote occurs" in result.output
    assert "1 left to fix by hand" in result.output
    assert path.read_text(encoding="utf-8") == broken


def test_an_unknown_article_is_a_clear_error(data_copy):
    result = run(data_copy, "no-such-article")
    assert result.exit_code != 0
    assert "no-such-article: no such article" in result.output and "Traceback" not in result.output


def test_a_path_is_no_slug(data_copy):
    result = run(data_copy, "../articles/ankang-2017")
    assert result.exit_code != 0 and "not an article slug" in result.output

"""Translation QA and drift: faults planted in temporary copies must be caught at the right line."""

from zhpress.checks import check_project
from zhpress.project import load_project
from zhpress.translations.drift import statuses
from zhpress.translations.qa import check_translations

from .translation_helpers import EN, edit, line_of, qa


def test_seed_translations_pass_clean(data_copy):
    assert qa(data_copy) == []
    assert [p for p in check_project(load_project(data_copy)) if p.severity == "error"] == []


def test_a_wrong_number_is_reported_with_the_expected_figure(data_copy):
    path = data_copy / EN / "cadres.md"
    edit(path, "499 cadres", "498 cadres")
    line = line_of(path, "498 cadres")
    assert qa(data_copy) == [
        f"{EN}/cadres.md:{line}: number '498' matches no figure of ankang-2017/cadres "
        "(closest figures: 499 (499人, cadres-promoted); 434 (434名, section-chief-reserves-sent))"
    ]


def test_a_number_with_no_source_is_reported(data_copy):
    path = data_copy / EN / "talent.md"
    edit(path, "288 ", "288 (out of 5,000 applicants) ")
    line = line_of(path, "5,000 applicants")
    problems = qa(data_copy)
    assert len(problems) == 1
    assert problems[0].startswith(f"{EN}/talent.md:{line}: number '5,000' matches no figure of ankang-2017/talent")


def test_a_dropped_qualifier_is_reported(data_copy):
    path = data_copy / EN / "summary.md"
    edit(path, "more than 35,000 themed", "35,000 themed")
    line = line_of(path, "35,000 themed")
    assert qa(data_copy) == [
        f"{EN}/summary.md:{line}: '35,000' drops the qualifier of 3.5万余次 (more_than) "
        "(expected more than 35,000 (3.5万余次, theme-party-days))"
    ]


def test_a_wrong_qualifier_is_reported(data_copy):
    path = data_copy / EN / "ideology.md"
    edit(path, "nearly 3,000", "more than 3,000")
    assert any("'more than 3,000' says 'more than' but 近3000场次 is nearly" in p for p in qa(data_copy))


def test_a_non_approved_rendering_is_reported(data_copy):
    path = data_copy / EN / "ideology.md"
    edit(path, "“Two Studies, One Action”", "“Two Learns, One Do”")
    problems = qa(data_copy)
    assert any(
        "'Two Learns, One Do' is not the approved rendering of 两学一做 (write 'Two Studies, One Action')" in p
        for p in problems
    )


def test_an_approved_rendering_of_an_absent_term_is_reported(data_copy):
    path = data_copy / EN / "talent.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.rstrip("\n") + " The city also applied the “Two Studies, One Action” education.\n", encoding="utf-8"
    )
    problems = qa(data_copy)
    assert any("'Two Studies, One Action' renders 两学一做, which is not in the source's talent" in p for p in problems)


def test_one_changed_sentence_makes_exactly_that_sections_translations_drift(data_copy):
    source = data_copy / "articles/ankang-2017/source.txt"
    edit(source, "起到了有效的警示和震慑作用", "起到了警示和震慑作用")
    states = {(s.language, s.part): s.state for s in statuses(load_project(data_copy))}
    assert states == {
        ("en", "summary"): "drifted",
        ("en", "ideology"): "current",
        ("en", "cadres"): "drifted",
        ("en", "grassroots"): "current",
        ("en", "talent"): "current",
    }


def test_a_drifted_english_page_shows_a_notice(data_copy):
    from zhpress.render import Lang, render_site

    edit(data_copy / "articles/ankang-2017/source.txt", "起到了有效的警示和震慑作用", "起到了警示和震慑作用")
    pages = {p.path: p.markdown for p in render_site(load_project(data_copy), Lang("en", english=True)).pages}
    notice = "This page was translated from an earlier version of the source"
    assert notice in pages["ankang-2017/cadres.md"] and notice in pages["index.md"]
    assert notice not in pages["ankang-2017/talent.md"]


def test_shares_in_tenths_and_fractions_are_read_as_english_gives_them(data_copy, tmp_path):
    from click.testing import CliRunner

    from zhpress.cli import main

    source = tmp_path / "jobs.txt"
    source.write_text(
        "全市新开工项目增长\n一、项目\n新开工项目增加三成多，其中超过一半为产业项目，商品7折出售。\n", encoding="utf-8"
    )
    assert CliRunner().invoke(main, ["new", str(source), "--slug", "jobs", "--data", str(data_copy)]).exit_code == 0
    english = data_copy / "articles/jobs/en/xiangmu.md"
    english.parent.mkdir(exist_ok=True)
    english.write_text(
        "---\ntitle: Projects\n---\n\nNew projects grew by more than 30%, more than half of them "
        "industrial; goods sold at 70% of the price.\n\nOr by more than 3 and 7.\n",
        encoding="utf-8",
    )
    project = load_project(data_copy)
    problems = [
        str(p).replace(str(data_copy) + "/", "") for p in check_translations(project.article("jobs"), project.glossary)
    ]
    assert problems == [  # the first paragraph passes: 30% is 三成多, half is 一半, 70% of the price is 7折
        "articles/jobs/en/xiangmu.md:7: number 'more than 3' matches no figure of jobs/xiangmu "
        "(closest figures: more than half (超过一半, xiangmu-02); more than 30% (三成多, xiangmu-01))",
        "articles/jobs/en/xiangmu.md:7: number '7' matches no figure of jobs/xiangmu "
        "(closest figures: more than half (超过一半, xiangmu-02); more than 30% (三成多, xiangmu-01))",
    ]

from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import publish


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    assert "check" in result.output


def test_check_help_has_an_example():
    result = run("check", "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_check_passes_on_the_repository_data(data_copy):
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(": ok")


def test_check_reports_malformed_yaml_with_file_and_line(data_copy):
    (data_copy / "articles/ankang-2017/article.yaml").write_text("slug: [ankang\n", encoding="utf-8")
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    assert "article.yaml:2: YAML syntax:" in result.output


def test_check_reports_an_empty_source(data_copy):
    (data_copy / "articles/ankang-2017/source.txt").write_bytes(b"")
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    assert "source.txt: file is empty (put the article's text in it)" in result.output


def test_check_reports_a_stale_section_heading(data_copy):
    path = data_copy / "articles/ankang-2017/article.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("heading: 强化思想武装", "heading: 加强思想武装"), encoding="utf-8"
    )
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    assert (
        "sections[0].heading: heading '加强思想武装,打牢党员心中的红色烙印' does not match the source" in result.output
    )


def test_figures_suggest_prints_yaml_and_write_is_idempotent(data_copy):
    import yaml

    path = data_copy / "articles/ankang-2017/figures.yaml"
    path.unlink()
    shown = run("figures", "suggest", "ankang-2017", "--data", str(data_copy))
    assert shown.exit_code == 0
    candidates = yaml.safe_load(shown.stdout)["candidates"]
    assert sum(c["verdict"] == "figure" for c in candidates) == 86
    first = run("figures", "suggest", "ankang-2017", "--data", str(data_copy), "--write")
    assert first.exit_code == 0 and "86 figure(s) and 49 ignore entries added" in first.output
    content = path.read_bytes()
    second = run("figures", "suggest", "ankang-2017", "--data", str(data_copy), "--write")
    assert "0 figure(s) and 0 ignore entries added" in second.output
    assert path.read_bytes() == content


def test_figures_suggest_reads_any_text_file(tmp_path):
    text = tmp_path / "report.txt"
    text.write_bytes("标题\n今年共培训干部1.2万人次，投入资金近3000万元。\n".encode("gb18030"))
    result = run("figures", "suggest", str(text))
    assert result.exit_code == 0
    assert "quote: 1.2万人次" in result.stdout and "quote: 近3000万元" in result.stdout


def test_check_reports_a_quote_not_in_the_source_with_the_nearest_passage(data_copy):
    path = data_copy / "articles/ankang-2017/figures.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("quote: 近3000场次", "quote: 近300场次", 1), encoding="utf-8"
    )
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    assert (
        "figures.yaml:23: figures.party-lecture-events.quote: '近300场次' is not in "
        "data/articles/ankang-2017/source.txt (the nearest passage of the source is '近3000场')"
    ) in result.output.replace(str(data_copy.parent) + "/", "")


def test_status_and_accept_after_a_source_edit(data_copy):
    source = data_copy / "articles/ankang-2017/source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("起到了有效的警示", "起到了警示"), encoding="utf-8")
    status = run("status", "--data", str(data_copy))
    assert status.exit_code == 0
    rows = {line.split()[0]: line.split()[1:] for line in status.output.splitlines()[1:-1]}
    assert rows["ankang-2017/cadres"] == ["drifted"] and rows["ankang-2017/talent"] == ["current"]
    assert status.output.splitlines()[-1] == "en: 3 current, 2 drifted, 0 unreviewed, 0 untranslated, 0 missing"
    failed = run("check", "--data", str(data_copy))
    assert failed.exit_code == 1 and "en translation of ankang-2017/cadres: its source changed" in failed.output
    assert run("check", "--data", str(data_copy), "--drift", "warn").exit_code == 0
    cadres = data_copy / "articles/ankang-2017/en/cadres.md"
    accepted = run("translations", "accept", str(cadres), "--data", str(data_copy))
    assert accepted.exit_code == 0 and "accepted" in accepted.output
    summary = data_copy / "articles/ankang-2017/en/summary.md"
    run("translations", "accept", str(summary), "--data", str(data_copy))
    assert run("check", "--data", str(data_copy)).exit_code == 0
    again = run("translations", "accept", str(cadres), "--data", str(data_copy))
    assert "already current" in again.output


def test_figures_suggest_names_the_sections_of_a_text_file(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text("标题\n导语。\n一、建设\n新建学校12所。\n", encoding="utf-8")
    result = run("figures", "suggest", str(text))
    assert "section: section-1" in result.stdout


def test_check_lists_the_todo_of_an_imported_article_and_release_fails_on_it(site_copy):
    source = site_copy / "wire.txt"
    source.write_text("新华社北京1月5日电 全国“冰雪进校园”活动覆盖1.2万余所中小学。\n", encoding="utf-8")
    assert run("new", str(source), "--slug", "snow", "--data", str(site_copy / "data")).exit_code == 0
    result = run("check", "--data", str(site_copy / "data"))
    assert result.exit_code == 0, result.output
    lines = result.output.replace(str(site_copy) + "/", "").splitlines()
    assert "todo: the site: 1 item(s)" in lines
    assert (
        "  todo: mkdocs.yml:3: site_url: site_url 'http://127.0.0.1:8000/' points at this machine"
        " (set it to the published address, e.g. https://example.org/reports/)"
    ) in lines
    assert "todo: snow (draft: not published): 3 item(s)" in lines
    assert "  todo: data/articles/snow/article.yaml:10: title_en: no English title (the English headline)" in lines
    assert lines[-1].endswith(
        ": 0 error(s), 4 todo (`zhpress check --release` fails on the todo of published articles)"
    )
    # A release fails on the site's todo only: the draft is not published.
    release = run("check", "--data", str(site_copy / "data"), "--release")
    assert release.exit_code == 1
    assert release.output.splitlines()[-1].endswith("release blocked by 1 todo of the site; drafts left out: snow")
    # Published unfinished, it blocks the release by name.
    publish(site_copy / "data/articles/snow")
    release = run("check", "--data", str(site_copy / "data"), "--release")
    assert release.exit_code == 1
    assert release.output.splitlines()[-1].endswith("release blocked by 4 todo of the site, snow")


def test_check_release_passes_on_a_finished_site(site_copy):
    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("http://127.0.0.1:8000/", "https://example.org/ankang/"),
        encoding="utf-8",
    )
    result = run("check", "--data", str(site_copy / "data"), "--release")
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(": ok")


def test_a_changed_number_is_reported_missing_not_bound_to_a_longer_number(data_copy):
    """免责88人 became 86人: '88人' still stands inside '288人', but that is another number."""
    source = data_copy / "articles/ankang-2017/source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("免责88人", "免责86人"), encoding="utf-8")
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    output = result.output.replace(str(data_copy.parent) + "/", "")
    assert (
        "figures.cadres-exempted-from-liability.quote: '88人' is not in data/articles/ankang-2017/source.txt" in output
    )
    assert "stands in section 'talent'" not in output


def _with_figure(data_copy, approx):
    """The fixture with 人数翻了快一倍 in its cadres section and a figure for 快一倍 (approx as given)."""
    source = data_copy / "articles/ankang-2017/source.txt"
    source.write_text(
        source.read_text(encoding="utf-8").replace("免责88人", "免责88人，人数翻了快一倍"), encoding="utf-8"
    )
    figures = data_copy / "articles/ankang-2017/figures.yaml"
    entry = (
        "  - id: exempted-growth\n    quote: 快一倍\n    occurrence: 1\n    value: 1\n    unit: 倍\n"
        f"    approx: {approx}\n    section: cadres\n    label:\n      zh: 免责人数增长\n      en: Growth\n"
    )
    figures.write_text(
        figures.read_text(encoding="utf-8").replace("\nignore:", "\n" + entry + "ignore:", 1), encoding="utf-8"
    )
    return run("check", "--data", str(data_copy), "--no-warnings", "--drift", "warn")


def test_a_figure_is_read_as_the_source_reads_it_in_context(data_copy):
    """快 is "nearly" after 了 (翻了快一倍): read alone, 快一倍 would be 一倍 (exact) after a stray 快."""
    result = _with_figure(data_copy, "nearly")
    assert "exempted-growth" not in result.output
    assert result.exit_code == 0, result.output


def test_a_figure_that_misreads_the_context_is_reported(data_copy):
    result = _with_figure(data_copy, "exact")
    assert result.exit_code == 1
    assert "figures.exempted-growth.approx: 'exact' does not match the quote '快一倍' (approx: nearly)" in result.output

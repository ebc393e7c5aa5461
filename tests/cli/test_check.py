from click.testing import CliRunner

from zhpress.cli import main


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
    path.write_text(path.read_text(encoding="utf-8").replace("heading: 强化思想武装", "heading: 加强思想武装"),
                    encoding="utf-8")
    result = run("check", "--data", str(data_copy))
    assert result.exit_code == 1
    assert "sections[0].heading: heading '加强思想武装,打牢党员心中的红色烙印' does not match the source" in result.output

"""`zhpress translations diff/accept` and `zhpress status` on copies of the data."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from zhpress.cli import main

ART = "articles/ankang-2017"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == count, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def change_88_to_86(data, figures=True):
    """The cadres section's 88 exempted cadres become 86 in the source (and in figures.yaml)."""
    edit(data / ART / "source.txt", "容错纠错免责88人", "容错纠错免责86人")
    if figures:
        edit(data / ART / "figures.yaml", "quote: 88人", "quote: 86人")
        edit(data / ART / "figures.yaml", "    value: 88\n", "    value: 86\n")


def test_a_changed_number_shows_in_diff_status_and_is_refused_by_accept(data_copy):
    change_88_to_86(data_copy)
    cadres = data_copy / ART / "en/cadres.md"
    shown = run("translations", "diff", cadres, "--data", data_copy)
    assert shown.exit_code == 0, shown.output
    assert "the source of ankang-2017/cadres changed since the review of" in shown.output
    assert "paragraph 3 changed (" in shown.output and "source.txt:13):" in shown.output
    assert "~ …用499人,容错纠错免责[-88-]{+86+}人,能上能下调整干部10…" in shown.output

    status = run("status", "--data", data_copy)
    rows = {line.split()[0]: line.split()[1:] for line in status.output.splitlines()[1:6]}
    assert rows == {
        "ankang-2017/summary": ["drifted"],
        "ankang-2017/ideology": ["current"],
        "ankang-2017/cadres": ["drifted"],
        "ankang-2017/grassroots": ["current"],
        "ankang-2017/talent": ["current"],
    }
    assert "en ankang-2017/cadres: paragraph 3 changed" in status.output
    assert "en ankang-2017/summary: paragraph 13 changed" in status.output
    assert status.output.splitlines()[-1] == "en: 3 current, 2 drifted, 0 unreviewed, 0 untranslated, 0 missing"

    before = cadres.read_bytes()
    refused = run("translations", "accept", cadres, "--data", data_copy, "--by", "A. Reviewer")
    assert refused.exit_code == 1
    assert "en/cadres.md:8: number '88' matches no figure of ankang-2017/cadres" in refused.output
    assert "not accepted: 1 QA error(s)" in refused.output
    assert cadres.read_bytes() == before

    edit(cadres, "88 were exempted", "86 were exempted")
    accepted = run("translations", "accept", cadres, "--data", data_copy, "--by", "A. Reviewer")
    assert accepted.exit_code == 0, accepted.output
    assert "accepted (source_hash" in accepted.output
    record = yaml.safe_load((data_copy / ART / "en/reviewed.yaml").read_text(encoding="utf-8"))
    assert record["reviews"]["cadres"]["by"] == "A. Reviewer"
    assert "override" not in record["reviews"]["cadres"]
    paragraphs = [record["paragraphs"][k] for k in record["reviews"]["cadres"]["paragraphs"]]
    assert any("容错纠错免责86人" in p for p in paragraphs)
    assert run("translations", "diff", cadres, "--data", data_copy).output.endswith(
        "nothing changed since the review\n"
    )


def test_stale_figures_refuse_the_acceptance_too(data_copy):
    change_88_to_86(data_copy, figures=False)
    cadres = data_copy / ART / "en/cadres.md"
    refused = run("translations", "accept", cadres, "--data", data_copy, "--by", "A. Reviewer")
    assert refused.exit_code == 1
    assert "figures.cadres-exempted-from-liability" in refused.output


def test_force_needs_a_reason_and_records_it(data_copy):
    change_88_to_86(data_copy)
    cadres = data_copy / ART / "en/cadres.md"
    no_reason = run("translations", "accept", cadres, "--data", data_copy, "--force")
    assert no_reason.exit_code == 2 and "--force needs --reason" in no_reason.output
    forced = run(
        "translations", "accept", cadres, "--data", data_copy, "--by", "B", "--force", "--reason", "typo in source"
    )
    assert forced.exit_code == 0
    assert "accepted over 1 QA error(s) (override recorded)" in forced.output
    record = yaml.safe_load((data_copy / ART / "en/reviewed.yaml").read_text(encoding="utf-8"))
    assert record["reviews"]["cadres"]["override"] == "typo in source"
    assert record["reviews"]["cadres"]["by"] == "B"


def test_texts_accepted_before_snapshots_keep_working(data_copy):
    """A text with `source_hash` only (no reviewed.yaml): states as before; the next accept records it."""
    (data_copy / ART / "en/reviewed.yaml").unlink()
    assert run("check", "--data", data_copy).exit_code == 0
    change_88_to_86(data_copy)
    cadres = data_copy / ART / "en/cadres.md"
    shown = run("translations", "diff", cadres, "--data", data_copy)
    assert "the reviewed text was not recorded" in shown.output
    edit(cadres, "88 were exempted", "86 were exempted")
    assert run("translations", "accept", cadres, "--data", data_copy, "--by", "C").exit_code == 0
    record = yaml.safe_load((data_copy / ART / "en/reviewed.yaml").read_text(encoding="utf-8"))
    assert list(record["reviews"]) == ["cadres"]


def test_an_empty_translation_is_untranslated(data_copy):
    talent = data_copy / ART / "en/talent.md"
    talent.write_text('---\ntitle: "Talent"\n---\n\n', encoding="utf-8")
    status = run("status", "--data", data_copy)
    assert "ankang-2017/talent      untranslated" in status.output
    assert status.output.splitlines()[-1] == "en: 4 current, 0 drifted, 0 unreviewed, 1 untranslated, 0 missing"


def test_check_fails_a_wrong_percentage_and_a_wrong_place_name_with_file_and_line(data_copy):
    summary = data_copy / ART / "en/summary.md"
    edit(summary, "as 60% of its households", "as 6% of its households")
    edit(summary, "Xunyang County", "Xinyang County")
    lines = summary.read_text(encoding="utf-8").splitlines()
    pct = next(i for i, line in enumerate(lines, 1) if "as 6% of" in line)
    place = next(i for i, line in enumerate(lines, 1) if "Xinyang County" in line)
    result = run("check", "--data", data_copy)
    assert result.exit_code == 1
    output = result.output.replace(str(data_copy.parent) + "/", "")
    assert f"data/{ART}/en/summary.md:{pct}: '6%' is percent, but 6 in ankang-2017/summary is 6家 (count)" in output
    assert f"data/{ART}/en/summary.md:{place}: 'Xinyang' is not the approved rendering of 旬阳 (place)" in output


def test_a_docs_page_translation_keeps_its_reviewed_source_for_diff_and_check(site_copy):
    data, page = site_copy / "data", site_copy / "docs" / "about.en.md"
    accepted = run("translations", "accept", page, "--data", data, "--by", "Editor")
    assert accepted.exit_code == 0, accepted.output
    record = yaml.safe_load((data / "docs-reviewed.yaml").read_text(encoding="utf-8"))
    assert record["reviews"]["en/about.md"]["by"] == "Editor"
    source = site_copy / "docs" / "about.md"
    text = source.read_text(encoding="utf-8")
    second = text.split("\n\n")[1]
    source.write_text(text.replace(second, second + "另加一句。"), encoding="utf-8")

    diff = run("translations", "diff", page, "--data", data)
    assert "changed since the review of" in diff.output and "by Editor" in diff.output
    assert "paragraph 2 changed" in diff.output and "{+另加一句。+}" in diff.output
    check = run("check", "--data", data)
    assert check.exit_code == 1
    assert "its source changed since it was reviewed (paragraph 2 changed)" in check.output

    again = run("translations", "accept", page, "--data", data, "--by", "Editor")
    assert again.exit_code == 0, again.output
    record = yaml.safe_load((data / "docs-reviewed.yaml").read_text(encoding="utf-8"))
    assert any(p.endswith("另加一句。") for p in record["paragraphs"].values())
    assert run("check", "--data", data).exit_code == 0

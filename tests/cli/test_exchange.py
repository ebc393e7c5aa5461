"""PO and XLIFF export and import on copies of the test project's data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from translate.storage import factory

from zhpress.cli import main

ART = "articles/ankang-2017"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def export(data: Path, fmt: str, out: Path) -> Path:
    result = run("translations", "export", "--format", fmt, out, "--data", data)
    assert result.exit_code == 0, result.output
    return out


def set_target(path: Path, context: str, target: str) -> None:
    """Edit one unit's translation the way a translator's tool does (through translate-toolkit)."""
    store = factory.getobject(str(path))
    found = [u for u in store.units if not u.isheader() and (u.getcontext() or u.getid()).endswith(context)]
    assert len(found) == 1, context
    found[0].target = target
    store.savefile(str(path))


@pytest.mark.parametrize("fmt,name", [("po", "a.po"), ("xliff", "a.xlf")])
def test_a_round_trip_without_edits_changes_no_byte(data_copy, tmp_path, fmt, name):
    before = digests(data_copy)
    out = export(data_copy, fmt, tmp_path / name)
    again = export(data_copy, fmt, tmp_path / ("b-" + name))
    assert out.read_bytes() == again.read_bytes()  # the export is deterministic
    result = run("translations", "import", out, "--data", data_copy)
    assert result.exit_code == 0, result.output
    assert result.output == "nothing changed\n"
    assert digests(data_copy) == before


@pytest.mark.parametrize("fmt,name", [("po", "a.po"), ("xliff", "a.xlf")])
def test_an_edited_label_lands_in_figures_yaml_only(data_copy, tmp_path, fmt, name):
    before = digests(data_copy)
    figures = data_copy / ART / "figures.yaml"
    old_text = figures.read_text(encoding="utf-8")
    out = export(data_copy, fmt, tmp_path / name)
    set_target(out, "ankang-2017/figures/lecture-tour-sessions/label", "Touring lectures by the municipal team")
    result = run("translations", "import", out, "--data", data_copy)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 unit(s) applied"
    after = digests(data_copy)
    assert [k for k in after if after[k] != before[k]] == [f"{ART}/figures.yaml"]
    new_text = figures.read_text(encoding="utf-8")
    assert new_text == old_text.replace(
        "      en: Lectures given by the municipal Party committee's lecture team\n",
        "      en: Touring lectures by the municipal team\n",
    )


def test_units_carry_source_context_state_and_notes(data_copy, tmp_path):
    source = data_copy / ART / "source.txt"
    source.write_text(
        source.read_text(encoding="utf-8").replace("容错纠错免责88人", "容错纠错免责86人"), encoding="utf-8"
    )
    text = export(data_copy, "po", tmp_path / "a.po").read_text(encoding="utf-8")
    assert (
        '#. figure lecture-tour-sessions: 200场次 (ideology)\nmsgctxt "ankang-2017/figures/lecture-tour-sessions/label"\nmsgid "市委宣讲团巡回宣讲场次"'
        in text
    )
    units = {u.getcontext(): u for u in factory.getobject(str(tmp_path / "a.po")).units if not u.isheader()}
    drifted, current = units["ankang-2017/en/cadres/2"], units["ankang-2017/en/talent/2"]
    assert drifted.isfuzzy() and not current.isfuzzy()
    assert "容错纠错免责88人" in drifted.prev_source and "容错纠错免责86人" in drifted.source
    assert drifted.target.startswith("Guided by the “Five Priorities”")
    assert 'msgctxt "glossary/旬阳"\nmsgid "旬阳"\nmsgstr "Xunyang"' in text


def test_an_english_paragraph_is_applied_after_qa(data_copy, tmp_path):
    cadres = data_copy / ART / "en/cadres.md"
    old = cadres.read_text(encoding="utf-8")
    out = export(data_copy, "po", tmp_path / "a.po")
    paragraph = next(line for line in old.splitlines() if line.startswith("Guided by"))
    set_target(out, "ankang-2017/en/cadres/2", paragraph.replace("88 were", "98 were"))
    refused = run("translations", "import", out, "--data", data_copy)
    assert refused.exit_code == 1
    assert "cadres.md:8: number '98' matches no figure of ankang-2017/cadres" in refused.output
    assert cadres.read_text(encoding="utf-8") == old
    set_target(out, "ankang-2017/en/cadres/2", paragraph.replace("Guided by", "Following"))
    applied = run("translations", "import", out, "--data", data_copy)
    assert applied.exit_code == 0, applied.output
    assert cadres.read_text(encoding="utf-8") == old.replace(paragraph, paragraph.replace("Guided by", "Following"))


def test_a_unit_whose_source_changed_is_refused(data_copy, tmp_path):
    out = export(data_copy, "po", tmp_path / "a.po")
    set_target(out, "glossary/旬阳", "Xunyang City")
    glossary = data_copy / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("- zh: 旬阳\n", "- zh: 旬阳县\n"), encoding="utf-8"
    )
    before = digests(data_copy)
    result = run("translations", "import", out, "--data", data_copy)
    assert result.exit_code == 1
    assert "1 unit(s) are not units of the data: 'glossary/旬阳'" in result.output
    assert digests(data_copy) == before


def test_a_glossary_rendering_keeps_the_file_s_quoting(data_copy, tmp_path):
    glossary = data_copy / "glossary.yaml"
    old = glossary.read_text(encoding="utf-8")
    out = export(data_copy, "xliff", tmp_path / "a.xlf")
    set_target(out, "glossary/红色引擎", "Red Motor")
    assert run("translations", "import", out, "--data", data_copy).exit_code == 0
    assert glossary.read_text(encoding="utf-8") == old.replace('  en: "Red Engine"\n', '  en: "Red Motor"\n', 1)


def test_an_unreadable_file_is_an_error(data_copy, tmp_path):
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "x\n', encoding="utf-8")
    result = run("translations", "import", bad, "--data", data_copy)
    assert result.exit_code == 1 and "bad.po: cannot read it as PO or XLIFF" in result.output

"""The README's walkthrough "Publish a new article", step by step, so it cannot rot."""

import re

from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import mkdocs_build

TEXT = "青年就业方案推进\n去年全市共有2万人参加培训。\n一、职业培训\n今年将再提供约5万个实习机会，经费达12万元。\n"


def zhpress(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_publish_a_new_article(site_copy, monkeypatch):
    monkeypatch.chdir(site_copy)
    source = site_copy / "jobs.txt"
    source.write_text(TEXT, encoding="utf-8")
    article = site_copy / "data/articles/youth-jobs"

    # 1. Import: a draft.
    assert zhpress("new", source, "--slug", "youth-jobs").exit_code == 0
    meta = (article / "article.yaml").read_text(encoding="utf-8")
    assert "\ndraft: true\n" in meta

    # 2. The check lists the todo; a release fails on the site's own (site_url).
    assert zhpress("check").exit_code == 0
    assert zhpress("check", "--release").exit_code == 1

    # 3. Curation: English titles, figure labels; 4. English texts, accepted.
    section_slug = re.search(r"- slug: (\S+)", meta).group(1)
    meta = meta.replace("title_en: null", "title_en: Youth jobs plan", 1)
    meta = re.sub(r"(heading: 一、职业培训\n  title_en: )null", r"\1Vocational training", meta)
    (article / "article.yaml").write_text(meta, encoding="utf-8")
    figures = (article / "figures.yaml").read_text(encoding="utf-8")
    figures = re.sub(r"en: (?:'?\(to translate\) [^\n]*|'')", "en: A figure", figures)
    figures = figures.replace("zh: ''", "zh: 实习机会（个）")
    (article / "figures.yaml").write_text(figures, encoding="utf-8")
    english = {
        "summary": "The city trained 20,000 young people last year.",
        section_slug: "It will offer about 50,000 internships, with funding of 120,000 yuan.",
    }
    for part, translation in english.items():
        path = article / "en" / f"{part}.md"
        text = path.read_text(encoding="utf-8").replace("untranslated: true\n", "")
        path.write_text(text + "\n" + translation + "\n", encoding="utf-8")  # the Chinese comment may stay
    assert zhpress("translations", "accept", *sorted((article / "en").glob("*.md"))).exit_code == 0

    # 5. Variant review.
    assert zhpress("variants", "confirm", "--all").exit_code == 0

    # 6. mkdocs.yml: the published address; 7. publish.
    config = site_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("http://127.0.0.1:8000/", "https://example.org/reports/"),
        encoding="utf-8",
    )
    (article / "article.yaml").write_text(meta.replace("\ndraft: true\n", "\ndraft: false\n"), encoding="utf-8")
    release = zhpress("check", "--release")
    assert release.exit_code == 0, release.output

    # 8. Build.
    built = mkdocs_build(site_copy, site_copy / "site")
    assert built.returncode == 0, built.stderr
    assert "Youth jobs plan" in (site_copy / "site/en/youth-jobs/index.html").read_text(encoding="utf-8")

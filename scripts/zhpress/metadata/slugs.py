"""Slugs: the names of articles and sections in URLs and folder names.

A slug is lower-case ASCII words joined by hyphens, at most `MAX_SLUG_CHARS`
long (it becomes a folder and a file name). An article's slug is a top-level
folder of the site, so it must not be a name the site already uses: its pages
(`figures`, `glossary`, hand-written pages such as `about`), its languages
(`en`, `zh-hant` …), `assets`, `search`, `404`, downloads. `site_names` lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
MAX_SLUG_CHARS = 64
SLUG_HINT = "lower-case ASCII words joined by hyphens, e.g. budget-2024"

# Names a section slug cannot take: the pages and parts of an article's own folder.
SECTION_RESERVED = frozenset({"index", "figures", "lead", "closing", "title", "en", "assets", "search"})

# Top-level names of every site, whatever its docs folder and languages hold: generated pages
# (the home, all figures, the glossary), MkDocs' and Material's folders and files, the search
# index, the downloads (figures.csv and figures.json stand at the root) and the language roots.
SITE_NAMES = frozenset(
    {
        "index",
        "figures",
        "glossary",
        "about",
        "assets",
        "search",
        "404",
        "sitemap",
        "pagefind",
        "javascripts",
        "stylesheets",
        "en",
        "zh-hans",
        "zh-hant",
        "zh-hk",
    }
)


def site_names(docs_dir: Path | None = None, locales: Iterable[str] = ()) -> frozenset[str]:
    """Every top-level name an article slug would collide with on this site.

    Args:
        docs_dir: the hand-written pages (`about.md`, `about.en.md`, folders); None for none. A folder
            holding only variant pages of an article (`ankang-2017/cadres.zh-HK.md`) takes no name.
        locales: the site's languages (`zh-Hans`, `en` …); compared in lower case.
    """
    locales = tuple(locales)
    names = set(SITE_NAMES) | {locale.lower() for locale in locales}
    suffixes = {locale.lower() for locale in locales}
    if docs_dir is not None and Path(docs_dir).is_dir():
        for entry in Path(docs_dir).iterdir():
            name = entry.name.lower()
            if entry.is_file():
                stem = name.rsplit(".", 1)[0]
                base, dot, suffix = stem.rpartition(".")
                names.add(base if dot and suffix in suffixes else stem)
            elif not name.startswith(".") and not _only_variant_pages(entry, suffixes):
                names.add(name)
    return frozenset(names)


def _only_variant_pages(folder: Path, suffixes: set[str]) -> bool:
    """Whether `folder` holds only an editor's wording of generated pages (`<slug>/cadres.zh-HK.md`),
    which belongs to the article of that slug rather than taking its name."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return bool(files) and all(
        p.suffix == ".md" and p.stem.rpartition(".")[2].lower() in suffixes and "." in p.stem for p in files
    )


def slug_problem(slug: object, reserved: Iterable[str] = ()) -> tuple[str, str] | None:
    """Why `slug` cannot name an article or section, as (message, fix); None when it can.

    Args:
        slug: the candidate (any value read from YAML or the command line).
        reserved: names already taken (see `site_names`, `SECTION_RESERVED`).
    """
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        return f"{slug!r} is not a usable slug", SLUG_HINT
    if len(slug) > MAX_SLUG_CHARS:
        return (
            f"slug is {len(slug)} characters long, more than the limit of {MAX_SLUG_CHARS}",
            "choose a shorter slug: it names a folder and the pages' URLs",
        )
    taken = set(reserved)
    if slug in taken:
        return (
            f"slug {slug!r} is a name the site already uses",
            "choose another slug; reserved: " + ", ".join(sorted(taken)),
        )
    return None

"""Per-language state of a build: which variant, its converter, its page set and URLs."""

from __future__ import annotations

import hashlib
import os
import posixpath
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..render import Lang
from ..siteconfig import DEFAULT_VARIANTS
from ..typeset import CORNER_LOCALES, corner_quotes
from ..urls import page_url, relative_url
from ..variants.convert import Converter, Overrides, split_markdown
from .config import VariantConfig

# Material's interface strings for a locale, when the variant does not name them.
LOCALE_UI = {
    "zh-Hans": "zh",
    "zh-CN": "zh",
    "zh-Hant": "zh-TW",
    "zh-TW": "zh-TW",
    "zh-HK": "zh-Hant",
    "zh-MO": "zh-Hant",
    "en": "en",
}
PARTIAL = """{{#- zhpress: Material's "{ui}" interface strings, tagged with the locale {locale}. -#}}
{{% import "partials/languages/{ui}.html" as base %}}
{{% macro t(key) %}}{{% if key == "language" %}}{locale}{{% else %}}{{{{ base.t(key) }}}}{{% endif %}}{{% endmacro %}}
"""


def language_partials(variants: list[Variant]) -> Path:
    """A template folder with `partials/languages/zhpress/<locale>.html` for every variant.

    Material takes `<html lang>` from its interface language; these partials keep
    Material's strings but report the variant's own locale (zh-Hans, zh-HK, …).
    """
    content = {v.locale: PARTIAL.format(ui=v.ui_language, locale=v.locale) for v in variants}
    digest = hashlib.sha256(repr(sorted(content.items())).encode()).hexdigest()[:16]
    root = Path(tempfile.gettempdir()) / f"zhpress-templates-{os.getuid()}-{digest}"
    folder = root / "partials" / "languages" / "zhpress"
    folder.mkdir(parents=True, exist_ok=True)
    for locale, text in content.items():
        path = folder / f"{locale}.html"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # never read half-written by another build
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
    return root


@dataclass
class Variant:
    locale: str
    name: str
    opencc: str | None
    ui_language: str
    site_name: str | None
    site_description: str | None
    english: bool
    root: str  # URL prefix from the site root: "" for the source, "<locale>/" for the others
    corner_quotes: bool = False  # “…” ‘…’ shown as 「…」 『…』

    @property
    def is_source(self) -> bool:
        return self.root == ""


def _corner_quotes(item: dict, locale: str) -> bool:
    """The variant's `corner_quotes`, else on for the Traditional locales that set quotes so."""
    if item.get("corner_quotes") is not None:
        return bool(item["corner_quotes"])
    return not item.get("english") and locale in CORNER_LOCALES


def _with_corners(convert: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: corner_quotes(convert(text))


def _markdown_with_corners(converter: Converter) -> Callable[[str], str]:
    """Markdown converted, its prose with corner quotes; code, URLs and tags keep their marks."""

    def convert(markdown: str) -> str:
        chunks = [(c if protected else converter.convert(c), protected) for c, protected in split_markdown(markdown)]
        prose = corner_quotes("".join(c for c, protected in chunks if not protected))  # one char for one
        out, pos = [], 0
        for chunk, protected in chunks:
            if protected:
                out.append(chunk)
            else:
                out.append(prose[pos : pos + len(chunk)])
                pos += len(chunk)
        return "".join(out)

    return convert


def variants_from_config(configured: list[VariantConfig]) -> list[Variant]:
    raw: list[dict] = [dict(v) for v in configured] if configured else [dict(v) for v in DEFAULT_VARIANTS]
    out = []
    for index, item in enumerate(raw):
        locale = item["locale"]
        out.append(
            Variant(
                locale=locale,
                name=item["name"],
                opencc=item.get("opencc"),
                ui_language=item.get("ui_language") or LOCALE_UI.get(locale, "en" if item.get("english") else "zh"),
                site_name=item.get("site_name"),
                site_description=item.get("site_description"),
                english=bool(item.get("english")),
                root="" if index == 0 else f"{locale}/",
                corner_quotes=_corner_quotes(item, locale),
            )
        )
    return out


def suffix_of(src_uri: str, locales: set[str]) -> tuple[str, str | None]:
    """Split `about.zh-HK.md` into (`about.md`, `zh-HK`); unsuffixed files give (uri, None)."""
    stem, ext = posixpath.splitext(src_uri)
    base, dot, locale = stem.rpartition(".")
    if dot and locale in locales:
        return base + ext, locale
    return src_uri, None


@dataclass
class LanguagePlan:
    """What each language's build holds, known before any build runs (for the switcher)."""

    variants: list[Variant]
    page_urls: dict[str, set[str]] = field(default_factory=dict)  # locale -> page URLs

    def alternates(self, here: Variant, url: str) -> list[dict]:
        """The language switcher's entries for the page at `url` of the language `here`.

        `href` is the same page in the other language, relative to this page, so it works
        under any host and sub-path. `link` (which Material prints into the head as
        `<link rel="alternate" hreflang>`, and next to which its script fetches
        `sitemap.xml`) is the other language's root, relative to this build's root: the
        per-page alternates are in each language's sitemap.
        """
        links = []
        for variant in self.variants:
            target = url if url in self.page_urls.get(variant.locale, set()) else ""
            links.append(
                {
                    "name": variant.name,
                    "lang": variant.locale,
                    "link": relative_url(here.root, variant.root) or "./",
                    "href": relative_url(here.root + url, variant.root + target),
                }
            )
        return links


def docs_pages(docs_dir: Path) -> list[str]:
    if not docs_dir.is_dir():
        return []
    return sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))


def pages_for(variant: Variant, variants: list[Variant], docs: list[str]) -> list[str]:
    """The hand-written docs pages a language shows, as paths without locale suffix."""
    locales = {v.locale for v in variants}
    chosen = set()
    for uri in docs:
        base, locale = suffix_of(uri, locales)
        if locale == variant.locale or (locale is None and not variant.english):
            chosen.add(base)
    return sorted(chosen)


# For an article whose source is Traditional Chinese: the conversion into each variant.
FROM_TRADITIONAL = {None: "t2s", "s2tw": "t2tw", "s2hk": "t2hk", "s2twp": "t2tw", "s2t": None}


def make_lang(variant: Variant, overrides: Overrides, source_root: str, use_directory_urls: bool) -> Lang:
    converter = Converter(variant.opencc, overrides.for_locale(variant.locale) if variant.opencc else None)
    hant: Callable[[str], str] | None = None
    if not variant.english:
        hant = Converter(FROM_TRADITIONAL.get(variant.opencc, "t2s")).convert
    convert: Callable[[str], str] = converter.convert
    convert_markdown: Callable[[str], str] = converter.convert_markdown
    if variant.corner_quotes:
        convert, convert_markdown = _with_corners(convert), _markdown_with_corners(converter)
        hant = _with_corners(hant) if hant is not None else None
    return Lang(
        locale=variant.locale,
        english=variant.english,
        convert=convert,
        convert_markdown=convert_markdown,
        root=variant.root,
        source_root=source_root,
        use_directory_urls=use_directory_urls,
        hant_convert=hant,
        cache_key=(
            variant.locale,
            variant.opencc,
            variant.english,
            variant.corner_quotes,
            tuple(sorted(converter.phrases.items())),
        ),
    )


def urls_of(paths, use_directory_urls: bool) -> set[str]:
    return {page_url(p, use_directory_urls) for p in paths}

"""Typed configuration of the `zhpress` MkDocs plugin (every option has a default)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from ..siteconfig import DEFAULT_VARIANTS  # noqa: F401  (the plugin's default languages)


class VariantConfig(Config):
    """One language of the site. The first variant is the source and is built at the site root."""

    locale = c.Type(str)  # BCP 47 tag: zh-Hans, zh-Hant, zh-HK, en
    name = c.Type(str)  # shown in the language switcher
    opencc = c.Optional(c.Type(str))  # OpenCC config converting the source into it (s2tw, s2hk)
    ui_language = c.Optional(c.Type(str))  # Material interface language; defaults from the locale
    site_name = c.Optional(c.Type(str))  # overrides the converted site name (e.g. for English)
    site_description = c.Optional(c.Type(str))  # overrides the converted site description
    english = c.Type(bool, default=False)  # pages come from English translations, not conversion
    # “…” ‘…’ shown as 「…」 『…』; default: on for zh-Hant, zh-HK (zh-TW, zh-MO), off for the others
    corner_quotes = c.Optional(c.Type(bool))


class ZhpressConfig(Config):
    enabled = c.Type(bool, default=True)
    data_dir = c.Type(str, default="data")  # relative to mkdocs.yml
    variants = c.ListOfItems(c.SubConfig(VariantConfig), default=[])
    # The data checks of `zhpress check` (errors only) run in every build: "error" fails the build with
    # their `file:line` messages, "warn" logs them as warnings (`--strict` still fails), "skip" skips them.
    # `mkdocs serve` shows errors in the browser instead of the pages.
    check = c.Choice(("error", "warn", "skip"), default="error")
    drift = c.Choice(("error", "warn"), default="error")  # what `zhpress check` does on a drifted translation
    # "article": a page's sidebar shows the site's pages and its own article only, so the build stays
    # linear in the number of articles; "site": every article in every page (navigation.py).
    navigation = c.Choice(("article", "site"), default="article")
    # `mkdocs serve` builds only these languages besides the source (default: all); the environment
    # variable ZHPRESS_LANGUAGES=zh-Hant,en overrides it. `mkdocs build` always builds every language.
    serve_languages = c.ListOfItems(c.Type(str), default=[])
    # Processes building the languages of `mkdocs build` at once: 0 = one per CPU core, 1 = one
    # process. The environment variable ZHPRESS_WORKERS overrides it. `mkdocs serve` uses one.
    workers = c.Type(int, default=0)
    # Each language's pages indexed with Pagefind (mkdocs/search.py), searched from Material's header box.
    search = c.Type(bool, default=True)

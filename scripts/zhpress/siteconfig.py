"""What the CLI needs from `mkdocs.yml`: the docs folder and the zhpress plugin's options.

Read defensively (MkDocs files may carry `!!python/name` tags); when there is no
mkdocs.yml, the plugin's defaults apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# The site's languages when mkdocs.yml names none: the one registry of locales, shared by the
# plugin's configuration (mkdocs/config.py) and the CLI. The first is the source, built at the root.
DEFAULT_VARIANTS: list[dict[str, object]] = [
    {"locale": "zh-Hans", "name": "简体中文", "ui_language": "zh"},
    {"locale": "zh-Hant", "name": "繁體中文（臺灣）", "opencc": "s2tw", "ui_language": "zh-TW"},
    {"locale": "zh-HK", "name": "繁體中文（香港）", "opencc": "s2hk", "ui_language": "zh-Hant"},
    {"locale": "en", "name": "English", "ui_language": "en", "english": True},
]


class _TolerantLoader(yaml.SafeLoader):
    pass


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass
class SiteSettings:
    root: Path
    docs_dir: Path
    variants: list[dict] = field(default_factory=lambda: [dict(v) for v in DEFAULT_VARIANTS])
    drift: str = "error"
    has_plugin: bool = False  # mkdocs.yml names the zhpress plugin
    data_dir: Path | None = None  # the plugin's `data_dir`, when mkdocs.yml names the plugin
    site_url: str | None = None
    site_url_line: int | None = None

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(v["locale"] for v in self.variants)

    @property
    def traditional(self) -> list[tuple[str, str]]:
        return [(v["locale"], v["opencc"]) for v in self.variants if v.get("opencc")]


def find_project(start: Path) -> SiteSettings | None:
    """The settings of the nearest project at or above `start`: a folder whose mkdocs.yml names the
    zhpress plugin; None when there is none.

    Args:
        start: the folder to start from (usually the current directory).
    """
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file():
            settings = read_site_settings(folder)
            if settings.has_plugin:
                return settings
    return None


def read_site_settings(root: Path) -> SiteSettings:
    root = Path(root)
    settings = SiteSettings(root=root, docs_dir=root / "docs")
    path = root / "mkdocs.yml"
    if not path.is_file():
        return settings
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_TolerantLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError):
        return settings
    if not isinstance(data, dict):
        return settings
    settings.docs_dir = root / str(data.get("docs_dir") or "docs")
    if isinstance(data.get("site_url"), str):
        settings.site_url = data["site_url"]
        found = re.search(r"^site_url\s*:", text, re.M)
        settings.site_url_line = text.count("\n", 0, found.start()) + 1 if found else None
    for plugin in data.get("plugins") or []:
        if plugin == "zhpress" or (isinstance(plugin, dict) and "zhpress" in plugin):
            settings.has_plugin = True
            settings.data_dir = root / "data"
        if isinstance(plugin, dict) and isinstance(plugin.get("zhpress"), dict):
            options = plugin["zhpress"]
            if isinstance(options.get("data_dir"), str) and options["data_dir"].strip():
                settings.data_dir = root / options["data_dir"]
            variants = options.get("variants")
            if isinstance(variants, list) and all(isinstance(v, dict) and v.get("locale") for v in variants):
                settings.variants = variants
            if options.get("drift") in ("error", "warn"):
                settings.drift = options["drift"]
    return settings

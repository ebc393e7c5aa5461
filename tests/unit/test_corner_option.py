"""The per-variant `corner_quotes` option: on by default for zh-Hant and zh-HK only."""

from zhpress.mkdocs.languages import make_lang, variants_from_config
from zhpress.siteconfig import DEFAULT_VARIANTS
from zhpress.variants.convert import Overrides


def langs(configured):
    return {v.locale: make_lang(v, Overrides(), "", True) for v in variants_from_config(configured)}


def test_defaults_set_corners_for_taiwan_and_hong_kong_only():
    by_locale = langs([])
    text = "“发展”和‘干部’"
    assert by_locale["zh-Hant"].convert(text) == "「發展」和「幹部」"
    assert by_locale["zh-HK"].convert(text) == "「發展」和「幹部」"
    assert by_locale["zh-Hans"].convert(text) == text


def test_the_option_turns_corners_off_or_on():
    configured = [dict(v) for v in DEFAULT_VARIANTS]
    configured[1]["corner_quotes"] = False
    configured[0]["corner_quotes"] = True
    by_locale = langs(configured)
    assert by_locale["zh-Hant"].convert("“发展”") == "“發展”"
    assert by_locale["zh-Hans"].convert("“发展”") == "「发展」"


def test_markdown_keeps_code_and_urls():
    lang = langs([])["zh-HK"]
    md = "他说“好”，见 `“code”` 和 [链接](https://example.cn/“x”)。"
    assert lang.convert_markdown(md) == "他説「好」，見 `“code”` 和 [鏈接](https://example.cn/“x”)。"

"""Regression tests for every conversion override in data/overrides.yaml."""

import pytest

from zhpress.errors import DataError
from zhpress.variants.convert import Converter, load_overrides, split_markdown

from ..conftest import DATA, SEED

OVERRIDES = load_overrides(DATA / "overrides.yaml")

# (Simplified context from the seed, wrong stock OpenCC output, right output)
CASES = [
    ("新时代开启新征程", "新徵程", "新征程"),
    ("两个更加注重", "更加註重", "更加注重"),
    ("抽调9名表现优秀的科级干部", "名錶現", "名表現"),
    ("将6所院校整合并入安康职业技术学院", "整合併入", "整合並入"),
]


@pytest.mark.parametrize("config,locale", [("s2tw", "zh-Hant"), ("s2hk", "zh-HK"), ("s2t", "zh-Hant")])
@pytest.mark.parametrize("text,wrong,right", CASES)
def test_override_fixes_stock_conversion(config, locale, text, wrong, right):
    assert wrong in Converter(config).convert(text)
    fixed = Converter(config, OVERRIDES.for_locale(locale)).convert(text)
    assert right in fixed and wrong not in fixed


def test_yong_cai_in_s2t():
    text = "引才、育才、用才在安康市蔚然成风"
    assert "用纔" in Converter("s2t").convert(text)
    assert "用才" in Converter("s2t", OVERRIDES.traditional).convert(text)


def test_every_override_is_tested():
    tested = {"新征程", "更加注重", "名表现", "整合并入", "用才"}
    assert set(OVERRIDES.traditional) == tested


def test_whole_seed_converts_without_known_errors():
    text = SEED.read_text(encoding="utf-8")
    for config, locale in (("s2tw", "zh-Hant"), ("s2hk", "zh-HK")):
        out = Converter(config, OVERRIDES.for_locale(locale)).convert(text)
        assert len(out) == len(text)
        for wrong in ("新徵程", "註重", "名錶", "整合併入", "用纔"):
            assert wrong not in out


def test_regional_standards_differ():
    assert Converter("s2tw").convert("台湾") == "臺灣"
    assert Converter("s2hk").convert("台湾") == "台灣"


def test_markdown_conversion_protects_code_urls_targets_and_attributes():
    md = (
        "---\ntitle: 发展\n---\n# 发展 [链接](发展.md) `发展`\n"
        '<span class="发">发展</span> https://x.cn/发展 {: #发展 }\n```\n发展\n```\n'
    )
    out = Converter("s2tw").convert_markdown(md)
    assert out == (
        "---\ntitle: 發展\n---\n# 發展 [鏈接](发展.md) `发展`\n"
        '<span class="发">發展</span> https://x.cn/发展 {: #发展 }\n```\n发展\n```\n'
    )


def test_split_markdown_is_lossless():
    md = "# 标题\n\n`a` [b](c) <i>d</i> http://e 发展\n```\nx\n```\n"
    assert "".join(chunk for chunk, _ in split_markdown(md)) == md


def test_override_file_errors(tmp_path):
    path = tmp_path / "overrides.yaml"
    path.write_text("traditional:\n  新征程: 新\nother: 1\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_overrides(path)
    messages = [str(p).split(": ", 1)[1] for p in info.value.problems]
    assert messages == [
        "unknown key 'other' (expected `traditional` or `variants`)",
        "traditional: 新征程 → 新: the phrases differ in length (an override replaces characters one for one)",
    ]

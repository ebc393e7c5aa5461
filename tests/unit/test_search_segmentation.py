"""Traditional search text is segmented with the boundaries jieba finds in its Simplified form."""

import json

from zhpress.mkdocs.search import resegment_traditional, traditional_segmentation
from zhpress.variants.convert import Converter
from zhpress.variants.segment import segment, segment_traditional

HANS = "全市各级党组织和广大党员干部用初心指引前行"


def test_boundaries_follow_the_simplified_text():
    hant = Converter("s2tw").convert(HANS)
    words = segment_traditional(hant, "s2tw")
    assert "".join(words) == hant
    assert [len(w) for w in words] == [len(w) for w in segment(HANS)]


def test_written_index_is_rewritten_when_material_cannot_be_patched(tmp_path):
    hant = Converter("s2tw").convert(HANS)
    index = tmp_path / "search_index.json"
    index.write_text(
        json.dumps({"config": {}, "docs": [{"location": "", "title": "標題", "text": hant}]}), encoding="utf-8"
    )
    resegment_traditional(index, "s2tw")
    text = json.loads(index.read_text(encoding="utf-8"))["docs"][0]["text"]
    assert text.split("\u200b") == segment_traditional(hant, "s2tw")


def test_material_segmenter_is_replaced_only_inside_the_block():
    from material.plugins.search.plugin import SearchIndex

    original = SearchIndex._segment_chinese
    with traditional_segmentation("s2tw") as patched:
        assert patched
        hant = Converter("s2tw").convert(HANS)
        assert SearchIndex._segment_chinese(None, hant).split("\u200b") == segment_traditional(hant, "s2tw")
    assert SearchIndex._segment_chinese is original

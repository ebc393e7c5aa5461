"""Search segmentation for Traditional variants.

Material segments Chinese with jieba, whose dictionary is Simplified only. For a
Traditional language we segment the Simplified form of each text run instead
and carry the word boundaries back (the conversion keeps lengths one for one).
While a Traditional language is built, `traditional_segmentation` puts this
segmenter in place of Material's own, so the text is segmented once; where
Material's internals differ from what it expects, `resegment_traditional`
rewrites the written index instead.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

from ..variants.segment import segment_traditional

HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u200b]+")


def resegment_traditional(index_path: Path, forward: str) -> None:
    """Rewrite the index's word boundaries for a variant made with OpenCC config `forward`."""
    if not index_path.exists():
        return
    data = json.loads(index_path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        for key in ("title", "text"):
            value = doc.get(key)
            if isinstance(value, str) and value:
                doc[key] = HAN_RUN.sub(lambda m: _resegment(m.group(0), forward), value).strip("\u200b")
    index_path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _resegment(run: str, forward: str) -> str:
    plain = run.replace("\u200b", "")
    if not plain:
        return run
    return "\u200b" + "\u200b".join(segment_traditional(plain, forward)) + "\u200b"


@contextlib.contextmanager
def traditional_segmentation(forward: str):
    """Within the block, Material's search segments Chinese like `resegment_traditional`.

    Yields True when the segmenter is in place, False when the index must be rewritten.
    """
    try:
        from material.plugins.search import plugin as search
    except ImportError:
        yield False
        return
    index = getattr(search, "SearchIndex", None)
    original = getattr(index, "_segment_chinese", None)
    if index is None or original is None or getattr(search, "jieba", None) is None:
        yield False
        return

    def segment_chinese(self, data: str) -> str:
        return HAN_RUN.sub(lambda m: _resegment(m.group(0), forward), data).strip("\u200b")

    index._segment_chinese = segment_chinese
    try:
        yield True
    finally:
        index._segment_chinese = original

"""Display typesetting of Chinese prose. The source stays verbatim; pages may normalise."""

from __future__ import annotations


def typeset(text: str) -> str:
    """Text as displayed on a page (identity for now; full-width punctuation comes with the display rules)."""
    return text

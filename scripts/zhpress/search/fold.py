"""Folding of Chinese text for search: every variant of a character to one Simplified form.

A reader types in their own habits: 平台 or 平臺, 群众, 群眾 or 羣眾, 脱贫 or 脫貧.
The index holds each page's text folded character by character (`fold_text`),
and the browser folds the query with the same table before searching it as an
exact phrase of single characters, so a query finds every page that holds it
as a substring, whatever variant either side writes.

The table comes from OpenCC's own data: a character folds to what OpenCC's
Traditional-to-Simplified conversions (Hong Kong, Taiwan, standard) make of it
alone, repeated until nothing changes. Folding is character by character on both
sides, so it is the same function in the index and in the browser; where
OpenCC's phrase tables would pick another character, folding merges more than
a conversion would (乾/幹 → 干), never less. ASCII and full-width letters and
digits fold to lower-case ASCII. The ASCII double quote, which delimits a phrase
in Pagefind's query syntax, folds to the full-width one, and corner quotes
(「」『』) to curly ones (“”‘’), so a reader may type either.
"""

from __future__ import annotations

import functools
import unicodedata

import opencc

from ..variants.review import dictionary_text

# OpenCC configs applied in turn to one character: Hong Kong and Taiwan variants first, then standard Traditional.
FOLD_CONFIGS = ("hk2s.json", "tw2s.json", "t2s.json")
# OpenCC dictionaries whose characters may fold to something else (keys or values, one character long).
DICTIONARIES = ("TSCharacters", "STCharacters", "HKVariants", "HKVariantsRev", "TWVariants", "TWVariantsRev")
# Pagefind's phrase delimiter; corner quotes (the Taiwan and Hong Kong pages' 「」『』) as the curly ones.
SPECIAL = {'"': "\uff02", "「": "“", "」": "”", "『": "‘", "』": "’"}


@functools.lru_cache(maxsize=1)
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(name) for name in FOLD_CONFIGS)


@functools.cache
def fold_char(ch: str) -> str:
    """The one character `ch` folds to (itself when nothing applies)."""
    if ch in SPECIAL:
        return SPECIAL[ch]
    if ch.isascii():
        return ch.lower()
    if "\uff10" <= ch <= "\uff5a" and ch.isalnum():  # full-width digits and letters
        return unicodedata.normalize("NFKC", ch).lower()
    seen = {ch}
    current = ch
    while True:
        nxt = current
        for converter in _converters():
            out = converter.convert(nxt)
            if len(out) == 1:
                nxt = out
        if nxt in seen:
            return nxt if nxt == current else min(seen)  # a cycle: one member for all
        seen.add(nxt)
        current = nxt


def fold_text(text: str) -> str:
    """`text` folded character by character (same length)."""
    return "".join(fold_char(ch) for ch in text)


@functools.lru_cache(maxsize=1)
def _candidates() -> frozenset[str]:
    """Every character OpenCC's tables know that folds to another one."""
    chars: set[str] = set()
    for name in DICTIONARIES:
        for line in dictionary_text(name).splitlines():
            key, _, values = line.partition("\t")
            for word in [key, *values.split()]:
                if len(word) == 1:
                    chars.add(word)
    return frozenset(ch for ch in chars if fold_char(ch) != ch)


def browser_table(indexed: set[str]) -> dict[str, str]:
    """The fold table the browser needs for an index whose folded characters are `indexed`.

    Only characters that fold into `indexed` are listed (a query character folding to
    anything else cannot match, whatever it folds to); ASCII letters and the
    full-width forms are folded by the browser itself and left out.
    """
    table = {
        ch: fold_char(ch)
        for ch in sorted(_candidates())
        if fold_char(ch) in indexed and not ch.isascii() and not ("\uff10" <= ch <= "\uff5a")
    }
    table.update({ch: to for ch, to in SPECIAL.items() if not ch.isascii() and to in indexed})
    return table

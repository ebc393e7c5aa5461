"""Other spellings of an approved pinyin name: Wade-Giles forms and lower case.

`check_names` (names.py) finds capitalised pinyin-like runs. Two ways of writing
a name of the source escape it:

- Wade-Giles (旬阳 as `Hsunyang` or `Hsün-yang`, 黄璐琦 as `Huang Lu-ch'i`): the
  approved rendering's pinyin syllables are spelled the Wade-Giles way (ü, tone
  and aspiration marks, hyphens and spaces ignored) and a capitalised run spelled
  the same is reported with the approved rendering to write;
- lower case (`xunyang county`, or misspelled `xinyang county`): a lower-case run
  equal to an approved rendering but for its case, or, before a place noun
  (county, village …), close to one (as `check_names` judges closeness).
"""

from __future__ import annotations

import re

# pinyin syllable (ü as v) → its Wade-Giles spelling without marks (ü as u), where the rules
# below would not give it
_WHOLE = {
    "yi": "i",
    "you": "yu",
    "yan": "yen",
    "ye": "yeh",
    "yong": "yung",
    "yue": "yueh",
    "er": "erh",
    "zi": "tzu",
    "ci": "tzu",
    "si": "ssu",
    "zhi": "chih",
    "chi": "chih",
    "shi": "shih",
    "ri": "jih",
}
_INITIALS = (
    ("zh", "ch"),
    ("ch", "ch"),
    ("sh", "sh"),
    ("b", "p"),
    ("p", "p"),
    ("d", "t"),
    ("t", "t"),
    ("g", "k"),
    ("k", "k"),
    ("j", "ch"),
    ("q", "ch"),
    ("x", "hs"),
    ("r", "j"),
    ("z", "ts"),
    ("c", "ts"),
    *((same, same) for same in "hsmfnlwy"),
)
_FINALS = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ue": "ueh", "ve": "ueh", "v": "u"}


def wade_giles(syllable: str) -> str:
    """The Wade-Giles spelling of a pinyin syllable, without tone or aspiration marks and with u for ü.

    Args:
        syllable: a pinyin syllable in lower case (`xun`, `qi`, `luo`; ü written v).
    """
    if syllable in _WHOLE:
        return _WHOLE[syllable]
    initial, rest = "", syllable
    for pinyin, wg in _INITIALS:
        if syllable.startswith(pinyin):
            initial, rest = wg, syllable[len(pinyin) :]
            break
    if rest == "uo" and syllable[:-2] not in ("g", "k", "h", "sh"):
        rest = "o"  # duo → to, luo → lo, zhuo → cho (guo, kuo, huo, shuo keep it)
    elif rest == "e" and syllable[0] in "gkh":
        rest = "o"  # ge → ko, he → ho
    else:
        rest = _FINALS.get(rest, rest)
    return initial + rest


def letters(text: str) -> str:
    """`text` as lower-case letters only, ü as u: the key under which spellings are compared."""
    return re.sub(r"[^a-z]", "", text.lower().replace("ü", "u"))


_CAPITALISED_WORD = re.compile(r"(?<![A-Za-zü'’‘])[A-Z][a-zü]*(?:['’‘-][a-zü]+)*(?![A-Za-zü])")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'’])[a-z]+(?![A-Za-z'’])")
MAX_WORDS = 3  # the longest run of words compared (a person's name: surname and given name)


def word_runs(text: str, lower: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every run of up to MAX_WORDS words joined by single spaces, longest first at each
    start: capitalised words (with hyphens and apostrophes inside), or lower-case ones."""
    words = [m.span() for m in (_LOWER_WORD if lower else _CAPITALISED_WORD).finditer(text)]
    runs: list[tuple[int, int]] = []
    for i, (start, _) in enumerate(words):
        end_at = i
        while (
            end_at + 1 < len(words)
            and end_at + 1 - i < MAX_WORDS
            and text[words[end_at][1] : words[end_at + 1][0]] == " "
        ):
            end_at += 1
        runs.extend((start, words[j][1]) for j in range(end_at, i - 1, -1))
    return runs

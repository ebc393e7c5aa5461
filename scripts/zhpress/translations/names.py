"""Proper names in English texts: approved romanisation only.

The glossary's names (`kind: person | place | organisation`) give the approved
romanisation of each name (旬阳 → Xunyang). In an English text, a *pinyin-like
name* is a run of capitalised words that each split into pinyin syllables
(Xunyang, Huang Luqi, Xi'an), following pinyin spelling (a syllable that starts
with a, o or e only at the start of a word or after an apostrophe). To keep
English words (China, One, More) out, a run is looked at when it has two words
or more (a person's name), stands before a place noun (County, village,
University …), or is close in spelling to an approved rendering.

A run is approved when it is part of the approved rendering of a glossary entry
(name or term) whose Chinese stands in the source the text covers, or of the
article's own English metadata (place_en, byline_en, titles). Otherwise:

- close to the approved rendering of a name of the covered source: that name
  rendered differently (`'Xinyang' is not the approved rendering of 旬阳`);
- else: a pinyin-like name that renders no name of the source.
"""

from __future__ import annotations

import difflib
import functools
import re

from ..errors import Problem, rel
from .glossary import Term
from .records import EnglishText
from .romanisation import letters, wade_giles, word_runs

SYLLABLES = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
    cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
    ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou
    du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng
    gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan
    huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei
    ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao
    lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie
    min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu
    nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian
    qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run
    ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai
    shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie
    ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing
    xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao
    ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang
    zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)
# English words that split into pinyin syllables and are never names here.
ENGLISH = frozenset({"china", "chinese", "one", "more", "guideline", "guidelines", "she", "he", "me", "long"})
PLACE_NOUNS = (
    r"County|City|District|Town|Township|Village|Province|Prefecture|Municipality|Mountains?|River|Lake|"
    r"University|Company|Pharmaceutical|Group|Street|Road|Community"
)
_WORD = re.compile(r"(?<![A-Za-z'’])[A-Z][a-z]*(?:['’][a-z]+)?(?![A-Za-z])")
_PLACE_AFTER = re.compile(r"(?:['’]s)?[ \u00a0]+(?:" + PLACE_NOUNS + r")\b", re.I)


def syllables(word: str) -> tuple[str, ...] | None:
    """The pinyin syllables of `word` (Xi'an → xi, an), or None when it is not pinyin-like."""
    out: list[str] = []
    for piece in re.split(r"['’]", word.lower().replace("ü", "v")):
        split = _split(piece)
        if not piece or split is None:
            return None
        out.extend(split)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _split(piece: str) -> tuple[str, ...] | None:
    """Split into syllables, longest first; a vowel-initial syllable only at the start."""

    @functools.cache
    def go(i: int) -> tuple[str, ...] | None:
        if i == len(piece):
            return ()
        for j in range(min(len(piece), i + 6), i, -1):
            syllable = piece[i:j]
            if syllable in SYLLABLES and (i == 0 or syllable[0] not in "aoe"):
                rest = go(j)
                if rest is not None:
                    return (syllable,) + rest
        return None

    return go(0)


def pinyin_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, run) of every run of capitalised pinyin-like words joined by single spaces."""
    runs: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.lower() in ENGLISH or syllables(word) is None:
            continue
        if runs and text[runs[-1][1] : match.start()] == " ":
            start = runs[-1][0]
            runs[-1] = (start, match.end(), text[start : match.end()])
        else:
            runs.append((match.start(), match.end(), word))
    return runs


def _normal(run: str) -> str:
    return run.replace("’", "'")


def _approved_runs(renderings: list[str]) -> set[str]:
    runs: set[str] = set()
    for rendering in renderings:
        for _, _, run in pinyin_runs(rendering):
            words = _normal(run).split(" ")
            for i in range(len(words)):  # every part of a run: "Luqi" of "Huang Luqi" stands alone too
                for j in range(i + 1, len(words) + 1):
                    runs.add(" ".join(words[i:j]))
    return runs


def _run_syllables(run: str) -> tuple[str, ...]:
    return tuple(s for word in run.split(" ") for s in syllables(word) or ())


def _closest(run: str, names: list[tuple[Term, str]]) -> tuple[Term, str] | None:
    """The approved name run `run` misspells: as many syllables, at least half of them the same."""
    mine = _run_syllables(run)
    best, best_key = None, (0, 0.0)
    for term, approved in names:
        theirs = _run_syllables(approved)
        if len(theirs) != len(mine):
            continue
        same = sum(a == b for a, b in zip(mine, theirs, strict=True))
        key = (same, difflib.SequenceMatcher(a=run.lower(), b=approved.lower()).ratio())
        if 2 * same >= len(mine) and key > best_key:
            best, best_key = (term, approved), key
    return best


def check_names(
    text: EnglishText, covered_source: str, terms: list[Term], part: str, metadata: tuple[str, ...] = ()
) -> list[Problem]:
    """Problems of the proper names of one English text (rules: the module's text).

    Args:
        text: the English text.
        covered_source: the source text it translates (the whole article for the summary).
        terms: the glossary.
        part: `<slug>/<section>`, for messages.
        metadata: the article's English metadata (place_en, byline_en …), approved everywhere.
    """
    present = [t for t in terms if t.zh in covered_source]
    approved = _approved_runs([t.en for t in present] + list(metadata))
    names = [(t, run) for t in present if t.is_name for run in _approved_runs([t.en])]
    elsewhere = _approved_runs([t.en for t in terms if t.zh not in covered_source])  # check_glossary reports these
    problems, taken = _other_spellings(text, approved, names)
    for start, end, run in pinyin_runs(text.body):
        if _normal(run) in approved or _normal(run) in elsewhere or _overlaps(taken, start, end):
            continue
        close = _closest(run, names)
        near = close is not None
        if not (near or " " in run or _PLACE_AFTER.match(text.body, end)):
            continue  # a lone capitalised word that only looks like pinyin
        line = text.body_line + text.body.count("\n", 0, start)
        if near and close is not None:
            term, right = close
            problems.append(
                Problem(
                    rel(text.path),
                    f"{run!r} is not the approved rendering of {term.zh} ({term.kind})",
                    line=line,
                    hint=f"write {right!r}, as data/glossary.yaml gives it",
                )
            )
        else:
            problems.append(
                Problem(
                    rel(text.path),
                    f"{run!r} looks like a romanised name, but renders no name of the source's {part}",
                    line=line,
                    hint="use the approved rendering of a name the source gives, or add the name to "
                    "data/glossary.yaml with kind: person, place or organisation",
                )
            )
    return problems


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _other_spellings(
    text: EnglishText, approved: set[str], names: list[tuple[Term, str]]
) -> tuple[list[Problem], list[tuple[int, int]]]:
    """Names of the source written in Wade-Giles or in lower case (see `romanisation`), and their spans."""
    body, problems, taken = text.body, [], []
    wade = {}
    for term, right in names:
        key = "".join(wade_giles(s) for s in _run_syllables(right))
        if key != letters(right):  # 安康 is Ankang either way
            wade[key] = (term, right)
    lower = {right.lower(): (term, right) for term, right in names if len(_run_syllables(right)) >= 2}

    def report(start: int, end: int, how: str, term: Term, right: str) -> None:
        run = body[start:end]
        problems.append(
            Problem(
                rel(text.path),
                f"{run!r} {how} {term.zh} ({term.kind})",
                line=text.body_line + body.count("\n", 0, start),
                hint=f"write {right!r}, as data/glossary.yaml gives it",
            )
        )
        taken.append((start, end))

    for start, end in word_runs(body):
        found = wade.get(letters(body[start:end]))
        if found and _normal(body[start:end]) not in approved and not _overlaps(taken, start, end):
            report(start, end, "is the Wade-Giles spelling of", *found)
    for start, end in word_runs(body, lower=True):
        run = body[start:end]
        if _overlaps(taken, start, end) or any(w in ENGLISH or syllables(w) is None for w in run.split(" ")):
            continue
        if run in lower:
            report(start, end, "is, in lower case, the approved rendering of", *lower[run])
        elif len(_run_syllables(run)) >= 2 and _PLACE_AFTER.match(body, end):
            close = _closest(run, names)
            if close is not None:
                report(start, end, "is not the approved rendering of", *close)
    return problems, taken

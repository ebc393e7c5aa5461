"""The words the Chinese number reader knows: digits, multipliers, units, qualifiers and their guards.

Data for `zh.py`; the unit lexicon itself is units.yaml, shipped with the package.
"""

from __future__ import annotations

import re
from importlib import resources

import yaml

_DIGITS = dict(
    zip(
        "〇○零一壹二两兩贰貳三叁四肆五伍六陆陸七柒八捌九玖",
        [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9],
    )
)
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_WEAK = set("壹贰貳叁肆伍陆陸柒捌玖拾佰仟○")
_NUMCHARS = "0-9" + "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)
# A run of more than 40 digits is no quantity (and converting it would take quadratic time).
# Thousands separators: 2,300 and 2，300; in Hong Kong releases a space (1 127人, 1\u2009127).
_ARABIC = (
    r"(?<![0-9])(?:[0-9]{1,3}(?:[,，][0-9]{3}){1,13}(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[ \u2009\u202f][0-9]{3}){1,4}(?![0-9.])(?![ \u2009\u202f][0-9])"
    r"|[0-9]{1,40}(?![0-9])(?:\.(?!(?:19|20)[0-9]{2}年)[0-9]+)?)"
)  # not 1.2024年 (a list number, a year)
_MULT = r"[十拾佰仟万亿萬億]|百(?!分[点點]|帕)|千(?![米克瓦伏帕]|分[点點])|兆(?![瓦赫帕伏])"
_TOKEN = re.compile(rf"(?P<a>{_ARABIC})|(?P<d>[{''.join(_DIGITS)}])|(?P<s>{_MULT})|(?P<y>[余餘多](?=[万亿萬億]))")
_START = re.compile(rf"[0-9{''.join(_DIGITS)}]|{_MULT}")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _load_units() -> tuple[tuple[str, ...], dict[str, set[str]]]:
    """The unit lexicon of units.yaml: (every unit, longest first; characters that may not follow a unit)."""
    data = yaml.safe_load(resources.files(__package__).joinpath("units.yaml").read_text(encoding="utf-8"))
    groups = [str(words).split() for key, words in data.items() if key != "not_before"]
    units = tuple(sorted({u for group in groups for u in group}, key=lambda u: (-len(u), u)))
    return units, {unit: set(str(chars)) for unit, chars in data["not_before"].items()}


# The unit lexicon (units.yaml, shipped with the package): measure words, compound units (人次, 架次),
# technical units (千瓦时, 吨公里, 立方米每秒); the longest one after a numeral wins. A measure word
# that is the first character of a longer word is no unit there (UNIT_NOT_BEFORE): 两成 = 20 % but
# 一成不变, 建成为; 7折 = 70 % of the price but 折合, 折旧.
UNITS, UNIT_NOT_BEFORE = _load_units()
_UNIT = re.compile("|".join(map(re.escape, UNITS)))
_TIME = {
    "年",
    "个月",
    "個月",
    "月",
    "天",
    "日",
    "周",
    "週",
    "星期",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "秒",
    "倍",
    "岁",
    "歲",
}
_MORE_AFTER = _TIME | {"成"}  # units that take 多/余 after them: 一年多, 三成多
_GE_MORE = ("小时", "小時", "星期", "工作日", "百分点", "百分點", "钟头", "鐘頭", "月")  # 两个多月
_NOT_YU = set("额額下款量粮糧热熱地生震数數")  # 余额, 余下 ...: 余 starting a word

_BEFORE = sorted(
    [
        ("近", "nearly"),
        ("将近", "nearly"),
        ("將近", "nearly"),
        ("接近", "nearly"),
        ("约", "about"),
        ("約", "about"),
        ("大约", "about"),
        ("大約", "about"),
        ("约为", "about"),
        ("約為", "about"),
        ("超过", "more_than"),
        ("超過", "more_than"),
        ("超", "more_than"),
        ("逾", "more_than"),
        ("多于", "more_than"),
        ("多於", "more_than"),
        ("高于", "more_than"),
        ("高於", "more_than"),
        ("大于", "more_than"),
        ("大於", "more_than"),
        ("超出", "more_than"),
        ("突破", "more_than"),
        ("逼近", "nearly"),
        ("快", "nearly"),  # only after 了/已/都/就 (翻了快一倍, 已经快10年); 比上年快1.4个百分点 is a comparison
        ("上", "about"),  # 上千人, 上百公里 (upwards of: only before 百/千/万)
        ("不低于", "at_least"),
        ("不低於", "at_least"),
        ("不少于", "at_least"),
        ("不少於", "at_least"),
        ("不小于", "at_least"),
        ("不小於", "at_least"),
        ("至少", "at_least"),
        ("最少", "at_least"),
        ("不到", "less_than"),
        ("不足", "less_than"),
        ("不满", "less_than"),
        ("不滿", "less_than"),
        ("少于", "less_than"),
        ("少於", "less_than"),
        ("低于", "less_than"),
        ("低於", "less_than"),
        ("小于", "less_than"),
        ("小於", "less_than"),
        ("不超过", "at_most"),
        ("不超過", "at_most"),
        ("不多于", "at_most"),
        ("不多於", "at_most"),
        ("不高于", "at_most"),
        ("不高於", "at_most"),
        ("不大于", "at_most"),
        ("不大於", "at_most"),
        ("至多", "at_most"),
        ("最多", "at_most"),
        ("几", "more_than"),
        ("幾", "more_than"),
        ("数", "more_than"),
        ("數", "more_than"),  # only before 十/百/千/万/亿: 几十, 数百 = "several"
    ],
    key=lambda q: -len(q[0]),
)
_NOT_SHU = set("人总總次件户戶个個位分参參指系係基倍函变變岁歲页頁字票读讀算无無少多半")  # 人数, 总数 ... end a word
_NOT_BEFORE = {
    "数": _NOT_SHU,
    "數": _NOT_SHU,
    "超": set("出入"),
    "上": set("以之马馬早晚向路线線往北南东東西顶頂台臺"),
    "几": {"茶"},
    "幾": {"茶"},
    "近": set("最附靠邻鄰亲親贴貼远遠就逼"),
    "約": set("预預合签簽公条條制节節特邀相履违違践踐契婚赴守爽失誓"),
    "约": set("预預合签簽公条條制节節特邀相履违違践踐契婚赴守爽失誓"),
}
_AFTER = [
    ("左右", "about"),
    ("及以上", "at_least"),
    ("及以下", "at_most"),
    ("或以上", "at_least"),
    ("以上", "at_least"),
    ("或以下", "at_most"),
    ("以下", "at_most"),
    ("以内", "at_most"),
    ("以內", "at_most"),
    ("之内", "at_most"),
    ("之內", "at_most"),
]

# Lexicon: words whose numeral characters are not numbers.  A word that starts with a numeral
# does not apply after a numeral or 第 (三十一起 = 31 incidents, 第一线 is an ordinal); a word that
# ends with a numeral does not apply before a digit or magnitude (这一千元 = 1000 yuan).
_NOT_NUMBERS = (
    # adverbs, conjunctions, adjectives, nouns built on 一
    "一起 一些 一切 一直 一定 一样 一般 一致 一体 一道 一同 一举 一律 一贯 一再 一旦 一流 一心 一路 "
    "一边 一系列 一线 一度 一向 一味 一番 一下 一时 一齐 一并 一概 一连 一经 一方面 一把手 一盘棋 一揽子 "
    "一站式 一次性 一大批 一大早 一大堆 一带 一点 统一 同一 唯一 专一 逐一 一一 之一 万一 进一步 下一步 "
    # determiners: 这一年 = "this year", 这一问题 = "this problem" (这两年 is a count and is found)
    "这一 那一 "
    # 零 in words (破零: a village's first collective income)
    "零星 零售 零散 零件 零部件 零碎 零食 零钱 凋零 破零 零下 "
    # other numeral characters in ordinary words and names (四季镇 is a town of the seed)
    "万众 万物 万事 万象 万分 万岁 万能 万万 亿万 千万 百姓 百货 百科 百分比 十分 十足 十字 四季 三秦 九州 "
    "千里 万里 百里挑一 "
    # idioms and set phrases
    "千方百计 千家万户 千军万马 成千上万 千千万万 万无一失 万众一心 一心一意 一丝不苟 一如既往 一以贯之 "
    "一鼓作气 一马当先 一目了然 一针见血 一帆风顺 一清二楚 独一无二 三心二意 四面八方 五湖四海 五花八门 "
    "七嘴八舌 乱七八糟 九牛一毛 十全十美 百花齐放 百家争鸣 百尺竿头 一带一路 一刀切 一往无前 一抓到底"
).split()
_GUARDS = {  # extra (not before, not after) for a few words
    "十分": ("", "钟鐘之"),  # 十分钟 = 10 minutes, 十分之一 = one tenth
    "之一": ("分", ""),  # 三分之一 is a fraction: its numerals are found
    "千万": ("", "元人户戶家个個吨噸余餘多"),  # 千万元 = 10 million yuan; 千万 alone = "by all means"
    "一点": ("之", "钟鐘半"),
    "一度": ("", "电電"),
    "四季": ("", "度"),  # 一点钟, 一度电, 四季度
}
_TRAD = str.maketrans(
    "万亿两这线统体举贯样边带众专进计时齐连经盘揽级丝针见风顺独无户军马乱鸣头点钱货岁争",
    "萬億兩這線統體舉貫樣邊帶眾專進計時齊連經盤攬級絲針見風順獨無戶軍馬亂鳴頭點錢貨歲爭",
)


def _lexicon_pattern() -> re.Pattern:
    alts = []
    guards = {**_GUARDS, **{k.translate(_TRAD): v for k, v in _GUARDS.items()}}
    words = sorted(set(_NOT_NUMBERS) | {w.translate(_TRAD) for w in _NOT_NUMBERS}, key=len, reverse=True)
    for word in words:
        before, after = guards.get(word, ("", ""))
        if word[0] in _NUMCHARS:
            before += _NUMCHARS + "第"
        if word[-1] in _NUMCHARS:
            after += "0-9" + "".join(_SMALL) + "".join(_BIG)
        alts.append((f"(?<![{before}])" if before else "") + re.escape(word) + (f"(?![{after}])" if after else ""))
    # The lookahead on first characters lets the engine skip most positions at once
    # (the alternatives start with lookbehinds, which defeat its own literal prefilter).
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(alts) + ")")


_LEXICON = _lexicon_pattern()
_TENTH_DIGIT = re.compile(
    r"[1-9一二三四五六七八九](?![0-9〇零一二两兩三四五六七八九十百千万萬亿億成%％])"
)  # 4成5 = 4.5成
_CN_DECIMALS = re.compile(r"[点點](?P<d>[〇零一二三四五六七八九]{1,6})")
_MINUS = "-−－"
_WITHIN = {"年", "个月", "個月", "月", "天", "日", "周", "週", "小时", "小時", "分钟", "分鐘", "个工作日", "個工作日"}
_BEFORE_SIGN = (
    "：:（(，,、 \u3000\n"  # or a Han character: a minus sign, not the hyphen of a range (3-5年) or name (F-16)
)
_CURRENCIES = ("新臺幣", "新台幣", "新台币", "人民币", "人民幣", "港币", "港幣", "美金")
_PERCENT = re.compile(rf"百分之(?=[{_NUMCHARS}])")
_PERMILLE = re.compile(rf"千分之(?=[{_NUMCHARS}])")
# Fractions: 三分之一, 1/3 (a smaller number over a larger one, not part of a date or path), 一半.
_CN_NUM = "〇零一二两兩三四五六七八九十百千万萬"
# Quantifiers are bounded (and each side must be a whole numeral), so a long run of digits costs
# linear time, not quadratic.
_FRACTION = re.compile(
    rf"(?<![0-9{_CN_NUM}])(?P<den>[0-9]{{1,8}}|[{_CN_NUM}]{{1,8}})分之"
    rf"(?P<num>[0-9]{{1,8}}(?:\.[0-9]{{1,6}})?|[{_CN_NUM}]{{1,8}})(?![0-9{_CN_NUM}])"
    rf"|(?<![0-9./])(?P<a>[0-9]{{1,3}})/(?P<b>[0-9]{{1,3}})(?![0-9./])"
    rf"|(?<![{_CN_NUM}0-9])一半"
)

# Half a unit of time as a duration: 花了半年时间, 半個月的標準金額 (not 上半年, 一年半, 两个半月, 半年内, 半年报).
_HALF = re.compile(
    r"(?<![上下前后後多大一二两兩三四五六七八九十过過这這那每整头頭近个個])半"
    r"(?=(?:个|個)?(?:月|小时|小時|天|年|钟头|鐘頭)(?![内內以度报報刊底初末]))"
)
_BIG_HALF = re.compile(r"大半(?=(?:个|個)?(?:月|天|年)(?![内內以度报報刊底初末]))")  # 大半年: more than half a year

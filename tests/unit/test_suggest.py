"""The figure suggester: measured against the curated seed, and its rules on other real texts."""

import shutil

import pytest

from zhpress.figures.model import load_figures, locate
from zhpress.figures.suggest import classify, merge, suggest
from zhpress.numbers.zh import find_numbers
from zhpress.project import load_article

from ..conftest import DATA

SEED_DIR = DATA / "articles" / "ankang-2017"


def evaluate(article):
    gold = {locate(f, article.source): f for f in article.figures.figures}
    found = [c for c in suggest(article) if c.verdict == "figure"]
    hits = [c for c in found if c.start in gold]
    right = [
        c
        for c in hits
        if float(c.value) == float(gold[c.start].value)
        and (c.approx, c.unit, c.quote) == (gold[c.start].approx, gold[c.start].unit, gold[c.start].quote)
    ]
    return len(hits) / len(gold), len(hits) / len(found), len(right) / len(hits)


def test_seed_recall_precision_and_value_accuracy():
    recall, precision, accuracy = evaluate(load_article(SEED_DIR))
    assert recall >= 0.95 and precision >= 0.90 and accuracy >= 0.98


def reading_in(text, quote):
    start = text.index(quote)
    return next(r for r in find_numbers(text) if r.start <= start < r.end)


@pytest.mark.parametrize(
    "text,quote,verdict,reason",
    [
        ("从2016到2022年,增长", "2016", "not_figure", "year"),
        ("陈院长指出,113年度总预算案", "113年度", "not_figure", "year"),
        ("生人数从民國81年的17萬", "81年", "not_figure", "year"),
        ("總統今(21)日下午", "21", "not_figure", "date"),
        ("在我就職六周年的今天", "六周年", "not_figure", "anniversary, grade or generation"),
        ("首批M1A2T戰車", "1", "not_figure", "part of a name or model (F-16, A7)"),
        ("市级“12380”系统共办理举报51件次", "12380", "not_figure", "identifier (hotline, phone or code)"),
        ("仍然是亞洲四小龍第一", "第一", "not_figure", "ordinal"),
        ("党员干部“四个自信”更加坚定", "四个", "not_figure", "numeral of a slogan or name in quotation marks"),
        ("新的一年,全市党建工作", "一年", "not_figure", "indefinite 一 (a, one): a set phrase, not a count"),
        ("每季度开展一次督查", "一次", "figure", "frequency (每… 一次)"),
        ("還全民普發六千。", "六千", "figure", "amount written in Chinese numerals"),
        ("歲入2兆7,092億元", "2兆7,092億元", "figure", "count or amount"),
        ("超過1,150億的還債金額", "1,150億", "figure", "number"),
        ("26个A级景区", "26个", "figure", "count or amount"),
        # years of the ROC calendar, in a text that uses it; durations stay figures
        ("民國81年的17萬暴增到101年的33萬", "101年", "not_figure", "year (ROC calendar)"),
        ("民國95年開始，推動的4年（98年～101年）期間", "98年", "not_figure", "year (ROC calendar)"),
        ("民國95年開始，推動的4年（98年～101年）期間", "4年", "figure", "count or amount"),
        ("民國95年開始，民國以來50年來的成長", "50年", "figure", "count or amount"),
        ("从101年的老厂房到今天", "101年", "figure", "count or amount"),  # no ROC calendar in this text
        # names and set phrases
        ("會持續提升「長照2.0」，也會", "2.0", "not_figure", "number inside a quoted name (「長照2.0」)"),
        ("推動「0到6歲國家跟你一起養」，照顧", "6歲", "not_figure", "number inside a quoted name (「長照2.0」)"),
        ("他说“今年新增就业300万人”", "300万人", "figure", "count or amount"),
        ("還發放三倍券、五倍券。", "三倍", "not_figure", "part of a name (三倍券, 八輪裝甲車)"),
        ("陸軍八輪裝步戰鬥車", "八輪", "not_figure", "part of a name (三倍券, 八輪裝甲車)"),
        ("挺過全球百年大疫", "百年", "not_figure", "set phrase (百年大疫, 千年: an age, not a count)"),
        ("漲幅更超過兩成；", "超過兩成", "figure", "count or amount"),
        # statistical bulletins: periods, rate bases, terms, shares
        ("今年前三季度，全市", "三季度", "not_figure", "quarter of a year (二季度, 前三季度)"),
        ("一季度、二季度分别增长4.5%", "二季度", "not_figure", "quarter of a year (二季度, 前三季度)"),
        ("每千人口拥有执业医师3.2人", "千人", "not_figure", "base of a rate (每千人口, 每万人)"),
        ("全市每万人拥有公共文化设施", "万人", "not_figure", "base of a rate (每千人口, 每万人)"),
        ("每10万人中有", "10万人", "not_figure", "base of a rate (每千人口, 每万人)"),
        ("每3人中有", "3人", "figure", "count or amount"),
        ("三次产业结构为8.0:37.0:55.0", "三次", "not_figure", "term (三次产业: the three sectors of the economy)"),
        ("全年开展督查三次", "三次", "figure", "count or amount"),
        ("投资额占全市的三分之一。", "三分之一", "figure", "share (三分之一, 1/3, 一半)"),
        ("城乡居民收入比为2.42:1，比上年缩小0.08", "2.42", "figure", "number"),
        ("城乡居民收入比为2.42:1，比上年缩小0.08", "1，比上年", "not_figure", "the 1 of a ratio (2.42:1)"),
        (
            "超过一半以上为产业项目",
            "超过一半以上",
            "figure",
            "share (三分之一, 1/3, 一半)",
        ),  # who, when and which, not how many
        ("今年1至4月出口總值", "1", "not_figure", "month range (1-11月, 1至4月)"),
        ("全市1-11月", "1", "not_figure", "month range (1-11月, 1至4月)"),
        ("注：\n1.本公报中部分数据", "1", "not_figure", "list number (1.本公报…, 2、…)"),
        ("完成了县十八届人大三次会议确定的", "十八届", "not_figure", "ordinal of a congress or session (十八届人大)"),
        ("完成了县十八届人大三次会议确定的", "三次", "not_figure", "ordinal of a session (人大三次会议)"),
        ("实施亿元以上工业项目41个", "亿元以上", "not_figure", "threshold of a category (亿元以上项目, 百亿级园区)"),
        ("成为全县首个百亿级园区", "百亿级", "not_figure", "threshold of a category (亿元以上项目, 百亿级园区)"),
        ("長照2.0自民國106年", "2.0", "not_figure", "version in a name (长照2.0, 工业4.0)"),
        ("增长2.0%", "2.0%", "figure", "count or amount"),
        ("（二）落實2050淨零轉型", "2050", "not_figure", "year (2050净零, 2035远景目标)"),
        ("90后返乡青年", "90", "not_figure", "generation (90后)"),
        ("清晨6点，村民们", "6点", "not_figure", "time of day or a point of a list (上午9点, 两点意见)"),
        ("指数上涨180.45点", "180.45点", "figure", "count or amount"),
        ("0-14岁人口24.1万人", "0", "not_figure", "age bracket (0-14岁)"),
        ("0-14岁人口24.1万人", "14岁", "not_figure", "age bracket (60岁及以上人口, 15-59岁)"),
        ("60岁及以上人口38.3万人", "60岁及以上", "not_figure", "age bracket (60岁及以上人口, 15-59岁)"),
        ("今年52岁的村民", "52岁", "figure", "count or amount"),
        ("比例较5年前提高", "5年", "not_figure", "reference period (较5年前, 过去三年)"),
        ("青農3年前返鄉", "3年", "not_figure", "reference period (较5年前, 过去三年)"),
        ("過去三年，每年接獲", "三年", "not_figure", "reference period (较5年前, 过去三年)"),
        ("地区生产总值[1]58236亿元", "1", "not_figure", "footnote mark ([1])"),
        ("上午8時至下午5時", "8", "not_figure", "time of day (上午8时至下午5时)"),
        ("万元GDP能耗下降3%", "万元", "not_figure", "base of a rate (万元GDP能耗)"),
        ("其中約7成為60歲以上", "約7成", "figure", "count or amount"),
        ("其中約7成為60歲以上", "60歲以上", "not_figure", "age bracket (60岁及以上人口, 15-59岁)"),
        ("拘捕1 127人", "1 127人", "figure", "count or amount"),
        ("全面落实五级书记抓乡村振兴", "五级", "not_figure", "administrative levels (五级书记, 镇村两级)"),
        ("认真落实县域商业三年行动部署", "三年", "not_figure", "name of a plan (三年行动)"),
        ("今年首六個月訪港旅客", "六個月", "not_figure", "reference period (首六个月)"),
        ("於上午10时举行新闻发布会", "10", "not_figure", "time of day (上午8时至下午5时)"),
        ("民國112年達3.9%，明顯高於111年的2.6%", "高於111年", "not_figure", "year (ROC calendar)"),
        ("計調查組（電話：3903 7251；", "7251", "not_figure", "identifier (hotline, phone or code)"),
        ("新建茶叶加工厂一座，新增", "一座", "figure", "count (加工厂一座，)"),
        ("新的一年,全市党建工作", "一年", "not_figure", "indefinite 一 (a, one): a set phrase, not a count"),
        ("由百分之一點零輕微上升", "百分之一點零", "figure", "count or amount"),
        ("十五至二十四歲青年的失業率", "二十四歲", "not_figure", "age bracket (60岁及以上人口, 15-59岁)"),
        ("產量突破100万辆", "突破100万辆", "figure", "count or amount"),
        (
            "收入10万元以上的村达到96个",
            "10万元以上",
            "not_figure",
            "threshold of a category (10万元以上的村, 500公尺以上的個案)",
        ),
        (
            "其中超过50万元的村达到三个",
            "超过50万元",
            "not_figure",
            "threshold of a category (10万元以上的村, 500公尺以上的個案)",
        ),
        (
            "产能10万辆以上整车项目已有5个",
            "10万辆以上",
            "not_figure",
            "threshold of a category (10万元以上的村, 500公尺以上的個案)",
        ),
        ("累計吸引逾1,500家企業投資", "逾1,500家", "figure", "count or amount"),
        ("按不低于5000元的标准为每个农村", "不低于5000元", "figure", "count or amount"),
        ("适龄儿童，年满6周岁（即", "6周岁", "not_figure", "age rule (年满6周岁)"),
        ("附件：1.2024年澄州市义务教育", "1", "not_figure", "list number (1.本公报…, 2、…)"),
        (")經濟成長：預測113年經濟成長率3.94%，113年第1季", "113年", "not_figure", "year (ROC calendar)"),
        ("管理层级全部控制在四级以内。", "四级以内", "figure", "count or amount"),
        ("增速比上年四季度快1.4个百分点", "1.4个百分点", "figure", "count or amount"),
        ("全会认为，省委十二届六次全会以来", "十二届", "not_figure", "ordinal of a congress or session (十八届人大)"),
        ("检测一块口径2米级的主镜", "2米", "not_figure", "size class (2米级, 万吨级)"),
        ("未來五年，預計私人住宅", "五年", "not_figure", "reference period (较5年前, 过去三年)"),
        ("近3年來國內重大資安事件", "3年", "not_figure", "reference period (较5年前, 过去三年)"),
        ("孕产妇死亡率降至8.6/10万", "10万", "not_figure", "base of a rate (每千人口, 每万人)"),
        ("“光饲料成本每年就能省下二十来万”。", "二十来万", "figure", "amount written in Chinese numerals"),
        ("求助熱線186 186。", "186 186", "not_figure", "identifier (hotline, phone or code)"),
        ("今日下午約3時在長沙灣道", "約3", "not_figure", "time of day (上午8时至下午5时)"),
        ("颱風中心上午8時30分位於", "30", "not_figure", "time of day (上午8时30分)"),
        ("大模型已迭代至3.0版本", "3.0", "not_figure", "version in a name (长照2.0, 工业4.0)"),
        ("将在未来12个月内回购", "12个月内", "not_figure", "reference period (较5年前, 过去三年)"),
        ("人均预期寿命达到79.5岁以上", "79.5岁以上", "figure", "count or amount"),
        ("年齡介乎18至25歲，並", "18", "figure", "number"),
        ("年齡介乎18至25歲，並", "25歲", "figure", "count or amount"),
        (
            "全省二级以上医院全部开展",
            "二级以上",
            "not_figure",
            "threshold of a category (10万元以上的村, 500公尺以上的個案)",
        ),
        ("平均年龄32岁，35岁以下青年科研人员", "35岁以下", "not_figure", "age bracket (60岁及以上人口, 15-59岁)"),
        ("为近3年同期最高", "近3年", "not_figure", "reference period (近3年来同期最高, 24年来最低)"),
        ("为24年來同月最低", "24年", "not_figure", "reference period (近3年来同期最高, 24年来最低)"),
        ("工作了近3年。", "近3年", "figure", "count or amount"),
        ("或致电1823政府熱線查詢", "1823", "not_figure", "identifier (hotline, phone or code)"),
        (
            "計劃」（2元計劃）於四月。2元計劃的開支",
            "2元",
            "not_figure",
            "part of a name given in brackets (「…」（2元計劃）)",
        ),
    ],
)
def test_classification_rules(text, quote, verdict, reason):
    assert classify(text, reading_in(text, quote)) == (verdict, reason)


def test_merge_adds_only_what_is_missing_and_is_idempotent(tmp_path):
    folder = tmp_path / "ankang-2017"
    shutil.copytree(SEED_DIR, folder)
    path = folder / "figures.yaml"
    text = path.read_text(encoding="utf-8")
    # Drop two curated figures (the second and third of the file) and the last ignore entry.
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("  - id: ")]
    kept = lines[: starts[1]] + lines[starts[3] :]
    ignore_starts = [i for i, line in enumerate(kept) if line.startswith("  - quote: ")]
    kept = kept[: ignore_starts[-1]]
    path.write_text("".join(kept), encoding="utf-8")
    before = load_figures(path)
    article = load_article(folder)
    added, ignored = merge(path, article.figures, article.source, suggest(article))
    assert [c.quote for c in added] == ["近3000场次", "10期"]
    assert [c.quote for c in ignored] == ["一年"]
    after = load_figures(path)
    assert after.figures[: len(before.figures)] == before.figures  # curated entries untouched
    assert path.read_text(encoding="utf-8").startswith("".join(kept[: starts[1]]))
    again = load_article(folder)
    assert merge(path, again.figures, again.source, suggest(again)) == ([], [])


def test_merge_creates_a_figures_file(tmp_path):
    folder = tmp_path / "ankang-2017"
    shutil.copytree(SEED_DIR, folder)
    (folder / "figures.yaml").unlink()
    article = load_article(folder)
    added, ignored = merge(folder / "figures.yaml", None, article.source, suggest(article))
    assert len(added) == 86
    assert load_figures(folder / "figures.yaml").figures[0].quote == "200场次"

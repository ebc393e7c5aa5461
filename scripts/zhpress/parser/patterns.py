"""Line patterns of the genre: numbering styles, bylines, datelines, page furniture, captions, kickers.

Shared by the article model (`article.py`) and the parser (`parse_lines.py`, `parse.py`).
"""

from __future__ import annotations

import re

from ..io.text import HAN

SENTENCE_END = "。！？!?；;…"
CLOSE_QUOTES = "”’\"'）)》」』】"
OPEN_QUOTES = "“‘\"'「『"
# The marks that open and close a quoted phrase (“两学一做”, 「長照2.0」) inside a sentence: double and
# corner marks only, since ‘’ and ' also stand for apostrophes.
PHRASE_OPEN_QUOTES = '“「『"'
PHRASE_CLOSE_QUOTES = '”」』"'
HEADING_MAX_CHARS = 40
NUMBERED_HEADING_MAX_CHARS = 60
SUBTITLE_DASH = re.compile(r"^(?P<head>.*?)(?:——|--|—)(?P<sub>.+)$")
CLOSING_MARKERS = ("新的一年", "下一步", "今后", "展望", "新征程", "未来")
MAX_EMPTY_SECTION_WARNINGS = 20
MAX_NOTES = 40  # other warnings of one article (the rest are counted)
PATTERN_MAX_CHARS = 300  # longer lines are prose: no furniture/dateline/caption/byline pattern is tried

ROLES = (
    "kicker",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "furniture",
    "lead",
    "heading",
    "paragraph",
    "list",
    "caption",
    "closing",
    "blank",
)
BODY_ROLES = ("paragraph", "list", "caption")  # what a section shows under its heading

_CN_DIGITS = "一二三四五六七八九十百零〇两"
_FORMAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖拾"

# Numbering styles, most specific first; the rank orders heading levels (一、 above （一） above 1. …).
NUMBERING = (
    ("chapter", 0, re.compile(rf"^第[{_CN_DIGITS}0-9]+(?:部分|章|节|節|篇|编|編)")),
    ("formal", 1, re.compile(rf"^[{_FORMAL_DIGITS}]+[、.．]")),  # 壹、 貳、 (Taiwan reports: above 一、)
    ("di", 2, re.compile(rf"^第[{_CN_DIGITS}]+[、,，.．]")),
    ("shi", 8, re.compile(rf"^(?:第)?[{_CN_DIGITS}]+是")),  # 一是…: a list item, a heading only alone
    ("cn", 2, re.compile(rf"^[{_CN_DIGITS}]+(?:、|[.．](?![0-9]))")),
    ("paren_cn", 3, re.compile(rf"^[（(][{_CN_DIGITS}]+[）)]")),
    ("arabic", 4, re.compile(r"^[0-9０-９]{1,2}(?:、|．|\.(?![0-9]))")),
    ("paren_arabic", 5, re.compile(r"^[（(][0-9０-９]{1,2}[）)]")),
    ("circled", 6, re.compile(r"^[①-⑳]")),
    ("dash", 9, re.compile(r"^(?:——|—|--)")),  # ——… in the body: a list item
)
RANK = {name: rank for name, rank, _ in NUMBERING}
_NUMBERING_ANY = re.compile(
    "^(?:" + "|".join(f"(?P<{name}>{pattern.pattern[1:]})" for name, _, pattern in NUMBERING) + ")"
)
HEADING_STYLES = ("chapter", "formal", "di", "cn", "paren_cn", "arabic", "paren_arabic", "circled")
# Kept for callers of the former API: the start of a numbered heading.
NUMBERED_HEADING = re.compile(rf"^\s*(?:[{_CN_DIGITS}]+、|第[{_CN_DIGITS}]+[、,，]|（[{_CN_DIGITS}]+）)")

# -- bylines ------------------------------------------------------------------------------------

_NAME = rf"(?:[{HAN}]{{1,8}}[·•])?[{HAN}]{{2,4}}"
_REPORTER = r"(?:记者|記者|通讯员|通訊員)"
# A name set with spaces between its characters, as papers print two-character names (王  明, 李　华).
SPACED_NAME = re.compile(rf"(?<![{HAN}])([{HAN}])[ \u3000]+([{HAN}])(?:[ \u3000]+([{HAN}]))?(?=[摄攝]|[^{HAN}]|$)")
_BYLINE_TOKEN = re.compile(
    rf"""
    (?P<sep>[\s\u3000、，,／/|｜:：]+)
  | (?P<org>[{HAN}]{{1,8}}?(?:日报|日報|晚报|晚報|时报|時報|新闻社|新聞社|通讯社|通訊社|新闻|新聞|社|网|網|电视台|電視台|台)
        (?=(?:首席|特约|特約|实习|實習|见习|見習|摄影|攝影|(?:驻|駐)[{HAN}]{{1,6}})?{_REPORTER}))
  | (?P<key>(?:本报|本報|本台|本刊|本网|本網)?(?:(?:驻|駐)[{HAN}]{{1,6}}?)?(?:首席|特约|特約|实习|實習|见习|見習|摄影|攝影)?{_REPORTER}
        |实习生|實習生|撰稿人?|撰文|作者|摄影|攝影|编译|編譯|图文|圖文|文字|视频|視頻)
  | (?P<short>[文图圖摄攝])(?=[\s\u3000/／:：|｜]|$)
  | (?P<name>{_NAME})(?=[\s\u3000、，,／/|｜]|$|{_REPORTER}|[摄攝]$)
""",
    re.X,
)
_NOT_A_NAME = re.compile(
    r"^(?:记者|記者)(?:调查|調查|观察|觀察|手记|手記|视点|視點|探访|探訪|札记|札記|专访|專訪|连线|連線|"
    r"走基层|走基層|一线|一線|回访|回訪|来信|來信|节日|節日|在现场|在現場|跑两会|眼中)"
)
_BYLINE_LABEL = re.compile(r"^(?:作者|撰稿人?|撰文|文|图文|圖文|文字)\s*[:：/／|｜]\s*[^。！？!?；;]{1,40}$")
_COMMENTATOR = re.compile(
    r"^(?:本报|本報|人民日报|人民日報|新华社|新華社|光明日报|光明日報|经济日报|經濟日報)?(?:特约)?"
    r"(?:评论员|評論員)$"
)  # 本报评论员: the byline of an editorial (often at its end)
_AUTHOR_NOTE = re.compile(r"^[（(]作者[^（）()]{1,60}[）)]$")
_OFFICE_TITLES = (
    "书记|書記|市长|市長|县长|縣長|省长|省長|区长|區長|镇长|鎮長|主任|局长|局長|部长|部長|主席|总理|總理|院长|院長|"
    "厅长|廳長|理事长|理事長|董事长|董事長|总经理|總經理|秘书长|秘書長|发言人|發言人|主计长|主計長|司长|司長|"
    "处长|處長|署长|署長|主委|行长|行長|校长|校長|会长|會長|议长|議長|首长|首長|执行长|執行長|总裁|總裁|"
    "检察长|檢察長|庭长|庭長"
)
_OFFICE_BYLINE = re.compile(rf"^[{HAN}]{{0,14}}(?:{_OFFICE_TITLES})[\s\u3000]+{_NAME}(?:[\s\u3000、]+{_NAME})*$")
# A speaker in a transcript or the speaker of a speech: 国务院新闻办新闻局局长、新闻发言人 胡凯红 / 市长　陈国华
_SPEAKER = re.compile(
    rf"^[^\s。，！？]{{0,40}}(?:{_OFFICE_TITLES}|主持人|委员|委員|代表|教授|研究员|研究員)[\s\u3000]+"
    rf"{_NAME}[:：]?$"
)
_SHORT_NAME = rf"(?:[{HAN}]{{1,8}}[·•])?[{HAN}]{{2,3}}"
_NAME_LINE = re.compile(
    rf"^(?:[{HAN}][\s\u3000]+[{HAN}](?:[\s\u3000]+[{HAN}])?"
    rf"|{_SHORT_NAME}(?:[\s\u3000、]+{_SHORT_NAME}){{0,3}})$"
)
_NOT_NAMES = {
    "综述",
    "綜述",
    "前言",
    "引言",
    "导语",
    "導語",
    "摘要",
    "提要",
    "编者按",
    "編者按",
    "按语",
    "按語",
    "序言",
    "概述",
    "背景",
    "链接",
    "鏈接",
    "附件",
    "附录",
    "附錄",
    "后记",
    "後記",
    "结语",
    "結語",
    "总结",
    "總結",
    "通知",
    "公告",
    "通告",
    "声明",
    "聲明",
    "说明",
    "說明",
    "讲话",
    "講話",
    "致辞",
    "致詞",
    "贺信",
    "賀信",
    "新闻稿",
    "新聞稿",
}
_ORG_STRONG = re.compile(
    rf"^[{HAN}]{{2,20}}(?:统计局|統計局|人民政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|新闻处|新聞處|"
    rf"新闻传播处|新聞傳播處|新闻办|新聞辦)$"
)
_ORG_WEAK = re.compile(
    rf"^[{HAN}]{{2,20}}(?:局|厅|廳|部|院|署|处|處|委|办|辦|中心|府|会|會|所|社|公司|集团|集團|大学|大學|调查队|調查隊|调查总队|調查總隊|总队|總隊)$"
)
# A byline inside the lead: 本报西安1月4日电（记者 张三） / 新华社北京1月4日电（记者 张三、李四） / 本报讯（记者 张三）
INLINE_BYLINE = re.compile(
    r"^\s*(?P<dateline>[^\s，。（）()]{0,16}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|電|讯|訊)"
    r"|本报讯|本報訊|本台消息|本网讯|本網訊)"
    r"\s*[（(](?P<byline>[^（）()]{0,16}?(?:记者|記者|通讯员|通訊員|实习生|實習生|作者)[^（）()]{1,40})[）)]"
)
INLINE_REPORTED = re.compile(
    rf"^\s*(?P<dateline>[^\s，。（）()]{{0,16}}?[0-9０-９]{{1,2}}日(?:电|電))\s*(?P<byline>(?:记者|記者)[\s\u3000]*"
    rf"{_NAME}(?:[\s\u3000、]+{_NAME})*)\s*(?:报道|報道|報導)[:：]"
)
INLINE_CNA = re.compile(
    rf"^\s*[（(](?P<byline>(?:中央社)?(?:记者|記者)(?:[{HAN}]{{3}}|[{HAN}]{{2}}))"
    rf"(?P<dateline>[{HAN}]{{2,6}}[0-9０-９]{{1,2}}日(?:电|電))[）)]"
)
# Liberty Times and UDN style: 〔記者林柏翰／台中報導〕 at the start of the lead.
INLINE_BRACKETED = re.compile(
    rf"^\s*[〔［\[【](?P<byline>(?:记者|記者)[{HAN}]{{2,4}}(?:[、,，][{HAN}]{{2,4}})*)[／/]"
    rf"(?P<dateline>[{HAN}]{{1,8}}?)(?:报道|報道|報導|电|電)[〕］\]】]"
)
INLINE_PATTERNS = (INLINE_BYLINE, INLINE_CNA, INLINE_REPORTED, INLINE_BRACKETED)


def inline_byline(text: str) -> re.Match | None:
    """The dateline and byline a lead opens with (groups `dateline` and `byline`), or None."""
    return next((m for m in (p.match(text) for p in INLINE_PATTERNS) if m), None)


# A label line of a Legislative Council reply: 問題： / 答覆： (headings of the two parts).
QA_LABEL = re.compile(r"^(?:問題|问题|答覆|答复|回覆|回复|提問|提问)[：:]$")

# -- datelines and furniture ----------------------------------------------------------------------

_DATE = (
    r"(?:(?:中华民国|中華民國|民国|民國)?\s*[0-9０-９]{2,4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
    r"|[0-9]{2,4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}|[0-9]{4}\s+[0-9]{1,2}/[0-9]{1,2}"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
)
_TIME = r"(?:\s*[0-9]{1,2}\s*[:：]\s*[0-9]{2}(?:\s*[:：]\s*[0-9]{2})?)"
DATELINE = (
    # 《人民日报》（2025年01月04日第 06 版）, also after its issuer: 某某部《某某日报》（2024年03月02日第 05 版）
    re.compile(rf"^[{HAN}]{{0,16}}《[^》]{{1,30}}》\s*[（(][^（）()]{{0,40}}[0-9０-９][^（）()]{{0,40}}[）)]$"),
    re.compile(
        r"^[【\[［]?\s*(?:来源|來源|信息来源|資訊來源|稿件来源|稿件來源|文章来源|文章來源|新闻来源|新聞來源|稿源|媒体来源|"
        r"发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发布机构|發布機關|發布單位|发文机关|發文機關|"
        r"更新时间|更新時間|更新日期|发表时间|發表時間|发表日期|發表日期|刊发时间|刊發時間|"
        r"发稿时间|發稿時間|录入时间|上稿时间|公布日期|公佈日期|成文日期)\s*[:：]"
    ),
    re.compile(
        r"^[（(]?[^\s，。（）()]{0,16}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊)[）)]?$"
        r"|^(?:本报讯|本報訊|本网讯|本網訊)$|^[^\s，。（）()]{0,16}?[0-9０-９]{1,2}日(?:电|電)[\s\u3000]*(?:题|題)[:：]"
    ),
    re.compile(
        r"^[（(](?:资料来源|資料來源|本文来源|本文來源|文章来源|文章來源|来源|來源|稿源|转自|轉自|原载|原載|"
        r"原文刊载于|原文刊載於)\s*[:：][^（）()]{1,60}[）)]$"
    ),
    re.compile(rf"^[{HAN}]{{1,10}}[〔\[［(（][0-9]{{4}}[〕\]］)）][0-9]{{1,4}}号$"),  # 鲁政发〔2014〕20号
    re.compile(r"^(?:第\s*)?[0-9０-９]{1,3}\s*版(?:\s*[（(:：]\s*[^（）()]{1,10}[）)]?)?$"),  # 第6版(国际)
    re.compile(
        r"^(?:香港时间|香港時間|北京时间|北京時間|台北时间|台北時間|臺北時間|澳门时间|澳門時間)\s*"
        r"[0-9０-９]{1,2}\s*[时時:：]\s*[0-9０-９]{1,2}\s*分?$"
    ),
)
_FURNITURE_WORDS = (
    "字号|字號|字体|字體|默认|默認|大|中|小|打印本页|打印本頁|打印此页|我要打印|打印|关闭窗口|關閉窗口|关闭|關閉|"
    "收藏本页|收藏|我要纠错|纠错|糾錯|分享到|分享至|分享|返回顶部|返回頂部|回到顶部|返回|顶部|頂部|"
    "扫一扫|掃一掃|全文完|完|放大|缩小|縮小|复制链接|複製連結|上一篇|下一篇|微信|微博|朋友圈|QQ空间|"
    "更多|相关新闻|相關新聞|相关阅读|相關閱讀|推荐阅读|推薦閱讀|点赞|點讚|一键分享|一鍵分享|设为首页|設為首頁|"
    "收藏本站|加入收藏|字"
)
FURNITURE = (
    re.compile(rf"^(?:{_FURNITURE_WORDS})+$"),  # tested on the line without spaces, brackets and bars
    re.compile(
        r"^[【\[［(（|｜]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|签发|簽發|"
        r"值班编辑|值班編輯|美编|美編|监制|監製|制图|製圖|终审|終審|二审|初审|原标题|原標題)\s*[:：]"
    ),
    re.compile(
        r"^(?:当前位置|當前位置|您的位置|您现在的位置|您當前的位置|您当前的位置|您現在的位置|首页|首頁)\s*[:：>＞»]"
    ),
    re.compile(r"^(?:https?://|www\.)\S+$"),
    re.compile(r"^[\w\-.]{1,80}\.(?:jpe?g|png|gif|webp|bmp|JPE?G|PNG|GIF)$"),  # an image's file name
    re.compile(r"^[^>＞»\n]{1,16}(?:\s*(?:>|＞|»|>>)\s*[^>＞»]{1,16}){2,}$"),  # 新华网 > 时政 > 正文
    re.compile(r"^[（(]此件[^（）()]{1,12}[）)]$"),  # （此件公开发布）
    re.compile(r"^[（(](?:上接|下转|下轉|紧接|緊接|接|转|轉)第?[^（）()]{1,8}版[）)]$"),  # (上接第一版)
    re.compile(r"^.{0,40}(?i:copyright|all rights reserved)|^.{0,40}(?:版权所有|版權所有)"),
    re.compile(r"^[_＿\-－—―─━=＝*＊·•●○◆◇※~～\s]{3,}$"),  # separator lines (not ``` : that is text)
    re.compile(
        r"^(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|点击量|點擊量|访问量|訪問量|阅读量|閱讀量|浏览量|瀏覽量)\s*[:：]"
    ),
    re.compile(r"^(?:分享到|分享至|扫一扫|掃一掃|扫码|掃碼|微信扫一扫|微信掃一掃)"),
    # a brief's masthead, issue number, distribution list and contact line: 工作简报 / 第15期 / 报：… 送：… 发：…
    re.compile(rf"^[{HAN}]{{0,10}}(?:工作简报|工作簡報|简报|簡報|工作动态|工作動態|信息专报|資訊專報|快报|快報)$"),
    re.compile(rf"^[{HAN}]{{2,12}}(?:新聞稿|新闻稿)$"),  # 立法院新聞稿: the kind of document, not its subtitle
    re.compile(r"^第\s*[0-9０-９一二三四五六七八九十百〇]+\s*期(?:\s*[（(]总第?\s*[0-9０-９]+\s*期[）)])?$"),
    re.compile(r"^(?:报|報|送|发|發|抄送|抄报|抄報|分送)\s*[:：]"),
    re.compile(r"^[（(][^（）()]{0,30}(?:联系电话|聯絡電話|聯繫電話|电话|電話)\s*[:：][^（）()]{0,30}[）)]$"),
    re.compile(
        r"^(?:新闻联系人|新聞聯絡人|新聞聯繫人|新闻稿联系人|新聞稿聯絡人|联系人|聯絡人|聯繫人|联系电话|聯絡電話|聯繫電話|"
        r"新闻热线|新聞熱線|电子信箱|電子信箱|电子邮箱|電子郵箱|电子邮件|電子郵件|E-?mail|e-?mail)\s*[:：]"
    ),
)
_FURNITURE_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in FURNITURE[1:]))
_BRACKETED = re.compile(r"[【\[［]([^】\]］]{0,40})[】\]］]")
_FURNITURE_STRIP = re.compile(r"[\s\u3000【】\[\]［］()（）|｜:：>＞»/·•]")

# Dates on their own (2025年3月20日, （2024年12月28日）, 2018年01月05日 08:30 来源：…) and generic labels
# (时间：…): a dateline under the headline or at the end; in the body they may be content (a timeline, a notice).
DATE_LINE = (
    re.compile(rf"^(?:[^\s，。,]{{1,16}}[\s\u3000]+)?{_DATE}{_TIME}?(?:(?:[\s\u3000|｜/（(]|来源|來源|作者).*)?$"),
    re.compile(rf"^[（(]\s*{_DATE}[^（）()]{{0,30}}[）)]$"),
    re.compile(r"^[【\[［]?\s*(?:日期|时间|時間|出处|出處)\s*[:：]"),
)
# A month alone under the headline: 中華民國113年9月, 2024年1月 (a speech's or report's date; in the body a
# line like this heads a timeline).
MONTH_LINE = re.compile(
    r"^[（(]?(?:(?:中华民国|中華民國|民国|民國)?\s*[0-9０-９]{2,4}\s*年\s*[0-9０-９]{1,2}"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2})\s*月[）)]?$"
)
_PUBLISHED = re.compile(r"来源|來源|作者|编辑|編輯|责编|責編|浏览|瀏覽|阅读|閱讀|点击|點擊|更新")
_DATE_LINE_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in DATE_LINE))
_DATELINE_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in DATELINE))
_SENTENCE_MARK = re.compile("[。！？!?]")
_COMMA = re.compile("[，,]")
_STOP_MARK = re.compile("[。！？!?；;]")

# -- captions -----------------------------------------------------------------------------------

CAPTION_START = re.compile(
    r"^(?:图为|圖為|图片为|圖片為|图：|圖：|图:|圖:|图/|圖/|图｜|圖｜|上图|下图|左图|右图|中图|上圖|下圖|左圖|右圖|"
    r"图片说明|圖片說明|图片来源|圖片來源|照片说明|照片說明|资料图[:：]|資料圖[:：]|资料图片[:：]|資料圖片[:：]|▲|△|↑|[（(](?:图片|圖片|照片|资料图|資料圖|题图|題圖)|"
    r"(?:图|圖|表)\s*[0-9０-９一二三四五六七八九十]+(?=[\s\u3000:：、.．]|$)|(?:这是|這是)[^，。,]{0,30}?(?:拍摄|拍攝)的)"
)
CAPTION_END = re.compile(
    rf"(?:[（(][^（）()]{{0,40}}(?:摄|攝|供图|供圖|摄影|攝影|(?:社|网|網)(?:发|發)|资料图片|資料圖片|资料图|資料圖|"
    rf"视觉中国|視覺中國|图片来源[^（）()]*|圖片來源[^（）()]*)[）)]"
    rf"|(?:^|[\s\u3000。！？!?）)])(?:[^\s\u3000。，]{{0,14}}{_REPORTER})?[\s\u3000]*"
    rf"(?:{_NAME}[\s\u3000、]+)*{_NAME}[\s\u3000]*(?:摄|攝)(?:[（(][^（）()]{{1,20}}[）)])?"
    rf"|(?:^|[\s\u3000。])(?:新华社|新華社|中新社|人民视觉|人民視覺|视觉中国|視覺中國)[\s\u3000]*(?:发|發|供图|供圖)"
    rf"|[（(](?:无人机照片|無人機照片|手机照片|手機照片|视频截图|視頻截圖|拼版照片|资料照片|資料照片)[）)]。?)$"
)

# -- heading shape --------------------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?:单位|單位|注|註|说明|說明|备注|備註|地址|电话|電話|邮编|郵編|网址|網址|邮箱|郵箱|传真|傳真|联系人|聯繫人|"
    r"联系电话|聯絡電話|附件|附|资料来源|資料來源|数据来源|數據來源|问|問|答|主持人|记者|記者|"
    r"地点|地點|时间|時間|日期|主办单位|主辦單位|承办单位|承辦單位|协办单位|協辦單位|主办|主辦|承办|承辦|"
    r"参会人员|參會人員|参加人员|參加人員|参加对象|參加對象|报名方式|報名方式|咨询电话|諮詢電話|费用|費用|"
    r"截止时间|截止時間|主讲|主講|嘉宾|嘉賓)\s*[:：]"
)
_STOP = {
    "谢谢",
    "谢谢大家",
    "谢谢各位",
    "谢谢你们",
    "謝謝",
    "謝謝大家",
    "謝謝各位",
    "感谢",
    "感謝",
    "此致",
    "敬礼",
    "敬禮",
    "此致敬礼",
    "此致敬禮",
    "完",
    "全文完",
    "以上",
    "附件",
    "附",
    "核心阅读",
    "核心閱讀",
    "编者按",
    "編者按",
    "编者的话",
    "編者的話",
    "阅读提示",
    "閱讀提示",
    "导读",
    "導讀",
    "内容提要",
    "內容提要",
    "摘要",
    "核心提示",
    "核心提要",
    "【解读】",
    "【解讀】",
}
_REFERS_BACK = ("这", "這", "此", "——", "—", "说的", "說的")
_TABLE_SPLIT = re.compile(r"\t|[ \u3000]{2,}")
_NUMERIC = re.compile(r"^[-+−]?[0-9０-９][0-9０-９.,，%％]*$")
_LEAD_IN = re.compile(r"(?:如下|全文|原文|全文如下|原文如下|讲话如下|講話如下)\s*[:：]$")
_SLOGAN = re.compile(rf"^([{HAN}]{{3,9}})[ \u3000]+([{HAN}]{{3,9}})$")
_KICKER_CUE = re.compile(
    rf"^(?:[【\[［〔〈][^】\]］〕〉]{{1,20}}[】\]］〕〉]"
    rf"|.{{0,6}}(?:调查|調查|观察|觀察|手记|手記|视点|視點|视角|視角|探访|探訪|走基层|走基層|一线|一線|特稿|特写|特寫|"
    rf"纪实|紀實|时评|時評|快评|快評|速递|速遞|专访|專訪|连线|連線|调研行|調研行|面对面|面對面|进行时|進行時|新气象|新氣象|"
    rf"看变化|看變化|在基层|在基層|一线行|蹲点|蹲點|巡礼|巡禮|新观察|新觀察|权威发布|權威發布|现场|現場|直击|直擊)"
    rf"|(?:聚焦|直击|直擊|解码|解碼).{{1,6}}"
    rf"|[^·•\s]{{1,10}}[·•][^·•\s]{{1,12}}|.{{1,16}}[丨|｜]"
    rf"|(?:学习贯彻|學習貫徹|深入学习贯彻|奋进新征程|奮進新征程|新时代新征程|新時代新征程|高质量发展|高質量發展)[{HAN}]{{0,20}})$"
)

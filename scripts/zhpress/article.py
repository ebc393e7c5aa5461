"""The article model: a source text split into blocks with roles, losslessly.

`parse_article(text)` assigns every line of the source a role. The blocks keep the
exact text of their line, so `assemble(article) == text` for any input: the source
stays the single source of truth and every block can be located in it.

Roles (one per line):

========== =====================================================================
kicker     a short line above the title: 引题/肩题 (“学习贯彻党的二十大精神”) or a
           column name (“记者调查”, “【新春走基层】”, “人民眼·乡村振兴”)
title      the headline (the first content line that is not page furniture)
subtitle   a line starting with —— (or the title repeated with ——), a short line
           right under the title, or the title of a text that a lead line
           introduces with “全文如下：”
byline     authors: 本报记者 张三 李四, 通讯员…, 记者 王五 摄 (under the title),
           文/…, 作者：…, （记者 张三）, a speech's “市长 张三”, an issuing office
           with its date at the end of a bulletin
dateline   publication lines: 《人民日报》（2025年01月04日第 06 版）, 来源：…,
           发布时间：…, 2018年01月05日 08:30 来源：…, （2024年12月28日）
furniture  page furniture copied with the text: 【字号 大 中 小】, 【打印】【关闭】,
           责任编辑：…, 当前位置：…, （完）, bare URLs
lead       the text before the first heading
heading    a section heading: numbered (一、 第一、 （一） 1. （1） 第一章) or a short
           line without sentence-final punctuation; `Block.level` gives its depth
paragraph  the text of a section
list       a list item: 一是…；二是…, （1）…；, lines ending in ；that form a
           sequence, ——… lines, short items introduced by a line ending in ：
caption    a photo or table caption: 图为…, 图：…, ▲…, （图片来源…）, 图1 …, 表1 …,
           a line ending in “新华社记者 某某 摄” or （某某 摄）
closing    the last paragraph, when it looks forward rather than reports
blank      an empty line
========== =====================================================================

A section's `paragraphs` are its paragraph, list and caption blocks in order (what a
renderer shows under the heading); `lead` likewise holds the lead's list items and
captions. A byline inside the lead (本报西安1月4日电（记者 张三）…) stays lead text
and is exposed by `Article.byline` (and its 本报西安1月4日电 by `Article.dateline`).

Decisions worth knowing:

* Heading levels follow the numbering: 第一章 above 一、/第一、 above （一） above 1. above
  （1）, ranked among the styles the article uses; unnumbered headings are level 1. A heading
  directly above a deeper one (一、… then （一）…) heads nothing without a warning.
* A full sentence is not a heading, with one exception: numbered one-sentence lines
  (（一）大力推进…，加快…。, 一、…是什么？, 二、存在的问题：) that each stand above
  paragraphs, at least two of one style, are headings (with a warning each) — the form of
  work reports and Q&A explainers.
* A quotation on its own line without punctuation inside (“低层不同意，高层干着急”) is a
  heading (warned), unless the next line speaks of it (这是…); a punctuated one is text.
* Dates on their own and generic labels (时间：…) are datelines only under the headline or
  at the end; in the body they stay text (a timeline, a meeting notice): a block with any
  role but lead/paragraph/list/caption/closing is not shown by the renderer.
* The line after a lead line ending in 全文如下： is the title of the text it introduces:
  the subtitle when there is none yet (a speech's own title), with a warning.

Every unsure decision adds a warning naming the line (`zhpress new` writes them into
article.yaml for the editor's review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SENTENCE_END = "。！？!?；;…"
CLOSE_QUOTES = "”’\"'）)》」』】"
OPEN_QUOTES = "“‘\"'「『"
HEADING_MAX_CHARS = 40
NUMBERED_HEADING_MAX_CHARS = 60
SUBTITLE_DASH = re.compile(r"^(?P<head>.*?)(?:——|--|—)(?P<sub>.+)$")
CLOSING_MARKERS = ("新的一年", "下一步", "今后", "展望", "新征程", "未来")
MAX_EMPTY_SECTION_WARNINGS = 20
MAX_NOTES = 40  # other warnings of one article (the rest are counted)
PATTERN_MAX_CHARS = 300  # longer lines are prose: no furniture/dateline/caption/byline pattern is tried

ROLES = ("kicker", "title", "subtitle", "byline", "dateline", "furniture", "lead", "heading", "paragraph", "list",
         "caption", "closing", "blank")
BODY_ROLES = ("paragraph", "list", "caption")  # what a section shows under its heading

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CN_DIGITS = "一二三四五六七八九十百零〇两"

# Numbering styles, most specific first; the rank orders heading levels (一、 above （一） above 1. …).
NUMBERING = (
    ("chapter", 0, re.compile(rf"^第[{_CN_DIGITS}0-9]+(?:部分|章|节|節|篇|编|編)")),
    ("di", 1, re.compile(rf"^第[{_CN_DIGITS}]+[、,，.．]")),
    ("shi", 9, re.compile(rf"^(?:第)?[{_CN_DIGITS}]+是")),                  # 一是…: a list item, never a heading
    ("cn", 1, re.compile(rf"^[{_CN_DIGITS}]+(?:、|[.．](?![0-9]))")),
    ("paren_cn", 2, re.compile(rf"^[（(][{_CN_DIGITS}]+[）)]")),
    ("arabic", 3, re.compile(r"^[0-9０-９]{1,2}(?:、|．|\.(?![0-9]))")),
    ("paren_arabic", 4, re.compile(r"^[（(][0-9０-９]{1,2}[）)]")),
    ("circled", 5, re.compile(r"^[①-⑳]")),
    ("dash", 9, re.compile(r"^(?:——|—|--)")),                                # ——… in the body: a list item
)
RANK = {name: rank for name, rank, _ in NUMBERING}
_NUMBERING_ANY = re.compile("^(?:" + "|".join(f"(?P<{name}>{pattern.pattern[1:]})" for name, _, pattern in NUMBERING) + ")")
HEADING_STYLES = ("chapter", "di", "cn", "paren_cn", "arabic", "paren_arabic", "circled")
# Kept for callers of the former API: the start of a numbered heading.
NUMBERED_HEADING = re.compile(rf"^\s*(?:[{_CN_DIGITS}]+、|第[{_CN_DIGITS}]+[、,，]|（[{_CN_DIGITS}]+）)")

# -- bylines ------------------------------------------------------------------------------------

_NAME = rf"(?:[{HAN}]{{1,8}}[·•])?[{HAN}]{{2,4}}"
_REPORTER = r"(?:记者|記者|通讯员|通訊員)"
_BYLINE_TOKEN = re.compile(rf"""
    (?P<sep>[\s\u3000、，,／/|｜:：]+)
  | (?P<org>[{HAN}]{{1,8}}?(?:日报|日報|晚报|晚報|时报|時報|新闻社|新聞社|通讯社|通訊社|新闻|新聞|社|网|網|电视台|電視台|台)
        (?=(?:首席|特约|特約|实习|實習|见习|見習|摄影|攝影|(?:驻|駐)[{HAN}]{{1,6}})?{_REPORTER}))
  | (?P<key>(?:本报|本報|本台|本刊|本网|本網)?(?:(?:驻|駐)[{HAN}]{{1,6}}?)?(?:首席|特约|特約|实习|實習|见习|見習|摄影|攝影)?{_REPORTER}
        |实习生|實習生|撰稿人?|撰文|作者|摄影|攝影|编译|編譯|图文|圖文|文字|视频|視頻)
  | (?P<short>[文图圖摄攝])(?=[\s\u3000/／:：|｜]|$)
  | (?P<name>{_NAME})(?=[\s\u3000、，,／/|｜]|$|{_REPORTER}|[摄攝]$)
""", re.X)
_NOT_A_NAME = re.compile(r"^(?:记者|記者)(?:调查|調查|观察|觀察|手记|手記|视点|視點|探访|探訪|札记|札記|专访|專訪|连线|連線|"
                         r"走基层|走基層|一线|一線|回访|回訪|来信|來信|节日|節日|在现场|在現場|跑两会|眼中)")
_BYLINE_LABEL = re.compile(r"^(?:作者|撰稿人?|撰文|文|图文|圖文|文字)\s*[:：/／|｜]\s*[^。！？!?；;]{1,40}$")
_AUTHOR_NOTE = re.compile(r"^[（(]作者[^（）()]{1,60}[）)]$")
_OFFICE_BYLINE = re.compile(rf"^[{HAN}]{{0,14}}(?:书记|書記|市长|市長|县长|縣長|省长|省長|区长|區長|镇长|鎮長|主任|局长|局長|"
                            rf"部长|部長|主席|总理|總理|院长|院長|厅长|廳長|理事长|理事長|董事长|董事長|总经理|總經理|"
                            rf"秘书长|秘書長|发言人|發言人)[\s\u3000]+{_NAME}(?:[\s\u3000、]+{_NAME})*$")
# A speaker in a transcript or the speaker of a speech: 国务院新闻办新闻局局长、新闻发言人 胡凯红 / 市长　陈国华
_SPEAKER = re.compile(rf"^[^\s。，！？]{{0,40}}(?:书记|書記|市长|市長|县长|縣長|省长|省長|区长|區長|镇长|鎮長|主任|局长|局長|"
                      rf"部长|部長|主席|总理|總理|院长|院長|厅长|廳長|理事长|理事長|董事长|董事長|总经理|總經理|秘书长|秘書長|"
                      rf"发言人|發言人|主持人|司长|司長|处长|處長|署长|署長|委员|委員|代表|教授|研究员|研究員)[\s\u3000]+"
                      rf"{_NAME}[:：]?$")
_SHORT_NAME = rf"(?:[{HAN}]{{1,8}}[·•])?[{HAN}]{{2,3}}"
_NAME_LINE = re.compile(rf"^(?:[{HAN}][\s\u3000]+[{HAN}](?:[\s\u3000]+[{HAN}])?"
                        rf"|{_SHORT_NAME}(?:[\s\u3000、]+{_SHORT_NAME}){{0,3}})$")
_NOT_NAMES = {"综述", "綜述", "前言", "引言", "导语", "導語", "摘要", "提要", "编者按", "編者按", "按语", "按語", "序言", "概述",
              "背景", "链接", "鏈接", "附件", "附录", "附錄", "后记", "後記", "结语", "結語", "总结", "總結", "通知", "公告",
              "通告", "声明", "聲明", "说明", "說明", "讲话", "講話", "致辞", "致詞", "贺信", "賀信", "新闻稿", "新聞稿"}
_ORG_STRONG = re.compile(rf"^[{HAN}]{{2,20}}(?:统计局|統計局|人民政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|新闻处|新聞處|"
                         rf"新闻传播处|新聞傳播處|新闻办|新聞辦)$")
_ORG_WEAK = re.compile(rf"^[{HAN}]{{2,20}}(?:局|厅|廳|部|院|署|处|處|委|办|辦|中心|府|会|會|所|社|公司|集团|集團|大学|大學)$")
# A byline inside the lead: 本报西安1月4日电（记者 张三） / 新华社北京1月4日电（记者 张三、李四） / 本报讯（记者 张三）
INLINE_BYLINE = re.compile(
    r"^\s*(?P<dateline>[^\s，。（）()]{0,16}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|電|讯|訊)"
    r"|本报讯|本報訊|本台消息|本网讯|本網訊)"
    r"\s*[（(](?P<byline>[^（）()]{0,16}?(?:记者|記者|通讯员|通訊員|实习生|實習生|作者)[^（）()]{1,40})[）)]")
INLINE_REPORTED = re.compile(
    rf"^\s*(?P<dateline>[^\s，。（）()]{{0,16}}?[0-9０-９]{{1,2}}日(?:电|電))\s*(?P<byline>(?:记者|記者)[\s\u3000]*"
    rf"{_NAME}(?:[\s\u3000、]+{_NAME})*)\s*(?:报道|報道|報導)[:：]")
INLINE_CNA = re.compile(rf"^\s*[（(](?P<byline>(?:中央社)?(?:记者|記者)(?:[{HAN}]{{3}}|[{HAN}]{{2}}))"
                        rf"(?P<dateline>[{HAN}]{{2,6}}[0-9０-９]{{1,2}}日(?:电|電))[）)]")

# -- datelines and furniture ----------------------------------------------------------------------

_DATE = (r"(?:(?:中华民国|中華民國|民国|民國)?\s*[0-9０-９]{2,4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
         r"|[0-9]{2,4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}|[0-9]{4}\s+[0-9]{1,2}/[0-9]{1,2}"
         r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)")
_TIME = r"(?:\s*[0-9]{1,2}\s*[:：]\s*[0-9]{2}(?:\s*[:：]\s*[0-9]{2})?)"
DATELINE = (
    re.compile(r"^《[^》]{1,30}》\s*[（(][^（）()]{0,40}[0-9０-９][^（）()]{0,40}[）)]$"),
    re.compile(r"^[【\[［]?\s*(?:来源|來源|信息来源|資訊來源|稿件来源|稿件來源|文章来源|文章來源|新闻来源|新聞來源|稿源|媒体来源|"
               r"发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发布机构|發布機關|發布單位|发文机关|發文機關|"
               r"更新时间|更新時間|更新日期|发表时间|發表時間|发表日期|發表日期|刊发时间|刊發時間|"
               r"发稿时间|發稿時間|录入时间|上稿时间|公布日期|公佈日期|成文日期)\s*[:：]"),
    re.compile(r"^[（(]?[^\s，。（）()]{0,16}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊)[）)]?$"
               r"|^(?:本报讯|本報訊|本网讯|本網訊)$|^[^\s，。（）()]{0,16}?[0-9０-９]{1,2}日(?:电|電)[\s\u3000]*(?:题|題)[:：]"),
    re.compile(r"^[（(](?:资料来源|資料來源|本文来源|本文來源|文章来源|文章來源|来源|來源|稿源|转自|轉自|原载|原載|"
               r"原文刊载于|原文刊載於)\s*[:：][^（）()]{1,60}[）)]$"),
    re.compile(rf"^[{HAN}]{{1,10}}[〔\[［(（][0-9]{{4}}[〕\]］)）][0-9]{{1,4}}号$"),  # 鲁政发〔2014〕20号
    re.compile(r"^(?:第\s*)?[0-9０-９]{1,3}\s*版(?:\s*[（(:：]\s*[^（）()]{1,10}[）)]?)?$"),  # 第6版(国际)
    re.compile(r"^(?:香港时间|香港時間|北京时间|北京時間|台北时间|台北時間|臺北時間|澳门时间|澳門時間)\s*"
               r"[0-9０-９]{1,2}\s*[时時:：]\s*[0-9０-９]{1,2}\s*分?$"),
)
_FURNITURE_WORDS = ("字号|字號|字体|字體|默认|默認|大|中|小|打印本页|打印本頁|打印此页|我要打印|打印|关闭窗口|關閉窗口|关闭|關閉|"
                    "收藏本页|收藏|我要纠错|纠错|糾錯|分享到|分享至|分享|返回顶部|返回頂部|回到顶部|返回|顶部|頂部|"
                    "扫一扫|掃一掃|全文完|完|放大|缩小|縮小|复制链接|複製連結|上一篇|下一篇|微信|微博|朋友圈|QQ空间|"
                    "更多|相关新闻|相關新聞|相关阅读|相關閱讀|推荐阅读|推薦閱讀|点赞|點讚|一键分享|一鍵分享|设为首页|設為首頁|"
                    "收藏本站|加入收藏|字")
FURNITURE = (
    re.compile(rf"^(?:{_FURNITURE_WORDS})+$"),  # tested on the line without spaces, brackets and bars
    re.compile(r"^[【\[［(（|｜]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|签发|簽發|"
               r"值班编辑|值班編輯|美编|美編|监制|監製|制图|製圖|终审|終審|二审|初审|原标题|原標題)\s*[:：]"),
    re.compile(r"^(?:当前位置|當前位置|您的位置|您现在的位置|您當前的位置|您当前的位置|您現在的位置|首页|首頁)\s*[:：>＞»]"),
    re.compile(r"^(?:https?://|www\.)\S+$"),
    re.compile(r"^[\w\-.]{1,80}\.(?:jpe?g|png|gif|webp|bmp|JPE?G|PNG|GIF)$"),  # an image's file name
    re.compile(r"^[^>＞»\n]{1,16}(?:\s*(?:>|＞|»|>>)\s*[^>＞»]{1,16}){2,}$"),  # 新华网 > 时政 > 正文
    re.compile(r"^[（(]此件[^（）()]{1,12}[）)]$"),  # （此件公开发布）
    re.compile(r"^[（(](?:上接|下转|下轉|紧接|緊接|接|转|轉)第?[^（）()]{1,8}版[）)]$"),  # (上接第一版)
    re.compile(r"^.{0,40}(?i:copyright|all rights reserved)|^.{0,40}(?:版权所有|版權所有)"),
    re.compile(r"^[_＿\-－—―─━=＝*＊·•●○◆◇※~～\s]{3,}$"),  # separator lines (not ``` : that is text)
    re.compile(r"^(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|点击量|點擊量|访问量|訪問量|阅读量|閱讀量|浏览量|瀏覽量)\s*[:：]"),
    re.compile(r"^(?:分享到|分享至|扫一扫|掃一掃|扫码|掃碼|微信扫一扫|微信掃一掃)"),
    re.compile(r"^(?:新闻联系人|新聞聯絡人|新聞聯繫人|联系人|聯絡人|聯繫人|联系电话|聯絡電話|聯繫電話|新闻热线|新聞熱線)\s*[:：]"),
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
    r"(?:图|圖|表)\s*[0-9０-９一二三四五六七八九十]+(?=[\s\u3000:：、.．]|$)|(?:这是|這是)[^，。,]{0,30}?(?:拍摄|拍攝)的)")
CAPTION_END = re.compile(
    rf"(?:[（(][^（）()]{{0,40}}(?:摄|攝|供图|供圖|摄影|攝影|(?:社|网|網)(?:发|發)|资料图片|資料圖片|资料图|資料圖|"
    rf"视觉中国|視覺中國|图片来源[^（）()]*|圖片來源[^（）()]*)[）)]"
    rf"|(?:^|[\s\u3000。！？!?）)])(?:[^\s\u3000。，]{{0,14}}{_REPORTER})?[\s\u3000]*"
    rf"(?:{_NAME}[\s\u3000、]+)*{_NAME}[\s\u3000]*(?:摄|攝)"
    rf"|(?:^|[\s\u3000。])(?:新华社|新華社|中新社|人民视觉|人民視覺|视觉中国|視覺中國)[\s\u3000]*(?:发|發|供图|供圖)"
    rf"|[（(](?:无人机照片|無人機照片|手机照片|手機照片|视频截图|視頻截圖|拼版照片|资料照片|資料照片)[）)]。?)$")

# -- heading shape --------------------------------------------------------------------------------

_LABEL = re.compile(r"^(?:单位|單位|注|註|说明|說明|备注|備註|地址|电话|電話|邮编|郵編|网址|網址|邮箱|郵箱|传真|傳真|联系人|聯繫人|"
                    r"联系电话|聯絡電話|附件|附|资料来源|資料來源|数据来源|數據來源|问|問|答|主持人|记者|記者|"
                    r"地点|地點|时间|時間|日期|主办单位|主辦單位|承办单位|承辦單位|协办单位|協辦單位|主办|主辦|承办|承辦|"
                    r"参会人员|參會人員|参加人员|參加人員|参加对象|參加對象|报名方式|報名方式|咨询电话|諮詢電話|费用|費用|"
                    r"截止时间|截止時間|主讲|主講|嘉宾|嘉賓)\s*[:：]")
_STOP = {"谢谢", "谢谢大家", "谢谢各位", "谢谢你们", "謝謝", "謝謝大家", "謝謝各位", "感谢", "感謝", "此致", "敬礼", "敬禮",
         "此致敬礼", "此致敬禮", "完", "全文完", "以上", "附件", "附", "核心阅读", "核心閱讀", "编者按", "編者按",
         "编者的话", "編者的話", "阅读提示", "閱讀提示", "导读", "導讀", "内容提要", "內容提要", "摘要", "核心提示",
         "核心提要", "【解读】", "【解讀】"}
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
    rf"|(?:学习贯彻|學習貫徹|深入学习贯彻|奋进新征程|奮進新征程|新时代新征程|新時代新征程|高质量发展|高質量發展)[{HAN}]{{0,20}})$")


@dataclass(frozen=True)
class Block:
    """One line of the source with its role. `start` is its character offset; `level` a heading's depth (1 = top)."""

    role: str
    text: str
    line: int
    start: int
    level: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Section:
    heading: Block
    paragraphs: list[Block]  # the paragraph, list and caption blocks under the heading, in order
    slug: str = ""
    blocks: list[Block] = field(default_factory=list)  # every non-blank block under the heading (but the closing)

    @property
    def title(self) -> str:
        return self.heading.text.strip()

    @property
    def level(self) -> int:
        return self.heading.level or 1

    @property
    def start(self) -> int:
        return self.heading.start

    @property
    def end(self) -> int:
        return (self.paragraphs[-1] if self.paragraphs else self.heading).end


@dataclass
class Article:
    blocks: list[Block]
    trailing_newline: bool = False
    warnings: list[str] = field(default_factory=list)

    def _first(self, role: str) -> Block | None:
        return next((b for b in self.blocks if b.role == role), None)

    def _all(self, role: str) -> list[Block]:
        return [b for b in self.blocks if b.role == role]

    @property
    def title(self) -> str:
        block = self._first("title")
        return block.text.strip() if block else ""

    @property
    def kicker(self) -> str:
        block = self._first("kicker")
        return block.text.strip() if block else ""

    @property
    def subtitle(self) -> str:
        """The subtitle without the title it may repeat and without the dash."""
        block = self._first("subtitle")
        if not block:
            return ""
        match = SUBTITLE_DASH.match(block.text.strip())
        return match.group("sub").strip() if match else block.text.strip()

    @property
    def byline(self) -> str:
        """The first byline line; else the byline inside the lead (本报西安1月4日电（记者 张三）→ 记者 张三)."""
        block = self._first("byline")
        if block:
            return block.text.strip()
        inline = self._inline()
        return inline.group("byline").strip() if inline else ""

    @property
    def dateline(self) -> str:
        """The first dateline line; else the dateline opening the lead (本报西安1月4日电)."""
        block = self._first("dateline")
        if block:
            return block.text.strip()
        inline = self._inline()
        return inline.group("dateline").strip() if inline else ""

    def _inline(self) -> re.Match | None:
        for block in self.blocks:
            if block.role == "heading":
                return None
            if block.role == "lead":
                text = block.text[:PATTERN_MAX_CHARS]
                return INLINE_BYLINE.match(text) or INLINE_CNA.match(text) or INLINE_REPORTED.match(text)
        return None

    @property
    def lead(self) -> list[Block]:
        """The text before the first heading: lead paragraphs with the list items and captions among them."""
        first = next((b.line for b in self.blocks if b.role == "heading"), None)
        return [b for b in self.blocks if b.role == "lead"
                or (b.role in ("list", "caption") and (first is None or b.line < first))]

    @property
    def closing(self) -> list[Block]:
        return self._all("closing")

    @property
    def headings(self) -> list[Block]:
        return self._all("heading")

    @property
    def captions(self) -> list[Block]:
        return self._all("caption")

    @property
    def list_items(self) -> list[Block]:
        return self._all("list")

    @property
    def sections(self) -> list[Section]:
        sections: list[Section] = []
        for block in self.blocks:
            if block.role == "heading":
                sections.append(Section(heading=block, paragraphs=[]))
            elif sections and block.role in BODY_ROLES:
                sections[-1].paragraphs.append(block)
                sections[-1].blocks.append(block)
            elif sections and block.role not in ("blank", "closing"):
                sections[-1].blocks.append(block)
        return sections

    def part_of(self, block: Block) -> str:
        """Which part of the article a block belongs to: 'title', 'lead', 'closing', 'section-N' (1-based) or ''."""
        if block.role in ("kicker", "title", "subtitle", "byline", "dateline", "furniture"):
            return "title"
        if block.role in ("lead", "closing"):
            return block.role
        number = 0
        for other in self.blocks:
            if other.line > block.line:
                break
            number += other.role == "heading"
        if number == 0:
            return "lead" if block.role in BODY_ROLES else ""
        return f"section-{number}" if block.role in BODY_ROLES + ("heading",) else ""

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end or (block.start == offset == block.end):
                return block
        return None


def assemble(article: Article) -> str:
    """The exact source text the article was parsed from."""
    text = "\n".join(block.text for block in article.blocks)
    return text + ("\n" if article.trailing_newline else "")


# -- line shapes --------------------------------------------------------------------------------


def numbering(stripped: str) -> str | None:
    """The numbering style a line starts with (cn: 一、, paren_cn: （一）, di: 第一、, shi: 一是, dash: ——, …)."""
    match = _NUMBERING_ANY.match(stripped)
    return match.lastgroup if match else None


def _ending(stripped: str) -> str:
    body = stripped.rstrip(CLOSE_QUOTES + " \u3000")
    return body[-1:] if body else ""


def _is_byline(stripped: str) -> bool:
    if len(stripped) > 60:
        return False
    text = stripped.lstrip("□■◎●◇◆★☆·•▌｜|—- \u3000")
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    if _AUTHOR_NOTE.match(stripped) or _BYLINE_LABEL.match(text):
        return True
    if not text or _NOT_A_NAME.match(text) or any(mark in text for mark in "。！？!?；;"):
        return False
    position, keys, names = 0, 0, 0
    while position < len(text):
        match = _BYLINE_TOKEN.match(text, position)
        if not match or match.end() == position:
            return False
        kind = match.lastgroup
        keys += kind in ("key", "short")
        names += kind == "name"
        position = match.end()
    return keys > 0 and names > 0


_BYLINE_HINT = re.compile("记者|記者|通讯员|通訊員|实习生|實習生|撰|作者|摄|攝|文|图|圖|编译|編譯|视频|視頻")


def _is_table_row(stripped: str) -> bool:
    fields = [f for f in _TABLE_SPLIT.split(stripped) if f]
    if len(fields) >= 3:
        return True
    words = stripped.split()
    return len(words) >= 3 and sum(bool(_NUMERIC.match(w)) for w in words) >= 2


def _is_quote(stripped: str) -> bool:
    """A line that is one quotation: “…” or 「…」 (a quoted speech line, never a heading)."""
    if len(stripped) < 2 or stripped[0] not in OPEN_QUOTES or stripped[-1] not in "”’\"'」』":
        return False
    closer = {"“": "”", "‘": "’", "「": "」", "『": "』"}.get(stripped[0], stripped[0])
    return stripped.find(closer, 1) == len(stripped) - 1


def line_kind(stripped: str) -> str | None:
    """furniture, dateline, date (a dateline only under the headline or at the end), caption, photo (a photo
    credit: 记者 王五 摄), byline or None (text)."""
    if not stripped or len(stripped) > PATTERN_MAX_CHARS:
        return None
    compact = _FURNITURE_STRIP.sub("", stripped)
    if compact and FURNITURE[0].match(compact) and (compact != stripped or len(compact) >= 4 or compact == "完"):
        return "furniture"
    segments = _BRACKETED.findall(stripped)
    if segments and not _BRACKETED.sub("", stripped).strip() and all(
            FURNITURE[0].match(_FURNITURE_STRIP.sub("", seg) or "-") or FURNITURE[1].match(seg.strip())
            for seg in segments):
        return "furniture"  # 【纠错】 【责任编辑：刘阳】
    if _FURNITURE_ANY.match(stripped):
        return "furniture"
    if _DATELINE_ANY.match(stripped):
        if not _SENTENCE_MARK.search(stripped) or stripped.startswith(("《", "来源", "來源")):
            return "dateline"
    if _DATE_LINE_ANY.match(stripped) and not _SENTENCE_MARK.search(stripped):
        return "dateline" if _PUBLISHED.search(stripped) else "date"
    if CAPTION_START.match(stripped):
        return "caption"
    byline = _BYLINE_HINT.search(stripped) is not None and _is_byline(stripped)
    if CAPTION_END.search(stripped):
        return "photo" if byline else "caption"
    return "byline" if byline else None


def is_heading_line(text: str) -> bool:
    """A short line that is not a sentence (no sentence-final punctuation), nor a list item, quotation,
    label (单位：…), table row, byline, dateline, caption or page furniture."""
    stripped = text.strip()
    return bool(stripped) and _heading_shape(stripped, numbering(stripped), None)


def _heading_shape(stripped: str, style: str | None, kind: str | None | bool) -> bool:
    """is_heading_line with the line's numbering style and kind (None: not computed yet; False: no kind)."""
    if style in ("shi", "dash"):
        return False
    limit = NUMBERED_HEADING_MAX_CHARS if style else HEADING_MAX_CHARS
    if len(stripped) > limit:
        return False
    if _STOP_MARK.search(stripped):
        return False
    if _ending(stripped) in ("：", ":", "，", ",", "、", "…") or stripped.endswith(("：", ":", "…")):
        return False
    if stripped in _STOP or _LABEL.match(stripped) or _is_table_row(stripped) or _SPEAKER.match(stripped):
        return False
    return (line_kind(stripped) if kind is None else kind or None) is None


def _single_sentence_heading(stripped: str) -> bool:
    """一、…。 / （一）…？ / 二、存在的问题：: a numbered line of one short sentence or label (a heading in work
    reports and Q&A explainers when each one heads paragraphs)."""
    style = numbering(stripped)
    if style not in ("chapter", "di", "cn", "paren_cn") or len(stripped) > HEADING_MAX_CHARS:
        return False
    if _ending(stripped) not in ("。", "？", "?", "：", ":") or any(m in stripped for m in "；;"):
        return False
    if _ending(stripped) in ("：", ":") and (len(stripped) > 30 or any(m in stripped[:-1] for m in "：:，,")):
        return False
    body = stripped.rstrip(CLOSE_QUOTES + " \u3000")[:-1]
    return not any(mark in body for mark in "。！？!?") and line_kind(stripped) is None


# -- the parser ---------------------------------------------------------------------------------


@dataclass
class _Line:
    index: int
    text: str  # stripped
    style: str | None
    kind: str | None
    shape: bool  # heading-shaped on its own

    @property
    def dash(self) -> bool:
        return self.text.startswith(("——", "—", "--"))

    @property
    def short(self) -> bool:
        """A short, unnumbered line that is not a sentence (a title, kicker or subtitle candidate)."""
        return self.shape and self.style is None

    @property
    def title_like(self) -> bool:
        return (self.kind is None and self.style is None and len(self.text) <= 80
                and not any(m in self.text for m in "。；;") and _ending(self.text) not in ("：", ":", "，", ",", "、"))


def _describe(index: int, line: str) -> _Line:
    stripped = line.strip()
    style, kind = numbering(stripped), line_kind(stripped)
    return _Line(index=index, text=stripped, style=style, kind=kind,
                 shape=bool(stripped) and _heading_shape(stripped, style, kind if kind else False))


def _show(text: str) -> str:
    """A line quoted for a warning: repr (so control characters show), with ideographic spaces kept readable."""
    return repr(text).replace("\\u3000", "\u3000")


class _Notes:
    def __init__(self):
        self.items: list[tuple[int, str]] = []

    def add(self, index: int, message: str) -> None:
        self.items.append((index, message))

    def lines(self) -> list[str]:
        notes = [m for _, m in sorted(self.items, key=lambda item: item[0])]
        if len(notes) > MAX_NOTES:
            notes = notes[:MAX_NOTES] + [f"{len(notes) - MAX_NOTES} more warnings like these"]
        return notes


def _is_subtitle_of(line: _Line, title: str) -> bool:
    return line.dash or bool(line.text.startswith(title) and SUBTITLE_DASH.match(line.text))


def _subtitle_note(line: _Line) -> str:
    return (f"line {line.index + 1}: {_show(line.text)} is taken as the subtitle "
            "(if it is the first section heading, add a lead paragraph or edit article.yaml)")


def _issuer(line: _Line, following: _Line | None) -> bool:
    """An issuing office (国家统计局, 行政院新聞傳播處), with its date beside it or a distinctive name."""
    if line.kind is not None or line.style is not None or len(line.text) > 22:
        return False
    dated = following is not None and following.kind in ("dateline", "date")
    return bool(_ORG_STRONG.match(line.text) or (dated and _ORG_WEAK.match(line.text)))


def _header(lines: list[_Line], roles: list[str], notes: _Notes) -> int:
    """Kicker, title, subtitle, byline, dateline and furniture at the top; returns the position of the lead."""
    pos = 0
    while pos < len(lines) and lines[pos].kind in ("furniture", "dateline", "date"):
        roles[lines[pos].index] = "furniture" if lines[pos].kind == "furniture" else "dateline"
        pos += 1
    if pos >= len(lines):
        return pos

    def at(k: int) -> _Line | None:
        return lines[k] if k < len(lines) else None

    first, second, third = at(pos), at(pos + 1), at(pos + 2)
    if second and _is_subtitle_of(second, first.text):
        roles[first.index], roles[second.index] = "title", "subtitle"
        pos += 2
    elif (first.short and second and second.title_like and not second.dash and third and _is_subtitle_of(third, second.text)
          and not _STOP_MARK.search(third.text)):
        roles[first.index], roles[second.index], roles[third.index] = "kicker", "title", "subtitle"
        pos += 3
    elif (first.short and second and second.title_like and not second.dash and not _issuer(second, third)
          and (_KICKER_CUE.match(first.text) or _slogan(first.text))):
        roles[first.index], roles[second.index] = "kicker", "title"
        notes.add(first.index, f"line {first.index + 1}: {_show(first.text)} is taken as a kicker (引题 or column name) "
                               f"above the title {_show(second.text)} (if it is the title, the next line is its subtitle)")
        pos += 2
        candidate = at(pos)
        if candidate and _is_subtitle_of(candidate, second.text):
            roles[candidate.index] = "subtitle"
            pos += 1
        elif candidate and candidate.short and not _issuer(candidate, at(pos + 1)):
            roles[candidate.index] = "subtitle"
            notes.add(candidate.index, _subtitle_note(candidate))
            pos += 1
    else:
        roles[first.index] = "title"
        pos += 1
        candidate = at(pos)
        if candidate and candidate.short and _author_name(candidate):
            pass  # the author's bare name: a byline (below)
        elif candidate and candidate.short and not _issuer(candidate, at(pos + 1)):
            roles[candidate.index] = "subtitle"
            notes.add(candidate.index, _subtitle_note(candidate))
            pos += 1

    # Bylines, datelines, photo credits, captions and furniture right under the headline.
    title = next((line.text for line in lines[:pos] if roles[line.index] == "title"), "")
    while pos < len(lines):
        line, following = lines[pos], at(pos + 1)
        if len(line.text) >= 4 and line.kind is None and line.text in title:
            roles[line.index] = "title"  # the headline repeated (or in parts) in a web copy
        elif line.kind in ("byline", "photo"):
            roles[line.index] = "byline"
        elif line.kind in ("dateline", "furniture", "caption"):
            roles[line.index] = line.kind
        elif line.kind == "date":
            roles[line.index] = "dateline"
        elif _OFFICE_BYLINE.match(line.text) and line.style is None:
            roles[line.index] = "byline"
        elif line.short and _author_name(line):
            roles[line.index] = "byline"
            notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} under the headline is taken as the byline "
                                  "(an author's name)")
        elif _issuer(line, following):
            roles[line.index] = "byline"
            if not (following and following.kind in ("dateline", "date")):
                notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} is taken as the byline (the issuing "
                                      "office), not as a subtitle or heading")
        else:
            break
        pos += 1
    return pos


def _author_name(line: _Line) -> bool:
    """A bare name or names: 李　斌, 张三 李四 (no other word of two to four characters is likely there)."""
    return (line.style is None and line.kind is None and len(line.text) <= 24 and bool(_NAME_LINE.match(line.text))
            and not any(word in _NOT_NAMES for word in re.split(r"[\s\u3000、]+", line.text)))


def _slogan(text: str) -> bool:
    """Two parallel phrases: 奋进新征程 建功新时代 (a typical kicker)."""
    match = _SLOGAN.match(text)
    return bool(match) and abs(len(match.group(1)) - len(match.group(2))) <= 1


def _lists(body: list[_Line], roles: list[str], notes: _Notes) -> None:
    """Mark list items: runs of lines ending in ；, runs of numbered items that are sentences, ——… runs and
    short items introduced by a line ending in ：."""
    texts = [line.kind is None and roles[line.index] == "blank" for line in body]

    def run_from(k: int, accept) -> int:
        end = k
        while end < len(body) and texts[end] and accept(body[end]):
            end += 1
        return end

    k = 0
    while k < len(body):
        line = body[k]
        if not texts[k]:
            k += 1
            continue
        if _ending(line.text) in ("；", ";"):
            end, style = k, line.style
            while end < len(body) and texts[end]:
                current = body[end]
                if end > k and current.shape and current.style != style:
                    break  # a heading after the list
                end += 1
                if _ending(current.text) not in ("；", ";"):
                    break
            if end - k >= 2:
                for m in range(k, end):
                    roles[body[m].index] = "list"
            else:
                notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} ends with ； but no list item "
                                      "follows: kept as a paragraph")
            k = max(end, k + 1)
            continue
        if line.style in ("shi", "dash", "arabic", "paren_arabic", "circled", "cn", "paren_cn", "di") and not line.shape:
            style = line.style
            end = run_from(k, lambda other: other.style == style and not other.shape)
            if end - k >= 2:
                for m in range(k, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        if line.style in ("arabic", "paren_arabic", "circled") and line.shape:
            style = line.style
            end = run_from(k, lambda other: other.style == style and other.shape)
            if end - k >= 2:  # 1、… 2、… 3、… one under the other, with no text between: items, not headings
                for m in range(k, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        if (_ending(line.text) in ("：", ":") and not _LEAD_IN.search(line.text) and k + 1 < len(body)
                and texts[k + 1] and body[k + 1].shape):
            style = body[k + 1].style
            end = run_from(k + 1, lambda other: other.shape and other.style == style)
            if end - (k + 1) >= 2:
                for m in range(k + 1, end):
                    roles[body[m].index] = "list"
                k = end
                continue
        k += 1


def parse_article(text: str) -> Article:
    """Split a source text into roles. Never raises; unsure spots become warnings."""
    trailing = text.endswith("\n")
    raw_lines = (text[:-1] if trailing else text).split("\n")
    starts, offset = [], 0
    for line in raw_lines:
        starts.append(offset)
        offset += len(line) + 1

    roles = ["blank"] * len(raw_lines)
    levels = [0] * len(raw_lines)
    notes = _Notes()
    lines = [_describe(i, line) for i, line in enumerate(raw_lines) if line.strip()]
    pos = _header(lines, roles, notes)
    body = lines[pos:]

    # Page furniture, datelines, captions and bylines anywhere in the body.
    for line in body:
        if line.kind in ("furniture", "dateline", "caption", "byline"):
            roles[line.index] = line.kind
        elif line.kind == "photo":
            roles[line.index] = "caption"
    _signature(body, roles, notes)
    _lists(body, roles, notes)

    # The title of a text a lead line introduces (总统致词全文如下： / 傾聽青年心聲 實現世代正義).
    has_subtitle = "subtitle" in roles
    for k, line in enumerate(body):
        if line.shape and roles[line.index] == "blank":
            if (not has_subtitle and line.style is None and k > 0 and _LEAD_IN.search(body[k - 1].text)
                    and roles[body[k - 1].index] == "blank"):
                roles[line.index] = "subtitle"
                has_subtitle = True
                notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} follows {_show(body[k - 1].text[-12:])} "
                                      "and is taken as the subtitle (the title of the text it introduces)")
            break

    # Headings.
    candidates = [k for k, line in enumerate(body) if roles[line.index] == "blank" and line.shape]
    for k in candidates:
        line = body[k]
        previous = body[k - 1] if k > 0 else None
        if (line.style is None and previous is not None and _ending(previous.text) in ("：", ":")
                and roles[previous.index] == "blank" and previous.kind is None):
            notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} follows a line ending in ： and is kept as "
                                  "text, not taken as a heading")
            continue
        if _is_quote(line.text):
            following = body[k + 1] if k + 1 < len(body) else None
            if following is not None and following.text.startswith(_REFERS_BACK):
                notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} is a quotation the next line speaks of: "
                                      "kept as text, not taken as a heading")
                continue
            notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} is a quotation on its own line: "
                                  "taken as a heading")
        roles[line.index] = "heading"
    _sentence_headings(body, roles, notes)

    # A long unnumbered line with a comma that heads nothing is a sentence missing its final 。
    heads = [line for line in body if roles[line.index] == "heading"]
    for heading, following in zip(heads, heads[1:] + [None]):
        stop = following.index if following else len(raw_lines)
        if (heading.style is None and len(heading.text) > 20 and _COMMA.search(heading.text)
                and not any(raw_lines[i].strip() for i in range(heading.index + 1, stop))):
            roles[heading.index] = "blank"
            notes.add(heading.index, f"line {heading.index + 1}: {_show(heading.text)} heads nothing and reads like a "
                                     "sentence without its final punctuation: kept as text, not taken as a heading")

    # Lead before the first heading, paragraphs after it.
    in_sections = False
    for line in body:
        if roles[line.index] == "heading":
            in_sections = True
        elif roles[line.index] == "blank":
            roles[line.index] = "paragraph" if in_sections else "lead"

    headings = [line for line in lines if roles[line.index] == "heading"]
    ranks = sorted({RANK[h.style] for h in headings if h.style in HEADING_STYLES})
    for heading in headings:
        levels[heading.index] = ranks.index(RANK[heading.style]) + 1 if heading.style in HEADING_STYLES else 1
    numbered = [h for h in headings if h.style in HEADING_STYLES]
    if len(numbered) >= 2:
        for heading in headings:
            if heading.style is None:
                notes.add(heading.index, f"line {heading.index + 1}: {_show(heading.text)} is taken as a heading although "
                                         "the other headings are numbered")

    warnings: list[str] = []
    if not headings and len(lines) > pos:
        warnings.append("no section headings found: the whole text is treated as the lead")
    empty = []  # headings followed by another heading of their level (or above) or by the end of the text
    for heading, following in zip(headings, headings[1:] + [None]):
        stop = following.index if following else len(raw_lines)
        if any(roles[i] in BODY_ROLES for i in range(heading.index + 1, stop)):
            continue
        if following is not None and levels[following.index] > levels[heading.index]:
            continue  # 一、… directly above its （一）…
        empty.append(heading.index)
    for index in empty[:MAX_EMPTY_SECTION_WARNINGS]:
        warnings.append(f"line {index + 1}: heading {_show(raw_lines[index].strip())} has no paragraph under it "
                        "(if it is a paragraph, end it with 。)")
    if len(empty) > MAX_EMPTY_SECTION_WARNINGS:
        warnings.append(f"{len(empty) - MAX_EMPTY_SECTION_WARNINGS} more headings have no paragraph under them")

    # The closing paragraph: the last paragraph, when it looks forward rather than reports.
    shown = [line.index for line in body if roles[line.index] in BODY_ROLES]
    if headings and shown and roles[shown[-1]] == "paragraph" and shown[-1] > headings[-1].index:
        last = shown[-1]
        if any(marker in raw_lines[last] for marker in CLOSING_MARKERS):
            if len([i for i in shown if i > headings[-1].index]) > 1:
                roles[last] = "closing"

    blocks = [Block(role=roles[i], text=line, line=i + 1, start=starts[i], level=levels[i])
              for i, line in enumerate(raw_lines)]
    return Article(blocks=blocks, trailing_newline=trailing, warnings=notes.lines() + warnings)


def _signature(body: list[_Line], roles: list[str], notes: _Notes) -> None:
    """Datelines at the end, and the issuing office above the closing date (安康市统计局 / 2025年3月20日)."""
    k = len(body)
    while k > 0 and body[k - 1].kind in ("furniture", "date", "dateline", "byline", "photo"):
        k -= 1
    trailing = body[k:]
    for line in trailing:
        if line.kind == "date":
            roles[line.index] = "dateline"  # 2024年11月15日（星期五） at the end
    dated = bool(trailing) and trailing[0].kind in ("date", "dateline") and bool(
        re.fullmatch(rf"[（(]?{_DATE}[）)]?", trailing[0].text))
    if k == 0:
        return
    before = body[k - 1]
    if roles[before.index] != "blank" or before.kind is not None or before.style is not None or not before.shape:
        return
    if dated:
        roles[before.index] = "byline"
        if not _issuer(before, trailing[0]):
            notes.add(before.index, f"line {before.index + 1}: {_show(before.text)} above the closing date is taken "
                                    "as the byline (signature), not as a heading")
    elif k == len(body) and (_issuer(before, None) or _author_name(before) or _ORG_WEAK.match(before.text)):
        roles[before.index] = "byline"
        notes.add(before.index, f"line {before.index + 1}: {_show(before.text)} at the end is taken as the byline "
                                "(an author's name or the issuing office), not as a heading")


def _sentence_headings(body: list[_Line], roles: list[str], notes: _Notes) -> None:
    """Numbered one-sentence lines (（一）大力推进…，加快…。) that each head paragraphs are headings."""
    found: dict[str, list[_Line]] = {}
    for k, line in enumerate(body):
        if roles[line.index] != "blank" or not _single_sentence_heading(line.text):
            continue
        following = body[k + 1] if k + 1 < len(body) else None
        if following is None or following.kind is not None or following.style == line.style or following.shape:
            continue
        if roles[following.index] not in ("blank", "list"):
            continue  # a paragraph or list items under it: 一、…。 / 二、存在的问题：
        found.setdefault(line.style, []).append(line)
    for style, group in found.items():
        others = sum(1 for line in body if roles[line.index] == "heading" and line.style == style)
        if len(group) + others < 2:
            continue
        for line in group:
            roles[line.index] = "heading"
            notes.add(line.index, f"line {line.index + 1}: {_show(line.text)} ends like a sentence (or with ：) but "
                                  "stands alone above paragraphs like a numbered heading: taken as a heading")

"""Counts of people and things: 三个人, 5名员工, 两个租客, 十几户, 二十多个, 近两百名群众.

Following config/nlu/GUIDELINES.md: a numeral with a measure word for people, rooms, flats, shops or
items, rough ones included, with the noun it counts when one follows (两个租客, 三家店); not
money (块, 元), durations (三个月), ages, trips or attempts (跑了三趟), ordinals (第三家), vague
quantities (几个, 好几个), nor 一 used as an article (一个车位, 一家店).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nlu.dates import number

_MEASURE = (
    "口人|号人|个|名|位|户|口|人|家|辆|台|只|条|间|套|栋|幢|处|棵|盏|根|袋|箱|桌|批|伙|张|"
    "艘|头|匹|瓶|份|件|部|盒|桶|罐|座|所|车"
)  # not 块 (money), 层 (floors), 级 (grades), 包 (两万包吃住)
# What a count counts: people and things residents report (the head of the noun)
_NOUNS = (
    "人家|人员|人|员工|工人|普工|临时工|农民工|搬运工|修车工|保安|保洁|骑手|外卖小哥|快递小哥|小哥|"
    "租客|住户|业主|居民|村民|邻居|群众|商户|摊贩|摊主|老乡|老兵|会员|客户|客人|宾客|乘客|游客|"
    "投资人|股东|购房者|家庭|孩子|小孩|学生|初中生|小学生|中学生|应届生|未成年人|老人|病人|患者|"
    "家属|残疾人|男子|女子|护工|护士|医生|老师|阿姨|姐妹|兄弟|兄弟姐妹|子女|儿子|女儿|哥哥|姐姐|"
    "弟弟|妹妹|舅舅|姑姑|叔叔|设计师|调酒师|流浪人员|在逃人员|"
    "店面|门店|店铺|店|药店|小卖部|酒吧|作坊|民宿|单间|房间|房子|房|民房|新房|套房|土楼|床位|床|"
    "车辆|车|电动车|三轮车|大巴|小车|货车|船|渔船|桌子|电梯|电视|路灯杆|路灯|井盖|坑|煤气罐|油罐|"
    "油桶|钢瓶|箱子|音箱|石头|杂物|垃圾|卡|优惠券|号码|评论|差评|狗|流浪狗|流浪犬|猫|羊|牛|猪|"
    "死猪|鸡|鸭|树|摊位|摊|烧烤摊|地笼"
)
_NUMBER = (
    r"好几十|好几百|好几千|好几|几十|几百|几千|上百|上千|上万|十几|二十几|三十几|"
    r"\d+|[一二三四五六七八九十两百千万几]{1,5}"
)
_COUNT = re.compile(
    rf"(?P<prefix>近|约|一家)?"
    rf"(?P<num>{_NUMBER})"
    r"(?P<approx>多|余|来)?"
    rf"(?P<unit>{_MEASURE})"
    # the noun: a short modifier (no function words) and a head noun, the nearest head first
    rf"(?P<noun>(?:(?![的了都是在有就也还又被把给和跟说要没不很太着过到从，。,.!?！？\s])"
    rf"[\u4e00-\u9fff]){{0,3}}?(?P<head>{_NOUNS}))?"
)
# 第三家, 老两口, 每个, 这两家, 九块九只 (a price)
_NOT_AFTER = re.compile(r"(?:第|最后|后|前|倒数|老|每|这|那|哪|块|元|毛)$")
_TIME_AFTER_GE = re.compile(r"月|小时|星期|礼拜|工作日|钟头|钟|多月|半月|周|年|点|字|岁")
_MONEY = frozenset({"块"})  # 三块 is money unless it counts a thing (两块金条)
_FUNCTION = frozenset("的了都是在有就也还又被把给和跟说要没不很太着过到从一")
_VAGUE = frozenset({"几", "好几"})
_NEEDS_NOUN = frozenset({"家", "车", "座", "所", "口", "头"})  # 两家, 两头 alone: not counts


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    text: str
    value: int | None  # None for a vague count (十几户, 几十个); 二十多个 is at least 20


def find_counts(text: str, boundaries: set[int] | None = None) -> Iterator[CountMention]:
    """The counts of a text; with jieba's word boundaries, a noun is taken only when it is made
    of whole words (几个字开车 counts no 车)."""
    for m in _COUNT.finditer(text):
        num, unit, noun = m.group("num"), m.group("unit"), m.group("noun")
        end = m.end()
        whole = boundaries is None or {m.start("head"), m.end("head")} <= boundaries
        if noun and not whole:
            noun, end = None, m.end("unit")
        after = text[m.end("unit") : m.end("unit") + 2]
        if _NOT_AFTER.search(text, max(0, m.start() - 2), m.start()):
            continue  # an order, a pair of old people, a habit, a pointer
        family = m.group("prefix") == "一家" and unit in ("口", "口人")  # 一家四口
        if num == "一" and not family:
            continue  # 一 as an article
        if unit == "个" and _TIME_AFTER_GE.match(after):
            continue  # 三个月, 两个小时, 8个点
        if unit in _MONEY and not noun:
            continue
        if unit in _NEEDS_NOUN and not noun and not family:
            continue
        if num in _VAGUE and not noun and unit in ("个", "家"):
            continue  # 几个, 好几家: vague (好几户 says households)
        if text[end : end + 1].isdigit():
            continue  # 5栋1203: part of an address
        if unit == "个" and not noun and _is_han(after[:1]) and after[0] not in _FUNCTION:
            continue  # 三个问题: counts something that is not a person or a thing we know
        value = count_value(num)
        if value is None and "几" not in num and not num.startswith("上"):
            continue  # 三十八一 (桶): not a numeral
        start = m.start() if family or m.group("prefix") in ("近", "约") else m.start("num")
        yield CountMention(start, end, text[start:end], value)


def count_value(num: str) -> int | None:
    """The number counted (at least, for 二十多); None when it is vague (十几, 几十, 上百)."""
    if "几" in num or num.startswith("上"):
        return None
    low, high = (number(num[0]), number(num[1])) if len(num) == 2 else (None, None)
    if low is not None and high is not None and "十" not in num and low + 1 == high:
        return high  # 四五个: up to five
    return number(num)


def _is_han(ch: str) -> bool:
    return len(ch) == 1 and "\u4e00" <= ch <= "\u9fff"

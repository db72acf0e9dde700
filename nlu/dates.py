"""Dates and times in the ways Chinese messages write them, resolved against a reference date.

Points in time only (config/nlu/GUIDELINES.md): 明天, 下周一, 3月5号, 2026年12月1日, 昨晚十点多,
三天前 resolve to a date (and time when given); 第二天, 前几天 or 清明 are points whose date is not
known from the message alone (value None). Durations (三天, 半年, 这几天), habits (每天晚上,
每周三) and a part of the day alone (晚上, 半夜) are not points in time: they are found apart
(`point` False, no value), for a question such as "since when" that takes any answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an

_CN = "〇零一二三四五六七八九十两"
_N = rf"(?:\d{{1,4}}|[{_CN}百]{{1,4}})"  # a number in digits or Chinese numerals
_DAY_WORDS = {
    "大前天": -3,
    "前天": -2,
    "前日": -2,
    "昨天": -1,
    "昨日": -1,
    "昨儿": -1,
    "昨晚": -1,
    "昨夜": -1,
    "今天": 0,
    "今日": 0,
    "今儿": 0,
    "今早": 0,
    "今晚": 0,
    "今夜": 0,
    "当天": 0,
    "明天": 1,
    "明日": 1,
    "明早": 1,
    "明晚": 1,
    "第二天": 1,  # the day after the event told of, not after today
    "次日": 1,
    "当日": 0,
    "后天": 2,
    "大后天": 3,
}
_PART_HOURS = {
    "凌晨": 0,
    "半夜": 0,
    "深夜": 0,
    "夜里": 0,
    "清晨": 0,
    "早上": 0,
    "早晨": 0,
    "上午": 0,
    "中午": 12,
    "下午": 12,
    "傍晚": 12,
    "晚上": 12,
    "夜间": 12,
}
_EVENT_DAYS = frozenset({"第二天", "次日", "当天", "当日"})  # relative to an event, not to today
_WEEK_SHIFT = {"上上": -2, "上": -1, "这": 0, "本": 0, "下": 1, "下下": 2}
_UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "月": 30, "年": 365}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_HOLIDAYS = {"元旦": (1, 1), "五一": (5, 1), "劳动节": (5, 1), "国庆": (10, 1), "国庆节": (10, 1)}
_FUZZY = "春节|过年|过完年|清明|端午|中秋|暑假|寒假|年前|年后"

_ATOMS = [
    ("iso", r"(?P<iso_y>\d{4})[-/.](?P<iso_m>\d{1,2})[-/.](?P<iso_d>\d{1,2})[日号]?"),
    (
        "ymd",
        rf"(?:(?P<y>\d{{4}}|[{_CN}]{{4}})年|(?P<yrel>去年|今年|明年|前年))?"
        rf"(?P<m>\d{{1,2}}|[{_CN}]{{1,3}})月份?"
        rf"(?:(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})[日号]|(?P<mpart>初|底|中旬|上旬|下旬|中))?",
    ),
    ("year", r"(?P<year>\d{4})年(?:底|初)?|(?P<yword>去年|今年|明年|前年)(?P<ypart>底|初)?"),
    ("dayword", "|".join(sorted(_DAY_WORDS, key=len, reverse=True))),
    (
        "week",
        r"(?P<wshift>上上|下下|上|下|这|本)?个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7末])"
        r"|(?P<wshift2>上上|下下|上|下|这|本)个?(?:周|星期|礼拜)",
    ),
    ("month", r"(?P<mword>上个月|下个月|这个月|本月|上月|下月|月底|月初|月中|年底|年初)"),
    ("holiday", "|".join([*sorted(_HOLIDAYS, key=len, reverse=True), _FUZZY])),
    (
        "relative",
        rf"(?P<rn>十几|几十|{_N}|半|几|好几|这几|前几|前两|近几)个?(?:多)?"
        r"(?P<ru>天|周|星期|礼拜|月|年)(?:多)?"
        r"(?P<rdir>以前|之前|以后|之后|前|后)?",
    ),
    ("dom", rf"(?P<dom>\d{{1,2}}|[{_CN}]{{1,3}})[日号]"),
    ("part", "|".join(sorted(_PART_HOURS, key=len, reverse=True))),
    (
        "clock",
        rf"(?P<h>\d{{1,2}}|[{_CN}]{{1,3}})(?:点|时)(?P<min>半|一刻|三刻|\d{{1,2}}分?|[{_CN}]{{1,3}}分)?"
        r"多?"
        rf"|(?P<hh>\d{{1,2}})[:：](?P<mm>\d{{2}})",
    ),
]
_ATOM = re.compile("|".join(f"(?P<k_{name}>{pattern})" for name, pattern in _ATOMS))
# Every character an atom can start with: the text is scanned for these (one pass in C), and the
# atoms are tried only there, instead of at every position (tests/test_nlu.py checks the set).
ATOM_STARTS = re.compile(
    rf"[\d{_CN}百去今明前昨大后当次第上下这本周星礼个元五劳国春过清端中暑寒年月半几好近凌深夜早傍晚]"
)
_EVERY = re.compile(r"每(?:天|晚|周|个|逢)?$")  # 每天晚上, 每周三: a habit, not a point in time
_RECENTLY = ("前几", "前两")  # 前几天: a few days ago, a point; 这几天: a stretch of days


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # 2026-12-07, 2026-12-07T22:00, 2026-12 or 2026; None when not known
    point: bool = True  # False: a time that is no point (三天, 每天半夜, 晚上), value None


def number(text: str) -> int | None:
    """A number in digits or Chinese numerals (三, 十二, 两百), or None."""
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


class _Reading:
    """What the atoms of one span say, folded in order."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.day: date | None = None
        self.month: tuple[int, int] | None = None
        self.year: int | None = None
        self.hour: int | None = None
        self.minute = 0
        self.part = 0
        self.duration = False
        self.point = False  # some atom names a point in time (a part of the day alone does not)
        self.known = True  # the point can be dated from the message and today

    def add(self, kind: str, m: re.Match[str]) -> None:
        self.point = self.point or kind not in ("k_part", "k_relative")
        getattr(self, "_" + kind.removeprefix("k_"))(m)

    def _iso(self, m: re.Match[str]) -> None:
        self._set_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))

    def _ymd(self, m: re.Match[str]) -> None:
        year = self._year_of(m["y"], m["yrel"])
        month = number(m["m"])
        if month is None or not 1 <= month <= 12:
            return
        day = number(m["d"]) if m["d"] else None
        if day is not None:
            self._set_day(year, month, day)
        else:
            self.month = (year, month)
            if m["mpart"] == "底":
                self._set_day(year, month, 28)
            elif m["mpart"] == "初":
                self._set_day(year, month, 1)

    def _year_of(self, digits: str | None, word: str | None) -> int:
        if digits:
            return number(digits) or self.today.year
        base = self.year or self.today.year
        return base + {"去年": -1, "今年": 0, "明年": 1, "前年": -2}.get(word or "今年", 0)

    def _year(self, m: re.Match[str]) -> None:
        self.year = int(m["year"]) if m["year"] else self._year_of(None, m["yword"])

    def _dayword(self, m: re.Match[str]) -> None:
        word = m.group()
        self.known = self.known and word not in _EVENT_DAYS
        self.day = self.today + timedelta(days=_DAY_WORDS[word])
        if word.endswith(("晚", "夜")):
            self.part = 12

    def _week(self, m: re.Match[str]) -> None:
        shift = _WEEK_SHIFT.get(m["wshift"] or m["wshift2"] or "这", 0)
        monday = self.today - timedelta(days=self.today.weekday()) + timedelta(weeks=shift)
        if m["wd"] is None:
            self.day = monday  # 上周, 这周: the week, dated by its Monday
            return
        weekday = int(m["wd"]) - 1 if m["wd"].isdigit() else _WEEKDAY[m["wd"]]
        self.day = monday + timedelta(days=weekday)

    def _month(self, m: re.Match[str]) -> None:
        word = m["mword"]
        first = self.today.replace(day=1)
        if word in ("上个月", "上月"):
            self.month = ((first - timedelta(days=1)).year, (first - timedelta(days=1)).month)
        elif word in ("下个月", "下月"):
            following = first + timedelta(days=32)
            self.month = (following.year, following.month)
        elif word in ("这个月", "本月", "月初", "月中", "月底"):
            self.month = (self.today.year, self.today.month)
        else:  # 年底, 年初
            year = self.year or self.today.year
            self.month = (year, 12 if word == "年底" else 1)

    def _holiday(self, m: re.Match[str]) -> None:
        fixed = _HOLIDAYS.get(m.group())
        if fixed:
            self._set_day(self.year or self.today.year, *fixed)
        else:
            self.known = False  # 春节, 清明: the date moves with the lunar calendar

    def _relative(self, m: re.Match[str]) -> None:
        if not m["rdir"]:
            if m["rn"] in _RECENTLY:
                self.point, self.known = True, False
            else:
                self.duration = True  # 三天, 半年, 这几天
            return
        self.point = True
        amount = 0.5 if m["rn"] == "半" else number(m["rn"])
        if amount is None:  # 几年前, 十几年前
            self.known = False
            return
        days = int(amount * _UNIT_DAYS[m["ru"]])
        sign = -1 if m["rdir"] in ("前", "以前", "之前") else 1
        self.day = self.today + timedelta(days=sign * days)

    def _dom(self, m: re.Match[str]) -> None:
        year, month = self.month or (self.today.year, self.today.month)
        day = number(m["dom"])
        if day is not None:
            self._set_day(year, month, day)

    def _part(self, m: re.Match[str]) -> None:
        self.part = _PART_HOURS[m.group()]

    def _clock(self, m: re.Match[str]) -> None:
        hour = number(m["h"] or m["hh"] or "")
        if hour is None or hour > 24:
            return
        if self.part == 12 and hour < 12:
            hour += 12
        if (
            self.part == 0
            and hour == 12
            and m.string[max(0, m.start() - 2) : m.start()]
            in (
                "凌晨",
                "半夜",
            )
        ):
            hour = 0
        self.hour = hour % 24
        minute = m["min"] or m["mm"] or ""
        self.minute = {"半": 30, "一刻": 15, "三刻": 45}.get(minute) or (
            number(minute.rstrip("分")) or 0 if minute else 0
        )

    def _set_day(self, year: int, month: int, day: int) -> None:
        try:
            self.day = date(year, month, day)
        except ValueError:
            self.day = None

    def value(self) -> str | None:
        if not self.known:
            return None
        if self.day is not None:
            if self.hour is not None:
                return f"{self.day.isoformat()}T{self.hour:02d}:{min(self.minute, 59):02d}"
            return self.day.isoformat()
        if self.hour is not None:
            return f"{self.today.isoformat()}T{self.hour:02d}:{min(self.minute, 59):02d}"
        if self.month is not None:
            return f"{self.month[0]:04d}-{self.month[1]:02d}"
        if self.year is not None:
            return f"{self.year:04d}"
        return None


def find_dates(text: str, today: date) -> list[DateMention]:
    """Every time expression of the text, adjacent parts joined (今天下午三点 is one); those that
    are no point in time (durations, habits, a part of the day alone) with `point` False."""
    found: list[DateMention] = []
    position = 0
    while (atom := _search(text, position)) is not None:
        start, end = atom.span()
        reading = _Reading(today)
        kinds = [str(atom.lastgroup)]
        reading.add(kinds[0], atom)
        while (following := _adjacent(text, end)) is not None:
            kinds.append(str(following.lastgroup))
            reading.add(kinds[-1], following)
            end = following.end()
        every = _EVERY.search(text, max(0, start - 3), start)
        if _plausible(text[start:end], kinds):
            if reading.point and not reading.duration and every is None:
                found.append(DateMention(start, end, text[start:end], reading.value()))
            else:  # a duration, a habit or a part of the day: said, but no point in time
                start = every.start() if every else start
                found.append(DateMention(start, end, text[start:end], None, point=False))
        position = end
    return found


def _search(text: str, position: int) -> re.Match[str] | None:
    """The first non-empty atom at or after `position`."""
    for candidate in ATOM_STARTS.finditer(text, position):
        atom = _ATOM.match(text, candidate.start())
        if atom is not None and atom.end() > atom.start():
            return atom
    return None


def _adjacent(text: str, end: int) -> re.Match[str] | None:
    """An atom right after `end` (or after one 的): it belongs to the same expression."""
    for gap in (0, 1):
        if gap and text[end : end + 1] not in ("的", " "):
            return None
        atom = _ATOM.match(text, end + gap)
        if atom is not None and atom.end() > atom.start():
            return atom
    return None


def _plausible(span: str, kinds: list[str]) -> bool:
    """Words that only look like a time: 一点 (a little), 一时 (for a moment)."""
    if kinds[0] == "k_dom":
        return False  # 288号 is a house number; 15号 counts only after a month
    if kinds == ["k_clock"]:
        return span not in ("一点", "一时", "两点", "几点", "一点多")
    return len(span) >= 2 or kinds != ["k_part"]

"""The facts a message contains: names, phones, ID numbers, places, dates, counts, carriers, ...

Each finder returns spans over the message (for evaluation against the corpus's annotations);
`facts` turns them into the flat dictionary that intake/, routing and `hub classify` use. ID
numbers are checked with python-stdnum (GB 11643 check digit, date of birth): an invalid one is
reported under `invalid_id_number` with the reason, never as `id_number`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from nlu.counts import find_counts
from nlu.dates import find_dates
from nlu.lexicon import Lexicon
from nlu.meaning import PlaceMatch
from nlu.places import Gazetteer, address_span

CASE_NUMBER = re.compile(r"(?<![A-Za-z0-9])[Xx][Mm][-\s]?((?:\d[-\s]?){11,13}\d)(?!\d)")
_MOBILE = re.compile(r"(?<![\dA-Za-z])(?:\+?86[-\s]?)?(1[3-9]\d(?:[-\s]?\d{4}){2})(?!\d)")
_LANDLINE = re.compile(r"(?<![\dA-Za-z])(0\d{2,3}[-\s]?\d{7,8}|[2-8]\d{6,7}(?=\D|$)(?<=\d))(?!\d)")
_ID = re.compile(r"(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])")
_PASSPORT = re.compile(
    r"(?:护照|通行证|台胞证|回乡证|居留证|证件)(?:号码|号)?(?:是|为|:|：)?\s*"
    r"(?P<number>[A-Za-z]{0,2}\d{7,10})(?![\dA-Za-z])"
    r"|(?<![\dA-Za-z])(?P<bare>[EeGgDdPpSs]\d{8})(?![\dA-Za-z])"
)
_CARRIER = re.compile(
    r"(?:中国)?(电信|移动|联通)(?!诈骗|网络诈骗|支付|硬盘|摊|板房|厕所|公厕|营销号)"
    r"|(10000|10086|10010)(?!\d)"
)
_CARRIER_CONTEXT = re.compile(
    r"宽带|信号|网络|网速|手机|套餐|营业厅|客服|话费|流量|卡|光猫|基站|5G|4G|号码|光纤|wifi|WiFi|装机"
)
_CARRIER_HOTLINE = {"10000": "电信", "10086": "移动", "10010": "联通"}
_NAME_CUE = re.compile(
    r"(?:我叫|名叫|叫做|叫|姓名[是为:：]?|名字[是叫为:：]?|联系人[是:：]?|应该是|更正为|改成|改为|"
    r"房东|老板|前夫|前妻|包工头|经理|网格员|同事|负责人|老公|老婆|丈夫|妻子|儿子|女儿|租客|员工|"
    r"业主|工头|师傅|医生|老师|民警|警官|书记|主任|店主)[,，:： ]?"
)
_NAME_END = re.compile(
    r"$|[，。！？,.!?、\s（(]|先生|女士|小姐|电话|手机|的|说|在|是|跑|欠|一直|现在|已经|不|也|又|还|把|给|和|身份证|[0-9]"
)
# What may stand between a name and the number after it (张伟 3502..., 王丽，电话139...)
_BEFORE_NUMBER = re.compile(
    r"[\s,，、:：]*(?:的?(?:身份证|证件|电话|手机|联系方式)(?:号码|号)?)?(?:应该是|改成|改为|是|为)?[:：]?[\s,，、:：]*$"
)
_NOT_NAMES = frozenset(
    {"房东", "租客", "员工", "老板", "本人", "联系", "电话", "手机", "号码", "方便", "同事", "师傅"}
)
_BEFORE_NAME = frozenset("和与跟及是有叫为给还由把被对向让等在")  # 和张伟: 张伟, not 和张伟
# Characters of places and things, not of given names (安置房, 车上留)
_NOT_GIVEN = frozenset("房屋楼室店厂司门口路街区村号上下里边面车机电话处所家人们留")
_COMPANY_KINDS = "有限责任公司|有限公司|股份公司|公司|集团|银行|旅行社|快递|物流|会所|商行|厂"
_COMPANY_NAME = 12  # characters at most before the kind of company
_COMPANY = re.compile(
    rf"(?<![这那哪该本某])[\u4e00-\u9fffA-Za-z]{{2,{_COMPANY_NAME}}}?(?:{_COMPANY_KINDS})"
)
_COMPANY_KIND = re.compile(_COMPANY_KINDS)
_NOT_COMPANY = (
    "这家",
    "那家",
    "一家",
    "我们",
    "他们",
    "你们",
    "物业公司",
    "快递公司",
    "保险公司",
    "这个",
    "那个",
    "我家",
)


@dataclass(frozen=True)
class Found:
    """One fact found in a message."""

    entity: str
    start: int
    end: int
    text: str
    value: Any = None
    valid: bool = True
    reason: str | None = None


@dataclass(frozen=True)
class Extraction:
    spans: tuple[Found, ...]
    place: PlaceMatch | None

    def first(self, entity: str, *, valid: bool = True) -> Found | None:
        return next((f for f in self.spans if f.entity == entity and f.valid == valid), None)

    def facts(self) -> dict[str, Any]:
        """The flat dictionary of the classify contract: every field present, null when absent."""
        found: dict[str, Any] = {key: None for key in FACT_KEYS}
        for key in ("name", "phone", "passport", "nationality", "company", "case_number"):
            span = self.first(key)
            found[key] = (
                span.value if span and span.value is not None else (span.text if span else None)
            )
        identity = self.first("id_number")
        found["id_number"] = identity.value if identity else None
        invalid = self.first("id_number", valid=False)
        if invalid is not None:
            found["invalid_id_number"] = {"text": invalid.text, "reason": invalid.reason}
        found["address"] = (
            self.place.text if self.place and self.place.text else _text(self.first("address"))
        )
        count = self.first("count")
        found["count"] = count.value if count else None
        dated = next((f for f in self.spans if f.entity == "date" and f.value), None)
        found["date"] = dated.value if dated else None
        found["date_text"] = (dated or self.first("date") or _NONE).text or None
        carrier = self.first("carrier")
        found["carrier"] = carrier.value if carrier else None
        return found


FACT_KEYS = (
    "name",
    "phone",
    "id_number",
    "invalid_id_number",
    "passport",
    "nationality",
    "address",
    "date",
    "date_text",
    "count",
    "carrier",
    "company",
    "case_number",
)
_NONE = Found("", 0, 0, "")


def _text(found: Found | None) -> str | None:
    return found.text if found else None


def extract(
    text: str,
    *,
    today: date,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    boundaries: set[int] | None = None,
) -> Extraction:
    """Every fact of a message; `boundaries` are the token starts and ends, when known."""
    spans: list[Found] = []
    taken: list[tuple[int, int]] = []
    for finder in (_case_numbers, _ids, _phones, _passports):
        for found in finder(text):
            if not _overlaps(found, taken):
                spans.append(found)
                taken.append((found.start, found.end))
    place = gazetteer.resolve(text, boundaries)
    spans += _addresses(text, place, gazetteer, boundaries, taken)
    spans += _keep_free(_dates(text, today), taken)
    spans += _keep_free(_counts(text, boundaries), taken)
    spans += _keep_free(_carriers(text), taken)
    spans += _keep_free(_nationalities(text, lexicon), taken)
    spans += _keep_free(_names(text, lexicon, boundaries), taken)
    spans += _keep_free(_names_before_numbers(text, lexicon, boundaries, spans), taken)
    spans += _keep_free(_companies(text), taken)
    return Extraction(tuple(sorted(spans, key=lambda f: f.start)), place)


def _overlaps(found: Found, taken: Iterable[tuple[int, int]]) -> bool:
    return any(found.start < end and start < found.end for start, end in taken)


def _keep_free(spans: Iterable[Found], taken: list[tuple[int, int]]) -> list[Found]:
    kept = []
    for found in spans:
        if not _overlaps(found, taken):
            kept.append(found)
            taken.append((found.start, found.end))
    return kept


def _case_numbers(text: str) -> Iterable[Found]:
    for m in CASE_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        yield Found("case_number", m.start(), m.end(), m.group(), f"XM{digits}")


def _ids(text: str) -> Iterable[Found]:
    for m in _ID.finditer(text):
        raw = m.group(1).upper()
        if len(raw) == 15:
            continue  # first-generation numbers are out of use; a 15-digit run is something else
        try:
            yield Found("id_number", m.start(), m.end(), m.group(1), ric.validate(raw))
        except stdnum_errors.InvalidChecksum:
            yield Found("id_number", m.start(), m.end(), m.group(1), raw, False, "校验位不符")
        except stdnum_errors.InvalidComponent:
            yield Found(
                "id_number", m.start(), m.end(), m.group(1), raw, False, "出生日期或地区码无效"
            )
        except stdnum_errors.ValidationError:
            yield Found("id_number", m.start(), m.end(), m.group(1), raw, False, "格式不正确")


def _phones(text: str) -> Iterable[Found]:
    for m in _MOBILE.finditer(text):
        yield Found("phone", m.start(), m.end(), m.group(), re.sub(r"\D", "", m.group(1)))
    for m in _LANDLINE.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if digits.startswith("0") or re.search(
            r"电话|座机|号码|打", text[max(0, m.start() - 6) : m.start()]
        ):
            value = digits if digits.startswith("0") else f"0592{digits}"
            yield Found("phone", m.start(), m.end(), m.group(), value)


def _passports(text: str) -> Iterable[Found]:
    for m in _PASSPORT.finditer(text):
        group = "number" if m.group("number") else "bare"
        yield Found(
            "passport", m.start(group), m.end(group), m.group(group), m.group(group).upper()
        )


def _addresses(
    text: str,
    place: PlaceMatch | None,
    gazetteer: Gazetteer,
    boundaries: set[int] | None,
    taken: list[tuple[int, int]],
) -> list[Found]:
    found = []
    position = 0
    mentions = gazetteer.mentions(text, boundaries)
    for mention in mentions:
        if mention.start < position:
            continue
        start, end = address_span(text, mention, mentions)
        candidate = Found("address", start, end, text[start:end])
        if not _overlaps(candidate, taken):
            found.append(candidate)
            taken.append((start, end))
        position = end
    return found


def _dates(text: str, today: date) -> Iterable[Found]:
    """Points in time as `date`; durations, habits and parts of the day as `time` (no value)."""
    for m in find_dates(text, today):
        yield Found("date" if m.point else "time", m.start, m.end, m.text, m.value)


def _counts(text: str, boundaries: set[int] | None) -> Iterable[Found]:
    for m in find_counts(text, boundaries):
        yield Found("count", m.start, m.end, m.text, m.value)


def _carriers(text: str) -> Iterable[Found]:
    for m in _CARRIER.finditer(text):
        if m.group(2):
            yield Found("carrier", m.start(), m.end(), m.group(), _CARRIER_HOTLINE[m.group(2)])
            continue
        context = text[max(0, m.start() - 12) : m.end() + 12]
        if m.group().startswith("中国") or _CARRIER_CONTEXT.search(context):
            yield Found("carrier", m.start(), m.end(), m.group(), m.group(1))


@lru_cache(maxsize=4)
def _country_pattern(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def _nationalities(text: str, lexicon: Lexicon) -> Iterable[Found]:
    for m in _country_pattern(frozenset(lexicon.countries)).finditer(text):
        yield Found("nationality", m.start(), m.end(), m.group(), lexicon.countries[m.group()])


def _names(text: str, lexicon: Lexicon, boundaries: set[int] | None) -> Iterable[Found]:
    for cue in _NAME_CUE.finditer(text):
        start = cue.end()
        surname = next(
            (
                s
                for s in (text[start : start + 2], text[start : start + 1])
                if s in lexicon.surnames
            ),
            None,
        )
        if surname is None:
            continue
        for length in (len(surname) + 2, len(surname) + 1):
            end = start + length
            candidate = text[start:end]
            whole = boundaries is None or end in boundaries or length == len(surname) + 2
            fits = len(candidate) == length and _is_name(candidate)
            if fits and whole and _NAME_END.match(text, end):
                yield Found("name", start, end, candidate)
                break


def _names_before_numbers(
    text: str, lexicon: Lexicon, boundaries: set[int] | None, spans: list[Found]
) -> Iterable[Found]:
    """A name right before an ID number or a phone needs no cue word: 张伟 350203…, 王丽 139…"""
    for span in spans:
        if span.entity in ("id_number", "phone"):
            label = _BEFORE_NUMBER.search(text, 0, span.start)
            end = label.start() if label else span.start
            found = _name_ending_at(text, end, lexicon, boundaries)
            if found is not None:
                yield found


def _name_ending_at(
    text: str, end: int, lexicon: Lexicon, boundaries: set[int] | None
) -> Found | None:
    """The name (surname and one or two characters) that ends at `end`, if one does."""
    for length in (4, 3, 2):
        start = end - length
        candidate = text[start:end]
        if start < 0 or candidate in _NOT_NAMES or not _is_name(candidate):
            continue
        if any(ch in _NOT_GIVEN for ch in candidate[1:]):
            continue
        surname = candidate[:2] if length == 4 else candidate[:1]
        starts_word = boundaries is None or start in boundaries or length == 2
        if surname in lexicon.surnames and starts_word and text[start] not in _BEFORE_NAME:
            return Found("name", start, end, candidate)
    return None


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _is_name(candidate: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in candidate) and not re.search(
        r"[的了是在有我你他她们这那个不说要]", candidate[1:]
    )


def _companies(text: str) -> Iterable[Found]:
    # A company ends in its kind (公司, 厂): the search starts a name's length before the first
    # kind word, instead of trying the lazy name at every character of the message.
    kind = _COMPANY_KIND.search(text)
    if kind is None:
        return
    for m in _COMPANY.finditer(text, max(0, kind.start() - _COMPANY_NAME)):
        if not any(m.group().startswith(w) or m.group() == w for w in _NOT_COMPANY):
            yield Found("company", m.start(), m.end(), m.group())

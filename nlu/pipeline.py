"""The hub's NLU engine: one tokenisation per message, shared by the classifiers and the extractors.

`load_engine(data_dir)` loads the trained artifact (training it first when it is missing or was
trained on another corpus); the engine implements nlu.engine.Engine.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from nlu.engine import Intent, Reading
from nlu.entities import Extraction, extract
from nlu.lexicon import Lexicon, lexicon, normalise, segmenter
from nlu.meaning import Meaning, PlaceMatch, Scored
from nlu.model import Doc, TextClassifier
from nlu.places import Gazetteer, gazetteer

log = logging.getLogger(__name__)
SHANGHAI = ZoneInfo("Asia/Shanghai")
MAX_CHARS = 2000  # longer messages are read up to here: the matter is stated at the start
REPORT = "report"
MIN_HAN = 2  # the model reads Chinese: with fewer Han characters a message goes to a person
_READABLE = re.compile(rf"(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){{{MIN_HAN}}}")
ALTERNATIVES = 3
_SLOTS = [
    ("phone", re.compile(r"电话|手机|号码|座机|联系方式")),
    ("id_number", re.compile(r"身份证")),
    ("passport", re.compile(r"护照|通行证|台胞证|证件号")),
    ("nationality", re.compile(r"国籍")),
    ("name", re.compile(r"名字|姓名|叫|名$")),
    ("address", re.compile(r"地址|住址|门牌|楼号|小区|区写|街道|路|地点|位置")),
    ("date", re.compile(r"日期|时间|哪天|号|入住|入职|搬")),
    ("count", re.compile(r"人数|几个人|数量|一共")),
    ("company", re.compile(r"公司|店名|单位|厂")),
]


@dataclass(frozen=True)
class Analysis:
    """A message read once: what the classifiers and the extractors need."""

    text: str
    doc: Doc
    boundaries: set[int]


class NluEngine:
    """Category and intent classifiers plus entity extraction, behind the Engine protocol."""

    def __init__(
        self,
        categories: TextClassifier,
        intents: TextClassifier,
        *,
        today: Callable[[], date] | None = None,
        places: Gazetteer | None = None,
        words: Lexicon | None = None,
    ) -> None:
        self.categories = categories
        self.intents = intents
        self.today = today or (lambda: datetime.now(SHANGHAI).date())
        self.gazetteer = places or gazetteer()
        self.lexicon = words or lexicon()

    loaded_now = True  # nothing to load before answering (nlu/engine.py `run_nlu`)

    # -- Engine ------------------------------------------------------------------------------

    def understand(self, text: str) -> Meaning:
        analysis = analyse(text)
        return self._meaning(text, analysis, self._extract(analysis))

    def intent(self, text: str) -> Intent:
        analysis = analyse(text)
        return self._intent(analysis, self._extract(analysis))

    def read(self, text: str, about: bool = True) -> Reading:
        analysis = analyse(text)
        found = self._extract(analysis)
        meaning = self._meaning(text, analysis, found) if about else None
        return Reading(self._intent(analysis, found), found.spans, found.place, meaning)

    def entities(self, text: str) -> dict[str, Any]:
        return self._extract(analyse(text)).facts()

    def place(self, text: str) -> PlaceMatch | None:
        analysis = analyse(text)
        return self.gazetteer.resolve(analysis.text, analysis.boundaries)

    # -- more --------------------------------------------------------------------------------

    def extraction(self, text: str) -> Extraction:
        """Every span found, with offsets (what `hub nlu evaluate` compares to annotations)."""
        return self._extract(analyse(text))

    def _meaning(self, text: str, analysis: Analysis, found: Extraction) -> Meaning:
        weighing = self.categories.weigh(self.categories.vector(analysis.doc))
        probabilities = weighing.probabilities
        order = np.argsort(-probabilities)[:ALTERNATIVES]
        scored = tuple(Scored(self.categories.labels[i], float(probabilities[i])) for i in order)
        readable = _READABLE.search(analysis.text) is not None
        best = scored[0] if readable else Scored("other", 0.0)
        evidence = tuple(weighing.evidence(best.category)) if readable else ()
        facts = found.facts()
        return Meaning(
            text=text,
            category=best.category,
            confidence=best.score,
            alternatives=scored if analysis.doc.text.strip() else (),  # triage gets suggestions
            entities=facts,
            place=found.place,
            carrier=facts["carrier"],
            evidence=evidence,
        )

    def _intent(self, analysis: Analysis, found: Extraction) -> Intent:
        facts = {k: v for k, v in found.facts().items() if v is not None}
        if not analysis.doc.text.strip():
            return Intent("chitchat", 0.0, facts)
        probabilities = self.intents.probabilities(analysis.doc)
        best = int(np.argmax(probabilities))
        name, confidence = self.intents.labels[best], float(probabilities[best])
        if facts.get("case_number") and name != "correct":
            name, confidence = "ask_status", max(confidence, 0.9)
        if name == "correct":
            facts |= _correction(analysis.text, found)
        return Intent(name, confidence, facts)

    def _extract(self, analysis: Analysis) -> Extraction:
        return extract(
            analysis.text,
            today=self.today(),
            gazetteer=self.gazetteer,
            lexicon=self.lexicon,
            boundaries=analysis.boundaries,
        )


def analyse(text: str) -> Analysis:
    """Fold widths, cut to MAX_CHARS, tokenise once; offsets stay those of the (cut) text.

    jieba's dictionary path without its HMM for unknown words (measured: no loss of accuracy, a
    quarter faster), as nlu/segment.py computes it; it reads the lower-cased text so that its
    words serve the features as they are.
    """
    folded = _fold(text[:MAX_CHARS])
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a rare letter whose lower case is longer (İ)
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)
    words = segmenter().words(lowered)
    boundaries = {0, *itertools.accumulate(map(len, words))}
    doc = Doc(normalise(folded), tuple(w for w in words if not w.isspace()))
    return Analysis(folded, doc, boundaries)


def document(text: str) -> Doc:
    """The features' view of a text (for training)."""
    return analyse(text).doc


def _fold(text: str) -> str:
    """Full-width letters, digits and punctuation to their ASCII forms, one character for one."""
    return text.translate(_FULL_WIDTH)


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _correction(text: str, found: Extraction) -> dict[str, Any]:
    """Which slot a correction changes and its new value: 不对，电话是138... -> phone, 138..."""
    for slot, cue in _SLOTS:
        span = found.first(slot) or (
            found.first("id_number", valid=False) if slot == "id_number" else None
        )
        if span is not None and (cue.search(text) or slot in ("phone", "id_number", "passport")):
            value = span.value if span.value is not None else span.text
            if slot == "address" and found.place is not None and found.place.text:
                value = found.place.text
            return {"slot": slot, "value": value}
    for slot, cue in _SLOTS:
        if cue.search(text):
            value = re.split(r"应该是|改成|改为|更正为|换成|是", text, maxsplit=1)
            tail = value[1].strip(" ，,。:：") if len(value) > 1 else None
            return {"slot": slot, "value": tail or None}
    return {"slot": None, "value": None}

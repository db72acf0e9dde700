"""`hub classify`: a message in; its category, department, place and facts out as JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from agencies.catalog import Catalogue
from nlu.meaning import Meaning
from nlu.pipeline import NluEngine
from routing.decide import TRIAGE, decide


def classify(
    engine: NluEngine, text: str, catalogue: Catalogue, *, threshold: float
) -> dict[str, Any]:
    """The classify contract: every field present, null when not found."""
    meaning = engine.understand(text)
    decision = decide(meaning, catalogue, threshold=threshold)
    place = meaning.place
    return {
        "text": text,
        "category": meaning.category,
        "department": decision.department or TRIAGE,
        "unit": decision.unit,
        "district": place.district if place else None,
        "street": place.street if place else None,
        "police_station": place.police_station if place else None,
        "confidence": round(meaning.confidence, 4),
        "alternatives": alternatives(meaning, decision.suggestions),
        "entities": meaning.entities,
    }


def alternatives(meaning: Meaning, suggestions: Iterable[Any]) -> list[dict[str, Any]]:
    return [
        {"category": s.category, "department": s.department or TRIAGE, "score": round(s.score, 4)}
        for s in suggestions
    ]


def classify_lines(
    engine: NluEngine, lines: Iterable[str], catalogue: Catalogue, *, threshold: float
) -> Iterator[dict[str, Any]]:
    for line in lines:
        yield classify(engine, line.rstrip("\r\n"), catalogue, threshold=threshold)

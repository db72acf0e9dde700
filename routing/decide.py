"""Routing: from what a message means to the department (and unit) that must act, with the reason.

Pure functions over the catalogue: no database, no clock.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from agencies.catalog import CARRIERS, DISTRICT_LEAD, POLICE, TRIAGE_LEAD, Catalogue, Category
from agencies.enums import UnitKind
from nlu.meaning import Meaning, PlaceMatch

TRIAGE = "triage"
TELECOM = "telecom_service"


@dataclass(frozen=True)
class Suggestion:
    category: str
    department: str | None
    score: float


@dataclass(frozen=True)
class Decision:
    category: str
    department: str | None  # None: the hub's triage queue decides
    rule: str
    reason: str
    confidence: float
    unit: str | None = None
    unit_kind: UnitKind | None = None
    assist: tuple[str, ...] = ()
    place: PlaceMatch | None = None
    suggestions: tuple[Suggestion, ...] = ()
    evidence: tuple[str, ...] = ()  # the words that weighed most for the category

    @property
    def to_triage(self) -> bool:
        return self.department is None

    def explanation(self) -> dict[str, Any]:
        """What is stored on the case, so anyone can see why it went where it went."""
        return {
            "category": self.category,
            "department": self.department or TRIAGE,
            "unit": self.unit,
            "assist": list(self.assist),
            "rule": self.rule,
            "reason": self.reason,
            "confidence": round(self.confidence, 4),
            "place": self.place.as_dict() if self.place else None,
            "evidence": list(self.evidence),
            "suggestions": [
                {"category": s.category, "department": s.department, "score": round(s.score, 4)}
                for s in self.suggestions
            ],
        }


@dataclass(frozen=True)
class Lead:
    department: str | None
    rule: str
    reason: str


def decide(
    meaning: Meaning, catalogue: Catalogue, *, threshold: float, excluded: Collection[str] = ()
) -> Decision:
    """Route a message: a confident category with a resolvable lead, or the triage queue."""
    suggestions = _suggestions(meaning, catalogue)
    category = catalogue.categories.get(meaning.category or "")
    if category is None or category.lead == TRIAGE_LEAD:
        return _triage(meaning, "other", "no_category", "无法判断诉求类别，转人工分拨", suggestions)
    if meaning.confidence < threshold:
        reason = f"分类置信度 {meaning.confidence:.2f} 低于阈值 {threshold:.2f}，转人工分拨"
        return _triage(meaning, category.code, "below_threshold", reason, suggestions)
    lead = lead_of(category, meaning.place, meaning.carrier, catalogue)
    if lead.department is None:
        return _triage(meaning, category.code, lead.rule, lead.reason, suggestions)
    if lead.department in excluded:
        reason = "牵头部门已退单，转人工分拨"
        return _triage(meaning, category.code, "lead_returned", reason, suggestions)
    unit, unit_kind = unit_of(lead.department, category, meaning.place, catalogue)
    rule, reason = lead.rule, lead.reason
    if category.self_report and unit_kind is UnitKind.POLICE_STATION:
        rule, reason = "self_report_station", f"{reason}，由住址所属的{unit}受理"
    return Decision(
        category=category.code,
        department=lead.department,
        rule=rule,
        reason=reason,
        confidence=meaning.confidence,
        unit=unit,
        unit_kind=unit_kind,
        assist=assists_of(category, lead.department, meaning.place, catalogue),
        place=meaning.place,
        suggestions=suggestions,
        evidence=meaning.evidence,
    )


def lead_of(
    category: Category, place: PlaceMatch | None, carrier: str | None, catalogue: Catalogue
) -> Lead:
    """The lead department of a category for a place and carrier, or None with the reason."""
    if category.code == TELECOM and carrier in CARRIERS:
        return Lead(CARRIERS[carrier], "carrier", f"诉求指明运营商“{carrier}”")
    if category.lead == DISTRICT_LEAD:
        government = _district_government(place, catalogue)
        if government is None:
            return Lead(None, "no_place_for_district", "属地事项但未能确定所在区，转人工分拨")
        return Lead(government, "district_of_place", f"属地事项，由{place.district}人民政府办理")  # type: ignore[union-attr]
    if category.lead == TRIAGE_LEAD:
        return Lead(None, "no_category", "无法判断诉求类别，转人工分拨")
    name = catalogue.departments[category.lead].name_zh
    return Lead(category.lead, "category_lead", f"“{category.name_zh}”类诉求由{name}牵头办理")


def unit_of(
    department: str, category: Category, place: PlaceMatch | None, catalogue: Catalogue
) -> tuple[str | None, UnitKind | None]:
    """The police station or street office under the lead that serves the place."""
    if place is None or place.ambiguous:
        return None, None
    if department == POLICE and place.police_station:
        return place.police_station, UnitKind.POLICE_STATION
    if department == _district_government(place, catalogue) and place.street:
        return place.street, UnitKind.STREET_OFFICE
    return None, None


def assists_of(
    category: Category, lead: str, place: PlaceMatch | None, catalogue: Catalogue
) -> tuple[str, ...]:
    resolved = (
        _district_government(place, catalogue) if ref == DISTRICT_LEAD else ref
        for ref in category.assist
    )
    return tuple(dict.fromkeys(code for code in resolved if code and code != lead))


def _district_government(place: PlaceMatch | None, catalogue: Catalogue) -> str | None:
    if place is None or place.district is None:
        return None
    return catalogue.district_governments.get(place.district)


def _suggestions(meaning: Meaning, catalogue: Catalogue) -> tuple[Suggestion, ...]:
    result = []
    for scored in meaning.alternatives[:3]:
        category = catalogue.categories.get(scored.category)
        if category is None:
            continue
        lead = lead_of(category, meaning.place, meaning.carrier, catalogue)
        result.append(Suggestion(category.code, lead.department, scored.score))
    return tuple(result)


def _triage(
    meaning: Meaning, category: str, rule: str, reason: str, suggestions: tuple[Suggestion, ...]
) -> Decision:
    return Decision(
        category=category,
        department=None,
        rule=rule,
        reason=reason,
        confidence=meaning.confidence,
        place=meaning.place,
        suggestions=suggestions,
        evidence=meaning.evidence,
    )

"""What the NLU understood of a message: the shared vocabulary of nlu/, routing/ and intake/."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PlaceMatch:
    """Where a message says the matter is, resolved through the gazetteer."""

    text: str | None = None  # what the message said (台湾街288号)
    place: str | None = None  # the gazetteer place it matched (台湾街)
    district: str | None = None
    street: str | None = None
    police_station: str | None = None
    candidates: tuple[str, ...] = ()  # streets it could be, when the name is ambiguous

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "place": self.place,
            "district": self.district,
            "street": self.street,
            "police_station": self.police_station,
            "candidates": list(self.candidates),
        }


@dataclass(frozen=True)
class Scored:
    category: str
    score: float


@dataclass(frozen=True)
class Meaning:
    text: str
    category: str | None
    confidence: float
    alternatives: tuple[Scored, ...] = ()
    entities: dict[str, Any] = field(default_factory=dict)
    place: PlaceMatch | None = None
    carrier: str | None = None  # 电信, 移动 or 联通 when the message names one
    evidence: tuple[str, ...] = ()  # the words and characters that weighed most for the category

    @classmethod
    def certain(
        cls, text: str, category: str, place: PlaceMatch | None = None, **entities: Any
    ) -> Meaning:
        """A meaning that is not guessed: the person chose the kind of report (a chat form)."""
        return cls(text, category, 1.0, (Scored(category, 1.0),), dict(entities), place)

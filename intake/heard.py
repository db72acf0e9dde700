"""What the hub heard in one chat message, in the shape Rasa gives an action (`parse_data`).

The NLU engine (nlu/engine.py) does the understanding; this module only turns its answer into Rasa's
`latest_message` form (intent, entities with their spans) so the same actions serve the built-in
dialogue and a Rasa assistant. Button payloads in Rasa's form (`/intent` or `/intent{"k": "v"}`) are
taken as they are, without the classifier, as Rasa does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from nlu.engine import Engine, Reading, run_nlu
from nlu.entities import Found
from nlu.meaning import PlaceMatch

PAYLOAD = re.compile(r"^/([a-z_]+)(\{.*\})?$", re.DOTALL)
DIALOGUE_INTENTS = frozenset(
    {
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "cancel",
        "correct",
        "ask_status",
        "ask_human",
        "ask_help",
        "chitchat",
        "start_report",
    }
)


@dataclass(frozen=True)
class Heard:
    text: str
    intent: str
    confidence: float
    entities: tuple[dict[str, Any], ...] = ()
    payload: dict[str, Any] = field(default_factory=dict)  # values a button carried
    category: str | None = None  # what the message is about, when it was read for that
    category_confidence: float = 0.0

    @property
    def is_report(self) -> bool:
        """A message that reads as a report of some matter, not a dialogue act."""
        return self.intent == "report" or self.intent not in DIALOGUE_INTENTS

    @property
    def pressed(self) -> bool:
        """A button's payload (/affirm), not something typed."""
        return self.text.startswith("/")

    def values(self, entity: str) -> list[Any]:
        return [e["value"] for e in self.entities if e["entity"] == entity]

    def parse_data(self) -> dict[str, Any]:
        """Rasa's `latest_message` for this message."""
        return {
            "text": self.text,
            "intent": {"name": self.intent, "confidence": self.confidence},
            "intent_ranking": [{"name": self.intent, "confidence": self.confidence}],
            "entities": [dict(e) for e in self.entities],
        }


async def hear(engine: Engine, text: str, about: bool = True) -> Heard:
    """Intent, entities and (with `about`) category of a message: one NLU call, off the loop."""
    pressed = PAYLOAD.match(text.strip())
    if pressed:
        return _payload(pressed)
    reading = await run_nlu(engine.read, text, about)
    return heard_from(text, reading)


def heard_from(text: str, reading: Reading) -> Heard:
    """The engine's reading as Rasa's parse data: every span an entity, the place on the address."""
    intent, meaning = reading.intent, reading.meaning
    entities = tuple(_entity(found, reading.place) for found in reading.found)
    correction = {k: intent.entities.get(k) for k in ("slot", "value") if intent.entities.get(k)}
    if correction:
        entities += ({"entity": "correction", **correction},)
    return Heard(
        text,
        intent.name,
        float(intent.confidence),
        entities,
        category=meaning.category if meaning else None,
        category_confidence=float(meaning.confidence) if meaning else 0.0,
    )


def _entity(found: Found, place: PlaceMatch | None) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "entity": found.entity,
        "value": _jsonable(found.value if found.value is not None else found.text),
        "text": found.text,
        "start": found.start,
        "end": found.end,
    }
    if found.entity == "id_number":
        entity["valid"] = found.valid
        entity["value"] = found.text if not found.valid else entity["value"]
        if found.reason:
            entity["reason"] = found.reason
    elif found.entity in ("date", "time"):  # a time that is no point (每天半夜) is an undated date
        entity["entity"] = "date"
        entity["value"], entity["date"] = found.text, _jsonable(found.value)
    elif found.entity == "address" and place is not None and _same_place(found, place):
        entity["place"] = place.as_dict()  # resolved already: no second gazetteer look-up
    return entity


def _same_place(found: Found, place: PlaceMatch) -> bool:
    return bool(place.text) and (str(place.text) in found.text or found.text in str(place.text))


def _payload(pressed: re.Match[str]) -> Heard:
    values: dict[str, Any] = {}
    if pressed.group(2):
        try:
            loaded = json.loads(pressed.group(2))
        except json.JSONDecodeError:
            loaded = {}
        values = loaded if isinstance(loaded, dict) else {}
    entities = tuple({"entity": k, "value": v} for k, v in values.items() if _scalar(v))
    return Heard(pressed.group(0), pressed.group(1), 1.0, entities, values)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)

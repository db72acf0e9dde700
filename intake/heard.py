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

from nlu.engine import Engine, run_nlu

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

    @property
    def is_report(self) -> bool:
        """A message that reads as a report of some matter, not a dialogue act."""
        return self.intent == "report" or self.intent not in DIALOGUE_INTENTS

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


async def hear(engine: Engine, text: str) -> Heard:
    """Intent and entities of a message (the classifier runs off the event loop)."""
    pressed = PAYLOAD.match(text.strip())
    if pressed:
        return _payload(pressed)
    intent = await run_nlu(engine.intent, text)
    return Heard(text, intent.name, float(intent.confidence), entity_list(text, intent.entities))


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


def entity_list(text: str, found: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The engine's entities as Rasa entity dicts, with spans, in the order they appear."""
    found = _normalised(found)
    result = []
    for name, value in found.items():
        for one in value if isinstance(value, list | tuple) else [value]:
            entity = _entity(name, one)
            if entity is not None:
                result.append(_with_span(text, entity))
    return tuple(sorted(result, key=lambda e: (e.get("start", len(text)), e["entity"])))


def _normalised(found: dict[str, Any]) -> dict[str, Any]:
    """The engine's flat facts (nlu/entities.py) as one entity per fact.

    An invalid ID number is still an ID number the person gave (the form says why it is refused);
    a date is what was said with the day it resolved to.
    """
    facts = {k: v for k, v in found.items() if k not in ("date_text", "invalid_id_number")}
    invalid = found.get("invalid_id_number")
    if isinstance(invalid, dict) and not facts.get("id_number"):
        facts["id_number"] = {"value": invalid.get("text"), "valid": False, **invalid}
    if facts.get("date") is not None and not isinstance(facts["date"], dict):
        said = found.get("date_text") or _jsonable(facts["date"])
        facts["date"] = {"value": said, "text": said, "date": _jsonable(facts["date"])}
    return facts


def _entity(name: str, value: Any) -> dict[str, Any] | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, dict):
        entity = {k: _jsonable(v) for k, v in value.items()}
        entity.setdefault("value", entity.get("text"))
        if entity["value"] is None:
            return None
        return {"entity": name, **entity}
    if hasattr(value, "as_dict"):
        return _entity(name, value.as_dict())
    return {"entity": name, "value": _jsonable(value)}


def _with_span(text: str, entity: dict[str, Any]) -> dict[str, Any]:
    if "start" not in entity:
        said = entity.get("text") or entity["value"]
        at = text.find(str(said)) if isinstance(said, str | int) else -1
        if at >= 0:
            entity["start"], entity["end"] = at, at + len(str(said))
    return entity


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

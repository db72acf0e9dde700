"""Which slots of a form one message fills: the form's slot mappings, as data-driven code.

A slot takes the entity of its kind wherever it appears while the form is active (so the opening
message and a correction such as "不对，电话是…" fill it); the slot being asked also takes the whole
answer when no entity fits it. Names standing next to an ID number are persons (a tenant, an
employee) for the form's `people` slot; other names go to the form's name slot.
"""

from __future__ import annotations

from typing import Any

from hub.cases.numbers import case_number_in
from intake.forms import Form, Slot
from intake.heard import DIALOGUE_INTENTS
from intake.validators import says_no_more

ENTITY_OF_KIND = {
    "name": "name",
    "foreign_name": "name",
    "id_number": "id_number",
    "phone": "phone",
    "address": "address",
    "date": "date",
    "count": "count",
    "passport": "passport",
    "nationality": "nationality",
    "company": "company",
}
FREE_TEXT_KINDS = frozenset({"text", "date"})
PAIR_DISTANCE = 12  # characters between a name and its ID number for them to be one person


def extract(
    form: Form, message: dict[str, Any], requested: str | None, slots: dict[str, Any]
) -> dict[str, Any]:
    """Candidate values, by slot name, that this message gives the form."""
    text = str(message.get("text") or "")
    entities = list(message.get("entities") or [])
    people = next((s for s in form.slots if s.kind == "people"), None)
    persons, entities = _persons(entities) if people else ([], entities)
    found: dict[str, Any] = {}
    if people and (persons or (requested == people.name and says_no_more(text))):
        found[people.name] = {"persons": persons, "done": says_no_more(text)}
    found.update(_by_entity(form, entities, requested, slots))
    asked = form.slot(requested) if requested in form.slot_names else None
    takes_text = asked is not None and asked.name not in found and asked.kind != "people"
    if asked is not None and takes_text and (asked.kind in FREE_TEXT_KINDS or not found):
        found[asked.name] = text.strip()
    if _opens_matter(form, message, requested, slots, found):
        found["what"] = text.strip()
    return {name: found[name] for name in form.slot_names if name in found}


def extract_status(message: dict[str, Any], requested: str | None) -> dict[str, Any]:
    """A status query's case number and phone."""
    text = str(message.get("text") or "")
    found: dict[str, Any] = {}
    number = case_number_in(text)
    if number:
        found["case_number"] = number
    phones = [e["value"] for e in message.get("entities") or [] if e.get("entity") == "phone"]
    if phones:
        found["status_phone"] = phones[0]
    if requested and requested not in found and not found:
        found[requested] = text.strip()
    return found


def _by_entity(
    form: Form, entities: list[dict[str, Any]], requested: str | None, slots: dict[str, Any]
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entity_type in dict.fromkeys(e.get("entity") for e in entities):
        targets = [s for s in form.slots if ENTITY_OF_KIND.get(s.kind) == entity_type]
        values = [e for e in entities if e.get("entity") == entity_type]
        for slot, entity in zip(_order(targets, requested, slots), values, strict=False):
            found[slot.name] = entity
    return found


def _order(targets: list[Slot], requested: str | None, slots: dict[str, Any]) -> list[Slot]:
    """Slots sharing an entity type take values: the one asked first, then empty ones in order."""
    if len(targets) < 2:
        return targets
    asked = [s for s in targets if s.name == requested]
    empty = [s for s in targets if s.name != requested and slots.get(s.name) is None]
    return asked + empty


def _persons(entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair each ID number with the name just before it; the rest stay plain entities."""
    persons: list[dict[str, Any]] = []
    used: set[int] = set()
    for at, entity in enumerate(entities):
        if entity.get("entity") != "id_number":
            continue
        name_at = _name_before(entities, at, used)
        if name_at is None:
            persons.append({"name": None, "id_number": entity})
        else:
            used.add(name_at)
            persons.append({"name": entities[name_at]["value"], "id_number": entity})
        used.add(at)
    rest = [e for i, e in enumerate(entities) if i not in used]
    return persons, rest


def _name_before(entities: list[dict[str, Any]], at: int, used: set[int]) -> int | None:
    start = entities[at].get("start")
    for i in range(at - 1, -1, -1):
        entity = entities[i]
        if entity.get("entity") == "id_number":
            return None
        if entity.get("entity") == "name" and i not in used:
            close = start is None or entity.get("end") is None
            return i if close or start - entity["end"] <= PAIR_DISTANCE else None
    return None


def _opens_matter(
    form: Form,
    message: dict[str, Any],
    requested: str | None,
    slots: dict[str, Any],
    found: dict[str, Any],
) -> bool:
    """The message that opened the general form is itself the account of what happened."""
    intent = (message.get("intent") or {}).get("name")
    return (
        "what" in form.slot_names
        and requested is None
        and slots.get("what") is None
        and "what" not in found
        and intent not in DIALOGUE_INTENTS
    )

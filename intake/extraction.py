"""Which slots of a form one message fills: the form's slot mappings, as data-driven code.

A slot takes the entity of its kind wherever it appears while the form is active (so the opening
message and a correction such as "不对，电话是…" fill it); the slot being asked also takes the whole
answer when no entity fits it (a name answered without 我叫, a reason, a date said loosely). Names
standing next to an ID number are persons (a tenant, an employee) for the form's `people` slot;
other names go to the form's name slot. A bare count (两个) only answers the count being asked or
opens the form; a count that says whom it counts (两个租客) fills its slot from anywhere.
"""

from __future__ import annotations

import re
from typing import Any

from hub.cases.numbers import case_number_in
from intake.forms import Form, Slot
from intake.validators import looks_like_name

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
FREE_TEXT_KINDS = frozenset({"text"})
CORRECTING = re.compile(r"不对|错了|写错|改成|改为|改一下|应该是|更正|换成|重新填")
PAIR_DISTANCE = 12  # characters between a name and its ID number for them to be one person
OPENING_INTENTS = frozenset({"report", "start_report"})


def extract(
    form: Form, message: dict[str, Any], requested: str | None, slots: dict[str, Any]
) -> dict[str, Any]:
    """Candidate values, by slot name, that this message gives the form."""
    text = str(message.get("text") or "").strip()
    entities = [e for e in message.get("entities") or [] if e.get("entity") != "correction"]
    people = next((s for s in form.slots if s.kind == "people"), None)
    found: dict[str, Any] = {}
    if people is not None:
        persons, entities = _persons(entities)
        named = [e["value"] for e in entities if e.get("entity") == "name"]
        if requested == people.name and not persons and not named and looks_like_name(text):
            named = [text]
        if persons or (requested == people.name and named):
            found[people.name] = {"persons": persons, "names": named if not persons else []}
            entities = (
                [e for e in entities if e.get("entity") != "name"] if not persons else entities
            )
    entities = [e for e in entities if _applies(e, requested, form) and _dated(e, requested, form)]
    changing = requested is None or _corrects(message)
    found.update(_by_entity(form, entities, requested, slots, changing, text))
    asked = form.slot(requested) if requested in form.slot_names else None
    takes_text = asked is not None and asked.name not in found and asked.kind != "people"
    if asked is not None and takes_text and (asked.kind in FREE_TEXT_KINDS or not found):
        found[asked.name] = text
    if _opens_matter(form, message, requested, slots, found):
        found["what"] = text
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


def _applies(entity: dict[str, Any], requested: str | None, form: Form) -> bool:
    """A bare count (两个) answers only the count asked, or the message that opens the form."""
    if entity.get("entity") != "count" or requested is None:
        return True
    asked = form.slot(requested) if requested in form.slot_names else None
    if asked is not None and asked.kind == "count":
        return True
    said = str(entity.get("text") or "")
    return not said or (not said[-1:].isdigit() and said[-1:] not in "个位名口人户")


def _corrects(message: dict[str, Any]) -> bool:
    intent = (message.get("intent") or {}).get("name")
    return intent == "correct" or bool(CORRECTING.search(str(message.get("text") or "")))


def _dated(entity: dict[str, Any], requested: str | None, form: Form) -> bool:
    """A time said without a day (几天, 每天半夜) answers the date asked, or the one date of a form
    that takes vague answers (发生时间); it never fills a move-in or arrival date by itself."""
    if entity.get("entity") != "date" or entity.get("date"):
        return True
    dates = [s for s in form.slots if s.kind == "date"]
    asked = next((s for s in dates if s.name == requested), None)
    return asked is not None or (len(dates) == 1 and bool(dates[0].optional_answers))


def _by_entity(
    form: Form,
    entities: list[dict[str, Any]],
    requested: str | None,
    slots: dict[str, Any],
    changing: bool,
    text: str,
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entity_type in dict.fromkeys(e.get("entity") for e in entities):
        targets = [s for s in form.slots if ENTITY_OF_KIND.get(s.kind) == entity_type]
        values = [e for e in entities if e.get("entity") == entity_type]
        order = _order(targets, requested, slots, changing, text)
        for slot, entity in zip(order, values, strict=False):
            found[slot.name] = entity
    return found


def _order(
    targets: list[Slot], requested: str | None, slots: dict[str, Any], changing: bool, text: str
) -> list[Slot]:
    """Which slots an entity type fills, in order: the one asked, then empty ones; a value
    already given changes only on a correction or at the read-back, and then the slot the
    message names (入住日期 rather than 离开日期) goes first."""
    asked = [s for s in targets if s.name == requested]
    empty = [s for s in targets if s.name != requested and slots.get(s.name) is None]
    if not changing:
        return asked + empty
    named = [s for s in targets if any(word in text for word in _label_words(s))]
    rest = [s for s in targets if s not in named and s not in asked]
    return named + [s for s in asked if s not in named] + rest


def _label_words(slot: Slot) -> set[str]:
    label = slot.label
    for filler in ("日期", "号码", "预计", "或", "的"):
        label = label.replace(filler, " ")
    return {w for w in label.split() if len(w) >= 2}


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
        and intent in OPENING_INTENTS
    )

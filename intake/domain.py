"""The Rasa domain of the intake, made from the forms' data (exported to config/rasa/domain.yml)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from agencies.catalog import catalogue
from intake.forms import Form, forms
from intake.heard import DIALOGUE_INTENTS

ENTITIES = (
    "name",
    "phone",
    "id_number",
    "address",
    "date",
    "count",
    "carrier",
    "passport",
    "nationality",
    "company",
    "satisfied",
    "solved",
)
SLOT_TYPES = {"count": "float", "people": "list", "address": "any", "date": "any"}
CONVERSATION_SLOTS = {
    "category": "text",
    "case_number": "text",
    "status_phone": "text",
    "pending_revisit": "text",
    "unsure_place": "text",
}
ACTIONS = (
    "action_submit_report",
    "action_case_status",
    "action_answer_revisit",
    "action_read_back",
)


def _custom(slot_type: str) -> dict[str, Any]:
    return {"type": slot_type, "influence_conversation": False, "mappings": [{"type": "custom"}]}


def _slots() -> dict[str, Any]:
    slots: dict[str, Any] = {}
    for form in forms().values():
        for slot in form.slots:
            slots[slot.name] = _custom(SLOT_TYPES.get(slot.kind, "text"))
            if slot.kind == "people":
                slots[f"{slot.name}_draft"] = _custom("list")
    slots.update({name: _custom(kind) for name, kind in CONVERSATION_SLOTS.items()})
    slots["report_form"] = {  # rules after the read-back depend on which form it was
        "type": "categorical",
        "values": list(forms()),
        "influence_conversation": True,
        "mappings": [{"type": "custom"}],
    }
    return dict(sorted(slots.items()))


def _responses(form: Form) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for slot in form.slots:
        ask = re.sub(r"（[^）]*\{count\}[^）]*）", "", slot.ask).replace("{n}", "下一")
        body: dict[str, Any] = {"text": ask}
        if slot.buttons:
            body["buttons"] = [{"title": b, "payload": b} for b in slot.buttons]
        responses[f"utter_ask_{form.name}_{slot.name}"] = [body]
    return responses


@lru_cache(maxsize=1)
def domain() -> dict[str, Any]:
    """The domain as rasa-sdk actions receive it and as Rasa Open Source loads it."""
    from intake import texts

    responses: dict[str, Any] = {
        "utter_greet": [{"text": texts.WELCOME, "buttons": texts.MENU}],
        "utter_help": [{"text": texts.HELP, "buttons": texts.MENU}],
        "utter_choose": [{"text": texts.CHOOSE, "buttons": texts.MENU[:-1]}],
        "utter_human": [{"text": texts.HUMAN}],
        "utter_thank": [{"text": texts.THANKS}],
        "utter_goodbye": [{"text": texts.GOODBYE}],
        "utter_chitchat": [{"text": texts.CHITCHAT}],
        "utter_cancelled": [{"text": texts.CANCELLED, "buttons": texts.MENU}],
        "utter_what_to_change": [{"text": texts.WHAT_TO_CHANGE}],
        "utter_ask_status_form_case_number": [{"text": texts.ASK_CASE_NUMBER}],
        "utter_ask_status_form_status_phone": [{"text": texts.ASK_STATUS_PHONE}],
    }
    for form in forms().values():
        responses.update(_responses(form))
    form_specs = {f.name: {"required_slots": list(f.slot_names)} for f in forms().values()}
    form_specs["status_form"] = {"required_slots": ["case_number", "status_phone"]}
    return {
        "version": "3.1",
        "intents": [*sorted(DIALOGUE_INTENTS), "revisit", *catalogue().categories],
        "entities": list(ENTITIES),
        "slots": _slots(),
        "forms": form_specs,
        "responses": responses,
        "actions": [*(f"validate_{name}" for name in form_specs), *ACTIONS],
        "session_config": {
            "session_expiration_time": 1440,
            "carry_over_slots_to_new_session": True,
        },
    }

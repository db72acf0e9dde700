"""The chat's report forms, loaded from config/intake/forms.yml (data, not branches)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from config import CONFIG_DIR

FORMS_FILE = CONFIG_DIR / "intake" / "forms.yml"
SLOT_KINDS = frozenset(
    {
        "name",
        "foreign_name",
        "id_number",
        "phone",
        "address",
        "date",
        "count",
        "people",
        "text",
        "passport",
        "nationality",
        "company",
    }
)
MATTER_FORM = "matter_form"


@dataclass(frozen=True)
class Slot:
    name: str
    kind: str
    label: str
    ask: str
    buttons: tuple[str, ...] = ()
    count_slot: str | None = None  # people: the list is complete at this many
    role: str | None = None  # people: 租客, 员工
    recorded: str | None = None  # people: what is said once some persons are recorded
    optional_answers: tuple[str, ...] = ()  # answers that stand for "not known"


@dataclass(frozen=True)
class Form:
    name: str
    category: str | None  # None: the category comes from what the person says
    title: str
    reporter: str
    start: str
    slots: tuple[Slot, ...]

    def slot(self, name: str) -> Slot:
        return next(s for s in self.slots if s.name == name)

    @property
    def slot_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.slots)

    def missing(self, values: dict[str, Any]) -> Slot | None:
        """The first slot still without a value, in the order the form asks."""
        return next((s for s in self.slots if values.get(s.name) is None), None)


def load_forms(path: Path = FORMS_FILE) -> dict[str, Form]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    forms = {name: _form(name, body) for name, body in data["forms"].items()}
    for form in forms.values():
        _check(form)
    return forms


def _form(name: str, body: dict[str, Any]) -> Form:
    slots = tuple(
        Slot(
            name=s["name"],
            kind=s["kind"],
            label=s["label"],
            ask=s["ask"],
            buttons=tuple(str(b) for b in s.get("buttons", ())),
            count_slot=s.get("count_slot"),
            role=s.get("role"),
            recorded=s.get("recorded"),
            optional_answers=tuple(s.get("optional_answers", ())),
        )
        for s in body["slots"]
    )
    return Form(name, body["category"], body["title"], body["reporter"], body["start"], slots)


def _check(form: Form) -> None:
    names = form.slot_names
    if len(set(names)) != len(names):
        raise ValueError(f"form {form.name} repeats a slot name")
    for slot in form.slots:
        if slot.kind not in SLOT_KINDS:
            raise ValueError(f"form {form.name}: slot {slot.name} has unknown kind {slot.kind}")
        if slot.count_slot and slot.count_slot not in names[: names.index(slot.name)]:
            raise ValueError(f"form {form.name}: {slot.name} counts by a slot asked after it")
        if slot.kind == "people" and not slot.count_slot:
            raise ValueError(f"form {form.name}: {slot.name} needs a count_slot")


@lru_cache(maxsize=1)
def forms() -> dict[str, Form]:
    """The forms of this process."""
    return load_forms()


def form_for_category(category: str | None) -> Form:
    """The form that takes a report of this category: its own, or the general matter form."""
    table = forms()
    own = next((f for f in table.values() if f.category and f.category == category), None)
    return own or table[MATTER_FORM]

"""The intake's Rasa actions: form validation, filing, status queries and revisit answers.

They are rasa-sdk actions, run by rasa-sdk's ActionExecutor both in-process (the built-in dialogue,
intake/dialogue.py) and behind `hub actions` (a Rasa action server), so a Rasa Open Source
assistant drives exactly the same intake. Handlers stay thin: read the tracker, call one flows
function, utter.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.types import DomainDict

from agencies.access import resident
from hub.clock import Clock
from hub.errors import HubError
from intake import texts
from intake.extraction import extract, extract_status
from intake.forms import Form, Slot, forms
from intake.validators import CHECKS, Checked, check_person, check_phone, check_place, plain
from nlu.engine import Engine, run_nlu
from nlu.meaning import PlaceMatch

REQUESTED_SLOT = "requested_slot"
REPORT_FORM = "report_form"
CASE_NUMBER = "case_number"
PENDING_REVISIT = "pending_revisit"
STATUS_FORM = "status_form"
UNSURE_PLACE = "unsure_place"  # an address that fits several places, until the person says which

RevisitAnswer = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Intake:
    """What the actions need from the hub: the NLU, the clock and the filing settings."""

    engine: Engine
    clock: Clock
    triage_threshold: float
    duplicate_window: timedelta
    answer_revisit: RevisitAnswer

    def now(self) -> datetime:
        return self.clock.now()


def draft_slot(slot: Slot) -> str:
    """Where a people slot keeps the persons named so far, until the list is complete."""
    return f"{slot.name}_draft"


class FormValidation(FormValidationAction):
    """Extracts and checks the slots of one form; subclasses are made from the forms' data."""

    form: ClassVar[Form]

    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    def name(self) -> str:
        return f"validate_{self.form.name}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        return [*events, SlotSet(REPORT_FORM, self.form.name)]

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        requested = tracker.get_slot(REQUESTED_SLOT)
        found = extract(self.form, tracker.latest_message, requested, tracker.slots)
        return [SlotSet(name, value) for name, value in found.items()]

    async def check(
        self, slot: Slot, value: Any, tracker: Tracker
    ) -> tuple[dict[str, Any], str | None]:
        """The slot's new value (None when refused), the other slots it settles, the problem."""
        if slot.kind == "address":
            checked = await self._place(value, tracker)
            unsure = plain(value) if checked.problem and checked.problem.startswith("“") else None
            return {slot.name: checked.value, UNSURE_PLACE: unsure}, checked.problem
        if slot.kind == "people":
            return self._people(slot, value, tracker)
        checked = CHECKS[slot.kind](value, slot)
        changes: dict[str, Any] = {slot.name: checked.value}
        if slot.kind == "count" and checked.ok:
            changes.update(self._recount(slot, checked.value, tracker))
        return changes, checked.problem

    async def _place(self, value: Any, tracker: Tracker) -> Checked:
        """An address, resolved by the chat's reading of the message or else looked up now."""
        said = plain(value)
        place: PlaceMatch | None = None
        if isinstance(value, dict) and isinstance(value.get("place"), dict):
            place = PlaceMatch(**_place_fields(value["place"]))
        elif said:
            place = await run_nlu(self.intake.engine.place, said)
        earlier = tracker.get_slot(UNSURE_PLACE)
        if earlier and said and (place is None or not place.street):  # 莲花? 思明区的
            said = f"{said.removesuffix('的')}{earlier}"
            place = await run_nlu(self.intake.engine.place, said)
        return check_place(said, place)

    def _people(
        self, slot: Slot, value: Any, tracker: Tracker
    ) -> tuple[dict[str, Any], str | None]:
        draft = list(tracker.get_slot(draft_slot(slot)) or [])
        problems = []
        for person in (value or {}).get("persons", []):
            checked: Checked = check_person(person.get("name"), person.get("id_number"))
            if not checked.ok:
                problems.append(str(checked.problem))
            else:
                draft = _with_person(draft, checked.value)
        if problems:
            problems = ["；".join(p.rstrip("。") for p in problems) + "，请核对后重新发送。"]
        for name in (value or {}).get("names", []):
            problems.append(texts.NEEDS_ID.format(name=name))
        target = tracker.get_slot(slot.count_slot) if slot.count_slot else None
        done = bool(draft) and target is not None and len(draft) >= int(target)
        changes: dict[str, Any] = {slot.name: draft if done else None, draft_slot(slot): draft}
        if done and target is not None and len(draft) > int(target):
            changes[str(slot.count_slot)] = len(draft)
        return changes, " ".join(problems) or None

    def _recount(self, slot: Slot, count: int, tracker: Tracker) -> dict[str, Any]:
        """A corrected head count reopens the list of people counted by it."""
        changes: dict[str, Any] = {}
        for people in self.form.slots:
            draft = tracker.get_slot(draft_slot(people)) or []
            if people.count_slot == slot.name and len(draft) < count:
                changes[people.name] = None
            elif people.count_slot == slot.name and draft:
                changes[people.name] = draft[:count]
                changes[draft_slot(people)] = draft[:count]
        return changes


def _with_person(draft: list[dict[str, Any]], person: dict[str, Any]) -> list[dict[str, Any]]:
    """The list with this person: a new one added, a known name or ID number corrected."""
    for at, known in enumerate(draft):
        if person["id_number"] == known["id_number"] or person["name"] == known["name"]:
            return [*draft[:at], person, *draft[at + 1 :]]
    return [*draft, person]


def _place_fields(place: dict[str, Any]) -> dict[str, Any]:
    fields = ("text", "place", "district", "street", "police_station")
    return {k: place.get(k) for k in fields} | {"candidates": tuple(place.get("candidates", ()))}


def _slot_validator(slot: Slot) -> Callable[..., Awaitable[dict[str, Any]]]:
    async def validate(
        self: FormValidation,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        changes, problem = await self.check(slot, value, tracker)
        if problem:
            dispatcher.utter_message(text=problem, json_message={"invalid_slot": slot.name})
        return changes

    validate.__name__ = f"validate_{slot.name}"
    return validate


def validation_action(form: Form) -> type[FormValidation]:
    """The FormValidationAction of a form: one `validate_<slot>` per slot of its data."""
    methods: dict[str, Any] = {"form": form}
    for slot in form.slots:
        methods[f"validate_{slot.name}"] = _slot_validator(slot)
    class_name = "Validate" + "".join(part.title() for part in form.name.split("_"))
    return type(class_name, (FormValidation,), methods)


class ValidateStatusForm(FormValidationAction):
    """A status query: the case number and the phone the report was filed with."""

    def name(self) -> str:
        return f"validate_{STATUS_FORM}"

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        found = extract_status(tracker.latest_message, tracker.get_slot(REQUESTED_SLOT))
        return [SlotSet(name, value) for name, value in found.items()]

    def validate_case_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        from hub.cases.numbers import case_number_in

        number = case_number_in(plain(value))
        if number is None:
            dispatcher.utter_message(
                text=texts.BAD_CASE_NUMBER, json_message={"invalid_slot": CASE_NUMBER}
            )
        return {CASE_NUMBER: number}

    def validate_status_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        checked = check_phone(value, _STATUS_PHONE)
        if not checked.ok:
            dispatcher.utter_message(
                text=str(checked.problem), json_message={"invalid_slot": "status_phone"}
            )
        return {"status_phone": checked.value}


_STATUS_PHONE = Slot("status_phone", "phone", "电话", "")


class SubmitReport(Action):
    """Files the confirmed report and answers with the case number and the time limit."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    def name(self) -> str:
        return "action_submit_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        from intake.flows import file_chat_report

        form = forms().get(str(tracker.get_slot(REPORT_FORM)))
        values = {s.name: tracker.get_slot(s.name) for s in form.slots} if form else {}
        if form is None or form.missing(values) is not None:
            dispatcher.utter_message(text=texts.INCOMPLETE)
            return []
        filed = await file_chat_report(
            form, values, tracker.sender_id, self.intake, now=self.intake.now()
        )
        receipt = filed.receipt
        text = texts.receipt(form, receipt, filed.duplicate)
        dispatcher.utter_message(text=text, json_message={"case": receipt})
        return [SlotSet(CASE_NUMBER, receipt["number"])]


class ReadBack(Action):
    """Shows the completed form as a card to confirm (a Rasa rule runs it when a form ends)."""

    def name(self) -> str:
        return "action_read_back"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        form = forms().get(str(tracker.get_slot(REPORT_FORM)))
        if form is None:
            return []
        card = texts.read_back(form, tracker.slots)
        dispatcher.utter_message(
            text=texts.CONFIRM, buttons=texts.CONFIRM_BUTTONS, json_message={"card": card}
        )
        return []


class CaseStatus(Action):
    """Tells a reporter how their case stands, if the number and phone match a report of theirs."""

    def name(self) -> str:
        return "action_case_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        from intake.service import case_for_reporter

        number, phone = tracker.get_slot(CASE_NUMBER), tracker.get_slot("status_phone")
        try:
            receipt = await case_for_reporter(resident(phone=phone), str(number))
        except HubError:
            dispatcher.utter_message(text=texts.no_such_case(str(number), str(phone)))
            return [SlotSet(CASE_NUMBER, None), SlotSet("status_phone", None)]
        dispatcher.utter_message(text=texts.status(receipt), json_message={"case": receipt})
        return [SlotSet(CASE_NUMBER, None), SlotSet("status_phone", None)]


class AnswerRevisit(Action):
    """Takes the reporter's reply to a revisit question (回访) as their answer."""

    def __init__(self, intake: Intake) -> None:
        self.intake = intake

    def name(self) -> str:
        return "action_answer_revisit"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        number = tracker.get_slot(PENDING_REVISIT)
        satisfied, solved = texts.revisit_answer(tracker.latest_message)
        if satisfied is None:
            dispatcher.utter_message(text=texts.REVISIT_AGAIN, buttons=texts.REVISIT_BUTTONS)
            return []
        await self.intake.answer_revisit(str(number), satisfied, solved, self.intake.now())
        dispatcher.utter_message(text=texts.revisit_thanks(satisfied))
        return [SlotSet(PENDING_REVISIT, None)]


def executor(intake: Intake) -> ActionExecutor:
    """Every intake action, registered with rasa-sdk's executor."""
    runner = ActionExecutor()
    for form in forms().values():
        runner.register_action(validation_action(form)(intake))
    runner.register_action(ValidateStatusForm())
    runner.register_action(SubmitReport(intake))
    runner.register_action(ReadBack())
    runner.register_action(CaseStatus())
    runner.register_action(AnswerRevisit(intake))
    return runner

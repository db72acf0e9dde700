"""The built-in dialogue: what Rasa's rules and forms would do, for the hub's own chat.

One turn reads the conversation's state and what was heard, runs the intake's rasa-sdk actions
through rasa-sdk's executor (the same actions `hub actions` serves to a Rasa assistant), and
returns the new state and the replies. Actions that touch cases (filing, status, revisit answers)
are left to `finish`, which the caller runs inside the transaction that saves the conversation.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

import rasa_sdk
from rasa_sdk.executor import ActionExecutor

from agencies.catalog import catalogue
from intake import texts
from intake.actions import CASE_NUMBER, PENDING_REVISIT, REPORT_FORM, REQUESTED_SLOT, STATUS_FORM
from intake.domain import domain
from intake.forms import MATTER_FORM, Form, form_for_category, forms
from intake.heard import Heard
from nlu.engine import Engine

STATUS_SLOTS = (CASE_NUMBER, "status_phone")
INTERRUPTIONS = frozenset({"ask_help", "ask_human"})
SMALL_TALK = frozenset({"greet", "thank", "goodbye"})  # chitchat may well be an answer


@dataclass
class Reply:
    text: str
    buttons: list[dict[str, Any]] = field(default_factory=list)
    card: dict[str, Any] | None = None
    case: dict[str, Any] | None = None
    kind: str | None = None  # read_back, receipt, status, problem
    slot: str | None = None  # the slot a problem is about (not sent)

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"text": self.text, "buttons": self.buttons}
        if self.card is not None:
            body["card"] = self.card
        if self.case is not None:
            body["case"] = self.case
        if self.kind is not None:
            body["kind"] = self.kind
        return body


@dataclass
class Turn:
    """The outcome of one message: the state to save, the replies, and an action still to run."""

    state: dict[str, Any]
    replies: list[Reply] = field(default_factory=list)
    action: str | None = None
    case: dict[str, Any] | None = None

    def say(self, text: str, buttons: list[dict[str, Any]] | None = None, **extra: Any) -> None:
        self.replies.append(Reply(text, buttons or [], **extra))


def fresh_state() -> dict[str, Any]:
    return {"form": None, "confirming": False, "slots": {}}


class Dialogue:
    def __init__(self, runner: ActionExecutor, engine: Engine) -> None:
        self.runner = runner
        self.engine = engine
        self.domain = domain()

    async def respond(self, state: dict[str, Any], heard: Heard, sender: str) -> Turn:
        """Everything of a turn that writes nothing: NLU, slot extraction and validation."""
        turn = Turn(copy.deepcopy(state) or fresh_state())
        turn.state.setdefault("slots", {})
        form = turn.state.get("form")
        if turn.state["slots"].get(PENDING_REVISIT) and not _other_business(heard):
            turn.action = "action_answer_revisit"
        elif heard.intent == "cancel":
            self._cancel(turn)
        elif form == STATUS_FORM or (heard.intent == "ask_status" and form is None):
            await self._status(turn, heard, sender)
        elif form is not None:
            await self._form_turn(turn, forms()[form], heard, sender)
        else:
            await self._no_form(turn, heard, sender)
        return turn

    async def finish(self, turn: Turn, heard: Heard, sender: str) -> Turn:
        """Run the action that touches cases (inside the caller's transaction)."""
        if turn.action is None:
            return turn
        result = await self._run(turn.action, turn.state, heard, sender)
        slots = turn.state["slots"]
        for message in result["responses"]:
            kind = "receipt" if turn.action == "action_submit_report" else None
            kind = "status" if turn.action == "action_case_status" else kind
            case = (message.get("custom") or {}).get("case")
            turn.say(message["text"], message.get("buttons"), case=case, kind=kind)
            turn.case = case or turn.case
        self._apply(slots, result["events"])
        if turn.action == "action_submit_report" and turn.case:
            turn.state = {**fresh_state(), "last_case": turn.case["number"]}
            turn.state["slots"][PENDING_REVISIT] = slots.get(PENDING_REVISIT)
            turn.replies[-1].buttons = [texts.MENU[-1], *texts.MENU[:2]]
        if turn.action == "action_case_status":
            self._close_form(turn)
        return turn

    # -- report forms ---------------------------------------------------------------------

    async def _no_form(self, turn: Turn, heard: Heard, sender: str) -> None:
        if heard.intent in catalogue().categories:  # a menu button: that kind of report
            await self._open(turn, form_for_category(heard.intent), heard, sender, heard.intent)
        elif heard.pressed and heard.intent == "start_report":
            await self._open(turn, forms()[MATTER_FORM], heard, sender, None, ask_first=True)
        elif (form := _named_form(heard)) is not None:
            await self._open(turn, form, heard, sender, heard.category)
        elif heard.intent == "report" and _only_details(heard):
            turn.say(texts.CHOOSE, texts.MENU[:5])
        elif (heard.intent == "report" and heard.category_confidence > 0) or (
            heard.intent == "start_report" and _names_a_matter(heard)
        ):
            await self._open(turn, forms()[MATTER_FORM], heard, sender, heard.category)
        elif heard.intent == "start_report" and _wants_a_registration(heard):
            turn.say(texts.CHOOSE, texts.MENU[:4])
        elif heard.intent == "start_report":
            await self._open(turn, forms()[MATTER_FORM], heard, sender, None, ask_first=True)
        elif heard.intent in ("greet", "ask_help"):
            turn.say(texts.GREET if heard.intent == "greet" else texts.HELP, texts.MENU)
        elif heard.intent == "ask_human":
            turn.say(texts.HUMAN, texts.MENU)
        elif heard.intent == "thank":
            turn.say(texts.THANKS)
        elif heard.intent == "goodbye":
            turn.say(texts.GOODBYE)
        elif heard.intent == "chitchat":
            turn.say(texts.CHITCHAT, texts.MENU)
        else:
            turn.say(texts.NOT_UNDERSTOOD, texts.MENU)

    async def _open(
        self,
        turn: Turn,
        form: Form,
        heard: Heard,
        sender: str,
        category: str | None,
        ask_first: bool = False,
    ) -> None:
        turn.state.update(form=form.name, confirming=False)
        turn.state["slots"] = {
            PENDING_REVISIT: turn.state["slots"].get(PENDING_REVISIT),
            REPORT_FORM: form.name,
            "category": category,
        }
        turn.say(form.start)
        if not ask_first and not heard.pressed:
            await self._validate(turn, form, heard, sender, acknowledge=False)
        self._next(turn, form)

    async def _form_turn(self, turn: Turn, form: Form, heard: Heard, sender: str) -> None:
        slots = turn.state["slots"]
        if heard.intent == "ask_status":
            turn.say("请先完成或取消当前的登记，再查询进度。", [texts.CANCEL_BUTTON])
            return self._next(turn, form)
        if heard.intent == "start_report" and not heard.entities and heard.confidence > 0.8:
            turn.say(texts.IN_A_FORM.format(title=form.title), [texts.CANCEL_BUTTON])
            return self._next(turn, form)
        if turn.state.get("confirming"):
            return await self._confirming(turn, form, heard, sender)
        asked = slots.get(REQUESTED_SLOT)
        if heard.intent in INTERRUPTIONS and heard.confidence >= 0.8 and not heard.entities:
            turn.say(texts.HELP if heard.intent == "ask_help" else texts.HUMAN)
            return self._next(turn, form)
        before = dict(slots)
        await self._validate(turn, form, heard, sender)
        filled = [s for s in form.slots if before.get(s.name) is None and slots.get(s.name)]
        if not filled and heard.intent in SMALL_TALK and heard.confidence >= 0.85:
            turn.replies = [r for r in turn.replies if r.kind != "problem"]
            turn.say(_small_talk(heard.intent))
        elif filled and slots.get(str(asked)) is None and all(s.name != asked for s in filled):
            turn.say(texts.noted(filled))
        self._next(turn, form)

    async def _confirming(self, turn: Turn, form: Form, heard: Heard, sender: str) -> None:
        if heard.intent == "affirm":
            turn.action = "action_submit_report"
            return
        if heard.intent == "deny":
            turn.say(texts.WHAT_TO_CHANGE, [texts.CANCEL_BUTTON])
            return
        turn.state["slots"][REQUESTED_SLOT] = None
        changed = await self._validate(turn, form, heard, sender)
        if not changed and not any(r.kind == "problem" for r in turn.replies):
            turn.say(texts.CONFIRM, texts.CONFIRM_BUTTONS)
            return
        self._next(turn, form)

    async def _validate(
        self, turn: Turn, form: Form, heard: Heard, sender: str, acknowledge: bool = True
    ) -> list[str]:
        """Run the form's validation action; returns the slots whose value changed."""
        slots = turn.state["slots"]
        before = dict(slots)
        result = await self._run(f"validate_{form.name}", turn.state, heard, sender)
        for message in result["responses"]:
            about = (message.get("custom") or {}).get("invalid_slot")
            turn.say(message["text"], kind="problem", slot=about)
        self._apply(slots, result["events"])
        changed = [
            s.name
            for s in form.slots
            if before.get(s.name) is not None and slots.get(s.name) not in (None, before[s.name])
        ]
        if changed and acknowledge:
            turn.say(texts.changed(form, changed, slots))
        return changed

    def _next(self, turn: Turn, form: Form) -> None:
        """Ask for the first missing slot, or read everything back for confirmation."""
        slots = turn.state["slots"]
        missing = form.missing(slots)
        if missing is None:
            slots[REQUESTED_SLOT] = None
            turn.state["confirming"] = True
            card = texts.read_back(form, slots)
            turn.say(texts.CONFIRM, texts.CONFIRM_BUTTONS, card=card, kind="read_back")
            return
        turn.state["confirming"] = False
        asked_again = slots.get(REQUESTED_SLOT) == missing.name
        slots[REQUESTED_SLOT] = missing.name
        buttons = texts.question_buttons(missing, slots, form)
        last = turn.replies[-1] if turn.replies else None
        repeated = asked_again and last is not None and last.slot == missing.name
        if repeated and last is not None and missing.kind != "people" and not last.buttons:
            last.buttons = buttons  # the problem says what to send again: no second question
            return
        turn.say(texts.question(form, missing, slots), buttons)

    def _cancel(self, turn: Turn) -> None:
        had_form = turn.state.get("form") is not None
        self._close_form(turn)
        turn.say(texts.CANCELLED if had_form else texts.NOTHING_TO_CANCEL, texts.MENU)

    def _close_form(self, turn: Turn) -> None:
        pending = turn.state["slots"].get(PENDING_REVISIT)
        turn.state.update(form=None, confirming=False)
        turn.state["slots"] = {PENDING_REVISIT: pending} if pending else {}

    # -- status queries -------------------------------------------------------------------

    async def _status(self, turn: Turn, heard: Heard, sender: str) -> None:
        slots = turn.state["slots"]
        if turn.state.get("form") != STATUS_FORM:
            turn.state.update(form=STATUS_FORM, confirming=False)
            slots[REQUESTED_SLOT] = None
        if not heard.pressed:
            result = await self._run(f"validate_{STATUS_FORM}", turn.state, heard, sender)
            for message in result["responses"]:
                turn.say(message["text"], kind="problem")
            self._apply(slots, result["events"])
        missing = next((name for name in STATUS_SLOTS if not slots.get(name)), None)
        if missing is None:
            turn.action = "action_case_status"
            return
        slots[REQUESTED_SLOT] = missing
        ask = texts.ASK_CASE_NUMBER if missing == CASE_NUMBER else texts.ASK_STATUS_PHONE
        last = turn.state.get("last_case") if missing == CASE_NUMBER else None
        shortcut = [{"title": last, "payload": last}] if last else []
        turn.say(ask, [*shortcut, texts.CANCEL_BUTTON])

    # -- running actions ------------------------------------------------------------------

    async def _run(
        self, action: str, state: dict[str, Any], heard: Heard, sender: str
    ) -> dict[str, Any]:
        call = {
            "next_action": action,
            "sender_id": sender,
            "tracker": self._tracker(state, heard, sender),
            "domain": self.domain,
            "version": rasa_sdk.__version__,
        }
        result = await self.runner.run(call)
        return result.model_dump() if result else {"events": [], "responses": []}

    def _tracker(self, state: dict[str, Any], heard: Heard, sender: str) -> dict[str, Any]:
        parse = heard.parse_data()
        slots = {name: None for name in self.domain["slots"]}
        slots.update({k: v for k, v in state["slots"].items() if k in slots})
        slots[REQUESTED_SLOT] = state["slots"].get(REQUESTED_SLOT)
        form = state.get("form")
        return {
            "sender_id": sender,
            "slots": slots,
            "latest_message": parse,
            "events": [{"event": "user", "text": heard.text, "parse_data": parse}],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": form} if form else {},
            "latest_action_name": "action_listen",
        }

    @staticmethod
    def _apply(slots: dict[str, Any], events: list[dict[str, Any]]) -> None:
        for event in events:
            if event.get("event") == "slot":
                slots[event["name"]] = event["value"]


NAMED = 0.5  # category confidence at which a message names the kind of report it is
_LEAD_IN = re.compile(
    r"^(?:你好|您好)?[，,\s]*(?:我|我们)?(?:要|想|想要|需要)?(?:帮我)?"
    r"(?:投诉|反映|举报|报警|报|说)(?:一下|个|一个)?(?:事|事情|问题|情况)?[。！!]?$"
)
_REGISTRATION = re.compile(r"登记|申报|备案|报备")


def _named_form(heard: Heard) -> Form | None:
    """The form of a self-report the message names (我要登记租客), whatever its intent."""
    if heard.category is None or heard.category_confidence < NAMED or heard.pressed:
        return None
    if heard.intent not in ("report", "start_report", "greet", "ask_help", "chitchat"):
        return None
    form = form_for_category(heard.category)
    return form if form.category is not None else None


def _names_a_matter(heard: Heard) -> bool:
    """A start that already says what happened (我要投诉楼下烧烤摊占道), not only that it will."""
    return heard.category_confidence >= NAMED and not _LEAD_IN.match(heard.text.strip())


def _only_details(heard: Heard) -> bool:
    """A message of names, numbers and places with next to nothing said about a matter."""
    if heard.category_confidence >= NAMED or not heard.entities:
        return False
    rest = heard.text
    for entity in heard.entities:
        rest = rest.replace(str(entity.get("text") or ""), "")
    return len(_HAN.findall(rest)) < 4


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _wants_a_registration(heard: Heard) -> bool:
    own = form_for_category(heard.category).category is not None if heard.category else False
    return own or bool(_REGISTRATION.search(heard.text))


def _other_business(heard: Heard) -> bool:
    """A message that plainly starts something else rather than answering a revisit."""
    return heard.intent in ("ask_status", "start_report", "cancel") or (
        heard.is_report and heard.intent != "revisit" and not heard.text.startswith("/revisit")
    )


def _small_talk(intent: str) -> str:
    return {
        "greet": "您好！我们接着填。",
        "thank": "不客气！我们接着填。",
        "goodbye": "要先离开的话，点“取消”即可；要继续的话请回答：",
    }.get(intent, "我们先把登记办完。")

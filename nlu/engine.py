"""The NLU's face to the rest of the hub: what intake/ and the CLI may ask of it.

Implementations are CPU-bound and synchronous; callers on the event loop go through `run_nlu`, which
runs them in the default executor so a chat turn never blocks other requests, and reports how long
each call took to the observers registered with `observe_calls` (the hub's metrics).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from nlu.entities import Found
from nlu.meaning import Meaning, PlaceMatch

T = TypeVar("T")
Observer = Callable[[str, float], None]  # (operation, seconds)
_observers: list[Observer] = []


@dataclass(frozen=True)
class Intent:
    """A dialogue act in the middle of a conversation (greet, affirm, correct, ask_status, ...)."""

    name: str
    confidence: float
    entities: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    """A chat message read in one pass: its intent, every fact with its span, its place, and (when
    asked for) what it is about; the chat needs nothing else of a message."""

    intent: Intent
    found: tuple[Found, ...]  # every name, ID number, phone, date, ... in the order they appear
    place: PlaceMatch | None
    meaning: Meaning | None = None  # category and alternatives, when read with about=True


class Engine(Protocol):
    def understand(self, text: str) -> Meaning:
        """Category with confidence and alternatives, entities and place of a report."""
        ...

    def intent(self, text: str) -> Intent:
        """The dialogue intent of a chat message; `report` when it reads as a new report."""
        ...

    def entities(self, text: str) -> dict[str, Any]:
        """Entities only (name, phone, id_number, address, date, count, carrier, ...)."""
        ...

    def place(self, text: str) -> PlaceMatch | None:
        """The gazetteer's reading of an address."""
        ...

    def read(self, text: str, about: bool = True) -> Reading:
        """Intent, facts and place of a chat message, and its category when `about`: one pass."""
        ...


async def run_nlu(work: Callable[..., T], *args: Any) -> T:
    """Run CPU-bound NLU work off the event loop."""
    started = time.perf_counter()
    try:
        return await asyncio.get_running_loop().run_in_executor(None, work, *args)
    finally:
        operation, seconds = getattr(work, "__name__", "other"), time.perf_counter() - started
        for observer in _observers:
            observer(operation, seconds)


def observe_calls(observer: Observer) -> None:
    """Be told the operation name and duration of every NLU call made through `run_nlu`."""
    if observer not in _observers:
        _observers.append(observer)


def load_engine(settings: Any) -> Engine:
    """The NLU engine of a worker: the model under `settings.data_dir`, trained if missing."""
    from nlu.training import load_engine as load

    engine: Engine = load(settings.data_dir)
    return engine

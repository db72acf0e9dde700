"""The NLU's face to the rest of the hub: what intake/ and the CLI may ask of it.

Implementations are CPU-bound and synchronous; callers on the event loop go through `run_nlu`, which
runs them in the default executor so a chat turn never blocks other requests (a short message of
a loaded engine excepted, see `INLINE_CHARS`), and reports how long each call took to the
observers registered with `observe_calls` (the hub's metrics).
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
# A text this short is read on the event loop when the engine is loaded (`loaded` True): that
# takes about 0.2 ms, less than handing it to a thread and back (waking the thread, then the
# loop), which cost a chat turn of short answers (a name, a phone, 确认) a tenth of its CPU.
INLINE_CHARS = 64
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
        if _at_once(work, args):
            return work(*args)
        return await asyncio.get_running_loop().run_in_executor(None, work, *args)
    finally:
        operation, seconds = getattr(work, "__name__", "other"), time.perf_counter() - started
        for observer in _observers:
            observer(operation, seconds)


def _at_once(work: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    """A short text for an engine that answers without loading anything first."""
    text = args[0] if args else None
    engine = getattr(work, "__self__", None)
    return (
        isinstance(text, str)
        and len(text) <= INLINE_CHARS
        and getattr(engine, "loaded_now", False) is True
    )


def observe_calls(observer: Observer) -> None:
    """Be told the operation name and duration of every NLU call made through `run_nlu`."""
    if observer not in _observers:
        _observers.append(observer)


def load_engine(settings: Any) -> Engine:
    """The NLU engine of a worker: the model under `settings.data_dir`, trained if missing."""
    from nlu.training import load_engine as load

    engine: Engine = load(settings.data_dir)
    return engine

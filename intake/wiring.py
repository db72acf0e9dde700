"""How the chat is assembled for one worker: NLU engine, actions, dialogue, limits, pusher."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from hub.clock import Clock
from hub.feedback.flows import answer_revisit as default_revisit_answer
from hub.settings import Settings
from intake.actions import Intake, RevisitAnswer, executor
from intake.channel import Chat, Limits
from intake.dialogue import Dialogue
from intake.push import Pusher, pushing
from nlu.engine import Engine, Intent, Reading
from nlu.meaning import Meaning, PlaceMatch

__all__ = ["chat_for", "intake_for", "pushing"]


def intake_for(
    settings: Settings, clock: Clock, engine: Engine, answer_revisit: RevisitAnswer | None = None
) -> Intake:
    """What the actions need, from the settings."""
    return Intake(
        engine=engine,
        clock=clock,
        triage_threshold=settings.triage_threshold,
        duplicate_window=timedelta(hours=settings.duplicate_window_hours),
        answer_revisit=answer_revisit or default_revisit_answer,
    )


def chat_for(
    settings: Settings,
    clock: Clock,
    loaded: Callable[[], Engine | None],
    answer_revisit: RevisitAnswer | None = None,
) -> tuple[Chat, Pusher]:
    """The chat of a worker; `loaded` gives the app's NLU engine once it has one."""
    engine = LazyEngine(settings, loaded)
    intake = intake_for(settings, clock, engine, answer_revisit)
    limits = Limits(
        max_text=settings.chat_max_text,
        per_session=settings.chat_rate_per_session,
        per_address=settings.chat_rate_per_address,
    )
    return Chat(Dialogue(executor(intake), engine), clock, limits), Pusher()


class LazyEngine:
    """The worker's NLU engine, loaded on first use (in the executor thread that first needs it)."""

    def __init__(self, settings: Settings, loaded: Callable[[], Engine | None]) -> None:
        self.settings = settings
        self.loaded = loaded
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> Engine:
        engine = self.loaded()
        if engine is not None:
            return engine
        with self._lock:
            if self._engine is None:
                self._engine = load_engine(self.settings)
            return self._engine

    @property
    def loaded_now(self) -> bool:
        """A call answers without loading or waiting for the model (nlu/engine.py `run_nlu`)."""
        engine = self.loaded()
        if engine is None:
            engine = self._engine
        return engine is not None and getattr(engine, "loaded_now", False) is True

    def understand(self, text: str) -> Meaning:
        return self._loaded().understand(text)

    def intent(self, text: str) -> Intent:
        return self._loaded().intent(text)

    def entities(self, text: str) -> dict[str, Any]:
        return self._loaded().entities(text)

    def place(self, text: str) -> PlaceMatch | None:
        return self._loaded().place(text)

    def read(self, text: str, about: bool = True) -> Reading:
        return self._loaded().read(text, about)


def load_engine(settings: Settings) -> Engine:
    """The NLU engine of this worker (nlu/), loaded once."""
    from nlu import engine as nlu_engine

    load = getattr(nlu_engine, "load_engine", None)
    if load is None:
        raise RuntimeError("the NLU engine is not available in this build (nlu.engine.load_engine)")
    engine: Engine = load(settings)
    return engine

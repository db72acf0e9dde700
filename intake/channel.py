"""The chat as every channel uses it: screen the text, limit the pace, take the turn."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from hub.clock import Clock
from hub.errors import TooManyRequests
from intake import texts
from intake.dialogue import Dialogue
from intake.flows import TurnResult, take_turn
from intake.ratelimit import SlidingWindow


@dataclass
class Limits:
    max_text: int = 500
    per_session: int = 30  # messages a minute, one conversation (shared by all workers)
    per_address: int = 120  # messages a minute, one network address (this worker)


class Chat:
    def __init__(self, dialogue: Dialogue, clock: Clock, limits: Limits) -> None:
        self.dialogue = dialogue
        self.clock = clock
        self.limits = limits
        self.addresses = SlidingWindow(limits.per_address)

    async def turn(
        self, session_id: str | None, text: str, *, address: str, channel: str = "web"
    ) -> TurnResult:
        """Answer one message; bad input gets a clear reply and changes nothing."""
        now = self.clock.now()
        refusal = screen(text, self.limits.max_text)
        if refusal is not None:
            return TurnResult(session_id or "", [{"text": refusal, "buttons": []}], None)
        if not self.addresses.allow(address, now.timestamp()):
            raise TooManyRequests(texts.SLOW_DOWN, retry_after=60)
        return await take_turn(
            self.dialogue,
            session_id,
            text,
            now=now,
            channel=channel,
            per_minute=self.limits.per_session,
        )


def screen(text: str, max_text: int) -> str | None:
    """Why a message cannot be taken (empty, binary, too long), or None."""
    stripped = text.strip()
    if not stripped:
        return texts.EMPTY
    if len(text) > max_text:
        return texts.TOO_LONG.format(limit=max_text)
    controls = sum(1 for ch in stripped if _binary(ch))
    if controls:
        return texts.BINARY
    return None


def _binary(ch: str) -> bool:
    category = unicodedata.category(ch)
    return ch == "\ufffd" or (category in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\t\r")

"""A sliding-window limit on how often one network address may talk to the chat.

Kept in this worker's memory, on purpose: it guards this worker's CPU (every message goes through
the classifier) against a flood from one address, and costs no database round trip per message.
With N workers behind a load balancer an address gets at most N times the limit in total, which
still bounds it; the exact, shared limit is the per-conversation one, kept in the conversation's
row (intake/flows.py `_paced`), which is what a person typing is measured against.
"""

from __future__ import annotations

from collections import OrderedDict, deque

MAX_ADDRESSES = 50_000


class SlidingWindow:
    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def allow(self, key: str, moment: float) -> bool:
        """Count a hit for `key` at `moment` (seconds) unless the window is full."""
        hits = self._hits.pop(key, None) or deque()
        while hits and moment - hits[0] >= self.window:
            hits.popleft()
        allowed = len(hits) < self.limit
        if allowed:
            hits.append(moment)
        self._hits[key] = hits
        while len(self._hits) > MAX_ADDRESSES:
            self._hits.popitem(last=False)
        return allowed

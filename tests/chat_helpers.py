"""A person chatting with the hub through POST /api/chat, for the chat tests."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient


class Person:
    def __init__(self, client: TestClient, session_id: str | None = None) -> None:
        self.client = client
        self.session_id = session_id
        self.last: dict[str, Any] = {}

    async def say(self, text: str, status: int = 200) -> dict[str, Any]:
        response = await self.client.post(
            "/api/chat", json={"session_id": self.session_id, "text": text}
        )
        body = await response.json()
        assert response.status == status, body
        if status == 200:
            self.session_id = body["session_id"] or self.session_id
            self.last = body
        return body

    async def report_and_confirm(self, report: str, phone: str = "13959287416") -> str:
        """Report a matter, answer whatever is asked (the phone, else 不清楚), confirm: the case."""
        await self.say(report)
        for _ in range(6):
            if "以上信息都对吗" in self.text:
                break
            await self.say(phone if "电话" in self.text else "不清楚")
        body = await self.say("/affirm")
        assert body["case"], self.text
        return str(body["case"]["number"])

    @property
    def text(self) -> str:
        return "\n".join(r["text"] for r in self.last["replies"])

    @property
    def card(self) -> dict[str, str]:
        cards = [r["card"] for r in self.last["replies"] if r.get("card")]
        assert cards, self.text
        return {row["label"]: row["value"] for row in cards[-1]["rows"]}

    @property
    def buttons(self) -> list[str]:
        return [b["title"] for r in self.last["replies"] for b in r["buttons"]]

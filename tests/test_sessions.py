"""Sign-in, sessions in encrypted cookies, CSRF on every write, lock-out, and bad input."""

from __future__ import annotations

import io
import re
from urllib.parse import urlencode

from aiohttp.test_utils import TestClient

from agencies.auth import SESSION_COOKIE
from agencies.enums import Role
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from tests.factories import PASSWORD, account, file_case, sign_in


async def _note(client: TestClient, number: str, headers: dict[str, str]) -> int:
    response = await client.post(
        f"/api/cases/{number}/notes", json={"text": "已电话联系诉求人"}, headers=headers
    )
    return response.status


async def test_api_session_signs_in_and_writes_need_its_csrf_token(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now())
    await account("hr-staff", Role.STAFF, "human_resources")
    headers = await sign_in(client, "hr-staff")
    me = await (await client.get("/api/session")).json()
    assert me["account"]["department_name"] == "厦门市人力资源和社会保障局"
    assert me["csrf_token"] == headers["X-CSRF-Token"]
    assert await _note(client, case.number, {}) == 403
    assert await _note(client, case.number, {"X-CSRF-Token": "forged-" + "x" * 30}) == 403
    assert await CaseEvent.filter(case_id=case.id, kind="note").count() == 0
    assert await _note(client, case.number, headers) == 200
    assert await CaseEvent.filter(case_id=case.id, kind="note").count() == 1


async def test_the_cookie_is_encrypted_and_a_forged_one_is_anonymous(
    client: TestClient, clock: FrozenClock
) -> None:
    await account("hr-staff", Role.STAFF, "human_resources")
    await sign_in(client, "hr-staff")
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))[SESSION_COOKIE]
    assert "hr-staff" not in cookie.value and "account" not in cookie.value
    client.session.cookie_jar.clear()
    forged = cookie.value[:-8] + ("A" * 8 if not cookie.value.endswith("A" * 8) else "B" * 8)
    client.session.cookie_jar.update_cookies({SESSION_COOKIE: forged}, client.make_url("/"))
    response = await client.get("/api/session")
    assert response.status == 401


async def test_wrong_passwords_lock_the_account_for_15_minutes(
    client: TestClient, clock: FrozenClock
) -> None:
    await account("hr-staff", Role.STAFF, "human_resources")
    wrong = {"username": "hr-staff", "password": "not-the-password"}
    for _ in range(4):
        response = await client.post("/api/session", json=wrong)
        assert response.status == 401
        assert (await response.json())["error"]["message"] == "用户名或密码错误"
    locked = await client.post("/api/session", json=wrong)
    assert locked.status == 429
    assert "锁定" in (await locked.json())["error"]["message"]
    right = {"username": "hr-staff", "password": PASSWORD}
    assert (await client.post("/api/session", json=right)).status == 429
    clock.advance(minutes=16)
    assert (await client.post("/api/session", json=right)).status == 200


async def test_an_unknown_name_is_told_the_same_as_a_wrong_password(client: TestClient) -> None:
    response = await client.post("/api/session", json={"username": "nobody", "password": "x" * 12})
    assert response.status == 401
    assert (await response.json())["error"]["message"] == "用户名或密码错误"


async def test_sessions_expire_when_idle_and_end_at_logout(
    client: TestClient, clock: FrozenClock
) -> None:
    await account("hr-staff", Role.STAFF, "human_resources")
    headers = await sign_in(client, "hr-staff")
    clock.advance(hours=1)
    assert (await client.get("/api/cases")).status == 200
    clock.advance(hours=2, minutes=1)
    expired = await client.get("/api/cases")
    assert expired.status == 401
    assert "过期" in (await expired.json())["error"]["message"]
    page = await client.get("/portal/queue", allow_redirects=False)
    assert page.status == 303 and page.headers["Location"].startswith("/portal/login")

    headers = await sign_in(client, "hr-staff")
    assert (await client.delete("/api/session")).status == 403  # logout is a write: CSRF too
    assert (await client.delete("/api/session", headers=headers)).status == 204
    assert (await client.get("/api/cases")).status == 401


async def test_a_copied_cookie_opens_nothing_after_logout(client: TestClient) -> None:
    """Sessions live in the cookie; a logout still ends every copy of it, in any browser."""
    await account("hr-staff", Role.STAFF, "human_resources")
    headers = await sign_in(client, "hr-staff")
    copied = {"Cookie": f"{SESSION_COOKIE}={_cookie(client)}"}
    assert (await client.get("/api/cases", headers=copied)).status == 200
    other_browser = await sign_in(client, "hr-staff")
    other_cookie = {"Cookie": f"{SESSION_COOKIE}={_cookie(client)}"}

    assert (await client.delete("/api/session", headers=other_browser)).status == 204
    for stale in (copied, other_cookie):
        answer = await client.get("/api/cases", headers=stale)
        assert answer.status == 401
        assert "退出登录" in (await answer.json())["error"]["message"]
    assert headers

    await sign_in(client, "hr-staff")  # signing in again opens a new session as before
    assert (await client.get("/api/cases")).status == 200


def _cookie(client: TestClient) -> str:
    jar = {c.key: c.value for c in client.session.cookie_jar}
    return jar[SESSION_COOKIE]


async def test_a_session_ends_after_12_hours_however_busy(
    client: TestClient, clock: FrozenClock
) -> None:
    await account("hr-staff", Role.STAFF, "human_resources")
    await sign_in(client, "hr-staff")
    for _ in range(12):
        clock.advance(minutes=59)
        assert (await client.get("/api/cases")).status == 200
    clock.advance(minutes=60)
    assert (await client.get("/api/cases")).status == 401


async def test_portal_login_form_carries_a_csrf_token(
    client: TestClient, clock: FrozenClock
) -> None:
    await account("hr-staff", Role.STAFF, "human_resources")
    form = await (await client.get("/portal/login")).text()
    token = re.search(r'name="_csrf" value="([^"]+)"', form)
    assert token is not None
    credentials = {"username": "hr-staff", "password": PASSWORD}
    refused = await client.post("/portal/login", data=credentials, allow_redirects=False)
    assert refused.status == 403
    wrong = await client.post(
        "/portal/login",
        data={**credentials, "password": "wrong-password", "_csrf": token.group(1)},
        allow_redirects=False,
    )
    assert wrong.status == 401 and "用户名或密码错误" in await wrong.text()
    signed_in = await client.post(
        "/portal/login",
        data={**credentials, "_csrf": token.group(1), "next": "https://evil.example/"},
        allow_redirects=False,
    )
    assert signed_in.status == 303 and signed_in.headers["Location"] == "/portal/queue"
    assert (await client.get("/portal/queue")).status == 200


async def test_bad_input_is_a_clear_4xx_and_changes_nothing(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now())
    await account("hr-staff", Role.STAFF, "human_resources")
    headers = await sign_in(client, "hr-staff")
    url = f"/api/cases/{case.number}"
    cases = [
        (await client.post(f"{url}/sign", data="{", headers=headers | _json()), 400),
        (await client.post(f"{url}/sign", json={"version": "1"}, headers=headers), 400),
        (await client.post(f"{url}/sign", json={"version": True}, headers=headers), 400),
        (await client.post(f"{url}/sign", json=[1], headers=headers), 400),
        (await client.post(f"{url}/notes", json={"text": 5}, headers=headers), 400),
        (await client.post(f"{url}/notes", json={"text": "长" * 2001}, headers=headers), 400),
        (await client.post(f"{url}/sign", data="version=1", headers=headers | _form()), 415),
        (
            await client.post(
                f"{url}/resolve", json={"text": "好", "result": "x"}, headers=headers
            ),
            400,
        ),
        (await client.post(f"{url}/sign", json={"version": 99}, headers=headers), 409),
        (
            await client.post(
                f"{url}/notes",
                data=b'{"text": "' + b"a" * 70_000 + b'"}',
                headers=headers | _json(),
            ),
            413,
        ),
        (await client.post(f"{url}/sign", data=b"\xff\xfe", headers=headers | _json()), 400),
        (await client.get("/api/cases?tab=nope"), 400),
        (await client.get("/api/cases?from=2026-13-01"), 400),
        (await client.get("/api/cases?cursor=!!!"), 400),
        (await client.get("/api/cases?limit=100000"), 400),
        (await client.post("/api/session", data="username=a", headers=_form()), 415),
        (await client.post("/api/session", json={"username": 1, "password": "x"}), 400),
    ]
    for response, status in cases:
        assert response.status == status, (response.url, await response.text())
        assert (await response.json())["error"]["message"]
    unchanged = await Case.get(id=case.id)
    assert (unchanged.status, unchanged.version) == (case.status, case.version)
    assert await CaseEvent.filter(case_id=case.id).count() == 2


async def test_oversized_form_is_refused(client: TestClient, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await account("hr-staff", Role.STAFF, "human_resources")
    headers = await sign_in(client, "hr-staff")
    response = await client.post(
        f"/portal/cases/{case.number}/notes",
        data=io.BytesIO(
            urlencode({"_csrf": headers["X-CSRF-Token"], "text": "a" * (2 * 1024 * 1024)}).encode()
        ),
        headers=_form(),
    )
    assert response.status == 413
    assert await CaseEvent.filter(case_id=case.id, kind="note").count() == 0


def _json() -> dict[str, str]:
    return {"Content-Type": "application/json"}


def _form() -> dict[str, str]:
    return {"Content-Type": "application/x-www-form-urlencoded"}

"""The dashboard: a period's rates and volumes, per department, category and district, and CSV."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient

from agencies.enums import Role
from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.clock import FrozenClock
from hub.feedback.flows import answer_revisit
from tests.factories import account, file_case, sign_in, staff_of


async def _period(clock: FrozenClock) -> None:
    """Four wage cases for human_resources and one noise case for ecology_environment."""
    hr = await staff_of("human_resources")
    start = clock.now()
    on_time = await file_case(start, category="dispute_labor", where="台湾街", text="欠薪甲")
    late = await file_case(start, category="dispute_labor", where="中山路", text="欠薪乙")
    await file_case(start, category="dispute_labor", where="吕岭路", text="欠薪丙")  # left unsigned
    await file_case(start, category="noise_industrial", where="五缘湾", text="工厂夜间噪音")
    await flows.sign(on_time.number, actor=hr, now=start + timedelta(minutes=30))
    await flows.sign(late.number, actor=hr, now=start + timedelta(days=1))
    await flows.resolve(
        on_time.number,
        text="已支付",
        result=ResolutionResult.RESOLVED,
        actor=hr,
        now=start + timedelta(days=2),
    )
    await answer_revisit(
        on_time.number, satisfied=True, solved=False, now=start + timedelta(days=3)
    )
    clock.advance(days=25)


async def test_hub_figures_per_department_and_category(
    client: TestClient, clock: FrozenClock
) -> None:
    await _period(clock)
    waiting = await file_case(clock.now(), category="other", where=None, text="不知道该找谁")
    assert waiting.department_id is None  # in the triage queue: the city received it all the same
    await account("operator", Role.OPERATOR)
    await sign_in(client, "operator")
    board = await (await client.get("/api/dashboard?from=2026-11-30&to=2026-12-31")).json()
    assert board["total"]["received"] == 5
    assert sum(d["received"] for d in board["departments"]) == 4
    hr = next(d for d in board["departments"] if d["code"] == "human_resources")
    assert hr["received"] == 3 and hr["resolved"] == 1
    assert hr["response_rate"] == 1 / 3  # one on time, one late, one never signed
    assert hr["on_time_rate"] == 1 / 2  # one resolved in time; the late one is still open past it
    assert (hr["solve_rate"], hr["satisfaction_rate"]) == (0.0, 1.0)
    labor = next(c for c in board["categories"] if c["code"] == "dispute_labor")
    assert (labor["received"], labor["response_rate"], labor["on_time_rate"]) == (3, 1 / 3, 1 / 2)
    only_labor = await client.get(
        "/api/dashboard?from=2026-11-30&to=2026-12-31&category=dispute_labor"
    )
    assert (await only_labor.json())["total"]["received"] == 3
    assert {d["label"] for d in board["districts"]} == {"湖里区", "思明区", "未定位"}
    assert board["overdue_count"] == 3  # the unsigned one, the late one, and the noise case
    assert [d["received"] for d in board["daily"][:2]] == [4, 0]

    page = await client.get("/portal/dashboard?from=2026-11-30&to=2026-12-31")
    html = await page.text()
    assert page.status == 200 and "响应率" in html and "chart.umd.min.js" in html
    for table in ("departments", "categories", "districts", "daily", "overdue"):
        csv = await client.get(f"/portal/dashboard/{table}.csv?from=2026-11-30&to=2026-12-31")
        assert csv.status == 200 and csv.content_type == "text/csv"
        assert len((await csv.read()).decode("utf-8-sig").splitlines()) >= 2, table


async def test_a_department_sees_only_its_own_figures(
    client: TestClient, clock: FrozenClock
) -> None:
    await _period(clock)
    await account("eco-staff", Role.STAFF, "ecology_environment")
    await sign_in(client, "eco-staff")
    board = await (await client.get("/api/dashboard?from=2026-11-30&to=2026-12-31")).json()
    assert [d["code"] for d in board["departments"]] == ["ecology_environment"]
    assert board["total"]["received"] == 1
    overdue = await client.get("/portal/dashboard/overdue.csv?from=2026-11-30&to=2026-12-31")
    assert "欠薪" not in (await overdue.read()).decode("utf-8-sig")
    other = await client.get("/api/dashboard?department=human_resources")
    assert other.status == 400
    bad = [
        "/api/dashboard?from=2026-12-05&to=2026-11-30",
        "/api/dashboard?from=2020-01-01&to=2026-01-01",
        "/api/dashboard?category=nope",
        "/api/dashboard?from=yesterday",
    ]
    for url in bad:
        assert (await client.get(url)).status == 400, url
    assert (await client.get("/portal/dashboard/secrets.csv")).status == 404

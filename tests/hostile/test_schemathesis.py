"""Schemathesis against the live hub's /api/openapi.json: what the document promises, the API keeps.

Every operation of the document gets a bounded number of generated requests, valid ones and ones
that break the schema, with the credentials its security names (a department's session and its
CSRF token, an operator's, an officer's token, a task system's key). No answer may be a server
error; every answer must be a status the operation documents, in the documented media type and
shape; requests that break the schema must be refused.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from agencies.enums import Role
from hub.app import create_app
from hub.clock import FrozenClock
from hub.settings import Settings
from nlu.pipeline import NluEngine
from tests.factories import PASSWORD, account, file_case
from tests.hostile.wire import Sent, send
from tests.police import police, task_body

EXAMPLES = 12  # per operation and mode: about 700 requests, well under a minute on two cores
CHECKS = {
    GenerationMode.POSITIVE: [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ],
    GenerationMode.NEGATIVE: [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
        negative_data_rejection,
    ],
}


@dataclass(frozen=True)
class Credentials:
    session: dict[str, str]  # a department's session: its cookie and CSRF token
    operator: dict[str, str]  # a hub operator's
    officer: dict[str, str]
    system: dict[str, str]
    path: dict[str, str]  # real values of path parameters, so that actions reach their checks

    def for_operation(self, path: str, security: list[dict[str, list[str]]]) -> dict[str, str]:
        schemes = {name for requirement in security for name in requirement}
        if "api_key" in schemes:
            return self.system
        if path.startswith(("/api/officer", "/api/referrals")):
            return self.officer
        if path.startswith("/api/outbox"):
            return self.operator
        return self.session if schemes else {}


@pytest.fixture
async def live_hub(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[tuple[str, Credentials]]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestServer(app, host="127.0.0.1") as server:
        assert server.port is not None
        yield f"http://127.0.0.1:{server.port}", await _credentials(server.port, clock)


async def _credentials(port: int, clock: FrozenClock) -> Credentials:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("hr-staff", Role.STAFF, "human_resources")
    cop = await police(clock.now())
    await account("operator", Role.OPERATOR)
    json_type = (b"Content-Type", b"application/json")
    task = json.dumps(task_body()).encode()
    pushed = await send(
        port, Sent("POST", b"/api/tasks", ((b"X-Api-Key", cop.api_key.encode()), json_type), task)
    )
    assert pushed.status == 201, pushed.text
    return Credentials(
        session=await _session(port, "hr-staff"),
        operator=await _session(port, "operator"),
        officer={"Authorization": f"Bearer {cop.officer_token}"},
        system={"X-Api-Key": cop.api_key},
        path={"number": case.number, "external_id": "RW-2026-0001"},
    )


async def _session(port: int, username: str) -> dict[str, str]:
    login = json.dumps({"username": username, "password": PASSWORD}).encode()
    json_type = (b"Content-Type", b"application/json")
    signed = await send(port, Sent("POST", b"/api/session", (json_type,), login))
    assert signed.status == 200, signed.text
    cookie = signed.headers["Set-Cookie"].split(";")[0]
    return {"Cookie": cookie, "X-CSRF-Token": json.loads(signed.body)["csrf_token"]}


def _credentials_given(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the credentials left to the harness: Schemathesis would otherwise make
    up tokens of its own (overriding the real ones) and leave them out of invalid requests (which
    the real ones, added back, then rightly get accepted)."""
    copied = copy.deepcopy(document)
    for operations in copied["paths"].values():
        for spec in operations.values():
            spec["security"] = []
    return copied


def run_schemathesis(
    base_url: str, document: dict[str, Any], credentials: Credentials
) -> list[str]:
    """Every operation, in both modes; the failures as lines (none: an empty list)."""
    schema = schemathesis.openapi.from_dict(_credentials_given(document))
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        name = f"{operation.method.upper()} {operation.path}"
        spec = document["paths"][operation.path][operation.method.lower()]
        headers = credentials.for_operation(operation.path, spec.get("security", []))
        fixed = {k: v for k, v in credentials.path.items() if "{" + k + "}" in operation.path}
        answered: set[int] = set()
        for mode, checks in CHECKS.items():
            strategy = operation.as_strategy(generation_mode=mode, path_parameters=fixed or None)
            exercise = _exercise(strategy, base_url, headers, checks, answered)
            try:
                exercise()
            except Unsatisfiable:
                continue  # nothing of the operation can be made invalid (no parameters, no body)
            except (Exception, BaseExceptionGroup) as exc:
                failures.append(f"{name} [{mode.value}]: {exc}")
        if headers and answered <= {401, 403}:  # the harness's credentials must work
            failures.append(f"{name}: only {sorted(answered)}")
    return failures


def _exercise(
    strategy: Any, base_url: str, headers: dict[str, str], checks: list[Any], answered: set[int]
) -> Any:
    """The operation's property: its answers to generated requests pass the checks."""

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def exercise(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url, headers=dict(headers), timeout=30)
        answered.add(response.status_code)
        case.validate_response(response, checks=checks)

    return exercise


@pytest.mark.slow
async def test_the_api_keeps_to_its_openapi_document(live_hub: tuple[str, Credentials]) -> None:
    base_url, credentials = live_hub
    port = int(base_url.rsplit(":", 1)[1])
    reply = await send(port, Sent("GET", b"/api/openapi.json"))
    document = json.loads(reply.body)
    assert len(document["paths"]) > 20
    failures = await asyncio.to_thread(run_schemathesis, base_url, document, credentials)
    assert not failures, "\n\n".join(failures)

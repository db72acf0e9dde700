"""`hub sla due`: anyone can check the calendar arithmetic from the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def sla_due(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    return subprocess.run(
        [sys.executable, "-m", "hub", "sla", "due", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_prints_the_due_time_with_its_offset() -> None:
    result = sla_due("--class", "standard", "--from", "2026-09-30T16:00", "--window", "sign")
    assert (result.returncode, result.stdout) == (0, "2026-10-08T09:00:00+08:00\n")
    result = sla_due("--class", "standard", "--from", "2026-09-30T08:00:00Z", "--window", "resolve")
    assert (result.returncode, result.stdout) == (0, "2026-10-15T17:30:00+08:00\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--class", "fast", "--from", "2026-09-30T16:00"], "没有名为 fast 的时限类别"),
        (["--class", "urgent", "--from", "yesterday"], "不是 ISO 8601 时间"),
    ],
)
def test_bad_input_is_named(args: list[str], message: str) -> None:
    result = sla_due(*args, "--window", "sign")
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stdout == ""

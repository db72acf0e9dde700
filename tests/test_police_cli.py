"""`hub systems add` and officers' tokens, as an administrator uses them."""

from __future__ import annotations

import re

from tests.test_cli import env, hub

__all__ = ["env"]


def test_register_a_task_system_and_an_officer(env: dict[str, str]) -> None:
    assert hub("db", "upgrade", env=env).returncode == 0
    system = hub("systems", "add", "--name", "公安任务系统", env=env)
    assert system.returncode == 0, system.stderr
    assert re.search(r"^api_key: hubk_\S{40,}$", system.stdout, re.M)
    assert re.search(r"^signing_secret: \S{40,}$", system.stdout, re.M)
    again = hub("systems", "add", "--name", "公安任务系统", env=env)
    assert again.returncode == 1 and "已存在" in again.stderr

    officer = hub("users", "add", "--username", "jh-0231", "--role", "officer", env=env)
    assert officer.returncode == 0, officer.stderr
    assert re.search(r"API token .*: hubt_\S{40,}$", officer.stdout, re.M)
    second = hub("users", "token", "--username", "jh-0231", "--label", "备用机", env=env)
    assert re.search(r": hubt_\S{40,}$", second.stdout, re.M)
    revoked = hub("users", "revoke", "--username", "jh-0231", env=env)
    assert "2 API token(s) of jh-0231 revoked" in revoked.stdout

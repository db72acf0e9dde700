"""`hub pii`: keys, re-sealing, the start-up check and erasure, from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from hub.settings import Settings


def add_commands(commands: Any) -> None:
    pii = commands.add_parser("pii", help="personal data at rest").add_subparsers(metavar="ACTION")
    pii.add_parser("keygen", help="print a new key for HUB_PII_KEYS").set_defaults(run=cmd_keygen)
    rotate = pii.add_parser(
        "rotate", help="seal every value again under the first key of HUB_PII_KEYS (resumable)"
    )
    rotate.add_argument("--batch", type=int, default=500, help="rows per transaction")
    rotate.set_defaults(run=cmd_rotate)
    pii.add_parser(
        "check", help="check that the keys open the stored data and the hash key matches"
    ).set_defaults(run=cmd_check)
    purge = pii.add_parser(
        "purge", help="erase the personal data of self-reports past HUB_RETENTION_DAYS"
    )
    purge.add_argument("--days", type=int, help="instead of HUB_RETENTION_DAYS")
    purge.set_defaults(run=cmd_purge)


def cmd_keygen(args: argparse.Namespace, settings: Settings) -> int:
    import base64
    import secrets

    print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii"))
    return 0


def cmd_rotate(args: argparse.Namespace, settings: Settings) -> int:
    from hub.cli import _run_with_database
    from hub.privacy.keys import keyring
    from hub.privacy.rotation import rotate

    if args.batch < 1:
        print("hub: --batch must be at least 1")
        return 2
    done = _run_with_database(settings, lambda: rotate(args.batch))
    for column, count in done.resealed.items():
        print(f"{column}\t{count} sealed again\t{done.left[column]} left")
    left = sum(done.left.values())
    if left:
        print(f"hub: {left} values are not yet under key {keyring().current}: run it again")
        return 1
    print(f"hub: every value is sealed under key {keyring().current}; older keys may go")
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from hub.cli import _run_with_database
    from hub.privacy.rotation import check_keys

    _run_with_database(settings, check_keys)
    print("hub: the keys open the stored personal data")
    return 0


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    from hub.cli import _run_with_database
    from hub.clock import SystemClock
    from hub.privacy.flows import erase_expired

    days = settings.retention_days if args.days is None else args.days
    if days <= 0:
        print("hub: HUB_RETENTION_DAYS is 0: personal data is kept, nothing erased")
        return 0
    erased = _run_with_database(settings, lambda: erase_expired(SystemClock().now(), days))
    print(f"hub: personal data of {erased} closed self-reports erased ({days} days kept)")
    return 0

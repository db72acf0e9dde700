"""The `hub` command."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from agencies.enums import Role
from hub.errors import HubError
from hub.notify.templates import configure_links
from hub.observability.logs import configure_logging
from hub.privacy.commands import add_commands as add_pii_commands
from hub.privacy.keys import SealError, use_keys
from hub.settings import Settings, SettingsError, load_settings

Command = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        settings = load_settings()
    except (SettingsError, SealError) as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    configure_links(settings.public_url)
    use_keys(settings)
    try:
        return int(args.run(args, settings))
    except HubError as exc:
        print(f"hub: {exc.message}", file=sys.stderr)
        return 1
    except SettingsError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hub", description="厦门市社会治理协同中枢")
    commands = parser.add_subparsers(metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the hub (web, API, scheduler)")
    serve.add_argument(
        "--workers", type=int, help="worker processes (default HUB_WORKERS, 1); >1 needs PostgreSQL"
    )
    serve.set_defaults(run=cmd_serve)

    actions = commands.add_parser("actions", help="serve the intake's actions to Rasa (port 5055)")
    actions.add_argument("--host", default=None, help="default: HUB_HOST")
    actions.add_argument("--port", type=int, default=5055)
    actions.set_defaults(run=cmd_actions)

    rasa = commands.add_parser("rasa", help="the Rasa project").add_subparsers(metavar="ACTION")
    rasa.add_parser(
        "export", help="write config/rasa (domain, NLU data, rules) from the hub's data"
    ).set_defaults(run=cmd_rasa_export)

    db = commands.add_parser("db", help="database schema").add_subparsers(metavar="ACTION")
    db.add_parser("upgrade", help="apply migrations and load the catalogue").set_defaults(
        run=cmd_db_upgrade
    )

    seed = commands.add_parser("seed", help="load the catalogue (and demo data) into the database")
    seed.add_argument("--demo", action="store_true", help="also create demo accounts and cases")
    seed.set_defaults(run=cmd_seed)

    sla = commands.add_parser("sla", help="time limits").add_subparsers(metavar="ACTION")
    due = sla.add_parser("due", help="print when a window of an SLA class closes (ISO 8601)")
    due.add_argument("--class", dest="sla_class", required=True, help="standard, urgent, ...")
    due.add_argument(
        "--from", dest="start", required=True, help="ISO 8601 instant; without offset: Xiamen time"
    )
    due.add_argument("--window", required=True, choices=["sign", "resolve"])
    due.set_defaults(run=cmd_sla_due)
    sweep = sla.add_parser("sweep", help="send the reminders, escalations and listings now due")
    sweep.add_argument("--batch", type=int, default=200, help="cases claimed per transaction")
    sweep.set_defaults(run=cmd_sla_sweep)

    outbox = commands.add_parser("outbox", help="messages leaving the hub").add_subparsers(
        metavar="ACTION"
    )
    outbox.add_parser("send", help="deliver the messages now due").set_defaults(run=cmd_outbox_send)
    outbox.add_parser("dead", help="list messages given up on").set_defaults(run=cmd_outbox_dead)
    retry = outbox.add_parser("retry", help="queue a dead message again")
    retry.add_argument("id", type=int)
    retry.set_defaults(run=cmd_outbox_retry)

    users = commands.add_parser("users", help="accounts").add_subparsers(metavar="ACTION")
    add = users.add_parser("add", help="create an account")
    add.add_argument("--username", required=True)
    add.add_argument("--password", help="at least 10 characters (officers may have none)")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--department", help="department code (staff, supervisor; officers: police)")
    add.add_argument("--unit", help="police station or street office within the department")
    add.add_argument("--name", help="display name")
    add.add_argument("--email")
    add.set_defaults(run=cmd_users_add)
    token = users.add_parser("token", help="issue a new API token (an officer's phone)")
    token.add_argument("--username", required=True)
    token.add_argument("--label", help="which device it is for")
    token.set_defaults(run=cmd_users_token)
    revoke = users.add_parser("revoke", help="revoke every API token of an account")
    revoke.add_argument("--username", required=True)
    revoke.set_defaults(run=cmd_users_revoke)

    add_pii_commands(commands)

    systems = commands.add_parser("systems", help="task systems").add_subparsers(metavar="ACTION")
    system = systems.add_parser("add", help="register a task system (prints key and secret)")
    system.add_argument("--name", required=True)
    system.set_defaults(run=cmd_systems_add)

    classify = commands.add_parser(
        "classify", help="classify messages: UTF-8 lines on stdin, one JSON object per line out"
    )
    classify.set_defaults(run=cmd_classify)

    nlu = commands.add_parser("nlu", help="the NLU model").add_subparsers(metavar="ACTION")
    train = nlu.add_parser("train", help="train the model from config/nlu/train")
    train.add_argument("--corpus", type=Path, help="folder of Rasa NLU YAML files")
    train.set_defaults(run=cmd_nlu_train)
    evaluate = nlu.add_parser("evaluate", help="evaluate the model on config/nlu/heldout")
    evaluate.add_argument("--heldout", type=Path, help="folder of Rasa NLU YAML files")
    evaluate.add_argument("--json", type=Path, help="where to write the figures as JSON")
    evaluate.set_defaults(run=cmd_nlu_evaluate)
    export = nlu.add_parser("export-rasa", help="write the corpus as a Rasa data/nlu.yml")
    export.add_argument("path", type=Path)
    export.set_defaults(run=cmd_nlu_export)
    return parser


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from hub.serve import check_deployment, serve

    workers = args.workers or settings.workers
    try:
        check_deployment(settings, workers)
    except SettingsError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    print(
        f"hub: serving on http://{settings.host}:{settings.port}/ with {workers} worker(s) "
        f"(database {_safe_url(settings)})",
        flush=True,
    )
    serve(settings, workers)
    return 0


def cmd_actions(args: argparse.Namespace, settings: Settings) -> int:
    from aiohttp import web

    from intake.actionserver import create_action_app

    host = args.host or settings.host
    print(f"hub: Rasa action server on http://{host}:{args.port}/webhook")
    web.run_app(create_action_app(settings), host=host, port=args.port, print=None)
    return 0


def cmd_rasa_export(args: argparse.Namespace, settings: Settings) -> int:
    from intake.rasa_project import export

    for path in export():
        print(f"hub: wrote {path}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from hub.app import prepare_database

    _run_with_database(settings, lambda: prepare_database(settings.database_url))
    print("hub: database is up to date")
    return 0


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from hub.app import prepare_database
    from hub.demo import seed_demo

    async def seed() -> None:
        await prepare_database(settings.database_url)
        if args.demo:
            for line in await seed_demo():
                print(line)

    _run_with_database(settings, seed)
    return 0


def cmd_sla_due(args: argparse.Namespace, settings: Settings) -> int:
    from hub.http import iso
    from hub.sla.service import due_from

    print(iso(due_from(args.sla_class, args.window, args.start)))
    return 0


def cmd_sla_sweep(args: argparse.Namespace, settings: Settings) -> int:
    from hub.clock import SystemClock
    from hub.sla.sweep import sweep

    done = _run_with_database(settings, lambda: sweep(SystemClock().now(), batch=args.batch))
    print(
        f"hub: {done.reminded} reminders, {done.escalated} escalations, {done.listed} listings"
        + (f", {done.failed} cases failed (see the log)" if done.failed else "")
    )
    return 1 if done.failed else 0


def cmd_outbox_send(args: argparse.Namespace, settings: Settings) -> int:
    from hub.clock import SystemClock
    from hub.outbox.channels import default_deliverers
    from hub.outbox.flows import RetryPolicy
    from hub.outbox.sender import send_due

    async def send() -> Any:
        deliverers = default_deliverers(settings)
        try:
            policy = RetryPolicy.of(settings)
            return await send_due(deliverers, SystemClock(), policy=policy)
        finally:
            await deliverers.close()

    done = _run_with_database(settings, send)
    print(f"hub: {done.sent} sent, {done.retrying} to retry, {done.dead} dead")
    return 0


def cmd_outbox_dead(args: argparse.Namespace, settings: Settings) -> int:
    from hub.outbox.service import dead_messages

    for m in _run_with_database(settings, lambda: dead_messages(limit=200)):
        print(f"{m['id']}\t{m['recipient']}\t{m['case'] or '-'}\t{m['subject']}\t{m['last_error']}")
    return 0


def cmd_outbox_retry(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.access import ADMIN_TOKEN
    from hub.clock import SystemClock
    from hub.outbox.flows import retry_dead

    _run_with_database(
        settings, lambda: retry_dead(args.id, actor=ADMIN_TOKEN, now=SystemClock().now())
    )
    print(f"hub: message {args.id} queued again")
    return 0


def cmd_users_add(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.flows import add_account
    from hub.clock import SystemClock

    async def add() -> Any:
        return await add_account(
            username=args.username,
            password=args.password,
            role=Role(args.role),
            department=args.department,
            unit=args.unit,
            display_name=args.name,
            email=args.email,
            now=SystemClock().now(),
        )

    async def add_with_token() -> tuple[Any, str | None]:
        from agencies.flows import issue_token

        account = await add()
        if account.role != Role.OFFICER:
            return account, None
        return account, await issue_token(account.username, now=SystemClock().now())

    account, token = _run_with_database(settings, add_with_token)
    print(f"hub: account {account.username} ({Role(account.role).label_zh}) created")
    if token:
        print(f"hub: API token (shown once; log in on the phone at /officer): {token}")
    return 0


def cmd_users_token(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.flows import issue_token
    from hub.clock import SystemClock

    token = _run_with_database(
        settings, lambda: issue_token(args.username, now=SystemClock().now(), label=args.label)
    )
    print(f"hub: API token for {args.username} (shown once): {token}")
    return 0


def cmd_users_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.flows import revoke_tokens
    from hub.clock import SystemClock

    count = _run_with_database(
        settings, lambda: revoke_tokens(args.username, now=SystemClock().now())
    )
    print(f"hub: {count} API token(s) of {args.username} revoked")
    return 0


def cmd_systems_add(args: argparse.Namespace, settings: Settings) -> int:
    from hub.clock import SystemClock
    from hub.tasks.flows import add_system

    new = _run_with_database(settings, lambda: add_system(args.name, now=SystemClock().now()))
    print(f"hub: task system {new.system.name} registered (shown once, keep them safe)")
    print(f"api_key: {new.api_key}")
    print(f"signing_secret: {new.signing_secret}")
    return 0


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.catalog import catalogue
    from nlu.classify import classify_lines
    from nlu.training import load_engine

    engine = load_engine(settings.data_dir, progress=_progress)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    lines = classify_lines(engine, stdin, catalogue(), threshold=settings.triage_threshold)
    for result in lines:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def cmd_nlu_train(args: argparse.Namespace, settings: Settings) -> int:
    from nlu.corpus import TRAIN_DIR
    from nlu.training import train_and_save

    path = train_and_save(settings.data_dir, args.corpus or TRAIN_DIR, progress=_progress)
    print(f"hub: NLU model saved to {path}")
    return 0


def cmd_nlu_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.catalog import catalogue
    from nlu.corpus import HELDOUT_DIR, read_corpus
    from nlu.evaluate import evaluate, render
    from nlu.training import load_engine

    heldout = read_corpus(args.heldout or HELDOUT_DIR)
    if not heldout.examples:
        print(f"hub: no held-out examples in {args.heldout or HELDOUT_DIR}", file=sys.stderr)
        return 1
    engine = load_engine(settings.data_dir, progress=_progress)
    result = evaluate(engine, heldout, catalogue(), settings.triage_threshold)
    print(render(result))
    target = args.json or settings.data_dir / "nlu" / "evaluation.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nhub: figures written to {target}")
    return 0


def cmd_nlu_export(args: argparse.Namespace, settings: Settings) -> int:
    from agencies.catalog import catalogue
    from nlu.corpus import to_rasa_yaml, training_corpus

    args.path.parent.mkdir(parents=True, exist_ok=True)
    args.path.write_text(to_rasa_yaml(training_corpus(), catalogue()), encoding="utf-8")
    print(f"hub: Rasa NLU data written to {args.path}")
    return 0


def _progress(message: str) -> None:
    print(f"hub: nlu: {message}", file=sys.stderr, flush=True)


def _run_with_database(settings: Settings, work: Callable[[], Awaitable[Any]]) -> Any:
    from hub.db import close_database, open_database

    async def run() -> Any:
        await open_database(settings.database_url)
        try:
            return await work()
        finally:
            await close_database()

    return asyncio.run(run())


def _safe_url(settings: Settings) -> str:
    from urllib.parse import urlsplit

    url = urlsplit(settings.database_url)
    return (
        url._replace(netloc=url.hostname or url.netloc).geturl()
        if url.password
        else settings.database_url
    )


if __name__ == "__main__":
    raise SystemExit(main())

"""The fault tests' figures: what each scenario sent, what was created, delivered, doubled, lost.

    .venv/bin/python bench/faults.py [-k EXPRESSION]

Runs tests/faults (a private PostgreSQL cluster, the hub in 2 workers, aiosmtpd and a task
system's HTTP server on loopback; see tests/faults/conftest.py for the compressed back-off) and
prints one row per scenario from the JSON lines the tests write. The tests assert the invariants;
this prints the counts behind them, with the load average of the machine during the run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [
    ("scenario", "scenario"),
    ("requests", "requests sent"),
    ("retried", "retried"),
    ("kills", "workers killed"),
    ("cases", "cases"),
    ("reports", "reports"),
    ("email_sent", "e-mails sent (db)"),
    ("email_received", "e-mails received"),
    ("email_duplicates", "e-mail duplicates"),
    ("email_lost", "e-mails lost"),
    ("webhook_sent", "callbacks sent (db)"),
    ("webhook_received", "callbacks received"),
    ("webhook_duplicates", "callback duplicates"),
    ("webhook_lost", "callbacks lost"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-k", default=None, help="pytest -k expression: some scenarios only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "faults.jsonl"
        env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
        env |= {"HUB_FAULT_REPORT": str(report), "HUB_REQUIRE_FAULTS": "1"}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/faults"]
        command += ["-k", args.k] if args.k else []
        load_before = os.getloadavg()[0]
        began = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        seconds = time.monotonic() - began
        rows = (
            [json.loads(line) for line in report.read_text().splitlines()]
            if report.exists()
            else []
        )
    print(f"\nfault scenarios, {seconds:.0f} s, load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after (2 cores)\n")  # fmt: skip
    print("| " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|" + " --- |" * len(COLUMNS))
    for row in rows:
        print("| " + " | ".join(str(row.get(key, "")) for key, _ in COLUMNS) + " |")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())

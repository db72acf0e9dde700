"""A private PostgreSQL cluster for the fault tests: initdb into a temporary folder, a free port.

The fault tests stop and restart their database server. They never touch the machine's shared
server (127.0.0.1:5432), which other suites use at the same time; they start one of their own from
the PostgreSQL binaries on the machine. initdb refuses to run as root, so as root the cluster
belongs to the `postgres` account (or `nobody`).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.mailserver import free_port

SETTINGS = {  # small and fast: these databases hold a few hundred rows and are thrown away
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "fsync": "off",  # a server restart keeps every commit: fsync only matters to an OS crash
    "synchronous_commit": "on",
    "full_page_writes": "off",
    "log_min_messages": "warning",
    "logging_collector": "off",
}


def binaries() -> Path | None:
    """The newest PostgreSQL bin folder that has initdb and pg_ctl, if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    found += [p for p in (shutil.which("initdb"),) if p]
    for initdb in reversed(found):
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists() and (folder / "postgres").exists():
            return folder
    return None


def _version(path: str) -> float:
    try:
        return float(Path(path).parts[-3])
    except ValueError:
        return 0.0


class PrivateCluster:
    """One PostgreSQL server of the test's own, which it may stop, crash and start."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="hub-faults-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.owner = _owner()
        if self.owner is not None:
            os.chown(self.root, self.owner.pw_uid, self.owner.pw_gid)

    def url(self, database: str = "postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {self.port}\nunix_socket_directories = '{self.root}'\n")
            for name, value in SETTINGS.items():
                conf.write(f"{name} = {value}\n")

    def start(self) -> None:
        self._ctl("start", "-w", "-t", "60", "-l", str(self.log))

    def stop(self, mode: str = "fast") -> None:
        """Stop: `fast` ends every session and shuts down cleanly; `immediate` is a crash."""
        self._ctl("stop", "-w", "-t", "60", "-m", mode)

    def running(self) -> bool:
        status = self._run("pg_ctl", "status", "-D", str(self.data), check=False)
        return status.returncode == 0

    def destroy(self) -> None:
        if self.data.exists() and self.running():
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def _ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.data), *args)

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command: Sequence[str] = [str(self.bin / program), *args]
        if self.owner is not None:
            command = ["setpriv", f"--reuid={self.owner.pw_uid}", f"--regid={self.owner.pw_gid}",
                       "--clear-groups", "--", *command]  # fmt: skip
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=self.root, check=False
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stdout}\n{result.stderr}")
        return result


def _owner() -> pwd.struct_passwd | None:
    """Root may not run PostgreSQL: the cluster then belongs to `postgres`, else `nobody`."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root and no postgres or nobody account to own the cluster")

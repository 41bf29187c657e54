"""Throwaway PostgreSQL and MariaDB servers for the sync tests.

A server is taken from CRM_TEST_PG_URL / CRM_TEST_MYSQL_URL when set (a URL
whose user may create databases and roles); otherwise one is started on a free
port inside a temporary folder and stopped at the end of the session. The
servers already running on 5432/3306 are never used.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

PG_ENV = "CRM_TEST_PG_URL"
SUPERUSER_PASSWORD = "crm-test-superuser"
MYSQL_ENV = "CRM_TEST_MYSQL_URL"


class ServerUnavailable(Exception):
    """No server binary or URL: the message names what is missing."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    backend: str  # "postgresql" | "mariadb"
    admin_url: URL
    folder: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    _stop: list[list[str]] = field(default_factory=list)

    def database_url(self, name: str) -> URL:
        return self.admin_url.set(database=name)

    def create_database(self, name: str) -> URL:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                if self.backend == "postgresql":
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                else:
                    conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
        finally:
            engine.dispose()
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        """Drop the database and every account the company made in it."""
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                if self.backend == "postgresql":
                    roles = [
                        r[0]
                        for r in conn.execute(
                            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                            {"p": f"{name}%"},
                        )
                    ]
                    conn.execute(
                        text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = :d AND pid <> pg_backend_pid()"
                        ),
                        {"d": name},
                    )
                    if roles:
                        db_engine = create_engine(self.database_url(name),
                                                  isolation_level="AUTOCOMMIT")
                        try:
                            with db_engine.connect() as db:
                                for role in roles:
                                    db.execute(text(f'DROP OWNED BY "{role}" CASCADE'))
                        finally:
                            db_engine.dispose()
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                    for role in roles:
                        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
                else:
                    users = [
                        (r[0], r[1])
                        for r in conn.execute(
                            text("SELECT User, Host FROM mysql.user WHERE User LIKE :p"),
                            {"p": f"{name}%"},
                        )
                    ]
                    conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
                    for user, host in users:
                        conn.execute(text(f"DROP USER IF EXISTS '{user}'@'{host}'"))
        finally:
            engine.dispose()

    def stop(self) -> None:
        for cmd in self._stop:
            subprocess.run(cmd, check=False, capture_output=True, timeout=60)
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _wait_until(check_url: URL, seconds: float, what: str, log: Path | None) -> None:
    deadline = time.monotonic() + seconds
    last: Exception | None = None
    while time.monotonic() < deadline:
        engine = create_engine(check_url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except Exception as exc:
            last = exc
            time.sleep(0.3)
        finally:
            engine.dispose()
    detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise ServerUnavailable(f"{what} did not start: {last}\n{detail}")


def _pg_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def start_postgresql() -> Server:
    if os.environ.get(PG_ENV):
        return Server("postgresql", make_url(os.environ[PG_ENV]))
    bindir = _pg_bindir()
    if bindir is None:
        raise ServerUnavailable(
            f"PostgreSQL: set {PG_ENV} or install the server (initdb and pg_ctl not found)"
        )
    runuser = shutil.which("runuser")
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        if runuser is None:
            raise ServerUnavailable("PostgreSQL: running as root but `runuser` is missing")
        as_postgres = [runuser, "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="crm-pg-"))
    data = folder / "data"
    log = folder / "server.log"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    os.chmod(folder, 0o700)
    port = free_port()
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    # Passwords are checked over TCP (the tests sign in with wrong ones on purpose).
    subprocess.run(
        [*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
         "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
         "-E", "UTF8", "--locale=C.UTF-8"],
        check=True, capture_output=True, timeout=120,
    )
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    subprocess.run(
        [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log),
         "-o", options, "-w", "start"],
        check=True, capture_output=True, timeout=120,
    )
    url = URL.create("postgresql+psycopg", username="postgres", password=SUPERUSER_PASSWORD,
                     host="127.0.0.1", port=port, database="postgres")
    server = Server("postgresql", url, folder)
    server._stop.append([*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m",
                         "immediate", "stop"])
    try:
        _wait_until(url, 30, "PostgreSQL", log)
    except ServerUnavailable:
        server.stop()
        raise
    return server


def start_mariadb() -> Server:
    if os.environ.get(MYSQL_ENV):
        return Server("mariadb", make_url(os.environ[MYSQL_ENV]))
    install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
    daemon = (shutil.which("mariadbd") or shutil.which("mysqld")
              or next((p for p in ("/usr/sbin/mariadbd", "/usr/sbin/mysqld")
                       if Path(p).exists()), None))
    if install is None or daemon is None:
        missing = "mariadb-install-db" if install is None else "mariadbd"
        raise ServerUnavailable(f"MariaDB: set {MYSQL_ENV} or install the server ({missing} "
                                "not found)")
    folder = Path(tempfile.mkdtemp(prefix="crm-maria-"))
    data = folder / "data"
    sock = folder / "mysqld.sock"
    log = folder / "server.log"
    port = free_port()
    user = "root" if os.geteuid() == 0 else os.environ.get("USER", "mysql")
    subprocess.run(
        [install, "--no-defaults", f"--datadir={data}", f"--user={user}",
         "--auth-root-authentication-method=normal", "--skip-test-db"],
        check=True, capture_output=True, timeout=180,
    )
    with log.open("wb") as out:
        process = subprocess.Popen(
            [daemon, "--no-defaults", f"--datadir={data}", f"--socket={sock}",
             f"--port={port}", "--bind-address=127.0.0.1", f"--user={user}",
             f"--pid-file={folder / 'mysqld.pid'}", "--skip-log-bin",
             "--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=128M",
             "--max-connections=300", "--character-set-server=utf8mb4",
             "--collation-server=utf8mb4_bin", "--log-bin-trust-function-creators=1"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    url = URL.create("mysql+pymysql", username="root", host="127.0.0.1", port=port,
                     query={"charset": "utf8mb4"})
    server = Server("mariadb", url, folder, process)
    try:
        _wait_until(url, 60, "MariaDB", log)
    except ServerUnavailable:
        server.stop()
        raise
    return server


def start(backend: str) -> Server:
    return start_postgresql() if backend == "postgresql" else start_mariadb()


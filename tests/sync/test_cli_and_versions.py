"""`server init`, `sync` from the command line (upload, join), and schema version checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pcs import PASSWORD, PC, set_up_company
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from crm_desktop.sync.server import (
    NotAServer,
    ServerTooNew,
    ServerTooOld,
    check_compatible,
    init_server,
    upgrade_server,
)

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str = "", data: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data)] if data else []
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args, *extra, "--json"],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=240,
        env={"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
             "HOME": str(data or ROOT), "XDG_DATA_HOME": str((data or ROOT) / "xdg"),
             "PATH": "/usr/bin:/bin"},
    )


def _url(url: URL, **changes: object) -> str:
    return url._replace(**changes).render_as_string(hide_password=False)


def test_upload_then_join_from_the_command_line(server_db: URL, tmp_path: Path) -> None:
    done = cli("server", "init", _url(server_db))
    assert done.returncode == 0, done.stderr
    alpha = PC.open(tmp_path, "alpha")
    set_up_company(alpha)
    alpha.close()
    up = cli("sync", "--server", _url(server_db), "--as", "admin", stdin=PASSWORD + "\n",
             data=tmp_path / "alpha")
    assert up.returncode == 0, up.stderr
    assert json.loads(up.stdout)["pushed"] >= 5
    acct = cli("server", "account", "--user", "lina", "--as", "admin", stdin=PASSWORD + "\n",
               data=tmp_path / "alpha")
    assert acct.returncode == 0, acct.stderr
    office = _url(server_db, username=None, password=None)
    join = cli("sync", "--server", office, "--as", "lina", stdin=PASSWORD + "\n",
               data=tmp_path / "beta")
    assert join.returncode == 0, join.stderr
    body = json.loads(join.stdout)
    assert set(body) >= {"pushed", "pulled", "conflicts"}
    assert body["pulled"] > 0
    again = cli("sync", data=tmp_path / "beta")  # address and password remembered
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["pushed"] == 0
    wrong = cli("sync", "--server", office, "--as", "lina", stdin="wrong-password\n",
                data=tmp_path / "gamma")
    assert wrong.returncode == 1, (wrong.stdout, wrong.stderr, office)
    assert "Traceback" not in wrong.stderr
    assert "password" in wrong.stderr


def test_version_mismatch_both_ways(server_db: URL) -> None:
    engine = create_engine(server_db)
    try:
        with engine.connect() as conn, pytest.raises(NotAServer):
            check_compatible(conn)
        upgrade_server(server_db, "s0001")
        with engine.connect() as conn, pytest.raises(ServerTooOld) as old:
            check_compatible(conn)
        assert "older" in old.value.message
        upgrade_server(server_db)
        with engine.connect() as conn:
            check_compatible(conn)
        with engine.begin() as conn:
            conn.execute(text("UPDATE crm_server_version SET version_num = 's9999'"))
        with engine.connect() as conn, pytest.raises(ServerTooNew) as new:
            check_compatible(conn)
        assert "Please update CRM Desktop on this computer" in new.value.message
    finally:
        engine.dispose()
    out = cli("server", "upgrade", _url(server_db))
    assert out.returncode != 0 and "Please update CRM Desktop" in out.stderr


def test_init_refuses_a_database_that_already_has_a_company(server_db: URL) -> None:
    init_server(server_db)
    out = cli("server", "init", _url(server_db))
    assert out.returncode == 2
    assert "already holds" in out.stderr

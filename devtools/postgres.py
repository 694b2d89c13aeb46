"""A throwaway PostgreSQL cluster under var/postgres for tests, the load test and `make serve`.

Standard library only, so the Makefile can run it before anything else is set
up: ``python devtools/postgres.py start|stop|status|url``. The cluster uses
Debian's ``postgresql`` binaries (the Makefile installs the package), listens
on 127.0.0.1 only, on a free port (kept while it stays free), with its unix
socket in var/postgres/run and a generated password in var/postgres/password.
PostgreSQL refuses to run as root, so when started by root it runs as the
``postgres`` system user that the Debian package creates. It is tuned for
throwaway data (no fsync): never point it at anything that matters.
"""

import os
import pwd
import secrets
import socket
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
HOME = Path(os.environ.get("ZERTTEUSHI_VAR_DIR", BASE_DIR / "var")) / "postgres"
DATA, RUN, LOG = HOME / "data", HOME / "run", HOME / "postgres.log"
PORT_FILE, PASSWORD_FILE = HOME / "port", HOME / "password"
SERVICE_USER = "postgres"
USER = DATABASE = "zertteushi"
FIRST_PORT = 55432
# Test data only: durability traded for speed.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "128MB",
}


class ClusterError(Exception):
    """Something the person running the command must fix; the message says what."""


def binaries() -> Path:
    """The newest installed server's bin directory (Debian keeps them under /usr/lib/postgresql/<major>)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not found:
        raise ClusterError("PostgreSQL is not installed: `make system-deps` (or `apt-get install postgresql`).")
    return found[-1].parent


def run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid", SERVICE_USER, "--regid", SERVICE_USER, "--clear-groups", "--"]


def own(path: Path) -> None:
    """Give the cluster's files to the service user when running as root."""
    if os.geteuid() != 0:
        return
    user = pwd.getpwnam(SERVICE_USER)
    for item in [path, *path.rglob("*")]:
        os.chown(item, user.pw_uid, user.pw_gid, follow_symlinks=False)


def initdb() -> None:
    if (DATA / "PG_VERSION").exists():
        return
    HOME.mkdir(parents=True, exist_ok=True)
    RUN.mkdir(exist_ok=True)
    if not PASSWORD_FILE.exists():
        PASSWORD_FILE.write_text(secrets.token_hex(16))
        PASSWORD_FILE.chmod(0o600)
    pwfile = HOME / "initdb-password"
    pwfile.write_text(PASSWORD_FILE.read_text())
    DATA.mkdir(exist_ok=True)
    own(DATA)
    own(RUN)
    own(pwfile)
    if os.geteuid() == 0:
        LOG.touch()
        own(LOG)
    probe = subprocess.run([*run_as(), "test", "-w", str(DATA)], capture_output=True)
    if probe.returncode != 0:
        raise ClusterError(
            f"PostgreSQL cannot run as root, so it runs as '{SERVICE_USER}', who cannot write {DATA}. "
            "Let other users traverse the folders above the project (chmod o+x), or run as an ordinary user."
        )
    print(f"Creating a PostgreSQL cluster in {DATA}")
    try:
        subprocess.run(
            [*run_as(), str(binaries() / "initdb"), "-D", str(DATA), "-U", USER, "--pwfile", str(pwfile)]
            + ["--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    finally:
        pwfile.unlink()
    with open(DATA / "postgresql.conf", "a") as conf:
        conf.write("\n# zertteushi: throwaway test cluster\n")
        conf.writelines(f"{name} = {value}\n" for name, value in SETTINGS.items())
        conf.write(f"unix_socket_directories = '{RUN}'\n")


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def choose_port() -> int:
    """The port used last time if it is still free, else the next free one from FIRST_PORT."""
    if PORT_FILE.exists() and port_is_free(int(PORT_FILE.read_text())):
        return int(PORT_FILE.read_text())
    port = FIRST_PORT
    while not port_is_free(port):
        port += 1
    PORT_FILE.write_text(str(port))
    return port


def running() -> bool:
    if not (DATA / "postmaster.pid").exists():
        return False
    result = subprocess.run([*run_as(), str(binaries() / "pg_ctl"), "status", "-D", str(DATA)], capture_output=True)
    return result.returncode == 0


def psql(sql: str, database: str = "postgres") -> str:
    result = subprocess.run(
        [str(binaries() / "psql"), "-h", "127.0.0.1", "-p", PORT_FILE.read_text(), "-U", USER, "-d", database]
        + ["-v", "ON_ERROR_STOP=1", "-tAc", sql],
        env={**os.environ, "PGPASSWORD": PASSWORD_FILE.read_text()},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise ClusterError(f"psql failed: {result.stderr.strip()}")
    return result.stdout.strip()


def start() -> None:
    initdb()
    if running():
        print(f"PostgreSQL: running on 127.0.0.1:{PORT_FILE.read_text()} ({DATA})")
    else:
        port = choose_port()
        print(f"Starting PostgreSQL on 127.0.0.1:{port} (log: {LOG})")
        if os.geteuid() == 0:
            LOG.touch()
            own(LOG)
        subprocess.run(
            [*run_as(), str(binaries() / "pg_ctl"), "start", "-D", str(DATA), "-l", str(LOG), "-w", "-t", "60"]
            + ["-o", f"-p {port}"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    exists = f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"  # noqa: S608 - a constant
    if psql(exists) != "1":
        psql(f"CREATE DATABASE {DATABASE}")
        print(f"Created the database {DATABASE}")


def stop() -> None:
    if not running():
        print("PostgreSQL: not running")
        return
    subprocess.run(
        [*run_as(), str(binaries() / "pg_ctl"), "stop", "-D", str(DATA), "-m", "fast", "-w"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print("PostgreSQL stopped")


def url() -> str:
    if not PORT_FILE.exists() or not PASSWORD_FILE.exists():
        raise ClusterError("No local PostgreSQL cluster yet: `make postgres` creates and starts one.")
    return f"postgres://{USER}:{PASSWORD_FILE.read_text()}@127.0.0.1:{PORT_FILE.read_text()}/{DATABASE}"


def main(command: str) -> None:
    if command == "start":
        start()
    elif command == "stop":
        stop()
    elif command == "status":
        print(f"PostgreSQL: {'running on 127.0.0.1:' + PORT_FILE.read_text() if running() else 'not running'}")
    elif command == "url":
        print(url())
    else:
        raise SystemExit("usage: postgres.py start|stop|status|url")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "")
    except (ClusterError, subprocess.CalledProcessError) as error:
        sys.exit(f"PostgreSQL: {error}")

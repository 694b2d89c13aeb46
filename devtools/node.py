"""A local single-node Elasticsearch that the project fetches, configures and runs itself.

The node is Elastic's integration-test distribution, fetched from Maven Central
by its coordinates; its configuration, data and logs live under ``var/``.
Elasticsearch refuses to run as root, so when started by root it runs as a
dedicated system user.
"""

import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

MAVEN_COORDINATES = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
HUNSPELL_SOURCE = Path("/usr/share/hunspell")
HUNSPELL_PACKAGES = {
    "kk_KZ": "hunspell-kk",
    "ru_RU": "hunspell-ru",
    "en_US": "hunspell-en-us",
    "en_GB": "hunspell-en-gb",
}
JVM_DIR = Path("/usr/lib/jvm")
MIN_JAVA, MAX_TESTED_JAVA = 17, 24
SERVICE_USER = "zertteushi-es"
CLUSTER_NAME = "zertteushi-local"


class NodeError(Exception):
    """Something the person running the command must fix; the message says what."""


@dataclass
class Java:
    home: Path
    version: str

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])


class LocalNode:
    """One node: the project's own (defaults from SEARCH_NODE), or another one on its own port and home.

    Nodes given ``peers`` (the other nodes' names and transport ports) form a
    cluster with them instead of running single-node; the fault tests use this
    to run a two-node cluster beside the development node.
    """

    def __init__(self, say=print, *, port=None, home=None, heap=None, name="local", peers=None):
        conf = settings.SEARCH_NODE
        self.say = say
        self.version = conf["VERSION"]
        self.port = port or conf["PORT"]
        self.heap = heap or conf["HEAP"]
        self.cache_dir = Path(conf["CACHE_DIR"])
        self.home = Path(home or conf["HOME_DIR"])
        self.start_timeout = conf["START_TIMEOUT"]
        self.name = name
        self.peers = dict(peers or {})  # node name -> transport port, this node excluded
        self._launcher: subprocess.Popen | None = None

    @property
    def transport_port(self) -> int:
        return self.port + 100

    # Paths

    @property
    def distribution(self) -> Path:
        return self.cache_dir / f"elasticsearch-{self.version}"

    @property
    def config_dir(self) -> Path:
        return self.home / "config"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def pid_file(self) -> Path:
        return self.home / "node.pid"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # Fetch

    def fetch(self) -> Path:
        """Download and unpack the distribution once; later calls reuse the cache."""
        if (self.distribution / "bin" / "elasticsearch").exists():
            self.say(f"Elasticsearch {self.version}: cached in {self.distribution}")
            return self.distribution
        if not shutil.which("mvn"):
            raise NodeError("Maven (mvn) is not installed: `apt-get install maven`, then try again.")
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        coordinates = MAVEN_COORDINATES.format(version=self.version)
        self.say(f"Fetching {coordinates} from Maven Central (about 100 MB)…")
        result = subprocess.run(
            [
                "mvn",
                "-B",
                "-q",
                "dependency:copy",
                f"-Dartifact={coordinates}",
                f"-DoutputDirectory={self.cache_dir}",
            ],
            capture_output=True,
            text=True,
        )
        archive = self.cache_dir / f"elasticsearch-{self.version}.zip"
        if result.returncode != 0 or not archive.exists():
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
            raise NodeError(f"Maven could not fetch {coordinates}:\n{tail}")
        self.say(f"Unpacking {archive.name}…")
        partial = self.cache_dir / f".partial-{self.version}"
        shutil.rmtree(partial, ignore_errors=True)
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                target = Path(zf.extract(info, partial))
                mode = (info.external_attr >> 16) & 0o777
                if mode:
                    target.chmod(mode)
        (partial / f"elasticsearch-{self.version}").rename(self.distribution)
        partial.rmdir()
        archive.unlink()
        return self.distribution

    # Configure

    def configure(self) -> None:
        """Write the node's configuration and hunspell dictionaries under var/."""
        for sub in ("config", "data", "logs", "tmp"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        source = self.distribution / "config"
        for item in source.iterdir():
            target = self.config_dir / item.name
            if item.name == "elasticsearch.yml":
                continue
            if item.is_dir():
                shutil.copytree(item, target, dirs_exist_ok=True)
            else:
                shutil.copy2(item, target)
        (self.config_dir / "elasticsearch.yml").write_text(self._config_yaml())
        self._install_dictionaries()
        if os.geteuid() == 0:
            self._prepare_service_user()

    def _config_yaml(self) -> str:
        lines = {
            "cluster.name": CLUSTER_NAME,
            "node.name": self.name,
            **self._discovery(),
            "network.host": "127.0.0.1",
            "http.port": self.port,
            "transport.port": self.transport_port,
            "path.data": str(self.home / "data"),
            "path.logs": str(self.logs_dir),
            # Local development only: a cluster given by ELASTICSEARCH_URL keeps its own security.
            "xpack.security.enabled": "false",
            "action.auto_create_index": "false",
            # A nearly full developer disk must not turn the index read-only.
            "cluster.routing.allocation.disk.threshold_enabled": "false",
        }
        return "# Written by `manage.py search_node`; edits are overwritten.\n" + "".join(
            f"{key}: {value}\n" for key, value in lines.items()
        )

    def _discovery(self) -> dict:
        if not self.peers:
            return {"discovery.type": "single-node"}
        seeds = [f"127.0.0.1:{port}" for port in self.peers.values()]
        masters = sorted([self.name, *self.peers])
        return {
            "discovery.seed_hosts": json.dumps(seeds),
            "cluster.initial_master_nodes": json.dumps(masters),
        }

    def _install_dictionaries(self) -> None:
        missing = [pkg for loc, pkg in HUNSPELL_PACKAGES.items() if not (HUNSPELL_SOURCE / f"{loc}.dic").exists()]
        if missing:
            raise NodeError(
                f"Hunspell dictionaries are missing: install the Debian packages {' '.join(missing)} "
                f"(`apt-get install {' '.join(missing)}`)."
            )
        for locale in HUNSPELL_PACKAGES:
            target = self.config_dir / "hunspell" / locale
            target.mkdir(parents=True, exist_ok=True)
            for ext in ("aff", "dic"):
                shutil.copy2(HUNSPELL_SOURCE / f"{locale}.{ext}", target / f"{locale}.{ext}")

    def _prepare_service_user(self) -> None:
        try:
            pwd.getpwnam(SERVICE_USER)
        except KeyError:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                check=True,
            )
        user = pwd.getpwnam(SERVICE_USER)
        for path in [self.home, *self.home.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid, follow_symlinks=False)
        probe = subprocess.run(
            [*self._run_as(), "test", "-r", str(self.distribution / "lib"), "-a", "-w", str(self.home)],
            capture_output=True,
        )
        if probe.returncode != 0:
            raise NodeError(
                f"Elasticsearch cannot run as root, so it runs as the user '{SERVICE_USER}', who cannot reach "
                f"{self.distribution} or write {self.home}. Let other users traverse the folders above the "
                "project (chmod o+x), or run as an ordinary user."
            )

    def _run_as(self) -> list[str]:
        if os.geteuid() != 0:
            return []
        return ["setpriv", "--reuid", SERVICE_USER, "--regid", SERVICE_USER, "--clear-groups", "--"]

    # Java

    def find_java(self) -> Java:
        """ES_JAVA_HOME if set, else the newest JDK >= 17 under /usr/lib/jvm (tested versions first)."""
        explicit = os.environ.get("ES_JAVA_HOME")
        if explicit:
            java = _java_at(Path(explicit))
            if java is None or java.major < MIN_JAVA:
                raise NodeError(f"ES_JAVA_HOME={explicit} is not a JDK >= {MIN_JAVA}.")
            return java
        found = [j for j in map(_java_at, sorted(JVM_DIR.glob("*"))) if j and j.major >= MIN_JAVA]
        if not found:
            raise NodeError(
                f"No JDK >= {MIN_JAVA} under {JVM_DIR}: install one (`apt-get install openjdk-17-jdk-headless`) "
                "or set ES_JAVA_HOME."
            )
        found.sort(key=lambda j: (j.major <= MAX_TESTED_JAVA, j.major), reverse=True)
        return found[0]

    # Run

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return pid

    def health(self) -> dict | None:
        try:
            with urllib.request.urlopen(f"{self.url}/_cluster/health", timeout=2) as response:  # noqa: S310 (own http URL)
                return json.load(response)
        except (urllib.error.URLError, OSError, ValueError):
            return None

    def start(self, wait: bool = True) -> None:
        """Start the node; ``wait=False`` returns at once (a cluster forms only once all its nodes run)."""
        if self.pid() and self.health():
            self.say(f"Elasticsearch is already running at {self.url} (pid {self.pid()}).")
            return
        if self.health():
            raise NodeError(
                f"Something else already answers at {self.url}: stop it, or set SEARCH_NODE_PORT to a free port."
            )
        self.fetch()
        self.configure()
        java = self.find_java()
        self.say(f"Using Java {java.version} from {java.home}")
        self.pid_file.unlink(missing_ok=True)
        env = {
            **os.environ,
            "ES_JAVA_HOME": str(java.home),
            "ES_PATH_CONF": str(self.config_dir),
            "ES_TMPDIR": str(self.home / "tmp"),
            "ES_JAVA_OPTS": f"-Xms{self.heap} -Xmx{self.heap}",
        }
        env.pop("JAVA_HOME", None)
        self.say(f"Starting Elasticsearch {self.version} at {self.url} (heap {self.heap})…")
        startup_log = self.logs_dir / "startup.log"
        with open(startup_log, "w") as out:
            launcher = subprocess.Popen(
                [
                    *self._run_as(),
                    str(self.distribution / "bin" / "elasticsearch"),
                    "-d",
                    "-p",
                    str(self.pid_file),
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self._launcher = launcher
        if wait:
            self.wait_until_healthy()

    def wait_until_healthy(self) -> None:
        launcher = self._launcher
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            health = self.health()
            if health and health.get("status") in ("green", "yellow"):
                self.say(f"Elasticsearch is up at {self.url} (pid {self.pid()}); logs in {self.logs_dir}")
                return
            code = launcher.poll() if launcher else 0
            if code not in (None, 0):
                raise NodeError(f"Elasticsearch failed to start (exit code {code}).\n{self.log_tail()}")
            if code == 0 and self.pid() is None:
                raise NodeError(f"Elasticsearch started and then stopped.\n{self.log_tail()}")
            time.sleep(0.5)
        raise NodeError(
            f"Elasticsearch did not become healthy within {self.start_timeout}s "
            f"(SEARCH_NODE_START_TIMEOUT).\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 25) -> str:
        parts = []
        for log in (self.logs_dir / "startup.log", self.logs_dir / f"{CLUSTER_NAME}.log"):
            if log.exists():
                text = log.read_text(errors="replace").strip().splitlines()[-lines:]
                parts.append(f"--- last lines of {log} ---\n" + "\n".join(text))
        return "\n".join(parts) or f"(no log written under {self.logs_dir})"

    def stop(self, wait_seconds: float = 30) -> None:
        pid = self.pid()
        if pid is None:
            self.say("Elasticsearch is not running.")
            return
        self.say(f"Stopping Elasticsearch (pid {pid})…")
        os.kill(pid, signal.SIGTERM)
        for _ in range(int(wait_seconds * 2)):
            if self.pid() is None:
                break
            time.sleep(0.5)
        else:
            self.say(f"It did not stop within {wait_seconds:.0f}s; killing it.")
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        self.say("Stopped.")

    def describe(self) -> list[str]:
        pid, health = self.pid(), self.health()
        lines = [
            f"distribution: {self.distribution} ({'fetched' if self.distribution.exists() else 'not fetched'})",
            f"home:         {self.home} (config, data, logs)",
        ]
        if pid and health:
            lines.append(f"running:      yes, pid {pid}, {self.url}, cluster health {health['status']}")
        elif health:
            lines.append(f"running:      something not started by this project answers at {self.url}")
        else:
            lines.append("running:      no")
        try:
            java = self.find_java()
            lines.append(f"java:         {java.version} at {java.home}")
        except NodeError as error:
            lines.append(f"java:         {error}")
        return lines


def _java_at(home: Path) -> Java | None:
    release = home / "release"
    if not (home / "bin" / "java").exists() or not release.exists():
        return None
    match = re.search(r'^JAVA_VERSION="([^"]+)"', release.read_text(errors="replace"), re.MULTILINE)
    return Java(home=home.resolve(), version=match.group(1)) if match else None

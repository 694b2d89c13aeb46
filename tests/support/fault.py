"""Spare Elasticsearch nodes and a project running in real processes, for the fault tests.

The fault tests stop, freeze and restart nodes, so they never use the shared
node: they start their own on other ports, with homes under
``var/fault-tests/``. The project under test runs as separate processes (a
publisher and ``manage.py search_worker``) on a SQLite file, so the task queue
is the real database backend and the worker can be killed like a real one.
"""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.test import override_settings
from elasticsearch import Elasticsearch

from devtools.node import LocalNode
from search.client import get_client, reset_client

FAULT_HOME = settings.BASE_DIR / "var" / "fault-tests"
NODE_HEAP = "512m"


def spare_node(name: str, port: int, peers: dict | None = None) -> LocalNode:
    """A node of its own on ``port``, starting from an empty data directory."""
    home = FAULT_HOME / name
    shutil.rmtree(home / "data", ignore_errors=True)
    return LocalNode(say=lambda message: None, port=port, home=home, heap=NODE_HEAP, name=name, peers=peers)


def stop_quietly(node: LocalNode) -> None:
    pid = node.pid()
    if pid:
        os.kill(pid, signal.SIGCONT)  # a frozen node cannot act on SIGTERM
        node.stop(wait_seconds=20)


def wait_for(condition, timeout: float, what: str, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class Project:
    """The portal as deployed: its own database file, its own index prefix, a node of its choosing."""

    def __init__(self, workdir: Path, node: LocalNode, database_url: str = "", **env):
        self.workdir = workdir
        self.node = node
        self.database_url = database_url  # PostgreSQL; empty: a SQLite file in workdir
        self.prefix = f"zertteushi-fault-{uuid.uuid4().hex[:8]}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "ZERTTEUSHI_VAR_DIR": str(workdir),
            "DATABASE_URL": database_url,
            "ELASTICSEARCH_URL": node.url,
            "ELASTICSEARCH_INDEX_PREFIX": self.prefix,
            "ELASTICSEARCH_TIMEOUT": "2",
            "SEARCH_WORKER_RETRY_BASE": "0.5",
            "SEARCH_WORKER_RETRY_MAX": "2",
            "SEARCH_WORKER_LEASE": "3",
            "SEARCH_WORKER_PROBE_INTERVAL": "0.5",
            "SEARCH_WORKER_STOP_GRACE": "3",
            "SEARCH_LOG_LEVEL": "INFO",
            **env,
        }
        self.workers: dict[str, subprocess.Popen] = {}
        self.worker_log = workdir / "worker.log"

    @property
    def worker(self) -> subprocess.Popen | None:
        return self.workers.get("main")

    @property
    def alias(self) -> str:
        return f"{self.prefix}-publications"

    @property
    def database(self) -> Path:
        return self.workdir / "db.sqlite3"

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def python(self, code: str) -> dict:
        """Run ``code`` inside the project (Django set up); it must print one JSON object last."""
        result = self.manage("shell", "-c", code)
        return json.loads(result.stdout.strip().splitlines()[-1])

    def start_python(self, code: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def start_worker(self, name: str = "main") -> str:
        """Start a worker process; returns its worker id (as task rows record it)."""
        log = open(self.worker_log, "a")  # noqa: SIM115 - the worker process owns it
        worker_id = f"{name}-{uuid.uuid4().hex[:6]}"
        self.workers[name] = subprocess.Popen(
            [sys.executable, "manage.py", "search_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2"]
            + ["--worker-id", worker_id],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        return worker_id

    def kill_worker(self, sig=signal.SIGKILL, name: str = "main") -> int | None:
        """Signal a worker and wait for it to exit; returns its exit code."""
        worker = self.workers.pop(name, None)
        if worker and worker.poll() is None:
            worker.send_signal(sig)
            worker.wait(timeout=60)
        return worker.returncode if worker else None

    def kill_workers(self) -> None:
        for name in list(self.workers):
            self.kill_worker(name=name)

    def tasks(self) -> list[dict]:
        """The rows of the task queue, read straight from the database."""
        query = (
            "SELECT id, status, args_kwargs, worker_ids, task_path, traceback FROM django_tasks_database_dbtaskresult"
            " ORDER BY enqueued_at"
        )
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url) as db:
                rows = db.execute(query).fetchall()
        else:
            with sqlite3.connect(self.database, timeout=10) as db:
                rows = db.execute(query).fetchall()
        load = lambda value: json.loads(value) if isinstance(value, str) else value  # noqa: E731
        return [
            {
                "id": str(r[0]),
                "status": r[1],
                "args": load(r[2])["args"],
                "workers": load(r[3]),
                "path": r[4],
                "traceback": r[5],
            }
            for r in rows
        ]

    def es(self) -> Elasticsearch:
        return Elasticsearch(self.node.url, request_timeout=5)

    def indexed(self) -> dict[int, dict]:
        """Every document behind the alias, by page id."""
        client = self.es()
        client.indices.refresh(index=self.alias)
        hits = client.search(index=self.alias, size=1000, source=["title"])["hits"]["hits"]
        return {int(hit["_id"]): hit["_source"] for hit in hits}

    def verify(self) -> subprocess.CompletedProcess:
        return self.manage("search_index", "verify", check=False)


SETUP_SITE = """
import json
from wagtail.models import Page, Site
from portal.home.models import HomePage
from portal.research.models import ResearchPaperIndexPage
root = Page.get_first_root_node()
home = HomePage(title="Home", slug="home-fault")
root.add_child(instance=home)
Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
listing = ResearchPaperIndexPage(title="Research", slug="research")
home.add_child(instance=listing)
listing.save_revision().publish()
print(json.dumps({"listing": listing.pk}))
"""

# Publishes papers one by one; prints a JSON line per publish with its duration.
PUBLISH = """
import datetime, json, sys, time
from portal.people.models import Person
from portal.research.models import PaperAuthor, ResearchPaper, ResearchPaperIndexPage
listing = ResearchPaperIndexPage.objects.get()
author = Person.for_name("Tester, Ann")
for i in range({count}):
    started = time.monotonic()
    paper = ResearchPaper(title=f"{label} {{i}}", abstract="Crime prevention pilot.",
                          publication_date=datetime.date(2025, 1, 1), locale=listing.locale, live=False)
    paper.paper_authors = [PaperAuthor(person=author)]
    listing.add_child(instance=paper)
    paper.save_revision().publish()
    print(json.dumps({{"pk": paper.pk, "seconds": time.monotonic() - started}}), flush=True)
    time.sleep({pause})
print(json.dumps({{"done": True}}), flush=True)
"""


def publish_code(count: int, label: str, pause: float = 0.0) -> str:
    return PUBLISH.format(count=count, label=label, pause=pause)


@contextmanager
def using_cluster(**changes):
    """Point this process's client (and the DSL's default connection) at another cluster for a while."""
    with override_settings(ELASTICSEARCH={**settings.ELASTICSEARCH, **changes}):
        reset_client()
        try:
            yield
        finally:
            get_client.cache_clear()
    reset_client()


class Databases:
    """A migrated database per test, of the run's kind: PostgreSQL when the run uses it, else SQLite files.

    Migrating takes long, so it happens once; each test gets a copy (``CREATE
    DATABASE ... TEMPLATE``, or a copy of the file).
    """

    def __init__(self, workdir: Path, node: LocalNode):
        conf = settings.DATABASES["default"]
        self.server = None
        if conf["ENGINE"] == "django.db.backends.postgresql":
            self.server = f"postgres://{conf['USER']}:{conf['PASSWORD']}@{conf['HOST']}:{conf['PORT']}"
        self.template = f"fault_template_{uuid.uuid4().hex[:8]}"
        self.created: list[str] = []
        if self.server:
            self.sql(f"CREATE DATABASE {self.template}")
            self.created.append(self.template)
        self.template_dir = workdir
        Project(workdir, node, self.url(self.template)).manage("migrate", "--noinput")

    def url(self, name: str) -> str:
        return f"{self.server}/{name}" if self.server else ""

    def sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as db:
            db.execute(statement)

    def new(self, workdir: Path) -> str:
        """A fresh copy of the migrated database for a project in ``workdir``; returns its DATABASE_URL."""
        if not self.server:
            (workdir / "db.sqlite3").write_bytes((self.template_dir / "db.sqlite3").read_bytes())
            return ""
        name = f"fault_{uuid.uuid4().hex[:10]}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        self.created.append(name)
        return self.url(name)

    def drop_all(self) -> None:
        for name in reversed(self.created):
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

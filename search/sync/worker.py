"""The index worker: db_worker's loop plus a lease, outage recovery, a clean stop and one-at-a-time Wagtail tasks.

Run as many ``manage.py search_worker`` processes as you like, on one machine
or several; they share the database queue. Beside the task loop, each worker
runs a keeper thread that every PROBE_INTERVAL seconds

- renews the worker's lease and puts back tasks of workers whose lease lapsed
  (``search.sync.lease``), so a dead worker's batch is taken over within
  about LEASE seconds without anyone restarting anything;
- while index syncs wait out their retry backoff after an outage, asks the
  cluster whether it answers again and, when it does, makes them due at
  once: the index catches up seconds after the cluster returns, not when the
  backoff (up to RETRY_MAX) runs out.

SIGTERM (or Ctrl-C) lets the running task finish for up to STOP_GRACE seconds,
then hands it back to the queue and exits; a second signal does so at once.
Wagtail's own tasks (reference index, its search index) share the queue but
are not written to run side by side: they run one at a time across all workers
(a PostgreSQL advisory lock, or a lock file beside the SQLite database).
"""

import fcntl
import logging
import os
import threading
import time
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import connection, connections
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from search.client import get_client
from search.sync import lease

logger = logging.getLogger(__name__)

SYNC_TASK_PREFIX = "search."
ADVISORY_LOCK_KEY = 0x5A455254  # "ZERT": one lock for every task that must not run concurrently


class LeasedWorker(Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.current = None
        self.stop_timer: threading.Timer | None = None
        self.stopping = threading.Event()
        self.keeper = threading.Thread(target=self.keep, name="search-worker-keeper", daemon=True)

    # The loop

    def run(self) -> None:
        lease.beat(self.worker_id)
        self.keeper.start()
        try:
            super().run()
        finally:
            self.stopping.set()
            if self.stop_timer:
                self.stop_timer.cancel()
            self.keeper.join(timeout=5)
            lease.release(self.worker_id)

    def run_task(self, db_task_result: DBTaskResult) -> None:
        self.current = db_task_result.pk
        try:
            if db_task_result.task_path.startswith(SYNC_TASK_PREFIX):
                super().run_task(db_task_result)
            else:
                with one_at_a_time():
                    super().run_task(db_task_result)
        finally:
            self.current = None

    # Stopping

    def shutdown(self, signum, frame) -> None:
        if self.running and self.current is not None:
            grace = settings.SEARCH_WORKER["STOP_GRACE"]
            logger.warning("stopping: finishing the current task (up to %.0fs), else handing it back", grace)
            self.stop_timer = threading.Timer(grace, self.hand_back_and_exit)
            self.stop_timer.daemon = True
            self.stop_timer.start()
        elif self.current is not None:  # a second signal: hand back now (from a thread with its own connection)
            threading.Thread(target=self.hand_back_and_exit).start()
            return
        super().shutdown(signum, frame)

    def hand_back_and_exit(self) -> None:
        task_id = self.current
        if task_id is not None and lease.hand_back(task_id, self.worker_id):
            logger.warning("handed task %s back to the queue", task_id)
        lease.release(self.worker_id)
        connections.close_all()
        os._exit(0)

    # The keeper thread

    def keep(self) -> None:
        conf = settings.SEARCH_WORKER
        last_beat = 0.0
        try:
            while not self.stopping.wait(conf["PROBE_INTERVAL"]):
                try:
                    if time.monotonic() - last_beat >= conf["LEASE"] / 3:
                        lease.beat(self.worker_id)
                        last_beat = time.monotonic()
                    lease.requeue_orphans()
                    resume_after_outage()
                except Exception:
                    logger.exception("index worker keeper: will try again")
        finally:
            connection.close()


def waiting_retries():
    """Index syncs that failed on an outage and wait for their backoff to run out."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path__startswith=SYNC_TASK_PREFIX, run_after__gt=timezone.now()
    ).exclude(run_after__gte=timezone.now() + timedelta(days=365 * 1000))


def cluster_answers() -> bool:
    try:
        health = get_client().options(request_timeout=2, max_retries=0).cluster.health(timeout="1s")
    except Exception:
        return False
    return health.get("status") in ("green", "yellow")


def resume_after_outage() -> int:
    """When retries are waiting and the cluster answers again, make them due now; returns how many."""
    waiting = waiting_retries()
    if not waiting.exists() or not cluster_answers():
        return 0
    resumed = waiting.update(run_after=timezone.now())
    if resumed:
        logger.info("Elasticsearch answers again: %d waiting index batch(es) resume now", resumed)
    return resumed


@contextmanager
def one_at_a_time():
    """Hold the lock that serialises non-index tasks across every worker (blocking until it is free)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])
        return
    path = f"{connection.settings_dict['NAME']}.tasks.lock"
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

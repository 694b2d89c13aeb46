"""Worker leases: each index worker proves it is alive, and the batches of workers that stopped proving it go back.

Every ``search_worker`` process holds a lease row that a background thread
renews every LEASE/3 seconds (the heartbeat). A task row that is "running"
names the worker that claimed it (``worker_ids[-1]``). When that worker's
lease has not been renewed for LEASE seconds (killed, frozen, its machine
gone), any live worker puts the task back in the queue, whether or not a
worker restarts; a batch whose worker still beats is never taken, however
long it runs. A worker that comes back from a freeze after losing its batch
can at worst write what it read, which the external versions of the index
writes (``search.sync.indexer``) stop from replacing anything newer.
"""

import logging
import os
import socket
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

logger = logging.getLogger(__name__)


class WorkerLease(models.Model):
    """One running index worker and when it last said it was alive."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    beat_at = models.DateTimeField(db_index=True)

    class Meta:
        app_label = "search"

    def __str__(self):
        return f"{self.worker_id} ({self.hostname}:{self.pid})"


def lease_seconds() -> float:
    return settings.SEARCH_WORKER["LEASE"]


def beat(worker_id: str) -> None:
    """Renew (or take) this worker's lease."""
    WorkerLease.objects.update_or_create(
        worker_id=worker_id,
        defaults={"beat_at": timezone.now(), "hostname": socket.gethostname()[:255], "pid": os.getpid()},
    )


def release(worker_id: str) -> None:
    WorkerLease.objects.filter(worker_id=worker_id).delete()


def requeue_orphans() -> int:
    """Put back every running task whose worker's lease has lapsed; returns how many.

    A task claimed by a worker without a lease (a plain ``db_worker``) counts
    as orphaned once it has run for longer than a lease. Leases left by dead
    workers are removed after a day.
    """
    now = timezone.now()
    cutoff = now - timedelta(seconds=lease_seconds())
    alive = set(WorkerLease.objects.filter(beat_at__gte=cutoff).values_list("worker_id", flat=True))
    running = DBTaskResult.objects.running().filter(started_at__lt=cutoff)
    orphans = [
        (row.pk, row.worker_ids)
        for row in running.only("id", "worker_ids")
        if not row.worker_ids or row.worker_ids[-1] not in alive
    ]
    requeued = 0
    for pk, worker_ids in orphans:
        with exclusive_transaction(running.db):
            # Only if nobody else put it back or claimed it meanwhile.
            requeued += DBTaskResult.objects.filter(
                pk=pk, status=TaskResultStatus.RUNNING, worker_ids=worker_ids
            ).update(status=TaskResultStatus.READY, started_at=None)
    if requeued:
        logger.warning("requeued %d task(s) whose worker stopped renewing its lease", requeued)
    WorkerLease.objects.filter(beat_at__lt=now - timedelta(days=1)).delete()
    return requeued


def hand_back(task_id, worker_id: str) -> bool:
    """Return a task this worker is running to the queue (when it stops before finishing)."""
    rows = DBTaskResult.objects.filter(pk=task_id, status=TaskResultStatus.RUNNING)
    for row in rows.only("worker_ids"):
        if row.worker_ids and row.worker_ids[-1] == worker_id:
            return bool(rows.filter(worker_ids=row.worker_ids).update(status=TaskResultStatus.READY, started_at=None))
    return False

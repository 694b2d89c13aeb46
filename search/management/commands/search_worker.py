"""The index worker: django-tasks-db's ``db_worker``, after putting back batches a crashed worker left running.

A worker killed mid-batch (power cut, OOM, ``kill -9``) leaves its task row
marked running forever. Index syncs are idempotent, so on start this command
returns every sync task that has been running longer than
``SEARCH_WORKER['STALE_AFTER']`` seconds to the queue; the batch then runs
again in full.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand
from django_tasks_db.models import DBTaskResult

from search.sync.tasks import sync_pages


def requeue_stale_syncs() -> int:
    cutoff = timezone.now() - timedelta(seconds=settings.SEARCH_WORKER["STALE_AFTER"])
    return (
        DBTaskResult.objects.running()
        .filter(task_path=sync_pages.module_path, started_at__lt=cutoff)
        .update(status=TaskResultStatus.READY, started_at=None)
    )


class Command(DBWorkerCommand):
    help = "Apply queued index updates (runs db_worker after requeueing batches a crashed worker left running)."

    def handle(self, *args, **options):
        requeued = requeue_stale_syncs()
        if requeued:
            self.stdout.write(f"Requeued {requeued} index batch(es) left running by a stopped worker.")
        return super().handle(*args, **options)

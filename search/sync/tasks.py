"""Index updates as durable tasks: queued in the database, applied in bulk by a worker, retried until they land.

A publish only writes a task row, in the same transaction as the page change,
so it can neither fail nor wait because Elasticsearch is down. The worker
(``manage.py search_worker``) runs ``sync_pages``, which first absorbs the page
ids of every other waiting sync task into its own row, so a burst of publishes
becomes one bulk request. When the cluster cannot be reached the task
enqueues itself again with exponential backoff (capped), forever: a change is
never dropped because of an outage. Since syncing is idempotent, running a
batch twice after a crash does no harm. With the immediate backend (tests)
tasks run at once and a failure is only logged; ``search_index verify --fix``
repairs what was missed.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskContext, task

from search.client import is_outage
from search.index.bulk import BulkWriteError
from search.sync.indexer import reconcile

logger = logging.getLogger(__name__)


def retry_delay(attempt: int) -> float:
    """Seconds before retry number ``attempt + 1``: doubling from BASE up to MAX."""
    conf = settings.SEARCH_WORKER
    return min(conf["RETRY_BASE"] * 2**attempt, conf["RETRY_MAX"])


@task(takes_context=True, priority=10)  # ahead of Wagtail's own tasks on the shared queue: search freshness is visible
def sync_pages(context: TaskContext, page_ids: list[int], attempt: int = 0) -> dict:
    ids = set(page_ids)
    try:  # absorbing is inside: a database error there is retried like any other, never loses this task's pages
        ids |= absorb_waiting(context.task_result.id, attempt)
        counts = reconcile(ids)
    except Exception as error:
        outage = is_outage(error) or (isinstance(error, BulkWriteError) and error.transient)
        if not sync_pages.get_backend().supports_defer or (
            not outage and attempt + 1 >= settings.SEARCH_WORKER["MAX_ATTEMPTS_ON_ERROR"]
        ):
            raise
        delay = retry_delay(attempt)
        sync_pages.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(sorted(ids), attempt + 1)
        logger.warning("syncing %d pages failed (%s); retry %d in %.0fs", len(ids), error, attempt + 1, delay)
        return {"retry_in_seconds": delay, "pages": len(ids)}
    return {**counts, "pages": len(ids)}


def absorb_waiting(current_id: str, attempt: int) -> set[int]:
    """Take over the page ids of sync tasks that are ready to run, recording them on the running task's row.

    The absorbed rows are marked done and the ids saved into this task's own
    arguments in one transaction, so if the worker dies mid-batch the restarted
    worker re-runs this row with all of them. Rows another worker holds locked
    (claiming them, or absorbing them into its own batch) are skipped rather
    than waited for: two workers absorbing at once would otherwise each wait
    on a row the other holds, and the database would end one of them with a
    deadlock. Only the database backend has rows.
    """
    if not sync_pages.get_backend().supports_defer:
        return set()
    from django_tasks_db.models import DBTaskResult
    from django_tasks_db.utils import exclusive_transaction

    limit = settings.SEARCH_WORKER["BATCH_SIZE"]
    rows = DBTaskResult.objects.filter(task_path=sync_pages.module_path)
    with exclusive_transaction(rows.db):
        current = rows.get(id=current_id)
        ids = set(current.args_kwargs["args"][0])
        absorbed = []
        waiting = rows.ready().exclude(id=current_id).order_by("enqueued_at")
        for row in waiting.select_for_update(skip_locked=True)[:limit]:
            row_ids = set(row.args_kwargs["args"][0])
            if len(ids | row_ids) > limit:
                break
            ids |= row_ids
            absorbed.append(row)
        if not absorbed:
            return set()
        rows.filter(id=current_id).update(args_kwargs={"args": [sorted(ids), attempt], "kwargs": {}})
        for row in absorbed:
            row.set_successful({"merged_into": str(current_id)})
    logger.info("batched %d waiting sync tasks into %s (%d pages)", len(absorbed), current_id, len(ids))
    return ids

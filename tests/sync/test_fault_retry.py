"""The database queue in one process: what a publish writes, how the worker batches, retries and gives up."""

import threading
import time

import pytest
from django.db import connection, transaction
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from search.index.mapping import alias_name
from search.sync.tasks import sync_pages
from tests.support.fault import using_cluster
from tests.support.helpers import found_ids

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


@pytest.fixture
def queue(transactional_db, django_db_serialized_rollback, settings):
    """The database queue, with rows really committed: the worker loop commits and closes connections as it goes."""
    settings.TASKS = DATABASE_QUEUE
    settings.SEARCH_WORKER = {**settings.SEARCH_WORKER, "RETRY_BASE": 0.01, "RETRY_MAX": 0.05}
    return DBTaskResult.objects.filter(task_path=sync_pages.module_path)


def run_worker() -> None:
    """The real worker loop, until no task is ready."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    ).run()


def queued_ids(rows) -> set[int]:
    return {pk for row in rows for pk in row.args_kwargs["args"][0]}


def test_publishing_queues_the_update_and_never_touches_elasticsearch(queue, make_paper):
    with using_cluster(URL="http://127.0.0.1:9"):  # nothing listens: any contact would fail
        started = time.monotonic()
        paper = make_paper(title="Restorative justice pilot")
        assert time.monotonic() - started < 2
    assert paper.live
    assert paper.pk in queued_ids(queue.filter(status=TaskResultStatus.READY))


def test_a_rolled_back_publish_queues_nothing(queue, papers_index, make_paper):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_paper(title="Rolled back")
        raise RuntimeError("the editor's transaction fails after publishing")
    assert queued_ids(queue) == {papers_index.pk}, "only the listing's own publish is queued"


def test_the_worker_applies_waiting_updates_in_one_batch(queue, es, make_paper):
    papers = [make_paper(title=f"Probation outcomes {n}") for n in range(5)]
    assert queue.filter(status=TaskResultStatus.READY).count() >= 5
    run_worker()
    assert found_ids("probation outcomes") == {p.pk for p in papers}
    batches = [row for row in queue if "merged_into" not in (row.return_value or {})]
    assert len(batches) == 1, "one task applied every waiting update"
    assert batches[0].return_value["indexed"] == 5


def test_an_outage_requeues_the_batch_with_backoff(queue, es, make_paper, settings):
    settings.SEARCH_WORKER = {**settings.SEARCH_WORKER, "RETRY_BASE": 1, "RETRY_MAX": 1}
    paper = make_paper(title="Juvenile diversion review")
    with using_cluster(URL="http://127.0.0.1:9"):
        run_worker()
    # On a slow machine the 1 s delay can pass within one worker pass, so the batch may be tried again there.
    attempted = [row for row in queue if "retry_in_seconds" in (row.return_value or {})]
    assert attempted and all(row.return_value["retry_in_seconds"] == 1 for row in attempted)
    retry = queue.get(status=TaskResultStatus.READY)  # not run yet: the worker left it waiting
    page_ids, attempt = retry.args_kwargs["args"]
    assert paper.pk in page_ids and attempt == len(attempted)
    assert not queue.filter(status=TaskResultStatus.FAILED).exists()
    time.sleep(1.1)
    run_worker()  # the node is back
    assert found_ids("juvenile diversion") == {paper.pk}


def test_a_permanent_error_fails_after_a_few_attempts_and_verify_can_repair(queue, es, make_paper):
    paper = make_paper(title="Hot spot policing")
    es.indices.delete(index=",".join(es.indices.get_alias(name=alias_name())))
    es.indices.create(index=alias_name())  # a concrete index where the alias belongs: not an outage
    for _ in range(20):
        run_worker()
        if queue.filter(status=TaskResultStatus.FAILED).exists():
            break
        time.sleep(0.06)
    failed = queue.get(status=TaskResultStatus.FAILED)
    assert failed.args_kwargs["args"][1] == 4, "tried five times in all"
    assert "concrete index" in failed.traceback
    assert paper.pk in failed.args_kwargs["args"][0]


def test_a_batch_leaves_an_update_another_worker_holds_instead_of_waiting_for_it(queue, es, make_paper):
    """Two workers absorbing at once must not wait on each other's rows: on PostgreSQL that ends in a deadlock."""
    papers = [make_paper(title=f"Community courts {n}") for n in range(3)]
    held_row = queue.filter(status=TaskResultStatus.READY, args_kwargs__args__0__contains=[papers[-1].pk]).get()
    locked, release = threading.Event(), threading.Event()

    def hold():  # another worker's transaction, holding the row as a claim or an absorb does
        try:
            with transaction.atomic():
                DBTaskResult.objects.select_for_update().get(pk=held_row.pk)
                locked.set()
                release.wait(30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(10)
        run_worker()
        held_row.refresh_from_db()
        assert held_row.status == TaskResultStatus.READY, "the held update was neither taken nor waited for"
        assert found_ids("community courts") == {p.pk for p in papers[:-1]}
    finally:
        release.set()
        holder.join()
    run_worker()  # released: the next pass applies it
    assert found_ids("community courts") == {p.pk for p in papers}
    assert not queue.filter(status=TaskResultStatus.FAILED).exists()

"""Index updates as tasks, so the backend decides whether they run now or in a worker."""

from django_tasks import task

from . import indexing


@task()
def sync_pages(page_ids: list[int]) -> dict:
    return indexing.sync_pages(page_ids)

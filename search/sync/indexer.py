"""Bringing the index in step with the database, for given page ids.

Every write is expressed as "make the index agree with the database for these
page ids": a page that is visible and of a registered type is (re)written,
anything else is deleted. Applying the same ids twice is harmless, so a failed
batch can simply be retried.

Writes carry an external version (``version_type=external_gte``): the time,
on the database's clock, taken just before the pages were read. A batch that
read later saw every change an earlier one saw, so Elasticsearch keeps the
later read whatever order the writes arrive in: a slow or resumed worker
cannot put an older copy over a newer one, nor bring back a deleted page
(deletes leave a versioned tombstone for ``gc_deletes``, see the mapping).
Every change queues its own sync, read after it committed, so the last write
of every page reflects its latest state.
"""

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection
from wagtail.models import Page

from search.index.alias import ensure_index, write_targets
from search.index.bulk import bulk_write
from search.index.documents import indexed_document, is_indexable
from search.language import concepts

logger = logging.getLogger(__name__)


def read_version() -> int:
    """Microseconds on the database's clock (one clock for every worker), or this machine's for SQLite."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint")
            return cursor.fetchone()[0]
    return time.time_ns() // 1000


@dataclass
class Batch:
    """What the database said about some pages at ``version``: documents to write, ids to delete."""

    version: int
    documents: dict[int, dict]
    deleted: list[int]

    def actions(self, target: str) -> Iterator[dict]:
        versioned = {"_index": target, "version": self.version, "version_type": "external_gte"}
        for pk, document in self.documents.items():
            yield {"_op_type": "index", "_id": pk, "_source": document, **versioned}
        for pk in self.deleted:
            yield {"_op_type": "delete", "_id": pk, **versioned}


def read_batch(page_ids: Iterable[int]) -> Batch:
    """Read the pages after taking the version, so the version never claims more than was read."""
    page_ids = sorted(set(page_ids))
    version = read_version()
    pages = {p.pk: p for p in Page.objects.filter(pk__in=page_ids).specific()}
    documents = {}
    with concepts.held():  # the batch is tagged with one reading of the thesaurus
        for pk in page_ids:
            page = pages.get(pk)
            if page is not None and is_indexable(page):
                documents[pk] = indexed_document(page)
    return Batch(version, documents, [pk for pk in page_ids if pk not in documents])


def write_batch(batch: Batch) -> None:
    for target in write_targets():
        bulk_write(batch.actions(target), refresh=True)


def reconcile(page_ids: Iterable[int]) -> dict:
    """Make the index agree with the database for ``page_ids``; returns counts."""
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return {"indexed": 0, "deleted": 0}
    ensure_index()
    batch = read_batch(page_ids)
    write_batch(batch)
    counts = {"indexed": len(batch.documents), "deleted": len(batch.deleted)}
    logger.debug("synced pages %s: %s", page_ids, counts)
    return counts

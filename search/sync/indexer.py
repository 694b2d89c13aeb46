"""From pages to index documents, and bringing the index in step with the database.

Every write is expressed as "make the index agree with the database for these
page ids": a page that is live, public, unexpired and of an indexed type is
(re)written, anything else is deleted. Applying the same ids twice is harmless,
so a failed batch can simply be retried.

Writes carry an external version (``version_type=external_gte``): the time,
on the database's clock, taken just before the pages were read. A batch that
read later saw every change an earlier one saw, so Elasticsearch keeps the
later read whatever order the writes arrive in: a slow or resumed worker
cannot put an older copy over a newer one, nor bring back a deleted page
(deletes leave a versioned tombstone for ``gc_deletes``, see the mapping).
Every change queues its own sync, read after it committed, so the last write
of every page reflects its latest state.
"""

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from elasticsearch.helpers import streaming_bulk
from wagtail.models import Page

from search.builders import BUILDERS
from search.client import get_client
from search.index.mapping import alias_name
from search.language import english, kazakh
from search.query import suggest

logger = logging.getLogger(__name__)


def public(pages: QuerySet) -> QuerySet:
    """The pages anyone may see: live, without view restrictions on them or above, not past their expiry."""
    return pages.live().public().filter(expired=False).exclude(expire_at__lte=timezone.now())


def is_indexable(page: Page) -> bool:
    """Only live, public, unexpired pages of an indexed type may reach the index (``public`` for one page)."""
    if type(page) not in BUILDERS or not page.live or page.expired:
        return False
    if page.expire_at and page.expire_at <= timezone.now():
        return False
    return not page.get_view_restrictions().exists()


# Fields whose text feeds the Kazakh stems; each builder fills those it has.
CONTENT_FIELDS = ("abstract", "body", "keywords", "document_text")


def document_for(page: Page) -> dict:
    doc = BUILDERS[type(page)](page)
    doc["url"] = page.get_url()
    doc["expires_at"] = page.expire_at
    content = " ".join(_flatten(doc.get(field)) for field in CONTENT_FIELDS)
    # Application-normalised copies that both index and query go through (see their modules).
    for field, normalise in (("kk_stems", kazakh.stem_text), ("en_uk", english.british)):
        doc[field] = {"title": normalise(doc["title"]), "content": normalise(content)}
    doc["suggest"] = suggest.suggestion_inputs(doc)
    return doc


def indexed_document(page: Page) -> dict:
    """The document as written to the index: ``document_for`` plus the hash that ``verify`` compares."""
    doc = document_for(page)
    doc["source_hash"] = source_hash(doc)
    return doc


def source_hash(doc: dict) -> str:
    """A digest of every field but the hash itself; it changes exactly when the document would."""
    fields = {key: value for key, value in doc.items() if key != "source_hash"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _flatten(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value)
    return str(value)


def indexable_pages() -> Iterator[Page]:
    """Every page that belongs in the index, read from the database in chunks."""
    for model in BUILDERS:
        yield from public(model.objects.all()).iterator(chunk_size=500)


def count_indexable() -> int:
    return sum(public(model.objects.all()).count() for model in BUILDERS)


def write_targets() -> list[str]:
    """The live alias, plus the index being built by a running rebuild."""
    from search.index.lifecycle import building_alias_name

    client = get_client()
    targets = [alias_name()]
    if client.indices.exists_alias(name=building_alias_name()):
        targets.append(building_alias_name())
    return targets


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
    from search.index.lifecycle import ensure_index

    page_ids = sorted(set(page_ids))
    if not page_ids:
        return {"indexed": 0, "deleted": 0}
    ensure_index()
    batch = read_batch(page_ids)
    write_batch(batch)
    counts = {"indexed": len(batch.documents), "deleted": len(batch.deleted)}
    logger.debug("synced pages %s: %s", page_ids, counts)
    return counts


def bulk_write(actions: Iterable[dict], refresh: bool = False, on_progress=None) -> int:
    """Apply bulk actions; a delete of a missing document is fine, and so is a write that a newer one
    superseded (a version conflict); any other failure raises."""
    failures = []
    done = 0
    for ok, item in streaming_bulk(
        get_client(),
        actions,
        chunk_size=500,
        raise_on_error=False,
        raise_on_exception=True,
        refresh=refresh,
    ):
        result = next(iter(item.values()))
        if not ok and not (result.get("status") == 404 and "delete" in item) and result.get("status") != 409:
            failures.append(result)
        done += 1
        if on_progress:
            on_progress(1)
    if failures:
        raise BulkWriteError(failures)
    return done


class BulkWriteError(Exception):
    def __init__(self, failures: list[dict]):
        self.failures = failures
        first = failures[0]
        super().__init__(f"{len(failures)} index writes failed; first: {first.get('error', first)}")

    @property
    def transient(self) -> bool:
        """Whether every failure was the cluster being busy or short of shards (worth retrying later)."""
        return all(f.get("status", 500) == 429 or f.get("status", 500) >= 500 for f in self.failures)

"""Bringing the index in step with the database, for given page ids.

Every write is expressed as "make the index agree with the database for these
page ids": a page that is visible and of a registered type is (re)written,
anything else is deleted. Applying the same ids twice is harmless, so a failed
batch can simply be retried.
"""

import logging
from collections.abc import Iterable

from wagtail.models import Page

from search.index.alias import ensure_index, write_targets
from search.index.bulk import bulk_write
from search.index.documents import indexed_document, is_indexable

logger = logging.getLogger(__name__)


def reconcile(page_ids: Iterable[int]) -> dict:
    """Make the index agree with the database for ``page_ids``; returns counts."""
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return {"indexed": 0, "deleted": 0}
    ensure_index()
    pages = {p.pk: p for p in Page.objects.filter(pk__in=page_ids).specific()}
    documents = {}
    for pk in page_ids:
        page = pages.get(pk)
        if page is not None and is_indexable(page):
            documents[pk] = indexed_document(page)
    counts = {"indexed": len(documents), "deleted": len(page_ids) - len(documents)}
    for target in write_targets():
        actions = [
            {"_op_type": "index", "_index": target, "_id": pk, "_source": documents[pk]}
            if pk in documents
            else {"_op_type": "delete", "_index": target, "_id": pk}
            for pk in page_ids
        ]
        bulk_write(actions, refresh=True)
    logger.debug("synced pages %s: %s", page_ids, counts)
    return counts

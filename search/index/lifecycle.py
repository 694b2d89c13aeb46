"""The index lifecycle: rebuild it behind the alias, report on it, compare it with the database.

Readers use the alias only. A rebuild loads a new versioned index from the
database while the old one keeps serving, then moves the alias in one atomic
step; a failed rebuild deletes its half-built index and leaves the old one in
place. While a rebuild runs, a second alias names the new index so that page
changes made meanwhile are written to both (``search.index.alias.write_targets``).
"""

import os
import time
from dataclasses import dataclass

from elasticsearch.helpers import scan

from search.client import cluster_url, get_client
from search.index import documents
from search.index.alias import (
    building_alias_name,
    create_index,
    ensure_index,
    finish_build,
    indices_behind,
    new_index_name,
)
from search.index.bulk import bulk_write
from search.index.mapping import alias_name
from search.language import concepts
from search.sync.indexer import read_version, reconcile

# Searches that resolved the alias just before the swap still read the old index: let them finish.
OLD_INDEX_GRACE_SECONDS = 1.0
# A rebuild sends bulk requests from several threads while the main thread derives documents:
# Elasticsearch analyses one request per thread, and Python is never idle waiting for it.
BULK_WORKERS = int(os.environ.get("SEARCH_BULK_WORKERS", "3"))


def rebuild(on_total=None, on_progress=None, pages=None) -> str:
    """Build a fresh index from the database (or from ``pages``) and swap the alias to it; returns its name.

    The new index fills through several bulk workers, without refreshes or
    replicas; both are restored and the index refreshed before the alias moves,
    so readers only ever see a complete index.
    """
    client = get_client()
    alias, building = alias_name(), building_alias_name()
    name = new_index_name()
    create_index(name, building=True)
    client.indices.put_alias(index=name, name=building)
    try:
        version = read_version()  # before reading: syncs that read later win over this copy
        if pages is None:
            pages = list(documents.indexable_pages())
            if on_total:
                on_total(len(pages))
        with concepts.held():  # one reading of the thesaurus for the whole rebuild
            bulk_write(
                (
                    {"_op_type": "index", "_index": name, "_id": p.pk, "_source": documents.indexed_document(p)}
                    | {"version": version, "version_type": "external_gte"}
                    for p in pages
                ),
                on_progress=on_progress,
                workers=BULK_WORKERS,
            )
        finish_build(name)
        old = indices_behind(alias)
        actions = [{"remove": {"index": i, "alias": alias}} for i in old]
        if client.indices.exists(index=alias) and not old:
            actions.append({"remove_index": {"index": alias}})
        actions += [
            {"add": {"index": name, "alias": alias}},
            {"remove": {"index": name, "alias": building}},
        ]
        client.indices.update_aliases(actions=actions)
    except BaseException:
        client.indices.delete(index=name, ignore_unavailable=True)
        raise
    time.sleep(OLD_INDEX_GRACE_SECONDS)
    for index in old:
        client.indices.delete(index=index, ignore_unavailable=True)
    return name


def cluster_version() -> str:
    """The lowest node version (the integ-test distribution has no ``GET /`` endpoint)."""
    nodes = get_client().nodes.info(filter_path="nodes.*.version")["nodes"].values()
    return min((n["version"] for n in nodes), key=lambda v: tuple(map(int, v.split("-")[0].split("."))))


@dataclass
class IndexStatus:
    cluster: str
    version: str
    health: str
    alias: str
    indices: list[str]
    documents: int | None
    database_pages: int


def status() -> IndexStatus:
    client = get_client()
    alias = alias_name()
    indices = indices_behind(alias)
    count = client.count(index=alias)["count"] if indices else None
    return IndexStatus(
        cluster=cluster_url(),
        version=cluster_version(),
        health=client.cluster.health()["status"],
        alias=alias,
        indices=indices,
        documents=count,
        database_pages=documents.count_indexable(),
    )


@dataclass
class Drift:
    """How the index differs from the database, by page id."""

    missing: list[int]  # indexable pages with no document
    stale: list[int]  # documents whose content no longer matches the page
    extra: list[int]  # documents for pages that are gone, unpublished, private or expired
    checked: int  # indexable pages in the database

    @property
    def in_sync(self) -> bool:
        return not (self.missing or self.stale or self.extra)

    @property
    def page_ids(self) -> list[int]:
        return sorted({*self.missing, *self.stale, *self.extra})


def verify(on_total=None, on_progress=None) -> Drift:
    """Compare every indexable page with its document through the alias (reads only)."""
    ensure_index()
    pages = list(documents.indexable_pages())
    if on_total:
        on_total(len(pages))
    expected = {}
    with concepts.held():
        for page in pages:
            expected[page.pk] = documents.source_hash(documents.document_for(page))
            if on_progress:
                on_progress(1)
    actual = {
        hit["_id"]: hit["_source"].get("source_hash")
        for hit in scan(get_client(), index=alias_name(), _source=["source_hash"], query={"query": {"match_all": {}}})
    }
    indexed = {int(doc_id): digest for doc_id, digest in actual.items() if doc_id.isdigit()}
    return Drift(
        missing=sorted(set(expected) - set(indexed)),
        stale=sorted(pk for pk, digest in expected.items() if pk in indexed and indexed[pk] != digest),
        extra=sorted(set(indexed) - set(expected)),
        checked=len(expected),
    )


def repair(drift: Drift) -> dict:
    """Re-sync every page id the drift names: missing and stale ones are written, extra ones deleted."""
    return reconcile(drift.page_ids)

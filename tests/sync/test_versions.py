"""Index writes carry the time the pages were read: an older read never replaces a newer one, whatever the order."""

from search.index.mapping import alias_name
from search.sync import indexer
from tests.support.helpers import found_ids


def title_in_index(es, page) -> str | None:
    es.indices.refresh(index=alias_name())
    hits = es.search(index=alias_name(), query={"ids": {"values": [page.pk]}}, source=["title"])["hits"]["hits"]
    return hits[0]["_source"]["title"] if hits else None


def test_a_batch_read_before_an_edit_cannot_overwrite_the_edit(es, make_paper):
    paper = make_paper(title="Probation supervision study")
    stale = indexer.read_batch([paper.pk])  # a slow worker read the page here ...
    paper.title = "Probation supervision study, revised"
    paper.save_revision().publish()  # ... then the page changed and was indexed by another worker
    indexer.reconcile([paper.pk])
    indexer.write_batch(stale)  # the slow worker's write arrives last
    assert title_in_index(es, paper) == "Probation supervision study, revised"


def test_a_late_older_write_does_not_bring_back_an_unpublished_page(es, make_paper):
    paper = make_paper(title="Witness protection review")
    stale = indexer.read_batch([paper.pk])
    paper.unpublish()
    indexer.reconcile([paper.pk])
    assert found_ids("witness protection") == set()
    indexer.write_batch(stale)
    assert found_ids("witness protection") == set(), "the old copy must not undo the removal"


def test_a_newer_read_replaces_an_older_one(es, make_paper):
    paper = make_paper(title="Traffic safety audit")
    paper.title = "Traffic safety audit 2025"
    paper.save_revision().publish()
    newer = indexer.read_batch([paper.pk])
    assert newer.version > 0
    indexer.write_batch(newer)
    assert title_in_index(es, paper) == "Traffic safety audit 2025"


def test_a_late_write_after_a_rebuild_does_not_replace_the_rebuilt_copy(es, make_paper):
    from search.index.lifecycle import rebuild

    paper = make_paper(title="Youth court diversion")
    stale = indexer.read_batch([paper.pk])
    paper.title = "Youth court diversion, second edition"
    paper.save_revision().publish()
    rebuild()  # a fresh index, written with versions taken when the rebuild read the pages
    indexer.write_batch(stale)
    assert title_in_index(es, paper) == "Youth court diversion, second edition"

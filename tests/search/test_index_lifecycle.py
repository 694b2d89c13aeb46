"""The index can always be rebuilt from the database, and a rebuild never takes search down."""

import threading

from django.core.management import call_command

from search.index import alias, lifecycle
from search.index.mapping import alias_name
from search.query import faceted, facets
from tests.conftest import delete_indices
from tests.support.helpers import found_ids


def test_rebuild_restores_a_lost_index_from_the_database(es, make_paper):
    paper = make_paper(abstract="Community policing in rural districts.")
    delete_indices(es, f"{alias_name()}*")
    call_command("search_index", "rebuild")
    assert paper.pk in found_ids("rural")
    assert len(alias.indices_behind(alias_name())) == 1


def test_search_keeps_answering_during_a_rebuild(es, make_paper, monkeypatch):
    # Facet labels are read from the database, which a second thread cannot share in tests; totals are what count.
    for facet in facets.FACETS.values():
        monkeypatch.setattr(facet, "labeller", None)
    papers = [make_paper(title=f"Recidivism study {n}", abstract="Recidivism outcomes.") for n in range(30)]
    before = alias.indices_behind(alias_name())
    totals, errors = [], []
    rebuilding = threading.Event()
    rebuilding.set()

    def search_until_done():
        while rebuilding.is_set():
            try:
                totals.append(faceted.run("recidivism").total)
            except Exception as error:  # noqa: BLE001 - every failure is the finding
                errors.append(error)

    reader = threading.Thread(target=search_until_done)
    reader.start()
    try:
        for _ in range(3):
            lifecycle.rebuild()
    finally:
        rebuilding.clear()
        reader.join()
    assert errors == []
    assert len(totals) > 3
    assert set(totals) == {len(papers)}
    after = alias.indices_behind(alias_name())
    assert after != before and len(after) == 1


def test_failed_rebuild_leaves_the_old_index_serving(es, make_paper, monkeypatch):
    paper = make_paper(abstract="Juvenile justice diversion.")
    before = alias.indices_behind(alias_name())

    def broken(page):
        raise RuntimeError("builder failed")

    monkeypatch.setattr("search.index.documents.document_for", broken)
    try:
        lifecycle.rebuild()
    except RuntimeError:
        pass
    else:
        raise AssertionError("the rebuild should have failed")
    assert alias.indices_behind(alias_name()) == before
    assert paper.pk in found_ids("diversion")
    assert es.indices.get(index=f"{alias_name()}-*").keys() == set(before)


def test_status_compares_index_and_database(es, make_paper, capsys):
    make_paper()
    call_command("search_index", "status")
    out = capsys.readouterr().out
    assert "1 in the index, 1 indexable pages in the database" in out


def test_create_rebuilds_an_index_made_with_an_older_mapping(es, make_paper, capsys):
    """After an upgrade that changes fields or analysis, `search_index create` (run by make run and make
    serve) rebuilds the index rather than leave searches failing on the old mapping."""
    paper = make_paper(abstract="Community policing in rural districts.")
    call_command("search_index", "rebuild")
    assert not alias.outdated_mapping()
    old = alias.indices_behind(alias_name())
    es.indices.put_mapping(index=old[0], meta={"mapping": "made-by-an-older-version"})
    assert alias.outdated_mapping()
    call_command("search_index", "status")
    assert "outdated" in capsys.readouterr().out

    call_command("search_index", "create")
    assert "older mapping" in capsys.readouterr().out
    assert not alias.outdated_mapping()
    assert alias.indices_behind(alias_name()) != old
    assert paper.pk in found_ids("rural")

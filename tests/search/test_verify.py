"""`search_index verify` finds every way the index can drift from the database, and `--fix` repairs it."""

import io

import pytest
from django.core.management import CommandError, call_command

from portal.research.models import ResearchPaper
from search.index.mapping import alias_name
from tests.support.helpers import found_ids


def verify(*args: str) -> str:
    out = io.StringIO()
    call_command("search_index", "verify", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def drifted(es, make_paper):
    """An index that missed three changes (as if its updates had been lost) and holds one stray document."""
    lost = make_paper(title="Youth mentoring evaluation")
    renamed = make_paper(title="Street lighting pilot")
    withdrawn = make_paper(title="School patrol review")
    kept = make_paper(title="Victim support methodology")

    es.delete(index=alias_name(), id=lost.pk, refresh=True)
    # Changes written straight to the database send no signals, like updates lost to an outage.
    ResearchPaper.objects.filter(pk=renamed.pk).update(title="Street lighting pilot, second phase")
    ResearchPaper.objects.filter(pk=withdrawn.pk).update(live=False)
    es.index(index=alias_name(), id="987654", document={"title": "Stray", "kind": "paper"}, refresh=True)
    return {"lost": lost.pk, "renamed": renamed.pk, "withdrawn": withdrawn.pk, "kept": kept.pk}


def test_verify_reports_missing_stale_and_extra_documents(drifted):
    out = io.StringIO()
    with pytest.raises(CommandError, match="run `search_index verify --fix`"):
        call_command("search_index", "verify", stdout=out)
    report = out.getvalue()
    assert f"missing:   1 (page ids {drifted['lost']})" in report
    assert f"stale:     1 (page ids {drifted['renamed']})" in report
    assert f"extra:     2 (page ids {drifted['withdrawn']}, 987654)" in report


def test_verify_fix_repairs_the_index(drifted):
    assert drifted["withdrawn"] in found_ids("school patrol")
    assert drifted["lost"] not in found_ids("youth mentoring")

    report = verify("--fix")
    assert "Repaired: 2 written, 2 deleted." in report
    assert report.strip().endswith("The index agrees with the database.")

    assert found_ids("youth mentoring") == {drifted["lost"]}
    assert found_ids("second phase") == {drifted["renamed"]}
    assert found_ids("school patrol") == set()
    assert found_ids("stray") == set()
    assert "agrees with the database" in verify()


def test_an_index_in_step_verifies_clean(es, make_paper):
    make_paper(title="Community policing handbook")
    report = verify()
    assert "checked:   1 indexable pages" in report
    assert "missing:   0" in report and "stale:     0" in report and "extra:     0" in report


def test_fix_goes_with_verify_only(es):
    with pytest.raises(CommandError, match="--fix goes with verify only"):
        call_command("search_index", "status", "--fix")

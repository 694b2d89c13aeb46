"""Facet counts a practitioner can trust: OR within a facet, AND across facets, one request per search."""

import datetime

import pytest
from elasticsearch import NotFoundError
from elasticsearch.dsl import connections

from search.client import is_outage
from search.query import faceted
from search.query.params import SearchParams
from tests.support.corpus import doc, write

THIS_YEAR = datetime.date.today().year


@pytest.fixture
def catalogue(es):
    return dict(
        zip(
            ["mentoring", "lighting", "youth_court", "cyber", "kk_paper", "ru_project"],
            write(
                doc(
                    "Mentoring for young offenders",
                    kind="practice",
                    topics=["prevention", "prevention/juvenile"],
                    regions=["KZ-ALM"],
                    evidence_rating="effective",
                    evidence_strength="systematic_review",
                    author_ids=["seitkali"],
                    organisation_ids=["academy"],
                    year=THIS_YEAR,
                ),
                doc(
                    "Street lighting and burglary",
                    kind="practice",
                    topics=["prevention", "prevention/situational"],
                    regions=["KZ-AST"],
                    evidence_rating="promising",
                    evidence_strength="several_studies",
                    year=THIS_YEAR - 3,
                ),
                doc(
                    "Youth courts in small towns",
                    kind="methodology",
                    topics=["justice", "justice/juvenile"],
                    regions=["KZ-ALM"],
                    author_ids=["seitkali", "ivanova"],
                    year=THIS_YEAR - 6,
                ),
                doc(
                    "Cyber fraud against pensioners", kind="paper", topics=["cybercrime"], regions=["KZ-SHY"], year=2001
                ),
                doc(
                    "Жасөспірімдер қылмысы",
                    language="kk",
                    kind="paper",
                    topics=["prevention/juvenile", "prevention"],
                    year=THIS_YEAR,
                ),
                doc(
                    "Пилотный проект по профилактике",
                    language="ru",
                    kind="project",
                    status="pilot",
                    regions=["KZ-ALM"],
                    topics=["prevention"],
                    organisation_ids=["academy"],
                    year=THIS_YEAR,
                ),
            ),
            strict=True,
        )
    )


def counts(results, facet):
    return {v.key: v.count for f in results.facets if f.name == facet for v in f.values}


def ids(results):
    return {h.id for h in results.hits}


def search(**filters):
    return faceted.run(SearchParams(filters={k: tuple(v) for k, v in filters.items()}, page_size=50))


def test_values_within_a_facet_combine_with_or(catalogue):
    results = search(kind=["practice", "methodology"])
    assert ids(results) == {catalogue["mentoring"], catalogue["lighting"], catalogue["youth_court"]}


def test_facets_combine_with_and(catalogue):
    results = search(kind=["practice", "methodology"], region=["KZ-ALM"])
    assert ids(results) == {catalogue["mentoring"], catalogue["youth_court"]}


def test_a_facets_counts_ignore_its_own_selection_but_respect_the_others(catalogue):
    results = search(kind=["practice"], region=["KZ-ALM"])
    # kind counts: everything in KZ-ALM, whatever its kind
    assert counts(results, "kind") == {"practice": 1, "methodology": 1, "project": 1}
    # region counts: every practice, whatever its region
    assert counts(results, "region") == {"KZ-ALM": 1, "KZ-AST": 1}
    assert results.total == 1


def test_a_parent_topic_counts_and_finds_its_children(catalogue):
    results = search()
    topic_counts = counts(results, "topic")
    assert topic_counts["prevention"] == 4
    assert topic_counts["prevention/juvenile"] == 2
    assert ids(search(topic=["prevention"])) == {
        catalogue[k] for k in ("mentoring", "lighting", "kk_paper", "ru_project")
    }
    child = next(v for f in results.facets if f.name == "topic" for v in f.values if v.key == "prevention/juvenile")
    assert child.depth == 1


def test_selected_values_stay_visible_at_zero(catalogue):
    results = search(region=["KZ-SHY"], rating=["effective"])
    assert results.total == 0
    ratings = {v.key: (v.count, v.selected) for f in results.facets if f.name == "rating" for v in f.values}
    assert ratings["effective"] == (0, True)
    regions = {v.key: (v.count, v.selected) for f in results.facets if f.name == "region" for v in f.values}
    assert regions["KZ-SHY"] == (0, True)


def test_years_as_histogram_and_ranges(catalogue):
    results = search()
    years = counts(results, "year")
    assert years[THIS_YEAR] == 3 and years[2001] == 1
    assert list(years) == sorted(years, reverse=True)
    periods = counts(results, "period")
    assert periods["last-2"] == 3
    assert periods["last-10"] == 5
    assert periods["older"] == 1
    assert ids(search(period=["older"])) == {catalogue["cyber"]}
    assert ids(search(year=[THIS_YEAR - 6])) == {catalogue["youth_court"]}


def test_evidence_people_organisations_and_status(catalogue):
    assert ids(search(strength=["systematic_review"])) == {catalogue["mentoring"]}
    assert counts(search(), "author") == {"seitkali": 2, "ivanova": 1}
    assert ids(search(organisation=["academy"], kind=["project"])) == {catalogue["ru_project"]}
    assert ids(search(status=["pilot"])) == {catalogue["ru_project"]}
    assert ids(search(language=["kk", "ru"])) == {catalogue["kk_paper"], catalogue["ru_project"]}


def test_labels_come_from_one_pluggable_lookup(catalogue, monkeypatch):
    from search.query import facets

    monkeypatch.setattr(facets.FACETS["region"], "labeller", facets.FACETS["region"].labeller)  # restored afterwards
    facets.register_labels("region", lambda keys: {"KZ-ALM": "Almaty"})
    labels = {v.key: v.label for f in search().facets if f.name == "region" for v in f.values}
    assert labels["KZ-ALM"] == "Almaty"
    assert labels["KZ-AST"] == "KZ-AST"


def test_a_listing_fixes_the_kind_and_keeps_the_other_facets(catalogue):
    results = faceted.run(SearchParams(), kind="paper")
    assert ids(results) == {catalogue["cyber"], catalogue["kk_paper"]}
    assert counts(results, "language") == {"en": 1, "kk": 1}


def test_one_search_is_one_request_to_elasticsearch(catalogue, monkeypatch):
    transport = connections.get_connection().transport  # the connection the search itself uses
    calls = []
    original = transport.perform_request

    def counting(method, path, *args, **kwargs):
        calls.append((method, path))
        return original(method, path, *args, **kwargs)

    monkeypatch.setattr(transport, "perform_request", counting)
    results = faceted.run(
        SearchParams(q="mentoring OR lighting", filters={"kind": ("practice",), "region": ("KZ-ALM",)})
    )
    assert len(calls) == 1 and calls[0][1].endswith("/_msearch")  # the hits and the facet counts side by side
    assert results.total == 1
    assert results.hits[0].title_html == "<mark>Mentoring</mark> for young offenders"
    assert {f.name for f in results.facets} >= {"kind", "topic", "region", "language", "year", "rating", "status"}


def test_a_failed_search_inside_the_request_raises_as_it_would_alone(catalogue, monkeypatch):
    """The hits and the counts travel in one _msearch, which answers 200 even when a search in it fails:
    the failure must still raise, with its own status, or a missing index would read as "nothing found"."""
    monkeypatch.setattr(faceted, "alias_name", lambda: "zertteushi-test-no-such-index")
    with pytest.raises(NotFoundError) as raised:
        faceted.run(SearchParams(q="mentoring"))
    assert raised.value.meta.status == 404 and not is_outage(raised.value)

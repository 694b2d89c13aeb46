"""Publishing puts a page in the index; anything that takes it off the site takes it out."""

from search.index.mapping import alias_name
from tests.support.helpers import found_ids


def test_published_paper_is_found_by_a_word_of_its_abstract(es, make_paper):
    paper = make_paper(title="Neighbourhood watch", abstract="Volunteers patrol courtyards at night.")
    assert paper.pk in found_ids("courtyards")


def test_unpublished_paper_disappears(es, make_paper, committed):
    paper = make_paper(abstract="Mentoring reduces truancy.")
    assert paper.pk in found_ids("truancy")
    with committed():
        paper.unpublish()
    assert paper.pk not in found_ids("truancy")


def test_deleted_paper_disappears(es, make_paper, committed):
    paper = make_paper(abstract="Street lighting and burglary.")
    assert paper.pk in found_ids("burglary")
    with committed():
        paper.delete()
    assert found_ids("burglary") == set()


def test_draft_is_never_indexed(es, make_paper, committed):
    draft = make_paper(abstract="Confidential draft about extortion.", publish=False)
    assert draft.pk not in found_ids("extortion")
    assert es.count(index=alias_name())["count"] == 0
    # A draft edit of a live page does not reach the index either.
    live = make_paper(title="Public version", abstract="Published text about fraud.")
    live.abstract = "Unpublished edit about smuggling."
    with committed():
        live.save_revision()
    assert live.pk in found_ids("fraud")
    assert found_ids("smuggling") == set()


def test_private_page_is_not_indexed(es, make_paper, committed):
    from wagtail.models import PageViewRestriction

    paper = make_paper(abstract="Internal memo on informants.")
    assert paper.pk in found_ids("informants")
    with committed():
        PageViewRestriction.objects.create(page=paper, restriction_type=PageViewRestriction.LOGIN)
    assert paper.pk not in found_ids("informants")


def test_document_id_is_the_page_id_and_writes_are_idempotent(es, make_paper, committed):
    paper = make_paper(abstract="Probation supervision outcomes.")
    with committed():
        paper.save_revision().publish()
        paper.save_revision().publish()
    es.indices.refresh(index=alias_name())
    assert es.count(index=alias_name())["count"] == 1
    assert es.get(index=alias_name(), id=paper.pk)["_source"]["title"] == paper.title

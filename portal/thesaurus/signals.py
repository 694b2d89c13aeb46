"""A change to the thesaurus re-tags the documents it concerns.

Documents carry the concepts their text names (``concepts``). When a concept
gains, loses or changes a label, the documents to rebuild are those tagged with
it now (a label may have gone) and those whose text holds one of its labels now
(a label may have come). Both are asked of the index; the page sync then
rebuilds those documents from the database with the new lexicon.
"""

import logging

from django.db.models.signals import post_save, pre_delete
from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import Q, Search

from search.index.mapping import MAX_RESULT_WINDOW, alias_name
from search.sync.signals import schedule_sync

from .models import LANGUAGES, Concept

logger = logging.getLogger(__name__)


# Concepts asked about per request: each brings a phrase clause per label, and a request may hold
# only so many clauses (an import of the whole seed vocabulary changes hundreds of concepts).
CONCEPTS_PER_REQUEST = 20


def pages_for(concepts: list[Concept]) -> set[int] | None:
    """Ids of the indexed pages tagged with, or mentioning, these concepts; None when the index cannot say."""
    found: set[int] = set()
    for start in range(0, len(concepts), CONCEPTS_PER_REQUEST):
        ids = _pages_for(concepts[start : start + CONCEPTS_PER_REQUEST])
        if ids is None:
            return None
        found |= ids
    return found


def _pages_for(concepts: list[Concept]) -> set[int] | None:
    clauses = [Q("terms", concepts=[c.slug for c in concepts])]
    for concept in concepts:
        for language in LANGUAGES:
            for label in concept.labels(language):
                clauses.append(Q("multi_match", query=label, type="phrase", fields=["*"], lenient=True))
    search = Search(index=alias_name()).query(Q("bool", should=clauses, minimum_should_match=1))
    search = search.source(False).extra(size=MAX_RESULT_WINDOW, track_total_hits=True)
    try:
        response = search.execute()
    except (ApiError, TransportError) as error:
        logger.warning("Could not find the documents to re-tag (%s); re-tagging every page.", error)
        return None
    if response.hits.total.value > MAX_RESULT_WINDOW:
        return None
    return {int(hit.meta.id) for hit in response}


def retag(concepts: list[Concept]) -> None:
    ids = pages_for(concepts)
    if ids is None:
        from search.index.documents import indexable_pages

        ids = {page.pk for page in indexable_pages()}
    schedule_sync(ids)


def on_concept_change(sender, instance, raw=False, **kwargs):
    from . import lexicon

    lexicon.forget()
    if not raw and instance.pk:
        retag([instance])


def connect() -> None:
    post_save.connect(on_concept_change, sender=Concept, dispatch_uid="thesaurus-concept-save")
    pre_delete.connect(on_concept_change, sender=Concept, dispatch_uid="thesaurus-concept-delete")

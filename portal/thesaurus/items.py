"""The items of a concept, in every language, found through the search index by concept id.

Documents carry the concepts their text names (``concepts``, written when a
document is built); the concept page lists the items tagged with it, newest first.
"""

import logging

from elasticsearch import ApiError, TransportError

from search.query import faceted
from search.query.params import SearchParams

logger = logging.getLogger(__name__)
LIMIT = 50


def for_concept(concept) -> faceted.Results | None:
    """The search results for the concept (visible items only, as every search); None when search is down."""
    try:
        return faceted.run(SearchParams(filters={"concept": [concept.slug]}, sort="newest", page_size=LIMIT))
    except (ApiError, TransportError) as error:
        logger.warning("Concept page %s without items: %s", concept.slug, error)
        return None

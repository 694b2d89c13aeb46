"""Did-you-mean offers only corrections that find something a reader may see.

Elasticsearch's term suggester reads the index's word lists, which still hold
the words of documents past their expiry (until the scheduled job removes
them, and even then until segments merge). A correction is therefore checked
with one count under the same expiry filter as every search, and dropped when
no visible document holds all of its words.
"""

from elasticsearch.dsl import Q, Search

from search.index.mapping import alias_name

FIELDS = ["title", "abstract"]


def only_visible(correction: str | None, visible: Q) -> str | None:
    """``correction`` if a document matching ``visible`` (the searches' expiry filter) holds all its words."""
    if not correction:
        return None
    query = Q("multi_match", query=correction, fields=FIELDS, type="cross_fields", operator="and")
    found = Search(index=alias_name()).filter(visible).query(query).extra(size=0).count()
    return correction if found else None

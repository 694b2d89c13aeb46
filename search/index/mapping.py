"""The ``publications`` index: one document per live, public page of every kind.

Readers always go through the alias; each rebuild creates a new versioned
index behind it (see ``search.index.lifecycle``).

Text is analysed in its own language only. The fields a reader sees (title,
abstract, keywords, names) are stored once in ``_source`` and indexed plainly
(exact words, any language); each text is also copied into the object of its
language (``kk``, ``ru``, ``en``, or ``xx`` for any other) where it is analysed
by that language's hunspell chain (the PDF text only split and lower-cased),
plus an application-stemmed copy (``search.language``). Those copies are left
out of ``_source``; the title, abstract and long texts are stored in their
language object for the highlighter, which marks them there, inflected forms
included. Long texts (the page body, a PDF's text) exist only in their language
object, not in ``_source``.
"""

from django.conf import settings as django_settings
from elasticsearch.dsl import Completion, Date, Document, Integer, Keyword, MetaField, Object, Text

from search.language import analysis

MAX_RESULT_WINDOW = 10_000
LANGUAGE_OBJECTS = tuple(analysis.BY_LANGUAGE)  # kk, ru, en, xx
LONG_TEXTS = ("body", "document_text")


def alias_name() -> str:
    return f"{django_settings.ELASTICSEARCH['INDEX_PREFIX']}-publications"


def shown_text(raw: bool = False) -> Text:
    """A displayed text field: in ``_source``, split and lower-cased, offsets for the highlighter."""
    fields = {"raw": Keyword(ignore_above=256)} if raw else {}
    return Text(analyzer=analysis.plain, fields=fields, index_options="offsets")


def language_object(language: str) -> Object:
    """The texts of one language, analysed in it (see the module docstring)."""
    analyzer = analysis.BY_LANGUAGE[language]
    return Object(
        properties={
            # Stored: the highlighter marks the shown title and abstract here, inflected forms included.
            "title": Text(analyzer=analyzer, index_options="offsets", store=True),
            "abstract": Text(analyzer=analyzer, index_options="offsets", store=True),
            "labels": Text(analyzer=analyzer),  # keywords, topic, region and organisation names
            # Long texts: stored for the passage shown under a hit, kept out of _source.
            "body": Text(analyzer=analyzer, index_options="offsets", store=True),
            # The PDF text, most of the index's words, is split and lower-cased only: hunspell over it
            # took a third of Elasticsearch's indexing time (bench documents). Its inflected forms
            # meet the query through ``content``, and its passage marks them through
            # ``search.language.forms``.
            "document_text": Text(analyzer=analysis.plain, index_options="offsets", store=True),
            # Application-stemmed copies (search.language.normalise): title, then all the content.
            "title_stems": Text(analyzer=analysis.stems),
            "content": Text(analyzer=analysis.stems, index_options="freqs"),
        }
    )


class PublicationDocument(Document):
    """Every kind in one index, so one request can rank and facet across all of them.

    Facet fields hold stable keys (slugs, codes, ids); the facet labels come from
    the database. ``topics`` holds each topic's path and the paths of its
    ancestors ("prevention", "prevention/juvenile"), so a parent counts its children.
    """

    # What it is and where it lives
    kind = Keyword()  # paper | practice | methodology | project
    url = Keyword(index=False)
    language = Keyword()  # kk | ru | en
    translation_key = Keyword()  # shared by the translations of one item

    # Shown text, exact words in any language
    title = shown_text()
    abstract = shown_text()  # abstract, summary or purpose
    keywords = shown_text(raw=True)

    # Each text analysed in its own language (search.language.routing)
    kk = language_object("kk")
    ru = language_object("ru")
    en = language_object("en")
    xx = language_object("xx")

    # People and bodies: display names, searchable, and ids for facets
    authors = shown_text(raw=True)
    author_ids = Keyword()
    organisations = shown_text(raw=True)
    organisation_ids = Keyword()

    # Facets
    topics = Keyword()  # topic paths with all their ancestors
    topic_titles = shown_text()
    regions = Keyword()  # region codes
    region_names = shown_text()
    publication_date = Date()
    year = Integer()
    evidence_rating = Keyword()  # effective | promising | inconclusive | no_effect | harmful
    evidence_strength = Keyword()  # single_study | several_studies | systematic_review
    status = Keyword()  # pilot | scaled | closed
    # Thesaurus concept ids (portal/thesaurus fills them; queries may expand to them).
    concepts = Keyword()

    # Autocomplete: titles, keywords, topics and people, tagged by language (search.query.suggest)
    suggest = Completion(analyzer=analysis.plain, contexts=[{"name": "language", "type": "category"}])

    # Wagtail's "expiry date": searches leave the document out from that moment, before
    # `publish_scheduled` gets round to unpublishing the page (search.query.faceted.not_expired).
    expires_at = Date()

    # Bookkeeping: a hash of the other fields, so `search_index verify` can spot stale documents
    source_hash = Keyword(index=False)

    class Index:
        name = alias_name()
        settings = {
            "number_of_shards": 1,
            "number_of_replicas": django_settings.ELASTICSEARCH["REPLICAS"],
            "max_result_window": MAX_RESULT_WINDOW,
            # Versioned tombstones of deleted pages outlive any late write of an older copy (search.sync.indexer).
            "gc_deletes": "1h",
        }

    class Meta:
        dynamic = MetaField("strict")
        # The language copies are indexed, not kept: _source holds what results and the API show.
        source = MetaField(excludes=list(LANGUAGE_OBJECTS))

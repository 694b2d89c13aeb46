"""The ``publications`` index: one document per live, public page of every kind.

Readers always go through the alias; each rebuild creates a new versioned
index behind it (see ``search.index.lifecycle``).
"""

from django.conf import settings as django_settings
from elasticsearch.dsl import Completion, Date, Document, Integer, Keyword, Object, Text

from search.language import analysis

MAX_RESULT_WINDOW = 10_000


def alias_name() -> str:
    return f"{django_settings.ELASTICSEARCH['INDEX_PREFIX']}-publications"


def multilingual_text(raw: bool = False) -> Text:
    """A text field analysed plainly plus once per portal language; ``raw`` adds an exact keyword.

    Offsets are stored with the postings so that highlighting need not run the
    (slow) hunspell analysis again over every hit's text.
    """
    fields = {
        "kk": Text(analyzer=analysis.kazakh, index_options="offsets"),
        "ru": Text(analyzer=analysis.russian, index_options="offsets"),
        "en": Text(analyzer=analysis.english, index_options="offsets"),
    }
    if raw:
        fields["raw"] = Keyword(ignore_above=256)
    return Text(analyzer=analysis.plain, fields=fields, index_options="offsets")


def normalised_copy(analyzer) -> Object:
    """Title and content as rewritten by the application before analysis (see search.index.documents.complete)."""
    return Object(properties={"title": Text(analyzer=analyzer), "content": Text(analyzer=analyzer)})


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

    # Searchable text, analysed in every language
    title = multilingual_text()
    abstract = multilingual_text()  # abstract, summary or purpose
    body = multilingual_text()  # full text of the page's other fields
    keywords = multilingual_text(raw=True)
    document_text = multilingual_text()  # text extracted from an attached PDF
    kk_stems = normalised_copy(analysis.kazakh_stems)  # search.language.kazakh: Kazakh suffixes stripped
    en_uk = normalised_copy(analysis.english)  # search.language.english: American spellings made British

    # People and bodies: display names, searchable, and ids for facets
    authors = multilingual_text(raw=True)
    author_ids = Keyword()
    organisations = multilingual_text(raw=True)
    organisation_ids = Keyword()

    # Facets
    topics = Keyword()  # topic paths with all their ancestors
    topic_titles = multilingual_text()
    regions = Keyword()  # region codes
    region_names = multilingual_text()
    publication_date = Date()
    year = Integer()
    evidence_rating = Keyword()  # effective | promising | inconclusive | no_effect | harmful
    evidence_strength = Keyword()  # single_study | several_studies | systematic_review
    status = Keyword()  # pilot | scaled | closed

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
        dynamic = "strict"

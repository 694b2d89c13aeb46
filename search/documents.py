"""The ``publications`` index: one document per live, public page of every kind.

Readers always go through the alias; each rebuild creates a new versioned
index behind it (see ``search.index``).
"""

from django.conf import settings as django_settings
from elasticsearch.dsl import Date, Document, Integer, Keyword, Object, Text

from . import analysis

MAX_RESULT_WINDOW = 10_000


def alias_name() -> str:
    return f"{django_settings.ELASTICSEARCH['INDEX_PREFIX']}-publications"


def multilingual_text(**kwargs) -> Text:
    """A text field analysed plainly plus once per portal language."""
    return Text(
        analyzer=analysis.plain,
        fields={
            "kk": Text(analyzer=analysis.kazakh),
            "ru": Text(analyzer=analysis.russian),
            "en": Text(analyzer=analysis.english),
        },
        **kwargs,
    )


class KazakhStems(Object):
    """Application-stemmed copies of the searchable text (see search.kazakh)."""

    def __init__(self, **kwargs):
        super().__init__(
            properties={
                "title": Text(analyzer=analysis.kazakh_stems),
                "content": Text(analyzer=analysis.kazakh_stems),
            },
            **kwargs,
        )


class PublicationDocument(Document):
    kind = Keyword()
    url = Keyword(index=False)
    title = multilingual_text()
    abstract = multilingual_text()
    authors = Text(analyzer=analysis.plain, fields={"raw": Keyword()})
    language = Keyword()
    publication_date = Date()
    year = Integer()
    kk_stems = KazakhStems()

    class Index:
        name = alias_name()
        settings = {
            "number_of_shards": 1,
            "number_of_replicas": django_settings.ELASTICSEARCH["REPLICAS"],
            "max_result_window": MAX_RESULT_WINDOW,
        }

    class Meta:
        dynamic = "strict"

"""One builder per page type: what of a page goes into its index document.

Builders return the fields of ``search.documents.PublicationDocument`` that the
page has; ``search.indexing.document_for`` adds the fields common to all kinds
(url, Kazakh stems).
"""

from collections.abc import Callable

from wagtail.models import Page

from portal.research.models import ResearchPaper

Builder = Callable[[Page], dict]
BUILDERS: dict[type[Page], Builder] = {}


def builder(model: type[Page]) -> Callable[[Builder], Builder]:
    """Register the function that turns a page of ``model`` into its document."""

    def register(build: Builder) -> Builder:
        BUILDERS[model] = build
        return build

    return register


@builder(ResearchPaper)
def research_paper(page: ResearchPaper) -> dict:
    return {
        "kind": "paper",
        "title": page.title,
        "abstract": page.abstract,
        "authors": page.author_list,
        "language": page.language,
        "publication_date": page.publication_date,
        "year": page.publication_date.year,
    }

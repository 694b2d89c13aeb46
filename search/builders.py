"""One builder per page type: what of a page goes into its index document.

Builders return the fields of ``search.index.mapping.PublicationDocument`` that the
page has; ``search.sync.indexer.document_for`` adds the fields common to all kinds
(url, Kazakh stems). Facet fields carry stable keys (topic paths, region codes,
person and organisation ids); the display names are searchable text.
"""

from collections.abc import Callable, Iterable

from django.utils.html import strip_tags
from wagtail.models import Page

from portal.methodologies.models import Methodology
from portal.practices.models import PracticeReview
from portal.projects.models import RegionalProject
from portal.research.models import ResearchPaper

Builder = Callable[[Page], dict]
BUILDERS: dict[type[Page], Builder] = {}


def builder(model: type[Page]) -> Callable[[Builder], Builder]:
    """Register the function that turns a page of ``model`` into its document."""

    def register(build: Builder) -> Builder:
        BUILDERS[model] = build
        return build

    return register


def _text(*parts) -> str:
    """Plain text of fields, rich text and StreamFields, joined by blank lines."""
    texts = []
    for part in parts:
        if part is None or part == "":
            continue
        if hasattr(part, "render_as_block"):
            part = part.render_as_block()
        texts.append(" ".join(strip_tags(str(part)).split()))
    return "\n\n".join(t for t in texts if t)


def _names(objects: Iterable, language: str) -> list[str]:
    return [obj.name_in(language) for obj in objects]


def common(page) -> dict:
    """The fields every kind shares: language, translations, date, topics, regions, keywords."""
    topics = list(page.topics.all())
    regions = list(page.regions.all())
    topic_chain = {t.pk: t for topic in topics for t in topic.ancestors()}
    return {
        "kind": page.kind,
        "title": page.title,
        "language": page.language,
        "translation_key": str(page.translation_key),
        "publication_date": page.publication_date,
        "year": page.publication_date.year,
        "topics": sorted({path for topic in topics for path in topic.paths()}),
        "topic_titles": [name for t in topic_chain.values() for name in t.all_names()],
        "regions": sorted(r.code for r in regions),
        "region_names": [name for r in regions for name in r.all_names()],
        "keywords": page.keyword_names(),
        # Present (possibly empty) on every kind, so readers need not guess which kind has them.
        "authors": [],
        "author_ids": [],
        "organisations": [],
        "organisation_ids": [],
    }


def _people(page, people) -> dict:
    return {"authors": _names(people, page.language), "author_ids": [str(p.pk) for p in people]}


def _organisations(page, organisations) -> dict:
    organisations = list(organisations)
    return {
        "organisations": _names(organisations, page.language),
        "organisation_ids": [str(o.pk) for o in organisations],
    }


def _pdf_text(document) -> str:
    return document.document_text if document else ""


@builder(ResearchPaper)
def research_paper(page: ResearchPaper) -> dict:
    people = page.people()
    affiliations = {p.affiliation_id: p.affiliation for p in people if p.affiliation_id}
    return {
        **common(page),
        "abstract": page.abstract,
        "body": _text(page.body, page.venue, page.references),
        "document_text": _pdf_text(page.pdf),
        **_people(page, people),
        **_organisations(page, affiliations.values()),
    }


@builder(PracticeReview)
def practice_review(page: PracticeReview) -> dict:
    return {
        **common(page),
        "abstract": page.summary,
        "body": _text(
            page.problem,
            page.target_group,
            page.setting,
            page.mechanism,
            page.implementation,
            page.costs,
            page.outcomes,
            page.sources,
        ),
        "evidence_rating": page.evidence_rating,
        "evidence_strength": page.evidence_strength,
        **_organisations(page, page.organisations.all()),
    }


@builder(Methodology)
def methodology(page: Methodology) -> dict:
    return {
        **common(page),
        "abstract": page.purpose,
        "body": _text(page.stages, page.indicators),
        "document_text": _pdf_text(page.document),
        **_people(page, page.people()),
        **_organisations(page, page.organisations.all()),
    }


@builder(RegionalProject)
def regional_project(page: RegionalProject) -> dict:
    return {
        **common(page),
        "abstract": page.summary,
        "body": _text(page.goals, page.kpis, page.results),
        "status": page.status,
        **_organisations(page, page.organisations.all()),
    }

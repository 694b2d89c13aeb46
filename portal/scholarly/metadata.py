"""One bibliographic record per public item, whatever its page type.

Citation exports, OAI-PMH, feeds and the meta tags of detail pages all read
this record, so they always describe an item the same way. Each page type
registers one mapper from its page to a ``Record``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from wagtail.models import Page

from portal.methodologies.models import Methodology
from portal.practices.models import PracticeReview
from portal.projects.models import RegionalProject
from portal.research.models import ResearchPaper


@dataclass
class Author:
    family: str
    given: str = ""
    orcid: str = ""
    affiliation: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given} {self.family}".strip()

    @property
    def inverted_name(self) -> str:
        return f"{self.family}, {self.given}" if self.given else self.family

    @property
    def initials(self) -> str:
        """ "Г. Е." for "Гүлнар Ержанқызы": one initial per given name, hyphenated names kept."""
        parts = []
        for name in self.given.split():
            parts.append("-".join(f"{piece[0]}." for piece in name.split("-") if piece))
        return " ".join(parts)

    @classmethod
    def parse(cls, name: str) -> "Author":
        """ "Family, Given" or "Family Given" (the Kazakh and Russian order of the demo data)."""
        name = " ".join(name.split())
        if "," in name:
            family, given = (part.strip() for part in name.split(",", 1))
            return cls(family=family, given=given)
        family, _, given = name.partition(" ")
        return cls(family=family, given=given)


@dataclass
class Record:
    page_id: int
    kind: str  # paper | practice | methodology | project
    title: str
    url: str  # absolute
    language: str
    issued: date | None
    modified: datetime | None
    authors: list[Author] = field(default_factory=list)
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    venue: str = ""
    venue_type: str = ""  # journal | conference | series
    volume: str = ""
    issue: str = ""
    first_page: str = ""
    last_page: str = ""
    doi: str = ""
    pdf_url: str = ""
    licence: str = ""
    publisher: str = ""
    organisations: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return self.issued.year if self.issued else None

    @property
    def pages(self) -> str:
        if self.first_page and self.last_page:
            return f"{self.first_page}–{self.last_page}"
        return self.first_page


Mapper = Callable[[Page, str], Record]
MAPPERS: dict[type[Page], Mapper] = {}


def mapper(model: type[Page]) -> Callable[[Mapper], Mapper]:
    def register(build: Mapper) -> Mapper:
        MAPPERS[model] = build
        return build

    return register


def has_record(page: Page) -> bool:
    return type(page) in MAPPERS


def record_for(page: Page, base_url: str) -> Record:
    """The record of a specific page; ``base_url`` ("https://host") makes links absolute."""
    return MAPPERS[type(page)](page, base_url.rstrip("/"))


def _authors(people, language: str) -> list[Author]:
    authors = []
    for person in people:
        author = Author.parse(person.name_in(language))
        author.orcid = person.orcid
        author.affiliation = person.affiliation.name_in(language) if person.affiliation else ""
        authors.append(author)
    return authors


def _document_url(document, base_url: str) -> str:
    return base_url + document.url if document else ""


def _common(page: Page, base_url: str, abstract: str) -> dict:
    from django.conf import settings

    language = page.language
    return {
        "page_id": page.pk,
        "kind": page.kind,
        "title": page.title,
        "url": base_url + page.get_url(),
        "language": language,
        "issued": page.publication_date,
        "modified": page.last_published_at,
        "abstract": abstract,
        "keywords": page.keyword_names(),
        "subjects": [topic.name_in(language) for topic in page.topics.all()],
        "publisher": settings.SCHOLARLY["PUBLISHER"],
    }


def _organisations(page) -> list[str]:
    return [organisation.name_in(page.language) for organisation in page.organisations.all()]


@mapper(ResearchPaper)
def research_paper(page: ResearchPaper, base_url: str) -> Record:
    first, _, last = page.pages.replace("–", "-").partition("-")
    return Record(
        **_common(page, base_url, page.abstract),
        authors=_authors(page.people(), page.language),
        venue=page.venue,
        venue_type=page.venue_type,
        volume=page.volume,
        issue=page.issue,
        first_page=first.strip(),
        last_page=last.strip(),
        doi=page.doi,
        licence=page.licence,
        pdf_url=_document_url(page.pdf, base_url),
    )


@mapper(PracticeReview)
def practice_review(page: PracticeReview, base_url: str) -> Record:
    return Record(**_common(page, base_url, page.summary), organisations=_organisations(page))


@mapper(Methodology)
def methodology(page: Methodology, base_url: str) -> Record:
    return Record(
        **_common(page, base_url, page.purpose),
        authors=_authors(page.people(), page.language),
        organisations=_organisations(page),
        pdf_url=_document_url(page.document, base_url),
        steps=[block.value["title"] for block in page.stages if block.value.get("title")],
    )


@mapper(RegionalProject)
def regional_project(page: RegionalProject, base_url: str) -> Record:
    return Record(**_common(page, base_url, page.summary), organisations=_organisations(page))

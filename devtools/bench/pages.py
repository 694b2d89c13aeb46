"""Real page objects of the four content models, with every relation set in memory (see ``corpus``)."""

from portal.methodologies.models import Methodology, MethodologyAuthor, MethodologyKeyword
from portal.pdfs.models import PdfDocument
from portal.practices.models import PracticeKeyword, PracticeReview
from portal.projects.models import ProjectKeyword, RegionalProject
from portal.research.models import PaperAuthor, ResearchPaper, ResearchPaperKeyword

ROOT_COLLECTION_ID = 1


def _tags(texts: dict, taxonomy, through) -> list:
    from taggit.models import Tag

    tagged = []
    for name in texts["keywords"]:
        tag = taxonomy.tags.get(name)
        if tag is None:
            tag = taxonomy.tags[name] = Tag(pk=len(taxonomy.tags) + 1, name=name, slug=name)
        tagged.append(through(tag=tag))
    return tagged


def _pdf(texts: dict):
    if not texts["full_text"]:
        return None
    return PdfDocument(pk=1, title="bench.pdf", document_text=texts["full_text"], collection_id=ROOT_COLLECTION_ID)


def build_page(kind: str, locale, texts: dict, shared: dict, taxonomy):
    common = {
        "title": texts["title"],
        "locale": locale,
        "live": True,
        "depth": 3,
        "translation_key": shared["translation_key"],
        "publication_date": shared["publication_date"],
    }
    short = texts["short"]
    if kind == "paper":
        page = ResearchPaper(
            abstract=texts["abstract"],
            venue=short(3, 6),
            references="\n".join(short(8, 16) for _ in range(5)),
            pdf=_pdf(texts),
            **common,
        )
        page.paper_authors = [PaperAuthor(person=p) for p in shared["people"]]
        page.tagged_items = _tags(texts, taxonomy, ResearchPaperKeyword)
    elif kind == "methodology":
        page = Methodology(purpose=texts["abstract"], document=_pdf(texts), **common)
        page.methodology_authors = [MethodologyAuthor(person=p) for p in shared["people"]]
        page.organisations = shared["organisations"]
        page.tagged_items = _tags(texts, taxonomy, MethodologyKeyword)
    elif kind == "practice":
        page = PracticeReview(
            summary=texts["abstract"],
            problem=short(30, 80),
            target_group=short(3, 6),
            setting=short(2, 5),
            mechanism=f"<p>{short(40, 120)}</p>",
            implementation=f"<p>{short(40, 120)}</p>",
            costs=short(10, 30),
            outcomes=short(30, 80),
            evidence_rating=shared["rating"],
            evidence_strength=shared["strength"],
            sources="\n".join(short(8, 16) for _ in range(3)),
            **common,
        )
        page.organisations = shared["organisations"]
        page.tagged_items = _tags(texts, taxonomy, PracticeKeyword)
    else:
        page = RegionalProject(
            summary=texts["abstract"],
            start_date=shared["publication_date"],
            status=shared["status"],
            goals=short(30, 80),
            results=short(30, 100),
            **common,
        )
        page.organisations = shared["organisations"]
        page.tagged_items = _tags(texts, taxonomy, ProjectKeyword)
    page.topics = shared["topics"]
    page.regions = shared["regions"]
    return page

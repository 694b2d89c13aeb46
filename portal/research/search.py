"""The research paper's search document (registered by ``ResearchConfig.ready``)."""

from portal.publications.search import common, document, organisations, pdf_text, people, text

from .models import ResearchPaper


@document(ResearchPaper)
def research_paper(page: ResearchPaper) -> dict:
    authors = page.people()
    affiliations = {p.affiliation_id: p.affiliation for p in authors if p.affiliation_id}
    return {
        **common(page),
        "abstract": page.abstract,
        "body": text(page.body, page.venue, page.references),
        "document_text": pdf_text(page.pdf),
        **people(page, authors),
        **organisations(page, affiliations.values()),
    }

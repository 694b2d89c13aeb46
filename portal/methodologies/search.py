"""The methodology's search document (registered by ``MethodologiesConfig.ready``)."""

from portal.publications.search import common, document, organisations, pdf_text, people, text

from .models import Methodology


@document(Methodology)
def methodology(page: Methodology) -> dict:
    return {
        **common(page),
        "abstract": page.purpose,
        "body": text(page.stages, page.indicators),
        "document_text": pdf_text(page.document),
        **people(page, page.people()),
        **organisations(page, page.organisations.all()),
    }

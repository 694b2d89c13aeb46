"""The best-practice review's search document (registered by ``PracticesConfig.ready``)."""

from portal.publications.search import common, document, organisations, text

from .models import PracticeReview


@document(PracticeReview)
def practice_review(page: PracticeReview) -> dict:
    return {
        **common(page),
        "abstract": page.summary,
        "body": text(
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
        **organisations(page, page.organisations.all()),
    }

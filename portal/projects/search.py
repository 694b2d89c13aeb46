"""The regional project's search document (registered by ``ProjectsConfig.ready``)."""

from portal.publications.search import common, document, organisations, text

from .models import RegionalProject


@document(RegionalProject)
def regional_project(page: RegionalProject) -> dict:
    return {
        **common(page),
        "abstract": page.summary,
        "body": text(page.goals, page.kpis, page.results),
        "status": page.status,
        **organisations(page, page.organisations.all()),
    }

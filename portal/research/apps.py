from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "portal.research"
    label = "research"
    verbose_name = "Research papers"

    def ready(self):
        from . import search  # noqa: F401 - registers the research paper's search document

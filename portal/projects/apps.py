from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "portal.projects"
    label = "projects"

    def ready(self):
        from . import search  # noqa: F401 - registers the regional project's search document

from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "portal.practices"
    label = "practices"

    def ready(self):
        from . import search  # noqa: F401 - registers the best-practice review's search document

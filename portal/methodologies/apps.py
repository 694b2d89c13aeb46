from django.apps import AppConfig


class MethodologiesConfig(AppConfig):
    name = "portal.methodologies"
    label = "methodologies"

    def ready(self):
        from . import search  # noqa: F401 - registers the methodology's search document

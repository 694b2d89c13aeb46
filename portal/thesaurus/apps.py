from django.apps import AppConfig


class ThesaurusConfig(AppConfig):
    name = "portal.thesaurus"
    label = "thesaurus"
    verbose_name = "Thesaurus"

    def ready(self):
        from . import signals

        signals.connect()  # concept edits re-tag the documents that name them

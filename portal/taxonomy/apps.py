from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomy"

    def ready(self):
        from . import signals

        signals.connect()

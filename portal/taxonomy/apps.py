from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomy"

    def ready(self):
        from functools import partial

        from search.facets import register_labels

        from . import signals
        from .labels import facet_labels

        signals.connect()
        # Search facets hold keys (topic paths, region codes, ids); names come from here, in the reader's language.
        for facet, field in (
            ("topic", "topics"),
            ("region", "regions"),
            ("author", "author_ids"),
            ("organisation", "organisation_ids"),
        ):
            register_labels(facet, partial(facet_labels, field))

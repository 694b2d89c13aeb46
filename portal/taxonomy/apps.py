from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomy"

    def ready(self):
        from search.query.facets import register_labels

        from . import signals
        from .labels import facet_labels

        signals.connect()
        # Search facets (the search page and the listings) show names, not the keys the index holds.
        for facet, field in (
            ("topic", "topics"),
            ("region", "regions"),
            ("author", "author_ids"),
            ("organisation", "organisation_ids"),
        ):
            register_labels(facet, lambda keys, field=field: facet_labels(field, keys) if keys else {})

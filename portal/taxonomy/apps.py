from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomy"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from portal.people.models import Person
        from search.query.facets import register_labels

        from . import signals
        from .labels import facet_labels, forget
        from .models import Organisation, Region, Topic

        signals.connect()
        for model in (Topic, Region, Person, Organisation):  # facet names are remembered (labels.forget)
            post_save.connect(forget, sender=model, dispatch_uid=f"facet-names-save-{model.__name__}")
            post_delete.connect(forget, sender=model, dispatch_uid=f"facet-names-delete-{model.__name__}")
        # Search facets (the search page and the listings) show names, not the keys the index holds.
        for facet, field in (
            ("topic", "topics"),
            ("region", "regions"),
            ("author", "author_ids"),
            ("organisation", "organisation_ids"),
        ):
            register_labels(facet, lambda keys, field=field: facet_labels(field, keys) if keys else {})

import importlib.util

from django.apps import AppConfig


class ThesaurusConfig(AppConfig):
    name = "portal.thesaurus"
    label = "thesaurus"
    verbose_name = "Thesaurus"

    def ready(self):
        from search.language import concepts
        from search.query.facets import register_labels

        from . import signals
        from .provider import ThesaurusProvider

        signals.connect()  # concept edits re-tag the documents that name them
        register_labels("concept", concept_labels)
        # Search tags, expands and completes with the thesaurus; labels are matched with search's own
        # language normalisers, so the provider is lent only where the search core has them.
        if importlib.util.find_spec("search.language.normalise"):
            concepts.register(ThesaurusProvider())


def concept_labels(keys: list[str]) -> dict[str, str]:
    """The concept facet shows each concept's preferred label in the reader's language."""
    from .models import Concept

    return {c.slug: c.label for c in Concept.objects.filter(slug__in=keys)}

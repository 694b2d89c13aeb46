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
    """The concept facet shows each concept's preferred label in the reader's language (from the lexicon
    in memory, which follows edits within seconds, rather than a query on every search)."""
    from django.utils import translation

    from . import lexicon
    from .models import LANGUAGES

    language = (translation.get_language() or "en")[:2]
    language = language if language in LANGUAGES else "en"
    current = lexicon.current(lexicon.FRESH_FOR)
    return {slug: current.pref_label(slug, language) for slug in keys if slug in current.concepts}

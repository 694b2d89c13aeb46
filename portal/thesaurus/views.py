"""The public concept pages: an A–Z and tree index, and one page per concept."""

from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views.generic import TemplateView

from . import items
from .models import Concept

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def tree(concepts: list[Concept]) -> list[dict]:
    """Nested ``{"concept", "children"}`` nodes, siblings in the order of their labels."""
    nodes = {c.pk: {"concept": c, "children": []} for c in concepts}
    roots = []
    for concept in concepts:
        parent = nodes.get(concept.broader_id)
        (parent["children"] if parent else roots).append(nodes[concept.pk])

    def order(level):
        level.sort(key=lambda node: node["concept"].label.casefold())
        for node in level:
            order(node["children"])

    order(roots)
    return roots


class ConceptIndex(TemplateView):
    template_name = "thesaurus/concept_index.html"

    def get_context_data(self, **kwargs):
        language = translation.get_language()
        concepts = list(Concept.objects.all())
        letters: dict[str, list[Concept]] = {}
        for concept in sorted(concepts, key=lambda c: c.pref_label(language).casefold()):
            letters.setdefault(concept.pref_label(language)[:1].upper(), []).append(concept)
        return super().get_context_data(
            letters=sorted(letters.items()), tree=tree(concepts), count=len(concepts), **kwargs
        )


class ConceptDetail(TemplateView):
    template_name = "thesaurus/concept.html"

    def get_context_data(self, slug, **kwargs):
        concept = get_object_or_404(Concept.objects.select_related("broader"), slug=slug)
        labels = [
            {"code": code, "name": name, "pref": concept.pref_label(code), "alt": concept.alt_labels(code)}
            for code, name in LANGUAGE_NAMES.items()
        ]
        found = items.for_concept(concept)
        return super().get_context_data(
            concept=concept,
            labels=labels,
            broader=concept.ancestors(inclusive=False),
            narrower=sorted(concept.narrower.all(), key=lambda c: c.label.casefold()),
            related=sorted(concept.related.all(), key=lambda c: c.label.casefold()),
            items=found,
            **kwargs,
        )

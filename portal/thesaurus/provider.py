"""The thesaurus lent to search (``search.language.concepts``): tagging, query concepts, autocomplete."""

from django.urls import reverse

from search.language.concepts import Recognised, Suggestion

from . import lexicon
from .models import LANGUAGES, normalise_label


class ThesaurusProvider:
    def tag(self, texts: list[str]) -> list[str]:
        return lexicon.current().tag(*texts)

    def held(self):
        return lexicon.held()

    def recognise(self, query: str) -> list[Recognised]:
        current = lexicon.current(lexicon.FRESH_FOR)
        words = lexicon.WORD.findall(query)
        found: dict[str, Recognised] = {}
        for match in current.recognise(query):
            if match.concept not in found:
                labels = {language: current.labels_in(match.concept, language) for language in LANGUAGES}
                named = " ".join(words[match.start : match.end])
                found[match.concept] = Recognised(match.concept, named, labels, current.descendants(match.concept))
        return list(found.values())

    def suggest(self, prefix: str, language: str, size: int) -> list[Suggestion]:
        """Concepts with a label (any language) starting with ``prefix``, or with a word of it that does.

        Whole-label matches come first, then the reader's language, then preferred labels, then shorter ones.
        """
        key = normalise_label(prefix)
        if len(key) < 2:
            return []
        current = lexicon.current(lexicon.FRESH_FOR)
        ranked = []
        for concept in current.concepts.values():
            best = None
            for lang, labels in concept.labels.items():
                for position, label in enumerate(labels):
                    normal = normalise_label(label)
                    if normal.startswith(key):
                        rank = (0, lang != language, position > 0, len(label))
                    elif any(word.startswith(key) for word in normal.split()[1:]):
                        rank = (1, lang != language, position > 0, len(label))
                    else:
                        continue
                    if best is None or rank < best[0]:
                        best = (rank, label)
            if best:
                ranked.append((best[0], concept.slug, best[1]))
        ranked.sort()
        return [
            Suggestion(slug, current.pref_label(slug, language), label, reverse("concept_detail", args=[slug]))
            for _, slug, label in ranked[:size]
        ]

    def label(self, concept: str, language: str) -> str:
        return lexicon.current(lexicon.FRESH_FOR).pref_label(concept, language)

"""Display labels for the stable keys the index facets on (topic paths, region codes, ids, choices).

The index stores keys so that renaming never splits a facet; a search page asks
here for the words to show, in the reader's language.
"""

from django.utils import translation

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def facet_labels(field: str, keys, language: str | None = None) -> dict[str, str]:
    """``{key: label}`` for the keys of one facet field; unknown keys keep themselves as label."""
    from portal.people.models import Person
    from portal.practices.models import PracticeReview
    from portal.projects.models import RegionalProject
    from portal.publications import kinds

    from .models import Organisation, Region, Topic

    keys = [str(k) for k in keys]
    language = language or translation.get_language()
    with translation.override(language):
        if field == "topics":
            topics = {t.slug: t for t in Topic.objects.filter(slug__in={k.rsplit("/", 1)[-1] for k in keys})}
            found = {k: topics[k.rsplit("/", 1)[-1]].name_in(language) for k in keys if k.rsplit("/", 1)[-1] in topics}
        elif field == "regions":
            found = {r.code: r.name_in(language) for r in Region.objects.filter(code__in=keys)}
        elif field in ("author_ids", "organisation_ids"):
            model = Person if field == "author_ids" else Organisation
            ids = [int(k) for k in keys if k.isdigit()]
            found = {str(o.pk): o.name_in(language) for o in model.objects.filter(pk__in=ids)}
        elif field == "evidence_rating":
            found = {k: str(v) for k, v in PracticeReview.Rating.choices}
        elif field == "evidence_strength":
            found = {k: str(v) for k, v in PracticeReview.Strength.choices}
        elif field == "status":
            found = {k: str(v) for k, v in RegionalProject.Status.choices}
        elif field == "kind":
            found = {kind.code: kind.label_in(language) for kind in kinds.KINDS}
        elif field == "language":
            found = LANGUAGES
        else:
            found = {}
        return {k: found.get(k, k) for k in keys}

"""Display labels for the stable keys the index facets on (topic paths, region codes, ids, choices).

The index stores keys so that renaming never splits a facet; a search page asks
here for the words to show, in the reader's language.
"""

import threading
import time

from django.utils import translation

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}

# Names read from the database, remembered per process: every search shows a few dozen of them, and
# reading them cost more than the search itself. An edit in this process forgets them at once
# (``forget``, connected to the models' saves and deletes); other processes read them again
# after at most NAMES_FRESH_FOR seconds.
NAMES_FRESH_FOR = 60.0
NAMED_FIELDS = ("topics", "regions", "author_ids", "organisation_ids")
_names: dict[tuple[str, str], dict[str, str]] = {}
_names_read = time.monotonic()
_names_lock = threading.Lock()


def forget(**kwargs) -> None:
    global _names_read
    with _names_lock:
        _names.clear()
        _names_read = time.monotonic()


def _remembered(field: str, keys: list[str], language: str) -> dict[str, str]:
    """The names of ``keys`` (those the database knows), read only for keys not yet remembered."""
    if time.monotonic() - _names_read > NAMES_FRESH_FOR:
        forget()
    known = _names.setdefault((field, language), {})
    missing = [k for k in keys if k not in known]
    if missing:
        read = _read_names(field, missing, language)
        with _names_lock:
            known.update({k: read.get(k) for k in missing})
    return {k: known[k] for k in keys if known.get(k) is not None}


def _read_names(field: str, keys: list[str], language: str) -> dict[str, str]:
    from portal.people.models import Person

    from .models import Organisation, Region, Topic

    if field == "topics":
        topics = {t.slug: t for t in Topic.objects.filter(slug__in={k.rsplit("/", 1)[-1] for k in keys})}
        return {k: topics[k.rsplit("/", 1)[-1]].name_in(language) for k in keys if k.rsplit("/", 1)[-1] in topics}
    if field == "regions":
        return {r.code: r.name_in(language) for r in Region.objects.filter(code__in=keys)}
    model = Person if field == "author_ids" else Organisation
    ids = [int(k) for k in keys if k.isdigit()]
    return {str(o.pk): o.name_in(language) for o in model.objects.filter(pk__in=ids)}


def facet_labels(field: str, keys, language: str | None = None) -> dict[str, str]:
    """``{key: label}`` for the keys of one facet field; unknown keys keep themselves as label."""
    keys = [str(k) for k in keys]
    language = language or translation.get_language()
    if field in NAMED_FIELDS:  # names in ``language`` by their own fields: no translation to switch to
        found = _remembered(field, keys, language)
    else:
        with translation.override(language):
            found = _choice_labels(field, language)
    return {k: found.get(k, k) for k in keys}


def _choice_labels(field: str, language: str) -> dict[str, str]:
    """The labels of a field whose values are the code's own choices, in the active language."""
    from portal.practices.models import PracticeReview
    from portal.projects.models import RegionalProject
    from portal.publications import kinds

    if field == "evidence_rating":
        return {k: str(v) for k, v in PracticeReview.Rating.choices}
    if field == "evidence_strength":
        return {k: str(v) for k, v in PracticeReview.Strength.choices}
    if field == "status":
        return {k: str(v) for k, v in RegionalProject.Status.choices}
    if field == "kind":
        return {kind.code: kind.label_in(language) for kind in kinds.KINDS}
    if field == "language":
        return LANGUAGES
    return {}

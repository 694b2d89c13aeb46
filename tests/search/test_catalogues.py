"""Every interface string has a Kazakh and a Russian translation, and none is a guess."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from search.query.facets import FACETS
from search.query.params import SORT_LABELS

LOCALES = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\{\s*\w+\s*\}\}")


@pytest.fixture(params=["kk", "ru"])
def catalogue(request):
    return request.param, polib.pofile(str(LOCALES / request.param / "LC_MESSAGES" / "django.po"))


def test_no_entry_is_untranslated_or_fuzzy(catalogue):
    language, po = catalogue
    untranslated = [e.msgid for e in po.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"untranslated in {language}: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy[:10]}"


def test_every_plural_form_is_filled(catalogue):
    language, po = catalogue
    forms = int(re.search(r"nplurals=(\d+)", po.metadata["Plural-Forms"]).group(1))
    for entry in po:
        if entry.msgid_plural:
            filled = [entry.msgstr_plural.get(i, "") for i in range(forms)]
            assert all(filled), f"{language}: a plural form of {entry.msgid!r} is empty"


def test_translations_keep_the_placeholders(catalogue):
    language, po = catalogue
    for entry in po:
        if entry.obsolete or not entry.translated():
            continue
        texts = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        wanted = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural or ""))
        for text in texts:
            # A singular may name the number in words, so it may drop %(counter)s; nothing else may change.
            found = set(PLACEHOLDER.findall(text))
            assert found <= wanted, f"{language}: {entry.msgid!r} gains {found - wanted}"
            assert wanted - found <= {"%(counter)s", "%(count)s"}, f"{language}: {entry.msgid!r} loses {wanted - found}"


def test_no_msgid_appears_twice(catalogue):
    language, po = catalogue
    keys = [(e.msgctxt, e.msgid) for e in po if not e.obsolete]
    assert len(keys) == len(set(keys)), f"{language}: duplicate entries"


def test_compiled_catalogues_are_up_to_date(catalogue):
    """The .mo Django reads holds every translation of the .po (``manage.py compilemessages``)."""
    language, po = catalogue
    mo = polib.mofile(str(LOCALES / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, f"{language}: {entry.msgid!r} is not compiled"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_words_translated_where_they_are_shown_are_in_the_catalogues(language):
    """Facet titles, closed vocabularies and sort names are translated at display time: each must have an entry."""
    words = [*SORT_LABELS.values()]
    for facet in FACETS.values():
        words.append(facet.title)
        if facet.translated and getattr(facet, "vocabulary", None):
            words += facet.vocabulary.values()
    with translation.override(language):
        missing = [w for w in words if translation.gettext(w) == w]
    assert not missing, f"no {language} translation for {missing}"

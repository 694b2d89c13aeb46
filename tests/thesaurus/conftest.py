import pytest

from portal.thesaurus.demo import load_seed
from portal.thesaurus.models import Concept


@pytest.fixture
def seed(db):
    load_seed()
    return Concept.objects.all()


@pytest.fixture
def concept(db):
    """A small tree: prevention › juveniles, with labels in every language."""

    def make(slug, kk, ru, en, broader=None, **fields):
        return Concept.objects.create(
            slug=slug, pref_label_kk=kk, pref_label_ru=ru, pref_label_en=en, broader=broader, **fields
        )

    return make

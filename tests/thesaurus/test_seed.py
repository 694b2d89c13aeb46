"""The seed vocabulary: big enough, complete in three languages, with the usual synonyms, loaded once."""

from django.core.management import call_command

from devtools.kazakh_spelling import report
from portal.thesaurus.demo import load_seed
from portal.thesaurus.models import LANGUAGES, Concept, normalise_label

TOPICS = [
    "crime-prevention",
    "criminology",
    "policing",
    "juvenile-justice",
    "domestic-violence",
    "cybercrime",
    "fraud",
    "drugs",
    "human-trafficking",
    "extremism",
    "traffic-safety",
    "corruption",
    "urban-safety",
    "probation",
    "victims",
    "research-methods",
    "performance-indicators",
]


def owner(label: str, language: str) -> str | None:
    key = normalise_label(label)
    for concept in Concept.objects.all():
        if key in {normalise_label(known) for known in concept.labels(language)}:
            return concept.slug
    return None


def test_seed_covers_the_field_with_labels_in_every_language(seed):
    assert seed.count() >= 400
    assert set(TOPICS) <= set(Concept.objects.filter(broader=None).values_list("slug", flat=True))
    for concept in seed:
        for language in LANGUAGES:
            assert concept.pref_label(language).strip(), (concept.slug, language)
        assert concept.path.split("/")[0] in TOPICS + ["criminal-justice"], concept.slug
    with_synonyms = [c for c in seed if any(c.alt_labels(lang) for lang in LANGUAGES)]
    assert len(with_synonyms) / seed.count() > 0.8


def test_usual_synonyms_and_abbreviations_name_one_concept(seed):
    groups = [
        [("ru", "мошенничество"), ("ru", "афера"), ("kk", "алаяқтық"), ("en", "fraud")],
        [("en", "CCTV"), ("en", "video surveillance"), ("ru", "видеонаблюдение"), ("kk", "бейнебақылау")],
        [("ru", "ИИ"), ("en", "AI"), ("kk", "ЖИ"), ("kk", "жасанды интеллект")],
        [("kk", "кәмелетке толмағандар"), ("ru", "несовершеннолетние"), ("en", "juveniles")],
        [("ru", "бытовое насилие"), ("en", "domestic violence"), ("kk", "тұрмыстық зорлық-зомбылық")],
        [("ru", "ДТП"), ("kk", "ЖКО"), ("en", "road traffic accidents")],
        [("ru", "КПЭ"), ("en", "KPI"), ("kk", "НТК")],
    ]
    for group in groups:
        owners = {owner(label, language) for language, label in group}
        assert len(owners) == 1 and None not in owners, group


def test_loading_twice_changes_nothing_and_keeps_editors_labels(seed):
    fraud = Concept.objects.get(slug="fraud")
    fraud.add_alt_label("лохотрон", "ru")
    fraud.save()
    assert load_seed() == 0
    assert "лохотрон" in Concept.objects.get(slug="fraud").alt_labels("ru")
    assert Concept.objects.count() == seed.count()


def test_load_demo_loads_the_thesaurus(db):
    call_command("load_demo", verbosity=0)
    assert Concept.objects.count() >= 400


def test_the_kazakh_dictionary_knows_most_kazakh_label_words():
    """Words it does not know are listed by `python -m devtools.kazakh_spelling` for a human to check."""
    share, unknown = report()
    assert share >= 0.7, unknown

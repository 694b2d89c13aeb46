"""The generated corpus: taxonomy rows in the bench database and real page objects held in memory.

Shape (documented in the README's performance section):
- languages kk 30% / ru 50% / en 20%; kinds paper 50%, practice 20%, methodology 15%, project 15%;
- about a third of items also exist in a second language (a translation page sharing the
  translation key, with its own title and abstract), so N counts pages, translations included;
- titles 6-14 words, abstracts 150-350 words, keywords 3-6;
- full text (as extracted from a PDF) for about 40% of items, 2,000-8,000 words, on papers and methodologies;
- words drawn Zipf-wise from the hunspell dictionaries plus the demo's terms (``vocabulary``);
- 20 regions, 60 topics (12 parents with 4 children each), 2,000 authors, 150 organisations, 30 years.

Pages are real Wagtail page objects of the four content models, with their
relations (ParentalManyToMany, ParentalKey children, tags, the PDF document) set in
memory: modelcluster keeps unsaved relations on the instance, so the production
document derivation reads them exactly as it reads a saved page's, with no query.
Saving 100,000 pages through the page tree would take hours and measure treebeard,
not search. Everything is seeded: the same N and seed give the same corpus.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field

from .vocabulary import vocabularies

LANGUAGE_SHARES = {"kk": 0.3, "ru": 0.5, "en": 0.2}
KIND_SHARES = {"paper": 0.5, "practice": 0.2, "methodology": 0.15, "project": 0.15}
TRANSLATED_SHARE = 1 / 3
FULL_TEXT_SHARE = 0.4  # of items; only papers and methodologies carry a PDF
PDF_KINDS_SHARE = KIND_SHARES["paper"] + KIND_SHARES["methodology"]
REGIONS, TOPIC_PARENTS, TOPIC_CHILDREN, AUTHORS, ORGANISATIONS = 20, 12, 4, 2000, 150
FIRST_YEAR, YEARS = 1996, 30
FIRST_PAGE_ID = 10_000_000


@dataclass
class Taxonomy:
    regions: list
    topics: list
    people: list
    organisations: list
    tags: dict = field(default_factory=dict)


def _names(rng, vocab, words=2) -> dict:
    return {f"name_{lang}": " ".join(vocab[lang].draw(rng, words)).capitalize()[:250] for lang in LANGUAGE_SHARES}


def create_taxonomy(seed: int) -> Taxonomy:
    """Regions, topics, organisations and people in the bench database (facet labels are read from it)."""
    from django.db import transaction

    from portal.people.models import Person
    from portal.taxonomy.models import Organisation, Region, Topic

    rng = random.Random(f"{seed}-taxonomy")  # noqa: S311 - reproducible data, not secrets
    vocab = vocabularies(seed)
    with transaction.atomic():
        Person.objects.all().delete()
        Organisation.objects.all().delete()
        Topic.objects.filter(parent__isnull=False).delete()
        Topic.objects.all().delete()
        Region.objects.all().delete()
        regions = Region.objects.bulk_create(
            Region(pk=i + 1, code=f"KZ-{i + 10:02d}", **_names(rng, vocab)) for i in range(REGIONS)
        )
        parents = Topic.objects.bulk_create(
            Topic(pk=i + 1, slug=f"topic-{i + 1}", **_names(rng, vocab)) for i in range(TOPIC_PARENTS)
        )
        children = Topic.objects.bulk_create(
            Topic(pk=100 + i, slug=f"sub-{i}", parent=parents[i // TOPIC_CHILDREN], **_names(rng, vocab, 3))
            for i in range(TOPIC_PARENTS * TOPIC_CHILDREN)
        )
        organisations = Organisation.objects.bulk_create(
            Organisation(pk=i + 1, region=rng.choice(regions), **_names(rng, vocab, 3)) for i in range(ORGANISATIONS)
        )
        people = Person.objects.bulk_create(
            Person(pk=i + 1, affiliation=rng.choice(organisations), **_names(rng, vocab)) for i in range(AUTHORS)
        )
    return Taxonomy(regions, parents + children, people, organisations)


def _zipf_pick(rng: random.Random, items: list, count: int) -> list:
    """``count`` distinct items, the first ones far likelier (facet values are skewed too)."""
    chosen = {}
    while len(chosen) < min(count, len(items)):
        index = min(int(len(items) * rng.random() ** 3), len(items) - 1)
        chosen[index] = items[index]
    return list(chosen.values())


def _sentences(words: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(words):
        n = rng.randint(8, 20)
        chunk = words[i : i + n]
        out.append(" ".join(chunk).capitalize() + ".")
        i += n
    return " ".join(out)


class Corpus:
    """Yields page objects; remembers the distinct words it wrote and some phrases for the query mix."""

    def __init__(self, n: int, seed: int, taxonomy: Taxonomy):
        from wagtail.models import Locale

        self.n, self.seed, self.taxonomy = n, seed, taxonomy
        self.vocab = vocabularies(seed)
        self.locales = {lang: Locale.objects.get_or_create(language_code=lang)[0] for lang in LANGUAGE_SHARES}
        self.distinct: set[str] = set()
        self.raw_full_text_bytes = 0
        self.samples: list[dict] = []  # titles and abstracts of some items, for phrases and inflected queries

    def pages(self):
        """Exactly ``n`` pages: items, each followed by its translation when it has one."""
        made = 0
        item = 0
        while made < self.n:
            rng = random.Random(self.seed * 1_000_003 + item)  # noqa: S311
            for page in self._item(rng, item):
                if made >= self.n:
                    return
                page.id = page.pk = FIRST_PAGE_ID + made
                page.url_path = f"/home/bench-{made}/"
                page.slug = f"bench-{made}"
                made += 1
                yield page
            item += 1

    def _text(self, rng, language: str, low: int, high: int) -> str:
        words = self.vocab[language].draw(rng, rng.randint(low, high))
        self.distinct.update(words)
        return _sentences(words, rng)

    def _full_text(self, rng, language: str) -> str:
        words = self.vocab[language].passage(rng, rng.randint(2000, 8000))
        self.distinct.update(words)
        text = _sentences(words, rng)
        self.raw_full_text_bytes += len(text.encode())
        return text

    def _item(self, rng: random.Random, item: int) -> list:
        language = rng.choices(list(LANGUAGE_SHARES), weights=list(LANGUAGE_SHARES.values()))[0]
        kind = rng.choices(list(KIND_SHARES), weights=list(KIND_SHARES.values()))[0]
        full_text = kind in ("paper", "methodology") and rng.random() < FULL_TEXT_SHARE / PDF_KINDS_SHARE
        shared = {
            "translation_key": uuid.UUID(int=rng.getrandbits(128)),
            "publication_date": datetime.date(
                FIRST_YEAR + int(YEARS * rng.random() ** 0.6), rng.randint(1, 12), rng.randint(1, 28)
            ),
            "topics": _zipf_pick(rng, self.taxonomy.topics, rng.randint(1, 3)),
            "regions": _zipf_pick(rng, self.taxonomy.regions, rng.randint(1, 2)),
            "people": _zipf_pick(rng, self.taxonomy.people, rng.randint(1, 4)),
            "organisations": _zipf_pick(rng, self.taxonomy.organisations, rng.randint(1, 2)),
            "rating": rng.choice(["effective", "promising", "inconclusive", "no_effect", "harmful"]),
            "strength": rng.choice(["single_study", "several_studies", "systematic_review"]),
            "status": rng.choice(["pilot", "scaled", "closed"]),
        }
        pages = [self._page(rng, kind, language, shared, full_text)]
        if rng.random() < TRANSLATED_SHARE:
            other = rng.choice([lang for lang in LANGUAGE_SHARES if lang != language])
            pages.append(self._page(rng, kind, other, shared, False))
        return pages

    def _page(self, rng, kind: str, language: str, shared: dict, full_text: bool):
        from .pages import build_page

        title = self._text(rng, language, 6, 14).rstrip(".")
        abstract = self._text(rng, language, 150, 350)
        keywords = self.vocab[language].draw(rng, rng.randint(3, 6))
        if len(self.samples) < 400 and rng.random() < 0.05:
            self.samples.append({"language": language, "title": title, "abstract": abstract})
        texts = {
            "title": title,
            "abstract": abstract,
            "keywords": keywords,
            "short": lambda low, high: self._text(rng, language, low, high),
            "full_text": self._full_text(rng, language) if full_text else "",
        }
        return build_page(kind, self.locales[language], texts, shared, self.taxonomy)

"""Timing our search against a bare Elasticsearch query on the same node, in the same run.

Absolute times depend on the machine; the ratios (our request / bare query)
show what the portal adds: facets, highlighting, did-you-mean, parsing and, for
the HTTP figures, validation, rendering and the analytics write.
"""

import datetime
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from search.index.bulk import bulk_write
from search.index.documents import complete
from search.index.mapping import alias_name
from search.query.facets import KINDS, RATINGS, STATUSES, STRENGTHS

QUERIES = [
    "juvenile offending",
    "mentoring programmes in schools",
    '"domestic violence" -alcohol',
    "профилактика преступности",
    "подростков наставничество",
    "жасөспірімдер құқық бұзушылық",
    "мектептердегі алдын алу",
    "fraud OR extortion",
    "",
]

VOCABULARY = {
    "en": "juvenile offending prevention mentoring school programme police community violence domestic fraud "
    "extortion drugs rehabilitation probation town district region evaluation pilot review youth safety".split(),
    "ru": "профилактика преступности подростков наставничество школа программа полиция насилие семья "
    "мошенничество наркотики реабилитация район регион оценка пилот обзор молодежь безопасность".split(),
    "kk": "жасөспірімдер құқық бұзушылық алдын алу мектеп бағдарлама полиция зорлық отбасы алаяқтық "
    "есірткі аудан өңір зерттеу қауіпсіздік қала тәрбие жұмыс сот".split(),
}


def synthetic_documents(count: int, seed: int = 7):
    """Plausible documents of every kind and language, for timing when there is no content."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    for i in range(count):
        language = rng.choice(list(VOCABULARY))
        words = VOCABULARY[language]
        year = rng.randint(2005, 2025)
        doc = {
            "kind": rng.choice(list(KINDS)),
            "language": language,
            "url": f"/bench/{i}/",
            "title": " ".join(rng.choices(words, k=6)).capitalize(),
            "abstract": " ".join(rng.choices(words, k=40)),
            "body": " ".join(rng.choices(words, k=300)),
            "keywords": rng.sample(words, 3),
            "authors": [f"Author {rng.randint(1, 200)}"],
            "author_ids": [f"a{rng.randint(1, 200)}"],
            "topics": rng.choice([["prevention"], ["prevention", "prevention/juvenile"], ["policing"]]),
            "regions": [f"KZ-{rng.randint(1, 17):02d}"],
            "publication_date": datetime.date(year, rng.randint(1, 12), 1).isoformat(),
            "year": year,
            "evidence_rating": rng.choice(list(RATINGS)),
            "evidence_strength": rng.choice(list(STRENGTHS)),
            "status": rng.choice(list(STATUSES)),
        }
        yield {"_op_type": "index", "_index": alias_name(), "_id": 10_000_000 + i, "_source": complete(doc)}


def seed(count: int, on_progress=None) -> int:
    return bulk_write(synthetic_documents(count), refresh=True, on_progress=on_progress)


@dataclass
class Timing:
    name: str
    median_ms: float

    def ratio(self, baseline: "Timing") -> float:
        return self.median_ms / baseline.median_ms


def median_ms(action: Callable[[str], object], runs: int, on_progress=None) -> float:
    samples = []
    for _ in range(runs):
        for query in QUERIES:
            started = time.perf_counter()
            action(query)
            samples.append((time.perf_counter() - started) * 1000)
            if on_progress:
                on_progress(1)
    return statistics.median(samples)

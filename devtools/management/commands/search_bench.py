"""Median search times as ratios against a bare Elasticsearch query measured in the same run."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import Client, override_settings
from tqdm import tqdm

from devtools import bench
from search.client import get_client, is_reachable
from search.index.alias import ensure_index, indices_behind
from search.index.mapping import alias_name
from search.query import faceted
from search.query.params import SearchParams


class Rollback(Exception):
    """Undo the analytics rows that the measured requests wrote."""


class Command(BaseCommand):
    help = "Time /api/search/, /search/ and the query object against a bare Elasticsearch query."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20, help="Rounds over the query set (default 20).")
        parser.add_argument(
            "--seed", type=int, default=0, help="Index this many synthetic documents first (for an empty index)."
        )
        parser.add_argument("--drop", action="store_true", help="Delete the index afterwards (for a bench prefix).")

    def handle(self, *args, runs, seed, drop, **options):
        if not is_reachable():
            raise CommandError("Elasticsearch does not answer; start it with `make node`.")
        ensure_index()
        if seed:
            with tqdm(total=seed, desc="seeding", unit="doc") as bar:
                bench.seed(seed, on_progress=bar.update)
        client = get_client()
        count = client.count(index=alias_name())["count"]
        if not count:
            raise CommandError("The index is empty: run `make demo`, or pass --seed N.")
        http = Client(HTTP_HOST="localhost")

        def page(path: str, q: str):
            response = http.get(path, {"q": q})
            if response.status_code != 200:
                raise CommandError(f"{path} answered {response.status_code}; a benchmark only times real answers.")

        def bare(q):
            body = {"query": {"multi_match": {"query": q, "fields": ["title", "abstract"]}}} if q else {}
            client.search(index=alias_name(), size=10, **body)

        def same_body(q):
            client.search(index=alias_name(), body=faceted.PublicationSearch(SearchParams(q=q))[:10]._s.to_dict())

        measured = [
            ("bare Elasticsearch query", bare),
            ("our request body, sent bare", same_body),
            ("query object (faceted.run)", lambda q: faceted.run(SearchParams(q=q))),
            ("GET /api/search/", lambda q: page("/api/search/", q)),
            ("GET /search/ (HTML)", lambda q: page("/search/", q)),
        ]
        timings = []
        total = runs * len(bench.QUERIES) * len(measured)
        try:
            # One client sends every request: the per-client rate limit is not what is measured.
            with (
                override_settings(RATE_LIMITS={}),
                transaction.atomic(),
                tqdm(total=total, desc="timing", unit="request") as bar,
            ):
                for _, action in measured:
                    action("warm up")
                for name, action in measured:
                    timings.append(bench.Timing(name, bench.median_ms(action, runs, on_progress=bar.update)))
                raise Rollback
        except Rollback:
            pass
        if drop:
            client.indices.delete(index=",".join(indices_behind(alias_name())))
        baseline = timings[0]
        self.stdout.write(f"{count} documents, {runs} rounds of {len(bench.QUERIES)} queries\n")
        self.stdout.write(f"{'':32} {'median ms':>10} {'× bare':>8}")
        for timing in timings:
            self.stdout.write(f"{timing.name:32} {timing.median_ms:10.1f} {timing.ratio(baseline):8.2f}")

"""Locust scenario for `make loadtest`: readers on the demo content of `make serve`.

Each simulated reader opens the home page, a listing, item pages and searches
(HTML and the JSON API) in proportions like a reading visit, pausing 1 to 3
seconds between pages. Item URLs are taken once from the API at start, so the
scenario follows whatever the demo contains. Run only against 127.0.0.1.
"""

import random
from urllib.parse import urlparse

from locust import HttpUser, between, events, task

QUERIES = [
    "crime prevention",
    "youth",
    "police",
    "domestic violence",
    "probation",
    "cybercrime",
    "құқық бұзушылық",
    "профилактика",
    "преступность",
    "recidivism",
    "community policing",
    "drug",
]
DETAIL_URLS: list[str] = []


def pick(choices: list[str]) -> str:
    return random.choice(choices)  # noqa: S311 - which page to visit, not a secret


@events.test_start.add_listener
def collect_detail_urls(environment, **kwargs):
    host = urlparse(environment.host).hostname
    if host not in {"127.0.0.1", "localhost"}:
        raise SystemExit(f"The load test runs against 127.0.0.1 only, not {environment.host}")
    import requests

    for query in ("", "prevention", "police"):
        response = requests.get(f"{environment.host}/api/search/", params={"q": query, "page_size": 50}, timeout=10)
        response.raise_for_status()
        DETAIL_URLS.extend(hit["url"] for hit in response.json()["hits"] if hit.get("url"))
    if not DETAIL_URLS:
        raise SystemExit("No items found through the API: is the demo content loaded and indexed?")


class Reader(HttpUser):
    wait_time = between(1, 3)

    @task(2)
    def home(self):
        self.client.get("/en/", name="home")

    @task(1)
    def listing(self):
        self.client.get("/en/research/", name="listing")

    @task(4)
    def detail(self):
        self.client.get(urlparse(pick(DETAIL_URLS)).path, name="detail")

    @task(4)
    def search(self):
        self.client.get("/search/", params={"q": pick(QUERIES)}, name="search")

    @task(2)
    def api(self):
        self.client.get("/api/search/", params={"q": pick(QUERIES), "kind": "paper"}, name="api")

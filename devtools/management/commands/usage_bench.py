"""How much counting a view (COUNTER usage statistics) adds to serving an item page: medians, with and without.

Serves one visible demo item page ``--runs`` times through the whole Django
stack with the usage middleware and ``--runs`` times without it, alternating,
each time as a new visitor so every request is counted (the most expensive
case), and prints the medians; then times the recording call alone. The counts written are removed afterwards.
"""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings
from django.utils import timezone
from tqdm import tqdm

from portal.analytics import usage
from portal.analytics.items import KINDS, model
from portal.analytics.models import UsageClick, UsageCount
from portal.publications.visibility import visible_pages

MIDDLEWARE = "portal.analytics.middleware.UsageMiddleware"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


class Command(BaseCommand):
    help = "Median time to serve an item page with and without usage recording (needs the demo content)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200)

    def handle(self, runs, **options):
        page = next((p for kind in KINDS for p in visible_pages(model(kind).objects.all())[:1]), None)
        if page is None:
            raise CommandError("No visible item: run `manage.py load_demo` first.")
        host = (settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".")
        client = Client(HTTP_HOST=host, HTTP_USER_AGENT=BROWSER)
        started = timezone.now()
        before = {(c.day, c.action): c.count for c in UsageCount.objects.filter(page_id=page.pk)}
        without = [m for m in settings.MIDDLEWARE if m != MIDDLEWARE]
        timings = {"with": [], "without": []}
        try:
            for i in tqdm(range(runs), desc="Requests", unit="pair", disable=not options["verbosity"]):
                for label in ("with", "without"):
                    address = f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"
                    with override_settings(MIDDLEWARE=settings.MIDDLEWARE if label == "with" else without):
                        start = time.perf_counter()
                        response = client.get(page.url, REMOTE_ADDR=address)
                        timings[label].append(time.perf_counter() - start)
                    if response.status_code != 200:
                        raise CommandError(f"{page.url} answered {response.status_code}")
            record = []
            for i in range(runs):
                start = time.perf_counter()
                usage.record(page.pk, usage.VIEW, f"172.16.{i // 256 % 256}.{i % 256}", BROWSER)
                record.append(time.perf_counter() - start)
        finally:
            UsageClick.objects.filter(page_id=page.pk, at__gte=started).delete()
            for count in UsageCount.objects.filter(page_id=page.pk):
                previous = before.get((count.day, count.action))
                if previous is None:
                    count.delete()
                elif previous != count.count:
                    UsageCount.objects.filter(pk=count.pk).update(count=previous)
        with_ms = statistics.median(timings["with"]) * 1000
        without_ms = statistics.median(timings["without"]) * 1000
        self.stdout.write(
            f"{page.url}: median {with_ms:.2f} ms with usage recording (counted after the response is sent), "
            f"{without_ms:.2f} ms without; difference {with_ms - without_ms:+.2f} ms over {runs} requests each. "
            f"Recording one counted view alone: median {statistics.median(record) * 1000:.2f} ms."
        )

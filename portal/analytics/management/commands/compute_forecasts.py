from django.core.management.base import BaseCommand
from tqdm import tqdm

from portal.analytics.models import Indicator
from portal.analytics.tasks import refresh


class Command(BaseCommand):
    help = (
        "Compute the stored forecast of every indicator whose values changed since its last forecast "
        "(the task queue does this after each change; this catches up, e.g. after loading demo data)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="recompute even unchanged series")

    def handle(self, force=False, **options):
        indicators = list(Indicator.objects.prefetch_related("values"))
        statuses = {}
        for indicator in tqdm(indicators, desc="Forecasts", unit="indicator", disable=not options["verbosity"]):
            forecast = refresh(indicator, force=force)
            key = forecast.status or forecast.reason or "no status"
            statuses[key] = statuses.get(key, 0) + 1
        summary = ", ".join(f"{count} {key}" for key, count in sorted(statuses.items())) or "no indicators"
        self.stdout.write(self.style.SUCCESS(f"Forecasts up to date: {summary}."))

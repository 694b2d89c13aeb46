"""Send the weekly e-mail digests of saved searches; run it from cron (once a day is fine).

A saved search gets a digest when its last one (or its saving) is at least a week
old and something visible has been published since that it finds; otherwise it
waits for the next run.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone
from tqdm import tqdm

from portal.savedsearches.digest import EVERY, due, send_digest


class Command(BaseCommand):
    help = "E-mail each reader the new items of their saved searches (weekly; run daily from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every-days",
            type=float,
            default=EVERY.days,
            help="Days between two digests of one saved search (default %(default)s).",
        )

    def handle(self, every_days: float, **options):
        now = timezone.now()
        searches = list(due(now, datetime.timedelta(days=every_days)))
        sent = items = 0
        for saved in tqdm(searches, desc="saved searches", unit="search", disable=not searches):
            count = send_digest(saved, now)
            sent += bool(count)
            items += count
        self.stdout.write(f"{len(searches)} saved searches due; {sent} digests sent with {items} new items.")

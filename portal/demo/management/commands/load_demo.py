from django.core.management.base import BaseCommand
from django.db import transaction

from portal.analytics import demo as analytics_demo
from portal.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create the demo site: editorial groups and workflow, taxonomy, people, the page tree in Kazakh, "
        "Russian and English and the demo items. What already exists is left as it is."
    )

    def handle(self, **options):
        with transaction.atomic():
            report = DemoLoader(progress=None if options["verbosity"] else False).run()
            analytics_demo.load(report)
        if report.total:
            details = ", ".join(f"{count} {what}" for what, count in sorted(report.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {details}."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already complete; nothing changed."))

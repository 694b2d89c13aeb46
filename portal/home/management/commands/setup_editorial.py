from django.core.management.base import BaseCommand

from portal.home.editorial import ensure_editorial_setup


class Command(BaseCommand):
    help = "Create or repair the Authors and Editors groups and the editorial review workflow."

    def handle(self, **options):
        workflow = ensure_editorial_setup()
        self.stdout.write(self.style.SUCCESS(f"Workflow “{workflow.name}” applies to every page."))

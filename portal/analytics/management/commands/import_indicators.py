from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from portal.analytics import importing


class Command(BaseCommand):
    help = (
        "Import indicators and their measured values from a CSV file (one row per value; columns: "
        + ", ".join(importing.COLUMNS)
        + "). Every bad row is reported and a file with any bad row imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the CSV file (UTF-8, comma or semicolon separated)")

    def handle(self, file, **options):
        with translation.override("en"):  # the command speaks English whatever language was active
            self.run(file)

    def run(self, file):
        try:
            with open(file, "rb") as handle:
                data = handle.read(importing.MAX_BYTES + 1)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            done = importing.import_csv(data)
        except importing.ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            raise CommandError(f"Nothing was imported: {len(failure.errors)} error(s).") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {done['values']} values of {done['indicators']} indicators ({done['created']} new)."
            )
        )

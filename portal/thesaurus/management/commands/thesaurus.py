"""``manage.py thesaurus import FILE`` and ``manage.py thesaurus export --format turtle|xml``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.thesaurus import skos


class Command(BaseCommand):
    help = "Import a SKOS file into the thesaurus, or export the thesaurus as SKOS to standard output."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        load = actions.add_parser("import", help="Add or update the concepts of a SKOS file (all or nothing).")
        load.add_argument("file", help="A SKOS file in Turtle (.ttl) or RDF/XML (.rdf, .xml); - for standard input.")
        load.add_argument("--format", choices=["turtle", "xml"], help="Default: from the file's extension.")
        dump = actions.add_parser("export", help="Write the whole thesaurus as SKOS to standard output.")
        dump.add_argument("--format", choices=["turtle", "xml"], default="turtle")

    def handle(self, action, **options):
        if action == "export":
            self.stdout.write(skos.export_text(options["format"]), ending="")
            return
        name = options["file"]
        try:
            rdf_format = skos.format_for(options["format"], name)
            if name == "-":
                import sys

                data = sys.stdin.buffer.read()
            else:
                data = Path(name).read_bytes()
            report = skos.import_data(data, rdf_format)
        except OSError as error:
            raise CommandError(f"Cannot read {name}: {error.strerror or error}") from error
        except skos.SkosError as error:
            lines = "\n".join(f"  - {p}" for p in error.problems)
            raise CommandError(f"Nothing imported; {len(error.problems)} problem(s) in {name}:\n{lines}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {name}: {report.created} created, {report.updated} updated, {report.unchanged} unchanged."
            )
        )

from django.core.management.base import BaseCommand, CommandError
from elasticsearch import ApiError, TransportError
from tqdm import tqdm

from search import index
from search.client import cluster_url
from search.documents import alias_name


class Command(BaseCommand):
    help = "Create, rebuild (atomic alias swap) or describe the publications index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "rebuild", "status"])

    def handle(self, action, **options):
        try:
            getattr(self, f"do_{action}")()
        except (TransportError, ApiError) as error:
            raise CommandError(f"Elasticsearch at {cluster_url()} failed: {error}") from error

    def do_create(self):
        if index.ensure_index():
            self.stdout.write(self.style.SUCCESS(f"Created an empty index behind '{alias_name()}'."))
        else:
            self.stdout.write(f"'{alias_name()}' exists already; `rebuild` reloads it from the database.")

    def do_rebuild(self):
        bar = tqdm(desc="Indexing", unit="page", disable=None)
        try:
            name = index.rebuild(on_total=lambda n: setattr(bar, "total", n), on_progress=bar.update)
        finally:
            bar.close()
        status = index.status()
        self.stdout.write(
            self.style.SUCCESS(f"'{status.alias}' now points at {name} with {status.documents} documents.")
        )

    def do_status(self):
        s = index.status()
        self.stdout.write(f"cluster:   {s.cluster} (Elasticsearch {s.version}, health {s.health})")
        self.stdout.write(f"alias:     {s.alias} -> {', '.join(s.indices) or 'no index yet'}")
        self.stdout.write(
            f"documents: {s.documents if s.documents is not None else '-'} in the index, "
            f"{s.database_pages} indexable pages in the database"
        )

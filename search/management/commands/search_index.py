from django.core.management.base import BaseCommand, CommandError
from elasticsearch import ApiError, TransportError
from tqdm import tqdm

from search.client import cluster_url
from search.index import lifecycle
from search.index.alias import ensure_index, outdated_mapping
from search.index.mapping import alias_name


class Command(BaseCommand):
    help = (
        "Create, rebuild (atomic alias swap), describe or verify the publications index "
        "(`verify --fix` repairs what verify finds); drop-expired removes documents past their expiry."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "rebuild", "status", "verify", "drop-expired"])
        parser.add_argument("--fix", action="store_true", help="with verify: re-sync every page that differs")

    def handle(self, action, fix=False, **options):
        if fix and action != "verify":
            raise CommandError("--fix goes with verify only.")
        try:
            if action == "verify":
                self.do_verify(fix)
            elif action == "drop-expired":
                self.do_drop_expired()
            else:
                getattr(self, f"do_{action}")()
        except (TransportError, ApiError) as error:
            raise CommandError(f"Elasticsearch at {cluster_url()} failed: {error}") from error

    def do_create(self):
        if ensure_index():
            self.stdout.write(self.style.SUCCESS(f"Created an empty index behind '{alias_name()}'."))
        elif outdated_mapping():
            self.stdout.write(
                f"'{alias_name()}' was built with an older mapping than this version's; rebuilding it "
                "(searches keep using the old index until the new one is complete)."
            )
            self.do_rebuild()
        else:
            self.stdout.write(f"'{alias_name()}' exists already; `rebuild` reloads it from the database.")

    def do_rebuild(self):
        bar = tqdm(desc="Indexing", unit="page", disable=None)
        try:
            name = lifecycle.rebuild(on_total=lambda n: setattr(bar, "total", n), on_progress=bar.update)
        finally:
            bar.close()
        status = lifecycle.status()
        self.stdout.write(
            self.style.SUCCESS(f"'{status.alias}' now points at {name} with {status.documents} documents.")
        )

    def do_drop_expired(self):
        from search.index.expiry import drop_expired

        self.stdout.write(f"Removed {drop_expired()} expired documents from '{alias_name()}'.")

    def do_status(self):
        s = lifecycle.status()
        self.stdout.write(f"cluster:   {s.cluster} (Elasticsearch {s.version}, health {s.health})")
        self.stdout.write(f"alias:     {s.alias} -> {', '.join(s.indices) or 'no index yet'}")
        if s.indices and outdated_mapping():
            self.stdout.write(self.style.WARNING("mapping:   outdated: run `search_index rebuild`"))
        self.stdout.write(
            f"documents: {s.documents if s.documents is not None else '-'} in the index, "
            f"{s.database_pages} indexable pages in the database"
        )

    def do_verify(self, fix: bool):
        bar = tqdm(desc="Comparing", unit="page", disable=None)
        try:
            drift = lifecycle.verify(on_total=lambda n: setattr(bar, "total", n), on_progress=bar.update)
        finally:
            bar.close()
        self.stdout.write(f"checked:   {drift.checked} indexable pages against '{alias_name()}'")
        for label, ids in (("missing", drift.missing), ("stale", drift.stale), ("extra", drift.extra)):
            shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stdout.write(f"{label + ':':<10} {len(ids)}{' (page ids ' + shown + ')' if ids else ''}")
        if drift.in_sync:
            self.stdout.write(self.style.SUCCESS("The index agrees with the database."))
            return
        if not fix:
            raise CommandError("The index differs from the database: run `search_index verify --fix` to repair it.")
        counts = lifecycle.repair(drift)
        self.stdout.write(self.style.SUCCESS(f"Repaired: {counts['indexed']} written, {counts['deleted']} deleted."))
        after = lifecycle.verify()
        if not after.in_sync:
            raise CommandError(f"Still differs after repair: page ids {after.page_ids[:20]}")
        self.stdout.write(self.style.SUCCESS("The index agrees with the database."))

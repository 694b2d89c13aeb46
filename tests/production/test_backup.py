"""A backup restored, then `search_index rebuild`, gives back the same pages, files and search results."""

import io
import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from wagtail.models import Page

from tests.support.helpers import found_ids

from .support import database_url

BACKUP_SCRIPT = settings.BASE_DIR / "devtools" / "backup.py"


def backup_tool(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "BACKUP_DIR": str(tmp_path / "backups"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    connections.close_all()  # a restore replaces tables: this process holds no connection meanwhile
    result = subprocess.run([sys.executable, BACKUP_SCRIPT, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_restore_then_rebuild_gives_the_same_search_results(
    transactional_db, django_db_serialized_rollback, es, make_paper, tmp_path
):
    kept = [make_paper(title=f"Restorative justice conference {n}") for n in range(3)]
    doomed = make_paper(title="Restorative justice circle")
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "report.pdf").write_bytes(b"%PDF-1.4 the report")
    before = found_ids("restorative justice")
    assert before == {p.pk for p in [*kept, doomed]}

    backup_tool(tmp_path, "backup")
    (backup,) = (tmp_path / "backups").iterdir()
    assert {"database.dump", "media.tar.gz", "manifest.json"} <= {p.name for p in backup.iterdir()}

    # What happens after the backup is lost by the restore: a deletion, a new page, a changed file.
    Page.objects.get(pk=doomed.pk).delete()
    make_paper(title="Restorative justice after the backup")
    (tmp_path / "media" / "documents" / "report.pdf").write_bytes(b"overwritten")
    assert found_ids("restorative justice") != before

    backup_tool(tmp_path, "restore", str(backup))
    call_command("search_index", "rebuild", stdout=io.StringIO(), stderr=io.StringIO())

    assert found_ids("restorative justice") == before
    assert Page.objects.filter(pk=doomed.pk).exists()
    assert (tmp_path / "media" / "documents" / "report.pdf").read_bytes() == b"%PDF-1.4 the report"
    verify = io.StringIO()
    call_command("search_index", "verify", stdout=verify)
    assert "agrees with the database" in verify.getvalue()

"""`make backup` and `make restore`: the PostgreSQL database and the media files, nothing else.

    python devtools/backup.py backup              # into var/backups/<UTC timestamp>/
    python devtools/backup.py restore [DIRECTORY] # the newest backup unless one is named

The database named by DATABASE_URL is dumped with ``pg_dump --format=custom``
and media (MEDIA_ROOT, default var/media) packed into a tar file. The search
index is not backed up: it is derived data, rebuilt from the restored database
(`manage.py search_index rebuild`, which `make restore` runs next). Restoring
replaces the database's tables and the media folder; the media folder it
replaces is kept beside it as ``media.before-restore-<timestamp>``.
Standard library only; needs the PostgreSQL client programs (Debian ``postgresql-client``).
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ZERTTEUSHI_VAR_DIR", BASE_DIR / "var"))
BACKUPS = Path(os.environ.get("BACKUP_DIR", VAR_DIR / "backups"))
MEDIA = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if urlparse(url).scheme not in {"postgres", "postgresql"}:
        sys.exit("Set DATABASE_URL to the PostgreSQL database to back up or restore (postgres://...).")
    return url


def client(program: str) -> str:
    """The newest PostgreSQL client program (Debian keeps them per major version under /usr/lib/postgresql)."""
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{program}"), key=lambda p: int(p.parent.parent.name))
    if found:
        return str(found[-1])
    if shutil.which(program):
        return program
    sys.exit(f"{program} is missing: install Debian's postgresql-client (`make system-deps` does).")


def backup(media: Path = MEDIA, into: Path = BACKUPS) -> Path:
    target = into / datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target.mkdir(parents=True)
    started = time.monotonic()
    subprocess.run(
        [client("pg_dump"), "--format=custom", "--no-owner", "--file", str(target / "database.dump"), database_url()],
        check=True,
    )
    files = 0
    with tarfile.open(target / "media.tar.gz", "w:gz") as archive:
        if media.is_dir():
            for path in sorted(media.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=str(path.relative_to(media)))
                    files += 1
    manifest = {"created": target.name, "media_files": files, "database": urlparse(database_url()).path.lstrip("/")}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    print(f"Backup {target}: database and {files} media files in {time.monotonic() - started:.1f}s")
    return target


def newest() -> Path:
    found = sorted(p for p in BACKUPS.glob("*/") if (p / "database.dump").exists())
    if not found:
        sys.exit(f"No backup in {BACKUPS}: `make backup` makes one.")
    return found[-1]


def restore(source: Path, media: Path = MEDIA) -> None:
    if not (source / "database.dump").exists():
        sys.exit(f"{source} is not a backup (no database.dump).")
    subprocess.run(
        [client("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction"]
        + ["--exit-on-error", "--dbname", database_url(), str(source / "database.dump")],
        check=True,
    )
    if media.exists():
        media.rename(media.with_name(f"media.before-restore-{datetime.now(UTC):%Y%m%d-%H%M%S}"))
    media.mkdir(parents=True)
    with tarfile.open(source / "media.tar.gz") as archive:
        archive.extractall(media, filter="data")
    print(f"Restored {source}. Rebuild the search index now: python manage.py search_index rebuild")


def main(argv: list[str]) -> None:
    if argv[:1] == ["backup"]:
        backup()
    elif argv[:1] == ["restore"]:
        restore(Path(argv[1]) if len(argv) > 1 and argv[1] else newest())
    else:
        sys.exit("usage: backup.py backup | restore [DIRECTORY]")


if __name__ == "__main__":
    main(sys.argv[1:])

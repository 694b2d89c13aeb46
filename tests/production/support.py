"""Running the project as production does, in processes of its own, against this test run's database and index."""

import os
import secrets
import socket
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from search.client import cluster_url


def database_url() -> str:
    """The test database as a URL another process can open; SQLite's in-memory database cannot be shared."""
    conf = connection.settings_dict
    if conf["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs PostgreSQL: `make test` runs on it (DATABASE_URL)")
    return f"postgres://{conf['USER']}:{conf['PASSWORD']}@{conf['HOST']}:{conf['PORT']}/{conf['NAME']}"


def production_env(var_dir, **extra) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(),
        "ELASTICSEARCH_URL": cluster_url(),
        "ELASTICSEARCH_INDEX_PREFIX": settings.ELASTICSEARCH["INDEX_PREFIX"],
        "ZERTTEUSHI_VAR_DIR": str(var_dir),
        "SECURE_SSL_REDIRECT": "false",
        **extra,
    }


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

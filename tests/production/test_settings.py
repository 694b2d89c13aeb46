"""Production settings come from the environment and refuse to run without a secret key."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION = {"DJANGO_SETTINGS_MODULE": "portal.settings.production"}
COMPLETE = {"SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "portal.example.org", "ELASTICSEARCH_URL": "http://127.0.0.1:9"}


def manage_check(env: dict) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "ELASTICSEARCH_URL"}}
    return subprocess.run(
        [sys.executable, "manage.py", "check"], env={**base, **PRODUCTION, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "ELASTICSEARCH_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    result = manage_check({k: v for k, v in COMPLETE.items() if k != missing})
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_starts_with_its_environment():
    result = manage_check({**COMPLETE, "DATABASE_URL": "postgres://u:p@db.example.org:5432/zertteushi"})
    assert result.returncode == 0, result.stderr


def documented_environment() -> dict:
    """The variables .env.example documents for production, with a real secret where it leaves one blank."""
    env = {}
    for line in (settings.BASE_DIR / ".env.example").read_text().splitlines():
        name, _, value = line.partition("=")
        if line.startswith("#") or not value.strip():
            continue
        env[name.strip()] = value.strip()
    return {**env, "SECRET_KEY": secrets.token_urlsafe(50)}


def test_production_with_the_documented_environment_passes_the_deployment_checks():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**os.environ, **PRODUCTION, **documented_environment()},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout

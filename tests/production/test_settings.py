"""Production settings come from the environment and refuse to run without a secret key."""

import os
import subprocess
import sys

import pytest

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

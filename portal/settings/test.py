"""Tests: a real Elasticsearch node, a fresh index prefix for every run."""

import uuid

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["NAME"] = ":memory:"  # noqa: F405  (`make test` runs on PostgreSQL: DATABASE_URL)
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ELASTICSEARCH["INDEX_PREFIX"] = f"zertteushi-test-{uuid.uuid4().hex[:8]}"  # noqa: F405
# Index updates run at once in tests; the fault tests run the database queue and a real worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Many tests search from one address: the rate-limit tests set their own, low limits.
RATE_LIMITS = {name: {**rule, "limit": 100_000} for name, rule in RATE_LIMITS.items()}  # noqa: F405

INSTALLED_APPS = [*INSTALLED_APPS, *DEVELOPMENT_APPS]  # noqa: F405

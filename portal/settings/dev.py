"""Local development: SQLite, the local Elasticsearch node, debug on."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The SQLite database, media and the local node live under var/, which a fresh clone lacks.
VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405

ELASTICSEARCH["INDEX_PREFIX"] = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "zertteushi-dev")  # noqa: F405

INSTALLED_APPS = [*INSTALLED_APPS, *DEVELOPMENT_APPS]  # noqa: F405

"""Local development: SQLite, the local Elasticsearch node, debug on."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
ELASTICSEARCH["INDEX_PREFIX"] = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "zertteushi-dev")  # noqa: F405

"""Settings for `make bench`: the development settings with a database and index prefix of the bench's own.

The web process that the API timings go through runs with these too, with
DEBUG off (debug mode keeps every SQL query in memory) and no rate limit (one
client sends every request; the limit is not what is measured).
"""

import os

from portal.settings.dev import *  # noqa: F403

DEBUG = False
BENCH_DIR = VAR_DIR / "bench"  # noqa: F405
BENCH_DIR.mkdir(parents=True, exist_ok=True)
DATABASES["default"]["NAME"] = BENCH_DIR / "bench.sqlite3"  # noqa: F405
ELASTICSEARCH["INDEX_PREFIX"] = os.environ.get("BENCH_PREFIX", "zertteushi-bench")  # noqa: F405
ELASTICSEARCH["TIMEOUT"] = 120.0  # noqa: F405 - bulk requests of large documents on a busy machine
RATE_LIMITS = {}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

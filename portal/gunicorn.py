"""Gunicorn settings for the web process: `gunicorn --config portal/gunicorn.py portal.wsgi`.

Values come from the environment so one file serves every deployment:
GUNICORN_BIND (default 127.0.0.1:8000, behind a reverse proxy), WEB_CONCURRENCY
worker processes (default 2 per core + 1) and GUNICORN_THREADS threads each.
Requests spend most of their time waiting for PostgreSQL or Elasticsearch, so
a few threads per process keep the cores busy without more memory.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * multiprocessing.cpu_count() + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
max_requests = 2000  # recycle workers now and then, with jitter so they do not all restart together
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No shared control socket in the home directory: several servers (and test runs) may run side by side.
control_socket_disable = True

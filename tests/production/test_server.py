"""The production settings behind gunicorn: pages render, static files are hashed, compressed and cached for good."""

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from .support import free_port, manage, production_env


def fetch(url: str, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - http to 127.0.0.1
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own server on 127.0.0.1
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def server(transactional_db, django_db_serialized_rollback, es, papers_index, tmp_path):
    """gunicorn with the production settings on a free port, after `collectstatic` as the README says."""
    env = production_env(tmp_path)
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "createcachetable")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "portal/gunicorn.py", "portal.wsgi"],
        cwd=settings.BASE_DIR,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1", "GUNICORN_ACCESS_LOG": ""},
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115 - the server process owns it
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/static/", timeout=2)  # noqa: S310
            except urllib.error.HTTPError:
                break  # it answers (404 for a folder)
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"gunicorn exited: {(tmp_path / 'gunicorn.log').read_text()}")
                time.sleep(0.5)
        yield base
        print((tmp_path / "gunicorn.log").read_text())  # shown when a test fails
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_gunicorn_serves_pages_and_hashed_compressed_static_files(server, papers_index):
    status, _headers, body = fetch(f"{server}{papers_index.url}")
    assert status == 200, body[:2000]
    assert b"Research" in body
    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, "stylesheets are linked by their hashed names"
    status, headers, css = fetch(f"{server}{stylesheet.group(1).decode()}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip"
    assert "immutable" in headers.get("Cache-Control", "")
    status, _headers, _body = fetch(f"{server}/en/no-such-page/")
    assert status == 404, "the error pages render too (no missing manifest entries)"

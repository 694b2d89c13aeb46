"""The web process collects its garbage after a response has gone out, not while the reader waits (portal.garbage)."""

import gc
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.signals import request_finished

from portal import garbage
from tests.support.corpus import doc, write


@pytest.fixture
def searches(es):
    write(*(doc(f"Mentoring programme {i}", abstract="Mentors halve reoffending among teenagers.") for i in range(12)))
    return ["/api/search/?q=mentoring", "/api/search/?q=reoffending&sort=newest", "/api/search/?q=teenagers+mentors"]


@pytest.fixture
def collections():
    """(generation, whether the response had been sent) for each collection the interpreter runs."""
    seen, state = [], {"sent": False}

    def sent(**kwargs):
        state["sent"] = True

    def watch(phase, info):
        if phase == "start":
            seen.append((info["generation"], state["sent"]))

    # Connected before the collector's own receiver, so it runs first when a response has been sent.
    request_finished.connect(sent, dispatch_uid="test-response-sent")
    gc.callbacks.append(watch)
    thresholds = gc.get_threshold()
    yield seen, state
    gc.callbacks.remove(watch)
    request_finished.disconnect(dispatch_uid="test-response-sent")
    garbage.uninstall()
    gc.set_threshold(*thresholds)


def _answer(client, url, state) -> None:
    state["sent"] = False
    assert client.get(url).status_code == 200


def test_by_default_searches_are_interrupted_by_collections(client, searches, collections):
    seen, state = collections
    gc.set_threshold(700, 10, 10)
    for url in searches * 3:
        _answer(client, url, state)
    assert any(not sent for _, sent in seen), "the searches left too little garbage to show anything"


def test_the_web_process_installs_the_collector():
    """What gunicorn and runserver load (``portal.wsgi``), in a process of its own (this run's settings, inherited)."""
    shown = subprocess.run(
        [sys.executable, "-c", "import gc, portal.wsgi; print(gc.get_threshold()[0], gc.get_freeze_count())"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert int(shown[0]) == garbage.YOUNG_THRESHOLD
    assert int(shown[1]) > 10_000  # the loaded application, frozen


def test_the_web_process_collects_only_after_each_response(client, searches, collections):
    seen, state = collections
    garbage.install()
    for url in searches * 4:
        _answer(client, url, state)
        # Nothing young is left behind for the next request to collect.
        assert gc.get_count()[0] < 100
    assert seen, "no collection ran"
    assert all(sent for _, sent in seen), f"collections while a request was answered: {seen}"
    # Older generations are collected too, at the interpreter's rhythm (every tenth young collection).
    assert {generation for generation, _ in seen} >= {0, 1}

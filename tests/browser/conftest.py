"""One chromium, one live server and one copy of the demo content for every browser test.

The demo is loaded once into the test database and indexed into the run's Elasticsearch index; the
browser tests only read it (the editorial test adds one paper of its own). They run last, after every
test that empties the database or the index, so nothing else sees the demo and they see nothing else.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from django.test import override_settings

from search.index import lifecycle
from search.index.mapping import alias_name
from tests.conftest import delete_indices

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
HELD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests go last, after pytest-django's own ordering: the demo stays in the database until the end."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """Replace pytest-django's helper, which would flush the database (the shared demo) after every test."""
    if "live_server" not in request.fixturenames:
        yield
        return
    server = request.getfixturevalue("live_server")
    server._live_server_modified_settings.enable()
    yield
    server._live_server_modified_settings.disable()


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker, elasticsearch_node):
    """The demo content, editorial users and a fresh index holding it; the database stays unblocked."""
    with django_db_blocker.unblock():
        delete_indices(elasticsearch_node, f"{alias_name()}*")
        # As `make demo` does: load with the index updates held back, then build the index in one go.
        with override_settings(TASKS=HELD_TASKS, DEBUG=True):
            call_command("load_demo", verbosity=0, stdout=StringIO())
            call_command("create_dev_admin", stdout=StringIO())
        lifecycle.rebuild()
        elasticsearch_node.indices.refresh(index=alias_name())
        yield


@pytest.fixture(scope="session")
def browser(demo):
    """Playwright's sync API keeps an event loop in this thread; the ORM calls of the tests are still sync."""
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    if not Path(CHROMIUM).exists():
        pytest.fail(f"No chromium at {CHROMIUM}: `make setup` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()
        # With Playwright's loop running, Django keeps this thread's connections in a context-local store:
        # close them here, or the test database cannot be dropped at the end of the run.
        connections.close_all()


@pytest.fixture
def site(demo, live_server):
    return live_server.url


AXE_JS = Path(os.environ.get("AXE_JS", ".cache/axe-core-4.14.1/axe.min.js"))


@pytest.fixture
def open_tab(browser, site):
    """A new tab in a fresh context: ``open_tab(language="ru", width=375)``; axe-core is ready on every page."""
    contexts = []

    def open_(language="en", width=1280, height=900):
        if not AXE_JS.exists():
            pytest.fail(f"No axe-core at {AXE_JS}: `make setup` fetches it from npm.")
        phone = width < 600
        context = browser.new_context(
            viewport={"width": width, "height": height}, base_url=site, is_mobile=phone, has_touch=phone
        )
        context.add_cookies([{"name": "django_language", "value": language, "url": site}])
        # An init script runs before the page's own and is not subject to its Content-Security-Policy.
        context.add_init_script(path=str(AXE_JS))
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        return tab

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_tab):
    return open_tab()

"""Credential forms, scholarly endpoints and documents are rate limited by address and by account;
searches beyond the per-process concurrency cap get a 503 at once."""

import threading
import urllib.error
import urllib.request

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from portal.security import concurrency

transactional = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def limits(settings):
    """Low limits for the rules a test names: ``limits(login=2, scholarly=3)``."""

    def set_limits(**low):
        settings.RATE_LIMITS = {
            name: {**rule, **({"limit": low[name], "account_limit": low[name]} if name in low else {})}
            for name, rule in settings.RATE_LIMITS.items()
        }
        cache.clear()

    yield set_limits
    cache.clear()


def client_from(address: str, **kwargs) -> Client:
    return Client(REMOTE_ADDR=address, **kwargs)


def assert_refused(response, *, text: str | None = None):
    assert response.status_code == 429, response.status_code
    assert 0 < int(response["Retry-After"]) <= 3601
    if text:
        assert text in response.content.decode()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password-123")


@pytest.mark.parametrize("path", ["/en/_util/login/", "/admin/login/"])
def test_sign_in_forms_are_limited_per_address_and_the_right_password_is_refused_too(limits, editor, path):
    limits(login=3)
    client = client_from("10.1.0.1")
    for _ in range(3):
        assert client.post(path, {"username": "someone", "password": "wrong"}).status_code == 200
    refused = client.post(path, {"username": "editor", "password": "right-password-123"})
    assert_refused(refused, text="Too many sign-in attempts from your address")
    assert "_auth_user_id" not in client.session


def test_guessing_one_account_from_many_addresses_is_limited_per_account(limits, editor):
    limits(login=3)
    for n in range(3):
        guess = client_from(f"10.2.0.{n}").post("/en/_util/login/", {"username": "Editor", "password": "x"})
        assert guess.status_code == 200
    right = {"username": "editor", "password": "right-password-123"}
    refused = client_from("10.2.0.99").post("/en/_util/login/", right)
    assert_refused(refused, text="Too many sign-in attempts for this account")
    other = client_from("10.2.0.100").post("/en/_util/login/", {"username": "author", "password": "x"})
    assert other.status_code == 200, "other accounts can still sign in"


def test_the_refusal_speaks_the_readers_language(limits, editor):
    limits(login=1)
    client = client_from("10.3.0.1")
    client.post("/ru/_util/login/", {"username": "a", "password": "b"})
    refused = client.post("/ru/_util/login/", {"username": "a", "password": "b"})
    assert_refused(refused)
    assert refused["Content-Language"] == "ru"
    assert "Слишком много попыток входа с вашего адреса" in refused.content.decode()
    kazakh = client.post("/kk/_util/login/", {"username": "a", "password": "b"})
    assert "Content-Language" in kazakh and kazakh["Content-Language"] == "kk"


def test_page_passwords_are_limited_per_page_from_any_address(limits, make_paper):
    limits(**{"page-password": 3})
    paper = make_paper(title="Protected study")
    restriction = PageViewRestriction.objects.create(page=paper, restriction_type="password", password="s3cret")
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{paper.pk}/"
    for n in range(3):
        guess = client_from(f"10.4.0.{n}").post(url, {"password": f"guess{n}", "return_url": "/"})
        assert guess.status_code == 200  # the form again, with an error
    refused = client_from("10.4.0.50").post(url, {"password": "s3cret", "return_url": "/"})
    assert_refused(refused, text="Too many password attempts for this page")


def test_password_reset_requests_are_limited(limits, editor):
    limits(**{"password-reset": 2})
    client = client_from("10.5.0.1")
    for _ in range(2):
        assert client.post("/admin/password_reset/", {"email": "editor@example.org"}).status_code in (200, 302)
    assert_refused(client.post("/admin/password_reset/", {"email": "editor@example.org"}))


@pytest.mark.parametrize("path", ["/oai/?verb=Identify", "/feeds/atom/", "/sitemap.xml"])
def test_scholarly_endpoints_have_a_limit(limits, es, papers_index, path):
    limits(scholarly=2)
    client = client_from("10.6.0.1")
    for _ in range(2):
        assert client.get(path).status_code == 200
    assert_refused(client.get(path))
    assert client_from("10.6.0.2").get(path).status_code == 200


def test_documents_have_a_limit(limits, db):
    limits(documents=2)
    client = client_from("10.7.0.1")
    for _ in range(2):
        assert client.get("/documents/999/missing.pdf").status_code == 404
    assert_refused(client.get("/documents/999/missing.pdf"))


def test_json_clients_get_the_api_error_shape(limits, es):
    limits(search=1)
    client = client_from("10.8.0.1")
    assert client.get("/api/search/", {"q": "x"}).status_code == 200
    refused = client.get("/api/search/", {"q": "x"})
    assert_refused(refused)
    error = refused.json()["error"]
    assert error["code"] == "rate_limited" and error["field"] is None
    assert "Too many searches" in error["message"]


@pytest.fixture
def cap(settings):
    settings.SEARCH_CONCURRENCY = {**settings.SEARCH_CONCURRENCY, "LIMIT": 2, "WAIT": 0.05, "RETRY_AFTER": 3}
    return settings.SEARCH_CONCURRENCY


def hold_every_slot(cap):
    """Take every slot, as searches in flight would; returns the release function."""
    slots = concurrency.semaphore(cap["LIMIT"])
    for _ in range(cap["LIMIT"]):
        assert slots.acquire(timeout=1)
    return lambda: [slots.release() for _ in range(cap["LIMIT"])]


@pytest.mark.parametrize("path", ["/en/search/?q=prevention", "/api/search/?q=prevention", "/api/suggest/?q=pre"])
def test_searches_beyond_the_cap_get_503_with_retry_after(cap, es, client, path):
    release = hold_every_slot(cap)
    try:
        busy = client.get(path)
        assert busy.status_code == 503
        assert busy["Retry-After"] == "3"
        if path.startswith("/api/"):
            assert busy.json()["error"]["code"] == "busy"
        else:
            assert "Search is answering many requests right now" in busy.content.decode()
        assert client.get("/oai/?verb=Identify").status_code == 200, "only searches are capped"
    finally:
        release()
    assert client.get(path).status_code == 200, "a freed slot serves the next search"


@transactional
def test_the_cap_holds_across_the_threads_of_one_process(cap, es, live_server):
    """The live server answers in its own threads; slots taken in this thread still count there."""
    release = hold_every_slot(cap)
    statuses = []

    def fetch():
        try:
            with urllib.request.urlopen(f"{live_server.url}/api/search/?q=x", timeout=10) as response:  # noqa: S310
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)

    try:
        threads = [threading.Thread(target=fetch) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [503] * 4
    finally:
        release()
    fetch()
    assert statuses[-1] == 200

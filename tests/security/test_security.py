"""What an attacker meets: deployment checks, security headers, CSRF, rate limits, checked uploads, no tracebacks."""

import io
import json
import os
import secrets
import subprocess
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import path
from reportlab.pdfgen import canvas

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "portal.example.org",
    "ELASTICSEARCH_URL": "http://127.0.0.1:9",
    "CACHE_BACKEND": "django.core.cache.backends.locmem.LocMemCache",
}


def run_production(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], env={**os.environ, **PRODUCTION}, capture_output=True, text=True
    )


def test_deployment_checks_are_clean_under_production_settings():
    result = run_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_sends_hsts_and_redirects_plain_http():
    code = """
import json
from django.test import Client
client = Client(SERVER_NAME="portal.example.org", headers={"accept": "application/json"})  # no static manifest here
plain = client.get("/search/?q=x")
secure = client.get("/search/?q=x", secure=True)
print(json.dumps({"plain": [plain.status_code, plain.get("Location")],
                  "secure": [secure.status_code, secure.get("Strict-Transport-Security")]}))
"""
    result = run_production("shell", "-c", code)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain"] == [301, "https://portal.example.org/search/?q=x"]
    status, hsts = seen["secure"]
    assert status == 503  # no cluster at port 9: the search page degrades, and still carries the header
    assert hsts == "max-age=31536000; includeSubDomains; preload"


def test_public_pages_carry_a_strict_policy_and_security_headers(client, papers_index):
    response = client.get(papers_index.url)
    assert response.status_code == 200
    csp = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert csp["script-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert csp["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_gets_its_own_policy_and_a_csrf_protected_login_form(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert 'name="csrfmiddlewaretoken"' in response.text


def test_a_form_post_without_csrf_token_is_refused_with_an_explanation(db):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    assert "security token was missing or has expired" in response.text


@pytest.fixture
def low_limits(settings):
    from django.core.cache import cache

    settings.RATE_LIMITS = {
        "search": {**settings.RATE_LIMITS["search"], "limit": 3},
        "admin-login": {**settings.RATE_LIMITS["admin-login"], "limit": 2},
    }
    cache.clear()
    yield settings.RATE_LIMITS
    cache.clear()


def test_search_is_rate_limited_per_client_with_a_clear_429(low_limits, client, es):
    for _ in range(3):
        assert client.get("/search/", {"q": "prevention"}).status_code == 200
    refused = client.get("/search/", {"q": "prevention"})
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 61
    assert "Too many searches from your address" in refused.text
    as_json = client.get("/search/", {"q": "x"}, headers={"accept": "application/json"})
    assert as_json.status_code == 429
    assert as_json.json()["error"]["code"] == "rate_limited"
    other_client = Client(REMOTE_ADDR="10.0.0.7")
    assert other_client.get("/search/", {"q": "prevention"}).status_code == 200
    assert client.get("/", follow=False).status_code != 429, "pages other than search are not limited"


def test_admin_login_attempts_are_rate_limited(low_limits, client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password-123")
    for _ in range(2):
        assert client.post("/admin/login/", {"username": "editor", "password": "wrong"}).status_code == 200
    refused = client.post("/admin/login/", {"username": "editor", "password": "right-password-123"})
    assert refused.status_code == 429
    assert "Too many sign-in attempts" in refused.text
    assert "_auth_user_id" not in client.session


def boom(request):
    raise RuntimeError("internal detail: /srv/secret/config.py line 12")


urlpatterns = [path("boom/", boom)]


def test_errors_show_a_friendly_page_and_no_stack_trace(settings, db):
    settings.ROOT_URLCONF = __name__
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert "Something went wrong" in response.text
    assert "Traceback" not in response.text and "internal detail" not in response.text


def test_unknown_addresses_get_the_sites_404_page(client, papers_index):
    response = client.get("/en/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def pdf_bytes() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Regional pilot report")
    pdf.save()
    return buffer.getvalue()


def document_form(name: str, content: bytes):
    """The admin's document upload form, which applies the PDF document model's validators."""
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import get_document_form

    form_class = get_document_form(get_document_model())
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    return form_class(data={"title": name}, files={"file": upload}, user=None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"MZ\x90\x00 a renamed executable", "not a PDF"),
        (b"%PDF-1.7\nthis is not really a pdf", "damaged"),
    ],
)
def test_uploads_are_checked_by_content(db, content, message):
    form = document_form("report.pdf", content)
    assert not form.is_valid()
    assert message in str(form.errors["file"])


def test_uploads_are_checked_by_size(db, settings):
    settings.PDF_MAX_UPLOAD_SIZE = 100
    form = document_form("report.pdf", pdf_bytes())
    assert not form.is_valid()
    assert "at most 100" in str(form.errors["file"])


def test_a_real_pdf_is_accepted(db):
    form = document_form("report.pdf", pdf_bytes())
    form.is_valid()
    assert "file" not in form.errors

"""Documents follow their pages: served only while a visible page uses them (or to who may see the page
or edit the document), else a 404; metadata links name public files only."""

import pytest
from django.test import Client
from wagtail.documents.models import document_served

HIDDEN = ["draft", "expired", "scheduled", "password", "login", "unpublished", "deleted"]


@pytest.fixture
def served():
    seen = []

    def count(sender, instance, **kwargs):
        seen.append(instance.pk)

    document_served.connect(count)
    yield seen
    document_served.disconnect(count)


def test_a_file_of_a_visible_page_is_served_and_counted(hidden, client, served):
    _, documents = hidden
    document = documents["visible"]
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert served == [document.pk], "the document-served signal still fires"


@pytest.mark.parametrize("key", HIDDEN)
def test_a_file_of_a_page_that_is_not_public_is_a_404(hidden, client, served, key):
    _, documents = hidden
    response = client.get(documents[key].url)
    assert response.status_code == 404, key
    assert b"%PDF" not in response.content
    assert served == []


def test_a_page_password_opens_its_files_too(hidden, client):
    pages, documents = hidden
    restriction = pages["password"].get_view_restrictions().get()
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{pages['password'].pk}/"
    assert client.post(url, {"password": "s3cret", "return_url": pages["password"].url}).status_code == 302
    assert client.get(documents["password"].url).status_code == 200
    assert Client().get(documents["password"].url).status_code == 404, "only for the session that gave it"


def test_a_login_restriction_opens_its_files_to_signed_in_readers(hidden, client, django_user_model):
    _, documents = hidden
    reader = django_user_model.objects.create_user("reader", "reader@example.org", "reader-password-1")
    client.force_login(reader)
    assert client.get(documents["login"].url).status_code == 200
    assert client.get(documents["draft"].url).status_code == 404, "a reader is not an editor"


def test_editors_with_permission_get_every_file(hidden, admin_client):
    _, documents = hidden
    for key in HIDDEN:
        assert admin_client.get(documents[key].url).status_code == 200, key


def test_a_file_shared_with_a_visible_page_stays_served(hidden, make_paper, client):
    _, documents = hidden
    make_paper(title="Public twin", pdf=documents["draft"])
    assert client.get(documents["draft"].url).status_code == 200


def test_metadata_links_name_only_public_files(hidden, client):
    pages, documents = hidden
    visible = client.get(pages["visible"].url).content.decode()
    assert f'name="citation_pdf_url" content="http://testserver{documents["visible"].url}"' in visible
    assert '"contentUrl"' in visible and visible.count(documents["visible"].url) >= 3  # meta, JSON-LD, link
    restriction = pages["password"].get_view_restrictions().get()
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{pages['password'].pk}/"
    client.post(url, {"password": "s3cret", "return_url": pages["password"].url})
    protected = client.get(pages["password"].url)
    assert protected.status_code == 200
    assert "citation_pdf_url" not in protected.content.decode()
    assert documents["password"].url not in protected.content.decode().split("</head>")[0]


@pytest.mark.parametrize(("server", "header"), [("nginx", "X-Accel-Redirect"), ("apache", "X-Sendfile")])
def test_production_can_hand_the_file_to_the_web_server(hidden, client, settings, server, header):
    from wagtail.utils.sendfile import _get_sendfile

    _, documents = hidden
    settings.DOCUMENT_SENDFILE = server
    settings.SENDFILE_BACKEND = "portal.security.sendfile"
    settings.SENDFILE_URL = "/protected-media/"
    settings.SENDFILE_ROOT = settings.MEDIA_ROOT
    _get_sendfile.clear()
    try:
        response = client.get(documents["visible"].url)
        assert response.status_code == 200 and response.content == b""
        expected = "/protected-media/documents/report-visible.pdf" if server == "nginx" else "report-visible.pdf"
        assert response[header].endswith(expected)
        assert response["Content-Type"] == "application/pdf"
        hidden_response = client.get(documents["draft"].url)
        assert hidden_response.status_code == 404 and header not in hidden_response
    finally:
        _get_sendfile.clear()


def test_a_protected_page_still_asks_for_its_password(hidden, client):
    pages, _ = hidden
    response = client.get(pages["password"].url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert pages["password"].title not in response.content.decode()

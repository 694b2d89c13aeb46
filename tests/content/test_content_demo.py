"""The demo: at least 60 items of all four kinds in all three languages, loaded once however often it runs."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Revision, Site, WorkflowPage

from portal.pdfs.models import PdfDocument
from portal.people.models import Person
from portal.publications.kinds import publication_models
from portal.taxonomy.models import Organisation, Region, Topic
from search.index.mapping import alias_name


def snapshot() -> dict:
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "slug", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "documents": list(PdfDocument.objects.order_by("pk").values_list("pk", "file")),
        "people": Person.objects.count(),
        "topics": Topic.objects.count(),
        "organisations": Organisation.objects.count(),
        "regions": Region.objects.count(),
        "groups": list(Group.objects.order_by("name").values_list("name", flat=True)),
        "workflows": list(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


def load(committed) -> str:
    out = StringIO()
    with committed():
        call_command("load_demo", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_load_demo_creates_all_kinds_in_all_languages_and_twice_changes_nothing(es, client, committed):
    assert "Demo content created" in load(committed)
    live = {model: model.objects.live().public() for model in publication_models()}
    assert sum(items.count() for items in live.values()) >= 60
    for model, items in live.items():
        languages = set(items.values_list("locale__language_code", flat=True))
        assert languages == {"kk", "ru", "en"}, model
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    assert PdfDocument.objects.exclude(document_text="").count() >= 3
    es.indices.refresh(index=alias_name())
    indexed = es.count(index=alias_name())["count"]
    assert indexed == sum(items.count() for items in live.values())

    before = snapshot()
    assert "nothing changed" in load(committed)
    assert snapshot() == before
    es.indices.refresh(index=alias_name())
    assert es.count(index=alias_name())["count"] == indexed

    for path in ("/kk/", "/ru/practices/", "/en/methodologies/", "/ru/projects/safe-taraz/", "/kk/research/"):
        assert client.get(path).status_code == 200, path

"""Documents follow their pages: a file is served only while a page that may be seen uses it.

Wagtail serves ``/documents/<id>/<name>`` to anyone who knows the address, and
ids are sequential. Here a document is served when at least one page using it
is visible under the one visibility rule (live, public, unexpired), or when a
page using it is live and unexpired and its view restrictions accept this
request (the page's password was given, or the reader is signed in for a login
restriction), or to a signed-in user whose admin permissions cover the
document. Anything else is a 404, as if the file did not exist: a 403 would
confirm that it does. Links in metadata (``citation_pdf_url``, JSON-LD) are
written only for files that are public in the first sense.

"Uses" means a foreign key from a page to the document model (the PDF of a
paper, a methodology's document) or a reference Wagtail's reference index knows
of (a document linked from rich text).
"""

from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from portal.publications.visibility import visible_pages, visible_to


@cache
def document_fields() -> tuple[tuple[type, str], ...]:
    """(page model, field name) for every foreign key from a page model to the document model."""
    document_model = get_document_model()
    found = []
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page:
            continue
        for field in model._meta.get_fields():
            if field.many_to_one and field.related_model is document_model and field.model is model:
                found.append((model, field.name))
    return tuple(found)


def pages_using(document):
    """Every page (drafts included) whose content uses ``document``; the visibility rule filters it."""
    condition = Q(pk__in=[])
    for model, name in document_fields():
        condition |= Q(pk__in=model.objects.filter(**{name: document}).values("pk"))
    page_type = ContentType.objects.get_for_model(Page)
    referenced = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    ids = [int(pk) for pk in referenced.values_list("object_id", flat=True) if str(pk).isdigit()]
    if ids:
        condition |= Q(pk__in=ids)
    return Page.objects.filter(condition)


def is_public(document) -> bool:
    """Whether anyone at all may download ``document`` (what metadata links require)."""
    return document is not None and visible_pages(pages_using(document)).exists()


def may_serve(document, request) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        policy = policy_registry.get_by_type(type(document))
        if policy.user_has_any_permission_for_instance(user, ["change", "choose"], document):
            return True
    return visible_to(pages_using(document), request).exists()


def serve_only_what_pages_show(document, request):
    """The ``before_serve_document`` hook: a 404 unless ``may_serve``; the served signal fires only after it."""
    if not may_serve(document, request):
        raise Http404("No such document.")


def public_document_url(document, base_url: str = "") -> str:
    """The document's address for metadata, or "" when it is not public."""
    return base_url + document.url if is_public(document) else ""

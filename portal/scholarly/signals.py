"""Remember public items that leave the site, and forget them when they come back.

"Public" is the one visibility rule (``portal.publications.visibility``): live,
unexpired, without view restrictions. Only items that were ever published get
a deleted record, since only those can have been harvested.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from portal.publications.visibility import is_visible

from . import sets
from .metadata import has_record
from .models import DeletedRecord


def mark_gone(page: Page) -> None:
    if has_record(page) and page.first_published_at is not None:
        DeletedRecord.objects.update_or_create(
            page_id=page.pk, defaults={"sets": sets.encode(sets.specs_for(page)), "deleted_at": timezone.now()}
        )


def refresh(page: Page) -> None:
    if is_visible(page):
        DeletedRecord.objects.filter(page_id=page.pk).delete()
    else:
        mark_gone(page)


def on_publish_change(sender, instance, **kwargs):
    refresh(instance.specific)


def on_deleted(sender, instance, **kwargs):
    # Multi-table inheritance sends this once per table; the specific one is enough.
    if has_record(instance):
        mark_gone(instance)


def on_view_restriction_change(sender, instance, **kwargs):
    root = Page.objects.filter(pk=instance.page_id).first()
    if root is None:
        return
    for page in Page.objects.descendant_of(root, inclusive=True).specific():
        if has_record(page):
            refresh(page)


def connect() -> None:
    page_published.connect(on_publish_change, dispatch_uid="scholarly-published")
    page_unpublished.connect(on_publish_change, dispatch_uid="scholarly-unpublished")
    post_delete.connect(on_deleted, dispatch_uid="scholarly-deleted")
    post_save.connect(on_view_restriction_change, sender=PageViewRestriction, dispatch_uid="scholarly-vr-save")
    post_delete.connect(on_view_restriction_change, sender=PageViewRestriction, dispatch_uid="scholarly-vr-del")

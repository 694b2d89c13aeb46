"""Keep the index in step with page changes.

Handlers only queue a sync of the affected page ids; the sync itself decides,
from the database, whether each page is written or removed, so drafts, private
and unpublished pages never get in. A backend that stores tasks (the database
backend) gets the task inside the page's own transaction: the change and its
index update commit together or not at all. A backend that runs tasks at once
(the immediate backend) gets it after the commit, when the worker would see it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search.sync import tasks


def schedule_sync(page_ids) -> None:
    ids = sorted(set(page_ids))
    if not ids:
        return
    if tasks.sync_pages.get_backend().supports_defer:
        tasks.sync_pages.enqueue(ids)
    else:
        transaction.on_commit(lambda: tasks.sync_pages.enqueue(ids))


def subtree_ids(page: Page) -> list[int]:
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def on_publish_change(sender, instance, **kwargs):
    schedule_sync([instance.pk])


def on_subtree_change(sender, instance, **kwargs):
    schedule_sync(subtree_ids(instance))


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        schedule_sync([instance.pk])


def on_view_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        schedule_sync(subtree_ids(page))


def connect() -> None:
    page_published.connect(on_publish_change, dispatch_uid="search-published")
    page_unpublished.connect(on_publish_change, dispatch_uid="search-unpublished")
    post_page_move.connect(on_subtree_change, dispatch_uid="search-moved")
    page_slug_changed.connect(on_subtree_change, dispatch_uid="search-slug")
    post_delete.connect(on_page_deleted, dispatch_uid="search-deleted")
    post_save.connect(on_view_restriction_change, sender=PageViewRestriction, dispatch_uid="search-vr-save")
    post_delete.connect(on_view_restriction_change, sender=PageViewRestriction, dispatch_uid="search-vr-del")

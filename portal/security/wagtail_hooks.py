"""Serving rules Wagtail does not have: files follow their pages, and expiry counts from the instant it passes.

Both run after Wagtail's own view-restriction checks (``order``; for pages,
inside Wagtail's ``on_serve_page`` restriction wrapper), so a page password form
is still shown to readers who have not given it.
"""

from django.http import Http404
from wagtail import hooks

from portal.publications.visibility import is_visible_to

from .documents import serve_only_what_pages_show

AFTER_WAGTAIL = 100

hooks.register("before_serve_document", serve_only_what_pages_show, order=AFTER_WAGTAIL)


@hooks.register("on_serve_page", order=AFTER_WAGTAIL)
def expired_pages_are_gone(serve):
    """A page past its expiry is a 404 at once, not only after ``publish_scheduled`` unpublishes it."""

    def inner(page, request, serve_args, serve_kwargs):
        if not is_visible_to(page, request):
            raise Http404("No such page.")
        return serve(page, request, serve_args, serve_kwargs)

    return inner

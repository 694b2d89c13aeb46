"""Saving a search, the reader's list of saved searches, and one-click unsubscribe from the digest.

Readers sign in through Wagtail's front-end login (/<lang>/_util/login/, Django
auth). Unsubscribing needs no sign-in: the link in each digest carries a signed
token naming the saved search.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from search.query.params import BadRequest, parse_params
from search.web.feeds import describe

from .models import SavedSearch
from .tokens import saved_search_for_token

MAX_SAVED_SEARCHES = 50


def search_url(saved: SavedSearch) -> str:
    """The results page of a saved search, in the language it was saved in."""
    with translation.override(saved.language):
        base = reverse("search")
    return f"{base}?{saved.query}" if saved.query else base


def feed_url(saved: SavedSearch) -> str:
    with translation.override(saved.language):
        base = reverse("search-feed")
    return f"{base}?{saved.query}" if saved.query else base


def _row(saved: SavedSearch) -> dict:
    try:
        description = describe(saved.params) or gettext("Everything published")
    except BadRequest as error:  # a filter value that no longer exists
        description = error.message
    return {"saved": saved, "description": description, "url": search_url(saved), "feed_url": feed_url(saved)}


@login_required
def saved_search_list(request):
    rows = [_row(s) for s in request.user.saved_searches.all()]
    return render(request, "savedsearches/saved_search_list.html", {"rows": rows})


@require_POST
@login_required
def save(request):
    """Save the search whose query string the form carries, in the language of the page it came from."""
    try:
        params = parse_params(QueryDict(request.POST.get("query", "")))
    except BadRequest as error:
        return render(request, "savedsearches/error.html", {"error": error.message}, status=400)
    query = params.to_query(page=1).urlencode()
    language = translation.get_language()
    saved = request.user.saved_searches.filter(query=query, language=language).first()
    if saved is None:
        if request.user.saved_searches.count() >= MAX_SAVED_SEARCHES:
            message = gettext("You can keep at most %(limit)s saved searches; delete one first.")
            return render(
                request, "savedsearches/error.html", {"error": message % {"limit": MAX_SAVED_SEARCHES}}, status=400
            )
        saved = SavedSearch.objects.create(user=request.user, query=query, language=language)
        messages.success(request, gettext("The search is saved. New items will reach you by e-mail once a week."))
    else:
        messages.info(request, gettext("You had already saved this search."))
    return HttpResponseRedirect(reverse("saved-searches"))


def _own(request, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)


@require_POST
@login_required
def delete(request, pk: int):
    _own(request, pk).delete()
    messages.success(request, gettext("The saved search is deleted."))
    return HttpResponseRedirect(reverse("saved-searches"))


@require_POST
@login_required
def set_digest(request, pk: int):
    saved = _own(request, pk)
    choice = request.POST.get("digest")
    if choice not in ("on", "off"):
        return HttpResponseBadRequest(gettext("Choose “on” or “off” for the digest."))
    saved.digest = choice == "on"
    saved.save(update_fields=["digest"])
    if saved.digest:
        messages.success(request, gettext("New items of this search will reach you by e-mail once a week."))
    else:
        messages.success(request, gettext("You will no longer receive e-mails for this search."))
    return HttpResponseRedirect(reverse("saved-searches"))


@csrf_exempt  # the signed token is the credential; mail clients post List-Unsubscribe=One-Click without a form
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET: a page with one button (link scanners in mail systems must not unsubscribe anyone);
    POST: the digest stops at once. RFC 8058 one-click requests are such POSTs."""
    saved = saved_search_for_token(token)
    if saved is None:
        message = gettext("This unsubscribe link is not valid. Sign in to manage your saved searches.")
        return render(request, "savedsearches/error.html", {"error": message}, status=404)
    if request.method == "POST" and saved.digest:
        saved.digest = False
        saved.save(update_fields=["digest"])
    return render(
        request,
        "savedsearches/unsubscribe.html",
        {"row": _row(saved), "done": request.method == "POST" or not saved.digest},
    )

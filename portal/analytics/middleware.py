"""Counts a view of an item page after its response is sent (see ``usage.record_after``).

The Wagtail hook ``before_serve_page`` marks the request with the page it
serves; this middleware then attaches the recording to the response.
"""

from . import usage


class UsageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = getattr(request, "analytics_item", None)
        if page_id is not None and request.method == "GET":
            usage.record_after(request, response, page_id, usage.VIEW)
        return response

from django.shortcuts import render

from . import queries
from .availability import degrades_gracefully
from .documents import MAX_RESULT_WINDOW

MAX_QUERY_LENGTH = 500
PAGE_SIZE = 10
MAX_PAGE = MAX_RESULT_WINDOW // PAGE_SIZE  # the index serves no result beyond its window


@degrades_gracefully
def search_page(request):
    query = request.GET.get("q", "").strip()
    error = None
    results = None
    page = 1
    try:
        page = int(request.GET.get("page", "1"))
        if not 1 <= page <= MAX_PAGE:
            raise ValueError
    except ValueError:
        error = f"The page number must be a whole number from 1 to {MAX_PAGE}."
    if len(query) > MAX_QUERY_LENGTH:
        error = f"The query is too long: at most {MAX_QUERY_LENGTH} characters, please."
    if error is None:
        results = queries.run(query, page=page, page_size=PAGE_SIZE)
    status = 400 if error else 200
    context = {"query": query, "results": results, "error": error, "page": page}
    return render(request, "search/search.html", context, status=status)

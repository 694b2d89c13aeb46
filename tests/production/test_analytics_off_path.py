"""The query log is written after the response has been sent, not while the reader waits for results."""

from django.core.signals import request_finished
from django.test import RequestFactory

from search.analytics.log import SearchEvent, write_pending
from search.web.views import search_page


def test_a_search_is_logged_only_once_the_response_is_finished(es, make_paper):
    make_paper(title="Cyberbullying prevention")
    response = search_page(RequestFactory().get("/search/", {"q": "cyberbullying"}))
    assert response.status_code == 200 and b"prevention" in response.content
    assert not SearchEvent.objects.exists(), "nothing written while the response was being built"
    assert write_pending in request_finished._live_receivers(None)[0], "runs when the server has sent the response"
    write_pending()  # what request_finished runs (sent alone: Django's own receiver would close the test's connection)
    (event,) = SearchEvent.objects.all()
    assert event.query == "cyberbullying" and event.result_count == 1

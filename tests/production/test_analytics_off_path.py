"""The query log is written after the response has been sent, not while the reader waits for results."""

from django.core.signals import request_finished
from django.test import RequestFactory

from search.analytics.log import SearchEvent
from search.web.views import search_page


def test_a_search_is_logged_only_once_the_response_is_finished(es, make_paper):
    make_paper(title="Cyberbullying prevention")
    response = search_page(RequestFactory().get("/search/", {"q": "cyberbullying"}))
    assert response.status_code == 200 and b"prevention" in response.content
    assert not SearchEvent.objects.exists(), "nothing written while the response was being built"
    request_finished.send(sender=None)  # what the server sends after the last byte
    (event,) = SearchEvent.objects.all()
    assert event.query == "cyberbullying" and event.result_count == 1

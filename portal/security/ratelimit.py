"""Per-client rate limits in Django's cache, answered with a clear 429 and ``Retry-After``.

Each rule in ``RATE_LIMITS`` counts the requests one client makes to some path
prefixes (optionally only some methods) in fixed windows. Search and the API
are limited so that one client cannot monopolise Elasticsearch; admin login
attempts are limited so passwords cannot be guessed at speed. The cache must
be shared by all web processes in production (see settings), or each process
counts on its own.
"""

import hashlib
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from search.web.errors import RATE_LIMITED, json_error, wants_json

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    name: str
    prefixes: tuple[str, ...]
    limit: int
    window: int  # seconds
    methods: tuple[str, ...] = ()  # empty: every method
    message: str = "Too many requests."

    def applies(self, request) -> bool:
        return request.path.startswith(self.prefixes) and (not self.methods or request.method in self.methods)


def rules() -> list[Rule]:
    return [
        Rule(name=name, **{**conf, "prefixes": tuple(conf["prefixes"]), "methods": tuple(conf.get("methods", ()))})
        for name, conf in settings.RATE_LIMITS.items()
    ]


def client_id(request) -> str:
    """The client's address: REMOTE_ADDR, or the last hop of a header set by a trusted proxy."""
    header = settings.RATE_LIMIT_CLIENT_IP_HEADER
    address = request.META.get(header, "") if header else ""
    address = address.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(address.encode()).hexdigest()[:24]


def seconds_until_allowed(rule: Rule, client: str) -> int:
    """Count this request; 0 if it is within the limit, else the seconds until the window resets."""
    now = time.time()
    window_start = int(now // rule.window)
    key = f"ratelimit:{rule.name}:{client}:{window_start}"
    cache.add(key, 0, timeout=rule.window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=rule.window + 1)
        count = 1
    if count <= rule.limit:
        return 0
    return int(rule.window - now % rule.window) + 1


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for rule in rules():
            if not rule.applies(request):
                continue
            try:
                retry_after = seconds_until_allowed(rule, client_id(request))
            except Exception:  # noqa: BLE001 - a broken cache must not take the site down with it
                logger.exception("rate limit %s not applied: the cache failed", rule.name)
                continue
            if retry_after:
                return too_many_requests(request, rule, retry_after)
        return self.get_response(request)


def too_many_requests(request, rule: Rule, retry_after: int):
    message = f"{rule.message} Please wait {retry_after} seconds and try again."
    if wants_json(request):
        return json_error(429, RATE_LIMITED, message, retry_after=retry_after)
    response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response

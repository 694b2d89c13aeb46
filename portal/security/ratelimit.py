"""Rate limits in Django's cache, answered with a clear 429 and ``Retry-After``.

Each rule in ``RATE_LIMITS`` counts the requests made to some paths (prefixes,
or regular expressions for paths under a language prefix such as
``/<lang>/_util/login/``), optionally only some methods, in fixed windows.
Every rule counts per client address; a rule with an ``account`` also counts
per account (the submitted user name or e-mail, or the page a password
protects), so that guessing one account's password from many addresses is
limited as well as guessing many from one. Search and the API are limited so
that one client cannot monopolise Elasticsearch, the scholarly endpoints so
that harvesters stay polite, and every credential form so that passwords
cannot be guessed at speed. The cache must be shared by all web processes in
production (see settings), or each process counts on its own.

``refusal`` is the one way this package refuses a request (429 here, 503 for
the search concurrency cap in ``concurrency.py``): an HTML page in the
reader's language, or the API's JSON error shape for JSON clients.
"""

import hashlib
import logging
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext, gettext_noop, ngettext

from search.web.errors import json_error, wants_json

logger = logging.getLogger(__name__)

# The rule messages of settings.RATE_LIMITS, marked for the catalogues (they are translated when shown).
MESSAGES = (
    gettext_noop("Too many searches from your address."),
    gettext_noop("Too many sign-in attempts from your address."),
    gettext_noop("Too many sign-in attempts for this account."),
    gettext_noop("Too many password attempts for this page."),
    gettext_noop("Too many password-reset requests."),
    gettext_noop("Too many requests from your address."),
)


@dataclass(frozen=True)
class Rule:
    name: str
    prefixes: tuple[str, ...]
    limit: int
    window: int  # seconds
    methods: tuple[str, ...] = ()  # empty: every method
    message: str = "Too many requests from your address."
    patterns: tuple[re.Pattern, ...] = ()  # regular expressions matched at the start of the path
    account: str = ""  # a POST field naming the account ("username", "email"), or "path" (the page asked for)
    account_limit: int | None = None  # per-account limit; the address limit when not given
    account_message: str = ""

    def applies(self, request) -> bool:
        if self.methods and request.method not in self.methods:
            return False
        return request.path.startswith(self.prefixes) or any(p.match(request.path) for p in self.patterns)

    def account_of(self, request) -> str:
        """The account this request tries, normalised; empty when the request names none."""
        if not self.account:
            return ""
        if self.account == "path":
            return request.path
        try:
            return str(request.POST.get(self.account, "")).strip().casefold()[:256]
        except Exception:  # noqa: BLE001 - an unreadable body names no account; the view will refuse it
            return ""


def rules() -> list[Rule]:
    built = []
    for name, conf in settings.RATE_LIMITS.items():
        conf = {**conf, "prefixes": tuple(conf.get("prefixes", ())), "methods": tuple(conf.get("methods", ()))}
        conf["patterns"] = tuple(re.compile(p) for p in conf.get("patterns", ()))
        built.append(Rule(name=name, **conf))
    return built


def client_address(request) -> str:
    """REMOTE_ADDR, or the last hop of a header set by a trusted proxy."""
    header = settings.RATE_LIMIT_CLIENT_IP_HEADER
    address = request.META.get(header, "") if header else ""
    return address.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")


def client_id(request) -> str:
    return digest(client_address(request))


def digest(value: str) -> str:
    """Cache keys hold no address or user name in clear."""
    return hashlib.sha256(value.encode()).hexdigest()[:24]


def seconds_until_allowed(rule: Rule, key: str, limit: int | None = None) -> int:
    """Count this request; 0 if it is within the limit, else the seconds until the window resets."""
    now = time.time()
    window_start = int(now // rule.window)
    cache_key = f"ratelimit:{rule.name}:{key}:{window_start}"
    cache.add(cache_key, 0, timeout=rule.window + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=rule.window + 1)
        count = 1
    if count <= (rule.limit if limit is None else limit):
        return 0
    return int(rule.window - now % rule.window) + 1


def check(rule: Rule, request) -> tuple[int, str]:
    """Seconds to wait (0: go ahead) and the message to show, counting by address and by account."""
    retry_after = seconds_until_allowed(rule, client_id(request))
    if retry_after:
        return retry_after, rule.message
    account = rule.account_of(request)
    if account:
        limit = rule.limit if rule.account_limit is None else rule.account_limit
        retry_after = seconds_until_allowed(rule, "account:" + digest(account), limit)
        if retry_after:
            return retry_after, rule.account_message or rule.message
    return 0, ""


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for rule in rules():
            if not rule.applies(request):
                continue
            try:
                retry_after, message = check(rule, request)
            except Exception:  # noqa: BLE001 - a broken cache must not take the site down with it
                logger.exception("rate limit %s not applied: the cache failed", rule.name)
                continue
            if retry_after:
                logger.warning("rate limit %s: %s refused for %s s", rule.name, request.path, retry_after)
                return too_many_requests(request, message, retry_after)
        return self.get_response(request)


def reader_language(request) -> str:
    """The language of the path (/kk/…), else the reader's cookie or browser; this runs before LocaleMiddleware."""
    return translation.get_language_from_path(request.path) or translation.get_language_from_request(request)


def refusal(request, *, status: int, code: str, title: str, message: str, retry_after: int):
    """A 429/503 that says why and when to come back: JSON for JSON clients, else a page in the reader's language."""
    with translation.override(reader_language(request)):
        wait = ngettext(
            "Please wait %(seconds)s second and try again.",
            "Please wait %(seconds)s seconds and try again.",
            retry_after,
        ) % {"seconds": retry_after}
        text = f"{gettext(message)} {wait}"
        if wants_json(request):
            response = json_error(status, code, text)
        else:
            context = {"title": gettext(title), "message": text}
            response = render(request, "429.html", context, status=status)
            response["Content-Language"] = translation.get_language()
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def too_many_requests(request, message: str, retry_after: int):
    return refusal(
        request,
        status=429,
        code="rate_limited",
        title=gettext_noop("Too many requests"),
        message=message,
        retry_after=retry_after,
    )

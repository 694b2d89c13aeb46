"""What an OAI-PMH request may say: its method, verb and arguments, checked before anything is looked up.

Errors are ``OaiError`` with the protocol's code. Nothing a client sent reaches
the XML response unchecked: arguments with control characters (which XML 1.0
cannot carry) are refused before their names or values are used anywhere, and
datestamps outside a supported range are refused before any date arithmetic.
"""

import re
from datetime import UTC, datetime

from django.http import HttpResponse
from django.utils.translation import gettext

LIST_ARGS = ({"metadataPrefix"}, {"from", "until", "set"})
VERB_ARGS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListIdentifiers": LIST_ARGS,
    "ListRecords": LIST_ARGS,
}
EXCLUSIVE = "resumptionToken"
# Datestamps a harvest may name: wide enough for any real harvest, narrow enough that adding a day
# to 'until' or comparing in the database can never overflow.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9998, 12, 31, 23, 59, 59, tzinfo=UTC)
# Characters XML 1.0 cannot carry, and other control characters: no argument legitimately holds one.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
ALLOWED_METHODS = ("GET", "HEAD", "POST")


class OaiError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def parse_datestamp(value: str, name: str) -> tuple[datetime, str]:
    """A UTC datestamp at day or second granularity, and which granularity it has."""
    for fmt, granularity in (("%Y-%m-%d", "day"), ("%Y-%m-%dT%H:%M:%SZ", "seconds")):
        try:
            moment = datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
        if not EARLIEST <= moment <= LATEST:
            raise OaiError(
                "badArgument",
                f"'{name}' must lie between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d}, not {value!r}.",
            )
        return moment, granularity
    raise OaiError("badArgument", f"'{name}' must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC), not {value!r}.")


def arguments(params) -> tuple[str, dict[str, str]]:
    # Checked first, so that no control character ever reaches the XML (not even inside an error message).
    if any(CONTROL.search(name) or any(CONTROL.search(v) for v in params.getlist(name)) for name in params):
        raise OaiError("badArgument", "Arguments must not contain control characters.")
    for name in params:
        if len(params.getlist(name)) > 1:
            raise OaiError("badArgument" if name != "verb" else "badVerb", f"The argument {name!r} is repeated.")
    verb = params.get("verb")
    if verb not in VERB_ARGS:
        raise OaiError(
            "badVerb", "The verb is missing or not an OAI-PMH verb." if not verb else f"{verb!r} is not a verb."
        )
    args = {k: v for k, v in params.items() if k != "verb"}
    required, optional = VERB_ARGS[verb]
    if EXCLUSIVE in args and verb.startswith("List") and verb != "ListMetadataFormats":
        if len(args) > 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
        return verb, args
    unknown = set(args) - required - optional
    if unknown:
        raise OaiError("badArgument", f"{verb} does not take {', '.join(sorted(unknown))}.")
    missing = required - set(args)
    if missing:
        raise OaiError("badArgument", f"{verb} needs {', '.join(sorted(missing))}.")
    return verb, args


def method_not_allowed(request) -> HttpResponse:
    """Other methods get a 405 that says what the endpoint takes, with the Allow header."""
    message = gettext(
        "OAI-PMH answers GET and POST requests only, e.g. GET %(url)s?verb=Identify; %(method)s is not accepted."
    ) % {"url": request.build_absolute_uri(request.path), "method": request.method[:20]}
    response = HttpResponse(message + "\n", status=405, content_type="text/plain; charset=utf-8")
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    return response

"""OAI-PMH list harvests: arguments, signed resumption tokens, and the items of one page of a list.

Lists are ordered by (datestamp, page id) and resumption tokens carry the last
key seen plus the harvest's upper time bound, signed against tampering. Paging
by key rather than by offset keeps a token valid while content changes: items
already delivered never shift the next page, and items changed during the
harvest fall after its upper bound and come with the next incremental harvest.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone
from wagtail.models import Page

from portal.publications.visibility import visible_pages

from . import sets
from .models import DeletedRecord

METADATA_FORMATS = {
    "oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/")
}
TOKEN_SALT = "scholarly.oai.token"  # noqa: S105 - a signing namespace, not a secret


class OaiError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def page_size() -> int:
    return settings.SCHOLARLY["OAI_PAGE_SIZE"]


def identifier_for(page_id: int) -> str:
    return f"oai:{settings.SCHOLARLY['OAI_REPOSITORY_ID']}:{page_id}"


def page_id_from(identifier: str) -> int:
    prefix = f"oai:{settings.SCHOLARLY['OAI_REPOSITORY_ID']}:"
    rest = identifier.removeprefix(prefix)
    if rest == identifier or not rest.isdigit() or not rest.isascii():
        raise OaiError("idDoesNotExist", f"No item has the identifier {identifier!r}.")
    return int(rest)


def datestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datestamp(value: str, name: str) -> tuple[datetime, str]:
    """A UTC datestamp at day or second granularity, and which granularity it has."""
    for fmt, granularity in (("%Y-%m-%d", "day"), ("%Y-%m-%dT%H:%M:%SZ", "seconds")):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC), granularity
        except ValueError:
            continue
    raise OaiError("badArgument", f"'{name}' must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC), not {value!r}.")


@dataclass
class Harvest:
    """What a list request asks for; a resumption token carries it between pages."""

    prefix: str
    start: datetime | None
    end: datetime  # exclusive upper bound
    set_spec: str | None
    after: tuple[datetime, int] | None = None
    cursor: int = 0

    def token(self, after: tuple[datetime, int], cursor: int) -> str:
        data = {
            "p": self.prefix,
            "f": self.start.isoformat() if self.start else None,
            "u": self.end.isoformat(),
            "s": self.set_spec,
            "a": [after[0].isoformat(), after[1]],
            "c": cursor,
        }
        return signing.dumps(data, salt=TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, token: str) -> "Harvest":
        try:
            data = signing.loads(token, salt=TOKEN_SALT)
            return cls(
                prefix=data["p"],
                start=datetime.fromisoformat(data["f"]) if data["f"] else None,
                end=datetime.fromisoformat(data["u"]),
                set_spec=data["s"],
                after=(datetime.fromisoformat(data["a"][0]), int(data["a"][1])),
                cursor=int(data["c"]),
            )
        except (signing.BadSignature, KeyError, TypeError, ValueError, IndexError) as error:
            raise OaiError("badResumptionToken", "The resumption token is invalid or has been altered.") from error

    @classmethod
    def from_arguments(cls, args: dict[str, str]) -> "Harvest":
        prefix = args["metadataPrefix"]
        if prefix not in METADATA_FORMATS:
            raise OaiError("cannotDisseminateFormat", f"The metadata format {prefix!r} is not offered; use oai_dc.")
        start = end = None
        granularities = set()
        if "from" in args:
            start, granularity = parse_datestamp(args["from"], "from")
            granularities.add(granularity)
        if "until" in args:
            until, granularity = parse_datestamp(args["until"], "until")
            granularities.add(granularity)
            end = until + (timedelta(days=1) if granularity == "day" else timedelta(seconds=1))
        if len(granularities) > 1:
            raise OaiError("badArgument", "'from' and 'until' must have the same granularity.")
        if start and end and start >= end:
            raise OaiError("badArgument", "'from' must not be later than 'until'.")
        set_spec = args.get("set")
        if set_spec is not None and not sets.exists(set_spec):
            raise OaiError("badArgument", f"There is no set {set_spec!r}; ListSets names them.")
        # Without 'until', the harvest ends now, so items changed during it come next time.
        return cls(prefix=prefix, start=start, end=end or timezone.now(), set_spec=set_spec)


@dataclass
class Item:
    page_id: int
    stamp: datetime
    specs: list[str]
    page: Page | None = None  # None for a deleted record

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.stamp, self.page_id)


def _live_pages(harvest: Harvest, after: bool = True):
    """The harvest's public pages, past its resumption key unless ``after`` is false."""
    pages = (
        visible_pages(Page.objects.all())
        .type(*sets.page_models(harvest.set_spec))
        .filter(sets.page_filter(harvest.set_spec), last_published_at__lt=harvest.end)
    )
    if harvest.start:
        pages = pages.filter(last_published_at__gte=harvest.start)
    if after and harvest.after:
        moment, pk = harvest.after
        pages = pages.filter(last_published_at__gt=moment) | pages.filter(last_published_at=moment, pk__gt=pk)
    return pages


def _deleted_records(harvest: Harvest, after: bool = True):
    """The harvest's deleted records, past its resumption key unless ``after`` is false."""
    records = DeletedRecord.objects.filter(deleted_at__lt=harvest.end)
    if harvest.set_spec:
        records = records.filter(sets__contains=f"|{harvest.set_spec}|")
    if harvest.start:
        records = records.filter(deleted_at__gte=harvest.start)
    if after and harvest.after:
        moment, pk = harvest.after
        records = records.filter(deleted_at__gt=moment) | records.filter(deleted_at=moment, page_id__gt=pk)
    return records


def list_size(harvest: Harvest) -> int:
    """How many items the whole harvest holds (the resumption token's completeListSize)."""
    return _live_pages(harvest, after=False).count() + _deleted_records(harvest, after=False).count()


def list_items(harvest: Harvest) -> tuple[list[Item], str | None]:
    """One page of the harvest and the token for the next (None at the end)."""
    size = page_size()
    pages = _live_pages(harvest).order_by("last_published_at", "pk").specific()[: size + 1]
    records = _deleted_records(harvest).order_by("deleted_at", "page_id")[: size + 1]
    items = [Item(p.pk, p.last_published_at, sets.specs_for(p), p) for p in pages]
    items += [Item(r.page_id, r.deleted_at, sets.decode(r.sets)) for r in records]
    items.sort(key=lambda i: i.key)
    page, more = items[:size], len(items) > size
    if not page and harvest.after is None:
        raise OaiError("noRecordsMatch", "No items match these arguments.")
    token = harvest.token(page[-1].key, harvest.cursor + len(page)) if more else None
    return page, token

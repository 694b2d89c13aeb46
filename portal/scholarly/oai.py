"""OAI-PMH 2.0 at /oai/, with Dublin Core (``oai_dc``) records.

Lists are ordered by (datestamp, page id) and resumption tokens carry the last
key seen plus the harvest's upper time bound, signed against tampering. Paging
by key rather than by offset keeps a token valid while content changes: items
already delivered never shift the next page, and items changed during the
harvest fall after its upper bound and come with the next incremental harvest.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from search.sync.indexer import public

from . import sets
from .metadata import Record, has_record, record_for
from .models import DeletedRecord

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("", OAI_NS)
ET.register_namespace("xsi", XSI_NS)
ET.register_namespace("oai_dc", OAI_DC_NS)
ET.register_namespace("dc", DC_NS)

METADATA_FORMATS = {"oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC_NS)}
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
DC_TYPES = {
    "paper": "info:eu-repo/semantics/article",
    "practice": "info:eu-repo/semantics/review",
    "methodology": "info:eu-repo/semantics/other",
    "project": "info:eu-repo/semantics/report",
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
        public(Page.objects.all())
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


class Response:
    """Builds one OAI-PMH XML response."""

    def __init__(self, request):
        self.base_url = request.build_absolute_uri(request.path)
        self.site_url = request.build_absolute_uri("/").rstrip("/")
        self.root = ET.Element(f"{{{OAI_NS}}}OAI-PMH")
        self.root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
        ET.SubElement(self.root, f"{{{OAI_NS}}}responseDate").text = datestamp(timezone.now())
        self.request_element = ET.SubElement(self.root, f"{{{OAI_NS}}}request")
        self.request_element.text = self.base_url

    def add(self, tag: str, parent=None, text: str | None = None, **attributes) -> ET.Element:
        element = ET.SubElement(self.root if parent is None else parent, f"{{{OAI_NS}}}{tag}", attributes)
        if text is not None:
            element.text = text
        return element

    def error(self, code: str, message: str) -> None:
        self.add("error", text=message, code=code)

    def header(self, parent, item: Item) -> None:
        attributes = {} if item.page else {"status": "deleted"}
        header = self.add("header", parent, **attributes)
        self.add("identifier", header, identifier_for(item.page_id))
        self.add("datestamp", header, datestamp(item.stamp))
        for spec in item.specs:
            self.add("setSpec", header, spec)

    def record(self, parent, item: Item) -> None:
        record = self.add("record", parent)
        self.header(record, item)
        if item.page is not None:
            metadata = self.add("metadata", record)
            metadata.append(dublin_core(record_for(item.page, self.site_url)))

    def content(self) -> bytes:
        return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(self.root, encoding="utf-8")


def dublin_core(r: Record) -> ET.Element:
    dc = ET.Element(f"{{{OAI_DC_NS}}}dc")
    dc.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {METADATA_FORMATS['oai_dc'][0]}")

    def add(name, value):
        if value:
            ET.SubElement(dc, f"{{{DC_NS}}}{name}").text = value

    add("title", r.title)
    for author in r.authors:
        add("creator", author.inverted_name)
    for subject in [*r.keywords, *r.subjects]:
        add("subject", subject)
    add("description", r.abstract)
    add("publisher", r.publisher)
    for organisation in r.organisations:
        add("contributor", organisation)
    add("date", r.issued.isoformat() if r.issued else "")
    add("type", DC_TYPES.get(r.kind, "info:eu-repo/semantics/other"))
    add("type", "Text")
    add("identifier", r.url)
    if r.doi:
        add("identifier", f"https://doi.org/{r.doi}")
    add("language", r.language)
    add("source", ", ".join(v for v in (r.venue, r.volume and f"vol. {r.volume}", r.issue and f"no. {r.issue}") if v))
    add("rights", r.licence)
    return dc


def _arguments(params) -> tuple[str, dict[str, str]]:
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


def _page(page_id: int) -> Page | None:
    page = public(Page.objects.all()).filter(pk=page_id).specific().first()
    return page if page is not None and has_record(page) else None


@csrf_exempt
@require_http_methods(["GET", "POST"])
def endpoint(request):
    params = request.GET if request.method == "GET" else request.POST
    response = Response(request)
    try:
        verb, args = _arguments(params)
        response.request_element.set("verb", verb)
        for name, value in args.items():
            response.request_element.set(name, value)
        HANDLERS[verb](response, args)
    except OaiError as error:
        if error.code in ("badVerb", "badArgument"):
            response.request_element.attrib.clear()
        response.error(error.code, error.message)
    return HttpResponse(response.content(), content_type="text/xml; charset=utf-8")


def _Identify(response: Response, args):  # noqa: N802 - named after the verb
    identify = response.add("Identify")
    conf = settings.SCHOLARLY
    response.add("repositoryName", identify, conf["REPOSITORY_NAME"])
    response.add("baseURL", identify, response.base_url)
    response.add("protocolVersion", identify, "2.0")
    response.add("adminEmail", identify, conf["ADMIN_EMAIL"])
    stamps = [
        p.last_published_at
        for p in [public(Page.objects.all()).exclude(last_published_at=None).order_by("last_published_at").first()]
        if p
    ]
    first_deleted = DeletedRecord.objects.order_by("deleted_at").first()
    if first_deleted:
        stamps.append(first_deleted.deleted_at)
    response.add("earliestDatestamp", identify, datestamp(min(stamps) if stamps else timezone.now()))
    response.add("deletedRecord", identify, "persistent")
    response.add("granularity", identify, "YYYY-MM-DDThh:mm:ssZ")


def _ListMetadataFormats(response: Response, args):  # noqa: N802
    if "identifier" in args:
        page_id = page_id_from(args["identifier"])
        if _page(page_id) is None and not DeletedRecord.objects.filter(page_id=page_id).exists():
            raise OaiError("idDoesNotExist", f"No item has the identifier {args['identifier']!r}.")
    formats = response.add("ListMetadataFormats")
    for prefix, (schema, namespace) in METADATA_FORMATS.items():
        entry = response.add("metadataFormat", formats)
        response.add("metadataPrefix", entry, prefix)
        response.add("schema", entry, schema)
        response.add("metadataNamespace", entry, namespace)


def _ListSets(response: Response, args):  # noqa: N802
    if EXCLUSIVE in args:
        raise OaiError("badResumptionToken", "ListSets returns every set at once; there is nothing to resume.")
    listing = response.add("ListSets")
    for spec, name in sets.all_sets():
        entry = response.add("set", listing)
        response.add("setSpec", entry, spec)
        response.add("setName", entry, name)


def _GetRecord(response: Response, args):  # noqa: N802
    if args["metadataPrefix"] not in METADATA_FORMATS:
        raise OaiError("cannotDisseminateFormat", f"The metadata format {args['metadataPrefix']!r} is not offered.")
    page_id = page_id_from(args["identifier"])
    page = _page(page_id)
    if page is not None:
        item = Item(page.pk, page.last_published_at, sets.specs_for(page), page)
    else:
        deleted = DeletedRecord.objects.filter(page_id=page_id).first()
        if deleted is None:
            raise OaiError("idDoesNotExist", f"No item has the identifier {args['identifier']!r}.")
        item = Item(page_id, deleted.deleted_at, sets.decode(deleted.sets))
    response.record(response.add("GetRecord"), item)


def _list(response: Response, args, verb: str) -> None:
    harvest = Harvest.from_token(args[EXCLUSIVE]) if EXCLUSIVE in args else Harvest.from_arguments(args)
    items, token = list_items(harvest)
    if not items:
        raise OaiError("badResumptionToken", "This resumption token points past the end of the list.")
    container = response.add(verb)
    for item in items:
        if verb == "ListRecords":
            response.record(container, item)
        else:
            response.header(container, item)
    if token or harvest.cursor:
        size = str(list_size(harvest))
        response.add("resumptionToken", container, token or "", completeListSize=size, cursor=str(harvest.cursor))


def _ListIdentifiers(response: Response, args):  # noqa: N802
    _list(response, args, "ListIdentifiers")


def _ListRecords(response: Response, args):  # noqa: N802
    _list(response, args, "ListRecords")


HANDLERS = {
    "Identify": _Identify,
    "ListMetadataFormats": _ListMetadataFormats,
    "ListSets": _ListSets,
    "GetRecord": _GetRecord,
    "ListIdentifiers": _ListIdentifiers,
    "ListRecords": _ListRecords,
}

"""OAI-PMH 2.0 at /oai/, with Dublin Core (``oai_dc``) records.

This module speaks the protocol (verbs, arguments, the XML answer); which items
a list holds and how it is paged is ``portal.scholarly.harvest``.
"""

import xml.etree.ElementTree as ET

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from portal.publications import kinds
from portal.publications.visibility import visible_pages

from . import sets
from .harvest import (
    METADATA_FORMATS,
    Harvest,
    Item,
    OaiError,
    datestamp,
    identifier_for,
    list_items,
    list_size,
    page_id_from,
)
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
    add("type", kinds.get(r.kind).oai_type)
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
    page = visible_pages(Page.objects.all()).filter(pk=page_id).specific().first()
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
        for p in [
            visible_pages(Page.objects.all()).exclude(last_published_at=None).order_by("last_published_at").first()
        ]
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

"""schema.org JSON-LD for a record: what search engines and scholarly crawlers read."""

import json

from django.utils.safestring import SafeString, mark_safe

from portal.publications import kinds

from .metadata import Record


def person(author) -> dict:
    data = {"@type": "Person", "name": author.full_name, "familyName": author.family}
    if author.given:
        data["givenName"] = author.given
    if author.orcid:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "ORCID", "value": author.orcid}
        data["sameAs"] = f"https://orcid.org/{author.orcid}"
    if author.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": author.affiliation}
    return data


def json_ld(r: Record) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": kinds.get(r.kind).schema_type,
        "name": r.title,
        "url": r.url,
        "inLanguage": r.language,
        "publisher": {"@type": "Organization", "name": r.publisher},
    }
    if r.kind in ("paper", "practice"):
        data["headline"] = r.title[:110]
    if r.kind == "practice":
        data["genre"] = "Best-practice review"
    if r.authors:
        data["author"] = [person(a) for a in r.authors]
    if r.issued:
        data["datePublished"] = r.issued.isoformat()
    if r.modified:
        data["dateModified"] = r.modified.isoformat()
    if r.abstract:
        data["abstract" if r.kind != "methodology" else "description"] = r.abstract
    if r.keywords:
        data["keywords"] = ", ".join(r.keywords)
    if r.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": r.doi}
        data["sameAs"] = f"https://doi.org/{r.doi}"
    if r.venue:
        data["isPartOf"] = {
            "@type": "Periodical" if r.venue_type == "journal" else "CreativeWorkSeries",
            "name": r.venue,
        }
    if r.licence:
        data["license"] = r.licence
    if r.organisations:
        key = "sponsor" if r.kind == "project" else "sourceOrganization"
        data[key] = [{"@type": "Organization", "name": name} for name in r.organisations]
    if r.steps:
        data["step"] = [{"@type": "HowToStep", "position": n, "name": step} for n, step in enumerate(r.steps, start=1)]
    if r.pdf_url:
        data["encoding"] = {"@type": "MediaObject", "contentUrl": r.pdf_url, "encodingFormat": "application/pdf"}
    return data


def script(r: Record) -> SafeString:
    """A ``<script type="application/ld+json">`` block that content cannot break out of."""
    text = json.dumps(json_ld(r), ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above

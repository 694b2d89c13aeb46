"""SKOS import and export of the thesaurus (Turtle and RDF/XML, through rdflib).

An import is checked whole before anything is written: every problem is
reported at once, and either every concept of the file is saved or none is.
Concepts are matched by slug, the last segment of their URI, so a file
exported here and edited elsewhere comes back onto the same rows.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from . import lexicon, signals
from .models import LANGUAGES, Concept, label_index, normalise_label, refresh_paths, split_lines

FORMATS = {"turtle": "turtle", "ttl": "turtle", "xml": "xml", "rdf": "xml", "rdfxml": "xml"}
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def base_uri() -> str:
    return getattr(settings, "THESAURUS_BASE_URI", "https://zertteushi.kz/thesaurus/")


class SkosError(Exception):
    """The file cannot be imported; ``problems`` lists every reason found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Parsed:
    slug: str
    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    broader: list[str] = field(default_factory=list)
    related: set[str] = field(default_factory=set)


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def format_for(name: str | None, filename: str = "") -> str:
    """The rdflib format for a ``--format`` value or, failing that, the file's extension."""
    key = (name or filename.rsplit(".", 1)[-1] if (name or "." in filename) else "turtle").lower()
    if key not in FORMATS:
        raise SkosError([f"Unknown format {key!r}: use turtle (.ttl) or xml (.rdf, .xml)."])
    return FORMATS[key]


def parse(data: bytes | str, rdf_format: str = "turtle") -> Graph:
    graph = Graph()
    try:
        graph.parse(data=data, format=rdf_format)
    except Exception as error:  # rdflib raises many types (BadSyntax, SAXParseException, ...)
        raise SkosError([f"The file is not valid {rdf_format}: {' '.join(str(error).split())[:500]}"]) from error
    return graph


def _slug(uri, problems: list[str]) -> str | None:
    text = str(uri).rstrip("/")
    slug = re.split(r"[/#]", text)[-1]
    if not SLUG.match(slug):
        problems.append(f"{uri}: the last part of a concept URI must be a slug (letters, digits, - or _).")
        return None
    return slug


def _literal(concept: str, prop: str, value, problems: list[str]) -> tuple[str, str] | None:
    if not isinstance(value, Literal):
        problems.append(f"{concept}: {prop} must be a text, not {value}.")
        return None
    language = (value.language or "").lower()
    if language not in LANGUAGES:
        what = f"unknown language {value.language!r}" if value.language else "no language tag"
        problems.append(f"{concept}: {prop} {str(value)!r} has {what}; use kk, ru or en.")
        return None
    text = " ".join(str(value).split())
    if not text:
        problems.append(f"{concept}: empty {prop} in {language}.")
        return None
    return language, text


def read_concepts(graph: Graph) -> tuple[dict[str, Parsed], list[str]]:
    """The concepts of the graph, and every problem met while reading them."""
    problems: list[str] = []
    uris = sorted(set(graph.subjects(RDF.type, SKOS.Concept)), key=str)
    if not uris:
        problems.append("The file holds no skos:Concept.")
    slugs = {}
    for uri in uris:
        slug = _slug(uri, problems)
        if slug is None:
            continue
        if slug in slugs.values():
            problems.append(f"{uri}: another concept in the file has the slug {slug!r}.")
            continue
        slugs[uri] = slug
    concepts = {slug: Parsed(slug) for slug in slugs.values()}
    for uri, slug in slugs.items():
        concept = concepts[slug]
        for value in graph.objects(uri, SKOS.prefLabel):
            if found := _literal(slug, "prefLabel", value, problems):
                language, text = found
                if language in concept.pref:
                    problems.append(f"{slug}: more than one prefLabel in {language}.")
                concept.pref[language] = text
        for language in LANGUAGES:
            if language not in concept.pref:
                problems.append(f"{slug}: no prefLabel in {language}.")
        for value in sorted(graph.objects(uri, SKOS.altLabel)):
            if found := _literal(slug, "altLabel", value, problems):
                concept.alt.setdefault(found[0], []).append(found[1])
        for value in graph.objects(uri, SKOS.scopeNote):
            if found := _literal(slug, "scopeNote", value, problems):
                concept.notes[found[0]] = found[1]
        for prop, into in ((SKOS.broader, concept.broader), (SKOS.related, concept.related)):
            for other in graph.objects(uri, prop):
                target = slugs.get(other) or _slug(other, problems)
                if target and target not in into:
                    into.append(target) if isinstance(into, list) else into.add(target)
    # "B narrower C" says "C broader B", whether or not B itself is described in this file.
    for parent, child in graph.subject_objects(SKOS.narrower):
        child_slug, parent_slug = slugs.get(child), slugs.get(parent) or _slug(parent, problems)
        if child_slug in concepts and parent_slug and parent_slug not in concepts[child_slug].broader:
            concepts[child_slug].broader.append(parent_slug)
    return concepts, problems


def check(concepts: dict[str, Parsed], problems: list[str]) -> None:
    """Tree, references and labels, checked against the file and the concepts already stored."""
    stored = {c.slug: c for c in Concept.objects.exclude(slug__in=concepts).select_related("broader")}
    parents = {slug: c.broader.slug if c.broader_id else None for slug, c in stored.items()}
    for slug, concept in concepts.items():
        if len(concept.broader) > 1:
            problems.append(f"{slug}: more than one broader concept ({', '.join(sorted(concept.broader))}).")
        for target in [*concept.broader, *sorted(concept.related)]:
            if target not in concepts and target not in stored:
                problems.append(f"{slug}: refers to an unknown concept {target!r}.")
        if slug in concept.related:
            problems.append(f"{slug}: related to itself.")
        parents[slug] = concept.broader[0] if concept.broader else None
    reported = set()
    for start in concepts:
        chain, node = [], start
        while node is not None and node not in chain:
            chain.append(node)
            node = parents.get(node)
        if node is not None:
            cycle = chain[chain.index(node) :]
            if not reported & set(cycle):
                reported |= set(cycle)
                problems.append(f"Cycle in broader: {' → '.join([*cycle, node])}.")
    owners = label_index(stored.values())
    for slug, concept in concepts.items():
        for language in LANGUAGES:
            labels = [concept.pref.get(language, ""), *concept.alt.get(language, [])]
            seen = set()
            for label in filter(None, labels):
                key = (language, normalise_label(label))
                if key in seen:
                    problems.append(f"{slug}: label {label!r} ({language}) is given twice.")
                elif key in owners and owners[key] != slug:
                    problems.append(f"{slug}: label {label!r} ({language}) is already a label of {owners[key]}.")
                seen.add(key)
                owners.setdefault(key, slug)


def import_graph(graph: Graph, only_new: bool = False) -> ImportReport:
    """Save the concepts of ``graph``; ``only_new`` leaves concepts that already exist as they are."""
    concepts, problems = read_concepts(graph)
    if only_new and not problems:
        existing = set(Concept.objects.filter(slug__in=concepts).values_list("slug", flat=True))
        concepts = {slug: parsed for slug, parsed in concepts.items() if slug not in existing}
    if not problems:
        check(concepts, problems)
    if problems:
        raise SkosError(problems)
    return save(concepts)


def save(concepts: dict[str, Parsed]) -> ImportReport:
    """Write checked concepts in a few bulk statements, then recompute the tree paths once."""
    report, changed = ImportReport(), []
    fields = [f"{kind}_{language}" for kind in ("pref_label", "alt_labels", "scope_note") for language in LANGUAGES]
    now = timezone.now()
    with transaction.atomic():
        existing = {c.slug: c for c in Concept.objects.filter(slug__in=concepts).prefetch_related("related")}
        before = {slug: _fields(c) for slug, c in existing.items()}
        Concept.objects.bulk_create([Concept(slug=slug) for slug in concepts if slug not in existing])
        rows = {c.slug: c for c in Concept.objects.filter(slug__in=concepts)}
        ids = dict(Concept.objects.values_list("slug", "pk"))
        for slug, parsed in concepts.items():
            concept = rows[slug]
            for language in LANGUAGES:
                setattr(concept, f"pref_label_{language}", parsed.pref[language])
                setattr(concept, f"alt_labels_{language}", "\n".join(parsed.alt.get(language, [])))
                setattr(concept, f"scope_note_{language}", parsed.notes.get(language, ""))
            concept.broader_id = ids[parsed.broader[0]] if parsed.broader else None
            concept.updated_at = now
        Concept.objects.bulk_update(rows.values(), [*fields, "broader", "updated_at"], batch_size=200)
        links = Concept.related.through
        links.objects.filter(from_concept__in=rows.values()).delete()
        links.objects.filter(to_concept__in=rows.values()).delete()
        pairs = {(rows[slug].pk, ids[other]) for slug, parsed in concepts.items() for other in parsed.related}
        pairs |= {(b, a) for a, b in pairs}
        links.objects.bulk_create([links(from_concept_id=a, to_concept_id=b) for a, b in pairs])
        refresh_paths()
        for slug, concept in (
            Concept.objects.filter(slug__in=concepts).prefetch_related("related").in_bulk(field_name="slug").items()
        ):
            if slug not in before:
                report.created += 1
            elif before[slug] != _fields(concept):
                report.updated += 1
            else:
                report.unchanged += 1
                continue
            changed.append(concept.pk)
        # Documents naming these concepts are re-tagged once the import has committed.
        lexicon.forget()
        transaction.on_commit(lambda: signals.retag(list(Concept.objects.filter(pk__in=changed))))
    return report


def _fields(concept: Concept) -> tuple:
    related = tuple(sorted(other.slug for other in concept.related.all())) if concept.pk else ()
    labels = tuple(
        (getattr(concept, f"pref_label_{lang}"), split_lines(getattr(concept, f"alt_labels_{lang}")))
        for lang in LANGUAGES
    )
    notes = tuple(getattr(concept, f"scope_note_{lang}") for lang in LANGUAGES)
    return labels, notes, concept.broader_id, related


def import_data(data: bytes | str, rdf_format: str = "turtle", only_new: bool = False) -> ImportReport:
    return import_graph(parse(data, rdf_format), only_new=only_new)


def concept_uri(slug: str) -> URIRef:
    return URIRef(base_uri() + slug)


def export_graph(concepts=None) -> Graph:
    """The thesaurus as a SKOS concept scheme; narrower links are written too, for SKOS readers."""
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    scheme = URIRef(base_uri().rstrip("/"))
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal("Zertteushi thesaurus of crime prevention", lang="en")))
    concepts = Concept.objects.all() if concepts is None else concepts
    for concept in concepts.select_related("broader").prefetch_related("related"):
        uri = concept_uri(concept.slug)
        graph.add((uri, RDF.type, SKOS.Concept))
        graph.add((uri, SKOS.inScheme, scheme))
        for language in LANGUAGES:
            graph.add((uri, SKOS.prefLabel, Literal(concept.pref_label(language), lang=language)))
            for label in concept.alt_labels(language):
                graph.add((uri, SKOS.altLabel, Literal(label, lang=language)))
            if note := concept.scope_note(language):
                graph.add((uri, SKOS.scopeNote, Literal(note, lang=language)))
        if concept.broader_id:
            graph.add((uri, SKOS.broader, concept_uri(concept.broader.slug)))
            graph.add((concept_uri(concept.broader.slug), SKOS.narrower, uri))
        else:
            graph.add((uri, SKOS.topConceptOf, scheme))
            graph.add((scheme, SKOS.hasTopConcept, uri))
        for other in concept.related.all():
            graph.add((uri, SKOS.related, concept_uri(other.slug)))
    return graph


def export_text(rdf_format: str = "turtle") -> str:
    return export_graph().serialize(format=FORMATS.get(rdf_format, rdf_format))

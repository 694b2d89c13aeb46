"""Build portal/thesaurus/data/seed.ttl from the compact word lists in devtools/thesaurus_seed/.

Authors edit the lists (one concept a line: ``slug | broader | kk | ru | en | related``,
each language "preferred; alternative; ..."), then run ``python -m devtools.thesaurus_seed``;
the Turtle file is what the portal loads. The lists are easier to review than Turtle.
"""

import sys
from pathlib import Path

from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(__file__).resolve().parent / "thesaurus_seed"
TARGET = ROOT / "portal" / "thesaurus" / "data" / "seed.ttl"
BASE = "https://zertteushi.kz/thesaurus/"
LANGUAGES = ("kk", "ru", "en")


def rows():
    for source in sorted(SOURCES.glob("*.txt")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("|")]
            if len(cells) < 5:
                sys.exit(f"{source.name}:{number}: expected slug | broader | kk | ru | en [| related]")
            yield f"{source.name}:{number}", cells + [""] * (6 - len(cells))


def build() -> Graph:
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", DCTERMS)
    scheme = URIRef(BASE.rstrip("/"))
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, Literal("Zertteushi thesaurus of crime prevention", lang="en")))
    for _where, (slug, broader, *labels, related) in rows():
        uri = URIRef(BASE + slug)
        graph.add((uri, RDF.type, SKOS.Concept))
        graph.add((uri, SKOS.inScheme, scheme))
        for language, cell in zip(LANGUAGES, labels[:3], strict=True):
            names = [" ".join(name.split()) for name in cell.split(";") if name.strip()]
            graph.add((uri, SKOS.prefLabel, Literal(names[0], lang=language)))
            for name in names[1:]:
                graph.add((uri, SKOS.altLabel, Literal(name, lang=language)))
        if broader:
            graph.add((uri, SKOS.broader, URIRef(BASE + broader)))
            graph.add((URIRef(BASE + broader), SKOS.narrower, uri))
        else:
            graph.add((uri, SKOS.topConceptOf, scheme))
            graph.add((scheme, SKOS.hasTopConcept, uri))
        for other in related.split():
            graph.add((uri, SKOS.related, URIRef(BASE + other)))
            graph.add((URIRef(BASE + other), SKOS.related, uri))
    return graph


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(build().serialize(format="turtle"), encoding="utf-8")
    print(f"Wrote {TARGET.relative_to(ROOT)}")

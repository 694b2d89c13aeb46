"""SKOS files in and out: a round trip keeps everything; a bad file changes nothing and says why."""

import io

import pytest
from django.core.management import CommandError, call_command
from rdflib import SKOS, Graph
from rdflib.compare import isomorphic

from portal.thesaurus import skos
from portal.thesaurus.models import Concept

PREFIX = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix t: <https://zertteushi.kz/thesaurus/> .
"""
GOOD = (
    PREFIX
    + """
t:prevention a skos:Concept ; skos:prefLabel "алдын алу"@kk, "профилактика"@ru, "prevention"@en .
t:juveniles a skos:Concept ; skos:broader t:prevention ;
  skos:prefLabel "кәмелетке толмағандар"@kk, "несовершеннолетние"@ru, "juveniles"@en ;
  skos:altLabel "жасөспірімдер"@kk, "подростки"@ru, "minors"@en .
"""
)


def run(*args) -> str:
    out = io.StringIO()
    call_command("thesaurus", *args, stdout=out)
    return out.getvalue()


def export(fmt="turtle") -> Graph:
    return Graph().parse(data=run("export", "--format", fmt), format="xml" if fmt == "xml" else "turtle")


def snapshot() -> list[tuple]:
    return [
        (
            c.slug,
            c.path,
            c.all_labels(),
            [c.scope_note(lang) for lang in ("kk", "ru", "en")],
            sorted(c.related.values_list("slug", flat=True)),
        )
        for c in Concept.objects.order_by("slug")
    ]


@pytest.mark.parametrize("fmt", ["turtle", "xml"])
def test_round_trip_keeps_every_concept_label_link_and_note(seed, fmt, tmp_path):
    Concept.objects.filter(slug="cctv").update(scope_note_en="Cameras watching public places.", scope_note_kk="Камера")
    before, graph = snapshot(), export(fmt)
    assert len(set(graph.subjects(predicate=SKOS.prefLabel))) == Concept.objects.count() >= 400
    path = tmp_path / ("seed.ttl" if fmt == "turtle" else "seed.rdf")
    path.write_text(graph.serialize(format="turtle" if fmt == "turtle" else "xml"), encoding="utf-8")
    count = Concept.objects.count()
    Concept.objects.update(broader=None)
    Concept.objects.all().delete()
    assert f"{count} created, 0 updated" in run("import", str(path))
    assert snapshot() == before
    assert isomorphic(export(fmt), graph)


def test_import_reads_narrower_and_reports_changes(db, tmp_path):
    path = tmp_path / "small.ttl"
    path.write_text(GOOD, encoding="utf-8")
    assert "2 created, 0 updated, 0 unchanged" in run("import", str(path))
    juveniles = Concept.objects.get(slug="juveniles")
    assert juveniles.broader.slug == "prevention" and juveniles.path == "prevention/juveniles"
    assert juveniles.alt_labels("ru") == ["подростки"]
    assert "0 created, 0 updated, 2 unchanged" in run("import", str(path))
    path.write_text(GOOD.replace('"minors"@en', '"minors"@en, "teenagers"@en'), encoding="utf-8")
    assert "1 updated" in run("import", str(path))
    inverse = PREFIX + 't:child a skos:Concept ; skos:prefLabel "бала"@kk, "ребёнок"@ru, "child"@en .\n'
    inverse += "t:juveniles skos:narrower t:child .\n"
    path.write_text(inverse, encoding="utf-8")
    run("import", str(path))
    assert Concept.objects.get(slug="child").path == "prevention/juveniles/child"


BAD = {
    "syntax": (PREFIX + 't:x a skos:Concept ; skos:prefLabel "x"@en', "not valid turtle"),
    "missing prefLabel": (
        PREFIX + 't:x a skos:Concept ; skos:prefLabel "икс"@ru, "x"@en .',
        "x: no prefLabel in kk",
    ),
    "unknown language": (
        PREFIX + 't:x a skos:Concept ; skos:prefLabel "х"@kk, "х"@ru, "x"@en ; skos:altLabel "Ix"@de .',
        "unknown language 'de'",
    ),
    "no language": (
        PREFIX + 't:x a skos:Concept ; skos:prefLabel "х"@kk, "х"@ru, "x"@en, "plain" .',
        "has no language tag",
    ),
    "cycle": (
        PREFIX
        + 't:a a skos:Concept ; skos:broader t:b ; skos:prefLabel "а"@kk, "а"@ru, "a"@en .\n'
        + 't:b a skos:Concept ; skos:broader t:a ; skos:prefLabel "б"@kk, "б"@ru, "b"@en .',
        "Cycle in broader",
    ),
    "duplicate label": (
        PREFIX
        + 't:a a skos:Concept ; skos:prefLabel "афера"@kk, "мошенничество"@ru, "fraud"@en .\n'
        + 't:b a skos:Concept ; skos:prefLabel "б"@kk, "б"@ru, "b"@en ; skos:altLabel "Мошенничество"@ru .',
        "label 'Мошенничество' (ru) is already a label of a",
    ),
    "unknown broader": (
        PREFIX + 't:a a skos:Concept ; skos:broader t:nowhere ; skos:prefLabel "а"@kk, "а"@ru, "a"@en .',
        "unknown concept 'nowhere'",
    ),
    "two broader": (
        PREFIX
        + 't:a a skos:Concept ; skos:prefLabel "а"@kk, "а"@ru, "a"@en .\n'
        + 't:b a skos:Concept ; skos:prefLabel "б"@kk, "б"@ru, "b"@en .\n'
        + 't:c a skos:Concept ; skos:broader t:a, t:b ; skos:prefLabel "в"@kk, "в"@ru, "c"@en .',
        "more than one broader concept",
    ),
}


@pytest.mark.parametrize("case", BAD)
def test_a_bad_file_imports_nothing_and_says_why(db, tmp_path, case):
    data, message = BAD[case]
    # A good concept in the same file is not imported either.
    path = tmp_path / "bad.ttl"
    path.write_text(data + '\nt:good a skos:Concept ; skos:prefLabel "жақсы"@kk, "хорошо"@ru, "good"@en .\n')
    with pytest.raises(CommandError) as error:
        run("import", str(path))
    assert message in str(error.value) and "Nothing imported" in str(error.value)
    assert not Concept.objects.exists()


def test_a_file_without_concepts_is_refused(db):
    with pytest.raises(skos.SkosError, match="holds no skos:Concept"):
        skos.import_data(PREFIX + "t:a t:b t:c .")


def test_every_problem_of_a_file_is_reported_at_once(db):
    data = (
        PREFIX
        + 't:a a skos:Concept ; skos:prefLabel "а"@kk, "a"@en .\n'
        + 't:b a skos:Concept ; skos:broader t:b ; skos:prefLabel "б"@kk, "б"@ru, "b"@en, "bee"@fr .'
    )
    with pytest.raises(skos.SkosError) as error:
        skos.import_data(data)
    assert len(error.value.problems) >= 2
    assert any("no prefLabel in ru" in p for p in error.value.problems)
    assert any("'fr'" in p for p in error.value.problems)


def test_a_file_clashing_with_stored_labels_is_refused(seed):
    count = Concept.objects.count()
    data = PREFIX + 't:scam a skos:Concept ; skos:prefLabel "алаяқ"@kk, "афера"@ru, "scam artist"@en .'
    with pytest.raises(skos.SkosError, match="already a label of fraud"):
        skos.import_data(data)
    assert Concept.objects.count() == count


def test_unreadable_file_and_unknown_format_are_clear_errors(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run("import", str(tmp_path / "missing.ttl"))
    path = tmp_path / "thesaurus.csv"
    path.write_text("a,b")
    with pytest.raises(CommandError, match="Unknown format"):
        run("import", str(path))


def test_xml_import(db, tmp_path):
    graph = Graph().parse(data=GOOD, format="turtle")
    path = tmp_path / "small.rdf"
    path.write_text(graph.serialize(format="xml"), encoding="utf-8")
    assert "2 created" in run("import", str(path))
    assert Concept.objects.get(slug="juveniles").pref_label("kk") == "кәмелетке толмағандар"

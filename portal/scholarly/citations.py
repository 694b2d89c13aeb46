"""Citation formats: BibTeX, RIS and CSL-JSON files; APA and GOST R 7.0.5-2008 references.

Everything is UTF-8 so Cyrillic names, titles and journals come out as written;
BibTeX escapes only its own special characters.
"""

import json
import re

from portal.publications import kinds

from .metadata import Author, Record

FORMATS = {
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "csl": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}

# A paper's venue says more than its kind; every other item takes its kind's types (portal.publications.kinds).
_BIBTEX_TYPES = {"journal": "article", "conference": "inproceedings", "series": "incollection"}
_RIS_TYPES = {"journal": "JOUR", "conference": "CPAPER", "series": "CHAP"}
_CSL_TYPES = {"journal": "article-journal", "conference": "paper-conference", "series": "chapter"}
_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_~^])")


def render(fmt: str, records: list[Record]) -> str:
    return {"bibtex": bibtex, "ris": ris, "csl": csl_json}[fmt](records)


def _bibtex_escape(text: str) -> str:
    replacements = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return _BIBTEX_SPECIAL.sub(lambda m: replacements.get(m.group(1), "\\" + m.group(1)), text)


def bibtex_key(record: Record) -> str:
    return f"zertteushi{record.page_id}"


def bibtex(records: list[Record]) -> str:
    entries = []
    for r in records:
        entry_type = _BIBTEX_TYPES.get(r.venue_type, kinds.get(r.kind).citation.bibtex)
        venue_field = {"article": "journal", "inproceedings": "booktitle", "incollection": "booktitle"}
        fields = [
            ("author", " and ".join(a.inverted_name for a in r.authors)),
            ("title", r.title),
            (venue_field.get(entry_type, "howpublished"), r.venue),
            ("year", str(r.year or "")),
            ("volume", r.volume),
            ("number", r.issue),
            ("pages", f"{r.first_page}--{r.last_page}" if r.last_page else r.first_page),
            ("publisher", r.publisher if entry_type != "article" else ""),
            ("doi", r.doi),
            ("url", r.url),
            ("langid", r.language),
            ("keywords", ", ".join(r.keywords)),
            ("abstract", r.abstract),
        ]
        body = ",\n".join(
            f"  {name} = {{{_bibtex_escape(value) if name not in ('url', 'doi') else value}}}"
            for name, value in fields
            if value
        )
        entries.append(f"@{entry_type}{{{bibtex_key(r)},\n{body}\n}}\n")
    return "\n".join(entries)


def ris(records: list[Record]) -> str:
    out = []
    for r in records:
        lines = [("TY", _RIS_TYPES.get(r.venue_type, kinds.get(r.kind).citation.ris))]
        lines += [("AU", a.inverted_name) for a in r.authors]
        lines += [("TI", r.title)]
        if r.venue:
            lines.append(("T2", r.venue))
        if r.issued:
            lines += [("PY", str(r.issued.year)), ("DA", r.issued.strftime("%Y/%m/%d"))]
        for tag, value in (("VL", r.volume), ("IS", r.issue), ("SP", r.first_page), ("EP", r.last_page)):
            if value:
                lines.append((tag, value))
        if r.doi:
            lines.append(("DO", r.doi))
        lines += [("UR", r.url), ("LA", r.language)]
        lines += [("KW", k) for k in r.keywords]
        if r.abstract:
            lines.append(("AB", " ".join(r.abstract.split())))
        if r.publisher:
            lines.append(("PB", r.publisher))
        lines.append(("ER", ""))
        out.append("\r\n".join(f"{tag}  - {' '.join(value.split())}".rstrip() for tag, value in lines))
    return "\r\n".join(out) + "\r\n"


def csl_item(r: Record) -> dict:
    item = {
        "id": bibtex_key(r),
        "type": _CSL_TYPES.get(r.venue_type, kinds.get(r.kind).citation.csl),
        "title": r.title,
        "author": [{"family": a.family, "given": a.given} for a in r.authors],
        "URL": r.url,
        "language": r.language,
    }
    if r.issued:
        item["issued"] = {"date-parts": [[r.issued.year, r.issued.month, r.issued.day]]}
    optional = {
        "container-title": r.venue,
        "volume": r.volume,
        "issue": r.issue,
        "page": f"{r.first_page}-{r.last_page}" if r.last_page else r.first_page,
        "DOI": r.doi,
        "abstract": r.abstract,
        "publisher": r.publisher,
        "keyword": ", ".join(r.keywords),
    }
    item.update({k: v for k, v in optional.items() if v})
    return item


def csl_json(records: list[Record]) -> str:
    return json.dumps([csl_item(r) for r in records], ensure_ascii=False, indent=2)


def _join_apa(authors: list[Author]) -> str:
    names = [f"{a.family}, {a.initials}".rstrip(", ") for a in authors]
    if len(names) <= 1:
        return "".join(names)
    if len(names) > 20:
        names = names[:19] + ["…", names[-1]]
        return ", ".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa(r: Record) -> str:
    """APA 7th edition: Author, A. A., & Author, B. (Year). Title. Journal, Volume(Issue), pages. DOI"""
    year = f"({r.year})" if r.year else "(n.d.)"
    title = f"{r.title.rstrip('.')}."
    # Without authors the title takes the author's place: Title. (Year).
    parts = [f"{_join_apa(r.authors)} {year}.", title] if r.authors else [title, f"{year}."]
    if r.venue:
        venue = r.venue
        if r.volume:
            venue += f", {r.volume}"
            if r.issue:
                venue += f"({r.issue})"
        if r.pages:
            venue += f", {r.pages}"
        parts.append(venue + ".")
    elif r.publisher:
        parts.append(f"{r.publisher}.")
    parts.append(f"https://doi.org/{r.doi}" if r.doi else r.url)
    return " ".join(parts)


_GOST_LABELS = {
    "ru": {"vol": "Т.", "no": "№", "pages": "С.", "url": "URL"},
    "kk": {"vol": "Т.", "no": "№", "pages": "Б.", "url": "URL"},
    "en": {"vol": "Vol.", "no": "no.", "pages": "P.", "url": "URL"},
}


def gost(r: Record) -> str:
    """GOST R 7.0.5-2008: Фамилия И. О. Заглавие / И. О. Фамилия, … // Журнал. – Год. – Т. 1, № 2. – С. 3–4."""
    labels = _GOST_LABELS.get(r.language, _GOST_LABELS["en"])
    head = f"{r.authors[0].family} {r.authors[0].initials}".strip() + " " if r.authors and len(r.authors) <= 3 else ""
    text = f"{head}{r.title.rstrip('.')}"
    if r.authors:
        shown = r.authors if len(r.authors) <= 3 else r.authors[:3]
        responsibility = ", ".join(f"{a.initials} {a.family}".strip() for a in shown)
        if len(r.authors) > 3:
            responsibility += " [и др.]" if r.language in ("ru", "kk") else " [et al.]"
        text += f" / {responsibility}"
    tail = []
    if r.venue:
        text += f" // {r.venue}"
    elif r.publisher:
        tail.append(r.publisher)
    if r.year:
        tail.append(str(r.year))
    numbering = ", ".join(
        v
        for v in (f"{labels['vol']} {r.volume}" if r.volume else "", f"{labels['no']} {r.issue}" if r.issue else "")
        if v
    )
    if numbering:
        tail.append(numbering)
    if r.pages:
        tail.append(f"{labels['pages']} {r.pages}")
    if r.doi:
        tail.append(f"DOI: {r.doi}")
    else:
        tail.append(f"{labels['url']}: {r.url}")
    return text + "".join(f". – {part}" for part in tail) + "."

"""Cross-language search through the thesaurus: 75 queries by category over 39 records written for it.

Categories: same-language, each cross-language direction among kk, ru and en,
synonym, abbreviation and typo (devtools/thesaurus_eval). The records live in an
index prefix of their own, made and dropped by the run; the last column searches
only the words typed (``expand=0``), to show what the thesaurus adds.
"""

from devtools.thesaurus_eval import run

NAME = "thesaurus"
TITLE = "Thesaurus: success@3 and MRR by category (records in their own index prefix)"


def evaluate(write) -> dict:
    rows = run.measure()
    write(run.table(rows))
    return {
        row.category: {
            "queries": row.queries,
            "success_at_3": round(row.success, 4),
            "mrr": round(row.mrr, 4),
            "words_only_success_at_3": round(row.words_only, 4),
        }
        for row in rows
    }

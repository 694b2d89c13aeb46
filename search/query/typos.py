"""Typo tolerance: when the words find nothing, search again, once, allowing for typos.

One mistyped letter (``профилактка``) used to leave the page empty. When a search
finds nothing, the term suggester (did-you-mean's request) says
which words the index does not hold (``suggest_mode: missing``); those rare words
are searched again with fuzziness
(one or two edits, first letter kept), in their plain and application-stemmed
forms, while the other words must still match as typed. The page and the API
say which words were widened, as did-you-mean does.
"""

from elasticsearch.dsl import Q

from search.language import normalise

MIN_LENGTH = 4  # shorter words are too ambiguous to correct
PLAIN_FIELDS = ("title^3", "abstract", "keywords^2")
STEM_FIELDS = ("title_stems^3", "content")
PUNCTUATION = ".,;:!?\"'«»“”()"


def missing_words(answer: dict, query: str, total: int) -> list[str]:
    """Words of the query the index lacks (in the order typed).

    The term suggester names the words it has a spelling near to; when nothing was found at
    all and it names none, every word long enough may be the mistyped one.
    """
    suggest = answer.get("suggest") or {}
    missing = {entry["text"] for entries in suggest.values() for entry in entries if entry.get("options")}
    words = dict.fromkeys(word.strip(PUNCTUATION).lower() for word in query.split())
    typed = [word for word in words if len(word) >= MIN_LENGTH]
    flagged = [word for word in typed if word in missing]
    return flagged or (typed if total == 0 else [])


def word_clause(word: str, languages: tuple[str, ...]) -> Q:
    """One word, allowing a typo, in the shown fields and each language's stemmed fields."""
    fuzzy = {"fuzziness": "AUTO", "prefix_length": 1, "max_expansions": 30}
    alternatives = [Q("multi_match", query=word, fields=list(PLAIN_FIELDS), **fuzzy)]
    for language in languages:
        if stem := normalise.normalise(word, language):
            fields = [f"{language}.{name}" for name in STEM_FIELDS]
            alternatives.append(Q("multi_match", query=stem, fields=fields, **fuzzy))
    return Q("dis_max", queries=alternatives)


def clause(words: list[str], fuzzy: list[str], languages: tuple[str, ...], exact) -> Q:
    """Every word must match: the rare ones allowing a typo, the others as ``exact(text)`` matches them."""
    others = [w for w in words if w.lower().strip(PUNCTUATION) not in fuzzy]
    must = [word_clause(word, languages) for word in fuzzy]
    if others:
        must.append(exact(" ".join(others)))
    return Q("bool", must=must)

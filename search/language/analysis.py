"""Analyzers for trilingual text, built only from what the Elasticsearch core ships.

The core has the ``standard`` tokenizer and the ``lowercase``, ``stop``,
``shingle`` and ``hunspell`` filters; the ``analysis-common`` module with the
language analyzers and algorithmic stemmers is not assumed. Every text field is
indexed once plainly and once per language through hunspell dictionaries that
live in the node's ``config/hunspell/<locale>/``.

English chains ``en_US`` then ``en_GB``: ``en_US`` reduces ``preventing`` to
``prevent`` but not ``programmes``; ``en_GB`` alone turns ``preventing`` into
``vent``; in this order both come out right. Kazakh hunspell reduces few forms,
so Kazakh also gets a field stemmed by the application (``search.language.kazakh``).
"""

from elasticsearch.dsl import analyzer, token_filter


def _hunspell(locale):
    return token_filter(f"hunspell_{locale.lower()}", type="hunspell", locale=locale, dedup=True, longest_only=True)


plain = analyzer("text_plain", tokenizer="standard", filter=["lowercase"])

russian = analyzer(
    "text_ru",
    tokenizer="standard",
    filter=["lowercase", token_filter("stop_ru", type="stop", stopwords="_russian_"), _hunspell("ru_RU")],
)

english = analyzer(
    "text_en",
    tokenizer="standard",
    filter=[
        "lowercase",
        token_filter("stop_en", type="stop", stopwords="_english_"),
        _hunspell("en_US"),
        _hunspell("en_GB"),
    ],
)

kazakh = analyzer("text_kk", tokenizer="standard", filter=["lowercase", _hunspell("kk_KZ")])

# Text that the application has already stemmed (search.language.kazakh.stem_text):
# only split and lower-case it, at index and at query time alike.
kazakh_stems = analyzer("text_kk_stems", tokenizer="standard", filter=["lowercase"])

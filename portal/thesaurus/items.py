"""The items of a concept, in every language, found through the search index.

Until documents carry concept tags (``concepts``), a concept has no items: the
page says so rather than guessing from its words.
"""


def for_concept(concept) -> list:
    return []

"""Read what a searcher typed: words, "quoted phrases", -exclusions and OR.

The result is a plain structure that ``search.query.faceted`` turns into match and
phrase queries, so the text never reaches Elasticsearch's ``query_string``
syntax and no input can make a query fail. Input that cannot mean anything
(a lone ``-``, a dangling ``OR``, a quote that is never closed, punctuation
on its own) is dropped or repaired, and the searcher is told in ``notices``.
"""

import re
from dataclasses import dataclass, field

MAX_TERMS = 32
QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_TOKEN = re.compile(r'(-?)"([^"]*)"|([^\s"]+)')
_WORD_CHAR = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False


@dataclass
class ParsedQuery:
    """``groups`` must all match (each group is one term or terms joined by OR); ``excluded`` must not."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def free_words(self) -> list[str]:
        """Single words outside OR groups: searched together so that ranking can weigh them as a whole."""
        return [g[0].text for g in self.groups if len(g) == 1 and not g[0].phrase]

    @property
    def structured_groups(self) -> list[list[Term]]:
        """Phrases and OR groups: each one a clause of its own."""
        return [g for g in self.groups if len(g) > 1 or g[0].phrase]

    @property
    def positive_terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def is_empty(self) -> bool:
        return not self.groups and not self.excluded


def parse_query(text: str) -> ParsedQuery:
    text = text.translate(QUOTES)
    notices = []
    if text.count('"') % 2:
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
        notices.append("A quotation mark was not closed, so it was left out.")
    parsed = ParsedQuery(notices=notices)
    pending_or = False
    count = 0
    for match in _TOKEN.finditer(text):
        negative, phrase_text, raw = match.groups()
        if raw == "OR":
            if parsed.groups and not pending_or:
                pending_or = True
            else:
                _notice(parsed, "OR needs a word on each side, so it was ignored.")
            continue
        term, negative = _term(negative, phrase_text, raw)
        if term is None:
            if raw and raw.strip("-") == "":
                _notice(parsed, "A minus sign must be followed by a word to exclude, so it was ignored.")
            continue
        count += 1
        if count > MAX_TERMS:
            _notice(parsed, f"Only the first {MAX_TERMS} words and phrases were used.")
            break
        if negative:
            parsed.excluded.append(term)
            if pending_or:
                _notice(parsed, "OR cannot join an excluded word, so it was ignored.")
                pending_or = False
        elif pending_or:
            parsed.groups[-1].append(term)
            pending_or = False
        else:
            parsed.groups.append([term])
    if pending_or:
        _notice(parsed, "OR needs a word on each side, so it was ignored.")
    if not parsed.groups and parsed.excluded:
        _notice(parsed, "Only exclusions were given, so everything else is shown.")
    return parsed


def _term(negative: str, phrase_text: str | None, raw: str | None) -> tuple[Term | None, bool]:
    if phrase_text is not None:
        words = phrase_text.split()
        if not any(_WORD_CHAR.search(w) for w in words):
            return None, False
        if len(words) == 1:
            return Term(words[0]), bool(negative)
        return Term(" ".join(words), phrase=True), bool(negative)
    negative = raw.startswith("-")
    word = raw.lstrip("-+")
    if not _WORD_CHAR.search(word):
        return None, False
    return Term(word), negative


def _notice(parsed: ParsedQuery, message: str) -> None:
    if message not in parsed.notices:
        parsed.notices.append(message)

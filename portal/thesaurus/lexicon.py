"""The thesaurus as search needs it: every label as a sequence of stems, found in texts and queries.

A label matches where its words, each reduced by its language's normaliser (the
same one the index uses, ``search.language.normalise``), occur in a row: so
"несовершеннолетних" meets "несовершеннолетние", "кәмелетке толмағандардың" meets
"кәмелетке толмағандар", and a multi-word label matches only as a phrase.
Abbreviations written in capitals ("ИИ", "AI", "CCTV") match in a document only
where the document writes them in capitals too, so "ai" inside a sentence never
tags a text; a query may type them in any case. Only a word that begins with
the abbreviation as written is it, whatever the stems say: "и" (and) is not "ИИ".
A label with a capital after a small letter ("DiD", "КоАП") is told from a common
word ("did") by its case: in a document it counts only as written or in capitals;
a query, again, may type it in any case. These rules hold for the cased words of a
label alone: its other words match by their stems ("DDoS-атаки", "SDG 16").

The lexicon is built once per process and rebuilt when the concepts change
(their count or latest edit time): tagging checks every time, so the index worker
re-tags with the new labels; searches check every few seconds.
"""

import logging
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import DatabaseError
from django.db.models import Count, Max

from search.language import normalise

from .models import LANGUAGES, Concept

WORD = re.compile(r"\w+", re.UNICODE)
ABBREVIATION_MAX = 6
KEY = 3  # labels are looked up by the first letters of their first stem
MIN_KAZAKH_STEM = 4
NONE = (None, None, None)  # a word that begins no label in any language
HEADS_REMEMBERED = 200_000  # words whose label beginnings a lexicon remembers (then it starts afresh)
PLAIN_REMEMBERED = 400_000  # words known to begin no label (then that memory starts afresh)


def is_abbreviation(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return bool(letters) and len(letters) <= ABBREVIATION_MAX and all(ch.isupper() for ch in letters)


def is_mixed_case(word: str) -> bool:
    """A capital after a small letter ("DiD", "КоАП"): the word is told from a common one ("did") by its
    case. An abbreviation with an ending ("KPIs") is not: its small letters end it."""
    small = False
    for ch in word:
        if ch.islower():
            small = True
        elif small and ch.isupper():
            return True
    return False


def is_cased(word: str) -> bool:
    """A word of a label that only its case tells from a common word: in capitals, or of mixed case."""
    return is_abbreviation(word) or is_mixed_case(word)


@dataclass(frozen=True)
class Entry:
    concept: str  # slug
    language: str
    label: str
    stems: tuple[str, ...]
    words: tuple[str, ...]  # lower-cased
    written: tuple[str, ...]  # as the label writes them
    cased: tuple[bool, ...]  # per word: told from a common word by its case alone (``is_cased``)
    second: str  # what the text's next word must share with the label's second word (``second_key``; "" for one word)


@dataclass(frozen=True)
class Heads:
    """The labels of one language that may begin at a word, grouped by what their second word must be.

    A long text has many places whose word begins some label ("crime", "профилактика"), each
    the first word of many labels: grouped by their second word's key, a place tries only the
    labels its next word may continue, instead of every label that begins with its word.
    """

    following: dict[str, tuple[Entry, ...]]  # by the second word's key (``second_key``), longest first
    alone: tuple[Entry, ...]  # labels of one word


def second_key(word: str, language: str, stem) -> str:
    """What a label's second word and the text's next word must share: outside Kazakh the same stem;
    in Kazakh (see ``_same_word``) the same first two letters."""
    return stem(word) if language != "kk" else word[:2]


def _heads_of(entries) -> Heads:
    following: dict[str, list[Entry]] = {}
    for entry in entries:  # longest first
        if len(entry.stems) > 1:
            following.setdefault(entry.second, []).append(entry)
    return Heads(
        {key: tuple(group) for key, group in following.items()},
        tuple(e for e in entries if len(e.stems) == 1),
    )


@dataclass(frozen=True)
class Match:
    concept: str
    language: str
    label: str
    start: int  # word positions in the text
    end: int


@dataclass
class ConceptInfo:
    slug: str
    pref: dict[str, str]
    labels: dict[str, list[str]] = field(default_factory=dict)
    path: str = ""


class Lexicon:
    def __init__(self, concepts: list[Concept]):
        # The languages' memoised stemmers, called directly: tagging stems words of every indexed text.
        self._stem = normalise.STEMMERS
        self.concepts: dict[str, ConceptInfo] = {}
        # language -> first stem -> entries starting with it, longest first
        self.index: dict[str, dict[str, list[Entry]]] = {language: {} for language in LANGUAGES}
        for concept in concepts:
            info = ConceptInfo(concept.slug, {lang: concept.pref_label(lang) for lang in LANGUAGES}, path=concept.path)
            for language in LANGUAGES:
                info.labels[language] = concept.labels(language)
                for label in info.labels[language]:
                    written = tuple(WORD.findall(label))
                    words = tuple(word.lower() for word in written)
                    stems = tuple(self._stem[language](word) for word in words)
                    if stems:
                        cased = tuple(is_cased(word) for word in written)
                        second = second_key(words[1], language, self._stem[language]) if len(words) > 1 else ""
                        entry = Entry(concept.slug, language, label, stems, words, written, cased, second)
                        self.index[language].setdefault(stems[0][:KEY], []).append(entry)
            self.concepts[concept.slug] = info
        for entries in self.index.values():
            for candidates in entries.values():
                candidates.sort(key=lambda e: -len(e.stems))
        # A word whose first letters open no label's first stem (``normalise.word_openings``) is never
        # stemmed: per language, the openings of KEY letters, and the first stems shorter than that.
        self.openings = {}
        openings = normalise.word_openings
        for language, entries in self.index.items():
            full = {o for key in entries if len(key) == KEY for o in openings(key, language)}
            short = {o for key in entries if len(key) < KEY for o in openings(key, language)}
            self.openings[language] = (frozenset(full), frozenset(short))
        # The same in any language: most words of a text fail this one test and are not looked at again.
        self.any_opening = tuple(frozenset().union(*(pair[i] for pair in self.openings.values())) for i in (0, 1))
        # Outside Kazakh a label's first word must have the very same stem: its entries by that stem.
        by_first: dict[str, dict[str, list[Entry]]] = {language: {} for language in LANGUAGES}
        self._heads: dict[str, tuple] = {}
        self._older_heads: dict[str, tuple] = {}
        # Words that begin no label: most words of every text, set aside in one set difference per text.
        self._plain: set[str] = set()
        for language, entries in self.index.items():
            for candidates in entries.values():
                for entry in candidates:
                    by_first[language].setdefault(entry.stems[0], []).append(entry)
        self.by_first = {
            language: {first: _heads_of(group) for first, group in groups.items()}
            for language, groups in by_first.items()
        }

    def heads(self, word: str) -> tuple[Heads | None, ...]:
        """Per language, the labels that the lower-case ``word`` may begin (None: none); ``NONE``
        itself for a word that begins no label (``find`` remembers those, in ``_plain``).

        Remembered per word that begins a label: texts repeat their words, and a word whose
        first letters begin no label's first stem is never stemmed at all. The memory holds two
        generations: when the newer one is full it becomes the older and a new one starts, and a
        word found only in the older is carried over. A corpus's vocabulary grows without end,
        but the words that make up most of its texts stay remembered.
        """
        known = self._heads.get(word)
        if known is not None:
            return known
        known = self._older_heads.get(word)
        if known is not None:
            return self._remember(word, known)
        per_language = []
        opening = word[:KEY]
        for language in LANGUAGES:
            full, short = self.openings[language]
            if opening not in full and not (short and (opening[:1] in short or opening[:2] in short)):
                per_language.append(None)
                continue
            first = self._stem[language](word)
            if language == "kk":  # see _same_word
                candidates = self.index[language].get(first[:KEY], ())
                same = [e for e in candidates if _same_word(first, word, e.stems[0], e.words[0], language)]
                per_language.append(_heads_of(same) if same else None)
            else:
                per_language.append(self.by_first[language].get(first))
        found = tuple(per_language)
        return self._remember(word, found) if found != NONE else NONE

    def _remember(self, word: str, known: tuple) -> tuple:
        if len(self._heads) >= HEADS_REMEMBERED:
            self._older_heads, self._heads = self._heads, {}
        self._heads[word] = known
        return known

    def find(self, text: str, in_document: bool = True) -> list[Match]:
        """Every label occurring in ``text``, in any language; at each place the longest label wins.

        Tagging reads every indexed text, full texts of thousands of words included, so the
        words are looked at once each: only the places whose word may begin a label (few in
        any text) are then tried against the labels of each language. Words already known to
        begin no label (most words of any text) leave in one set difference, before the loop.
        """
        lowered = normalise.words(text)  # shared with the stemming of the same text for the index
        words = None  # as written: read only if an abbreviation needs it
        remembered, heads = self._heads, {}
        full, short = self.any_opening
        plain = self._plain
        if len(plain) >= PLAIN_REMEMBERED:
            plain = self._plain = set()
        for word in set(lowered).difference(plain):
            known = remembered.get(word)
            if known is None:
                opening = word[:KEY]
                if opening not in full and opening[:1] not in short and opening[:2] not in short:
                    plain.add(word)  # begins no label in any language: never stemmed, never looked at again
                    continue
                known = self.heads(word)
            if known is NONE:
                plain.add(word)
            else:
                heads[word] = known
        found: list[Match] = []
        if not heads:
            return found
        places = [(start, heads[word]) for start, word in enumerate(lowered) if word in heads]
        last = len(lowered) - 1
        for number, language in enumerate(LANGUAGES):
            stem = self._stem[language]
            for start, per_language in places:
                group = per_language[number]
                if group is None:
                    continue
                candidates = group.alone
                if group.following and start < last:
                    longer = group.following.get(second_key(lowered[start + 1], language, stem))
                    if longer:
                        candidates = longer + candidates
                for entry in candidates:
                    end = start + len(entry.stems)
                    if end - start > 1 and (end > len(lowered) or not _rest_matches(entry, lowered, start, stem)):
                        continue
                    if any(entry.cased):
                        # The abbreviation itself, perhaps with an ending ("NGOs"), never another word with
                        # its stem: the stem of "ИИ" is "и", also the Russian "and"; "ПОО" gives "по".
                        if not all(
                            lowered[start + i].startswith(own) for i, own in enumerate(entry.words) if entry.cased[i]
                        ):
                            continue
                        if in_document:
                            if not _may_be_written_as(entry, text):
                                continue  # the text never writes it so: no need to split it as written
                            if words is None:
                                words = WORD.findall(text)
                            if not _written_as(entry, words[start:end]):
                                continue
                    found.append(Match(entry.concept, language, entry.label, start, end))
                    break
        return _longest(found)

    def tag(self, *texts: str) -> list[str]:
        """The concepts (slugs) named in the texts of a document."""
        return sorted({m.concept for text in texts if text for m in self.find(text)})

    def recognise(self, query: str) -> list[Match]:
        """The concepts a query names, any language, any case."""
        return self.find(query, in_document=False)

    def descendants(self, slug: str) -> tuple[str, ...]:
        """The concepts below ``slug`` in the tree."""
        info = self.concepts.get(slug)
        if not info or not info.path:
            return ()
        prefix = info.path + "/"
        return tuple(sorted(c.slug for c in self.concepts.values() if c.path.startswith(prefix)))

    def labels_in(self, slug: str, language: str) -> list[str]:
        info = self.concepts.get(slug)
        return info.labels.get(language, []) if info else []

    def pref_label(self, slug: str, language: str) -> str:
        info = self.concepts.get(slug)
        return info.pref.get(language, slug) if info else slug


def _written_as(entry: Entry, words: list[str]) -> bool:
    """The label's cased words are written, in the text, as the label writes them or in capitals
    ("CCTV", "CCTVs"; "DiD" or "DID", while "did" is the verb); its other words may take any case."""
    return all(
        word.startswith(own) or word.isupper()
        for word, own, cased in zip(words, entry.written, entry.cased, strict=True)
        if cased
    )


def _may_be_written_as(entry: Entry, text: str) -> bool:
    """Whether the text holds each cased word of the label as written or in capitals somewhere:
    ``_written_as`` can then hold at this place. A search of the text, without splitting it."""
    return all(
        own in text or own.upper() in text for own, cased in zip(entry.written, entry.cased, strict=True) if cased
    )


def _rest_matches(entry: Entry, lowered: list[str], start: int, stem) -> bool:
    """The label's words after its first one follow in the text."""
    for offset in range(1, len(entry.stems)):
        word = lowered[start + offset]
        if not _same_word(stem(word), word, entry.stems[offset], entry.words[offset], entry.language):
            return False
    return True


def _same_word(text_stem: str, text_word: str, label_stem: str, label_word: str, language: str) -> bool:
    """One word of the text is the word of the label.

    Kazakh suffixes stack, and the stemmer does not always cut a word's forms at the same
    place ("толмағандар" → "толм", "толмағандардың" → "толма"): a Kazakh word also
    matches when it starts with the other's stem (of four letters or more).
    """
    if text_stem == label_stem:
        return True
    if language != "kk" or min(len(text_stem), len(label_stem)) < MIN_KAZAKH_STEM:
        return False
    return text_word.startswith(label_stem) or label_word.startswith(text_stem)


def _longest(matches: list[Match]) -> list[Match]:
    """Drop a match lying inside a longer one ("насилие" inside "бытовое насилие").

    Only labels of several words can hold another, and a text has few of them: each match
    is compared with those alone (a match inside a dropped one is inside a kept, longer one too).
    """
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    spans = [(k.start, k.end) for k in ordered if k.end - k.start > 1]
    kept = [
        match
        for match in ordered
        if not any(
            start <= match.start and match.end <= end and end - start > match.end - match.start for start, end in spans
        )
    ]
    return sorted(kept, key=lambda m: (m.start, m.concept))


_lock = threading.Lock()
_cached: tuple[tuple, Lexicon] | None = None
_checked = float("-inf")
# A search trusts its process's lexicon this long before asking the database whether concepts
# changed (edits in this process are seen at once, see ``forget``); tagging always asks.
FRESH_FOR = 5.0

logger = logging.getLogger(__name__)


def fingerprint() -> tuple:
    stats = Concept.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    return stats["count"], stats["latest"]


def forget() -> None:
    """Concepts changed in this process: the next use rebuilds the lexicon if need be."""
    global _checked
    _checked = float("-inf")


_holding = threading.local()


@contextmanager
def held():
    """Within the block, this thread tags with the lexicon current on entry: a rebuild or a batch
    reads the concepts once, not once per page (which cost about a millisecond per document)."""
    outer = getattr(_holding, "lexicon", None)
    _holding.lexicon = outer or current()
    try:
        yield _holding.lexicon
    finally:
        _holding.lexicon = outer


def current(max_age: float = 0.0) -> Lexicon:
    """The lexicon of the concepts as they are now (rebuilt only after a change).

    Searches pass ``max_age``: they reuse a lexicon checked that recently, and when the
    database cannot be read they go on with the last one (or none) rather than fail.
    Inside ``held()``, the held one.
    """
    global _cached, _checked
    if (holding := getattr(_holding, "lexicon", None)) is not None:
        return holding
    now = time.monotonic()
    if _cached is not None and now - _checked < max_age:
        return _cached[1]
    try:
        key = fingerprint()
    except DatabaseError as error:
        if not max_age:
            raise
        logger.warning("The thesaurus could not be read (%s); searching with the last lexicon.", error)
        return _cached[1] if _cached else Lexicon([])
    with _lock:
        if _cached is None or _cached[0] != key:
            _cached = (key, Lexicon(list(Concept.objects.all())))
        _checked = now
        return _cached[1]

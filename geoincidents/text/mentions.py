"""Find the places a text names: exact spans, candidates and kind hints.

:func:`find_mentions` scans Arabic, Persian and English text for every name and alias
of the gazetteer (and, optionally, the populated places of the region in the offline
GeoNames index) with one Aho-Corasick automaton (pyahocorasick) built once per
gazetteer over the *folded* forms of the names (see :mod:`geoincidents.text.folding`).

Rules
-----
- Spans index the original text: ``text[m.start:m.end]`` is the surface form, harakat
  on the last letter included.
- The longest match wins, then the leftmost; matches never overlap.
- Word boundaries hold in all three scripts: ``Hit`` is not found in ``White``, nor
  ``Omar`` in ``Omari``. A Latin name must be written with a capital letter (``the
  rocket hit the base`` names no place) unless the whole text is lower case.
- An Arabic-script name may carry the clitics و ف ب ل ك in front (``وعين الأسد``,
  ``بالموصل``, ``للموصل`` = ل + الموصل); the clitic is *not* part of the span (for
  ``للموصل`` the span starts at the article's lam).
- Names whose words lost the zero-width non-joiner or the space (``عینالاسد``,
  ``جرفالصخر``, ``دیرالزور``) match the spaced forms; ZWNJ, tatweel, harakat and Persian
  letters in Arabic words (``ی``, ``ک``, ``ھ``) are folded away.
- Kind words right before or after a name (``قاعدة``, ``حقل``, ``پایگاه هوایی``,
  ``میدان نفتی``, ``روستای``, ``Camp``, ``محافظة``, ``استان``, ``قضاء``, ``الجوية``,
  ``oil field``) are part of the span and give :attr:`Mention.kind_hint`; a kind word
  separated from the name by a quotation mark (``پایگاه «عین الاسد»``) gives the hint
  but stays out of the span.
- A name known only as an alias's core (``الأسد`` from ``پایگاه الاسد``) counts only
  next to a kind word, so ``بشار الأسد`` names no place.

Examples
--------
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", name_ar="قاعدة عين الأسد الجوية",
...              name_fa="پایگاه هوایی عین‌الاسد", aliases=("Ain al-Asad", "عين الأسد"))
>>> g = Gazetteer((base,))
>>> text = "سقطت صواريخ على قاعدة عين الأسد الجوية"
>>> [(text[m.start:m.end], m.candidates, m.kind_hint)
...  for m in find_mentions(text, g, include_geonames=False)]
[('قاعدة عين الأسد الجوية', ('ain-al-asad',), 'air_base')]
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from geoincidents._gc import gc_paused
from geoincidents.places.countries import text_names
from geoincidents.places.folding import APOSTROPHES
from geoincidents.places.kinds import PREFIX_WORDS, SUFFIX_WORDS
from geoincidents.places.model import Place
from geoincidents.places.names import (
    article_variants,
    country_code,
    is_arabic_script,
    kinds_compatible,
    normalize,
    split_kind_hint,
)
from geoincidents.text.folding import FoldedText, fold_text, fold_word

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = [
    "COUNTRY_NAMES",
    "Mention",
    "find_mentions",
    "lookup_place",
    "mention_index",
]

#: Names of the countries of the region as news writes them (from the one table,
#: :mod:`geoincidents.places.countries`). Found as context, not as places.
COUNTRY_NAMES = text_names()

#: GeoNames places of these countries with at least this population are scanned for.
GEONAMES_COUNTRIES = frozenset({"IQ", "SY", "JO"})
GEONAMES_MIN_POPULATION = 15_000

#: the order of letters by their frequency in running Arabic, Persian and English text
#: (space first; the Arabic-script and Latin alphabets interleaved)
_LETTER_FREQUENCY = " ااييلرمدنوهبتعسقفeatoinsrhldcumfpgwybvkxjqz0123456789"
_LETTER_FREQUENCY += "حكجشطصزخضثذغظءةگپچژ"
_LETTER_RANK = {c: r for r, c in enumerate(dict.fromkeys(_LETTER_FREQUENCY))}
#: a key that folded text never holds (runs of spaces fold to one), for the root's space
_SPACE_KEY = "  "


def _frequency_order(key: str) -> tuple[int, ...]:
    return tuple(_LETTER_RANK.get(c, 0x110000 + ord(c)) for c in key)


def _sorted_by_frequency(keys: Iterable[str]) -> list[str]:
    """``sorted(keys, key=_frequency_order)``, by comparing strings: each character the
    keys hold is renamed, in :func:`_frequency_order`'s order, to consecutive code
    points from 1 (an order-preserving renaming, so the order is the same).

    >>> words = ["ab", "a", "بغداد", "z-", "ا", "a b"]
    >>> _sorted_by_frequency(words) == sorted(words, key=_frequency_order)
    True
    """
    keys = list(keys)
    chars = sorted(set().union(*keys), key=lambda c: _frequency_order(c)[0])
    renamed = {ord(c): k for k, c in enumerate(chars, start=1)}
    return sorted(keys, key=lambda key: key.translate(renamed))


_CLITIC_RUN = re.compile(r"[وف]?[بلك]?")
#: Persian's kaf (keheh), which folds to Arabic's: the Arabic clitic ك ("like") is no
#: Persian letter, so a name right after ``ک`` is inside a Persian word
_PERSIAN_KAF = "\u06a9"
_LAM_RUN = re.compile(r"[وف]?ل")
_QUOTES = "«»\"“”„'‹›()[]"
_ARTICLE = "ال"
_ARABIC_FIRST, _ARABIC_LAST = "\u0600", "\u06ff"
#: assimilated articles that are also English words ("such as Sulaymaniyah", "at Tanf",
#: "an Nasiriyah-based …"): an article only when joined to its word ("as-Sakhr") or
#: capitalised inside a sentence ("… in As Sulaymaniyah"); else the name starts after it
_ENGLISH_ARTICLES = ("as ", "at ", "an ")
#: what joins an article to its word
_ARTICLE_JOINERS = frozenset("-\u2010\u2011\u2012\u2013") | APOSTROPHES
#: what ends the sentence before a capitalised word (then "As" may be English)
_SENTENCE_ENDS = frozenset('.!?:;\n"\u201c\u201d\u00ab\u00bb()[]')


def _zwnj_keys(name: str) -> tuple[str, ...]:
    """The folded key of a name, and the key of its spelling without the ZWNJ (the fold
    reads a ZWNJ as a word space; writers often drop it and glue the words)."""
    key = fold_word(name)
    if "\u200c" not in name:
        return (key,)
    glued = fold_word(name.replace("\u200c", ""))
    return (key, glued) if glued != key else (key,)


@dataclass(frozen=True)
class Mention:
    """A place name found in a text.

    ``start``/``end`` index the original text (``text[start:end] == mention.text``),
    kind words included; ``name_start``/``name_end`` span the name alone.
    ``candidates`` are place ids (gazetteer ids first, then ``geonames:<id>``) whose
    names match; ``kind_hint`` is the kind implied by a kind word (``air_base`` …);
    ``key`` is the folded name that matched. A mention of a country has no
    candidates and ``country`` set to its ISO code.
    """

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    kind_hint: str | None = None
    key: str = ""
    name_start: int = 0
    name_end: int = 0
    country: str | None = None


@dataclass(frozen=True)
class _Entry:
    place_id: str
    needs_kind: bool  # a core of an alias: only next to a kind word
    name_kind: str | None  # kind hint carried by the name itself
    lam_variant: bool  # key is the article form with its alef dropped after the ل clitic


class _Index:
    """The automaton over every folded name, and how to get each candidate's place."""

    def __init__(self, gazetteer: Gazetteer, include_geonames: bool) -> None:
        import ahocorasick

        self.gazetteer = gazetteer
        self._geonames_places: dict[str, Place] = {}
        self.geonames_rows: dict[str, Any] = {}
        self.geonames_version = ""
        table: dict[str, dict[_Entry, None]] = {}
        for place in gazetteer:
            own = {n for n in (place.name, place.name_ar, place.name_fa) if n}
            for name in place.names:
                self._add_name(table, place.id, name, is_alias=name not in own)
        if include_geonames:
            self._add_geonames(table)
        for name in COUNTRY_NAMES:
            code = country_code(name)
            if code:
                self._add_key(table, fold_word(name), _Entry(f"country:{code}", False, None, False))
        kinds: dict[str, tuple[str | None, str | None]] = {}
        for phrase in PREFIX_KIND_PHRASES:
            hint = _kind_of(phrase, prefix=True)
            if hint:
                for key in _zwnj_keys(phrase):
                    kinds[key] = (hint, None)
        for phrase in SUFFIX_KIND_PHRASES:
            hint = _kind_of(phrase, prefix=False)
            if hint:
                for key in _zwnj_keys(phrase):
                    kinds[key] = (kinds.get(key, (None, None))[0], hint)
        import numpy as np

        from geoincidents.text.folding import warm_up

        warm_up()  # the tables scanning needs, built now rather than on the first scan
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.entries: list[tuple[_Entry, ...]] = []
        #: entries id -> (prefix kind, suffix kind) for kind phrases
        self.kinds: dict[int, tuple[str | None, str | None]] = {}
        # pyahocorasick finds a node's child by a linear search over the children in the
        # order they were added: adding the keys in order of the letters' frequency in
        # running text puts the common letters first, and a node for the space (a key
        # of two spaces, which folded text never holds) spares the root a full search
        # at every word gap.
        keys = _sorted_by_frequency(set(table) | set(kinds))
        automaton.add_word(_SPACE_KEY, len(keys))
        for key in keys:
            n = len(self.entries)
            automaton.add_word(key, n)
            self.entries.append(tuple(table.get(key, {})))
            if key in kinds:
                self.kinds[n] = kinds[key]
        automaton.make_automaton()
        self.automaton = automaton
        self.size = len(table)
        self.keys = keys
        #: per entries id: key length, whether the key starts with an Arabic-script letter
        #: (clitics may precede it), whether it is a kind phrase, whether it names places
        self.key_length = np.array([len(k) for k in keys], dtype=np.int64)
        self.arabic_start = np.array([_ARABIC_FIRST <= k[0] <= _ARABIC_LAST for k in keys])
        self.is_kind = np.array([n in self.kinds for n in range(len(keys))], dtype=bool)
        #: the kinds of kind phrases as small codes (-1: none) into :attr:`hint_names`
        self.hint_names = sorted({h for pair in self.kinds.values() for h in pair if h})
        hint_code = {h: c for c, h in enumerate(self.hint_names)}
        no_kind: tuple[None, None] = (None, None)
        self.prefix_hint = np.array(
            [hint_code.get(self.kinds.get(n, no_kind)[0] or "", -1) for n in range(len(keys))],
            dtype=np.int64,
        )
        self.suffix_hint = np.array(
            [hint_code.get(self.kinds.get(n, no_kind)[1] or "", -1) for n in range(len(keys))],
            dtype=np.int64,
        )
        self.has_entries = np.array([bool(table.get(k)) for k in keys], dtype=bool)
        self.english_article = np.array([k.startswith(_ENGLISH_ARTICLES) for k in keys])
        self.latin_key = [k.isascii() for k in keys]
        self.latin_key_array = np.array(self.latin_key, dtype=bool)
        #: the entries of a key found at a word start (no clitic: the ل variants drop out)
        self.plain_entries = [tuple(e for e in es if not e.lam_variant) for es in self.entries]
        #: (entries, prefix hint, suffix hint) -> (candidate ids, kind hint, country)
        self.readings: dict[tuple[Any, ...], tuple[tuple[str, ...], str | None, str | None]] = {}
        #: the fields of the mentions of a key found at a word start, next to given kind
        #: words, that do not depend on where it is found, when that reading surely
        #: names places; :meth:`template_of` gives their index
        self.templates: list[dict[str, Any]] = []
        self._template_index: dict[tuple[int, int, int], int] = {}

    def template_of(self, n: int, prefix: int, suffix: int) -> int:
        """The index in :attr:`templates` of the mention fields of entries id ``n`` at a
        word start after the prefix kind ``prefix`` and before the suffix kind ``suffix``
        (codes into :attr:`hint_names`, -1 for none); -1 unless that reading surely
        names places (a country, or a core that needs a kind word, does not)."""
        key = (n, prefix, suffix)
        found = self._template_index.get(key)
        if found is None:
            prefix_hint = self.hint_names[prefix] if prefix >= 0 else None
            suffix_hint = self.hint_names[suffix] if suffix >= 0 else None
            cache_key = (n, prefix_hint, suffix_hint)
            reading = self.readings.get(cache_key)
            if reading is None:
                entries = self.plain_entries[n]
                reading = _reading(self, entries, prefix_hint, suffix_hint)
                self.readings[cache_key] = reading
            ids_found, hint, country = reading
            found = -1
            if self.plain_entries[n] and ids_found and country is None:
                found = len(self.templates)
                self.templates.append(
                    dict(
                        start=0,
                        end=0,
                        text="",
                        candidates=ids_found,
                        kind_hint=hint,
                        key=self.keys[n],
                        name_start=0,
                        name_end=0,
                        country=None,
                    )
                )
            self._template_index[key] = found
        return found

    def _add_key(self, table: dict[str, dict[_Entry, None]], key: str, entry: _Entry) -> None:
        if len(key.replace(" ", "")) < 2:
            return
        table.setdefault(key, {})[entry] = None
        if is_arabic_script(key):
            if " " in key:
                glued = _Entry(entry.place_id, entry.needs_kind, entry.name_kind, False)
                table.setdefault(key.replace(" ", ""), {})[glued] = None
            if key.startswith(_ARTICLE) and len(key) > 3:
                lam = _Entry(entry.place_id, entry.needs_kind, entry.name_kind, True)
                table.setdefault("ل" + key[2:], {})[lam] = None

    def _add_name(
        self, table: dict[str, dict[_Entry, None]], place_id: str, name: str, *, is_alias: bool
    ) -> None:
        core, hint = split_kind_hint(name)
        for key in _zwnj_keys(name):  # ``بین‌المللی`` is also written ``بینالمللی``
            self._add_key(table, key, _Entry(place_id, False, hint, False))
        for key in article_variants(fold_word(name)):  # "Jurf as-Sakhr", "Ain el-Asad"
            self._add_key(table, key, _Entry(place_id, False, hint, False))
        if hint is not None and core:
            for key in (*_zwnj_keys(core), *article_variants(fold_word(core))):
                self._add_key(table, key, _Entry(place_id, is_alias, None, False))

    def _add_geonames(self, table: dict[str, dict[_Entry, None]]) -> None:
        from geoincidents.places.geonames import geonames_rows

        selection = geonames_rows(GEONAMES_COUNTRIES, GEONAMES_MIN_POPULATION)
        self.geonames_version = selection.version
        for row in selection.rows:
            gid, name, _lat, _lon, _cc, _admin1, _population, name_ar = row
            place_id = f"geonames:{gid}"
            self.geonames_rows[place_id] = row
            for n in (name, name_ar):
                if n and len(normalize(n)) >= 3:
                    self._add_key(table, fold_word(n), _Entry(place_id, False, None, False))

    def place(self, place_id: str) -> Place | None:
        """The place of a candidate id, or ``None`` for an unknown id."""
        if place_id in self.gazetteer:
            return self.gazetteer.get(place_id)
        cached = self._geonames_places.get(place_id)
        if cached is not None:
            return cached
        row = self.geonames_rows.get(place_id)
        if row is None:
            return None
        from geoincidents.places.geonames import geonames_place

        place = geonames_place(row, self.geonames_version)
        self._geonames_places[place_id] = place
        return place


_CACHE: weakref.WeakKeyDictionary[Any, dict[bool, _Index]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def mention_index(gazetteer: Gazetteer | None = None, *, include_geonames: bool = True) -> _Index:
    """The automaton of ``gazetteer`` (default: the bundled one), built once and cached."""
    if gazetteer is None:
        from geoincidents.places.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    with _LOCK:
        per = _CACHE.setdefault(gazetteer, {})
        if include_geonames not in per:
            per[include_geonames] = _Index(gazetteer, include_geonames)
        return per[include_geonames]


def lookup_place(
    place_id: str, gazetteer: Gazetteer | None = None, *, include_geonames: bool = True
) -> Place | None:
    """The :class:`Place` of a candidate id of a :class:`Mention` (``None`` if unknown)."""
    return mention_index(gazetteer, include_geonames=include_geonames).place(place_id)


# ------------------------------------------------------------------ kind words


#: Kind words scanned for next to names: the one table of :mod:`geoincidents.places.kinds`,
#: less the Latin abbreviations of two or three letters (``PB``, ``LZ``, ``COP``), which in
#: running text are too often other words (the resolver reads them in a name cell)
_TEXT_EXCLUDED = frozenset({"mss", "pb", "lz", "cop"})
PREFIX_KIND_PHRASES = tuple(
    dict.fromkeys(w for ws in PREFIX_WORDS.values() for w in ws if w not in _TEXT_EXCLUDED)
)
SUFFIX_KIND_PHRASES = tuple(
    dict.fromkeys(w for ws in SUFFIX_WORDS.values() for w in ws if w not in _TEXT_EXCLUDED)
)


def _kind_of(phrase: str, *, prefix: bool) -> str | None:
    core, hint = split_kind_hint(f"{phrase} x" if prefix else f"x {phrase}")
    return hint if core == "x" else None


# ------------------------------------------------------------------ scanning


def _start_ok(folded: str, i: int, key: str, entry_lam: bool) -> bool:
    if i == 0 or not folded[i - 1].isalnum():
        return not entry_lam
    if not (_ARABIC_FIRST <= key[0] <= _ARABIC_LAST):
        return False
    run_start = i
    while run_start > 0 and folded[run_start - 1].isalnum():
        run_start -= 1
    run = folded[run_start:i]
    if entry_lam:
        return _LAM_RUN.fullmatch(run) is not None
    return len(run) <= 2 and _CLITIC_RUN.fullmatch(run) is not None


def _raw_matches(index: _Index, folded_text: FoldedText) -> tuple[Any, Any, Any, Any]:
    """Every automaton match that ends at a word end and starts at a word start (or
    after letters that may be clitics, for Arabic-script keys): arrays ``start``,
    ``end`` (exclusive), entries id, and whether the start is a word start."""
    import numpy as np

    folded = folded_text.folded
    flat = np.fromiter(chain.from_iterable(index.automaton.iter(folded)), dtype=np.int64)
    hits = flat.reshape(-1, 2)  # rows: end index (inclusive), entries id
    hits = hits[hits[:, 1] < len(index.keys)]  # never the space key (folded text holds none)
    ends = hits[:, 0] + 1
    ids = hits[:, 1]
    starts = ends - index.key_length[ids]
    word = folded_text.is_word_at  # only at the matches' edges: cheaper than a full mask
    at_word_start = ~word(starts - 1)
    at_word_end = ~word(ends)
    inside = np.flatnonzero(~at_word_end)
    if len(inside):  # a match followed by a letter: only an English possessive ends it
        at_word_end[inside] = _possessive_at(folded_text, ends[inside])
    keep = at_word_end & (at_word_start | index.arabic_start[ids])
    english = np.flatnonzero(keep & index.english_article[ids])
    if len(english):
        keep[english] = [_an_article(folded_text, int(i)) for i in starts[english].tolist()]
    return starts[keep], ends[keep], ids[keep], at_word_start[keep]


def _an_article(folded_text: FoldedText, start: int) -> bool:
    """Whether the ``as``/``at``/``an`` at folded ``start`` is an Arabic article: joined to
    its word ("as-Sakhr"), or capitalised and not first in its sentence ("in As
    Sulaymaniyah"); not the English word ("such as Sulaymaniyah", "As Tanf burned")."""
    text = folded_text.original
    first, gap = (int(i) for i in folded_text.to_original_indices([start, start + 2]))
    if text[gap] in _ARTICLE_JOINERS:
        return True
    if not text[first].isupper():
        return False
    before = text[max(0, first - 8) : first].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_ENDS


def _possessive_at(folded_text: FoldedText, ends: Any) -> Any:
    """Whether each folded position opens an English possessive: ``'s`` ending a word.

    The fold drops apostrophes, so ``Baghdad's`` folds to ``baghdads``; a name matched
    just before such an ``s`` still ends a word ("in Baghdad's Jadriya district").
    """
    import numpy as np

    folded, original = folded_text.folded, folded_text.original
    out = np.zeros(len(ends), dtype=bool)
    for k, end in enumerate(ends.tolist()):  # positions inside the text (a letter follows)
        if folded[end] != "s" or (end + 1 < len(folded) and folded[end + 1].isalnum()):
            continue
        at = folded_text.to_original_index(end)
        out[k] = at > 0 and original[at - 1] in APOSTROPHES  # the marks the fold drops
    return out


@dataclass(frozen=True)
class _KindWords:
    """Kind phrases found in a folded text, as sorted numpy arrays.

    ``before_at[k]``: a name starting at this folded position follows a prefix kind word
    (spaces or quotes between); ``before_start[k]``: where the mention then starts (the
    kind word's start when one character is between, else the name's start);
    ``before_hint[k]``: its kind code. ``after_at``/``after_end``/``after_hint``: a suffix
    kind phrase starting at this position, its end and kind code (the longest).
    """

    before_at: Any
    before_start: Any
    before_hint: Any
    after_at: Any
    after_end: Any
    after_hint: Any

    def before(
        self, folded_text: FoldedText, hint_names: Sequence[str], where: Any
    ) -> dict[int, tuple[int, int, str]]:
        """For the positions of :attr:`before_at` in ``where``: the folded and the
        original start of the mention, and the kind."""
        import numpy as np

        keep = _sorted_isin(self.before_at, np.unique(where))
        start = self.before_start[keep]
        original = folded_text.to_original_indices(start)
        return _as_dict(self.before_at[keep], start, original, self.before_hint[keep], hint_names)

    def after(
        self, folded_text: FoldedText, hint_names: Sequence[str], where: Any
    ) -> dict[int, tuple[int, int, str]]:
        """For the positions of :attr:`after_at` in ``where``: the folded and the
        original end of the suffix phrase (trailing marks not included), and the kind."""
        import numpy as np

        keep = _sorted_isin(self.after_at, np.unique(where))
        end = self.after_end[keep]
        original = folded_text.to_original_indices(end - 1) + 1
        return _as_dict(self.after_at[keep], end, original, self.after_hint[keep], hint_names)


def _as_dict(
    at: Any, folded: Any, original: Any, hint: Any, hint_names: Sequence[str]
) -> dict[int, tuple[int, int, str]]:
    return {
        k: (f, o, hint_names[h])
        for k, f, o, h in zip(
            at.tolist(), folded.tolist(), original.tolist(), hint.tolist(), strict=True
        )
    }


def _first_per_key(keys: Any, values: Any, *, largest: bool) -> Any:
    """Indices of one row per distinct key: the smallest (or largest) value."""
    import numpy as np

    order = np.lexsort((-values if largest else values, keys))
    first = np.ones(len(order), dtype=bool)
    first[1:] = keys[order][1:] != keys[order][:-1]
    return order[first]


#: what may stand between a prefix kind word and its name (the folded text)
_SKIPPED_CHARS = frozenset(" " + _QUOTES)


def _kind_words(
    index: _Index,
    folded_text: FoldedText,
    starts: Any,
    ends: Any,
    ids: Any,
    at_word_start: Any,
) -> _KindWords:
    """The prefix and suffix kind phrases among the matches (see :class:`_KindWords`)."""
    import numpy as np

    folded = folded_text.folded
    pre = (index.is_kind[ids] & (index.prefix_hint[ids] >= 0)).nonzero()[0]
    loose = pre[~at_word_start[pre]]  # after letters: allowed after a clitic only
    ok = at_word_start[pre].copy()
    ok[~at_word_start[pre]] = [
        _start_ok(folded, i, index.keys[n], False)
        for i, n in zip(starts[loose].tolist(), ids[loose].tolist(), strict=True)
    ]
    pre = pre[ok]
    pre = pre[_first_per_key(ends[pre], starts[pre], largest=False)]  # longest per end
    n = len(folded)
    end = ends[pre]
    # past the spaces and quotes after each kind word (an article has few kind words:
    # a loop of Python is cheaper than numpy steps; the gaps never overlap)
    after_gap = []
    for p in end.tolist():
        while p < n and folded[p] in _SKIPPED_CHARS:
            p += 1
        after_gap.append(p)
    pos = np.array(after_gap, dtype=np.int64)
    gap = pos > end
    pre, pos, end = pre[gap], pos[gap], end[gap]
    order = np.argsort(pos, kind="stable")
    pre, pos, end = pre[order], pos[order], end[order]
    before_start = np.where(pos == end + 1, starts[pre], pos)

    suf = (index.is_kind[ids] & (index.suffix_hint[ids] >= 0) & at_word_start).nonzero()[0]
    suf = suf[_first_per_key(starts[suf], ends[suf], largest=True)]  # longest per start
    return _KindWords(
        pos,
        before_start,
        index.prefix_hint[ids[pre]],
        starts[suf],
        ends[suf],
        index.suffix_hint[ids[suf]],
    )


class _Marks(dict[str, bool]):
    """Whether a character after a name belongs to it (as in ``FoldedText.to_original``):
    a combining mark (harakat …) or a lone hamza; each character's answer is computed
    on first sight and remembered (no table over every code point at start-up)."""

    def __missing__(self, char: str) -> bool:
        value = self[char] = char == "\u0621" or unicodedata.category(char) == "Mn"
        return value


_MARKS = _Marks()


def _trailing_marks() -> _Marks:
    """The one :class:`_Marks` table: ``_trailing_marks()[char]`` is true for a mark."""
    return _MARKS


def find_mentions(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    include_geonames: bool = True,
    include_countries: bool = False,
) -> list[Mention]:
    """Every place name in ``text``, left to right, with spans into ``text``.

    Parameters
    ----------
    text
        Any text (Arabic, Persian, English or a mix).
    gazetteer
        The gazetteer whose names are sought; default: the bundled one.
    include_geonames
        Also seek the populated places of Iraq, Syria and Jordan in the offline
        GeoNames index (population at least :data:`GEONAMES_MIN_POPULATION`).
    include_countries
        Also return the countries named (``Mention.country`` set, no candidates).

    Returns
    -------
    list[Mention]
        Non-overlapping, ordered by start.

    Notes
    -----
    One Aho-Corasick pass over the folded text; word boundaries are checked for all
    matches at once (numpy) against the letters and digits around them; what a key
    reads as next to given kind words is computed once per key and cached. Overlapping
    matches form groups; a group whose leftmost, longest match covers it and surely
    names places is settled in numpy, the others match by match (longest first), so
    the Python work is about one object per mention.

    Examples
    --------
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> from geoincidents.places.model import Place
    >>> mosul = Place("mosul", "Mosul", 36.34, 43.13, "city", "IQ", 8000, "example",
    ...               name_ar="الموصل", name_fa="موصل")
    >>> text = "وصلت القوات بالموصل"
    >>> m = find_mentions(text, Gazetteer((mosul,)), include_geonames=False)[0]
    >>> text[m.start:m.end], m.candidates
    ('الموصل', ('mosul',))
    """
    import numpy as np

    index = mention_index(gazetteer, include_geonames=include_geonames)
    folded_text = fold_text(text)
    folded = folded_text.folded
    if not folded:
        return []
    starts, ends, ids, at_word_start = _raw_matches(index, folded_text)
    if not len(ids):
        return []
    kind_words = _kind_words(index, folded_text, starts, ends, ids, at_word_start)
    names = (~index.is_kind[ids] | index.has_entries[ids]).nonzero()[0]
    # leftmost, then longest (the matches come ordered by end: nearly sorted already)
    longest = int(index.key_length.max()) + 1
    order = names[
        np.argsort(starts[names] * longest + (ends[names] - starts[names]) * -1, kind="stable")
    ]
    starts, ends, ids, at_word_start = starts[order], ends[order], ids[order], at_word_start[order]
    if not len(ids):
        return []
    # Matches fall into groups that overlap among themselves and with no other group, so
    # each group is settled on its own. A group whose first match (leftmost, longest)
    # spans the whole group, at a word start, comes down to that match when the match
    # surely names places next to the kind words around it: those are accepted at once
    # (the fast path); the other groups go through the greedy rules one match at a time.
    reach = np.maximum.accumulate(ends)
    first = np.ones(len(ids), dtype=bool)
    first[1:] = starts[1:] >= reach[:-1]
    heads = first.nonzero()[0]
    head_starts, head_ends, head_ids = starts[heads], ends[heads], ids[heads]
    fast = (head_ends == np.maximum.reduceat(ends, heads)) & at_word_start[heads]
    heads_read = _read_heads(index, folded_text, kind_words, head_starts, head_ends, head_ids)
    template_ids, span_starts, span_ends = heads_read
    fast &= template_ids >= 0
    name_starts = folded_text.to_original_indices(head_starts)
    name_ends = folded_text.to_original_indices(head_ends - 1) + 1
    check_case = not text.islower()  # an all-lower-case text may name places in lower case
    if check_case:
        latin = (fast & index.latin_key_array[head_ids]).nonzero()[0]
        if len(latin):  # a capital first letter settles it: ``islower`` is False
            first_letter = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
            first_letter = first_letter[name_starts[latin]]
            latin = latin[(first_letter < ord("A")) | (first_letter > ord("Z"))]
        lower = [
            text[i:j].islower()
            for i, j in zip(name_starts[latin].tolist(), name_ends[latin].tolist(), strict=True)
        ]
        fast[latin[np.array(lower, dtype=bool)]] = False
    name_ends = _after_marks(text, folded_text, name_ends)
    span_starts = np.where(span_starts < 0, name_starts, span_starts)
    span_ends = np.where(span_ends < 0, name_ends, _after_marks(text, folded_text, span_ends))
    with gc_paused():
        mentions = _accept_heads(
            text,
            index.templates,
            template_ids[fast],
            (span_starts[fast], span_ends[fast], name_starts[fast], name_ends[fast]),
        )
    slow = ~fast[np.cumsum(first) - 1]
    if slow.any():
        starts, ends, ids, at_word_start = starts[slow], ends[slow], ids[slow], at_word_start[slow]
        kind_before = kind_words.before(folded_text, index.hint_names, starts)
        kind_after = kind_words.after(folded_text, index.hint_names, ends + 1)
        # longest with its kind words ("Ain al-Asad airbase" over the alias "Al Asad
        # Airbase" inside it), then longest as a name, then leftmost
        order = np.lexsort(
            (
                starts,
                starts - ends,
                _spans_with_kind_words(folded, starts, ends, kind_before, kind_after),
            )
        )
        with gc_paused():
            greedy = _accept_greedy(
                text,
                folded_text,
                index,
                kind_before,
                kind_after,
                (starts[order], ends[order], ids[order], at_word_start[order]),
                check_case=check_case,
                include_countries=include_countries,
            )
        if greedy:
            merged = mentions + greedy
            at = np.array([m.start for m in greedy], dtype=np.int64)
            at = np.concatenate((span_starts[fast], at))
            mentions = list(map(merged.__getitem__, np.argsort(at, kind="stable").tolist()))
    return mentions


def _spans_with_kind_words(
    folded: str,
    starts: Any,
    ends: Any,
    kind_before: dict[int, tuple[int, int, str]],
    kind_after: dict[int, tuple[int, int, str]],
) -> Any:
    """Minus the folded length of each match with the kind words around it (a kind word
    before its start, one after the space that follows its end), for sorting."""
    import numpy as np

    n = len(folded)
    lengths = [
        (kind_after[j + 1][0] if j < n and folded[j] == " " and j + 1 in kind_after else j)
        - (kind_before[i][0] if i in kind_before else i)
        for i, j in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    return -np.array(lengths, dtype=np.int64)


def _sorted_isin(values: Any, sorted_array: Any) -> Any:
    """``numpy.isin`` for a sorted second array (by binary search)."""
    import numpy as np

    if not len(sorted_array):
        return np.zeros(len(values), dtype=bool)
    k = np.minimum(sorted_array.searchsorted(values), len(sorted_array) - 1)
    return sorted_array[k] == values


def _read_heads(
    index: _Index,
    folded_text: FoldedText,
    kind_words: _KindWords,
    starts: Any,
    ends: Any,
    ids: Any,
) -> tuple[Any, Any, Any]:
    """What matches found at a word start read as next to the kind words around them.

    Returns, per match: the index in :attr:`_Index.templates` of its mention's fields
    when its reading surely names places (else -1), and the original start and end of
    the mention when a kind word extends it (else -1; the end before trailing marks).
    """
    import numpy as np

    n_folded = len(folded_text.folded)
    hints = len(index.hint_names) + 1
    before = kind_words.before_at
    k = np.minimum(before.searchsorted(starts), max(len(before) - 1, 0))
    has_before = before[k] == starts if len(before) else np.zeros(len(starts), dtype=bool)
    pre = np.where(has_before, kind_words.before_hint[k] if len(before) else -1, -1)
    after = kind_words.after_at
    spaced = (ends < n_folded) & (folded_text.codes()[np.minimum(ends, n_folded - 1)] == 32)
    k2 = np.minimum(after.searchsorted(ends + 1), max(len(after) - 1, 0))
    has_after = spaced & (after[k2] == ends + 1) if len(after) else np.zeros_like(spaced)
    suf = np.where(has_after, kind_words.after_hint[k2] if len(after) else -1, -1)
    code = (ids * hints + pre + 1) * hints + suf + 1
    # each distinct code read once (a dict: cheaper than numpy.unique for an article's
    # few heads)
    template_of: dict[int, int] = {}
    found: list[int] = []
    for c in code.tolist():
        t = template_of.get(c)
        if t is None:
            t = template_of[c] = index.template_of(
                c // (hints * hints), c // hints % hints - 1, c % hints - 1
            )
        found.append(t)
    template_ids = np.array(found, dtype=np.int64)
    span_starts = np.full(len(starts), -1, dtype=np.int64)
    one_gap = has_before.nonzero()[0]
    one_gap = one_gap[kind_words.before_start[k[one_gap]] < starts[one_gap]]
    if len(one_gap):
        span_starts[one_gap] = folded_text.to_original_indices(kind_words.before_start[k[one_gap]])
    span_ends = np.full(len(starts), -1, dtype=np.int64)
    extended = has_after.nonzero()[0]
    if len(extended):
        span_ends[extended] = (
            folded_text.to_original_indices(kind_words.after_end[k2[extended]] - 1) + 1
        )
    return template_ids, span_starts, span_ends


def _after_marks(text: str, folded_text: FoldedText, ends: Any) -> Any:
    """Each original end moved past the marks that follow it (harakat on the last
    letter, a lone hamza), which folding dropped."""

    n_text = len(text)
    marks = _trailing_marks()
    ends = ends.copy()
    for k in _sorted_isin(ends, folded_text.dropped_original()).nonzero()[0].tolist():
        end = int(ends[k])
        while end < n_text and marks[text[end]]:
            end += 1
        ends[k] = end
    return ends


def _accept_heads(
    text: str,
    templates: Sequence[dict[str, Any]],
    template_ids: Any,
    spans: tuple[Any, Any, Any, Any],
) -> list[Mention]:
    """Mentions of matches that surely name places, in text order: ``templates`` give
    the fields that do not depend on the position, ``spans`` the original starts and
    ends of the mentions and of their names."""
    starts, ends, name_starts, name_ends = (a.tolist() for a in spans)
    new, set_attribute = object.__new__, object.__setattr__
    mentions: list[Mention] = []
    append = mentions.append
    if starts == name_starts and ends == name_ends:  # no kind word: the name is the span
        for start, end, n in zip(starts, ends, template_ids.tolist(), strict=True):
            fields = templates[n].copy()
            fields["start"] = fields["name_start"] = start
            fields["end"] = fields["name_end"] = end
            fields["text"] = text[start:end]
            # a frozen dataclass built without the per-field __setattr__ of its __init__
            mention = new(Mention)
            set_attribute(mention, "__dict__", fields)
            append(mention)
        return mentions
    for start, end, name_start, name_end, n in zip(
        starts, ends, name_starts, name_ends, template_ids.tolist(), strict=True
    ):
        fields = templates[n].copy()
        fields["start"], fields["end"] = start, end
        fields["name_start"], fields["name_end"] = name_start, name_end
        fields["text"] = text[start:end]
        mention = new(Mention)
        set_attribute(mention, "__dict__", fields)
        append(mention)
    return mentions


def _accept_greedy(
    text: str,
    folded_text: FoldedText,
    index: _Index,
    kind_before: dict[int, tuple[int, int, str]],
    suffix_at: dict[int, tuple[int, int, str]],
    matches: tuple[Any, Any, Any, Any],
    *,
    check_case: bool,
    include_countries: bool,
) -> list[Mention]:
    """The greedy rules, one match at a time: ``matches`` (folded starts, ends, entries
    ids, whether at a word start) ordered longest first, then leftmost; a match is taken
    unless it overlaps one taken before or reads as no place here."""
    starts, ends, ids, at_word_start = matches
    folded = folded_text.folded
    original_starts = folded_text.to_original_indices(starts)
    original_ends = folded_text.to_original_indices(ends - 1) + 1
    no_kind = (0, 0, None)
    n_text, n_folded = len(text), len(folded)
    entries_of, plain_of, latin_key = index.entries, index.plain_entries, index.latin_key
    keys, readings = index.keys, index.readings
    marks = _trailing_marks()
    new = object.__new__
    taken = bytearray(n_folded)
    mentions: list[Mention] = []
    for i, j, n, bound, name_start, name_end in zip(
        starts.tolist(),
        ends.tolist(),
        ids.tolist(),
        at_word_start.tolist(),
        original_starts.tolist(),
        original_ends.tolist(),
        strict=True,
    ):
        if taken.find(1, i, j) != -1:
            continue
        if bound:
            entries: tuple[_Entry, ...] = plain_of[n]
            reading_key: Any = n
        elif name_start > 0 and text[name_start - 1] == _PERSIAN_KAF:
            continue  # Persian's kaf is no clitic: ``کشورش`` ("its country") holds no ``شورش``
        else:
            key = keys[n]
            entries = tuple(e for e in entries_of[n] if _start_ok(folded, i, key, e.lam_variant))
            reading_key = entries
        if not entries:
            continue
        while name_end < n_text and marks[text[name_end]]:
            name_end += 1
        if check_case and latin_key[n] and text[name_start:name_end].islower():
            continue  # a lower-case Latin word ("the rocket hit the base") is no name
        new_i, original_i, prefix_hint = kind_before.get(i, no_kind)
        new_j, original_j, suffix_hint = (
            suffix_at.get(j + 1, no_kind) if j < n_folded and folded[j] == " " else no_kind
        )
        cache_key = (reading_key, prefix_hint, suffix_hint)
        reading = readings.get(cache_key)
        if reading is None:
            reading = readings[cache_key] = _reading(index, entries, prefix_hint, suffix_hint)
        ids_found, hint, country = reading
        if country is not None:
            if not include_countries:
                continue
            start, end = name_start, name_end
        elif not ids_found:
            continue
        else:
            start = original_i if prefix_hint is not None and new_i < i else name_start
            end = name_end
            if suffix_hint is not None and new_j > j:
                end = original_j
                while end < n_text and marks[text[end]]:
                    end += 1
        taken[i:j] = b"\x01" * (j - i)
        # a frozen dataclass built without the per-field __setattr__ of its __init__
        mention = new(Mention)
        mention.__dict__.update(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "candidates": ids_found,
                "kind_hint": hint,
                "key": keys[n],
                "name_start": name_start,
                "name_end": name_end,
                "country": country,
            }
        )
        mentions.append(mention)
    mentions.sort(key=attrgetter("start"))
    return mentions


def _reading(
    index: _Index,
    entries: Sequence[_Entry],
    prefix_hint: str | None,
    suffix_hint: str | None,
) -> tuple[tuple[str, ...], str | None, str | None]:
    """What a key means next to the given kind words: candidate ids (gazetteer places
    first, then GeoNames), the kind hint, and the country code for a country's name."""
    countries = [e.place_id for e in entries if e.place_id.startswith("country:")]
    if countries:
        return (), None, countries[0].split(":", 1)[1]
    own_hint = next((e.name_kind for e in entries if e.name_kind), None)
    hint = own_hint or prefix_hint or suffix_hint
    if prefix_hint and suffix_hint and prefix_hint != suffix_hint:
        hint = own_hint or suffix_hint
    ids: dict[str, None] = {}
    for entry in entries:
        if entry.needs_kind and not (prefix_hint or suffix_hint):
            continue
        place = index.place(entry.place_id)
        if place is None:
            continue
        if entry.needs_kind and not kinds_compatible(prefix_hint or suffix_hint, place.kind):
            continue
        ids[entry.place_id] = None
    return tuple(sorted(ids, key=lambda pid: pid.startswith("geonames:"))), hint, None


def iter_keys(
    gazetteer: Gazetteer | None = None, *, include_geonames: bool = True
) -> Iterable[str]:
    """Every folded key of the automaton (for benchmarks that compare scanners)."""
    index = mention_index(gazetteer, include_geonames=include_geonames)
    return (key for key, _ in index.automaton.items() if key != _SPACE_KEY)

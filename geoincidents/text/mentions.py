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

from geoincidents.places.model import Place
from geoincidents.places.names import (
    country_code,
    is_arabic_script,
    kinds_compatible,
    normalize,
    split_kind_hint,
)
from geoincidents.text.folding import fold_text, fold_word

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = [
    "COUNTRY_NAMES",
    "Mention",
    "find_mentions",
    "lookup_place",
    "mention_index",
]

#: Names of the countries of the region as news writes them; each must be known to
#: :func:`geoincidents.places.names.country_code`. Found as context, not as places.
COUNTRY_NAMES = (
    *("Iraq", "العراق", "عراق"),
    *("Syria", "سوريا", "سورية", "سوریه"),
    *("Jordan", "الأردن", "اردن"),
    *("Iran", "إيران", "ایران"),
    *("Lebanon", "لبنان"),
    *("Turkey", "تركيا", "ترکیه"),
    *("Kuwait", "الكويت", "کویت"),
    *("Saudi Arabia", "السعودية", "عربستان"),
    *("Yemen", "اليمن", "یمن"),
    *("Israel", "إسرائيل", "اسرائیل"),
)

#: GeoNames places of these countries with at least this population are scanned for.
GEONAMES_COUNTRIES = frozenset({"IQ", "SY", "JO"})
GEONAMES_MIN_POPULATION = 15_000

_CLITIC_RUN = re.compile(r"[وف]?[بلك]?")
_LAM_RUN = re.compile(r"[وف]?ل")
_QUOTES = "«»\"“”„'‹›()[]"
_ARTICLE = "ال"
_ARABIC_FIRST, _ARABIC_LAST = "\u0600", "\u06ff"


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
                kinds[fold_word(phrase)] = (hint, None)
        for phrase in SUFFIX_KIND_PHRASES:
            hint = _kind_of(phrase, prefix=False)
            if hint:
                key = fold_word(phrase)
                kinds[key] = (kinds.get(key, (None, None))[0], hint)
        import numpy as np

        from geoincidents.text.folding import warm_up

        warm_up()  # the tables scanning needs, built now rather than on the first scan
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.entries: list[tuple[_Entry, ...]] = []
        #: entries id -> (prefix kind, suffix kind) for kind phrases
        self.kinds: dict[int, tuple[str | None, str | None]] = {}
        keys = sorted(set(table) | set(kinds))
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
        self.has_entries = np.array([bool(table.get(k)) for k in keys], dtype=bool)
        self.latin_key = [k.isascii() for k in keys]
        #: the entries of a key found at a word start (no clitic: the ل variants drop out)
        self.plain_entries = [tuple(e for e in es if not e.lam_variant) for es in self.entries]
        #: (entries, prefix hint, suffix hint) -> (candidate ids, kind hint, country)
        self.readings: dict[tuple[Any, ...], tuple[tuple[str, ...], str | None, str | None]] = {}

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
        self._add_key(table, fold_word(name), _Entry(place_id, False, hint, False))
        if hint is not None and core:
            self._add_key(table, fold_word(core), _Entry(place_id, is_alias, None, False))

    def _add_geonames(self, table: dict[str, dict[_Entry, None]]) -> None:
        from geoincidents.places.geonames import geonames_index

        index = geonames_index()
        self.geonames_version = index.version
        for row in index.rows:
            gid, name, _lat, _lon, cc, _admin1, population, name_ar = row
            if cc not in GEONAMES_COUNTRIES or population < GEONAMES_MIN_POPULATION:
                continue
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


#: Kind words scanned for next to names; their kinds come from
#: :func:`geoincidents.places.names.split_kind_hint` (a phrase it does not know is ignored).
PREFIX_KIND_PHRASES = (
    *("قاعدة", "قاعدة جوية", "قاعدة عسكرية", "معسكر", "حقل", "حقل نفط", "حقل غاز", "مطار"),
    *("محافظة", "ولاية", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "منفذ", "معبر", "سد"),
    *("پایگاه", "پایگاه هوایی", "پایگاه نظامی", "پادگان", "اردوگاه", "میدان", "میدان نفتی"),
    *("میدان نفتی گازی", "میدان نفتیگازی", "میدان گازی", "میدان نفت", "فرودگاه"),
    *("فرودگاه بین المللی", "فرودگاه بینالمللی", "استان", "شهرستان", "بخش", "شهر", "شهرک"),
    *("روستا", "روستای", "camp", "base", "fob", "air base", "military base"),
)
SUFFIX_KIND_PHRASES = (
    *("الجوية", "الجوي", "العسكرية", "النفطي", "الغازي", "الدولي"),
    *("air base", "airbase", "airfield", "base", "camp", "oil field", "gas field", "field"),
    *("airport", "international airport", "governorate", "province", "district", "village"),
    *("town", "city", "military base", "base complex", "oil and gas field"),
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


def _raw_matches(index: _Index, folded: str, word: Any) -> tuple[Any, Any, Any, Any]:
    """Every automaton match that ends at a word end and starts at a word start (or
    after letters that may be clitics, for Arabic-script keys): arrays ``start``,
    ``end`` (exclusive), entries id, and whether the start is a word start."""
    import numpy as np

    flat = np.fromiter(chain.from_iterable(index.automaton.iter(folded)), dtype=np.int64)
    hits = flat.reshape(-1, 2)  # rows: end index (inclusive), entries id
    ends = hits[:, 0] + 1
    ids = hits[:, 1]
    starts = ends - index.key_length[ids]
    at_word_start = (starts == 0) | ~word[np.maximum(starts - 1, 0)]
    keep = ~word[ends] & (at_word_start | index.arabic_start[ids])
    return starts[keep], ends[keep], ids[keep], at_word_start[keep]


def _kind_words(
    index: _Index, folded: str, starts: Any, ends: Any, ids: Any, at_word_start: Any
) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]]:
    """Kind phrases found: prefixes by end (longest), suffixes by start (longest)."""
    prefix_at: dict[int, tuple[int, str]] = {}
    suffix_at: dict[int, tuple[int, str]] = {}
    kind = index.is_kind[ids]
    for i, j, n, bound in zip(
        starts[kind].tolist(),
        ends[kind].tolist(),
        ids[kind].tolist(),
        at_word_start[kind].tolist(),
        strict=True,
    ):
        pre, suf = index.kinds[n]
        if (
            pre
            and (bound or _start_ok(folded, i, index.keys[n], False))
            and (j not in prefix_at or prefix_at[j][0] > i)
        ):
            prefix_at[j] = (i, pre)
        if suf and bound and (i not in suffix_at or suffix_at[i][0] < j):
            suffix_at[i] = (j, suf)
    return prefix_at, suffix_at


_MARKS: list[frozenset[str]] = []


def _trailing_marks() -> frozenset[str]:
    """Characters after a name that belong to it (as in ``FoldedText.to_original``):
    the combining marks (harakat …) and a lone hamza."""
    if not _MARKS:
        _MARKS.append(
            frozenset(
                chr(c)
                for c in range(0x110000)
                if c == 0x0621 or unicodedata.category(chr(c)) == "Mn"
            )
        )
    return _MARKS[0]


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
    matches at once against a numpy mask of the letters and digits of the folded text;
    what a key reads as next to given kind words is computed once per key and cached.

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
    word = folded_text.word_mask()
    starts, ends, ids, at_word_start = _raw_matches(index, folded, word)
    if not len(ids):
        return []
    prefix_at, suffix_at = _kind_words(index, folded, starts, ends, ids, at_word_start)
    names = np.flatnonzero(~index.is_kind[ids] | index.has_entries[ids])
    order = names[np.lexsort((starts[names], starts[names] - ends[names]))]  # longest, leftmost
    starts, ends, ids, at_word_start = (
        starts[order],
        ends[order],
        ids[order],
        at_word_start[order],
    )
    original_starts = folded_text.to_original_indices(starts)
    original_ends = folded_text.to_original_indices(ends - 1) + 1
    back = folded_text.to_original_index
    n_text, n_folded = len(text), len(folded)
    check_case = not text.islower()  # an all-lower-case text may name places in lower case
    entries_of, plain_of, latin_key = index.entries, index.plain_entries, index.latin_key
    keys, readings = index.keys, index.readings
    kind_before = _kind_before_at(folded, prefix_at)
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
        else:
            key = keys[n]
            entries = tuple(e for e in entries_of[n] if _start_ok(folded, i, key, e.lam_variant))
            reading_key = entries
        if not entries:
            continue
        while name_end < n_text and text[name_end] in marks:
            name_end += 1
        if check_case and latin_key[n] and text[name_start:name_end].islower():
            continue  # a lower-case Latin word ("the rocket hit the base") is no name
        new_i, prefix_hint = kind_before.get(i, (i, None))
        new_j, suffix_hint = (
            suffix_at.get(j + 1, (j, None)) if j < n_folded and folded[j] == " " else (j, None)
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
            start = back(new_i) if new_i < i else name_start
            end = name_end
            if new_j > j:
                end = back(new_j - 1) + 1
                while end < n_text and text[end] in marks:
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


def _kind_before_at(
    folded: str, prefix_at: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """For a name starting at folded ``i`` right after a kind word (spaces or quotes
    between): the span start (the kind word's start when one character is between, else
    ``i``) and the kind, keyed by ``i``."""
    out: dict[int, tuple[int, str]] = {}
    n = len(folded)
    for end, (start, hint) in prefix_at.items():
        i = end
        while i < n and (folded[i] == " " or folded[i] in _QUOTES):
            i += 1
        if i > end:
            out[i] = (start if i == end + 1 else i, hint)
    return out


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
    return (key for key, _ in index.automaton.items())

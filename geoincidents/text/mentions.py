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
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
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
_MAX_KIND_WORDS = 4


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
        automaton = ahocorasick.Automaton()
        self.entries: list[tuple[_Entry, ...]] = []
        for key, entries in table.items():
            automaton.add_word(key, (len(key), len(self.entries)))
            self.entries.append(tuple(entries))
        automaton.make_automaton()
        self.automaton = automaton
        self.size = len(table)

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
        row = self.geonames_rows.get(place_id)
        if row is None:
            return None
        from geoincidents.places.geonames import geonames_place

        return geonames_place(row, self.geonames_version)


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


@lru_cache(maxsize=50_000)
def _kind_of_prefix(words: tuple[str, ...]) -> str | None:
    core, hint = split_kind_hint(" ".join((*words, "x")))
    return hint if core == "x" else None


@lru_cache(maxsize=50_000)
def _kind_of_suffix(words: tuple[str, ...]) -> str | None:
    core, hint = split_kind_hint(" ".join(("x", *words)))
    return hint if core == "x" else None


def _strip_clitic(word: str) -> tuple[str, int]:
    """A kind word without its clitics and article: (word, characters removed)."""
    if is_arabic_script(word):
        m = re.match(r"[وف]?(?:لل|[بلك]?ال)", word)
        if m and len(word) > m.end() + 1:
            return word[m.end() :], m.end()
        m = re.match(r"[وف]?[بلك]", word)
        if m and len(word) > m.end() + 2:
            return word[m.end() :], -m.end()  # clitic without article: try both
    return word, 0


def _words_before(folded: str, pos: int, limit: int) -> list[tuple[int, str]]:
    """Up to ``limit`` words ending right before ``pos`` (one space between), nearest last."""
    words: list[tuple[int, str]] = []
    end = pos
    while len(words) < limit:
        if end <= 0 or folded[end - 1] != " ":
            break
        start = folded.rfind(" ", 0, end - 1) + 1
        word = folded[start : end - 1]
        if not word or not all(c.isalnum() for c in word):
            break
        words.append((start, word))
        end = start
    words.reverse()
    return words


def _words_after(folded: str, pos: int, limit: int) -> list[tuple[int, str]]:
    words: list[tuple[int, str]] = []
    start = pos
    while len(words) < limit:
        if start >= len(folded) or folded[start] != " ":
            break
        end = folded.find(" ", start + 1)
        end = len(folded) if end < 0 else end
        word = folded[start + 1 : end]
        if not word or not all(c.isalnum() for c in word):
            break
        words.append((start + 1 + len(word), word))
        start = end
    return words


def _prefix_kind(folded: str, pos: int) -> tuple[int, str | None, bool]:
    """Kind words before folded ``pos``: (new start, kind hint, adjacent)."""
    adjacent = True
    at = pos
    # a quotation mark between kind word and name: hint only
    k = pos - 1
    while k >= 0 and folded[k] == " ":
        k -= 1
    if k >= 0 and folded[k] in _QUOTES:
        adjacent = False
        at = k
        while at > 0 and folded[at - 1] in _QUOTES:
            at -= 1
    words = _words_before(folded, at, _MAX_KIND_WORDS)
    for n in range(len(words), 0, -1):
        chosen = words[-n:]
        first_start, first = chosen[0]
        stripped, removed = _strip_clitic(first)
        options = [(first, 0)]
        if removed:
            options.insert(0, (stripped, abs(removed)))
        for word, cut in options:
            hint = _kind_of_prefix((word, *(w for _, w in chosen[1:])))
            if hint is not None:
                return (first_start + cut if adjacent else pos), hint, adjacent
    return pos, None, adjacent


def _suffix_kind(folded: str, pos: int) -> tuple[int, str | None]:
    words = _words_after(folded, pos, 3)
    for n in range(len(words), 0, -1):
        hint = _kind_of_suffix(tuple(w for _, w in words[:n]))
        if hint is not None:
            return words[n - 1][0], hint
    return pos, None


# ------------------------------------------------------------------ scanning


def _start_ok(folded: str, i: int, key: str, entry_lam: bool) -> bool:
    if i == 0 or not folded[i - 1].isalnum():
        return not entry_lam
    if not ("\u0600" <= key[0] <= "\u06ff"):
        return False
    run_start = i
    while run_start > 0 and folded[run_start - 1].isalnum():
        run_start -= 1
    run = folded[run_start:i]
    if entry_lam:
        return _LAM_RUN.fullmatch(run) is not None
    return len(run) <= 2 and _CLITIC_RUN.fullmatch(run) is not None


def _has_capital(surface: str) -> bool:
    return any(c.isupper() for c in surface)


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
    index = mention_index(gazetteer, include_geonames=include_geonames)
    folded_text = fold_text(text)
    folded = folded_text.folded
    if not folded:
        return []
    check_case = text != text.lower()
    entries_of = index.entries
    found: list[tuple[int, int, int]] = []  # (start, end, entries id) in folded
    n = len(folded)
    for end_index, (length, entries_id) in index.automaton.iter(folded):
        j = end_index + 1
        if j < n and folded[j].isalnum():
            continue
        i = j - length
        key0 = folded[i]
        if i > 0 and folded[i - 1].isalnum() and not ("\u0600" <= key0 <= "\u06ff"):
            continue
        found.append((i, j, entries_id))
    found.sort(key=lambda t: (t[0] - t[1], t[0]))
    taken = bytearray(n)
    mentions: list[Mention] = []
    for i, j, entries_id in found:
        if taken.find(1, i, j) != -1:
            continue
        entries = entries_of[entries_id]
        key = folded[i:j]
        entries = tuple(e for e in entries if _start_ok(folded, i, key, e.lam_variant))
        if not entries:
            continue
        name_start, name_end = folded_text.to_original(i, j)
        surface = text[name_start:name_end]
        if check_case and key.isascii() and not _has_capital(surface):
            continue
        mention = _build_mention(text, folded_text, index, i, j, key, entries)
        if mention is None:
            continue
        if mention.country and not include_countries:
            continue
        taken[i:j] = b"\x01" * (j - i)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _build_mention(
    text: str,
    folded_text: Any,
    index: _Index,
    i: int,
    j: int,
    key: str,
    entries: Sequence[_Entry],
) -> Mention | None:
    folded = folded_text.folded
    name_start, name_end = folded_text.to_original(i, j)
    countries = [e.place_id for e in entries if e.place_id.startswith("country:")]
    if countries:
        return Mention(
            name_start,
            name_end,
            text[name_start:name_end],
            (),
            key=key,
            name_start=name_start,
            name_end=name_end,
            country=countries[0].split(":", 1)[1],
        )
    new_i, prefix_hint, adjacent = _prefix_kind(folded, i)
    new_j, suffix_hint = _suffix_kind(folded, j)
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
    if not ids:
        return None
    ordered = sorted(ids, key=lambda pid: pid.startswith("geonames:"))
    start, _ = folded_text.to_original(new_i, new_i + 1) if new_i < i else (name_start, 0)
    _, end = folded_text.to_original(new_j - 1, new_j) if new_j > j else (0, name_end)
    return Mention(
        start,
        end,
        text[start:end],
        tuple(ordered),
        kind_hint=hint,
        key=key,
        name_start=name_start,
        name_end=name_end,
    )


def iter_keys(gazetteer: Gazetteer | None = None, *, include_geonames: bool = True) -> Iterable[str]:
    """Every folded key of the automaton (for benchmarks that compare scanners)."""
    index = mention_index(gazetteer, include_geonames=include_geonames)
    return (key for key, _ in index.automaton.items())

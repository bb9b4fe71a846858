"""Resolve a place name, in any script and spelling, to a place — honestly.

The cascade: **exact** (a name as written) → **normalized** (:func:`names.normalize`
keys, with kind words such as ``قاعدة`` or ``air base`` split off as hints) →
**cross_script** (:func:`names.latin_key` skeletons: Arabic script ↔ Latin) → **fuzzy**
(rapidfuzz over the keys) → **geonames** (the offline GeoNames index, consulted unless a
curated name matched as written or normalised; curated rows win ties) → **online** (an
opt-in callable). Every place weighed is returned among the ranked candidates; hints
re-weigh them: one frozen :class:`Hints` value (``country``, ``kind``, ``near``,
``context_countries``, ``context_places``, ``region``, ``role``), which is also the cache
key, plus trailing ``, Iraq`` / ``, Anbar`` in the query. One ranking (:func:`_rank`)
decides for :func:`resolve` and, through :func:`rank_places`, for the geoparser.

No confident wrong answers: these readings are held at :data:`DOUBT_SCORE` (below the
0.5 needed to be chosen) and stay among the candidates as suggestions —

- a place outside the country asked, or named in the query (``Akashat, Iraq``);
- a fallback (GeoNames, fuzzy, online) answer outside the context countries, or far
  from every place the context names;
- a village, river or area for a facility word (``MSS``, ``base``, ``قاعدة``,
  ``پایگاه``, ``embassy`` …), and a settlement matched by a core of three letters or
  fewer once kind words are set aside (``Camp AB``);
- a sound-alike: a consonant-skeleton match not spelled alike in the query's script
  (made-up words get no Turkish village), and a whole-name fuzzy match whose likeness
  is only a shared kind word (``Kerman airport`` is not ``Rmelan airport``).

A base's short name (``al-Asad``) counts as the base only after a kind word or with
``role="target"`` (with a note and a score of 0.75); otherwise it is nobody's.

Examples
--------
>>> from geoincidents.places.model import Place
>>> from geoincidents.places.gazetteer import Gazetteer
>>> g = Gazetteer((Place("hit", "Hit", 33.64, 42.83, "city", "IQ", 3000, "src",
...                      name_ar="هيت"),))
>>> r = resolve("هیت", g, use_geonames=False)
>>> r.place.id, r.method, r.score
('hit', 'normalized', 0.97)
>>> resolve("Heet", g, use_geonames=False).method, resolve("Hiet", g, use_geonames=False).method
('normalized', 'fuzzy')
"""

from __future__ import annotations

import dataclasses
import math
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from geoincidents.places.gazetteer import (
    Gazetteer,
    _country_codes,
    default_gazetteer,
    haversine_m,
)
from geoincidents.places.kinds import NOT_TARGET_KINDS, is_facility, kinds_compatible
from geoincidents.places.model import Candidate, Place, PlaceValueError, Resolution
from geoincidents.places.names import (
    KIND_WORDS,
    country_code,
    folded_words,
    is_arabic_script,
    latin_key,
    normalize,
    split_context,
    split_kind_hint,
)

if TYPE_CHECKING:
    from geoincidents.places.geonames import GeoNamesIndex

__all__ = [
    "DOUBT_SCORE",
    "FUZZY_THRESHOLD",
    "ROLES",
    "SCORES",
    "Hints",
    "clear_caches",
    "rank_places",
    "resolve",
    "resolve_many",
    "reverse",
]

#: rapidfuzz ratio (0-100) a key must reach to count as a fuzzy match.
FUZZY_THRESHOLD = 85.0

#: Base score of each way of matching, before hints re-weigh it.
SCORES = {
    "exact": 1.0,
    "normalized": 0.97,  # whole name, normalised
    "normalized_core": 0.95,  # name after its kind words, with a compatible kind word
    "normalized_bare": 0.9,  # a bare query equal to a kind-stripped name ("Kalsu")
    "cross_script": 0.85,
    "cross_script_core": 0.83,
    "cross_script_bare": 0.8,
    "role_core": 0.75,  # a base's short name in a target column ("al-Asad")
    "fuzzy": 0.9,  # times the ratio / 100
    "online": 0.7,
}
#: The score of a doubtful reading (below the 0.5 needed to be chosen): a fallback or
#: fuzzy match outside the countries or far from the places the query or its context
#: names, a village for a facility word, a loose sound-alike. It stays among the
#: candidates, as a suggestion.
DOUBT_SCORE = 0.45
#: Roles of the column or phrase a name comes from (``role=``).
ROLES = ("target", "origin", "strike_site", "context")
_FALLBACK_METHODS = frozenset({"geonames", "fuzzy", "online"})
_GEONAMES_FACTOR = 0.97  # curated rows win ties
_CONTEXT_COUNTRY_FACTOR = 0.8  # outside the countries the context names
_CONTEXT_PLACE_FACTOR = 0.85  # far from a place the context names
_KIND_FACTOR = 0.9  # kind does not fit the hint of the query's kind words
_KIND_PARAM_FACTOR = 0.8  # kind does not fit an explicit kind=
_TARGET_AREA_FACTOR = 0.85  # a river or an area for a target
_COUNTRY_FACTOR = 0.5  # outside the requested country (never chosen)
_NEAR_FREE_M = 25_000.0
_NEAR_SCALE_M = 500_000.0
_NEAR_MAX_PENALTY = 0.3
_MIN_SCORE = 0.5
_GEONAMES_MAX_ROWS = 25
_MIN_SKELETON = 3
_SHORT_CORE = 3  # a core of at most this many letters never matches a settlement alone
_SOUND_ALIKE_MIN = 80.0  # spelling closeness a GeoNames sound-alike needs to count
_ALIAS_PENALTY = 0.01  # a match on an alias ranks below one on a place's own name
#: Ties (equal score, population and spelling closeness, see :func:`_closeness`) go to the
#: larger settlement, areas last; other kinds rank with cities and the smaller precision
#: decides among them.
_TIE_RANK = {"city": 0, "town": 1, "village": 2, "district": 3, "governorate": 3, "region": 3}
_CACHE_SIZE = 65_536

Point = tuple[float, float]
#: ``lookup(name)`` or, when a country is given, ``lookup(name, country=CC)``
OnlineLookup = Callable[..., Place | Iterable[Place] | None]


@dataclass(frozen=True)
class Hints:
    """What is known besides the name: one frozen, hashable value (the cache key).

    Parameters
    ----------
    country
        ISO code: only a place in this country may be chosen (others stay listed).
    kind
        Preferred kind (``air_base``, ``city`` …); overrides the hint of kind words.
    near
        ``(lat, lon)`` (or a :class:`Place`): closer candidates are preferred.
    context_countries
        Countries the surrounding text or sheet is about.
    context_places
        Places the surrounding text or sheet names confidently: a fallback answer far
        from all of them is doubtful.
    region
        An area the place lies in (``Anbar``), read like trailing context.
    role
        The role of the column or phrase (``target``, ``origin`` …): a target prefers
        installations and settlements over rivers and areas, and a base's short name
        (``al-Asad``) is read as the base.

    Examples
    --------
    >>> h = Hints(country="iq", near=(33, 44), context_countries=["sy"])
    >>> h.country, h.near, h.context_countries
    ('IQ', (33.0, 44.0), ('SY',))
    >>> hash(h) == hash(Hints(country="IQ", near=(33.0, 44.0), context_countries=("SY",)))
    True
    """

    country: str | None = None
    kind: str | None = None
    near: Point | None = None
    context_countries: tuple[str, ...] = ()
    context_places: tuple[Place, ...] = ()
    region: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        near: Any = self.near
        if isinstance(near, Place):
            near = (near.lat, near.lon)
        if near is not None:
            near = (float(near[0]), float(near[1]))
            if not (-90 <= near[0] <= 90 and -180 <= near[1] <= 180):
                raise PlaceValueError(f"near is not a point: {near!r}")
        object.__setattr__(self, "near", near)
        object.__setattr__(self, "country", self.country.upper() if self.country else None)
        object.__setattr__(
            self, "context_countries", tuple(c.upper() for c in self.context_countries if c)
        )
        object.__setattr__(self, "context_places", tuple(self.context_places))
        if self.role is not None and self.role not in ROLES:
            raise PlaceValueError(f"role must be one of {', '.join(ROLES)}, not {self.role!r}")
        fields = (self.country, self.kind, self.near, self.context_countries)
        object.__setattr__(
            self, "_hash", hash((*fields, self.context_places, self.region, self.role))
        )

    def __hash__(self) -> int:  # computed once: a hint value is a cache key
        return self._hash  # type: ignore[attr-defined]


_NO_HINTS = Hints()


class _Query(NamedTuple):
    name: str  # the query without its trailing context
    context: tuple[str, ...]
    core: str  # the name without kind words
    hint: str | None
    key: str
    core_key: str
    lkey: str
    core_lkey: str

    @property
    def keys(self) -> _QueryKeys:
        """Everything besides the spelling that the answer depends on."""
        return (self.context, self.hint, self.key, self.core_key, self.lkey, self.core_lkey)


#: context, hint, key, core_key, lkey, core_lkey of a :class:`_Query`
_QueryKeys = tuple[tuple[str, ...], str | None, str, str, str, str]


class _Cache:
    """The memoised work of one gazetteer: analysed queries and answers (bounded)."""

    def __init__(self) -> None:
        self.queries: dict[str, _Query] = {}
        self.answers: dict[tuple[Any, ...], Resolution] = {}
        self.by_keys: dict[tuple[Any, ...], Resolution] = {}
        #: rank_places answers (a name with the same readings and hints recurs across
        #: the articles of a corpus)
        self.ranked: dict[tuple[Any, ...], Resolution] = {}

    @staticmethod
    def put(table: dict[Any, Any], key: Any, value: Any) -> None:
        if len(table) >= _CACHE_SIZE:
            table.clear()
        table[key] = value


#: every live cache (to clear them); each lives on its gazetteer and is freed with it, so
#: a gazetteer no longer used is not kept alive by the answers memoised about it
_CACHES: weakref.WeakSet[_Cache] = weakref.WeakSet()
_CACHES_LOCK = threading.Lock()
_CACHE_ATTRIBUTE = "_resolve_cache"


def _cache_of(g: Gazetteer) -> _Cache:
    try:
        cache: _Cache = g.__dict__[_CACHE_ATTRIBUTE]
        return cache
    except KeyError:
        with _CACHES_LOCK:
            cache = g.__dict__.setdefault(_CACHE_ATTRIBUTE, _Cache())
            _CACHES.add(cache)
        return cache


def _analyse(text: str, g: Gazetteer) -> _Query:
    cache = _cache_of(g)
    q = cache.queries.get(text)
    if q is None:
        name, context = split_context(text)
        core, hint = split_kind_hint(name)
        key, lkey = _keys(name, g)
        core_key, core_lkey = _keys(core, g) if hint else ("", "")
        q = _Query(name, context, core, hint, key, core_key, lkey, core_lkey)
        cache.put(cache.queries, text, q)
    return q


def _keys(text: str, g: Gazetteer) -> tuple[str, str]:
    """``(normalize(text), latin_key(text))``, from the index when a name folds alike."""
    known = g.index.keys_of_words.get(folded_words(text))
    return known if known is not None else (normalize(text), latin_key(text))


class _Found(NamedTuple):
    """A candidate gathered by one way of matching."""

    score: float
    method: str
    place: Place
    via_core: bool  # the query's kind words were set aside to match
    note: str = ""


class _Pool:
    """Candidates gathered so far, by place id (the best way each was matched).

    "Matched the core" means the query's kind words were set aside to match; only then is
    the kind they imply held against a curated place (``Green Village`` is a base, and its
    name says village).
    """

    def __init__(self) -> None:
        self.found: dict[str, _Found] = {}

    def add(
        self, place: Place, score: float, method: str, core: bool = False, note: str = ""
    ) -> None:
        old = self.found.get(place.id)
        if old is None or score > old.score:
            self.found[place.id] = _Found(score, method, place, core, note)

    def best(self, country: str | None = None) -> float:
        if country is None:
            return max([f.score for f in self.found.values()], default=0.0)
        return max(
            [f.score for f in self.found.values() if f.place.country == country], default=0.0
        )


class _Hit(NamedTuple):
    place_id: str
    score: float


ExactHits = tuple[_Hit, ...]


def _exact_hits(q: _Query, g: Gazetteer, original: str) -> ExactHits:
    """The names equal to the query as written, with their scores."""
    idx = g.index
    hits: list[_Hit] = []
    for text in (original.strip(), q.name):
        for pid in idx.exact.get(text, ()):
            hits.append(
                _Hit(pid, SCORES["exact"] - _ALIAS_PENALTY * ((text, pid) in idx.secondary))
            )
    return tuple(hits)


def _curated(q: _Query, g: Gazetteer, pool: _Pool, exact: ExactHits, hints: Hints) -> None:
    idx = g.index
    by_id = g.by_id
    second = idx.secondary
    for hit in exact:
        pool.add(by_id[hit.place_id], hit.score, "exact")
    for pid in idx.full.get(q.key, ()):
        score = SCORES["normalized"] - _ALIAS_PENALTY * ((q.key, pid) in second)
        pool.add(by_id[pid], score, "normalized")
    if q.hint:
        for pid in idx.full.get(q.core_key, ()):
            pool.add(by_id[pid], SCORES["normalized_core"], "normalized", True)
        for pid, hint, from_alias in idx.core.get(q.core_key, ()):
            if kinds_compatible(q.hint, hint):
                pool.add(by_id[pid], SCORES["normalized_core"], "normalized", True)
            elif not from_alias:
                pool.add(by_id[pid], SCORES["normalized_bare"], "normalized", True)
    else:
        for pid, hint, from_alias in idx.core.get(q.key, ()):
            if not from_alias:
                pool.add(by_id[pid], SCORES["normalized_bare"], "normalized")
            elif hints.role == "target" and is_facility(hint):
                pool.add(by_id[pid], SCORES["role_core"], "normalized", note=_ROLE_NOTE)
    # cross-script, always (a homonym in the other script is weighed, never hidden);
    # skeletons of fewer than three consonants collide too often to count on their own,
    # a compatible kind word (or a target column, for a base) makes a two-consonant core
    # acceptable
    if len(q.lkey) >= _MIN_SKELETON:
        for pid in idx.full_latin.get(q.lkey, ()):
            score = SCORES["cross_script"] - _ALIAS_PENALTY * ((q.lkey, pid) in second)
            pool.add(by_id[pid], score, "cross_script")
    if q.hint:
        if len(q.core_lkey) >= _MIN_SKELETON:
            for pid in idx.full_latin.get(q.core_lkey, ()):
                pool.add(by_id[pid], SCORES["cross_script_core"], "cross_script", True)
        for pid, hint, from_alias in idx.core_latin.get(q.core_lkey, ()):
            if kinds_compatible(q.hint, hint):
                pool.add(by_id[pid], SCORES["cross_script_core"], "cross_script", True)
            elif not from_alias and len(q.core_lkey) >= _MIN_SKELETON:
                pool.add(by_id[pid], SCORES["cross_script_bare"], "cross_script", True)
    else:
        for pid, hint, from_alias in idx.core_latin.get(q.lkey, ()):
            if not from_alias and len(q.lkey) >= _MIN_SKELETON:
                pool.add(by_id[pid], SCORES["cross_script_bare"], "cross_script")
            elif from_alias and hints.role == "target" and is_facility(hint):
                pool.add(by_id[pid], SCORES["role_core"] - 0.02, "cross_script", note=_ROLE_NOTE)
    if pool.best() >= SCORES["cross_script"]:
        return
    _fuzzy(q, g, pool)


_ROLE_NOTE = "a short name of an installation, read as it because the name is a target"


def _fuzzy(q: _Query, g: Gazetteer, pool: _Pool) -> None:
    from rapidfuzz import fuzz, process

    idx = g.index
    for key, core in ((q.key, False), (q.core_key, True)):
        if len(key) < 3:
            continue
        for match, ratio, _ in process.extract(
            key, idx.fuzzy_keys, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_THRESHOLD
        ):
            for pid in idx.full[match]:
                if core or _cores_alike(q, g, pid, match):
                    pool.add(g.by_id[pid], SCORES["fuzzy"] * ratio / 100, "fuzzy", core)
    for lkey, core in ((q.lkey, False), (q.core_lkey, True)):
        if len(lkey) < 4:
            continue
        for match, ratio, _ in process.extract(
            lkey, idx.fuzzy_latin, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_THRESHOLD
        ):
            for pid in idx.full_latin[match]:
                if core or _cores_alike(q, g, pid, match):
                    pool.add(g.by_id[pid], SCORES["cross_script"] * ratio / 100, "fuzzy", core)


_CORE_ALIKE = 75.0


def _cores_alike(q: _Query, g: Gazetteer, place_id: str, match: str) -> bool:
    """Whether a whole-name fuzzy match is more than a shared kind word: with kind words
    in the query, the name matched must also be close without them (``Kerman airport``
    is not ``Rmelan airport``)."""
    if not q.hint:
        return True
    from rapidfuzz import fuzz

    name = g.index.name_of_key.get((place_id, match))
    if name is None:
        return False
    core = split_kind_hint(name)[0]
    # the skeletons compare names across scripts; written in the same script, the names
    # themselves must be alike ("Qarqasha air base" is not "Kirkuk Air Base", whose
    # skeletons ``krkS`` and ``krk`` differ by one letter)
    cross_script = is_arabic_script(q.core_key) != is_arabic_script(core)
    if match == latin_key(name) and cross_script:  # skeletons are short: they must be closer
        return fuzz.ratio(q.core_lkey, latin_key(core)) >= FUZZY_THRESHOLD
    return fuzz.ratio(q.core_key, normalize(core)) >= _CORE_ALIKE


class _GeoHit(NamedTuple):
    score: float
    core: bool
    sound_alike: bool  # matched by consonant skeleton only


def _geonames(q: _Query, pool: _Pool, index: GeoNamesIndex, countries: frozenset[str]) -> None:
    curated = [f.place for f in pool.found.values()]
    hits: dict[int, _GeoHit] = {}

    def take(rows: Sequence[int], hit: _GeoHit, local: bool = False) -> None:
        if local:  # skeleton matches only near home: worldwide they collide too often
            rows = [i for i in rows if index.rows[i].country in countries]
        if len(rows) > _GEONAMES_MAX_ROWS:  # a very common key: keep the most populous
            rows = sorted(rows, key=lambda i: -index.rows[i].population)[:_GEONAMES_MAX_ROWS]
        for i in rows:
            old = hits.get(i)
            if old is None or hit.score > old.score:
                hits[i] = hit

    take(index.full.get(q.key, ()), _GeoHit(SCORES["normalized"], False, False))
    if q.hint:
        take(index.full.get(q.core_key, ()), _GeoHit(SCORES["normalized_core"], True, False))
    if len(q.lkey) >= _MIN_SKELETON:
        take(index.latin.get(q.lkey, ()), _GeoHit(SCORES["cross_script"], False, True), True)
    if q.hint and len(q.core_lkey) >= _MIN_SKELETON:
        hit = _GeoHit(SCORES["cross_script_core"], True, True)
        take(index.latin.get(q.core_lkey, ()), hit, True)
    for i, hit in hits.items():
        place = index.places([i])[0]
        if any(_same_place(place, c) for c in curated):
            continue  # the curated row wins
        score, note = hit.score * _GEONAMES_FACTOR, ""
        if hit.sound_alike and not _spelled_alike(q, place, hit.core):
            score, note = DOUBT_SCORE, "sounds like the name, but is spelled otherwise"
        pool.add(place, score, "geonames", hit.core, note)


def _spelled_alike(q: _Query, place: Place, core: bool) -> bool:
    """Whether a place found by its consonant skeleton is also spelled like the query
    (in the query's script): loose sound-alikes of made-up or foreign words are not."""
    from rapidfuzz import fuzz

    key = q.core_key if core else q.key
    arabic = is_arabic_script(key)
    names = [n for n in (place.name, place.name_ar) if n and is_arabic_script(n) == arabic]
    return any(fuzz.ratio(key, normalize(n)) >= _SOUND_ALIKE_MIN for n in names)


def _same_place(a: Place, b: Place) -> bool:
    reach = max(a.precision_m, b.precision_m, 5000.0)
    return a.country == b.country and haversine_m(a.lat, a.lon, b.lat, b.lon) <= reach


def _online(name: str, online: OnlineLookup, pool: _Pool, country: str | None) -> None:
    result = online(name, country=country) if country else online(name)
    if result is None:
        return
    places = [result] if isinstance(result, Place) else list(result)
    for place in places:
        pool.add(place, SCORES["online"], "online")


class _Context(NamedTuple):
    """What the trailing context of a query (and the hints) name."""

    countries: tuple[str, ...]  # countries named outright ("X, Iraq")
    anchors: tuple[Place, ...]  # places named ("X, Anbar"), and hints.context_places


def _context_anchors(parts: Sequence[str], g: Gazetteer) -> _Context:
    countries: list[str] = []
    anchors: list[Place] = []
    for part in parts:
        cc = country_code(part)
        if cc is None and len(part) == 2 and part.isalpha() and part.isupper():
            cc = part if part in _country_codes() else None
        if cc:
            countries.append(cc)
            continue
        q = _analyse(part, g)
        pool = _Pool()
        _curated(q, g, pool, _exact_hits(q, g, part), _NO_HINTS)
        score = pool.best()
        if score >= SCORES["cross_script_bare"]:
            anchors += [f.place for f in pool.found.values() if f.score == score]
    return _Context(tuple(countries), tuple(anchors))


def _near_factor(place: Place, lat: float, lon: float) -> float:
    excess = max(0.0, haversine_m(place.lat, place.lon, lat, lon) - _NEAR_FREE_M)
    return 1.0 - _NEAR_MAX_PENALTY * min(1.0, excess / _NEAR_SCALE_M)


def _within_anchor(place: Place, anchor: Place) -> bool:
    if place.id == anchor.id:
        return True
    if place.admin1 and normalize(place.admin1) in {
        normalize(split_kind_hint(n)[0]) for n in (anchor.name, anchor.admin1) if n
    }:
        return True
    reach = anchor.precision_m + place.precision_m + 50_000
    return haversine_m(place.lat, place.lon, anchor.lat, anchor.lon) <= reach


def resolve(
    name: str,
    gazetteer: Gazetteer | None = None,
    *,
    country: str | None = None,
    kind: str | None = None,
    near: Point | Place | None = None,
    context_countries: Sequence[str] = (),
    use_geonames: bool = True,
    online: OnlineLookup | None = None,
    limit: int = 5,
    hints: Hints | None = None,
    role: str | None = None,
) -> Resolution:
    """Where is this name? The best place, its score, how it matched, and the others.

    Parameters
    ----------
    name
        A place name in any script, possibly with kind words (``پایگاه هوایی``,
        ``air base``, ``MSS``) and trailing context (``, Iraq``, ``in Deir ez-Zor``).
    gazetteer
        The curated gazetteer (default: :func:`default_gazetteer`).
    country
        ISO code: only a place in this country may be chosen (others stay listed). A
        country named in the trailing context (``Akashat, Iraq``) constrains alike.
    kind
        Preferred kind (``air_base``, ``city`` …); overrides the hint from kind words.
    near
        A point ``(lat, lon)`` or a place: closer candidates are preferred.
    context_countries
        Countries the surrounding text is about (for example from an article).
    use_geonames
        Consult the offline GeoNames index when no curated name matched as written or
        normalised.
    online
        Opt-in last resort, asked when nothing matched well: a callable
        ``online(name)`` (``online(name, country=CC)`` when ``country`` is given) returning
        a Place, an iterable of places or None — e.g. an ``OnlineGeocoderFallback``.
    limit
        How many candidates to return (the chosen place is always among them).
    hints
        All of the above hints (and context places, region, role) as one :class:`Hints`;
        keywords given as well override its fields.
    role
        The role of the column the name comes from (``target``, ``origin`` …).

    Returns
    -------
    Resolution
        ``place`` is None when nothing scored at least 0.5 (in ``country``, if given);
        the candidates are then the suggestions. A fallback (GeoNames, fuzzy, online)
        answer outside the countries or far from the places the query and its hints
        name, a village or a river for a facility word, a settlement matched by a core
        of three letters or fewer, and a loose sound-alike all score at most
        :data:`DOUBT_SCORE`: they are suggested, never chosen.

    Raises
    ------
    PlaceValueError
        When ``near`` is not a point or ``role`` is not one of :data:`ROLES`.

    Examples
    --------
    >>> from geoincidents.places.model import Place
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> g = Gazetteer((
    ...     Place("zummar", "Zummar", 36.63, 42.45, "town", "IQ", 3000, "s", name_ar="زمار"),
    ...     Place("dhamar", "Dhamar", 14.54, 44.41, "city", "YE", 5000, "s", name_ar="ذمار"),
    ... ))
    >>> resolve("ذمار", g, use_geonames=False).place.id
    'dhamar'
    >>> r = resolve("ذمار", g, country="IQ", use_geonames=False)
    >>> r.place.id, r.method, [c.place.id for c in r.candidates]
    ('zummar', 'cross_script', ['zummar', 'dhamar'])
    >>> resolve("ذمار", g, hints=Hints(context_countries=("IQ", "SY")), use_geonames=False).place.id
    'zummar'
    """
    g = default_gazetteer() if gazetteer is None else gazetteer
    if online is None:  # answers are values: repeated questions are answered from a cache
        cache = _cache_of(g)
        ctx = tuple(context_countries)
        key = (name, hints, country, kind, near, ctx, role, use_geonames, limit)
        found = cache.answers.get(key)
        if found is None:
            h = _hints(hints, country, kind, near, ctx, role)
            found = _resolve(name, g, h, use_geonames, limit)
            cache.put(cache.answers, key, found)
        return found
    h = _hints(hints, country, kind, near, tuple(context_countries), role)
    return _resolve(name, g, h, use_geonames, limit, online)


def _hints(
    hints: Hints | None,
    country: str | None,
    kind: str | None,
    near: Point | Place | None,
    context_countries: tuple[str, ...],
    role: str | None,
) -> Hints:
    """``hints`` with the keywords given (not None or empty) set over its fields."""
    h = hints or _NO_HINTS
    given: dict[str, Any] = {
        k: v
        for k, v in (
            ("country", country),
            ("kind", kind),
            ("near", near),
            ("context_countries", context_countries),
            ("role", role),
        )
        if v
    }
    return dataclasses.replace(h, **given) if given else h


def _resolve(
    name: str,
    g: Gazetteer,
    hints: Hints,
    use_geonames: bool,
    limit: int,
    online: OnlineLookup | None = None,
) -> Resolution:
    known = g.index.keys_of.get(name)
    q = _analyse(name, g) if known is None else _Query(name, (), *known)
    exact = _exact_hits(q, g, name)
    if not exact and normalize(name) in KIND_WORDS:  # "base", قاعدة, پایگاه: which one?
        return Resolution(
            name, None, 0.0, "none", notes=("only a kind word: it names no one place",)
        )
    if online is None:
        # the answer depends on the spelling only through the exact hits and the keys:
        # spellings that fold alike share one answer (with their own query text)
        cache = _cache_of(g)
        key = (q.keys, exact, hints, use_geonames, limit)
        found = cache.by_keys.get(key)
        if found is None:
            found = _resolve_query(
                "", _Query("", q.context, "", *q.keys[1:]), exact, g, hints, use_geonames, limit
            )
            cache.put(cache.by_keys, key, found)
        return Resolution(
            name,
            found.place,
            found.score,
            found.method,
            found.candidates,
            found.kind_hint,
            found.context,
            found.notes,
            found.matched_name,
        )
    return _resolve_query(name, q, exact, g, hints, use_geonames, limit, online)


def _resolve_query(
    name: str,
    q: _Query,
    exact: ExactHits,
    g: Gazetteer,
    hints: Hints,
    use_geonames: bool,
    limit: int,
    online: OnlineLookup | None = None,
) -> Resolution:
    pool = _Pool()
    if q.key or q.core_key:
        _curated(q, g, pool, exact, hints)
        cc = hints.country
        if use_geonames and pool.best(cc) < SCORES["normalized_core"]:
            from geoincidents.places.geonames import REGION, geonames_index

            local = frozenset((*REGION, *hints.context_countries))
            if cc:
                local |= {cc}
            _geonames(q, pool, geonames_index(), local)
        if online is not None and pool.best(cc) < SCORES["cross_script_bare"]:
            _online(q.name, online, pool, cc)
    return _rank(name, q, g, pool, hints, limit)


def clear_caches() -> None:
    """Forget every memoised answer and key (for benchmarks of names never seen before).

    Examples
    --------
    >>> clear_caches(); sum(len(c.answers) for c in _CACHES)
    0
    """
    from geoincidents.places import names

    with _CACHES_LOCK:
        for cache in list(_CACHES):
            cache.queries.clear()
            cache.answers.clear()
            cache.by_keys.clear()
            cache.ranked.clear()
    names.clear_caches()


def _closeness(q: _Query, places: Sequence[Place], g: Gazetteer) -> dict[str, float]:
    """How close each place's nearest name is to the query as spelled (rapidfuzz ratio of
    the normalised keys): sound-alikes that tie on their skeleton (``Kerbela``: Karbala and
    Al-Karabilah) are told apart by spelling before size decides."""
    from rapidfuzz import fuzz

    keys = [k for k in (q.key, q.core_key) if k]
    closeness: dict[str, float] = {}
    for p in places:
        names = _place_keys(p, g)
        closeness[p.id] = max((fuzz.ratio(k, n) for k in keys for n in names), default=0.0)
    return closeness


class _Ranked(NamedTuple):
    """A candidate weighed with every hint."""

    score: float
    eligible: bool  # in the country the query or the hints name
    population: int
    method: str
    place: Place
    doubt: str  # why the score was held below DOUBT_SCORE, or ""
    note: str


def _doubt(found: _Found, q: _Query, hints: Hints, ctx: _Context, countries: Sequence[str]) -> str:
    """Why a candidate may not be chosen however well its name matched ("" if none)."""
    place, method = found.place, found.method
    fallback = method in _FALLBACK_METHODS
    hint = hints.kind or q.hint
    # a facility word answered by a village, a river or an area (another kind of
    # installation may host it: MSS Conoco is at the Conoco gas field)
    facility = is_facility(hint) and not is_facility(place.kind)
    if facility and (found.via_core or fallback or hints.kind):
        return f"a {place.kind} for a {hint.replace('_', ' ') if hint else ''} word"
    # a loose match of another kind of installation (an embassy for an air base word)
    loose = fallback or method in ("fuzzy", "cross_script")
    if loose and is_facility(hint) and not kinds_compatible(hint, place.kind):
        return f"a loose match of a {place.kind}, not a {hint.replace('_', ' ') if hint else ''}"
    short = found.via_core and q.hint and len(q.core_key) <= _SHORT_CORE
    if short and (fallback or not kinds_compatible(q.hint, place.kind) or not q.core_key):
        return f"only {q.core_key!r} is left besides the kind words"
    if method == "cross_script" and not _same_script_alike(q, found):
        return "sounds like the name, but is spelled otherwise"
    if not fallback:
        return ""
    if q.key and country_code(q.key):  # keys are normalised: normalize is idempotent
        return "the name is a country's"
    if len(q.key) <= 2:
        return f"only {len(q.key)} letters to go by"
    if countries and place.country not in countries:
        return f"a {method} match outside {'/'.join(dict.fromkeys(countries))}"
    if ctx.anchors and not any(_within_anchor(place, a) for a in ctx.anchors):
        return f"a {method} match far from the places the context names"
    return ""


_SAME_SCRIPT_ALIKE = 70.0


def _same_script_alike(q: _Query, found: _Found) -> bool:
    """Whether a skeleton match with a name in the query's own script is also spelled
    somewhat alike (``Vitcoria`` and ``Thi Qar`` share a skeleton, not a spelling); a
    match across scripts (Arabic query, Latin name) cannot be compared and counts."""
    from rapidfuzz import fuzz

    key = q.core_key if found.via_core and q.core_key else q.key
    if not key:
        return True
    arabic = is_arabic_script(key)
    names = [n for n in found.place.names if is_arabic_script(n) == arabic]
    if not names:
        return True
    return any(fuzz.ratio(key, normalize(n)) >= _SAME_SCRIPT_ALIKE for n in names) or any(
        fuzz.ratio(key, normalize(split_kind_hint(n)[0])) >= _SAME_SCRIPT_ALIKE for n in names
    )


def _rank(name: str, q: _Query, g: Gazetteer, pool: _Pool, hints: Hints, limit: int) -> Resolution:
    """Weigh every candidate of ``pool`` with ``hints`` and choose: the one ranking that
    :func:`resolve` and the geoparser (through :func:`rank_places`) use."""
    notes: list[str] = []
    parts = (*q.context, hints.region) if hints.region else q.context
    ctx = _context_anchors(parts, g) if parts else _Context((), ())
    if hints.context_places:
        ctx = _Context(ctx.countries, ctx.anchors + hints.context_places)
    # the countries a place must be in to be chosen: the country asked, else the ones the
    # query names ("Akashat, Iraq")
    cc = hints.country
    required = (cc,) if cc else ctx.countries
    ctx_countries = (*hints.context_countries, *ctx.countries, *(a.country for a in ctx.anchors))
    near_point = hints.near
    ranked: list[_Ranked] = []
    for found in pool.found.values():
        score, method, place = found.score, found.method, found.place
        want_kind = hints.kind or (q.hint if found.via_core else None)
        if ctx_countries and place.country not in ctx_countries:
            score *= _CONTEXT_COUNTRY_FACTOR
        if ctx.anchors and not any(_within_anchor(place, a) for a in ctx.anchors):
            score *= _CONTEXT_PLACE_FACTOR
        if want_kind and not kinds_compatible(want_kind, place.kind):
            score *= _KIND_PARAM_FACTOR if hints.kind else _KIND_FACTOR
        if hints.role == "target" and place.kind in NOT_TARGET_KINDS:
            score *= _TARGET_AREA_FACTOR
        if near_point is not None:
            score *= _near_factor(place, *near_point)
        doubt = ""
        if q.hint or hints.kind or method in _FALLBACK_METHODS or method == "cross_script":
            doubt = _doubt(found, q, hints, ctx, ctx_countries)
        if doubt:
            score = min(score, DOUBT_SCORE)
        eligible = not required or place.country in required
        if not eligible:
            score *= _COUNTRY_FACTOR
        ranked.append(
            _Ranked(round(score, 4), eligible, place.population, method, place, doubt, found.note)
        )
    tied = len(ranked) > 1 and len({r.score for r in ranked}) < len(ranked)
    closeness = _closeness(q, [r.place for r in ranked], g) if tied else {}
    if len(ranked) > 1:
        ranked.sort(
            key=lambda r: (
                -r.score,
                r.place.origin == "geonames",
                -r.population,
                -closeness.get(r.place.id, 0.0),
                _TIE_RANK.get(r.place.kind, 0),
                r.place.precision_m,
                r.place.id,
            )
        )
    chosen: _Ranked | None = None
    for r in ranked:
        if r.eligible and r.score >= _MIN_SCORE:
            chosen = r
            break
    shown = ranked[: max(1, limit)]
    if chosen is not None and not any(r is chosen for r in shown):
        shown = [chosen, *shown[: max(0, limit - 1)]]
    candidates = tuple(Candidate(r.place, r.score, r.method) for r in shown)
    if chosen is None:
        if ranked and required:
            notes.append(f"no match in {'/'.join(required)}; best elsewhere: {ranked[0].place.id}")
        notes += [f"not {r.place.id}: {r.doubt}" for r in shown if r.doubt]
        return Resolution(name, None, 0.0, "none", candidates, q.hint, q.context, tuple(notes))
    place = chosen.place
    if chosen.note:
        notes.append(chosen.note)
    for r in ranked:
        if r.place.id != place.id and r.score >= chosen.score - 0.15:
            notes.append(
                f"also matches {r.place.id} ({r.place.name}, {r.place.country}; "
                f"{r.method} {r.score:.2f})"
            )
    if required and ranked[0].place.id != place.id:
        notes.append(f"{ranked[0].place.id} scored higher but is outside {'/'.join(required)}")
    return Resolution(
        name,
        place,
        chosen.score,
        chosen.method,
        candidates,
        q.hint,
        q.context,
        tuple(notes),
        matched_name=_matched_name(q, place, g),
    )


def _matched_name(q: _Query, place: Place, g: Gazetteer) -> str:
    """The name of ``place`` the query matched (by its key, core key or skeleton; else,
    for a fuzzy match or a place from outside the gazetteer, its closest name)."""
    of_key = g.index.name_of_key
    for key in (q.key, q.core_key, q.lkey, q.core_lkey):
        found = of_key.get((place.id, key)) if key else None
        if found is not None:
            return found
    from rapidfuzz import fuzz

    key = q.key or q.core_key
    return max(place.names, key=lambda n: fuzz.ratio(key, normalize(n)), default="")


def rank_places(
    name: str,
    readings: Iterable[tuple[Place, str]],
    gazetteer: Gazetteer | None = None,
    *,
    hints: Hints | None = None,
    limit: int = 5,
) -> Resolution:
    """Rank places already found for ``name`` (by a scanner of text, say) with ``hints``:
    the ranking of :func:`resolve`, without looking the name up again.

    Parameters
    ----------
    name
        The name as written.
    readings
        ``(place, method)`` pairs: each place the name may be and how it was matched
        (``normalized`` for a name found as folded, ``geonames`` for a GeoNames place).
    gazetteer
        The gazetteer the places come from (for context and closeness).
    hints
        What the surrounding text says (its countries, its places, a kind word).
    limit
        How many candidates to keep.

    Examples
    --------
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> z = Place("zummar", "Zummar", 36.63, 42.45, "town", "IQ", 3000, "s", name_ar="زمار")
    >>> d = Place("dhamar", "Dhamar", 14.54, 44.41, "city", "YE", 5000, "s", name_ar="ذمار")
    >>> g = Gazetteer((z, d))
    >>> r = rank_places("ذمار", [(d, "normalized"), (z, "normalized")], g,
    ...                 hints=Hints(context_countries=("IQ",)))
    >>> r.place.id, r.method
    ('zummar', 'normalized')
    """
    g = default_gazetteer() if gazetteer is None else gazetteer
    h = hints or _NO_HINTS
    readings = tuple(readings)
    cache = _cache_of(g)
    # places and hints are frozen values; whether a place is the gazetteer's own object
    # decides where its keys come from (``_place_keys``), so it is part of the key too
    own = tuple(g.by_id.get(place.id) is place for place, _ in readings)
    memo_key = (name, readings, own, h, limit)
    found = cache.ranked.get(memo_key)
    if found is not None:
        return found
    q = _analyse(name, g)
    pool = _Pool()
    for place, method in readings:
        base = SCORES.get(method, SCORES["normalized"])
        if place.origin == "geonames":
            base *= _GEONAMES_FACTOR
        # a name found whole (``منطقه سبز`` is the Green Zone's own name) was not found
        # through its core, though it starts with a kind word
        via_core = bool(q.hint) and q.key not in _place_keys(place, g)
        pool.add(place, base, method, via_core)
    found = _rank(name, q, g, pool, h, limit)
    cache.put(cache.ranked, memo_key, found)
    return found


def _place_keys(place: Place, g: Gazetteer) -> Sequence[str]:
    """The normalised names of ``place`` (from the index when it is the gazetteer's own)."""
    if g.by_id.get(place.id) is place:
        return g.index.keys_by_id.get(place.id, ())
    return [normalize(n) for n in place.names]


def resolve_many(
    names: Iterable[str],
    gazetteer: Gazetteer | None = None,
    *,
    country: str | None = None,
    kind: str | None = None,
    near: Point | Place | None = None,
    context_countries: Sequence[str] = (),
    use_geonames: bool = True,
    online: OnlineLookup | None = None,
    limit: int = 5,
    hints: Hints | None = None,
    role: str | None = None,
) -> list[Resolution]:
    """:func:`resolve` each name with the same gazetteer and hints, in input order.

    Examples
    --------
    >>> from geoincidents.places.model import Place
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> g = Gazetteer((Place("hit", "Hit", 33.64, 42.83, "city", "IQ", 3000, "s"),))
    >>> [r.found for r in resolve_many(["Hit", "Nowhere"], g, use_geonames=False)]
    [True, False]
    """
    g = default_gazetteer() if gazetteer is None else gazetteer
    return [
        resolve(
            n,
            g,
            country=country,
            kind=kind,
            near=near,
            context_countries=context_countries,
            use_geonames=use_geonames,
            online=online,
            limit=limit,
            hints=hints,
            role=role,
        )
        for n in names
    ]


def reverse(
    lat: float,
    lon: float,
    *,
    radius_m: float = 50_000,
    gazetteer: Gazetteer | None = None,
    limit: int = 10,
    use_geonames: bool = False,
) -> list[tuple[Place, float]]:
    """The places nearest to a point within ``radius_m``, nearest first, with distances (m).

    Parameters
    ----------
    lat, lon
        The point (WGS 84).
    radius_m
        Search radius in metres.
    gazetteer
        The curated gazetteer (default: :func:`default_gazetteer`).
    limit
        At most this many places.
    use_geonames
        Also search the offline GeoNames index.

    Examples
    --------
    >>> from geoincidents.places.model import Place
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> g = Gazetteer((Place("hit", "Hit", 33.64, 42.83, "city", "IQ", 3000, "s"),))
    >>> [(p.id, round(d / 1000)) for p, d in reverse(33.7, 42.83, gazetteer=g)]
    [('hit', 7)]
    """
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat + lon):
        raise PlaceValueError(f"not a point: lat={lat}, lon={lon}")
    g = default_gazetteer() if gazetteer is None else gazetteer
    found = [(p, haversine_m(lat, lon, p.lat, p.lon)) for p in g.places]
    if use_geonames:
        from geoincidents.places.geonames import geonames_index

        index = geonames_index()
        dlat = radius_m / 111_000 + 0.01
        rows = [
            i
            for i, row in enumerate(index.rows)
            if abs(row.lat - lat) <= dlat and haversine_m(lat, lon, row.lat, row.lon) <= radius_m
        ]
        found += [(p, haversine_m(lat, lon, p.lat, p.lon)) for p in index.places(rows)]
    near = sorted((pd for pd in found if pd[1] <= radius_m), key=lambda pd: (pd[1], pd[0].id))
    return near[:limit]

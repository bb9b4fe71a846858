"""The flat row schema of incidents: rows of text in, validated incidents out, and back.

Every reader (our CSV, GeoJSON, ACLED, GeoPackage, GeoParquet, a GeoDataFrame) turns
its input into rows of strings keyed by the column names below and hands them to
:func:`parse_rows`, which checks every cell and reports *every* problem it finds as a
:class:`~geoincidents.errors.Problem` (file, line, column, value, message). The writers
go the other way with :func:`incident_to_record`.

Columns (only ``id``, ``date``, ``kind`` and a target are required):

==========================  ======================================================
``id``                      unique id (any text without leading/trailing spaces)
``date``                    ``YYYY-MM-DD``, ``YYYY-MM`` (month precision) or
                            ``05 January 2022``
``date_precision``          ``day`` (default), ``week`` or ``month``
``end_date``                last day of a multi-day incident (not before ``date``)
``wave``                    free label of the wave of attacks, e.g. ``2024-01``
``kind``                    ``attack``, ``interception``, ``preemptive_strike``,
                            ``retaliatory_strike``, ``explosion`` or another
                            lower-case slug
``weapon``                  ``rocket``, ``drone``, ``ballistic_missile``,
                            ``cruise_missile``, ``ied``, ``artillery``,
                            ``airstrike``, ``unknown`` (default) or another slug
``count``                   number of munitions (integer ≥ 0)
``target``                  place name, resolved through the gazetteer when
                            ``target_lat``/``target_lon`` are empty
``target_place_id``         gazetteer id; used instead of the name when given
``target_lat/target_lon``   WGS 84 degrees; when given, no lookup is made
``target_radius_m``         uncertainty radius (default: the place's precision)
``geo_precision``           ACLED code of the target location: 1, 2 or 3
``target_relation``         words for a relative location ("15 km from X")
``target_distance_km``      with ``target_bearing``: a location relative to the
``target_bearing``          named place (degrees or N, NE, north-west, ...)
``target_polygon_wkt``      uncertainty area in WKT
``origin*``                 the same columns for where it was launched from
                            (``origin_geo_precision`` for the ACLED code)
``actor``                   who did it
``claim_status``            ``claimed``, ``attributed`` or ``unknown`` (default)
``targeted_party``          who was targeted
``killed``, ``wounded``     integers ≥ 0
``damage``                  free text
``responds_to``             ``|``-separated ids of the incidents this one answered
``source_outlet``,          one entry per source, ``|``-separated and aligned by
``source_url``,             position (a single ``source_date`` or
``source_date``,            ``source_language`` applies to every source); write
``source_language``,        ``\\|`` for a literal ``|`` and ``\\\\`` for ``\\``.
``source_claim``            URLs must be http(s); languages ISO 639 codes
``notes``                   free text
==========================  ======================================================

Examples
--------
>>> rows = [(2, {"id": "a1", "date": "2024-01-20", "kind": "attack",
...              "target_lat": "33.8", "target_lon": "42.44", "count": "17"})]
>>> found, problems = parse_rows(rows, file="x.csv")
>>> problems
[]
>>> incident = found[0].incident
>>> incident.count, incident.target.lat
(17, 33.8)
>>> found, problems = parse_rows([(2, {"id": "a2", "date": "2024-02-30", "kind": "attack",
...                                     "target_lat": "33.8", "target_lon": "42.44"})],
...                              file="x.csv")
>>> print(problems[0])
x.csv:2: column 'date': not a real date: February 2024 has 29 days (value: '2024-02-30')
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geoincidents.errors import Problem
from geoincidents.incidents.model import (
    CLAIM_STATUSES,
    DATE_PRECISIONS,
    KINDS,
    WEAPONS,
    Incident,
    Location,
    Source,
)

if TYPE_CHECKING:
    from geoincidents.places.model import Place, Resolution

__all__ = [
    "AUTHORING_COLUMNS",
    "INCIDENT_COLUMNS",
    "REQUIRED_COLUMNS",
    "SOURCE_COLUMNS",
    "ParsedIncident",
    "PlaceLookup",
    "check_header",
    "check_links",
    "format_number",
    "incident_to_record",
    "join_multi",
    "parse_bearing",
    "parse_date",
    "parse_rows",
    "record_cell",
    "split_multi",
]

#: Source columns, aligned by position when an incident has several sources.
SOURCE_COLUMNS = ("source_outlet", "source_url", "source_date", "source_language", "source_claim")

#: Every column the writers produce, in order.
INCIDENT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "end_date",
    "wave",
    "kind",
    "weapon",
    "count",
    "target",
    "target_place_id",
    "target_lat",
    "target_lon",
    "target_radius_m",
    "geo_precision",
    "target_relation",
    "target_polygon_wkt",
    "origin",
    "origin_place_id",
    "origin_lat",
    "origin_lon",
    "origin_radius_m",
    "origin_geo_precision",
    "origin_relation",
    "origin_polygon_wkt",
    "actor",
    "claim_status",
    "targeted_party",
    "killed",
    "wounded",
    "damage",
    "responds_to",
    *SOURCE_COLUMNS,
    "notes",
)
#: Columns a person may use when authoring a file; resolved into the columns above.
AUTHORING_COLUMNS = ("target_distance_km", "target_bearing", "origin_distance_km", "origin_bearing")
REQUIRED_COLUMNS = ("id", "date", "kind")
#: Multi-valued columns, ``|``-separated.
MULTI_COLUMNS = frozenset({"responds_to", *SOURCE_COLUMNS})

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

_COMPASS = (
    "n",
    "nne",
    "ne",
    "ene",
    "e",
    "ese",
    "se",
    "sse",
    "s",
    "ssw",
    "sw",
    "wsw",
    "w",
    "wnw",
    "nw",
    "nnw",
)
_COMPASS_WORDS = {"north": "n", "south": "s", "east": "e", "west": "w"}

_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9


# ---------------------------------------------------------------- multi-valued cells


def split_multi(text: str) -> list[str]:
    r"""Split a ``|``-separated cell; ``\|`` is a literal bar and ``\\`` a backslash.

    An empty cell has no items; other backslashes are kept as written.

    >>> split_multi(r"a|b\|c|")
    ['a', 'b|c', '']
    >>> split_multi("")
    []
    """
    if text == "":
        return []
    if "\\" not in text:
        return text.split("|")
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "\\|":
            current.append(text[i + 1])
            i += 2
            continue
        if ch == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    items.append("".join(current))
    return items


def join_multi(items: Iterable[str]) -> str:
    r"""Join items into one ``|``-separated cell; the inverse of :func:`split_multi`.

    >>> join_multi(["a", "b|c", ""])
    'a|b\\|c|'
    >>> split_multi(join_multi(["x\\y", "|"]))
    ['x\\y', '|']
    """
    return "|".join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


# ---------------------------------------------------------------- cell parsers


def parse_date(text: str) -> tuple[dt.date, str | None]:
    """Parse ``2022-01-05``, ``2022-01`` or ``05 January 2022``; say which precision it implies.

    Returns the date and ``"month"`` for a month-only date, else ``None``. Raises
    ``ValueError`` with a readable reason.

    >>> parse_date("05 January 2022")
    (datetime.date(2022, 1, 5), None)
    >>> parse_date("2024-04")
    (datetime.date(2024, 4, 1), 'month')
    >>> parse_date("2023-02-29")
    Traceback (most recent call last):
    ...
    ValueError: not a real date: February 2023 has 28 days
    """
    text = text.strip()
    precision: str | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?", text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        year, month, day, precision = int(m[1]), int(m[2]), 1, "month"
    elif m := re.fullmatch(r"(\d{1,2})[ \-]([A-Za-z]+)\.?[ \-,]+(\d{4})", text):
        name = m[2].lower()
        if name not in _MONTHS:
            raise ValueError(f"unknown month name {m[2]!r}")
        year, month, day = int(m[3]), _MONTHS[name], int(m[1])
    else:
        raise ValueError("not a date: write YYYY-MM-DD (or YYYY-MM, or '05 January 2022')")
    if not 1 <= month <= 12:
        raise ValueError(f"not a real date: there is no month {month}")
    days = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= days:
        raise ValueError(f"not a real date: {calendar.month_name[month]} {year} has {days} days")
    return dt.date(year, month, day), precision


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
            raise ValueError("a bearing in degrees must be between 0 and 360")
        return degrees % 360
    words = re.split(r"[\s\-_]+", key)
    if all(w in _COMPASS_WORDS for w in words) and 1 <= len(words) <= 3:
        key = "".join(_COMPASS_WORDS[w] for w in words)
    if key in _COMPASS:
        return _COMPASS.index(key) * 22.5
    raise ValueError("not a bearing: give degrees (0-360) or a compass point such as NW")


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
        return date.replace(day=calendar.monthrange(date.year, date.month)[1])
    return date


# ---------------------------------------------------------------- place lookup


@dataclass
class PlaceLookup:
    """How place names and ids in rows become places (with a per-call cache).

    ``resolve_name`` answers "where is this name?" (normally
    :func:`geoincidents.places.resolve.resolve`); ``place_by_id`` returns the gazetteer
    place with an id, or ``None``; ``known_ids`` lists ids for suggestions.
    """

    resolve_name: Callable[[str], Resolution]
    place_by_id: Callable[[str], Place | None]
    known_ids: Callable[[], Sequence[str]] = tuple
    _cache: dict[str, Resolution] = field(default_factory=dict, repr=False)

    def resolve(self, name: str) -> Resolution:
        """Resolve a name once per call, however many rows name it."""
        if name not in self._cache:
            self._cache[name] = self.resolve_name(name)
        return self._cache[name]


def _no_lookup() -> PlaceLookup:
    def refuse(name: str) -> Resolution:
        raise LookupError(f"no gazetteer to resolve {name!r}")

    return PlaceLookup(refuse, lambda _id: None)


# ---------------------------------------------------------------- rows → incidents


@dataclass(frozen=True)
class ParsedIncident:
    """What one row gave: the incident (``None`` when the row has problems) and, for the
    cross-row checks, its id, dates and links, with the file and line it came from."""

    file: str
    line: int | None
    id: str
    responds_to: tuple[str, ...] = ()
    date: dt.date | None = None
    latest: dt.date | None = None
    incident: Incident | None = None

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

    def __init__(self, file: str, line: int | None, cells: Mapping[str, str]) -> None:
        self.file = file
        self.line = line
        self.cells = cells
        self.problems: list[Problem] = []

    def raw(self, column: str) -> str:
        return self.cells.get(column) or ""

    def text(self, column: str) -> str:
        return self.raw(column).strip()

    def problem(self, column: str | None, message: str, value: str | None = None) -> None:
        if value is None and column is not None:
            value = self.raw(column)
        self.problems.append(Problem(self.file, self.line, column, value, message))

    def number(self, column: str) -> float | None:
        text = self.text(column)
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

    def slug(self, column: str, known: Sequence[str], default: str) -> str:
        text = self.text(column)
        if not text:
            return default
        if text in known or _SLUG.fullmatch(text):
            return text
        guess = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
        close = difflib.get_close_matches(guess, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        self.problem(
            column,
            f"not a {column}: use one of {', '.join(known)} or another lower-case slug{hint}",
        )
        return default


def _location(row: _Row, role: str, places: PlaceLookup) -> Location | None:
    """The target or origin of a row (``None`` when absent or bad; problems reported)."""
    name = row.raw(role)
    place_id = row.text(f"{role}_place_id")
    lat_col, lon_col = f"{role}_lat", f"{role}_lon"
    precision_col = "geo_precision" if role == "target" else "origin_geo_precision"
    suffixes = ("place_id", "radius_m", "relation", "distance_km", "bearing", "polygon_wkt")
    columns = [role, lat_col, lon_col, precision_col, *(f"{role}_{s}" for s in suffixes)]
    given = any(row.text(c) for c in columns)
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
        )

    place = _find_place(row, role, name, place_id, places)
    if place is None:
        return None
    if distance_km is not None or bearing is not None:
        return _relative_location(
            row, role, place, name, distance_km, bearing, relation, radius, geo_precision
        )
    return Location(
        lat=place.lat,
        lon=place.lon,
        name=name or place.name,
        place_id=place.id,
        radius_m=radius if radius is not None else float(place.precision_m),
        geo_precision=geo_precision or 1,
        relation=relation,
        polygon_wkt=polygon,
    )


def _find_place(
    row: _Row, role: str, name: str, place_id: str, places: PlaceLookup
) -> Place | None:
    if place_id:
        place = places.place_by_id(place_id)
        if place is None:
            close = difflib.get_close_matches(place_id, list(places.known_ids()), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            row.problem(f"{role}_place_id", f"no gazetteer place has this id{hint}")
        return place
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
    resolution = places.resolve(name.strip())
    if resolution.place is not None:
        return resolution.place
    suggestions = [f"{c.place.name} ({c.place.id})" for c in resolution.candidates[:5]]
    hint = (
        f"; did you mean: {', '.join(suggestions)}?"
        if suggestions
        else f"; add it to a gazetteer CSV or give {role}_lat/{role}_lon"
    )
    row.problem(role, f"unknown place name{hint}", name)
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


def _sources(row: _Row) -> tuple[Source, ...]:
    columns = {c: split_multi(row.raw(c)) for c in SOURCE_COLUMNS}
    n = max((len(v) for v in columns.values()), default=0)
    if n == 0:
        return ()
    for column, values in columns.items():
        if not values:
            columns[column] = [""] * n
        elif len(values) == 1 and column in ("source_date", "source_language"):
            columns[column] = values * n
        elif len(values) != n:
            row.problem(
                column,
                f"{len(values)} '|'-separated entries, but another source column has {n}: "
                "give one entry per source",
            )
            return ()
    sources = []
    for i in range(n):
        url = columns["source_url"][i].strip()
        if url and not re.match(r"^https?://[^\s/$.?#][^\s]*$", url, re.IGNORECASE):
            row.problem("source_url", "only http(s) URLs are allowed", url)
            url = ""
        date: dt.date | None = None
        date_text = columns["source_date"][i].strip()
        if date_text:
            try:
                date = parse_date(date_text)[0]
            except ValueError as exc:
                row.problem("source_date", str(exc), date_text)
        language = columns["source_language"][i].strip()
        if language and not _LANGUAGE.fullmatch(language):
            row.problem("source_language", "not an ISO 639 language code (e.g. ar, fa, en)")
            language = ""
        sources.append(
            Source(
                outlet=columns["source_outlet"][i],
                url=url,
                date=date,
                language=language,
                claim=columns["source_claim"][i],
            )
        )
    return tuple(sources)


def _parse_row(row: _Row, places: PlaceLookup, today: dt.date) -> ParsedIncident:
    incident_id = row.text("id")
    if not incident_id:
        row.problem("id", "every incident needs an id")
    elif incident_id != row.raw("id"):
        row.problem("id", "an id must not start or end with spaces")

    date: dt.date | None = None
    implied_precision: str | None = None
    if not row.text("date"):
        row.problem("date", "every incident needs a date")
    else:
        try:
            date, implied_precision = parse_date(row.text("date"))
        except ValueError as exc:
            row.problem("date", str(exc))
    if date is not None and date > today:
        row.problem("date", f"the date is in the future (today is {today.isoformat()})")
    precision = row.text("date_precision") or implied_precision or "day"
    if precision not in DATE_PRECISIONS:
        row.problem("date_precision", f"must be one of {', '.join(DATE_PRECISIONS)}")
        precision = "day"
    end_date: dt.date | None = None
    if row.text("end_date"):
        try:
            end_date = parse_date(row.text("end_date"))[0]
        except ValueError as exc:
            row.problem("end_date", str(exc))
        else:
            if date is not None and end_date < date:
                row.problem("end_date", f"ends before it starts ({date.isoformat()})")
            if end_date > today:
                row.problem("end_date", f"the date is in the future (today is {today})")

    if not row.text("kind"):
        row.problem("kind", "every incident needs a kind")
    kind = row.slug("kind", KINDS, "attack")
    weapon = row.slug("weapon", WEAPONS, "unknown")
    claim_status = row.text("claim_status") or "unknown"
    if claim_status not in CLAIM_STATUSES:
        row.problem("claim_status", f"must be one of {', '.join(CLAIM_STATUSES)}")
    count = row.integer("count")
    killed = row.integer("killed")
    wounded = row.integer("wounded")

    target = _location(row, "target", places)
    origin = _location(row, "origin", places)

    responds_to = tuple(item.strip() for item in split_multi(row.raw("responds_to")))
    if any(not item for item in responds_to):
        row.problem("responds_to", "an empty id between '|' separators")
        responds_to = tuple(item for item in responds_to if item)
    if incident_id and incident_id in responds_to:
        row.problem("responds_to", "an incident cannot respond to itself", incident_id)
    sources = _sources(row)

    parsed = ParsedIncident(
        row.file,
        row.line,
        incident_id,
        responds_to,
        date,
        _latest_possible(date, precision, end_date) if date is not None else None,
    )
    if row.problems or target is None or date is None:
        return parsed
    incident = Incident(
        id=incident_id,
        date=date,
        kind=kind,
        target=target,
        date_precision=precision,
        end_date=end_date,
        weapon=weapon,
        count=count,
        origin=origin,
        actor=row.raw("actor"),
        claim_status=claim_status,
        targeted_party=row.raw("targeted_party"),
        killed=killed,
        wounded=wounded,
        damage=row.raw("damage"),
        responds_to=responds_to,
        sources=sources,
        notes=row.raw("notes"),
        wave=row.raw("wave"),
    )
    return ParsedIncident.of(incident, row.file, row.line)


def check_header(
    columns: Sequence[str], *, file: str, line: int | None = 1, geometry: bool = False
) -> list[Problem]:
    """Problems with a header: missing required columns, unknown or repeated columns.

    ``geometry=True`` when the format carries the target point itself (GeoJSON,
    GeoPackage), so no target column is required.

    >>> [p.message for p in check_header(["id", "date", "targt"], file="f.csv")]
    ["missing required column 'kind'", "missing a target: a 'target' column (place name) or \
'target_lat' and 'target_lon'", "unknown column; did you mean 'target'?"]
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
    known = (*INCIDENT_COLUMNS, *AUTHORING_COLUMNS)
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            problems.append(Problem(file, line, column, column, "repeated column"))
        seen.add(column)
        if column not in known:
            close = difflib.get_close_matches(column, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(Problem(file, line, column, column, f"unknown column{hint}"))
    return problems


def parse_rows(
    rows: Iterable[tuple[int | None, Mapping[str, str]]],
    *,
    file: str,
    places: PlaceLookup | None = None,
    today: dt.date | None = None,
) -> tuple[list[ParsedIncident], list[Problem]]:
    """Parse rows ``(line, {column: text})`` into incidents, collecting every problem.

    Every row gives a :class:`ParsedIncident`; a row with problems has no ``incident``
    but all its problems are reported (nothing is dropped silently) and it still takes
    part in the cross-row checks of :func:`check_links` (duplicate ids, ``responds_to``).
    """
    places = places or _no_lookup()
    today = today or dt.date.today()
    found: list[ParsedIncident] = []
    problems: list[Problem] = []
    for line, cells in rows:
        row = _Row(file, line, cells)
        found.append(_parse_row(row, places, today))
        problems.extend(row.problems)
    return found, problems


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
                close = difflib.get_close_matches(answered_id, list(first), n=1)
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


# ---------------------------------------------------------------- incidents → records


def incident_to_record(incident: Incident) -> dict[str, Any]:
    """One incident as a flat record keyed by :data:`INCIDENT_COLUMNS`.

    Values are typed: ``date``/``end_date`` are dates, numbers are ``int``/``float`` or
    ``None``, the multi-valued columns (``responds_to`` and the source columns) are lists
    of strings, text is ``str`` (empty when absent).

    >>> import datetime as dt
    >>> inc = Incident("a", dt.date(2024, 1, 20), "attack", Location(33.8, 42.44, "Ain al-Asad"),
    ...                sources=(Source("AFP", language="en"),))
    >>> rec = incident_to_record(inc)
    >>> rec["target"], rec["target_lat"], rec["source_outlet"], rec["origin_lat"]
    ('Ain al-Asad', 33.8, ['AFP'], None)
    """
    record: dict[str, Any] = {
        "id": incident.id,
        "date": incident.date,
        "date_precision": incident.date_precision,
        "end_date": incident.end_date,
        "wave": incident.wave,
        "kind": incident.kind,
        "weapon": incident.weapon,
        "count": incident.count,
    }
    for role, location in (("target", incident.target), ("origin", incident.origin)):
        precision_col = "geo_precision" if role == "target" else "origin_geo_precision"
        record[role] = location.name if location else ""
        record[f"{role}_place_id"] = (location.place_id or "") if location else ""
        record[f"{role}_lat"] = location.lat if location else None
        record[f"{role}_lon"] = location.lon if location else None
        record[f"{role}_radius_m"] = location.radius_m if location else None
        record[precision_col] = location.geo_precision if location else None
        record[f"{role}_relation"] = location.relation if location else ""
        record[f"{role}_polygon_wkt"] = (location.polygon_wkt or "") if location else ""
    record.update(
        {
            "actor": incident.actor,
            "claim_status": incident.claim_status,
            "targeted_party": incident.targeted_party,
            "killed": incident.killed,
            "wounded": incident.wounded,
            "damage": incident.damage,
            "responds_to": list(incident.responds_to),
            "source_outlet": [s.outlet for s in incident.sources],
            "source_url": [s.url for s in incident.sources],
            "source_date": [s.date.isoformat() if s.date else "" for s in incident.sources],
            "source_language": [s.language for s in incident.sources],
            "source_claim": [s.claim for s in incident.sources],
            "notes": incident.notes,
        }
    )
    return {column: record[column] for column in INCIDENT_COLUMNS}


def format_number(value: float | int | None) -> str:
    """A number as the shortest text that reads back to the same value (``""`` for None).

    >>> format_number(2000.0), format_number(33.80123456789), format_number(None)
    ('2000', '33.80123456789', '')
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def record_cell(value: Any) -> str:
    """One record value as CSV text: lists joined with ``|``, dates ISO, numbers exact.

    >>> record_cell(["a", "b|c"]), record_cell(None), record_cell(1.5)
    ('a|b\\\\|c', '', '1.5')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return join_multi(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)

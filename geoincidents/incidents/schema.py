"""The flat schema of incidents: the columns, the vocabularies and how values become cells.

Every format (our CSV, GeoJSON, ACLED, GeoPackage, GeoParquet, a GeoDataFrame) is read
as rows of text keyed by these column names and parsed by :mod:`.rows`; the writers go the
other way with :func:`incident_to_record`. One source of truth for the columns.

Columns (only ``id``, ``date``, ``kind`` and a target are required):

==========================  ======================================================
``id``                      unique id (any text without leading/trailing spaces)
``date``                    ``YYYY-MM-DD`` (a time part ``THH:MM[:SS]`` is checked
                            and dropped), ``YYYY-MM`` (month precision),
                            ``05 January 2022``, or a Jalali or Hijri date (see
                            :mod:`.dates`: a ``calendar`` column, a suffix ``SH``
                            / ``AH``, or recognised by its year)
``calendar``                ``gregorian`` (default), ``jalali`` or ``hijri``: the
                            calendar of ``date`` and ``end_date`` in this row
``date_precision``          ``day`` (default), ``week`` or ``month``
``end_date``                last day of a multi-day incident (not before ``date``)
``wave``                    free label of the wave of attacks, e.g. ``2024-01``
``kind``                    ``attack``, ``interception``, ``preemptive_strike``,
                            ``retaliatory_strike``, ``explosion`` or another
                            lower-case slug
``weapon``                  ``rocket``, ``drone``, ``ballistic_missile``,
                            ``cruise_missile``, ``ied``, ``artillery``,
                            ``airstrike``, ``unknown`` (default) or another slug;
                            several as ``rocket|drone`` (the first is the primary)
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
``target_query`` …          the resolver's verdict, written by the library (see
                            :data:`VERDICT_FIELDS`): ``query, method, score,
                            country, admin1, alias, ambiguous, alternatives``
                            (alternatives as a JSON list of objects)
``origin*``                 the same columns for where it was launched from
                            (``origin_geo_precision`` for the ACLED code)
``actor``                   who did it
``claim_status``            ``claimed``, ``attributed``, ``unclaimed``, ``denied``,
                            ``disputed``, ``unknown`` (default) or another slug
``targeted_party``          who was targeted
``killed``, ``wounded``     integers ≥ 0
``damage``                  free text
``responds_to``             ``|``-separated ids of the incidents this one answered
``source_outlet``,          one entry per source, ``|``-separated and aligned by
``source_url``,             position (a single ``source_date`` or
``source_date``,            ``source_language`` applies to every source); write
``source_language``,        ``\\|`` for a literal ``|`` and ``\\\\`` for ``\\``.
``source_claim``            A URL that is not http(s) is kept as text (a citation).
``notes``                   free text
==========================  ======================================================

Examples
--------
>>> split_multi("rocket|drone")
['rocket', 'drone']
>>> record_cell(["a", "b|c"])
'a|b\\\\|c'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import numbers
import operator
from collections.abc import Iterable
from typing import Any

from geoincidents.errors import IncidentValueError
from geoincidents.incidents.model import (
    CLAIM_STATUSES,
    DATE_PRECISIONS,
    KINDS,
    WEAPONS,
    Alternative,
    Incident,
    Location,
    Source,
)

__all__ = [
    "AUTHORING_COLUMNS",
    "CLAIM_STATUSES",
    "DATE_PRECISIONS",
    "DERIVED_COLUMNS",
    "INCIDENT_COLUMNS",
    "KINDS",
    "MULTI_COLUMNS",
    "REQUIRED_COLUMNS",
    "SOURCE_COLUMNS",
    "VERDICT_FIELDS",
    "WEAPONS",
    "NestedValueError",
    "alternatives_text",
    "check_incident_types",
    "format_number",
    "incident_to_record",
    "join_multi",
    "location_columns",
    "parse_alternatives",
    "property_text",
    "record_cell",
    "split_multi",
]

#: Source columns, aligned by position when an incident has several sources.
SOURCE_COLUMNS = ("source_outlet", "source_url", "source_date", "source_language", "source_claim")
#: The verdict fields of a Location, written as ``target_<field>`` / ``origin_<field>``.
VERDICT_FIELDS = (
    "query",
    "method",
    "score",
    "country",
    "admin1",
    "alias",
    "ambiguous",
    "alternatives",
)


def location_columns(role: str) -> tuple[str, ...]:
    """The columns of a target or origin location, in the order they are written.

    >>> location_columns("origin")[:4]
    ('origin', 'origin_place_id', 'origin_lat', 'origin_lon')
    """
    precision = "geo_precision" if role == "target" else "origin_geo_precision"
    return (
        role,
        f"{role}_place_id",
        f"{role}_lat",
        f"{role}_lon",
        f"{role}_radius_m",
        precision,
        f"{role}_relation",
        f"{role}_polygon_wkt",
        *(f"{role}_{name}" for name in VERDICT_FIELDS),
    )


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
    *location_columns("target"),
    *location_columns("origin"),
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
AUTHORING_COLUMNS = (
    "target_distance_km",
    "target_bearing",
    "origin_distance_km",
    "origin_bearing",
    "calendar",
)
#: Columns computed from the others (in GeoDataFrames); accepted and ignored on reading.
DERIVED_COLUMNS = ("doubtful",)
REQUIRED_COLUMNS = ("id", "date", "kind")
#: Multi-valued columns, ``|``-separated.
MULTI_COLUMNS = frozenset({"responds_to", "weapon", *SOURCE_COLUMNS})


class NestedValueError(IncidentValueError):
    """A property value nests lists or objects where a flat value is expected (internal:
    the readers turn it into a :class:`~geoincidents.errors.Problem`)."""


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


# ---------------------------------------------------------------- values → cells


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

    >>> record_cell(["a", "b|c"]), record_cell(None), record_cell(1.5), record_cell(True)
    ('a|b\\\\|c', '', '1.5', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return join_multi(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return format_number(value)
    return str(value)


def alternatives_text(alternatives: Iterable[Alternative]) -> str:
    """Runner-up candidates as the JSON text of the ``*_alternatives`` cells.

    >>> alternatives_text([Alternative("dhamar", "Dhamar", "YE", 0.8)])
    '[{"place_id": "dhamar", "name": "Dhamar", "country": "YE", "score": 0.8}]'
    >>> alternatives_text([])
    ''
    """
    items = [
        {"place_id": a.place_id, "name": a.name, "country": a.country, "score": a.score}
        for a in alternatives
    ]
    return json.dumps(items, ensure_ascii=False, allow_nan=False) if items else ""


def parse_alternatives(value: Any) -> tuple[Alternative, ...]:
    """The inverse of :func:`alternatives_text` (also takes the decoded list).

    Raises ``ValueError`` with a readable reason for anything else.

    >>> parse_alternatives('[{"place_id": "dhamar", "name": "Dhamar", "country": "YE"}]')
    (Alternative(place_id='dhamar', name='Dhamar', country='YE', score=None),)
    """
    if isinstance(value, str):
        if not value.strip():
            return ()
        try:
            value = json.loads(value)
        except (ValueError, RecursionError) as exc:
            raise IncidentValueError("alternatives must be a JSON list of objects") from exc
    if not isinstance(value, list):
        raise IncidentValueError("alternatives must be a JSON list of objects")
    found = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("place_id"), str):
            raise IncidentValueError("each alternative needs a text 'place_id'")
        extra = set(item) - {"place_id", "name", "country", "score"}
        if extra:
            raise IncidentValueError(f"unknown keys in an alternative: {', '.join(sorted(extra))}")
        name, country, score = item.get("name", ""), item.get("country", ""), item.get("score")
        if not isinstance(name, str) or not isinstance(country, str):
            raise IncidentValueError("an alternative's name and country must be text")
        if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
            raise IncidentValueError("an alternative's score must be a number")
        found.append(
            Alternative(item["place_id"], name, country, None if score is None else float(score))
        )
    return tuple(found)


def property_text(value: Any) -> str:
    """A property or cell value (GeoJSON, a GeoDataFrame) as the text the row parser reads.

    A list becomes a ``|``-separated cell; its items must be flat values (a list inside
    a list raises :class:`NestedValueError`, never a ``RecursionError``).

    >>> property_text(None), property_text(17), property_text(["a", "b|c"]), property_text(2.5)
    ('', '17', 'a|b\\\\|c', '2.5')
    >>> property_text([[1, 2]])
    Traceback (most recent call last):
    ...
    geoincidents.incidents.schema.NestedValueError: a list inside a list: give a flat list of values
    """
    if isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, (list, tuple, dict)):
                raise NestedValueError("a list inside a list: give a flat list of values")
        return join_multi(_scalar_text(v) for v in value)
    if isinstance(value, dict):
        try:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        except (RecursionError, ValueError, TypeError) as exc:
            raise NestedValueError(f"an object that cannot be read as text: {exc}") from None
    return _scalar_text(value)


def _scalar_text(value: Any) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    if hasattr(value, "item") and not isinstance(value, bytes):
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            value = value.item()  # numpy scalars
    try:
        if value != value:  # NaN, NaT
            return ""
    except TypeError:  # pandas.NA refuses to be a bool
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return record_cell(value)


# ---------------------------------------------------------------- incidents → records


def _location_record(role: str, location: Location | None) -> dict[str, Any]:
    precision = "geo_precision" if role == "target" else "origin_geo_precision"
    if location is None:
        record: dict[str, Any] = dict.fromkeys(location_columns(role), "")
        for column in (f"{role}_lat", f"{role}_lon", f"{role}_radius_m", precision):
            record[column] = None
        record[f"{role}_score"] = None
        record[f"{role}_ambiguous"] = None
        return record
    return {
        role: location.name,
        f"{role}_place_id": location.place_id or "",
        f"{role}_lat": location.lat,
        f"{role}_lon": location.lon,
        f"{role}_radius_m": location.radius_m,
        precision: location.geo_precision,
        f"{role}_relation": location.relation,
        f"{role}_polygon_wkt": location.polygon_wkt or "",
        f"{role}_query": location.query,
        f"{role}_method": location.method,
        f"{role}_score": location.score,
        f"{role}_country": location.country,
        f"{role}_admin1": location.admin1,
        f"{role}_alias": location.alias,
        f"{role}_ambiguous": location.ambiguous,
        f"{role}_alternatives": alternatives_text(location.alternatives),
    }


def incident_to_record(incident: Incident) -> dict[str, Any]:
    """One incident as a flat record keyed by :data:`INCIDENT_COLUMNS`.

    Values are typed: ``date``/``end_date`` are dates, numbers are ``int``/``float`` or
    ``None``, ``*_ambiguous`` a bool (``None`` without an origin), the multi-valued
    columns (``weapon``, ``responds_to`` and the source columns) are lists of strings,
    ``*_alternatives`` JSON text, other text is ``str`` (empty when absent).

    >>> from geoincidents.incidents.model import Source
    >>> inc = Incident("a", dt.date(2024, 1, 20), "attack", Location(33.8, 42.44, "Ain al-Asad"),
    ...                sources=(Source("AFP", language="en"),), weapons=("rocket", "drone"))
    >>> rec = incident_to_record(inc)
    >>> rec["target"], rec["target_lat"], rec["source_outlet"], rec["origin_lat"], rec["weapon"]
    ('Ain al-Asad', 33.8, ['AFP'], None, ['rocket', 'drone'])
    """
    record: dict[str, Any] = {
        "id": incident.id,
        "date": incident.date,
        "date_precision": incident.date_precision,
        "end_date": incident.end_date,
        "wave": incident.wave,
        "kind": incident.kind,
        "weapon": list(incident.weapons),
        "count": incident.count,
    }
    record.update(_location_record("target", incident.target))
    record.update(_location_record("origin", incident.origin))
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


# ---------------------------------------------------------------- types of a built Incident


def _fail(inc: Incident, field: str, expected: str, value: object) -> IncidentValueError:
    return IncidentValueError(
        f"incident {inc.id!r}: {field} must be {expected} (value: {value!r:.80})"
    )


def _check_location(inc: Incident, field: str, loc: Location) -> None:
    if not isinstance(loc, Location):
        raise _fail(inc, field, "a Location", loc)
    for name, value, limit in (("lat", loc.lat, 90.0), ("lon", loc.lon, 180.0)):
        if type(value) is float and -limit <= value <= limit:
            continue  # the common case, fast (nan fails the comparison)
        ok = isinstance(value, numbers.Real) and math.isfinite(value) and abs(value) <= limit
        if not ok:
            raise IncidentValueError(
                f"incident {inc.id!r}: {field}.{name} must be a number within ±{limit:g} "
                f"(value: {value!r})"
            )
    for name in ("name", "relation", "place_id", "polygon_wkt"):
        _check_text(inc, f"{field}.{name}", getattr(loc, name))
    radius = loc.radius_m
    if radius is not None and not (isinstance(radius, numbers.Real) and math.isfinite(radius)):
        raise _fail(inc, f"{field}.radius_m", "a finite number of metres", radius)
    if loc.geo_precision is None:
        raise _fail(inc, f"{field}.geo_precision", "a whole number", None)
    _check_int(inc, f"{field}.geo_precision", loc.geo_precision)


def _check_text(inc: Incident, field: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise _fail(inc, field, "text", value)


def _check_int(inc: Incident, field: str, value: object) -> None:
    if value is None or type(value) is int:
        return
    if not (isinstance(value, numbers.Real) and math.isfinite(value) and float(value).is_integer()):
        raise _fail(inc, field, "a whole number", value)


def _check_date(inc: Incident, field: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, dt.date):
        raise _fail(inc, field, "a date", value)


_TEXT_FIELDS = (
    "kind",
    "weapon",
    "date_precision",
    "actor",
    "claim_status",
    "targeted_party",
    "damage",
    "notes",
    "wave",
)
_texts_of = operator.attrgetter(*_TEXT_FIELDS)
_ints_of = operator.attrgetter("count", "killed", "wounded")
_source_texts_of = operator.attrgetter("outlet", "url", "language", "claim")
_DATE_TYPES = (dt.date, type(None))


def _plainly_valid(inc: Incident) -> bool:
    """True when every field of *inc* has its usual type (a read incident always has):
    the common case, checked with a few C-level calls; otherwise :func:`check_incident_types`
    names the field that is wrong."""
    if type(inc) is not Incident or type(inc.id) is not str or not inc.id:
        return False
    if type(inc.date) is not dt.date or type(inc.end_date) not in _DATE_TYPES:
        return False
    for value in _texts_of(inc):
        if type(value) is not str:
            return False
    for number in _ints_of(inc):
        if number is not None and type(number) is not int:
            return False
    responds_to = inc.responds_to
    if type(responds_to) is not tuple:
        return False
    for item in responds_to:
        if type(item) is not str:
            return False
    sources = inc.sources
    if type(sources) is not tuple:
        return False
    for source in sources:
        if type(source) is not Source or type(source.date) not in _DATE_TYPES:
            return False
        for value in _source_texts_of(source):
            if type(value) is not str:
                return False
    return True


def check_incident_types(inc: Incident, checked: set[int] | None = None) -> None:
    """Refuse an incident whose fields hold values of the wrong type.

    The readers build incidents with the right types; an :class:`Incident` built by hand
    may hold anything, and what consumes it (the map's browser code shows text with
    ``textContent``, compares ISO dates as strings, needs finite numbers) relies on them.
    One check, here, for every consumer. *checked* (optional) holds the ``id()`` of the
    Locations already checked, so a Location shared by many incidents is checked once.

    Raises
    ------
    IncidentValueError
        Naming the incident, the field and the value.

    Examples
    --------
    >>> loc = Location(33.8, 42.4)
    >>> check_incident_types(Incident("a1", dt.date(2024, 1, 20), "attack", loc))
    >>> check_incident_types(Incident("a2", dt.date(2024, 1, 20), "attack", loc, count="3"))
    Traceback (most recent call last):
    ...
    geoincidents.errors.IncidentValueError: incident 'a2': count must be a whole number (value: '3')
    """
    if checked is not None and _plainly_valid(inc):
        # the locations are checked once each (*checked* holds their ids)
        for field, loc in (("target", inc.target), ("origin", inc.origin)):
            if loc is None and field == "origin":
                continue
            if id(loc) not in checked:
                _check_location(inc, field, loc)  # type: ignore[arg-type]
                checked.add(id(loc))
        return
    if not isinstance(inc, Incident):
        raise IncidentValueError(f"not an Incident (value: {inc!r:.80})")
    if not isinstance(inc.id, str) or not inc.id:
        raise IncidentValueError(f"incident id must be non-empty text (value: {inc.id!r:.80})")
    _check_date(inc, "date", inc.date, optional=False)
    _check_date(inc, "end_date", inc.end_date, optional=True)
    for name in _TEXT_FIELDS:
        _check_text(inc, name, getattr(inc, name))
    for name in ("kind", "weapon", "wave"):
        if getattr(inc, name) is None:
            raise _fail(inc, name, "text", None)
    for name in ("count", "killed", "wounded"):
        _check_int(inc, name, getattr(inc, name))
    # a Location shared by many incidents is checked once (*checked* holds their ids)
    for field, loc in (("target", inc.target), ("origin", inc.origin)):
        if loc is None and field == "origin":
            continue
        if checked is None or id(loc) not in checked:
            _check_location(inc, field, loc)  # type: ignore[arg-type]
            if checked is not None:
                checked.add(id(loc))
    if isinstance(inc.responds_to, str) or not all(isinstance(i, str) for i in inc.responds_to):
        raise _fail(inc, "responds_to", "a sequence of incident ids", inc.responds_to)
    if isinstance(inc.sources, Source):
        raise _fail(inc, "sources", "a sequence of Source", inc.sources)
    for n, source in enumerate(inc.sources):
        if not isinstance(source, Source):
            raise _fail(inc, f"sources[{n}]", "a Source", source)
        for name in ("outlet", "url", "language", "claim"):
            _check_text(inc, f"sources[{n}].{name}", getattr(source, name))
        _check_date(inc, f"sources[{n}].date", source.date, optional=True)

"""Read and write incident files: our CSV, GeoJSON, ACLED exports, GeoPackage, GeoParquet.

:func:`read_incidents` recognises the format of each file, resolves place names through
the gazetteer and reports *every* problem in one :class:`~geoincidents.errors.IncidentFileError`
(file, line, column, value); nothing is dropped silently. :func:`write_incidents` writes
by extension, atomically (temporary file + ``os.replace``) and deterministically (same
incidents, same bytes).

Formats
-------
- **CSV** (``.csv``): the columns of :mod:`geoincidents.incidents.validate`; only
  ``id``, ``date``, ``kind`` and a target are required. UTF-8 with or without BOM.
  ``line`` in problems is the physical line (the header is line 1).
- **GeoJSON** (``.geojson``, ``.json``): a FeatureCollection of Points (the target);
  properties use the CSV column names; ``responds_to`` and the source columns may be
  lists, and ``sources`` may be a list of objects with ``outlet, url, date, language,
  claim``. ``line`` is the line where the feature starts.
- **ACLED** CSV exports, recognised by their columns (see :data:`ACLED_COLUMNS`).
  ``sub_event_type`` maps to kind and weapon by :data:`ACLED_KINDS` and the actor:
  US or coalition forces (:data:`STRIKE_ACTOR`) make a strike — ``preemptive_strike``
  when the notes speak of an imminent threat or pre-emption, else
  ``retaliatory_strike``. A weapon named in the notes (:data:`WEAPON_WORDS`) refines
  the weapon. Other event types become a kind slugged from ``sub_event_type``
  ("Armed clash" → ``armed_clash``), so no row is lost. ``geo_precision`` 1/2/3 gives
  a radius of :data:`ACLED_RADIUS_M`; ``time_precision`` 1/2/3 gives day/week/month;
  ``fatalities`` → ``killed``; ``actor2`` → targeted party; ``source`` (``;``-separated)
  → sources. Other ACLED columns are ignored.
- **GeoPackage** (``.gpkg``) and **GeoParquet** (``.parquet``): the table of
  :func:`geoincidents.incidents.frame.to_geodataframe`; ``line`` is the row number.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.csv").write_text(
...     "id,date,kind,weapon,count,target,target_lat,target_lon\\n"
...     "x1,2024-01-20,attack,ballistic_missile,17,Ain al-Asad,33.8,42.44\\n", encoding="utf-8")
>>> [(i.id, i.count, i.target.name) for i in read_incidents(folder / "a.csv")]
[('x1', 17, 'Ain al-Asad')]
>>> write_incidents(read_incidents(folder / "a.csv"), folder / "b.geojson")
>>> read_incidents(folder / "b.geojson") == read_incidents(folder / "a.csv")
True
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.errors import IncidentFileError, Problem
from geoincidents.incidents.model import STRIKE_KINDS, Incident
from geoincidents.incidents.validate import (
    INCIDENT_COLUMNS,
    SOURCE_COLUMNS,
    ParsedIncident,
    PlaceLookup,
    check_header,
    check_links,
    format_number,
    incident_to_record,
    join_multi,
    parse_rows,
    record_cell,
)

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Resolution

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_KINDS",
    "ACLED_RADIUS_M",
    "ACLED_WRITE_COLUMNS",
    "FORMATS",
    "STRIKE_ACTOR",
    "WEAPON_WORDS",
    "convert_incidents",
    "detect_format",
    "place_lookup",
    "read_incidents",
    "write_acled_csv",
    "write_incidents",
]

PathLike = str | os.PathLike[str]

#: Output formats and the extensions that select them.
FORMATS = {
    ".csv": "csv",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}

#: The columns that identify an ACLED export (all required).
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
    "fatalities",
    "source",
)
#: The columns :func:`write_acled_csv` writes.
ACLED_WRITE_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
_REMOTE_VIOLENCE = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"

#: ACLED ``sub_event_type`` → (kind, default weapon). ``None`` as kind means "attack,
#: or a strike when the actor matches :data:`STRIKE_ACTOR`".
ACLED_KINDS: dict[str, tuple[str | None, str]] = {
    "Shelling/artillery/missile attack": (None, "unknown"),
    "Air/drone strike": (None, "drone"),
    "Remote explosive/landmine/IED": ("attack", "ied"),
    "Suicide bomb": ("attack", "ied"),
    "Grenade": ("attack", "unknown"),
    "Chemical weapon": ("attack", "unknown"),
    "Disrupted weapons use": ("interception", "unknown"),
}
#: Radius in metres given to an ACLED location by its ``geo_precision``.
ACLED_RADIUS_M = {1: 2_000.0, 2: 25_000.0, 3: 100_000.0}
#: Actors whose remote violence is a US or coalition strike.
STRIKE_ACTOR = re.compile(
    r"\b(united states|u\.s\.a?\.?|us|usa|american|coalition|cjtf|inherent resolve)\b", re.I
)
_PREEMPTIVE = re.compile(r"imminent|pre-?empt", re.I)
#: Words in ACLED notes that name the weapon, checked in order.
WEAPON_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ballistic", re.I), "ballistic_missile"),
    (re.compile(r"cruise missile", re.I), "cruise_missile"),
    (re.compile(r"\b(drones?|uavs?|uas|unmanned)\b", re.I), "drone"),
    (re.compile(r"\b(rockets?|katyushas?|grad)\b", re.I), "rocket"),
    (re.compile(r"\b(mortars?|artillery|shell(s|ing|ed)?)\b", re.I), "artillery"),
    (re.compile(r"\b(ieds?|roadside bombs?|explosive devices?|landmines?)\b", re.I), "ied"),
    (re.compile(r"\b(air ?strikes?|warplanes?|fighter jets?|aircraft)\b", re.I), "airstrike"),
)
_WEAPON_SUB_EVENT = {
    "drone": "Air/drone strike",
    "airstrike": "Air/drone strike",
    "ied": "Remote explosive/landmine/IED",
}
_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
_ACLED_PROBLEM_COLUMNS = {
    "id": "event_id_cnty",
    "date": "event_date",
    "date_precision": "time_precision",
    "target": "location",
    "target_lat": "latitude",
    "target_lon": "longitude",
    "killed": "fatalities",
    "actor": "actor1",
    "targeted_party": "actor2",
    "source_outlet": "source",
    "kind": "sub_event_type",
}


# ---------------------------------------------------------------- places


def place_lookup(
    gazetteer: Gazetteer | None = None, resolver: Callable[[str], Resolution] | None = None
) -> PlaceLookup:
    """How names and ids in incident files become places.

    ``resolver`` defaults to :func:`geoincidents.places.resolve.resolve` with
    ``gazetteer`` (the default gazetteer when ``None``); ids are looked up in
    ``gazetteer``. Nothing is loaded until a row needs it.
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

    def resolve_name(name: str) -> Resolution:
        if resolver is not None:
            return resolver(name)
        from geoincidents.places.resolve import resolve

        return resolve(name, the_gazetteer())

    return PlaceLookup(
        resolve_name=resolve_name,
        place_by_id=lambda place_id: the_gazetteer().by_id.get(place_id),
        known_ids=lambda: sorted(the_gazetteer().by_id),
    )


# ---------------------------------------------------------------- reading


def detect_format(path: PathLike, head: str = "") -> str:
    """The format of a file from its extension, else from its first characters.

    Returns ``"csv"`` (our format or ACLED; the header decides), ``"geojson"``,
    ``"gpkg"`` or ``"parquet"``.

    >>> detect_format("a.geojson"), detect_format("b.CSV"), detect_format("c.txt", "{")
    ('geojson', 'csv', 'geojson')
    """
    suffix = Path(path).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    return "geojson" if head.lstrip("\ufeff \t\r\n").startswith("{") else "csv"


def _decode(data: bytes, file: str) -> tuple[str, list[Problem]]:
    """UTF-8 (with or without BOM); every undecodable line is a problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    problems = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.end + 3]
            problems.append(
                Problem(
                    file,
                    number,
                    None,
                    bad.decode("utf-8", "backslashreplace"),
                    f"not UTF-8 (byte {exc.start + 1} of the line); save the file as UTF-8",
                )
            )
    return "", problems


def _csv_records(
    text: str, file: str
) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[Problem]]:
    """Header, rows ``(line, cells)`` and structural problems of a CSV text."""
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not record or (len(record) == 1 and not record[0].strip()):
                continue  # a blank line holds no data
            if header is None:
                header = [column.strip() for column in record]
                continue
            if len(record) != len(header):
                problems.append(
                    Problem(
                        file,
                        start,
                        None,
                        None,
                        f"{len(record)} fields but the header has {len(header)}: check the "
                        "commas and quotes",
                    )
                )
                continue
            rows.append((start, dict(zip(header, record, strict=True))))
    except csv.Error as exc:
        problems.append(Problem(file, reader.line_num, None, None, f"broken CSV: {exc}"))
    if header is None:
        problems.append(Problem(file, 1, None, None, "empty file: no header line"))
        header = []
    return header, rows, problems


def _is_acled(header: Sequence[str]) -> bool:
    return "event_id_cnty" in header and "event_date" in header


def _weapon_in(notes: str) -> str | None:
    for pattern, weapon in WEAPON_WORDS:
        if pattern.search(notes):
            return weapon
    return None


def acled_kind_weapon(
    event_type: str, sub_event_type: str, actor: str, notes: str
) -> tuple[str, str]:
    """Kind and weapon of an ACLED event (see the module docstring for the rules).

    >>> acled_kind_weapon("Explosions/Remote violence", "Air/drone strike",
    ...                   "Military Forces of the United States (2021-)", "Strikes on depots.")
    ('retaliatory_strike', 'airstrike')
    >>> acled_kind_weapon("Explosions/Remote violence", "Shelling/artillery/missile attack",
    ...                   "Islamic Resistance in Iraq", "Three rockets hit the base.")
    ('attack', 'rocket')
    >>> acled_kind_weapon("Battles", "Armed clash", "A", "")
    ('armed_clash', 'unknown')
    """
    event_type, sub = event_type.strip(), sub_event_type.strip()
    named = _weapon_in(notes)
    if sub in ACLED_KINDS:
        kind, weapon = ACLED_KINDS[sub]
        if kind is None:
            if STRIKE_ACTOR.search(actor):
                kind = "preemptive_strike" if _PREEMPTIVE.search(notes) else "retaliatory_strike"
                if sub == "Air/drone strike":
                    weapon = "airstrike"
            else:
                kind = "attack"
        if sub == "Air/drone strike":
            return kind, named if named in ("drone", "airstrike") else weapon
        return kind, named or weapon
    if event_type == _REMOTE_VIOLENCE:
        return "explosion", named or "unknown"
    slug = re.sub(r"[^a-z0-9]+", "_", (sub or event_type).lower()).strip("_")
    return slug or "unknown_event", "unknown"


def _acled_rows(
    rows: Iterable[tuple[int, Mapping[str, str]]],
) -> list[tuple[int, dict[str, str]]]:
    """ACLED rows as rows of our schema."""
    converted = []
    for line, cells in rows:

        def get(column: str, cells: Mapping[str, str] = cells) -> str:
            return (cells.get(column) or "").strip()

        kind, weapon = acled_kind_weapon(
            get("event_type"), get("sub_event_type"), get("actor1"), get("notes")
        )
        precision = get("geo_precision")
        radius = ACLED_RADIUS_M.get(int(precision), 0.0) if precision in ("1", "2", "3") else None
        actor = get("actor1")
        outlets = [s.strip() for s in get("source").split(";") if s.strip()]
        converted.append(
            (
                line,
                {
                    "id": get("event_id_cnty"),
                    "date": get("event_date"),
                    "date_precision": _TIME_PRECISION.get(get("time_precision"), ""),
                    "kind": kind,
                    "weapon": weapon,
                    "target": get("location"),
                    "target_lat": get("latitude"),
                    "target_lon": get("longitude"),
                    "target_radius_m": format_number(radius),
                    "geo_precision": precision,
                    "actor": actor,
                    "claim_status": "attributed"
                    if actor and not actor.lower().startswith("unidentified")
                    else "unknown",
                    "targeted_party": get("actor2"),
                    "killed": get("fatalities"),
                    "source_outlet": join_multi(outlets),
                    "notes": cells.get("notes") or "",
                },
            )
        )
    return converted


def _acled_problem(problem: Problem) -> Problem:
    column = _ACLED_PROBLEM_COLUMNS.get(problem.column or "", problem.column)
    return Problem(
        problem.file, problem.line, column, problem.value, problem.message, problem.severity
    )


def _read_csv_text(
    text: str, file: str, places: PlaceLookup
) -> tuple[list[ParsedIncident], list[Problem]]:
    header, rows, problems = _csv_records(text, file)
    if _is_acled(header):
        missing = [c for c in ACLED_COLUMNS if c not in header]
        problems += [Problem(file, 1, c, None, f"missing ACLED column {c!r}") for c in missing]
        if missing:
            return [], problems
        for line, cells in rows:  # reported in ACLED terms before conversion
            for column in ("latitude", "longitude"):
                if not (cells.get(column) or "").strip():
                    problems.append(Problem(file, line, column, "", f"ACLED rows need a {column}"))
        parsed, row_problems = parse_rows(_acled_rows(rows), file=file, places=places)
        return parsed, problems + [_acled_problem(p) for p in row_problems]
    header_problems = check_header(header, file=file)
    if header_problems:
        return [], problems + header_problems
    parsed, row_problems = parse_rows(rows, file=file, places=places)
    return parsed, problems + row_problems


def _feature_lines(text: str) -> list[int | None]:
    """The line on which each feature of a FeatureCollection starts (best effort)."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"\s*")

    def skip(i: int) -> int:
        match = ws.match(text, i)
        return match.end() if match else i

    try:
        i = skip(0)
        if text[i] != "{":
            return []
        i = skip(i + 1)
        while text[i] != "}":
            key, i = decoder.raw_decode(text, i)
            i = skip(i)
            i = skip(i + 1)  # the colon
            if key == "features" and text[i] == "[":
                starts: list[int | None] = []
                i = skip(i + 1)
                line, counted = 1, 0
                while text[i] != "]":
                    line += text.count("\n", counted, i)
                    counted = i
                    starts.append(line)
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if text[i] == ",":
                        i = skip(i + 1)
                return starts
            _, i = decoder.raw_decode(text, i)
            i = skip(i)
            if text[i] == ",":
                i = skip(i + 1)
    except (ValueError, IndexError):
        pass
    return []


def property_text(value: Any) -> str:
    """A property or cell value as the text the row parser reads.

    >>> property_text(None), property_text(17), property_text(["a", "b|c"]), property_text(2.5)
    ('', '17', 'a|b\\\\|c', '2.5')
    """
    if value is None:
        return ""
    if hasattr(value, "item") and not isinstance(value, (str, bytes, list)):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()  # numpy scalars
    try:
        if value != value:  # NaN, NaT
            return ""
    except TypeError:  # pandas.NA refuses to be a bool
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return join_multi(property_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return record_cell(value)


def _sources_to_cells(sources: Any) -> dict[str, str] | str:
    """A GeoJSON ``sources`` list as the source columns, or a message if malformed."""
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        return "'sources' must be a list of objects with outlet, url, date, language, claim"
    keys = {"outlet", "url", "date", "language", "claim"}
    extra = sorted({k for s in sources for k in s} - keys)
    if extra:
        return f"unknown keys in 'sources': {', '.join(extra)}"
    return {
        f"source_{key}": join_multi(property_text(s.get(key)) for s in sources)
        for key in ("outlet", "url", "date", "language", "claim")
    }


def _read_geojson_text(
    text: str, file: str, places: PlaceLookup
) -> tuple[list[ParsedIncident], list[Problem]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(file, exc.lineno, None, None, f"not valid JSON: {exc.msg}")]
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        return [], [Problem(file, 1, "type", None, "not a GeoJSON FeatureCollection")]
    features = document.get("features")
    if not isinstance(features, list):
        return [], [Problem(file, 1, "features", None, "'features' must be a list")]
    lines = _feature_lines(text)
    problems: list[Problem] = []
    rows: list[tuple[int | None, dict[str, str]]] = []
    for number, feature in enumerate(features, start=1):
        line = lines[number - 1] if len(lines) == len(features) else number
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(Problem(file, line, None, None, f"feature {number} is not a Feature"))
            continue
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            problems.append(Problem(file, line, "properties", None, "must be an object"))
            continue
        cells = {key: property_text(value) for key, value in properties.items() if key != "sources"}
        if "sources" in properties:
            converted = _sources_to_cells(properties["sources"])
            if isinstance(converted, str):
                problems.append(Problem(file, line, "sources", None, converted))
                continue
            cells.update(converted)
        if "id" not in cells and feature.get("id") is not None:
            cells["id"] = property_text(feature["id"])
        header = [c for c in cells if c not in ("target_lat", "target_lon")]
        problems += [
            p
            for p in check_header(header, file=file, line=line, geometry=True)
            if not p.message.startswith("missing required")
        ]
        geometry = feature.get("geometry")
        if geometry is not None:
            coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
            if (
                not isinstance(geometry, dict)
                or geometry.get("type") != "Point"
                or not isinstance(coordinates, list)
                or len(coordinates) not in (2, 3)
            ):
                problems.append(
                    Problem(file, line, "geometry", None, "the geometry must be a Point [lon, lat]")
                )
                continue
            lon_text, lat_text = property_text(coordinates[0]), property_text(coordinates[1])
            for column, value in (("target_lat", lat_text), ("target_lon", lon_text)):
                given = cells.get(column, "").strip()
                if given and given != value:
                    problems.append(
                        Problem(file, line, column, given, f"differs from the geometry ({value})")
                    )
            cells["target_lat"], cells["target_lon"] = lat_text, lon_text
        rows.append((line, cells))
    parsed, row_problems = parse_rows(rows, file=file, places=places)
    return parsed, problems + row_problems


def _read_table(
    path: Path, kind: str, places: PlaceLookup
) -> tuple[list[ParsedIncident], list[Problem]]:
    import geopandas as gpd

    from geoincidents.incidents.frame import geodataframe_rows

    file = str(path)
    try:
        gdf = gpd.read_parquet(path) if kind == "parquet" else gpd.read_file(path)
    except Exception as exc:  # the drivers raise many types; report them as the file's problem
        return [], [Problem(file, None, None, None, f"cannot read the {kind} file: {exc}")]
    header = [str(c) for c in gdf.columns if c != gdf.geometry.name]
    problems = check_header(header, file=file, line=None, geometry=True)
    if problems:
        return [], problems
    rows, row_problems = geodataframe_rows(gdf, file=file)
    parsed, more = parse_rows(rows, file=file, places=places)
    return parsed, row_problems + more


def _as_paths(path_or_paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        return [Path(path_or_paths)]
    return [Path(p) for p in path_or_paths]


def read_incidents(
    path_or_paths: PathLike | Iterable[PathLike],
    *,
    gazetteer: Gazetteer | None = None,
    resolver: Callable[[str], Resolution] | None = None,
) -> list[Incident]:
    """Read incidents from one or more files (CSV, GeoJSON, ACLED, GeoPackage, GeoParquet).

    Place names in ``target``/``origin`` are resolved through ``gazetteer`` (the
    default gazetteer when ``None``) when no coordinates are given, or by ``resolver``
    (a function name → :class:`~geoincidents.places.model.Resolution`) when given.
    Ids must be unique and ``responds_to`` must name incidents across all the files.

    Raises
    ------
    IncidentFileError
        With every problem of every file (file, line, column, value, message).
    """
    places = place_lookup(gazetteer, resolver)
    parsed: list[ParsedIncident] = []
    problems: list[Problem] = []
    for path in _as_paths(path_or_paths):
        file = str(path)
        try:
            data = path.read_bytes() if path.suffix.lower() not in (".gpkg", ".parquet") else b""
        except OSError as exc:
            problems.append(Problem(file, None, None, None, f"cannot read: {exc.strerror}"))
            continue
        kind = detect_format(path, data[:64].decode("utf-8", "replace"))
        if kind in ("gpkg", "parquet"):
            if not path.is_file():
                problems.append(Problem(file, None, None, None, "cannot read: no such file"))
                continue
            found, file_problems = _read_table(path, kind, places)
        else:
            text, file_problems = _decode(data, file)
            if not file_problems:
                reader = _read_geojson_text if kind == "geojson" else _read_csv_text
                found, file_problems = reader(text, file, places)
            else:
                found = []
        parsed += found
        problems += file_problems
    problems += check_links(parsed)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise IncidentFileError(errors)
    return [p.incident for p in parsed if p.incident is not None]


# ---------------------------------------------------------------- writing


def _atomic_write(
    path: Path, write: Callable[[Path], None], *, keep_temp_missing: bool = False
) -> None:
    """Write through a temporary file in the same folder, then ``os.replace`` it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    temp = Path(temp_name)
    try:
        if keep_temp_missing:
            temp.unlink()  # drivers such as GDAL's want to create the file themselves
        write(temp)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _csv_line(cells: Iterable[str]) -> str:
    r"""One CSV line; a cell is quoted when it holds a comma, quote, CR or LF.

    (The csv module leaves a lone CR unquoted when lines end in LF, and reading it
    back would lose it.)

    >>> _csv_line(["a", "b,c", 'x"y', "line\rbreak"])
    'a,"b,c","x""y","line\rbreak"\n'
    """
    quoted = (
        '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\r\n') else cell
        for cell in cells
    )
    return ",".join(quoted) + "\n"


def _csv_text(incidents: Sequence[Incident]) -> str:
    lines = [_csv_line(INCIDENT_COLUMNS)]
    for incident in incidents:
        record = incident_to_record(incident)
        lines.append(_csv_line(record_cell(record[c]) for c in INCIDENT_COLUMNS))
    return "".join(lines)


def _geojson_text(incidents: Sequence[Incident]) -> str:
    features = []
    for incident in incidents:
        record = incident_to_record(incident)
        properties: dict[str, Any] = {}
        for column in INCIDENT_COLUMNS:
            if column in ("target_lat", "target_lon") or column in SOURCE_COLUMNS:
                continue
            value = record[column]
            properties[column] = value.isoformat() if isinstance(value, dt.date) else value
        properties["sources"] = [
            {
                "outlet": s.outlet,
                "url": s.url,
                "date": s.date.isoformat() if s.date else "",
                "language": s.language,
                "claim": s.claim,
            }
            for s in incident.sources
        ]
        feature = {
            "type": "Feature",
            "id": incident.id,
            "geometry": {
                "type": "Point",
                "coordinates": [incident.target.lon, incident.target.lat],
            },
            "properties": properties,
        }
        features.append(json.dumps(feature, ensure_ascii=False, allow_nan=False))
    body = ",\n".join(features)
    return '{"type": "FeatureCollection", "features": [\n' + body + ("\n" if body else "") + "]}\n"


def _acled_text(incidents: Sequence[Incident]) -> str:
    lines = [_csv_line(ACLED_WRITE_COLUMNS)]
    precision = {"day": "1", "week": "2", "month": "3"}
    for incident in incidents:
        if incident.kind == "interception":
            event_type, sub = _STRATEGIC, "Disrupted weapons use"
        elif incident.kind == "explosion":
            event_type, sub = _REMOTE_VIOLENCE, ""
        elif incident.kind == "attack" or incident.kind in STRIKE_KINDS:
            event_type = _REMOTE_VIOLENCE
            sub = _WEAPON_SUB_EVENT.get(incident.weapon, "Shelling/artillery/missile attack")
        else:
            event_type, sub = _STRATEGIC, incident.kind.replace("_", " ").capitalize()
        target = incident.target
        lines.append(
            _csv_line(
                [
                    incident.id,
                    incident.date.isoformat(),
                    str(incident.date.year),
                    precision.get(incident.date_precision, "1"),
                    event_type,
                    sub,
                    incident.actor,
                    incident.targeted_party,
                    target.name,
                    format_number(target.lat),
                    format_number(target.lon),
                    str(target.geo_precision),
                    "; ".join(s.outlet for s in incident.sources if s.outlet),
                    incident.notes,
                    format_number(incident.killed),
                ]
            )
        )
    return "".join(lines)


def _write_text(path: Path, text: str) -> None:
    def write(temp: Path) -> None:
        temp.write_bytes(text.encode("utf-8"))

    _atomic_write(path, write)


def _write_table(incidents: Sequence[Incident], path: Path, kind: str) -> None:
    from geoincidents.incidents.frame import to_geodataframe

    gdf = to_geodataframe(incidents)
    if kind == "parquet":
        _atomic_write(path, lambda temp: gdf.to_parquet(temp, index=False))
        return
    import pyogrio

    def write_gpkg(temp: Path) -> None:
        # a fixed timestamp keeps the GeoPackage byte-for-byte deterministic
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
        try:
            gdf.to_file(temp, driver="GPKG", layer="incidents", engine="pyogrio")
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})

    _atomic_write(path, write_gpkg, keep_temp_missing=True)


def write_incidents(
    incidents: Iterable[Incident], path: PathLike, *, format: str | None = None
) -> None:
    """Write incidents atomically to ``path``; the format comes from the extension.

    ``format`` is one of ``csv``, ``geojson``, ``gpkg``, ``parquet`` or ``acled`` (ACLED-
    style CSV, see :func:`write_acled_csv`). The CSV and GeoJSON round-trip exactly
    through :func:`read_incidents`; the output is the same bytes for the same input.
    """
    path = Path(path)
    kind = format or FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ValueError(
            f"cannot tell the format of {path.name!r}: use one of "
            f"{', '.join(sorted(FORMATS))} or pass format="
        )
    items = list(incidents)
    if kind == "csv":
        _write_text(path, _csv_text(items))
    elif kind == "geojson":
        _write_text(path, _geojson_text(items))
    elif kind == "acled":
        _write_text(path, _acled_text(items))
    elif kind in ("gpkg", "parquet"):
        _write_table(items, path, kind)
    else:
        raise ValueError(f"unknown format {kind!r}: csv, geojson, gpkg, parquet or acled")


def write_acled_csv(incidents: Iterable[Incident], path: PathLike) -> None:
    """Write ACLED-style CSV (:data:`ACLED_WRITE_COLUMNS`), readable by :func:`read_incidents`.

    Kind and weapon become ``event_type``/``sub_event_type`` (interception → Strategic
    developments / Disrupted weapons use; attacks and strikes → Explosions/Remote
    violence with the sub-event of the weapon; explosion → no sub-event). ACLED has no
    columns for origins, counts, wounded, claims or links, so those are not written.
    """
    write_incidents(incidents, path, format="acled")


def convert_incidents(
    inputs: PathLike | Iterable[PathLike],
    output: PathLike,
    *,
    format: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Incident]:
    """Read ``inputs`` and write them to ``output``, refusing to overwrite any input.

    Returns the incidents written.
    """
    paths = _as_paths(inputs)
    target = Path(output).resolve()
    for path in paths:
        if path.resolve() == target:
            raise IncidentFileError(
                [Problem(str(path), None, None, str(output), "refusing to overwrite an input file")]
            )
    incidents = read_incidents(paths, gazetteer=gazetteer)
    write_incidents(incidents, output, format=format)
    return incidents

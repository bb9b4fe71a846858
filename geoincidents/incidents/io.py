"""Read and write incident files: our CSV, GeoJSON, ACLED exports, GeoPackage, GeoParquet.

This module only dispatches: the columns are in :mod:`.schema`, row parsing and placing
in :mod:`.rows`, and each format in its own module (:mod:`.csvfile`, :mod:`.acled`,
:mod:`.geojson`, :mod:`.tables`).

:func:`read_incidents_report` recognises the format of each file, resolves place names
through the gazetteer with the sheet as context, and returns a :class:`ReadReport`: the
incidents placed and every warning (doubtful placements, unplaced rows with suggestions).
Malformed data raises one :class:`~geoincidents.errors.IncidentFileError` with *every*
problem (file, line, column, value); so does any unplaced row with ``strict=True``.
:func:`read_incidents` returns the list of incidents and, when rows could not be placed,
issues one :class:`~geoincidents.errors.PlacementWarning` naming them — never dropping a
row silently. :func:`write_incidents` writes by extension, atomically (through
:mod:`geoincidents._files`, honouring the umask and an existing file's mode) and
deterministically (same incidents, same bytes).

Formats
-------
- **CSV** (``.csv``): the columns of :mod:`geoincidents.incidents.schema`; only
  ``id``, ``date``, ``kind`` and a target are required. See :mod:`.csvfile`.
- **GeoJSON** (``.geojson``, ``.json``): a FeatureCollection of Points (the target);
  properties use the CSV column names. See :mod:`.geojson`.
- **ACLED** CSV exports, recognised by their columns. See :mod:`.acled`.
- **GeoPackage** (``.gpkg``) and **GeoParquet** (``.parquet``): the table of
  :func:`geoincidents.incidents.frame.to_geodataframe`. See :mod:`.tables`.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.csv").write_text(
...     "id,date,kind,weapon,count,target,target_lat,target_lon\\n"
...     "x1,2024-01-20,attack,rocket|drone,17,Ain al-Asad,33.8,42.44\\n", encoding="utf-8")
>>> [(i.id, i.weapons, i.target.name) for i in read_incidents(folder / "a.csv")]
[('x1', ('rocket', 'drone'), 'Ain al-Asad')]
>>> write_incidents(read_incidents(folder / "a.csv"), folder / "b.geojson")
>>> read_incidents(folder / "b.geojson") == read_incidents(folder / "a.csv")
True

A name nothing matches leaves its row out, with the suggestions:

>>> _ = (folder / "c.csv").write_text("id,date,kind,target\\nx2,2024-01-20,attack,Asadiya base\\n",
...                                   encoding="utf-8")
>>> report = read_incidents_report(folder / "c.csv")
>>> report.incidents, report.unplaced[0].line, report.unplaced[0].suggestions[0]
((), 2, 'Ain al-Asad Air Base (ain-al-asad)')
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geoincidents._files import atomic_write_text, check_output
from geoincidents._gc import gc_paused
from geoincidents.errors import IncidentValueError, PlacementWarning, Problem
from geoincidents.incidents.acled import (
    ACLED_COLUMNS,
    ACLED_KINDS,
    ACLED_RADIUS_M,
    ACLED_WRITE_COLUMNS,
    STRIKE_ACTOR,
    WEAPON_WORDS,
    acled_batch,
    acled_kind_weapon,
    acled_text,
    is_acled,
)
from geoincidents.incidents.csvfile import csv_rows, csv_text, decode
from geoincidents.incidents.geojson import geojson_batch, geojson_text
from geoincidents.incidents.model import Incident
from geoincidents.incidents.report import ReadReport, report_from_batches
from geoincidents.incidents.rows import RowBatch, check_header, place_lookup
from geoincidents.incidents.schema import property_text

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
    "ReadReport",
    "acled_kind_weapon",
    "convert_incidents",
    "convert_incidents_report",
    "detect_format",
    "place_lookup",
    "property_text",
    "read_incidents",
    "read_incidents_report",
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
_TABLES = ("gpkg", "parquet")


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


def _csv_batch(text: str, file: str) -> RowBatch:
    header, rows, problems = csv_rows(text, file)
    if is_acled(header):
        return acled_batch(header, list(rows), problems, file)
    header_problems = check_header(header, file=file)
    if header_problems:
        return RowBatch(file, [], problems + header_problems)
    return RowBatch(file, rows, problems, columns=tuple(header))


def _batch(path: Path) -> RowBatch:
    """The rows of one file, whatever its format."""
    file = str(path)
    if path.suffix.lower() in (".gpkg", ".parquet", ".geoparquet"):
        from geoincidents.incidents.tables import table_batch

        return table_batch(path, FORMATS[path.suffix.lower()])
    try:
        data = path.read_bytes()
    except OSError as exc:
        return RowBatch(file, [], [Problem(file, None, None, None, f"cannot read: {exc.strerror}")])
    text, problems = decode(data, file)
    if problems:
        return RowBatch(file, [], problems)
    if detect_format(path, text[:64]) == "geojson":
        return geojson_batch(text, file)
    return _csv_batch(text, file)


def _as_paths(path_or_paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        return [Path(path_or_paths)]
    return [Path(p) for p in path_or_paths]


def read_incidents_report(
    paths: PathLike | Iterable[PathLike],
    *,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
    resolver: Callable[[str], Resolution] | None = None,
) -> ReadReport:
    """Read incidents from one or more files and say how each was placed.

    Place names in ``target``/``origin`` are resolved through ``gazetteer`` (the
    default gazetteer when ``None``) when no coordinates are given, with the files as
    context (see :mod:`geoincidents.incidents.rows`), or by ``resolver`` (a function
    name → :class:`~geoincidents.places.model.Resolution`, called with the name alone).
    Ids must be unique and ``responds_to`` must name incidents across all the files.

    Returns
    -------
    ReadReport
        ``incidents`` (every row that could be placed, in file order), ``problems``
        (every warning) and ``unplaced`` (the rows left out, with suggestions).

    Raises
    ------
    IncidentFileError
        With every problem of every file (file, line, column, value, message) when the
        data is malformed, or when ``strict`` and any row could not be placed.
    """
    with gc_paused():
        batches = [_batch(path) for path in _as_paths(paths)]
    return report_from_batches(batches, places=place_lookup(gazetteer, resolver), strict=strict)


def _warn_unplaced(report: ReadReport) -> None:
    if report.unplaced:
        warnings.warn(PlacementWarning(report.unplaced), stacklevel=3)


def read_incidents(
    path_or_paths: PathLike | Iterable[PathLike],
    *,
    gazetteer: Gazetteer | None = None,
    resolver: Callable[[str], Resolution] | None = None,
    strict: bool = False,
) -> list[Incident]:
    """Read incidents from one or more files (CSV, GeoJSON, ACLED, GeoPackage, GeoParquet).

    Like :func:`read_incidents_report`, but returns the list of incidents. When rows
    could not be placed (``strict=False``), one
    :class:`~geoincidents.errors.PlacementWarning` names them all (its ``problems``);
    use :func:`read_incidents_report` to get the warnings as values.

    Raises
    ------
    IncidentFileError
        With every problem of every file (file, line, column, value, message).
    """
    report = read_incidents_report(
        path_or_paths, gazetteer=gazetteer, strict=strict, resolver=resolver
    )
    _warn_unplaced(report)
    return list(report.incidents)


# ---------------------------------------------------------------- writing


def _format_of(path: Path, format: str | None) -> str:
    kind = format or FORMATS.get(path.suffix.lower())
    if kind is None:
        raise IncidentValueError(
            f"cannot tell the format of {path.name!r}: use one of "
            f"{', '.join(sorted(FORMATS))} or pass format="
        )
    if kind not in ("csv", "geojson", "acled", *_TABLES):
        raise IncidentValueError(f"unknown format {kind!r}: csv, geojson, gpkg, parquet or acled")
    return kind


def write_incidents(
    incidents: Iterable[Incident],
    path: PathLike,
    *,
    format: str | None = None,
    inputs: Sequence[PathLike] = (),
) -> None:
    """Write incidents atomically to ``path``; the format comes from the extension.

    ``format`` is one of ``csv``, ``geojson``, ``gpkg``, ``parquet`` or ``acled`` (ACLED-
    style CSV, see :func:`write_acled_csv`). The CSV, GeoJSON, GeoPackage and GeoParquet
    round-trip exactly through :func:`read_incidents`; the output is the same bytes for
    the same input. ``inputs`` are files the output must not be (compared by identity).

    Raises
    ------
    IncidentValueError
        For an unknown format (nothing is written).
    OutputError
        When the path cannot be written (missing folder, a folder, read-only, an input).
    """
    path = Path(path)
    kind = _format_of(path, format)
    items = list(incidents)
    if kind in _TABLES:
        from geoincidents.incidents.tables import write_table

        write_table(items, path, kind, [Path(p) for p in inputs])
        return
    text = {"csv": csv_text, "geojson": geojson_text, "acled": acled_text}[kind](items)
    atomic_write_text(path, text, inputs=inputs)


def write_acled_csv(incidents: Iterable[Incident], path: PathLike) -> None:
    """Write ACLED-style CSV (:data:`ACLED_WRITE_COLUMNS`), readable by :func:`read_incidents`.

    Kind and weapon become ``event_type``/``sub_event_type`` (interception → Strategic
    developments / Disrupted weapons use; attacks and strikes → Explosions/Remote
    violence with the sub-event of the primary weapon; explosion → no sub-event). ACLED
    has no columns for origins, counts, wounded, claims or links, so those are not written.
    """
    write_incidents(incidents, path, format="acled")


def convert_incidents_report(
    inputs: PathLike | Iterable[PathLike],
    output: PathLike,
    *,
    format: str | None = None,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
    resolver: Callable[[str], Resolution] | None = None,
) -> ReadReport:
    """Read ``inputs`` and write what could be placed to ``output``; return the report.

    The output is checked before anything is read: it must not be one of the inputs
    (compared by identity: ``./a.csv``, an absolute path and a symlink all count), a
    folder, or in a missing folder. Unplaced rows are left out of the output and listed
    in ``unplaced``; with ``strict=True`` they are an error and nothing is written.

    Raises
    ------
    OutputError
        When the output cannot be written (nothing was read or written).
    IncidentFileError
        Malformed input (or unplaced rows when ``strict``); nothing was written.
    """
    paths = _as_paths(inputs)
    kind = _format_of(Path(output), format)
    check_output(output, paths)
    report = read_incidents_report(paths, gazetteer=gazetteer, strict=strict, resolver=resolver)
    write_incidents(report.incidents, output, format=kind, inputs=paths)
    return report


def convert_incidents(
    inputs: PathLike | Iterable[PathLike],
    output: PathLike,
    *,
    format: str | None = None,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
    resolver: Callable[[str], Resolution] | None = None,
) -> list[Incident]:
    """Read ``inputs`` and write them to ``output``, refusing to overwrite any input.

    Lenient like :func:`read_incidents` (unplaced rows are left out, with one
    :class:`~geoincidents.errors.PlacementWarning`) unless ``strict``. Returns the
    incidents written. See :func:`convert_incidents_report`.
    """
    report = convert_incidents_report(
        inputs, output, format=format, gazetteer=gazetteer, strict=strict, resolver=resolver
    )
    _warn_unplaced(report)
    return list(report.incidents)

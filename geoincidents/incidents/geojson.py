"""GeoJSON FeatureCollections of incidents: reading into rows, and writing.

A FeatureCollection of Points (the target);
properties use the CSV column names; ``responds_to`` and the source columns may be
lists, and ``sources`` may be a list of objects with ``outlet, url, date, language,
claim``. ``line`` is the line where the feature starts.

A property may hold a flat list (``responds_to``, ``weapon``, the source columns) but not
a list of lists: a property nested too deep is a problem on its feature, never a
``RecursionError``. A key given twice in one object is a problem too.

Examples
--------
>>> text = ('{"type": "FeatureCollection", "features": [{"type": "Feature", '
...         '"geometry": {"type": "Point", "coordinates": [42.44, 33.8]}, '
...         '"properties": {"id": "a", "date": "2024-01-20", "kind": "attack"}}]}')
>>> batch = geojson_batch(text, "a.geojson")
>>> batch.rows[0][1]["target_lat"], list(batch.problems)
('33.8', [])
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from geoincidents.errors import Problem
from geoincidents.incidents.model import Incident
from geoincidents.incidents.rows import RowBatch, check_header
from geoincidents.incidents.schema import (
    INCIDENT_COLUMNS,
    SOURCE_COLUMNS,
    VERDICT_FIELDS,
    NestedValueError,
    incident_to_record,
    join_multi,
    property_text,
)

__all__ = ["geojson_batch", "geojson_text"]

_ALTERNATIVES = frozenset(f"{role}_alternatives" for role in ("target", "origin"))
assert "alternatives" in VERDICT_FIELDS


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it was given twice."""

    repeated: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.repeated = tuple(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return obj


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


def _sources_to_cells(sources: Any) -> dict[str, str] | str:
    """A GeoJSON ``sources`` list as the source columns, or a message if malformed."""
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        return "'sources' must be a list of objects with outlet, url, date, language, claim"
    keys = {"outlet", "url", "date", "language", "claim"}
    extra = sorted({k for s in sources for k in s} - keys)
    if extra:
        return f"unknown keys in 'sources': {', '.join(extra)}"
    if any(isinstance(v, (list, dict)) for s in sources for v in s.values()):
        return "each value in 'sources' must be text, a number or null"
    return {
        f"source_{key}": join_multi(property_text(s.get(key)) for s in sources)
        for key in ("outlet", "url", "date", "language", "claim")
    }


def geojson_batch(text: str, file: str) -> RowBatch:
    """The features of a GeoJSON text as rows of our schema, with every problem."""
    try:
        document = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        return RowBatch(
            file, [], [Problem(file, exc.lineno, None, None, f"not valid JSON: {exc.msg}")]
        )
    except RecursionError:
        message = "not readable: arrays or objects nested too deeply"
        return RowBatch(file, [], [Problem(file, None, None, None, message)])
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        return RowBatch(
            file, [], [Problem(file, 1, "type", None, "not a GeoJSON FeatureCollection")]
        )
    features = document.get("features")
    if not isinstance(features, list):
        return RowBatch(file, [], [Problem(file, 1, "features", None, "'features' must be a list")])
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
        cells: dict[str, str] = {}
        bad = False
        for key in getattr(properties, "repeated", ()):
            problems.append(Problem(file, line, key, key, "a property given twice"))
            bad = True
        for key, value in properties.items():
            if key == "sources":
                continue
            try:
                if key in _ALTERNATIVES and isinstance(value, list):
                    cells[key] = json.dumps(value, ensure_ascii=False) if value else ""
                else:
                    cells[key] = property_text(value)
            except (NestedValueError, RecursionError, ValueError) as exc:
                message = str(exc) if isinstance(exc, NestedValueError) else "nested too deeply"
                problems.append(Problem(file, line, key, None, message))
                bad = True
        if bad:
            continue
        if "sources" in properties:
            converted = _sources_to_cells(properties["sources"])
            if isinstance(converted, str):
                problems.append(Problem(file, line, "sources", None, converted))
                continue
            cells.update(converted)
        if "id" not in cells and feature.get("id") is not None:
            if isinstance(feature["id"], (list, dict)):
                problems.append(Problem(file, line, "id", None, "a feature id must be text"))
                continue
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
            if any(isinstance(c, (list, dict)) for c in coordinates):
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
    return RowBatch(file, rows, problems)


def geojson_text(incidents: Sequence[Incident]) -> str:
    features = []
    for incident in incidents:
        record = incident_to_record(incident)
        properties: dict[str, Any] = {}
        for column in INCIDENT_COLUMNS:
            if column in ("target_lat", "target_lon") or column in SOURCE_COLUMNS:
                continue
            value = record[column]
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif column == "weapon" and len(value) == 1:
                value = value[0]
            elif column in _ALTERNATIVES:
                value = json.loads(value) if value else []
            properties[column] = value
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

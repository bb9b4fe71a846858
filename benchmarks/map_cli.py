"""Benchmark: ``geoincidents map`` end to end on a large incident CSV, beside the baseline.

Writes a sheet of ``--rows`` incidents (default 100,000; seeded) in the documented CSV
format: about half the targets are gazetteer names in English, Arabic and Persian (a few
hundred distinct spellings, as in a real sheet), the rest raw coordinates; a mix of kinds,
weapons (some lists), claim words, actors, casualties, two sources a row, notes, and
``responds_to`` links to earlier rows. Then, in one run, each case in a fresh process:

* ``geoincidents map FILE -o out.html`` as a subprocess (the default options: offline
  assets, the vector basemap, labels, the timeline, the filters and the table);
* the same work in-process, stage by stage, to split the time into *read*
  (``read_incidents_report``: decode, CSV, every cell checked, names resolved, links
  checked) and *render* (``incident_map`` + ``render_html`` + the atomic write);
* the baseline a user would otherwise write: ``pandas.read_csv``, the names joined to the
  gazetteer's coordinates (an exact-name table), ``geopandas.GeoDataFrame(...).explore()``
  and ``save`` (parsing only: nothing is checked, no problem is reported). It runs on the
  first ``--naive-max`` rows (default: all of them).

For each: wall time, CPU time (user + system of the child) and peak RSS
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a process that runs only that child;
for the stages, the process' own peak after each stage).

Goal (issue 9 §4): the CLI on 100,000 rows in ≤ 5 s wall and ≤ 300 MB peak RSS.

Usage::

    .venv/bin/python benchmarks/map_cli.py                  # 100,000 rows
    .venv/bin/python benchmarks/map_cli.py --rows 20000 --naive-max 10000 --repeat 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout

HEADER = (
    "id,date,kind,weapon,count,target,target_lat,target_lon,actor,claim_status,killed,"
    "wounded,source_outlet,source_url,source_date,source_language,notes,responds_to\n"
)
KINDS = ["attack"] * 6 + ["interception"] * 2 + ["retaliatory_strike", "explosion"]
WEAPONS = ["rocket", "drone", "rocket|drone", "ballistic_missile", "ied", "artillery"]
STRIKE_WEAPONS = ["airstrike", "artillery", "cruise_missile"]
CLAIMS = ["claimed", "unclaimed", "denied", "unknown", "attributed"]
ACTORS = ["", "المقاومة الإسلامية في العراق", "Kataib Hezbollah", "Group 4", "United States"]


def gazetteer_names() -> dict[str, tuple[float, float]]:
    """Every name of the bundled gazetteer in the three scripts, with its coordinates."""
    from geoincidents.places.gazetteer import default_gazetteer

    names: dict[str, tuple[float, float]] = {}
    for place in default_gazetteer():
        for name in (place.name, place.name_ar, place.name_fa):
            if name and "," not in name and '"' not in name:
                names.setdefault(name, (place.lat, place.lon))
    return names


def make_sheet(path: Path, rows: int, seed: int = 9) -> None:
    """A realistic incident sheet of *rows* rows (deterministic for a seed)."""
    rng = random.Random(seed)
    names = sorted(gazetteer_names())
    rng.shuffle(names)
    names = names[:600]  # a few hundred distinct spellings
    start = dt.date(2023, 10, 17)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for i in range(rows):
            day = start + dt.timedelta(days=i * 450 // rows)
            kind = rng.choice(KINDS)
            if rng.random() < 0.5:
                target, lat, lon = rng.choice(names), "", ""
            else:
                target = ""
                lat, lon = f"{rng.uniform(30, 37):.5f}", f"{rng.uniform(38.5, 47):.5f}"
            strike = kind == "retaliatory_strike"
            weapon = rng.choice(STRIKE_WEAPONS if strike else WEAPONS)
            actor = "United States" if strike else rng.choice(ACTORS)
            killed = str(rng.randrange(4)) if rng.random() < 0.3 else ""
            wounded = str(rng.randrange(9)) if rng.random() < 0.3 else ""
            link = f"r{rng.randrange(max(1, i - 50), i)}" if i > 1 and rng.random() < 0.1 else ""
            out.write(
                f'r{i},{day},{kind},{weapon},{rng.randrange(1, 20)},"{target}",{lat},{lon},'
                f'"{actor}",{rng.choice(CLAIMS)},{killed},{wounded},Outlet A|Outlet B,'
                f'"https://example.org/{i}|Reuters, {day.day} Jan",{day},en|ar,'
                f"note {i},{link}\n"
            )


# ---------------------------------------------------------------- the cases (children)


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def child_stages(sheet: str, output: str) -> dict[str, Any]:
    """The CLI's work in this process, stage by stage (time, CPU, peak RSS after each)."""
    from geoincidents.incidents.io import read_incidents_report
    from geoincidents.maps.lean import folium_without_pandas
    from geoincidents.maps.render import incident_map
    from geoincidents.maps.standalone import save_map
    from geoincidents.places.gazetteer import default_gazetteer

    out: dict[str, Any] = {}
    t, c = time.perf_counter(), time.process_time()
    default_gazetteer()
    out["gazetteer"] = (time.perf_counter() - t, time.process_time() - c, _peak_mb())
    t, c = time.perf_counter(), time.process_time()
    report = read_incidents_report(sheet)
    out["read"] = (time.perf_counter() - t, time.process_time() - c, _peak_mb())
    t, c = time.perf_counter(), time.process_time()
    with folium_without_pandas():  # as the CLI does
        m = incident_map(report.incidents, unplaced=report.unplaced)
        save_map(m, output, offline=True)
    out["render"] = (time.perf_counter() - t, time.process_time() - c, _peak_mb())
    out["incidents"] = len(report.incidents)
    return out


def child_baseline(sheet: str, output: str, rows: int) -> dict[str, Any]:
    """pandas.read_csv → GeoDataFrame → explore() → save: what a user would write."""
    import geopandas as gpd
    import pandas as pd

    t, c = time.perf_counter(), time.process_time()
    names = gazetteer_names()
    df = pd.read_csv(sheet, dtype=str, keep_default_na=False, nrows=rows)
    lat = pd.to_numeric(df["target_lat"], errors="coerce")
    lon = pd.to_numeric(df["target_lon"], errors="coerce")
    lat = lat.fillna(df["target"].map(lambda n: names.get(n, (None, None))[0]))
    lon = lon.fillna(df["target"].map(lambda n: names.get(n, (None, None))[1]))
    df = df[lat.notna() & lon.notna()]
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon[df.index], lat[df.index]), crs=4326)
    read = (time.perf_counter() - t, time.process_time() - c, _peak_mb())
    t, c = time.perf_counter(), time.process_time()
    gdf.explore().save(output)
    render = (time.perf_counter() - t, time.process_time() - c, _peak_mb())
    return {"read": read, "render": render, "incidents": len(gdf)}


def child_run(command: list[str]) -> dict[str, Any]:
    """Run *command* as this process' only child: its wall, CPU and peak RSS."""
    t = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss / 1024}


def _in_child(*args: str) -> dict[str, Any]:
    """Run one case of this script in a fresh interpreter; its JSON answer."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"case {args[0]} failed:\n{done.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def _best(results: list[dict[str, Any]], key: str) -> Any:
    return min(results, key=lambda r: r[key])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # one case, in a fresh process
        case, *rest = sys.argv[2:]
        if case == "cli":
            result = child_run([sys.executable, "-m", "geoincidents", "map", *rest])
        elif case == "stages":
            result = child_stages(*rest)
        else:
            result = child_baseline(rest[0], rest[1], int(rest[2]))
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--naive-max", type=int, default=None, help="baseline rows (all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each case (best kept)")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "sheet.csv"
        make_sheet(sheet, args.rows)
        out = str(Path(folder) / "out.html")
        size = sheet.stat().st_size / 1e6
        cli = [_in_child("cli", str(sheet), "-o", out) for _ in range(args.repeat)]
        html_mb = Path(out).stat().st_size / 1e6
        stages = [_in_child("stages", str(sheet), out) for _ in range(args.repeat)]
        naive_rows = min(args.rows, args.naive_max or args.rows)
        base = []
        if not args.no_baseline:
            base_out = str(Path(folder) / "explore.html")
            base = [
                _in_child("baseline", str(sheet), base_out, str(naive_rows))
                for _ in range(args.repeat)
            ]
            base_mb = Path(base_out).stat().st_size / 1e6

    print(f"{args.rows:,} rows ({size:.1f} MB CSV), best of {args.repeat}; MB = peak RSS")
    c = _best(cli, "wall")
    print(f"\ngeoincidents map FILE -o out.html (subprocess)  → {html_mb:.1f} MB HTML")
    print(f"  wall {c['wall']:6.2f} s   CPU {c['cpu']:6.2f} s   peak {c['peak']:6.0f} MB")
    s = min(stages, key=lambda r: r["read"][0] + r["render"][0])
    print(f"\nin-process stages ({s['incidents']:,} incidents placed)")
    print(f"  {'stage':28} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}")
    for name, label in (
        ("gazetteer", "gazetteer load"),
        ("read", "read_incidents_report"),
        ("render", "incident_map + save_map"),
    ):
        w, cpu, peak = s[name]
        print(f"  {label:28} {w:7.2f} {cpu:7.2f} {peak:8.0f}")
    if base:
        b = min(base, key=lambda r: r["read"][0] + r["render"][0])
        print(
            f"\nbaseline: pandas.read_csv + GeoDataFrame.explore() + save, {naive_rows:,} rows "
            f"({b['incidents']:,} with coordinates) → {base_mb:.1f} MB HTML"
        )
        print(f"  {'stage':28} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}")
        for name, label in (("read", "read_csv + GeoDataFrame"), ("render", "explore + save")):
            w, cpu, peak = b[name]
            print(f"  {label:28} {w:7.2f} {cpu:7.2f} {peak:8.0f}")
        total = b["read"][0] + b["render"][0]
        print(f"  {'total':28} {total:7.2f}")
    print("\ngoal: geoincidents map of 100,000 rows in <= 5 s wall and <= 300 MB peak RSS")


if __name__ == "__main__":
    main()

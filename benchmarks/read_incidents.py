"""Benchmark reading and validating a large incident CSV, side by side with plain parsing.

Writes a sheet of ``--rows`` incidents (default 100,000) in the documented CSV format:
half the targets are gazetteer names in Arabic, Persian and English (a few hundred
distinct spellings, as in a real sheet), half raw coordinates; every row has a weapon
list, a claim word, two sources and a note. Then times, in one run:

- ``read_incidents`` (decode, CSV, every cell checked, names resolved, links checked),
- the baselines: ``csv.DictReader`` over the same file (parsing only, nothing checked)
  and ``pandas.read_csv`` (parsing only).

Goal: ``read_incidents`` of 100,000 rows in ≤ ~2 s.

Usage: taskset -c 0 python benchmarks/read_incidents.py [--rows 100000] [--repeat 3] [--plain]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from geoincidents.incidents.io import read_incidents
from geoincidents.places.gazetteer import default_gazetteer

HEADER = (
    "id,date,kind,weapon,count,target,target_lat,target_lon,actor,claim_status,"
    "source_outlet,source_url,source_date,source_language,notes,responds_to\n"
)


def make_sheet(path: Path, rows: int, seed: int = 7, plain: bool = False) -> None:
    """``plain``: only what older versions could read (one weapon, http URLs, claimed or
    unknown), to measure a baseline version on the same kind of sheet."""
    rng = random.Random(seed)
    names = []
    for place in default_gazetteer():
        names += [n for n in (place.name, place.name_ar, place.name_fa) if n and "," not in n]
    start = dt.date(2023, 10, 17)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for i in range(rows):
            day = start + dt.timedelta(days=i * 400 // rows)
            if i % 2:
                target, lat, lon = rng.choice(names), "", ""
            else:
                target = ""
                lat, lon = f"{rng.uniform(29, 37):.5f}", f"{rng.uniform(38, 48):.5f}"
            weapon = rng.choice(["rocket", "drone", "rocket|drone", "ballistic_missile"])
            claim = rng.choice(["claimed", "unclaimed", "denied", "unknown"])
            citation = f"Reuters, {day.day} Jan"
            if plain:
                weapon = weapon.split("|")[0]
                claim = "claimed" if claim == "claimed" else "unknown"
                citation = f"https://example.net/{day.day}"
            link = f"r{i - 1}" if i and rng.random() < 0.05 else ""
            out.write(
                f'r{i},{day},attack,{weapon},{rng.randrange(1, 20)},"{target}",{lat},{lon},'
                f"Group {rng.randrange(9)},{claim},Outlet A|Outlet B,"
                f'"https://example.org/{i}|{citation}",{day},en,'
                f"note {i},{link}\n"
            )


def best_of(repeat: int, fn) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds (CPU time is steadier on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--plain", action="store_true", help="a sheet older versions can read (for a baseline)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.csv"
        make_sheet(path, args.rows, plain=args.plain)
        size = path.stat().st_size / 1e6
        default_gazetteer()  # loaded once, like any session

        def ours() -> None:
            n = len(read_incidents(path))
            assert n == args.rows, n

        def dict_reader() -> None:
            with path.open(encoding="utf-8", newline="") as f:
                sum(1 for _ in csv.DictReader(f))

        def pandas_csv() -> None:
            import pandas as pd

            pd.read_csv(path, dtype=str, keep_default_na=False)

        results = [
            ("read_incidents (checked, placed)", best_of(args.repeat, ours)),
            ("csv.DictReader (parse only)", best_of(args.repeat, dict_reader)),
            ("pandas.read_csv (parse only)", best_of(args.repeat, pandas_csv)),
        ]
    print(f"{args.rows:,} rows, {size:.1f} MB, best of {args.repeat}")
    print(f"{'reader':36} {'wall s':>8} {'CPU s':>8} {'rows/s (CPU)':>13}")
    for name, (wall, cpu) in results:
        print(f"{name:36} {wall:8.2f} {cpu:8.2f} {args.rows / cpu:13,.0f}")
    print("goal: read_incidents <= ~2 s for 100,000 rows")


if __name__ == "__main__":
    main()

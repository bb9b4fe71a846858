"""Merge the staging CSVs (gazetteer/_staging/*.csv) into gazetteer/places.csv.

Rows keep the order of the files (sorted by name) and of the rows in them; an id that
appears in two staging files is reported and the first row kept (fix the data, then
re-run). The output is written atomically and validated with the library's own checks.

Usage: python gazetteer/_staging/merge.py [OUT]   (default: gazetteer/places.csv)
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = [
    "id", "name", "name_ar", "name_fa", "aliases", "kind", "country", "admin1",
    "lat", "lon", "precision_m", "source", "notes",
]  # fmt: skip


def merge(out: Path) -> int:
    rows: list[dict[str, str]] = []
    first: dict[str, str] = {}
    status = 0
    for path in sorted(HERE.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                print(f"{path}: missing columns {missing}", file=sys.stderr)
                status = 1
                continue
            for row in reader:
                place_id = (row.get("id") or "").strip()
                where = f"{path.name}:{reader.line_num}"
                if place_id in first:
                    print(f"{where}: id {place_id!r} already in {first[place_id]}", file=sys.stderr)
                    status = 1
                    continue
                first[place_id] = where
                rows.append({c: (row.get(c) or "").strip() for c in COLUMNS})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=out.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    os.replace(tmp, out)
    print(f"{out}: {len(rows)} rows from {len(list(HERE.glob('*.csv')))} staging files")
    sys.path.insert(0, str(HERE.parents[1]))
    from geoincidents.places.gazetteer import validate_gazetteer_files

    for problem in validate_gazetteer_files(out):
        print(problem, file=sys.stderr)
        if problem.severity == "error":
            status = 1
    return status


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "places.csv"
    sys.exit(merge(target))

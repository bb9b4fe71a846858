"""Recall and precision of the geoparser on the seed articles (../shared/seeds/).

Gold: ``places_mentioned.csv`` (file, as_written, place, kind_of_mention). A gold row
is *found* when a reported mention overlaps an occurrence of ``as_written`` in the
article and resolves to the right place (for a relative row: its anchor is the right
place and the mention is a relative location). A reported mention is *correct* when
it matches some gold row of its article. Goals: every non-relative row found, >= 90 %
of the relative rows, precision >= 95 %.

Usage::

    python benchmarks/eval_seeds.py [SEEDS_DIR]

Prints that the seeds are absent and exits 0 when the directory does not exist.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

#: gold place descriptions -> gazetteer ids (relative rows name their anchor)
GOLD_IDS = {
    "Green Village (Deir ez-Zor)": "green-village",
    "Deir ez-Zor Governorate": "deir-ez-zor-governorate",
    "east of the Euphrates (Syria)": "euphrates",
    "al-Omar oil field": "al-omar-oil-field",
    "Ain al-Asad Air Base": "ain-al-asad",
    "south of Baghdad": "baghdad",
    "Baghdad International Airport": "baghdad-airport",
    "al-Mayadin": "al-mayadin",
    "Anbar Governorate": "anbar-governorate",
    "15 km from Ain al-Asad Air Base": "ain-al-asad",
    "Victory Base Complex (Baghdad airport)": "victory-base-complex",
    "al-Qaim": "al-qaim",
    "Jurf al-Sakhar": "jurf-al-sakhar",
    "Conoco gas field": "conoco-gas-field",
    "Hit District": "hit-district",
    "Albu Kamal": "albu-kamal",
    "about 2 km from Ain al-Asad Air Base": "ain-al-asad",
    "east of Deir ez-Zor": "deir-ez-zor",
    "Zummar (Nineveh)": "zummar",
    "north-west of Mosul": "mosul",
    "Kharab al-Jir (Rmelan landing zone)": "kharab-al-jir",
    "Camp Kalsu (Iskandariya)": "camp-kalsu",
    "Tower 22 (Jordan)": "tower-22",
}
#: the same place under more than one id (a city and its governorate, a base and its airport)
SAME = {
    "baghdad": {"baghdad", "baghdad-governorate"},
    "deir-ez-zor": {"deir-ez-zor", "deir-ez-zor-governorate"},
    "deir-ez-zor-governorate": {"deir-ez-zor", "deir-ez-zor-governorate"},
    "baghdad-airport": {"baghdad-airport", "victory-base-complex"},
    "victory-base-complex": {"baghdad-airport", "victory-base-complex"},
}
#: publication dates (from the seeds README)
PUBLISHED = {
    "000": "2022-01-05",
    "001": "2022-01-05",
    "002": "2024-01-24",
    "003": "2022-01-05",
    "004": "2024-04-22",
}


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    out, pos = [], text.find(surface)
    while pos >= 0:
        out.append((pos, pos + len(surface)))
        pos = text.find(surface, pos + 1)
    return out


def main(argv: list[str]) -> int:
    seeds = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEEDS
    gold_file = seeds / "places_mentioned.csv"
    if not gold_file.exists():
        print(f"seeds absent ({seeds}): nothing to evaluate")
        return 0
    from geoincidents.text.geoparse import geoparse

    with gold_file.open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in gold:
        by_file.setdefault(row["file"], []).append(row)
    rows_out = []
    found_plain = found_rel = total_plain = total_rel = 0
    reported = correct = 0
    for name, rows in sorted(by_file.items()):
        text = (seeds / name).read_text(encoding="utf-8")
        result = geoparse(text, published=PUBLISHED.get(name[:3]))
        mentions = result.mentions
        matched: set[int] = set()
        for row in rows:
            relative = row["kind_of_mention"].startswith("relative")
            want = GOLD_IDS.get(row["place"], row["place"])
            ids = SAME.get(want, {want})
            spans = _occurrences(text, row["as_written"])
            hit = None
            for k, m in enumerate(mentions):
                if m.place is None or m.place.id not in ids:
                    continue
                if relative and m.relative is None:
                    continue
                if any(m.start < e and s < m.end for s, e in spans):
                    hit = k
                    break
            if hit is not None:
                matched.add(hit)
            if relative:
                total_rel += 1
                found_rel += hit is not None
            else:
                total_plain += 1
                found_plain += hit is not None
            got = mentions[hit] if hit is not None else None
            rows_out.append(
                (
                    name[:3],
                    row["as_written"],
                    want,
                    "yes" if got else "NO",
                    f"{got.text} -> {got.place.id if got.place else '-'}" if got else "",
                )
            )
        # precision: every reported mention must match some gold row of the file
        for k, m in enumerate(mentions):
            reported += 1
            if k in matched:
                correct += 1
                continue
            ok = False
            for row in rows:
                ids = SAME.get(GOLD_IDS.get(row["place"], ""), {GOLD_IDS.get(row["place"], "")})
                if (
                    m.place is not None
                    and m.place.id in ids
                    and any(
                        m.start < e and s < m.end for s, e in _occurrences(text, row["as_written"])
                    )
                ):
                    ok = True
                    break
                if m.place is not None and m.place.id in ids and row["as_written"] in m.text:
                    ok = True
                    break
            correct += ok
            if not ok:
                rows_out.append((name[:3], m.text, "(extra)", "FP", m.place.id if m.place else "-"))
    widths = [max(len(str(r[i])) for r in rows_out) for i in range(5)]
    for r in rows_out:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    recall_plain = found_plain / total_plain if total_plain else 1.0
    recall_rel = found_rel / total_rel if total_rel else 1.0
    precision = correct / reported if reported else 1.0
    print()
    print(
        f"non-relative mentions found and resolved: {found_plain}/{total_plain} "
        f"({recall_plain:.1%}; goal 100%)"
    )
    print(
        f"relative mentions found:                  {found_rel}/{total_rel} "
        f"({recall_rel:.1%}; goal >= 90%)"
    )
    print(
        f"precision:                                {correct}/{reported} "
        f"({precision:.1%}; goal >= 95%)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

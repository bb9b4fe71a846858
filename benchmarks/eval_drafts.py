"""How far an analyst can trust the drafts: our own articles, their expected incidents.

Reads ``benchmarks/data/drafts/articles.json`` (109 short articles we wrote, in English,
Arabic and Persian, with the incidents an analyst would draft from each), drafts every
article with :func:`geoincidents.text.drafting.draft_article` and prints, per split
(``dev`` — the articles the rules were written against; ``held_out`` — a third written
with them and first checked once the rules stood (the rules were then revised on it, so
it is dev now); ``held_out_2``, ``held_out_3`` and ``held_out_4`` — written later, each
checked once at the end of a round, then tuned on (so dev now too); ``held_out_5`` —
written after round 5, first checked at its end, then tuned on in round 6 (so dev now
too: the honest figure is a file written apart, scored with ``--file``); and ``all``).
Files written apart, scored with ``--file``: ``unseen.json`` (split ``held_out_6``, 40
articles) and ``unseen2.json`` (``held_out_7``, 36 articles by an independent author),
each checked once, then tuned on (dev now). First-check figures (before any rule was
revised on the split): held_out_4 recall 73.0 %, precision 73.0 %; held_out_5 recall
68.8 %, precision 57.9 %; held_out_7 recall 80.6 %, precision 80.6 %, dates exact 98.2 %
(held_out_6 stood at 86.3 % / 86.3 % after round 6). After round 7 (tuned on both by
failure class, with tests of our own sentences): held_out_6 97.3 % / 97.3 %, held_out_7
97.0 % / 98.5 %, dates exact 100 % on both; acceptance by confidence band over
``unseen.json`` and ``unseen2.json`` together 29 % (2/7) / 80 % (24/30) / 88 % (89/101)
in [0.4, 0.6) / [0.6, 0.8) / [0.8, 1.0] (it was 67 % / 62 % / 64 %; one draft fell
below 0.4). ``unseen3.json`` (``held_out_8``, 53 articles by an independent author):
first check recall 84.2 %, precision 74.4 %, dates exact 94.0 % at commit 9455fb7,
84.2 % / 75.3 % / 96.9 % after round 7; then tuned on in round 8 (dev now), by failure
class with tests of our own sentences in three languages
(``tests/text/test_drafting_round8.py``): 100 % / 100 % / 100 %, with held_out_6 100 %
/ 100 % (u-en10 and u-ar13 re-annotated: a roadside bomb against a convoy or patrol is
an attack), held_out_7 98.5 % / 98.5 %, ``articles.json`` 100 %. Acceptance by
confidence band over the four files together: 75 % (9/12) / 93 % (71/76) / 97 %
(264/273) in [0.4, 0.6) / [0.6, 0.8) / [0.8, 1.0] (27 % / 77 % / 86 % before round 8;
one draft below 0.4, accepted). ``unseen4.json`` (``held_out_9``, 55 articles by an
independent author): first check recall 63.0 %, precision 51.0 %, dates exact 80.0 % at
commit bcf0bb8, 71.6 % / 61.7 % / 90.5 % after round 8; then tuned on in round 9 (dev
now), by failure class with tests of our own sentences in three languages
(``tests/text/test_drafting_round9.py``): 93.8 % / 92.7 % / 97.4 %, with the four files
before it still at 100 % / 100 % / 100 %. Acceptance by confidence band over the five
files together: 78 % (14/18) / 84 % (86/102) / 92 % (298/323) in [0.4, 0.6) / [0.6,
0.8) / [0.8, 1.0] (53 % (10/19) / 71 % (77/109) / 89 % (289/326) before round 9; one
draft below 0.4, accepted); over ``unseen4.json`` alone 83 % (5/6) / 58 % (15/26) / 66 %
(33/50) (14 % / 18 % / 45 % before). ``unseen5.json`` (``held_out_10``, 59 articles by an
independent author, never tuned on — the honest figure): first check recall 78.4 %,
precision 75.3 %, dates exact 98.3 % at commit 64a9376 (after round 8), 78.4 % / 77.3 %
/ 98.3 % after round 9; acceptance by band 33 % (1/3) / 63 % (17/27) / 64 % (29/45).
Then tuned on in round 10 (dev now), by failure class with tests of our own sentences in
three languages (``tests/text/test_drafting_round10.py``): 87.8 % / 94.2 % / 98.5 %,
fields count 92 %, killed 97 %, wounded 98 %, responds_to 100 %, claim 98 %; acceptance
by band 50 % (1/2) / 84 % (21/25) / 79 % (33/42); the five files before it keep their
figures (four at 100 %, ``unseen4.json`` 93.8 % / 92.7 % / 97.4 %). Over the six files
together 75 % (15/20) / 84 % (107/127) / 91 % (331/365) in [0.4, 0.6) / [0.6, 0.8) /
[0.8, 1.0] (67 % (14/21) / 80 % (103/129) / 89 % (327/368) before round 10; one draft
below 0.4, accepted). ``unseen6.json`` (``held_out_11``, 45 articles by an independent
author, never tuned on), written apart, measures round 10: first check recall 96.7 %,
precision 92.1 %, dates exact 100 % at commit 4bde529 (after round 9), the same after
round 10; acceptance by band 0 % (0/2) / 56 % (9/16) / 71 % (32/45); 100 % / 93.8 % /
100 % after round 11 (still never tuned on). ``unseen7.json`` (``held_out_12``, 61
articles by an independent author): first check 79.2 % / 75.3 % / 89.7 % at commit
37065e6; then tuned on in round 11 (``tests/text/test_drafting_round11.py``): 100 % /
100 % / 97.4 %. ``unseen8.json`` (``held_out_13``, 60 articles by an independent
author, written while round 11 ran): first check 72.7 % / 63.4 % / 85.9 % at commit
95d834a (before round 11), second check 72.7 % / 64.0 % / 85.9 % at 84e6813 (after
round 11, still untuned): round 11 lifted the set it was tuned on, not the next one;
acceptance by band 0 % (0/8) / 19 % (6/32) / 60 % (34/57):

- **recall / precision** of (kind class, target within its precision, date) triples:
  the kind class is ``strike`` for the US/coalition strike kinds, else the kind; a target
  matches when it is the expected place or its point lies within the expected place's
  precision radius;
- **dates exact**: of the expected incidents found with the right kind class and target,
  the share with the exact date;
- **field accuracy** over matched pairs: exact kind, count, killed, wounded, claim (of
  attacks and interceptions) and ``responds_to`` links;
- **accepted per confidence band**: the share of drafts an analyst would accept as they
  are (triple matched and every field above right), by confidence band;
- **speed**: drafting the whole set against geoparsing it alone (the named baseline),
  best of ``--repeat`` runs.

Usage::

    python benchmarks/eval_drafts.py [--split all|dev|held_out] [--repeat 5] [--verbose]
    python benchmarks/eval_drafts.py --file other.json   # another file of the same format

With ``--file``, every split named in that file is scored (in the order first seen),
then ``all``.

Goals: recall >= 90 %, precision >= 90 %, dates exact >= 90 %, drafting within 2x of
geoparsing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "drafts" / "articles.json"
SPLITS = ("dev", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5")
BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _target_ok(draft: Any, expected_id: str, places: dict[str, Any]) -> bool:
    target = draft.incident.target
    if target.place_id == expected_id:
        return True
    place = places.get(expected_id)
    if place is None:
        return False
    reach_km = (place.precision_m + (target.radius_m or 0.0)) / 1000.0
    return _km(place.lat, place.lon, target.lat, target.lon) <= reach_km


def _match(
    drafts: list[Any], expected: list[dict[str, Any]], places: dict[str, Any], with_date: bool
) -> dict[int, int]:
    """Greedy one-to-one matching: expected index -> draft index."""
    from geoincidents.text.drafting import kind_class

    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, e in enumerate(expected):
        for j, d in enumerate(drafts):
            if j in used:
                continue
            inc = d.incident
            if kind_class(inc.kind) != kind_class(e["kind"]):
                continue
            if not _target_ok(d, e["target"], places):
                continue
            if with_date and inc.date.isoformat() != e["date"]:
                continue
            pairs[i] = j
            used.add(j)
            break
    return pairs


def _fields(e: dict[str, Any], d: Any, pairs: dict[int, int], drafts: list[Any]) -> dict[str, bool]:
    inc = d.incident
    links_expected = {drafts[pairs[k]].incident.id for k in e.get("responds_to", []) if k in pairs}
    missing_link = any(k not in pairs for k in e.get("responds_to", []))
    out = {
        "kind": inc.kind == e["kind"],
        "count": inc.count == e.get("count"),
        "killed": inc.killed == e.get("killed"),
        "wounded": inc.wounded == e.get("wounded"),
        "responds_to": (not missing_link) and set(inc.responds_to) == links_expected,
    }
    if not inc.is_strike:
        out["claim"] = (inc.claim_status == "claimed") == bool(e.get("claimed"))
    return out


def evaluate(articles: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    """Draft ``articles`` and score them (see the module docstring)."""
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.drafting import draft_article

    places = {p.id: p for p in default_gazetteer()}
    n_expected = n_drafts = n_matched = n_located = n_dates = 0
    field_ok: dict[str, list[int]] = {}
    bands = {band: [0, 0] for band in BANDS}
    for a in articles:
        result = draft_article(a["text"], a["published"], source_name=a["id"])
        drafts = list(result.drafts)
        expected = a["incidents"]
        pairs = _match(drafts, expected, places, with_date=True)
        located = _match(drafts, expected, places, with_date=False)
        n_expected += len(expected)
        n_drafts += len(drafts)
        n_matched += len(pairs)
        n_located += len(located)
        n_dates += sum(
            1
            for i, j in located.items()
            if drafts[j].incident.date.isoformat() == expected[i]["date"]
        )
        accepted: set[int] = set()
        for i, j in pairs.items():
            fields = _fields(expected[i], drafts[j], pairs, drafts)
            for name, ok in fields.items():
                field_ok.setdefault(name, [0, 0])
                field_ok[name][0] += ok
                field_ok[name][1] += 1
            if all(fields.values()):
                accepted.add(j)
            elif verbose:
                bad = [k for k, v in fields.items() if not v]
                print(f"  {a['id']}: {expected[i]['target']} wrong {bad}: {drafts[j].incident}")
        for j, d in enumerate(drafts):
            band = next(b for b in BANDS if b[0] <= d.confidence < b[1])
            bands[band][0] += j in accepted
            bands[band][1] += 1
        if verbose and (len(pairs) < len(expected) or len(pairs) < len(drafts)):
            got = [
                (d.incident.kind, d.incident.target.place_id, d.incident.date.isoformat())
                for d in drafts
            ]
            want = [(e["kind"], e["target"], e["date"]) for e in expected]
            print(f"  {a['id']}: expected {want}\n  {' ' * len(a['id'])}  drafted {got}")
    return {
        "articles": len(articles),
        "expected": n_expected,
        "drafts": n_drafts,
        "recall": n_matched / n_expected if n_expected else 1.0,
        "precision": n_matched / n_drafts if n_drafts else 1.0,
        "dates_exact": n_dates / n_located if n_located else 1.0,
        "located": n_located,
        "fields": {k: v[0] / v[1] for k, v in field_ok.items() if v[1]},
        "field_counts": field_ok,
        "bands": bands,
    }


def _speed(articles: list[dict[str, Any]], repeat: int) -> tuple[float, float]:
    from geoincidents.text.drafting import draft_article
    from geoincidents.text.geoparse import geoparse

    best_geo = best_draft = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for a in articles:
            geoparse(a["text"], published=a["published"])
        best_geo = min(best_geo, time.perf_counter() - t)
        t = time.perf_counter()
        for a in articles:
            draft_article(a["text"], a["published"], source_name=a["id"])
        best_draft = min(best_draft, time.perf_counter() - t)
    return best_geo, best_draft


def _report(name: str, r: dict[str, Any]) -> None:
    print(
        f"{name:9s} {r['articles']:3d} articles, {r['expected']:3d} expected, "
        f"{r['drafts']:3d} drafted | recall {r['recall']:6.1%}  precision {r['precision']:6.1%}"
        f"  dates exact {r['dates_exact']:6.1%} (of {r['located']} found by kind and place)"
    )
    fields = "  ".join(
        f"{k} {v:.0%} ({r['field_counts'][k][0]}/{r['field_counts'][k][1]})"
        for k, v in r["fields"].items()
    )
    print(f"{'':9s} fields: {fields}")
    bands = "  ".join(
        f"[{lo:.1f},{min(hi, 1.0):.1f}) {ok}/{n}" + (f" = {ok / n:.0%}" if n else "")
        for (lo, hi), (ok, n) in r["bands"].items()
    )
    print(f"{'':9s} accepted as drafted, by confidence band: {bands}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="all", help="all, or one split: " + ", ".join(SPLITS))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--file", type=Path, default=DATA, help="a JSON file of articles (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    articles = json.loads(args.file.read_text(encoding="utf-8"))["articles"]
    names = list(dict.fromkeys(a.get("split", "all") for a in articles))
    known = [*SPLITS, *(n for n in names if n not in SPLITS and n != "all")]
    if args.split != "all":
        splits = [args.split]
    elif args.file == DATA:
        splits = [*SPLITS, "all"]
    else:
        splits = [*(n for n in known if n in names), "all"]
    print(f"eval_drafts {dt.date.today().isoformat()}: {args.file}")
    for split in splits:
        chosen = [a for a in articles if split == "all" or a.get("split", "all") == split]
        _report(split, evaluate(chosen, verbose=args.verbose and split != "all"))
    geo, draft = _speed(articles, args.repeat)
    size = sum(len(a["text"].encode()) for a in articles) / 1e3
    print(
        f"speed     {size:.1f} KB, best of {args.repeat}: geoparse alone {geo * 1e3:.1f} ms, "
        f"draft {draft * 1e3:.1f} ms = {draft / geo:.2f}x geoparse (goal <= 2x)"
    )


if __name__ == "__main__":
    main()

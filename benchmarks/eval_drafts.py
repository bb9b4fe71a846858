"""How far an analyst can trust the drafts: our own articles, their expected incidents.

Reads ``benchmarks/data/drafts/articles.json`` (109 short articles we wrote, in English,
Arabic and Persian, with the incidents an analyst would draft from each), or another file
of the same format with ``--file`` (the ``unseen*.json`` sets, each written apart by an
independent author), drafts every article with
:func:`geoincidents.text.drafting.draft_article` and prints, per split and for ``all``
(the history of every set, its first check before any rule was tuned on it and its later
figures, is in ``benchmarks/data/drafts/README.md``):

- **recall / precision** of (kind class, target within its precision, date) triples:
  the kind class is ``strike`` for the US/coalition strike kinds, else the kind; a target
  matches when it is the expected place or its point lies within the expected place's
  precision radius;
- **dates exact**: of the expected incidents found with the right kind class and target,
  the share with the exact date;
- **field accuracy** over matched pairs: exact kind, count, killed, wounded, claim (of
  attacks and interceptions) and ``responds_to`` links;
- **accepted per confidence band**: the share of drafts an analyst would accept as they
  are (triple matched and every field above right), by band of the learned confidence
  and of the rule score it is learned from (the learned model was fitted on these files:
  its honest, held-out figures are ``benchmarks/train_draft_confidence.py --evaluate``);
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


def _claimed(e: dict[str, Any]) -> bool:
    """Whether an expected incident is claimed: ``"claimed": true`` or ``"claim": "claimed"``.

    >>> _claimed({"claimed": True}), _claimed({"claim": "claimed"}), _claimed({})
    (True, True, False)
    """
    return bool(e.get("claimed")) or e.get("claim") == "claimed"


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
        out["claim"] = (inc.claim_status == "claimed") == _claimed(e)
    return out


def judge(
    drafts: list[Any], expected: list[dict[str, Any]], places: dict[str, Any]
) -> dict[str, Any]:
    """How an analyst takes the drafts of one article (the one source of the matching rules).

    Returns, by name: ``pairs`` (expected index -> draft index, the (kind class, target,
    date) triple matched), ``located`` (the same without the date), ``fields`` (expected
    index -> field name -> right) and ``accepted`` (the draft indices accepted as drafted:
    triple matched and every field right).
    """
    pairs = _match(drafts, expected, places, with_date=True)
    located = _match(drafts, expected, places, with_date=False)
    fields = {i: _fields(expected[i], drafts[j], pairs, drafts) for i, j in pairs.items()}
    accepted = {pairs[i] for i, f in fields.items() if all(f.values())}
    return {"pairs": pairs, "located": located, "fields": fields, "accepted": accepted}


def band_of(confidence: float) -> tuple[float, float]:
    """The confidence band (of :data:`BANDS`) ``confidence`` falls in."""
    return next(b for b in BANDS if b[0] <= confidence < b[1])


def evaluate(articles: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    """Draft ``articles`` and score them (see the module docstring)."""
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.drafting import draft_article

    places = {p.id: p for p in default_gazetteer()}
    n_expected = n_drafts = n_matched = n_located = n_dates = 0
    field_ok: dict[str, list[int]] = {}
    bands = {band: [0, 0] for band in BANDS}
    rule_bands = {band: [0, 0] for band in BANDS}
    for a in articles:
        result = draft_article(a["text"], a["published"], source_name=a["id"])
        drafts = list(result.drafts)
        expected = a["incidents"]
        verdict = judge(drafts, expected, places)
        pairs, located, accepted = verdict["pairs"], verdict["located"], verdict["accepted"]
        n_expected += len(expected)
        n_drafts += len(drafts)
        n_matched += len(pairs)
        n_located += len(located)
        n_dates += sum(
            1
            for i, j in located.items()
            if drafts[j].incident.date.isoformat() == expected[i]["date"]
        )
        for i, fields in verdict["fields"].items():
            for name, ok in fields.items():
                field_ok.setdefault(name, [0, 0])
                field_ok[name][0] += ok
                field_ok[name][1] += 1
            if verbose and not all(fields.values()):
                bad = [k for k, v in fields.items() if not v]
                d = drafts[pairs[i]]
                print(f"  {a['id']}: {expected[i]['target']} wrong {bad}: {d.incident}")
        for j, d in enumerate(drafts):
            for table, value in ((bands, d.confidence), (rule_bands, d.rule_confidence)):
                table[band_of(value)][0] += j in accepted
                table[band_of(value)][1] += 1
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
        "rule_bands": rule_bands,
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
    for key, label in (("bands", "confidence"), ("rule_bands", "rule score")):
        bands = "  ".join(
            f"[{lo:.1f},{min(hi, 1.0):.1f}) {ok}/{n}" + (f" = {ok / n:.0%}" if n else "")
            for (lo, hi), (ok, n) in r[key].items()
        )
        print(f"{'':9s} accepted as drafted, by {label} band: {bands}")


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

"""Fit the drafts' confidence: a logistic regression of "an analyst accepts it as drafted".

Drafts every annotated article of ``benchmarks/data/drafts/*.json`` with
:func:`geoincidents.text.drafting.draft_article`, labels each draft with
``eval_drafts.judge`` (the one copy of the matching rules: accepted = its (kind class,
target, date) triple matched and every field right), reads its features with
:func:`geoincidents.text.draft_confidence.draft_features`, and fits an L2-regularised
logistic regression (Newton's method, numpy; each rule deduction's weight kept <= 0 and
the rule score's >= 0, so that nothing inferred raises the confidence). The L2 strength
is chosen from a small grid by leave-one-file-out Brier score. Writes the weights, with
their feature names, to ``geoincidents/data/draft_confidence.json``.

**New text is harder than the sets the rules were tuned on.** Every set, once checked, is
tuned on, so its labels say how far the rules hold on text they were fitted to; a model
fitted on them is over-confident on an article nobody has tuned on. So the first check of
each new blind set (its drafts, features and labels before any rule saw it) is frozen in
``benchmarks/data/confidence/first_checks.json`` (``--freeze-first-check SET``, once per
set), and the shipped intercept is shifted by the log-odds that fit those frozen drafts
best (the weights stay as fitted): the confidence is calibrated on new text.

``--evaluate`` also measures it honestly, leave one file out: for each of the 12 files,
a model fitted on the other 11 (its L2 strength chosen by leave-one-file-out within
those 11) scores the drafts of the held-out file; the report puts side by side, for the
learned confidence and the rule score of the same drafts, the share accepted per
confidence band, a reliability table (mean predicted against observed share accepted per
band), the Brier score and the AUC, for all files, for the files tuned to ~100 %
accepted and for the harder ones; and, for each frozen first check, the model with and
without a new-text shift fitted on the other first checks only.

Usage::

    python benchmarks/train_draft_confidence.py               # refit and write the weights
    python benchmarks/train_draft_confidence.py --evaluate    # and the held-out report
    python benchmarks/train_draft_confidence.py --evaluate --no-write
    python benchmarks/train_draft_confidence.py --evaluate --no-write --all-files
    python benchmarks/train_draft_confidence.py --check       # exit 1 if the weights are stale
    python benchmarks/train_draft_confidence.py --freeze-first-check unseen20  # a new blind set

Deterministic: the same drafts give the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import eval_drafts

from geoincidents._files import atomic_write_text
from geoincidents.text import draft_confidence as dc

DATA_DIR = Path(__file__).parent / "data" / "drafts"
OUT = Path(__file__).parents[1] / "geoincidents" / "data" / dc.MODEL_FILE
#: the sets the rules were tuned on until nearly every draft is accepted
TUNED = ("articles", "unseen", "unseen2", "unseen3", "unseen7")
#: the harder sets (tuned on less, or never): the figure to trust
HARD = ("unseen4", "unseen8", "unseen9", "unseen10", "unseen11")
#: blind sets no rule and no weight has seen: kept out of the fit (and out of the rules'
#: tuning) so that their figures stay out of sample; ``--evaluate`` still scores them
HELD_OUT = ("unseen18", "unseen24")
#: never trained on: the rules were tuned on the TUNED sets until nearly every draft was
#: accepted, so their labels say what the rules were fitted to, not how far a draft of new
#: text holds; and the HELD_OUT ones (all are still scored by ``--evaluate``)
TRAIN_EXCLUDE = (*TUNED, *HELD_OUT)
#: the frozen first checks of the blind sets (see the module docstring)
FIRST_CHECKS = Path(__file__).parent / "data" / "confidence" / "first_checks.json"
#: the L2 strengths tried (on the summed log loss; the intercept is not penalised)
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
#: a feature is kept when at least this many training drafts have it
MIN_SUPPORT = 5


@dataclass(frozen=True)
class Row:
    """One draft: its file, its features by name, the rule score, accepted or not."""

    file: str
    features: dict[str, float]
    rule: float
    accepted: bool


def collect(files: Sequence[Path]) -> list[Row]:
    """Draft every article of ``files`` and label each draft as ``eval_drafts`` does."""
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.drafting import draft_article

    places = {p.id: p for p in default_gazetteer()}
    rows = []
    for path in files:
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            drafts = list(draft_article(a["text"], a["published"], source_name=a["id"]).drafts)
            accepted = eval_drafts.judge(drafts, a["incidents"], places)["accepted"]
            for j, (d, features) in enumerate(
                zip(drafts, dc.article_features(drafts), strict=True)
            ):
                rows.append(Row(path.stem, features, d.rule_confidence, j in accepted))
    return rows


def load_first_checks(path: Path = FIRST_CHECKS) -> dict[str, list[Row]]:
    """The frozen first checks, by set name (none when the file is absent)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: [Row(name, r["features"], r["rule"], r["accepted"]) for r in entry["rows"]]
        for name, entry in data["sets"].items()
    }


def freeze_first_check(name: str, rows: Sequence[Row], path: Path = FIRST_CHECKS) -> str:
    """Add the drafts ``rows`` of set ``name`` to the frozen first checks; refuse a set
    already frozen (a first check is taken once: later drafts of it are tuned ones)."""
    import subprocess

    data: dict[str, Any] = (
        json.loads(path.read_text(encoding="utf-8"))
        if path.exists()
        else {
            "about": (
                "The first check of each blind evaluation set: every draft's features, rule "
                "score and label (accepted as drafted) before any rule was tuned on the set. "
                "Written by benchmarks/train_draft_confidence.py --freeze-first-check; read "
                "to calibrate the confidence on new text (the intercept's shift)."
            ),
            "sets": {},
        }
    )
    if name in data["sets"]:
        sys.exit(f"{path}: {name} is frozen already (a first check is taken once)")
    if not rows:
        sys.exit(f"{name}: no drafts to freeze")
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    data["sets"][name] = {
        "commit": commit,
        "rows": [{"features": r.features, "rule": r.rule, "accepted": r.accepted} for r in rows],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    return commit


def new_text_shift(theta: np.ndarray, names: Sequence[str], rows: Sequence[Row]) -> float:
    """The log-odds ``b`` that, added to the intercept, best fits ``rows`` (maximum
    likelihood; 0 with no rows): how much less often than the model
    says the drafts of new text are accepted.

    >>> theta = np.array([2.0, 0.0])
    >>> rows = [Row("x", {}, 0.9, k < 2) for k in range(4)]  # half accepted
    >>> round(new_text_shift(theta, ["w"], rows), 3)  # the intercept 2 shifted to 0
    -2.0
    """
    if not rows:
        return 0.0
    z = theta[0] + matrix(rows, names) @ theta[1:]
    y = np.array([r.accepted for r in rows], dtype=float)
    if y.all() or not y.any():  # (no finite answer: the shift is bounded instead)
        y = np.clip(y, 0.5 / len(y), 1 - 0.5 / len(y))
    # the likelihood's slope in ``b``, sum(sigmoid(z + b) - y), rises with ``b``: bisect
    # for its zero (Newton's steps overshoot from a far start)
    low, high = -30.0, 30.0
    for _ in range(100):
        b = (low + high) / 2
        if float((_sigmoid(z + b) - y).sum()) > 0:
            high = b
        else:
            low = b
    return (low + high) / 2


# ------------------------------------------------------------------ the fit


def vocabulary(rows: Sequence[Row]) -> list[str]:
    """The feature names at least :data:`MIN_SUPPORT` drafts of ``rows`` have (sorted)."""
    support: dict[str, int] = {}
    for r in rows:
        for name, value in r.features.items():
            if value:
                support[name] = support.get(name, 0) + 1
    return sorted(n for n, c in support.items() if c >= MIN_SUPPORT or n == dc.RULE_SCORE)


def matrix(rows: Sequence[Row], names: Sequence[str]) -> np.ndarray:
    """The rows' features as columns of ``names`` (absent ones 0)."""
    return np.array([[r.features.get(n, 0.0) for n in names] for r in rows], dtype=float)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -z))


def fit(x: np.ndarray, y: np.ndarray, names: Sequence[str], l2: float) -> np.ndarray:
    """Intercept and weights minimising log loss + ``l2``/2 ‖w‖², under the sign bounds.

    Projected Newton (the bound variables whose gradient pushes them out are held at 0,
    the step is projected back, and halved until the objective falls): deterministic.
    """
    n, k = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    lower = np.array([-np.inf] + [0.0 if n_ == dc.RULE_SCORE else -np.inf for n_ in names])
    upper = np.array([np.inf] + [0.0 if n_.startswith(dc.DOUBT) else np.inf for n_ in names])
    pen = np.array([0.0] + [l2] * k)

    def objective(theta: np.ndarray) -> float:
        z = xb @ theta
        loss = np.sum(np.logaddexp(0.0, z) - y * z)
        return float(loss + 0.5 * np.sum(pen * theta**2))

    theta = np.zeros(k + 1)
    value = objective(theta)
    for _ in range(200):
        p = _sigmoid(xb @ theta)
        grad = xb.T @ (p - y) + pen * theta
        w = p * (1 - p)
        hess = xb.T @ (xb * w[:, None]) + np.diag(pen + 1e-9)
        held = ((theta <= lower + 1e-12) & (grad > 0)) | ((theta >= upper - 1e-12) & (grad < 0))
        free = ~held
        step = np.zeros(k + 1)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        t = 1.0
        while True:
            new = np.clip(theta - t * step, lower, upper)
            new_value = objective(new)
            if new_value <= value - 1e-4 * float(grad @ (theta - new)) or t < 1e-8:
                break
            t /= 2
        done = float(np.max(np.abs(new - theta))) < 1e-9
        theta, value = new, new_value
        if done:
            break
    return theta


def predict(theta: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The model's probabilities, rounded as the library rounds them."""
    return np.round(_sigmoid(theta[0] + x @ theta[1:]), 3)


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The chance an accepted draft scores above a rejected one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(above / (len(pos) * len(neg)))


def _fold_fit(rows: Sequence[Row], l2: float) -> tuple[list[str], np.ndarray]:
    names = vocabulary(rows)
    y = np.array([r.accepted for r in rows], dtype=float)
    return names, fit(matrix(rows, names), y, names, l2)


def leave_one_file_out(rows: Sequence[Row], l2: float) -> np.ndarray:
    """Each draft's probability from a model fitted on the other files, at ``l2``."""
    out = np.zeros(len(rows))
    for held in sorted({r.file for r in rows}):
        train = [r for r in rows if r.file != held]
        names, theta = _fold_fit(train, l2)
        idx = [i for i, r in enumerate(rows) if r.file == held]
        out[idx] = predict(theta, matrix([rows[i] for i in idx], names))
    return out


def choose_l2(rows: Sequence[Row]) -> float:
    """The L2 strength of :data:`L2_GRID` with the best leave-one-file-out Brier score."""
    y = np.array([r.accepted for r in rows], dtype=float)
    scores = {l2: brier(leave_one_file_out(rows, l2), y) for l2 in L2_GRID}
    return min(L2_GRID, key=lambda l2: (round(scores[l2], 6), l2))


def nested_held_out(
    rows: Sequence[Row], exclude: Sequence[str] = ()
) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """Each draft's probability from a model that never saw its file, L2 chosen without it.

    Also the base rate of those training files (the constant forecast to beat). The files
    named in ``exclude`` are never trained on (but are scored).
    """
    out = np.zeros(len(rows))
    base = np.zeros(len(rows))
    chosen = {}
    for held in sorted({r.file for r in rows}):
        train = [r for r in rows if r.file != held and r.file not in exclude]
        chosen[held] = l2 = choose_l2(train)
        names, theta = _fold_fit(train, l2)
        idx = [i for i, r in enumerate(rows) if r.file == held]
        out[idx] = predict(theta, matrix([rows[i] for i in idx], names))
        base[idx] = round(float(np.mean([r.accepted for r in train])), 3)
    return out, base, chosen


# ------------------------------------------------------------------ the report


def _bands(p: np.ndarray, y: np.ndarray) -> list[tuple[tuple[float, float], int, float, float]]:
    out = []
    for lo, hi in eval_drafts.BANDS:
        inside = (p >= lo) & (p < hi)
        n = int(inside.sum())
        mean = float(p[inside].mean()) if n else float("nan")
        seen = float(y[inside].mean()) if n else float("nan")
        out.append(((lo, hi), n, mean, seen))
    return out


def report(
    title: str, learned: np.ndarray, rule: np.ndarray, base: np.ndarray, y: np.ndarray
) -> list[str]:
    """The side-by-side lines for one subset of the drafts."""
    lines = [f"{title}: {len(y)} drafts, {int(y.sum())} accepted ({y.mean():.0%})"]
    lines.append(
        f"  {'band':12s} {'learned: n':>10s} {'accepted':>9s} {'mean p':>7s}"
        f"   {'rule: n':>7s} {'accepted':>9s} {'mean p':>7s}"
    )
    for (band, n1, m1, s1), (_, n2, m2, s2) in zip(
        _bands(learned, y), _bands(rule, y), strict=True
    ):
        lo, hi = band
        a1 = f"{round(s1 * n1):3d} {s1:4.0%}" if n1 else "   -     "
        a2 = f"{round(s2 * n2):3d} {s2:4.0%}" if n2 else "   -     "
        p1 = f"{m1:.2f}" if n1 else "-"
        p2 = f"{m2:.2f}" if n2 else "-"
        lines.append(
            f"  [{lo:.1f},{min(hi, 1.0):.1f}){'':3s} {n1:10d} {a1:>9s} {p1:>7s}"
            f"   {n2:7d} {a2:>9s} {p2:>7s}"
        )
    lines.append(
        f"  Brier: learned {brier(learned, y):.3f}, rule {brier(rule, y):.3f}, the training"
        f" files' share accepted {brier(base, y):.3f} (this subset's own share, in hindsight:"
        f" {brier(np.full(len(y), y.mean()), y):.3f});  AUC: learned {auc(learned, y):.3f},"
        f" rule {auc(rule, y):.3f}"
    )
    return lines


def evaluate(rows: Sequence[Row], exclude: Sequence[str] = TRAIN_EXCLUDE) -> list[str]:
    """The leave-one-file-out report (see the module docstring)."""
    learned, base, chosen = nested_held_out(rows, exclude)
    rule = np.array([r.rule for r in rows])
    y = np.array([r.accepted for r in rows], dtype=float)
    files = np.array([r.file for r in rows])
    trained = "the other files" + (f" but {', '.join(exclude)}" if exclude else "")
    lines = [
        f"Leave one file out: each file scored by a model fitted on {trained} "
        "(L2 chosen by leave-one-file-out within them: "
        + ", ".join(f"{f} {v:g}" for f, v in chosen.items())
        + ")",
        "",
    ]
    for title, keep in (
        (f"all {len(set(files))} files", np.ones(len(y), dtype=bool)),
        ("harder files (" + ", ".join(HARD) + ")", np.isin(files, HARD)),
        ("tuned files (" + ", ".join(TUNED) + ")", np.isin(files, TUNED)),
        ("blind files (" + ", ".join(HELD_OUT) + ")", np.isin(files, HELD_OUT)),
    ):
        lines += [*report(title, learned[keep], rule[keep], base[keep], y[keep]), ""]
    lines.append("By file held out: drafts, accepted, Brier learned/rule, accepted at >= 0.8")
    for f in sorted(set(files)):
        k = files == f
        hi_l, hi_r = learned[k] >= 0.8, rule[k] >= 0.8
        lines.append(
            f"  {f:9s} {int(k.sum()):4d} {y[k].mean():5.0%}   "
            f"{brier(learned[k], y[k]):.3f} / {brier(rule[k], y[k]):.3f}   "
            f"learned {_share(y[k][hi_l])}, rule {_share(y[k][hi_r])}"
        )
    return lines


def first_check_report(
    rows: Sequence[Row], first_checks: dict[str, list[Row]], l2: float
) -> list[str]:
    """Each frozen first check scored by the model fitted on ``rows`` (its own set left
    out), without a shift and with the shift fitted on the other first checks only."""
    if len(first_checks) < 2:
        return ["(fewer than two frozen first checks: no held-out test of the shift)"]
    lines = [
        "Frozen first checks (text no rule was tuned on), each scored by the model fitted "
        "without its set, unshifted and shifted by the other first checks alone:"
    ]
    for held in sorted(first_checks):
        names, theta = _fold_fit([r for r in rows if r.file != held], l2)
        others = [r for name, rs in sorted(first_checks.items()) if name != held for r in rs]
        shift = new_text_shift(theta, names, others)
        test = first_checks[held]
        y = np.array([r.accepted for r in test], dtype=float)
        z = theta[0] + matrix(test, names) @ theta[1:]
        rule = np.array([r.rule for r in test])
        base = np.full(len(y), float(np.mean([r.accepted for r in rows if r.file != held])))
        lines += report(f"{held}, unshifted", _sigmoid(z), rule, base, y)
        lines += report(f"{held}, shifted by {shift:+.3f}", _sigmoid(z + shift), rule, base, y)
        lines.append("")
    return lines


def _share(y: np.ndarray) -> str:
    return f"{int(y.sum())}/{len(y)} = {y.mean():.0%}" if len(y) else "0/0"


def model_json(
    rows: Sequence[Row], l2: float, first_checks: dict[str, list[Row]] | None = None
) -> str:
    """The model file for ``rows`` fitted at ``l2`` (weights by name, rounded), its
    intercept shifted to fit the frozen ``first_checks`` (see :func:`new_text_shift`)."""
    names, theta = _fold_fit(rows, l2)
    first = [r for name in sorted(first_checks or {}) for r in (first_checks or {})[name]]
    shift = new_text_shift(theta, names, first)
    weights = {n: round(float(w), 4) for n, w in zip(names, theta[1:], strict=True)}
    files = sorted({r.file for r in rows})
    accepted = sum(r.accepted for r in rows)
    shifted = (
        f" The intercept, {theta[0]:.4f} as fitted, is shifted by {shift:+.4f}: the log-odds "
        f"that fit the {len(first)} drafts ({sum(r.accepted for r in first)} accepted) of the "
        f"frozen first checks of {', '.join(sorted(first_checks or {}))} "
        "(benchmarks/data/confidence/first_checks.json), text no rule was tuned on."
        if first
        else ""
    )
    about = (
        f"Fitted by benchmarks/train_draft_confidence.py on {len(rows)} drafts "
        f"({accepted} accepted as drafted) of {len(files)} files of benchmarks/data/drafts "
        f"({', '.join(files)}); L2 {l2:g} (chosen by leave-one-file-out Brier score); "
        f"features seen in at least {MIN_SUPPORT} drafts; deductions' weights <= 0, the "
        f"rule score's >= 0.{shifted} Refit after any change to the rules: "
        "python benchmarks/train_draft_confidence.py"
    )
    data: dict[str, Any] = {
        "kind": dc.MODEL_KIND,
        "about": about,
        "intercept": round(float(theta[0] + shift), 4),
        "weights": weights,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evaluate", action="store_true", help="also the held-out report")
    parser.add_argument("--no-write", action="store_true", help="do not write the weights")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the weights file is not what a refit gives",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="weights file (%(default)s)")
    parser.add_argument(
        "--all-files",
        action="store_true",
        help="train on the tuned files too (" + ", ".join(TRAIN_EXCLUDE) + ")",
    )
    parser.add_argument(
        "--freeze-first-check",
        metavar="SET",
        action="append",
        default=[],
        help="freeze the drafts of a new blind set (benchmarks/data/drafts/SET.json) as its "
        "first check, before any rule is tuned on it, then refit (once per set)",
    )
    args = parser.parse_args(argv)
    exclude: tuple[str, ...] = () if args.all_files else TRAIN_EXCLUDE
    for name in args.freeze_first_check:
        path = DATA_DIR / f"{name}.json"
        if not path.exists():
            sys.exit(f"{path}: no such evaluation set")
        commit = freeze_first_check(name, collect([path]))
        print(f"froze the first check of {name} (drafted at {commit}) in {FIRST_CHECKS}")
    first_checks = load_first_checks()
    files = sorted(DATA_DIR.glob("*.json"))
    rows = collect(files)
    print(
        f"{len(rows)} drafts of {len(files)} files, "
        f"{sum(r.accepted for r in rows)} accepted as drafted"
    )
    train = [r for r in rows if r.file not in exclude]
    l2 = choose_l2(train)
    if args.evaluate:
        print("\n".join(evaluate(rows, exclude)))
        print("\n".join(first_check_report(train, first_checks, l2)))
    text = model_json(train, l2, first_checks)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            sys.exit(f"{args.out} is stale: refit with python benchmarks/train_draft_confidence.py")
        print(f"L2 {l2:g}; {args.out} is what a refit gives")
        return
    if args.no_write:
        print(f"L2 {l2:g}; not written (--no-write)")
        return
    atomic_write_text(args.out, text)
    weights = json.loads(text)["weights"]
    print(f"L2 {l2:g}; wrote {len(weights)} weights to {args.out}")


if __name__ == "__main__":
    main()

"""Corpus scale: articles per CPU-second in-process and on Dask, and a cluster projection.

Builds a corpus of a few thousand articles from our own sentences (Arabic, Persian and
English templates filled with names of the bundled gazetteer), plus the seed articles of
``../shared/seeds/`` when that folder exists (read, never copied into the repo), as one
JSONL file. Then geoparses it with the full default gazetteer and the GeoNames index,
side by side in one run:

- **in-process** — :func:`geoincidents.text.tables.geoparse_corpus`, the baseline;
- **Dask, 1 worker** and **Dask, 2 workers** — :func:`geoincidents.dask.geoparse_corpus`
  on a ``distributed.LocalCluster`` of one-thread worker processes.

Each part measures ``time.process_time()`` inside the task (reading, geoparsing, writing
its file): *articles per task CPU-second*. The Dask rows also give *articles per
worker CPU-second*: all the CPU the worker processes and the scheduler/client process
spent during the run (``psutil``), so what Dask costs beside the tasks counts against it.
Wall time on a shared machine is noisy; the CPU figures are the steady ones.

- Dask overhead = 1 − (worker-CPU rate of Dask, 1 worker) / (task-CPU rate in-process).
- Scaling = wall throughput of 2 workers / wall throughput of 1 worker (ideal 2.0), and
  the CPU efficiency = worker-CPU rate at 2 workers / at 1 worker (ideal 1.0).
- Projection: a cluster of C cores geoparses C × (worker-CPU rate) × (CPU efficiency)
  articles per second; the time for 10 million and 850 million articles (GDELT's
  2015–2018 count) follows. Assumes one worker process per core with the matcher warm,
  articles of this corpus's length, storage that keeps up, and linear scaling past two
  workers (parts are independent; the scheduler handles ~thousands of tasks/s, so parts
  of 500 articles keep it far from its limit).

Usage::

    python benchmarks/scale.py [--articles 3000] [--part-size 250] [--draft]
                               [--seeds DIR] [--repeat N]

Goals: Dask overhead ≤ 10 % per CPU-second; 2 workers ≥ 1.8× one worker when quiet.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

TEMPLATES = (
    "Five rockets were fired from {a} toward {b} on Tuesday, officials said.",
    "A drone was intercepted near {a} before it reached {b}.",
    "Residents of {a} heard two explosions late on Sunday evening.",
    "US aircraft struck a weapons depot in {a} in response to the attack on {b}.",
    "أطلقت ثلاثة صواريخ من {a} باتجاه {b} فجر اليوم دون وقوع إصابات.",
    "وقال مصدر أمني إن طائرة مسيرة أسقطت قرب {a} صباح الثلاثاء.",
    "تعرضت قاعدة في {a} لقصف مدفعي مصدره {b} بحسب مصادر محلية.",
    "هشت راکت از {a} به سوی {b} شلیک شد و خسارتی به بار نیامد.",
    "منابع محلی از شنیده شدن صدای انفجار در {a} خبر دادند.",
    "یک پهپاد پیش از رسیدن به {b} در نزدیکی {a} رهگیری شد.",
)
FILLERS = (
    "The statement gave no further details.",
    "Prices in the market rose again this week.",
    "ولم تعلن أي جهة مسؤوليتها حتى الآن.",
    "وأكد المتحدث أن التحقيقات مستمرة.",
    "این گزارش هنوز به طور رسمی تأیید نشده است.",
    "مقام‌های محلی از ارائه جزئیات بیشتر خودداری کردند.",
)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def build_corpus(
    path: Path, n: int, seed: int = 11, seeds_dir: Path = SEEDS
) -> tuple[int, int, bool]:
    """Write ``n`` generated articles (plus the seeds, when present) as JSONL."""
    from geoincidents.places.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    by_lang: dict[str, list[str]] = {"en": [], "ar": [], "fa": []}
    for place in gazetteer:
        by_lang["en"].append(place.name)
        if place.name_ar:
            by_lang["ar"].append(place.name_ar)
        if place.name_fa:
            by_lang["fa"].append(place.name_fa)
    rng = random.Random(seed)
    seeds = sorted(seeds_dir.glob("*.txt")) if seeds_dir.is_dir() else []
    total_chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            sentences = []
            for _ in range(rng.randint(10, 50)):  # ~1.7 kB, a short news story
                if rng.random() < 0.5:
                    sentences.append(rng.choice(FILLERS))
                    continue
                template = rng.choice(TEMPLATES)
                lang = "en" if template.isascii() else ("fa" if "به" in template else "ar")
                names = by_lang[lang] or by_lang["en"]
                sentences.append(template.format(a=rng.choice(names), b=rng.choice(names)))
            text = " ".join(sentences)
            total_chars += len(text)
            row = {"id": f"gen-{i:06d}", "text": text, "published": "2024-01-24"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        for k, seed_file in enumerate(seeds * max(1, n // 200)):  # ~0.5 % real articles
            text = seed_file.read_text(encoding="utf-8")
            total_chars += len(text)
            row = {"id": f"seed-{k:04d}-{seed_file.stem}", "text": text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    articles = n + len(seeds) * max(1, n // 200) if seeds else n
    return articles, total_chars, bool(seeds)


def _cpu_of_workers(client: Any) -> float:
    import psutil

    def cpu() -> float:
        t = psutil.Process().cpu_times()
        return float(t.user + t.system)

    return sum(client.run(cpu).values())


def _own_cpu() -> float:
    return time.process_time()


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    """Best of the repeats, figure by figure (the least disturbed run of each)."""
    return {k: min(r[k] for r in runs) for k in runs[0]}


def in_process(
    corpus: Path, out: Path, part_size: int, draft: bool, warm_corpus: Path, repeat: int
) -> dict[str, float]:
    from geoincidents.text.tables import geoparse_corpus

    # warm (matcher built, modules imported), as the Dask workers are
    geoparse_corpus(warm_corpus, out / "warm-in.parquet", part_size=10)
    runs = []
    for _ in range(repeat):
        wall = time.perf_counter()
        run = geoparse_corpus(
            corpus,
            out / "m.parquet",
            draft=out / "d.parquet" if draft else None,
            part_size=part_size,
        )
        runs.append(
            {
                "articles": run.articles,
                "task_cpu": run.cpu_seconds,
                "thread_cpu": run.thread_cpu_seconds,
                "worker_cpu": run.cpu_seconds,
                "wall": time.perf_counter() - wall,
            }
        )
    return _best(runs)


def on_dask(
    corpus: Path,
    out: Path,
    part_size: int,
    draft: bool,
    workers: int,
    warm_corpus: Path,
    repeat: int,
) -> dict[str, float]:
    from geoincidents.dask import geoparse_corpus, local_client

    runs = []
    with local_client(workers) as client:
        # warm the workers (matcher built, modules imported) outside the timed runs
        geoparse_corpus(warm_corpus, out / "warm.parquet", client=client, part_size=10)
        for _ in range(repeat):
            cpu_before = _cpu_of_workers(client) + _own_cpu()
            wall = time.perf_counter()
            run = geoparse_corpus(
                corpus,
                out / f"m{workers}.parquet",
                client=client,
                draft=out / f"d{workers}.parquet" if draft else None,
                part_size=part_size,
            )
            wall = time.perf_counter() - wall
            cpu_after = _cpu_of_workers(client) + _own_cpu()
            runs.append(
                {
                    "articles": run.articles,
                    "task_cpu": run.cpu_seconds,
                    "thread_cpu": run.thread_cpu_seconds,
                    "worker_cpu": cpu_after - cpu_before,
                    "wall": wall,
                }
            )
    return _best(runs)


def _same(out: Path, workers: int) -> bool:
    import geopandas
    import pandas as pd

    try:
        pd.testing.assert_frame_equal(
            geopandas.read_parquet(out / "m.parquet"),
            geopandas.read_parquet(out / f"m{workers}.parquet"),
        )
    except AssertionError:
        return False
    return True


def _duration(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400 * 2:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--part-size", type=int, default=250)
    parser.add_argument("--draft", action="store_true", help="draft incidents too")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="seed articles folder")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per mode")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="geoincidents-scale-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        n, chars, with_seeds = build_corpus(corpus, args.articles, seeds_dir=args.seeds)
        warm = folder / "warm.jsonl"
        build_corpus(warm, 20, seed=5)
        print(
            f"corpus: {n} articles, {chars / 1e6:.1f} M characters "
            f"({chars / n:.0f} per article), seeds {'included' if with_seeds else 'absent'}; "
            f"parts of {args.part_size}; draft={args.draft}; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        rows = {
            "in-process (baseline)": in_process(
                corpus, folder, args.part_size, args.draft, warm, args.repeat
            ),
            "Dask, 1 worker": on_dask(
                corpus, folder, args.part_size, args.draft, 1, warm, args.repeat
            ),
            "Dask, 2 workers": on_dask(
                corpus, folder, args.part_size, args.draft, 2, warm, args.repeat
            ),
        }
        same = {w: _same(folder, w) for w in (1, 2)}
    header = ("articles", "thread CPU", "task CPU", "all CPU", "wall s")
    print(f"{'':22}" + "".join(f"{h:>12}" for h in header) + "   (articles per second of each)")
    for name, r in rows.items():
        cells = [f"{r['articles']:>12.0f}"]
        for key in ("thread_cpu", "task_cpu", "worker_cpu", "wall"):
            cells.append(f"{r[key]:>6.2f}/{r['articles'] / r[key]:<5.0f}")
        print(f"{name:22}" + "".join(f"{c:>12}" for c in cells))
    base = rows["in-process (baseline)"]
    one, two = rows["Dask, 1 worker"], rows["Dask, 2 workers"]

    def rate(r: dict[str, float], key: str) -> float:
        return r["articles"] / r[key]

    overhead = 1 - rate(one, "worker_cpu") / rate(base, "task_cpu")
    task_overhead = 1 - rate(one, "task_cpu") / rate(base, "task_cpu")
    thread_overhead = 1 - rate(one, "thread_cpu") / rate(base, "thread_cpu")
    speedup = rate(two, "wall") / rate(one, "wall")
    efficiency = rate(two, "worker_cpu") / rate(one, "worker_cpu")
    one_rate = rate(one, "worker_cpu")
    print(f"results equal to in-process: 1 worker {same[1]}, 2 workers {same[2]}")
    print(
        f"Dask overhead per CPU-second (1 worker vs in-process): {overhead:+.1%} counting all "
        f"worker and scheduler CPU; {task_overhead:+.1%} inside the tasks (process_time); "
        f"{thread_overhead:+.1%} on the task's thread (thread_time); goal <= 10%"
    )
    print(
        f"2 workers vs 1: {speedup:.2f}x wall throughput (goal >= 1.8x when quiet), "
        f"CPU efficiency {efficiency:.2f}; load average now {os.getloadavg()[0]:.1f}"
    )
    per_core = one_rate * min(1.0, efficiency)
    print(
        f"projection: cores x {one_rate:.1f} articles/CPU-s x {min(1.0, efficiency):.2f} "
        f"efficiency (articles of {chars / n:.0f} characters: {one_rate * chars / n / 1e6:.2f} "
        "M characters per CPU-second; scale by length for longer articles)"
    )
    for cores in (16, 64, 256, 1024):
        rate = cores * per_core
        print(
            f"  {cores:>5} cores: {rate:>9.0f} articles/s; 10 million in "
            f"{_duration(10e6 / rate)}, 850 million in {_duration(850e6 / rate)}"
        )


if __name__ == "__main__":
    main()

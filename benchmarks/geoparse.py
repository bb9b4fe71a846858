"""Throughput of place-mention scanning: geoincidents vs flashtext, same aliases, same text.

Builds a ~10 MB synthetic corpus of Arabic, Persian and English sentences (our own
templates, filled with names from the bundled gazetteer and the GeoNames index), loads
the full gazetteer and the GeoNames index, then times, in one process on one core:

- ``find_mentions`` (folding, Aho-Corasick, word boundaries, clitics, kind words,
  candidates), and
- flashtext's ``KeywordProcessor.extract_keywords(span_info=True)`` over the same
  aliases (every name of every place scanned for), Arabic and Persian letters declared
  word characters so it respects word boundaries too.

Each timed run of ``find_mentions`` folds the text afresh (the cache of
``fold_text`` is cleared), so the figure includes folding. ``--fillers 0`` gives the
densest corpus (every sentence names two places: ~17 mentions per KB, several times
what news prose holds).

Runs alternate between the two scanners; the best wall-clock time of each is
reported, with its CPU time (steadier on a shared machine).

Usage::

    taskset -c 0 python benchmarks/geoparse.py [--mb 10] [--repeat 3] [--fillers 3]
    taskset -c 0 python benchmarks/geoparse.py --linear [--max-mb 1]

Goal: at least 2x flashtext and at least 10 MB/s.

``--linear`` times the whole ``geoparse`` (scan, rejection, resolution, roles, relative
phrases) on hostile inputs, one place name (or a relative phrase) repeated with no
sentence end, at 100 KB and at ``--max-mb``, and prints the time per MB of each: the
two agree when the cost is linear (goal: the 1 MB figure at most twice the 100 KB one).

``--cli`` times the whole geoparse *through the CLI*, as a user runs it, against
flashtext's bare keyword scan of the same files in the same run (issue 11 §1)::

    taskset -c 0 python benchmarks/geoparse.py --cli [--corpus-mb 2] [--big-mb 10] [--seeds DIR]

It writes a corpus of article files (about 1.5–5 KB each, our own templates with
names from the gazetteer, three place-free sentences after each sentence naming
places; plus the seed articles of ``../shared/seeds/`` when that folder exists, copied
to the temporary folder only) and times, each in a child process pinned to one core
(``taskset -c 0`` when available), by the child's CPU time (steadier than wall time
on a shared machine; best of ``--repeat``):

- start-up: ``geoincidents geoparse`` of a one-line file (goal <= 0.5 s, with the
  GeoNames index cached);
- ``geoincidents geoparse --json`` over every article file, and flashtext over the
  same files (read and scanned in this process) twice: as a user runs it out of the
  box (``KeywordProcessor(case_sensitive=False)``, defaults: only ASCII letters, digits
  and ``_`` are word characters, so every Arabic or Persian letter is a boundary) and
  with the Arabic block and the ZWNJ declared word characters (word boundaries in the
  three scripts, as geoincidents keeps them); MB/s of each, of the CLI with its
  start-up subtracted, and the ratio against each flashtext (goal: the CLI at least
  1x flashtext);
- the same articles joined into one file of 0.1 MB, 1 MB and ``--big-mb`` MB: the time
  per MB of each (start-up subtracted; goal: the 10 MB file within 2x the per-MB
  time of the article files).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: the seed articles (read when present, never copied into the repository)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

TEMPLATES = (
    "Five rockets were fired from {a} toward {b} on Tuesday, officials said.",
    "A drone was intercepted near {a} before it reached {b}.",
    "Residents of {a} heard two explosions late on Sunday evening.",
    "The convoy left {a} at dawn and reached {b} without incident.",
    "أطلقت ثلاثة صواريخ من {a} باتجاه {b} فجر اليوم دون وقوع إصابات.",
    "وقال مصدر أمني إن طائرة مسيرة أسقطت قرب {a} صباح الثلاثاء.",
    "وشهدت مدينة {a} هدوءا حذرا بعد هجوم على {b} الليلة الماضية.",
    "تعرضت قاعدة في {a} لقصف مدفعي مصدره {b} بحسب مصادر محلية.",
    "هشت راکت از {a} به سوی {b} شلیک شد و خسارتی به بار نیامد.",
    "منابع محلی از شنیده شدن صدای انفجار در {a} خبر دادند.",
    "یک پهپاد پیش از رسیدن به {b} در نزدیکی {a} رهگیری شد.",
    "نیروهای ائتلاف در {a} مستقر هستند و {b} را زیر نظر دارند.",
)


def _names(include_geonames: bool) -> list[str]:
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.mentions import mention_index

    gazetteer = default_gazetteer()
    index = mention_index(gazetteer, include_geonames=include_geonames)
    names = [n for p in gazetteer for n in p.names]
    for row in index.geonames_rows.values():
        names += [n for n in (row[1], row[7]) if n]
    return names


#: sentences that name no place (news is mostly such sentences)
FILLERS = (
    "The spokesman declined to say which group was behind the attacks, adding that the "
    "investigation was continuing and that more details would be released later.",
    "Officials stressed that the forces retain the right to defend themselves and would "
    "respond at a time and place of their choosing.",
    "وأضاف المتحدث أن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الهجوم، مؤكدا أن "
    "القوات تحتفظ بحق الرد في الوقت المناسب.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما لم تصدر السلطات أي تعليق رسمي.",
    "سخنگوی وزارت دفاع در ادامه گفت که هنوز روشن نیست چه گروهی مسئول این حمله‌ها بوده "
    "و بررسی‌ها ادامه دارد.",
    "این مقام افزود که نیروها حق دفاع از خود را دارند و در زمان مناسب پاسخ خواهند داد.",
)


def corpus(megabytes: float, names: list[str], seed: int = 4, fillers: int = 3) -> str:
    """A synthetic mixed-script corpus of about ``megabytes`` MB (UTF-8).

    Each sentence naming places is followed by ``fillers`` sentences naming none.
    """
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        sentence = rng.choice(TEMPLATES).format(a=rng.choice(names), b=rng.choice(names))
        for _ in range(fillers):
            sentence += " " + rng.choice(FILLERS)
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    return "\n".join(parts)


def _time_both(
    ours: Callable[[], object], theirs: Callable[[], object], repeat: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Best wall-clock and CPU seconds of each function, over ``repeat`` runs each.

    The runs alternate (ours, theirs, ours, …) so a burst of load on a shared machine
    weighs on both sides alike.
    """
    best = {ours: [float("inf"), float("inf")], theirs: [float("inf"), float("inf")]}
    for _ in range(repeat):
        for fn in (ours, theirs):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[fn][0] = min(best[fn][0], wall)
            best[fn][1] = min(best[fn][1], cpu)
    return (best[ours][0], best[ours][1]), (best[theirs][0], best[theirs][1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--fillers",
        type=int,
        default=3,
        help="place-free sentences after each sentence naming places (0: densest corpus)",
    )
    parser.add_argument("--linear", action="store_true", help="per-MB time of geoparse")
    parser.add_argument("--max-mb", type=float, default=1.0, help="largest --linear input")
    parser.add_argument("--cli", action="store_true", help="the CLI's full geoparse vs flashtext")
    parser.add_argument("--corpus-mb", type=float, default=2.0, help="--cli article corpus size")
    parser.add_argument("--big-mb", type=float, default=10.0, help="--cli largest single file")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="seed articles folder (--cli)")
    args = parser.parse_args(argv)
    if args.linear:
        return linear(args.max_mb)
    if args.cli:
        return cli(args.corpus_mb, args.big_mb, max(1, args.repeat), args.seeds)

    from flashtext import KeywordProcessor

    from geoincidents.text.folding import fold_text
    from geoincidents.text.mentions import find_mentions, mention_index

    t0 = time.perf_counter()
    names = _names(include_geonames=True)
    build = time.perf_counter() - t0
    index = mention_index(include_geonames=True)
    text = corpus(args.mb, names, fillers=args.fillers)
    mb = len(text.encode("utf-8")) / 1_000_000

    t0 = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=False)
    letters = {chr(c) for c in range(0x0600, 0x0700)} | {"\u200c"}
    for char in letters:
        kp.add_non_word_boundary(char)
    for name in names:
        kp.add_keyword(name, name)
    kp_build = time.perf_counter() - t0

    found: list[int] = []

    def scan() -> None:
        fold_text.cache_clear()  # fold afresh each run: fold_text caches the last texts
        found.append(len(find_mentions(text)))

    def flashtext_scan() -> None:
        theirs_found.append(len(kp.extract_keywords(text, span_info=True)))

    theirs_found: list[int] = []
    (ours, ours_cpu), (theirs, theirs_cpu) = _time_both(scan, flashtext_scan, args.repeat)
    assert len(set(found)) == 1 and len(set(theirs_found)) == 1, "runs disagree"
    print(
        f"corpus: {mb:.1f} MB, {len(text):,} characters, {len(TEMPLATES)} templates, "
        f"{args.fillers} place-free sentence(s) after each"
    )
    print(f"aliases: {len(set(names)):,} names; automaton keys: {index.size:,}")
    print(f"build: geoincidents index {build:.1f} s, flashtext {kp_build:.1f} s")
    print(
        f"geoincidents find_mentions: {ours:.2f} s = {mb / ours:.1f} MB/s "
        f"(CPU {ours_cpu:.2f} s = {mb / ours_cpu:.1f} MB/s), "
        f"{found[-1]:,} mentions ({found[-1] / mb / 1000:.1f} per KB)"
    )
    print(
        f"flashtext extract_keywords: {theirs:.2f} s = {mb / theirs:.1f} MB/s "
        f"(CPU {theirs_cpu:.2f} s = {mb / theirs_cpu:.1f} MB/s), "
        f"{theirs_found[-1]:,} keywords"
    )
    print(f"speed-up: {theirs / ours:.1f}x wall clock, {theirs_cpu / ours_cpu:.1f}x CPU")
    print("goals: >= 2x flashtext and >= 10 MB/s")
    return 0


#: hostile inputs: one place repeated, no sentence end (Latin, Arabic, Persian, relative)
HOSTILE = (
    "Hit ",
    "هيت ",
    "عين الأسد ",
    "پایگاه عین‌الاسد ",
    "15 km north of Hit ",
    "US strikes hit al-Qaim ",
    "حوالي هيت حوالي ",  # cue words that are prefix words too (the cue prefilter's walk)
    "Hit.north.of.",  # cues with no space between them
)


def linear(max_mb: float) -> int:
    """Print geoparse's time per MB at 100 KB and at ``max_mb`` for each hostile input."""
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.geoparse import geoparse

    g = default_gazetteer()
    geoparse("warm up: Hit, عين الأسد", g)
    sizes = (100_000, int(max_mb * 1_000_000))
    print(f"{'input (repeated)':28}" + "".join(f"{s / 1e6:>10.1f} MB" for s in sizes) + "   ratio")
    worst = 0.0
    for unit in HOSTILE:
        per_mb = []
        for size in sizes:
            text = unit * max(1, size // len(unit.encode("utf-8")))
            mb = len(text.encode("utf-8")) / 1e6
            start = time.process_time()
            geoparse(text, g)
            per_mb.append((time.process_time() - start) / mb)
        ratio = per_mb[1] / per_mb[0]
        worst = max(worst, ratio)
        cells = "".join(f"{t:>9.2f} s/MB" for t in per_mb)
        print(f"{unit.strip()!r:28}{cells}   {ratio:.2f}")
    print(f"worst ratio (time per MB at {sizes[1] / 1e6:g} MB / at 0.1 MB): {worst:.2f}")
    print("goal: <= 2 (linear cost); CPU time of one process")
    return 0


def write_articles(
    folder: Path, megabytes: float, seed: int = 11, seeds_dir: Path = SEEDS
) -> list[Path]:
    """Article files of about 1.5–5 KB (our templates; the seeds too, when present)."""
    from geoincidents.places.gazetteer import default_gazetteer

    names = [n for p in default_gazetteer() for n in (p.name, p.name_ar, p.name_fa) if n]
    rng = random.Random(seed)
    seeds = sorted(seeds_dir.glob("*.txt")) if seeds_dir.is_dir() else []
    files: list[Path] = []
    size = 0
    while size < megabytes * 1_000_000:
        k = len(files)
        if seeds and k % 20 == 0:  # about 5 % real articles, read from ../shared/seeds
            text = seeds[(k // 20) % len(seeds)].read_text(encoding="utf-8")
        else:
            target = rng.uniform(1500, 5000)
            paragraphs = []
            length = 0
            while length < target:
                paragraph = corpus(0.0001, names, seed=rng.randrange(1 << 30), fillers=3)
                paragraphs.append(paragraph)
                length += len(paragraph.encode("utf-8")) + 2
            text = "\n\n".join(paragraphs)
        path = folder / f"article-{k:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        size += len(text.encode("utf-8"))
    return files


def _cli_command() -> list[str]:
    exe = Path(sys.executable).with_name("geoincidents")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "geoincidents"]
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    return [*pin, *command, "geoparse", "--json"]


def _cli_env() -> dict[str, str]:
    """The CLI's environment: this one, less ``PYTHONDONTWRITEBYTECODE`` (an installed
    package has its bytecode compiled; a machine that sets the variable would otherwise
    time the compiling of every module at each start-up, ~0.05 s here)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONHASHSEED": "0"}


def _run_cli(files: list[Path], repeat: int) -> tuple[float, float, int]:
    """Best child CPU seconds and wall seconds of the CLI over ``files``; output lines."""
    best_cpu = best_wall = float("inf")
    lines = 0
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        out = subprocess.run(
            [*_cli_command(), *map(str, files)],
            capture_output=True,
            check=True,
            env=_cli_env(),
        ).stdout
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
        lines = out.count(b"\n")
    return best_cpu, best_wall, lines


def _flashtext(files: list[Path], repeat: int, *, arabic_words: bool) -> tuple[float, int]:
    """Best CPU seconds of flashtext reading and scanning ``files`` (every alias).

    ``arabic_words`` false: flashtext as a user runs it out of the box,
    ``KeywordProcessor(case_sensitive=False)`` with its defaults, whose word characters
    are ASCII letters, digits and ``_`` (so every Arabic or Persian letter is a word
    boundary); true: the Arabic block (U+0600–U+06FF) and the ZWNJ declared word
    characters too, so it respects word boundaries in the three scripts.
    """
    from flashtext import KeywordProcessor

    kp = KeywordProcessor(case_sensitive=False)
    if arabic_words:
        for char in {chr(c) for c in range(0x0600, 0x0700)} | {"\u200c"}:
            kp.add_non_word_boundary(char)
    for name in _names(include_geonames=True):
        kp.add_keyword(name, name)
    best, found = float("inf"), 0
    for _ in range(repeat):
        cpu = time.process_time()
        found = 0
        for path in files:
            found += len(kp.extract_keywords(path.read_text(encoding="utf-8"), span_info=True))
        best = min(best, time.process_time() - cpu)
    return best, found


def cli(corpus_mb: float, big_mb: float, repeat: int, seeds_dir: Path = SEEDS) -> int:
    """Print the CLI's full geoparse against flashtext, per-MB times, and start-up."""
    with tempfile.TemporaryDirectory(prefix="geoparse-bench-") as tmp:
        folder = Path(tmp)
        (folder / "articles").mkdir()
        files = write_articles(folder / "articles", corpus_mb, seeds_dir=seeds_dir)
        mb = sum(f.stat().st_size for f in files) / 1e6
        one = folder / "one-line.txt"
        one.write_text("سقطت صواريخ على قاعدة عين الأسد الجوية.\n", encoding="utf-8")
        _run_cli([one], 1)  # builds the GeoNames cache (and bytecode) if missing
        start_cpu, start_wall, _ = _run_cli([one], max(3, repeat))
        cli_cpu, _, lines = _run_cli(files, repeat)
        default_cpu, default_found = _flashtext(files, repeat, arabic_words=False)
        ft_cpu, ft_found = _flashtext(files, repeat, arabic_words=True)
        body = cli_cpu - start_cpu
        print(
            f"corpus: {len(files)} article files, {mb:.2f} MB "
            f"(seeds {'included' if seeds_dir.is_dir() else 'absent'}); CPU time of one core"
        )
        print(
            f"start-up (geoincidents geoparse, one line): {start_cpu:.2f} s CPU "
            f"({start_wall:.2f} s wall); goal <= 0.5 s"
        )
        print(
            f"geoincidents geoparse --json: {cli_cpu:.2f} s = {mb / cli_cpu:.2f} MB/s "
            f"({mb / body:.2f} MB/s without start-up), {lines:,} mentions"
        )
        print(
            f"flashtext extract_keywords, out of the box (defaults: Arabic letters are word "
            f"boundaries): {default_cpu:.2f} s = {mb / default_cpu:.2f} MB/s, "
            f"{default_found:,} keywords"
        )
        print(
            f"flashtext extract_keywords, Arabic/Persian letters declared word characters: "
            f"{ft_cpu:.2f} s = {mb / ft_cpu:.2f} MB/s, {ft_found:,} keywords"
        )
        print(
            f"ratio (geoparse / flashtext MB/s), vs flashtext out of the box: "
            f"{default_cpu / cli_cpu:.2f}x ({default_cpu / body:.2f}x without start-up); "
            f"vs flashtext with Arabic word characters: {ft_cpu / cli_cpu:.2f}x "
            f"({ft_cpu / body:.2f}x without start-up); goal >= 1x"
        )
        article_per_mb = body / mb
        joined = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
        print(f"per MB (start-up subtracted): article files {article_per_mb:.3f} s/MB")
        worst = 0.0
        for size in (0.1, 1.0, big_mb):
            text = joined * (int(size * 1e6 / max(1, len(joined.encode()))) + 1)
            text = text.encode("utf-8")[: int(size * 1e6)].decode("utf-8", "ignore")
            big = folder / f"one-{size:g}MB.txt"
            big.write_text(text, encoding="utf-8")
            size_mb = big.stat().st_size / 1e6
            cpu, _, _ = _run_cli([big], 1 if size_mb > 2 else repeat)
            per_mb = (cpu - start_cpu) / size_mb
            ratio = per_mb / article_per_mb
            worst = max(worst, ratio) if size_mb >= 1 else worst
            print(
                f"  one {size_mb:.1f} MB file: {cpu:.2f} s, {per_mb:.3f} s/MB "
                f"({ratio:.2f}x the article files)"
            )
        print(f"worst ratio at >= 1 MB: {worst:.2f}; goal <= 2 (linear cost)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

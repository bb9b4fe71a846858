"""Is drafting linear? Per-MB time of ``draft_article`` at 100 KB and at 1 MB.

Builds news-like text from our own templates (Arabic, Persian and English event and
filler sentences with dates and places, paragraphs of a few sentences), then times, on
the same text, in one process:

- ``geoparse`` alone (the named baseline: drafting runs it once and adds its own pass),
- ``draft_article``,

at each size (``--sizes``, KB), printing seconds, seconds per MB, and drafting's ratio to
geoparsing. Linear cost means the per-MB figures stay flat from 100 KB to 1 MB (issue 7
§5 measured 1.3 s at 100 KB and 24 s at 1 MB before the fix: 13 s/MB against 24 s/MB).

Usage::

    taskset -c 0 python benchmarks/draft_speed.py [--sizes 100 1000] [--repeat 1]
    taskset -c 0 python benchmarks/draft_speed.py --one-sentence   # hostile: no sentence ends
    taskset -c 0 python benchmarks/draft_speed.py --repeated events  # one sentence repeated
    taskset -c 0 python benchmarks/draft_speed.py --seeds ../shared/seeds  # real news

``--seeds DIR`` times both, best of ``--repeat`` (at least 5), over the article files
(``*.txt``) of ``DIR``, read in this process (never copied): once with each file's
publication date (:data:`eval_seeds.PUBLISHED`, by the file's number) and once with none
given (as ``geoincidents draft`` meets a file without one: most events then draft nothing).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

EVENTS = (
    "Five rockets were fired at Ain al-Asad air base on Tuesday, officials said.",
    "US aircraft struck sites in al-Qaim and Albu Kamal the same day.",
    "Two drones were shot down near Erbil International Airport on Monday.",
    "A loud explosion was heard at Camp Taji on Wednesday morning.",
    "سقط صاروخان قرب السفارة الأمريكية في بغداد مساء الأحد.",
    "وردا على الهجوم قصفت طائرات أمريكية مواقع في الميادين أمس.",
    "أسقطت الدفاعات الجوية طائرتين مسيرتين قرب حقل العمر النفطي.",
    "روز گذشته سه پهپاد به پایگاه آمریکا در میدان نفتی العمر حمله کردند.",
    "در پاسخ به این حمله، توپخانه ائتلاف محل پرتاب در المیادین را هدف قرار داد.",
    "مقاومت اسلامی عراق مسئولیت حمله به پایگاه التنف را بر عهده گرفت.",
)
FILLERS = (
    "The spokesman declined to say which group was behind it, adding that the "
    "investigation was continuing.",
    "Officials said the forces keep the right to respond at a time of their choosing.",
    "وأضاف المتحدث أن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الهجوم.",
    "سخنگوی وزارت دفاع گفت که بررسی‌ها ادامه دارد و جزئیات بیشتری منتشر خواهد شد.",
    "Our correspondent in Erbil said the city was calm.",
)


#: hostile inputs: one sentence repeated (a run of events the claim rule must see past;
#: launcher strikes that look back for the attack they answer)
REPEATED = {
    "events": "Five rockets were fired at Ain al-Asad air base on Tuesday. ",
    "launchers": "US jets destroyed the rocket launcher on Monday. ",
}


def repeated(kind: str, kilobytes: float) -> str:
    """One sentence of :data:`REPEATED` repeated to about ``kilobytes`` KB."""
    sentence = REPEATED[kind]
    return sentence * max(1, int(kilobytes * 1000 / len(sentence.encode())))


def corpus(kilobytes: float, seed: int = 7, *, one_sentence: bool = False) -> str:
    """About ``kilobytes`` KB (UTF-8) of paragraphs: one event sentence, three fillers.

    ``one_sentence`` strips every sentence end and line break (hostile input: the whole
    text is one sentence, so any per-sentence cost that grows with the sentence shows).
    """
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        paragraph = " ".join([rng.choice(EVENTS), *(rng.choice(FILLERS) for _ in range(3))])
        if one_sentence:
            paragraph = paragraph.replace(".", ",")
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
    return (" " if one_sentence else "\n\n").join(parts)


def _best(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[100.0, 1000.0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--one-sentence",
        action="store_true",
        help="hostile input: no sentence ends at all (default sizes 30 and 100 KB)",
    )
    parser.add_argument(
        "--repeated",
        choices=sorted(REPEATED),
        help="hostile input: one sentence repeated (default sizes 60 and 240 KB)",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        metavar="DIR",
        help="real news: time both over the article files (*.txt) in DIR",
    )
    args = parser.parse_args(argv)
    if args.seeds is not None:
        _seeds(args.seeds, max(args.repeat, 5))
        return

    from geoincidents.text.drafting import draft_article
    from geoincidents.text.geoparse import geoparse

    draft_article(corpus(2), "2024-01-24")  # load the gazetteer and GeoNames index once
    if args.one_sentence and args.sizes == [100.0, 1000.0]:
        args.sizes = [30.0, 100.0]
    if args.repeated and args.sizes == [100.0, 1000.0]:
        args.sizes = [60.0, 240.0]
    print(f"{'size':>8} {'geoparse':>10} {'s/MB':>7} {'draft':>10} {'s/MB':>7} {'ratio':>6} drafts")
    for kb in args.sizes:
        text = (
            repeated(args.repeated, kb)
            if args.repeated
            else corpus(kb, one_sentence=args.one_sentence)
        )
        mb = len(text.encode()) / 1e6
        geo = _best(lambda: geoparse(text, published="2024-01-24"), args.repeat)  # noqa: B023
        n = [0]

        def run() -> None:
            n[0] = len(draft_article(text, "2024-01-24").drafts)  # noqa: B023

        draft = _best(run, args.repeat)
        print(
            f"{kb:>6.0f}KB {geo:>9.2f}s {geo / mb:>7.2f} {draft:>9.2f}s {draft / mb:>7.2f} "
            f"{draft / geo:>5.2f}x {n[0]}"
        )


def _seeds(folder: Path, repeat: int) -> None:
    """Geoparse alone and draft over the article files of ``folder``, side by side."""
    from eval_seeds import PUBLISHED  # (benchmarks/ is this script's folder)

    from geoincidents.text.drafting import draft_article
    from geoincidents.text.geoparse import geoparse

    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        sys.exit(f"draft_speed: no article files (*.txt) in {folder}")
    texts = [f.read_text(encoding="utf-8") for f in files]
    kb = sum(len(t.encode()) for t in texts) / 1e3
    draft_article(corpus(2), "2024-01-24")  # load the gazetteer and GeoNames index once
    print(f"seeds {folder}: {len(texts)} articles, {kb:.1f} KB, best of {repeat}")
    for label, dates in (
        ("dated", [PUBLISHED.get(f.name[:3]) for f in files]),
        ("undated", [None] * len(files)),
    ):
        n = [0]

        def run_geoparse() -> None:
            for text, published in zip(texts, dates, strict=True):  # noqa: B023
                geoparse(text, published=published)

        def run_draft() -> None:
            n[0] = sum(  # noqa: B023
                len(draft_article(text, published, source_name=f.name).drafts)
                for f, text, published in zip(files, texts, dates, strict=True)  # noqa: B023
            )

        geo = _best(run_geoparse, repeat)
        draft = _best(run_draft, repeat)
        print(
            f"  {label:8s} geoparse alone {geo * 1e3:.1f} ms, draft {draft * 1e3:.1f} ms "
            f"= {draft / geo:.2f}x geoparse (goal <= 2x), {n[0]} drafts"
        )


if __name__ == "__main__":
    main()

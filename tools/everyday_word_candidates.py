"""List the place names the geoparser matches that are also frequent Arabic or Persian words.

The candidates for ``gazetteer/everyday_words.csv``: every one-word name of Arabic script
in the mention index (the gazetteer's names and aliases and the offline GeoNames index)
whose word frequency in Arabic or Persian (wordfreq's Zipf scale: 3 is once per million
words, 4 ten times, 5 a hundred) is at least ``--zipf``, and which the table does not hold
yet. A place's own name is frequent too (``بغداد``): read each candidate and add a row only
for an everyday word (``معان``, "meanings"; ``دوما``, "always"), with the two sentences of
your own the row needs.

wordfreq (Apache-2.0, data CC BY-SA 4.0) is no dependency of geoincidents: the script
installs ``wordfreq==3.1.1`` with pip into a temporary folder, and reads nothing else from
the network. Run::

    .venv/bin/python tools/everyday_word_candidates.py [--zipf 3.5]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile

WORDFREQ = "wordfreq==3.1.1"
_ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff]+$")


def candidates(zipf_frequency, threshold: float) -> list[tuple[float, str, list[str]]]:  # type: ignore[no-untyped-def]
    """(frequency, folded name, place ids) of each candidate, the most frequent first."""
    from geoincidents.places.everyday_words import everyday_words
    from geoincidents.text.folding import fold_word
    from geoincidents.text.mentions import mention_index

    index = mention_index()
    listed = {fold_word(row.word) for row in everyday_words()}
    found = []
    for key, entries in zip(index.keys, index.entries, strict=True):
        if not entries or not _ARABIC_SCRIPT.match(key) or key in listed:
            continue
        ids = sorted({e.place_id for e in entries if not e.needs_kind})
        if not ids or all(i.startswith("country:") for i in ids):
            continue  # a country, or only with a kind word
        frequency = max(zipf_frequency(key, "ar"), zipf_frequency(key, "fa"))
        if frequency >= threshold:
            found.append((frequency, key, ids))
    return sorted(found, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zipf", type=float, default=3.5, help="least frequency (Zipf)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--target", folder, WORDFREQ],
            check=True,
        )
        sys.path.insert(0, folder)
        from wordfreq import zipf_frequency

        rows = candidates(zipf_frequency, args.zipf)
    for frequency, key, ids in rows:
        print(f"{frequency:4.2f}  {key}  {' '.join(ids[:3])}")
    print(f"{len(rows)} candidates at Zipf >= {args.zipf}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``geoincidents`` command.

Subcommands (scripts depend on these contracts; see the README):

- ``geoincidents resolve [--country CC] [--kind KIND] [--json] NAME...`` (``-`` reads
  names from standard input). Exit 0 when every name was found, 1 when any was not.
- ``geoincidents gazetteer validate FILE...``: every problem with file, line and column;
  exit 1 when any is an error.
- ``geoincidents geoparse [--json] [--published DATE] FILE...`` (``-`` reads standard input);
  ``geoincidents geoparse CORPUS... -o mentions.parquet [--draft drafts.parquet]
  [--text-column C] [--id-column C] [--published-column C] [--language-column C]
  [--scheduler processes|threads|synchronous|ADDRESS] [--workers N]``: GeoParquet datasets.
- ``geoincidents draft FILE... -o incidents.csv [--published DATE]``.
- ``geoincidents convert INPUT... -o OUT [--format acled]``: incident files between formats.
- ``geoincidents map INPUT... -o OUT.html [--offline] [--since DATE] [--until DATE]
  [--kind KIND]...``; INPUT is a CSV, GeoJSON or ACLED file, or ``seed``.

Usage errors exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from geoincidents.errors import GeoincidentsError

__all__ = ["build_parser", "main"]

#: Above this many inputs the commands show a progress bar on standard error.
PROGRESS_THRESHOLD = 5
#: Input files larger than this (in all) get a progress bar over the map stages.
LARGE_INPUT_BYTES = 2_000_000


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _progress(items: Sequence[Any], desc: str) -> Iterable[Any]:
    if len(items) <= PROGRESS_THRESHOLD:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="file", file=sys.stderr, leave=False)


@contextlib.contextmanager
def _stages(files: Sequence[str], names: Sequence[str]) -> Iterator[Callable[[], None]]:
    """A progress bar over ``names`` when the input files are large; else a no-op."""
    size = sum(Path(f).stat().st_size for f in files if Path(f).is_file())
    if size < LARGE_INPUT_BYTES:
        yield lambda: None
        return
    from tqdm import tqdm

    with tqdm(total=len(names), desc=names[0], file=sys.stderr, leave=False) as bar:
        done = iter(names[1:])

        def advance() -> None:
            bar.update(1)
            bar.set_description(next(done, "done"))

        yield advance


# ---------------------------------------------------------------- resolve


def _names_from_args(names: Sequence[str], stdin: TextIO) -> Iterator[str]:
    if list(names) == ["-"]:
        for line in stdin:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line
    else:
        yield from names


def _format_table(rows: Sequence[dict[str, Any]]) -> str:
    headers = [
        "query",
        "found",
        "id",
        "lat",
        "lon",
        "country",
        "kind",
        "precision_m",
        "score",
        "method",
    ]
    body = [
        [
            str(r["query"]),
            "yes" if r["found"] else "no",
            r["id"] or "-",
            f"{r['lat']:.5f}" if r["lat"] is not None else "-",
            f"{r['lon']:.5f}" if r["lon"] is not None else "-",
            r["country"] or "-",
            r["kind"] or "-",
            f"{r['precision_m']:g}" if r["precision_m"] is not None else "-",
            f"{r['score']:.2f}",
            r["method"],
        ]
        for r in rows
    ]
    widths = [
        max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(b, widths, strict=True)) for b in body]
    for r in rows:
        others = [c for c in r["candidates"] if c["id"] != r["id"]]
        if others:
            alts = ", ".join(f"{c['id']} ({c['score']:.2f})" for c in others[:4])
            lines.append(f"  {r['query']}: also weighed {alts}")
    return "\n".join(lines)


def _cmd_resolve(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.places.gazetteer import default_gazetteer, load_gazetteer
    from geoincidents.places.resolve import resolve

    gazetteer = load_gazetteer(*args.gazetteer) if args.gazetteer else default_gazetteer()
    rows = []
    all_found = True
    for name in _names_from_args(args.names, stdin):
        resolution = resolve(name, gazetteer, country=args.country, kind=args.kind)
        row = resolution.to_dict()
        all_found &= bool(row["found"])
        if args.json:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.append(row)
    if not args.json:
        out.write(_format_table(rows) + "\n")
    return 0 if all_found else 1


# ---------------------------------------------------------------- gazetteer validate


def _cmd_gazetteer_validate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.places.gazetteer import validate_gazetteer_files

    problems = validate_gazetteer_files(*args.files)
    for problem in problems:
        out.write(f"{problem}\n")
    errors = [p for p in problems if p.severity == "error"]
    warnings = len(problems) - len(errors)
    out.write(f"{len(args.files)} file(s): {len(errors)} error(s), {warnings} warning(s)\n")
    return 1 if errors else 0


# ---------------------------------------------------------------- geoparse / draft


def _cmd_geoparse(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.output is not None:
        return _geoparse_corpus(args, out)
    corpus_only = [
        flag
        for flag, value in (
            ("--draft", args.draft),
            ("--text-column", args.text_column),
            ("--id-column", args.id_column),
            ("--published-column", args.published_column),
            ("--language-column", args.language_column),
            ("--scheduler", args.scheduler),
            ("--workers", args.workers),
        )
        if value is not None
    ]
    if corpus_only:
        raise GeoincidentsError(f"{', '.join(corpus_only)}: only with -o/--output (a dataset)")
    from geoincidents.text.geoparse import geoparse

    failed = 0
    inputs = list(args.files)
    for name in _progress(inputs, "geoparse"):
        try:
            text = stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            sys.stderr.write(f"geoincidents: cannot read {name}: {exc}\n")
            failed += 1
            continue
        result = geoparse(text, published=args.published)
        for mention in result.mentions:
            row = {"file": name, **mention.to_dict()}
            if args.json:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                place = f"{row['id']} ({row['lat']:.4f}, {row['lon']:.4f})" if row["found"] else "?"
                out.write(
                    f"{name}:{row['start']}-{row['end']}\t{row['text']}\t{place}\t"
                    f"{row['role'] or '-'}\n"
                )
    return 1 if failed else 0


def _geoparse_corpus(args: argparse.Namespace, out: TextIO) -> int:
    """``geoparse CORPUS -o mentions.parquet``: a corpus to GeoParquet datasets."""
    from geoincidents.text.corpus import Columns

    if "-" in args.files:
        raise GeoincidentsError("-o/--output reads a corpus of files; '-' (stdin) is not one")
    if args.json:
        raise GeoincidentsError("--json prints mentions; with -o/--output they go to the dataset")
    if args.workers is not None and args.workers < 1:
        raise GeoincidentsError(f"--workers must be at least 1, got {args.workers}")
    columns = Columns(
        args.text_column or "text", args.id_column, args.published_column, args.language_column
    )
    kwargs: dict[str, Any] = {
        "draft": args.draft,
        "columns": columns,
        "published": args.published,
        "part_size": args.part_size,
        "progress": sys.stderr.isatty() or args.progress,
    }
    if args.scheduler is None and args.workers is None:
        from geoincidents.text.tables import geoparse_corpus

        run = geoparse_corpus(args.files, args.output, **kwargs)
    else:
        from geoincidents.dask import geoparse_corpus as dask_geoparse_corpus

        run = dask_geoparse_corpus(
            args.files,
            args.output,
            scheduler=args.scheduler or "processes",
            workers=args.workers,
            **kwargs,
        )
    rate = run.articles / run.wall_seconds if run.wall_seconds else 0.0
    out.write(
        f"{run.articles} article(s) in {run.parts} part(s), {run.mentions} mention(s) "
        f"written to {Path(run.mentions_path).resolve()}"
        + (
            f", {run.drafts} draft(s) to {Path(run.drafts_path).resolve()}"
            if run.drafts_path
            else ""
        )
        + f" ({rate:.0f} articles/s, {run.cpu_seconds:.1f} CPU s)\n"
    )
    for error in run.error_rows[:10]:
        sys.stderr.write(f"geoincidents: {error.where}: {error.article_id}: {error.error}\n")
    if run.errors:
        sys.stderr.write(
            f"geoincidents: {run.errors} article(s) could not be read; all are listed in "
            f"{Path(run.mentions_path) / '_errors.csv'}\n"
        )
    return 1 if run.errors else 0


def _cmd_draft(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.text.drafting import draft_incidents, write_drafts_csv

    failed = 0
    drafts = []
    for name in _progress(list(args.files), "draft"):
        try:
            text = stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            sys.stderr.write(f"geoincidents: cannot read {name}: {exc}\n")
            failed += 1
            continue
        drafts.extend(draft_incidents(text, published=args.published, source_name=name))
    if args.output in args.files:
        raise GeoincidentsError(f"refusing to overwrite the input file {args.output}")
    write_drafts_csv(drafts, args.output)
    out.write(f"{len(drafts)} draft incident(s) written to {args.output}\n")
    return 1 if failed else 0


# ---------------------------------------------------------------- map


def _cmd_map(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.incidents import datasets
    from geoincidents.incidents.io import read_incidents
    from geoincidents.maps.render import incident_map
    from geoincidents.maps.standalone import save_map

    output = Path(args.output)
    named = [name for name in args.inputs if name in datasets.available()]
    files = [name for name in args.inputs if name not in named]
    for name in files:
        if Path(name).resolve() == output.resolve():
            raise GeoincidentsError(f"refusing to overwrite the input file {name}")
    with _stages(files, ["read", "filter", "render", "save"]) as stage:
        incidents = [inc for name in named for inc in datasets.load(name)]
        if files:  # read together, so responds_to may link incidents across files
            incidents += read_incidents(files)
        stage()
        selected = [
            inc
            for inc in incidents
            if (args.since is None or (inc.end_date or inc.date) >= args.since)
            and (args.until is None or inc.date <= args.until)
            and (not args.kind or inc.kind in args.kind)
        ]
        if not selected:
            sys.stderr.write("geoincidents: no incident left after the filters; an empty map\n")
        stage()
        m = incident_map(selected, title=args.title)
        stage()
        save_map(m, output, offline=args.offline)
        stage()
    out.write(f"{len(selected)} incident(s) mapped to {output.resolve()}\n")
    return 0


# ---------------------------------------------------------------- convert


def _cmd_convert(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.incidents.io import convert_incidents

    incidents = convert_incidents(args.inputs, args.output, format=args.format)
    out.write(f"{len(incidents)} incident(s) written to {Path(args.output).resolve()}\n")
    return 0


# ---------------------------------------------------------------- parser


def _add_article_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the commands that read articles: FILE... and --published."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads stdin"
    )
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for relative dates",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geoincidents`` command."""
    parser = argparse.ArgumentParser(
        prog="geoincidents",
        description="Resolve place names in Arabic, Persian and English, geoparse news, "
        "and map conflict incidents offline.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "resolve",
        help="resolve place names to coordinates",
        description="Resolve each NAME through the gazetteer (and the offline GeoNames index). "
        "Exit 0 when every name was found, 1 when any was not.",
    )
    p.add_argument(
        "names",
        nargs="+",
        metavar="NAME",
        help="place names; '-' alone reads names from standard input, one per line",
    )
    p.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 hint, e.g. IQ")
    p.add_argument("--kind", metavar="KIND", help="kind hint, e.g. air_base or city")
    p.add_argument("--json", action="store_true", help="one JSON object per name per line")
    p.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="CSV",
        help="extra gazetteer CSV on top of the bundled one (repeatable)",
    )
    p.set_defaults(func=_cmd_resolve)

    g = sub.add_parser("gazetteer", help="gazetteer tools", description="Gazetteer tools.")
    gsub = g.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    v = gsub.add_parser(
        "validate",
        help="check gazetteer CSV files",
        description="Report every problem in the gazetteer CSV files (file, line, column) "
        "and exit 1 when any is an error.",
    )
    v.add_argument("files", nargs="+", metavar="FILE")
    v.set_defaults(func=_cmd_gazetteer_validate)

    gp = sub.add_parser(
        "geoparse",
        help="find and resolve the places named in articles",
        description="Find every place an article names (exact character spans), resolved with "
        "the article as context. A file that cannot be read is reported on standard error and "
        "the batch goes on (exit 1 at the end).",
    )
    _add_article_arguments(gp)
    gp.add_argument("--json", action="store_true", help="one JSON object per mention per line")
    corpus = gp.add_argument_group(
        "corpus",
        "With -o, FILE... is a corpus (folders, globs, text files, .jsonl, .csv, .parquet) and "
        "the mentions go to a GeoParquet dataset folder; unreadable articles are listed in its "
        "_errors.csv (exit 1 when there is any).",
    )
    corpus.add_argument("-o", "--output", metavar="MENTIONS.parquet", help="mentions dataset")
    corpus.add_argument("--draft", metavar="DRAFTS.parquet", help="also draft incidents here")
    corpus.add_argument("--text-column", metavar="NAME", help="text column/field (default text)")
    corpus.add_argument("--id-column", metavar="NAME", help="id column (default id, if any)")
    corpus.add_argument(
        "--published-column", metavar="NAME", help="publication date column (default published)"
    )
    corpus.add_argument(
        "--language-column", metavar="NAME", help="language column (default language)"
    )
    corpus.add_argument(
        "--scheduler",
        metavar="SCHEDULER",
        help="run on Dask: processes, threads, synchronous, or a scheduler address "
        "(tcp://host:8786); needs pip install 'geoincidents[dask]'",
    )
    corpus.add_argument(
        "--workers", type=int, metavar="N", help="local Dask workers (default: the CPU count)"
    )
    corpus.add_argument(
        "--part-size", type=int, default=500, metavar="N", help="articles per part (500)"
    )
    corpus.add_argument(
        "--progress", action="store_true", help="progress bar (articles/s) even when not a tty"
    )
    gp.set_defaults(func=_cmd_geoparse)

    d = sub.add_parser(
        "draft",
        help="draft incidents from articles into an incident CSV",
        description="Draft the incidents articles report (for review) into the incident CSV "
        "format that 'geoincidents map' reads.",
    )
    _add_article_arguments(d)
    d.add_argument("-o", "--output", required=True, metavar="CSV", help="incident CSV to write")
    d.set_defaults(func=_cmd_draft)

    cv = sub.add_parser(
        "convert",
        help="convert incident files between formats",
        description="Read incident files (CSV, GeoJSON, ACLED, GeoPackage, GeoParquet), check "
        "them all, and write one file whose format follows the extension of OUT (.csv, "
        ".geojson, .gpkg, .parquet) or --format acled. Never overwrites an input.",
    )
    cv.add_argument("inputs", nargs="+", metavar="INPUT")
    cv.add_argument("-o", "--output", required=True, metavar="OUT")
    cv.add_argument(
        "--format",
        choices=["csv", "geojson", "gpkg", "parquet", "acled"],
        help="output format (default: from the extension of OUT)",
    )
    cv.set_defaults(func=_cmd_convert)

    mp = sub.add_parser(
        "map",
        help="render incidents to an interactive HTML map",
        description="Render incidents from CSV, GeoJSON or ACLED files (or 'seed', the bundled "
        "dataset) to one HTML map.",
    )
    mp.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="incident CSV, GeoJSON or ACLED export, or 'seed'",
    )
    mp.add_argument("-o", "--output", required=True, metavar="OUT.html")
    mp.add_argument(
        "--offline",
        action="store_true",
        help="inline every script and stylesheet: one file that opens with no network",
    )
    mp.add_argument("--since", type=_iso_date, metavar="DATE", help="keep incidents on or after")
    mp.add_argument("--until", type=_iso_date, metavar="DATE", help="keep incidents on or before")
    mp.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="keep only this kind (repeatable), e.g. attack, retaliatory_strike",
    )
    mp.add_argument("--title", default=None, help="map title shown in the legend")
    mp.set_defaults(func=_cmd_map)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    try:
        return int(args.func(args, out, stdin or sys.stdin))
    except GeoincidentsError as exc:
        sys.stderr.write(f"geoincidents: error: {exc}\n")
        return 1
    except BrokenPipeError:  # e.g. piped into head
        return 0

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
- ``geoincidents convert INPUT... -o OUT [--format acled] [--strict]``: incident files
  between formats.
- ``geoincidents map INPUT... -o OUT.html [--cdn] [--strict] [--since DATE] [--until DATE]
  [--kind KIND]...``; INPUT is a CSV, GeoJSON or ACLED file, or ``seed``.

``--gazetteer CSV`` (repeatable) on every command that resolves names (resolve, geoparse,
draft, convert, map) layers a CSV of your own on the bundled gazetteer (after the
``GEOINCIDENTS_GAZETTEER`` ones).

A bundled dataset is named the same way everywhere
(:func:`~geoincidents.incidents.datasets.dataset_name`): ``seed`` or ``bundled:seed``; a
bare ``seed`` that is also a file in the working directory is an error naming both.

Files are never lost: before anything is read, the output is compared by identity (device
and inode) with every input, the user's gazetteer CSVs included; outputs are written
atomically (:mod:`geoincidents._files`), honour the umask and keep an existing file's
mode; SIGTERM (and SIGHUP, a closed terminal) ends the command cleanly, removing its
temporary file, with status 128 + the signal number.

Exit status (:data:`EXIT_CODES`): 0 done (warnings, such as unplaced rows, are printed on
standard error); 1 done but incomplete or refused (a name not found, an error found by
``gazetteer validate``, an article not read, ``--strict`` with an unplaced row, or no
incident placed at all: then nothing is written); 2 usage or input/output error (bad
arguments, a malformed file, an output that cannot be written): nothing is written, one
clear message, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from geoincidents._files import check_output
from geoincidents.errors import GeoincidentsError, OutputError, Problem

if TYPE_CHECKING:
    from geoincidents.incidents.model import Incident
    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["EXIT_CODES", "EXIT_ERROR", "EXIT_OK", "EXIT_REFUSED", "build_parser", "main"]

#: Done; warnings (unplaced rows, doubtful places) are printed on standard error.
EXIT_OK = 0
#: Done but incomplete, or refused: nothing is written when an output was refused.
EXIT_REFUSED = 1
#: Usage or input/output error: nothing is written.
EXIT_ERROR = 2
#: Exit status → meaning, as ``--help`` and the README give them.
EXIT_CODES = {
    EXIT_OK: "done (warnings, e.g. unplaced rows, are printed on standard error)",
    EXIT_REFUSED: "done but incomplete, or refused: a name not found, an article not read, "
    "an error found by 'gazetteer validate', --strict with an unplaced row, or no incident "
    "placed at all (then nothing is written)",
    EXIT_ERROR: "usage or input/output error: bad arguments, a malformed file, an output "
    "that cannot be written (nothing is written)",
}
#: The signals that end a command cleanly (``finally`` runs), with 128 + their number.
_ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)

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


# ---------------------------------------------------------------- gazetteers and inputs


def _gazetteer_files(args: argparse.Namespace) -> list[str]:
    """The user's gazetteer CSVs: ``GEOINCIDENTS_GAZETTEER``'s, then ``--gazetteer``'s."""
    from geoincidents.places.gazetteer import env_gazetteer_paths  # the loader's reading

    return [*(str(p) for p in env_gazetteer_paths()), *getattr(args, "gazetteer", [])]


def _gazetteer(args: argparse.Namespace) -> Gazetteer | None:
    """The gazetteer of ``--gazetteer`` CSVs over the default one; ``None`` (the default
    gazetteer, cached) without them."""
    if not getattr(args, "gazetteer", None):
        return None
    from geoincidents.places.gazetteer import load_gazetteer

    return load_gazetteer(*args.gazetteer)


def _input_files(args: argparse.Namespace) -> list[str]:
    """Every file a command reads: its inputs (not ``-``), the files behind the bundled
    datasets it names, and the gazetteers (the bundled CSV and the user's)."""
    from geoincidents.incidents.datasets import dataset_name, dataset_path
    from geoincidents.places.gazetteer import bundled_gazetteer_path

    files = []
    named = [*getattr(args, "files", []), *getattr(args, "inputs", [])]
    for name in [*named, *getattr(args, "against", [])]:  # draft --against: a sheet read
        dataset = dataset_name(name) if name != "-" else None
        if dataset is None and name != "-":
            files.append(name)
        elif dataset is not None and (path := dataset_path(dataset)) is not None:
            files.append(str(path))
    return [*files, str(bundled_gazetteer_path()), *_gazetteer_files(args)]


#: The commands whose ``-o`` is one file (``geoparse -o`` writes a dataset folder).
_ONE_FILE_OUTPUT = frozenset({"draft", "map", "convert"})


def _check_output_first(args: argparse.Namespace) -> None:
    """Refuse, before anything is read, an output file that is an input or cannot be
    written."""
    if args.command in _ONE_FILE_OUTPUT:
        inputs = _input_files(args)
        check_output(args.output, inputs)
        review = getattr(args, "review", None)  # draft --review: a second output
        if review is not None:
            check_output(review, [*inputs, args.output])


def _report(problems: Iterable[Problem]) -> None:
    """Print problems on standard error (a warning says so itself; an error is marked)."""
    for problem in problems:
        mark = "error: " if problem.severity == "error" else ""
        sys.stderr.write(f"geoincidents: {mark}{problem}\n")


def _read_incident_inputs(
    args: argparse.Namespace,
) -> tuple[list[Incident], tuple[Problem, ...]] | None:
    """The incidents of ``args.inputs`` (files and bundled datasets) and the unplaced rows.

    Every problem is printed on standard error. Returns ``None`` when the command must stop
    with :data:`EXIT_REFUSED`: ``--strict`` and a row could not be placed, or rows were read
    but none could be placed. A malformed file raises
    :class:`~geoincidents.errors.IncidentFileError` (exit 2).
    """
    from geoincidents.incidents import datasets
    from geoincidents.incidents.io import read_incidents_report

    gazetteer = _gazetteer(args)
    named = [n for n in args.inputs if datasets.dataset_name(n) is not None]
    files = [n for n in args.inputs if n not in named]
    incidents = [
        inc
        for name in named
        for inc in datasets.load(datasets.dataset_name(name) or name, gazetteer=gazetteer)
    ]
    unplaced: tuple[Problem, ...] = ()
    if files:  # read together, so responds_to may link incidents across files
        report = read_incidents_report(files, gazetteer=gazetteer)
        incidents += report.incidents
        unplaced = report.unplaced
        _report(report.warnings)
        if args.strict:
            _report(dataclasses.replace(p, severity="error") for p in unplaced)
        else:
            _report(unplaced)
    rows = len({(p.file, p.line) for p in unplaced})
    if unplaced and args.strict:
        sys.stderr.write(
            f"geoincidents: --strict: {rows} row(s) could not be placed; nothing was written\n"
        )
        return None
    if unplaced and not incidents:
        sys.stderr.write(
            f"geoincidents: none of the {rows} row(s) could be placed; nothing was written\n"
        )
        return None
    if unplaced:
        sys.stderr.write(
            f"geoincidents: {len(incidents)} incident(s) placed, {rows} row(s) could not be "
            "placed (listed above)\n"
        )
    return incidents, unplaced


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
        elif not r["found"] and r["suggestions"]:
            lines.append(f"  {r['query']}: not found; did you mean {', '.join(r['suggestions'])}?")
    return "\n".join(lines)


def _cmd_resolve(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.places.resolve import resolve
    from geoincidents.places.suggest import suggest_names

    gazetteer = _gazetteer(args) or default_gazetteer()
    rows = []
    all_found = True
    for name in _names_from_args(args.names, stdin):
        resolution = resolve(name, gazetteer, country=args.country, kind=args.kind)
        row = resolution.to_dict()
        if not row["found"] and not row["suggestions"]:  # "not found", yet meant what?
            row["suggestions"] = list(suggest_names(name, gazetteer))
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

    gazetteer = _gazetteer(args)
    failed = 0
    inputs = list(args.files)
    # one encoder for every row (``json.dumps`` with options builds one per call), one
    # write per article
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for name in _progress(inputs, "geoparse"):
        try:
            text = stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            sys.stderr.write(f"geoincidents: cannot read {name}: {exc}\n")
            failed += 1
            continue
        result = geoparse(text, gazetteer, published=args.published)
        lines = []
        for mention in result.mentions:
            row = {"file": name, **mention.to_dict()}
            if args.json:
                lines.append(encode(row) + "\n")
            else:
                place = f"{row['id']} ({row['lat']:.4f}, {row['lon']:.4f})" if row["found"] else "?"
                lines.append(
                    f"{name}:{row['start']}-{row['end']}\t{row['text']}\t{place}\t"
                    f"{row['role'] or '-'}\n"
                )
        out.write("".join(lines))
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
        # shipped to the workers as CSV paths (the environment's, then --gazetteer's)
        "gazetteer": _gazetteer_files(args) if args.gazetteer else None,
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
    from geoincidents.incidents.io import read_incidents
    from geoincidents.text.drafting import (
        Article,
        DraftIncident,
        DraftResult,
        draft_article,
        read_articles,
        write_drafts_csv,
    )

    gazetteer = _gazetteer(args)
    per_file: dict[str, dt.date] = {}
    for value in args.file_published:
        name, sep, date = value.rpartition("=")
        if not sep or name not in args.files:
            raise GeoincidentsError(
                f"--file-published {value!r}: expected FILE=YYYY-MM-DD with FILE one of the inputs"
            )
        per_file[name] = _iso_date(date)
    inputs = _input_files(args)  # checked against the outputs before anything was read
    against = read_incidents(args.against) if args.against else []
    failed = 0
    read = 0
    drafts: list[DraftIncident] = []
    review: list[tuple[Article, DraftResult]] = []
    notes: list[str] = []
    for name in _progress(list(args.files), "draft"):
        try:
            articles = [Article(stdin.read(), name="-")] if name == "-" else read_articles(name)
        except GeoincidentsError as exc:
            sys.stderr.write(f"geoincidents: {exc}\n")
            failed += 1
            continue
        read += 1
        for article in articles:
            published = per_file.get(name) or article.published or args.published
            result = draft_article(
                article.text,
                published,
                gazetteer,
                source_name=article.name if article.name != "-" else "stdin",
                url=article.url,
                against=against,
            )
            drafts.extend(result.drafts)
            review.append((article, result))
            label = article.name or name
            if result.published is None:
                notes.append(
                    f"{label}: no publication date (pass --published or --file-published "
                    f"{name}=YYYY-MM-DD, or start the file with 'published: YYYY-MM-DD'); "
                    "relative dates such as 'yesterday' were not read"
                )
            if not result.drafts:
                why = sorted({s.reason for s in result.skipped})
                notes.append(
                    f"{label}: nothing drafted: "
                    + (
                        "; ".join(why)
                        if why
                        else "no sentence reports an attack, strike, "
                        "interception or explosion at a named place"
                    )
                )
            duplicates = [d for d in result.drafts if d.duplicate_of]
            if duplicates:
                notes.append(
                    f"{label}: {len(duplicates)} draft(s) repeat rows of the sheet given: "
                    + ", ".join(f"{d.incident.id} = {d.duplicate_of}" for d in duplicates)
                )
    if not read:
        sys.stderr.write(f"geoincidents: nothing was read; {args.output} was not written\n")
        return EXIT_REFUSED
    write_drafts_csv(drafts, args.output)
    out.write(f"{len(drafts)} draft incident(s) written to {args.output}\n")
    if args.review:
        from geoincidents.review import ReviewItem, write_review

        write_review(
            args.review,
            [ReviewItem(a.name, a.text, r.published, r.drafts, r.skipped) for a, r in review],
            inputs=[*inputs, args.output],
        )
        out.write(f"review page written to {args.review}\n")
    for note in notes:
        out.write(note + "\n")
    return 1 if failed else 0


# ---------------------------------------------------------------- map


def _cmd_map(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.maps.lean import folium_without_pandas
    from geoincidents.maps.render import incident_map
    from geoincidents.maps.standalone import write_html

    output = Path(args.output)
    with _stages(args.inputs, ["read", "filter", "render", "save"]) as stage:
        read = _read_incident_inputs(args)
        if read is None:
            return EXIT_REFUSED
        incidents, unplaced = read
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
        # folium imported without its optional pandas (and pyarrow): 90 MB less
        with folium_without_pandas():
            m = incident_map(selected, title=args.title, unplaced=unplaced)
            stage()
            # written piece by piece: the page is never held whole, nor as a UTF-8 copy
            write_html(m, output, offline=not args.cdn, inputs=_input_files(args))
        stage()
    out.write(f"{len(selected)} incident(s) mapped to {output.resolve()}\n")
    return EXIT_OK


# ---------------------------------------------------------------- convert


def _output_format(args: argparse.Namespace) -> str:
    from geoincidents.incidents.io import FORMATS

    if args.format:
        return str(args.format)
    kind = FORMATS.get(Path(args.output).suffix.lower())
    if kind is None:
        raise OutputError(
            f"{args.output}: cannot tell the output format from the extension; use one of "
            f"{', '.join(sorted(FORMATS))} or --format (nothing was written)"
        )
    return kind


def _cmd_convert(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from geoincidents.incidents.io import write_incidents

    kind = _output_format(args)
    read = _read_incident_inputs(args)
    if read is None:
        return EXIT_REFUSED
    incidents, _ = read
    check_output(args.output, _input_files(args))  # again, just before the write
    write_incidents(incidents, args.output, format=kind)
    out.write(f"{len(incidents)} incident(s) written to {Path(args.output).resolve()}\n")
    return EXIT_OK


# ---------------------------------------------------------------- parser


def _exit_status_text() -> str:
    lines = ["exit status:"]
    for code, meaning in EXIT_CODES.items():
        lines.append(f"  {code}  {meaning}")
    return "\n".join(lines)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, keeping the lines of the exit-status epilog as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("exit status:"):
            import textwrap

            out = []
            for line in text.splitlines():
                body = line.lstrip()
                lead = indent + " " * (len(line) - len(body))
                out.append(
                    textwrap.fill(body, width, initial_indent=lead, subsequent_indent=lead + "    ")
                )
            return "\n".join(out)
        return super()._fill_text(text, width, indent)


def _add_gazetteer_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="CSV",
        help="your own gazetteer CSV, layered on the bundled one (repeatable); a row may "
        "give just an existing id and new aliases to add spellings to a bundled place",
    )


def _add_incident_input_arguments(parser: argparse.ArgumentParser) -> None:
    """INPUT..., -o, --strict and --gazetteer of the commands that read incident files."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="incident CSV, GeoJSON, ACLED export, GeoPackage or GeoParquet file, or a "
        "bundled dataset: 'seed' (or 'bundled:seed' when a file called seed is here)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse (exit 1, write nothing) when any row cannot be placed; by default "
        "every row that can be placed is written and the others are listed on stderr",
    )
    _add_gazetteer_argument(parser)


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
    common: dict[str, Any] = {"formatter_class": _HelpFormatter, "epilog": _exit_status_text()}
    parser = argparse.ArgumentParser(
        prog="geoincidents",
        description="Resolve place names in Arabic, Persian and English, geoparse news, "
        "and map conflict incidents offline.",
        **common,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "resolve",
        **common,
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
    _add_gazetteer_argument(p)
    p.set_defaults(func=_cmd_resolve)

    g = sub.add_parser(
        "gazetteer", help="gazetteer tools", description="Gazetteer tools.", **common
    )
    gsub = g.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    v = gsub.add_parser(
        "validate",
        **common,
        help="check gazetteer CSV files",
        description="Report every problem in the gazetteer CSV files (file, line, column) "
        "and exit 1 when any is an error.",
    )
    v.add_argument("files", nargs="+", metavar="FILE")
    v.set_defaults(func=_cmd_gazetteer_validate)

    gp = sub.add_parser(
        "geoparse",
        **common,
        help="find and resolve the places named in articles",
        description="Find every place an article names (exact character spans), resolved with "
        "the article as context. A file that cannot be read is reported on standard error and "
        "the batch goes on (exit 1 at the end).",
    )
    _add_article_arguments(gp)
    gp.add_argument("--json", action="store_true", help="one JSON object per mention per line")
    _add_gazetteer_argument(gp)
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
        **common,
        help="draft incidents from articles into an incident CSV",
        description="Draft the incidents articles report (for review) into the incident CSV "
        "format that 'geoincidents map' reads.",
    )
    _add_article_arguments(d)
    d.add_argument("-o", "--output", required=True, metavar="CSV", help="incident CSV to write")
    _add_gazetteer_argument(d)
    d.add_argument(
        "--file-published",
        action="append",
        default=[],
        metavar="FILE=DATE",
        help="publication date of one input file (repeatable); it wins over a "
        "'published: YYYY-MM-DD' first line, corpus metadata and --published",
    )
    d.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="INCIDENTS",
        help="incident file(s) already kept (CSV, GeoJSON …): 'in response to' may link to "
        "their rows, and drafts repeating a row are reported (repeatable)",
    )
    d.add_argument(
        "--review",
        metavar="HTML",
        help="also write an offline review page: each article with every draft's "
        "supporting sentence highlighted beside its fields",
    )
    d.set_defaults(func=_cmd_draft)

    cv = sub.add_parser(
        "convert",
        **common,
        help="convert incident files between formats",
        description="Read incident files (CSV, GeoJSON, ACLED, GeoPackage, GeoParquet) or the "
        "bundled dataset, check them all, and write one file whose format follows the "
        "extension of OUT (.csv, .geojson, .gpkg, .parquet) or --format acled. Rows that "
        "cannot be placed are listed on stderr (with --strict they refuse the file). Never "
        "overwrites an input.",
    )
    _add_incident_input_arguments(cv)
    cv.add_argument("-o", "--output", required=True, metavar="OUT")
    cv.add_argument(
        "--format",
        choices=["csv", "geojson", "gpkg", "parquet", "acled"],
        help="output format (default: from the extension of OUT)",
    )
    cv.set_defaults(func=_cmd_convert)

    mp = sub.add_parser(
        "map",
        **common,
        help="render incidents to an interactive HTML map",
        description="Render incidents from CSV, GeoJSON or ACLED files (or 'seed', the bundled "
        "dataset) to one self-contained HTML map that opens with no network. Rows that "
        "cannot be placed are listed on stderr and in a panel of the map (with --strict "
        "they refuse the map).",
    )
    _add_incident_input_arguments(mp)
    mp.add_argument("-o", "--output", required=True, metavar="OUT.html")
    assets = mp.add_mutually_exclusive_group()
    assets.add_argument(
        "--cdn",
        action="store_true",
        help="link Leaflet and the other scripts from their CDNs instead of inlining them "
        "(a smaller file that needs the network to show anything)",
    )
    assets.add_argument(
        "--offline",
        action="store_true",
        help="inline every script and stylesheet (the default; kept for old scripts)",
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


class _Terminated(BaseException):
    """SIGTERM or SIGHUP, raised in the main thread so that every ``finally`` runs (and
    temporaries go); ``args[0]`` is the signal number."""


def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise _Terminated(signum)


@contextlib.contextmanager
def _signals_end_cleanly() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Terminated` while a command runs (main thread
    only; the previous handlers are restored)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _on_signal) for sig in _ENDING_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _os_error_text(exc: OSError) -> str:
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status (see :data:`EXIT_CODES`).

    Usage errors exit 2 through argparse (``SystemExit``); every error of the library
    (:class:`~geoincidents.errors.GeoincidentsError`) and every ``OSError`` is printed as
    ``geoincidents: error: …`` on standard error and gives 2, never a traceback.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    try:
        with _signals_end_cleanly():
            _check_output_first(args)
            return int(args.func(args, out, stdin or sys.stdin))
    except GeoincidentsError as exc:
        sys.stderr.write(f"geoincidents: error: {exc}\n")
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except OSError as exc:
        sys.stderr.write(f"geoincidents: error: {_os_error_text(exc)}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("geoincidents: interrupted\n")
        return 128 + signal.SIGINT
    except _Terminated as ended:
        signum = int(ended.args[0])
        sys.stderr.write(f"geoincidents: terminated by {signal.Signals(signum).name}\n")
        return 128 + signum

"""Read a corpus of articles: text files, JSONL, CSV or Parquet, in parts.

A corpus is a file, a folder or a glob pattern (or a list of them). Each file is read by
its extension:

- ``.jsonl`` / ``.ndjson``: one JSON object per line;
- ``.csv``: a header row, one article per row (quoted fields may span lines);
- either of them compressed (``.jsonl.gz``, ``.csv.bz2``, ``.ndjson.xz``): one part per
  file;
- ``.parquet`` / ``.pq``: one article per row;
- anything else: one UTF-8 text file per article, its id the path relative to the folder
  given (or the path as matched by the glob).

Tables name their columns with :class:`Columns`: ``text`` (required), ``id``,
``published`` (an ISO date, or a Parquet date/timestamp) and ``language``. Without an id
column an article's id is ``<file name>:<line>`` (``:<row>`` for Parquet). A column you
name that a table lacks is an error (:class:`CorpusError`) before anything is read; the
optional columns are used when a table has them.

:func:`corpus_parts` cuts the corpus into :class:`CorpusPart` values of about
``part_size`` articles. A part is small and names only files and offsets (JSONL parts
and CSV parts start at a row, Parquet parts are row ranges of a row group), so each Dask
worker reads its own part. :func:`read_part` turns a part into :class:`Article`
values, and an article that cannot be read (not UTF-8, not JSON, no text, a bad date) into
an :class:`ArticleError` naming its id and where it is — the reader goes on.

Examples
--------
>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> lines = [{"id": "a1", "text": "Rockets hit the base.", "published": "2024-01-20"},
...          {"id": "a2", "text": 7}]
>>> _ = (folder / "news.jsonl").write_text("\\n".join(json.dumps(x) for x in lines))
>>> items = list(read_corpus(folder / "news.jsonl"))
>>> items[0].id, items[0].published.isoformat()
('a1', '2024-01-20')
>>> items[1].article_id, items[1].error
('a2', "the 'text' field is not text (int)")
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import glob
import json
import lzma
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from geoincidents.errors import GeoincidentsError
from geoincidents.text.dates import parse_published

__all__ = [
    "Article",
    "ArticleError",
    "Columns",
    "CorpusError",
    "CorpusPart",
    "article_from_record",
    "corpus_files",
    "corpus_parts",
    "read_corpus",
    "read_part",
]

#: Articles per part unless the caller says otherwise.
PART_SIZE = 500
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet", ".pq")
#: JSONL and CSV files may be compressed; one part then holds the whole file (a compressed
#: stream cannot be entered in the middle).
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
_GLOB_CHARS = set("*?[")
_SCAN_BLOCK = 1 << 24
#: what a damaged file (or a truncated compressed one) raises while it is read
_READ_ERRORS = (OSError, EOFError, lzma.LZMAError)


class CorpusError(GeoincidentsError, ValueError):
    """A corpus that cannot be read at all: missing path, missing column, no articles."""


@dataclass(frozen=True)
class Columns:
    """The column (or JSON field) names of a table corpus.

    ``id``, ``published`` and ``language`` default to ``None``: the columns named ``id``,
    ``published`` and ``language`` are used when a table has them. A name given here must
    exist.
    """

    text: str = "text"
    id: str | None = None
    published: str | None = None
    language: str | None = None

    def optional(self) -> dict[str, tuple[str, bool]]:
        """Field → (column name, whether it was named explicitly)."""
        return {
            "id": (self.id or "id", self.id is not None),
            "published": (self.published or "published", self.published is not None),
            "language": (self.language or "language", self.language is not None),
        }


@dataclass(frozen=True)
class Article:
    """One article: its id, text, publication date and language (when the corpus says).

    ``where`` says where it was read (``news.jsonl:12``), for messages.
    """

    id: str
    text: str
    published: dt.date | None = None
    language: str | None = None
    where: str = ""


@dataclass(frozen=True)
class ArticleError:
    """An article that could not be read: its id, where it is, and what was wrong."""

    article_id: str
    where: str
    error: str


@dataclass(frozen=True)
class CorpusPart:
    """A slice of the corpus one task reads: files, a run of lines, a row range, or rows.

    ``kind`` is

    - ``"files"``: the text files ``files`` (ids, relative to ``root``);
    - ``"jsonl"``: ``count`` lines of ``path`` from byte ``start``, the first being line
      ``first_line``;
    - ``"csv"``: ``count`` rows of ``path`` (columns ``header``) from byte ``start``, the
      first at line ``first_line``;
    - ``"parquet"``: rows ``start`` to ``start + count`` of row group ``row_group`` of
      ``path``, the first being row ``first_line`` of the file.

    Relative paths are read from ``cwd`` (the caller's folder), so a worker that runs
    elsewhere finds them.
    """

    index: int
    kind: str
    columns: Columns = Columns()
    path: str = ""
    files: tuple[str, ...] = ()
    root: str = ""
    start: int = 0
    count: int = 0
    first_line: int = 1
    row_group: int = 0
    header: tuple[str, ...] = ()
    cwd: str = ""

    @property
    def size(self) -> int:
        """How many articles (or lines, for JSONL: blank ones included) the part holds."""
        if self.kind == "files":
            return len(self.files)
        return self.count

    def locate(self, path: str) -> Path:
        """Where to read ``path`` (relative paths from :attr:`cwd`)."""
        return Path(self.cwd, path) if self.cwd else Path(path)


# ------------------------------------------------------------------ finding the files


def _listing(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        found += [Path(dirpath) / f for f in filenames if not f.startswith((".", "_"))]
    return sorted(found)


def corpus_files(source: str | os.PathLike[str]) -> list[tuple[Path, Path | None]]:
    """The files of one corpus source, sorted, each with the root its id is relative to.

    Raises
    ------
    CorpusError
        When the source is neither a file, a folder nor a glob that matches a file.
    """
    text = os.fspath(source)
    path = Path(text)
    if path.is_dir():
        return [(f, path) for f in _listing(path)]
    if path.is_file():
        return [(path, None)]
    if _GLOB_CHARS & set(text):
        matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
        return [(m, None) for m in matches if m.is_file()]
    raise CorpusError(f"{text}: no such file or folder (nothing was read)")


def _compressed(path: Path) -> bool:
    return path.suffix.lower() in COMPRESSED_SUFFIXES


def _open(path: Path) -> Any:
    """A binary handle on ``path``, decompressed for ``.gz``, ``.bz2`` and ``.xz``."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")
    if suffix == ".bz2":
        import bz2

        return bz2.open(path, "rb")
    if suffix == ".xz":
        return lzma.open(path, "rb")
    return path.open("rb")


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        inner = Path(path.stem).suffix.lower()
        if inner in JSONL_SUFFIXES:
            return "jsonl"
        if inner in CSV_SUFFIXES:
            return "csv"
        raise CorpusError(
            f"{path}: a compressed file is read as JSONL or CSV only (news.jsonl{suffix}, "
            f"news.csv{suffix}); decompress it first"
        )
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return "files"


def _sources(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[Any]:
    if isinstance(source, (str, os.PathLike)):
        return [source]
    return list(source)


def corpus_parts(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    columns: Columns = Columns(),
    *,
    part_size: int = PART_SIZE,
) -> list[CorpusPart]:
    """Cut a corpus into parts of about ``part_size`` articles, in corpus order.

    Raises
    ------
    CorpusError
        When a source does not exist, a table lacks a column, or there is no file at all.
    """
    if part_size < 1:
        raise CorpusError(f"part_size must be at least 1, got {part_size}")
    return [replace(p, cwd=os.getcwd()) for p in _parts(source, columns, part_size)]


def _parts(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    columns: Columns,
    part_size: int,
) -> list[CorpusPart]:
    parts: list[CorpusPart] = []
    pending: list[tuple[Path, Path | None]] = []

    def flush_files() -> None:
        for i in range(0, len(pending), part_size):
            chunk = pending[i : i + part_size]
            parts.append(
                CorpusPart(
                    len(parts),
                    "files",
                    columns,
                    files=tuple(_id_path(f, root) for f, root in chunk),
                    root=os.fspath(chunk[0][1]) if chunk[0][1] is not None else "",
                )
            )
        pending.clear()

    any_file = False
    for item in _sources(source):
        for path, root in corpus_files(item):
            any_file = True
            kind = _kind(path)
            if kind == "files":
                if pending and pending[-1][1] != root:
                    flush_files()
                pending.append((path, root))
                continue
            flush_files()
            if kind == "jsonl":
                parts += _jsonl_parts(path, columns, part_size, len(parts))
            elif kind == "parquet":
                parts += _parquet_parts(path, columns, part_size, len(parts))
            else:
                parts += _csv_parts(path, columns, part_size, len(parts))
    flush_files()
    if not any_file:
        raise CorpusError(f"{', '.join(map(str, _sources(source)))}: no file to read")
    return parts


def _id_path(path: Path, root: Path | None) -> str:
    return os.fspath(path.relative_to(root)) if root is not None else os.fspath(path)


def read_corpus(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    columns: Columns = Columns(),
    *,
    part_size: int = PART_SIZE,
) -> Iterator[Article | ArticleError]:
    """Every article of a corpus in order (an unreadable one as an :class:`ArticleError`)."""
    for part in corpus_parts(source, columns, part_size=part_size):
        yield from read_part(part)


def read_part(part: CorpusPart) -> list[Article | ArticleError]:
    """The articles of one part (see :class:`CorpusPart`)."""
    if part.kind == "files":
        return [_read_text_file(part, name) for name in part.files]
    if part.kind == "jsonl":
        return list(_read_jsonl(part))
    if part.kind == "parquet":
        return list(_read_parquet(part))
    if part.kind == "csv":
        return list(_read_csv(part))
    raise CorpusError(f"unknown corpus part kind {part.kind!r}")


# ------------------------------------------------------------------ text files


def _decode_error(exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"not UTF-8 text: byte 0x{bad} at byte {exc.start}"


def _read_text_file(part: CorpusPart, name: str) -> Article | ArticleError:
    path = Path(part.root) / name if part.root else Path(name)
    try:
        data = part.locate(os.fspath(path)).read_bytes()
    except OSError as exc:
        return ArticleError(name, os.fspath(path), f"cannot read: {exc.strerror or exc}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ArticleError(name, os.fspath(path), _decode_error(exc))
    return Article(Path(name).as_posix(), text, where=os.fspath(path))


# ------------------------------------------------------------------ records (JSONL, CSV, Parquet)


def article_from_record(
    values: dict[str, Any], columns: Columns, fallback_id: str, where: str
) -> Article | ArticleError:
    """An article from one record (a JSON object, a CSV row, a Parquet row, a frame row).

    ``fallback_id`` is the id when the record has none; ``where`` says where it is.

    >>> a = article_from_record({"text": "Rockets hit the base.", "lang": "en"},
    ...                         Columns(language="lang"), "news.csv:2", "news.csv:2")
    >>> a.id, a.text, a.language
    ('news.csv:2', 'Rockets hit the base.', 'en')
    """
    optional = columns.optional()
    id_name = optional["id"][0]
    raw_id = values.get(id_name)
    article_id = fallback_id if _missing(raw_id) else str(raw_id)
    text = values.get(columns.text)
    if _missing(text) and text != "":  # an empty text is an article that names nothing
        return ArticleError(article_id, where, f"no {columns.text!r} field")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            return ArticleError(article_id, where, _decode_error(exc))
    if not isinstance(text, str):
        kind = type(text).__name__
        return ArticleError(article_id, where, f"the {columns.text!r} field is not text ({kind})")
    try:
        text.encode("utf-8")  # a CSV read with surrogateescape keeps its bad bytes as surrogates
    except UnicodeEncodeError:
        return ArticleError(article_id, where, "not UTF-8 text")
    published_name = optional["published"][0]
    raw_published = values.get(published_name)
    try:
        published = _published(raw_published)
    except ValueError:
        return ArticleError(
            article_id, where, f"{published_name!r} is not an ISO date: {raw_published!r}"
        )
    language = values.get(optional["language"][0])
    return Article(
        article_id, text, published, None if _missing(language) else str(language), where
    )


def _missing(value: Any) -> bool:
    """None, an empty string, or a table's NaN / NA / NaT."""
    if value is None or (isinstance(value, str) and not value):
        return True
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in ("NAType", "NaTType")


def _published(value: Any) -> dt.date | None:
    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, (dt.date, dt.datetime, str)):
        return parse_published(value)
    raise ValueError(value)


def _check_columns(path: Path, present: Iterable[str], columns: Columns) -> None:
    have = set(present)
    missing = [] if columns.text in have else [columns.text]
    missing += [
        name for name, explicit in columns.optional().values() if explicit and name not in have
    ]
    if missing:
        raise CorpusError(
            f"{path}: no column {', '.join(map(repr, missing))}; the columns are "
            f"{', '.join(map(repr, sorted(have)))} (see --text-column, --id-column, "
            "--published-column, --language-column)"
        )


def _jsonl_parts(path: Path, columns: Columns, part_size: int, first: int) -> list[CorpusPart]:
    """Parts of a JSONL file, cut at line starts (one pass counting newlines)."""
    if _compressed(path):
        part_size = 2**62
    parts: list[CorpusPart] = []
    offset = 0
    line = 1
    part_start, part_line, in_part = 0, 1, 0
    ends_with_newline = True

    def part() -> CorpusPart:  # the part of the lines counted since part_start
        return CorpusPart(
            first + len(parts), "jsonl", columns, path=os.fspath(path), start=part_start,
            count=in_part, first_line=part_line,
        )  # fmt: skip

    try:
        with _open(path) as handle:
            while block := handle.read(_SCAN_BLOCK):
                pos = 0
                while True:
                    nl = block.find(b"\n", pos)
                    if nl < 0:
                        break
                    in_part += 1
                    line += 1
                    pos = nl + 1
                    if in_part == part_size:
                        parts.append(part())
                        part_start, part_line, in_part = offset + pos, line, 0
                offset += len(block)
                ends_with_newline = block.endswith(b"\n")
    except _READ_ERRORS as exc:
        raise CorpusError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if not ends_with_newline:
        in_part += 1  # a last line with no newline
    if in_part:
        parts.append(part())
    return parts


def _read_jsonl(part: CorpusPart) -> Iterator[Article | ArticleError]:
    path = Path(part.path)
    with _open(part.locate(part.path)) as handle:
        handle.seek(part.start)
        for k in range(part.count):
            raw = handle.readline()
            number = part.first_line + k
            where = f"{path}:{number}"
            fallback = f"{path.name}:{number}"
            if not raw.strip():
                continue  # a blank line is no article
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
                if number == 1:
                    line = line.removeprefix("\ufeff")
            except UnicodeDecodeError as exc:
                yield ArticleError(fallback, where, _decode_error(exc))
                continue
            try:
                values = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ArticleError(fallback, where, f"not JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(values, dict):
                kind = type(values).__name__
                yield ArticleError(fallback, where, f"not a JSON object ({kind})")
                continue
            if part.columns.id is not None and part.columns.id not in values:
                yield ArticleError(fallback, where, f"no {part.columns.id!r} field")
                continue
            yield article_from_record(values, part.columns, fallback, where)


class _Lines:
    """The lines of a binary file, decoded for ``csv.reader``, counting bytes and lines.

    ``csv.reader`` takes one line at a time and no more than a row needs, so after each row
    ``offset`` is where the next row starts and ``line`` the number of the row's last line.
    """

    def __init__(self, handle: Any, line: int) -> None:
        self.handle = handle
        self.offset = handle.tell()
        self.line = line - 1

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline()
        if not raw:
            raise StopIteration
        text = raw.decode("utf-8", "surrogateescape")
        if self.offset == 0:
            text = text.removeprefix("\ufeff")
        self.offset += len(raw)
        self.line += 1
        return text


#: An article may be longer than the csv module's default 128 kB field cap.
_ARTICLE_FIELD_LIMIT = 2**31 - 1


@contextlib.contextmanager
def _article_field_limit() -> Iterator[None]:
    """Raise the csv module's (process-wide) field cap while reading a corpus, and put it
    back after, so other readers (the gazetteer's and incident sheets' oversized-field
    checks) keep theirs."""
    previous = csv.field_size_limit(_ARTICLE_FIELD_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_parts(path: Path, columns: Columns, part_size: int, first: int) -> list[CorpusPart]:
    with _article_field_limit():
        return _csv_parts_of(path, columns, part_size, first)


def _csv_parts_of(path: Path, columns: Columns, part_size: int, first: int) -> list[CorpusPart]:
    """Parts of a CSV file: one pass finds where every ``part_size``-th row starts.

    A quoted field may hold a line break, so rows are found with the CSV reader itself;
    each part then names its byte offset, first line and row count (nothing is kept).
    """
    if _compressed(path):
        part_size = 2**62
    parts: list[CorpusPart] = []
    try:
        with _open(path) as handle:
            lines = _Lines(handle, 1)
            reader = csv.reader(lines)
            try:
                header = tuple(next(reader))
            except StopIteration:
                raise CorpusError(f"{path}: empty; a CSV corpus needs a header row") from None
            _check_columns(path, header, columns)
            start, first_line, count = lines.offset, lines.line + 1, 0
            for _ in reader:
                count += 1
                if count == part_size:
                    parts.append(
                        CorpusPart(first + len(parts), "csv", columns, path=os.fspath(path),
                                   start=start, count=count, first_line=first_line,
                                   header=header)
                    )  # fmt: skip
                    start, first_line, count = lines.offset, lines.line + 1, 0
    except _READ_ERRORS as exc:
        raise CorpusError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    except csv.Error as exc:
        raise CorpusError(f"{path}:{lines.line}: not a CSV row: {exc}") from exc
    if count:
        parts.append(
            CorpusPart(first + len(parts), "csv", columns, path=os.fspath(path), start=start,
                       count=count, first_line=first_line, header=header)
        )  # fmt: skip
    return parts


def _read_csv(part: CorpusPart) -> Iterator[Article | ArticleError]:
    path = Path(part.path)
    with _open(part.locate(part.path)) as handle:
        handle.seek(part.start)
        lines = _Lines(handle, part.first_line)
        reader = csv.reader(lines)
        for _ in range(part.count):
            number = lines.line + 1
            with _article_field_limit():  # not across the yield: others read CSV too
                record = next(reader)
            if not record:
                continue  # a blank line is no article
            where, fallback = f"{path}:{number}", f"{path.name}:{number}"
            if len(record) != len(part.header):
                values = dict(zip(part.header, record, strict=False))
                raw_id = values.get(part.columns.optional()["id"][0])
                yield ArticleError(
                    fallback if _missing(raw_id) else str(raw_id),
                    where,
                    f"{len(record)} fields where the header has {len(part.header)}",
                )
                continue
            values = dict(zip(part.header, record, strict=True))
            yield article_from_record(values, part.columns, fallback, where)


def _parquet_parts(path: Path, columns: Columns, part_size: int, first: int) -> list[CorpusPart]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: not a Parquet file: {exc}") from exc
    _check_columns(path, meta.schema_arrow.names, columns)
    parts: list[CorpusPart] = []
    before = 0  # rows in the row groups before this one
    for group in range(meta.num_row_groups):
        rows = meta.metadata.row_group(group).num_rows
        for start in range(0, rows, part_size):
            parts.append(
                CorpusPart(
                    first + len(parts),
                    "parquet",
                    columns,
                    path=os.fspath(path),
                    row_group=group,
                    start=start,
                    count=min(part_size, rows - start),
                    first_line=before + start + 1,
                )
            )
        before += rows
    return parts


def _read_parquet(part: CorpusPart) -> Iterator[Article | ArticleError]:
    import pyarrow.parquet as pq

    path = Path(part.path)
    handle = pq.ParquetFile(part.locate(part.path))
    names = set(handle.schema_arrow.names)
    wanted = [part.columns.text] + [
        name for name, _ in part.columns.optional().values() if name in names
    ]
    table = handle.read_row_group(part.row_group, columns=wanted).slice(part.start, part.count)
    for k, values in enumerate(table.to_pylist()):
        number = part.first_line + k
        yield article_from_record(
            values, part.columns, f"{path.name}:{number}", f"{path} row {number}"
        )

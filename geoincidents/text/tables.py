"""Mentions and drafts of a corpus as tables: GeoParquet datasets written atomically.

:func:`geoparse_corpus` reads a corpus (:mod:`geoincidents.text.corpus`) part by part,
geoparses each article (and drafts its incidents when asked) and writes:

- ``mentions.parquet/`` — a partitioned GeoParquet dataset, one file per part
  (``part-00000.parquet`` …), one row per place mention: :data:`MENTION_COLUMNS` plus a
  ``geometry`` point in EPSG:4326 (empty when nothing was found); ``published`` and
  ``language`` are the article's own, as the corpus gives them (empty otherwise);
- ``drafts.parquet/`` (``draft=``) — one row per draft incident: the incident columns of
  :func:`geoincidents.incidents.frame.to_geodataframe` plus :data:`DRAFT_COLUMNS`;
- ``mentions.parquet/_errors.csv`` — the articles that could not be read (id, where,
  error; :func:`read_errors`) and ``_run.json`` the counts. Neither is a Parquet file, so
  ``geopandas.read_parquet("mentions.parquet")`` and ``dask_geopandas.read_parquet``
  read the mentions alone.

Each dataset is written in a temporary sibling folder (``.mentions.parquet.<pid>.tmp``)
and renamed into place at the end, so a failed run leaves no dataset that looks complete
(and an older one at the path stays as it was). A folder at the path that is not a dataset
this module wrote (no ``_run.json``) is never replaced.
A part file is itself written atomically: a retried part (a Dask worker killed mid-run)
replaces its file, so no article is lost or counted twice. Rows are in corpus order and,
within an article, by offset — the same whichever scheduler ran the parts.

Examples
--------
>>> import tempfile, pathlib
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", aliases=("Ain al-Asad",))
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "news").mkdir()
>>> _ = (folder / "news" / "a.txt").write_text("Rockets hit Ain al-Asad.", encoding="utf-8")
>>> run = geoparse_corpus(folder / "news", folder / "mentions.parquet",
...                       gazetteer=Gazetteer((base,)), include_geonames=False)
>>> run.articles, run.mentions, run.errors
(1, 1, 0)
>>> import geopandas
>>> gdf = geopandas.read_parquet(folder / "mentions.parquet")
>>> gdf[["article_id", "start", "end", "place_id"]].values.tolist(), gdf.crs.to_epsg()
([['a.txt', 12, 23, 'ain-al-asad']], 4326)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import pickle
import shutil
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents._files import atomic_write
from geoincidents.errors import OutputError
from geoincidents.text.corpus import (
    PART_SIZE,
    Article,
    ArticleError,
    Columns,
    CorpusPart,
    corpus_parts,
    read_part,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Place

__all__ = [
    "DRAFT_COLUMNS",
    "ERROR_COLUMNS",
    "MENTION_COLUMNS",
    "CorpusRun",
    "GazetteerSpec",
    "PartResult",
    "RunOptions",
    "drafts_frame",
    "errors_frame",
    "geoparse_corpus",
    "geoparse_part",
    "load_gazetteer_spec",
    "mentions_frame",
    "mentions_table",
    "read_errors",
]

#: The columns of the mentions table, besides ``geometry`` (the point, EPSG:4326).
MENTION_COLUMNS = (
    "article_id",
    "published",
    "language",
    "start",
    "end",
    "text",
    "place_id",
    "name",
    "lat",
    "lon",
    "score",
    "method",
    "role",
    "relation",
    "radius_m",
)
#: The columns the drafts table adds to the incident columns.
DRAFT_COLUMNS = ("article_id", "span_start", "span_end", "confidence")
#: The columns of the errors table.
ERROR_COLUMNS = ("article_id", "where", "error")
ERRORS_FILE = "_errors.csv"
RUN_FILE = "_run.json"
_CRS = "EPSG:4326"
_INT = ("start", "end", "span_start", "span_end")
_FLOAT = ("lat", "lon", "score", "radius_m", "confidence")


# ------------------------------------------------------------------ the gazetteer, per process


@dataclass(frozen=True)
class GazetteerSpec:
    """What a worker needs to build the gazetteer itself: CSV paths, or the rows.

    Ship this, never a built index: each process loads it once (:func:`load_gazetteer_spec`,
    cached) and builds its own matcher. ``paths`` are read with the bundled CSV first
    (``bundled``); ``places`` (rows) replace the CSVs when given. Equal specs share one
    cache entry (compared by ``token``).
    """

    paths: tuple[str, ...] = ()
    bundled: bool = True
    places: tuple[Place, ...] | None = field(default=None, compare=False, hash=False)
    token: str = ""

    @classmethod
    def of(
        cls, gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | None = None
    ) -> GazetteerSpec:
        """The spec of a gazetteer: ``None`` → the default (bundled + the environment's CSVs),
        a list of CSV paths (on top of the bundled one), or a :class:`Gazetteer` (its rows).
        """
        from geoincidents.places.gazetteer import Gazetteer

        if isinstance(gazetteer, Gazetteer):
            places = tuple(gazetteer.places)
            token = f"rows:{hashlib.sha1(pickle.dumps(places)).hexdigest()}"
            _HERE[token] = gazetteer  # this process uses the object itself (and its index)
            return cls(bundled=False, places=places, token=token)
        if gazetteer is None:
            paths = _env_paths()
            return cls(paths=paths, token="default:" + os.pathsep.join(paths))
        paths = tuple(os.path.abspath(os.fspath(p)) for p in gazetteer)
        return cls(paths=paths, token="paths:" + os.pathsep.join(paths))


#: Gazetteers given as objects in this process, by token (a worker rebuilds from the rows).
_HERE: weakref.WeakValueDictionary[str, Gazetteer] = weakref.WeakValueDictionary()


def _env_paths() -> tuple[str, ...]:
    from geoincidents.places.gazetteer import env_gazetteer_paths

    return tuple(os.path.abspath(p) for p in env_gazetteer_paths())


def _gazetteer_of(spec: GazetteerSpec) -> Gazetteer:
    # The object given in this process first, before the cache: an equal gazetteer cached
    # by an earlier run must not stand in for the one the caller holds (and has indexed).
    here = _HERE.get(spec.token)
    if here is not None:
        return here
    return _load_spec(spec)


@lru_cache(maxsize=4)
def _load_spec(spec: GazetteerSpec) -> Gazetteer:
    from geoincidents.places.gazetteer import Gazetteer, default_gazetteer, load_gazetteer

    if spec.places is not None:
        return Gazetteer(spec.places)
    if spec.token.startswith("default:") and _env_paths() == spec.paths:
        return default_gazetteer()  # the one geoparse() uses: one matcher per process
    return load_gazetteer(*spec.paths, bundled=spec.bundled, use_env=False)


def load_gazetteer_spec(spec: GazetteerSpec, *, include_geonames: bool = True) -> Gazetteer:
    """The gazetteer of ``spec``, loaded once per process, its matcher built (warm-up)."""
    from geoincidents.text.mentions import mention_index

    gazetteer = _gazetteer_of(spec)
    mention_index(gazetteer, include_geonames=include_geonames)
    return gazetteer


@dataclass(frozen=True)
class RunOptions:
    """How each article is processed: gazetteer, GeoNames, drafting, default date."""

    gazetteer: GazetteerSpec = GazetteerSpec()
    include_geonames: bool = True
    draft: bool = False
    published: dt.date | None = None


# ------------------------------------------------------------------ frames


def _method(mention: Any) -> str | None:
    method = getattr(mention, "method", None)
    if method:
        return str(method)
    place = getattr(mention, "place", None)
    if place is None:
        return None
    for candidate in getattr(mention, "candidates", ()):
        if candidate.place.id == place.id:
            return str(candidate.method)
    return None


def _mention_row(article: Article, mention: Any) -> dict[str, Any]:
    place = mention.place
    relative = getattr(mention, "relative", None)
    return {
        "article_id": article.id,
        "published": article.published,
        "language": article.language,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "place_id": place.id if place is not None else None,
        "name": place.name if place is not None else None,
        "lat": mention.lat,
        "lon": mention.lon,
        "score": float(mention.score),
        "method": _method(mention),
        "role": mention.role,
        "relation": relative.phrase if relative is not None else None,
        "radius_m": mention.radius_m,
    }


def _typed(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> dict[str, Any]:
    import pandas as pd

    data: dict[str, Any] = {}
    for column in columns:
        values = [row[column] for row in rows]
        if column in _INT:
            data[column] = pd.array(values, dtype="Int64")
        elif column in _FLOAT:
            data[column] = pd.array(values, dtype="Float64")
        elif column == "published":
            data[column] = pd.array(
                [pd.NaT if v is None else pd.Timestamp(v) for v in values],
                dtype="datetime64[ms]",
            )
        else:
            data[column] = pd.array(values, dtype="string")
    return data


#: Arrow types of the mentions table (the dataset's schema, empty parts included).
_MENTION_TYPES = {
    "article_id": "string",
    "published": "date32",
    "language": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "place_id": "string",
    "name": "string",
    "lat": "float64",
    "lon": "float64",
    "score": "float64",
    "method": "string",
    "role": "string",
    "relation": "string",
    "radius_m": "float64",
}


@lru_cache(maxsize=1)
def _geo_metadata() -> bytes:
    """GeoParquet 1.0 metadata of a WKB point column in EPSG:4326."""
    from pyproj import CRS

    column = {
        "encoding": "WKB",
        "geometry_types": ["Point"],
        "crs": CRS.from_epsg(4326).to_json_dict(),
    }
    meta = {"version": "1.0.0", "primary_column": "geometry", "columns": {"geometry": column}}
    return json.dumps(meta).encode()


def mentions_table(items: Iterable[tuple[Article, Iterable[Any]]]) -> Any:
    """The mentions table as an Arrow table (GeoParquet metadata, WKB points in EPSG:4326).

    What :func:`mentions_frame` holds, without pandas: the part files are written from it.
    """
    import numpy as np
    import pyarrow as pa
    import shapely

    rows = [_mention_row(article, m) for article, mentions in items for m in mentions]
    data = {c: [r[c] for r in rows] for c in MENTION_COLUMNS}
    lon = np.array([np.nan if v is None else v for v in data["lon"]], dtype=float)
    lat = np.array([np.nan if v is None else v for v in data["lat"]], dtype=float)
    points: Any = shapely.points(lon, lat)
    points[np.isnan(lat)] = None
    fields = [pa.field(c, getattr(pa, t)()) for c, t in _MENTION_TYPES.items()]
    schema = pa.schema([*fields, pa.field("geometry", pa.binary())], {b"geo": _geo_metadata()})
    arrays = [pa.array(data[f.name], f.type) for f in fields]
    arrays.append(pa.array(shapely.to_wkb(points), pa.binary()))
    return pa.Table.from_arrays(arrays, schema=schema)


def mentions_frame(items: Iterable[tuple[Article, Iterable[Any]]]) -> gpd.GeoDataFrame:
    """The mentions table of articles and their resolved mentions (see the module docstring).

    Columns are :data:`MENTION_COLUMNS` (nullable dtypes, the same for an empty table) and
    a ``geometry`` point (lon, lat) in EPSG:4326, empty when no place was found.
    """
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa

    table = mentions_table(items)
    types = {
        pa.string(): pd.StringDtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.float64(): pd.Float64Dtype(),
    }
    frame = table.drop_columns(["geometry"]).to_pandas(types_mapper=types.get, date_as_object=False)
    frame["published"] = frame["published"].astype("datetime64[ms]")
    wkb = table.column("geometry").to_numpy(zero_copy_only=False)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries.from_wkb(wkb, crs=_CRS), crs=_CRS)


def drafts_frame(items: Iterable[tuple[Article, Iterable[Any]]]) -> gpd.GeoDataFrame:
    """The drafts table: one row per draft incident, the target point as geometry.

    Columns: :data:`DRAFT_COLUMNS` first, then those of
    :func:`geoincidents.incidents.frame.to_geodataframe`.
    """
    from geoincidents.incidents.frame import to_geodataframe

    pairs = [(article, d) for article, drafts in items for d in drafts]
    gdf = to_geodataframe([d.incident for _, d in pairs])
    extra = _typed(
        [
            {
                "article_id": a.id,
                "span_start": d.span[0],
                "span_end": d.span[1],
                "confidence": float(d.confidence),
            }
            for a, d in pairs
        ],
        DRAFT_COLUMNS,
    )
    for k, (name, values) in enumerate(extra.items()):
        gdf.insert(k, name, values)
    return gdf


def errors_frame(errors: Iterable[ArticleError]) -> pd.DataFrame:
    """The errors table: :data:`ERROR_COLUMNS`, one row per article that could not be read."""
    import pandas as pd

    rows = [{"article_id": e.article_id, "where": e.where, "error": e.error} for e in errors]
    return pd.DataFrame(_typed(rows, ERROR_COLUMNS))


# ------------------------------------------------------------------ one part


@dataclass(frozen=True)
class PartResult:
    """What one part gave: counts, the CPU seconds it took, and its unreadable articles.

    ``cpu_seconds`` is the process's CPU time during the part (``time.process_time``: on a
    Dask worker it includes the worker's own threads); ``thread_cpu_seconds`` the task's
    thread alone (``time.thread_time``).
    """

    index: int
    articles: int
    mentions: int
    drafts: int
    errors: tuple[ArticleError, ...]
    cpu_seconds: float
    thread_cpu_seconds: float = 0.0


def _process(
    items: Iterable[Article | ArticleError], options: RunOptions
) -> tuple[list[tuple[Article, Any]], list[tuple[Article, Any]], list[ArticleError]]:
    from geoincidents.text.geoparse import geoparse

    if options.draft:
        from geoincidents.text.drafting import draft_incidents
    gazetteer = load_gazetteer_spec(options.gazetteer, include_geonames=options.include_geonames)
    mentions: list[tuple[Article, Any]] = []
    drafts: list[tuple[Article, Any]] = []
    errors: list[ArticleError] = []
    for item in items:
        if isinstance(item, ArticleError):
            errors.append(item)
            continue
        try:
            result = geoparse(
                item.text,
                gazetteer,
                published=item.published or options.published,
                include_geonames=options.include_geonames,
            )
            mentions.append((item, result.mentions))
            if options.draft:
                drafts.append(
                    (
                        item,
                        draft_incidents(
                            item.text,
                            item.published or options.published,
                            gazetteer,
                            source_name=item.id,
                            include_geonames=options.include_geonames,
                        ),
                    )
                )
        except (ValueError, ArithmeticError, LookupError) as exc:  # one article, not the run
            errors.append(ArticleError(item.id, item.where, f"{type(exc).__name__}: {exc}"))
    return mentions, drafts, errors


def part_file(index: int) -> str:
    """The file name of part ``index`` in a dataset folder."""
    return f"part-{index:05d}.parquet"


def geoparse_part(
    part: CorpusPart,
    options: RunOptions,
    mentions_dir: str | None = None,
    drafts_dir: str | None = None,
) -> PartResult:
    """Read, geoparse (and draft) one part; write its files into the given folders.

    The CPU time (``time.process_time``) covers reading, geoparsing and writing. A part
    file is replaced atomically, so running a part twice (a retry) writes it once.
    """
    cpu, thread_cpu = time.process_time(), time.thread_time()
    mentions, drafts, errors = _process(read_part(part), options)
    if mentions_dir is not None:
        table = mentions_table(mentions)
        _write_part(
            lambda temp: _write_table(table, temp), Path(mentions_dir) / part_file(part.index)
        )
    if drafts_dir is not None and options.draft:
        gdf = drafts_frame(drafts)
        _write_part(
            lambda temp: gdf.to_parquet(temp, index=False), Path(drafts_dir) / part_file(part.index)
        )
    return PartResult(
        index=part.index,
        articles=len(mentions) + len(errors),
        mentions=sum(len(m) for _, m in mentions),
        drafts=sum(len(d) for _, d in drafts),
        errors=tuple(errors),
        cpu_seconds=time.process_time() - cpu,
        thread_cpu_seconds=time.thread_time() - thread_cpu,
    )


def _write_part(write: Callable[[Path], None], path: Path) -> None:
    atomic_write(path, write)


def _write_table(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, path)


# ------------------------------------------------------------------ the datasets


class _Dataset:
    """A dataset folder written in a temporary sibling and renamed into place at the end."""

    def __init__(self, path: str | os.PathLike[str], inputs: Sequence[str | os.PathLike[str]]):
        self.path = Path(path)
        target = self.path.resolve()
        for source in inputs:
            if not Path(source).exists():
                continue  # a glob pattern
            here = Path(source).resolve()
            if here == target or here.is_relative_to(target) or target.is_relative_to(here):
                raise OutputError(
                    f"{self.path}: the output would overwrite or lie inside the input "
                    f"{os.fspath(source)!r}; choose another output path (nothing was written)"
                )
        if self.path.is_dir():
            entries = {p.name for p in self.path.iterdir()}
            if entries and RUN_FILE not in entries:
                raise OutputError(
                    f"{self.path}: exists and is not a dataset this command wrote (no "
                    f"{RUN_FILE}); remove it or choose another path (nothing was written)"
                )
        elif self.path.exists():
            raise OutputError(
                f"{self.path}: exists and is a file; a dataset is a folder (nothing was written)"
            )
        folder = self.path.parent
        if not folder.is_dir():
            raise OutputError(
                f"{self.path}: directory {os.fspath(folder)!r} does not exist; create it "
                "first (nothing was written)"
            )
        # absolute: the workers of a cluster may run in another folder
        self.temp = Path(os.path.abspath(folder / f".{self.path.name}.{os.getpid()}.tmp"))
        shutil.rmtree(self.temp, ignore_errors=True)
        try:
            self.temp.mkdir()
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc

    def commit(self) -> None:
        """Move the finished dataset into place (an older one at the path is replaced)."""
        for stray in self.temp.glob(".*"):  # temporaries of parts a killed worker left
            stray.unlink(missing_ok=True)
        old = self.path.parent / f".{self.path.name}.{os.getpid()}.old"
        try:
            if self.path.is_dir():
                os.replace(self.path, old)
            elif self.path.exists():
                self.path.unlink()
            os.replace(self.temp, self.path)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
        shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.temp, ignore_errors=True)


@dataclass(frozen=True)
class CorpusRun:
    """The outcome of :func:`geoparse_corpus`: counts, CPU seconds, wall seconds, errors."""

    mentions_path: str
    drafts_path: str | None
    parts: int
    articles: int
    mentions: int
    drafts: int
    errors: int
    cpu_seconds: float
    wall_seconds: float
    thread_cpu_seconds: float = 0.0
    error_rows: tuple[ArticleError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The counts as written to ``_run.json``."""
        return {
            "parts": self.parts,
            "articles": self.articles,
            "mentions": self.mentions,
            "drafts": self.drafts,
            "errors": self.errors,
            "cpu_seconds": round(self.cpu_seconds, 3),
            "wall_seconds": round(self.wall_seconds, 3),
        }


#: Runs the parts: ``run(parts, task, on_done)`` calls ``task(part)`` for each part, in any
#: order or place, calls ``on_done(result)`` as each finishes and returns all the results.
Runner = Callable[
    [Sequence[CorpusPart], Callable[[CorpusPart], PartResult], Callable[[PartResult], None]],
    list[PartResult],
]


def run_in_process(
    parts: Sequence[CorpusPart],
    task: Callable[[CorpusPart], PartResult],
    on_done: Callable[[PartResult], None],
) -> list[PartResult]:
    """The in-process :data:`Runner`: the parts one after the other."""
    results = []
    for part in parts:
        result = task(part)
        on_done(result)
        results.append(result)
    return results


@contextlib.contextmanager
def _progress(parts: Sequence[CorpusPart], show: bool) -> Iterator[Callable[[PartResult], None]]:
    if not show:
        yield lambda result: None
        return
    import sys

    from tqdm import tqdm

    total_parts = len(parts)
    total = sum(p.size for p in parts)
    with tqdm(total=total, desc="geoparse", unit="article", file=sys.stderr, leave=False) as bar:
        finished = 0

        def done(result: PartResult) -> None:
            nonlocal finished
            finished += 1
            bar.set_postfix(parts=f"{finished}/{total_parts}", refresh=False)
            bar.update(result.articles)

        yield done


def geoparse_corpus(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    draft: str | os.PathLike[str] | None = None,
    columns: Columns | None = None,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | None = None,
    include_geonames: bool = True,
    part_size: int = PART_SIZE,
    progress: bool = False,
    runner: Runner = run_in_process,
) -> CorpusRun:
    """Geoparse a corpus into a GeoParquet dataset of mentions (and one of drafts).

    Parameters
    ----------
    source
        A file, folder or glob of articles, or a list of them (:mod:`geoincidents.text.corpus`).
    output
        The mentions dataset folder to write (``mentions.parquet``).
    draft
        Also draft incidents into this dataset folder.
    columns
        Column names of table corpora.
    published
        Publication date of the articles that carry none (relative dates in drafts).
    gazetteer
        ``None`` (bundled + ``GEOINCIDENTS_GAZETTEER``), CSV paths on top of the bundled
        one, or a :class:`~geoincidents.places.gazetteer.Gazetteer`.
    include_geonames
        Also seek the populated places of the offline GeoNames index.
    part_size
        Articles per part (per file of the datasets, per Dask task).
    progress
        Show a progress bar (articles/s) on standard error.
    runner
        Who runs the parts (default: this process; :mod:`geoincidents.dask` runs them on Dask).

    Returns
    -------
    CorpusRun
        Counts (parts, articles, mentions, drafts, errors), CPU and wall seconds, and the
        unreadable articles.

    Raises
    ------
    CorpusError
        When the corpus cannot be read at all (unreadable articles go to the errors table).
    OutputError
        When an output would overwrite an input or cannot be written.
    """
    from geoincidents.text.dates import parse_published

    started = time.perf_counter()
    inputs = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    parts = corpus_parts(source, columns or Columns(), part_size=part_size)
    options = RunOptions(
        gazetteer=GazetteerSpec.of(gazetteer),
        include_geonames=include_geonames,
        draft=draft is not None,
        published=parse_published(published),
    )
    if draft is not None and Path(draft).resolve() == Path(output).resolve():
        raise OutputError(f"{draft}: the drafts and the mentions need two folders")
    mentions_ds = _Dataset(output, inputs)
    drafts_ds = _Dataset(draft, inputs) if draft is not None else None
    task = _PartTask(
        options,
        os.fspath(mentions_ds.temp),
        os.fspath(drafts_ds.temp) if drafts_ds is not None else None,
    )
    try:
        with _progress(parts, progress) as on_done:
            results = sorted(runner(parts, task, on_done), key=lambda r: r.index)
        if [r.index for r in results] != [p.index for p in parts]:
            raise OutputError(f"{output}: some parts were not written (nothing was written)")
        errors = tuple(e for r in results for e in r.errors)
        run = CorpusRun(
            mentions_path=os.fspath(output),
            drafts_path=os.fspath(draft) if draft is not None else None,
            parts=len(parts),
            articles=sum(r.articles for r in results),
            mentions=sum(r.mentions for r in results),
            drafts=sum(r.drafts for r in results),
            errors=len(errors),
            cpu_seconds=sum(r.cpu_seconds for r in results),
            wall_seconds=time.perf_counter() - started,
            thread_cpu_seconds=sum(r.thread_cpu_seconds for r in results),
            error_rows=errors,
        )
        _write_errors(mentions_ds.temp / ERRORS_FILE, errors)
        (mentions_ds.temp / RUN_FILE).write_text(json.dumps(run.to_dict(), indent=1) + "\n")
        if drafts_ds is not None:
            drafts_ds.commit()
        mentions_ds.commit()
    except BaseException:
        mentions_ds.abort()
        if drafts_ds is not None:
            drafts_ds.abort()
        raise
    return run


@dataclass(frozen=True)
class _PartTask:
    """A picklable ``part → PartResult`` (what a Dask task runs)."""

    options: RunOptions
    mentions_dir: str
    drafts_dir: str | None

    def __call__(self, part: CorpusPart) -> PartResult:
        return geoparse_part(part, self.options, self.mentions_dir, self.drafts_dir)


def _write_errors(path: Path, errors: Iterable[ArticleError]) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ERROR_COLUMNS)
        writer.writerows((e.article_id, e.where, e.error) for e in errors)


def read_errors(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The errors table of a mentions dataset (the articles that could not be read)."""
    import pandas as pd

    return pd.read_csv(Path(path) / ERRORS_FILE, dtype="string", keep_default_na=False)

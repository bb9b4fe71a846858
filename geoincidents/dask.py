"""Geoparse a corpus on Dask (``pip install geoincidents[dask]``).

Three ways in:

- :func:`geoparse_corpus` — a corpus on disk (:mod:`geoincidents.text.corpus`) to the
  GeoParquet datasets of :mod:`geoincidents.text.tables`, on a local cluster or one you
  run (``scheduler="tcp://…"``). Each task reads its own part of the corpus and writes its
  own part file; the results equal the in-process run row for row.
- :func:`geoparse` — a Dask DataFrame (or Bag) of articles to a lazy
  ``dask_geopandas.GeoDataFrame`` of mentions (:func:`tables` gives drafts and errors too).
- :func:`resolve` — a Dask Series of place names to their places, each distinct name of a
  partition resolved once (and cached per worker process).

Every worker builds the matcher once: the tasks carry a
:class:`~geoincidents.text.tables.GazetteerSpec` (CSV paths, or the gazetteer's rows),
never a built automaton, and :func:`warm_workers` builds it when a worker starts. The
matcher holds the GIL, so the local cluster runs processes with one thread each.

Examples
--------
>>> import pandas as pd, dask.dataframe as dd
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", aliases=("Ain al-Asad",))
>>> articles = dd.from_pandas(pd.DataFrame({"id": ["a1", "a2"],
...     "text": ["Rockets hit Ain al-Asad.", "A quiet day."]}), npartitions=2)
>>> mentions = geoparse(articles, gazetteer=Gazetteer((base,)), include_geonames=False)
>>> type(mentions).__name__
'GeoDataFrame'
>>> mentions.compute(scheduler="synchronous")[["article_id", "start", "place_id"]].values.tolist()
[['a1', 12, 'ain-al-asad']]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

# Imported here, not inside the task functions: on a worker this module is imported while
# a task's spec is unpickled on the event-loop thread, before any task thread runs. A lazy
# ``import geopandas`` in a task thread races the event loop unpickling a GeoDataFrame
# fetched from another worker, and CPython's import locks then hand one of them a partially
# initialised module ("cannot import name 'GeoDataFrame' from partially initialized module").
import geopandas  # noqa: F401
import pandas  # noqa: F401
import pyarrow  # noqa: F401
import shapely

from geoincidents.errors import GeoincidentsError
from geoincidents.text.corpus import Article, ArticleError, Columns, CorpusPart, article_from_record
from geoincidents.text.tables import (
    PART_SIZE,
    CorpusRun,
    GazetteerSpec,
    PartResult,
    Runner,
    RunOptions,
    _process,
    drafts_frame,
    errors_frame,
    load_gazetteer_spec,
    mentions_frame,
)
from geoincidents.text.tables import geoparse_corpus as _geoparse_corpus

if TYPE_CHECKING:
    import dask_geopandas
    import distributed

    from geoincidents.places.gazetteer import Gazetteer

__all__ = [
    "SCHEDULERS",
    "CorpusTables",
    "cluster_runner",
    "geoparse",
    "geoparse_corpus",
    "local_client",
    "resolve",
    "tables",
    "warm_workers",
]

#: The local schedulers; anything else is the address of a running ``distributed`` scheduler.
SCHEDULERS = ("processes", "threads", "synchronous")


class DaskSetupError(GeoincidentsError, RuntimeError):
    """Dask is missing or the scheduler cannot be reached."""


def _need_dask() -> None:
    try:
        import dask  # noqa: F401
        import dask_geopandas  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskSetupError(
            f"geoincidents.dask needs the dask extra: pip install 'geoincidents[dask]' ({exc})"
        ) from exc


# ------------------------------------------------------------------ warming the workers


@dataclass(frozen=True)
class _Warm:
    """A worker plugin: build the gazetteer's matcher when the worker starts."""

    spec: GazetteerSpec
    include_geonames: bool
    name: str = "geoincidents-warm"

    def setup(self, worker: Any) -> None:
        import dask_geopandas  # noqa: F401  (before any task thread could race the import)

        load_gazetteer_spec(self.spec, include_geonames=self.include_geonames)
        import gc

        # the worker's long-lived objects (the matcher, the gazetteer, the modules, the
        # worker's own state) are never garbage: kept out of every later collection,
        # which would otherwise walk them again and again while the tasks run
        gc.freeze()

    def teardown(self, worker: Any) -> None:
        pass

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        pass


def warm_workers(
    client: distributed.Client,
    gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | GazetteerSpec | None = None,
    *,
    include_geonames: bool = True,
) -> str:
    """Have every worker (and every worker that joins later) build the matcher at start.

    Returns the plugin's name, for ``client.unregister_worker_plugin`` when done.
    """
    from distributed import WorkerPlugin

    spec = gazetteer if isinstance(gazetteer, GazetteerSpec) else GazetteerSpec.of(gazetteer)
    plugin = type("GeoincidentsWarm", (_Warm, WorkerPlugin), {})(spec, include_geonames)
    name = f"geoincidents-warm-{hashlib.sha1(spec.token.encode()).hexdigest()[:16]}"
    client.register_plugin(plugin, name=f"{name}-{include_geonames}")
    return f"{name}-{include_geonames}"


# ------------------------------------------------------------------ running corpus parts


#: Parts in flight per worker thread: enough to keep every worker busy, few enough that a
#: corpus of a million parts never floods the scheduler with a million tasks at once.
IN_FLIGHT_PER_THREAD = 4


def cluster_runner(client: distributed.Client, *, in_flight: int | None = None) -> Runner:
    """A :data:`~geoincidents.text.tables.Runner` that runs the parts on ``client``'s cluster.

    At most ``in_flight`` parts are submitted at a time (default: 4 per worker thread, at
    least 16); the next goes in as one finishes. A task lost with its worker is run again
    by the scheduler; its part file is replaced atomically, so no article is lost or
    written twice.
    """
    from distributed import as_completed

    def run(
        parts: Sequence[CorpusPart],
        task: Callable[[CorpusPart], PartResult],
        on_done: Callable[[PartResult], None],
    ) -> list[PartResult]:
        options = getattr(task, "options", None)
        plugin = None
        if isinstance(options, RunOptions):
            plugin = warm_workers(
                client, options.gazetteer, include_geonames=options.include_geonames
            )
        threads = sum(client.nthreads().values()) or 1
        limit = in_flight or max(16, IN_FLIGHT_PER_THREAD * threads)
        run_id = uuid.uuid4().hex[:12]  # two runs on one cluster never share a key
        pending = iter(parts)

        def submit(part: CorpusPart) -> Any:
            return client.submit(task, part, key=f"geoincidents-part-{part.index}-{run_id}")

        futures = as_completed([submit(p) for p in itertools.islice(pending, limit)])
        results = []
        try:
            for future in futures:
                result = future.result()
                future.release()
                on_done(result)
                results.append(result)
                following = next(pending, None)
                if following is not None:
                    futures.add(submit(following))
        finally:
            futures.clear()
            if plugin is not None:  # a cluster shared with others keeps no trace of the run
                with contextlib.suppress(Exception):
                    client.unregister_worker_plugin(plugin)
        return results

    return run


def _local_runner(scheduler: str, workers: int | None) -> Runner:
    import dask
    from dask.callbacks import Callback

    def run(
        parts: Sequence[CorpusPart],
        task: Callable[[CorpusPart], PartResult],
        on_done: Callable[[PartResult], None],
    ) -> list[PartResult]:
        options = getattr(task, "options", None)
        if isinstance(options, RunOptions):  # warm up once: threads share the process
            load_gazetteer_spec(options.gazetteer, include_geonames=options.include_geonames)

        def posttask(key: Any, result: Any, dsk: Any, state: Any, worker_id: Any) -> None:
            if isinstance(result, PartResult):
                on_done(result)

        delayed = [dask.delayed(task, pure=False)(p) for p in parts]
        with Callback(posttask=posttask):
            kwargs: dict[str, Any] = {"scheduler": scheduler}
            if scheduler == "threads" and workers:
                kwargs["num_workers"] = workers
            return list(dask.compute(*delayed, **kwargs))

    return run


#: Dask settings of the local cluster: its event-loop watchdog and system monitor tick less
#: often (they cost the scheduler process ~1.5 % of a core at their defaults, ~0.4 % here).
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


@contextlib.contextmanager
def local_client(workers: int | None = None) -> Iterator[distributed.Client]:
    """A client of a local cluster of ``workers`` processes (default: CPUs), one thread each."""
    _need_dask()
    import dask
    import distributed

    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        distributed.LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@contextlib.contextmanager
def _runner(scheduler: str, workers: int | None) -> Iterator[Runner]:
    _need_dask()
    if scheduler in ("threads", "synchronous"):
        yield _local_runner(scheduler, workers)
        return
    import distributed

    if scheduler == "processes":
        with local_client(workers) as client:
            yield cluster_runner(client)
        return
    try:
        client = distributed.Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskSetupError(f"cannot reach the Dask scheduler at {scheduler!r}: {exc}") from exc
    with client:
        yield cluster_runner(client)


def geoparse_corpus(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    scheduler: str = "processes",
    workers: int | None = None,
    client: distributed.Client | None = None,
    draft: str | os.PathLike[str] | None = None,
    columns: Columns | None = None,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | None = None,
    include_geonames: bool = True,
    part_size: int = PART_SIZE,
    progress: bool = False,
) -> CorpusRun:
    """:func:`geoincidents.text.tables.geoparse_corpus` with the parts run on Dask.

    Parameters
    ----------
    scheduler
        ``processes`` (a local cluster of ``workers`` processes, one thread each),
        ``threads``, ``synchronous``, or the address of a running scheduler
        (``tcp://host:8786``; its workers must see the corpus and output paths).
    workers
        Local worker processes (or threads); default: the CPU count.
    client
        An existing ``distributed.Client`` (overrides ``scheduler``).

    The other parameters are those of :func:`geoincidents.text.tables.geoparse_corpus`.
    """
    if client is None and scheduler not in SCHEDULERS and "://" not in scheduler:
        raise DaskSetupError(
            f"unknown scheduler {scheduler!r}: use {', '.join(SCHEDULERS)} or an address "
            "such as tcp://host:8786"
        )
    kwargs: dict[str, Any] = {
        "draft": draft,
        "columns": columns,
        "published": published,
        "gazetteer": gazetteer,
        "include_geonames": include_geonames,
        "part_size": part_size,
        "progress": progress,
    }
    if client is not None:
        _need_dask()
        return _geoparse_corpus(source, output, runner=cluster_runner(client), **kwargs)
    with _runner(scheduler, workers) as runner:
        return _geoparse_corpus(source, output, runner=runner, **kwargs)


# ------------------------------------------------------------------ lazy tables


@dataclass(frozen=True)
class CorpusTables:
    """The lazy tables of :func:`tables`: mentions, drafts (``None`` unless asked), errors.

    Computing several together (``dask.compute(t.mentions, t.errors)``) geoparses once.
    """

    mentions: dask_geopandas.GeoDataFrame
    drafts: dask_geopandas.GeoDataFrame | None
    errors: Any


def _articles_of(partition: Any, columns: Columns, index: int) -> list[Article | ArticleError]:
    """The articles of one partition: a pandas frame, or a list (Bag) of dicts/strings."""
    import pandas as pd

    if isinstance(partition, pd.DataFrame):
        records = partition.to_dict("records")
    else:
        records = [r if isinstance(r, dict) else {columns.text: r} for r in partition]
    out: list[Article | ArticleError] = []
    for k, values in enumerate(records):
        where = f"partition {index} row {k}"
        record = {str(key): value for key, value in values.items()}
        out.append(article_from_record(record, columns, f"{index}:{k}", where))
    return out


def _partition_tables(
    partition: Any, columns: Columns, options: RunOptions, index: int
) -> tuple[Any, Any, Any]:
    mentions, drafts, errors = _process(_articles_of(partition, columns, index), options)
    return (
        mentions_frame(mentions),
        drafts_frame(drafts) if options.draft else None,
        errors_frame(errors),
    )


def tables(
    data: Any,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
    language_column: str | None = None,
    published: dt.date | str | None = None,
    gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | None = None,
    include_geonames: bool = True,
    draft: bool = False,
) -> CorpusTables:
    """Lazy mentions (and drafts, and errors) of a Dask DataFrame or Bag of articles.

    A DataFrame has a text column (and optionally id, published, language columns);
    a Bag holds dicts with those keys, or strings (the text alone). An article without an
    id is ``<partition>:<row>``.
    """
    _need_dask()
    import dask
    import dask.dataframe as dd
    import dask_geopandas

    from geoincidents.text.dates import parse_published

    columns = Columns(text_column, id_column, published_column, language_column)
    options = RunOptions(
        gazetteer=GazetteerSpec.of(gazetteer),
        include_geonames=include_geonames,
        draft=draft,
        published=parse_published(published),
    )
    parts = data.to_delayed()
    triples = [
        dask.delayed(_partition_tables, nout=3, pure=False)(p, columns, options, i)
        for i, p in enumerate(parts)
    ]

    def frame(position: int, meta: Any) -> Any:
        out = dd.from_delayed([t[position] for t in triples], meta=meta, verify_meta=False)
        if hasattr(meta, "geometry") and not isinstance(out, dask_geopandas.GeoDataFrame):
            out = dask_geopandas.from_dask_dataframe(out, geometry="geometry")
        return out

    return CorpusTables(
        mentions=frame(0, mentions_frame([])),
        drafts=frame(1, drafts_frame([])) if draft else None,
        errors=frame(2, errors_frame([])),
    )


def geoparse(data: Any, **kwargs: Any) -> dask_geopandas.GeoDataFrame:
    """The lazy mentions GeoDataFrame of a Dask DataFrame or Bag of articles.

    Keyword arguments are those of :func:`tables`. Rows are in partition order, then
    article order, then offset; columns are :data:`~geoincidents.text.tables.MENTION_COLUMNS`
    and a point geometry in EPSG:4326.
    """
    return tables(data, **kwargs).mentions


# ------------------------------------------------------------------ names


#: The columns of :func:`resolve` besides ``geometry``.
RESOLVE_COLUMNS = (
    "query",
    "place_id",
    "name",
    "lat",
    "lon",
    "country",
    "kind",
    "radius_m",
    "score",
    "method",
)


@lru_cache(maxsize=65536)
def _resolve_one(
    name: str, spec: GazetteerSpec, country: str | None, kind: str | None, geonames: bool
) -> tuple[Any, ...]:
    from geoincidents.places.resolve import resolve as resolve_name
    from geoincidents.text.tables import _gazetteer_of

    r = resolve_name(name, _gazetteer_of(spec), country=country, kind=kind, use_geonames=geonames)
    p = r.place
    if p is None:
        return (name, None, None, None, None, None, None, None, float(r.score), r.method)
    return (name, p.id, p.name, p.lat, p.lon, p.country, p.kind, p.precision_m,
            float(r.score), r.method)  # fmt: skip


def _resolve_partition(
    names: Any, spec: GazetteerSpec, country: str | None, kind: str | None, geonames: bool
) -> Any:
    import geopandas as gpd
    import pandas as pd

    values = list(names)
    distinct = {v: None for v in values if isinstance(v, str) and v.strip()}
    found = {v: _resolve_one(v, spec, country, kind, geonames) for v in distinct}
    empty = (None,) * len(RESOLVE_COLUMNS)
    rows = [found.get(v, (v if isinstance(v, str) else None, *empty[1:])) for v in values]
    frame = pd.DataFrame(rows, columns=list(RESOLVE_COLUMNS), index=names.index)
    for column in ("query", "place_id", "name", "country", "kind", "method"):
        frame[column] = frame[column].astype("string")
    for column in ("lat", "lon", "radius_m", "score"):
        frame[column] = frame[column].astype("Float64")
    lon = frame["lon"].astype("float64").to_numpy(na_value=float("nan"))
    lat = frame["lat"].astype("float64").to_numpy(na_value=float("nan"))
    points = shapely.points(lon, lat)
    points[frame["lat"].isna().to_numpy()] = None
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(points, index=names.index,
                                                          crs="EPSG:4326"))  # fmt: skip


def resolve(
    series: Any,
    *,
    gazetteer: Gazetteer | Sequence[str | os.PathLike[str]] | None = None,
    country: str | None = None,
    kind: str | None = None,
    include_geonames: bool = True,
) -> dask_geopandas.GeoDataFrame:
    """Resolve a Dask Series of place names, lazily: one row per name, same index.

    Each distinct name of a partition is resolved once, and each worker process keeps
    what it resolved (so a name repeated across partitions is resolved once per worker).

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> names = dd.from_pandas(pd.Series(["Mosul", "الموصل", "Mosul", None]), npartitions=1)
    >>> out = resolve(names).compute(scheduler="synchronous")
    >>> out["place_id"].tolist()[:3], bool(out["place_id"].isna().iloc[3])
    (['mosul', 'mosul', 'mosul'], True)
    """
    _need_dask()
    import dask_geopandas

    spec = GazetteerSpec.of(gazetteer)
    meta = _resolve_partition(series._meta, spec, country, kind, include_geonames)
    out = series.map_partitions(
        _resolve_partition, spec, country, kind, include_geonames, meta=meta
    )
    if not isinstance(out, dask_geopandas.GeoDataFrame):
        out = dask_geopandas.from_dask_dataframe(out, geometry="geometry")
    return out

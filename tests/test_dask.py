"""geoincidents.dask on a local cluster of two one-thread worker processes.

One cluster serves the module. The results must equal the in-process run row for row; a
worker killed mid-run must cost nothing; unreadable articles are listed, and the run goes on.
"""

from __future__ import annotations

import gc
import io
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask_geopandas")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import geopandas  # noqa: E402
import pandas as pd  # noqa: E402

from geoincidents import dask as gdask  # noqa: E402
from geoincidents.cli import main  # noqa: E402
from geoincidents.places.gazetteer import Gazetteer  # noqa: E402
from geoincidents.text.tables import geoparse_corpus, read_errors  # noqa: E402
from tests.text.conftest import PLACES  # noqa: E402
from tests.text.corpus_samples import articles, write_jsonl  # noqa: E402

GAZETTEER = Gazetteer(PLACES)


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    rows = articles(120)
    path = write_jsonl(folder / "news.jsonl", rows)
    with path.open("ab") as handle:  # two articles that cannot be read, among the others
        handle.write(b'{"id": "bad-utf8", "text": "caf\xe9"}\n')
        handle.write(b'{"id": "no-text"}\n')
        handle.write(b'{"id": "last", "text": "Three rockets struck Ain al-Asad air base."}\n')
    return path


@pytest.fixture(scope="module")
def single(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The in-process run: what every Dask run must equal."""
    out = tmp_path_factory.mktemp("single")
    run = geoparse_corpus(
        corpus,
        out / "m.parquet",
        draft=out / "d.parquet",
        published="2024-03-01",
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
    )
    return {
        "run": run,
        "mentions": geopandas.read_parquet(out / "m.parquet"),
        "drafts": geopandas.read_parquet(out / "d.parquet"),
        "errors": read_errors(out / "m.parquet"),
    }


def _sorted(frame: pd.DataFrame, *keys: str) -> pd.DataFrame:
    return frame.sort_values(list(keys), kind="stable").reset_index(drop=True)


def _assert_same(single: dict[str, object], out: Path) -> None:
    pd.testing.assert_frame_equal(
        geopandas.read_parquet(out / "m.parquet"),
        single["mentions"],  # type: ignore[arg-type]
    )
    pd.testing.assert_frame_equal(read_errors(out / "m.parquet"), single["errors"])  # type: ignore[arg-type]
    if (out / "d.parquet").exists():
        pd.testing.assert_frame_equal(
            geopandas.read_parquet(out / "d.parquet"),
            single["drafts"],  # type: ignore[arg-type]
        )


def test_cluster_run_equals_the_single_process_run(
    client: distributed.Client, corpus: Path, single: dict[str, object], tmp_path: Path
) -> None:
    run = gdask.geoparse_corpus(
        corpus,
        tmp_path / "m.parquet",
        client=client,
        draft=tmp_path / "d.parquet",
        published="2024-03-01",
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
    )
    want = single["run"]
    assert (run.parts, run.articles, run.mentions, run.drafts, run.errors) == (
        want.parts,  # type: ignore[attr-defined]
        want.articles,  # type: ignore[attr-defined]
        want.mentions,  # type: ignore[attr-defined]
        want.drafts,  # type: ignore[attr-defined]
        want.errors,  # type: ignore[attr-defined]
    )
    assert run.parts == 13 and run.articles == 123
    _assert_same(single, tmp_path)
    # and the same after sorting by article id and offset, as the datasets promise
    mentions = single["mentions"]
    assert isinstance(mentions, pd.DataFrame)
    pd.testing.assert_frame_equal(
        _sorted(geopandas.read_parquet(tmp_path / "m.parquet"), "article_id", "start"),
        _sorted(mentions, "article_id", "start"),
    )


def test_each_worker_built_the_matcher_once(
    client: distributed.Client, corpus: Path, tmp_path: Path
) -> None:
    from geoincidents.text.tables import _load_spec

    before = client.run(lambda: _load_spec.cache_info()._asdict())
    gdask.geoparse_corpus(
        corpus,
        tmp_path / "m.parquet",
        client=client,
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
    )
    after = client.run(lambda: _load_spec.cache_info()._asdict())
    assert len(after) == 2
    for worker, info in after.items():
        # thirteen parts ran, yet each worker loaded this run's gazetteer at most once
        assert info["currsize"] >= 1
        assert info["misses"] - before[worker]["misses"] <= 1
    # and, warm, each froze what it holds for good (kept out of later collections)
    assert all(count > 0 for count in client.run(gc.get_freeze_count).values())


def test_bad_articles_are_listed_with_their_ids(single: dict[str, object]) -> None:
    errors = single["errors"]
    assert isinstance(errors, pd.DataFrame)
    assert errors["article_id"].tolist() == ["news.jsonl:121", "no-text"]
    assert errors["error"].tolist()[1] == "no 'text' field"
    mentions = single["mentions"]
    assert isinstance(mentions, pd.DataFrame)
    assert mentions["article_id"].iloc[-1] == "last"  # the run went on after them


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    client: distributed.Client, corpus: Path, single: dict[str, object], tmp_path: Path
) -> None:
    pids = client.run(os.getpid)
    killed: list[str] = []
    inner = gdask.cluster_runner(client, in_flight=3)  # refilled as parts finish

    def runner(parts, task, on_done):  # type: ignore[no-untyped-def]
        def done(result):  # type: ignore[no-untyped-def]
            if not killed:
                busy = [w for w, keys in client.processing().items() if keys and w in pids]
                if busy:
                    os.kill(pids[busy[0]], signal.SIGKILL)  # mid-task: its part is lost
                    killed.append(busy[0])
            on_done(result)

        return inner(parts, task, done)

    run = geoparse_corpus(
        corpus,
        tmp_path / "m.parquet",
        draft=tmp_path / "d.parquet",
        published="2024-03-01",
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
        runner=runner,
    )
    assert killed, "no worker was busy to kill"
    assert run.articles == 123
    _assert_same(single, tmp_path)
    assert not [p for p in (tmp_path / "m.parquet").iterdir() if p.name.startswith(".")]
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it


def test_cli_on_a_scheduler_address(
    client: distributed.Client, corpus: Path, single: dict[str, object], tmp_path: Path
) -> None:
    address = client.scheduler.address
    args = ["geoparse", str(corpus), "-o", str(tmp_path / "m.parquet"), "--part-size", "10"]
    stdout = io.StringIO()
    code = main([*args, "--scheduler", address, "--published", "2024-03-01"], stdout=stdout)
    assert code == 1  # two articles could not be read
    assert "123 article(s) in 13 part(s)" in stdout.getvalue()
    errors = read_errors(tmp_path / "m.parquet")
    assert errors["article_id"].tolist() == ["news.jsonl:121", "no-text"]


@pytest.mark.parametrize("scheduler", ["threads", "synchronous"])
def test_local_schedulers_equal_the_single_process_run(
    scheduler: str, corpus: Path, single: dict[str, object], tmp_path: Path
) -> None:
    gdask.geoparse_corpus(
        corpus,
        tmp_path / "m.parquet",
        scheduler=scheduler,
        workers=2,
        draft=tmp_path / "d.parquet",
        published="2024-03-01",
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
    )
    _assert_same(single, tmp_path)


def test_unknown_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(gdask.DaskSetupError, match="unknown scheduler 'fast'"):
        gdask.geoparse_corpus(corpus, tmp_path / "m.parquet", scheduler="fast")
    assert not (tmp_path / "m.parquet").exists()


# ------------------------------------------------------------------ the lazy tables


def _frame() -> pd.DataFrame:
    rows = articles(30)
    frame = pd.DataFrame(rows)[["id", "text", "published"]]
    frame.loc[5, "text"] = None  # an article with no text
    return frame


def test_lazy_geoparse_of_a_dataframe(client: distributed.Client) -> None:
    frame = _frame()
    ddf = dd.from_pandas(frame, npartitions=3)
    tables = gdask.tables(
        ddf, published_column="published", gazetteer=GAZETTEER, include_geonames=False
    )
    assert type(tables.mentions).__name__ == "GeoDataFrame"  # dask_geopandas, lazy
    mentions, errors = client.compute([tables.mentions, tables.errors], sync=True)
    assert mentions.crs.to_epsg() == 4326
    from geoincidents.text.geoparse import geoparse

    want = [
        (row.id, m.start, m.end, m.place.id if m.place else None)
        for row in frame.itertuples()
        if isinstance(row.text, str)
        for m in geoparse(row.text, GAZETTEER, include_geonames=False).mentions
    ]
    got = list(
        zip(mentions.article_id, mentions.start, mentions.end, mentions.place_id, strict=True)
    )
    assert got == want
    assert errors["article_id"].tolist() == ["a0005"]
    assert errors["error"].tolist() == ["no 'text' field"]


def test_lazy_geoparse_of_a_bag() -> None:
    bag = db.from_sequence(
        [
            {"id": "b1", "text": "Three rockets struck Ain al-Asad air base on Tuesday."},
            "US aircraft struck a depot in al-Qaim in response.",
        ],
        npartitions=2,
    )
    mentions = gdask.geoparse(bag, gazetteer=GAZETTEER, include_geonames=False)
    frame = mentions.compute(scheduler="synchronous")
    assert frame[["article_id", "start", "end", "place_id"]].values.tolist() == [
        ["b1", 21, 41, "ain-al-asad"],
        ["1:0", 30, 37, "al-qaim"],
    ]


def test_resolve_a_column_of_names_each_distinct_name_once() -> None:
    from geoincidents.dask import _resolve_one

    names = pd.Series(["Mosul", "الموصل", "Mosul", "موصل", None, "Mosul", "Nowhereville"])
    _resolve_one.cache_clear()
    out = gdask.resolve(
        dd.from_pandas(names, npartitions=1), gazetteer=GAZETTEER, include_geonames=False
    ).compute(scheduler="synchronous")
    assert out["place_id"].tolist()[:4] == ["mosul"] * 4
    assert out["place_id"].isna().tolist()[4:] == [True, False, True]
    assert _resolve_one.cache_info().misses == 4  # Mosul, الموصل, موصل, Nowhereville
    assert out.crs.to_epsg() == 4326
    assert abs(out.geometry.iloc[0].y - 36.34) < 0.1
    assert out.index.tolist() == list(range(7))


def test_cli_threads_scheduler_equals_the_in_process_command(corpus: Path, tmp_path: Path) -> None:
    common = ["--part-size", "10", "--published", "2024-03-01"]
    for name, extra in (("a", []), ("b", ["--scheduler", "threads", "--workers", "2"])):
        out = tmp_path / name
        out.mkdir()
        args = ["geoparse", str(corpus), "-o", str(out / "m.parquet")]
        assert main([*args, *common, *extra], stdout=io.StringIO()) == 1  # two bad articles
    pd.testing.assert_frame_equal(
        geopandas.read_parquet(tmp_path / "a" / "m.parquet"),
        geopandas.read_parquet(tmp_path / "b" / "m.parquet"),
    )


def test_parquet_corpus_row_groups_on_the_cluster(
    client: distributed.Client, single: dict[str, object], tmp_path: Path
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [*articles(120), {"id": "last", "text": "Three rockets struck Ain al-Asad air base."}]
    table = pa.table(
        {
            "id": [r["id"] for r in rows],
            "text": [r["text"] for r in rows],
            "published": [r.get("published") for r in rows],  # ISO text, one null
        }
    )
    pq.write_table(table, tmp_path / "news.parquet", row_group_size=25)
    run = gdask.geoparse_corpus(
        tmp_path / "news.parquet",
        tmp_path / "m.parquet",
        client=client,
        published="2024-03-01",
        gazetteer=GAZETTEER,
        include_geonames=False,
        part_size=10,
    )
    assert run.parts == 15  # 4 groups of 25 in parts of 10, 10, 5; one group of 21: 10, 10, 1
    pd.testing.assert_frame_equal(
        geopandas.read_parquet(tmp_path / "m.parquet"),
        single["mentions"],  # type: ignore[arg-type]
    )


def test_lazy_drafts_of_a_dataframe() -> None:
    frame = pd.DataFrame(
        {
            "id": ["d1", "d2"],
            "text": [
                "Three rockets struck Ain al-Asad air base on Tuesday.",
                "Nothing happened in the market today.",
            ],
            "published": ["2024-01-24", "2024-01-25"],
        }
    )
    tables = gdask.tables(
        dd.from_pandas(frame, npartitions=2),
        published_column="published",
        gazetteer=GAZETTEER,
        include_geonames=False,
        draft=True,
    )
    assert tables.drafts is not None
    drafts = tables.drafts.compute(scheduler="synchronous")
    assert drafts[["article_id", "kind", "target_place_id"]].values.tolist() == [
        ["d1", "attack", "ain-al-asad"]
    ]
    assert drafts["date"].dt.date.tolist() == [pd.Timestamp("2024-01-23").date()]

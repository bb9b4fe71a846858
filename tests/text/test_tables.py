"""Mentions and drafts as GeoParquet datasets: columns, points, order, errors, atomicity."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from geoincidents.cli import main
from geoincidents.errors import OutputError
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.corpus import Columns, CorpusPart, corpus_parts
from geoincidents.text.geoparse import geoparse
from geoincidents.text.tables import (
    DRAFT_COLUMNS,
    MENTION_COLUMNS,
    GazetteerSpec,
    RunOptions,
    geoparse_corpus,
    geoparse_part,
    part_file,
    read_errors,
)
from tests.distance import km
from tests.text.corpus_samples import articles, write_folder, write_jsonl


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = [
        {"id": "e1", "text": "Three rockets struck Ain al-Asad air base on Tuesday."},
        {"id": "q1", "text": "Nothing happened in the market today."},
        {"id": "a1", "text": "استهدفت طائرة مسيرة حقل العمر النفطي في دير الزور."},
        {
            "id": "f1",
            "text": "یک راکت در نزدیکی میدان گازی کونیکو منفجر شد.",
            "published": "2024-02-01",
        },
        {"id": "r1", "text": "Rockets were fired from 15 km north-west of Mosul toward the base."},
    ]
    return write_jsonl(tmp_path / "news.jsonl", rows)


def test_mentions_dataset_reads_back_with_geopandas(
    tmp_path: Path, corpus: Path, gazetteer: Gazetteer
) -> None:
    import geopandas

    out = tmp_path / "mentions.parquet"
    run = geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=2)
    assert (run.parts, run.articles, run.mentions, run.errors) == (3, 5, 5, 0)
    gdf = geopandas.read_parquet(out)
    assert list(gdf.columns) == [*MENTION_COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    assert set(gdf.geometry.geom_type) == {"Point"}
    rows = gdf.drop(columns="geometry").to_dict("records")
    assert [(r["article_id"], r["start"], r["end"], r["text"], r["place_id"]) for r in rows] == [
        ("e1", 21, 41, "Ain al-Asad air base", "ain-al-asad"),
        ("a1", 20, 36, "حقل العمر النفطي", "al-omar-oil-field"),
        ("a1", 40, 49, "دير الزور", "deir-ez-zor-governorate"),
        ("f1", 11, 35, "نزدیکی میدان گازی کونیکو", "conoco-gas-field"),
        ("r1", 24, 49, "15 km north-west of Mosul", "mosul"),
    ]
    base = gdf.iloc[0]
    assert base["role"] == "target"
    assert base["method"] == "normalized"
    assert km(base["lat"], base["lon"], 33.7856, 42.4412) < 0.1
    assert (base.geometry.x, base.geometry.y) == (base["lon"], base["lat"])  # lon, lat order
    relative = gdf.iloc[4]
    assert relative["relation"] == "15 km north-west of Mosul"
    assert 10 < km(relative["lat"], relative["lon"], 36.34, 43.13) < 20  # the estimate, not Mosul
    assert relative["radius_m"] > 2000
    assert relative["role"] == "origin"
    assert gdf.iloc[3]["published"] == dt.date(2024, 2, 1)


def test_rows_equal_geoparse_of_each_article(tmp_path: Path, gazetteer: Gazetteer) -> None:
    import geopandas

    rows = articles(40)
    corpus = write_jsonl(tmp_path / "news.jsonl", rows)
    out = tmp_path / "mentions.parquet"
    geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=7)
    got = geopandas.read_parquet(out)
    want = [
        (r["id"], m.start, m.end, m.place.id if m.place else None)
        for r in rows
        for m in geoparse(r["text"], gazetteer, include_geonames=False).mentions
    ]
    assert (
        list(zip(got["article_id"], got["start"], got["end"], got["place_id"], strict=True)) == want
    )
    assert len(list(out.glob("part-*.parquet"))) == 6


def test_dask_geopandas_reads_the_dataset_with_an_empty_part(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    import dask_geopandas

    corpus = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "q1", "text": "Nothing happened in the market today."},
            {"id": "e1", "text": "Three rockets struck Ain al-Asad air base on Tuesday."},
        ],
    )
    out = tmp_path / "mentions.parquet"
    geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=1)
    ddf = dask_geopandas.read_parquet(out)
    assert ddf.npartitions == 2
    frame = ddf.compute()
    assert frame["article_id"].tolist() == ["e1"]
    assert frame.crs.to_epsg() == 4326


def test_drafts_dataset(tmp_path: Path, corpus: Path, gazetteer: Gazetteer) -> None:
    import geopandas

    out, drafts = tmp_path / "mentions.parquet", tmp_path / "drafts.parquet"
    run = geoparse_corpus(
        corpus,
        out,
        draft=drafts,
        published="2024-01-24",
        gazetteer=gazetteer,
        include_geonames=False,
    )
    gdf = geopandas.read_parquet(drafts)
    assert run.drafts == len(gdf) >= 2
    assert list(gdf.columns[: len(DRAFT_COLUMNS)]) == list(DRAFT_COLUMNS)
    assert gdf.crs.to_epsg() == 4326
    first = gdf[gdf["article_id"] == "e1"].iloc[0]
    assert (first["kind"], first["weapon"], first["count"]) == ("attack", "rocket", 3)
    assert first["target_place_id"] == "ain-al-asad"
    assert first["span_start"] == 0
    assert first["date"] == dt.datetime(2024, 1, 23)  # "on Tuesday" before the 24th
    assert km(first.geometry.y, first.geometry.x, 33.7856, 42.4412) < 0.1
    persian = gdf[gdf["article_id"] == "f1"]
    if len(persian):  # the article's own date, not the default one
        assert persian.iloc[0]["date"].date() <= dt.date(2024, 2, 1)


def test_errors_table_lists_bad_articles_and_the_run_goes_on(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    import geopandas

    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(
        b'{"id": "g1", "text": "Three rockets struck Ain al-Asad air base on Tuesday."}\n'
        b'{"id": "b1", "text": "caf\xe9"}\n'
        b"not json\n"
        b'{"id": "g2", "text": "US aircraft struck a depot in al-Qaim in response."}\n'
    )
    out = tmp_path / "mentions.parquet"
    run = geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False)
    assert (run.articles, run.errors) == (4, 2)
    assert geopandas.read_parquet(out)["article_id"].tolist() == ["g1", "g2"]
    errors = read_errors(out)
    assert errors["article_id"].tolist() == ["news.jsonl:2", "news.jsonl:3"]  # no id to read
    assert errors["where"].tolist() == [f"{corpus}:2", f"{corpus}:3"]
    assert errors["error"].iloc[0] == "not UTF-8 text: byte 0xe9 at byte 25"
    assert json.loads((out / "_run.json").read_text())["errors"] == 2


def _failing_runner(parts, task, on_done):  # type: ignore[no-untyped-def]
    on_done(task(parts[0]))
    raise RuntimeError("the cluster went away")


def test_a_failed_run_leaves_no_dataset_and_keeps_the_old_one(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(6))
    out = tmp_path / "mentions.parquet"
    with pytest.raises(RuntimeError, match="went away"):
        geoparse_corpus(
            corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=2,
            runner=_failing_runner,
        )  # fmt: skip
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl"]  # no temporary left
    geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=2)
    before = sorted(p.name for p in out.iterdir())
    with pytest.raises(RuntimeError):
        geoparse_corpus(
            corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=1,
            runner=_failing_runner,
        )  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == before  # the complete old run, untouched


def test_a_new_run_replaces_the_old_dataset(tmp_path: Path, gazetteer: Gazetteer) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(6))
    out = tmp_path / "mentions.parquet"
    geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=1)
    geoparse_corpus(corpus, out, gazetteer=gazetteer, include_geonames=False, part_size=3)
    assert sorted(p.name for p in out.glob("part-*")) == [part_file(0), part_file(1)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.parquet", "news.jsonl"]


def test_output_that_is_or_holds_the_input_is_refused(tmp_path: Path, gazetteer: Gazetteer) -> None:
    folder = write_folder(tmp_path / "news", articles(2))
    with pytest.raises(OutputError, match="overwrite or lie inside the input"):
        geoparse_corpus(folder, folder / "mentions.parquet", gazetteer=gazetteer)
    with pytest.raises(OutputError, match="overwrite or lie inside the input"):
        geoparse_corpus(folder / "a0000.txt", folder / "a0000.txt", gazetteer=gazetteer)
    with pytest.raises(OutputError, match="does not exist"):
        geoparse_corpus(folder, tmp_path / "no" / "mentions.parquet", gazetteer=gazetteer)
    assert sorted(p.name for p in folder.iterdir()) == ["a0000.txt", "a0001.txt"]


def test_a_part_run_twice_is_written_once(tmp_path: Path, gazetteer: Gazetteer) -> None:
    import geopandas

    corpus = write_jsonl(tmp_path / "news.jsonl", articles(4))
    (part,) = corpus_parts(corpus, Columns(), part_size=10)
    assert isinstance(part, CorpusPart)
    folder = tmp_path / "out"
    folder.mkdir()
    options = RunOptions(GazetteerSpec.of(gazetteer), include_geonames=False)
    first = geoparse_part(part, options, str(folder))
    again = geoparse_part(part, options, str(folder))
    assert (
        (first.articles, first.mentions) == (again.articles, again.mentions) == (4, first.mentions)
    )
    assert [p.name for p in folder.iterdir()] == [part_file(0)]
    assert len(geopandas.read_parquet(folder)) == first.mentions
    assert first.cpu_seconds > 0


def test_gazetteer_spec_ships_rows_or_paths(gazetteer: Gazetteer, tmp_path: Path) -> None:
    import pickle

    rows = GazetteerSpec.of(gazetteer)
    assert rows.places == gazetteer.places and not rows.bundled
    assert GazetteerSpec.of(Gazetteer(gazetteer.places)) == rows  # equal rows, one cache entry
    paths = GazetteerSpec.of([tmp_path / "extra.csv"])
    assert paths.paths == (str(tmp_path / "extra.csv"),) and paths.places is None
    assert pickle.loads(pickle.dumps(paths)) == paths


# ------------------------------------------------------------------ the command


def test_cli_geoparse_corpus_to_datasets(tmp_path: Path) -> None:
    import geopandas

    corpus = tmp_path / "news.csv"
    corpus.write_text(
        "doc,body,day,lang\n"
        'n1,"Three rockets struck Ain al-Asad air base on Tuesday.",2024-01-24,en\n'
        'n2,"سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية.",2024-01-25,ar\n',
        encoding="utf-8",
    )
    out, drafts = tmp_path / "m.parquet", tmp_path / "d.parquet"
    stdout = io.StringIO()
    code = main(
        [
            "geoparse", str(corpus), "-o", str(out), "--draft", str(drafts),
            "--text-column", "body", "--id-column", "doc", "--published-column", "day",
            "--language-column", "lang",
        ],
        stdout=stdout,
    )  # fmt: skip
    assert code == 0
    assert "2 article(s) in 1 part(s)" in stdout.getvalue()
    mentions = geopandas.read_parquet(out)
    assert mentions[["article_id", "place_id", "language"]].values.tolist() == [
        ["n1", "ain-al-asad", "en"],
        ["n2", "ain-al-asad", "ar"],
    ]
    assert geopandas.read_parquet(drafts)["date"].dt.date.tolist() == [
        dt.date(2024, 1, 23),
        dt.date(2024, 1, 25),
    ]


def test_cli_reports_bad_articles_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("Rockets hit Ain al-Asad air base.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "m.parquet"
    assert main(["geoparse", str(folder), "-o", str(out)], stdout=io.StringIO()) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'bad.txt'}: bad.txt: not UTF-8 text" in err
    assert "1 article(s) could not be read" in err
    assert read_errors(out)["article_id"].tolist() == ["bad.txt"]


@pytest.mark.parametrize(
    "flags",
    [["--draft", "d.parquet"], ["--text-column", "body"], ["--scheduler", "threads"]],
)
def test_cli_corpus_flags_need_an_output(
    tmp_path: Path, flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Mosul", encoding="utf-8")
    assert (
        main(["geoparse", str(tmp_path / "a.txt"), *flags], stdout=io.StringIO()) == 2
    )  # a usage error
    assert f"{flags[0]}: only with -o/--output" in capsys.readouterr().err


def test_a_folder_that_is_not_a_dataset_is_never_replaced(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    corpus = write_jsonl(tmp_path / "news.jsonl", articles(2))
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="is not a dataset this command wrote"):
        geoparse_corpus(corpus, precious, gazetteer=gazetteer, include_geonames=False)
    (tmp_path / "file.parquet").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="exists and is a file"):
        geoparse_corpus(corpus, tmp_path / "file.parquet", gazetteer=gazetteer)
    assert (precious / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "empty").mkdir()
    geoparse_corpus(corpus, tmp_path / "empty", gazetteer=gazetteer, include_geonames=False)
    assert (tmp_path / "empty" / "_run.json").exists()


def test_in_process_runs_reuse_the_gazetteer_object_and_the_default_one(
    gazetteer: Gazetteer,
) -> None:
    from geoincidents.places.gazetteer import default_gazetteer
    from geoincidents.text.tables import load_gazetteer_spec

    assert load_gazetteer_spec(GazetteerSpec.of(gazetteer), include_geonames=False) is gazetteer
    assert load_gazetteer_spec(GazetteerSpec.of(None)) is default_gazetteer()

"""Corpus readers: folders, globs, JSONL, CSV and Parquet, cut into parts; bad articles named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.errors import GeoincidentsError
from geoincidents.text.corpus import (
    Article,
    ArticleError,
    Columns,
    CorpusError,
    corpus_parts,
    read_corpus,
    read_part,
)
from tests.text.corpus_samples import articles, write_folder, write_jsonl


def _ok(items: list[Article | ArticleError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _bad(items: list[Article | ArticleError]) -> list[ArticleError]:
    return [i for i in items if isinstance(i, ArticleError)]


def test_corpus_error_is_a_geoincidents_value_error() -> None:
    assert issubclass(CorpusError, GeoincidentsError)
    assert issubclass(CorpusError, ValueError)


# ------------------------------------------------------------------ text files


def test_folder_of_text_files_ids_are_relative_paths(tmp_path: Path) -> None:
    rows = articles(5)
    folder = write_folder(tmp_path / "news", rows)
    (folder / "sub").mkdir()
    (folder / "sub" / "z.txt").write_text("Rockets hit Mosul.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("skipped", encoding="utf-8")
    items = list(read_corpus(folder))
    assert [a.id for a in items] == [f"a{i:04d}.txt" for i in range(5)] + ["sub/z.txt"]
    assert items[0].text == rows[0]["text"]
    assert items[-1].where == str(folder / "sub" / "z.txt")


def test_glob_of_text_files(tmp_path: Path) -> None:
    write_folder(tmp_path, articles(4))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    items = list(read_corpus(str(tmp_path / "a000*.txt")))
    assert [Path(a.id).name for a in items] == [f"a{i:04d}.txt" for i in range(4)]


def test_text_file_not_utf8_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rockets hit Mosul.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Mosul caf\xe9")
    (tmp_path / "c.txt").write_text("\ufeffقاعدة عين الأسد", encoding="utf-8")
    items = list(read_corpus(tmp_path))
    assert [a.id for a in _ok(items)] == ["a.txt", "c.txt"]
    assert _ok(items)[1].text == "قاعدة عين الأسد"  # the byte-order mark is dropped
    (bad,) = _bad(items)
    assert bad.article_id == "b.txt"
    assert bad.where == str(tmp_path / "b.txt")
    assert bad.error == "not UTF-8 text: byte 0xe9 at byte 9"


def test_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"nowhere: no such file or folder"):
        list(read_corpus(tmp_path / "nowhere"))


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no file to read"):
        corpus_parts(tmp_path)


# ------------------------------------------------------------------ JSONL


def test_jsonl_columns_dates_and_languages(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "news.jsonl", articles(3))
    items = list(read_corpus(path, Columns(language="lang")))
    assert [(a.id, a.published, a.language) for a in _ok(items)] == [
        ("a0000", dt.date(2024, 1, 1), "mixed"),
        ("a0001", dt.date(2024, 1, 2), "mixed"),
        ("a0002", dt.date(2024, 1, 3), "mixed"),
    ]


def test_jsonl_renamed_columns(tmp_path: Path) -> None:
    path = tmp_path / "dump.ndjson"
    path.write_text(
        json.dumps({"doc": 17, "body": "Rockets hit Mosul.", "date": "2024-02-03T10:00:00"}) + "\n",
        encoding="utf-8",
    )
    (a,) = read_corpus(path, Columns(text="body", id="doc", published="date"))
    assert (a.id, a.text, a.published) == ("17", "Rockets hit Mosul.", dt.date(2024, 2, 3))


@pytest.mark.parametrize(
    ("line", "article_id", "error"),
    [
        (b'{"id": "x1", "text": 5}', "x1", "the 'text' field is not text (int)"),
        (b'{"id": "x2"}', "x2", "no 'text' field"),
        (b"[1, 2]", "news.jsonl:2", "not a JSON object (list)"),
        (b'{"id": "x3", "text": "caf', "news.jsonl:2", "not JSON: Unterminated string"),
        (b'{"id": "x4", "text": "caf\xe9"}', "news.jsonl:2", "not UTF-8 text: byte 0xe9"),
        (
            b'{"id": "x5", "text": "ok", "published": "yesterday"}',
            "x5",
            "'published' is not an ISO date: 'yesterday'",
        ),
    ],
)
def test_jsonl_bad_line_is_reported_with_its_id_and_the_rest_read(
    tmp_path: Path, line: bytes, article_id: str, error: str
) -> None:
    path = tmp_path / "news.jsonl"
    good = b'{"id": "g1", "text": "Rockets hit Mosul."}\n'
    path.write_bytes(good + line + b"\n" + good.replace(b"g1", b"g2"))
    items = list(read_corpus(path))
    assert [a.id for a in _ok(items)] == ["g1", "g2"]
    (bad,) = _bad(items)
    assert bad.article_id == article_id
    assert bad.where == f"{path}:2"
    assert bad.error.startswith(error)


def test_jsonl_without_ids_uses_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "one"}\n\n{"text": "two"}', encoding="utf-8")  # no last newline
    assert [a.id for a in read_corpus(path)] == ["news.jsonl:1", "news.jsonl:3"]


def test_jsonl_id_column_named_but_missing_is_an_article_error(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "one"}\n', encoding="utf-8")
    (bad,) = read_corpus(path, Columns(id="doc"))
    assert isinstance(bad, ArticleError)
    assert bad.error == "no 'doc' field"


@pytest.mark.parametrize("part_size", [1, 2, 3, 7, 50])
def test_jsonl_parts_cut_at_lines_and_keep_every_article_once(
    tmp_path: Path, part_size: int
) -> None:
    rows = articles(7)
    path = write_jsonl(tmp_path / "news.jsonl", rows)
    parts = corpus_parts(path, part_size=part_size)
    assert [p.index for p in parts] == list(range(len(parts)))
    assert len(parts) == -(-7 // part_size)
    seen = [a.id for p in parts for a in read_part(p)]
    assert seen == [r["id"] for r in rows]
    wheres = [a.where for p in parts for a in read_part(p)]
    assert wheres == [f"{path}:{n}" for n in range(1, 8)]


# ------------------------------------------------------------------ CSV


def test_csv_with_a_line_break_in_a_quoted_text(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        'id,text,published\nc1,"Rockets hit\nMosul.",2024-01-05\nc2,"قاعدة عين الأسد",\n',
        encoding="utf-8",
    )
    items = list(read_corpus(path, part_size=1))
    assert [(a.id, a.text, a.published) for a in _ok(items)] == [
        ("c1", "Rockets hit\nMosul.", dt.date(2024, 1, 5)),
        ("c2", "قاعدة عين الأسد", None),
    ]
    assert [a.where for a in _ok(items)] == [f"{path}:2", f"{path}:4"]


@pytest.mark.parametrize("part_size", [1, 2, 3, 10])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_csv_parts_start_at_rows_even_inside_quoted_line_breaks(
    tmp_path: Path, part_size: int, newline: str
) -> None:
    path = tmp_path / "news.csv"
    body = [
        "id,text",
        'c1,"Rockets hit' + newline + 'Mosul."',
        "c2,قاعدة عين الأسد",
        "",
        'c3,"one' + newline + newline + 'two"',
        "c4,Erbil",
    ]
    path.write_bytes(("\ufeff" + newline.join(body) + newline).encode("utf-8"))
    parts = corpus_parts(path, part_size=part_size)
    assert all(p.kind == "csv" and p.header == ("id", "text") for p in parts)
    items = [a for p in parts for a in read_part(p)]
    assert [(a.id, a.text) for a in _ok(items)] == [
        ("c1", "Rockets hit" + newline + "Mosul."),
        ("c2", "قاعدة عين الأسد"),
        ("c3", "one" + newline + newline + "two"),
        ("c4", "Erbil"),
    ]
    assert [a.where for a in items] == [f"{path}:{n}" for n in (2, 4, 6, 9)]


def test_csv_row_with_the_wrong_number_of_fields_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,text\nc1,Mosul\nc2,Erbil,extra\nc3\n", encoding="utf-8")
    items = list(read_corpus(path))
    assert [a.id for a in _ok(items)] == ["c1"]
    assert [(e.article_id, e.where, e.error) for e in _bad(items)] == [
        ("c2", f"{path}:3", "3 fields where the header has 2"),
        ("c3", f"{path}:4", "1 fields where the header has 2"),
    ]


def test_empty_csv_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "news.csv").write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"news\.csv: empty; a CSV corpus needs a header row"):
        corpus_parts(tmp_path / "news.csv")


def test_csv_not_utf8_row_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(b"id,text\nc1,Mosul\nc2,caf\xe9\nc3,Erbil\n")
    items = list(read_corpus(path))
    assert [a.id for a in _ok(items)] == ["c1", "c3"]
    (bad,) = _bad(items)
    assert (bad.article_id, bad.where, bad.error) == ("c2", f"{path}:3", "not UTF-8 text")


@pytest.mark.parametrize(
    ("columns", "missing"),
    [
        (Columns(text="body"), "'body'"),
        (Columns(id="doc"), "'doc'"),
        (Columns(published="date"), "'date'"),
        (Columns(language="lang"), "'lang'"),
    ],
)
def test_csv_missing_named_column_is_an_error_naming_it(
    tmp_path: Path, columns: Columns, missing: str
) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,text\nc1,Mosul\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"news.csv: no column {missing}; the columns are"):
        corpus_parts(path, columns)


# ------------------------------------------------------------------ Parquet


def test_parquet_row_groups_are_cut_into_parts(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = articles(10)
    table = pa.table(
        {
            "id": [r["id"] for r in rows],
            "text": [r["text"] for r in rows],
            "published": [dt.date.fromisoformat(r["published"]) for r in rows],
        }
    )
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=4)  # groups of 4, 4, 2
    parts = corpus_parts(path, part_size=3)
    assert [(p.row_group, p.start, p.count) for p in parts] == [
        (0, 0, 3),
        (0, 3, 1),
        (1, 0, 3),
        (1, 3, 1),
        (2, 0, 2),
    ]
    items = [a for p in parts for a in read_part(p)]
    assert [a.id for a in items] == [r["id"] for r in rows]
    assert items[9].published == dt.date(2024, 1, 10)
    assert items[9].where == f"{path} row 10"


def test_parquet_null_text_is_reported(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"text": ["Rockets hit Mosul.", None]}), path)
    items = list(read_corpus(path))
    assert [a.id for a in _ok(items)] == ["news.parquet:1"]
    (bad,) = _bad(items)
    assert (bad.article_id, bad.error) == ("news.parquet:2", "no 'text' field")


def test_mixed_sources_keep_their_order(tmp_path: Path) -> None:
    write_folder(tmp_path / "files", articles(2))
    path = write_jsonl(tmp_path / "news.jsonl", articles(2, seed=3))
    ids = [a.id for a in read_corpus([path, tmp_path / "files"])]
    assert ids == ["a0000", "a0001", "a0000.txt", "a0001.txt"]


def test_parts_with_relative_paths_read_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker of a cluster runs elsewhere: a part names where the caller was."""
    write_folder(tmp_path / "news", articles(2))
    write_jsonl(tmp_path / "more.jsonl", articles(2, seed=3))
    monkeypatch.chdir(tmp_path)
    parts = corpus_parts(["news", "more.jsonl"])
    monkeypatch.chdir(tmp_path.parent)
    items = [a for p in parts for a in read_part(p)]
    assert [a.id for a in items] == ["a0000.txt", "a0001.txt", "a0000", "a0001"]
    assert items[0].where == "news/a0000.txt" and items[2].where == "more.jsonl:1"


# ------------------------------------------------------------------ parts never lose or repeat


_TEXTS = st.lists(
    st.text(alphabet=st.sampled_from('ab ,"\n\r\u0645\u06cc\ufeff'), max_size=12),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(texts=_TEXTS, part_size=st.integers(1, 5), crlf=st.booleans())
def test_any_cut_of_a_table_reads_every_article_once(
    texts: list[str], part_size: int, crlf: bool
) -> None:
    """JSONL and CSV parts start at record boundaries whatever the text holds."""
    import csv
    import io
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [{"id": f"r{i}", "text": t} for i, t in enumerate(texts)]
        write_jsonl(folder / "news.jsonl", rows)
        buffer = io.StringIO(newline="")
        # every field quoted: a bare carriage return in an unquoted field is no valid CSV
        writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_ALL)
        writer.writerow(["id", "text"])
        writer.writerows([r["id"], r["text"]] for r in rows)
        (folder / "news.csv").write_bytes(buffer.getvalue().encode("utf-8"))
        for name in ("news.jsonl", "news.csv"):
            got = [
                (a.id, a.text)
                for p in corpus_parts(folder / name, part_size=part_size)
                for a in read_part(p)
                if isinstance(a, Article)
            ]
            assert got == [(r["id"], r["text"]) for r in rows], name


def test_compressed_jsonl_and_csv(tmp_path: Path) -> None:
    import bz2
    import gzip

    rows = articles(5)
    plain = write_jsonl(tmp_path / "plain.jsonl", rows)
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes()))
    (tmp_path / "news.csv.bz2").write_bytes(bz2.compress(b"id,text\nc1,Mosul\nc2,Erbil\n"))
    parts = corpus_parts(tmp_path / "news.jsonl.gz", part_size=2)
    assert len(parts) == 1  # a compressed stream is read from its start: one part
    assert [a.id for a in read_part(parts[0])] == [r["id"] for r in rows]
    assert [a.text for a in read_corpus(tmp_path / "news.csv.bz2")] == ["Mosul", "Erbil"]
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes())[:40])
    with pytest.raises(CorpusError, match=r"cut\.jsonl\.gz: cannot read"):
        corpus_parts(tmp_path / "cut.jsonl.gz")
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress(b"Mosul"))
    with pytest.raises(CorpusError, match="read as JSONL or CSV only"):
        corpus_parts(tmp_path / "notes.txt.gz")


def test_reading_a_corpus_leaves_the_csv_field_cap_as_it_was(tmp_path: Path) -> None:
    """The cap is process-wide: the gazetteer's oversized-field check relies on it."""
    import csv

    from geoincidents.text.corpus import read_corpus

    path = tmp_path / "news.csv"
    path.write_text("id,text\na1," + "x" * 200_000 + "\n", encoding="utf-8")
    before = csv.field_size_limit()
    (article,) = list(read_corpus(path))
    assert len(article.text) == 200_000
    assert csv.field_size_limit() == before

"""The everyday-words table (``gazetteer/everyday_words.csv``): one loader, every row valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.errors import GazetteerError
from geoincidents.places.everyday_words import (
    COLUMNS,
    READINGS,
    bundled_everyday_words_path,
    everyday_words,
)
from geoincidents.places.gazetteer import default_gazetteer

HEADER = ",".join(COLUMNS)
GOOD = "بلد,ar fa,either,,a country,نحن في بلد ديمقراطي.,سقطت صواريخ في بلد شمال بغداد.,balad"


def _table(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "words.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_bundled_table_sits_beside_the_gazetteer() -> None:
    path = bundled_everyday_words_path()
    assert path.is_file() and path.parent.joinpath("places.csv").is_file()


@pytest.mark.parametrize("row", everyday_words(), ids=lambda r: r.word)
def test_every_row(row) -> None:  # type: ignore[no-untyped-def]
    assert row.reading in READINGS
    assert set(row.languages) <= {"ar", "fa", "en"} and row.languages
    assert row.word in row.everyday and row.word in row.place
    assert row.meaning
    if not row.place_id.startswith("geonames:"):
        assert row.place_id in default_gazetteer(), row.place_id


def test_a_good_table_reads(tmp_path: Path) -> None:
    other = "القائم,ar,place,بالأعمال| مقام ,existing,الوضع القائم.,في القائم.,al-qaim"
    first, second = everyday_words(_table(tmp_path, HEADER, GOOD, "", other))
    assert (first.word, first.languages, first.reading, first.everyday_next) == (
        "بلد",
        ("ar", "fa"),
        "either",
        (),
    )
    assert (second.reading, second.everyday_next, second.place_id) == (
        "place",
        ("بالأعمال", "مقام"),
        "al-qaim",
    )


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        (GOOD.replace("either", "often"), "reading", "one of kind, word, either, place"),
        (GOOD.replace("either,,", "either,after|x,"), "everyday_next", "Arabic script"),
        (GOOD.replace("ar fa", "ar de"), "languages", "among ar fa en"),
        (GOOD.replace("ar fa", "ar ar"), "languages", "among ar fa en"),
        (GOOD.replace("ar fa", "ar en"), "languages", "en stands alone"),
        (GOOD.replace("ar fa", "en"), "word", "one capitalised Latin word"),
        ("victory,en,word,,a victory,victory is ours.,at victory.,x", "word", "capitalised"),
        (GOOD.replace("بلد,", "Balad,", 1), "word", "Arabic script"),
        (GOOD.replace("بلد,", "بلد شمال,", 1), "word", "one word"),
        (GOOD.replace("نحن في بلد ديمقراطي.", "نحن هنا."), "everyday", "hold the word"),
        (GOOD.replace(",balad", ","), "place_id", "empty"),
    ],
)
def test_a_bad_row_names_its_line_and_column(
    tmp_path: Path, line: str, column: str, message: str
) -> None:
    path = _table(tmp_path, HEADER, GOOD.replace("بلد", "عنه"), line)
    with pytest.raises(GazetteerError) as raised:
        everyday_words(path)
    problems = raised.value.problems
    assert {(p.file, p.line) for p in problems} == {(str(path), 3)}
    (problem,) = [p for p in problems if p.column == column]
    assert message in problem.message
    assert f"words.csv:3: column '{column}'" in str(raised.value)


def test_every_bad_row_is_reported_not_just_the_first(tmp_path: Path) -> None:
    path = _table(tmp_path, HEADER, GOOD.replace("either", "x"), GOOD, GOOD, "a,b")
    with pytest.raises(GazetteerError) as raised:
        everyday_words(path)
    found = [(p.line, p.column) for p in raised.value.problems]
    assert found == [(2, "reading"), (4, "word"), (5, None)]
    assert "also on line 3" in str(raised.value)


def test_a_wrong_header_or_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="the header must be word,languages"):
        everyday_words(_table(tmp_path, "word,meaning", GOOD))
    with pytest.raises(GazetteerError, match="cannot read"):
        everyday_words(tmp_path / "missing.csv")
    with pytest.raises(ValueError):  # the error is also a ValueError
        everyday_words(_table(tmp_path, ""))

"""Numbers as digits and words in English, Arabic and Persian."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoincidents.places.numbers import (
    NUMBER_WORDS,
    fold_with_index,
    match_number,
    parse_number,
    parse_ordinal,
)

CARDINALS = [
    # digits in three scripts
    ("8", 8),
    ("۸", 8),
    ("٨", 8),
    ("17", 17),
    ("۱۷", 17),
    ("١٧", 17),
    ("2500", 2500),
    ("2,500", 2500),
    ("۲۵۰۰", 2500),
    # English
    ("one", 1),
    ("two", 2),
    ("Five", 5),
    ("eight", 8),
    ("twelve", 12),
    ("fifteen", 15),
    ("seventeen", 17),
    ("twenty", 20),
    ("twenty-one", 21),
    ("twenty five", 25),
    ("ninety-nine", 99),
    ("a hundred", None),
    ("one hundred", 100),
    ("one hundred and fifty", 150),
    ("two thousand five hundred", 2500),
    ("dozen", 12),
    # Arabic, both genders, nominative and oblique
    ("واحد", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("ثلاثة", 3),
    ("ثلاث", 3),
    ("أربعة", 4),
    ("خمسة", 5),
    ("خمس", 5),
    ("ستة", 6),
    ("سبعة", 7),
    ("ثمانية", 8),
    ("ثماني", 8),
    ("تسعة", 9),
    ("عشرة", 10),
    ("أحد عشر", 11),
    ("إحدى عشرة", 11),
    ("اثنا عشر", 12),
    ("خمسة عشر", 15),
    ("سبعة عشر", 17),
    ("عشرون", 20),
    ("عشرين", 20),
    ("خمسة وعشرون", 25),
    ("خمس وعشرين", 25),
    ("ثلاثون", 30),
    ("مئة", 100),
    ("مائة", 100),
    ("مئتين", 200),
    ("ثلاثمائة", 300),
    ("ألف", 1000),
    ("ألفين", 2000),
    ("ثلاثة آلاف", 3000),
    ("خمسةٌ", 5),
    # Persian
    ("یک", 1),
    ("دو", 2),
    ("سه", 3),
    ("چهار", 4),
    ("پنج", 5),
    ("شش", 6),
    ("هفت", 7),
    ("هشت", 8),
    ("نه", 9),
    ("ده", 10),
    ("یازده", 11),
    ("پانزده", 15),
    ("پونزده", 15),
    ("هفده", 17),
    ("هجده", 18),
    ("بیست", 20),
    ("بیست و پنج", 25),
    ("بیست‌وپنج", 25),
    ("سی", 30),
    ("پنجاه", 50),
    ("صد", 100),
    ("دویست", 200),
    ("پانصد", 500),
    ("هزار", 1000),
    ("دو هزار و پانصد", 2500),
    ("يک", 1),
]


@pytest.mark.parametrize(("text", "value"), CARDINALS)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "rocket", "five five", "twenty thirty", "خمسة خمسة", "پنج هشت", "fifteen ten", "15 km"],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("eight rockets hit", 8, "eight"),
        ("twenty-five rockets", 25, "twenty-five"),
        ("five five rockets", 5, "five"),
        ("هشت راکت", 8, "هشت"),
        ("۱۷ موشک و راکت", 17, "۱۷"),
        ("پنج موشک", 5, "پنج"),
        ("بیست و پنج پهپاد", 25, "بیست و پنج"),
        ("خمسة صواريخ", 5, "خمسة"),
        ("خمسـة صواريخ", 5, "خمسـة"),
        ("ثلاثة عشر صاروخا", 13, "ثلاثة عشر"),
        ("خمس وعشرين طائرة", 25, "خمس وعشرين"),
        ("2,500 troops", 2500, "2,500"),
        ("١٥ كم", 15, "١٥"),
    ],
)
def test_match_number_spans(text: str, value: int, surface: str) -> None:
    found = match_number(text)
    assert found is not None
    assert found[0] == value
    assert text[: found[1]] == surface


def test_match_number_at_offset_and_misses() -> None:
    text = "the militia fired eight rockets"
    found = match_number(text, text.index("eight"))
    assert found == (8, text.index(" rockets"))
    assert match_number(text) is None
    assert match_number("fiver") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first", 1),
        ("fourth", 4),
        ("twenty-first", 21),
        ("21st", 21),
        ("اول", 1),
        ("چهارم", 4),
        ("پانزدهم", 15),
        ("بیست و یکم", 21),
        ("سی‌ام", 30),
        ("الرابع", 4),
        ("الثالثة", 3),
        ("ثاني", 2),
    ],
)
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


def test_word_tables_are_folded() -> None:
    assert all(word == word.casefold() for word in NUMBER_WORDS)
    assert "ة" not in "".join(NUMBER_WORDS)
    assert "ی" not in "".join(NUMBER_WORDS)


@given(st.text(max_size=60))
def test_match_number_never_raises_and_offsets_map_back(text: str) -> None:
    folded, index = fold_with_index(text)
    assert len(folded) == len(index)
    assert all(0 <= i < len(text) for i in index)
    found = match_number(text)
    if found is not None:
        assert 0 < found[1] <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        *("", "Hit", "خمسـة صواريخ", "ﻻ بأس ء", "عینُ‌الأسد ۲۲", "a\u0301b\u200dc"),
        # long texts fold through the numpy table: dropped marks, a ligature, plain text
        *("انفجارٌ " * 300, "ﻻ بأس " * 200, "rockets hit the base " * 60, "𝐀 عین " * 200),
    ],
)
def test_fold_chars_back_maps_like_fold_chars(text: str) -> None:
    from geoincidents.places.folding import fold_chars, fold_chars_back

    folded, index = fold_chars(text)
    lazy, back = fold_chars_back(text)
    assert lazy == folded
    assert [back(k) for k in range(len(folded))] == index

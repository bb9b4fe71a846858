"""Dates in three calendars and relative days, with exact spans."""

from __future__ import annotations

import datetime as dt

import pytest

from geoincidents.text.dates import find_dates, parse_published

WED = dt.date(2022, 1, 5)  # a Wednesday

# (text, published, surface, date, calendar, precision)
CASES = [
    ("Attack on 2022-01-04 near the base", None, "2022-01-04", "2022-01-04", "gregorian", "day"),
    ("It happened on 5 January 2022.", None, "5 January 2022", "2022-01-05", "gregorian", "day"),
    ("On January 4, 2022 rockets fell", None, "January 4, 2022", "2022-01-04", "gregorian", "day"),
    ("in January 2022 the talks", None, "January 2022", "2022-01-01", "gregorian", "month"),
    ("the attack of 3 January", WED, "3 January", "2022-01-03", "gregorian", "day"),
    ("attack on 28 December", WED, "28 December", "2021-12-28", "gregorian", "day"),
    ("حمله در ۵ ژانویه", WED, "۵ ژانویه", "2022-01-05", "gregorian", "day"),
    ("هجوم في 5 كانون الثاني 2022", None, "5 كانون الثاني 2022", "2022-01-05", "gregorian", "day"),
    ("هجوم في ٤ يناير", WED, "٤ يناير", "2022-01-04", "gregorian", "day"),
    # the month named twice, Levantine and Egyptian: the year after both is the date's
    (
        "هجوم في 8 كانون الثاني/يناير 2020",
        WED,
        "8 كانون الثاني/يناير 2020",
        "2020-01-08",
        "gregorian",
        "day",
    ),
    (
        "في الرابع من آذار / مارس 2021 سقطت",
        WED,
        "الرابع من آذار / مارس 2021",
        "2021-03-04",
        "gregorian",
        "day",
    ),
    ("هجوم في 3 كانون الثاني/يناير", WED, "3 كانون الثاني/يناير", "2022-01-03", "gregorian", "day"),
    ("روز چهارشنبه ۱۵ دیماه", WED, "چهارشنبه ۱۵ دیماه", "2022-01-05", "jalali", "day"),
    ("در ۱۵ دی ۱۴۰۰ حمله شد", None, "۱۵ دی ۱۴۰۰", "2022-01-05", "jalali", "day"),
    ("در ۱۵ دی‌ماه ۱۴۰۰ حمله شد", None, "۱۵ دی\u200cماه ۱۴۰۰", "2022-01-05", "jalali", "day"),
    (
        "بامداد چهارشنبه چهارم بهمن",
        dt.date(2024, 1, 24),
        "چهارشنبه چهارم بهمن",
        "2024-01-24",
        "jalali",
        "day",
    ),
    ("روز شنبه ۳۰ دیماه", dt.date(2024, 1, 24), "شنبه ۳۰ دیماه", "2024-01-20", "jalali", "day"),
    ("تاریخ ۱۴۰۰/۱۰/۱۵ است", None, "۱۴۰۰/۱۰/۱۵", "2022-01-05", "jalali", "day"),
    ("في ٢ جمادى الآخرة ١٤٤٣", None, "٢ جمادى الآخرة ١٤٤٣", "2022-01-05", "hijri", "day"),
    ("في 2 جمادى الآخرة", WED, "2 جمادى الآخرة", "2022-01-05", "hijri", "day"),
    ("Rockets hit the base yesterday.", WED, "yesterday", "2022-01-04", "relative", "day"),
    ("The base was hit on Tuesday.", WED, "Tuesday", "2022-01-04", "relative", "day"),
    ("It was calm on Wednesday.", WED, "Wednesday", "2022-01-05", "relative", "day"),
    ("An attack last Wednesday.", WED, "last Wednesday", "2021-12-29", "relative", "day"),
    ("An attack last Monday.", WED, "last Monday", "2022-01-03", "relative", "day"),
    ("غروب روز گذشته حمله شد", WED, "روز گذشته", "2022-01-04", "relative", "day"),
    ("دیروز حمله شد", WED, "دیروز", "2022-01-04", "relative", "day"),
    ("حمله روز یکشنبه", dt.date(2024, 4, 22), "یکشنبه", "2024-04-21", "relative", "day"),
    ("حمله سه‌شنبه", WED, "سه\u200cشنبه", "2022-01-04", "relative", "day"),
    # Persian weekdays joined with no ZWNJ and no space, as many sites write them
    ("حمله سهشنبه", WED, "سهشنبه", "2022-01-04", "relative", "day"),
    ("حمله روز دوشنبه", WED, "دوشنبه", "2022-01-03", "relative", "day"),
    ("حمله روز یکشنبه شب", WED, "یکشنبه", "2022-01-02", "relative", "day"),
    ("حمله پنجشنبه", WED, "پنجشنبه", "2021-12-30", "relative", "day"),
    ("حمله چهارشنبه", WED, "چهارشنبه", "2022-01-05", "relative", "day"),
    ("بامداد سهشنبه ۱۴ دیماه", WED, "سهشنبه ۱۴ دیماه", "2022-01-04", "jalali", "day"),
    ("أعلن التحالف الثلاثاء", WED, "الثلاثاء", "2022-01-04", "relative", "day"),
    ("هجوم والثلاثاء", WED, "الثلاثاء", "2022-01-04", "relative", "day"),
    ("وقع الهجوم أمس", WED, "أمس", "2022-01-04", "relative", "day"),
    ("وقع الهجوم أمس الأول", WED, "أمس الأول", "2022-01-03", "relative", "day"),
    ("وقع الهجوم مساء أول أمس", WED, "أول أمس", "2022-01-03", "relative", "day"),
    ("هجوم الأربعاء الماضي", WED, "الأربعاء الماضي", "2021-12-29", "relative", "day"),
    ("an attack last week", WED, "last week", "2021-12-29", "relative", "week"),
]


@pytest.mark.parametrize(("text", "published", "surface", "date", "calendar", "precision"), CASES)
def test_date_table(
    text: str, published: dt.date | None, surface: str, date: str, calendar: str, precision: str
) -> None:
    found = find_dates(text, published)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == surface
    assert m.start == text.index(surface)
    assert (m.date.isoformat(), m.calendar, m.precision) == (date, calendar, precision)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("حمله روز گذشته", None),  # relative: needs a publication date
        ("on 5 January", None),  # no year, no publication date
        ("دو روز گذشته آرام بود", WED),  # "the past two days", not yesterday
        ("the hit came in 3 may be", WED),  # "may" needs a year
        ("عدد صفر", WED),  # Hijri month name that is also a word
        ("31 February 2022", None),  # no such day
        ("2022-13-45", None),  # no such month
    ],
)
def test_not_a_date(text: str, published: dt.date | None) -> None:
    assert find_dates(text, published) == []


def test_weekday_picks_the_year_of_a_yearless_date() -> None:
    # 30 Dey is a Saturday in 1402 (2024-01-20) but a Thursday in 1401
    m = find_dates("شنبه ۳۰ دیماه", dt.date(2024, 1, 24))[0]
    assert m.date == dt.date(2024, 1, 20)


def test_several_dates_in_order() -> None:
    text = "The base was hit on Monday and again on Tuesday, 4 January 2022."
    found = find_dates(text, WED)
    assert [text[m.start : m.end] for m in found] == ["Monday", "Tuesday, 4 January 2022"]
    assert [m.date for m in found] == [dt.date(2022, 1, 3), dt.date(2022, 1, 4)]


def test_parse_published() -> None:
    assert parse_published("2024-01-24T10:00:00Z") == dt.date(2024, 1, 24)
    assert parse_published(dt.datetime(2024, 1, 24, 9)) == dt.date(2024, 1, 24)
    assert parse_published(None) is None
    with pytest.raises(ValueError, match="not an ISO date"):
        parse_published("yesterday")


@pytest.mark.parametrize("value", ["20/01/2024", "yesterday", "۱۴۰۲-۱۰-۳۰x"])
def test_a_publication_date_that_is_no_iso_date_is_a_clear_error(value: str) -> None:
    from geoincidents.errors import GeoincidentsError
    from geoincidents.text.dates import parse_published

    with pytest.raises(GeoincidentsError, match="not an ISO date") as caught:
        parse_published(value)
    assert isinstance(caught.value, ValueError)


# ------------------------------------------------------------------ the anchored scan

#: fragments to build texts from: dates at their longest (weekday, ordinal day, "of",
#: month, year, era), words that hold a month or weekday name inside them, clitics,
#: possessives and glued ``ماه``, in the three scripts
_FRAGMENTS = (
    "Wednesday, the twenty-first of January, 2024 AD",
    "on Monday's raid",
    "declined to comment in December",
    "mondays",
    "پنجشنبه بیست و یکم دی‌ماه ۱۴۰۲ ه.ش.",
    "روز گذشته",
    "دیماه",
    "می شود",
    "هفته گذشته",
    "والأربعاء الماضي",
    "بالأمس",
    "كتاب",
    "الخميس ٢١ جمادى الآخرة ١٤٤٥ هـ",
    "في شهر كانون الثاني",
    "الحادي والعشرين من كانون الثاني / يناير 2024 م",
    "Jan. 5, 2024",
    "2024-01-05",
    "last week",
    "the day before yesterday",
    "سه‌شنبه",
    "سهشنبه",
    "دوشنبه",
    "أمس الجمعة",
    "أمس الأول",
    "dec",
    "x" * 50,
    "  ",
    ". ",
    "3 ",
)


@pytest.mark.parametrize("fragment", _FRAGMENTS)
def test_each_fragment_alone_is_read_as_the_whole_text_scan_reads_it(
    fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _assert_like_the_whole_scan(fragment, monkeypatch)


def _assert_like_the_whole_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from geoincidents.text import dates

    anchored = dates.find_dates(text, WED)
    with monkeypatch.context() as patch:  # the reference: the pattern over the whole text
        patch.setattr(dates, "_segments", lambda folded, lex: [(0, len(folded))])
        whole = dates.find_dates(text, WED)
    assert anchored == whole


def test_the_anchored_scan_finds_what_the_whole_text_scan_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30), st.sampled_from(" ,،\n"))
    def check(parts: list[str], glue: str) -> None:
        _assert_like_the_whole_scan(glue.join(parts), monkeypatch)

    check()

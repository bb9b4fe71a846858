"""Dates in Arabic, Persian and English news: Gregorian, Jalali, Hijri and relative days.

:func:`find_dates` returns every date an article gives, as :class:`DateMention` values
with exact character spans into the original text. Relative days (``yesterday``,
``Tuesday``, ``روز گذشته``, ``الثلاثاء``) and dates without a year (``۱۵ دیماه``,
``5 January``) are resolved against the publication date; without one they are skipped.

Rules
-----
- A weekday alone means the most recent such day on or before publication; with
  ``last`` / ``گذشته`` / ``الماضي`` it means strictly before.
- A day and month without a year take the publication year, or the year before when
  that would put the date more than 31 days after publication. A weekday written next
  to the date (``شنبه ۳۰ دیماه``) is part of the span and picks the year when the
  publication year does not fit it.
- Years 1300-1499 written with digits are Jalali (``1400/10/15``); Hijri dates need a
  Hijri month name (``٢ جمادى الآخرة ١٤٤٣``).

Examples
--------
>>> import datetime as dt
>>> [(m.date.isoformat(), m.calendar) for m in find_dates("چهارشنبه ۱۵ دیماه ۱۴۰۰")]
[('2022-01-05', 'jalali')]
>>> m = find_dates("The base was hit on Tuesday.", published=dt.date(2022, 1, 5))[0]
>>> m.date.isoformat(), "The base was hit on Tuesday."[m.start:m.end]
('2022-01-04', 'Tuesday')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from geoincidents.errors import GeoparseError
from geoincidents.places.numbers import (
    ENGLISH_ORDINALS,
    NUMBER_WORDS,
    PERSIAN_ORDINALS,
    parse_ordinal,
)
from geoincidents.text.folding import FoldedText, fold_text, fold_word, word_alternation

__all__ = [
    "CALENDARS",
    "DateMention",
    "EventRelative",
    "find_dates",
    "find_event_relative",
    "parse_published",
]

CALENDARS = ("gregorian", "jalali", "hijri", "relative")

# ------------------------------------------------------------------ lexicons (unfolded)

_GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "ژانویه", "ژانویهٔ", "يناير", "ینایر", "كانون الثاني", "جانفي"),
    2: ("february", "feb", "فوریه", "فبراير", "شباط", "فيفري"),
    3: ("march", "mar", "مارس", "آذار"),
    4: ("april", "apr", "آوریل", "آپریل", "أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("may", "مه", "می", "مايو", "أيار"),
    6: ("june", "jun", "ژوئن", "جون", "يونيو", "يونيه", "حزيران", "جوان"),
    7: ("july", "jul", "ژوئیه", "جولای", "يوليو", "يوليه", "تموز", "جويلية"),
    8: ("august", "aug", "اوت", "آگوست", "أغسطس", "آب", "أوت"),
    9: ("september", "sept", "sep", "سپتامبر", "سبتمبر", "أيلول"),
    10: ("october", "oct", "اکتبر", "أكتوبر", "تشرين الأول"),
    11: ("november", "nov", "نوامبر", "نوفمبر", "تشرين الثاني"),
    12: ("december", "dec", "دسامبر", "ديسمبر", "كانون الأول"),
}
#: Month words that are also common words: accepted only with an explicit year.
_NEEDS_YEAR = {"مه", "می", "آب", "جون", "mar", "may"}

_JALALI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("فروردین",),
    2: ("اردیبهشت",),
    3: ("خرداد",),
    4: ("تیر",),
    5: ("مرداد", "امرداد"),
    6: ("شهریور",),
    7: ("مهر",),
    8: ("آبان",),
    9: ("آذر",),
    10: ("دی",),
    11: ("بهمن",),
    12: ("اسفند",),
}

_HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم", "محرم الحرام"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع الاول", "ربیع‌الاول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربیع‌الثانی"),
    5: ("جمادى الأولى", "جمادى الاولى", "جمادی‌الاول", "جمادی‌الاولی"),
    6: ("جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادی‌الثانی", "جمادی‌الآخر"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة", "ذی‌القعده", "ذیقعده"),
    12: ("ذو الحجة", "ذي الحجة", "ذی‌الحجه", "ذیحجه"),
}
_HIJRI_NEEDS_YEAR = {"صفر", "رجب", "رمضان", "شعبان", "محرم"}

#: weekday index as in ``date.weekday()`` (Monday = 0).
#: Persian weekdays in their three spellings: with the ZWNJ (``سه‌شنبه``), a space, or
#: joined with neither (``سهشنبه``, as many sites write them)
_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("monday", "دوشنبه", "دو‌شنبه", "دو شنبه", "الاثنين", "الإثنين", "الأثنين"),
    1: ("tuesday", "سه‌شنبه", "سهشنبه", "سه شنبه", "الثلاثاء"),
    2: ("wednesday", "چهارشنبه", "چهار‌شنبه", "چهار شنبه", "الأربعاء", "الاربعاء"),
    3: ("thursday", "پنجشنبه", "پنج‌شنبه", "پنج شنبه", "الخميس"),
    4: ("friday", "جمعه", "الجمعة"),
    5: ("saturday", "شنبه", "السبت"),
    6: ("sunday", "یکشنبه", "یک‌شنبه", "یک شنبه", "الأحد", "الاحد"),
}

#: days back from publication
_RELATIVE_DAYS: dict[int, tuple[str, ...]] = {
    0: ("today", "this morning", "tonight", "امروز", "امشب", "اليوم", "صباح اليوم", "هذا الصباح"),
    1: (
        "yesterday",
        "last night",
        "دیروز",
        "روز گذشته",
        "شب گذشته",
        "دیشب",
        "أمس",
        "امس",
        "البارحة",
        "الليلة الماضية",
    ),
    2: (
        "the day before yesterday",
        "پریروز",
        "أول أمس",
        "أول من أمس",
        "اول امس",
        # the Iraqi and Levantine order: ``أمس الأول``
        "أمس الأول",
        "امس الاول",
    ),
}
_LAST_WEEK = ("last week", "هفته گذشته", "هفته پیش", "الأسبوع الماضي")

_BEFORE_MODIFIERS = ("last", "previous", "past")
#: the days of a month as Arabic ordinal words, always with the article and always with
#: ``من`` before the month (``الثامن والعشرين من كانون الثاني``, ``الحادي عشر من شباط``)
_ARABIC_UNITS: tuple[str, ...] = (
    *("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"),
    "التاسع",
)
_ARABIC_DAY_ORDINALS: dict[str, int] = {
    **{w: n for n, w in enumerate(("الأول", "الثاني", *_ARABIC_UNITS[2:], "العاشر"), 1)},
    **{f"{w} عشر": 11 + n for n, w in enumerate(_ARABIC_UNITS)},
    "العشرين": 20,
    "الثلاثين": 30,
    **{f"{w}{glue}العشرين": 21 + n for n, w in enumerate(_ARABIC_UNITS) for glue in (" و", " و ")},
    **{f"الحادي{glue}الثلاثين": 31 for glue in (" و", " و ")},
}

_AFTER_MODIFIERS = ("گذشته", "پیش", "الماضي", "الفائت", "هفته گذشته", "last")


@dataclass(frozen=True)
class DateMention:
    """A date an article gives, with its span in the original text.

    ``precision`` is ``"day"``, ``"week"`` (``last week``) or ``"month"`` (``January
    2022``); ``calendar`` is the calendar it was written in (``gregorian``, ``jalali``,
    ``hijri``) or ``relative`` for yesterday/weekday forms.
    """

    start: int
    end: int
    date: dt.date
    precision: str
    calendar: str


# ------------------------------------------------------------------ regex building


def _month_table(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {fold_word(w): m for m, words in table.items() for w in words}


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    gregorian: dict[str, int]
    jalali: dict[str, int]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    ordinals: dict[str, int]
    arabic_ordinals: frozenset[str]
    needs_year: frozenset[str]
    last_week: frozenset[str]
    #: every month, weekday and relative-day word (folded): each date match holds one
    anchors: tuple[str, ...] = ()
    #: how far a match may reach before its anchor word starts, and after it ends
    reach_before: int = 0
    reach_after: int = 0


@lru_cache(maxsize=1)
def _anchor_automaton(anchors: tuple[str, ...]) -> object:
    """An Aho-Corasick automaton of the anchor words (value: the word's length)."""
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word in anchors:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


#: one-letter clitics a date may open with before an ``ال`` word (``والأحد``, ``بالأمس``)
_CLITICS = frozenset("وفب")


def _word_char(char: str) -> bool:
    """Whether ``char`` is what the pattern's ``\\w`` matches (str patterns: alnum or _)."""
    return char.isalnum() or char == "_"


def _segments(folded: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Where date matches can be: spans around each anchor word that starts a word.

    Every alternative of the date pattern holds a month, weekday or relative-day word, a
    word preceded by a non-word character (or by a clitic و/ف/ب before ``ال``) and
    followed by one (or by a possessive ``s``, or by ``ماه`` glued to a month), and no
    match reaches further from that word than ``lex.reach_before`` characters before it
    and ``lex.reach_after`` after it. So those spans around each such word, merged, hold
    every match the whole-text scan
    finds; scanning them alone finds the same matches in the same order, at a fraction of
    the cost (the pattern's many alternatives are tried at every position it scans).
    """
    n = len(folded)
    spans: list[tuple[int, int]] = []
    for last, length in _anchor_automaton(lex.anchors).iter(folded):  # type: ignore[attr-defined]
        first = last - length + 1
        before = folded[first - 1] if first else " "
        if _word_char(before) and not (
            before in _CLITICS
            and folded.startswith("ال", first)
            and (first < 2 or not _word_char(folded[first - 2]))
        ):
            continue
        after = folded[last + 1] if last + 1 < n else " "
        if _word_char(after) and not (
            folded.startswith("ماه", last + 1)  # ``ديماه``: the Jalali month glued to ماه
            or (after == "s" and (last + 2 >= n or not _word_char(folded[last + 2])))  # Monday's
        ):
            continue
        a, b = max(0, first - lex.reach_before), min(n, last + 1 + lex.reach_after)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    greg = _month_table(_GREGORIAN_MONTHS)
    jal = _month_table(_JALALI_MONTHS)
    hij = _month_table(_HIJRI_MONTHS)
    wd = _month_table(_WEEKDAYS)
    rel = _month_table(_RELATIVE_DAYS)
    arabic = {fold_word(w): n for w, n in _ARABIC_DAY_ORDINALS.items()}
    ordinals = {
        fold_word(w): n for w, n in (*PERSIAN_ORDINALS.items(), *ENGLISH_ORDINALS.items())
    } | arabic
    months = word_alternation([*greg, *jal, *hij])
    weekday = word_alternation(wd)
    day = r"(?P<day>(?:[0-3]?\d)(?:st|nd|rd|th)?|" + word_alternation(ordinals) + ")"
    year = r"(?P<year>\d{4})"
    month_word = rf"(?P<month>{months})(?:\s?(?:ماه|\.))?"
    jalali_maah = r"(?:\s?ماه)?"
    clitic = r"(?:[وفب](?=ال))?"
    after_mod = word_alternation(_AFTER_MODIFIERS)
    before_mod = word_alternation(_BEFORE_MODIFIERS)
    left = r"(?<![\w])"
    right = r"(?![\w])"
    # an English possessive, its apostrophe folded away: "Sunday's attack", "yesterday's"
    possessive = r"(?:(?<=day)s(?=\s))?"

    def weekday_prefix(group: str) -> str:
        return rf"(?:{clitic}(?:روز\s|يوم\s)?(?P<{group}>{weekday})(?:\s?,|\s?،)?\s(?:the\s)?)?"

    # the month named twice, Levantine and Egyptian (``آذار/مارس``, ``كانون الثاني/يناير``)
    other_name = rf"(?:\s?/\s?(?:{months}))?"
    patterns = [
        # [weekday] day month [year]   (5 January 2022, ۱۵ دیماه ۱۴۰۰, ٢ جمادى الآخرة ١٤٤٣,
        # الرابع من آذار/مارس 2023)
        rf"{left}{weekday_prefix('wd1')}{day}\s(?P<of>of\s|من\s)?{month_word}{jalali_maah}"
        rf"{other_name}(?:,?\s{year}(?:\s?(?:م|هـ|ه|ه\.ش|ه\.ق|ش|ق|ad|ah)\.?)?)?{right}",
        # [weekday] Month day[, year]  (January 5, 2022)
        rf"{left}{weekday_prefix('wd3')}(?P<month2>{word_alternation(greg)})\.?\s(?P<day2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?(?:,?\s(?P<year2>\d{{4}}))?{right}",
        # Month year  (January 2022, دی ۱۴۰۰)
        rf"{left}(?:in\s)?(?P<month3>{months})(?:\s?ماه)?\s(?P<year3>\d{{4}}){right}",
        # in January, در ژانویه, في كانون الثاني, در دی ماه (no day, no year)
        rf"{left}(?:in|during|در|في|خلال|طي)\s(?:(?:ماه|شهر)\s)?(?P<month4>{months})"
        rf"(?:\s?ماه)?(?!(?:\s?ماه)?\s?\d){right}",  # (not "دی ماه ۱۳۹۸": its year follows)
        # last Monday / Monday last
        rf"{left}(?:(?P<before>{before_mod})\s)?{clitic}(?:روز\s|يوم\s)?"
        rf"(?P<wd2>{weekday}){possessive}(?:\s(?P<after>{after_mod}))?{right}",
        # yesterday, روز گذشته, أمس, last week
        rf"{left}(?<!\d\s){clitic}(?P<rel>{word_alternation([*rel, *_LAST_WEEK])}){possessive}"
        rf"{right}",
    ]
    # every alternative opens at a word start: the lookbehind is tried once per position,
    # before the alternatives (much cheaper than six failing attempts inside words)
    assert all(p.startswith(left) for p in patterns)
    pattern = re.compile(left + "(?:" + "|".join(f"(?:{p[len(left) :]})" for p in patterns) + ")")
    anchors = {*greg, *jal, *hij, *wd, *rel, *(fold_word(w) for w in _LAST_WEEK)} - {""}

    def longest(words: Iterable[str]) -> int:
        return max(len(fold_word(w)) for w in words)

    weekday_len, day_len = longest(wd), max(4, longest(ordinals))
    month_len = longest([*greg, *jal, *hij])
    modifier_len = longest((*_AFTER_MODIFIERS, *_BEFORE_MODIFIERS))
    # before a month: clitic, روز, weekday, ", the ", the day, " of " (15 characters of
    # glue); after a weekday: ", the ", day, " of ", month, " ماه", ", " year and era (29);
    # 8 more on each side for safety (the test compares with the whole-text scan)
    reach_before = max(weekday_len + day_len, modifier_len + 6) + 15 + 8
    reach_after = max(day_len + 2 * month_len + 32, modifier_len + 2) + 8  # (+ "/" month)
    return _Lexicon(
        pattern=pattern,
        gregorian=greg,
        jalali=jal,
        hijri=hij,
        weekdays=wd,
        relative=rel,
        ordinals=ordinals,
        arabic_ordinals=frozenset(arabic),
        needs_year=frozenset(fold_word(w) for w in (*_NEEDS_YEAR, *_HIJRI_NEEDS_YEAR)),
        last_week=frozenset(fold_word(w) for w in _LAST_WEEK),
        anchors=tuple(sorted(anchors)),
        reach_before=reach_before,
        reach_after=reach_after,
    )


# ------------------------------------------------------------------ resolution


def parse_published(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO string (``None`` passes through).

    >>> parse_published("2024-01-24T08:00:00")
    datetime.date(2024, 1, 24)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise GeoparseError(f"publication date is not an ISO date: {value!r}") from None


def _weekday_on_or_before(published: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


@lru_cache(maxsize=4096)  # (pure; the calendar conversions are slow, the same days recur)
def _build(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if calendar == "gregorian":
            return dt.date(year, month, day)
        if calendar == "jalali":
            import jdatetime

            j = jdatetime.date(year, month, day).togregorian()
            return dt.date(j.year, j.month, j.day)
        from hijridate import Hijri

        g = Hijri(year, month, day, validate=True).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def _current_year(calendar: str, published: dt.date) -> int:
    if calendar == "gregorian":
        return published.year
    if calendar == "jalali":
        import jdatetime

        return int(jdatetime.date.fromgregorian(date=published).year)
    from hijridate import Gregorian

    return int(Gregorian(published.year, published.month, published.day).to_hijri().year)


def _infer_year(
    calendar: str, month: int, day: int, published: dt.date, weekday: int | None
) -> dt.date | None:
    """The year-less date nearest before (or at most 31 days after) publication."""
    base = _current_year(calendar, published)
    options = []
    for year in (base, base - 1, base + 1):
        date = _build(calendar, year, month, day)
        if date is not None and date <= published + dt.timedelta(days=31):
            options.append(date)
    if weekday is not None:
        matching = [d for d in options if d.weekday() == weekday]
        if matching:
            options = matching
    return options[0] if options else None


def _calendar_of(month_key: str, lex: _Lexicon, year: int | None) -> tuple[str, int]:
    """Which calendar a month word belongs to (``آذر`` is Jalali, ``آذار`` Gregorian)."""
    if month_key in lex.hijri and month_key not in lex.gregorian:
        return "hijri", lex.hijri[month_key]
    if month_key in lex.jalali:
        return "jalali", lex.jalali[month_key]
    return "gregorian", lex.gregorian[month_key]


def _day_number(token: str, lex: _Lexicon) -> int | None:
    if token.isdigit():
        return int(token)
    return lex.ordinals.get(token) or parse_ordinal(token)


def _explicit(
    match: re.Match[str], lex: _Lexicon, published: dt.date | None
) -> tuple[dt.date, str, str] | None:
    g = match.groupdict()
    written = g.get("wd1") or g.get("wd3")
    weekday = lex.weekdays.get(written) if written else None
    if g.get("month3"):
        key = g["month3"]
        year = int(g["year3"])
        calendar, month = _calendar_of(key, lex, year)
        if calendar == "gregorian" and not 1800 <= year <= 2200:
            return None
        date = _build(calendar, year, month, 1)
        return (date, "month", calendar) if date else None
    if g.get("month4"):
        return _yearless_month(g["month4"], lex, published)
    if g.get("month"):
        key, day_token, year_token = g["month"], g["day"], g["year"]
    else:
        key, day_token, year_token = g["month2"], g["day2"], g["year2"]
    if day_token in lex.arabic_ordinals and g.get("of") is None:
        return None  # (an Arabic ordinal is a day only as "the Nth of" a month)
    day = _day_number(day_token, lex)
    if day is None or not 1 <= day <= 31:
        return None
    if key in lex.needs_year and not year_token and not _ordinal_of(day_token, g, lex):
        return None
    calendar, month = _calendar_of(key, lex, int(year_token) if year_token else None)
    if year_token:
        date = _build(calendar, int(year_token), month, day)
    elif published is not None:
        date = _infer_year(calendar, month, day, published, weekday)
    else:
        date = None
    return (date, "day", calendar) if date else None


def _ordinal_of(day_token: str, g: dict[str, str | None], lex: _Lexicon) -> bool:
    """Whether a day in words is "the Nth of" the month: a date, whatever else its month
    word means (``التاسع من آب`` "the ninth of August", "the third of May"; ``آب`` is
    also "water", "may" a verb, so with a figure alone they need a year).

    >>> find_dates("في التاسع من آب", published=dt.date(2024, 8, 10))[0].date
    datetime.date(2024, 8, 9)
    >>> find_dates("في 9 آب", published=dt.date(2024, 8, 10))
    []
    """
    return (
        g.get("of") is not None
        and not day_token.isdigit()
        and (day_token in lex.arabic_ordinals or _day_number(day_token, lex) is not None)
    )


def _yearless_month(
    key: str, lex: _Lexicon, published: dt.date | None
) -> tuple[dt.date, str, str] | None:
    """``in January`` / ``در ژانویه``: the latest such month begun by publication.

    >>> find_dates("در ژانویه", published=dt.date(2024, 6, 10))[0].date
    datetime.date(2024, 1, 1)
    >>> find_dates("in December", published=dt.date(2024, 2, 1))[0].date
    datetime.date(2023, 12, 1)
    """
    if published is None or key in lex.needs_year:
        return None
    calendar, month = _calendar_of(key, lex, None)
    base = _current_year(calendar, published)
    for year in (base, base - 1):
        date = _build(calendar, year, month, 1)
        if date is not None and date <= published:
            return date, "month", calendar
    return None


def _relative(
    match: re.Match[str], lex: _Lexicon, published: dt.date | None
) -> tuple[dt.date, str, str] | None:
    if published is None:
        return None
    g = match.groupdict()
    if g.get("wd2"):
        strictly = bool(g.get("before") or g.get("after"))
        date = _weekday_on_or_before(published, lex.weekdays[g["wd2"]], strictly=strictly)
        return date, "day", "relative"
    key = g["rel"]
    if key in lex.last_week:
        return published - dt.timedelta(days=7), "week", "relative"
    return published - dt.timedelta(days=lex.relative[key]), "day", "relative"


def _group_start(match: re.Match[str], names: Iterable[str]) -> int:
    """Start of the match without a leading clitic (و/ف/ب) or ``روز``/``on`` words."""
    starts = [match.start(n) for n in names if match.group(n) is not None]
    return min(starts) if starts else match.start()


#: "today's" before the people or world of the present ("today's policymakers", "today's
#: Iraq"): the present, not a day
_TODAYS_PEOPLE = re.compile(
    r"(?:['’]?s)?\s+(?:\w+\s+)?(?:policymakers|politicians|leaders|generation|world|standards"
    r"|iraq|middle east|region|militias|officials in charge)(?!\w)"
)


def _after_number(folded: str, pos: int) -> bool:
    words = folded[max(0, pos - 24) : pos].split()
    return bool(words) and (words[-1].isdigit() or words[-1] in NUMBER_WORDS)


def find_dates(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    *,
    folded: FoldedText | None = None,
) -> list[DateMention]:
    """Every date ``text`` gives, in order, with spans into ``text``.

    Parameters
    ----------
    text
        Article text in Arabic, Persian or English (any mix).
    published
        Publication date; needed for relative days and for dates without a year.
    folded
        ``fold_text(text)``, when the caller has it already (else it is folded here).

    Examples
    --------
    >>> import datetime as dt
    >>> [m.date.isoformat() for m in find_dates("حمله روز گذشته", published=dt.date(2022, 1, 5))]
    ['2022-01-04']
    >>> find_dates("٢ جمادى الآخرة ١٤٤٣")[0].date
    datetime.date(2022, 1, 5)
    """
    pub = parse_published(published)
    lex = _lexicon()
    folded = fold_text(text) if folded is None else folded
    found: list[DateMention] = []
    matches = (
        match
        for a, b in _segments(folded.folded, lex)
        for match in lex.pattern.finditer(folded.folded, a, b)
    )
    for match in matches:
        g = match.groupdict()
        if g.get("rel") and _after_number(folded.folded, match.start("rel")):
            continue  # "دو روز گذشته": the past two days, not yesterday
        if g.get("rel") and _TODAYS_PEOPLE.match(folded.folded, match.end()):
            continue  # "today's policymakers": the present day's people, no event's day
        if g.get("wd2") or g.get("rel"):
            result = _relative(match, lex, pub)
            first = _group_start(match, ("before", "wd2", "rel"))
        else:
            result = _explicit(match, lex, pub)
            first = _group_start(match, ("wd1", "wd3", "day", "month2", "month3", "month4"))
        if result is None:
            continue
        date, precision, calendar = result
        start, end = folded.to_original(first, match.end())
        if match.group().endswith("days") and text[end - 2 : end - 1] not in ("'", "’"):
            continue  # "on Mondays": a habit, not a date (only "Monday's" is possessive)
        found.append(DateMention(start, end, date, precision, calendar))
    for match in _NUMERIC.finditer(text):
        year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
        calendar = "jalali" if 1300 <= year < 1500 else "gregorian"
        numeric = _build(calendar, year, month, day)
        if numeric is not None:
            found.append(DateMention(match.start(), match.end(), numeric, "day", calendar))
    found.sort(key=lambda m: m.start)
    return found


#: 2022-01-05, 2022/1/5, ۱۴۰۰/۱۰/۱۵ (digits of any script; read on the original text)
_NUMERIC = re.compile(
    # (``\d(?<!\d\d)`` is ``(?<!\d)\d``: opening with the digit lets the scan skip to digits)
    r"(?P<year>\d(?<!\d\d)\d{3})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)


#: days after the event told just before ("the same day" = 0, "the day before" = -1)
_EVENT_RELATIVE: dict[int, tuple[str, ...]] = {
    0: (
        *("the same day", "that same day", "on the same day", "later that day", "that day"),
        *("the same night", "that night", "hours later", "at the same time", "same day"),
        *("همان روز", "در همان روز", "همان شب", "همزمان", "ساعاتی بعد", "همان روز نیز"),
        *("في اليوم نفسه", "في اليوم ذاته", "في نفس اليوم", "اليوم نفسه", "اليوم ذاته"),
        *("بعد ساعات", "في الوقت نفسه", "في الليلة نفسها", "في الليلة ذاتها"),
    ),
    -1: (
        *("the day before", "a day earlier", "the previous day", "the night before"),
        *("the evening before", "one day earlier", "روز قبل", "روز پیش از آن"),
        *("یک روز پیش از آن", "یک روز قبل", "شب قبل", "قبل ذلك بيوم", "في اليوم السابق"),
        *("اليوم السابق", "الليلة السابقة", "عشية ذلك", "the previous night"),
        *("the previous evening",),
    ),
    -2: (
        *("two days earlier", "two days before", "دو روز پیش از آن", "دو روز قبل از آن"),
        *("دو روز قبل", "قبل ذلك بيومين", "قبلها بيومين", "قبل يومين"),
    ),
    # a few days on from the event told before ("two days later", ``بعد ذلك بيومين``,
    # ``دو روز بعد``)
    2: (
        *("two days later", "two days after that", "بعد ذلك بيومين", "بعدها بيومين"),
        *("دو روز بعد", "دو روز پس از آن"),
    ),
    3: ("three days later", "بعد ذلك بثلاثة أيام", "سه روز بعد", "سه روز پس از آن"),
    1: (
        *("the next day", "the following day", "a day later", "روز بعد", "فردای آن روز"),
        *("یک روز بعد", "في اليوم التالي", "اليوم التالي", "بعد ذلك بيوم", "في الغداة"),
        # the part of the next day ("early the next morning", "the following night")
        *("the next morning", "the following morning", "the morning after", "the next night"),
        *("the following night", "the next evening", "the following evening"),
    ),
}


@dataclass(frozen=True)
class EventRelative:
    """A day given relative to the event told before it (``the same day``, ``روز قبل``).

    ``days`` is added to that event's date; ``text[start:end]`` is the phrase.
    """

    start: int
    end: int
    days: int


@lru_cache(maxsize=1)
def _event_relative_lexicon() -> tuple[re.Pattern[str], dict[str, int]]:
    days_of = {fold_word(w): d for d, words in _EVENT_RELATIVE.items() for w in words}
    pattern = re.compile(
        rf"(?<!\w)(?:[وف])?(?P<phrase>{word_alternation(days_of)})(?!\w)(?!\s+yesterday)"
    )
    return pattern, days_of


def find_event_relative(text: str, *, folded: FoldedText | None = None) -> list[EventRelative]:
    """Phrases that date an event by the one told before it, with spans into ``text``
    (``folded``: ``fold_text(text)``, when the caller has it already).

    Examples
    --------
    >>> text = "Rockets hit the base. The day before, a drone was shot down."
    >>> [(text[m.start:m.end], m.days) for m in find_event_relative(text)]
    [('The day before', -1)]
    >>> [m.days for m in find_event_relative("وفي اليوم نفسه سقط صاروخ")]
    [0]
    """
    pattern, days_of = _event_relative_lexicon()
    folded = fold_text(text) if folded is None else folded
    found = []
    for m in pattern.finditer(folded.folded):
        start, end = folded.to_original(m.start("phrase"), m.end("phrase"))
        found.append(EventRelative(start, end, days_of[m.group("phrase")]))
    return found

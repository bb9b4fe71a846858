"""Dates in incident cells: Gregorian, Jalali (Solar Hijri) and Hijri (lunar), never a wrong year.

How the calendar of a date is decided, first rule that applies:

1. A ``calendar`` column in the row (``gregorian``, ``jalali``/``shamsi``/``solar_hijri``
   or ``hijri``/``qamari``/``lunar_hijri``) applies to ``date`` and ``end_date``.
2. A suffix on the date: ``SH``, ``HS``, ``AP``, ``ش``, ``ه‍.ش`` (Jalali) or ``AH``,
   ``H``, ``هـ``, ``ه‍.ق`` (Hijri), e.g. ``1402-10-30 SH`` or ``1445-07-08 AH``.
3. Otherwise a year from 1300 to 1500 is not read as Gregorian: a year of
   :data:`JALALI_YEARS` (1370–1410, i.e. 1991–2032) is read as Jalali, one of
   :data:`HIJRI_YEARS` (1411–1470, i.e. 1990–2048) as Hijri — the two ranges do not
   overlap — and the reader adds a warning saying so; any other year in 1300–1500 is
   refused with a message asking for the calendar.

Year, month and day are separated by ``-`` or ``/`` (``1402/10/30``). Digits may be
ASCII, Persian (``۱۴۰۲``) or Arabic-Indic (``١٤٤٥``). A time part (``T14:30``,
``T14:30:05Z``, ``T14:30+03:00``) is checked and dropped; an impossible one
(``T25:99``) is an error. Conversions use jdatetime and hijridate.

Examples
--------
>>> parse_date("1402-10-30 SH").date
datetime.date(2024, 1, 20)
>>> parsed = parse_date("۱۴۰۲-۱۰-۳۰")
>>> parsed.date, parsed.calendar, parsed.detected
(datetime.date(2024, 1, 20), 'jalali', True)
>>> parse_date("1445-07-08", calendar="hijri").date
datetime.date(2024, 1, 20)
>>> parse_date("2024-01-20T25:99")
Traceback (most recent call last):
...
geoincidents.errors.IncidentValueError: not a real time: 25:99 (hours 0-23, minutes 0-59)
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

from geoincidents.errors import IncidentValueError

__all__ = [
    "CALENDARS",
    "HIJRI_YEARS",
    "JALALI_YEARS",
    "ParsedDate",
    "calendar_name",
    "parse_date",
]

#: Calendar names accepted in a ``calendar`` column → the canonical name.
CALENDARS = {
    "gregorian": "gregorian",
    "jalali": "jalali",
    "shamsi": "jalali",
    "solar_hijri": "jalali",
    "persian": "jalali",
    "hijri": "hijri",
    "qamari": "hijri",
    "lunar_hijri": "hijri",
    "islamic": "hijri",
}
#: Years read as Jalali when no calendar is given (1991–2032 in the Gregorian calendar).
JALALI_YEARS = range(1370, 1411)
#: Years read as Hijri when no calendar is given (1990–2048 in the Gregorian calendar).
HIJRI_YEARS = range(1411, 1471)
_NOT_GREGORIAN = range(1300, 1501)

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SUFFIXES = (
    (re.compile(r"\s*(?:SH|HS|AP|ه\u200d?\.?\s?ش\.?|ش)\s*$", re.IGNORECASE), "jalali"),
    (re.compile(r"\s*(?:AH|H|هـ|ه\u200d?\.?\s?ق\.?|ق)\s*$", re.IGNORECASE), "hijri"),
)
_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[_calendar.month_name[_i].lower()] = _i
    _MONTHS[_calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9

_ISO = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ](.*))?")
_TIME = re.compile(
    r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+\-]\d{2}(?::?\d{2})?)?", re.IGNORECASE
)


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a cell: the Gregorian ``date``, the ``precision`` the text implies
    (``"month"`` for ``2024-04``, else ``None``), the ``calendar`` it was written in and
    whether that calendar was ``detected`` from the year rather than stated."""

    date: dt.date
    precision: str | None = None
    calendar: str = "gregorian"
    detected: bool = False


def calendar_name(text: str) -> str:
    """The canonical calendar of a ``calendar`` cell; raises ``IncidentValueError`` if unknown.

    >>> calendar_name("Shamsi"), calendar_name(""), calendar_name("Hijri")
    ('jalali', 'gregorian', 'hijri')
    """
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if not key:
        return "gregorian"
    if key not in CALENDARS:
        raise IncidentValueError("not a calendar: use gregorian, jalali or hijri")
    return CALENDARS[key]


def _check_time(text: str) -> None:
    text = text.strip()
    if not text:
        return
    m = _TIME.fullmatch(text)
    if not m:
        raise IncidentValueError(f"not a time: {text!r} (write THH:MM or THH:MM:SS)")
    hours, minutes, seconds = int(m[1]), int(m[2]), int(m[3] or 0)
    if hours > 23 or minutes > 59 or seconds > 60:
        raise IncidentValueError(f"not a real time: {m[1]}:{m[2]} (hours 0-23, minutes 0-59)")
    zone = m[4]
    if zone and zone.upper() != "Z":
        digits = zone[1:].replace(":", "")
        if int(digits[:2]) > 14 or (len(digits) > 2 and int(digits[2:]) > 59):
            raise IncidentValueError(f"not a real time zone offset: {zone}")


def _convert(year: int, month: int, day: int, calendar: str) -> dt.date:
    if calendar == "jalali":
        import jdatetime

        if not 1 <= month <= 12:
            raise IncidentValueError(f"not a real Jalali date: there is no month {month}")
        try:
            g = jdatetime.date(year, month, day).togregorian()
            return dt.date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            raise IncidentValueError(
                f"not a real Jalali date: {year}-{month:02d} has no day {day}"
            ) from None
    if calendar == "hijri":
        from hijridate import Hijri

        if not 1 <= month <= 12:
            raise IncidentValueError(f"not a real Hijri date: there is no month {month}")
        try:
            g = Hijri(year, month, day).to_gregorian()
            return dt.date(g.year, g.month, g.day)
        except (ValueError, OverflowError) as exc:
            raise IncidentValueError(f"not a Hijri date this library can convert: {exc}") from None
    if not 1 <= month <= 12:
        raise IncidentValueError(f"not a real date: there is no month {month}")
    days = _calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= days:
        raise IncidentValueError(
            f"not a real date: {_calendar.month_name[month]} {year} has {days} days"
        )
    return dt.date(year, month, day)


def parse_date(text: str, *, calendar: str | None = None) -> ParsedDate:
    """Parse a date cell (see the module docstring for the calendars).

    ``calendar`` is the row's ``calendar`` column (canonical name), if any. Raises
    :class:`~geoincidents.errors.IncidentValueError` (a ``ValueError``) with a readable reason.

    >>> parse_date("05 January 2022")
    ParsedDate(date=datetime.date(2022, 1, 5), precision=None, calendar='gregorian', detected=False)
    >>> parse_date("2024-04").precision
    'month'
    >>> parse_date("2023-02-29")
    Traceback (most recent call last):
    ...
    geoincidents.errors.IncidentValueError: not a real date: February 2023 has 28 days
    >>> parse_date("1350-01-01")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geoincidents.errors.IncidentValueError: year 1350 looks like a Jalali or Hijri year, ...
    """
    text = text.strip().translate(_DIGITS)
    stated = calendar
    for pattern, name in _SUFFIXES:
        m = pattern.search(text)
        if m and text[: m.start()].rstrip()[-1:].isdigit():
            if stated not in (None, "gregorian", name):
                raise IncidentValueError(
                    f"the suffix says {name} but the calendar column says {stated}"
                )
            stated, text = name, text[: m.start()].rstrip()
            break
    precision: str | None = None
    if m := _ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[3]), int(m[4])
        if m[5] is not None:
            _check_time(m[5])
    elif m := re.fullmatch(r"(\d{4})[-/](\d{1,2})", text):
        year, month, day, precision = int(m[1]), int(m[2]), 1, "month"
    elif m := re.fullmatch(r"(\d{1,2})[ \-]([A-Za-z]+)\.?[ \-,]+(\d{4})", text):
        name = m[2].lower()
        if name not in _MONTHS:
            raise IncidentValueError(f"unknown month name {m[2]!r}")
        if stated not in (None, "gregorian"):
            raise IncidentValueError(f"an English month name in a {stated} date")
        year, month, day = int(m[3]), _MONTHS[name], int(m[1])
    else:
        raise IncidentValueError("not a date: write YYYY-MM-DD (or YYYY-MM, or '05 January 2022')")
    detected = False
    chosen = stated or "gregorian"
    if precision == "month" and (chosen != "gregorian" or year in _NOT_GREGORIAN):
        raise IncidentValueError(
            "a Jalali or Hijri month without a day: give the first day of the month "
            "(and date_precision=month)"
        )
    if stated is None and year in _NOT_GREGORIAN:
        if year in JALALI_YEARS:
            chosen, detected = "jalali", True
        elif year in HIJRI_YEARS:
            chosen, detected = "hijri", True
        else:
            raise IncidentValueError(
                f"year {year} looks like a Jalali or Hijri year, not Gregorian: add a "
                "'calendar' column (jalali or hijri) or a suffix (SH or AH)"
            )
    return ParsedDate(_convert(year, month, day, chosen), precision, chosen, detected)

"""Wire datelines: ``BAGHDAD, Jan 21 (Reuters) -``, ``بغداد - (رويترز) -``, ``بغداد/ شفق نيوز/``.

A dateline opens a wire story (or its first line after a headline) with where it was filed,
often the filing date and the agency. Its place is where the reporter is, not where
anything happened, and its date is the report's, so drafting reads neither as an event's:
:func:`find_dateline` finds it, and :func:`geoincidents.text.drafting.draft_article` blanks it
before reading the story (keeping every offset) and, when no publication date was given,
takes the dateline's date when it is a whole one.

Examples
--------
>>> text = "BAGHDAD, Jan 21, 2024 (Reuters) - Rockets hit a base in western Iraq."
>>> d = find_dateline(text)
>>> text[d.start:d.end], text[d.place_start:d.place_end], d.date, d.outlet
('BAGHDAD, Jan 21, 2024 (Reuters) -', 'BAGHDAD', datetime.date(2024, 1, 21), 'Reuters')
>>> find_dateline("Rockets hit a base in western Iraq on Sunday.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geoincidents.text.dates import find_dates

__all__ = ["Dateline", "find_dateline"]


@dataclass(frozen=True)
class Dateline:
    """A dateline: its span, its place's span, the date it gives (if whole) and the agency."""

    start: int
    end: int
    place_start: int
    place_end: int
    date: dt.date | None
    outlet: str


#: marks that may stand before a dateline unseen (BOM, direction marks and embeddings)
_INVISIBLE = frozenset("\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: agencies named between separators with no brackets (``بغداد - رويترز -``); in brackets
#: or quotes any short name is taken, and words such as نيوز or وكالة mark one too
_AGENCIES = frozenset(
    (
        *("رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "أسوشيتد برس", "الأناضول", "واع", "سانا"),
        *("شفق نيوز", "السومرية نيوز", "بغداد اليوم", "المدى", "الميادين", "العربية", "الجزيرة"),
        *("ایرنا", "ایسنا", "ایلنا", "تسنیم", "فارس", "مهر", "میزان", "صدا و سیما", "ایرنا"),
    )
)
_AGENCY_WORDS = ("نيوز", "وكالة", "خبرگزاری", "خبرگزاري", "پرس", "برس")
#: how many lines from the top may open with the dateline (a headline may come first)
_FIRST_LINES = 3
#: a dateline is short: the place, a region, a date, the agency
_MAX_LENGTH = 90

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: ``BAGHDAD, Jan 21 (Reuters) -``, ``ERBIL, Iraq, Jan. 21, 2024 (AP) —``,
#: ``BEIRUT/BAGHDAD (AFP) -``, ``WASHINGTON —``: a place in capitals, then a region, a date
#: and an agency in parentheses (any of them), then a dash
_LATIN = re.compile(
    r"(?P<place>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    rf"(?:,?\s*(?P<date>{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][A-Za-z .&/\-]{1,30})\)\s*)?"
    r"(?P<dash>--?|[–—])\s+"
)
#: an Arabic-script letter (the block without its two sets of digits)
_LETTER = r"[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff]"
#: ``بغداد - (رويترز) -``, ``بغداد/ شفق نيوز/``, ``دمشق – «سانا» –``, ``بغداد ۲۱ دی (ایرنا) -``:
#: a place of one to three words, an optional day and month, the agency between
#: separators or in brackets, then a separator
_ARABIC_SCRIPT = re.compile(
    rf"(?P<place>{_LETTER}+(?:[ \u200c]{_LETTER}+){{0,2}})"
    r"(?:\s+(?P<date>[\d\u0660-\u0669\u06f0-\u06f9]{1,2}\s+[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?))?"
    r"\s*(?:[-–—/]\s*)?"
    r"(?:[(«\"](?P<bracketed>[^()«»\"\n]{2,30})[)»\"]|(?P<between>[^-–—/()\n]{2,30}?))"
    r"\s*[-–—/:]\s*"
)


#: a place's name in a dateline: one word, or two when the first is the head noun of a
#: compound place name (``دير الزور``, ``عين الأسد``, ``أبو غريب``, ``تل أبيض``, ``رأس
#: العين``, ``جرف الصخر``, ``دیر الزور``): a word no headline's parts open on
_ARABIC_PLACE_WORD = (
    rf"(?:(?:دير|دیر|عين|عین|أبو|ابو|تل|رأس|راس|جرف)\s+{_LETTER}{{3,}}|{_LETTER}{{3,}})"
)
#: ``بغداد – أعلنت …``: a one-word place and a dash alone (no agency), as "WASHINGTON —",
#: or up to three such places of a story filed from several (``بغداد - دمشق - …``, as
#: "BEIRUT/BAGHDAD"); one word each (a compound name's two: ``دير الزور -``), so a
#: headline's parts ("سقوط صاروخين - …") are no dateline
_ARABIC_PLACE_DASH = re.compile(
    rf"(?P<place>{_ARABIC_PLACE_WORD}(?:\s+[-–—/]\s+{_ARABIC_PLACE_WORD}){{0,2}})(?P<date>)"
    r"\s+[-–—]\s+"
)


#: what every match of :data:`_ARABIC_SCRIPT` and :data:`_ARABIC_PLACE_DASH` holds (their
#: closing separators): a line opening holding none has no Arabic-script dateline
_DASH_OR_COLON = re.compile(r"[-–—/:]")


def find_dateline(text: str, published: dt.date | None = None) -> Dateline | None:
    """The dateline opening ``text`` (or one of its first lines), or ``None``.

    Parameters
    ----------
    text
        The story (front matter already blanked, if any).
    published
        The publication date, for a dateline date without a year (``Jan 21``).

    Returns
    -------
    Dateline or None
        Its span and its place's span (offsets into ``text``), the date when the dateline
        gives a whole one, and the agency (``""`` when none is named).
    """
    pos = 0
    for _ in range(_FIRST_LINES):
        while pos < len(text) and (text[pos].isspace() or text[pos] in _INVISIBLE):
            pos += 1
        if pos >= len(text):
            return None
        found = _dateline_at(text, pos, published)
        if found is not None:
            return found
        newline = text.find("\n", pos)
        if newline < 0:
            return None
        pos = newline + 1
    return None


def _dateline_at(text: str, pos: int, published: dt.date | None) -> Dateline | None:
    window = text[: pos + _MAX_LENGTH + 1]
    m = _LATIN.match(window, pos)
    if m is not None and (
        m.group("outlet")
        or m.group("date")
        or m.group("region")
        # the place and a dash alone: a city of one or two words ("WASHINGTON —"), not
        # a headline in capitals ("ROCKETS HIT AIN AL-ASAD —")
        or (len(m.group("place")) >= 4 and len(re.split(r"[ /]", m.group("place"))) <= 2)
    ):
        return _dateline(text, m, m.group("outlet") or "", published)
    if _DASH_OR_COLON.search(window, pos) is None:
        return None  # each Arabic-script dateline ends at a dash, slash or colon
    m = _ARABIC_SCRIPT.match(window, pos)
    if m is not None:
        outlet = (m.group("bracketed") or m.group("between") or "").strip()
        bracketed = m.group("bracketed") is not None
        # between separators only a known agency, or a name that says it is one: a
        # headline's parts ("سقوط صاروخين - قاعدة عين الأسد -") are no agency
        if outlet and (bracketed or (_separated(m.group()) and _is_agency(outlet))):
            return _dateline(text, m, outlet, published)
    m = _ARABIC_PLACE_DASH.match(window, pos)
    if m is not None:
        return _dateline(text, m, "", published)
    return None


def _is_agency(name: str) -> bool:
    return name in _AGENCIES or any(word in name for word in _AGENCY_WORDS)


def _separated(matched: str) -> bool:
    """Both sides of an unbracketed agency carry a separator (``بغداد/ شفق نيوز/``)."""
    return len(re.findall(r"[-–—/:]", matched)) >= 2


def _dateline(
    text: str, m: re.Match[str], outlet: str, published: dt.date | None
) -> Dateline | None:
    if "\n" in m.group().rstrip():
        return None
    end = m.start() + len(m.group().rstrip())  # the dash may end the line
    date = None
    if m.group("date"):
        days = [
            d
            for d in find_dates(m.group("date"), published)
            if d.precision == "day" and d.start == 0
        ]
        date = days[0].date if days else None
    return Dateline(m.start(), end, m.start("place"), m.end("place"), date, outlet)

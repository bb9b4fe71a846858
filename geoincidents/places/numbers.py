"""Numbers written as digits or words in English, Arabic and Persian.

News text writes counts and distances as digits in three scripts (``15``, ``١٥``,
``۱۵``) or as words (``fifteen``, ``خمسة عشر``, ``پانزده``). This module turns either
into an ``int``. It is a pure module with no dependencies: the relative-location
parser uses it for distances and the text wing reuses it for counts of rockets and
drones.

Rules
-----
* Digits of any script are read with :func:`int` after mapping Arabic-Indic and
  Persian digits to ASCII; ``,`` ``٬`` and thin spaces may group thousands.
* A number phrase is a run of number words, joined by spaces, hyphens, ``and`` or the
  conjunction ``و`` (glued or not): ``twenty-five``, ``خمسة وعشرون``, ``بیست و پنج``.
* Inside a group below one hundred a phrase may hold one unit (1–9) and one ten
  (20–90) in either order (Arabic puts the unit first), or a unit followed by the word
  ten (``خمسة عشر`` = 15); ``hundred``/``مئة``/``صد`` and ``thousand``/``ألف``/``هزار``
  multiply what precedes them. Anything else (``five five``) is not a number.
* Words are compared after folding: Arabic letter variants (أ إ آ → ا, ى ی → ي, ک → ك,
  ة → ه), harakat, tatweel and the zero-width non-joiner are ignored, Latin is
  case-folded.

The word tables (:data:`ENGLISH_NUMBERS`, :data:`ARABIC_NUMBERS`,
:data:`PERSIAN_NUMBERS`, and the ordinals) are public so other modules can build
scanners from them.

Examples
--------
>>> parse_number("15"), parse_number("۱۵"), parse_number("١٥")
(15, 15, 15)
>>> parse_number("fifteen"), parse_number("خمسة عشر"), parse_number("پانزده")
(15, 15, 15)
>>> parse_number("twenty-five"), parse_number("خمس وعشرين"), parse_number("بیست و پنج")
(25, 25, 25)
>>> parse_number("rocket") is None
True
>>> match_number("eight rockets hit the base")
(8, 5)
>>> parse_ordinal("چهارم"), parse_ordinal("twenty-first"), parse_ordinal("الثالث")
(4, 21, 3)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from geoincidents.places.folding import fold, fold_chars

__all__ = [
    "ARABIC_NUMBERS",
    "ARABIC_ORDINALS",
    "ENGLISH_NUMBERS",
    "ENGLISH_ORDINALS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PERSIAN_NUMBERS",
    "PERSIAN_ORDINALS",
    "fold_number_text",
    "fold_with_index",
    "match_number",
    "parse_number",
    "parse_ordinal",
]


def fold_number_text(text: str) -> str:
    """Fold letters and digits the way the number tables are keyed (the one fold of
    :mod:`geoincidents.places.folding`).

    Examples
    --------
    >>> fold_number_text("ثلاثةٌ") == fold_number_text("ثلاثه")
    True
    >>> fold_number_text("Fifteen ۱۵")
    'fifteen 15'
    """
    return fold(text)


def _table(entries: dict[str, int]) -> Mapping[str, int]:
    return MappingProxyType({fold_number_text(k): v for k, v in entries.items()})


#: English cardinal words (folded) → value.
ENGLISH_NUMBERS: Mapping[str, int] = _table(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "dozen": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fourty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
    }
)

#: Arabic cardinal words (folded; masculine, feminine, nominative and oblique forms).
ARABIC_NUMBERS: Mapping[str, int] = _table(
    {
        "صفر": 0,
        "واحد": 1,
        "واحدة": 1,
        "احد": 1,
        "إحدى": 1,
        "اثنان": 2,
        "اثنين": 2,
        "اثنتان": 2,
        "اثنتين": 2,
        "اثنا": 2,
        "اثني": 2,
        "اثنتا": 2,
        "اثنتي": 2,
        "ثلاث": 3,
        "ثلاثة": 3,
        "أربع": 4,
        "أربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ست": 6,
        "ستة": 6,
        "سبع": 7,
        "سبعة": 7,
        "ثمان": 8,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشر": 10,
        "عشرة": 10,
        "عشرون": 20,
        "عشرين": 20,
        "ثلاثون": 30,
        "ثلاثين": 30,
        "أربعون": 40,
        "أربعين": 40,
        "خمسون": 50,
        "خمسين": 50,
        "ستون": 60,
        "ستين": 60,
        "سبعون": 70,
        "سبعين": 70,
        "ثمانون": 80,
        "ثمانين": 80,
        "تسعون": 90,
        "تسعين": 90,
        "مئة": 100,
        "مائة": 100,
        "مئات": 100,
        "مئتان": 200,
        "مئتين": 200,
        "مائتان": 200,
        "مائتين": 200,
        "ثلاثمئة": 300,
        "ثلاثمائة": 300,
        "أربعمئة": 400,
        "أربعمائة": 400,
        "خمسمئة": 500,
        "خمسمائة": 500,
        "ستمئة": 600,
        "ستمائة": 600,
        "سبعمئة": 700,
        "سبعمائة": 700,
        "ثمانمئة": 800,
        "ثمانمائة": 800,
        "تسعمئة": 900,
        "تسعمائة": 900,
        "ألف": 1000,
        "آلاف": 1000,
        "ألفان": 2000,
        "ألفين": 2000,
    }
)

#: Persian cardinal words (folded; with common colloquial spellings).
PERSIAN_NUMBERS: Mapping[str, int] = _table(
    {
        "صفر": 0,
        "یک": 1,
        "دو": 2,
        "سه": 3,
        "چهار": 4,
        "پنج": 5,
        "شش": 6,
        "شیش": 6,
        "هفت": 7,
        "هشت": 8,
        "نه": 9,
        "ده": 10,
        "یازده": 11,
        "دوازده": 12,
        "سیزده": 13,
        "چهارده": 14,
        "پانزده": 15,
        "پونزده": 15,
        "شانزده": 16,
        "شونزده": 16,
        "هفده": 17,
        "هفتده": 17,
        "هجده": 18,
        "هیجده": 18,
        "هژده": 18,
        "نوزده": 19,
        "بیست": 20,
        "سی": 30,
        "چهل": 40,
        "پنجاه": 50,
        "شصت": 60,
        "هفتاد": 70,
        "هشتاد": 80,
        "نود": 90,
        "صد": 100,
        "یکصد": 100,
        "دویست": 200,
        "سیصد": 300,
        "چهارصد": 400,
        "پانصد": 500,
        "ششصد": 600,
        "هفتصد": 700,
        "هشتصد": 800,
        "نهصد": 900,
        "هزار": 1000,
    }
)

#: Every cardinal word of the three languages (folded) → value.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {**ENGLISH_NUMBERS, **ARABIC_NUMBERS, **PERSIAN_NUMBERS}
)

_ENGLISH_ORDINAL_BASE = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

#: English ordinal words (folded) → value, first … thirty-first.
ENGLISH_ORDINALS: Mapping[str, int] = _table(
    {
        **_ENGLISH_ORDINAL_BASE,
        **{f"twenty-{w}": 20 + v for w, v in _ENGLISH_ORDINAL_BASE.items() if v < 10},
        "thirty-first": 31,
    }
)

_ARABIC_ORDINAL_BASE = {
    "أول": 1,
    "أولى": 1,
    "ثاني": 2,
    "ثانية": 2,
    "ثالث": 3,
    "ثالثة": 3,
    "رابع": 4,
    "رابعة": 4,
    "خامس": 5,
    "خامسة": 5,
    "سادس": 6,
    "سادسة": 6,
    "سابع": 7,
    "سابعة": 7,
    "ثامن": 8,
    "ثامنة": 8,
    "تاسع": 9,
    "تاسعة": 9,
    "عاشر": 10,
    "عاشرة": 10,
}

#: Arabic ordinal words (folded, with and without the article) → value, 1 … 10.
ARABIC_ORDINALS: Mapping[str, int] = _table(
    {**_ARABIC_ORDINAL_BASE, **{"ال" + w: v for w, v in _ARABIC_ORDINAL_BASE.items()}}
)

_PERSIAN_UNIT_ORDINALS = {
    "یکم": 1,
    "دوم": 2,
    "سوم": 3,
    "چهارم": 4,
    "پنجم": 5,
    "ششم": 6,
    "هفتم": 7,
    "هشتم": 8,
    "نهم": 9,
}

#: Persian ordinal words (folded) → value, یکم/اول … سی و یکم (days of a month).
PERSIAN_ORDINALS: Mapping[str, int] = _table(
    {
        "اول": 1,
        **_PERSIAN_UNIT_ORDINALS,
        "دهم": 10,
        "یازدهم": 11,
        "دوازدهم": 12,
        "سیزدهم": 13,
        "چهاردهم": 14,
        "پانزدهم": 15,
        "شانزدهم": 16,
        "هفدهم": 17,
        "هجدهم": 18,
        "هیجدهم": 18,
        "نوزدهم": 19,
        "بیستم": 20,
        **{f"بیست و {w}": 20 + v for w, v in _PERSIAN_UNIT_ORDINALS.items()},
        "سی ام": 30,
        "سیام": 30,
        "سی و یکم": 31,
    }
)

#: Every ordinal word of the three languages (folded) → value.
ORDINAL_WORDS: Mapping[str, int] = MappingProxyType(
    {**ENGLISH_ORDINALS, **ARABIC_ORDINALS, **PERSIAN_ORDINALS}
)

_MULTIPLIERS = {100, 1000}
_DIGIT_RUN = re.compile(r"\d{1,3}(?:[,٬\u066c\u202f](?=\d{3}\b)\d{3})+\b|\d+")
_SEPARATOR = re.compile(r"(?:\s*-\s*|\s+and\s+|\s+و\s*|\s*و(?=\S)|\s+)")
_DIGITS_AT = re.compile(
    r"(?P<int>\d{1,3}(?:[,٬\u066c](?=\d{3}(?!\d))\d{3})+|\d+)(?:[.٫](?=\d)\d+)?"
)
_MAX_NUMBER_CHARS = 160
_WORD = re.compile(r"[^\W\d_]+")
_SEP_WORDS = frozenset({"and", "و"})


def _below_hundred(small: list[int]) -> int | None:
    """Value of the words below one hundred of one group, or ``None`` if malformed."""
    if len(small) <= 1:
        return small[0] if small else 0
    if len(small) == 2:
        first, second = small
        unit, other = (first, second) if first < 10 else (second, first)
        if unit < 10 and other >= 20 and other % 10 == 0:
            return unit + other  # twenty-five, خمس وعشرين, بیست و پنج
        if first < 10 and second == 10:
            return first + 10  # خمسة عشر, اثنا عشر
    return None


def _words_value(values: list[int]) -> int | None:
    """Combine number-word values by the rules in the module docstring."""
    total = 0  # thousands already closed
    hundreds = 0  # hundreds of the group being built
    small: list[int] = []  # values below 100 of the group being built, in order
    for value in values:
        if value < 100:
            small.append(value)
            if len(small) > 2:
                return None
            continue
        below = _below_hundred(small)
        if below is None:
            return None
        small.clear()
        if value == 100:  # multiplier: (three) hundred
            if hundreds:
                return None
            hundreds = (below or 1) * 100
        elif value == 1000:  # multiplier: (five) thousand
            if total:
                return None
            total = ((hundreds + below) or 1) * 1000
            hundreds = 0
        elif below:  # a ready-made 200..900 or 2000 cannot follow units
            return None
        elif value < 1000:
            if hundreds:
                return None
            hundreds = value
        else:
            if total or hundreds:
                return None
            total = value
    below = _below_hundred(small)
    if below is None:
        return None
    return total + hundreds + below


def _tokens(folded: str) -> list[str]:
    """Split a folded phrase into number tokens, detaching a glued conjunction ``و``."""
    tokens: list[str] = []
    for raw in re.split(r"[\s\-]+", folded.strip()):
        if not raw:
            continue
        if raw in _SEP_WORDS:
            continue
        if raw.startswith("و") and raw not in NUMBER_WORDS and raw[1:] in NUMBER_WORDS:
            raw = raw[1:]
        tokens.append(raw)
    return tokens


def parse_number(text: str) -> int | None:
    """Read a whole string as a number: digits of any script or number words.

    Returns ``None`` when the string is not exactly one number.

    Examples
    --------
    >>> parse_number("2,500"), parse_number("۲۵۰۰"), parse_number("two thousand five hundred")
    (2500, 2500, 2500)
    >>> parse_number("هشت"), parse_number("ثمانية"), parse_number("eight")
    (8, 8, 8)
    >>> parse_number("five five") is None
    True
    """
    folded = fold_number_text(text).strip()
    if not folded:
        return None
    digits = _DIGIT_RUN.fullmatch(folded)
    if digits:
        return int(re.sub(r"\D", "", folded))
    tokens = _tokens(folded)
    if not tokens:
        return None
    values = []
    for token in tokens:
        value = NUMBER_WORDS.get(token)
        if value is None:
            return None
        values.append(value)
    return _words_value(values)


def parse_ordinal(text: str) -> int | None:
    """Read an ordinal word (``fourth``, ``چهارم``, ``الرابع``) or ``4th``/``4ام``.

    Examples
    --------
    >>> parse_ordinal("بیست و یکم"), parse_ordinal("21st"), parse_ordinal("۴ام")
    (21, 21, 4)
    >>> parse_ordinal("rocket") is None
    True
    """
    folded = " ".join(fold_number_text(text).split())
    folded = re.sub(r"\s*-\s*", "-", folded)
    if folded in ORDINAL_WORDS:
        return ORDINAL_WORDS[folded]
    spaced = folded.replace("-", " ")
    if spaced in ORDINAL_WORDS:
        return ORDINAL_WORDS[spaced]
    match = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th|ام|م|ـم)", folded)
    return int(match.group(1)) if match else None


def fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` char by char; ``index[k]`` is the index in ``text`` of folded char ``k``.

    The same folding as :func:`fold_number_text`, done per character so offsets map
    back to the original string (harakat and tatweel vanish, so the folded text may be
    shorter). Spaces are kept as they are.

    Examples
    --------
    >>> fold_with_index("خمسـة")
    ('خمسه', [0, 1, 2, 4])
    """
    return fold_chars(text)


def match_number(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The longest number starting at ``pos`` in ``text``: ``(value, end)`` or ``None``.

    ``end`` indexes ``text`` itself (harakat and tatweel inside the number are skipped
    over). Decimals are cut to their integer part here (use a distance parser for
    ``1.5 km``). A word number must be a whole word: ``fiver`` gives nothing, while a
    digit run may touch a unit (``15km`` gives 15).

    Examples
    --------
    >>> match_number("خمسة صواريخ")
    (5, 4)
    >>> match_number("fired twenty-five rockets", 6)
    (25, 17)
    >>> match_number("۱۷ موشک")
    (17, 2)
    >>> match_number("rockets") is None
    True
    """
    view, index = fold_with_index(text[pos : pos + _MAX_NUMBER_CHARS])
    if not view:
        return None
    m = _DIGITS_AT.match(view)
    if m:
        return int(re.sub(r"\D", "", m.group("int"))), pos + index[m.end() - 1] + 1
    best: tuple[int, int] | None = None
    k = 0
    words: list[str] = []
    while True:
        w = _WORD.match(view, k)
        if not w:
            break
        word = w.group()
        if word not in NUMBER_WORDS and word.startswith("و") and words:
            word = word[1:]
        if word not in NUMBER_WORDS:
            break
        words.append(word)
        value = parse_number(" ".join(words))
        if value is None:
            break
        best = (value, pos + index[w.end() - 1] + 1)
        sep = _SEPARATOR.match(view, w.end())
        if not sep:
            break
        k = sep.end()
    return best

"""The one table of countries: their names in English, Arabic and Persian (pure data).

The resolver reads trailing context with it (``Akashat, Iraq``), the geoparser scans
running text for the countries of :data:`SCANNED` (``في العراق``), and both turn a name
into its ISO code with :func:`geoincidents.places.names.country_code`.

Examples
--------
>>> COUNTRY_NAMES["IQ"]
('Iraq', 'العراق', 'عراق')
>>> "IQ" in SCANNED and "US" not in SCANNED
True
>>> [n for n in text_names() if n == "Syria"]
['Syria']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["COUNTRY_NAMES", "SCANNED", "text_names"]

#: ISO code -> the country's names as written in English, Arabic and Persian
COUNTRY_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "IQ": ("Iraq", "العراق", "عراق"),
        "SY": ("Syria", "سوريا", "سورية", "سوریه", "Syrian Arab Republic"),
        "JO": ("Jordan", "الأردن", "اردن", "الاردن"),
        "IR": ("Iran", "إيران", "ایران"),
        "LB": ("Lebanon", "لبنان"),
        "TR": ("Turkey", "Türkiye", "تركيا", "ترکیه"),
        "SA": ("Saudi Arabia", "السعودية", "عربستان", "عربستان سعودی"),
        "KW": ("Kuwait", "الكويت", "کویت"),
        "YE": ("Yemen", "اليمن", "یمن"),
        "IL": ("Israel", "إسرائيل", "اسرائیل"),
        "PS": ("Palestine", "فلسطين", "فلسطین"),
        "EG": ("Egypt", "مصر"),
        "QA": ("Qatar", "قطر"),
        "BH": ("Bahrain", "البحرين", "بحرین"),
        "AE": ("United Arab Emirates", "UAE", "الإمارات", "امارات"),
        "OM": ("Oman", "سلطنة عمان"),  # bare عمان is Amman
        "US": ("United States", "USA", "US", "أمريكا", "آمریکا"),
    }
)

#: the countries whose names the geoparser finds in running text as context (the others'
#: names are too often something else there: ``US`` strikes are not about a place)
SCANNED = frozenset({"IQ", "SY", "JO", "IR", "LB", "TR", "KW", "SA", "YE", "IL"})

#: names not scanned in text even for a scanned country (official, rare in news)
_NOT_IN_TEXT = frozenset({"Syrian Arab Republic", "عربستان سعودی", "Türkiye"})


def text_names() -> tuple[str, ...]:
    """The country names the geoparser scans running text for, in table order."""
    return tuple(
        n
        for cc, names in COUNTRY_NAMES.items()
        if cc in SCANNED
        for n in names
        if n not in _NOT_IN_TEXT
    )

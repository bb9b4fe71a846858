"""A small gazetteer of our own for the text-wing tests (no bundled data needed)."""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.model import Place


def _place(pid: str, name: str, lat: float, lon: float, kind: str, country: str, **kw: object):
    return Place(pid, name, lat, lon, kind, country, kw.pop("precision_m", 2000), "test", **kw)  # type: ignore[arg-type]


PLACES = (
    _place(
        "ain-al-asad",
        "Ain al-Asad Air Base",
        33.7856,
        42.4412,
        "air_base",
        "IQ",
        name_ar="قاعدة عين الأسد الجوية",
        name_fa="پایگاه هوایی عین‌الاسد",
        aliases=("Ain al-Asad", "Al Asad Airbase", "عين الأسد", "عین الاسد", "پایگاه الاسد"),
    ),
    _place(
        "al-omar-oil-field",
        "al-Omar oil field",
        35.0467,
        40.5408,
        "oil_field",
        "SY",
        name_ar="حقل العمر النفطي",
        name_fa="میدان نفتی العمر",
        aliases=("Omar oil field", "حقل العمر", "میدان العمر"),
    ),
    _place(
        "conoco-gas-field",
        "Conoco gas field",
        35.3,
        40.3,
        "gas_field",
        "SY",
        name_ar="حقل كونيكو للغاز",
        name_fa="میدان گازی کونیکو",
        aliases=("Conoco", "كونيكو", "کونیکو"),
    ),
    _place(
        "green-village",
        "Green Village",
        35.19,
        40.41,
        "military_base",
        "SY",
        name_ar="القرية الخضراء",
        name_fa="روستای گرین",
        aliases=("مدينة السكنية", "مدینه السکنیه", "روستای الخضرا", "روستای الخضر"),
    ),
    _place(
        "mosul",
        "Mosul",
        36.34,
        43.13,
        "city",
        "IQ",
        name_ar="الموصل",
        name_fa="موصل",
        precision_m=8000,
    ),
    _place(
        "baghdad",
        "Baghdad",
        33.3152,
        44.3661,
        "city",
        "IQ",
        name_ar="بغداد",
        name_fa="بغداد",
        precision_m=12000,
    ),
    _place(
        "hit",
        "Hit",
        33.6417,
        42.8251,
        "town",
        "IQ",
        name_ar="هيت",
        name_fa="هیت",
        aliases=("Heet",),
    ),
    _place(
        "hit-district",
        "Hit District",
        33.64,
        42.8,
        "district",
        "IQ",
        name_ar="قضاء هيت",
        name_fa="شهرستان هیت",
        precision_m=30000,
    ),
    _place(
        "al-mayadin",
        "al-Mayadin",
        35.0208,
        40.4522,
        "city",
        "SY",
        name_ar="الميادين",
        name_fa="المیادین",
        aliases=("Mayadin", "Al Mayadeen", "میادین"),
    ),
    _place(
        "deir-ez-zor-governorate",
        "Deir ez-Zor Governorate",
        35.3,
        40.1,
        "governorate",
        "SY",
        name_ar="محافظة دير الزور",
        name_fa="استان دیر الزور",
        aliases=("Deir ez-Zor", "دير الزور", "دیر الزور"),
        precision_m=100000,
    ),
    _place(
        "anbar-governorate",
        "Anbar Governorate",
        33.0,
        42.0,
        "governorate",
        "IQ",
        name_ar="محافظة الأنبار",
        name_fa="استان انبار",
        aliases=("Anbar", "الأنبار"),
        precision_m=250000,
    ),
    _place(
        "jurf-al-sakhar",
        "Jurf al-Sakhar",
        32.8833,
        44.1,
        "town",
        "IQ",
        name_ar="جرف الصخر",
        name_fa="جرف‌الصخر",
        aliases=("Jurf al-Nasr", "جرف النصر"),
    ),
    _place(
        "al-qaim",
        "al-Qaim",
        34.3697,
        41.0944,
        "town",
        "IQ",
        name_ar="القائم",
        name_fa="القائم",
        aliases=("Qaim",),
    ),
    _place(
        "zummar",
        "Zummar",
        36.6667,
        42.5667,
        "town",
        "IQ",
        name_ar="زمار",
        name_fa="زمار",
        aliases=("ذمار",),
    ),
    _place("dhamar", "Dhamar", 14.55, 44.40, "city", "YE", name_ar="ذمار", name_fa="ذمار"),
    _place(
        "euphrates",
        "Euphrates",
        35.0,
        40.5,
        "river",
        "SY",
        name_ar="الفرات",
        name_fa="فرات",
        aliases=("Euphrates River", "نهر الفرات"),
        precision_m=50000,
    ),
    _place(
        "albu-kamal",
        "Albu Kamal",
        34.4528,
        40.9186,
        "city",
        "SY",
        name_ar="البوكمال",
        name_fa="البوکمال",
        aliases=("Abu Kamal", "Al Bukamal"),
    ),
    _place(
        "camp-kalsu",
        "Camp Kalsu",
        32.7833,
        44.3,
        "military_base",
        "IQ",
        name_ar="معسكر كالسو",
        name_fa="پادگان کالسو",
        aliases=("Kalsu",),
    ),
    _place(
        "baghdad-airport",
        "Baghdad International Airport",
        33.2625,
        44.2346,
        "airport",
        "IQ",
        name_ar="مطار بغداد الدولي",
        name_fa="فرودگاه بین‌المللی بغداد",
        aliases=("Baghdad airport", "مطار بغداد", "فرودگاه بغداد"),
    ),
    _place("white-city", "White", 34.0, 43.0, "village", "IQ"),
)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(PLACES)


@pytest.fixture(scope="session")
def bundled() -> Gazetteer:
    """The bundled gazetteer (the drafting tests' places)."""
    from geoincidents.places.gazetteer import default_gazetteer

    return default_gazetteer()

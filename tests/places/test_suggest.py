"""'Did you mean': gazetteer names that hold or nearly equal a name nothing matched."""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.model import Place
from geoincidents.places.suggest import suggest_names

BASE = Place(
    "ain-al-asad",
    "Ain al-Asad Air Base",
    33.7856,
    42.4412,
    "air_base",
    "IQ",
    4000,
    "test",
    name_ar="قاعدة عين الأسد الجوية",
    name_fa="پایگاه هوایی عین‌الاسد",
    aliases=("Ain al-Asad", "عين الأسد", "عین الاسد"),
)
JURF = Place(
    "jurf-al-sakhar", "Jurf al-Sakhar", 32.87, 44.14, "town", "IQ", 3000, "test",
    aliases=("Jurf al-Nasr", "جرف الصخر", "جرف النصر"),
)  # fmt: skip
GAZ = Gazetteer((BASE, JURF))


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("al-Asad", "Ain al-Asad Air Base (ain-al-asad)"),
        ("Al Asad", "Ain al-Asad Air Base (ain-al-asad)"),
        ("الأسد الجوية", "Ain al-Asad Air Base (ain-al-asad)"),
        ("الاسد", "Ain al-Asad Air Base (ain-al-asad)"),
        ("عين الاسد", "Ain al-Asad Air Base (ain-al-asad)"),
        ("Jurf al Sakhr", "Jurf al-Sakhar (jurf-al-sakhar)"),
        ("جرف الصخر", "Jurf al-Sakhar (jurf-al-sakhar)"),
    ],
)
def test_a_part_or_a_near_spelling_suggests_the_place(name: str, label: str) -> None:
    assert suggest_names(name, GAZ)[0] == label


@pytest.mark.parametrize("name", ["Tikrit", "Mosul", "اسد", "Asd", "", "   ", "قاعدة"])
def test_unrelated_or_too_short_names_get_no_suggestion(name: str) -> None:
    assert suggest_names(name, GAZ) == ()


def test_each_place_is_suggested_once_and_the_limit_holds() -> None:
    many = suggest_names("al", GAZ)  # too short
    assert many == ()
    both = suggest_names("Ain al-Asad Jurf al-Sakhar", GAZ, limit=5)
    assert len(both) == len(set(both)) <= 5
    assert suggest_names("Ain al-Asad", GAZ, limit=1) == ("Ain al-Asad Air Base (ain-al-asad)",)

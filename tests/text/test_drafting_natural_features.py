"""A river, a lake or an area is never a struck site: "the base" after a paragraph that
names only the Euphrates is no base on the river (it drafted a strike at the river's
mouth, in Basra). The same base anaphor after a named base still takes that base."""

from __future__ import annotations

import pytest

import geoincidents as gi

RIVER_THEN_THE_BASE = [
    "Drones flew over the desert on Monday, officials said.\n\nUS troops are deployed east of "
    "the {place}.\n\nResidents said three rockets flew toward this base and the coalition "
    "answered by shelling positions close to the base.",
    "حلقت طائرات مسيرة فوق الصحراء يوم الاثنين.\n\nتنتشر القوات الأمريكية شرق {place}.\n\n"
    "وقال سكان إن ثلاثة صواريخ أطلقت نحو هذه القاعدة وإن التحالف رد بقصف مواقع قريبة من القاعدة.",
    "پهپادها روز دوشنبه بر فراز بیابان پرواز کردند.\n\nنیروهای آمریکایی در شرق {place} حضور "
    "دارند.\n\nساکنان گفتند سه راکت به طرف این پایگاه پرتاب شد و ائتلاف در واکنش چند موضع را "
    "در حوالی پایگاه هدف قرار داد.",
]
RIVER = ("Euphrates", "الفرات", "فرات")


@pytest.mark.parametrize(("text", "river"), list(zip(RIVER_THEN_THE_BASE, RIVER, strict=True)))
def test_the_base_after_a_river_is_no_site_on_the_river(text: str, river: str) -> None:
    drafts = gi.draft_incidents(text.format(place=river), published="2022-01-05")
    assert "euphrates" not in {d.incident.target.place_id for d in drafts}, drafts


def test_a_river_ranks_as_an_area_among_the_sites() -> None:
    from geoincidents.places.kinds import NOT_TARGET_KINDS

    assert "river" in NOT_TARGET_KINDS
    drafts = gi.draft_incidents(
        "US jets struck militia positions in al-Qaim on the Euphrates on Friday.",
        published="2024-02-03",
    )
    assert [(d.incident.kind, d.incident.target.place_id) for d in drafts] == [
        ("retaliatory_strike", "al-qaim")
    ]

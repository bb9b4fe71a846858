"""A river, a lake or an area is never a struck site: "the base" after a paragraph that
names only the Euphrates is no base on the river (it drafted a strike at the river's
mouth, in Basra). The same base anaphor after a named base still takes that base."""

from __future__ import annotations

import pytest

import geoincidents as gi

RIVER_THEN_THE_BASE = [
    "Drones flew over the desert on Monday, officials said.\n\nUS troops are deployed in this "
    "area east of the {place}.\n\nLocal sources said four rockets were fired at the US base "
    "and the coalition in response hit points around the said base.",
    "حلقت طائرات مسيرة فوق الصحراء يوم الاثنين.\n\nتنتشر القوات الأمريكية في هذه المنطقة شرق "
    "{place}.\n\nوقالت مصادر محلية إن أربعة صواريخ أطلقت باتجاه القاعدة الأمريكية وإن التحالف "
    "قصف ردا على ذلك نقاطا حول القاعدة المذكورة.",
    "پهپادها روز دوشنبه بر فراز بیابان پرواز کردند.\n\nدر این منطقه در شرق {place} نیروهای "
    "آمریکایی مستقرند.\n\nبرخی منابع محلی گزارش دادند که چهار راکت به سوی پایگاه آمریکا شلیک "
    "شد و ائتلاف نیز در پاسخ نقاطی را در اطراف پایگاه یادشده هدف قرار داد.",
]
RIVER = ("Euphrates", "الفرات", "فرات")


@pytest.mark.parametrize(("text", "river"), zip(RIVER_THEN_THE_BASE, RIVER, strict=True))
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

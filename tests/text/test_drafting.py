"""Draft incidents from short articles of our own, in three languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoincidents.errors import GeoparseError
from geoincidents.incidents.io import read_incidents
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.drafting import draft_file, draft_incidents, write_drafts_csv

PERSIAN = (
    "به گزارش منابع محلی، روز جمعه ۱۷ دیماه هشت راکت از روستایی در ۱۲ کیلومتری پایگاه "
    "عین الاسد به سمت این پایگاه شلیک شد.\n"
    "روز گذشته دو پهپاد انتحاری پیش از رسیدن به پایگاه هوایی عین‌الاسد رهگیری شدند.\n"
    "در پاسخ، ائتلاف محل پرتاب در المیادین را با توپخانه هدف قرار داد."
)
ARABIC = (
    "أطلقت خمسة صواريخ من الموصل باتجاه قاعدة عين الأسد الجوية يوم الثلاثاء. "
    "وقال مسؤول إن الدفاعات الجوية أسقطت طائرتين مسيرتين قرب حقل العمر النفطي أمس. "
    "وردا على الهجوم قصفت طائرات التحالف مواقع في القائم."
)
ENGLISH = (
    "Seventeen missiles and rockets were fired at Ain al-Asad on 20 January 2024. "
    "Hours later, US airstrikes hit militia headquarters in Jurf al-Sakhar in response. "
    "A large explosion was heard at Camp Kalsu on Saturday."
)


def _by_target(drafts):  # type: ignore[no-untyped-def]
    return {(d.incident.target.place_id, d.incident.kind): d for d in drafts}


def test_persian_article(gazetteer: Gazetteer) -> None:
    drafts = draft_incidents(
        PERSIAN,
        published=dt.date(2022, 1, 8),
        gazetteer=gazetteer,
        include_geonames=False,
        source_name="fa.txt",
    )
    got = _by_target(drafts)
    attack = got[("ain-al-asad", "attack")].incident
    assert (attack.weapon, attack.count, attack.date) == ("rocket", 8, dt.date(2022, 1, 7))
    assert attack.origin is not None and attack.origin.relation.startswith("روستایی در ۱۲")
    assert attack.origin.polygon_wkt and attack.origin.polygon_wkt.startswith("POLYGON")
    interception = got[("ain-al-asad", "interception")].incident
    assert (interception.weapon, interception.count) == ("drone", 2)
    assert interception.date == dt.date(2022, 1, 7)
    strike = got[("al-mayadin", "retaliatory_strike")].incident
    assert strike.weapon == "artillery"
    for d in drafts:
        start, end = d.span
        assert 0 <= start < end <= len(PERSIAN)
        assert 0.0 <= d.confidence <= 1.0
        assert d.incident.sources[0].language == "fa"
        assert d.incident.id.startswith("draft-")


def test_arabic_article(gazetteer: Gazetteer) -> None:
    drafts = draft_incidents(
        ARABIC, published="2022-01-05", gazetteer=gazetteer, include_geonames=False
    )
    got = _by_target(drafts)
    attack = got[("ain-al-asad", "attack")].incident
    assert (attack.weapon, attack.count, attack.date) == ("rocket", 5, dt.date(2022, 1, 4))
    assert attack.origin is not None and attack.origin.place_id == "mosul"
    interception = got[("al-omar-oil-field", "interception")].incident
    assert interception.weapon == "drone" and interception.date == dt.date(2022, 1, 4)
    assert ("al-qaim", "retaliatory_strike") in got


def test_english_article(gazetteer: Gazetteer) -> None:
    drafts = draft_incidents(
        ENGLISH, published=dt.date(2024, 1, 24), gazetteer=gazetteer, include_geonames=False
    )
    got = _by_target(drafts)
    attack = got[("ain-al-asad", "attack")].incident
    assert (attack.weapon, attack.count, attack.date) == ("rocket", 17, dt.date(2024, 1, 20))
    assert ("jurf-al-sakhar", "retaliatory_strike") in got
    explosion = got[("camp-kalsu", "explosion")].incident
    assert explosion.date == dt.date(2024, 1, 20)


@pytest.mark.parametrize(
    ("sentence", "weapon", "count"),
    [
        ("هشت راکت به پایگاه عین الاسد اصابت کرد", "rocket", 8),
        ("۱۷ موشک و راکت به سمت پایگاه عین الاسد پرتاب شد", "rocket", 17),
        ("سقطت خمسة صواريخ على قاعدة عين الأسد", "rocket", 5),
        ("استهدفت بثماني قذائف صاروخية قاعدة عين الأسد", "rocket", 8),
        ("Five rockets hit Ain al-Asad.", "rocket", 5),
        ("Two drones attacked Ain al-Asad.", "drone", 2),
        ("A roadside bomb hit a convoy near Baghdad.", "ied", 1),
        ("A rocket attack hit a convoy near Baghdad.", "rocket", None),
        ("سقط صاروخان قرب قاعدة عين الأسد", "rocket", 2),
        ("أسقطت الدفاعات طائرتين مسيرتين قرب قاعدة عين الأسد", "drone", 2),
        ("أطلقت ثلاث قذائف على قاعدة عين الأسد", "rocket", 3),
        ("Two missiles struck Ain al-Asad.", "rocket", 2),
        ("پایگاه عین الاسد با ۱۲ موشک بالستیک هدف قرار گرفت", "ballistic_missile", 12),
        ("استهدفت ٣ طائرات مسيرة قاعدة عين الأسد", "drone", 3),
    ],
)
def test_weapon_and_count(
    gazetteer: Gazetteer, sentence: str, weapon: str, count: int | None
) -> None:
    drafts = draft_incidents(
        sentence, published=dt.date(2022, 1, 5), gazetteer=gazetteer, include_geonames=False
    )
    assert len(drafts) == 1
    assert (drafts[0].incident.weapon, drafts[0].incident.count) == (weapon, count)


def test_sentence_without_place_or_event_drafts_nothing(gazetteer: Gazetteer) -> None:
    text = "The weather was mild. Talks continued in Mosul."
    assert (
        draft_incidents(text, published="2022-01-05", gazetteer=gazetteer, include_geonames=False)
        == []
    )


def test_csv_round_trip(tmp_path: Path, gazetteer: Gazetteer) -> None:
    drafts = draft_incidents(
        ARABIC,
        published="2022-01-05",
        gazetteer=gazetteer,
        include_geonames=False,
        source_name="ar.txt",
    )
    out = tmp_path / "inc.csv"
    write_drafts_csv(drafts, out)
    back = read_incidents(out)
    assert [i.id for i in back] == [d.incident.id for d in drafts]
    assert all("confidence" in i.notes and "source span" in i.notes for i in back)
    assert back[0].target.place_id == drafts[0].incident.target.place_id


def test_draft_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(GeoparseError, match=r"bad\.txt"):
        draft_file(bad)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 5 January 2022 eight rockets hit the Green Village base in Deir ez-Zor.",
        "في 5 يناير 2022 سقطت ثمانية صواريخ على قاعدة القرية الخضراء في محافظة دير الزور.",
        "روز ۱۵ دی ۱۴۰۰ هشت راکت به پایگاه روستای الخضرا در استان دیر الزور اصابت کرد.",
    ],
)
def test_the_site_is_the_target_not_the_area_holding_it(
    gazetteer: Gazetteer, sentence: str
) -> None:
    drafts = draft_incidents(
        sentence, published=dt.date(2022, 1, 6), gazetteer=gazetteer, include_geonames=False
    )
    assert [(d.incident.target.place_id, d.incident.count) for d in drafts] == [
        ("green-village", 8)
    ]
    assert drafts[0].incident.date == dt.date(2022, 1, 5)


def test_most_specific_place_of_a_role_is_the_target(gazetteer: Gazetteer) -> None:
    # both named as targets: the base is more specific than the governorate
    text = "Rockets targeted Anbar and Ain al-Asad on Tuesday."
    drafts = draft_incidents(
        text, published=dt.date(2022, 1, 6), gazetteer=gazetteer, include_geonames=False
    )
    assert [d.incident.target.place_id for d in drafts] == ["ain-al-asad"]


RESPONSES = [
    (
        "On 5 January 2022 eight rockets hit the Green Village base in Deir ez-Zor.\n"
        "Coalition artillery then struck the launch site near al-Mayadin.",
        "green-village",
        "al-mayadin",
    ),
    (
        "سقطت خمسة صواريخ على قاعدة عين الأسد الجوية يوم الثلاثاء. "
        "وردا على الهجوم قصفت طائرات التحالف مواقع في القائم.",
        "ain-al-asad",
        "al-qaim",
    ),
    (
        "أطلقت ثلاثة صواريخ على حقل العمر النفطي أمس. "
        "وفي رد على ذلك قصفت مدفعية التحالف مواقع في الميادين.",
        "al-omar-oil-field",
        "al-mayadin",
    ),
    (
        "هشت راکت به پایگاه عین الاسد اصابت کرد.\n"
        "در پاسخ، ائتلاف محل پرتاب در المیادین را با توپخانه هدف قرار داد.",
        "ain-al-asad",
        "al-mayadin",
    ),
    (
        "دو پهپاد به سوی حقل العمر پرتاب شد.\n"
        "ارتش آمریکا در تلافی این حمله مواضعی در البوکمال را هدف حمله هوایی قرار داد.",
        "al-omar-oil-field",
        "albu-kamal",
    ),
]


@pytest.mark.parametrize(("text", "attack_target", "strike_target"), RESPONSES)
def test_strike_after_an_attack_responds_to_it(
    gazetteer: Gazetteer, text: str, attack_target: str, strike_target: str
) -> None:
    drafts = draft_incidents(
        text, published=dt.date(2022, 1, 5), gazetteer=gazetteer, include_geonames=False
    )
    attack, strike = (d.incident for d in drafts)
    assert (attack.kind, attack.target.place_id) == ("attack", attack_target)
    assert strike.is_strike and strike.target.place_id == strike_target
    assert strike.responds_to == (attack.id,)
    assert attack.responds_to == ()


@pytest.mark.parametrize(
    "text",
    [
        # a strike with no response cue answers nothing in particular
        "Rockets hit Ain al-Asad on Tuesday.\nUS airstrikes hit militia positions in al-Qaim.",
        # a response cue, but no attack drafted before the strike
        "In response, US airstrikes hit militia positions in al-Qaim.\n"
        "Rockets hit Ain al-Asad on Tuesday.",
    ],
)
def test_no_response_link_without_cue_or_earlier_attack(gazetteer: Gazetteer, text: str) -> None:
    drafts = draft_incidents(
        text, published=dt.date(2022, 1, 5), gazetteer=gazetteer, include_geonames=False
    )
    assert sorted(d.incident.kind for d in drafts) == ["attack", "retaliatory_strike"]
    assert all(d.incident.responds_to == () for d in drafts)


def test_response_link_survives_the_csv(tmp_path: Path, gazetteer: Gazetteer) -> None:
    drafts = draft_incidents(
        RESPONSES[0][0],
        published=dt.date(2022, 1, 6),
        gazetteer=gazetteer,
        include_geonames=False,
    )
    out = tmp_path / "inc.csv"
    write_drafts_csv(drafts, out)
    back = {i.id: i for i in read_incidents(out)}
    strike = next(i for i in back.values() if i.is_strike)
    assert strike.responds_to and strike.responds_to[0] in back

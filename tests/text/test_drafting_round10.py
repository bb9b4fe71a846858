"""Round 10's failure classes, each a general rule, each tried in Arabic, Persian and English.

The classes were found on an independent held-out set (``unseen5.json``); the sentences
here are our own, short and made for the rule (no evaluation article's sentence). Published
on Saturday 3 February 2024, so "Friday" is 2 February.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.counts import casualties, weapon_count
from geoincidents.text.folding import fold_text
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"


# ------------------------------------------------ towns "were hit" after a state's strike


@pytest.mark.parametrize(
    "text",
    [
        "US jets bombed several targets in Iraq and Syria on Friday. According to local "
        "sources, al-Qaim and Akashat were hit.",
        "ارتش آمریکا روز جمعه چند هدف را در عراق و سوریه بمباران کرد. به گفته منابع محلی، "
        "مناطق القائم و عکاشات هدف قرار گرفتند.",
        "قصفت طائرات أمريكية يوم الجمعة أهدافا في العراق وسوريا. وبحسب مصادر محلية، تم "
        "استهداف القائم وعكاشات.",
    ],
)
def test_towns_struck_in_the_passive_after_a_state_strike_are_its_strikes(
    bundled: Gazetteer, text: str
) -> None:
    assert _got(_draft(text, bundled)) == [
        ("retaliatory_strike", "akashat", FRIDAY),
        ("retaliatory_strike", "al-qaim", FRIDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no state struck before: the passive alone makes no strike
        "According to local sources, al-Qaim and Akashat were hit by rockets on Friday.",
        "به گفته منابع محلی، القائم و عکاشات روز جمعه با راکت هدف قرار گرفتند.",
    ],
)
def test_towns_struck_in_the_passive_without_a_striker_stay_attacks(
    bundled: Gazetteer, text: str
) -> None:
    assert {k for k, _, _ in _got(_draft(text, bundled))} <= {"attack"}


# ------------------------------------------- the state's military speaks, it does not strike


@pytest.mark.parametrize(
    "text",
    [
        "Rockets were fired at Ain al-Asad air base on Friday, the U.S. military said.",
        "The US military said rockets were fired at Ain al-Asad air base on Friday.",
        "Rockets hit Ain al-Asad air base on Friday, wounding two soldiers, the US army said.",
        "قال الجيش الأمريكي إن صواريخ أطلقت على قاعدة عين الأسد يوم الجمعة.",
    ],
)
def test_the_state_military_as_speaker_makes_no_strike(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. military said it struck Akashat on Friday.",
        "The US military said its jets struck Akashat on Friday.",
        "قال الجيش الأمريكي إنه قصف عكاشات يوم الجمعة.",
    ],
)
def test_the_state_military_telling_its_own_strike_still_strikes(
    bundled: Gazetteer, text: str
) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "akashat", FRIDAY)]


# ------------------------------------------------ a site targeted many times, or the most


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit Harir air base on Friday. The base lies north of Erbil and has been "
        "targeted several times before.",
        "استهدفت طائرة مسيرة قاعدة حرير يوم الجمعة. وتقع القاعدة شمال أربيل وقد تعرضت "
        "للهجوم عدة مرات من قبل.",
        "پهپادی روز جمعه پایگاه حریر را هدف قرار داد. این پایگاه در شمال اربیل است و "
        "پیش‌تر هم چند بار هدف حمله بوده است.",
    ],
)
def test_a_site_hit_many_times_before_is_history_not_a_second_event(
    bundled: Gazetteer, text: str
) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "harir-air-base", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Ain al-Asad and al-Tanf have been the most targeted bases.",
        "تحلیلگران می‌گویند پایگاه عین الاسد و پایگاه التنف بیش از همه هدف قرار گرفته‌اند.",
        "ويقول محللون إن قاعدة عين الأسد وقاعدة التنف كانتا الأكثر استهدافا.",
    ],
)
def test_the_most_targeted_sites_are_a_tally_not_events(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == []


def test_hit_several_times_on_a_day_is_still_an_event(bundled: Gazetteer) -> None:
    text = "Rockets hit Ain al-Asad air base several times on Friday."
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", FRIDAY)]


# ------------------------------------------ the state's service named with its victims


@pytest.mark.parametrize(
    "text",
    [
        "Three U.S. Army soldiers were killed when a drone slammed into Tower 22 on Friday.",
        "A drone struck Tower 22 on Friday, wounding several US military personnel.",
        "قتل ثلاثة من جنود الجيش الأمريكي عندما أصابت مسيرة البرج 22 يوم الجمعة.",
        "سه سرباز ارتش آمریکا روز جمعه در حمله پهپادی به برج ۲۲ کشته شدند.",
    ],
)
def test_the_state_service_of_the_victims_makes_no_strike(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "tower-22", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "US Air Force jets struck Akashat on Friday.",
        "US Army helicopters struck Akashat on Friday.",
    ],
)
def test_the_state_service_with_its_means_still_strikes(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "akashat", FRIDAY)]


# ------------------------------------------------------ a river locates, it is not struck


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit the Green Village base on Friday, fired from across the Euphrates.",
        "تعرضت قاعدة القرية الخضراء يوم الجمعة لقصف صاروخي انطلق من الضفة الأخرى لنهر الفرات.",
        "روز جمعه پایگاه روستای سبز با راکت‌هایی که از آن سوی رود فرات شلیک شد هدف قرار گرفت.",
    ],
)
def test_a_river_is_no_struck_site(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "green-village", FRIDAY)]


# ---------------------------------- the Arabic clitic "at" before a name locates the site


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت قاعدة التحالف في القرية الخضراء بحقل العمر يوم الجمعة لقصف صاروخي.",
        "تعرضت قاعدة التحالف في القرية الخضراء في حقل العمر يوم الجمعة لقصف صاروخي.",
        "Rockets hit the coalition base at Green Village in the al-Omar oil field on Friday.",
    ],
)
def test_a_field_after_the_clitic_at_locates_the_site(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "green-village", FRIDAY)]


# --------------------------------------------- casualties: "one" as a word, vague numbers


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "one" said right before the casualty word counts one
        ("The blast left one dead and eight wounded.", 1, 8),
        ("انفجار یک کشته و ۸ زخمی برجای گذاشت.", 1, 8),
        # a vague quantity has no exact count, and takes none from further back
        ("Three soldiers were killed and dozens wounded.", 3, None),
        ("Three soldiers were killed and dozens of people wounded.", 3, None),
        ("در این حمله سه نظامی کشته و ده‌ها نفر زخمی شدند.", 3, None),
        ("قتل ثلاثة جنود وأصيب العشرات.", 3, None),
        # negated "one" stays nothing; the service between number and people is a modifier
        ("No one was hurt.", None, None),
        ("هیچ یک زخمی نشد.", None, None),
        ("Three U.S. Army soldiers were killed and at least 34 others hurt.", 3, 34),
    ],
)
def test_casualty_counts(text: str, killed: int | None, wounded: int | None) -> None:
    assert casualties(fold_text(text).folded) == (killed, wounded)


# ------------------------------------------ a roadside bomb, however written, is an attack


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded on Friday on the route of a coalition convoy in Muthanna "
        "province.",
        "An improvised explosive device went off on Friday near a coalition convoy in "
        "Muthanna province.",
        "یک بمب کنارجاده‌ای روز جمعه در مسیر کاروان ائتلاف در استان المثنی منفجر شد.",
        "یک بمب دست‌ساز روز جمعه در مسیر کاروان ائتلاف در استان المثنی منفجر شد.",
        "انفجرت عبوة ناسفة يوم الجمعة على طريق رتل للتحالف في محافظة المثنى.",
    ],
)
def test_a_roadside_bomb_is_an_attack_not_an_explosion(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "muthanna-governorate", FRIDAY)]
    assert [d.incident.weapon for d in result.drafts] == ["ied"]


# ------------------------------------ where the weapons came from, told at a little length


@pytest.mark.parametrize(
    "text",
    [
        "Five rockets were fired on Friday from the Iraqi border town of Zummar toward Ain "
        "al-Asad air base.",
        "Five rockets were fired on Friday from the town of Zummar at Ain al-Asad air base.",
        "Five rockets were fired late on Friday from Zummar toward Ain al-Asad air base.",
        "روز جمعه پنج راکت از شهرک مرزی زمار به سمت پایگاه عین الاسد شلیک شد.",
        "أطلقت خمسة صواريخ يوم الجمعة من بلدة زمار الحدودية باتجاه قاعدة عين الأسد.",
    ],
)
def test_the_town_the_weapons_came_from_is_the_origin(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert [d.incident.origin.place_id for d in result.drafts if d.incident.origin] == ["zummar"]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets landed on Friday near the town of Zummar.",
        "سقطت صواريخ يوم الجمعة بالقرب من مدينة زمار.",
    ],
)
def test_a_town_near_where_weapons_fell_stays_the_place(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "zummar", FRIDAY)]


# ------------------------------------------------- the count told after the weapons


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The rockets, numbering four, hit the base.", 4),
        ("الصواريخ التي سقطت على القاعدة مساء الاثنين وعددها أربعة أطلقت من بستان.", 4),
        ("راکت‌ها که تعدادشان چهار فروند بود به پایگاه اصابت کرد.", 4),
        # a count before the weapon stays the count; none told stays none
        ("Five rockets hit the base, numbering four.", 5),
        ("Rockets hit the base.", None),
    ],
)
def test_the_count_told_after_the_weapons(text: str, count: int | None) -> None:
    assert weapon_count(fold_text(text).folded) == ("rocket", count)

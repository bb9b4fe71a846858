"""Round 22's rules on struck sites, each a phenomenon told in Arabic, Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a past attack of the last year retold with its day-exact date and its site is an
  incident, months before publication as it may be; a month gone by, or a day years
  before, stays background history;
- a province holding the sites struck the same day by the same side (strikes "on two
  sites in Deir ez-Zor province", then near Albu Kamal and al-Mayadin) is no site of its
  own; a province holds only its own places (al-Qaim, across the border, within Deir
  ez-Zor province's radius, is not inside it);
- a vehicle found "used as a launcher" (``استخدمت كمنصة إطلاق``) is the launcher found:
  where the attack told before came from, no attack of its own;
- the weapon downed told by a pronoun inside the phrasal verb ("shot it down", "brought
  them down") is an interception;
- strikes named again by their site ("the Jurf al-Sakhar strikes", ``ضربات جرف الصخر``,
  ``حملات جرف الصخر``), the toll a statement after gives them too, are the strikes told
  before at that site, not a new attack;
- an event at "an outpost" with no name, the next sentence naming it by its noun ("The
  outpost, known as X", ``وتعرف القاعدة باسم X``, ``این پایگاه که به نام X``), is at X;
- a place set apart ("naming X but not Y", ``ولكن ليس Y``, ``اما نه Y``) is not struck;
- a visitor's destination ("hours before the president's arrival in X", ``قبل وصول
  الرئيس … إلى X``, ``پیش از سفر رئیس‌جمهور … به X``) is no site struck; a weapon's
  "arrival" names no visitor and keeps its site;
- a toll told at one of several sites of a sentence ("16 died in X", ``في X``, ``در X به
  شهادت رسیدند``) is that site's; a toll of them all is none's;
- weapons counted with no place named, then named again by their noun at the site ("Four
  rockets were fired at a US base. … the rockets landed inside X", ``الصواريخ``, ``این
  راکت‌ها``): the site's attack takes the count.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article


def _triples(drafts: tuple[gi.DraftIncident, ...]) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# a past attack told with its day, ten months before publication: an incident of that day
RETOLD = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Tuesday. On March 4, 2023, a drone had struck "
        "the Conoco base, wounding two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وكانت طائرة مسيرة قد استهدفت قاعدة "
        "كونيكو في الرابع من آذار 2023 وأصابت جنديين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پیش از این در ۱۳ اسفند ۱۴۰۱ "
        "یک پهپاد به پایگاه کونیکو حمله کرد و دو سرباز را زخمی کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RETOLD)
def test_a_past_attack_retold_with_its_day_is_an_incident(text: str) -> None:
    drafts = draft_article(text, published="2024-01-12").drafts
    assert ("attack", "mss-euphrates", "2023-03-04") in _triples(drafts)


# the same attack told with its month or year only: background, no incident
RETOLD_MONTH = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Tuesday. In March 2023, a drone had struck "
        "the Conoco base, wounding two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وكانت طائرة مسيرة قد استهدفت قاعدة "
        "كونيكو في آذار/مارس 2023 وأصابت جنديين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پیش از این در اسفند ۱۴۰۱ "
        "یک پهپاد به پایگاه کونیکو حمله کرد و دو سرباز را زخمی کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RETOLD_MONTH)
def test_a_past_attack_told_with_its_month_only_is_history(text: str) -> None:
    drafts = draft_article(text, published="2024-01-12").drafts
    assert [t[1] for t in _triples(drafts)] == ["ain-al-asad"]


# the same attack told with its day, but years before: background, no incident
RETOLD_YEARS_AGO = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Tuesday. On March 4, 2021, a drone had struck "
        "the Conoco base, wounding two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وكانت طائرة مسيرة قد استهدفت قاعدة "
        "كونيكو في الرابع من آذار 2021 وأصابت جنديين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پیش از این در ۱۳ اسفند ۱۳۹۹ "
        "یک پهپاد به پایگاه کونیکو حمله کرد و دو سرباز را زخمی کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RETOLD_YEARS_AGO)
def test_a_past_attack_told_with_its_day_years_before_is_history(text: str) -> None:
    drafts = draft_article(text, published="2024-09-12").drafts
    assert [t[1] for t in _triples(drafts)] == ["ain-al-asad"]


# strikes told in a province, then at the sites inside it: the sites are the events
PROVINCE_THEN_SITES = [
    pytest.param(
        "US jets struck two sites in Deir ez-Zor province on Sunday night. The Pentagon said "
        "the raids hit a depot near Albu Kamal and a house near al-Mayadin.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أميركية ليل الأحد موقعين في محافظة دير الزور. وقال البنتاغون إن "
        "الغارات أصابت مستودعاً قرب البوكمال ومنزلاً قرب الميادين.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی شب یکشنبه دو موضع در استان دیرالزور را بمباران کردند. پنتاگون "
        "گفت این حملات انباری در نزدیکی البوکمال و خانه‌ای در نزدیکی المیادین را هدف گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PROVINCE_THEN_SITES)
def test_a_province_holding_the_sites_struck_is_no_site_of_its_own(text: str) -> None:
    drafts = draft_article(text, published="2023-11-13").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["al-mayadin", "albu-kamal"]


# the sites struck lie in another province: the province named is a site of its own
PROVINCE_AND_ANOTHER = [
    pytest.param(
        "US jets struck two sites in Deir ez-Zor province on Sunday night. The Pentagon said "
        "the raids also hit a depot near al-Qaim.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أميركية ليل الأحد موقعين في محافظة دير الزور. وقال البنتاغون إن "
        "الغارات أصابت أيضاً مستودعاً قرب القائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی شب یکشنبه دو موضع در استان دیرالزور را بمباران کردند. پنتاگون "
        "گفت این حملات انباری در نزدیکی القائم را نیز هدف گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PROVINCE_AND_ANOTHER)
def test_a_province_with_no_site_struck_inside_it_stays(text: str) -> None:
    drafts = draft_article(text, published="2023-11-13").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["al-qaim", "deir-ez-zor-governorate"]


# a vehicle found "used as a launcher": where the attack told before came from
VEHICLE_LAUNCHER = [
    pytest.param(
        "Five rockets hit Ain al-Asad air base on Sunday. Police later found a burnt-out "
        "truck used as a launcher near Hit.",
        id="en",
    ),
    pytest.param(
        "سقطت خمسة صواريخ على قاعدة عين الأسد يوم الأحد. وعثرت الشرطة لاحقاً على شاحنة "
        "محترقة استخدمت كمنصة إطلاق قرب هيت.",
        id="ar",
    ),
    pytest.param(
        "پنج راکت روز یکشنبه به پایگاه عین الاسد اصابت کرد. پلیس بعداً کامیونی سوخته را که "
        "به عنوان سکوی پرتاب استفاده شده بود در نزدیکی هیت کشف کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", VEHICLE_LAUNCHER)
def test_a_vehicle_found_used_as_a_launcher_gives_the_origin(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-04-21")]
    origin = drafts[0].incident.origin
    assert origin is not None and origin.place_id == "hit"


# a truck found burnt out near a town, no launcher: the town is no origin
VEHICLE_ONLY = [
    pytest.param(
        "Five rockets hit Ain al-Asad air base on Sunday. Police later found a burnt-out "
        "truck used by smugglers near Hit.",
        id="en",
    ),
    pytest.param(
        "سقطت خمسة صواريخ على قاعدة عين الأسد يوم الأحد. وعثرت الشرطة لاحقاً على شاحنة "
        "محترقة يستخدمها مهربون قرب هيت.",
        id="ar",
    ),
    pytest.param(
        "پنج راکت روز یکشنبه به پایگاه عین الاسد اصابت کرد. پلیس بعداً کامیونی سوخته را که "
        "قاچاقچیان استفاده می‌کردند در نزدیکی هیت پیدا کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", VEHICLE_ONLY)
def test_a_vehicle_found_with_no_launcher_gives_no_origin(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert ("attack", "ain-al-asad", "2024-04-21") in _triples(drafts)
    assert all(d.incident.origin is None for d in drafts)


# the weapon shot down, told by a pronoun inside the phrasal verb: an interception
PRONOUN_DOWNED = [
    pytest.param(
        "Early on Monday a drone flew toward Ain al-Asad air base, but air defences shot it "
        "down short of the base.",
        id="en",
    ),
    pytest.param(
        "Two drones flew toward Ain al-Asad air base early on Monday, but air defences "
        "brought them down over the desert.",
        id="en-plural",
    ),
    pytest.param(
        "فجر الاثنين حلقت طائرة مسيرة نحو قاعدة عين الأسد، لكن الدفاعات الجوية أسقطتها قبل وصولها.",
        id="ar",
    ),
    pytest.param(
        "بامداد دوشنبه یک پهپاد به سمت پایگاه عین الاسد پرواز کرد اما پدافند هوایی آن را پیش "
        "از رسیدن سرنگون کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PRONOUN_DOWNED)
def test_a_weapon_shot_down_by_a_pronoun_is_an_interception(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert _triples(drafts) == [("interception", "ain-al-asad", "2024-04-22")]


# a guard who shot at it, with no "down": the drone's attack stands
PRONOUN_SHOT = [
    pytest.param(
        "Early on Monday a drone hit Ain al-Asad air base, and a guard said he shot it on "
        "the runway.",
        id="en",
    ),
    pytest.param(
        "فجر الاثنين أصابت طائرة مسيرة قاعدة عين الأسد، وقال حارس إنه أطلق النار عليها.",
        id="ar",
    ),
    pytest.param(
        "بامداد دوشنبه یک پهپاد به پایگاه عین الاسد اصابت کرد و یک نگهبان گفت به آن شلیک کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PRONOUN_SHOT)
def test_a_weapon_shot_at_but_not_down_is_an_attack(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert _triples(drafts) == [("attack", "ain-al-asad", "2024-04-22")]


def _retold(place_en: str, place_ar: str, place_fa: str) -> list[object]:
    """Strikes on Jurf al-Sakhar, an attack on Ain al-Asad between, then "the <place>
    strikes" described, the group giving its dead "there"."""
    return [
        pytest.param(
            "US jets struck two Kataib Hezbollah sites in Jurf al-Sakhar early on Wednesday."
            "\n\nRockets had hit Ain al-Asad air base on Tuesday, wounding four soldiers.\n\n"
            f"The {place_en} strikes targeted a depot and a command post. Kataib Hezbollah "
            "said eight of its fighters had been killed there.",
            id="en",
        ),
        pytest.param(
            "شنت طائرات أميركية فجر الأربعاء غارات على موقعين لكتائب حزب الله في جرف الصخر."
            "\n\nوكانت صواريخ قد سقطت على قاعدة عين الأسد يوم الثلاثاء وأصابت أربعة جنود.\n\n"
            f"وطالت ضربات {place_ar} مستودعاً ومقراً للقيادة. وقالت كتائب حزب الله إن ثمانية "
            "من مقاتليها قتلوا هناك.",
            id="ar",
        ),
        pytest.param(
            "جنگنده‌های آمریکایی بامداد چهارشنبه دو موضع کتائب حزب‌الله در جرف الصخر را "
            "بمباران کردند.\n\nروز سه‌شنبه راکت‌هایی به پایگاه عین الاسد اصابت کرده و چهار "
            f"سرباز را زخمی کرده بود.\n\nحملات {place_fa} یک انبار و یک مقر فرماندهی را هدف "
            "گرفت. کتائب حزب‌الله گفت هشت نفر از نیروهایش آنجا کشته شدند.",
            id="fa",
        ),
    ]


@pytest.mark.parametrize("text", _retold("Jurf al-Sakhar", "جرف الصخر", "جرف الصخر"))
def test_the_strikes_named_again_by_their_site_are_no_new_event(text: str) -> None:
    drafts = draft_article(text, published="2023-11-22").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["ain-al-asad", "jurf-al-sakhar"]
    (strike,) = (d.incident for d in drafts if d.incident.target.place_id == "jurf-al-sakhar")
    assert (strike.kind, str(strike.date), strike.killed) == (
        "retaliatory_strike",
        "2023-11-22",
        8,
    )


@pytest.mark.parametrize("text", _retold("Hillah", "الحلة", "حله"))
def test_strikes_named_by_a_site_not_told_before_stay_their_own(text: str) -> None:
    drafts = draft_article(text, published="2023-11-22").drafts
    assert "hillah" in [t[1] for t in _triples(drafts)]


# an event at "an outpost", the next sentence naming it by its noun: the site named
NAMED_NEXT = [
    pytest.param(
        "A drone struck a small US outpost in Jordan on Sunday, wounding four soldiers.\n\n"
        "The outpost, known as Tower 22, lies near the Syrian border.",
        id="en",
    ),
    pytest.param(
        "أصابت طائرة مسيرة قاعدة أمريكية صغيرة في الأردن يوم الأحد ما أسفر عن إصابة أربعة "
        "جنود. وتعرف القاعدة باسم البرج 22 وتقع قرب الحدود السورية.",
        id="ar",
    ),
    pytest.param(
        "أصابت طائرة مسيرة قاعدة أمريكية صغيرة في الأردن يوم الأحد ما أسفر عن إصابة أربعة جنود. "
        "والقاعدة، المعروفة باسم البرج 22، تقع قرب الحدود السورية.",
        id="ar-apposition",
    ),
    pytest.param(
        "یک پهپاد روز یکشنبه به یک پایگاه کوچک آمریکا در اردن اصابت کرد و چهار سرباز را زخمی "
        "کرد. این پایگاه که به نام برج ۲۲ شناخته می‌شود نزدیک مرز سوریه است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NAMED_NEXT)
def test_the_site_named_by_the_sentence_after_is_the_events(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert drafts[0].incident.wounded == 4


# the next sentence only locates the outpost: no site named, nothing drafted
LOCATED_NEXT = [
    pytest.param(
        "A drone struck a small US outpost in Jordan on Sunday, wounding four soldiers.\n\n"
        "The outpost lies a few miles from al-Tanf.",
        id="en",
    ),
    pytest.param(
        "أصابت طائرة مسيرة قاعدة أمريكية صغيرة في الأردن يوم الأحد ما أسفر عن إصابة أربعة "
        "جنود. وتقع القاعدة على بعد كيلومترات من التنف.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد روز یکشنبه به یک پایگاه کوچک آمریکا در اردن اصابت کرد و چهار سرباز را زخمی "
        "کرد. این پایگاه در چند کیلومتری التنف قرار دارد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", LOCATED_NEXT)
def test_a_place_the_sentence_after_locates_the_outpost_by_is_no_site(text: str) -> None:
    assert draft_article(text, published="2024-01-29").drafts == ()


# a claim naming one site "but not" another: the other is set apart, not struck
SET_APART = [
    pytest.param(
        "The group claimed drone attacks on two bases on Sunday, naming Harir air base but "
        "not Erbil airport.",
        id="en",
    ),
    pytest.param(
        "وتبنت الجماعة يوم الأحد هجمات بطائرات مسيرة على قاعدتين، وسمّت قاعدة حرير ولكن ليس "
        "مطار أربيل.",
        id="ar",
    ),
    pytest.param(
        "این گروه روز یکشنبه مسئولیت حملات پهپادی به دو پایگاه را بر عهده گرفت و پایگاه "
        "حریر را نام برد، اما نه فرودگاه اربیل.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SET_APART)
def test_a_place_set_apart_by_but_not_is_not_struck(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert _triples(drafts) == [("attack", "harir-air-base", "2024-01-28")]


# both sites named ("not only X but also Y", ``و``): both struck
BOTH_NAMED = [
    pytest.param(
        "The group claimed drone attacks on two bases on Sunday, naming not only Harir air "
        "base but also Erbil airport.",
        id="en",
    ),
    pytest.param(
        "وتبنت الجماعة يوم الأحد هجمات بطائرات مسيرة على قاعدتين، وسمّت قاعدة حرير ومطار أربيل.",
        id="ar",
    ),
    pytest.param(
        "این گروه روز یکشنبه مسئولیت حملات پهپادی به دو پایگاه را بر عهده گرفت و پایگاه "
        "حریر و فرودگاه اربیل را نام برد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", BOTH_NAMED)
def test_both_places_named_are_struck(text: str) -> None:
    drafts = draft_article(text, published="2024-01-29").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["erbil-airport", "harir-air-base"]


# the attack told again against a visit: the visitor's destination is no site struck
VISIT = [
    pytest.param(
        "Two rockets hit Victory base near Baghdad airport late on Tuesday.\n\nThe attack "
        "came hours before the Iranian president's arrival in Erbil on his first trip abroad.",
        id="en",
    ),
    pytest.param(
        "Two rockets hit Victory base near Baghdad airport late on Tuesday.\n\nThe attack "
        "came on the eve of a visit by the Iranian foreign minister to Erbil.",
        id="en-visit",
    ),
    pytest.param(
        "سقط صاروخان على قاعدة فكتوريا قرب مطار بغداد ليل الثلاثاء.\n\nوجاء الهجوم قبل ساعات "
        "من وصول الرئيس الإيراني إلى أربيل في أول زيارة خارجية له.",
        id="ar",
    ),
    pytest.param(
        "دو راکت سه‌شنبه شب به پایگاه ویکتوریا در نزدیکی فرودگاه بغداد اصابت کرد.\n\nاین حمله "
        "چند ساعت پیش از سفر رئیس‌جمهور ایران به اربیل رخ داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", VISIT)
def test_a_visitors_destination_is_no_site_struck(text: str) -> None:
    drafts = draft_article(text, published="2024-09-11").drafts
    assert _triples(drafts) == [("attack", "victory-base-complex", "2024-09-10")]


# a weapon downed before it reached a site: the site is the weapon's, not a destination
WEAPON_ARRIVAL = [
    pytest.param(
        "Two rockets hit Victory base near Baghdad airport late on Tuesday, and a drone was "
        "shot down before its arrival at Erbil airport.",
        id="en",
    ),
    pytest.param(
        "سقط صاروخان على قاعدة فكتوريا قرب مطار بغداد ليل الثلاثاء، وأسقطت طائرة مسيرة قبل "
        "وصولها إلى مطار أربيل.",
        id="ar",
    ),
    pytest.param(
        "دو راکت سه‌شنبه شب به پایگاه ویکتوریا در نزدیکی فرودگاه بغداد اصابت کرد و یک پهپاد "
        "پیش از ورود به فرودگاه اربیل رهگیری شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", WEAPON_ARRIVAL)
def test_the_site_a_weapon_was_downed_short_of_stays_a_site(text: str) -> None:
    drafts = draft_article(text, published="2024-09-11").drafts
    assert ("interception", "erbil-airport", "2024-09-10") in _triples(drafts)


def _three_sites(toll_en: str, toll_ar: str, toll_fa: str) -> list[object]:
    """US strikes on three sites in one sentence, with a toll phrase at its end."""
    return [
        pytest.param(
            "US jets struck militia posts in Albu Kamal, al-Mayadin and the al-Qaim area on "
            f"Friday night, and {toll_en}.",
            id="en",
        ),
        pytest.param(
            "شنت طائرات أميركية ليل الجمعة غارات على مواقع للفصائل في البوكمال والميادين "
            f"ومنطقة القائم، {toll_ar}.",
            id="ar",
        ),
        pytest.param(
            "در حملات هوایی شامگاه جمعه آمریکا به مواضع گروه‌ها در البوکمال و المیادین و "
            f"منطقه القائم، {toll_fa}.",
            id="fa",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    _three_sites(
        "at least 16 people died in al-Qaim",
        "وقتل ١٦ شخصاً على الأقل في القائم",
        "دست‌کم ۱۶ نفر در القائم به شهادت رسیدند",
    ),
)
def test_a_toll_told_at_one_of_several_sites_is_that_sites(text: str) -> None:
    drafts = draft_article(text, published="2024-02-03").drafts
    tolls = {d.incident.target.place_id: d.incident.killed for d in drafts}
    assert tolls == {"albu-kamal": None, "al-mayadin": None, "al-qaim": 16}


@pytest.mark.parametrize(
    "text",
    _three_sites(
        "at least 16 people died",
        "وقتل ١٦ شخصاً على الأقل",
        "دست‌کم ۱۶ نفر به شهادت رسیدند",
    ),
)
def test_a_toll_shared_by_several_sites_is_none_of_theirs(text: str) -> None:
    drafts = draft_article(text, published="2024-02-03").drafts
    tolls = {d.incident.target.place_id: d.incident.killed for d in drafts}
    assert tolls == {"albu-kamal": None, "al-mayadin": None, "al-qaim": None}


def _lede_then(weapons_en: str, weapons_ar: str, weapons_fa: str) -> list[object]:
    """Four rockets fired at an unnamed base, then the weapons named again at the site."""
    return [
        pytest.param(
            "At least four rockets were fired at a US base in eastern Syria on Sunday night. "
            f"An official said the {weapons_en} landed inside the Conoco base.",
            id="en",
        ),
        pytest.param(
            "أطلقت أربعة صواريخ على الأقل باتجاه قاعدة أمريكية في شرق سوريا ليل الأحد. وقال "
            f"مسؤول إن {weapons_ar} سقطت داخل قاعدة كونيكو.",
            id="ar",
        ),
        pytest.param(
            "دست‌کم چهار راکت شامگاه یکشنبه به سمت یک پایگاه آمریکایی در شرق سوریه شلیک شد. "
            f"یک مقام گفت این {weapons_fa} داخل پایگاه کونیکو فرود آمدند.",
            id="fa",
        ),
    ]


@pytest.mark.parametrize("text", _lede_then("rockets", "الصواريخ", "راکت‌ها"))
def test_the_weapons_named_again_at_the_site_take_the_count_told_before(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert _triples(drafts) == [("attack", "mss-euphrates", "2024-04-21")]
    assert drafts[0].incident.count == 4


@pytest.mark.parametrize("text", _lede_then("drones", "الطائرات المسيرة", "پهپادها"))
def test_other_weapons_at_the_site_take_no_count_told_before(text: str) -> None:
    drafts = draft_article(text, published="2024-04-22").drafts
    assert _triples(drafts) == [("attack", "mss-euphrates", "2024-04-21")]
    assert drafts[0].incident.count is None

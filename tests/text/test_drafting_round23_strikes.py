"""Round 23's rules on US strikes and their sites, each a phenomenon told in Arabic,
Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a strike on plural sites, then where they lie, a list of places joined by commas and
  "and" ("bombed militia positions in X, Y and Z airport", ``مواقع عدة في X وY ومطار Z``,
  ``مواضع شبه‌نظامیان در X، Y و فرودگاه Z``): each place of the list is a site struck,
  the towns beside the airport too; a town that only locates the site ("at Z airport,
  south of Y") is none;
- the sites of strikes told with no place, named a sentence or two later past sentences
  with no place, striker, group nor day of their own ("US jets struck dozens of targets
  on Friday. ¶ The facilities hit included depots. Among them were sites near X and Y",
  ``… ومن بينها مواقع قرب X``, ``… از جمله مواضعی در نزدیکی X``): the strikes' sites,
  with their striker and day; an attack by a group told between has them named of no
  strike;
- a strike told "right after the attack" with an Arabic adverb of time after the event
  noun (``بعد الهجوم مباشرة``, ``بعد الهجوم بساعات``; "Immediately after the attack",
  ``بلافاصله پس از این حمله``): the clause ends at the adverb, the place after it is the
  strike's; a place inside the clause (``بعد الهجوم على قاعدة قرب X بساعات``) is still
  the answered event's;
- drones that "went after US forces" (pursued them: ``استهدفت طائرتان مسيرتان القوات
  الأمريكية``, ``نیروهای آمریکایی را هدف گرفتند``) attack them: the US forces are the
  object, no striker; "one was shot down; the second hit …" (``أسقطت إحداهما وأصابت
  الثانية``, ``یکی سرنگون شد و دیگری``) got one through: an attack, where "both were
  shot down" is an interception;
- a false alarm ("sheltering during a false alarm about an incoming drone", ``خلال إنذار
  كاذب``, ``در جریان آژیر خطر کاذب``) tells no event, whatever it warned of; a hit told
  beside it ("after a false alarm, a drone hit X") still does;
- US fire "on the launch positions there", in the sentence that tells where the attack
  told before came from ("they were launched from near X, and US forces answered with
  artillery fire on the launch positions there", ``… أطلقت من قرب X … بقصف مدفعي على
  مواقع الإطلاق``, ``… از نزدیکی X شلیک شدند … محل پرتاب را``): a strike at X answering
  that attack; with no launch site named anywhere, no strike is placed;
- a statement's "This action was taken in response to the attack on X" (``وجاءت هذه
  العملية ردا على …``, ``این اقدام در پاسخ به … انجام شد``), up to two paragraphs after
  its strikes with nothing drafted between (the attack its clause tells, drafted from
  that very sentence, aside): the strikes answer X; three paragraphs on, they do not;
- strikes told with no place of their own, "calling the raids an answer to last weekend's
  attack on X" (a week-dated clause: no incident drafted from it), their sites named in
  the next paragraph (``وسمى المسؤولون موقعين منها``, ``منابع محلی … را نام بردند``), X's
  attack told later with its own day: the sites' strikes answer X; with no response
  clause they answer nothing.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article


def _triples(
    drafts: tuple[gi.DraftIncident, ...] | list[gi.DraftIncident],
) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# plural sites, then the list of places where they lie
SITES_LISTED = [
    pytest.param(
        "US jets on Saturday bombed militia positions in Jurf al-Sakhar, Musayyib and "
        "Karbala airport.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية فجر اليوم السبت مواقع عدة في جرف الصخر والمسيب ومطار كربلاء.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز شنبه مواضع شبه‌نظامیان در جرف الصخر، مسیب و فرودگاه کربلا را "
        "بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITES_LISTED)
def test_each_place_of_a_list_of_struck_sites_is_a_site(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2020-03-14")
    assert sorted(_triples(drafts)) == [
        ("retaliatory_strike", "jurf-al-sakhar", "2020-03-14"),
        ("retaliatory_strike", "karbala-airport", "2020-03-14"),
        ("retaliatory_strike", "musayyib", "2020-03-14"),
    ]
    assert {d.incident.actor for d in drafts} == {"United States"}


# the town only locates the site struck: no list
SITE_LOCATED = [
    pytest.param(
        "US jets on Saturday bombed militia positions at Karbala airport, south of Musayyib.",
        id="en",
    ),
    pytest.param("قصفت طائرات أمريكية يوم السبت مواقع في مطار كربلاء جنوب المسيب.", id="ar"),
    pytest.param(
        "جنگنده‌های آمریکایی روز شنبه مواضعی در فرودگاه کربلا در جنوب مسیب را بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITE_LOCATED)
def test_a_town_locating_the_site_struck_is_no_site(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2020-03-14")
    assert _triples(drafts) == [("retaliatory_strike", "karbala-airport", "2020-03-14")]


# strikes with no place, sentences of no place between, then their sites named
SITES_NAMED_LATER = [
    pytest.param(
        "US jets struck dozens of targets in Iraq on Friday.\n\nThe facilities hit included "
        "depots for drones. Among them were sites near Akashat and al-Qaim.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية يوم الجمعة عشرات الأهداف في العراق.\n\nوضمت المنشآت المستهدفة "
        "مخازن للطائرات المسيرة. ومن بينها مواقع قرب عكاشات والقائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه ده‌ها هدف را در عراق بمباران کردند.\n\nتأسیسات "
        "هدف‌گرفته‌شده انبارهای پهپاد بودند. از جمله مواضعی در نزدیکی عکاشات و القائم.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITES_NAMED_LATER)
def test_the_sites_of_placeless_strikes_named_past_placeless_sentences(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert sorted(_triples(drafts)) == [
        ("retaliatory_strike", "akashat", "2024-02-02"),
        ("retaliatory_strike", "al-qaim", "2024-02-02"),
    ]
    assert {d.incident.actor for d in drafts} == {"United States"}


# a group's attack told between: the places named are no strike's
ATTACK_BETWEEN = [
    pytest.param(
        "US jets struck dozens of targets in Iraq on Friday.\n\nKataib Hezbollah fired two "
        "drones at US forces. Among them were sites near Akashat and al-Qaim.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية يوم الجمعة عشرات الأهداف في العراق.\n\nوأطلقت كتائب حزب الله "
        "طائرتين مسيرتين على القوات الأمريكية. ومن بينها مواقع قرب عكاشات والقائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه ده‌ها هدف را در عراق بمباران کردند.\n\nکتائب "
        "حزب‌الله دو پهپاد به سوی نیروهای آمریکایی شلیک کرد. از جمله مواضعی در نزدیکی "
        "عکاشات و القائم.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ATTACK_BETWEEN)
def test_places_named_past_a_groups_attack_are_no_strikes_sites(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    assert [k for k, _, _ in _triples(drafts) if k.endswith("strike")] == []


# a strike right after the attack: the clause ends at its adverb of time
RIGHT_AFTER = [
    pytest.param(
        "Two rockets hit Ain al-Asad air base on Monday evening. Immediately after the "
        "attack a US gunship struck a car carrying gunmen near Abu Ghraib.",
        id="en",
    ),
    pytest.param(
        "تعرضت قاعدة عين الأسد مساء الاثنين لهجوم بصاروخين. وقصفت طائرة أمريكية بعد الهجوم "
        "مباشرة سيارة تقل مسلحين قرب أبو غريب.",
        id="ar-directly",
    ),
    pytest.param(
        "تعرضت قاعدة عين الأسد مساء الاثنين لهجوم بصاروخين. وقصفت طائرة أمريكية بعد الهجوم "
        "بساعات سيارة تقل مسلحين قرب أبو غريب.",
        id="ar-hours",
    ),
    pytest.param(
        "دو موشک عصر دوشنبه به پایگاه عین‌الاسد اصابت کرد. بلافاصله پس از این حمله یک "
        "هواپیمای آمریکایی خودرویی را در نزدیکی ابوغریب هدف قرار داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RIGHT_AFTER)
def test_a_strike_right_after_the_attack_is_at_the_place_past_the_clause(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-21")
    assert _triples(drafts) == [
        ("attack", "ain-al-asad", "2023-11-20"),
        ("retaliatory_strike", "abu-ghraib", "2023-11-20"),
    ]
    assert drafts[1].incident.actor == "United States"


def test_a_place_inside_the_clause_before_its_adverb_is_the_answered_events() -> None:
    result = draft_article(
        "وقصفت طائرة أمريكية مساء الاثنين سيارة بعد الهجوم على قاعدة قرب أبو غريب بساعات.",
        published="2023-11-21",
    )
    assert [d.incident.kind for d in result.drafts if d.incident.kind.endswith("strike")] == []


# drones went after US forces; one downed, the second got through
ONE_GOT_THROUGH = [
    pytest.param(
        "Two drones went after US forces at the al-Tanf garrison on Thursday. One was shot "
        "down; the second hit a barracks.",
        id="en",
    ),
    pytest.param(
        "استهدفت طائرتان مسيرتان القوات الأمريكية في قاعدة التنف يوم الخميس. أسقطت إحداهما "
        "وأصابت الثانية مبنى.",
        id="ar",
    ),
    pytest.param(
        "دو پهپاد روز پنجشنبه نیروهای آمریکایی در پادگان التنف را هدف گرفتند. یکی سرنگون شد و "
        "دیگری به یک ساختمان اصابت کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ONE_GOT_THROUGH)
def test_drones_going_after_us_forces_one_through_are_an_attack(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-10-20")
    assert _triples(drafts) == [("attack", "al-tanf", "2023-10-19")]
    assert drafts[0].incident.actor == ""


def test_drones_going_after_us_forces_all_downed_are_an_interception() -> None:
    drafts = gi.draft_incidents(
        "Two drones went after US forces at the al-Tanf garrison on Thursday. Both were shot down.",
        published="2023-10-20",
    )
    assert _triples(drafts) == [("interception", "al-tanf", "2023-10-19")]
    assert drafts[0].incident.actor == ""


# a false alarm: the drone never came
FALSE_ALARM = [
    pytest.param(
        "A contractor collapsed at Ain al-Asad on Thursday while sheltering during a false "
        "alarm about an incoming drone.",
        id="en",
    ),
    pytest.param(
        "توفي متعاقد في قاعدة عين الأسد يوم الخميس أثناء احتمائه خلال إنذار كاذب بقدوم طائرة "
        "مسيرة.",
        id="ar",
    ),
    pytest.param(
        "یک پیمانکار روز پنجشنبه در پایگاه عین‌الاسد هنگام پناه گرفتن در جریان آژیر خطر کاذب "
        "درباره حمله پهپادی جان باخت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FALSE_ALARM)
def test_a_false_alarm_tells_no_event(text: str) -> None:
    result = draft_article(text, published="2023-10-20")
    assert result.drafts == ()
    assert [s.reason for s in result.skipped] == ["a false alarm, not an event"]


# a hit told beside a false alarm
HIT_AFTER_FALSE_ALARM = [
    pytest.param("After a false alarm on Wednesday, a drone hit Ain al-Asad on Thursday.", id="en"),
    pytest.param(
        "بعد إنذار كاذب يوم الأربعاء، أصابت طائرة مسيرة قاعدة عين الأسد يوم الخميس.", id="ar"
    ),
    pytest.param(
        "پس از یک هشدار کاذب در روز چهارشنبه، یک پهپاد روز پنجشنبه به پایگاه عین‌الاسد اصابت کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", HIT_AFTER_FALSE_ALARM)
def test_a_hit_beside_a_false_alarm_is_still_an_event(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-10-20")
    assert [(k, t) for k, t, _ in _triples(drafts)] == [("attack", "ain-al-asad")]


# the strike on the launch positions, the attack's origin told in its own sentence
LAUNCH_POSITIONS = [
    pytest.param(
        "Rockets hit the al-Omar oil field on Monday evening. A spokesman said they were "
        "launched from near al-Mayadin, and that US forces answered with artillery fire on "
        "the launch positions there.",
        id="en",
    ),
    pytest.param(
        "استهدفت صواريخ حقل العمر النفطي مساء الاثنين. وقال المتحدث إن الصواريخ أطلقت من قرب "
        "الميادين، وإن القوات الأمريكية ردت بقصف مدفعي على مواقع الإطلاق هناك.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها عصر دوشنبه به میدان نفتی العمر اصابت کردند. سخنگو گفت راکت‌ها از نزدیکی "
        "المیادین شلیک شدند و نیروهای آمریکایی با آتش توپخانه محل پرتاب را هدف قرار دادند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", LAUNCH_POSITIONS)
def test_fire_on_the_launch_positions_strikes_where_the_attack_came_from(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2021-06-29")
    assert _triples(drafts) == [
        ("attack", "al-omar-oil-field", "2021-06-28"),
        ("retaliatory_strike", "al-mayadin", "2021-06-28"),
    ]
    assert drafts[1].incident.actor == "United States"
    assert drafts[1].incident.responds_to == (drafts[0].incident.id,)


# no launch site named: the strike on the launch positions has no place
LAUNCH_POSITIONS_UNNAMED = [
    pytest.param(
        "Rockets hit the al-Omar oil field on Monday evening. US forces answered with "
        "artillery fire on the launch positions.",
        id="en",
    ),
    pytest.param(
        "استهدفت صواريخ حقل العمر النفطي مساء الاثنين. وردت القوات الأمريكية بقصف مدفعي على "
        "مواقع الإطلاق.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها عصر دوشنبه به میدان نفتی العمر اصابت کردند. نیروهای آمریکایی با آتش توپخانه "
        "محل پرتاب را هدف قرار دادند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", LAUNCH_POSITIONS_UNNAMED)
def test_fire_on_unnamed_launch_positions_places_no_strike(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2021-06-29")
    assert _triples(drafts) == [("attack", "al-omar-oil-field", "2021-06-28")]


_THE_STRIKES = {
    "en": "US jets struck dozens of targets in Iraq on Friday, February 2.\n\nAmong them were "
    "sites near Akashat and al-Qaim.\n\nThe aircraft dropped more than 100 bombs.\n\n",
    "ar": "قصفت طائرات أمريكية يوم الجمعة 2 شباط عشرات الأهداف في العراق.\n\nومن بينها مواقع "
    "قرب عكاشات والقائم.\n\nوألقت الطائرات أكثر من مئة قنبلة.\n\n",
    "fa": "جنگنده‌های آمریکایی روز جمعه ۲ فوریه ده‌ها هدف را در عراق بمباران کردند.\n\nاز جمله "
    "مواضعی در نزدیکی عکاشات و القائم.\n\nهواپیماها بیش از صد بمب فرو ریختند.\n\n",
}
_THE_ANSWER = {
    "en": "This action was taken in response to the drone attack on Tower 22 on January 28.",
    "ar": "وجاءت هذه العملية ردا على الهجوم بطائرة مسيرة على البرج 22 في 28 كانون الثاني.",
    "fa": "این اقدام در پاسخ به حمله پهپادی به برج ۲۲ در ۲۸ ژانویه انجام شد.",
}


def _answered(text: str) -> list[tuple[str, list[str]]]:
    drafts = gi.draft_incidents(text, published="2024-02-03")
    by_id = {d.incident.id: d.incident.target.place_id or "" for d in drafts}
    return [
        (d.incident.target.place_id or "", [by_id[i] for i in d.incident.responds_to])
        for d in drafts
    ]


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_this_action_answers_the_attack_for_the_strikes_two_paragraphs_before(lang: str) -> None:
    assert _answered(_THE_STRIKES[lang] + _THE_ANSWER[lang]) == [
        ("akashat", ["tower-22"]),
        ("al-qaim", ["tower-22"]),
        ("tower-22", []),
    ]


def test_the_answer_three_paragraphs_after_the_strikes_is_not_theirs() -> None:
    text = (
        _THE_STRIKES["en"] + "Officials said the bombers returned safely.\n\n" + _THE_ANSWER["en"]
    )
    assert _answered(text) == [("akashat", []), ("al-qaim", []), ("tower-22", [])]


_PLACELESS_ANSWER = {
    "en": "The United States hit three militia facilities in Iraq late on Tuesday, calling the "
    "raids an answer to last weekend's attack on Ain al-Asad.",
    "ar": "قصفت الولايات المتحدة ثلاث منشآت للفصائل في العراق ليل الثلاثاء، ردا على هجوم نهاية "
    "الأسبوع الماضي على عين الأسد.",
    "fa": "جنگنده‌های آمریکایی سه‌شنبه شب سه مقر شبه‌نظامیان را در عراق بمباران کردند و این "
    "حملات را پاسخی به حمله آخر هفته گذشته به عین‌الاسد خواندند.",
}
_NAMED_SITES = {
    "en": "\n\nOfficials named two of the locations: Jurf al-Sakhar and al-Qaim.\n\nOn "
    "Saturday, January 20, rockets hit Ain al-Asad air base.",
    "ar": "\n\nوسمى المسؤولون موقعين منها: جرف الصخر والقائم.\n\nوفي يوم السبت 20 كانون "
    "الثاني، أصابت صواريخ قاعدة عين الأسد.",
    "fa": "\n\nمنابع محلی جرف الصخر و القائم را نام بردند.\n\nروز شنبه ۲۰ ژانویه راکت‌ها به "
    "پایگاه عین‌الاسد اصابت کردند.",
}


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_sites_named_later_answer_what_their_placeless_strikes_answered(lang: str) -> None:
    text = _PLACELESS_ANSWER[lang] + _NAMED_SITES[lang]
    drafts = gi.draft_incidents(text, published="2024-01-24")
    assert _triples(drafts) == [
        ("retaliatory_strike", "jurf-al-sakhar", "2024-01-23"),
        ("retaliatory_strike", "al-qaim", "2024-01-23"),
        ("attack", "ain-al-asad", "2024-01-20"),
    ]
    assert _answered(text)[:2] == [
        ("jurf-al-sakhar", ["ain-al-asad"]),
        ("al-qaim", ["ain-al-asad"]),
    ]


def test_sites_named_later_of_strikes_answering_nothing_answer_nothing() -> None:
    text = (
        "The United States hit three militia facilities in Iraq late on Tuesday."
        + _NAMED_SITES["en"]
    )
    assert [(t, r) for t, r in _answered(text) if t != "ain-al-asad"] == [
        ("jurf-al-sakhar", []),
        ("al-qaim", []),
    ]

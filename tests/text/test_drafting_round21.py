"""Round 21's rules, each a phenomenon told in Arabic, Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- an Arabic verb of what a base hosts carries its conjunction (``وتضم القاعدة``): a
  sentence about the base, its "that attack" a back-reference, drafts nothing;
- the vicinity of a town with no distance ("took off from near the town of X", ``از
  حوالی شهر X به پرواز درآمدند``) is the launch area, not a second site stopped;
- a state word that is a casualty verb's object ("killed three U.S. Army reservists",
  ``يقتل ثلاثة جنود من الجيش الأمريكي``) names the dead, not the striker; timelines tell
  the toll in the present ("kills", ``يقتل``, ``می‌کشد``);
- the groups' word for the US forces after a site ("the bases of the American
  occupiers", ``پایگاه‌های اشغالگران آمریکایی``) makes the site theirs: the group attacks;
- a state named as the subject of a Persian clause-final strike verb whose object names
  a group's site (``آمریکا … سه موضع کتائب حزب‌الله، از جمله …، را بمباران کرد``) strikes;
- a response to "the strikes" (the definite plural, ``رداً على الغارات``, ``در پاسخ به
  این حملات``) answers every site of the sentence told before;
- a toll told as "the deaths of N" (``به شهادت چهار تن … انجامید``).
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article


def _triples(drafts: list[gi.DraftIncident]) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# an Arabic hosts verb with its conjunction: the base described, its history recalled
HOSTS = [
    pytest.param(
        "A missile strike hit Ain al-Asad air base in January 2020. The base hosts two "
        "runways and air defences installed after that attack.",
        id="en",
    ),
    pytest.param(
        "استهدف هجوم صاروخي قاعدة عين الأسد في كانون الثاني 2020. وتضم القاعدة مدرجين "
        "ومنظومات دفاع جوي نصبت بعد ذلك الهجوم.",
        id="ar",
    ),
    pytest.param(
        "استهدف هجوم صاروخي قاعدة عين الأسد عام 2020. فيستضيف المطار اليوم منظومات دفاع "
        "جوي نصبت بعد ذلك الهجوم.",
        id="ar-fa-clitic",
    ),
    pytest.param(
        "حمله موشکی پایگاه عین الاسد را در سال ۲۰۲۰ هدف قرار داد. این پایگاه میزبان دو "
        "باند و سامانه‌های پدافندی است که پس از آن حمله نصب شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", HOSTS)
def test_a_base_described_after_its_history_drafts_nothing(text: str) -> None:
    result = draft_article(text, published="2024-01-08")
    assert result.drafts == ()
    reasons = [s.reason for s in result.skipped]
    assert reasons[-1] == "context: what a place hosts or how it is being built, not an event"


# the town the drones took off from: the launch area, not a second interception
TOOK_OFF = [
    pytest.param(
        "Three drones were shot down over al-Tanf base on Sunday. The drones had taken off "
        "from near the town of Albu Kamal.",
        id="en",
    ),
    pytest.param(
        "أسقطت ثلاث طائرات مسيرة فوق قاعدة التنف يوم الأحد. وانطلقت الطائرات من محيط "
        "مدينة البوكمال.",
        id="ar",
    ),
    pytest.param(
        "سه پهپاد روز یکشنبه بر فراز پایگاه التنف رهگیری شدند. پهپادها از حوالی شهر "
        "البوکمال به پرواز درآمده بودند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", TOOK_OFF)
def test_the_town_drones_took_off_near_is_no_site(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-13")
    assert _triples(drafts) == [("interception", "al-tanf", "2023-11-12")]
    assert drafts[0].incident.count == 3


# the state's people as a casualty verb's object, a timeline's present tense
HURT = [
    pytest.param(
        "A drone attack on Tower 22 in Jordan killed three U.S. Army reservists on Sunday.",
        3,
        None,
        id="en-past",
    ),
    pytest.param(
        "Jan. 28 - A drone attack on Tower 22 in Jordan kills three U.S. Army reservists "
        "and wounds 25 others.",
        3,
        25,
        id="en-present",
    ),
    pytest.param(
        "٢٨ كانون الثاني - هجوم بطائرة مسيرة على البرج 22 في الأردن يقتل ثلاثة جنود من "
        "الجيش الأمريكي.",
        3,
        None,
        id="ar",
    ),
    pytest.param(
        "۸ بهمن - حمله پهپادی به برج ۲۲ در اردن سه نظامی آمریکایی را می‌کشد.",
        3,
        None,
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), HURT)
def test_the_us_dead_are_the_side_hit(text: str, killed: int, wounded: int | None) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-29")
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    inc = drafts[0].incident
    assert (inc.actor, inc.killed, inc.wounded) == ("", killed, wounded)


def test_a_state_killing_fighters_still_strikes() -> None:
    drafts = gi.draft_incidents(
        "US jets killed three fighters near al-Qaim on Sunday.", published="2024-01-29"
    )
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-01-28")]
    assert (drafts[0].incident.actor, drafts[0].incident.killed) == ("United States", 3)


# the groups' word for the US forces: the bases are theirs, the group attacks
OCCUPIERS = [
    pytest.param(
        "The Islamic Resistance in Iraq said on Sunday its fighters had struck the bases of "
        "the American occupiers at al-Tanf with drones.",
        id="en",
    ),
    pytest.param(
        "قالت المقاومة الإسلامية في العراق يوم الأحد إن مقاتليها استهدفوا قواعد الاحتلال "
        "الأمريكي في التنف بالطائرات المسيرة.",
        id="ar",
    ),
    pytest.param(
        "مقاومت اسلامی عراق روز یکشنبه با انتشار بیانیه‌ای اعلام کرد که رزمندگان این گروه "
        "پایگاه‌های اشغالگران آمریکایی در التنف را با پهپاد هدف قرار داده‌اند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", OCCUPIERS)
def test_the_occupiers_bases_are_the_side_hit(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-29")
    assert _triples(drafts) == [("attack", "al-tanf", "2024-01-28")]
    inc = drafts[0].incident
    assert (inc.actor, inc.weapon, inc.targeted_party) == (
        "Islamic Resistance in Iraq",
        "drone",
        "",
    )


def test_the_occupiers_themselves_strike() -> None:
    drafts = gi.draft_incidents(
        "اشغالگران آمریکایی روز یکشنبه مواضعی را در القائم بمباران کردند.",
        published="2024-01-29",
    )
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-01-28")]
    assert drafts[0].incident.actor == "United States"


# a state subject, its strike verb at the clause end past a group's sites
GROUP_SITES = [
    pytest.param(
        "US forces on Tuesday bombed three Kataib Hezbollah positions, among them a site "
        "near Hillah.",
        id="en",
    ),
    pytest.param(
        "قصفت الولايات المتحدة يوم الثلاثاء ثلاثة مواقع لكتائب حزب الله، بينها مقر قرب الحلة.",
        id="ar",
    ),
    pytest.param(
        "آمریکا روز سه‌شنبه سه موضع کتائب حزب‌الله، از جمله مقری در نزدیکی حله، را بمباران کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", GROUP_SITES)
def test_a_state_bombing_a_groups_sites_strikes(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-12-27")
    assert _triples(drafts) == [("retaliatory_strike", "hillah", "2023-12-26")]
    inc = drafts[0].incident
    assert (inc.actor, inc.targeted_party) == ("United States", "Kataib Hezbollah")


def test_a_state_telling_a_groups_attack_does_not_strike() -> None:
    drafts = gi.draft_incidents(
        "آمریکا روز سه‌شنبه گفت کتائب حزب‌الله پایگاه عین الاسد را هدف قرار داد.",
        published="2023-12-27",
    )
    assert _triples(drafts) == [("attack", "ain-al-asad", "2023-12-26")]
    assert drafts[0].incident.actor == "Kataib Hezbollah"


# a response to "the strikes": every site of the sentence before is answered
ANSWERS_MANY = [
    pytest.param(
        "US jets struck Jurf al-Sakhar and al-Qaim at dawn on Wednesday. Hours later, the "
        "Islamic Resistance in Iraq said it shelled the Conoco gas field with rockets in "
        "response to the strikes.",
        id="en",
    ),
    pytest.param(
        "شنت مقاتلات أمريكية فجر الأربعاء غارات على جرف الصخر والقائم. وبعد ساعات، أعلنت "
        "المقاومة الإسلامية في العراق أنها قصفت حقل كونيكو بالصواريخ رداً على الغارات.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی بامداد چهارشنبه جرف الصخر و القائم را بمباران کردند. ساعاتی "
        "بعد مقاومت اسلامی عراق اعلام کرد در پاسخ به این حملات میدان گازی کونیکو را با "
        "راکت هدف قرار داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ANSWERS_MANY)
def test_a_response_to_the_strikes_answers_them_all(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-24")
    assert _triples(drafts) == [
        ("retaliatory_strike", "jurf-al-sakhar", "2024-01-24"),
        ("retaliatory_strike", "al-qaim", "2024-01-24"),
        ("attack", "conoco-gas-field", "2024-01-24"),
    ]
    jurf, qaim, conoco = drafts
    assert conoco.incident.responds_to == (jurf.incident.id, qaim.incident.id)
    assert conoco.incident.actor == "Islamic Resistance in Iraq"
    assert conoco.incident.claim_status == "claimed"
    assert jurf.incident.responds_to == qaim.incident.responds_to == ()


def test_a_response_to_one_attack_answers_the_last() -> None:
    drafts = gi.draft_incidents(
        "US jets struck Jurf al-Sakhar and al-Qaim at dawn on Wednesday. Hours later, "
        "rockets hit the Conoco gas field in response.",
        published="2024-01-24",
    )
    qaim, conoco = drafts[1], drafts[2]
    assert conoco.incident.responds_to == (qaim.incident.id,)


# the deaths a strike led to
DEATHS = [
    pytest.param(
        "US jets struck an area near Musayyib on Tuesday, which led to the deaths of four "
        "PMF fighters.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية يوم الثلاثاء منطقة قرب المسيب ما أدى إلى استشهاد أربعة من "
        "عناصر الحشد.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز سه‌شنبه منطقه‌ای در حوالی المسیب را هدف قرار دادند که به "
        "شهادت چهار تن از نیروهای حشد انجامید.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", DEATHS)
def test_the_deaths_a_strike_led_to(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-07-31")
    assert _triples(drafts) == [("retaliatory_strike", "musayyib", "2024-07-30")]
    assert (drafts[0].incident.actor, drafts[0].incident.killed) == ("United States", 4)


# a group announcing a death: its own dead, the side hit by a strike
MOURNS = [
    pytest.param(
        "The Popular Mobilization Forces announced on Thursday the death of a commander and "
        "his companion in a strike by a drone that targeted their car inside a brigade "
        "headquarters in Baghdad.",
        id="en",
    ),
    pytest.param(
        "أعلنت هيئة الحشد الشعبي يوم الخميس مقتل قيادي ومرافقه بضربة نفذتها طائرة مسيرة "
        "استهدفت عجلتهما داخل مقر اللواء في بغداد.",
        id="ar",
    ),
    pytest.param(
        "حشد شعبی روز پنجشنبه از کشته شدن یک فرمانده و همراهش در حمله پهپادی به خودروی "
        "آنها در مقر تیپ در بغداد خبر داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", MOURNS)
def test_a_group_announcing_its_dead_was_struck(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-05")
    assert _triples(drafts) == [("retaliatory_strike", "baghdad", "2024-01-04")]
    inc = drafts[0].incident
    assert (inc.actor, inc.targeted_party, inc.killed) == ("", "Popular Mobilization Forces", 2)


@pytest.mark.parametrize("text", MOURNS)
def test_the_striker_named_after_a_mourned_death(text: str) -> None:
    drafts = gi.draft_incidents(
        text + " A US defence official said American forces carried out the strike.",
        published="2024-01-05",
    )
    assert _triples(drafts) == [("retaliatory_strike", "baghdad", "2024-01-04")]
    assert drafts[0].incident.actor == "United States"


def test_a_group_announcing_us_dead_claims_the_attack() -> None:
    drafts = gi.draft_incidents(
        "أعلنت المقاومة الإسلامية في العراق يوم الخميس مقتل ثلاثة جنود أمريكيين بهجوم "
        "بطائرة مسيرة على البرج 22.",
        published="2024-01-05",
    )
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-04")]
    assert (drafts[0].incident.actor, drafts[0].incident.killed) == (
        "Islamic Resistance in Iraq",
        3,
    )


# a site owned by a group (``يتبع``, "belonging to", ``متعلق به``): the group is hit
OWNED = [
    pytest.param(
        "Drones struck a headquarters belonging to Kataib Hezbollah in al-Qaim at dawn on "
        "Wednesday.",
        id="en",
    ),
    pytest.param("قصفت طائرات مسيرة فجر الأربعاء مقرا يتبع لكتائب حزب الله في القائم.", id="ar"),
    pytest.param(
        "پهپادها بامداد چهارشنبه مقری متعلق به کتائب حزب‌الله در القائم را هدف قرار دادند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", OWNED)
def test_a_site_belonging_to_a_group_was_struck(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-09")
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2023-11-08")]
    assert drafts[0].incident.targeted_party == "Kataib Hezbollah"


# the strikes a response answers, told with their own verb (an Arabic indefinite noun
# takes its relative clause with no relative word: ``غارات أمريكية استهدفت``)
ANSWERED_STRIKE = [
    pytest.param(
        "Rockets hit the al-Omar oil field on Wednesday evening. The attack came in "
        "response to US strikes that hit a weapons depot belonging to the IRGC in Deir "
        "ez-Zor at dawn the same day.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على حقل العمر النفطي مساء الأربعاء. ويأتي الهجوم رداً على غارات "
        "أمريكية استهدفت فجر اليوم نفسه مستودعاً للأسلحة يتبع الحرس الثوري في مدينة دير "
        "الزور.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها عصر چهارشنبه به میدان نفتی العمر اصابت کردند. این حمله در پاسخ به حملات "
        "هوایی آمریکا بود که بامداد همان روز انباری متعلق به سپاه پاسداران در دیرالزور را "
        "هدف قرار داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ANSWERED_STRIKE)
def test_the_strikes_an_attack_answers_are_the_states(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-08")
    assert _triples(drafts) == [
        ("attack", "al-omar-oil-field", "2023-11-08"),
        ("retaliatory_strike", "deir-ez-zor", "2023-11-08"),
    ]
    attack, strike = drafts
    assert strike.incident.actor == "United States"
    # "The attack came in response to …", ``ويأتي الهجوم رداً على``, ``این حمله در پاسخ
    # به``: the attack told before answers the strikes
    assert attack.incident.responds_to == (strike.incident.id,)
    assert strike.incident.responds_to == ()


def test_an_arabic_response_clause_ends_at_the_main_verb() -> None:
    drafts = gi.draft_incidents(
        "ردا على الهجوم على عين الأسد، قصفت طائرات أمريكية فجر الأربعاء مواقع في القائم.",
        published="2023-11-08",
    )
    assert ("retaliatory_strike", "al-qaim", "2023-11-08") in _triples(drafts)


# a toll put at a new figure, in the paragraph or the next (a live blog's later entry)
TOLL_PUT_AT = [
    pytest.param(
        "Three US soldiers were killed and 25 wounded on Sunday in a drone attack on Tower "
        "22. A defense official now puts the number of wounded at 34.",
        id="en",
    ),
    pytest.param(
        "Three US soldiers were killed and 25 wounded on Sunday in a drone attack on Tower "
        "22.\n\n16:40 GMT - A defense official now puts the number of wounded at 34.",
        id="en-next-entry",
    ),
    pytest.param(
        "قتل ثلاثة جنود أمريكيين وأصيب 25 يوم الأحد في هجوم بطائرة مسيرة على البرج 22.\n\n"
        "وقدّر مسؤول في وقت لاحق عدد الجرحى بـ34.",
        id="ar",
    ),
    pytest.param(
        "سه نظامی آمریکایی روز یکشنبه در حمله پهپادی به برج ۲۲ کشته و ۲۵ نفر زخمی شدند.\n\n"
        "یک مقام آمریکایی بعداً شمار زخمی‌ها را ۳۴ نفر اعلام کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", TOLL_PUT_AT)
def test_a_toll_put_at_a_new_figure_revises_it(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-29")
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert (drafts[0].incident.killed, drafts[0].incident.wounded) == (3, 34)


# the figure first given, since revised, is no update
FIRST_FIGURE = [
    pytest.param(
        "Three US soldiers were killed and at least 34 hurt when a drone hit Tower 22 on "
        "Sunday. The Pentagon had first put the number of injured at 25.",
        id="en",
    ),
    pytest.param(
        "قتل ثلاثة جنود أمريكيين وأصيب 34 على الأقل بهجوم بطائرة مسيرة على البرج 22 يوم "
        "الأحد. وكان البنتاغون قد قدّر في البداية عدد الجرحى بـ25.",
        id="ar",
    ),
    pytest.param(
        "سه نظامی آمریکایی روز یکشنبه در حمله پهپادی به برج ۲۲ کشته و ۳۴ نفر زخمی شدند. "
        "پنتاگون در ابتدا شمار زخمی‌ها را ۲۵ نفر اعلام کرده بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FIRST_FIGURE)
def test_the_figure_first_given_is_no_update(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-29")
    assert _triples(drafts) == [("attack", "tower-22", "2024-01-28")]
    assert (drafts[0].incident.killed, drafts[0].incident.wounded) == (3, 34)


# the toll a response clause gives the event it names, drafted from a later sentence
CLAUSE_TOLL = [
    pytest.param(
        "U.S. forces struck a facility near Hillah early on Tuesday in response to a drone "
        "attack on Erbil air base that wounded three American service members. The Islamic "
        "Resistance in Iraq claimed Monday's attack on the base.",
        id="en",
    ),
    pytest.param(
        "قصفت القوات الأمريكية فجر الثلاثاء منشأة قرب الحلة رداً على هجوم بطائرة مسيرة على "
        "قاعدة أربيل أدى إلى إصابة ثلاثة عسكريين أمريكيين. وتبنت المقاومة الإسلامية في "
        "العراق هجوم الاثنين على القاعدة.",
        id="ar",
    ),
    pytest.param(
        "نیروهای آمریکایی بامداد سه‌شنبه تأسیساتی در نزدیکی حله را در پاسخ به حمله پهپادی "
        "به پایگاه اربیل که سه نظامی آمریکایی را زخمی کرد بمباران کردند. مقاومت اسلامی عراق "
        "مسئولیت حمله دوشنبه به این پایگاه را بر عهده گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAUSE_TOLL)
def test_the_toll_a_response_clause_gave_goes_to_its_event(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-12-26")
    assert _triples(drafts) == [
        ("retaliatory_strike", "hillah", "2023-12-26"),
        ("attack", "erbil-airport", "2023-12-25"),
    ]
    strike, attack = drafts
    assert strike.incident.responds_to == (attack.incident.id,)
    assert (strike.incident.killed, strike.incident.wounded) == (None, None)
    assert (attack.incident.wounded, attack.incident.actor, attack.incident.claim_status) == (
        3,
        "Islamic Resistance in Iraq",
        "claimed",
    )

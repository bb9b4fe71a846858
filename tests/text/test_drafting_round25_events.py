"""Round 25's event rules (after unseen21), each told in Arabic, Persian and English; the
sentences are written for these tests (none is taken from an evaluation set):

- a state's forces that only report what militants did ("US forces said militants
  targeted X", ``قالت القوات الأمريكية إن مسلحين استهدفوا``, ``نیروهای آمریکایی گفتند
  شبه‌نظامیان … را هدف قرار دادند``) tell a militia attack, not a US strike;
- militants after a site noun of a Persian object closed by ``را`` are the side hit: the
  bare country before them strikes (``آمریکا روز جمعه مواضع شبه‌نظامیان در X را بمباران
  کرد``);
- "left three U.S. soldiers dead" names the dead, not a striker;
- a US president's order names the striker ("At President Biden's direction, jets hit",
  ``بأمر من الرئيس بايدن``, ``به دستور بایدن``);
- a reaction in a speaker's aside ("…, according to a spokesman, who called the raids a
  breach") does not make the sentence a reaction: the places it names are struck.
"""

from __future__ import annotations

import pytest

from geoincidents.text import actors
from geoincidents.text.drafting import draft_article
from geoincidents.text.folding import fold_text

FRIDAY = "2024-02-02"


def _drafts(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date), d.incident.actor)
        for d in draft_article(text, "2024-02-04").drafts
    ]


REPORTED_ATTACKS = [
    pytest.param(
        "US forces said militants targeted the Ain al-Asad base with rockets on Friday.", id="en"
    ),
    pytest.param(
        "قالت القوات الأمريكية إن مسلحين استهدفوا قاعدة عين الأسد بصواريخ يوم الجمعة.", id="ar"
    ),
    pytest.param(
        "نیروهای آمریکایی گفتند شبه‌نظامیان روز جمعه پایگاه عین الاسد را با راکت هدف قرار دادند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", REPORTED_ATTACKS)
def test_militants_reported_by_us_forces_attack(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY, "")]


OWN_STRIKES_REPORTED = [
    pytest.param("US forces said they struck militants near al-Qaim on Friday.", id="en"),
    pytest.param("قالت القوات الأمريكية إنها قصفت مواقع المسلحين في القائم يوم الجمعة.", id="ar"),
    pytest.param(
        "نیروهای آمریکایی گفتند روز جمعه مواضع شبه‌نظامیان در القائم را هدف قرار دادند.", id="fa"
    ),
]


@pytest.mark.parametrize("text", OWN_STRIKES_REPORTED)
def test_us_forces_telling_their_own_strike_still_strike(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States")]


BARE_COUNTRY = [
    pytest.param("The United States on Friday bombed militant positions in al-Qaim.", id="en"),
    pytest.param("قصفت الولايات المتحدة يوم الجمعة مواقع المسلحين في القائم.", id="ar"),
    pytest.param("آمریکا روز جمعه مواضع شبه‌نظامیان در القائم را بمباران کرد.", id="fa"),
]


@pytest.mark.parametrize("text", BARE_COUNTRY)
def test_bare_country_striking_militant_sites(text: str) -> None:
    assert actors.state_striker(fold_text(text).folded) == "United States"
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States")]


def test_militants_as_the_persian_subject_strike_nothing_of_the_us() -> None:
    text = "آمریکا روز جمعه گفت شبه‌نظامیان پایگاه عین الاسد را با راکت هدف قرار دادند."
    assert actors.state_striker(fold_text(text).folded) is None
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY, "")]


TOLL_OF_US_DEAD = [
    pytest.param(
        "The Jan. 28 drone attack on Tower 22 left three U.S. Army reservists dead.", id="en"
    ),
    pytest.param(
        "أسفر هجوم بطائرة مسيرة على البرج 22 في 28 يناير عن مقتل ثلاثة جنود أمريكيين.", id="ar"
    ),
    pytest.param("حمله پهپادی ۲۸ ژانویه به برج ۲۲ سه سرباز آمریکایی را کشت.", id="fa"),
]


@pytest.mark.parametrize("text", TOLL_OF_US_DEAD)
def test_us_dead_of_an_attack_are_no_striker(text: str) -> None:
    assert _drafts(text) == [("attack", "tower-22", "2024-01-28", "")]


def test_left_with_no_toll_after_is_not_the_dead() -> None:
    f = fold_text("The convoy left three U.S. bases on Friday and jets struck al-Qaim").folded
    assert actors._object_of_hurt(f, f.index("u.s.")) is False


ORDERED_STRIKES = [
    pytest.param(
        "At President Biden's direction, F-15E jets hit militia depots near al-Qaim on Friday.",
        id="en",
    ),
    pytest.param(
        "بأمر من الرئيس بايدن، قصفت مقاتلات يوم الجمعة مخازن للفصائل قرب القائم.", id="ar"
    ),
    pytest.param(
        "به دستور بایدن، جنگنده‌ها روز جمعه انبارهای شبه‌نظامیان در نزدیکی القائم را بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ORDERED_STRIKES)
def test_a_us_presidents_order_names_the_striker(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States")]


PRESIDENT_ONLY_SPEAKS = [
    pytest.param("Biden said militants fired rockets at the Ain al-Asad base on Friday.", id="en"),
    pytest.param("قال بايدن إن مسلحين أطلقوا صواريخ على قاعدة عين الأسد يوم الجمعة.", id="ar"),
    pytest.param(
        "بایدن گفت شبه‌نظامیان روز جمعه پایگاه عین الاسد را با راکت هدف قرار دادند.", id="fa"
    ),
]


@pytest.mark.parametrize("text", PRESIDENT_ONLY_SPEAKS)
def test_a_president_telling_an_attack_strikes_nothing(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY, "")]


def test_an_order_with_no_strike_names_no_striker() -> None:
    text = "At President Biden's direction, envoys met in Doha on Friday."
    assert actors.state_striker(fold_text(text).folded) is None


ASIDE_REACTIONS = [
    pytest.param(
        "US jets struck militia sites on Friday.\n\nThe strikes hit depots. In Iraq, the "
        "targets were in al-Qaim and near the town of Akashat, according to a spokesman for "
        "the prime minister, who called the raids a breach of Iraqi sovereignty.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية مواقع للفصائل يوم الجمعة.\n\nوطالت الضربات مخازن. وفي العراق "
        "كانت الأهداف في القائم وعكاشات، بحسب متحدث باسم الحكومة، الذي ندد بالغارات.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضع شبه‌نظامیان را بمباران کردند.\n\nاین حملات "
        "انبارها را هدف قرار داد. در عراق، اهداف در القائم و نزدیکی عکاشات بودند، به گفته "
        "سخنگوی دولت، که این حملات را نقض حاکمیت عراق خواند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ASIDE_REACTIONS)
def test_a_speakers_aside_reaction_keeps_the_sites(text: str) -> None:
    assert _drafts(text) == [
        ("retaliatory_strike", "al-qaim", FRIDAY, "United States"),
        ("retaliatory_strike", "akashat", FRIDAY, "United States"),
    ]


REACTIONS = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday.\n\nThe Iraqi government called "
        "the raids on al-Qaim a breach of Iraqi sovereignty.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية مواقع للفصائل قرب القائم يوم الجمعة.\n\nونددت الحكومة العراقية "
        "بالغارات على القائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضع شبه‌نظامیان در القائم را بمباران کردند.\n\nدولت "
        "عراق حملات به القائم را نقض حاکمیت عراق خواند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", REACTIONS)
def test_a_reaction_of_its_own_is_still_no_event(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States")]


def _drafts_on(text: str, published: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date), d.incident.actor)
        for d in draft_article(text, published).drafts
    ]


APPOSITIVE_DAYS = [
    pytest.param(
        "Washington said the strikes came in response to the attack on Tower 22 in Jordan, on "
        "Jan. 28, which killed three American soldiers.",
        id="en",
    ),
    pytest.param(
        "وقالت واشنطن إن الغارات جاءت رداً على هجوم البرج 22 في الأردن، في الثامن والعشرين "
        "من كانون الثاني/يناير، الذي قتل ثلاثة جنود أمريكيين.",
        id="ar",
    ),
    pytest.param(
        "واشنگتن گفت این حملات در پاسخ به حمله به برج ۲۲ در اردن، در ۲۸ ژانویه، که سه سرباز "
        "آمریکایی را کشت، انجام شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", APPOSITIVE_DAYS)
def test_a_day_set_off_after_the_clause_dates_the_answered_event(text: str) -> None:
    assert _drafts_on(text, "2024-02-05") == [("attack", "tower-22", "2024-01-28", "")]


def test_a_day_set_off_with_no_relative_clause_stays_the_strikes() -> None:
    text = "US jets struck al-Qaim in response to attacks on US forces, on Friday, officials said."
    assert _drafts_on(text, "2024-02-05") == [
        ("retaliatory_strike", "al-qaim", "2024-02-02", "United States")
    ]


AFTER_CLAUSES = [
    pytest.param(
        "After rockets hit the Ain al-Asad base on December 27, killing an American "
        "contractor, U.S. jets struck Kataib Hezbollah positions around al-Qaim on December 29.",
        id="en",
    ),
    pytest.param(
        "بعد أن سقطت صواريخ على قاعدة عين الأسد في 27 ديسمبر، قصفت مقاتلات أمريكية مواقع "
        "لكتائب حزب الله قرب القائم في 29 ديسمبر.",
        id="ar",
    ),
    pytest.param(
        "پس از آنکه راکت‌ها در ۲۷ دسامبر به پایگاه عین الاسد اصابت کردند، جنگنده‌های آمریکایی "
        "در ۲۹ دسامبر مواضع کتائب حزب‌الله در نزدیکی القائم را بمباران کردند.",
        id="fa",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی در ۲۹ دسامبر پس از آن مواضع کتائب حزب‌الله در نزدیکی القائم را "
        "بمباران کردند که راکت‌ها در ۲۷ دسامبر به پایگاه عین الاسد اصابت کردند.",
        id="fa-split",
    ),
]


@pytest.mark.parametrize("text", AFTER_CLAUSES)
def test_after_opening_a_clause_names_the_attack_answered(text: str) -> None:
    drafts = draft_article(text, "2020-01-05").drafts
    got = sorted(
        (d.incident.kind, d.incident.target.place_id, str(d.incident.date)) for d in drafts
    )
    assert got == [
        ("attack", "ain-al-asad", "2019-12-27"),
        ("retaliatory_strike", "al-qaim", "2019-12-29"),
    ]
    strike = next(d for d in drafts if d.incident.kind == "retaliatory_strike")
    attack = next(d for d in drafts if d.incident.kind == "attack")
    assert strike.incident.actor == "United States"
    assert strike.incident.responds_to == (attack.incident.id,)


AFTER_WITH_NO_STRIKE = [
    pytest.param(
        "Three soldiers were hurt after rockets hit the Ain al-Asad base on December 27.", id="en"
    ),
    pytest.param("أصيب ثلاثة جنود بعد أن سقطت صواريخ على قاعدة عين الأسد في 27 ديسمبر.", id="ar"),
    pytest.param(
        "سه سرباز پس از آنکه راکت‌ها در ۲۷ دسامبر به پایگاه عین الاسد اصابت کردند زخمی شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", AFTER_WITH_NO_STRIKE)
def test_after_with_no_state_strike_tells_the_event_itself(text: str) -> None:
    assert _drafts_on(text, "2020-01-05") == [("attack", "ain-al-asad", "2019-12-27", "")]


DAYS_LATER = [
    pytest.param(
        "After rockets hit the Ain al-Asad base on December 27, U.S. jets struck Kataib "
        "Hezbollah positions around al-Qaim two days later.",
        id="en",
    ),
    pytest.param(
        "بعد أن سقطت صواريخ على قاعدة عين الأسد في 27 ديسمبر، قصفت مقاتلات أمريكية بعد ذلك "
        "بيومين مواقع لكتائب حزب الله قرب القائم.",
        id="ar",
    ),
    pytest.param(
        "پس از آنکه راکت‌ها در ۲۷ دسامبر به پایگاه عین الاسد اصابت کردند، جنگنده‌های آمریکایی "
        "دو روز بعد مواضع کتائب حزب‌الله در نزدیکی القائم را بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", DAYS_LATER)
def test_days_later_count_from_the_clauses_event(text: str) -> None:
    # (an event told before, months later, must not be the day counted from)
    drafts = _drafts_on("Rockets hit Camp Taji on Wednesday. " + text, "2020-03-15")
    assert ("retaliatory_strike", "al-qaim", "2019-12-29", "United States") in drafts
    assert ("attack", "ain-al-asad", "2019-12-27", "") in drafts


FAR_TOWN_AND_SITE = [
    pytest.param(
        "US jets struck depots near Jurf al-Sakhar, south of Baghdad, and at the Karbala "
        "airport on Friday.",
        id="en",
    ),
    pytest.param("قصفت مقاتلات أمريكية يوم الجمعة مخازن قرب جرف الصخر وفي مطار كربلاء.", id="ar"),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه انبارهایی در نزدیکی جرف الصخر و در فرودگاه کربلا را "
        "بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FAR_TOWN_AND_SITE)
def test_a_far_town_joined_to_a_site_is_a_target_of_its_own(text: str) -> None:
    assert _drafts_on(text, "2020-03-15") == [
        ("retaliatory_strike", "jurf-al-sakhar", "2020-03-13", "United States"),
        ("retaliatory_strike", "karbala-airport", "2020-03-13", "United States"),
    ]


NEAR_TOWN_OF_A_SITE = [
    pytest.param("Rockets hit the Ain al-Asad air base near al-Baghdadi on Friday.", id="en"),
    pytest.param("سقطت صواريخ على قاعدة عين الأسد قرب البغدادي يوم الجمعة.", id="ar"),
    pytest.param("راکت‌ها روز جمعه به پایگاه عین الاسد در نزدیکی البغدادی اصابت کردند.", id="fa"),
]


@pytest.mark.parametrize("text", NEAR_TOWN_OF_A_SITE)
def test_the_town_by_a_site_still_only_locates_it(text: str) -> None:
    assert _drafts_on(text, "2020-03-15") == [("attack", "ain-al-asad", "2020-03-13", "")]


ANSWERED_WITH_STRIKES = [
    pytest.param(
        "Washington answered early Friday with air strikes on five depots of the group. Iraqi "
        "statements located them near Jurf al-Sakhar and at the Karbala airport, where a "
        "worker was killed.",
        id="en",
    ),
    pytest.param(
        "ردت واشنطن فجر الجمعة بغارات جوية على خمسة مخازن للجماعة. وحددت بيانات عراقية "
        "مواقعها قرب جرف الصخر وفي مطار كربلاء، حيث قتل عامل.",
        id="ar",
    ),
    pytest.param(
        "واشنگتن صبح جمعه با حملات هوایی به پنج انبار سلاح این گروه پاسخ داد. بیانیه‌های عراقی "
        "محل آنها را در نزدیکی جرف الصخر و در فرودگاه کربلا اعلام کردند که یک کارگر کشته شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ANSWERED_WITH_STRIKES)
def test_strikes_answered_with_and_located_after(text: str) -> None:
    got = _drafts_on(text, "2020-03-15")
    assert [g[:2] for g in got] == [
        ("retaliatory_strike", "jurf-al-sakhar"),
        ("retaliatory_strike", "karbala-airport"),
    ]
    assert {g[3] for g in got} == {"United States"}


def test_answering_with_words_strikes_nothing() -> None:
    f = fold_text("Washington answered with a statement on Friday.").folded
    assert actors.state_striker(f) is None


SOME_OF_THE_TARGETS = [
    pytest.param(
        "US jets bombed three Kataib Hezbollah headquarters early on Tuesday. Iraqi security "
        "sources said two of the targets were in Jurf al-Sakhar, in northern Babil, and "
        "al-Qaim, in western Anbar.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية فجر الثلاثاء ثلاثة مقرات لكتائب حزب الله. وقالت مصادر أمنية "
        "عراقية إن اثنين من الأهداف كانا في جرف الصخر شمال بابل والقائم غرب الأنبار.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی بامداد سه‌شنبه سه مقر کتائب حزب‌الله را بمباران کردند. منابع "
        "امنیتی عراقی گفتند دو مورد از اهداف در منطقه جرف النصر در شمال استان بابل و منطقه "
        "القائم در غرب الانبار قرار داشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SOME_OF_THE_TARGETS)
def test_two_of_the_targets_place_the_strikes(text: str) -> None:
    assert _drafts_on(text, "2024-01-24") == [
        ("retaliatory_strike", "jurf-al-sakhar", "2024-01-23", "United States"),
        ("retaliatory_strike", "al-qaim", "2024-01-23", "United States"),
    ]


def test_two_of_the_targets_of_an_attack_stay_attacks() -> None:
    text = (
        "Militants fired rockets at three bases early on Tuesday. Officials said two of the "
        "targets were Ain al-Asad and Harir."
    )
    assert _drafts_on(text, "2024-01-24") == [
        ("attack", "ain-al-asad", "2024-01-23", ""),
        ("attack", "harir-air-base", "2024-01-23", ""),
    ]


PREEMPTED_LAUNCHES = [
    pytest.param(
        "U.S. Central Command said forces carried out a strike in Musayyib on July 30 against "
        "militants it said were trying to launch attack drones.",
        id="en",
    ),
    pytest.param(
        "قالت القيادة المركزية الأمريكية إن قوات نفذت ضربة في المسيب في 30 يوليو ضد مسلحين "
        "قالت إنهم كانوا يحاولون إطلاق طائرات مسيرة.",
        id="ar",
    ),
    pytest.param(
        "سنتکام اعلام کرد نیروهای آمریکایی در ۳۰ ژوئیه در المسیب شبه‌نظامیانی را که در تلاش "
        "برای پرتاب پهپاد بودند هدف قرار دادند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PREEMPTED_LAUNCHES)
def test_a_strike_on_militants_trying_to_launch_is_preemptive(text: str) -> None:
    assert _drafts_on(text, "2024-07-31") == [
        ("preemptive_strike", "musayyib", "2024-07-30", "United States")
    ]


def test_a_strike_on_militants_who_had_launched_answers() -> None:
    text = (
        "U.S. Central Command said forces carried out a strike in Musayyib on July 30 against "
        "militants who had launched attack drones."
    )
    assert _drafts_on(text, "2024-07-31") == [
        ("retaliatory_strike", "musayyib", "2024-07-30", "United States")
    ]


@pytest.mark.parametrize(
    ("text", "striker"),
    [
        ("U.S. Central Command said forces carried out a strike in Musayyib", "United States"),
        ("قالت القيادة المركزية الأمريكية إن قوات نفذت ضربة في المسيب", "United States"),
        ("U.S. Central Command said forces at al-Tanf repelled a drone", None),
        ("قالت القيادة المركزية الأمريكية إن قوات تعرضت لهجوم في التنف", None),
    ],
)
def test_bare_forces_a_state_body_reports_striking_are_its_own(
    text: str, striker: str | None
) -> None:
    assert actors.state_striker(fold_text(text).folded) == striker


BLAST_WALLS = [
    pytest.param(
        "Inside the blast walls of the Ain al-Asad base, where the reporter spent Thursday, "
        "troops have grown used to sirens.",
        id="en",
    ),
    pytest.param(
        "داخل الجدران المقاومة للانفجار في قاعدة عين الأسد، حيث أمضى المراسل يوم الخميس، اعتاد "
        "الجنود على صفارات الإنذار.",
        id="ar",
    ),
    pytest.param(
        "درون دیوارهای ضد انفجار پایگاه عین الاسد، جایی که خبرنگار روز پنجشنبه را گذراند، "
        "سربازان به صدای آژیر عادت کرده‌اند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", BLAST_WALLS)
def test_blast_walls_are_no_blast(text: str) -> None:
    assert _drafts_on(text, "2023-10-20") == []


def test_a_blast_at_the_blast_walls_is_still_a_blast() -> None:
    text = "A blast hit the blast walls of the Ain al-Asad base on Thursday."
    assert _drafts_on(text, "2023-10-20") == [("explosion", "ain-al-asad", "2023-10-19", "")]


THE_BASE_OF_THE_OPENING = [
    pytest.param(
        "Inside the walls of the Ain al-Asad base, troops have grown used to sirens.\n\nOn "
        "Wednesday, three drones flew at the base; two were shot down and the third crashed "
        "inside the perimeter.",
        id="en",
    ),
    pytest.param(
        "داخل أسوار قاعدة عين الأسد، اعتاد الجنود على صفارات الإنذار.\n\nيوم الأربعاء، حلقت ثلاث "
        "طائرات مسيرة نحو القاعدة؛ أسقطت اثنتان وتحطمت الثالثة داخل السور.",
        id="ar",
    ),
    pytest.param(
        "درون دیوارهای پایگاه عین الاسد، سربازان به صدای آژیر عادت کرده‌اند.\n\nروز چهارشنبه سه "
        "پهپاد به سوی این پایگاه پرواز کردند؛ دو فروند سرنگون شدند و سومی درون محوطه سقوط کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THE_BASE_OF_THE_OPENING)
def test_the_base_opening_a_paragraph_is_the_opening_paragraphs_site(text: str) -> None:
    got = _drafts_on(text, "2023-10-20")
    assert [g[1:3] for g in got] == [("ain-al-asad", "2023-10-18")]
    assert got[0][0] in ("attack", "interception")


def test_the_base_after_an_event_told_is_not_the_paragraph_befores() -> None:
    text = (
        "A drone hit Tower 22 on Sunday, killing three soldiers. The outpost supports the "
        "nearby al-Tanf mission.\n\nOfficials said the drone came as a US drone was returning "
        "to the base."
    )
    assert [g[:2] for g in _drafts_on(text, "2024-01-29")] == [("attack", "tower-22")]


GROUP_SITE_OF_THE_STRIKES = [
    pytest.param(
        "US forces struck three facilities used by Kataib Hezbollah in Iraq on Monday night."
        "\n\nThe Pentagon said the attack had wounded three soldiers.\n\nIraqi security sources "
        "said one of the targets was a Popular Mobilization Forces headquarters near Hillah, "
        "where one fighter was killed.",
        id="en",
    ),
    pytest.param(
        "قصفت القوات الأمريكية ثلاث منشآت لكتائب حزب الله في العراق مساء الاثنين.\n\nوقال "
        "البنتاغون إن الهجوم أصاب ثلاثة جنود.\n\nوقالت مصادر أمنية عراقية إن أحد الأهداف كان "
        "مقرا للحشد الشعبي قرب الحلة، حيث قتل مقاتل.",
        id="ar",
    ),
    pytest.param(
        "نیروهای آمریکایی دوشنبه شب سه مقر کتائب حزب‌الله را در عراق بمباران کردند.\n\nپنتاگون "
        "گفت این حمله سه سرباز را زخمی کرد.\n\nمنابع امنیتی عراقی گفتند یکی از اهداف مقر حشد "
        "الشعبی در نزدیکی حله بود که یک رزمنده در آن کشته شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", GROUP_SITE_OF_THE_STRIKES)
def test_a_groups_site_among_the_targets_is_the_strikes(text: str) -> None:
    assert _drafts_on(text, "2023-12-26") == [
        ("retaliatory_strike", "hillah", "2023-12-25", "United States")
    ]


SPECULATED_ANSWERS = [
    pytest.param(
        "Analysts say Washington may respond with new strikes in Albu Kamal or Jurf al-Sakhar.",
        id="en",
    ),
    pytest.param("ويرى محللون أن واشنطن قد ترد بضربات جديدة في البوكمال أو جرف الصخر.", id="ar"),
    pytest.param(
        "تحلیلگران می‌گویند واشنگتن ممکن است با حملات تازه‌ای در البوکمال یا جرف الصخر پاسخ دهد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SPECULATED_ANSWERS)
def test_a_speculated_answer_is_no_event(text: str) -> None:
    assert _drafts_on(text, "2023-11-21") == []


STRIKES_TOLD_THEN_MORE_SPECULATED = [
    pytest.param(
        "US jets struck Albu Kamal on Monday, and officials said they may strike again.", id="en"
    ),
    pytest.param("قصفت مقاتلات أمريكية البوكمال يوم الاثنين.", id="ar"),
    pytest.param("جنگنده‌های آمریکایی روز دوشنبه البوکمال را بمباران کردند.", id="fa"),
]


@pytest.mark.parametrize("text", STRIKES_TOLD_THEN_MORE_SPECULATED)
def test_a_strike_told_as_done_is_still_drafted(text: str) -> None:
    assert _drafts_on(text, "2023-11-21") == [
        ("retaliatory_strike", "albu-kamal", "2023-11-20", "United States")
    ]


DEPOTS_EXPLODED = [
    pytest.param(
        "On Aug. 12 ammunition depots exploded at the Saqr camp south of Baghdad, killing one "
        "person and wounding 29.",
        id="en",
    ),
    pytest.param(
        "ففي الثاني عشر من آب/أغسطس انفجرت مخازن عتاد في معسكر الصقر جنوبي بغداد، ما أدى إلى "
        "مقتل شخص وإصابة 29 آخرين.",
        id="ar",
    ),
    pytest.param(
        "در ۱۲ اوت انبارهای مهمات در اردوگاه الصقر در جنوب بغداد منفجر شد و یک نفر کشته و ۲۹ "
        "نفر زخمی شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", DEPOTS_EXPLODED)
def test_depots_that_exploded_are_an_explosion(text: str) -> None:
    assert _drafts_on(text, "2019-08-21") == [("explosion", "baghdad", "2019-08-12", "")]


def test_depots_struck_by_a_drone_are_an_attack() -> None:
    text = (
        "قصفت طائرة مسيرة مخازن عتاد في معسكر الصقر جنوبي بغداد يوم 12 أغسطس، ما أدى إلى مقتل شخص."
    )
    assert _drafts_on(text, "2019-08-21") == [("attack", "baghdad", "2019-08-12", "")]


def test_a_drone_that_exploded_is_still_an_attack() -> None:
    text = "انفجرت طائرة مسيرة فوق معسكر الصقر جنوبي بغداد يوم 12 أغسطس بعد أن أطلقها مسلحون."
    assert _drafts_on(text, "2019-08-21") == [("attack", "baghdad", "2019-08-12", "")]


CALLED_AN_AGGRESSION = [
    pytest.param(
        "A US drone struck a car in Baghdad on Wednesday.\n\nA spokesman for Iraq's "
        "commander-in-chief called the strike a blatant aggression and said Baghdad would "
        "review its ties with the coalition.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرة مسيرة أمريكية سيارة في بغداد يوم الأربعاء.\n\nووصف المتحدث باسم القائد العام "
        "للقوات المسلحة العراقية الضربة بأنها عدوان سافر وقال إن بغداد ستراجع علاقاتها مع "
        "التحالف.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد آمریکایی روز چهارشنبه خودرویی را در بغداد هدف قرار داد.\n\nسخنگوی فرمانده کل "
        "نیروهای مسلح عراق این حمله را «تجاوز آشکار» خواند و گفت بغداد در روابط خود با ائتلاف "
        "تجدیدنظر خواهد کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CALLED_AN_AGGRESSION)
def test_calling_the_strike_an_aggression_is_a_reaction(text: str) -> None:
    assert _drafts_on(text, "2024-02-08") == [
        ("retaliatory_strike", "baghdad", "2024-02-07", "United States")
    ]


def test_an_aggression_told_as_an_event_is_still_drafted() -> None:
    text = "شبه‌نظامیان روز چهارشنبه با راکت به پایگاه عین الاسد حمله کردند."
    assert _drafts_on(text, "2024-02-08") == [("attack", "ain-al-asad", "2024-02-07", "")]


IMMINENT_ATTACKS_AFTER = [
    pytest.param(
        "Soleimani was killed when a US drone fired on his convoy at Baghdad airport on Friday. "
        "Washington said he had been planning imminent attacks on Americans.",
        id="en",
    ),
    pytest.param(
        "قتل سليماني عندما أطلقت طائرة مسيرة أمريكية النار على موكبه في مطار بغداد يوم الجمعة. "
        "وقالت واشنطن إنه كان يخطط لهجمات وشيكة على الأمريكيين.",
        id="ar",
    ),
    pytest.param(
        "سلیمانی روز جمعه هنگامی که یک پهپاد آمریکایی به کاروان او در فرودگاه بغداد شلیک کرد "
        "کشته شد. واشنگتن گفت او در حال طراحی حملات قریب‌الوقوع علیه آمریکایی‌ها بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", IMMINENT_ATTACKS_AFTER)
def test_imminent_attacks_told_after_make_the_strike_preemptive(text: str) -> None:
    assert _drafts_on(text, "2020-01-08") == [
        ("preemptive_strike", "baghdad-airport", "2020-01-03", "United States")
    ]


def test_past_attacks_told_after_leave_the_strike_retaliatory() -> None:
    text = (
        "A US drone fired on a convoy at Baghdad airport on Friday. Washington said the "
        "militia had carried out attacks on Americans."
    )
    assert _drafts_on(text, "2020-01-08") == [
        ("retaliatory_strike", "baghdad-airport", "2020-01-03", "United States")
    ]


FIRST_SALVOS = [
    pytest.param(
        "Rockets crashed into Camp Taji on Saturday, the second time in four days.\n\nThe first "
        "salvo, 18 rockets on Wednesday evening, killed two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على معسكر التاجي يوم السبت، للمرة الثانية خلال أربعة أيام.\n\nوكانت "
        "الرشقة الأولى، 18 صاروخا مساء الأربعاء، قد قتلت جنديين.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها روز شنبه برای دومین بار در چهار روز به اردوگاه التاجی اصابت کردند.\n\nحمله "
        "نخست، با ۱۸ راکت در شامگاه چهارشنبه، دو سرباز را کشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FIRST_SALVOS)
def test_the_first_salvo_is_the_earlier_attack_on_the_site(text: str) -> None:
    assert [g[:3] for g in _drafts_on(text, "2020-03-15")] == [
        ("attack", "camp-taji", "2020-03-14"),
        ("attack", "camp-taji", "2020-03-11"),
    ]


FIRST_OF_ITS_KIND = [
    pytest.param(
        "Rockets crashed into Camp Taji on Saturday.\n\nIt was the first attack of its kind in "
        "two months.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على معسكر التاجي يوم السبت.\n\nوهذا الهجوم الأول من نوعه منذ شهرين.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها روز شنبه به اردوگاه التاجی اصابت کردند.\n\nاین نخستین حمله از این دست پس از "
        "دو ماه است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FIRST_OF_ITS_KIND)
def test_the_first_attack_of_its_kind_is_no_second_event(text: str) -> None:
    assert [g[:3] for g in _drafts_on(text, "2020-03-15")] == [
        ("attack", "camp-taji", "2020-03-14")
    ]

"""Round 26's rules for the misses of unseen22, each told in Arabic, Persian and English;
the sentences are written for these tests (none is taken from an evaluation set):

- a reaction told as missing ("Tehran has not reacted to the attacks", ``لم تعلق``,
  ``واکنشی … نشان نداده``) tells no event at the town that did not react;
- a base's aircraft and drones told as what it houses tell no strike;
- a blast that hit a convoy or patrol is an attack on it (a bomb against a convoy);
- a bomb defused by the active verb (``فككت``) is no event;
- the cause a hostile outlet calls a pretext (``به بهانه``, ``بذريعة``, "on the pretext
  of") is the event answered, not a site struck;
- a strike the sentence after calls a pre-emption of imminent attacks is pre-emptive;
- "Iran fired 16 missiles: 11 struck X and one hit Y": 11 at X, one at Y;
- the forces an Arabic relative clause's verb targeted are the side hit (the clause goes on
  to the attack it lists);
- the forces working at a base ("where coalition forces train troops") strike nothing;
- a threat naming bases ("warned that US bases, including X, are in range") names no
  strike's site.
"""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article

PUBLISHED = "2024-02-04"
FRIDAY = "2024-02-02"


def _drafts(text: str) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date))
        for d in draft_article(text, PUBLISHED).drafts
    ]


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [
        (d.incident.target.place_id or "", d.incident.count)
        for d in draft_article(text, PUBLISHED).drafts
    ]


# ---------------------------------------------------------------- no reaction yet

NO_REACTION = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday. Tehran has not reacted to "
        "the strikes.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم يوم الجمعة. ولم تعلق طهران على "
        "الغارات حتى الآن.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در نزدیکی القائم را بمباران کردند. تهران "
        "تاکنون واکنشی به این حملات نشان نداده است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NO_REACTION)
def test_a_reaction_told_as_missing_is_no_event(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY)]


NO_REACTION_NEAR_MISS = [
    pytest.param(
        "Rockets hit the Ain al-Asad base on Friday, and Tehran has not reacted.", id="en"
    ),
    pytest.param("سقطت صواريخ على قاعدة عين الأسد يوم الجمعة ولم تعلق طهران.", id="ar"),
    pytest.param(
        "روز جمعه چند راکت به پایگاه عین‌الاسد اصابت کرد و تهران تاکنون واکنشی نشان نداده است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", NO_REACTION_NEAR_MISS)
def test_an_attack_told_beside_no_reaction_stays(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY)]


# ---------------------------------------------------------------- what a base houses

HOSTED_ARMS = [
    pytest.param(
        "Rockets hit the Ain al-Asad base on Friday. Ain al-Asad has long housed American "
        "aircraft and drones.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة. وتضم عين الأسد طائرات ومسيرات أمريكية.",
        id="ar",
    ),
    pytest.param(
        "روز جمعه چند راکت به پایگاه عین‌الاسد اصابت کرد. پایگاه عین‌الاسد میزبان "
        "هواپیماها و پهپادهای آمریکایی است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", HOSTED_ARMS)
def test_the_arms_a_base_houses_are_no_strike(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY)]


HOSTED_NEAR_MISS = [
    pytest.param(
        "Drones attacked the Ain al-Asad base, which houses US troops, on Friday.", id="en"
    ),
    pytest.param("هاجمت طائرات مسيرة يوم الجمعة قاعدة عين الأسد التي تضم قوات أمريكية.", id="ar"),
    pytest.param(
        "پایگاه عین‌الاسد که میزبان نظامیان آمریکایی است، روز جمعه مورد حمله پهپادی قرار گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", HOSTED_NEAR_MISS)
def test_an_attack_on_a_base_told_with_what_it_hosts_stays(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY)]


# ---------------------------------------------------------------- a convoy bombed

CONVOY_BOMBED = [
    pytest.param("On Friday a supply convoy was hit by a blast near Samawah.", id="en"),
    pytest.param("وتعرض رتل للتحالف لتفجير قرب السماوة يوم الجمعة.", id="ar"),
    pytest.param(
        "روز جمعه یک کاروان لجستیکی ائتلاف در نزدیکی سماوه هدف انفجار قرار گرفت.", id="fa"
    ),
]


@pytest.mark.parametrize("text", CONVOY_BOMBED)
def test_a_blast_that_hit_a_convoy_is_an_attack(text: str) -> None:
    assert _drafts(text) == [("attack", "samawah", FRIDAY)]


BLAST_NEAR_MISS = [
    pytest.param("On Friday a blast tore through a depot near Samawah.", id="en"),
    pytest.param("ووقع انفجار في مستودع قرب السماوة يوم الجمعة.", id="ar"),
    pytest.param("روز جمعه انفجاری در یک انبار در نزدیکی سماوه رخ داد.", id="fa"),
]


@pytest.mark.parametrize("text", BLAST_NEAR_MISS)
def test_a_blast_at_a_depot_stays_an_explosion(text: str) -> None:
    assert _drafts(text) == [("explosion", "samawah", FRIDAY)]


# ---------------------------------------------------------------- a bomb defused

DEFUSED = [
    pytest.param("On Friday police defused a bomb planted on the road near Samawah.", id="en"),
    pytest.param("وفككت فرق الهندسة يوم الجمعة عبوة ناسفة قرب السماوة قبل انفجارها.", id="ar"),
    pytest.param("روز جمعه یک بمب کنار جاده‌ای در نزدیکی سماوه خنثی‌سازی شد.", id="fa"),
]


@pytest.mark.parametrize("text", DEFUSED)
def test_a_bomb_defused_is_no_event(text: str) -> None:
    assert _drafts(text) == []


DEFUSED_NEAR_MISS = [
    pytest.param("On Friday a roadside bomb exploded near Samawah.", id="en"),
    pytest.param("وانفجرت عبوة ناسفة قرب السماوة يوم الجمعة.", id="ar"),
]


@pytest.mark.parametrize("text", DEFUSED_NEAR_MISS)
def test_a_bomb_that_went_off_stays(text: str) -> None:
    assert [k for k, _, _ in _drafts(text)] in (["attack"], ["explosion"])


# ---------------------------------------------------------------- a pretext

PRETEXT = [
    pytest.param(
        "US jets bombed militia sites near al-Qaim on Friday. Washington did so on the "
        "pretext of rocket attacks on the K-1 base.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم يوم الجمعة. ونفذت واشنطن الضربات "
        "بذريعة الهجمات الصاروخية على قاعدة كي وان.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در نزدیکی القائم را بمباران کردند. واشنگتن این "
        "حمله را به بهانه حملات راکتی به پایگاه کی‌وان انجام داده است.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PRETEXT)
def test_the_pretext_is_the_event_answered_not_a_site_struck(text: str) -> None:
    drafts = _drafts(text)
    assert ("retaliatory_strike", "al-qaim", FRIDAY) in drafts
    assert not any(k.endswith("strike") and p == "k1-air-base" for k, p, _ in drafts)


# ---------------------------------------------------------------- a pre-emption told after

PREEMPTED = [
    pytest.param(
        "A US drone struck a convoy at Baghdad airport on Friday. The Pentagon said the "
        "strike was meant to disrupt imminent attacks on Americans.",
        id="en",
    ),
    pytest.param(
        "استهدفت مسيرة أمريكية رتلا في مطار بغداد يوم الجمعة. وقال البنتاغون إن الضربة "
        "جاءت لإحباط هجمات وشيكة على الأمريكيين.",
        id="ar",
    ),
    pytest.param(
        "پهپاد آمریکایی روز جمعه خودرویی را در فرودگاه بغداد هدف قرار داد. پنتاگون گفت این "
        "حمله برای جلوگیری از حملات قریب‌الوقوع علیه آمریکایی‌ها بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PREEMPTED)
def test_a_strike_the_next_sentence_calls_pre_emptive_is_so(text: str) -> None:
    assert _drafts(text) == [("preemptive_strike", "baghdad-airport", FRIDAY)]


PREEMPTED_NEAR_MISS = [
    pytest.param(
        "A US drone struck a convoy at Baghdad airport on Friday. Officials later warned "
        "of more attacks on Americans.",
        id="en",
    ),
    pytest.param(
        "استهدفت مسيرة أمريكية رتلا في مطار بغداد يوم الجمعة. وقال البنتاغون إن الضربة "
        "جاءت ردا على هجمات سابقة.",
        id="ar",
    ),
    pytest.param(
        "پهپاد آمریکایی روز جمعه خودرویی را در فرودگاه بغداد هدف قرار داد. پنتاگون گفت این "
        "حمله پاسخی به حملات پیشین بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PREEMPTED_NEAR_MISS)
def test_a_strike_with_no_threat_told_after_stays_retaliatory(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "baghdad-airport", FRIDAY)]


# ---------------------------------------------------------------- counts by site

BY_SITE = [
    pytest.param(
        "Iran fired 16 missiles on Friday: 11 struck the Ain al-Asad base, one hit a "
        "compound at Erbil airport and four failed.",
        id="en",
    ),
    pytest.param(
        "أطلقت إيران 16 صاروخا يوم الجمعة، سقط 11 منها على قاعدة عين الأسد وأصاب صاروخ "
        "واحد مطار أربيل.",
        id="ar",
    ),
    pytest.param(
        "ایران روز جمعه ۱۶ موشک شلیک کرد که ۱۱ فروند آن به پایگاه عین‌الاسد اصابت کرد، یک "
        "فروند به فرودگاه اربیل اصابت کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", BY_SITE)
def test_each_site_gets_the_number_that_struck_it(text: str) -> None:
    assert _counts(text) == [("ain-al-asad", 11), ("erbil-airport", 1)]


BY_SITE_NEAR_MISS = [
    pytest.param(
        "Iran fired 16 missiles at the Ain al-Asad base and Erbil airport on Friday.", id="en"
    ),
    pytest.param("أطلقت إيران 16 صاروخا على قاعدة عين الأسد ومطار أربيل يوم الجمعة.", id="ar"),
]


@pytest.mark.parametrize("text", BY_SITE_NEAR_MISS)
def test_a_count_told_for_all_sites_stays_the_sentence_count(text: str) -> None:
    assert _counts(text) == [("ain-al-asad", 16), ("erbil-airport", 16)]


# ---------------------------------------------------------------- the side a clause hit

LISTED_ATTACK = [
    pytest.param(
        "A US drone struck a car in al-Qaim on Friday. CENTCOM said the strike answered "
        "the attacks that targeted US forces, including the January 28 attack on Tower 22.",
        id="en",
    ),
    pytest.param(
        "استهدفت مسيرة أمريكية سيارة في القائم يوم الجمعة. وقالت القيادة المركزية إن الضربة "
        "جاءت ردا على الهجمات التي استهدفت القوات الأمريكية، ومنها هجوم 28 كانون الثاني على "
        "البرج 22.",
        id="ar",
    ),
    pytest.param(
        "پهپاد آمریکایی روز جمعه خودرویی را در القائم هدف قرار داد. سنتکام گفت این حمله پاسخی "
        "به حملات علیه نیروهای آمریکایی، از جمله حمله ۸ بهمن به برج ۲۲، بود.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", LISTED_ATTACK)
def test_the_attack_a_strike_answers_is_no_strike_at_its_site(text: str) -> None:
    drafts = _drafts(text)
    assert ("retaliatory_strike", "al-qaim", FRIDAY) in drafts
    assert ("attack", "tower-22", "2024-01-28") in drafts
    assert not any(k.endswith("strike") and p == "tower-22" for k, p, _ in drafts)


# ---------------------------------------------------------------- forces at work on a base

FORCES_AT_WORK = [
    pytest.param(
        "Rockets hit Camp Taji, the base where coalition forces train Iraqi troops, on Friday.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ يوم الجمعة على معسكر التاجي حيث تدرب قوات التحالف القوات العراقية.",
        id="ar",
    ),
]


@pytest.mark.parametrize("text", FORCES_AT_WORK)
def test_the_forces_working_at_a_base_strike_nothing(text: str) -> None:
    assert _drafts(text) == [("attack", "camp-taji", FRIDAY)]


FORCES_NEAR_MISS = [
    pytest.param("Coalition jets struck militia sites near al-Qaim on Friday.", id="en"),
    pytest.param("قصفت طائرات التحالف مواقع للفصائل قرب القائم يوم الجمعة.", id="ar"),
]


@pytest.mark.parametrize("text", FORCES_NEAR_MISS)
def test_coalition_jets_still_strike(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY)]


# ---------------------------------------------------------------- a threat's places

THREAT_PLACES = [
    pytest.param(
        "US jets struck three sites on the border on Friday: two near Albu Kamal and one in "
        "al-Qaim.\n\nThe militias warned that US bases, including Ain al-Asad, are within "
        "range.",
        id="en",
    ),
    pytest.param(
        "هواپیماهای جنگی آمریکا روز جمعه سه نقطه در مرز را هدف قرار دادند؛ دو نقطه در البوکمال "
        "و یک نقطه در القائم.\n\nگروه‌های مقاومت هشدار دادند که پایگاه‌های آمریکا از جمله "
        "عین‌الاسد در تیررس آنها قرار دارد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THREAT_PLACES)
def test_a_threat_naming_bases_names_no_strike_site(text: str) -> None:
    drafts = _drafts(text)
    assert ("retaliatory_strike", "al-qaim", FRIDAY) in drafts
    assert not any(p == "ain-al-asad" for _, p, _ in drafts)


# ---------------------------------------------------------------- sites placed by a stative

SITES_LAY = [
    pytest.param(
        "US jets struck five sites of the group on Friday, three in Iraq and two in Syria."
        "\n\nThe three Iraqi sites lay near al-Qaim, while the two Syrian ones were on the "
        "outskirts of Albu Kamal.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية خمسة مواقع للفصائل يوم الجمعة، ثلاثة في العراق واثنان في سوريا."
        "\n\nوتقع المواقع العراقية قرب القائم، فيما تقع المواقع السورية في ضواحي البوكمال.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه پنج مقر گروه‌ها را بمباران کردند، سه مقر در عراق و دو "
        "مقر در سوریه.\n\nمقرهای عراقی در نزدیکی القائم قرار داشتند و مقرهای سوری در حومه "
        "البوکمال واقع بودند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITES_LAY)
def test_the_strikes_sites_placed_by_a_stative_are_struck(text: str) -> None:
    assert _drafts(text) == [
        ("retaliatory_strike", "al-qaim", FRIDAY),
        ("retaliatory_strike", "albu-kamal", FRIDAY),
    ]


SITES_LAY_NEAR_MISS = [
    pytest.param(
        "Rockets hit the Ain al-Asad base on Friday.\n\nThe three sites lay near al-Qaim, "
        "while the two others were on the outskirts of Albu Kamal.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة.\n\nوتقع المواقع العراقية قرب القائم.",
        id="ar",
    ),
    pytest.param(
        "روز جمعه چند راکت به پایگاه عین‌الاسد اصابت کرد.\n\nمقرهای عراقی در نزدیکی القائم "
        "قرار داشتند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SITES_LAY_NEAR_MISS)
def test_sites_placed_after_an_attack_are_no_strikes(text: str) -> None:
    assert _drafts(text) == [("attack", "ain-al-asad", FRIDAY)]


# ---------------------------------------------------------------- a list "in addition to" a site

ADDED_SITE = [
    pytest.param(
        "US jets struck sites in Jurf al-Sakhar and near Musayyib on Friday, as well as "
        "Karbala airport.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية يوم الجمعة مواقع في جرف الصخر وقرب المسيب، إضافة إلى مطار كربلاء.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در جرف الصخر و نزدیک مسیب و همچنین فرودگاه کربلا "
        "را بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ADDED_SITE)
def test_towns_listed_before_a_site_added_are_sites(text: str) -> None:
    assert _drafts(text) == [
        ("retaliatory_strike", place, FRIDAY)
        for place in ("jurf-al-sakhar", "musayyib", "karbala-airport")
    ]


ADDED_SITE_NEAR_MISS = [
    pytest.param("US jets struck the Karbala airport near Musayyib on Friday.", id="en"),
    pytest.param("قصفت طائرات أمريكية يوم الجمعة مطار كربلاء قرب المسيب.", id="ar"),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه فرودگاه کربلا در نزدیکی مسیب را بمباران کردند.", id="fa"
    ),
]


@pytest.mark.parametrize("text", ADDED_SITE_NEAR_MISS)
def test_a_town_locating_the_site_stays_a_locator(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "karbala-airport", FRIDAY)]


# ---------------------------------------------------------------- a rally's place, a summons

RALLY = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday. Baghdad condemned the raids, and "
        "militias called on supporters to protest outside the US embassy.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم يوم الجمعة. وأدانت الحكومة الغارات، فيما "
        "دعت فصائل أنصارها إلى التظاهر أمام السفارة الأمريكية.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در نزدیکی القائم را بمباران کردند. دولت عراق این "
        "حملات را محکوم کرد و گروه‌ها هواداران خود را به تجمع مقابل سفارت آمریکا فراخواندند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RALLY)
def test_a_rally_place_is_no_strike_site(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY)]


RALLY_NEAR_MISS = [
    pytest.param("Rockets hit the US embassy on Friday as protesters gathered nearby.", id="en"),
    pytest.param("سقطت صواريخ على السفارة الأمريكية يوم الجمعة أمام أنظار المتظاهرين.", id="ar"),
]


@pytest.mark.parametrize("text", RALLY_NEAR_MISS)
def test_an_attack_on_the_embassy_beside_a_rally_stays(text: str) -> None:
    assert _drafts(text) == [("attack", "us-embassy-baghdad", FRIDAY)]


SUMMONS = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday. The strikes killed 16 people, "
        "and Baghdad will summon the US envoy.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم يوم الجمعة. وقتل في الغارات ١٦ شخصا، "
        "وستستدعي بغداد السفير الأمريكي.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در نزدیکی القائم را بمباران کردند. در این حملات ۱۶ "
        "نفر کشته شدند و بغداد کاردار آمریکا را احضار خواهد کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SUMMONS)
def test_a_capital_summoning_an_envoy_is_no_strike_site(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY)]


SUMMONS_NEAR_MISS = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday. The strikes killed 16 people in "
        "Baghdad.",
        id="en",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در نزدیکی القائم را بمباران کردند. در این حملات ۱۶ "
        "نفر در بغداد کشته شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SUMMONS_NEAR_MISS)
def test_a_capital_where_the_strikes_killed_stays(text: str) -> None:
    assert ("retaliatory_strike", "baghdad", FRIDAY) in _drafts(text)


# ---------------------------------------------------------------- an army's convoy, history

ARMY_CONVOY = [
    pytest.param(
        "On Friday a roadside bomb exploded on the path of a US Army logistics convoy in "
        "Babil province.",
        id="en",
    ),
    pytest.param(
        "وانفجرت عبوة ناسفة يوم الجمعة على طريق رتل للجيش الأمريكي في محافظة بابل.", id="ar"
    ),
    pytest.param(
        "روز جمعه یک بمب کنار جاده‌ای در مسیر کاروان لجستیکی ارتش آمریکا در استان بابل منفجر شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ARMY_CONVOY)
def test_a_bomb_on_an_army_convoy_is_an_attack_by_no_state(text: str) -> None:
    assert [(k, p, d) for k, p, d in _drafts(text)] == [("attack", "babil-governorate", FRIDAY)]
    assert draft_article(text, PUBLISHED).drafts[0].incident.actor == ""


ARMY_STRIKES = [
    pytest.param("On Friday the US Army struck militia sites in Babil province.", id="en"),
    pytest.param("روز جمعه ارتش آمریکا مواضعی در استان بابل را بمباران کرد.", id="fa"),
]


@pytest.mark.parametrize("text", ARMY_STRIKES)
def test_the_army_striking_is_still_a_strike(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "babil-governorate", FRIDAY)]


def test_a_bomb_defused_by_the_persian_active_is_no_event() -> None:
    text = (
        "روز جمعه نیروهای عراقی یک بمب را در مسیر کاروان‌ها در استان بابل پیش از انفجار خنثی کردند."
    )
    assert _drafts(text) == []


def test_history_goes_on_in_the_clause_after_and_todays_people_are_no_day() -> None:
    text = (
        "Militias were firing at Americans long before most of today's policymakers took "
        "office, and in 2019 their rockets hit K-1 and set off a chain that ended with "
        "Iranian missiles falling on Ain al-Asad."
    )
    assert _drafts(text) == []


def test_todays_attack_is_still_today() -> None:
    assert _drafts("Rockets hit the K-1 base in today's attack.") == [
        ("attack", "k1-air-base", PUBLISHED)
    ]


# ---------------------------------------------------------------- "answering that campaign"

ANSWERING = [
    pytest.param(
        "On Sunday US jets hit two militia sites, one near Albu Kamal and one near al-Qaim, "
        "answering that drone campaign, the Erbil strike included.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية يوم الأحد موقعين للفصائل، أحدهما قرب البوكمال والآخر قرب القائم، "
        "ردا على حملة المسيرات، ومنها الهجوم على أربيل.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز یکشنبه دو مقر گروه‌ها، یکی در نزدیکی البوکمال و دیگری در "
        "نزدیکی القائم، را در پاسخ به حملات پهپادی، از جمله حمله به اربیل، بمباران کردند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ANSWERING)
def test_the_campaign_a_strike_answers_names_no_site_struck(text: str) -> None:
    drafts = _drafts(text)
    assert ("retaliatory_strike", "al-qaim", "2024-02-04") in drafts
    assert ("retaliatory_strike", "albu-kamal", "2024-02-04") in drafts
    assert not any(p.startswith("erbil") for _, p, _ in drafts)


# ---------------------------------------------------------------- a toll shared by sites

SHARED_TOLL = [
    pytest.param(
        "US jets struck militia sites near al-Qaim and Albu Kamal on Friday. Kataib Hezbollah "
        "said 25 of its fighters were killed.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل قرب القائم والبوكمال يوم الجمعة. وقالت الكتائب إن "
        "الغارات أوقعت ٢٥ قتيلا من مقاتليها.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در القائم و البوکمال را بمباران کردند. کتائب "
        "حزب‌الله اعلام کرد ۲۵ تن از رزمندگانش کشته شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", SHARED_TOLL)
def test_a_sides_losses_after_strikes_at_several_sites_go_to_none(text: str) -> None:
    drafts = draft_article(text, PUBLISHED).drafts
    assert [(d.incident.target.place_id, d.incident.killed) for d in drafts] == [
        ("al-qaim", None),
        ("albu-kamal", None),
    ]


ONE_SITE_TOLL = [
    pytest.param(
        "US jets struck militia sites near al-Qaim on Friday. Kataib Hezbollah said 25 of its "
        "fighters were killed.",
        id="en",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضعی در القائم را بمباران کردند. کتائب حزب‌الله اعلام "
        "کرد ۲۵ تن از رزمندگانش کشته شدند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", ONE_SITE_TOLL)
def test_a_sides_losses_after_a_strike_at_one_site_are_its_toll(text: str) -> None:
    drafts = draft_article(text, PUBLISHED).drafts
    assert [(d.incident.target.place_id, d.incident.killed) for d in drafts] == [("al-qaim", 25)]


# ---------------------------------------------------------------- a blast after a third state

BLAST_OF_UNKNOWN_CAUSE = [
    pytest.param(
        "Turkish drones struck a vehicle near Sinjar on Friday. Late that night a blast shook a "
        "warehouse near Musayyib; police said they did not yet know what caused it.",
        id="en",
    ),
    pytest.param(
        "قصفت مسيرات تركية سيارة قرب سنجار يوم الجمعة. وفي وقت متأخر من الليلة نفسها هز انفجار "
        "مستودعا قرب المسيب، ولم تعرف أسباب الانفجار بعد.",
        id="ar",
    ),
    pytest.param(
        "پهپادهای ترکیه روز جمعه خودرویی را در نزدیکی سنجار هدف قرار دادند. همان شب انفجاری "
        "انباری را در نزدیکی مسیب لرزاند که علت آن هنوز روشن نیست.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", BLAST_OF_UNKNOWN_CAUSE)
def test_a_blast_of_unknown_cause_after_a_third_states_strike_is_its_own(text: str) -> None:
    assert _drafts(text) == [("explosion", "musayyib", FRIDAY)]


def test_a_blast_told_right_after_a_third_states_strike_stays_theirs() -> None:
    text = (
        "Turkish drones struck a vehicle near Sinjar on Friday. Late that night a blast shook a "
        "warehouse near Musayyib."
    )
    assert _drafts(text) == []


# ---------------------------------------------------------------- an undated lede, its day after

UNDATED_LEDE = [
    pytest.param(
        "Rockets have hit Camp Taji, the base north of Baghdad.\n\nOfficials said that "
        "yesterday some 33 rockets were fired at Taji.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على معسكر التاجي شمال بغداد.\n\nوقال مسؤولون إن نحو 33 صاروخا أطلقت أمس "
        "على التاجي.",
        id="ar",
    ),
    pytest.param(
        "راکت‌ها به پادگان التاجی در شمال بغداد اصابت کرده‌اند.\n\nمقامات گفتند دیروز حدود ۳۳ "
        "راکت به سوی التاجی شلیک شد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", UNDATED_LEDE)
def test_an_undated_lede_takes_the_day_told_after(text: str) -> None:
    drafts = draft_article(text, "2024-02-03").drafts
    assert [
        (d.incident.kind, d.incident.target.place_id, str(d.incident.date), d.incident.count)
        for d in drafts
    ] == [("attack", "camp-taji", FRIDAY, 33)]


def test_another_attack_told_after_an_undated_lede_is_its_own() -> None:
    text = (
        "Rockets have hit Camp Taji, the base north of Baghdad.\n\nOfficials said that on "
        "Monday another 33 rockets were fired at Taji."
    )
    assert len(draft_article(text, "2024-02-03").drafts) == 2


# ---------------------------------------------------------------- "killing him, X and N others"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "A US drone struck a car at Baghdad airport on Friday, killing him, the commander "
            "Abu Ali and eight others.",
            10,
            id="en-pronoun-named-others",
        ),
        pytest.param(
            "A US drone struck a car at Baghdad airport on Friday, killing him and eight others.",
            9,
            id="en-pronoun-others",
        ),
    ],
)
def test_the_pronoun_and_the_one_named_are_two_of_the_dead(text: str, killed: int) -> None:
    assert [d.incident.killed for d in draft_article(text, PUBLISHED).drafts] == [killed]

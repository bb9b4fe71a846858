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

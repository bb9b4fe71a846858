"""Round 11's failure classes, each a general rule, each tried in Arabic, Persian and English.

The classes were found on an independent held-out set (``unseen7.json``); the sentences
here are our own, short and made for the rule (no evaluation article's sentence). Published
on Saturday 3 February 2024, so "Friday" is 2 February and "Sunday" 28 January.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"
SUNDAY = "2024-01-28"


# ------------------------------------- the US side as the target, host or earlier striker


@pytest.mark.parametrize(
    "text",
    [
        "Militants targeted US forces at al-Tanf with two drones on Friday.",
        "استهدف مسلحون القوات الأمريكية في قاعدة التنف بطائرتين مسيرتين يوم الجمعة.",
        "شبه‌نظامیان روز جمعه نیروهای آمریکایی در پایگاه التنف را با دو پهپاد هدف قرار دادند.",
    ],
)
def test_the_state_forces_a_clause_targets_are_no_striker(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "al-tanf", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Two drones targeted U.S. and coalition troops at Ain al-Asad on Friday.",
        "استهدفت طائرتان مسيرتان القوات الأمريكية وقوات التحالف في قاعدة عين الأسد يوم الجمعة.",
        "دو پهپاد روز جمعه نیروهای آمریکایی و ائتلاف را در پایگاه عین الاسد هدف قرار دادند.",
    ],
)
def test_a_second_state_joined_to_a_target_is_a_target_too(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", FRIDAY)]


def test_two_states_joined_before_their_jets_strike(bundled: Gazetteer) -> None:
    assert _got(_draft("US and coalition jets struck al-Qaim on Friday.", bundled)) == [
        ("retaliatory_strike", "al-qaim", FRIDAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell near Ain al-Asad, where American forces are stationed, on Friday.",
        "سقطت صواريخ يوم الجمعة قرب قاعدة عين الأسد التي تتمركز فيها قوات أمريكية.",
        "روز جمعه چند راکت در نزدیکی پایگاه عین الاسد که نیروهای آمریکایی در آن مستقرند فرود آمد.",
    ],
)
def test_forces_stationed_at_the_site_are_no_striker(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit al-Omar oil field on Friday, the first attack since the American strikes "
        "last week.",
        "استهدفت طائرة مسيرة حقل العمر يوم الجمعة، في أول هجوم منذ الضربات الأمريكية الأسبوع "
        "الماضي.",
        "یک پهپاد روز جمعه به میدان نفتی العمر حمله کرد؛ نخستین حمله از زمان حملات آمریکا در "
        "هفته گذشته.",
    ],
)
def test_strikes_told_after_since_are_an_earlier_event(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "al-omar-oil-field", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck al-Qaim on Friday in response to the drone attack that struck Tower 22 "
        "on Sunday.",
        "قصفت طائرات أمريكية القائم يوم الجمعة ردا على الهجوم الذي شن على البرج 22 يوم الأحد.",
        "جنگنده‌های آمریکایی روز جمعه القائم را در پاسخ به حمله‌ای که یکشنبه به برج ۲۲ انجام شد "
        "بمباران کردند.",
    ],
)
def test_a_relative_clause_verb_stays_in_the_response_clause(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [
        ("attack", "tower-22", SUNDAY),
        ("retaliatory_strike", "al-qaim", FRIDAY),
    ]
    strike = next(d for d in result.drafts if d.incident.kind == "retaliatory_strike")
    attack = next(d for d in result.drafts if d.incident.kind == "attack")
    assert strike.incident.responds_to == (attack.incident.id,)

"""Round 22's rules on an event's kind and links, each a phenomenon told in Arabic,
Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- the threat a strike's target posed, told as what it threatened ("drones that
  threatened coalition troops", ``صواريخ كانت تهدد قوات التحالف``, ``… که پایگاه‌های
  ائتلاف را تهدید کرده بودند``), is why the strike was made: the strike is an event, not
  a threat of one;
- weapons being readied ("readying drones", ``يجهزون طائرات مسيرة``, ``مشغول آماده‌سازی
  پهپاد``) or attacks actively planned ("actively involved in planning attacks", ``بشكل
  نشط في التخطيط لهجمات``, ``به طور فعال در برنامه‌ریزی حملات``), in the strike's
  sentence or the one after, make it preemptive; attacks once planned do not.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article, kind_class


def _triples(
    drafts: tuple[gi.DraftIncident, ...] | list[gi.DraftIncident],
) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# the threat the target posed: a relative clause of the strike, not a threat told
THREAT_POSED = [
    pytest.param(
        "US jets struck a depot near Jurf al-Sakhar on Monday, hitting launchers that "
        "threatened coalition troops.",
        id="en",
    ),
    pytest.param(
        "قصفت مقاتلات أمريكية يوم الاثنين مخزنا قرب جرف الصخر يضم صواريخ كانت تهدد قوات التحالف.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز دوشنبه انبار پهپادهایی را در نزدیکی جرف الصخر بمباران کردند "
        "که پایگاه‌های ائتلاف را تهدید کرده بودند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THREAT_POSED)
def test_the_threat_a_strikes_target_posed_is_no_threat_told(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2023-11-21")
    assert [(kind_class(k), t, d) for k, t, d in _triples(drafts)] == [
        ("strike", "jurf-al-sakhar", "2023-11-20")
    ]
    assert drafts[0].incident.actor == "United States"


# a threat told: "threatened to attack", a vow of a strike to come
THREAT_TOLD = [
    pytest.param(
        "US jets struck a depot near Jurf al-Sakhar, hitting a group that threatened to "
        "attack coalition troops.",
        id="en-to",
    ),
    pytest.param(
        "The Pentagon vowed it would strike any militia near Jurf al-Sakhar that "
        "threatened coalition troops.",
        id="en-vow",
    ),
    pytest.param(
        "هددت الفصائل بقصف قوات التحالف قرب جرف الصخر.",
        id="ar",
    ),
    pytest.param(
        "فرمانده گروه تهدید کرد که پایگاه‌های ائتلاف در نزدیکی جرف الصخر را هدف قرار خواهند داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", THREAT_TOLD)
def test_a_threat_told_is_still_no_event(text: str) -> None:
    result = draft_article(text, published="2023-11-21")
    assert result.drafts == ()
    assert [s.reason for s in result.skipped] == ["a threat or intent, not an event"]


# weapons being readied, in the strike's own sentence
READYING = [
    pytest.param(
        "A US strike killed three fighters near al-Qaim on Sunday who officials said were "
        "readying drones.",
        id="en",
    ),
    pytest.param(
        "قتلت غارة أمريكية ثلاثة مسلحين قرب القائم يوم الأحد قال مسؤولون إنهم كانوا يجهزون "
        "طائرات مسيرة.",
        id="ar",
    ),
    pytest.param(
        "حمله هوایی آمریکا روز یکشنبه سه شبه‌نظامی را که مشغول آماده‌سازی پهپاد بودند در "
        "نزدیکی القائم کشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", READYING)
def test_a_strike_on_men_readying_weapons_is_preemptive(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-02-05")
    assert _triples(drafts) == [("preemptive_strike", "al-qaim", "2024-02-04")]


def test_forces_readying_for_attacks_strike_no_threat() -> None:
    drafts = gi.draft_incidents(
        "Readying for more attacks, US jets struck a depot near al-Qaim on Sunday.",
        published="2024-02-05",
    )
    assert _triples(drafts) == [("retaliatory_strike", "al-qaim", "2024-02-04")]


# attacks being planned, said in the sentence after the strike
PLANNING = [
    pytest.param(
        "A US drone struck a car in Baghdad on Thursday, killing a commander. The Pentagon "
        "said he was actively involved in planning attacks on US personnel.",
        id="en",
    ),
    pytest.param(
        "استهدفت طائرة مسيرة أمريكية سيارة في بغداد يوم الخميس فقتلت قياديا. وقال البنتاغون "
        "إنه كان ضالعا بشكل نشط في التخطيط لهجمات على القوات الأمريكية.",
        id="ar",
    ),
    pytest.param(
        "یک پهپاد آمریکایی روز پنجشنبه خودرویی را در بغداد هدف قرار داد و یک فرمانده را کشت. "
        "پنتاگون گفت او به طور فعال در برنامه‌ریزی حملات علیه نیروهای آمریکایی نقش داشت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PLANNING)
def test_a_strike_on_a_man_actively_planning_attacks_is_preemptive(text: str) -> None:
    drafts = gi.draft_incidents(text, published="2024-01-05")
    assert _triples(drafts) == [("preemptive_strike", "baghdad", "2024-01-04")]


def test_a_strike_on_a_man_who_had_planned_attacks_is_not() -> None:
    drafts = gi.draft_incidents(
        "A US drone struck a car in Baghdad on Thursday, killing a commander. The Pentagon "
        "said he had planned attacks on US personnel.",
        published="2024-01-05",
    )
    assert _triples(drafts) == [("retaliatory_strike", "baghdad", "2024-01-04")]

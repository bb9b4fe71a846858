"""Round 22's rules, each a phenomenon told in Arabic, Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a doubt is a blast's unknown cause only when it is about the cause: an air strike told
  as a fact, with a doubt about its dead ("it was not clear whether anyone was killed",
  ``ولم يعرف ما إذا كان هناك قتلى``, ``مشخص نیست که تلفاتی داشته است``), stays a strike;
  blasts "whether an air strike caused them" (``ما إذا كانت ناجمة عن غارة``, ``مشخص نیست
  که علت آن``) stay explosions.
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article

SATURDAY = "2024-02-03"
FRIDAY = "2024-02-02"


def _kinds(text: str) -> list[tuple[str, str, str, str]]:
    drafts: list[gi.DraftIncident] = draft_article(text, SATURDAY).drafts
    return [
        (d.incident.kind, d.incident.weapon, d.incident.target.place_id or "", str(d.incident.date))
        for d in drafts
    ]


# an air strike told as a fact; the doubt is about its toll, not its cause
STRIKE_WITH_A_DOUBTED_TOLL = [
    pytest.param(
        "Airstrikes hit a weapons depot near Albu Kamal on Friday, setting off explosions; "
        "it was not clear whether anyone was killed.",
        "albu-kamal",
        id="en-whether",
    ),
    pytest.param(
        "Air strikes on a militia depot near al-Mayadin on Friday caused large explosions, "
        "and the number of casualties was unclear.",
        "al-mayadin",
        id="en-unclear",
    ),
    pytest.param(
        "شنت طائرات مجهولة غارات على مستودع قرب البوكمال أمس ما أدى إلى انفجارات، ولم يعرف "
        "ما إذا كان هناك قتلى.",
        "albu-kamal",
        id="ar-whether",
    ),
    pytest.param(
        "غارات جوية على مستودع للفصائل قرب الميادين أمس أدت إلى انفجارات، وعدد الضحايا غير معروف.",
        "al-mayadin",
        id="ar-unknown",
    ),
    pytest.param(
        "دیروز حملات هوایی به انباری نزدیک البوکمال انفجارهایی به دنبال داشت و مشخص نیست که "
        "تلفاتی داشته است یا نه.",
        "albu-kamal",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "place"), STRIKE_WITH_A_DOUBTED_TOLL)
def test_a_doubted_toll_leaves_the_air_strike_a_strike(text: str, place: str) -> None:
    assert _kinds(text) == [("retaliatory_strike", "airstrike", place, FRIDAY)]


# the doubt is about the cause: blasts, perhaps an air strike
BLASTS_OF_A_DOUBTED_CAUSE = [
    pytest.param(
        "Blasts shook militia positions near Albu Kamal on Friday, and it was not known "
        "whether they were caused by an air strike.",
        id="en-caused-by",
    ),
    pytest.param(
        "Explosions were heard near Albu Kamal on Friday; it was unclear what caused them.",
        id="en-what-caused",
    ),
    pytest.param(
        "Explosions were heard near Albu Kamal on Friday, and the cause of the blasts "
        "remained unknown.",
        id="en-cause-of",
    ),
    pytest.param(
        "دوت انفجارات قرب البوكمال أمس، ولم يتضح بعد ما إذا كانت ناجمة عن قصف جوي.",
        id="ar-whether",
    ),
    pytest.param(
        "دوت انفجارات قرب البوكمال أمس، وأسباب الانفجارات لا تزال مجهولة.",
        id="ar-causes-unknown",
    ),
    pytest.param(
        "دیروز انفجارهایی در نزدیکی البوکمال شنیده شد و مشخص نیست که منشا آن حمله هوایی بوده است.",
        id="fa-origin",
    ),
    pytest.param(
        "دیروز انفجارهایی در نزدیکی البوکمال شنیده شد که دلایل آن نامعلوم است.",
        id="fa-reasons",
    ),
]


@pytest.mark.parametrize("text", BLASTS_OF_A_DOUBTED_CAUSE)
def test_a_doubted_cause_makes_the_blasts_an_explosion(text: str) -> None:
    assert [(kind, place, day) for kind, _, place, day in _kinds(text)] == [
        ("explosion", "albu-kamal", FRIDAY)
    ]


def test_a_doubted_cause_of_the_strike_itself_is_no_doubt_of_the_blasts() -> None:
    # "the cause of the strike": the strike is told; only blasts' causes make explosions
    text = (
        "Explosions followed an air strike on a depot near Albu Kamal on Friday; the reason "
        "for the strike was not given."
    )
    assert _kinds(text) == [("retaliatory_strike", "airstrike", "albu-kamal", FRIDAY)]


# a third state's arm: the event is its strike, neither side's
THIRD_STATE_STRIKES = [
    pytest.param(
        "Israeli missiles struck the outskirts of Homs before dawn on Friday, killing several "
        "people, state media said.",
        id="en-missiles",
    ),
    pytest.param(
        "صواريخ إسرائيلية استهدفت أطراف حمص فجر الجمعة وأسفرت عن مقتل عدة أشخاص.", id="ar"
    ),
    pytest.param("غارة إسرائيلية على محيط دمشق يوم الجمعة أوقعت خسائر مادية.", id="ar-raid"),
    pytest.param(
        "رژیم صهیونیستی روز جمعه مناطقی در اطراف دمشق را هدف حمله موشکی قرار داد.",
        id="fa-subject",
    ),
    pytest.param(
        "یک مستشار سپاه روز جمعه در حمله موشکی رژیم صهیونیستی به منطقه سیده زینب در حومه دمشق "
        "کشته شد.",
        id="fa-possessor",
    ),
]


@pytest.mark.parametrize("text", THIRD_STATE_STRIKES)
def test_a_third_states_arm_makes_its_strike_neither_sides(text: str) -> None:
    result = draft_article(text, SATURDAY)
    assert result.drafts == ()
    assert result.skipped[0].reason.startswith("a strike by a third state")


# the third state named past a turn to another account: the attack is the militias'
ATTACKS_BESIDE_A_THIRD_STATE = [
    pytest.param(
        "A drone attack killed three US soldiers at Tower 22 on Friday; the militias said it "
        "answered Israeli strikes in Gaza.",
        "tower-22",
        id="en",
    ),
    pytest.param(
        "هاجمت طائرة مسيرة قاعدة عين الأسد يوم الجمعة ردا على العدوان الإسرائيلي على غزة.",
        "ain-al-asad",
        id="ar",
    ),
    pytest.param(
        "روز جمعه یک پهپاد به پایگاه عین الاسد حمله کرد و گروه‌ها گفتند این پاسخ حملات "
        "اسرائیل به غزه است.",
        "ain-al-asad",
        id="fa",
    ),
]


@pytest.mark.parametrize(("text", "place"), ATTACKS_BESIDE_A_THIRD_STATE)
def test_a_third_state_named_past_a_turn_leaves_the_attack(text: str, place: str) -> None:
    assert [(k, p, d) for k, _, p, d in _kinds(text)] == [("attack", place, FRIDAY)]


# where a killing was, beside a third state: no site of the strike told with it
KILLINGS_BESIDE_A_STRIKE = [
    pytest.param(
        "The attack came days after a US strike in Musayyib on Tuesday that killed four "
        "militants, as the region braced for Iran to hit back at Israel over the killing of a "
        "Hamas leader in Tehran.",
        id="en-over",
    ),
    pytest.param(
        "US jets struck Musayyib on Tuesday, killing four militants, a week after the killing "
        "of a Hamas leader in Tehran that Iran blamed on Israel.",
        id="en-blamed",
    ),
    pytest.param(
        "قصفت طائرات أمريكية المسيب يوم الثلاثاء وقتلت أربعة مسلحين، بعد أسبوع من اغتيال قيادي "
        "في حماس في طهران نسبته إيران إلى إسرائيل.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز سه‌شنبه المسیب را بمباران کردند و چهار شبه‌نظامی را کشتند، یک "
        "هفته پس از ترور یک رهبر حماس در تهران که ایران آن را کار اسرائیل دانست.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", KILLINGS_BESIDE_A_STRIKE)
def test_where_a_third_states_killing_was_is_no_site_of_the_strike(text: str) -> None:
    drafts = draft_article(text, "2024-08-01").drafts
    assert [(d.incident.kind, d.incident.target.place_id) for d in drafts] == [
        ("retaliatory_strike", "musayyib")
    ]


def test_a_killing_with_no_third_state_named_keeps_its_site() -> None:
    text = (
        "US jets struck Musayyib and Jurf al-Sakhar on Friday, killing four militants after "
        "the killing of three US soldiers."
    )
    assert [p for _, _, p, _ in _kinds(text)] == ["musayyib", "jurf-al-sakhar"]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad air base on Friday, in response to the Israeli strike that "
        "killed a commander in Damascus on Wednesday.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة ردا على اغتيال إسرائيل قياديا في دمشق "
        "يوم الأربعاء.",
        "روز جمعه چند راکت به پایگاه عین الاسد اصابت کرد؛ در پاسخ به ترور یک فرمانده در دمشق "
        "توسط رژیم صهیونیستی در روز چهارشنبه.",
    ],
)
def test_a_response_clause_telling_a_third_states_killing_drafts_nothing_of_it(text: str) -> None:
    assert [(k, p, d) for k, _, p, d in _kinds(text)] == [("attack", "ain-al-asad", FRIDAY)]


def test_a_response_clause_telling_a_us_strike_still_drafts_it() -> None:
    text = (
        "Rockets hit Ain al-Asad air base on Friday, in response to the US strike on Jurf "
        "al-Sakhar on Wednesday."
    )
    kinds = [(k, p) for k, _, p, _ in _kinds(text)]
    assert ("retaliatory_strike", "jurf-al-sakhar") in kinds and ("attack", "ain-al-asad") in kinds


# a vow told in a clause beside the event: the event happened
STRIKES_BESIDE_A_VOW = [
    pytest.param(
        "US jets struck Musayyib on Friday, killing four militants, as Iran vowed revenge.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أمريكية المسيب يوم الجمعة وقتلت أربعة مسلحين، فيما توعدت إيران بالرد.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه المسیب را بمباران کردند، در حالی که ایران تهدید کرد "
        "پاسخ خواهد داد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", STRIKES_BESIDE_A_VOW)
def test_a_vow_beside_the_event_leaves_the_event(text: str) -> None:
    assert [(k, p, d) for k, _, p, d in _kinds(text)] == [
        ("retaliatory_strike", "musayyib", FRIDAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The group vowed to strike Ain al-Asad on Friday.",
        # (the place after the clause is the vow's: the sentence is no account of it)
        "US jets struck Musayyib on Friday, as the group threatened to hit Ain al-Asad.",
        "فيما توعدت الفصائل باستهداف قاعدة عين الأسد يوم الجمعة.",
    ],
)
def test_a_vow_of_its_own_or_over_a_place_drafts_nothing(text: str) -> None:
    assert _kinds(text) == []

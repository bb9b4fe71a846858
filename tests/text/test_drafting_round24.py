"""Round 24's rules (after the first check of unseen21), each told in Arabic, Persian and
English; the sentences are written for these tests (none is taken from an evaluation set):

- US strikes told as the state's adjective after a definite strike noun (``الضربات الجوية
  الأمريكية التي طالت …``), by a subject with the day before its verb ("The United States on
  Friday struck …"), or by militants named as a Persian verb's object (``… گروهی از
  شبه‌نظامیان را هدف قرار دادند``) are strikes, not militia attacks;
- the paragraph after a state's strikes telling where they hit in the passive ("¶ In
  Syria, a monitor said positions near X were hit", ``تم استهداف``, ``هدف قرار گرفتند``,
  "the targets were in and around X") names more of its strikes, on their day.
"""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article

FRIDAY = "2024-02-02"


def _drafts(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date), d.incident.actor)
        for d in draft_article(text, "2024-02-04").drafts
    ]


US_STRIKES = [
    pytest.param("The United States on Friday struck militia sites near al-Qaim.", id="en-day"),
    pytest.param(
        "قال متحدث عراقي إن الضربات الجوية الأمريكية التي طالت يوم الجمعة مواقع للفصائل في "
        "القائم خرق للسيادة.",
        id="ar-adjective",
    ),
    pytest.param(
        "سنتکام اعلام کرد نیروهایش روز جمعه در نزدیکی القائم گروهی از شبه‌نظامیان را هدف "
        "قرار دادند.",
        id="fa-object",
    ),
]


@pytest.mark.parametrize("text", US_STRIKES)
def test_us_strikes_told_so_are_strikes(text: str) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States")]


STRIKES_PLACED_AFTER = [
    pytest.param(
        "US jets struck militia sites in al-Qaim on Friday.\n\nIn Syria, a monitor said "
        "positions near Albu Kamal and al-Mayadin were hit.",
        id="en-passive",
    ),
    pytest.param(
        "US jets struck militia sites in al-Qaim on Friday. Syrian activists said the targets "
        "were in and around Albu Kamal and al-Mayadin.",
        id="en-targets",
    ),
    pytest.param(
        "قصفت طائرات أمريكية مواقع للفصائل في القائم يوم الجمعة.\n\nوفي سوريا، قال المرصد إنه "
        "تم استهداف مواقع قرب البوكمال والميادين.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی روز جمعه مواضع گروه‌ها در القائم را بمباران کردند.\n\nدر سوریه "
        "نیز مواضعی در نزدیکی البوکمال و المیادین هدف قرار گرفتند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", STRIKES_PLACED_AFTER)
def test_the_paragraph_after_the_strikes_places_more_of_them(text: str) -> None:
    assert _drafts(text) == [
        ("retaliatory_strike", place, FRIDAY, "United States")
        for place in ("al-qaim", "albu-kamal", "al-mayadin")
    ]


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "US jets struck militia sites in al-Qaim on Friday.\n\nOn Saturday, rockets hit "
            "Ain al-Asad air base.",
            ("attack", "ain-al-asad", "2024-02-03", ""),
        ),
        (
            "US jets struck militia sites in al-Qaim on Friday.\n\nA monitor said the al-Tanf "
            "base was hit.",
            ("attack", "al-tanf", FRIDAY, ""),
        ),
    ],
)
def test_an_attack_or_a_base_hit_after_the_strikes_stays_an_attack(
    text: str, attack: tuple[str, str, str, str]
) -> None:
    assert _drafts(text) == [("retaliatory_strike", "al-qaim", FRIDAY, "United States"), attack]

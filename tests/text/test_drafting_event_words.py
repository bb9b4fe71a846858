"""Event words: the Arabic masculine plural verbs (men their subject) tell an event; a
launcher named by its launching (launch pads, ``منصات إطلاق``, ``سکوهای پرتاب``) does not;
"the US Department of Defense said" speaks, it does not strike.

Our own sentences, each with a near miss."""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article


def _got(text: str) -> list[tuple[str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id)
        for d in draft_article(text, "2024-01-10").drafts
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # militants their subject: ``استهدفوا``, ``هاجموا``, ``أطلقوا``
        (
            "قال مسؤول أمريكي إن مسلحين استهدفوا قاعدة عين الأسد فجر أمس.",
            [("attack", "ain-al-asad")],
        ),
        ("وقالت المصادر إن مسلحين هاجموا قاعدة حرير مساء أمس.", [("attack", "harir-air-base")]),
        ("وأكد الجيش أن مجهولين أطلقوا صواريخ على مطار أربيل أمس.", [("attack", "erbil-airport")]),
        # the same sentences, the men only planned it: nothing happened
        ("قال مسؤول أمريكي إن مسلحين خططوا لاستهداف قاعدة عين الأسد.", []),
        # the English and Persian counterparts, already read
        (
            "Militants attacked the Harir base on Tuesday, a US official said.",
            [("attack", "harir-air-base")],
        ),
        ("افراد مسلح دیروز به پایگاه حریر حمله کردند.", [("attack", "harir-air-base")]),
    ],
)
def test_plural_verbs_tell_an_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the launch pads were: no launch, no attack
        ("سکوهای پرتاب راکت در نزدیکی القائم قرار داشتند.", []),
        ("وكانت منصات إطلاق الصواريخ تقع قرب القائم.", []),
        ("وكانت منصة الإطلاق مخبأة في بستان قرب القائم.", []),
        # the launch pads struck: a strike; launched from one: an attack
        (
            "جنگنده‌های آمریکایی دیروز سکوهای پرتاب راکت را در نزدیکی القائم منهدم کردند.",
            [("retaliatory_strike", "al-qaim")],
        ),
        (
            "دمرت طائرات أمريكية أمس منصات إطلاق صواريخ قرب القائم.",
            [("retaliatory_strike", "al-qaim")],
        ),
        (
            "أطلقت منصة صواريخ قرب القائم ثلاثة صواريخ على قاعدة عين الأسد أمس.",
            [("attack", "ain-al-asad")],
        ),
        (
            "Rockets were launched from pads near al-Qaim at Ain al-Asad on Tuesday.",
            [("attack", "ain-al-asad")],
        ),
    ],
)
def test_a_launch_pad_is_no_launch(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Department of Defense speaks: what it reports is the militias' attack
        (
            "The US Department of Defense said that rockets hit Ain al-Asad on Monday.",
            [("attack", "ain-al-asad")],
        ),
        (
            "The U.S. Defense Department said two drones struck Harir on Monday.",
            [("attack", "harir-air-base")],
        ),
        # its own jets struck: a strike
        (
            "The US Department of Defense said its jets struck sites near al-Qaim on Monday.",
            [("retaliatory_strike", "al-qaim")],
        ),
    ],
)
def test_the_department_of_defense_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "أعلنت سرايا أولياء الدم مسؤوليتها عن هجوم صاروخي على مطار أربيل مساء أمس.",
            "Saraya Awliya al-Dam",
        ),
        (
            "Ashab al-Kahf claimed a roadside bomb attack on a coalition convoy near "
            "Nasiriyah on Tuesday.",
            "Ashab al-Kahf",
        ),
        (
            "گروه اصحاب الکهف مسئولیت انفجار بمب کنار جاده‌ای در نزدیکی ناصریه را "
            "دیروز بر عهده گرفت.",
            "Ashab al-Kahf",
        ),
    ],
)
def test_more_groups_claim_by_name(text: str, actor: str) -> None:
    (draft,) = draft_article(text, "2024-01-10").drafts
    assert (draft.incident.actor, draft.incident.claim_status) == (actor, "claimed")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a Hijri month's "the other" (``ربيع الآخر``, ``جمادى الآخرة``) is no partitive
        (
            "تمكنت الدفاعات الجوية من إسقاط طائرتين مسيرتين قرب قاعدة عين الأسد فجر اليوم "
            "الأربعاء ١٠ ربيع الآخر ١٤٤٥ هـ.",
            "interception",
        ),
        (
            "أسقطت الدفاعات الجوية طائرتين مسيرتين قرب قاعدة حرير يوم ٢٠ جمادى الآخرة.",
            "interception",
        ),
        # "one was downed, the other fell inside the base": part stopped, an attack
        ("أسقطت الدفاعات إحدى الطائرتين وسقطت الأخرى داخل قاعدة عين الأسد فجر اليوم.", "attack"),
    ],
)
def test_a_hijri_month_is_no_other_weapon(text: str, kind: str) -> None:
    assert [d.incident.kind for d in draft_article(text, "2023-10-25").drafts] == [kind]


def test_a_claim_ends_with_its_ticker_line() -> None:
    # a ticker's lines end with no full stop: the claim of one line is not the next line's
    text = (
        "عاجل | سقوط صواريخ على مطار أربيل الدولي مساء الاثنين\n\n"
        "عاجل | جماعة «سرايا أولياء الدم» تعلن مسؤوليتها عن الهجوم\n\n"
        "عاجل | منظومة سي-رام تعترض صاروخين قرب السفارة الأمريكية في بغداد فجر اليوم"
    )
    drafts = draft_article(text, "2021-02-16").drafts
    got = [(d.incident.target.place_id, d.incident.claim_status) for d in drafts]
    assert got == [("erbil-airport", "claimed"), ("us-embassy-baghdad", "unknown")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles at Ain al-Asad early on Wednesday. The strike answered the killing "
        "of a general near Baghdad airport last Friday. Minutes after the attack on Ain al-Asad, "
        "missiles also hit Erbil airport.",
        "أطلقت إيران صواريخ على عين الأسد فجر الأربعاء. وجاء ذلك ردا على اغتيال قائد قرب "
        "مطار بغداد يوم الجمعة الماضي. وبعد دقائق من الهجوم على عين الأسد، استهدفت صواريخ "
        "مطار أربيل.",
        "ایران بامداد چهارشنبه به پایگاه عین الاسد موشک شلیک کرد. این حمله پاسخی به ترور "
        "یک فرمانده در نزدیکی فرودگاه بغداد در روز جمعه گذشته بود. دقایقی پس از حمله به عین "
        "الاسد، فرودگاه اربیل نیز هدف موشک قرار گرفت.",
    ],
)
def test_minutes_after_the_attack_on_x_is_x_s_day(text: str) -> None:
    # the time clause names the site told before: its day, not the last day the
    # paragraph gave (the killing the first attack answered)
    drafts = draft_article(text, "2020-01-08").drafts
    days = {d.incident.target.place_id: str(d.incident.date) for d in drafts}
    assert days["ain-al-asad"] == days["erbil-airport"] == "2020-01-08"


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired missiles at Ain al-Asad early on Wednesday. Two days after the attack on "
        "Ain al-Asad, missiles hit Erbil airport.",
        "أطلقت إيران صواريخ على عين الأسد فجر الأربعاء. وبعد يومين من الهجوم على عين الأسد، "
        "استهدفت صواريخ مطار أربيل.",
    ],
)
def test_days_after_the_attack_on_x_count_from_x_s_day(text: str) -> None:
    # the near miss of "minutes after": the clause's days count from X's day
    drafts = draft_article(text, "2020-01-12").drafts
    days = {d.incident.target.place_id: str(d.incident.date) for d in drafts}
    assert (days["ain-al-asad"], days["erbil-airport"]) == ("2020-01-08", "2020-01-10")

"""Round 28's event rules (after the first check of unseen25: each side's media framing
and translations), each told in Arabic, Persian and English; the sentences are written for
these tests (none is taken from an evaluation set):

- a forecast that attacks will grow ("analysts predict attacks on the base will
  increase", ``يتوقع محللون أن تتصاعد الهجمات``, ``پیش‌بینی می‌کنند حملات … افزایش
  یابد``) is no event, not even at the base named before it;
- a denial of the occurrence that calls what it denies "the claim" (``الادعاء``, ``این
  ادعا``) makes the event told before a claim, flatly denied: no event, its weapon count
  told or not.
"""

from __future__ import annotations

import pytest

from geoincidents.text.drafting import draft_article


def _drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date))
        for d in draft_article(text, published).drafts
    ]


BASE_EN = "Ain al-Asad air base in Anbar hosts about two thousand US troops. "
BASE_AR = "تستضيف قاعدة عين الأسد في الأنبار نحو ألفي جندي أمريكي. "
BASE_FA = "پایگاه عین‌الاسد در الانبار میزبان حدود دو هزار نظامی آمریکایی است. "

FORECASTS = [
    pytest.param(
        BASE_EN + "Analysts predict that attacks on the base will increase as the war goes on.",
        id="en",
    ),
    pytest.param(
        BASE_AR + "ويتوقع محللون أن تتصاعد الهجمات على القاعدة مع استمرار الحرب.", id="ar"
    ),
    pytest.param(
        BASE_FA + "تحلیلگران پیش‌بینی می‌کنند حملات به این پایگاه با ادامه جنگ افزایش یابد.",
        id="fa",
    ),
]

GROWTH_TOLD = [
    pytest.param(
        BASE_EN + "Analysts said that attacks on the base increased on Saturday, when two "
        "rockets hit it.",
        id="en",
    ),
    pytest.param(
        BASE_AR + "وقال محللون إن الهجمات على القاعدة تصاعدت يوم السبت حين سقط صاروخان عليها.",
        id="ar",
    ),
    pytest.param(
        BASE_FA + "تحلیلگران گفتند حملات به این پایگاه روز شنبه افزایش یافت و دو راکت به آن "
        "اصابت کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_of_more_attacks_is_no_event(text: str) -> None:
    assert _drafts(text, "2024-02-04") == []


@pytest.mark.parametrize("text", GROWTH_TOLD)
def test_attacks_told_as_grown_on_a_day_are_an_event(text: str) -> None:
    assert _drafts(text, "2024-02-04") == [("attack", "ain-al-asad", "2024-02-03")]


POST_EN = (
    '"The resistance hit the occupation base at Harir with a drone," read a post on the '
    "group's Telegram channel on Friday. "
)
POST_AR = (
    '"استهدفت المقاومة قاعدة الاحتلال في حرير بطائرة مسيرة"، بحسب منشور للجماعة على تلغرام '
    "يوم الجمعة. "
)
POST_FA = (
    "«مقاومت پایگاه اشغالگران در حریر را با پهپاد هدف قرار داد»، این متن در کانال تلگرام این "
    "گروه روز جمعه منتشر شد. "
)

CLAIMS_DENIED = [
    pytest.param(
        POST_EN + "A Kurdistan Region spokesman denied that any attack on Harir had taken "
        "place and called the claim fabricated.",
        id="en",
    ),
    pytest.param(
        POST_AR + "ونفى متحدث باسم حكومة إقليم كردستان وقوع أي هجوم على حرير، ووصف الادعاء "
        "بأنه مفبرك.",
        id="ar",
    ),
    pytest.param(
        POST_FA + "سخنگوی دولت اقلیم کردستان وقوع هرگونه حمله به حریر را تکذیب کرد و این ادعا "
        "را ساختگی خواند.",
        id="fa",
    ),
]

ROLE_DENIED = [
    pytest.param(
        POST_EN + "Iran denied any role in the attack on Harir and called the claim fabricated.",
        id="en",
    ),
    pytest.param(
        POST_AR + "ونفت إيران أي علاقة لها بالهجوم على حرير، ووصفت الادعاء بأنه مفبرك.", id="ar"
    ),
    pytest.param(
        POST_FA + "ایران هرگونه نقش در حمله به حریر را رد کرد و این ادعا را ساختگی خواند.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", CLAIMS_DENIED)
def test_a_claim_whose_occurrence_is_flatly_denied_is_no_event(text: str) -> None:
    assert _drafts(text, "2023-11-18") == []


@pytest.mark.parametrize("text", ROLE_DENIED)
def test_a_denied_role_leaves_the_claimed_attack(text: str) -> None:
    assert _drafts(text, "2023-11-18") == [("attack", "harir-air-base", "2023-11-17")]

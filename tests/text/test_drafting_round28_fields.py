"""Round 28's field rules (after the first check of unseen25), each told in Arabic, Persian
and English; the sentences are written for these tests (none is taken from an evaluation
set):

- a number before a generic noun of the munitions fired, naming no weapon ("seven rounds
  were launched", ``سبعة مقذوفات``, ``هفت گلوله``), counts the weapons of the attack told
  just before (not "three rounds of talks", not "several rounds");
- the toll told by a relative pronoun right after a response clause ("…, which killed one
  contractor", ``…، والذي أسفر عن مقتل متعاقد``, ``…، که یک پیمانکار را کشت``) is the toll
  of the event the clause names, not of the strike answering it;
- a toll revised in the event's own sentence ("while the number of wounded later rose from
  12 to 14", ``فيما ارتفع عدد الجرحى … إلى ١٤``, ``شمار زخمی‌ها … به ۱۴ نفر رسید``) is
  the latest figure, beside the other half told otherwise ("killing three soldiers"), and
  the noun of a toll ("the number of wounded is not yet known") counts no one;
- one more person joined to the hurt by rank ("five service members and a second
  contractor", "and another contractor"; ``ومتعاقد ثانٍ``, ``و یک پیمانکار دیگر``) counts.
"""

from __future__ import annotations

from typing import Any

import pytest

from geoincidents.text.drafting import draft_article


def _drafts(text: str, published: str) -> list[Any]:
    return [d.incident for d in draft_article(text, published).drafts]


def _fields(text: str, published: str) -> list[tuple[str, str, str, int | None, int | None]]:
    return [
        (i.kind, i.target.place_id or "", str(i.date), i.killed, i.wounded)
        for i in _drafts(text, published)
    ]


ROUNDS = [
    pytest.param(
        "Mortar shells hit the US embassy in Baghdad early on Friday. Police said seven rounds "
        "were launched from the east.",
        7,
        id="en",
    ),
    pytest.param(
        "سقطت قذائف هاون على السفارة الأمريكية في بغداد فجر أمس الجمعة. وقال مصدر أمني إن "
        "سبعة مقذوفات أطلقت باتجاه المجمع.",
        7,
        id="ar",
    ),
    pytest.param(
        "چند گلوله خمپاره بامداد دیروز جمعه به سفارت آمریکا در بغداد شلیک شد. مقامات امنیتی "
        "گفتند هفت گلوله شلیک شد.",
        7,
        id="fa",
    ),
    # near misses: the noun of a round of something else, or no exact number
    pytest.param(
        "Mortar shells hit the US embassy in Baghdad early on Friday. Officials met after "
        "three rounds of talks.",
        None,
        id="en-rounds-of",
    ),
    pytest.param(
        "Mortar shells hit the US embassy in Baghdad early on Friday. Police said several "
        "rounds were launched from the east.",
        None,
        id="en-vague",
    ),
    pytest.param(
        "سقطت قذائف هاون على السفارة الأمريكية في بغداد فجر أمس الجمعة. وقال مصدر أمني إن "
        "عدة مقذوفات أطلقت باتجاه المجمع.",
        None,
        id="ar-vague",
    ),
    pytest.param(
        "چند گلوله خمپاره بامداد دیروز جمعه به سفارت آمریکا در بغداد شلیک شد. مقامات امنیتی "
        "گفتند چند گلوله شلیک شد.",
        None,
        id="fa-vague",
    ),
]


@pytest.mark.parametrize(("text", "count"), ROUNDS)
def test_a_number_of_rounds_counts_the_attack_before(text: str, count: int | None) -> None:
    (attack,) = _drafts(text, "2023-12-09")
    assert (attack.kind, attack.target.place_id, str(attack.date)) == (
        "attack",
        "us-embassy-baghdad",
        "2023-12-08",
    )
    assert attack.count == count


STRIKES = "US jets struck militia sites near Albu Kamal on Thursday."
STRIKES_AR = "شنت طائرات أمريكية غارات ليلة أمس الخميس على مواقع قرب البوكمال."
STRIKES_FA = "جنگنده‌های آمریکایی شب پنجشنبه مواضعی در نزدیکی البوکمال را بمباران کردند."
ANSWERED_TOLL = [
    pytest.param(
        f"{STRIKES} The Pentagon said the strikes answered the rocket attack on Erbil airport "
        "on February 15, which killed one contractor and wounded nine others.",
        (1, 9),
        id="en",
    ),
    pytest.param(
        f"{STRIKES_AR} وقال البنتاغون إن الضربات جاءت رداً على الهجوم الصاروخي على مطار أربيل "
        "في الخامس عشر من شباط، والذي أسفر عن مقتل متعاقد وإصابة تسعة آخرين.",
        (1, 9),
        id="ar",
    ),
    pytest.param(
        f"{STRIKES_FA} پنتاگون گفت این حملات پاسخی به حمله راکتی به فرودگاه اربیل در ۱۵ فوریه "
        "بود، که یک پیمانکار را کشت و ۹ نفر دیگر را زخمی کرد.",
        (1, 9),
        id="fa",
    ),
    # near misses: the relative clause tells no toll
    pytest.param(
        f"{STRIKES_AR} وقال البنتاغون إن الضربات جاءت رداً على الهجوم الصاروخي على مطار أربيل "
        "في الخامس عشر من شباط، والذي وصفته بغداد بأنه عمل إرهابي.",
        (None, None),
        id="ar-no-toll",
    ),
    pytest.param(
        f"{STRIKES_FA} پنتاگون گفت این حملات پاسخی به حمله راکتی به فرودگاه اربیل در ۱۵ فوریه "
        "بود، که بغداد آن را محکوم کرد.",
        (None, None),
        id="fa-no-toll",
    ),
]


@pytest.mark.parametrize(("text", "toll"), ANSWERED_TOLL)
def test_the_toll_after_a_response_clause_is_the_answered_events(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert _fields(text, "2021-02-26") == [
        ("retaliatory_strike", "albu-kamal", "2021-02-25", None, None),
        ("attack", "erbil-airport", "2021-02-15", *toll),
    ]


TAJI = "Rockets hit Camp Taji on Wednesday, killing three soldiers, while the number of wounded"
TAJI_AR = "سقطت صواريخ على معسكر التاجي يوم الأربعاء، ما أدى إلى مقتل ثلاثة جنود، فيما"
TAJI_FA = "روز چهارشنبه راکت‌ها به پادگان التاجی اصابت کرد و سه سرباز کشته شدند و شمار زخمی‌ها"
REVISED_HALF = [
    pytest.param(f"{TAJI} later rose from 12 to 14.", 14, id="en"),
    pytest.param(f"{TAJI_AR} ارتفع عدد الجرحى لاحقاً من ١٢ إلى ١٤.", 14, id="ar"),
    pytest.param(f"{TAJI_FA} بعداً از ۱۲ به ۱۴ نفر رسید.", 14, id="fa"),
    # near misses: the toll's noun with no figure
    pytest.param(f"{TAJI} is not yet known.", None, id="en-unknown"),
    pytest.param(f"{TAJI_AR} لم يعرف عدد الجرحى بعد.", None, id="ar-unknown"),
    pytest.param(f"{TAJI_FA} هنوز روشن نیست.", None, id="fa-unknown"),
]


@pytest.mark.parametrize(("text", "wounded"), REVISED_HALF)
def test_a_revised_toll_beside_the_other_half(text: str, wounded: int | None) -> None:
    assert _fields(text, "2020-03-13") == [("attack", "camp-taji", "2020-03-11", 3, wounded)]


HASAKAH = "A drone hit a coalition base near al-Hasakah on Thursday, killing an American contractor"
HASAKAH_AR = "هاجمت طائرة مسيرة قاعدة للتحالف قرب الحسكة يوم الخميس، ما أسفر عن مقتل متعاقد أمريكي"
HASAKAH_FA = "روز پنجشنبه یک پهپاد به پایگاه ائتلاف در نزدیکی حسکه اصابت کرد و یک پیمانکار را کشت و"
ONE_MORE = [
    pytest.param(
        f"{HASAKAH} and wounding five service members and a second contractor.", 6, id="en"
    ),
    pytest.param(
        f"{HASAKAH} and wounding five service members and another contractor.", 6, id="en-2"
    ),
    pytest.param(f"{HASAKAH_AR} وإصابة خمسة عسكريين ومتعاقد ثان.", 6, id="ar"),
    pytest.param(f"{HASAKAH_FA} پنج نظامی و یک پیمانکار دیگر را زخمی کرد.", 6, id="fa"),
    # near misses: "a second" naming no one hurt
    pytest.param(
        f"{HASAKAH} and wounding five service members and a second time damaging a hangar.",
        5,
        id="en-second-time",
    ),
    pytest.param(f"{HASAKAH_AR} وإصابة خمسة عسكريين، فيما أسقطت طائرة ثانية.", 5, id="ar-second"),
    pytest.param(f"{HASAKAH_FA} پنج نظامی را زخمی کرد.", 5, id="fa-five"),
]


@pytest.mark.parametrize(("text", "wounded"), ONE_MORE)
def test_one_more_hurt_told_by_rank(text: str, wounded: int) -> None:
    assert _fields(text, "2023-03-25") == [("attack", "hasakah", "2023-03-23", 1, wounded)]

"""Round 25's field rules (counts, casualties, the US bodies), each told in Arabic, Persian
and English; the sentences are written for these tests (none is taken from an evaluation
set):

- people joined by "and" are each counted: an Arabic dual or singular noun with no number
  word and the groups ``و`` joins to it (``أصيب جنديان أمريكيان ومجنّدة بريطانية``: 3), a
  plural counted by the number after it (``… ومتعاقدين اثنين``), one person ("a", ``یک``)
  joined to a counted group ("two soldiers and a British servicewoman were hurt");
- a figure revised in one sentence: the one told as the earlier ("it first reported two
  …; … said five", "…; an earlier statement had spoken of two", ``ابتدا … اما …``,
  ``…؛ … پیش‌تر از دو زخمی خبر داده بود``, ``…؛ وكان قد تحدث في وقت سابق …``) gives way;
- "at least N" after a casualty verb ("wounding at least 25 others"); the Persian
  "sustained wounds" (``جراحت سطحی برداشته‌اند``) and the active ``را زخمی کرد``;
- a range of numbers counts its lower figure ("two to three rockets", "between 5 and 7",
  ``٣ إلى ٤ صواريخ``, ``بين ٣ و٤``, ``دو تا سه موشک``);
- the Arabic construct dual before a weapon's name (``صاروخَي كاتيوشا``): two;
- the US official bodies are one list (the Department of Defense, the U.S. military,
  ``وزارة الدفاع الأميركية`` …) for both the bodies that act and the ones that speak.
"""

from __future__ import annotations

import pytest

from geoincidents.text import actors, counts
from geoincidents.text.drafting import draft_article
from geoincidents.text.folding import fold_text

MONDAY = "2024-08-05"


def _fields(text: str) -> list[tuple[str, str, str, int | None, int | None, int | None]]:
    return [
        (
            d.incident.kind,
            d.incident.target.place_id or "",
            str(d.incident.date),
            d.incident.count,
            d.incident.killed,
            d.incident.wounded,
        )
        for d in draft_article(text, "2024-08-06").drafts
    ]


JOINED_PEOPLE = [
    pytest.param(
        "Two rockets hit Ain al-Asad air base on Monday, wounding two American soldiers and a "
        "British servicewoman.",
        (2, None, 3),
        id="en-verb-first",
    ),
    pytest.param(
        "Two rockets hit Ain al-Asad air base on Monday; two American soldiers and a British "
        "servicewoman were hurt.",
        (2, None, 3),
        id="en-subject-first",
    ),
    pytest.param(
        "أصيب جنديان أمريكيان ومجنّدة بريطانية بجروح في هجوم صاروخي على قاعدة عين الأسد يوم "
        "الاثنين.",
        (None, None, 3),
        id="ar-dual-and-one",
    ),
    pytest.param(
        "سقط صاروخان على قاعدة عين الأسد يوم الاثنين، ما أسفر عن إصابة خمسة عسكريين أمريكيين "
        "ومتعاقدَين اثنين.",
        (2, None, 7),
        id="ar-number-after",
    ),
    pytest.param(
        "روز دوشنبه دو راکت به پایگاه عین‌الاسد اصابت کرد و دو سرباز آمریکایی و یک نظامی "
        "انگلیسی زخمی شدند.",
        (2, None, 3),
        id="fa-and-one",
    ),
    # near misses: the joined group has its own verb, or is no people
    pytest.param(
        "Two rockets hit Ain al-Asad air base on Monday, wounding two American soldiers, and a "
        "British convoy was turned back.",
        (2, None, 2),
        id="en-not-people",
    ),
    pytest.param(
        "Two rockets hit Ain al-Asad air base on Monday; two soldiers were wounded and a "
        "contractor was killed.",
        (2, 1, 2),
        id="en-own-verb",
    ),
    pytest.param(
        "أصيب جنديان أمريكيان وقُتل جندي عراقي في هجوم صاروخي على قاعدة عين الأسد يوم الاثنين.",
        (None, 1, 2),
        id="ar-own-verb",
    ),
    pytest.param(
        "روز دوشنبه دو راکت به پایگاه عین‌الاسد اصابت کرد و دو سرباز آمریکایی زخمی و یک نظامی "
        "انگلیسی کشته شد.",
        (2, 1, 2),
        id="fa-own-verb",
    ),
]


@pytest.mark.parametrize(("text", "figures"), JOINED_PEOPLE)
def test_people_joined_by_and_each_count(
    text: str, figures: tuple[int | None, int | None, int | None]
) -> None:
    assert _fields(text) == [("attack", "ain-al-asad", MONDAY, *figures)]


REVISED = [
    pytest.param(
        "A drone hit Ain al-Asad air base on Monday. The Pentagon first reported two troops "
        "wounded; by evening it said five people in all had been hurt.",
        id="en-first-reported",
    ),
    pytest.param(
        "A drone hit Ain al-Asad air base on Monday, wounding five troops, the Pentagon said; "
        "an earlier statement had spoken of two injured.",
        id="en-earlier-after",
    ),
    pytest.param(
        "هاجمت طائرة مسيرة قاعدة عين الأسد يوم الاثنين، وقال البنتاغون إن خمسة جنود أصيبوا "
        "بجروح؛ وكان قد تحدث في وقت سابق عن جريحين.",
        id="ar-earlier-after",
    ),
    pytest.param(
        "هاجمت طائرة مسيرة قاعدة عين الأسد يوم الاثنين. وتحدث البنتاغون في البداية عن إصابة "
        "جنديين، لكنه قال لاحقا إن خمسة جنود أصيبوا.",
        id="ar-at-first",
    ),
    pytest.param(
        "روز دوشنبه یک پهپاد به پایگاه عین‌الاسد اصابت کرد. پنتاگون ابتدا از زخمی شدن دو نفر "
        "خبر داد، اما بعدا گفت پنج نفر جراحت سطحی برداشته‌اند.",
        id="fa-at-first",
    ),
    pytest.param(
        "روز دوشنبه یک پهپاد به پایگاه عین‌الاسد اصابت کرد و پنج نظامی زخمی شدند؛ پنتاگون "
        "پیش‌تر از دو زخمی خبر داده بود.",
        id="fa-earlier-after",
    ),
    # near misses: a second figure that is part of the first, not an earlier one
    pytest.param(
        "A drone hit Ain al-Asad air base on Monday, wounding five troops; two of them were "
        "flown to Germany.",
        id="en-part",
    ),
    pytest.param(
        "هاجمت طائرة مسيرة قاعدة عين الأسد يوم الاثنين، وأصيب خمسة جنود بجروح؛ ونُقل اثنان "
        "منهم إلى ألمانيا.",
        id="ar-part",
    ),
    pytest.param(
        "روز دوشنبه یک پهپاد به پایگاه عین‌الاسد اصابت کرد و پنج نظامی زخمی شدند؛ دو نفر از "
        "آنها به آلمان منتقل شدند.",
        id="fa-part",
    ),
]


@pytest.mark.parametrize("text", REVISED)
def test_the_latest_figure_of_a_revised_toll(text: str) -> None:
    assert _fields(text) == [("attack", "ain-al-asad", MONDAY, 1, None, 5)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        pytest.param(
            "The observatory put the death toll at 22; it had earlier reported 17 dead.",
            (22, None),
            id="en",
        ),
        pytest.param(
            "ورفع المرصد حصيلة القتلى إلى 22؛ وكان قد أعلن في وقت سابق مقتل 17", (22, None), id="ar"
        ),
        pytest.param(
            "دیده‌بان شمار کشته‌های حمله شامگاه پنجشنبه را دست‌کم ۲۲ نفر اعلام کرد؛ این نهاد "
            "پیش‌تر از ۱۷ کشته خبر داده بود.",
            (22, None),
            id="fa",
        ),
        pytest.param("22 were killed; 17 of them were fighters.", (22, None), id="en-near-miss"),
    ],
)
def test_a_toll_before_its_earlier_figure(
    text: str, figures: tuple[int | None, int | None]
) -> None:
    assert counts.casualties(fold_text(text).folded) == figures


WOUNDED_WORDS = [
    pytest.param(
        "A drone hit Ain al-Asad air base on Monday, killing three soldiers and wounding at "
        "least 25 others.",
        (1, 3, 25),
        id="en-at-least",
    ),
    pytest.param(
        "روز دوشنبه یک پهپاد به پایگاه عین‌الاسد اصابت کرد و دو نفر از نیروها جراحت سطحی "
        "برداشته‌اند.",
        (1, None, 2),
        id="fa-sustained",
    ),
    pytest.param(
        "روز دوشنبه چهار راکت به پایگاه عین‌الاسد اصابت کرد و دو سرباز را زخمی کرد.",
        (4, None, 2),
        id="fa-active",
    ),
    pytest.param(
        "سقط صاروخا كاتيوشا داخل قاعدة عين الأسد يوم الاثنين، ما أسفر عن إصابة ثلاثة جنود.",
        (2, None, 3),
        id="ar-dual-construct",
    ),
    pytest.param(
        "أفادت مصادر بأن صاروخَي كاتيوشا سقطا داخل قاعدة عين الأسد يوم الاثنين دون إصابات.",
        (2, None, None),
        id="ar-dual-construct-oblique",
    ),
    # near misses: no one hurt; a single rocket
    pytest.param(
        "A drone hit Ain al-Asad air base on Monday, killing three soldiers; at least 25 "
        "rockets were found nearby.",
        (1, 3, None),
        id="en-near-miss",
    ),
    pytest.param(
        "سقط صاروخ كاتيوشا داخل قاعدة عين الأسد يوم الاثنين.",
        (1, None, None),
        id="ar-near-miss",
    ),
    pytest.param(
        "روز دوشنبه چهار راکت به پایگاه عین‌الاسد اصابت کرد و یک انبار را ویران کرد.",
        (4, None, None),
        id="fa-near-miss",
    ),
]


@pytest.mark.parametrize(("text", "figures"), WOUNDED_WORDS)
def test_casualty_words(text: str, figures: tuple[int | None, int | None, int | None]) -> None:
    assert _fields(text) == [("attack", "ain-al-asad", MONDAY, *figures)]


RANGES = [
    pytest.param(
        "On Monday militants fired two to three rockets at Ain al-Asad air base.", 2, id="en-to"
    ),
    pytest.param("On Monday between 5 and 7 rockets hit Ain al-Asad air base.", 5, id="en-between"),
    pytest.param("سقط ٣ إلى ٤ صواريخ على قاعدة عين الأسد يوم الاثنين.", 3, id="ar-to"),
    pytest.param("سقط بين ٣ و٤ صواريخ على قاعدة عين الأسد يوم الاثنين.", 3, id="ar-between"),
    pytest.param("روز دوشنبه دو تا سه موشک به پایگاه عین‌الاسد اصابت کرد.", 2, id="fa-to"),
    pytest.param(
        "روز دوشنبه سه تا چهار فروند راکت به پایگاه عین‌الاسد شلیک شد.", 3, id="fa-classifier"
    ),
    # near misses: one number (the Persian classifier ``تا`` is no range)
    pytest.param(
        "On Monday militants fired three rockets at Ain al-Asad air base.", 3, id="en-one"
    ),
    pytest.param("سقط ٤ صواريخ على قاعدة عين الأسد يوم الاثنين.", 4, id="ar-one"),
    pytest.param("روز دوشنبه سه تا موشک به پایگاه عین‌الاسد اصابت کرد.", 3, id="fa-one"),
]


@pytest.mark.parametrize(("text", "count"), RANGES)
def test_a_range_counts_its_lower_figure(text: str, count: int) -> None:
    assert [f[:4] for f in _fields(text)] == [("attack", "ain-al-asad", MONDAY, count)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        pytest.param("two to three soldiers were wounded", 2, id="en"),
        pytest.param("أسفر عن إصابة ٣ إلى ٤ جنود", 3, id="ar"),
        pytest.param("دو تا سه سرباز زخمی شدند", 2, id="fa"),
        pytest.param("بیست و پنج نفر زخمی شدند", 25, id="fa-compound-near-miss"),
    ],
)
def test_a_range_of_casualties_counts_its_lower_figure(text: str, wounded: int) -> None:
    assert counts.casualties(fold_text(text).folded) == (None, wounded)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Department of Defense said the base was hit.", id="en-dod"),
        pytest.param("The U.S. military said the base was hit.", id="en-military"),
        pytest.param("وقالت وزارة الدفاع الأميركية إن القاعدة استهدفت.", id="ar"),
        pytest.param("وزارت دفاع آمریکا اعلام کرد پایگاه هدف قرار گرفت.", id="fa"),
    ],
)
def test_us_bodies_are_official(text: str) -> None:
    assert actors.is_official(fold_text(text).folded)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("US officials said the base was hit.", id="en"),
        pytest.param("وقال مسؤولون أمريكيون إن القاعدة استهدفت.", id="ar"),
        pytest.param("مقام‌های آمریکایی گفتند پایگاه هدف قرار گرفت.", id="fa"),
    ],
)
def test_officials_are_no_body(text: str) -> None:
    assert not actors.is_official(fold_text(text).folded)


def _claims(
    text: str, published: str
) -> list[tuple[str, str, str, int | None, int | None, str, str]]:
    return [
        (
            d.incident.kind,
            d.incident.target.place_id or "",
            str(d.incident.date),
            d.incident.count,
            d.incident.killed,
            d.incident.claim_status,
            d.incident.actor,
        )
        for d in draft_article(text, published).drafts
        if d.incident.kind == "attack"
    ]


IRI = "Islamic Resistance in Iraq"
SPEAKS_ON = [
    pytest.param(
        "The Islamic Resistance in Iraq announced on Monday three operations against US bases "
        "in Syria. It said in statements that it had targeted al-Shaddadi base with a drone.",
        ("claimed", IRI),
        id="en",
    ),
    pytest.param(
        "أعلنت «المقاومة الإسلامية في العراق»، أمس الاثنين، تنفيذ ثلاث عمليات ضد قواعد أمريكية "
        "في سوريا. وقالت في بيانات متلاحقة إنها استهدفت قاعدة الشدادي بطائرة مسيّرة.",
        ("claimed", IRI),
        id="ar",
    ),
    pytest.param(
        "«مقاومت اسلامی عراق» روز دوشنبه از سه عملیات علیه پایگاه‌های آمریکا در سوریه خبر داد. "
        "در بیانیه‌ای اعلام کرد با یک پهپاد پایگاه الشدادی را هدف قرار داده است.",
        ("claimed", IRI),
        id="fa",
    ),
    # near misses: the sentence tells no deed of the group's, or another speaks
    pytest.param(
        "The Islamic Resistance in Iraq announced on Monday three operations against US bases "
        "in Syria. It said a drone later struck al-Shaddadi base.",
        ("unknown", ""),
        id="en-no-deed",
    ),
    pytest.param(
        "أعلنت «المقاومة الإسلامية في العراق»، أمس الاثنين، تنفيذ ثلاث عمليات ضد قواعد أمريكية "
        "في سوريا. وقالت مصادر محلية إن طائرة مسيّرة استهدفت قاعدة الشدادي.",
        ("unknown", ""),
        id="ar-another-speaks",
    ),
    pytest.param(
        "«مقاومت اسلامی عراق» روز دوشنبه از سه عملیات علیه پایگاه‌های آمریکا در سوریه خبر داد. "
        "منابع محلی اعلام کردند یک پهپاد پایگاه الشدادی را هدف قرار داد.",
        ("unknown", ""),
        id="fa-another-speaks",
    ),
]


@pytest.mark.parametrize(("text", "claim"), SPEAKS_ON)
def test_the_group_speaking_on_claims(text: str, claim: tuple[str, str]) -> None:
    assert _claims(text, "2023-11-21") == [
        ("attack", "al-shaddadi-base", "2023-11-20", 1, None, *claim)
    ]


def _told_with_toll(en: str, ar: str, fa: str) -> list[str]:
    return [
        "US forces struck three facilities used by Kataib Hezbollah in Iraq on Monday night, "
        "hours after a one-way drone hit Erbil air base.\n\nThe morning attack on the Erbil "
        f"base wounded three U.S. service members. {en}",
        "قصفت القوات الأمريكية ليل الاثنين ثلاث منشآت تستخدمها كتائب حزب الله في العراق، بعد "
        "ساعات من هجوم بطائرة مسيّرة على قاعدة أربيل الجوية.\n\nوأدى الهجوم الصباحي على قاعدة "
        f"أربيل إلى إصابة ثلاثة جنود أمريكيين. {ar}",
        "نیروهای آمریکا شامگاه دوشنبه سه تأسیسات کتائب حزب‌الله در عراق را بمباران کردند، "
        "ساعاتی پس از آنکه یک پهپاد به پایگاه هوایی اربیل اصابت کرد.\n\nدر حمله صبحگاهی به "
        f"پایگاه اربیل سه نظامی آمریکایی زخمی شدند. {fa}",
    ]


CLAIMED = _told_with_toll(
    "The Islamic Resistance in Iraq claimed the attack.",
    "وتبنت المقاومة الإسلامية في العراق الهجوم.",
    "مقاومت اسلامی عراق مسئولیت این حمله را بر عهده گرفت.",
)
UNCLAIMED = _told_with_toll(
    "No group has claimed the attack.",
    "ولم تتبن أي جهة الهجوم.",
    "هیچ گروهی مسئولیت این حمله را بر عهده نگرفت.",
)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        *(
            pytest.param(t, ("claimed", IRI), id=f"{lang}-claimed")
            for t, lang in zip(CLAIMED, ("en", "ar", "fa"), strict=True)
        ),
        *(
            pytest.param(t, ("unknown", ""), id=f"{lang}-none")
            for t, lang in zip(UNCLAIMED, ("en", "ar", "fa"), strict=True)
        ),
    ],
)
def test_the_claim_told_with_the_toll_of_an_answered_attack(
    text: str, claim: tuple[str, str]
) -> None:
    assert _claims(text, "2023-12-26") == [
        ("attack", "erbil-airport", "2023-12-25", 1, None, *claim)
    ]


def _answered(en: str, ar: str, fa: str) -> list[str]:
    return [
        "US jets struck buildings near Albu Kamal on Thursday. Kirby called the strike a "
        "response to the rocket attack on Erbil airport on February 15. In that attack 14 "
        f"rockets were fired and a contractor was killed. {en}Kataib Hezbollah claimed "
        "responsibility for it.",
        "قصفت مقاتلات أمريكية مساء الخميس مباني قرب البوكمال. ووصف كيربي الضربة بأنها رد على "
        "الهجوم الصاروخي على مطار أربيل في 15 شباط. وأطلق في ذلك الهجوم 14 صاروخا وقتل متعاقد. "
        f"{ar}وتبنت كتائب حزب الله الهجوم.",
        "جنگنده‌های آمریکا شامگاه پنجشنبه چند ساختمان را در نزدیکی ابوکمال بمباران کردند. کربی "
        "این حمله را پاسخی به حمله راکتی ۲۷ بهمن به فرودگاه اربیل خواند. در آن حمله ۱۴ راکت "
        f"شلیک شد و یک پیمانکار کشته شد. {fa}کتائب حزب‌الله مسئولیت آن را پذیرفت.",
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        *(
            pytest.param(t, ("claimed", "Kataib Hezbollah"), id=f"{lang}-next-but-one")
            for t, lang in zip(_answered("", "", ""), ("en", "ar", "fa"), strict=True)
        ),
        # near misses: the claim a sentence further on
        *(
            pytest.param(t, ("unknown", ""), id=f"{lang}-too-far")
            for t, lang in zip(
                _answered(
                    "Officials said the base was damaged. ",
                    "وقال مسؤولون إن القاعدة تضررت. ",
                    "مقامات گفتند پایگاه آسیب دید. ",
                ),
                ("en", "ar", "fa"),
                strict=True,
            )
        ),
    ],
)
def test_the_claim_after_the_count_of_an_answered_attack(text: str, claim: tuple[str, str]) -> None:
    # the count sentence's toll is the attack's too
    assert _claims(text, "2021-02-26") == [("attack", "erbil-airport", "2021-02-15", 14, 1, *claim)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        pytest.param("nine people, including a US soldier, were wounded", 9, id="en"),
        pytest.param("۹ نفر از جمله یک نظامی آمریکایی زخمی شدند", 9, id="fa"),
        pytest.param("أصيب تسعة أشخاص بينهم جندي أمريكي", 9, id="ar"),
        pytest.param("two soldiers were wounded, including one badly", 2, id="en-near-miss"),
        pytest.param(
            "A rocket hit the base, including a hangar, and a soldier was hurt",
            1,
            id="en-not-people",
        ),
    ],
)
def test_the_whole_group_before_including(text: str, wounded: int) -> None:
    assert counts.casualties(fold_text(text).folded)[1] == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        pytest.param(
            "The number of wounded exceeded 40, after initial estimates of 30 to 35 injured.",
            40,
            id="en",
        ),
        pytest.param(
            "قال المتحدث إن عدد المصابين في الهجوم تجاوز الأربعين، بعد تقديرات أولية تراوحت "
            "بين ثلاثين وأربعين مصاباً.",
            40,
            id="ar",
        ),
        pytest.param(
            "two soldiers were wounded, after initial reports of a fire", 2, id="en-near-miss"
        ),
    ],
)
def test_a_toll_that_exceeded_a_figure(text: str, wounded: int) -> None:
    assert counts.casualties(fold_text(text).folded)[1] == wounded


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        pytest.param(
            "وحمّل نائب رئيس الهيئة أبو مهدي المهندس القوات الأمريكية مسؤولية الانفجار.",
            False,
            id="ar-blame-long-subject",
        ),
        pytest.param("سخنگوی حشد آمریکا را مسئول این انفجار دانست.", False, id="fa-blame"),
        pytest.param("Washington held the group responsible for the blast.", False, id="en-blame"),
        pytest.param("وأعلنت كتائب حزب الله مسؤوليتها عن الانفجار.", True, id="ar-claim"),
    ],
)
def test_blame_is_no_claim(text: str, claimed: bool) -> None:
    assert actors.claims(fold_text(text).folded) is claimed


def _links(text: str) -> list[tuple[str, str, str, list[str]]]:
    drafts = draft_article(text, "2023-10-27").drafts
    place_of = {d.incident.id: d.incident.target.place_id or "" for d in drafts}
    return [
        (
            d.incident.kind,
            d.incident.target.place_id or "",
            str(d.incident.date),
            sorted(place_of[x] for x in d.incident.responds_to),
        )
        for d in drafts
    ]


# (Arabic is left out: ``وقال أوستن إن الضربات جاءت رداً على هجمات … استهدفت التنف وعين
# الأسد`` drafts the attacks answered as strikes, a reading of their kind, not of the link)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "US jets struck two IRGC sites near Albu Kamal on Friday. Austin called the strikes a "
            "response to the drone attacks of October 18 on al-Tanf and Ain al-Asad.",
            id="en",
        ),
        pytest.param(
            "جنگنده‌های آمریکایی بامداد جمعه دو مرکز سپاه را در نزدیکی البوکمال بمباران کردند. "
            "آستین این حملات را پاسخی به حملات پهپادی ۲۶ مهر به پایگاه التنف و عین‌الاسد خواند.",
            id="fa",
        ),
    ],
)
def test_a_strike_answers_every_attack_its_response_names(text: str) -> None:
    assert _links(text) == [
        ("retaliatory_strike", "albu-kamal", "2023-10-27", ["ain-al-asad", "al-tanf"]),
        ("attack", "al-tanf", "2023-10-18", []),
        ("attack", "ain-al-asad", "2023-10-18", []),
    ]


def test_a_strike_answers_no_attack_told_apart() -> None:
    text = (
        "US jets struck two IRGC sites near Albu Kamal on Friday. Austin called the strikes a "
        "response to the drone attack of October 18 on al-Tanf. A drone was shot down near "
        "Ain al-Asad on Thursday."
    )
    assert _links(text) == [
        ("retaliatory_strike", "albu-kamal", "2023-10-27", ["al-tanf"]),
        ("attack", "al-tanf", "2023-10-18", []),
        ("interception", "ain-al-asad", "2023-10-26", []),
    ]

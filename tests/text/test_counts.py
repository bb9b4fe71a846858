"""Casualty counts: the phrase a number belongs to, in Arabic, Persian and English."""

from __future__ import annotations

import pytest

from geoincidents.text.counts import casualties, updated_toll, weapon_count
from geoincidents.text.folding import fold_text


def _casualties(text: str) -> tuple[int | None, int | None]:
    return casualties(fold_text(text).folded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition ends the phrase: "a" is the attack's, the number is the subject's
        ("Four guards of the oil company were killed in a drone attack", (4, None)),
        ("Two soldiers were wounded in an attack on the base", (None, 2)),
        ("چهار نگهبان در یک حمله پهپادی کشته شدند", (4, None)),
        # two groups joined by "and" before the participle
        ("Three US troops and two contractors were injured", (None, 5)),
        ("سه سرباز آمریکایی و دو پیمانکار زخمی شدند", (None, 5)),
        # the second number alone when the first is no people's
        ("Two rockets hit the base and two soldiers were injured", (None, 2)),
        # a Persian subject far before its verb at the clause end
        (
            "چهار نظامی آمریکایی روز دوشنبه در حمله پهپادی به پایگاهی در شمال شرق اردن کشته شدند",
            (4, None),
        ),
        ("پنج نیروی محلی در حمله به میدان نفتی کشته شدند", (5, None)),
        # the Arabic passive after its subject
        ("وقالت مصادر إن خمسة قتلوا في الهجوم", (5, None)),
        ("وقالت مصادر إن ثلاثة لقوا حتفهم في القصف", (3, None)),
        # the feminine past before its object, with its conjunction: "and (it) wounded four"
        ("قتلت الغارة جنديين وجرحت أربعة جنود", (2, 4)),
        ("جرحت الضربة أربعة جنود", (None, 4)),
    ],
)
def test_casualty_phrases(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "killing a commander of the group",
        "the strike killed one fighter",
    ],
)
def test_one_person_is_still_one(text: str) -> None:
    assert _casualties(text) == (1, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two contractors were wounded, one of them seriously", (None, 2)),
        ("أصيب جنديان، واحد منهم بجروح خطيرة", (None, 2)),
    ],
)
def test_one_of_them_is_part_of_the_group(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The outpost came under rocket fire", "The base was hit by a rocket barrage"],
)
def test_weapon_fire_is_no_count(text: str) -> None:
    from geoincidents.text.counts import weapon_count

    assert weapon_count(fold_text(text).folded) == ("rocket", None)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("The ministry raised the number of wounded to 12.", (None, 12)),
        ("The death toll rose to seven on Sunday.", (7, None)),
        ("وارتفعت حصيلة القتلى إلى سبعة.", (7, None)),
        ("تعداد کشته‌ها به هفت نفر رسید.", (7, None)),
        ("Rockets hit the base, wounding five.", (None, None)),
    ],
)
def test_updated_toll(text: str, toll: tuple[int | None, int | None]) -> None:
    assert updated_toll(fold_text(text).folded) == toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arabic teen is read whole, before the accusative singular (which is also the
        # dual's construct form) and before the plural
        ("أطلق المسلحون أربعة عشر صاروخا على القاعدة", ("rocket", 14)),
        ("سقط أحد عشر صاروخا قرب المطار", ("rocket", 11)),
        ("سقطت ثلاث عشرة قذيفة على المعسكر", ("rocket", 13)),
        ("أطلقت خمس عشرة طائرة مسيرة", ("drone", 15)),
        # near misses: the dual's construct and ten alone
        ("سقط صاروخا كاتيوشا قرب المطار", ("rocket", 2)),
        ("سقطت عشرة صواريخ على المعسكر", ("rocket", 10)),
        # the other scripts, already read
        ("Fourteen rockets hit the base", ("rocket", 14)),
        ("چهارده راکت به پایگاه شلیک شد", ("rocket", 14)),
    ],
)
def test_arabic_teens_count_whole(text: str, expected: tuple[str, int]) -> None:
    assert weapon_count(fold_text(text).folded) == expected

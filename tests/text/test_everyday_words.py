"""Names that are also everyday words (``الصور`` the pictures, ``حرس الثورة``, ``تبني
الهجوم``, Persian ``انبار``): a place only where the words around say so.

Every row of ``gazetteer/everyday_words.csv`` is read twice: its everyday sentence names
no place at the word, its place sentence names its place there."""

from __future__ import annotations

import pytest

from geoincidents.places.everyday_words import EverydayWord, everyday_words
from geoincidents.text.drafting import draft_article
from geoincidents.text.geoparse import geoparse
from geoincidents.text.mentions import lookup_place
from tests.distance import km


def _at(text: str, word: str) -> list[str | None]:
    """The place ids of the mentions over ``word``'s first occurrence in ``text``."""
    result = geoparse(text)
    i = text.index(word)
    j = i + len(word)
    return [m.place.id if m.place else None for m in result.mentions if m.start < j and i < m.end]


@pytest.mark.parametrize("row", everyday_words(), ids=lambda r: f"{r.word}-{r.reading}")
def test_every_row_everyday_sentence_names_no_place(row: EverydayWord) -> None:
    assert _at(row.everyday, row.word) == []
    rejected = [r for r in geoparse(row.everyday).rejected if r.reason == "everyday word"]
    assert [r.text for r in rejected] == [row.word]


@pytest.mark.parametrize("row", everyday_words(), ids=lambda r: f"{r.word}-{r.reading}")
def test_every_row_place_sentence_names_its_place(row: EverydayWord) -> None:
    result = geoparse(row.place)
    i = row.place.index(row.word)
    (mention,) = [m for m in result.mentions if m.start < i + len(row.word) and i < m.end]
    assert mention.place is not None and mention.place.id == row.place_id
    place = lookup_place(row.place_id)
    assert place is not None
    assert km(mention.place.lat, mention.place.lon, place.lat, place.lon) < 1


@pytest.mark.parametrize(
    ("text", "word", "place_id"),
    [
        # the next place of a list, after another place's name
        ("وتنتشر القوات الأمريكية في قاعدتي عين الأسد وحرير.", "حرير", "harir-air-base"),
        ("نیروها در پایگاه‌های عین الاسد، حریر و التنف مستقرند.", "حریر", "harir-air-base"),
        ("ضربات أميركية على جرف النصر والقائم بعد منتصف الليل", "القائم", "al-qaim"),
        # a dateline; a hospital of the town; a site's noun a word or two before
        ("القائم - قالت مصادر أمنية إن طائرة قصفت منصة.", "القائم", "al-qaim"),
        ("ونقل الجرحى إلى مستشفى القائم العام.", "القائم", "al-qaim"),
        ("پهپادها پایگاه آمریکایی حریر را هدف گرفتند.", "حریر", "harir-air-base"),
        ("قتل عنصران في الغارة على موقع القائم.", "القائم", "al-qaim"),
        # an attack on it: a strike noun and its preposition, a verb and its object, the
        # Persian object attacked
        ("وقالت مصادر إن الغارات على القائم أسفرت عن قتلى.", "القائم", "al-qaim"),
        ("قصفت الطائرات الأمريكية القائم فجر الجمعة.", "القائم", "al-qaim"),
        ("رزمندگان پایگاه اشغالگران در حریر را با پهپاد هدف قرار دادند.", "حریر", "harir-air-base"),
        # an English name capitalised inside a sentence, or a dateline with its dash
        (
            "Rockets were fired at Victory and Union III on Monday.",
            "Victory",
            "victory-base-complex",
        ),
        ("Officials said Victory was hit twice.", "Victory", "victory-base-complex"),
        ("Victory, Iraq (AP) — Rockets hit the base overnight.", "Victory", "victory-base-complex"),
        ("Victory base was hit by two rockets.", "Victory base", "victory-base-complex"),
        # Anah written with its teh marbuta is no pronoun; Persian writes Anah ``عنه``
        ("سقطت قذائف على عنة غرب الأنبار.", "عنة", "anah"),
        ("پهپادها دیروز به عنه در غرب عراق حمله کردند.", "عنه", "anah"),
    ],
)
def test_the_words_around_place_an_everyday_word(text: str, word: str, place_id: str) -> None:
    assert _at(text, word) == [place_id]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("استدعت الخارجية القائم بالأعمال الأمريكي في بغداد.", "القائم"),
        ("وقال قائم مقام القضاء إن الوضع هادئ.", "قائم"),
        ("سيطرت هيئة تحرير الشام على المعبر.", "الشام"),
        ("وأظهرت صور متداولة السيارة وقد احترقت.", "صور"),
        ("اعلنت المقاومة الإسلامية مسؤوليتها عنه، وقال مسؤول إن الهجوم فشل.", "عنه"),
        ("كشورش در زمان مناسب پاسخ خواهد داد.", "شورش"),
        ("کشورهای میزبان از تبعات آن در امان نخواهند ماند.", "امان"),
        ("ويعود المقطع لمناورة عسكرية في بلد آخر.", "بلد"),
        ("ارتدى الجنود القبعات الزرقاء في الاستعراض.", "الزرقاء"),
        # an English word capitalised only because it opens a sentence or a quote
        ("Victory was declared by the group on Monday.", "Victory"),
        ('"Victory is ours," the commander told the crowd.', "Victory"),
        ("Green flares lit the sky. Green smoke rose too.", "Green"),
        ("Victoria, a spokeswoman, said the talks went well.", "Victoria"),
        # after the clitic ل, the article's alef dropped: ``للعلم`` (for your information)
        ("وللعلم فإن الاجتماع تأجل.", "لعلم"),
        ("هذه خطوة للتقدم في المفاوضات.", "لتقدم"),
    ],
)
def test_an_everyday_word_in_running_text_names_no_place(text: str, word: str) -> None:
    assert _at(text, word) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit al-Qaim on Monday.",
        "Two drones struck near Al-Suwar on Monday.",
        "A blast shook a depot in Anbar on Monday.",
    ],
)
def test_latin_spellings_are_untouched(text: str) -> None:
    assert geoparse(text).mentions
    assert all(r.reason != "everyday word" for r in geoparse(text).rejected)


# sentences that drafted an event at an everyday word's namesake before the table
@pytest.mark.parametrize(
    "text",
    [
        "وأظهرت الصور سقوط ثلاثة صواريخ مساء أمس.",  # was an attack on al-Suwar
        "قال حرس الثورة الإسلامية إنه أطلق صواريخ باليستية أمس.",  # on Tabqa
        "أعلنت الفصائل تبني الهجوم الصاروخي أمس.",  # on al-Tibni
        "يمثل القصف أمس خطوة نحو التقدم في المفاوضات.",  # on al-Taqaddum
        "انفجرت عبوة ناسفة في الحي أمس.",  # on al-Hayy (Wasit)
        "سقطت قذيفة على سطح منزل في المدينة أمس.",  # on al-Madinah (Basra)
        "یک انبار مهمات دیروز منفجر شد.",
    ],
)
def test_an_everyday_word_drafts_no_event_at_its_namesake(text: str) -> None:
    assert draft_article(text, "2024-01-10").drafts == ()


@pytest.mark.parametrize(
    ("text", "kind", "place_id"),
    [
        ("سقطت ثلاثة صواريخ قرب الصور شرق دير الزور أمس.", "attack", "al-suwar"),
        ("شنت طائرات أمريكية غارات على القائم أمس.", "retaliatory_strike", "al-qaim"),
        (
            "أعلنت المقاومة الإسلامية في العراق تبني الهجوم بطائرة مسيرة على قاعدة حرير أمس.",
            "attack",
            "harir-air-base",
        ),
        (
            "جنگنده‌های آمریکایی دیروز یک انبار مهمات را در نزدیکی البوکمال منهدم کردند.",
            "retaliatory_strike",
            "albu-kamal",
        ),
        ("قال حرس الثورة الإسلامية إنه أطلق صواريخ على أربيل أمس.", "attack", "erbil"),
    ],
)
def test_the_event_keeps_its_real_place(text: str, kind: str, place_id: str) -> None:
    drafts = draft_article(text, "2024-01-10").drafts
    assert [(d.incident.kind, d.incident.target.place_id) for d in drafts] == [(kind, place_id)]

"""Mentions: exact spans for every phenomenon, in the three scripts (our own sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.mentions import find_mentions

# (sentence, expected surface, expected place id, kind hint or None)
SPANS = [
    # plain names, three scripts
    ("Rockets landed in Mosul overnight.", "Mosul", "mosul", None),
    ("سقطت قذائف في الموصل ليلا", "الموصل", "mosul", None),
    ("چند راکت در موصل فرود آمد", "موصل", "mosul", None),
    # kind words in front, kept in the span
    ("Two drones flew at Camp Kalsu today.", "Camp Kalsu", "camp-kalsu", "military_base"),
    ("هجوم على قاعدة عين الأسد الجوية صباحا", "قاعدة عين الأسد الجوية", "ain-al-asad", None),
    ("حمله به پایگاه هوایی عین‌الاسد شد", "پایگاه هوایی عین\u200cالاسد", "ain-al-asad", None),
    ("انفجار قرب حقل العمر النفطي", "حقل العمر النفطي", "al-omar-oil-field", None),
    ("صدای انفجار در میدان نفتی العمر آمد", "میدان نفتی العمر", "al-omar-oil-field", None),
    ("راکت به روستای گرین خورد", "روستای گرین", "green-village", None),
    ("مصدر في شرطة قضاء هيت قال", "قضاء هيت", "hit-district", None),
    ("الوضع في محافظة الأنبار هادئ", "محافظة الأنبار", "anbar-governorate", None),
    ("نیروها در استان دیرالزور هستند", "استان دیرالزور", "deir-ez-zor-governorate", None),
    ("A convoy reached the al-Omar oil field.", "al-Omar oil field", "al-omar-oil-field", None),
    # Arabic clitics: not in the span
    ("وعين الأسد تعرضت لهجوم", "عين الأسد", "ain-al-asad", None),
    ("وصلت التعزيزات بالموصل أمس", "الموصل", "mosul", None),
    ("وصلت التعزيزات للموصل أمس", "لموصل", "mosul", None),
    ("وصلوا والميادين هادئة", "الميادين", "al-mayadin", None),
    ("فالقائم مدينة حدودية", "القائم", "al-qaim", None),
    # glued Persian forms, ZWNJ present or absent
    ("پایگاه عینالاسد هدف قرار گرفت", "پایگاه عینالاسد", "ain-al-asad", "military_base"),
    ("مقر حشد در جرفالصخر", "جرفالصخر", "jurf-al-sakhar", None),
    ("مقر حشد در جرف‌الصخر", "جرف\u200cالصخر", "jurf-al-sakhar", None),
    ("نیروها در دیرالزور", "دیرالزور", "deir-ez-zor-governorate", None),
    ("فرودگاه بینالمللی بغداد", "فرودگاه بینالمللی بغداد", "baghdad-airport", None),
    # tatweel, harakat, Persian letters in Arabic words
    ("قاعدة عيـن الأسـد", "قاعدة عيـن الأسـد", "ain-al-asad", "military_base"),
    ("قاعدةُ عَيْنِ الأَسَدِ هادئة", "قاعدةُ عَيْنِ الأَسَدِ", "ain-al-asad", "military_base"),
    ("قاعدة عین الاسد فی خطر", "قاعدة عین الاسد", "ain-al-asad", "military_base"),
    ("میدان نفتیـگازی کونیکو هدف شد", "میدان نفتیـگازی کونیکو", "conoco-gas-field", None),
    # a kind word behind quotation marks: hint only
    ("حمله به پایگاه «عین الاسد» شد", "عین الاسد", "ain-al-asad", "military_base"),
    # an English possessive ends the name: the fold drops the apostrophe ("baghdads")
    ("Rockets fell in Baghdad's Jadriya district", "Baghdad", "baghdad", None),
    ("Qaim’s mayor said", "Qaim", "al-qaim", None),
    ("the strike on Jurf al-Sakhar's depots", "Jurf al-Sakhar", "jurf-al-sakhar", None),
]


@pytest.mark.parametrize(("text", "surface", "place_id", "hint"), SPANS)
def test_exact_spans(
    gazetteer: Gazetteer, text: str, surface: str, place_id: str, hint: str | None
) -> None:
    found = find_mentions(text, gazetteer, include_geonames=False)
    assert [text[m.start : m.end] for m in found] == [surface]
    m = found[0]
    assert m.start == text.index(surface)
    assert m.text == surface
    assert m.candidates[0] == place_id
    if hint is not None:
        assert m.kind_hint == hint
    assert text[m.name_start : m.name_end] in surface


@pytest.mark.parametrize(
    "text",
    [
        "Whitehall said nothing.",  # Hit inside Whitehall is not Hit
        "The rocket hit the base",  # a verb, lower case
        "Mr Omari and the Mosulis",  # no name inside a longer word
        "Al-Hitti wrote a report",
        "هيتهم كبيرة",  # Arabic word containing هيت
        "قال بشار الأسد",  # an alias core (الأسد) needs a kind word
        "The Hits were calm",  # a plural, no apostrophe: no possessive
        "Hit'st thou",  # an apostrophe inside a longer word
    ],
)
def test_no_match_inside_words(gazetteer: Gazetteer, text: str) -> None:
    assert [m.text for m in find_mentions(text, gazetteer, include_geonames=False)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Persian's kaf is no clitic: a name right after it is inside a Persian word
        ("بایدن گفت کشورش پاسخ خواهد داد", []),  # its country: no Shurash
        ("نیروها کهیت را ترک کردند", []),
        # Arabic's kaf ("like") is one, before a name
        ("مدن كبغداد والبصرة تضررت", ["بغداد", "البصرة"]),
        ("شهرهایی مانند بغداد و بصره", ["بغداد", "بصره"]),
    ],
)
def test_only_arabic_kaf_is_a_clitic(bundled: Gazetteer, text: str, found: list[str]) -> None:
    assert [m.text for m in find_mentions(text, bundled)] == found


def test_longest_match_wins(gazetteer: Gazetteer) -> None:
    text = "Aircraft landed at Baghdad International Airport."
    found = find_mentions(text, gazetteer, include_geonames=False)
    assert [(m.text, m.candidates[0]) for m in found] == [
        ("Baghdad International Airport", "baghdad-airport")
    ]


def test_several_mentions_in_order(gazetteer: Gazetteer) -> None:
    text = "از موصل به سوی پایگاه عین الاسد و سپس القائم"
    found = find_mentions(text, gazetteer, include_geonames=False)
    assert [(m.text, m.start) for m in found] == [
        ("موصل", 3),
        ("پایگاه عین الاسد", text.index("پایگاه")),
        ("القائم", text.index("القائم")),
    ]


def test_countries_only_on_request(gazetteer: Gazetteer) -> None:
    text = "هجمات في العراق وسوريا"
    assert find_mentions(text, gazetteer, include_geonames=False) == []
    found = find_mentions(text, gazetteer, include_geonames=False, include_countries=True)
    assert [(m.text, m.country) for m in found] == [("العراق", "IQ"), ("سوريا", "SY")]


def test_lower_case_text_still_matches(gazetteer: Gazetteer) -> None:
    text = "rockets fell on mosul"
    assert [m.text for m in find_mentions(text, gazetteer, include_geonames=False)] == ["mosul"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_spans_slice_to_their_surface(gazetteer: Gazetteer, text: str) -> None:
    for m in find_mentions(text, gazetteer, include_geonames=False, include_countries=True):
        assert 0 <= m.start <= m.name_start < m.name_end <= m.end <= len(text)
        assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "عين",
                " ",
                "الأسد",
                "\u200c",
                "ـ",
                "َ",
                "قاعدة",
                "Hit",
                "ﻻ",
                "و",
                "ب",
                "ال",
                "موصل",
                "\n",
                "ی",
            ]
        ),
        max_size=20,
    )
)
def test_spans_in_confusable_text(gazetteer: Gazetteer, parts: list[str]) -> None:
    text = "".join(parts)
    for m in find_mentions(text, gazetteer, include_geonames=False):
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text


#: a name with its kind word outranks a longer alias inside that span: "Ain al-Asad
#: airbase" is one mention, not "al-Asad airbase" (the alias "Al Asad Airbase") after "Ain"
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Drones targeted Ayn al-Asad airbase.", "Ayn al-Asad airbase"),
        ("Drones targeted Ain al Asad Airbase on Monday.", "Ain al Asad Airbase"),
        ("Rockets hit Al Asad Airbase.", "Al Asad Airbase"),
        ("استهدفت مسيرة قاعدة حقل كونيكو للغاز", "قاعدة حقل كونيكو للغاز"),
        ("پهپادها پایگاه هوایی عین الاسد را هدف قرار دادند", "پایگاه هوایی عین الاسد"),
    ],
)
def test_a_name_with_its_kind_word_outranks_an_alias_inside_it(text: str, span: str) -> None:
    (m,) = find_mentions(text)
    assert text[m.start : m.end] == span


# The Latin article of a gazetteer name in every spelling (``names.article_variants``):
# al-/el-, and before a sun letter the assimilated as-/es-, ash-, ez- …, and back. The
# Arabic and Persian rows are the same places in their own scripts (their article is one).
ARTICLE_SPELLINGS = [
    ("Drones struck Jurf as-Sakhr on Monday.", "Jurf as-Sakhr", "jurf-al-sakhar"),
    ("Drones struck Jurf es-Sakhar on Monday.", "Jurf es-Sakhar", "jurf-al-sakhar"),
    ("Drones struck Jurf al-Sakhr on Monday.", "Jurf al-Sakhr", "jurf-al-sakhar"),
    ("قصفت طائرات مواقع في جرف الصخر", "جرف الصخر", "jurf-al-sakhar"),
    ("پهپادها جرف الصخر را هدف قرار دادند", "جرف الصخر", "jurf-al-sakhar"),
    ("Rockets hit Ain el-Asad overnight.", "Ain el-Asad", "ain-al-asad"),
    ("Rockets hit Deir al-Zor overnight.", "Deir al-Zor", "deir-ez-zor"),
    ("Rockets hit Deir el-Zour overnight.", "Deir el-Zour", "deir-ez-zor"),
    ("Rockets hit et-Tanf overnight.", "et-Tanf", "al-tanf"),
    ("Rockets hit esh-Shaddadi overnight.", "esh-Shaddadi", "al-shaddadi"),
    ("A bomb went off in al-Diwaniyah.", "al-Diwaniyah", "diwaniyah"),
    ("A bomb went off in al-Nasiriyah.", "al-Nasiriyah", "nasiriyah"),
    ("انفجرت عبوة في الديوانية", "الديوانية", "diwaniyah"),
    ("بمبی در دیوانیه منفجر شد", "دیوانیه", "diwaniyah"),
    # the English words "as", "at", "an" before a name are not its article …
    ("Cities such as Sulaymaniyah were calm.", "Sulaymaniyah", "sulaymaniyah"),
    ("As Sulaymaniyah slept, drones flew.", "Sulaymaniyah", "sulaymaniyah"),
    ("They saw smoke at Tanf on Monday.", "Tanf", "al-tanf"),
    # … but joined to it, or capitalised inside a sentence, they are
    ("Police in as-Sulaymaniyah said so.", "as-Sulaymaniyah", "sulaymaniyah"),
    ("Police in As Sulaymaniyah said so.", "As Sulaymaniyah", "sulaymaniyah"),
    ("Drones hit at-Tanf on Monday.", "at-Tanf", "al-tanf"),
]


@pytest.mark.parametrize(("sentence", "surface", "place_id"), ARTICLE_SPELLINGS)
def test_a_names_article_in_every_spelling(sentence: str, surface: str, place_id: str) -> None:
    found = [(sentence[m.start : m.end], m.candidates) for m in find_mentions(sentence)]
    assert any(text == surface and place_id in ids for text, ids in found), found
    assert not any(text != surface and place_id in ids for text, ids in found), found

"""names.py: spellings of one name meet, different names stay apart, folding is safe."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.places.names import (
    KIND_WORDS,
    clear_caches,
    country_code,
    fold_with_offsets,
    folded_words,
    is_arabic_script,
    kinds_compatible,
    latin_key,
    normalize,
    split_context,
    split_kind_hint,
)

# each group: spellings that must give one normalize() key
SAME_KEY = [
    ("عینالاسد", "عین‌الاسد", "عین الاسد", "عين الأسد", "عَيْنُ الأَسَد", "عيــن الأسد"),
    ("Al Qā’im", "al-Qaim", "el-Qaim", "AL QAIM", "al Qa'im", "Al-Qāʾim", "al-Qa‘im"),
    ("Ain al-Asad", "Ayn al-Asad", "Ein el-Asad", "Ain Al Assad", "ʿAyn al-Asad"),
    ("Deir ez-Zor", "Dayr az-Zor", "Dair al-Zor", "Deir al Zor", "DEIR EZ ZOR"),
    ("Dayr az-Zawr", "Deir ez-Zour", "Deir al-Zour"),
    ("Mahmudiyah", "Mahmudiya", "Mahmoudiyeh", "Mahmudiyya"),
    ("Zummar", "Zumar", "Zoumar"),
    ("Mayadin", "Mayadeen", "Mayaddin"),
    ("Qayyarah", "Qayarah", "Kayyara", "Qayyara"),
    ("Jurf as-Sakhar", "Jurf al-Sakhar", "jurf al sakhar", "Jurf-al-Sakhar"),
    ("Ash-Shaddadi", "al-Shaddadi", "ash Shaddadi", "Al Shadadi"),
    ("Ad-Diwaniyah", "al-Diwaniya", "Al Diwaniyeh"),
    ("برج ۲۲", "برج ٢٢", "برج 22", "برج22"),
    ("Tower 22", "tower-22", "TOWER 22"),
    ("كركوك", "کرکوک", "ﻛﺮﻛﻮﻙ"),  # Arabic kaf, keheh, presentation forms
    ("الموصل", "الموصِل", "\u200fالموصل\u200f"),  # harakat and bidi marks
    ("هيت", "هیت", "ھیت"),  # yeh / farsi yeh / heh doachashmee
    ("القائم", "القايم", "القائم"),
    ("الفلوجة", "الفلوجه", "الفلوجۀ"),
    ("إدلب", "ادلب", "أدلب", "آدلب", "ٱدلب"),
    ("مؤتة", "موته"),
    ("عملیة", "عملية", "عمليه"),
    ("المھام", "المهام"),
    ("نفتیـگازی", "نفتی‌گازی", "نفتیگازی", "نفتی گازی"),
]

DIFFERENT = [
    ("Hit", "Hilla"),
    ("Baghdad", "Baghdadi"),
    ("زمار", "ذمار"),
    ("Tower 22", "Tower 23"),
    ("عين الأسد", "عين العرب"),
    ("Mosul", "Basra"),
]


@pytest.mark.parametrize("group", SAME_KEY, ids=lambda g: g[0])
def test_spellings_of_one_name_share_a_key(group: tuple[str, ...]) -> None:
    keys = {normalize(s) for s in group}
    assert len(keys) == 1, dict(zip(group, map(normalize, group), strict=True))
    assert next(iter(keys))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


def test_normalize_keeps_digits_and_drops_spaces() -> None:
    assert normalize("برج ۲۲") == "برج22"
    assert normalize("Tower 22").endswith("22") and " " not in normalize("Tower 22")


# cross-script: Latin spellings and Arabic/Persian spellings of one name
SAME_SKELETON = [
    ("Jurf al-Sakhar", "جرف الصخر", "جرفالصخر", "Jurf as-Sakhar"),
    ("Mayadin", "الميادين", "المیادین", "Al Mayadeen"),
    ("Albu Kamal", "البوكمال", "Abu Kamal", "البو كمال"),
    ("Conoco", "Kunico", "کونیکو", "كونيكو"),
    ("Zummar", "زمار", "ذمار"),
    ("Deir ez-Zor", "دير الزور", "دیرالزور", "Dayr az-Zawr"),
    ("Kharab al-Jir", "خراب الجير", "خراب الجیر"),
    ("Kalsu", "کالسو", "كالسو"),
    ("Victoria", "ویکتوریا"),
    ("Shaddadi", "الشدادي", "Chaddadi"),
    ("Rmelan", "رميلان", "رمیلان"),
    ("Anbar", "الأنبار", "انبار"),
    ("Baghdad", "بغداد"),
    ("Qamishli", "القامشلي", "قامشلی"),
    ("Falluja", "الفلوجة", "Fallujah"),
    ("Khanaqin", "خانقين"),
    ("Erbil", "أربيل", "اربیل"),
]


@pytest.mark.parametrize("group", SAME_SKELETON, ids=lambda g: g[0])
def test_latin_key_meets_across_scripts(group: tuple[str, ...]) -> None:
    keys = {latin_key(s) for s in group}
    assert len(keys) == 1, dict(zip(group, map(latin_key, group), strict=True))


@pytest.mark.parametrize(
    ("a", "b"), [("Baghdad", "بصرة"), ("Kirkuk", "الموصل"), ("Zummar", "Dohuk")]
)
def test_latin_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert latin_key(a) != latin_key(b)


KIND_SPLITS = [
    ("پایگاه هوایی الاسد", "الاسد", "air_base"),
    ("پایگاه‌هوایی الاسد", "الاسد", "air_base"),
    ("پایگاه الاسد", "الاسد", "military_base"),
    ("قاعدة عين الأسد الجوية", "عين الأسد", "air_base"),
    ("قاعدة عين الأسد", "عين الأسد", "military_base"),
    ("Ain al-Asad Air Base", "Ain al-Asad", "air_base"),
    ("Al Asad airbase", "Al Asad", "air_base"),
    ("Camp Kalsu", "Kalsu", "military_base"),
    ("FOB Kalsu", "Kalsu", "military_base"),
    ("پادگان کالسو", "کالسو", "military_base"),
    ("معسكر التاجي", "التاجي", "military_base"),
    ("حقل العمر النفطي", "العمر", "oil_field"),
    ("میدان نفتی العمر", "العمر", "oil_field"),
    ("میدان نفتیـگازی کونیکو", "کونیکو", "oil_field"),
    ("Conoco gas field", "Conoco", "gas_field"),
    ("al-Omar oil field", "al-Omar", "oil_field"),
    ("مطار بغداد", "بغداد", "airport"),
    ("فرودگاه بینالمللی بغداد", "بغداد", "airport"),
    ("Baghdad International Airport", "Baghdad", "airport"),
    ("محافظة الأنبار", "الأنبار", "governorate"),
    ("استان انبار", "انبار", "governorate"),
    ("Anbar Governorate", "Anbar", "governorate"),
    ("Anbar province", "Anbar", "governorate"),
    ("قضاء هيت", "هيت", "district"),
    ("ناحية القيارة", "القيارة", "district"),
    ("روستای گرین", "گرین", "village"),
    ("شهرک ذمار", "ذمار", "town"),
    ("Hit", "Hit", None),
    ("Camp", "Camp", None),  # a kind word alone stays a name
    ("Base", "Base", None),
]


@pytest.mark.parametrize(("text", "core", "kind"), KIND_SPLITS)
def test_split_kind_hint(text: str, core: str, kind: str | None) -> None:
    assert split_kind_hint(text) == (core, kind)


def test_kind_words_are_folded_and_known_kinds() -> None:
    assert KIND_WORDS[normalize("air base")] == "air_base"
    assert KIND_WORDS[normalize("پایگاه هوایی")] == "air_base"
    assert KIND_WORDS[normalize("قاعدة")] == "military_base"
    assert all(k == normalize(k) for k in KIND_WORDS)


def test_kind_families() -> None:
    assert kinds_compatible("air_base", "military_base")
    assert kinds_compatible("oil_field", "gas_field")
    assert not kinds_compatible("city", "air_base")
    assert kinds_compatible(None, "city")


CONTEXTS = [
    ("Hit, Iraq", "Hit", ("Iraq",)),
    ("Hit, Anbar, Iraq", "Hit", ("Anbar", "Iraq")),
    ("هيت، الأنبار", "هيت", ("الأنبار",)),
    ("Green Village in Deir ez-Zor", "Green Village", ("Deir ez-Zor",)),
    ("المیادین در دیرالزور", "المیادین", ("دیرالزور",)),
    ("الميادين في دير الزور", "الميادين", ("دير الزور",)),
    ("Zummar (Nineveh)", "Zummar", ("Nineveh",)),
    ("Baghdad", "Baghdad", ()),
]


@pytest.mark.parametrize(("text", "name", "context"), CONTEXTS)
def test_split_context(text: str, name: str, context: tuple[str, ...]) -> None:
    assert split_context(text) == (name, context)


def test_country_codes_in_three_scripts() -> None:
    assert {country_code(s) for s in ("Iraq", "العراق", "عراق")} == {"IQ"}
    assert {country_code(s) for s in ("Syria", "سوريا", "سوریه")} == {"SY"}
    assert country_code("Anbar") is None


def test_is_arabic_script() -> None:
    assert is_arabic_script("پایگاه") and is_arabic_script("x قاعدة")
    assert not is_arabic_script("Qā’im")


def test_fold_with_offsets_maps_back_to_the_original() -> None:
    text = "Al-Qā’im و عین‌الاسد  ۲۲"
    folded, offsets = fold_with_offsets(text)
    # the ZWNJ separates words, like a space (one fold everywhere: places/folding.py)
    assert folded == "al qaim و عين الاسد 22"
    start = folded.index("عين الاسد")
    end = start + len("عين الاسد")
    assert text[offsets[start] : offsets[end - 1] + 1] == "عین‌الاسد"
    assert text[offsets[folded.index("22")]] == "۲"


# ---------------------------------------------------------------------------
# properties

ARABIC_LATIN = st.text(
    alphabet=st.sampled_from(
        list("al-ezdtshqouyiewAEZḌ’' ʿʾ,.،ًٌٍَُِّْـ\u200c\u200d\u200fاأإآٱلعینيىكکةۀھئؤء۲٢")
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), ARABIC_LATIN))
def test_normalize_never_raises_and_is_idempotent(text: str) -> None:
    key = normalize(text)
    assert normalize(key) == key
    assert " " not in key


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), ARABIC_LATIN))
def test_fold_with_offsets_offsets_are_monotone_and_in_range(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert len(folded) == len(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    assert offsets == sorted(offsets)
    assert "  " not in folded and folded == folded.strip()


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), ARABIC_LATIN))
def test_other_keys_never_raise(text: str) -> None:
    assert isinstance(latin_key(text), str)
    core, _ = split_kind_hint(text)
    assert isinstance(core, str)
    name, context = split_context(text)
    assert isinstance(name, str) and isinstance(context, tuple)


@pytest.mark.parametrize(
    ("spellings", "words"),
    [
        (("Al-Qā’im", "AL QAIM", "al\u2011qaim", "Al Qa\u0301im"), "al qaim"),
        (("عَينُ الأسد", "عيـن الأسد", "عین الأسد"), "عين الاسد"),
        # the ZWNJ separates words (normalize joins them again: one key either way)
        (("دیر‌الزور", "دير الزور"), "دير الزور"),
        (("دیرالزور", "ديرالزور"), "ديرالزور"),
        (("برج ۲۲", "برج ٢٢", "برج 22"), "برج 22"),
    ],
)
def test_spellings_that_fold_alike_share_folded_words(
    spellings: tuple[str, ...], words: str
) -> None:
    assert {folded_words(s) for s in spellings} == {words}


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), ARABIC_LATIN))
def test_keys_depend_only_on_the_folded_words(text: str) -> None:
    words = folded_words(text)
    assert folded_words(words) == words
    assert normalize(words) == normalize(text)
    assert latin_key(words) == latin_key(text)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(), ARABIC_LATIN))
def test_keys_computed_afresh_equal_the_remembered_ones(text: str) -> None:
    warm = (normalize(text), latin_key(text), split_kind_hint(text))
    clear_caches()
    assert (normalize(text), latin_key(text), split_kind_hint(text)) == warm


@pytest.mark.parametrize(
    ("words", "variants"),
    [
        ("jurf al sakhr", {"jurf as sakhr", "jurf es sakhr", "jurf el sakhr"}),
        ("jurf as sakhar", {"jurf al sakhar", "jurf el sakhar", "jurf es sakhar"}),
        ("deir ez zor", {"deir al zor", "deir el zor", "deir az zor"}),
        ("ain al asad", {"ain el asad"}),
        ("al shaddadi", {"el shaddadi", "ash shaddadi", "esh shaddadi"}),
        # no article, or an article before no word: nothing to vary
        ("baghdad", set()),
        ("tower 22", set()),
        ("al 22", set()),
        # an assimilated article must double the word's first letter(s)
        ("as baghdad", set()),
        # the Arabic article is one spelling already
        ("جرف الصخر", set()),
    ],
)
def test_article_variants(words: str, variants: set[str]) -> None:
    from geoincidents.places.names import article_variants, normalize

    got = set(article_variants(words))
    assert got == variants
    # every variant is the same name: one match key
    assert {normalize(v) for v in got} <= {normalize(words)}

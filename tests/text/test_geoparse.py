"""Geoparsing: resolution in context, roles, relative locations, robustness."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.errors import GeoparseError
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.places.kinds import SETTLEMENT_KINDS
from geoincidents.places.model import Place
from geoincidents.text.geoparse import geoparse, geoparse_file
from tests.distance import km

# (sentence, surface, anchor id, distance m, bearing, shape)
RELATIVE = [
    (
        "Rockets were fired from 15 km north-west of Mosul.",
        "15 km north-west of Mosul",
        "mosul",
        15000.0,
        315.0,
        "sector",
    ),
    (
        "A village about 2 km from Ain al-Asad was hit.",
        "A village about 2 km from Ain al-Asad",
        "ain-al-asad",
        2000.0,
        None,
        "disc",
    ),
    ("A convoy was hit south of Baghdad.", "south of Baghdad", "baghdad", None, 180.0, "sector"),
    (
        "Forces are stationed east of the Euphrates.",
        "east of the Euphrates",
        "euphrates",
        None,
        90.0,
        "band",
    ),
    (
        "راکت‌ها از روستایی در ۱۲ کیلومتری پایگاه عین الاسد پرتاب شدند",
        "روستایی در ۱۲ کیلومتری پایگاه عین الاسد",
        "ain-al-asad",
        12000.0,
        None,
        "annulus",
    ),
    ("پرتاب راکت از شمال غرب موصل", "شمال غرب موصل", "mosul", None, 315.0, "sector"),
    ("بمب در جنوب بغداد منفجر شد", "جنوب بغداد", "baghdad", None, 180.0, "sector"),
    (
        "انفجار در شرق دیرالزور شنیده شد",
        "شرق دیرالزور",
        "deir-ez-zor-governorate",
        None,
        90.0,
        "sector",
    ),
    ("نیروها در شرق فرات مستقرند", "شرق فرات", "euphrates", None, 90.0, "band"),
    (
        "سقطت صواريخ على مواقع غربي الأنبار",
        "غربي الأنبار",
        "anbar-governorate",
        None,
        270.0,
        "sector",
    ),
    ("انفجار جنوب بغداد", "جنوب بغداد", "baghdad", None, 180.0, "sector"),
]


@pytest.mark.parametrize(("text", "surface", "anchor", "distance", "bearing", "shape"), RELATIVE)
def test_relative_locations(
    gazetteer: Gazetteer,
    text: str,
    surface: str,
    anchor: str,
    distance: float | None,
    bearing: float | None,
    shape: str,
) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    rel = [m for m in result.mentions if m.relative is not None]
    assert [m.text for m in rel] == [surface]
    m = rel[0]
    assert m.start == text.index(surface)
    assert m.relative is not None and m.estimate is not None
    assert m.relative.anchor.id == anchor
    assert m.relative.distance_m == distance
    assert m.relative.bearing_deg == bearing
    assert m.estimate.shape == shape
    assert m.estimate.polygon_wkt.startswith("POLYGON")
    if distance is not None and bearing is not None:
        a = m.relative.anchor
        assert abs(km(a.lat, a.lon, m.lat, m.lon) - distance / 1000) < 0.5  # type: ignore[arg-type]


def test_anchorless_distance_takes_the_last_site(gazetteer: Gazetteer) -> None:
    text = "استهدفت صواريخ قاعدة عين الأسد. وانفجر أقربها على بعد نحو كيلومترين فقط."
    result = geoparse(text, gazetteer, include_geonames=False)
    rel = result.relative
    assert [m.text for m in rel] == ["على بعد نحو كيلومترين"]
    assert rel[0].relative is not None and rel[0].relative.anchor.id == "ain-al-asad"
    assert rel[0].relative.distance_m == 2000.0 and rel[0].relative.approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rockets were fired from Hit toward Ain al-Asad.",
            [("Hit", "origin"), ("Ain al-Asad", "target")],
        ),
        (
            "پنج راکت از موصل به سوی پایگاه عین الاسد شلیک شد",
            [("موصل", "origin"), ("پایگاه عین الاسد", "target")],
        ),
        (
            "أطلقت صواريخ من الموصل باتجاه قاعدة عين الأسد",
            [("الموصل", "origin"), ("قاعدة عين الأسد", "target")],
        ),
        ("أطلقت ثلاثة صواريخ على حقل العمر النفطي", [("حقل العمر النفطي", "target")]),
        ("US airstrikes hit militia headquarters in al-Qaim.", [("al-Qaim", "strike_site")]),
        (
            "حملات هوایی آمریکا مقر حشد در جرف‌الصخر را هدف قرار داد",
            [("جرف\u200cالصخر", "strike_site")],
        ),
        ("الوضع هادئ في محافظة الأنبار", [("محافظة الأنبار", "context")]),
        # "X and Y": the second place shares the role of the first
        (
            "Rockets targeted Ain al-Asad and Camp Kalsu.",
            [("Ain al-Asad", "target"), ("Camp Kalsu", "target")],
        ),
        (
            "سقطت صواريخ على قاعدة عين الأسد ومعسكر كالسو",
            [("قاعدة عين الأسد", "target"), ("معسكر كالسو", "target")],
        ),
        (
            "راکت‌ها به سوی عین الاسد و پادگان کالسو شلیک شد",
            [("عین الاسد", "target"), ("پادگان کالسو", "target")],
        ),
    ],
)
def test_roles(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    assert [(m.text, m.role) for m in result.mentions] == expected


# "X in Y": the site X is the target (or origin); the area Y holding it is context
SITE_IN_AREA = [
    (
        "On 5 January 2022 eight rockets hit the Green Village base in Deir ez-Zor.",
        [
            ("Green Village base", "green-village", "target"),
            ("Deir ez-Zor", "deir-ez-zor-governorate", "context"),
        ],
    ),
    (
        "سقطت ثمانية صواريخ على قاعدة القرية الخضراء في محافظة دير الزور.",
        [
            ("قاعدة القرية الخضراء", "green-village", "target"),
            ("محافظة دير الزور", "deir-ez-zor-governorate", "context"),
        ],
    ),
    (
        "هشت راکت به پایگاه روستای الخضرا در استان دیر الزور اصابت کرد.",
        [
            ("پایگاه روستای الخضرا", "green-village", "target"),
            ("استان دیر الزور", "deir-ez-zor-governorate", "context"),
        ],
    ),
    (
        "Rockets were fired from Hit in Anbar toward Ain al-Asad.",
        [
            ("Hit", "hit", "origin"),
            ("Anbar", "anbar-governorate", "context"),
            ("Ain al-Asad", "ain-al-asad", "target"),
        ],
    ),
    (
        "استهدف هجوم قاعدة عين الأسد بمحافظة الأنبار",
        [
            ("قاعدة عين الأسد", "ain-al-asad", "target"),  # the object of "استهدف"
            ("محافظة الأنبار", "anbar-governorate", "context"),
        ],
    ),
    (
        "حمله به پایگاه عین الاسد در استان انبار",
        [
            ("پایگاه عین الاسد", "ain-al-asad", "target"),
            ("استان انبار", "anbar-governorate", "context"),
        ],
    ),
]


@pytest.fixture(scope="module")
def with_city(gazetteer: Gazetteer) -> Gazetteer:
    """The test gazetteer plus a city sharing its bare name with its governorate."""
    city = Place(
        "deir-ez-zor",
        "Deir ez-Zor",
        35.336,
        40.145,
        "city",
        "SY",
        6000,
        "test",
        name_ar="دير الزور",
        name_fa="دیر الزور",
        aliases=("مدينة دير الزور",),
    )
    return Gazetteer((*gazetteer.places, city))


@pytest.mark.parametrize(("text", "expected"), SITE_IN_AREA)
def test_site_in_area_is_the_target_and_the_area_context(
    gazetteer: Gazetteer, with_city: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    for g in (gazetteer, with_city):  # with the city, the governorate reading holds the base
        result = geoparse(text, g, include_geonames=False)
        got = [(m.text, m.place.id if m.place else None, m.role) for m in result.mentions]
        assert got == expected


def test_a_far_place_after_in_is_not_a_container(gazetteer: Gazetteer) -> None:
    # Camp Kalsu is south of Baghdad, not in Deir ez-Zor: the rule must not fire
    text = "A drone hit the Camp Kalsu base in Deir ez-Zor."
    result = geoparse(text, gazetteer, include_geonames=False)
    got = [(m.place.id if m.place else None, m.role) for m in result.mentions]
    assert got == [("camp-kalsu", "target"), ("deir-ez-zor-governorate", "target")]


def test_bare_name_tie_prefers_the_site_to_the_area(gazetteer: Gazetteer) -> None:
    # "Hit" names the town and the district; with nothing else to tell them apart, the town
    result = geoparse("Rockets were fired from Hit.", gazetteer, include_geonames=False)
    assert [m.place.id for m in result.mentions if m.place] == ["hit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلقت صواريخ من ذمار في شمال العراق نحو سوريا", "zummar"),
        ("قتلى في ذمار جنوب صنعاء في اليمن", "dhamar"),
        ("پنج موشک از شهرک ذمار عراق به سوی پایگاهی در سوریه شلیک شد", "zummar"),
    ],
)
def test_countries_named_pick_the_candidate(gazetteer: Gazetteer, text: str, expected: str) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    places = [m.place.id for m in result.mentions if m.place]
    assert places == [expected]
    assert result.mentions[0].candidates[0].place.id == expected
    assert len(result.mentions[0].candidates) == 2


def test_sites_of_one_article_pull_candidates_together(gazetteer: Gazetteer) -> None:
    # no country named: the unambiguous Iraqi base makes the Iraqi reading likelier
    text = "Rockets hit Ain al-Asad. Later a launcher was found in ذمار."
    result = geoparse(text, gazetteer, include_geonames=False)
    assert [m.place.id for m in result.mentions if m.place] == ["ain-al-asad", "zummar"]


def test_to_dict_is_the_cli_contract(gazetteer: Gazetteer) -> None:
    text = "حمله به پایگاه عین الاسد"
    row = geoparse(text, gazetteer, include_geonames=False).mentions[0].to_dict()
    assert {"start", "end", "text", "found", "id", "name", "lat", "lon", "score", "role"} <= set(
        row
    )
    assert row["id"] == "ain-al-asad" and row["found"] is True and row["role"] == "target"
    assert text[row["start"] : row["end"]] == row["text"] == "پایگاه عین الاسد"
    json.dumps(row, ensure_ascii=False)


def test_not_text_is_a_geoparse_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(GeoparseError, match="needs text"):
        geoparse(b"bytes", gazetteer)  # type: ignore[arg-type]


def test_unreadable_file_names_the_file(tmp_path, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    with pytest.raises(GeoparseError, match=r"bad\.txt"):
        geoparse_file(bad, gazetteer)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_geoparse_never_raises_on_any_text(gazetteer: Gazetteer, text: str) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
        assert 0.0 <= m.score <= 1.0
    for r in result.rejected:
        assert text[r.start : r.end] == r.text


ALPHABET = [
    "در ",
    "۱۵ ",
    "کیلومتری ",
    "شمال غرب ",
    "موصل",
    "عین",
    " الاسد",
    "على بعد نحو كيلومترين",
    " من ",
    "القاعدة",
    "\u200c",
    "ـ",
    ". ",
    "north-west of ",
    "Mosul",
    "15 km ",
    "from ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=15))
def test_relative_phrases_never_break_spans(gazetteer: Gazetteer, parts: list[str]) -> None:
    text = "".join(parts)
    for m in geoparse(text, gazetteer, include_geonames=False).mentions:
        assert text[m.start : m.end] == m.text


# ---------------------------------------------------------------------------
# one ranking: the resolver's, with the article as hints


@pytest.mark.parametrize(
    ("text", "surface", "method"),
    [
        ("Rockets hit Ain al-Asad Air Base.", "Ain al-Asad Air Base", "exact"),
        ("Rockets hit AIN AL-ASAD AIR BASE.", "AIN AL-ASAD AIR BASE", "normalized"),
        ("سقطت صواريخ على قاعدة عين الأسد الجوية", "قاعدة عين الأسد الجوية", "exact"),
        ("سقطت صواريخ على قاعدة عيـن الأسـد", "قاعدة عيـن الأسـد", "normalized"),
        ("موشک‌ها به پایگاه هوایی عین‌الاسد اصابت کرد", "پایگاه هوایی عین‌الاسد", "exact"),
        ("موشک‌ها به پایگاه هوایی عینالاسد اصابت کرد", "پایگاه هوایی عینالاسد", "normalized"),
    ],
)
def test_the_method_reported_is_how_the_name_matched(
    gazetteer: Gazetteer, text: str, surface: str, method: str
) -> None:
    (m,) = [m for m in geoparse(text, gazetteer, include_geonames=False).mentions]
    assert m.text == surface and m.place is not None and m.place.id == "ain-al-asad"
    assert m.method == method


@pytest.mark.parametrize(
    "text",
    [
        "Bashar al-Assad said the talks would go on.",
        "قال بشار الأسد إن المحادثات مستمرة",
        "بشار اسد گفت که گفتگوها ادامه دارد",
    ],
)
def test_a_person_in_running_text_stays_a_person(gazetteer: Gazetteer, text: str) -> None:
    found = geoparse(text, gazetteer, include_geonames=False)
    assert not [m for m in found.mentions if m.place is not None]


def test_a_kind_word_rules_out_a_river_reading_in_text() -> None:
    river = Place("furat", "Euphrates", 31.0, 46.2, "river", "IQ", 50_000, "test",
                  name_ar="الفرات")  # fmt: skip
    base = Place("asad", "Ain al-Asad", 33.79, 42.44, "air_base", "IQ", 4000, "test",
                 name_ar="عين الأسد")  # fmt: skip
    g = Gazetteer((river, base))
    found = geoparse("سقطت صواريخ على قاعدة الفرات وقاعدة عين الأسد", g, include_geonames=False)
    by_text = {m.text: m for m in found.mentions}
    assert by_text["قاعدة عين الأسد"].place is base
    assert "قاعدة الفرات" not in by_text or by_text["قاعدة الفرات"].place is None


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell in the Green Zone.",
        "سقطت صواريخ في المنطقة الخضراء.",
        "چند راکت در منطقه سبز فرود آمد.",
    ],
)
def test_a_name_that_starts_with_an_area_word_is_found_whole(text: str) -> None:
    """``منطقه سبز`` is the Green Zone's own name, not the area word and a short core."""
    (mention,) = geoparse(text).mentions
    assert mention.place is not None and mention.place.id == "green-zone"
    assert mention.score >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Rockets were fired from 12 km south of Mosul toward Ain al-Asad.",
        "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية قرب هيت.",
        "هشت راکت از نزدیکی فرودگاه بغداد به پایگاه عین‌الاسد شلیک شد.",
    ],
)
def test_no_gazetteer_reads_as_the_default_one(text: str) -> None:
    from geoincidents.places.gazetteer import default_gazetteer

    assert geoparse(text) == geoparse(text, default_gazetteer())


# ------------------------------------------------------------------ a base named by its owner

#: (text, the town as written, the place expected: the one base near the town, or the town)
OWNED_BASES = [
    ("A drone struck the U.S. base in Rmelan on Monday.", "Rmelan", "kharab-al-jir"),
    ("Rockets were fired at the American base outside Rmelan.", "Rmelan", "kharab-al-jir"),
    ("Rockets hit a coalition base near Shaddadi.", "Shaddadi", "al-shaddadi-base"),
    ("تعرضت القاعدة الأمريكية في رميلان لهجوم بطائرة مسيرة.", "رميلان", "kharab-al-jir"),
    ("قصفت مسيرة قاعدة للتحالف الدولي قرب الشدادي.", "الشدادي", "al-shaddadi-base"),
    ("پهپادها به پایگاه آمریکا در رمیلان حمله کردند.", "رمیلان", "kharab-al-jir"),
    ("حمله به پایگاه نظامی آمریکا در نزدیکی رمیلان", "رمیلان", "kharab-al-jir"),
    # the groups' word for the US forces: the occupation's base
    ("استهدفنا قاعدة الاحتلال الأمريكي في رميلان", "رميلان", "kharab-al-jir"),
    ("حمله به پایگاه اشغالگران آمریکایی در الشدادی", "الشدادی", "al-shaddadi-base"),
    ("We struck the US occupation base in Rmelan.", "Rmelan", "kharab-al-jir"),
    # the owner after the base noun, right before the town (no "in")
    ("پایگاه آمریکایی رمیلان هدف حمله پهپادی قرار گرفت.", "رمیلان", "kharab-al-jir"),
    ("استهدفت مسيرة القاعدة الأمريكية رميلان", "رميلان", "kharab-al-jir"),
    # the U.S. base in Erbil is its airport, which the gazetteer also names Erbil Air Base
    ("A drone attack on the US base in Erbil wounded three.", "Erbil", "erbil-airport"),
    ("هجوم بطائرة مسيرة على القاعدة الأمريكية في أربيل", "أربيل", "erbil-airport"),
    ("حمله پهپادی به پایگاه آمریکا در اربیل با سه زخمی", "اربیل", "erbil-airport"),
    # two bases lie near Hasakah (Tal Baydar, Qasrak): the town stays, no base is guessed
    ("A drone struck the U.S. base near Hasakah.", "Hasakah", "hasakah"),
    # no owner: any base (or none) may be meant
    ("Rockets hit the base in Rmelan.", "Rmelan", "rmelan"),
    ("Strikes hit positions in Rmelan.", "Rmelan", "rmelan"),
    ("قصفت طائرات مواقع في رميلان.", "رميلان", "rmelan"),
]


@pytest.mark.parametrize(("text", "written", "place_id"), OWNED_BASES)
def test_a_base_named_by_its_owner_is_the_one_base_near_the_town(
    text: str, written: str, place_id: str
) -> None:
    (m,) = [m for m in geoparse(text).mentions if m.text.endswith(written)]
    assert m.place is not None and m.place.id == place_id
    if m.place.kind not in SETTLEMENT_KINDS:  # a base (or an airport that is one)
        # a reading, said as such: lower score, its method, and the town kept beside it
        assert m.method == "base_near" and m.score <= 0.8
        assert [c.place.id for c in m.candidates][1:2] and m.candidates[0].place.id == place_id
        assert m.role in ("target", "strike_site")
    else:
        assert m.method != "base_near"


def test_a_base_named_by_its_owner_is_sought_in_the_callers_gazetteer() -> None:
    town = Place("town", "Qaryat", 35.0, 40.0, "town", "SY", 3000, "test")
    base = Place("b", "Test Base", 35.05, 40.05, "military_base", "SY", 1000, "test")
    far = Place("far", "Far Base", 36.0, 41.0, "military_base", "SY", 1000, "test")
    (m,) = geoparse("A drone hit the U.S. base in Qaryat.", Gazetteer((town, base, far))).mentions
    assert (m.place and m.place.id, m.method) == ("b", "base_near")
    (m,) = geoparse("A drone hit the U.S. base in Qaryat.", Gazetteer((town, far))).mentions
    assert (m.place and m.place.id, m.method) == ("town", "exact")


#: the air base named by its town and a kind word, in the three languages
@pytest.mark.parametrize(
    "text",
    [
        "Militants fired on Qayyarah airfield.",
        "Rockets hit the Qayyarah air base overnight.",
        "پهپادها پایگاه قیاره را هدف قرار دادند.",
        "استهدفت صواريخ قاعدة القيارة.",
    ],
)
def test_the_town_with_an_air_kind_word_is_its_air_base(text: str) -> None:
    (m,) = geoparse(text).mentions
    assert m.place is not None and m.place.id == "qayyarah-airfield-west"
    assert m.role == "target"


@pytest.mark.parametrize(
    ("text", "site", "locator"),
    [
        (
            "سقطت قذائف داخل قاعدة «القرية الخضراء» التابعة للتحالف الدولي في حقل العمر النفطي",
            "green-village",
            "al-omar-oil-field",
        ),
        (
            "Rockets hit the Green Village base of the coalition in the al-Omar field.",
            "green-village",
            "al-omar-oil-field",
        ),
        (
            "Rockets hit the Victoria base in Baghdad airport.",
            "victory-base-complex",
            "baghdad-airport",
        ),
    ],
)
def test_an_installation_named_after_whose_it_is_locates_the_site(
    text: str, site: str, locator: str
) -> None:
    roles = {m.place.id: m.role for m in geoparse(text).mentions if m.place is not None}
    assert roles[site] == "target" and roles[locator] == "context"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # a governorate named after its capital, with its kind word, is the governorate
        ("انفجرت عبوة في محافظة الديوانية أمس.", "qadisiyyah-governorate"),
        ("در استان دیوانیه انفجاری رخ داد.", "qadisiyyah-governorate"),
        ("A bomb exploded in Diwaniyah province on Monday.", "qadisiyyah-governorate"),
        # the capital alone, or near it, is the city
        ("سقطت قذيفة في الديوانية أمس.", "diwaniyah"),
        ("در نزدیکی دیوانیه انفجاری رخ داد.", "diwaniyah"),
    ],
)
def test_a_governorate_named_after_its_capital(text: str, place_id: str) -> None:
    (mention,) = geoparse(text).mentions
    assert mention.place is not None and mention.place.id == place_id

"""Relative locations: parsing in three scripts and geodesic estimates."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import Point

from geoincidents.places.model import Place
from geoincidents.places.relative import (
    Estimate,
    RelativeLocation,
    estimate,
    find_relative_cues,
    parse_direction,
    parse_distance,
    parse_relative,
    relative_cue_before,
    relative_location,
)

GEOD = Geod(ellps="WGS84")


def _place(id: str, lat: float, lon: float, kind: str, precision_m: float) -> Place:
    return Place(
        id=id,
        name=id,
        lat=lat,
        lon=lon,
        kind=kind,
        country="IQ",
        precision_m=precision_m,
        source="test table",
    )


# Real coordinates, rounded; precision as a gazetteer would give it.
MOSUL = _place("mosul", 36.34, 43.13, "city", 8_000)
BAGHDAD = _place("baghdad", 33.315, 44.366, "city", 15_000)
AIN_AL_ASAD = _place("ain-al-asad", 33.80, 42.44, "air_base", 3_000)
DEIR_EZ_ZOR = _place("deir-ez-zor", 35.336, 40.14, "city", 7_000)
ANBAR = _place("anbar-governorate", 32.56, 41.92, "governorate", 250_000)
EUPHRATES = _place("euphrates", 35.0, 40.5, "river", 120_000)
ANCHORS = {
    "Mosul": MOSUL,
    "موصل": MOSUL,
    "الموصل": MOSUL,
    "Baghdad": BAGHDAD,
    "بغداد": BAGHDAD,
    "Ain al-Asad": AIN_AL_ASAD,
    "پایگاه عین الاسد": AIN_AL_ASAD,
    "قاعدة عين الأسد": AIN_AL_ASAD,
    "دیرالزور": DEIR_EZ_ZOR,
    "الأنبار": ANBAR,
    "Anbar": ANBAR,
    "Euphrates": EUPHRATES,
    "فرات": EUPHRATES,
    "الفرات": EUPHRATES,
}


def _distance_and_bearing(a: Place, lat: float, lon: float) -> tuple[float, float]:
    azimuth, _, distance = GEOD.inv(a.lon, a.lat, lon, lat)
    return distance, azimuth % 360


def _area_m2(est: Estimate) -> float:
    area, _ = GEOD.geometry_area_perimeter(est.geometry())
    return abs(area)


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("word", "bearing"),
    [
        ("north", 0),
        ("North", 0),
        ("N", 0),
        ("east", 90),
        ("south", 180),
        ("west", 270),
        ("north-west", 315),
        ("northwest", 315),
        ("north west", 315),
        ("NW", 315),
        ("north-western", 315),
        ("northeast", 45),
        ("SE", 135),
        ("south-west", 225),
        ("western", 270),
        ("NNW", 337.5),
        ("north-north-west", 337.5),
        ("ESE", 112.5),
        ("شمال", 0),
        ("جنوب", 180),
        ("شرق", 90),
        ("غرب", 270),
        ("غربي", 270),
        ("شرقي", 90),
        ("شمال غرب", 315),
        ("شمال غربي", 315),
        ("شمالي غربي", 315),
        ("الشمال الغربي", 315),
        ("شمال شرق", 45),
        ("جنوب غرب", 225),
        ("جنوب شرقي", 135),
        ("شمال‌غربی", 315),
        ("شمالغرب", 315),
        ("جنوب شرقی", 135),
        ("جنوب‌غربی", 225),
        ("شرقی", 90),
        ("خاور", 90),
        ("باختر", 270),
    ],
)
def test_parse_direction(word: str, bearing: float) -> None:
    assert parse_direction(word) == pytest.approx(bearing)


@pytest.mark.parametrize(
    "word", ["rocket", "", "east-north", "west east", "نحو", "شمالها", "northward bound"]
)
def test_parse_direction_rejects_non_directions(word: str) -> None:
    assert parse_direction(word) is None


@pytest.mark.parametrize(
    ("text", "metres", "approximate"),
    [
        ("15 km", 15_000, False),
        ("15km", 15_000, False),
        ("15 kilometres", 15_000, False),
        ("15 kilometers", 15_000, False),
        ("fifteen kilometres", 15_000, False),
        ("about 2 km", 2_000, True),
        ("around 2 km", 2_000, True),
        ("roughly twenty km", 20_000, True),
        ("1.5 km", 1_500, False),
        ("500 m", 500, False),
        ("500 metres", 500, False),
        ("10 miles", 16_093.44, False),
        ("half a kilometre", 500, False),
        ("a kilometre", 1_000, False),
        ("۱۵ کیلومتری", 15_000, False),
        ("در ۱۵ کیلومتری", 15_000, False),
        ("دو کیلومتری", 2_000, False),
        ("پانزده کیلومتر", 15_000, False),
        ("حدود ۳ کیلومتر", 3_000, True),
        ("حوالی ۲۰ کیلومتری", 20_000, True),
        ("۲٫۵ کیلومتری", 2_500, False),
        ("نیم کیلومتری", 500, False),
        ("بیست و پنج کیلومتری", 25_000, False),
        ("١٥ كم", 15_000, False),
        ("15 كيلومترا", 15_000, False),
        ("كيلومترين", 2_000, False),
        ("نحو كيلومترين", 2_000, True),
        ("على بعد نحو كيلومترين", 2_000, True),
        ("خمسة عشر كيلومترا", 15_000, False),
        ("ثلاثة كيلومترات", 3_000, False),
        ("كيلومتر واحد", 1_000, False),
        ("حوالي 500 متر", 500, True),
        ("300 مترا تقريباً", 300, True),
        ("عشرين كم", 20_000, False),
    ],
)
def test_parse_distance(text: str, metres: float, approximate: bool) -> None:
    assert parse_distance(text) == (pytest.approx(metres), approximate)


@pytest.mark.parametrize("text", ["five rockets", "هشت راکت", "I am here", "خمسة صواريخ", ""])
def test_parse_distance_none(text: str) -> None:
    assert parse_distance(text) is None


# (sentence, cue text, distance, bearing, form)
CUES = [
    ("Rockets came from 15 km north-west of Mosul.", "15 km north-west of", 15_000, 315, "of"),
    ("a village 15 km from Ain al-Asad", "15 km from", 15_000, None, "of"),
    ("They fell about 2 km from the base", "about 2 km from the", 2_000, None, "of"),
    ("They fell 2 km away.", "2 km away", 2_000, None, "distance"),
    ("a launcher north-west of Mosul", "north-west of", None, 315, "of"),
    ("a convoy south of Baghdad", "south of", None, 180, "of"),
    ("strikes east of the Euphrates", "east of the", None, 90, "of"),
    ("a base to the north of Baghdad", "to the north of", None, 0, "of"),
    ("strikes in western Anbar", "western", None, 270, "adjective"),
    ("fighting in the north of Iraq", "in the north of", None, 0, "adjective"),
    ("5 km NW of Mosul", "5 km NW of", 5_000, 315, "of"),
    ("a blast near Baghdad", "near", None, None, "near"),
    ("پرتاب از روستایی در ۱۲ کیلومتری پایگاه عین الاسد", "در ۱۲ کیلومتری", 12_000, None, "of"),
    ("پرتاب راکت از شمال غرب موصل", "شمال غرب", None, 315, "construct"),
    ("انفجار در جنوب بغداد", "در جنوب", None, 180, "adjective"),
    ("کاروانی جنوب بغداد", "جنوب", None, 180, "construct"),
    ("میدان العمر در شرق دیرالزور", "در شرق", None, 90, "adjective"),
    ("حمله به شرق فرات", "شرق", None, 90, "construct"),
    ("۱۵ کیلومتری شمال‌غربی موصل", "۱۵ کیلومتری شمال‌غربی", 15_000, 315, "of"),
    ("در نزدیکی بغداد", "در نزدیکی", None, None, "near"),
    ("سقطت على بعد نحو كيلومترين", "على بعد نحو كيلومترين", 2_000, None, "distance"),
    ("انفجرت على بعد نحو كيلومترين من المطار", "على بعد نحو كيلومترين من", 2_000, None, "of"),
    ("قاعدة عين الأسد غربي الأنبار", "غربي", None, 270, "construct"),
    ("هجوم جنوب بغداد", "جنوب", None, 180, "construct"),
    ("إطلاق من شمال غربي الموصل", "شمال غربي", None, 315, "construct"),
    ("إلى الشمال الغربي من الموصل", "إلى الشمال الغربي من", None, 315, "of"),
    ("على بعد 15 كيلومترا شمال غرب الموصل", "على بعد 15 كيلومترا شمال غرب", 15_000, 315, "of"),
    ("خمسة عشر كيلومترا من القاعدة", "خمسة عشر كيلومترا من", 15_000, None, "of"),
    ("بالقرب من بغداد", "بالقرب من", None, None, "near"),
    ("في شمال العراق", "في شمال", None, 0, "adjective"),
]


@pytest.mark.parametrize(("sentence", "cue_text", "distance", "bearing", "form"), CUES)
def test_find_relative_cues(
    sentence: str, cue_text: str, distance: float | None, bearing: float | None, form: str
) -> None:
    cues = find_relative_cues(sentence)
    assert len(cues) == 1, cues
    cue = cues[0]
    assert cue.text == cue_text
    assert sentence[cue.start : cue.end] == cue_text
    assert cue.distance_m == (None if distance is None else pytest.approx(distance))
    assert cue.bearing_deg == (None if bearing is None else pytest.approx(bearing))
    assert cue.form == form
    assert cue.expects_anchor == (form != "distance")


@pytest.mark.parametrize(
    "sentence",
    [
        "a 15 km road was closed",
        "the convoy drove north to Mosul",
        "I am here",
        "الشرق الأوسط",
        "the Middle East",
        "هشت راکت شلیک شد",
        "خمسة صواريخ سقطت",
        "five rockets hit the base",
        "مشرق",
        "the 2 km long runway",
    ],
)
def test_no_cue_in_plain_sentences(sentence: str) -> None:
    assert find_relative_cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "anchor", "cue_text"),
    [
        ("پرتاب از روستایی در ۱۲ کیلومتری پایگاه عین الاسد", "پایگاه عین الاسد", "در ۱۲ کیلومتری"),
        ("rockets from 15 km north-west of Mosul hit", "Mosul", "15 km north-west of"),
        ("rockets fired from north-west of Mosul", "Mosul", "north-west of"),
        ("کاروانی در جنوب بغداد", "بغداد", "در جنوب"),
        ("east of the Euphrates", "Euphrates", "east of the"),
        ("على بعد نحو كيلومترين من قاعدة عين الأسد", "قاعدة عين الأسد", "على بعد نحو كيلومترين من"),
    ],
)
def test_relative_cue_before_an_anchor(sentence: str, anchor: str, cue_text: str) -> None:
    cue = relative_cue_before(sentence, sentence.index(anchor))
    assert cue is not None
    assert sentence[cue.start : cue.end] == cue_text


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("rockets hit Mosul", "Mosul"),
        ("Western officials said Mosul was calm", "Mosul"),
        ("they fell 2 km away, Baghdad said", "Baghdad"),
        ("the convoy drove north to Mosul", "Mosul"),
    ],
)
def test_relative_cue_before_none(sentence: str, anchor: str) -> None:
    assert relative_cue_before(sentence, sentence.index(anchor)) is None


@pytest.mark.parametrize(
    ("phrase", "anchor_id", "distance", "bearing", "approximate"),
    [
        ("15 km from Ain al-Asad", "ain-al-asad", 15_000, None, False),
        ("about 2 km from Ain al-Asad", "ain-al-asad", 2_000, None, True),
        ("north-west of Mosul", "mosul", None, 315, False),
        ("south of Baghdad", "baghdad", None, 180, False),
        ("east of the Euphrates", "euphrates", None, 90, False),
        ("روستایی در ۱۵ کیلومتری پایگاه عین الاسد", "ain-al-asad", 15_000, None, False),
        ("شمال غرب موصل", "mosul", None, 315, False),
        ("جنوب بغداد", "baghdad", None, 180, False),
        ("على بعد نحو كيلومترين من قاعدة عين الأسد", "ain-al-asad", 2_000, None, True),
        ("غربي الأنبار", "anbar-governorate", None, 270, False),
        ("شرق دیرالزور", "deir-ez-zor", None, 90, False),
        ("شرق فرات", "euphrates", None, 90, False),
        ("15 km north-west of Mosul", "mosul", 15_000, 315, False),
    ],
)
def test_parse_relative(
    phrase: str, anchor_id: str, distance: float | None, bearing: float | None, approximate: bool
) -> None:
    rel = parse_relative(phrase, resolve_anchor=ANCHORS.get)
    assert rel is not None
    assert rel.anchor.id == anchor_id
    assert rel.distance_m == (None if distance is None else pytest.approx(distance))
    assert rel.bearing_deg == (None if bearing is None else pytest.approx(bearing))
    assert rel.approximate is approximate
    assert rel.phrase == phrase


def test_parse_relative_needs_an_anchor() -> None:
    assert parse_relative("على بعد نحو كيلومترين", resolve_anchor=ANCHORS.get) is None
    assert parse_relative("north-west of Atlantis", resolve_anchor=ANCHORS.get) is None


def test_area_construct_names_a_part_but_a_city_construct_lies_beyond() -> None:
    western_anbar = parse_relative("غربي الأنبار", resolve_anchor=ANCHORS.get)
    west_of_anbar = parse_relative("west of Anbar", resolve_anchor=ANCHORS.get)
    south_of_baghdad = parse_relative("جنوب بغداد", resolve_anchor=ANCHORS.get)
    assert western_anbar is not None and western_anbar.within
    assert west_of_anbar is not None and not west_of_anbar.within
    assert south_of_baghdad is not None and not south_of_baghdad.within
    part, beyond = estimate(western_anbar), estimate(west_of_anbar)
    assert part.outer_radius_m == pytest.approx(ANBAR.precision_m)
    assert beyond.inner_radius_m == pytest.approx(ANBAR.precision_m)


@given(st.text(max_size=200))
def test_cues_never_raise_and_spans_slice(text: str) -> None:
    for cue in find_relative_cues(text):
        assert text[cue.start : cue.end] == cue.text
        assert 0 <= cue.start < cue.end <= len(text)


# --------------------------------------------------------------------------- geometry


def test_fifteen_km_north_west_of_mosul_is_geodesic() -> None:
    est = estimate(RelativeLocation(anchor=MOSUL, distance_m=15_000, bearing_deg=315))
    distance, bearing = _distance_and_bearing(MOSUL, est.lat, est.lon)
    assert distance == pytest.approx(15_000, abs=100)
    assert bearing == pytest.approx(315, abs=1)
    assert est.shape == "sector"
    polygon = est.geometry()
    assert polygon.is_valid
    assert polygon.contains(Point(est.lon, est.lat))
    # tolerance max(0.2 d, P) = 8 km for Mosul's 8 km precision
    assert est.inner_radius_m == pytest.approx(7_000)
    assert est.outer_radius_m == pytest.approx(23_000)


def test_radius_reaches_every_vertex_and_no_further() -> None:
    est = estimate(RelativeLocation(anchor=MOSUL, distance_m=15_000, bearing_deg=315))
    ring = list(est.geometry().exterior.coords)
    distances = [GEOD.inv(est.lon, est.lat, x, y)[2] for x, y in ring]
    assert max(distances) == pytest.approx(est.radius_m, abs=1)


@pytest.mark.parametrize("anchor", [MOSUL, AIN_AL_ASAD, BAGHDAD])
@pytest.mark.parametrize("distance", [5_000, 15_000, 40_000])
def test_annulus_area_and_radius(anchor: Place, distance: float) -> None:
    est = estimate(RelativeLocation(anchor=anchor, distance_m=distance))
    tolerance = max(0.2 * distance, anchor.precision_m)
    inner, outer = max(0.0, distance - tolerance), distance + tolerance
    assert est.inner_radius_m == pytest.approx(inner)
    assert est.outer_radius_m == pytest.approx(outer)
    assert est.radius_m == pytest.approx(outer)
    assert (est.lat, est.lon) == (anchor.lat, anchor.lon)
    assert est.shape == ("annulus" if inner > 0 else "disc")
    assert _area_m2(est) == pytest.approx(math.pi * (outer**2 - inner**2), rel=0.02)
    # the ring really lies at the outer radius, measured on the ellipsoid
    x, y = est.geometry().exterior.coords[0]
    assert GEOD.inv(anchor.lon, anchor.lat, x, y)[2] == pytest.approx(outer, abs=1)


def test_annulus_has_a_hole_around_the_anchor() -> None:
    est = estimate(RelativeLocation(anchor=AIN_AL_ASAD, distance_m=15_000))
    polygon = est.geometry()
    assert est.shape == "annulus"
    assert not polygon.contains(Point(AIN_AL_ASAD.lon, AIN_AL_ASAD.lat))
    lon, lat, _ = GEOD.fwd(AIN_AL_ASAD.lon, AIN_AL_ASAD.lat, 200, 15_000)
    assert polygon.contains(Point(lon, lat))


def test_approximate_widens_the_tolerance() -> None:
    base = _place("tiny", 33.8, 42.4, "landmark", 100)
    exact = estimate(RelativeLocation(anchor=base, distance_m=10_000))
    about = estimate(RelativeLocation(anchor=base, distance_m=10_000, approximate=True))
    assert exact.outer_radius_m == pytest.approx(12_000)
    assert about.outer_radius_m == pytest.approx(13_500)
    assert about.inner_radius_m < exact.inner_radius_m


def test_given_tolerance_is_used() -> None:
    est = estimate(RelativeLocation(anchor=MOSUL, distance_m=15_000, distance_tolerance_m=1_000))
    assert (est.inner_radius_m, est.outer_radius_m) == (14_000, 16_000)


@pytest.mark.parametrize(
    ("anchor", "bearing", "inner", "outer"),
    [
        (MOSUL, 315, 8_000, 40_000),
        (BAGHDAD, 180, 15_000, 45_000),
        (AIN_AL_ASAD, 90, 3_000, 15_000),
        (ANBAR, 270, 250_000, 500_000),
    ],
)
def test_direction_only_sector(anchor: Place, bearing: float, inner: float, outer: float) -> None:
    est = estimate(RelativeLocation(anchor=anchor, bearing_deg=bearing))
    assert est.shape == "sector"
    assert (est.inner_radius_m, est.outer_radius_m) == (inner, outer)
    polygon = est.geometry()
    assert polygon.is_valid
    assert polygon.contains(Point(est.lon, est.lat))
    distance, point_bearing = _distance_and_bearing(anchor, est.lat, est.lon)
    assert inner < distance < outer
    assert point_bearing == pytest.approx(bearing, abs=1)
    # area of an annular sector of half-width 22.5°: α (R² − r²)
    assert _area_m2(est) == pytest.approx(math.radians(22.5) * (outer**2 - inner**2), rel=0.02)


def test_part_of_an_area_sector() -> None:
    rel = RelativeLocation(anchor=ANBAR, bearing_deg=270, within=True, sector_half_width_deg=45)
    est = estimate(rel)
    assert est.inner_radius_m == pytest.approx(ANBAR.precision_m / 3)
    assert est.outer_radius_m == pytest.approx(ANBAR.precision_m)
    assert est.lon < ANBAR.lon
    assert est.geometry().contains(Point(est.lon, est.lat))


def test_near_is_a_disc() -> None:
    est = estimate(RelativeLocation(anchor=BAGHDAD))
    assert est.shape == "disc"
    assert est.radius_m == pytest.approx(30_000)
    assert _area_m2(est) == pytest.approx(math.pi * 30_000**2, rel=0.02)


def test_east_of_a_river_is_a_band_on_the_east_side() -> None:
    est = estimate(RelativeLocation(anchor=EUPHRATES, bearing_deg=90))
    assert est.shape == "band"
    polygon = est.geometry()
    assert polygon.is_valid
    assert polygon.contains(Point(est.lon, est.lat))
    assert all(x >= EUPHRATES.lon - 1e-6 for x, _ in polygon.exterior.coords)
    assert est.lon > EUPHRATES.lon
    length, depth = 2 * EUPHRATES.precision_m, EUPHRATES.precision_m
    assert _area_m2(est) == pytest.approx(length * depth, rel=0.05)


def test_distance_from_a_river_uses_a_small_tolerance() -> None:
    est = estimate(RelativeLocation(anchor=EUPHRATES, distance_m=10_000, bearing_deg=270))
    assert (est.inner_radius_m, est.outer_radius_m) == (8_000, 12_000)
    distance, bearing = _distance_and_bearing(EUPHRATES, est.lat, est.lon)
    assert distance == pytest.approx(10_000, abs=100)
    assert bearing == pytest.approx(270, abs=1)


def test_cue_and_anchor_to_estimate_end_to_end() -> None:
    sentence = "پرتاب راکت از ۱۵ کیلومتری شمال غرب موصل"
    cue = relative_cue_before(sentence, sentence.index("موصل"))
    assert cue is not None
    est = estimate(relative_location(cue, MOSUL))
    distance, bearing = _distance_and_bearing(MOSUL, est.lat, est.lon)
    assert distance == pytest.approx(15_000, abs=100)
    assert bearing == pytest.approx(315, abs=1)


EUPHRATES_AT_MOUTH = _place("euphrates-mouth", 31.005, 47.442, "river", 1_300_000)


def test_a_whole_river_without_context_is_an_honest_disc() -> None:
    est = estimate(RelativeLocation(anchor=EUPHRATES_AT_MOUTH, bearing_deg=90))
    assert est.shape == "disc"
    assert est.radius_m == pytest.approx(1_350_000)
    assert "context" in est.rule


@pytest.mark.parametrize("phrase", ["شرق فرات", "شرق الفرات", "east of the Euphrates"])
def test_a_context_place_fixes_the_stretch_of_a_river(phrase: str) -> None:
    rel = parse_relative(
        phrase,
        resolve_anchor={
            "فرات": EUPHRATES_AT_MOUTH,
            "الفرات": EUPHRATES_AT_MOUTH,
            "Euphrates": EUPHRATES_AT_MOUTH,
        }.get,
        context=DEIR_EZ_ZOR,
    )
    assert rel is not None
    assert rel.anchor.id == "euphrates-mouth@deir-ez-zor"
    assert (rel.anchor.lat, rel.anchor.lon) == (DEIR_EZ_ZOR.lat, DEIR_EZ_ZOR.lon)
    est = estimate(rel)
    assert est.shape == "band"
    # the al-Omar oil field lies east of the river, ~45 km ESE of Deir ez-Zor
    assert est.geometry().contains(Point(40.5758, 35.1517))
    # ... and Deir ez-Zor's west bank hinterland does not
    assert not est.geometry().contains(Point(39.9, 35.3))


@pytest.mark.parametrize(
    "rel",
    [
        RelativeLocation(anchor=MOSUL, distance_m=-5),
        RelativeLocation(anchor=MOSUL, distance_m=float("nan")),
        RelativeLocation(anchor=MOSUL, distance_m=5_000, distance_tolerance_m=-1),
        RelativeLocation(anchor=MOSUL, bearing_deg=float("inf")),
        RelativeLocation(anchor=MOSUL, bearing_deg=90, sector_half_width_deg=200),
    ],
    ids=["negative", "nan", "negative-tolerance", "inf-bearing", "too-wide"],
)
def test_impossible_numbers_raise(rel: RelativeLocation) -> None:
    with pytest.raises(ValueError, match="must"):
        estimate(rel)


@pytest.mark.parametrize("bearing", [0, 45, 180, 359, 360, 720, -45])
def test_any_bearing_gives_a_valid_polygon(bearing: float) -> None:
    est = estimate(RelativeLocation(anchor=AIN_AL_ASAD, distance_m=10_000, bearing_deg=bearing))
    polygon = est.geometry()
    assert polygon.is_valid
    assert polygon.contains(Point(est.lon, est.lat))
    _, point_bearing = _distance_and_bearing(AIN_AL_ASAD, est.lat, est.lon)
    assert (point_bearing - bearing % 360 + 180) % 360 - 180 == pytest.approx(0, abs=1)


# ------------------------------------------------------------------ the cue prefilter

#: pieces of cues and of the words around them, in the three scripts (our own words)
_CUE_PIECES = (
    *("على", "علي", "بعد", "نحو", "حوالي", "5", "١٥", "۱۲", "2.5", "كم", "كيلومتر"),
    *("كيلومترين", "متر", "km", "m", "mi", "miles", "klicks", "north", "west", "north-west"),
    *("of", "from", "the", "to", "in", "a", "an", "about", "near", "close", "to the", "n"),
    *("nw", "s", "e", "ne", "من", "عن", "از", "در", "به", "فاصله", "ي", "کیلومتری", "شمال"),
    *("غرب", "شرق", "جنوب", "غربي", "الى", "الشمال", "ال", "و", "وب", "ف", "قرب", "بالقرب"),
    *("نزدیک", "نزدیکی", "اطراف", "حومه", "محيط", "في", "five", "fifteen", "twenty", "خمسة"),
    *("عشر", "پانزده", "and", "half", "نصف", "one", "approx.", "~", "ما", "يقارب", "يقرب"),
    *("تقريبا", "حدود", "قريب", "Mosul", "الموصل", "بغداد", "Hit", ",", ".", "-", "(", "ً"),
    *("ء", "ـ", "\u200c", "away", "outside", "vicinity", "outskirts", "eastern", "مایل"),
    *("U.S.", "rockets", "صواريخ", "راکت", "ı"),
)


@given(
    st.lists(
        st.tuples(st.sampled_from(_CUE_PIECES), st.sampled_from((" ", " ", "", "  ", "\n"))),
        max_size=16,
    )
)
def test_prefiltered_cue_scan_equals_the_scan_of_every_trigger(
    pieces: list[tuple[str, str]],
) -> None:
    from geoincidents.places.relative import _cues_at_every_trigger, _cues_in

    text = "".join(word + gap for word, gap in pieces)
    assert _cues_in(text) == _cues_at_every_trigger(text)
    assert _cues_in(text, 7) == _cues_at_every_trigger(text, 7)


@pytest.mark.parametrize(
    "text",
    [
        "rockets fell about fifteen km north-west of Mosul and 3 mi from Hit",
        "سقطت قذيفة على بعد نحو كيلومترين من المطار وأخرى على بعد 500 متر",
        "روستایی در ۱۵ کیلومتری پایگاه و نزدیک به فرودگاه",
        "al-Qaim lies NW of Hit; the U.S. base is s of the river",  # "s of": an abbreviation
        "انفجارٌ ضخمٌ " * 200 + "شمال غرب الموصل",  # many dropped harakat: the list path
        "ılıca 5 kılometres north of Mosul",  # a dotless ı: the scan of every trigger
    ],
)
def test_prefiltered_cue_scan_on_sentences(text: str) -> None:
    from geoincidents.places.relative import _cues_at_every_trigger, _cues_in

    assert _cues_in(text) == _cues_at_every_trigger(text)
    assert _cues_in(text)

"""Marker styles: strikes and militia attacks differ in shape and colour; every kind styles."""

from __future__ import annotations

import re

import pytest

from geoincidents.incidents.model import KINDS, STRIKE_KINDS, WEAPONS
from geoincidents.maps.styles import (
    KIND_STYLES,
    LINE_STYLES,
    SHAPES,
    is_us_actor,
    kind_style,
    marker_radius,
    shape_svg,
    weapon_style,
)

HEX = re.compile(r"^#[0-9a-f]{6}$")


def test_every_known_kind_and_weapon_has_a_style() -> None:
    assert set(KIND_STYLES) == set(KINDS)
    for kind in KINDS:
        s = kind_style(kind)
        assert s.shape in SHAPES and HEX.match(s.fill) and s.label
    for weapon in WEAPONS:
        assert HEX.match(weapon_style(weapon).stroke)


def test_strikes_differ_from_militia_attacks_in_shape_and_colour() -> None:
    strike_shapes = {kind_style(k).shape for k in STRIKE_KINDS}
    other = [k for k in KINDS if k not in STRIKE_KINDS]
    assert not strike_shapes & {kind_style(k).shape for k in other}
    for k in STRIKE_KINDS:
        assert kind_style(k).strike
        assert kind_style(k).fill not in {kind_style(o).fill for o in other}
    assert len({kind_style(k).fill for k in KINDS}) == len(KINDS)


def test_weapon_outlines_are_distinct() -> None:
    assert len({weapon_style(w).stroke for w in WEAPONS}) == len(WEAPONS)


@pytest.mark.parametrize("kind", ["sabotage", "kidnapping", "x_y"])
def test_custom_kinds_get_a_clear_style_and_a_readable_label(kind: str) -> None:
    s = kind_style(kind)
    assert (s.shape, s.strike) == ("square", False)
    assert s.fill not in {k.fill for k in KIND_STYLES.values()} and s.fill != "#7f7f7f"
    assert s.label[0].isupper() and "_" not in s.label
    us = kind_style(kind, by_us=True)
    assert (us.shape, us.strike) == ("triangle", True) and "US / coalition" in us.label


@pytest.mark.parametrize(
    ("actor", "us"),
    [
        ("United States", True),
        ("US forces", True),
        ("U.S. Central Command", True),
        ("US-led coalition", True),
        ("القوات الأمريكية", True),
        ("التحالف الدولي", True),
        ("ارتش آمریکا", True),
        ("Kataib Hezbollah", False),
        ("المقاومة الإسلامية في العراق", False),
        ("Russia", False),
        ("Houthis", False),
        ("", False),
    ],
)
def test_us_actors_are_recognised_in_three_scripts(actor: str, us: bool) -> None:
    assert is_us_actor(actor) is us


def test_marker_radius_grows_with_count_and_is_capped() -> None:
    radii = [marker_radius(n) for n in (1, 2, 4, 16, 1000, 10**6)]
    assert radii == sorted(radii) and radii[0] == 7.0 and radii[-1] == 18.0


def test_line_styles_tell_origin_lines_from_response_links() -> None:
    origin, response = LINE_STYLES["origin"], LINE_STYLES["response"]
    assert origin.dash == "" and not origin.curved and origin.arrow
    assert response.dash and response.curved and response.arrow


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_svg_is_inline_svg(shape: str) -> None:
    svg = shape_svg(shape, "#d62728", "#000000")
    assert svg.startswith("<svg ") and svg.endswith("</svg>") and "href" not in svg


@pytest.mark.parametrize(
    ("shape", "fill"), [("hexagon", "#000000"), ("circle", "red"), ("circle", '#000"><x')]
)
def test_shape_svg_refuses_unknown_shapes_and_colours(shape: str, fill: str) -> None:
    with pytest.raises(ValueError):
        shape_svg(shape, fill, "#000000")


@pytest.mark.parametrize(
    ("fill", "shape"), [("red", "circle"), ("#ff000", "circle"), ("#ff0000", "hexagon")]
)
def test_a_bad_style_is_a_style_error(fill: str, shape: str) -> None:
    from geoincidents.errors import GeoincidentsError, StyleError
    from geoincidents.maps.styles import shape_svg

    with pytest.raises(StyleError) as caught:
        shape_svg(shape, fill, "#000000")
    assert isinstance(caught.value, GeoincidentsError) and isinstance(caught.value, ValueError)

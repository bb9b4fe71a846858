"""The one table of kinds and of the words that name them (pure data and one rule).

Every wing reads kind words from here: the resolver (through
:func:`geoincidents.places.names.split_kind_hint`), the gazetteer (its valid kinds) and
the geoparser's scanner (:mod:`geoincidents.text.mentions`, the words it takes into a
mention's span).

- :data:`KINDS`: the kinds a gazetteer row may have; :data:`KIND_FAMILIES` groups them
  (a hint fits a place of its family).
- :data:`PREFIX_WORDS` / :data:`SUFFIX_WORDS`: the words written before / after a name,
  with the kind they imply. They include how installations are officially named by US
  forces (Mission Support Site / MSS, Patrol Base / PB, Landing Zone / LZ, Forward
  Operating Base / FOB, Combat Outpost / COP, Camp, Diplomatic Support Center), embassy
  words, and the Arabic and Persian area words written before a name (``منطقة``,
  ``منطقه``, ``ناحیه``, ``حومه``, ``ريف`` …), which imply the pseudo-kind ``area``: a
  settlement or an administrative area, never a facility.
- :data:`FACILITY_FAMILIES`: the families of installations; a query with such a word is
  never answered by a village or a river.
- :data:`AREA_KINDS`: the kinds that name areas rather than sites.

Examples
--------
>>> PREFIX_WORDS["military_base"][:3]
('قاعدة', 'قاعدة عسكرية', 'معسكر')
>>> kinds_compatible("air_base", "military_base"), kinds_compatible("city", "air_base")
(True, False)
>>> kinds_compatible("area", "town"), kinds_compatible("area", "military_base")
(True, False)
>>> is_facility("military_base"), is_facility("area"), is_facility(None)
(True, False, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AREA_KINDS",
    "FACILITY_FAMILIES",
    "KINDS",
    "KIND_FAMILIES",
    "MILITARY_BASE_KINDS",
    "NOT_TARGET_KINDS",
    "PREFIX_WORDS",
    "SETTLEMENT_KINDS",
    "SPECIFICITY",
    "SUFFIX_WORDS",
    "is_facility",
    "kinds_compatible",
]

#: Every kind a gazetteer row may have (see gazetteer/README.md).
KINDS = (
    "air_base",
    "military_base",
    "oil_field",
    "gas_field",
    "airport",
    "city",
    "town",
    "village",
    "district",
    "governorate",
    "region",
    "border_crossing",
    "landmark",
    "dam",
    "river",
)

#: kind -> family; a kind hint is compatible with a place whose kind is in its family
KIND_FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        "air_base": "base",
        "military_base": "base",
        "airport": "base",
        "oil_field": "field",
        "gas_field": "field",
        "city": "settlement",
        "town": "settlement",
        "village": "settlement",
        "district": "admin",
        "governorate": "admin",
        "region": "admin",
        "border_crossing": "border_crossing",
        "landmark": "landmark",
        "dam": "dam",
        "river": "river",
    }
)

#: the kinds of military bases (the "base" family less airports)
MILITARY_BASE_KINDS = frozenset({"air_base", "military_base"})
#: the kinds of settlements (cities, towns, villages)
SETTLEMENT_KINDS = frozenset(k for k, family in KIND_FAMILIES.items() if family == "settlement")

#: families of installations: a kind word of one of them names a facility, not a village
FACILITY_FAMILIES = frozenset({"base", "field", "landmark", "dam", "border_crossing"})

#: kinds that name areas rather than sites (anchors a direction may name a part of)
AREA_KINDS = frozenset(
    {"governorate", "province", "region", "district", "subdistrict", "country", "desert"}
)

#: kinds a target (of an attack or a strike) is unlikely to be: areas and natural features;
#: a target column and a target role prefer a settlement or installation of the same name
NOT_TARGET_KINDS = AREA_KINDS | {"river", "lake", "mountain"}

#: the pseudo-kind of area words (``منطقة``, ``ريف`` …): fits these families
_AREA_HINT_FAMILIES = frozenset({"settlement", "admin"})

#: words written before a name, by the kind they imply
PREFIX_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "air_base": (
            "پایگاه هوایی",
            "پایگاه نیروی هوایی",
            "قاعدة جوية",
            "air base",
            "airbase",
            "air field",
            "airfield",
        ),
        "military_base": (
            "قاعدة",
            "قاعدة عسكرية",
            "معسكر",
            "پایگاه",
            "پایگاه نظامی",
            "پادگان",
            "اردوگاه",
            "camp",
            "fob",
            "forward operating base",
            "base",
            "military base",
            "garrison",
            "mission support site",
            "mss",
            "patrol base",
            "pb",
            "landing zone",
            "lz",
            "combat outpost",
            "cop",
            "outpost",
            "diplomatic support center",
            "diplomatic support centre",
            "us base",
            "u.s. base",
            "american base",
            "قاعدة الدعم اللوجستي",
            "مركز الدعم الدبلوماسي",
        ),
        "oil_field": (
            "حقل",
            "حقل نفط",
            "حقل النفط",
            "میدان",
            "میدان نفتی",
            "میدان نفتی گازی",
            "میدان نفتیگازی",
            "میدان نفت",
            "oil field",
        ),
        "gas_field": ("حقل غاز", "حقل الغاز", "میدان گازی", "میدان گاز", "gas field"),
        "airport": (
            "مطار",
            "فرودگاه",
            "فرودگاه بین المللی",
            "فرودگاه بینالمللی",
            "airport",
        ),
        "governorate": ("محافظة", "استان", "ولاية", "governorate", "province"),
        "district": ("قضاء", "ناحية", "شهرستان", "بخش", "district", "subdistrict"),
        "area": ("منطقة", "منطقه", "ناحیه", "حومه", "حومة", "ريف", "أطراف", "اطراف"),
        "city": ("مدينة", "شهر", "city"),
        "town": ("بلدة", "شهرک", "town"),
        "village": ("قرية", "روستا", "روستای", "village"),
        "border_crossing": ("منفذ", "معبر", "گذرگاه", "مرز", "border crossing"),
        "dam": ("سد", "dam"),
    }
)

#: words written after a name, by the kind they imply
SUFFIX_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "air_base": (
            "الجوية",
            "الجوي",
            "air base",
            "airbase",
            "air field",
            "airfield",
            "air base complex",
        ),
        "military_base": (
            "العسكرية",
            "base",
            "military base",
            "base complex",
            "camp",
            "garrison",
            "outpost",
            "fob",
            "mission support site",
            "patrol base",
            "landing zone",
            "combat outpost",
            "diplomatic support center",
            "diplomatic support centre",
        ),
        "oil_field": ("النفطي", "oil field", "oilfield", "oil and gas field", "field"),
        "gas_field": ("الغازي", "gas field", "gasfield"),
        "airport": (
            "airport",
            "international airport",
            "الدولي",
            "international",
            "intl airport",
        ),
        "landmark": ("embassy", "consulate", "us embassy", "u.s. embassy", "american embassy"),
        "governorate": ("governorate", "province", "gov"),
        "district": ("district", "subdistrict", "sub district"),
        "city": ("city",),
        "town": ("town",),
        "village": ("village",),
        "border_crossing": ("border crossing", "crossing"),
        "dam": ("dam",),
    }
)

#: when both ends of a name carry a kind, the more specific one wins
SPECIFICITY: Mapping[str, int] = MappingProxyType({"air_base": 2, "gas_field": 2, "airport": 1})


def kinds_compatible(hint: str | None, kind: str | None) -> bool:
    """Whether a kind hint (from a kind word) fits a place kind (same family).

    Examples
    --------
    >>> kinds_compatible("air_base", "airport"), kinds_compatible("river", "military_base")
    (True, False)
    """
    if not hint or not kind:
        return True
    if hint == "area" or kind == "area":
        other = kind if hint == "area" else hint
        return other == "area" or KIND_FAMILIES.get(other, other) in _AREA_HINT_FAMILIES
    return KIND_FAMILIES.get(hint, hint) == KIND_FAMILIES.get(kind, kind)


def is_facility(kind: str | None) -> bool:
    """Whether a kind (or a kind hint) names an installation (a base, a field, an
    embassy, a dam, a border crossing).

    Examples
    --------
    >>> is_facility("air_base"), is_facility("landmark"), is_facility("village")
    (True, True, False)
    """
    return bool(kind) and KIND_FAMILIES.get(kind or "", "") in FACILITY_FAMILIES

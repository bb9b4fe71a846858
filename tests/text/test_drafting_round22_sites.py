"""Round 22's rules on struck sites, each a phenomenon told in Arabic, Persian and English.

The sentences are written for these tests (none is taken from an evaluation set):

- a past attack retold with its day-exact date and its site is an incident, however long
  before publication it happened; a month or a year gone by stays background history;
- a province holding the sites struck the same day by the same side (strikes "on two
  sites in Deir ez-Zor province", then near Albu Kamal and al-Mayadin) is no site of its
  own; a province holds only its own places (al-Qaim, across the border, within Deir
  ez-Zor province's radius, is not inside it).
"""

from __future__ import annotations

import pytest

import geoincidents as gi
from geoincidents.text.drafting import draft_article


def _triples(drafts: tuple[gi.DraftIncident, ...]) -> list[tuple[str, str, str]]:
    return [
        (d.incident.kind, d.incident.target.place_id or "", str(d.incident.date)) for d in drafts
    ]


# a past attack told with its day, long before publication: an incident of that day
RETOLD = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Tuesday. On March 4, 2023, a drone had struck "
        "the Conoco base, wounding two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وكانت طائرة مسيرة قد استهدفت قاعدة "
        "كونيكو في الرابع من آذار 2023 وأصابت جنديين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پیش از این در ۱۳ اسفند ۱۴۰۱ "
        "یک پهپاد به پایگاه کونیکو حمله کرد و دو سرباز را زخمی کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RETOLD)
def test_a_past_attack_retold_with_its_day_is_an_incident(text: str) -> None:
    drafts = draft_article(text, published="2024-09-12").drafts
    assert ("attack", "mss-euphrates", "2023-03-04") in _triples(drafts)


# the same attack told with its month or year only: background, no incident
RETOLD_MONTH = [
    pytest.param(
        "Rockets hit Ain al-Asad air base on Tuesday. In March 2023, a drone had struck "
        "the Conoco base, wounding two soldiers.",
        id="en",
    ),
    pytest.param(
        "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء. وكانت طائرة مسيرة قد استهدفت قاعدة "
        "كونيكو في آذار/مارس 2023 وأصابت جنديين.",
        id="ar",
    ),
    pytest.param(
        "موشک‌ها روز سه‌شنبه به پایگاه عین الاسد اصابت کرد. پیش از این در اسفند ۱۴۰۱ "
        "یک پهپاد به پایگاه کونیکو حمله کرد و دو سرباز را زخمی کرد.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", RETOLD_MONTH)
def test_a_past_attack_told_with_its_month_only_is_history(text: str) -> None:
    drafts = draft_article(text, published="2024-09-12").drafts
    assert [t[1] for t in _triples(drafts)] == ["ain-al-asad"]


# strikes told in a province, then at the sites inside it: the sites are the events
PROVINCE_THEN_SITES = [
    pytest.param(
        "US jets struck two sites in Deir ez-Zor province on Sunday night. The Pentagon said "
        "the raids hit a depot near Albu Kamal and a house near al-Mayadin.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أميركية ليل الأحد موقعين في محافظة دير الزور. وقال البنتاغون إن "
        "الغارات أصابت مستودعاً قرب البوكمال ومنزلاً قرب الميادين.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی شب یکشنبه دو موضع در استان دیرالزور را بمباران کردند. پنتاگون "
        "گفت این حملات انباری در نزدیکی البوکمال و خانه‌ای در نزدیکی المیادین را هدف گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PROVINCE_THEN_SITES)
def test_a_province_holding_the_sites_struck_is_no_site_of_its_own(text: str) -> None:
    drafts = draft_article(text, published="2023-11-13").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["al-mayadin", "albu-kamal"]


# the sites struck lie in another province: the province named is a site of its own
PROVINCE_AND_ANOTHER = [
    pytest.param(
        "US jets struck two sites in Deir ez-Zor province on Sunday night. The Pentagon said "
        "the raids also hit a depot near al-Qaim.",
        id="en",
    ),
    pytest.param(
        "قصفت طائرات أميركية ليل الأحد موقعين في محافظة دير الزور. وقال البنتاغون إن "
        "الغارات أصابت أيضاً مستودعاً قرب القائم.",
        id="ar",
    ),
    pytest.param(
        "جنگنده‌های آمریکایی شب یکشنبه دو موضع در استان دیرالزور را بمباران کردند. پنتاگون "
        "گفت این حملات انباری در نزدیکی القائم را نیز هدف گرفت.",
        id="fa",
    ),
]


@pytest.mark.parametrize("text", PROVINCE_AND_ANOTHER)
def test_a_province_with_no_site_struck_inside_it_stays(text: str) -> None:
    drafts = draft_article(text, published="2023-11-13").drafts
    assert sorted(t[1] for t in _triples(drafts)) == ["al-qaim", "deir-ez-zor-governorate"]

"""Trap sentences: readings that are not places, rejected by their context.

Every sentence is our own. Each row: the sentence, the place ids geoparse must report
(in order), and the rejected readings with their reason.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.geoparse import geoparse

# (sentence, reported place ids, [(rejected surface, reason), ...])
TRAPS: list[tuple[str, list[str], list[tuple[str, str]]]] = [
    # --- people
    ("قال بشار الأسد إن الوضع مستقر", [], []),
    ("التقى الرئيس بشار الأسد بالوفد", [], []),
    ("Omar said the convoy was delayed.", [], []),
    ("General Hit spoke to reporters.", [], [("Hit", "person")]),
    ("ذكرى مقتل قاسم سليماني قرب مطار بغداد", ["baghdad-airport"], []),
    ("سردار قاسم سلیمانی در فرودگاه بغداد کشته شد", ["baghdad-airport"], []),
    ("Hit said on Monday that the talks failed.", [], [("Hit", "person")]),
    ("قال عمر إن القافلة تأخرت", [], []),
    ("الشيخ الموصل تحدث للصحفيين", [], [("الموصل", "person")]),
    ("Mr Mosul denied the report.", [], [("Mosul", "person")]),
    ("اللواء الأنبار قال إن القوات جاهزة", [], [("الأنبار", "person")]),
    ("Brig Hit said his unit was ready.", [], [("Hit", "person")]),
    # --- news outlets
    ("أفادت قناة الميادين بسقوط صواريخ", [], [("الميادين", "outlet")]),
    ("Al Mayadeen reported a new attack.", [], [("Al Mayadeen", "outlet")]),
    ("According to Al Mayadeen, two drones were downed.", [], [("Al Mayadeen", "outlet")]),
    ("بحسب الميادين، سقطت صواريخ", [], [("الميادين", "outlet")]),
    ("شبکه المیادین گزارش داد که حمله شد", [], [("المیادین", "outlet")]),
    ("أفادت قناة الميادين بسقوط صواريخ في الميادين", ["al-mayadin"], [("الميادين", "outlet")]),
    ("The channel Al Mayadeen aired footage from Mosul.", ["mosul"], [("Al Mayadeen", "outlet")]),
    ("Al Mayadeen said rockets hit Mosul.", ["mosul"], [("Al Mayadeen", "outlet")]),
    ("به گزارش المیادین دو پهپاد سرنگون شد", [], [("المیادین", "outlet")]),
    ("Rockets fell in Al Mayadeen, locals said.", ["al-mayadin"], []),
    ("سقطت قذائف في الميادين فجرا", ["al-mayadin"], []),
    ("قصف مدفعي على الميادين", ["al-mayadin"], []),
    # --- companies
    ("Conoco Phillips shares rose on Monday.", [], [("Conoco", "company")]),
    ("شركة كونيكو تعمل في المنطقة", [], [("كونيكو", "company")]),
    ("شرکت کونیکو قرارداد بست", [], [("کونیکو", "company")]),
    ("Conoco Inc said it had no staff there.", [], [("Conoco", "company")]),
    ("Rockets hit the Conoco gas field.", ["conoco-gas-field"], []),
    ("حمله به میدان گازی کونیکو", ["conoco-gas-field"], []),
    ("هجوم على حقل كونيكو للغاز", ["conoco-gas-field"], []),
    # --- verbs and common words
    ("The rocket hit the base.", [], []),
    ("A drone hit a truck near the border.", [], []),
    ("Hit by three rockets, the base stayed calm.", [], [("Hit", "verb")]),
    ("Rockets were fired at Hit on Monday.", ["hit"], []),
    ("The attack on Hit killed no one.", ["hit"], []),
    ("The White House condemned the attack.", ["white-city"], []),
    ("whitehall reacted with concern", [], []),
    ("The Mosulis fled.", [], []),
    ("An Omari family lives there.", [], []),
    # --- organisations: the place is part of a name, not reported
    ("المقاومة الإسلامية في العراق تبنت الهجوم", [], []),
    ("The Islamic Resistance in Iraq claimed the attack on Mosul.", ["mosul"], []),
    ("مقاومت اسلامی در عراق مسئولیت حمله را پذیرفت", [], []),
    ("Hezbollah Brigades in Mosul denied it.", [], [("Mosul", "organisation")]),
    ("الدولة الإسلامية في الأنبار أعلنت", [], [("الأنبار", "organisation")]),
    ("المقاومة الإسلامية في الموصل تبنت الهجوم", [], [("الموصل", "organisation")]),
    # --- the base itself is a place even next to a person's name
    ("قاعدة عين الأسد الجوية تعرضت لهجوم", ["ain-al-asad"], []),
    ("پایگاه الاسد هدف قرار گرفت", ["ain-al-asad"], []),
    ("بشار الأسد وقاعدة عين الأسد", ["ain-al-asad"], []),
    # --- context picks the right candidate
    ("أطلقت صواريخ من ذمار في العراق نحو سوريا", ["zummar"], []),
    ("حمله از شهرک ذمار عراق به سوریه", ["zummar"], []),
    ("اشتباكات في ذمار اليمنية جنوب صنعاء في اليمن", ["dhamar"], []),
    ("Five rockets from Zummar in Iraq hit a base in Syria.", ["zummar"], []),
]


def test_there_are_enough_traps() -> None:
    assert len(TRAPS) >= 50


@pytest.mark.parametrize(("text", "ids", "rejected"), TRAPS)
def test_trap(
    gazetteer: Gazetteer, text: str, ids: list[str], rejected: list[tuple[str, str]]
) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    assert [m.place.id for m in result.mentions if m.place] == ids
    countries = {"العراق", "Iraq", "عراق"}
    assert [(r.text, r.reason) for r in result.rejected if r.text not in countries] == rejected
    for m in result.mentions:
        assert text[m.start : m.end] == m.text


def test_organisation_country_is_not_context(gazetteer: Gazetteer) -> None:
    result = geoparse("المقاومة الإسلامية في العراق تبنت الهجوم", gazetteer, include_geonames=False)
    assert result.countries == ()
    assert [(r.text, r.reason) for r in result.rejected] == [("العراق", "organisation")]

"""Wire datelines: found at the top, their place and date kept out of the story's events."""

from __future__ import annotations

import datetime as dt

import pytest

from geoincidents.text.datelines import find_dateline
from geoincidents.text.drafting import draft_article

PUB = dt.date(2024, 1, 22)

# (text, dateline, place, date, outlet)
DATELINES = [
    ("BAGHDAD, Jan 21 (Reuters) - Rockets hit.", "BAGHDAD, Jan 21 (Reuters) -", "BAGHDAD",
     dt.date(2024, 1, 21), "Reuters"),
    ("ERBIL, Iraq, Jan. 21, 2024 (AP) — A drone fell.", "ERBIL, Iraq, Jan. 21, 2024 (AP) —",
     "ERBIL", dt.date(2024, 1, 21), "AP"),
    ("BEIRUT/BAGHDAD (AFP) - Strikes.", "BEIRUT/BAGHDAD (AFP) -", "BEIRUT/BAGHDAD", None, "AFP"),
    ("WASHINGTON — The Pentagon said.", "WASHINGTON —", "WASHINGTON", None, ""),
    ("NEW YORK (Reuters) - Oil rose.", "NEW YORK (Reuters) -", "NEW YORK", None, "Reuters"),
    ("US strikes hit Iraq\nBAGHDAD, Feb 3 (Reuters) - x", "BAGHDAD, Feb 3 (Reuters) -",
     "BAGHDAD", dt.date(2024, 2, 3), "Reuters"),
    ("بغداد - (رويترز) - سقطت صواريخ.", "بغداد - (رويترز) -", "بغداد", None, "رويترز"),
    ("بغداد/ شفق نيوز/ أعلنت خلية الإعلام الأمني.", "بغداد/ شفق نيوز/", "بغداد", None,
     "شفق نيوز"),
    ("دمشق – «سانا» – قصفت طائرات.", "دمشق – «سانا» –", "دمشق", None, "سانا"),
    ("بغداد ۲۱ دی (ایرنا) - حمله شد.", "بغداد ۲۱ دی (ایرنا) -", "بغداد", dt.date(2024, 1, 11),
     "ایرنا"),
    ("اربیل - ایرنا - پهپادی سقوط کرد.", "اربیل - ایرنا -", "اربیل", None, "ایرنا"),
    # unseen marks before it, the dash ending its line
    ("\ufeffBAGHDAD, Jan 21 (Reuters) - Rockets.", "BAGHDAD, Jan 21 (Reuters) -", "BAGHDAD",
     dt.date(2024, 1, 21), "Reuters"),
    ("\u200fبغداد - (رويترز) - سقطت صواريخ.", "بغداد - (رويترز) -", "بغداد", None, "رويترز"),
    ("BAGHDAD (Reuters) -\nThree rockets fell.", "BAGHDAD (Reuters) -", "BAGHDAD", None,
     "Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline", "place", "date", "outlet"), DATELINES)
def test_dateline_spans_place_date_and_agency(
    text: str, dateline: str, place: str, date: dt.date | None, outlet: str
) -> None:
    found = find_dateline(text, PUB)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert text[found.place_start : found.place_end] == place
    assert (found.date, found.outlet) == (date, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Sunday - officials said.",
        "US forces struck - nothing more was said.",
        "CENTCOM: militias fired two rockets.",
        "A drone attack (Reuters) - x",
        "سقطت صواريخ على قاعدة عين الأسد - وفق مصادر - اليوم",
        "سقوط صاروخين - قاعدة عين الأسد - قالت مصادر",  # a headline's parts, no agency
        "هجوم جديد - قصف قاعدة حرير - مصادر",
        "ROCKETS HIT AIN AL-ASAD — Three rockets struck the base.",  # a headline in capitals
        "هجوم جديد - قاعدة حرير",
        "به گزارش تسنیم از بغداد، حمله‌ای صورت گرفت.",
        "One.\nTwo.\nThree.\nBAGHDAD (Reuters) - too far down.",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text, PUB) is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("BAGHDAD, Jan 21, 2024 (Reuters) - Three rockets struck Ain al-Asad air base on "
         "Saturday, officials said.", None),
        ("بغداد - (رويترز) - سقطت ثلاثة صواريخ على قاعدة عين الأسد أمس السبت.", "2024-01-21"),
        ("بغداد - ایرنا - روز شنبه سه موشک به پایگاه عین الاسد اصابت کرد.", "2024-01-21"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_event_place_and_dates_a_story_without_a_date(
    text: str, published: str | None
) -> None:
    result = draft_article(text, published, include_geonames=False)
    assert [d.incident.target.place_id for d in result.drafts] == ["ain-al-asad"]
    assert [d.incident.date for d in result.drafts] == [dt.date(2024, 1, 20)]
    if published is None:
        assert (result.published, result.published_from) == (dt.date(2024, 1, 21), "dateline")


def test_a_dateline_naming_a_site_is_the_story_s_own_place() -> None:
    text = "AIN AL-ASAD, Iraq (AP) — Three rockets struck the base on Saturday."
    result = draft_article(text, "2024-01-21", include_geonames=False)
    assert [d.incident.target.place_id for d in result.drafts] == ["ain-al-asad"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("بغداد – أعلنت الحكومة اليوم أن صواريخ سقطت على قاعدة عين الأسد.", "بغداد"),
        ("اربیل - منابع محلی گفتند دو پهپاد رهگیری شد.", "اربیل"),
    ],
)
def test_a_one_word_arabic_script_place_and_a_dash_is_a_dateline(text: str, place: str) -> None:
    d = find_dateline(text)
    assert d is not None and text[d.place_start : d.place_end] == place


def test_two_words_and_a_dash_are_a_headline_not_a_dateline() -> None:
    assert find_dateline("سقوط صاروخين - قاعدة عين الأسد") is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("بغداد - دمشق - شنت طائرات أمريكية غارات على القائم والبوكمال أمس.", "بغداد - دمشق"),
        ("تهران - بغداد - جنگنده‌های آمریکایی دیروز القائم و البوکمال را بمباران کردند.",
         "تهران - بغداد"),
    ],
)  # fmt: skip
def test_a_story_filed_from_two_cities_names_neither_as_a_site(text: str, places: str) -> None:
    d = find_dateline(text)
    assert d is not None and text[d.place_start : d.place_end] == places
    result = draft_article(text, "2024-02-03", include_geonames=False)
    # both cities are where the story was filed: only the strikes' sites are drafted
    assert [d.incident.target.place_id for d in result.drafts] == ["al-qaim", "albu-kamal"]


def test_a_city_after_a_dateline_city_in_the_story_is_still_read() -> None:
    # (one city filed from; the second city is the story's, after its verb)
    text = "بغداد - قصفت طائرات أمريكية مواقع في دمشق أمس."
    d = find_dateline(text)
    assert d is not None and text[d.place_start : d.place_end] == "بغداد"

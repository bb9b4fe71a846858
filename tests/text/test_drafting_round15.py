"""Round 15's failure classes, each a general rule, each tried in Arabic, Persian and English.

The classes were found on an independent held-out set (``unseen11.json``); the sentences
here are our own, short and made for the rule (no evaluation article's sentence). Published
on Saturday 3 February 2024, so "Friday" and "yesterday" are 2 February.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.counts import casualties, weapon_count
from geoincidents.text.dates import find_dates
from geoincidents.text.folding import fold_text
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"
THURSDAY = "2024-02-01"


def _weapon(text: str) -> tuple[str, int | None]:
    return weapon_count(fold_text(text).folded)


def _toll(text: str) -> tuple[int | None, int | None]:
    return casualties(fold_text(text).folded)


# ------------------------- class 1: weapon words joined by "and" before a facility noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one facility of several weapons: none of them was used
        ("Jets bombed missile and drone workshops", ("unknown", None)),
        ("The raid hit rocket, drone and missile stores", ("unknown", None)),
        ("دمرت القوات الأمريكية مستودعات صواريخ وطائرات مسيرة", ("unknown", None)),
        ("نیروهای آمریکایی کارخانه‌های موشک و پهپاد را منهدم کردند", ("unknown", None)),
        # weapons used, joined by "and": the first is counted
        ("Three rockets and a drone struck the base", ("rocket", 3)),
        ("سقطت ثلاثة صواريخ وطائرة مسيرة على القاعدة", ("rocket", 3)),
        ("سه موشک و یک پهپاد به پایگاه اصابت کرد", ("rocket", 3)),
    ],
)
def test_weapons_joined_before_a_facility_noun_name_the_facility(
    text: str, expected: tuple[str, int | None]
) -> None:
    assert _weapon(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "American warplanes hit scores of sites in Iraq on Friday, the Defense Department said.\n\n"
        "The strikes destroyed missile and drone workshops near al-Qaim.",
        "قصفت طائرات أمريكية أمس عشرات الأهداف في العراق، وفق البنتاغون.\n\n"
        "ودمرت الضربات مستودعات صواريخ وطائرات مسيرة قرب القائم.",
        "جنگنده‌های آمریکایی دیروز ده‌ها هدف در عراق را بمباران کردند.\n\n"
        "این حملات کارخانه‌های موشک و پهپاد را نزدیک القائم نابود کرد.",
    ],
)
def test_strikes_on_weapon_stores_are_the_strikes_told_before(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    drafts = result.drafts
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert drafts[0].incident.actor == "United States"
    assert drafts[0].incident.count is None


# ------------------------- class 2: the Arabic verbal noun "launching" before the weapons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بعد ساعات من إطلاق صواريخ على القاعدة", ("rocket", None)),
        ("عقب إطلاق ثلاثة صواريخ من البلدة", ("rocket", 3)),
        ("بعد إطلاق طائرتين مسيرتين", ("drone", 2)),
        # after a pad or site noun it names the facility
        ("دمرت القوات منصة إطلاق صواريخ", ("unknown", None)),
        ("قصفت الطائرات مواقع إطلاق الطائرات المسيرة", ("unknown", None)),
    ],
)
def test_the_launching_noun_is_a_launch_unless_a_pad_noun_leads(
    text: str, expected: tuple[str, int | None]
) -> None:
    assert _weapon(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "أسقطت الدفاعات الجوية أمس طائرة مسيرة قرب قاعدة عين الأسد.\n\n"
        "وتم اعتراضها بعد يوم من إطلاق ثلاثة صواريخ على قاعدة حرير.",
        "پدافند هوایی دیروز یک پهپاد را نزدیک پایگاه عین الاسد رهگیری کرد.\n\n"
        "این رویداد یک روز پس از شلیک موشک به پایگاه حریر رخ داد.",
    ],
)
def test_an_earlier_launch_in_a_time_clause_is_an_attack(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("attack", "harir-air-base", THURSDAY),
        ("interception", "ain-al-asad", FRIDAY),
    ]


# ------------------------- class 3: counts: vague quantities, clitic digits, number phrases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague quantity before the weapon: no count
        ("Several mortar shells landed in the compound", ("artillery", None)),
        ("سقطت عدة قذائف هاون في المجمع", ("artillery", None)),
        ("چند گلوله خمپاره در محوطه فرود آمد", ("artillery", None)),
        # Persian گلوله as a classifier: the number before it counts
        ("چهار گلوله خمپاره در محوطه فرود آمد", ("artillery", 4)),
        # a clitic on the digits (``بـ5``): the number
        ("استهدفت القاعدة بـ5 صواريخ", ("rocket", 5)),
        ("هاجموا المطار بـ٣ طائرات مسيرة", ("drone", 3)),
    ],
)
def test_vague_quantities_and_clitic_digits(text: str, expected: tuple[str, int | None]) -> None:
    assert _weapon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number words of two or three tokens
        ("The blast killed seventeen people and wounded thirty-two", (17, 32)),
        ("قتل سبعة عشر مسلحا وأصيب اثنان وعشرون آخرون", (17, 22)),
        ("سی و دو نفر زخمی شدند", (None, 32)),
        ("أصيب ثلاثة عشر جنديا", (None, 13)),
        # "killed N and wounded M": the number before "and" is the first verb's
        ("The rockets killed two and wounded five", (2, 5)),
        # "N wounded, one badly": part of the N
        ("Five soldiers were hurt, one badly, in the attack", (None, 5)),
        ("Two contractors were hurt, one critically", (None, 2)),
        ("أصيب خمسة جنود، أحدهم بجروح بالغة", (None, 5)),
        ("پنج سرباز زخمی شدند که حال یکی از آنها وخیم است", (None, 5)),
    ],
)
def test_number_phrases_and_partial_counts(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _toll(text) == expected


# ------------------------- class 4: a speaker phrase ends at a comma, a speech verb, "that"


@pytest.mark.parametrize(
    "text",
    [
        "According to local sources, depots in al-Qaim were hit by US jets on Friday.",
        "وبحسب مصادر محلية، قصفت طائرات أمريكية مواقع في القائم يوم الجمعة.",
        "به گفته منابع محلی، جنگنده‌های آمریکایی روز جمعه مواضعی در القائم را بمباران کردند.",
    ],
)
def test_a_place_after_the_sources_comma_is_the_events(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", FRIDAY)]


def test_a_source_in_a_place_still_speaks_from_it(bundled: Gazetteer) -> None:
    text = "A security source in Anbar said rockets hit al-Tanf on Friday."
    assert _got(_draft(text, bundled)) == [("attack", "al-tanf", FRIDAY)]


# ------------------------- class 5: strikes told with no place, their places a paragraph on


@pytest.mark.parametrize(
    "text",
    [
        "American warplanes hit scores of sites in Iraq and Syria on Friday, officials said.\n\n"
        "Positions near al-Qaim and Albu Kamal were hit, local officials said.",
        "أعلن البنتاغون أن طائرات أمريكية قصفت أمس عشرات الأهداف في العراق وسوريا.\n\n"
        "وقال مسؤولون محليون إن مواقع في القائم والبوكمال استهدفت.",
        "پنتاگون اعلام کرد جنگنده‌های آمریکا دیروز ده‌ها هدف در عراق و سوریه را بمباران "
        "کردند.\n\nمقامات محلی گفتند مواضعی در القائم و البوکمال هدف قرار گرفت.",
    ],
)
def test_the_paragraph_after_placeless_strikes_gives_their_places(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [
        ("retaliatory_strike", "al-qaim", FRIDAY),
        ("retaliatory_strike", "albu-kamal", FRIDAY),
    ]
    assert {d.incident.actor for d in result.drafts} == {"United States"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon of the paragraph's own: an attack of its own
        (
            "American warplanes hit scores of sites in Iraq and Syria on Friday, officials said."
            "\n\nRockets hit al-Tanf on Friday.",
            ("attack", "al-tanf", FRIDAY),
        ),
        # a group telling its own deed
        (
            "American warplanes hit scores of sites in Iraq and Syria on Friday, officials said."
            "\n\nKataib Hezbollah said it attacked positions near al-Qaim.",
            ("attack", "al-qaim", FRIDAY),
        ),
    ],
)
def test_an_attack_of_its_own_in_the_next_paragraph_stays_an_attack(
    bundled: Gazetteer, text: str, expected: tuple[str, str, str]
) -> None:
    assert _got(_draft(text, bundled)) == [expected]


def test_places_on_a_day_of_their_own_are_not_the_strikes(bundled: Gazetteer) -> None:
    text = (
        "American warplanes hit scores of sites in Iraq and Syria on Friday, officials said.\n\n"
        "On Thursday, positions near al-Qaim were attacked."
    )
    assert _got(_draft(text, bundled)) == [("attack", "al-qaim", THURSDAY)]


def test_two_paragraphs_on_the_places_are_not_the_strikes(bundled: Gazetteer) -> None:
    text = (
        "American warplanes hit scores of sites in Iraq and Syria on Friday, officials said.\n\n"
        "The base hosts advisers.\n\nPositions near al-Qaim were hit."
    )
    assert all(not d.incident.is_strike for d in _draft(text, bundled).drafts)


# ------------------------- class 6: the statement's day next to its verb ("that" left out)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon on Saturday said it struck targets near al-Qaim on Friday.",
        "The Pentagon said on Saturday it struck targets near al-Qaim on Friday.",
        "أعلن الجيش الأمريكي السبت قصف مواقع قرب القائم يوم الجمعة.",
        "ارتش آمریکا روز شنبه اعلام کرد روز جمعه مواضعی نزدیک القائم را بمباران کرد.",
    ],
)
def test_the_day_next_to_the_speech_verb_is_the_statements(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", FRIDAY)]


def test_an_event_between_the_verb_and_the_day_keeps_the_first_day(bundled: Gazetteer) -> None:
    # the first day is the attack's, told after the verb: not the statement's
    text = "Officials said rockets hit al-Tanf on Saturday, after jets struck al-Qaim on Friday."
    assert ("attack", "al-tanf", "2024-02-03") in _got(_draft(text, bundled))


# ------------------------- class 7: a denial of a role, with no day of its own, tells no event


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah denied any link to the attack on Tower 22.\n\n"
        "US jets struck sites near al-Qaim on Friday in response.",
        "نفت كتائب حزب الله أي صلة لها بالهجوم على البرج 22.\n\n"
        "وقصفت طائرات أمريكية أمس مواقع قرب القائم ردا على الهجوم.",
        "کتائب حزب‌الله هرگونه دخالت در حمله به برج ۲۲ را رد کرد.\n\n"
        "جنگنده‌های آمریکایی دیروز در پاسخ مواضعی نزدیک القائم را بمباران کردند.",
    ],
)
def test_a_denied_role_in_an_undated_attack_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert any("denial of a role" in s.reason for s in result.skipped)


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah denied involvement in Friday's drone attack at Tower 22.",
        "نفت كتائب حزب الله أمس أي صلة لها بهجوم الطائرة المسيرة على البرج 22.",
    ],
)
def test_a_denied_role_in_a_dated_attack_keeps_the_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "tower-22", FRIDAY)]
    assert result.drafts[0].incident.actor == ""


# ------------------------- class 8: a lull: attacks told as halted


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on US forces in Syria have largely stopped since the strike in Baghdad.",
        "توقفت الهجمات على القوات الأمريكية في سوريا منذ الضربة في بغداد.",
        "حملات به نیروهای آمریکایی در سوریه از زمان حمله در بغداد متوقف شده است.",
    ],
)
def test_a_lull_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert [s.reason for s in result.skipped] == [
        "a lull: attacks told as halted or waning, not an event"
    ]


def test_an_attack_ending_a_lull_is_drafted(bundled: Gazetteer) -> None:
    text = "Two rockets hit al-Tanf on Friday, ending a lull in attacks."
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "al-tanf", FRIDAY)]
    assert result.drafts[0].incident.count == 2


# ------------------------- class 9: the toll told a sentence or a paragraph on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague quantities after "a": no count; "a dozen" is twelve
        ("The raid killed a number of fighters", (None, None)),
        ("The blast wounded a few guards", (None, None)),
        ("The strike killed a dozen fighters", (12, None)),
    ],
)
def test_a_number_of_is_no_count(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "US jets bombed a depot near al-Qaim on Friday. The Pentagon called it a response "
            "to recent attacks.\n\nA monitor reported seven dead.",
            7,
        ),
        (
            "قصفت طائرات أمريكية أمس مستودعا قرب القائم. وقال البنتاغون إن القصف جاء ردا على "
            "الهجمات الأخيرة.\n\nوأفاد مرصد بمقتل سبعة أشخاص.",
            7,
        ),
        (
            "جنگنده‌های آمریکایی دیروز یک انبار نزدیک القائم را بمباران کردند. به گفته وزارت دفاع "
            "آمریکا این عملیات تلافی حملات هفته گذشته بود.\n\n"
            "یک دیده‌بان از کشته شدن هفت نفر خبر داد.",
            7,
        ),
    ],
)
def test_a_toll_a_few_sentences_on_is_the_events(
    bundled: Gazetteer, text: str, killed: int
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.killed == killed


@pytest.mark.parametrize(
    "text",
    [
        # another place named between: the toll may be of what happened there
        "US jets bombed a depot near al-Qaim on Friday. The Pentagon called it a response "
        "to recent attacks.\n\nResidents of Albu Kamal said the town was calm. "
        "A monitor reported seven dead.",
        # strikes on two sites: a toll told later is no one site's
        "US jets bombed depots near al-Qaim and Albu Kamal on Friday. The Pentagon called it "
        "a response to recent attacks.\n\nA monitor reported seven dead.",
    ],
)
def test_a_toll_past_a_place_or_for_several_sites_is_not_taken(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert all(d.incident.killed is None for d in result.drafts)


# ------------------------- class 10: "killing them all": the people counted before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone struck four fighters near the road, killing them all", (4, None)),
        ("The gunship fired on three militants, killing all three", (3, None)),
        ("أصابت الغارة ثلاثة مسلحين على الطريق فقتلتهم جميعا", (3, None)),
        ("پهپاد آمریکایی چهار شبه‌نظامی را هدف قرار داد که همه آنها کشته شدند", (4, None)),
        # no one counted before: no number
        ("The strike hit the convoy, killing them all", (None, None)),
    ],
)
def test_killing_them_all_counts_the_people_before(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A US drone struck five fighters near Kirkuk on Friday, killing them all.",
        "أصابت طائرة مسيرة أمريكية أمس خمسة مسلحين في سيارة بالقرب من كركوك وقتلتهم جميعا.",
        "یک پهپاد آمریکایی دیروز پنج شبه‌نظامی را نزدیک کرکوک هدف قرار داد که همه آنها کشته شدند.",
    ],
)
def test_a_strike_killing_them_all_has_its_toll(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "kirkuk", FRIDAY)]
    assert result.drafts[0].incident.killed == 5


# ------------------------- class 11: a weapon readied at a place; weapons found unfired


@pytest.mark.parametrize(
    "text",
    [
        "A US drone on Friday struck a truck carrying a launcher ready to fire at Ain al-Asad, "
        "near the town of al-Baghdadi.",
        "قصفت طائرة مسيرة أمريكية أمس شاحنة تحمل منصة صواريخ معدة للإطلاق باتجاه قاعدة عين "
        "الأسد قرب ناحية البغدادي.",
        "یک پهپاد آمریکایی دیروز کامیونی حامل سکوی موشکی آماده پرتاب به سوی پایگاه عین الاسد "
        "را نزدیک البغدادی هدف قرار داد.",
    ],
)
def test_the_place_a_readied_weapon_aims_at_is_not_struck(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("preemptive_strike", "khan-al-baghdadi", FRIDAY)]


def test_rockets_fired_at_a_place_still_attack_it(bundled: Gazetteer) -> None:
    text = "Rockets fired at Ain al-Asad on Friday fell short, officials said."
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Police on Friday found a truck with unfired rockets near al-Qaim.",
        "عثرت الشرطة أمس على شاحنة تحمل صواريخ لم تطلق قرب القائم.",
        "پلیس دیروز یک کامیون با موشک‌های شلیک‌نشده در نزدیکی القائم پیدا کرد.",
    ],
)
def test_unfired_weapons_found_draft_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert [s.reason for s in result.skipped] == [
        "an unfired weapon (found, defused, never launched): no attack"
    ]


# ------------------------- class 12: an attack named only as a time reference


@pytest.mark.parametrize(
    "text",
    [
        "Observers say pressure on US bases has grown since the attack on Tower 22.",
        "ويقول مراقبون إن الضغط على القواعد الأمريكية تزايد بعد هجوم البرج 22.",
        "ناظران می‌گویند فشار بر پایگاه‌های آمریکا پس از حمله به برج ۲۲ افزایش یافته است.",
    ],
)
def test_an_attack_named_as_a_time_reference_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    # the place is set aside as the earlier event recalled (one rule with round 16's)
    assert all("an earlier event recalled" in s.reason for s in result.skipped)
    assert result.skipped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day given: the earlier attack is dated from this one
        (
            "Rockets hit al-Tanf on Friday, a day after the attack on Tower 22.",
            [("attack", "al-tanf", FRIDAY), ("attack", "tower-22", THURSDAY)],
        ),
        # a toll of its own: told
        (
            "Two soldiers were wounded after the attack on Tower 22, the Pentagon said.",
            [("attack", "tower-22", "2024-02-03")],
        ),
        # a timeline: the earlier attack with its own day right after its place
        (
            "مروری بر یک هفته: پس از حمله به برج ۲۲ در بامداد ۸ بهمن، حملات ادامه یافت.",
            [("attack", "tower-22", "2024-01-28")],
        ),
    ],
)
def test_a_reference_with_a_day_or_toll_is_told(
    bundled: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _got(_draft(text, bundled)) == sorted(expected)


# ------------------------- class 13: the aircraft or drone that strikes is no count


@pytest.mark.parametrize(
    "text",
    [
        "Two US F-15 jets bombed a weapons depot near Albu Kamal on Friday.",
        "قصفت أمس مقاتلتان أمريكيتان من طراز إف-15 مستودع أسلحة قرب البوكمال.",
        "دو جنگنده اف-۱۵ آمریکایی دیروز یک انبار سلاح نزدیک البوکمال را بمباران کردند.",
    ],
)
def test_the_jets_of_a_strike_are_not_its_count(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "albu-kamal", FRIDAY)]
    assert (result.drafts[0].incident.actor, result.drafts[0].incident.count) == (
        "United States",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a Kataib Hezbollah headquarters in al-Qaim on Friday.",
        "استهدفت طائرة مسيرة أمس مقرا لكتائب حزب الله في القائم.",
        "یک پهپاد دیروز مقر کتائب حزب‌الله در القائم را هدف قرار داد.",
    ],
)
def test_the_drone_striking_a_groups_site_is_not_its_count(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.count is None


# ------------------------- class 14: a state owning the strike in the sentence after


@pytest.mark.parametrize(
    "text",
    [
        "An air strike hit a depot near al-Qaim on Friday. A US official said his country "
        "carried out the strike.",
        "استهدفت غارة جوية أمس مستودعا قرب القائم. وقال مسؤول أمريكي إن بلاده نفذت الغارة.",
        "یک حمله هوایی دیروز انباری نزدیک القائم را هدف قرار داد. یک مقام آمریکایی گفت "
        "کشورش این حمله را انجام داده است.",
    ],
)
def test_a_state_carrying_out_the_strike_is_its_striker(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert (result.drafts[0].incident.actor, result.drafts[0].incident.count) == (
        "United States",
        None,
    )


# ------------------------- class 15: a strike told in a city or province, placed inside it later


@pytest.mark.parametrize(
    ("text", "place", "killed"),
    [
        (
            "A US drone struck a car in eastern Baghdad on Friday. Three people died when the "
            "vehicle was hit on a road in New Baghdad.",
            "new-baghdad-district",
            3,
        ),
        (
            "استهدفت طائرة مسيرة أمريكية أمس سيارة في شرق بغداد. وقتل ثلاثة أشخاص عندما "
            "استهدفت السيارة على طريق في بغداد الجديدة.",
            "new-baghdad-district",
            3,
        ),
        (
            "پهپاد آمریکایی دیروز اتومبیلی را در شرق بغداد زد. سه نفر وقتی خودرو در "
            "خیابانی در بغداد جدید هدف قرار گرفت کشته شدند.",
            "new-baghdad-district",
            3,
        ),
        (
            "US jets bombed an arms depot in Deir ez-Zor province on Friday.\n\nA monitor said "
            "the depot lay near the city of Deir ez-Zor and that nine were killed in the strike.",
            "deir-ez-zor",
            9,
        ),
        (
            "قصفت مقاتلات أمريكية أمس مستودع أسلحة في محافظة دير الزور.\n\nوقال المرصد إن "
            "المستودع يقع قرب مدينة دير الزور وإن تسعة قتلوا في الغارة.",
            "deir-ez-zor",
            9,
        ),
        (
            "جنگنده‌های آمریکایی دیروز یک انبار سلاح را در استان دیرالزور بمباران کردند.\n\n"
            "دیده‌بان گفت این انبار نزدیک شهر دیرالزور بود و نه نفر در این حمله کشته شدند.",
            "deir-ez-zor",
            9,
        ),
    ],
)
def test_a_strike_placed_inside_its_city_or_province_is_one_strike(
    bundled: Gazetteer, text: str, place: str, killed: int
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", place, FRIDAY)]
    assert (result.drafts[0].incident.actor, result.drafts[0].incident.killed) == (
        "United States",
        killed,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group and weapons of its own: another event
        (
            "A US drone struck a car in eastern Baghdad on Friday. Kataib Hezbollah said it "
            "fired two rockets at New Baghdad.",
            [
                ("attack", "new-baghdad-district", FRIDAY),
                ("retaliatory_strike", "baghdad", FRIDAY),
            ],
        ),
        # a blast heard: told apart
        (
            "US jets bombed an arms depot in Deir ez-Zor province on Friday.\n\nResidents said "
            "a blast shook the city of Deir ez-Zor.",
            [
                ("explosion", "deir-ez-zor", FRIDAY),
                ("retaliatory_strike", "deir-ez-zor-governorate", FRIDAY),
            ],
        ),
    ],
)
def test_an_event_of_its_own_inside_the_strikes_area_stays_apart(
    bundled: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _got(_draft(text, bundled)) == expected


# ------------------------- class 16: "two others were also killed": added to the toll


@pytest.mark.parametrize(
    "text",
    [
        "A US drone killed a militia commander in al-Qaim on Friday.\n\nWitnesses in al-Qaim "
        "said the car burned. Two more men inside were also killed.",
        "قتل قيادي في فصيل مسلح بغارة أمريكية أمس في القائم.\n\nوقال شهود في القائم إن "
        "السيارة احترقت. كما قتل اثنان آخران كانا في السيارة.",
        "در حمله پهپاد آمریکایی دیروز در القائم یک فرمانده کشته شد.\n\nشاهدان در القائم "
        "گفتند خودرو آتش گرفت. دو نفر دیگر که در خودرو بودند نیز کشته شدند.",
    ],
)
def test_others_also_killed_add_to_the_toll(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "al-qaim", FRIDAY)]
    assert result.drafts[0].incident.killed == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the others are the toll of the event told between
        (
            "A US drone killed a militia commander in al-Qaim on Friday.\n\nRockets hit "
            "al-Tanf on Friday. Two others were also killed.",
            {"al-qaim": 1, "al-tanf": 2},
        ),
        # the sentence after, the event's own: added once
        (
            "Rockets hit al-Tanf on Friday, killing one soldier. Two others were also killed.",
            {"al-tanf": 3},
        ),
    ],
)
def test_others_killed_are_added_once_to_the_right_event(
    bundled: Gazetteer, text: str, killed: dict[str, int]
) -> None:
    result = _draft(text, bundled)
    assert {d.incident.target.place_id: d.incident.killed for d in result.drafts} == killed


# ------------------------- class 17: a digest line's label is no event place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Security digest, Friday.\n- Baghdad: a loud blast was heard in Abu Ghraib on Friday "
            "night.",
            "abu-ghraib",
        ),
        ("موجز أمني، الجمعة.\n- بغداد: سمع دوي انفجار قوي في أبو غريب مساء أمس.", "abu-ghraib"),
        (
            "خلاصه امنیتی، جمعه.\n- بغداد: دیروز صدای انفجاری مهیب در ابوغریب شنیده شد.",
            "abu-ghraib",
        ),
        # the label the line's only place: the event is there
        (
            "Security digest, Friday.\n- Baghdad: a loud blast was heard in the city on Friday "
            "night.",
            "baghdad",
        ),
    ],
)
def test_a_digest_label_gives_way_to_the_lines_place(
    bundled: Gazetteer, text: str, place: str
) -> None:
    assert _got(_draft(text, bundled)) == [("explosion", place, FRIDAY)]


# ------------------------- class 18: "the same base" on a day of its own is another attack


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck al-Tanf on Friday. The day before, two rockets had landed short of the "
        "same base.",
        "استهدفت طائرة مسيرة قاعدة التنف أمس. وفي اليوم السابق سقط صاروخان قرب القاعدة نفسها.",
        "یک پهپاد دیروز پایگاه التنف را هدف قرار داد. یک روز قبل از آن دو موشک نزدیک همان "
        "پایگاه فرود آمده بود.",
    ],
)
def test_the_same_base_the_day_before_is_another_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "al-tanf", THURSDAY), ("attack", "al-tanf", FRIDAY)]
    assert sorted(d.incident.count for d in result.drafts if d.incident.count) == [1, 2]


def test_a_claim_a_day_later_is_of_the_attack_told(bundled: Gazetteer) -> None:
    text = (
        "Rockets struck al-Tanf on Friday. A day later, Kataib Hezbollah claimed "
        "responsibility for hitting the base."
    )
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "al-tanf", FRIDAY)]
    assert result.drafts[0].incident.claim_status == "claimed"


# ------------------------- class 19: a month and its year, "ماه" between (Persian)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("in January 2020", "2020-01-01"),
        ("في كانون الثاني 2020", "2020-01-01"),
        ("در دی‌ماه ۱۳۹۸", "2019-12-22"),
        ("در دی ماه ۱۳۹۸", "2019-12-22"),
        # no year: the month of the publication's year
        ("در دی ماه", "2023-12-22"),
    ],
)
def test_a_month_with_mah_keeps_its_year(text: str, iso: str) -> None:
    assert [d.date.isoformat() for d in find_dates(text, dt.date(2024, 1, 8))] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Ain al-Asad is the largest US base in Iraq. In January 2020 it was hit by Iranian "
        "ballistic missiles.",
        "قاعدة عين الأسد أكبر قاعدة أمريكية في العراق. وفي كانون الثاني 2020 استهدفتها صواريخ "
        "باليستية إيرانية.",
        "پایگاه عین الاسد بزرگ‌ترین پایگاه آمریکا در عراق است. این پایگاه در دی‌ماه ۱۳۹۸ هدف "
        "موشک‌های بالستیک ایران قرار گرفت.",
    ],
)
def test_a_history_paragraph_with_a_past_year_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled, published="2024-01-08")
    assert result.drafts == ()
    assert [s.reason.split(":")[0] for s in result.skipped] == ["history"]


# ------------------------- class 20: a drone's attack the next sentence owns as a state's strike


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A militia leader was killed along with one of his aides on Friday as a drone hit "
            "their car in Baghdad.\n\nA US official said American forces carried out the strike.",
            2,
        ),
        (
            "قتل قيادي في فصيل مسلح ومرافقه عندما أطلقت طائرة مسيرة النار على سيارتهما في بغداد "
            "أمس.\n\nوأكد مسؤول أمريكي أن القوات الأمريكية نفذت الضربة.",
            2,
        ),
        (
            "یک فرمانده شبه‌نظامی و همراهش دیروز هنگامی که پهپادی به خودرویشان در بغداد شلیک کرد "
            "کشته شدند.\n\nیک مقام آمریکایی تأیید کرد که نیروهای آمریکایی این حمله را انجام "
            "داده‌اند.",
            None,  # (the subject far before its verb: no count read)
        ),
    ],
)
def test_a_drone_attack_owned_by_a_state_after_is_its_strike(
    bundled: Gazetteer, text: str, killed: int | None
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "baghdad", FRIDAY)]
    inc = result.drafts[0].incident
    assert (inc.actor, inc.count, inc.killed) == ("United States", None, killed)


def test_a_group_carrying_out_the_attack_keeps_it_an_attack(bundled: Gazetteer) -> None:
    text = (
        "A drone attack hit al-Tanf on Friday.\n\nKataib Hezbollah said it carried out the attack."
    )
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "al-tanf", FRIDAY)]
    assert result.drafts[0].incident.actor == "Kataib Hezbollah"


# ------------------------- class 21: blasts whose cause is left open; a Persian depot of goods


@pytest.mark.parametrize(
    "text",
    [
        "Loud blasts were heard near al-Mayadin on Friday, and it was not yet known whether an "
        "air strike or a depot fire caused them.",
        "سمع دوي انفجارات قرب الميادين أمس، ولم يعرف بعد ما إذا كانت ناجمة عن غارة جوية أو عن "
        "انفجار مستودع.",
        "دیروز صدای انفجارهایی در نزدیکی المیادین شنیده شد و مشخص نیست که علت آن حمله هوایی "
        "بوده یا انفجار انبار مهمات.",
    ],
)
def test_blasts_of_unknown_cause_are_an_explosion(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("explosion", "al-mayadin", FRIDAY)]
    assert result.drafts[0].incident.count is None


def test_an_air_strike_causing_blasts_stays_a_strike(bundled: Gazetteer) -> None:
    text = "An air strike hit a depot near al-Mayadin on Friday, causing loud explosions."
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-mayadin", FRIDAY)]


# ------------------------- class 22: a toll of strikes on several sites: only the site it names


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "US jets struck depots in al-Qaim and Akashat on Friday, killing 16 people.",
            {"al-qaim": (None, None), "akashat": (None, None)},
        ),
        (
            "قصفت طائرات أمريكية أمس مخازن في القائم وعكاشات، ما أسفر عن مقتل 16 شخصا.",
            {"al-qaim": (None, None), "akashat": (None, None)},
        ),
        (
            "جنگنده‌های آمریکایی دیروز انبارهایی در القائم و عکاشات را بمباران کردند و ۱۶ نفر "
            "کشته شدند.",
            {"al-qaim": (None, None), "akashat": (None, None)},
        ),
        (
            "US jets struck depots in al-Qaim and Akashat on Friday, killing 16 people in Akashat.",
            {"al-qaim": (None, None), "akashat": (16, None)},
        ),
        (
            "قصفت طائرات أمريكية أمس مقرات في القائم وعكاشات، ما أسفر عن مقتل 16 شخصا في القائم "
            "وإصابة 25 آخرين.",
            {"al-qaim": (16, 25), "akashat": (None, None)},
        ),
        (
            "جنگنده‌های آمریکایی دیروز مواضعی در القائم و عکاشات را بمباران کردند که به کشته شدن "
            "۱۶ نفر در القائم انجامید.",
            {"al-qaim": (16, None), "akashat": (None, None)},
        ),
    ],
)
def test_a_toll_of_several_sites_goes_only_to_the_site_it_names(
    bundled: Gazetteer, text: str, tolls: dict[str, tuple[int | None, int | None]]
) -> None:
    result = _draft(text, bundled)
    assert {
        d.incident.target.place_id: (d.incident.killed, d.incident.wounded) for d in result.drafts
    } == tolls


# ------------------------- class 23: what a site hosts, in a relative clause of a deadly event


@pytest.mark.parametrize(
    "text",
    [
        "A blast shook Camp Kalsu, a camp that hosts army brigades, on Friday, killing one "
        "soldier.",
        "هز انفجار أمس معسكر كالسو الذي يضم وحدات من الجيش، ما أدى إلى مقتل جندي.",
        "دیروز انفجاری در کمپ کالسو، پایگاهی که میزبان یگان‌های ارتش است، رخ داد و یک سرباز "
        "کشته شد.",
    ],
)
def test_a_hosting_clause_inside_a_deadly_event_keeps_the_event(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("explosion", "camp-kalsu", FRIDAY)]
    assert result.drafts[0].incident.killed == 1


def test_strikes_that_stopped_something_are_no_lull(bundled: Gazetteer) -> None:
    text = (
        "US jets struck depots near al-Qaim, and the strikes stopped the launches, officials said."
    )
    assert [(k, p) for k, p, _ in _got(_draft(text, bundled))] == [
        ("retaliatory_strike", "al-qaim")
    ]


# ------------------------- class 24: a day dating an attack noun is the attack's


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Friday's drone attack on al-Tanf followed Thursday's rocket attack on "
        "Ain al-Asad.",
        "قال مسؤولون إن هجوم الجمعة على التنف جاء بعد هجوم الخميس على عين الأسد.",
        "مقامات گفتند حمله جمعه به التنف پس از حمله پنجشنبه به عین الاسد رخ داد.",
    ],
)
def test_a_day_dating_an_attack_noun_is_that_attacks(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("attack", "ain-al-asad", THURSDAY),
        ("attack", "al-tanf", FRIDAY),
    ]

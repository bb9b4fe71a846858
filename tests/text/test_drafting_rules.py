"""Issue 10's phenomena, one short sentence of our own each, against the bundled gazetteer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geoincidents.errors import GeoparseError
from geoincidents.incidents.model import Incident, Location
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.drafting import (
    draft_incidents,
    kind_class,
    read_articles,
    read_front_matter,
)
from tests.text.drafting_samples import draft as _draft


def _triples(result) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (kind_class(d.incident.kind), d.incident.target.place_id, d.incident.date.isoformat())
        for d in result.drafts
    ]


STRIKES = [
    "The United States has killed several fighters in airstrikes "
    "targeting al-Mayadin and Albu Kamal on Friday.",
    "US forces struck sites in al-Qaim and Albu Kamal on Friday.",
    "قصفت طائرات أمريكية يوم الجمعة مواقع في القائم والبوكمال.",
    "جنگنده‌های آمریکایی روز جمعه مواضعی را در القائم و البوکمال بمباران کردند.",
]


@pytest.mark.parametrize("text", STRIKES)
def test_us_strikes_are_strikes_one_per_site(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert len(result.drafts) == 2
    for d in result.drafts:
        assert d.incident.kind == "retaliatory_strike"
        assert d.incident.actor == "United States"
        assert d.incident.date == dt.date(2024, 2, 2)
    assert {d.incident.target.place_id for d in result.drafts} <= {
        "al-mayadin",
        "albu-kamal",
        "al-qaim",
    }


@pytest.mark.parametrize(
    "text",
    [
        "A US AC-130 gunship struck a truck near Albu Kamal on Friday. "
        "Kataib Hezbollah said the dead were its members.",
        "غارة أمريكية بطائرة AC-130 استهدفت شاحنة قرب البوكمال يوم الجمعة.",
    ],
)
def test_a_us_gunship_strike_is_never_a_militia_claimed_attack(
    bundled: Gazetteer, text: str
) -> None:
    (d,) = _draft(text, bundled).drafts
    assert (d.incident.is_strike and d.incident.claim_status != "claimed") or d.incident.actor
    assert d.incident.kind == "retaliatory_strike"
    assert d.incident.count is None  # AC-130 is a model, not 130 weapons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A drone struck Tower 22 on Sunday, killing three soldiers.", "attack"),
        ("Air defences shot down two drones near Erbil airport on Sunday.", "interception"),
        ("A blast was heard inside Camp Taji on Sunday.", "explosion"),
        (
            "CENTCOM said it struck a launcher near al-Qaim on "
            "Sunday that posed an imminent threat.",
            "preemptive_strike",
        ),
        ("أسقطت الدفاعات طائرة مسيرة قرب مطار أربيل يوم الأحد.", "interception"),
        ("دوى انفجار في معسكر التاجي يوم الأحد.", "explosion"),
        (
            "ارتش آمریکا روز یکشنبه سامانه‌ای را در نزدیکی القائم "
            "که تهدید قریب‌الوقوع بود هدف قرار داد.",
            "preemptive_strike",
        ),
        ("روز یکشنبه یک پهپاد پیش از رسیدن به فرودگاه اربیل رهگیری شد.", "interception"),
    ],
)
def test_kind_from_actor_and_verbs(bundled: Gazetteer, text: str, kind: str) -> None:
    result = _draft(text, bundled, published="2024-01-29")
    assert [d.incident.kind for d in result.drafts] == [kind]
    assert result.drafts[0].incident.date == dt.date(2024, 1, 28)


def test_tower_22_attack_is_an_attack_with_casualties_and_claim(bundled: Gazetteer) -> None:
    text = (
        "A one-way drone hit Tower 22 in Jordan on Sunday, killing three US soldiers and "
        "wounding more than 40. The Islamic Resistance in Iraq claimed the attack."
    )
    (d,) = _draft(text, bundled, published="2024-01-29").drafts
    inc = d.incident
    assert (inc.kind, inc.target.place_id, inc.date) == ("attack", "tower-22", dt.date(2024, 1, 28))
    assert (inc.count, inc.killed, inc.wounded) == (1, 3, 40)
    assert (inc.actor, inc.claim_status) == ("Islamic Resistance in Iraq", "claimed")


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent in Aleppo reported heavy traffic on Friday.",
        "وقال مراسلنا في حلب إن الطيران الحربي حلق فوق المدينة يوم الجمعة.",
        "خبرنگار ما در حلب گزارش داد که روز جمعه صدای جنگنده‌ها شنیده شد.",
        "Ain al-Asad hosts hundreds of US troops and was hit in the past.",
        "تعمل الحكومة على توسيع مطار كربلاء الدولي.",
        "Iran struck Ain al-Asad with ballistic missiles in January 2020.",
        "در دی ماه ۱۳۹۸ ایران پایگاه عین الاسد را با موشک هدف قرار داد.",
        "The group threatened to attack Ain al-Asad again.",
        "US warplanes flew over Albu Kamal all night on Friday.",
        "وحلق الطيران الحربي فوق البوكمال طوال ليل الجمعة.",
        "The Pentagon said the strikes were retaliation for the attack on Tower 22.",
    ],
)
def test_context_sentences_draft_nothing_and_say_why(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert all(s.reason for s in result.skipped)  # event words with no event: said why


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Rockets hit Ain al-Asad on Saturday. US jets struck "
            "Jurf al-Sakhar the same day in response.",
            ["2024-01-20", "2024-01-20"],
        ),
        (
            "Rockets hit Ain al-Asad on Saturday. The day before, a "
            "drone was shot down near Erbil airport.",
            ["2024-01-20", "2024-01-19"],
        ),
        (
            "استهدف هجوم صاروخي قاعدة عين الأسد يوم السبت. وفي اليوم نفسه سقط صاروخ قرب حقل العمر.",
            ["2024-01-20", "2024-01-20"],
        ),
        (
            "روز شنبه پایگاه عین الاسد هدف حمله راکتی قرار گرفت. همان "
            "روز یک پهپاد به میدان نفتی العمر حمله کرد.",
            ["2024-01-20", "2024-01-20"],
        ),
        ("قصفت طائرات أمريكية أمس السبت مواقع في القائم.", ["2024-01-20"]),
        ("روز گذشته سه پهپاد به پایگاه عین الاسد حمله کردند.", ["2024-01-20"]),
        ("US jets struck al-Qaim overnight. The strikes came on Thursday night.", ["2024-01-18"]),
    ],
)
def test_relative_days(bundled: Gazetteer, text: str, dates: list[str]) -> None:
    result = _draft(text, bundled, published="2024-01-21")
    assert [t[2] for t in _triples(result)] == dates


def test_without_publication_a_date_in_the_text_is_used(bundled: Gazetteer) -> None:
    result = _draft("On 4 February 2024 a drone struck the al-Tanf garrison.", bundled, None)
    assert _triples(result) == [("attack", "al-tanf", "2024-02-04")]


def test_without_any_date_nothing_is_drafted_and_the_reason_is_given(bundled: Gazetteer) -> None:
    result = _draft("A drone struck the al-Tanf garrison yesterday.", bundled, None)
    assert result.drafts == ()
    assert "no date" in result.skipped[0].reason and "published" in result.skipped[0].reason


def test_front_matter_dates_the_article(bundled: Gazetteer) -> None:
    text = "published: 2024-02-05\nدیروز یک پهپاد به پایگاه التنف حمله کرد."
    result = _draft(text, bundled, None)
    assert result.published == dt.date(2024, 2, 5) and result.published_from == "front matter"
    assert _triples(result) == [("attack", "al-tanf", "2024-02-04")]
    assert read_front_matter("---\ntitle: x\ndate: 2024-01-02\n---\nbody") == (
        dt.date(2024, 1, 2),
        len("---\ntitle: x\ndate: 2024-01-02\n---\n"),
    )
    with pytest.raises(GeoparseError, match=r"line 1, column .*'tomorrow'"):
        read_front_matter("published: tomorrow\nbody")


def test_corpus_records_carry_their_own_dates(tmp_path: Path, bundled: Gazetteer) -> None:
    corpus = tmp_path / "day.jsonl"
    rows = [
        {"id": "a", "published": "2024-01-21", "text": "Rockets hit Ain al-Asad yesterday."},
        {"id": "b", "published": "2024-02-03", "text": "Rockets hit Ain al-Asad yesterday."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles = read_articles(corpus)
    assert [(a.name, a.published) for a in articles] == [
        ("a", dt.date(2024, 1, 21)),
        ("b", dt.date(2024, 2, 3)),
    ]
    dates = [
        draft_incidents(a.text, a.published, bundled, include_geonames=False)[0].incident.date
        for a in articles
    ]
    assert dates == [dt.date(2024, 1, 20), dt.date(2024, 2, 2)]
    (tmp_path / "bad.jsonl").write_text('{"text": "x"}\n{"text": 3}\n', encoding="utf-8")
    with pytest.raises(GeoparseError, match=r"bad\.jsonl, line 2"):
        read_articles(tmp_path / "bad.jsonl")


def test_same_event_in_two_sentences_is_merged(bundled: Gazetteer) -> None:
    text = (
        "Five rockets hit Ain al-Asad on Saturday. "
        "The attack on Ain al-Asad wounded two soldiers, officials said."
    )
    result = _draft(text, bundled, published="2024-01-21")
    (d,) = result.drafts
    assert (d.incident.count, d.incident.wounded) == (5, 2)
    assert any("merged" in e for e in d.evidence)


def test_place_in_a_response_clause_is_not_struck(bundled: Gazetteer) -> None:
    text = "In response to the drone attack on Tower 22, US forces struck al-Qaim on Friday."
    result = _draft(text, bundled)
    assert _triples(result) == [("strike", "al-qaim", "2024-02-02")]


def test_a_locating_place_is_not_a_second_target(bundled: Gazetteer) -> None:
    result = _draft("Two rockets fell near the Victory base by Baghdad airport on Friday.", bundled)
    assert _triples(result) == [("attack", "victory-base-complex", "2024-02-02")]


def _row(id_: str, kind: str, place: str, date: dt.date) -> Incident:
    return Incident(id_, date, kind, Location(32.0, 38.0, name=place, place_id=place))


def test_against_a_sheet_links_and_marks_duplicates(bundled: Gazetteer) -> None:
    sheet = [
        _row("t22", "attack", "tower-22", dt.date(2024, 1, 28)),
        _row("qaim-0202", "retaliatory_strike", "al-qaim", dt.date(2024, 2, 2)),
    ]
    text = (
        "In retaliation for the attack on Tower 22, US forces struck al-Qaim and "
        "al-Mayadin on Friday."
    )
    result = _draft(text, bundled, against=sheet)
    by_site = {d.incident.target.place_id: d for d in result.drafts}
    assert set(by_site) == {"al-qaim", "al-mayadin"}
    assert all(d.incident.responds_to == ("t22",) for d in result.drafts)
    assert by_site["al-qaim"].duplicate_of == "qaim-0202"
    assert by_site["al-mayadin"].duplicate_of == ""


def test_response_links_within_the_article_in_three_languages(bundled: Gazetteer) -> None:
    for text in (
        "Rockets hit Ain al-Asad on Saturday. In response, US jets struck Jurf al-Sakhar.",
        "سقطت صواريخ على قاعدة عين الأسد يوم السبت. وردا على ذلك قصفت طائرات أمريكية جرف الصخر.",
        "روز شنبه پایگاه عین الاسد هدف حمله راکتی قرار گرفت. در پاسخ، "
        "جنگنده‌های آمریکایی جرف الصخر را بمباران کردند.",
    ):
        attack, strike = _draft(text, bundled, published="2024-01-21").drafts
        assert strike.incident.is_strike and not attack.incident.is_strike
        assert strike.incident.responds_to == (attack.incident.id,)


def test_confidence_is_lower_without_a_striker_or_a_date(bundled: Gazetteer) -> None:
    sure = _draft("US warplanes struck al-Qaim on Friday.", bundled).drafts[0]
    unsure = _draft("An airstrike hit al-Qaim.", bundled).drafts[0]
    assert unsure.incident.is_strike and unsure.incident.actor == ""
    assert unsure.confidence < sure.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Saturday. Later, two drones aimed at the base were shot down.",
        "سقطت صواريخ على قاعدة عين الأسد يوم السبت. ثم أسقطت الدفاعات طائرتين قرب القاعدة.",
        "روز شنبه راکت‌هایی به پایگاه عین الاسد اصابت کرد. "
        "سپس دو پهپاد در نزدیکی این پایگاه رهگیری شد.",
    ],
)
def test_the_base_named_again_is_the_site_named_before(bundled: Gazetteer, text: str) -> None:
    attack, interception = _draft(text, bundled, published="2024-01-21").drafts
    assert interception.incident.kind == "interception"
    assert interception.incident.target.place_id == "ain-al-asad"
    # the rule takes off for "the base"; the learned confidence weighs what analysts accepted
    # (interceptions more often than attacks), so only the rule score is sure to fall
    assert any("site named only as 'the base'" in e for e in interception.evidence)
    assert interception.rule_confidence < attack.rule_confidence


def test_the_base_without_a_site_before_drafts_nothing(bundled: Gazetteer) -> None:
    result = _draft("Two drones aimed at the base were shot down on Friday.", bundled)
    assert result.drafts == () and "no place" in result.skipped[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "US Central Command announced new strikes on Friday. The strikes hit sites in al-Qaim "
        "and Albu Kamal.",
        "أعلنت القيادة المركزية الأمريكية يوم الجمعة أنها نفذت ضربات جديدة. وطالت الغارات "
        "مواقع في القائم والبوكمال.",
    ],
)
def test_the_striker_of_the_sentence_before(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [
        ("strike", "al-qaim", "2024-02-02"),
        ("strike", "albu-kamal", "2024-02-02"),
    ]
    assert {d.incident.actor for d in result.drafts} == {"United States"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "In response to the attack on Ain al-Asad on Saturday, US jets struck al-Qaim "
            "on Sunday.",
            "2024-01-22",
        ),
        (
            "US jets struck al-Qaim on Sunday in retaliation for the rocket attack on "
            "Ain al-Asad on Saturday.",
            "2024-01-22",
        ),
        (
            "ردا على الهجوم الذي استهدف قاعدة عين الأسد أمس السبت، قصفت طائرات أمريكية "
            "مواقع في القائم فجر اليوم.",
            "2024-01-21",
        ),
        (
            "در پاسخ به حمله روز شنبه به پایگاه عین الاسد، جنگنده‌های آمریکایی بامداد "
            "یکشنبه القائم را بمباران کردند.",
            "2024-01-22",
        ),
    ],
)
def test_a_dated_event_in_a_response_clause_is_drafted_and_linked(
    bundled: Gazetteer, text: str, published: str
) -> None:
    attack, strike = _draft(text, bundled, published=published).drafts
    assert (attack.incident.kind, attack.incident.target.place_id) == ("attack", "ain-al-asad")
    assert attack.incident.date == dt.date(2024, 1, 20)
    assert (strike.incident.target.place_id, strike.incident.date) == (
        "al-qaim",
        dt.date(2024, 1, 21),
    )
    assert strike.incident.responds_to == (attack.incident.id,)
    # told in passing: it loses for that, whatever the strike loses for
    assert any("told in a response clause" in e for e in attack.evidence)
    # (the rule score: drafts told in a response clause were accepted as often as any, so the
    # learned confidence need not fall for it)
    assert attack.rule_confidence <= 0.8


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "نیروهای ائتلاف روز شنبه دو پهپاد را در نزدیکی پایگاه عین الاسد سرنگون کردند.",
            "kind",
            "interception",
        ),
        (
            "US forces said they were preparing to launch drones when a US "
            "jet struck a truck near al-Qaim on Saturday.",
            "kind",
            "preemptive_strike",
        ),
        ("أسفر هجوم على قاعدة عين الأسد يوم السبت عن إصابة جنديين.", "wounded", 2),
        ("موشکی روز شنبه به پایگاه عین الاسد اصابت کرد و دو نظامی را کشت.", "killed", 2),
        ("موشکی روز شنبه به پایگاه عین الاسد اصابت کرد.", "count", 1),
        ("روز شنبه حمله موشکی به پایگاه عین الاسد انجام شد.", "count", None),
        ("تعرضت قاعدة عين الأسد لقصف صاروخي يوم السبت.", "count", None),
    ],
)
def test_more_words(bundled: Gazetteer, text: str, field: str, value: object) -> None:
    (d,) = _draft(text, bundled, published="2024-01-21").drafts
    assert getattr(d.incident, field) == value


def test_a_claim_after_a_run_of_events_claims_them_all(bundled: Gazetteer) -> None:
    text = (
        "Rockets hit Ain al-Asad on Saturday. Hours later a drone struck Harir air base. "
        "The Islamic Resistance in Iraq claimed both attacks."
    )
    drafts = _draft(text, bundled, published="2024-01-21").drafts
    assert [(d.incident.claim_status, d.incident.actor) for d in drafts] == [
        ("claimed", "Islamic Resistance in Iraq")
    ] * 2


def test_casualties_told_of_elsewhere_are_not_taken(bundled: Gazetteer) -> None:
    text = (
        "US jets struck a depot near Albu Kamal on Saturday. "
        "The strike came after three soldiers were killed in Jordan."
    )
    (d,) = _draft(text, bundled, published="2024-01-21").drafts
    assert d.incident.killed is None


def test_a_strike_noun_alone_is_an_event(bundled: Gazetteer) -> None:
    text = "نفذت القوات الأمريكية ضربة في بغداد يوم الأربعاء أسفرت عن مقتل قيادي في فصيل مسلح."
    (d,) = _draft(text, bundled, published="2024-01-19").drafts
    assert (d.incident.kind, d.incident.target.place_id, d.incident.killed) == (
        "retaliatory_strike",
        "baghdad",
        1,
    )


# --- round 6: the held-out failure classes, each in the three languages


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets hit Ain al-Asad on Monday in a new wave of attacks on US-led "
        "coalition forces.",
        "سقطت ثلاثة صواريخ على قاعدة عين الأسد يوم الاثنين ضمن هجمات على قوات التحالف "
        "بقيادة واشنطن.",
        "سه راکت روز دوشنبه به پایگاه عین الاسد در ادامه حملات علیه نیروهای ائتلاف به "
        "رهبری آمریکا اصابت کرد.",
    ],
)
def test_attacks_on_a_led_coalition_are_attacks(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("attack", "ain-al-asad", "2024-01-29")]
    assert result.drafts[0].incident.actor == ""
    assert result.drafts[0].incident.count == 3


@pytest.mark.parametrize(
    "text",
    [
        "A drone exploded at the Rukban camp, near the al-Tanf garrison, on Friday.",
        "Two rockets hit the Green Zone, where the US embassy is, on Friday.",
        "سقط صاروخان في المنطقة الخضراء، حيث تقع السفارة الأمريكية، يوم الجمعة.",
        "روز جمعه دو راکت به منطقه سبز بغداد، جایی که سفارت آمریکا قرار دارد، اصابت کرد.",
    ],
)
def test_a_locating_phrase_is_no_second_target(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert len(result.drafts) == 1
    assert result.drafts[0].incident.target.place_id in ("rukban-camp", "green-zone")
    assert any("locating phrase" in e for e in result.drafts[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "US forces at Ain al-Asad repelled a drone attack on Friday.",
        "A drone aimed at Ain al-Asad was engaged by US forces on Friday.",
        "تصدت القوات الأمريكية في قاعدة عين الأسد لطائرة مسيرة يوم الجمعة.",
        "روز جمعه یک پهپاد بر فراز پایگاه عین الاسد توسط نیروهای آمریکایی رهگیری شد.",
    ],
)
def test_the_defending_side_intercepts_it_does_not_strike(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("interception", "ain-al-asad", "2024-02-02")]
    assert result.drafts[0].incident.actor == ""


@pytest.mark.parametrize(
    "text",
    [
        "اعترضت الدفاعات الجوية طائرة مسيرة فوق مطار أربيل يوم الجمعة.",
        "أسقطت الدفاعات الجوية طائرة مسيرة فوق مطار أربيل يوم الجمعة.",
        "پدافند هوایی روز جمعه یک پهپاد را بر فراز فرودگاه اربیل رهگیری کرد.",
        "روز جمعه یک پهپاد بر فراز فرودگاه اربیل سرنگون شد.",
        "Air defences shot down a drone over Erbil airport on Friday.",
        "A drone was downed over Erbil airport on Friday.",
    ],
)
def test_interception_words_in_three_languages(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("interception", "erbil-airport", "2024-02-02")]
    assert result.drafts[0].incident.count == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("US jets struck Kataib Hezbollah in Jurf al-Sakhar on Friday.", "jurf-al-sakhar"),
        ("قصفت طائرات أمريكية مواقع كتائب حزب الله في جرف الصخر يوم الجمعة.", "jurf-al-sakhar"),
        (
            "جنگنده‌های آمریکایی روز جمعه مواضع کتائب حزب‌الله در جرف الصخر را بمباران کردند.",
            "jurf-al-sakhar",
        ),
    ],
)
def test_a_place_after_group_in_is_a_place(bundled: Gazetteer, text: str, target: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("strike", target, "2024-02-02")]
    assert result.drafts[0].incident.actor == "United States"


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck militants preparing to launch drones near al-Qaim on Friday.",
        "قصفت طائرات أمريكية مسلحين كانوا يستعدون لإطلاق مسيرات قرب القائم يوم الجمعة.",
        "جنگنده‌های آمریکایی روز جمعه شبه‌نظامیانی را که در نزدیکی القائم در حال "
        "آماده‌سازی پرتاب پهپاد بودند هدف قرار دادند.",
        "جنگنده‌های آمریکایی روز جمعه پهپادی را که در نزدیکی القائم آماده پرتاب بود هدف قرار دادند.",
    ],
)
def test_preemptive_cues_with_alef_madda(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [d.incident.kind for d in result.drafts] == ["preemptive_strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Thursday. In response, US jets struck al-Qaim on "
        "Friday. The attack on the base wounded two soldiers.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الخميس. وردا على ذلك قصفت طائرات أمريكية "
        "القائم يوم الجمعة. وأسفر الهجوم على القاعدة عن إصابة جنديين.",
        "روز پنجشنبه راکت‌هایی به پایگاه عین الاسد اصابت کرد. در پاسخ، جنگنده‌های آمریکایی "
        "روز جمعه القائم را بمباران کردند. در این حمله به پایگاه یادشده دو سرباز زخمی شدند.",
    ],
)
def test_an_event_named_again_is_that_event(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [
        ("attack", "ain-al-asad", "2024-02-01"),
        ("strike", "al-qaim", "2024-02-02"),
    ]
    attack, strike = result.drafts
    assert attack.incident.wounded == 2
    assert strike.incident.responds_to == (attack.incident.id,)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Four rockets hit Ain al-Asad on Friday. No group claimed the attack.", "claim", False),
        (
            "سقطت أربعة صواريخ على قاعدة عين الأسد يوم الجمعة. ولم تتبن أي جهة الهجوم.",
            "claim",
            False,
        ),
        (
            "روز جمعه چهار راکت به پایگاه عین الاسد اصابت کرد. هیچ گروهی مسئولیت این حمله را "
            "بر عهده نگرفت.",
            "claim",
            False,
        ),
        ("روز جمعه سه فروند پهپاد به پایگاه عین الاسد حمله کردند.", "count", 3),
        ("شنت طائرات التحالف غارة قرب البوكمال يوم الجمعة ومقتل شخصين.", "killed", 2),
    ],
)
def test_round_six_fields(bundled: Gazetteer, text: str, field: str, value: object) -> None:
    (d,) = _draft(text, bundled).drafts
    got = d.incident.claim_status == "claimed" if field == "claim" else getattr(d.incident, field)
    assert got == value


def test_every_cue_table_is_folded_like_the_text() -> None:
    import re

    from geoincidents.text import actors, drafting
    from geoincidents.text.folding import fold_text

    raw_text = {"_CLAUSE_BREAK", "_POSSESSIVE", "_LIST_GAP", "_COMMA_GAP", "_FRONT"}
    for module in (drafting, actors):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and name not in raw_text:
                letters = [c for c in value.pattern if ord(c) > 127]
                assert all(fold_text(c).folded == c for c in letters), (module.__name__, name)


# --- confidence: read beats inferred, and the evidence says what was inferred

CONFIDENCE = [
    # (read: all in the sentence, inferred: the same event with one thing inferred, why)
    (
        "Five rockets hit Ain al-Asad on Friday.",
        "Five rockets hit Ain al-Asad.",
        "date from published",
    ),
    (
        "سقطت خمسة صواريخ على قاعدة عين الأسد يوم الجمعة.",
        "سقطت خمسة صواريخ على قاعدة عين الأسد.",
        "date from published",
    ),
    (
        "روز جمعه پنج راکت به پایگاه عین الاسد اصابت کرد.",
        "پنج راکت به پایگاه عین الاسد اصابت کرد.",
        "date from published",
    ),
    (
        "US jets struck al-Qaim on Friday.",
        "Airstrikes hit al-Qaim on Friday.",
        "a strike with no striker named",
    ),
    (
        "قصفت طائرات أمريكية القائم يوم الجمعة.",
        "استهدفت غارات جوية القائم يوم الجمعة.",
        "a strike with no striker named",
    ),
    (
        "جنگنده‌های آمریکایی روز جمعه القائم را بمباران کردند.",
        "روز جمعه حملات هوایی القائم را هدف قرار داد.",
        "a strike with no striker named",
    ),
    (
        "US jets struck a depot in Jurf al-Sakhar on Friday, killing six.",
        "US jets struck a depot in Jurf al-Sakhar on Friday. Local sources said six were "
        "killed in the attack on Jurf al-Sakhar.",
        "figures from a later sentence",
    ),
    (
        "قصفت طائرات أمريكية مستودعا في جرف الصخر يوم الجمعة ما أسفر عن مقتل ستة.",
        "قصفت طائرات أمريكية مستودعا في جرف الصخر يوم الجمعة. وقالت مصادر محلية إن ستة "
        "قتلوا في الهجوم على جرف الصخر.",
        "figures from a later sentence",
    ),
    (
        "جنگنده‌های آمریکایی روز جمعه انباری را در جرف الصخر بمباران کردند و شش نفر کشته شدند.",
        "جنگنده‌های آمریکایی روز جمعه انباری را در جرف الصخر بمباران کردند. به گفته منابع "
        "محلی در حمله به جرف الصخر شش نفر کشته شدند.",
        "figures from a later sentence",
    ),
]


@pytest.mark.parametrize(("read", "inferred", "why"), CONFIDENCE)
def test_inferred_drafts_are_less_confident(
    bundled: Gazetteer, read: str, inferred: str, why: str
) -> None:
    (sure,) = _draft(read, bundled).drafts
    doubtful = _draft(inferred, bundled).drafts
    assert doubtful, inferred
    for d in doubtful:
        # the rule score takes the deduction; the learned confidence weighs it with the
        # rest of what differs between the two sentences (its own test holds the others
        # equal: tests/text/test_draft_confidence.py)
        assert d.rule_confidence < sure.rule_confidence
        assert any(why in e for e in d.evidence), d.evidence
    assert not any(e.startswith("confidence:") and why in e for e in sure.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Thursday. Two soldiers were hurt at the base.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الخميس. وأصيب جنديان في القاعدة.",
        "روز پنجشنبه راکت‌هایی به پایگاه عین الاسد اصابت کرد. دو سرباز در این پایگاه زخمی شدند.",
    ],
)
def test_a_sentence_about_the_base_joins_its_event(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert all(0.05 <= d.rule_confidence <= 0.95 for d in result.drafts)
    assert all(0.0 <= d.confidence <= 1.0 for d in result.drafts)
    assert [d.incident.target.place_id for d in result.drafts] == ["ain-al-asad"]


@pytest.mark.parametrize(
    "text",
    [
        "Kataib Hezbollah denied any role in Sunday's attack on Ain al-Asad.",
        "نفت كتائب حزب الله أي دور لها في هجوم الأحد على قاعدة عين الأسد.",
        "کتائب حزب‌الله دست داشتن خود را در حمله روز یکشنبه به پایگاه عین الاسد رد کرد.",
    ],
)
def test_a_group_that_denies_is_no_actor(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("attack", "ain-al-asad", "2024-01-28")]
    assert result.drafts[0].incident.actor == ""
    assert result.drafts[0].incident.claim_status == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "A rocket attack targeted Erbil airport late on Tuesday, and US forces responded "
        "hours later with strikes on a depot near Jurf al-Sakhar.",
        "استهدف هجوم صاروخي مطار أربيل مساء الثلاثاء، وردت القوات الأمريكية بعد ساعات "
        "بغارات على مخزن قرب جرف الصخر.",
        "روز سه‌شنبه یک حمله راکتی فرودگاه اربیل را هدف قرار داد و نیروهای آمریکایی "
        "ساعاتی بعد با حمله به انباری در جرف الصخر پاسخ دادند.",
    ],
)
def test_responded_links_the_strike(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [kind_class(d.incident.kind) for d in result.drafts] == ["attack", "strike"]
    attack, strike = result.drafts
    assert strike.incident.responds_to == (attack.incident.id,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday's attack hit the base.", ["2024-01-28"]),
        ("Yesterday’s strike hit a depot.", ["2024-02-02"]),
        ("Rockets often fall on Mondays.", []),
    ],
)
def test_an_english_possessive_weekday_is_a_date(text: str, expected: list[str]) -> None:
    from geoincidents.text.dates import find_dates

    assert [d.date.isoformat() for d in find_dates(text, dt.date(2024, 2, 3))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In response to the attack on Tower 22, US jets struck sites in al-Qaim and "
        "Akashat on Friday.",
        "ردا على الهجوم على البرج 22 قصفت طائرات أمريكية مواقع في القائم وعكاشات يوم الجمعة.",
        "جنگنده‌های آمریکایی بامداد جمعه در پاسخ به حمله به برج ۲۲ مواضعی را در القائم و "
        "عکاشات بمباران کردند.",
    ],
)
def test_a_response_clause_ends_before_the_main_object(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert sorted(_triples(result)) == [
        ("strike", "akashat", "2024-02-02"),
        ("strike", "al-qaim", "2024-02-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A drone targeted the Conoco gas field on Sunday, and the coalition said it shot "
        "down another.",
        "استهدفت طائرة مسيرة حقل كونيكو للغاز يوم الأحد، وقالت قوات التحالف إنها أسقطت طائرة أخرى.",
        "روز یکشنبه یک پهپاد میدان گازی کونیکو را هدف قرار داد و پهپاد دیگری رهگیری شد.",
    ],
)
def test_another_weapon_stopped_leaves_the_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _triples(result) == [("attack", "conoco-gas-field", "2024-01-28")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Militants launched a drone at al-Tanf on Tuesday. The drone was intercepted.",
            "interception",
        ),
        (
            "أطلق مسلحون طائرة مسيرة باتجاه قاعدة التنف يوم الثلاثاء. وتم اعتراض الطائرة.",
            "interception",
        ),
        ("روز سه‌شنبه یک پهپاد به سوی پایگاه التنف پرتاب شد. این پهپاد رهگیری شد.", "interception"),
        ("Militants launched a drone at al-Tanf on Tuesday. It was not intercepted.", "attack"),
        (
            "أطلق مسلحون طائرة مسيرة باتجاه قاعدة التنف يوم الثلاثاء. ولم يتم اعتراض الطائرة.",
            "attack",
        ),
        ("روز سه‌شنبه یک پهپاد به سوی پایگاه التنف پرتاب شد. این پهپاد رهگیری نشد.", "attack"),
        ("Militants fired three rockets at al-Tanf on Tuesday. Two were intercepted.", "attack"),
        (
            "Militants fired three rockets at al-Tanf on Tuesday. Two of them were shot down.",
            "attack",
        ),
    ],
)
def test_the_sentence_after_says_whether_it_was_stopped(
    bundled: Gazetteer, text: str, kind: str
) -> None:
    result = _draft(text, bundled)
    assert [(d.incident.kind, d.incident.target.place_id) for d in result.drafts] == [
        (kind, "al-tanf")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets were fired from Zummar toward the Rmelan base on Monday, a day after a "
        "US strike in Jurf al-Sakhar.",
        "أطلقت ثلاثة صواريخ من زمار باتجاه قاعدة رميلان يوم الاثنين، بعد يوم من غارة أمريكية "
        "في جرف الصخر.",
        "روز دوشنبه سه راکت از زمار به سوی پایگاه رمیلان شلیک شد، یک روز پس از حمله هوایی "
        "آمریکا در جرف الصخر.",
    ],
)
def test_a_day_after_names_the_earlier_event(bundled: Gazetteer, text: str) -> None:
    """The clause's event is no target of the attack; it is drafted the day before."""
    result = _draft(text, bundled)
    got = sorted(
        (d.incident.kind, d.incident.target.place_id, d.incident.date.isoformat())
        for d in result.drafts
    )
    assert got == [
        ("attack", "kharab-al-jir", "2024-01-29"),  # the Rmelan landing zone
        ("retaliatory_strike", "jurf-al-sakhar", "2024-01-28"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US jets carried out a pre-emptive strike near al-Qaim on Tuesday.",
        "The US military said it struck militants near al-Qaim on Tuesday, citing an "
        "imminent threat to its forces.",
        "نفذت القوات الأمريكية ضربة استباقية قرب القائم يوم الثلاثاء.",
        "جنگنده‌های آمریکایی روز سه‌شنبه در نزدیکی القائم حمله‌ای پیشگیرانه انجام دادند.",
    ],
)
def test_hyphenated_preemptive_cues(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(d.incident.kind, d.incident.target.place_id) for d in result.drafts] == [
        ("preemptive_strike", "al-qaim")
    ]


def test_no_cue_pattern_holds_a_hyphen_the_fold_removes() -> None:
    import re

    from geoincidents.text import actors, drafting

    for module in (drafting, actors):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and name != "_FRONT":
                assert not re.search(r"[a-z]-\??[a-z]", value.pattern), (module.__name__, name)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Three rockets hit Ain al-Asad air base on Friday.", "Ain al-Asad air base"),
        ("سقطت ثلاثة صواريخ على قاعدة عين الأسد يوم الجمعة.", "قاعدة عين الأسد"),
        ("روز جمعه سه راکت به پایگاه عین الاسد اصابت کرد.", "پایگاه عین الاسد"),
    ],
)
def test_a_draft_carries_the_verdict_of_its_place(
    bundled: Gazetteer, text: str, written: str
) -> None:
    """How the target was found reaches the draft (and so the map's popup)."""
    (d,) = _draft(text, bundled).drafts
    target = d.incident.target
    assert target.place_id == "ain-al-asad"
    assert (target.query, target.country) == (written, "IQ")
    assert target.method in ("exact", "normalized") and target.score is not None
    assert target.score >= 0.9 and not target.doubtful


# ---------------------------------------------------------------- held_out_6 failure classes


@pytest.mark.parametrize(
    "text",
    [
        "Rockets were fired at Ain al-Asad air base on Friday. Most of the rockets were "
        "intercepted, but others fell inside the base.",
        "سقطت صواريخ على قاعدة عين الأسد الجوية يوم الجمعة، واعترضت الدفاعات معظم الصواريخ.",
        "پایگاه عین الاسد روز جمعه هدف حمله موشکی قرار گرفت و بیشتر موشک‌ها رهگیری شدند.",
    ],
)
def test_most_weapons_stopped_leaves_an_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(d.incident.kind, d.incident.target.place_id) for d in result.drafts] == [
        ("attack", "ain-al-asad")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck sites near al-Qaim on Friday in retaliation for the drone attack "
        "that killed two US soldiers at Tower 22 on Monday.",
        "قصفت طائرات أمريكية مواقع قرب القائم يوم الجمعة ردا على الهجوم الذي أدى إلى مقتل "
        "جنديين أمريكيين في البرج 22 يوم الاثنين.",
        "US jets struck sites near al-Qaim on Friday in retaliation for the drone attack "
        "that claimed the lives of two American troops at Tower 22 on Monday.",
        "قصفت طائرات أمريكية مواقع قرب القائم يوم الجمعة ردا على الهجوم الذي أودى بحياة "
        "جنديين أمريكيين في البرج 22 يوم الاثنين.",
        "جنگنده‌های آمریکایی روز جمعه در تلافی حمله روز دوشنبه به برج ۲۲ که به کشته شدن دو "
        "سرباز آمریکایی انجامید، مواضعی را در القائم بمباران کردند.",
    ],
)
def test_victims_state_word_stays_in_the_response_clause(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    by_place = {d.incident.target.place_id: d.incident for d in result.drafts}
    assert by_place["tower-22"].kind == "attack"
    assert by_place["tower-22"].date == dt.date(2024, 1, 29)
    assert by_place["tower-22"].killed == 2
    assert by_place["al-qaim"].kind == "retaliatory_strike"
    assert by_place["al-qaim"].actor == "United States"
    assert by_place["al-qaim"].date == dt.date(2024, 2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "US aircraft struck on Friday in response to the attack on Tower 22 on Monday. Depots "
        "near al-Qaim and sites around Albu Kamal were hit in the strikes.",
        "American jets struck on Friday in retaliation for the attack on Tower 22 on Monday. "
        "Rocket stores near al-Qaim and drone depots near Albu Kamal were hit in the raids.",
    ],
)
def test_sites_hit_in_the_strikes_take_the_striker_across_a_clause_split(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    by_place = {d.incident.target.place_id: d for d in result.drafts}
    attack = by_place["tower-22"]
    for site in ("al-qaim", "albu-kamal"):
        inc = by_place[site].incident
        assert (inc.kind, inc.actor, inc.date) == (
            "retaliatory_strike",
            "United States",
            dt.date(2024, 2, 2),
        )
        assert inc.responds_to == (attack.incident.id,)


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Ain al-Asad air base on Friday. Kataib Hezbollah claimed the attack. "
        "The same day, two rockets struck Harir air base.",
        "استهدفت طائرات مسيرة قاعدة عين الأسد الجوية يوم الجمعة. وتبنت كتائب حزب الله "
        "الهجوم. وفي اليوم نفسه سقط صاروخان على قاعدة حرير الجوية.",
        "روز جمعه پهپادها به پایگاه عین الاسد حمله کردند. کتائب حزب الله مسئولیت این حمله را "
        "بر عهده گرفت. همان روز دو موشک به پایگاه حریر اصابت کرد.",
    ],
)
def test_a_claim_between_two_events_claims_the_one_before(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    by_place = {d.incident.target.place_id: d.incident for d in result.drafts}
    assert by_place["ain-al-asad"].claim_status == "claimed"
    assert by_place["ain-al-asad"].actor == "Kataib Hezbollah"
    assert by_place["harir-air-base"].claim_status != "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were shot down over Harir air base on Thursday. On Friday Kataib "
        "Hezbollah claimed a rocket attack on al-Tanf.",
        "أسقطت الدفاعات طائرتين مسيرتين فوق قاعدة حرير الجوية يوم الخميس. ويوم الجمعة "
        "تبنت كتائب حزب الله هجوما صاروخيا على قاعدة التنف.",
        "دو پهپاد روز پنجشنبه بر فراز پایگاه حریر رهگیری شدند. روز جمعه کتائب حزب الله "
        "مسئولیت حمله موشکی به پایگاه التنف را بر عهده گرفت.",
    ],
)
def test_a_later_claim_of_another_site_is_not_this_ones(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    by_place = {d.incident.target.place_id: d.incident for d in result.drafts}
    assert by_place["harir-air-base"].claim_status != "claimed"
    assert by_place["al-tanf"].claim_status == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "A loud blast was heard at Camp Taji on Friday; its cause is not known.",
        "سمع دوي انفجارين في معسكر التاجي يوم الجمعة ولم تعرف أسبابهما.",
        "روز جمعه انفجاری مهیب در پادگان التاجی رخ داد که علت آن مشخص نیست.",
        "روز جمعه انفجارهایی در پادگان التاجی شنیده شد.",
    ],
)
def test_an_explosion_of_unknown_cause_in_any_form(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(d.incident.kind, d.incident.target.place_id) for d in result.drafts] == [
        ("explosion", "camp-taji")
    ]
    assert result.drafts[0].incident.date == dt.date(2024, 2, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Friday that no attack on Camp Taji had been reported for weeks.",
        "No rockets were fired at Camp Taji on Friday, police said.",
        "وقالت الشرطة إنه لم يتم إطلاق أي صاروخ على معسكر التاجي يوم الجمعة.",
        "پلیس گفت روز جمعه هیچ حمله‌ای به پادگان التاجی گزارش نشده است.",
    ],
)
def test_a_denied_event_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    assert _draft(text, bundled).drafts == ()


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Camp Taji on Friday; no one was killed.",
        "سقطت صواريخ على معسكر التاجي يوم الجمعة ولم تقع إصابات.",
        "روز جمعه چند موشک به پادگان التاجی اصابت کرد اما کسی کشته نشد.",
    ],
)
def test_a_denied_casualty_keeps_the_event(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(d.incident.kind, d.incident.target.place_id) for d in result.drafts] == [
        ("attack", "camp-taji")
    ]

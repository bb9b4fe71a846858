"""Round 7's failure classes, each a general rule, each tried in Arabic, Persian and English.

The sentences are our own, short and made for the rule (no evaluation article's sentence);
every table gives the same phenomenon in the three languages where it exists.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text import actors
from geoincidents.text.drafting import kind_class
from geoincidents.text.folding import fold_text
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

# ------------------------------------------------------------------ who acted


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired four rockets at Ain al-Asad on Friday, US Central Command said, "
        "adding that the base's defences stopped two while the others hit the runway.",
        "أطلق مسلحون أربعة صواريخ على قاعدة عين الأسد يوم الجمعة، وقالت القيادة المركزية "
        "الأمريكية إن الدفاعات أسقطت اثنين منها.",
    ],
)
def test_a_state_body_that_only_speaks_strikes_nothing(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", "2024-02-02")]


@pytest.mark.parametrize(
    ("text", "striker"),
    [
        ("CENTCOM said it struck two sites near al-Qaim.", "United States"),
        ("The Pentagon said US jets struck two sites near al-Qaim.", "United States"),
        ("Rockets hit the base, the Pentagon said.", None),
        ("قالت القيادة المركزية إنها قصفت موقعين قرب القائم.", "United States"),
        ("قالت القيادة المركزية إن صواريخ سقطت قرب القاعدة.", None),
    ],
)
def test_said_it_did_is_a_deed(text: str, striker: str | None) -> None:
    assert actors.state_striker(fold_text(text).folded) == striker


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were shot down near al-Tanf on Friday, while a third got through and "
        "hit the garrison.",
        "أسقطت الدفاعات الجوية معظمها قرب قاعدة التنف يوم الجمعة فيما سقطت طائرة مسيرة "
        "داخل القاعدة.",
        "روز جمعه بیشتر پهپادها در نزدیکی پایگاه التنف رهگیری شدند اما یکی به پایگاه اصابت کرد.",
    ],
)
def test_part_of_the_weapons_through_is_an_attack(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "al-tanf", "2024-02-02")]


@pytest.mark.parametrize(
    "text",
    [
        "US forces fought off two drones near al-Tanf on Friday.",
        "Two drones were destroyed near al-Tanf on Friday before they could reach the base.",
    ],
)
def test_fought_off_and_stopped_before_reaching(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("interception", "al-tanf", "2024-02-02")]


# ------------------------------------------------------------------ self-defence, threats


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck a depot near al-Qaim on Friday in self-defence.",
        "قصفت طائرات أمريكية مستودعا قرب القائم يوم الجمعة دفاعا عن النفس.",
        "جنگنده‌های آمریکایی روز جمعه در دفاع از خود انباری را در نزدیکی القائم بمباران کردند.",
    ],
)
def test_self_defence_alone_is_retaliatory(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", "2024-02-02")]


@pytest.mark.parametrize(
    "text",
    [
        "US forces struck a rocket launcher near al-Qaim on Friday that was being readied "
        "to fire at troops stationed at Ain al-Asad.",
        "قصفت القوات الأمريكية يوم الجمعة منصة صواريخ قرب القائم كانت تشكل تهديدا وشيكا "
        "لقواتها في قاعدة عين الأسد.",
        "نیروهای آمریکایی روز جمعه سکوی پرتابی را در نزدیکی القائم که تهدیدی قریب‌الوقوع "
        "برای پایگاه عین الاسد بود هدف قرار دادند.",
    ],
)
def test_the_place_threatened_is_not_struck(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("preemptive_strike", "al-qaim", "2024-02-02")]


# ------------------------------------------------------------------ unfired, origins


@pytest.mark.parametrize(
    "text",
    [
        "Police said a rocket aimed at Ain al-Asad was found still on its launcher on Friday.",
        "A rocket set up near Ain al-Asad on Friday failed to launch, police said.",
        "وعثرت الشرطة يوم الجمعة على صاروخ معد للإطلاق باتجاه قاعدة عين الأسد.",
        "روز جمعه یک راکت آماده شلیک به سمت پایگاه عین الاسد پیدا شد.",
    ],
)
def test_an_unfired_rocket_is_no_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert result.drafts == ()
    assert any("unfired" in s.reason for s in result.skipped)


@pytest.mark.parametrize(
    "text",
    [
        "Two rockets hit Ain al-Asad on Friday and one was found unfired on its launcher.",
        "Police found the launcher after two rockets hit Ain al-Asad on Friday.",
    ],
)
def test_an_arrived_rocket_beside_a_found_one_is_an_attack(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", "2024-02-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Friday. They were launched from a pickup parked near "
        "Haditha, police said.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة. وقالت الشرطة إنها انطلقت من شاحنة قرب حديثة.",
        "روز جمعه راکت‌هایی به پایگاه عین الاسد اصابت کرد. پلیس گفت راکت‌ها از محل توقف یک "
        "کامیون در حدیثه شلیک شدند.",
    ],
)
def test_where_the_rockets_came_from_is_no_target(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", "2024-02-02")]


def test_from_where_after_the_place_names_an_origin(bundled: Gazetteer) -> None:
    text = (
        "Rockets hit Ain al-Asad on Friday. Police found a truck in Haditha, from where "
        "the rockets were launched."
    )
    assert _got(_draft(text, bundled)) == [("attack", "ain-al-asad", "2024-02-02")]


# ------------------------------------------------------------------ two events, one sentence


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck a truck near Abu Ghraib on Friday, minutes after the militants in it "
        "had fired a missile at Ain al-Asad.",
        "US jets struck a truck near Abu Ghraib on Friday, shortly after they fired a missile "
        "at Ain al-Asad.",
    ],
)
def test_a_time_clause_with_its_own_verb_is_the_event_answered(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [
        ("attack", "ain-al-asad", "2024-02-02"),
        ("retaliatory_strike", "abu-ghraib", "2024-02-02"),
    ]
    strike = next(d for d in result.drafts if d.incident.is_strike)
    attack = next(d for d in result.drafts if not d.incident.is_strike)
    assert strike.incident.responds_to == (attack.incident.id,)
    # told in passing: it loses for that, whatever the strike loses for
    assert any("told in a response clause" in e for e in attack.evidence)
    # (the rule score: drafts told in a response clause were accepted as often as any, so the
    # learned confidence need not fall for it)
    assert attack.rule_confidence <= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "A drone was downed near Victory base on Friday, a day after two rockets fell near "
        "the US embassy in the Green Zone.",
        "أسقطت طائرة مسيرة قرب قاعدة فكتوريا يوم الجمعة، بعد يوم من سقوط صاروخين قرب "
        "السفارة الأمريكية داخل المنطقة الخضراء.",
    ],
)
def test_a_day_after_dates_the_clause_event_the_day_before(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("attack", "us-embassy-baghdad", "2024-02-01"),
        ("interception", "victory-base-complex", "2024-02-02"),
    ]


def test_a_day_after_in_persian(bundled: Gazetteer) -> None:
    text = (
        "روز جمعه یک پهپاد در نزدیکی پایگاه عین الاسد سرنگون شد، یک روز پس از اصابت دو راکت "
        "به سفارت آمریکا."
    )
    assert _got(_draft(text, bundled)) == [
        ("attack", "us-embassy-baghdad", "2024-02-01"),
        ("interception", "ain-al-asad", "2024-02-02"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("in response to the missile attack on Ain al-Asad", "attack"),
        ("ردا على الغارات الأمريكية على القائم", "retaliatory_strike"),
        ("در پاسخ به حمله موشکی به پایگاه عین الاسد", "attack"),
        ("in response to the coalition strikes on al-Qaim", "retaliatory_strike"),
    ],
)
def test_the_answered_event_takes_its_kind_from_its_own_clause(text: str, kind: str) -> None:
    from geoincidents.text.counts import weapon_count
    from geoincidents.text.drafting import _answered_kind

    folded = fold_text(text).folded
    # whatever the sentence around it is
    for outer in ("attack", "retaliatory_strike"):
        assert _answered_kind(folded, weapon_count(folded)[0], outer) == kind


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("US jets struck X hours after the attack on Y", 0),
        ("US jets struck X a day after the attack on Y", -1),
        ("قصفت طائرات أمريكية X بعد يوم من الهجوم على Y", -1),
        ("جنگنده‌ها X را یک روز پس از حمله به Y بمباران کردند", -1),
        ("US jets struck X two days after the attack on Y", -2),
        ("US jets struck X in response to the attack on Y", None),
    ],
)
def test_time_cues_say_how_many_days_before(text: str, days: int | None) -> None:
    folded = fold_text(text).folded
    assert [actors.clause_days(folded, a) for a, _ in actors.response_clauses(folded)] == [days]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("shortly after they fired at x, us jets struck y", "shortly after they fired at x"),
        ("hours after militants fired at x us jets struck y", "hours after militants fired at x"),
        ("in response to the attack on x us jets struck y", "in response to the attack on x"),
        ("وردا على الهجوم قصفت طائرات التحالف", "وردا علي الهجوم"),
        ("یک روز پس از حمله هوایی آمریکا در x، راکت‌ها", "يك روز پس از حمله هوايي امريكا در x"),
    ],
)
def test_where_a_response_clause_ends(text: str, clause: str) -> None:
    folded = fold_text(text).folded
    assert [folded[a:b].strip() for a, b in actors.response_clauses(folded)] == [clause]


# ------------------------------------------------------------------ lists, speakers, follow-ups


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the al-Tanf and al-Shaddadi bases on Friday.",
        "استهدفت طائرات مسيرة قاعدتي التنف والشدادي يوم الجمعة.",
        "روز جمعه پایگاه‌های التنف و الشدادی با پهپاد هدف قرار گرفتند.",
    ],
)
def test_a_town_in_a_list_of_bases_is_kept(bundled: Gazetteer, text: str) -> None:
    got = _got(_draft(text, bundled))
    assert [place for _, place, _ in got] == ["al-shaddadi", "al-tanf"]
    assert {kind for kind, _, _ in got} == {"attack"}


def test_a_town_around_a_site_is_still_dropped(bundled: Gazetteer) -> None:
    got = _got(_draft("Rockets hit the al-Tanf garrison near al-Shaddadi on Friday.", bundled))
    assert [place for _, place, _ in got] == ["al-tanf"]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck sites in al-Qaim on Friday, and Baghdad said it would protest.",
        "قصفت طائرات أمريكية مواقع في القائم يوم الجمعة، فيما أعلنت بغداد الحداد.",
        "جنگنده‌های آمریکایی روز جمعه مواضعی را در القائم بمباران کردند و بغداد اعلام کرد "
        "اعتراض می‌کند.",
    ],
)
def test_a_capital_that_speaks_is_no_target(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "al-qaim", "2024-02-02")]


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck a depot in Jurf al-Sakhar on Friday. Local sources said six were "
        "killed in the attack on Jurf al-Sakhar.",
        "قصفت طائرات أمريكية مستودعا في جرف الصخر يوم الجمعة. وقالت مصادر محلية إن ستة "
        "قتلوا في الهجوم على جرف الصخر.",
        "جنگنده‌های آمریکایی روز جمعه انباری را در جرف الصخر بمباران کردند. به گفته منابع "
        "محلی در حمله به جرف الصخر شش نفر کشته شدند.",
    ],
)
def test_a_follow_up_sentence_gives_its_casualties_to_the_strike(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "jurf-al-sakhar", "2024-02-02")]
    assert result.drafts[0].incident.killed == 6


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell near the US embassy in Baghdad on Friday. Kataib Hezbollah denied any "
        "link to the attack on the embassy.",
        "سقطت صواريخ قرب السفارة الأمريكية في بغداد يوم الجمعة. ونفت كتائب حزب الله أي صلة "
        "لها بالهجوم على السفارة.",
    ],
)
def test_a_denial_naming_the_site_again_drafts_nothing(bundled: Gazetteer, text: str) -> None:
    got = _got(_draft(text, bundled))
    assert [kind_class(k) for k, _, _ in got] == ["attack"]
    assert got[0][1] == "us-embassy-baghdad"


# ------------------------------------------------------------------ no date at all


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad.",
        "سقطت صواريخ على قاعدة عين الأسد.",
        "راکت‌هایی به پایگاه عین الاسد اصابت کرد.",
    ],
)
def test_no_date_anywhere_says_why_nothing_was_drafted(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled, published=None)
    assert result.drafts == ()
    (skipped,) = result.skipped
    assert skipped.reason.startswith("no date") and "--published" in skipped.reason


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on 20 January 2024.",
        "سقطت صواريخ على قاعدة عين الأسد في 20 كانون الثاني 2024.",
        "روز ۳۰ دی ۱۴۰۲ راکت‌هایی به پایگاه عین الاسد اصابت کرد.",
    ],
)
def test_a_date_in_the_text_serves_without_publication(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled, published=None)) == [("attack", "ain-al-asad", "2024-01-20")]


# ------------------------------------------------------------------ the launch site, the side hit


@pytest.mark.parametrize(
    "text",
    [
        "Five rockets were fired from Zummar at Ain al-Asad on Friday. A coalition jet then "
        "destroyed the launcher in self-defence.",
        "أطلقت خمسة صواريخ من زمار باتجاه قاعدة عين الأسد يوم الجمعة. ثم دمرت طائرة للتحالف "
        "منصة الإطلاق دفاعا عن النفس.",
        "روز جمعه پنج راکت از زمار به سوی پایگاه عین الاسد شلیک شد. سپس یک جنگنده ائتلاف "
        "سکوی پرتاب را در دفاع از خود منهدم کرد.",
    ],
)
def test_a_strike_on_the_launcher_hits_the_attack_origin(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [
        ("attack", "ain-al-asad", "2024-02-02"),
        ("retaliatory_strike", "zummar", "2024-02-02"),
    ]
    attack = next(d for d in result.drafts if not d.incident.is_strike)
    strike = next(d for d in result.drafts if d.incident.is_strike)
    assert strike.incident.responds_to == (attack.incident.id,)
    assert any("where the attack before came from" in e for e in strike.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike hit a Harakat al-Nujaba headquarters in Baghdad on Friday, killing "
        "a commander.",
        "قتل قيادي في حركة النجباء بقصف بطائرة مسيرة استهدف مقرا للحركة في بغداد يوم الجمعة.",
        "روز جمعه یک پهپاد مقر حرکت النجباء در بغداد را هدف قرار داد و یک فرمانده کشته شد.",
    ],
)
def test_a_groups_own_site_hit_is_a_strike_on_it(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert [(kind_class(k), p) for k, p, _ in _got(result)] == [("strike", "baghdad")]
    incident = result.drafts[0].incident
    assert incident.targeted_party == "Harakat al-Nujaba" and incident.actor == ""


def test_a_group_firing_is_still_the_attacker(bundled: Gazetteer) -> None:
    text = "Kataib Hezbollah fighters fired a drone at Ain al-Asad on Friday."
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", "2024-02-02")]
    assert result.drafts[0].incident.actor == "Kataib Hezbollah"


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Green Village on Friday. Hours later four rockets were fired at the base, "
        "and coalition artillery shelled the launch area near al-Mayadin in response.",
        "استهدفت مسيرات القرية الخضراء يوم الجمعة. وبعد ساعات أطلقت أربعة صواريخ على القاعدة، "
        "وقصفت مدفعية التحالف منطقة الإطلاق قرب الميادين ردا على ذلك.",
        "روز جمعه پهپادها به پایگاه روستای الخضرا حمله کردند. ساعتی بعد ۴ راکت به سمت این "
        "پایگاه شلیک شد و توپخانه ائتلاف در پاسخ مواضعی در المیادین را هدف قرار داد.",
    ],
)
def test_a_clause_naming_the_base_again_is_split_from_the_next(
    bundled: Gazetteer, text: str
) -> None:
    got = _got(_draft(text, bundled))
    assert ("retaliatory_strike", "al-mayadin", "2024-02-02") in got
    assert [k for k, p, _ in got if p == "green-village"] == ["attack"]
    counts = {d.incident.count for d in _draft(text, bundled).drafts if not d.incident.is_strike}
    assert 4 in counts


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck a truck near Abu Ghraib on Friday, shortly after they fired a missile "
        "at Ain al-Asad. Five soldiers were wounded in the missile attack.",
        "قصفت طائرات أمريكية شاحنة قرب أبو غريب يوم الجمعة بعد يوم من إطلاق صاروخ على قاعدة "
        "عين الأسد. وأصيب خمسة جنود في الهجوم الصاروخي.",
    ],
)
def test_casualties_of_the_attack_named_after_go_to_the_attack(
    bundled: Gazetteer, text: str
) -> None:
    result = _draft(text, bundled)
    attack = next(d.incident for d in result.drafts if not d.incident.is_strike)
    strike = next(d.incident for d in result.drafts if d.incident.is_strike)
    assert (attack.target.place_id, attack.wounded) == ("ain-al-asad", 5)
    assert strike.wounded is None


# ------------------------------------------------------------------ claims a little further on


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Ain al-Asad on Friday. Two soldiers were hurt. Hours later the Islamic "
        "Resistance in Iraq claimed the barrage.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة. وأصيب جنديان. وتبنت المقاومة الإسلامية "
        "في العراق الهجوم لاحقا.",
        "روز جمعه راکت‌هایی به پایگاه عین الاسد اصابت کرد. دو سرباز زخمی شدند. مقاومت اسلامی "
        "عراق مسئولیت این حمله را بر عهده گرفت.",
    ],
)
def test_a_claim_two_sentences_on_claims_the_attack(bundled: Gazetteer, text: str) -> None:
    (draft,) = _draft(text, bundled).drafts
    assert draft.incident.claim_status == "claimed"
    assert draft.incident.actor == "Islamic Resistance in Iraq"


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit al-Tanf and Ain al-Asad on Friday. The Islamic Resistance in Iraq said it "
        "had targeted both bases.",
        "استهدفت مسيرات التنف وعين الأسد يوم الجمعة. وقالت المقاومة الإسلامية في العراق إنها "
        "استهدفت القاعدتين.",
    ],
)
def test_a_group_telling_its_deed_claims_it(bundled: Gazetteer, text: str) -> None:
    drafts = _draft(text, bundled).drafts
    assert len(drafts) == 2
    assert {d.incident.claim_status for d in drafts} == {"claimed"}


def test_a_group_announcing_something_else_claims_nothing(bundled: Gazetteer) -> None:
    text = (
        "Rockets hit Ain al-Asad on Friday. Kataib Hezbollah announced last month that it "
        "would suspend its operations."
    )
    (draft,) = _draft(text, bundled).drafts
    assert draft.incident.claim_status == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "On Friday militants targeted al-Tanf with two drones and Ain al-Asad with five "
        "rockets; the drones were shot down before they reached al-Tanf.",
        "استهدف مسلحون يوم الجمعة قاعدة التنف بطائرتين مسيرتين وقاعدة عين الأسد بخمسة صواريخ، "
        "وأسقطت الدفاعات الطائرتين قبل وصولهما إلى التنف.",
    ],
)
def test_the_interception_names_the_site_it_defended(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("attack", "ain-al-asad", "2024-02-02"),
        ("interception", "al-tanf", "2024-02-02"),
    ]


def test_an_interception_over_every_site_stays_one(bundled: Gazetteer) -> None:
    text = "On Friday drones aimed at al-Tanf and Ain al-Asad were all shot down."
    assert {k for k, _, _ in _got(_draft(text, bundled))} == {"interception"}


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike hit a Harakat al-Nujaba headquarters in Baghdad on Friday. US "
        "officials attributed the strike to their forces.",
        "استهدف قصف بطائرة مسيرة مقرا لحركة النجباء في بغداد يوم الجمعة. ونسب مسؤولون "
        "أمريكيون الضربة إلى بلادهم.",
        "روز جمعه یک پهپاد مقر حرکت النجباء در بغداد را هدف قرار داد. مقامات آمریکایی این "
        "حمله را به کشورشان نسبت دادند.",
    ],
)
def test_a_strike_attributed_in_the_sentence_after(bundled: Gazetteer, text: str) -> None:
    (draft,) = _draft(text, bundled).drafts
    assert kind_class(draft.incident.kind) == "strike"
    assert draft.incident.actor == "United States"
    assert any("attributes the strike" in e for e in draft.evidence)

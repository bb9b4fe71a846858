"""Round 19's failure classes of WHERE (targets, origins, one site per incident), each a
general rule, each tried in Arabic, Persian and English.

The classes were found on an independent held-out set (``unseen15.json``) and the sets
before it; the sentences here are our own, short and made for the rule (no evaluation
article's sentence). Published on Saturday 3 February 2024, so "Friday" and "yesterday"
are 2 February.
"""

from __future__ import annotations

import pytest

from geoincidents.places.gazetteer import Gazetteer
from tests.text.drafting_samples import draft as _draft
from tests.text.drafting_samples import got as _got

FRIDAY = "2024-02-02"


def _origins(result: object) -> list[str | None]:
    return [
        d.incident.origin.place_id if d.incident.origin is not None else None
        for d in result.drafts  # type: ignore[attr-defined]
    ]


# ------------------------- class 1: the launcher found after the attack
# "Police later found the launcher in a truck near X" (``عثرت … على منصة الإطلاق``,
# ``سکوی پرتاب … کشف شد``): X is where the rockets came from, the origin of the attack
# told before, not a second attack


@pytest.mark.parametrize(
    "text",
    [
        "Two rockets struck Ain al-Asad air base on Friday, wounding three soldiers.\n\n"
        "Iraqi police later found the launcher in a pickup parked near Hit.",
        "Two rockets struck Ain al-Asad air base on Friday. A rocket launcher was later "
        "discovered in an orchard outside Hit.",
        "Two rockets struck Ain al-Asad air base on Friday. Security forces seized the "
        "launch pad in Hit hours later.",
        "سقط صاروخان على قاعدة عين الأسد أمس الجمعة.\n\n"
        "وعثرت القوات الأمنية لاحقاً على منصة الإطلاق داخل شاحنة في هيت.",
        "سقط صاروخان على قاعدة عين الأسد أمس. وتم العثور على منصة إطلاق الصواريخ في هيت.",
        "دو راکت روز جمعه به پایگاه عین‌الاسد اصابت کرد.\n\n"
        "سکوی پرتاب راکت‌ها بعداً در یک کامیون در هیت کشف شد.",
        "دو راکت روز جمعه به پایگاه عین‌الاسد اصابت کرد. نیروهای امنیتی سکوی پرتاب را در "
        "هیت پیدا کردند.",
    ],
)
def test_the_launcher_found_is_the_origin_not_an_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert _origins(result) == ["hit"]
    assert result.drafts[0].incident.count == 2


@pytest.mark.parametrize(
    "text",
    [
        # an origin told already is kept: the find does not move it
        "Two rockets fired from al-Qaim struck Ain al-Asad air base on Friday. Police later "
        "found the launcher near Hit.",
    ],
)
def test_an_origin_told_already_is_kept(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert _origins(result) == ["al-qaim"]


@pytest.mark.parametrize(
    "text",
    [
        # no attack told before: the find drafts nothing and sets no origin
        "Police found a rocket launcher near Hit on Friday.",
        "عثرت القوات الأمنية أمس على منصة إطلاق صواريخ قرب هيت.",
        "نیروهای امنیتی روز جمعه یک سکوی پرتاب راکت را در نزدیکی هیت کشف کردند.",
    ],
)
def test_a_launcher_found_alone_is_no_attack(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == []


# ------------------------- class 2: a site inside a district, the same event
# "rockets landed in the Green Zone, some near the US embassy" (``… المنطقة الخضراء،
# وسقط بعضها قرب السفارة الأمريكية``, ``… منطقه سبز … نزدیک سفارت آمریکا``): one incident,
# at the narrower site, even when only "near" it; the tally in the next sentence counts it


@pytest.mark.parametrize(
    "text",
    [
        "Several rockets landed inside the Green Zone on Friday, with some falling near the "
        "US embassy. Six rockets were launched in all, police said.",
        "سقطت عدة صواريخ داخل المنطقة الخضراء أمس الجمعة، وسقط بعضها قرب السفارة الأمريكية.",
        "چند راکت روز جمعه در منطقه سبز فرود آمد و برخی از آنها در نزدیکی سفارت آمریکا افتاد.",
    ],
)
def test_a_site_inside_a_district_is_the_one_target(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "us-embassy-baghdad", FRIDAY)]
    if "Six" in text:
        assert result.drafts[0].incident.count == 6


# ------------------------- class 3: "one in X, the other in Y"
# the sites struck told one by one: each is a target, a province too (it is not the
# region holding the others: it is one of the sites)


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck two Kataib Hezbollah sites on Friday, one in Jurf al-Sakhar and the "
        "other in Anbar province.",
        "US jets struck two Kataib Hezbollah sites on Friday: one near Jurf al-Sakhar, "
        "another in Anbar province.",
        "قصفت طائرات أمريكية أمس الجمعة موقعين لكتائب حزب الله، أحدهما في جرف الصخر والآخر "
        "في محافظة الأنبار.",
        "جنگنده‌های آمریکایی روز جمعه دو مقر کتائب حزب‌الله را بمباران کردند؛ یکی در "
        "جرف‌الصخر و دیگری در استان انبار.",
    ],
)
def test_one_and_the_other_are_both_targets(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("retaliatory_strike", "anbar-governorate", FRIDAY),
        ("retaliatory_strike", "jurf-al-sakhar", FRIDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no enumeration: the province only holds the site (round 16's rule stands)
        "US jets struck a Kataib Hezbollah site in Jurf al-Sakhar in Babil province on Friday.",
        "قصفت طائرات أمريكية أمس الجمعة موقعاً لكتائب حزب الله في جرف الصخر بمحافظة بابل.",
        "جنگنده‌های آمریکایی روز جمعه مقری از کتائب حزب‌الله را در جرف‌الصخر در استان بابل "
        "بمباران کردند.",
    ],
)
def test_a_province_holding_the_site_is_still_no_target(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "jurf-al-sakhar", FRIDAY)]


# ------------------------- class 4: the Arabic indefinite accusative
# ``انفجاراً``, ``قصفاً``, ``استهدافاً``: the event word keeps the alif of its tanween


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "أفادت مصادر بأن انفجاراً مجهول السبب وقع أمس قرب مستودع في أطراف مدينة الميادين.",
            "explosion",
        ),
        ("قالت مصادر إن انفجاراً عنيفاً هز أمس مخزناً في الميادين.", "explosion"),
        ("شنت طائرات أمريكية أمس قصفاً على مواقع في الميادين.", "retaliatory_strike"),
    ],
)
def test_the_accusative_alif_keeps_the_event_word(bundled: Gazetteer, text: str, kind: str) -> None:
    assert _got(_draft(text, bundled)) == [(kind, "al-mayadin", FRIDAY)]


# ------------------------- class 5: the launcher found that fired
# "police found a launcher near X from which four rockets were fired at Y" (``… منصة
# لإطلاق الصواريخ في X، بعد ساعات من إطلاق أربعة صواريخ منها باتجاه Y``, ``… سکوی پرتابی
# را در X کشف کردند که از آن … به سمت Y شلیک شده بود``): the attack on Y, from X


@pytest.mark.parametrize(
    "text",
    [
        "Police found a launcher near Hit from which four rockets were fired at Ain al-Asad "
        "air base on Friday.",
        "عثرت القوات الأمنية أمس الجمعة على منصة لإطلاق الصواريخ في هيت، بعد ساعات من إطلاق "
        "أربعة صواريخ منها باتجاه قاعدة عين الأسد.",
        "نیروهای امنیتی روز جمعه سکوی پرتابی را در هیت کشف کردند که از آن چهار راکت به سمت "
        "پایگاه عین‌الاسد شلیک شده بود.",
    ],
)
def test_the_launcher_that_fired_tells_the_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert _origins(result) == ["hit"]
    assert result.drafts[0].incident.count == 4


# ------------------------- class 6: a tally of the same salvo in the same paragraph
# "Rockets landed in X. Five rockets were fired in total" (``… وقال مسؤول إن خمسة صواريخ
# أطلقت``, ``… در مجموع پنج راکت شلیک شد``): the count of the event just told; another
# salvo ("later", ``مجددا``, ``دوباره``) is not counted


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Rockets landed in Ain al-Asad air base on Friday. Five rockets were fired in total, "
            "officials said.",
            5,
        ),
        (
            "سقطت صواريخ على قاعدة عين الأسد أمس الجمعة. وقال مسؤول إن خمسة صواريخ أطلقت في "
            "المجموع.",
            5,
        ),
        ("روز جمعه چند راکت در پایگاه عین‌الاسد فرود آمد. در مجموع پنج راکت شلیک شد.", 5),
        (
            "Rockets landed in Ain al-Asad air base on Friday. Later, two more rockets were fired.",
            None,
        ),
        ("روز جمعه چند راکت در پایگاه عین‌الاسد فرود آمد. سپس دو راکت دیگر شلیک شد.", None),
    ],
)
def test_a_tally_in_the_paragraph_counts_the_event(
    bundled: Gazetteer, text: str, count: int | None
) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert result.drafts[0].incident.count == count


# ------------------------- class 7: a toll at the strike's site, in the next paragraph
# "US jets struck X. ¶ A source said eight fighters were killed at X": the strike's dead,
# not an attack of its own


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck Jurf al-Sakhar on Friday.\n\n"
        "A security source said eight fighters were killed at Jurf al-Sakhar.",
        "قصفت طائرات أمريكية جرف الصخر أمس الجمعة.\n\n"
        "وأفاد مصدر أمني بمقتل ثمانية مقاتلين في جرف الصخر.",
        "جنگنده‌های آمریکایی روز جمعه جرف‌الصخر را بمباران کردند.\n\n"
        "یک منبع امنیتی گفت در این حمله هشت نیرو در جرف‌الصخر کشته شدند.",
    ],
)
def test_a_toll_at_the_site_struck_is_the_strikes(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("retaliatory_strike", "jurf-al-sakhar", FRIDAY)]
    assert result.drafts[0].incident.killed == 8


# ------------------------- class 8: sites counted, then told one by one
# "struck two sites, an operations centre in X and a command node at Y" (``موقعين، مركز
# عمليات في X وعقدة قيادة في Y``, ``دو مقر: یک مرکز عملیات در X و یک مرکز فرماندهی در Y``)


@pytest.mark.parametrize(
    "text",
    [
        "US aircraft struck two Kataib Hezbollah sites on Friday, an operations centre in "
        "Anbar province and a command node at Jurf al-Sakhar south of Baghdad.",
        "قصفت طائرات أمريكية أمس الجمعة موقعين لكتائب حزب الله، مركز عمليات في محافظة الأنبار "
        "وعقدة قيادة في جرف الصخر.",
        "جنگنده‌های آمریکایی روز جمعه دو مقر را بمباران کردند: یک مرکز عملیات در استان انبار "
        "و یک مرکز فرماندهی در جرف‌الصخر.",
    ],
)
def test_sites_counted_then_told_one_by_one(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("retaliatory_strike", "anbar-governorate", FRIDAY),
        ("retaliatory_strike", "jurf-al-sakhar", FRIDAY),
    ]


# ------------------------- class 9: the impact verb ends the origin's window
# "rockets fired from X struck Y": Y is struck, X the origin


@pytest.mark.parametrize(
    "text",
    [
        "Two rockets fired from al-Qaim struck Ain al-Asad air base on Friday.",
        "Two rockets launched from al-Qaim hit Ain al-Asad air base on Friday.",
        "صاروخان أطلقا من القائم استهدفا قاعدة عين الأسد أمس الجمعة.",
    ],
)
def test_the_impact_verb_ends_the_origin_window(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert _origins(result) == ["al-qaim"]


# ------------------------- class 10: a US base in the town's area
# "a US base in the Rmelan area", ``قاعدة للقوات الأمريكية في منطقة رميلان``, ``پایگاه
# آمریکا در منطقه رمیلان``: the one base near the town, as "the US base in Rmelan"


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a US base in the Rmelan area on Friday.",
        "A drone hit the US base near the town of Rmelan on Friday.",
        "سقطت صواريخ أمس الجمعة على قاعدة للقوات الأمريكية في منطقة رميلان.",
        "روز جمعه دو راکت به پایگاه آمریکا در منطقه رمیلان اصابت کرد.",
    ],
)
def test_a_us_base_in_the_towns_area_is_the_base(bundled: Gazetteer, text: str) -> None:
    from geoincidents.text.geoparse import geoparse

    found = [(m.place.id, m.method) for m in geoparse(text, bundled).mentions if m.place]
    assert found == [("kharab-al-jir", "base_near")]
    assert _got(_draft(text, bundled)) == [("attack", "kharab-al-jir", FRIDAY)]


def test_strikes_in_the_towns_area_stay_the_town(bundled: Gazetteer) -> None:
    from geoincidents.text.geoparse import geoparse

    text = "Jets hit positions in the Rmelan area on Friday."
    assert [m.place.id for m in geoparse(text, bundled).mentions if m.place] == ["rmelan"]


# ------------------------- class 11: the places of placeless strikes, named after them
# "US jets hit 85 targets. Local sources named X and Y" (``… وسمّت مصادر محلية X وY``,
# ``… منابع محلی X و Y را نام بردند``): a strike at each, no event word needed


@pytest.mark.parametrize(
    "text",
    [
        "US aircraft hit more than 80 targets in Iraq and Syria on Friday. Local sources "
        "named al-Qaim and Albu Kamal.",
        "قصفت طائرات أمريكية أمس الجمعة أكثر من 80 هدفا في العراق وسوريا. وسمّت مصادر محلية "
        "القائم والبوكمال.",
        "جنگنده‌های آمریکایی روز جمعه بیش از ۸۰ هدف را در عراق و سوریه بمباران کردند. منابع "
        "محلی القائم و البوکمال را نام بردند.",
    ],
)
def test_places_named_after_placeless_strikes_are_theirs(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("retaliatory_strike", "al-qaim", FRIDAY),
        ("retaliatory_strike", "albu-kamal", FRIDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no strikes told before: a list of names tells no event
        "Local sources named al-Qaim and Albu Kamal as the most dangerous towns.",
        # the strikes had a place of their own: nothing to give
        "US jets struck al-Qaim on Friday. Local sources named Albu Kamal as the next target.",
    ],
)
def test_places_named_without_placeless_strikes_draft_nothing_new(
    bundled: Gazetteer, text: str
) -> None:
    assert all(p == "al-qaim" for _, p, _ in _got(_draft(text, bundled)))


# ------------------------- class 12: a headline the body tells again stays the body's
# "Missiles hit X ¶ … destroyed a centre in X ¶ drones heading for X airport were downed":
# the headline's draft, merged with the body's sentence at X, is that attack; it does not
# fold into the interception near X


@pytest.mark.parametrize(
    "text",
    [
        "Missiles hit a spy centre in Erbil\n\n"
        "The Guards said late on Friday that ballistic missiles destroyed a spy centre in "
        "Erbil.\n\n"
        "Separately, two drones heading for Erbil International Airport were shot down on "
        "Friday.",
        "صواريخ تضرب مقرا للتجسس في أربيل\n\n"
        "قال الحرس الثوري إن صواريخ بالستية دمرت مساء الجمعة مقرا للتجسس في أربيل.\n\n"
        "وفي سياق منفصل، أسقطت طائرتان مسيرتان كانتا تتجهان نحو مطار أربيل الدولي يوم الجمعة.",
        "موشک‌ها مقر جاسوسی در اربیل را هدف قرار دادند\n\n"
        "سپاه اعلام کرد شامگاه جمعه با موشک بالستیک یک مقر جاسوسی در اربیل را منهدم کرده "
        "است.\n\n"
        "همزمان، دو فروند پهپاد که به سمت فرودگاه بین‌المللی اربیل در حرکت بودند روز جمعه "
        "سرنگون شدند.",
    ],
)
def test_a_headline_told_again_is_not_folded_away(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [
        ("attack", "erbil", FRIDAY),
        ("interception", "erbil-airport", FRIDAY),
    ]


# ------------------------- class 13: where the site struck lies
# "… hit al-Tanf; the targeted site lies near the Rukban camp" (``الموقع المستهدف يقع
# داخل الأردن قرب مخيم الركبان``, ``محل مورد حمله در نزدیکی اردوگاه رکبان``): the camp
# locates the site, it is no second target (alone, it stays the best guess)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone struck Tower 22 on Friday, and the targeted site lies near the Rukban camp.",
            ["tower-22"],
        ),
        (
            "استهدفت طائرة مسيرة البرج 22 أمس الجمعة، والموقع المستهدف يقع داخل الأردن قرب مخيم "
            "الركبان.",
            ["tower-22"],
        ),
        (
            "روز جمعه یک پهپاد برج ۲۲ را هدف قرار داد؛ محل مورد حمله در نزدیکی اردوگاه رکبان است.",
            ["tower-22"],
        ),
        (
            "A drone struck an outpost on Friday; the site lies near the Rukban camp.",
            ["rukban-camp"],
        ),
    ],
)
def test_where_the_site_lies_is_no_second_target(
    bundled: Gazetteer, text: str, expected: list[str]
) -> None:
    assert [p for _, p, _ in _got(_draft(text, bundled))] == expected


# ------------------------- class 14: one of the sites struck, placed after the strikes
# "US jets struck three positions on Friday. One of the positions was near X" (``أحد هذه
# المواقع كان قرب X``, ``یکی از این موقعیت‌ها در نزدیکی X بوده است``)


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck three Kataib Hezbollah positions on Friday. One of the positions was "
        "near Hillah.",
        "قصفت طائرات أمريكية أمس الجمعة ثلاثة مواقع لكتائب حزب الله. وكان أحد هذه المواقع قرب "
        "الحلة.",
        "جنگنده‌های آمریکایی روز جمعه سه موقعیت کتائب حزب‌الله را هدف قرار دادند. یکی از این "
        "موقعیت‌ها در نزدیکی شهر حله بوده است.",
    ],
)
def test_one_of_the_sites_placed_after_the_strikes(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "hillah", FRIDAY)]


# ------------------------- class 15: launchers aimed at a base are struck elsewhere
# "struck launchers aimed at X near Y" (``منصات صواريخ موجهة نحو X قرب Y``, ``… در نزدیکی
# Y پیش از استفاده علیه X``): X is threatened, Y struck; a drone aimed at X attacked X


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US jets struck rocket launchers aimed at Ain al-Asad near al-Qaim on Friday.",
            [("retaliatory_strike", "al-qaim", FRIDAY)],
        ),
        (
            "قصفت طائرات أمريكية أمس الجمعة منصات صواريخ موجهة نحو قاعدة عين الأسد قرب القائم.",
            [("retaliatory_strike", "al-qaim", FRIDAY)],
        ),
        (
            "جنگنده‌های آمریکایی روز جمعه سکوهای پرتاب راکت را در نزدیکی القائم پیش از استفاده "
            "علیه پایگاه عین‌الاسد بمباران کردند.",
            [("preemptive_strike", "al-qaim", FRIDAY)],
        ),
        ("A single drone was aimed at Ain al-Asad on Friday.", [("attack", "ain-al-asad", FRIDAY)]),
    ],
)
def test_launchers_aimed_at_a_base_are_struck_where_they_stand(
    bundled: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _got(_draft(text, bundled)) == expected


# ------------------------- class 16: a river's bank names the river
# "on the western bank of the Euphrates" (``على الضفة الغربية لنهر الفرات``, ``کرانه غربی
# فرات``): the river (no struck site), not the base that shares its name


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck positions near al-Asharah, on the western bank of the Euphrates.",
        "قصفت طائرات مواقع قرب العشارة على الضفة الغربية للفرات.",
        "جنگنده‌ها مواضعی را در نزدیکی العشاره در کرانه غربی فرات بمباران کردند.",
    ],
)
def test_a_rivers_bank_names_the_river(bundled: Gazetteer, text: str) -> None:
    from geoincidents.text.geoparse import geoparse

    ids = [m.place.id for m in geoparse(text, bundled).mentions if m.place]
    assert ids == ["al-asharah", "euphrates"]


@pytest.mark.parametrize(
    "text",
    [
        "Drones went for the Green Village base further down the Euphrates on Friday.",
        "استهدفت طائرات مسيرة أمس الجمعة قاعدة القرية الخضراء على طول الفرات.",
        "روز جمعه پهپادها پایگاه روستای سبز را در امتداد فرات هدف قرار دادند.",
    ],
)
def test_along_the_river_is_the_river(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "green-village", FRIDAY)]


def test_the_base_of_the_rivers_name_stays_the_base(bundled: Gazetteer) -> None:
    from geoincidents.text.geoparse import geoparse

    text = "Rockets hit the Euphrates base on Friday."
    assert [m.place.id for m in geoparse(text, bundled).mentions if m.place] == ["mss-euphrates"]


# ------------------------- class 17: what a base hosts, told in an event's sentence
# "an attack hit X, where advisers are stationed" (``… قاعدة X التي تضم مستشارين``, ``…
# X را که مستشاران در آن مستقر هستند هدف قرار داد``): the event at X; alone, it is context


@pytest.mark.parametrize(
    "text",
    [
        "An attack hit the Green Village base, where coalition advisers are stationed, on Friday.",
        "استهدف هجوم أمس الجمعة قاعدة القرية الخضراء التي تضم مستشارين من التحالف.",
        "روز جمعه حمله‌ای پایگاه روستای سبز را که مستشاران ائتلاف در آن مستقر هستند هدف قرار داد.",
    ],
)
def test_what_the_base_struck_hosts_is_no_context(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("attack", "green-village", FRIDAY)]


def test_what_a_base_hosts_alone_is_context(bundled: Gazetteer) -> None:
    text = "The Green Village base, which hosts coalition advisers, is being expanded."
    assert _got(_draft(text, bundled)) == []


# ------------------------- class 18: the dead told as the event, in every language
# "three soldiers were killed at X" drafts an attack at X; so do ``قُتل ثلاثة جنود في X``
# and ``سه نظامی در X کشته شدند`` (English had the verb, Arabic only ``مقتل``, Persian none)


@pytest.mark.parametrize(
    "text",
    [
        "Three US soldiers were killed at Tower 22 on Friday.",
        "قُتل ثلاثة جنود أمريكيين في البرج 22 أمس الجمعة.",
        "روز جمعه سه نظامی آمریکایی در برج ۲۲ کشته شدند.",
    ],
)
def test_the_dead_told_as_the_event(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "tower-22", FRIDAY)]
    assert result.drafts[0].incident.killed == 3


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck Jurf al-Sakhar on Friday in response to the rocket attack on Ain "
        "al-Asad on Wednesday. Kataib Hezbollah announced that eight of its members were "
        "killed.",
        "قصفت طائرات أمريكية جرف الصخر أمس الجمعة رداً على الهجوم الصاروخي على قاعدة عين الأسد "
        "يوم الأربعاء. وأعلنت كتائب حزب الله مقتل ثمانية من عناصرها.",
        "جنگنده‌های آمریکایی روز جمعه جرف الصخر را در پاسخ به حمله موشکی چهارشنبه به پایگاه "
        "عین‌الاسد بمباران کردند. کتائب حزب‌الله اعلام کرد هشت تن از اعضایش کشته شده‌اند.",
    ],
)
def test_a_side_telling_its_own_dead_claims_nothing(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [
        ("attack", "ain-al-asad", "2024-01-31"),
        ("retaliatory_strike", "jurf-al-sakhar", FRIDAY),
    ]
    by_place = {d.incident.target.place_id: d.incident for d in result.drafts}
    assert by_place["ain-al-asad"].claim_status == "unknown"
    assert by_place["jurf-al-sakhar"].killed == 8


# ------------------------- class 19: a distance with no anchor is from the site struck
# "fired at X from the outskirts of Y; they fell about two kilometres away" (``… على بعد
# نحو كيلومترين``, ``… به فاصله دو کیلومتر``): from X, not from where they came from


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired rockets at Ain al-Asad air base from the outskirts of Hit on "
        "Friday; they fell in open ground about two kilometres away.",
        "أطلق مسلحون صواريخ على قاعدة عين الأسد من أطراف هيت أمس الجمعة، وسقطت في أرض خالية "
        "على بعد نحو كيلومترين.",
        "روز جمعه پایگاه عین‌الاسد از حومه هیت هدف راکت قرار گرفت و راکت‌ها در زمینی خالی به "
        "فاصله دو کیلومتر فرود آمدند.",
    ],
)
def test_an_anchorless_distance_is_from_the_site_struck(bundled: Gazetteer, text: str) -> None:
    from geoincidents.text.geoparse import geoparse

    mentions = [m for m in geoparse(text, bundled, include_geonames=False).mentions if m.place]
    relative = [m for m in mentions if m.relative is not None]
    assert [m.relative.anchor.id for m in relative] == ["ain-al-asad"]
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "ain-al-asad", FRIDAY)]
    assert _origins(result) == ["hit"]


# ------------------------- class 20: sources reporting strikes in X
# "local sources reported strikes in X" (``تحدثت مصادر محلية عن غارات في X``, ``منابع محلی
# از این حملات در X خبر دادند``): X is where the strikes fell, not where the sources are


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck 85 targets in Iraq and Syria on Friday. In Syria, local sources "
        "reported strikes in and around Albu Kamal.",
        "قصفت طائرات أمريكية أمس الجمعة 85 هدفا في العراق وسوريا. وفي سوريا تحدثت مصادر محلية "
        "عن غارات في البوكمال.",
        "جنگنده‌های آمریکایی روز جمعه ۸۵ هدف را در عراق و سوریه بمباران کردند. منابع محلی از "
        "این حملات در البوکمال خبر دادند.",
        "جنگنده‌های آمریکایی روز جمعه ۸۵ هدف را در عراق و سوریه بمباران کردند. منابع محلی از "
        "بمباران در البوکمال خبر دادند.",
    ],
)
def test_sources_reporting_strikes_in_a_place(bundled: Gazetteer, text: str) -> None:
    assert _got(_draft(text, bundled)) == [("retaliatory_strike", "albu-kamal", FRIDAY)]


# ------------------------- class 21: where one of the salvo fell, near the site fired at
# "Of three rockets fired at X, two were intercepted and the third fell near Y" (``…
# وسقط الثالث قرب Y``, ``… و سومی در نزدیکی Y به زمین خورد``): one attack at X; a salvo
# of its own near Y ("two more rockets fell near Y") stays an event there


@pytest.mark.parametrize(
    "text",
    [
        "Of three rockets fired at Victory base on Friday, two were intercepted by the C-RAM "
        "system and the third fell near Baghdad airport.",
        "من بين ثلاثة صواريخ أطلقت على قاعدة فكتوريا أمس الجمعة، اعترضت منظومة سي رام صاروخين "
        "وسقط الثالث قرب مطار بغداد.",
        "از سه راکتی که روز جمعه به سوی پایگاه ویکتوریا شلیک شد، دو راکت توسط سامانه سی‌رام "
        "رهگیری شد و سومی در نزدیکی فرودگاه بغداد به زمین خورد.",
    ],
)
def test_where_part_of_the_salvo_fell_is_that_attack(bundled: Gazetteer, text: str) -> None:
    result = _draft(text, bundled)
    assert _got(result) == [("attack", "victory-base-complex", FRIDAY)]
    assert result.drafts[0].incident.count == 3


def test_a_salvo_of_its_own_nearby_stays_apart(bundled: Gazetteer) -> None:
    text = (
        "Rockets were fired at Victory base on Friday, and two more rockets fell near "
        "Baghdad airport."
    )
    assert _got(_draft(text, bundled)) == [
        ("attack", "baghdad-airport", FRIDAY),
        ("attack", "victory-base-complex", FRIDAY),
    ]

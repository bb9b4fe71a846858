"""Roles from context: the object of an attack or strike verb with no preposition.

Every sentence is our own. Arabic puts the verb first and its subject between the verb
and the object (``استهدفت طائرة مسيرة قاعدة …``); Persian marks the object with ``را``
before the verb (``… را هدف قرار داد``); English puts the object after the verb. A
strike by a state's means (artillery, warplanes) or by the US or the coalition makes the
object a ``strike_site``; otherwise it is a ``target``.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text.context import is_strike_sentence, role_of
from geoincidents.text.folding import fold_word
from geoincidents.text.geoparse import geoparse

VERB_OBJECTS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # --- Arabic: verb, subject, object
    ("استهدفت طائرة مسيرة قاعدة عين الأسد", [("قاعدة عين الأسد", "target")]),
    ("هاجمت طائرتان مسيرتان حقل العمر فجر اليوم", [("حقل العمر", "target")]),
    ("وقصفت فصائل المقاومة قاعدة عين الأسد بالصواريخ", [("قاعدة عين الأسد", "target")]),
    (
        "استهدف صاروخان قاعدة عين الأسد ومعسكر كالسو",
        [("قاعدة عين الأسد", "target"), ("معسكر كالسو", "target")],
    ),
    ("قصفت المدفعية مواقع في الميادين", [("الميادين", "strike_site")]),
    ("ودكت المدفعية التركية قرى زمار", [("زمار", "strike_site")]),
    ("قصفت طائرات أمريكية مقرات الحشد في القائم", [("القائم", "strike_site")]),
    # the subject ends at a preposition or a new clause: no object there
    ("قال مسؤول إن طائرة مسيرة سقطت في الموصل", [("الموصل", "context")]),
    ("شوهدت طائرة مسيرة فوق الموصل", [("الموصل", None)]),
    # --- Persian: object, را, verb
    ("پهپاد پایگاه عین الاسد را هدف قرار داد", [("پایگاه عین الاسد", "target")]),
    ("پهپادها میدان نفتی العمر را هدف گرفتند", [("میدان نفتی العمر", "target")]),
    ("جنگنده‌ها جرف الصخر را بمباران کردند", [("جرف الصخر", "strike_site")]),
    ("توپخانه ترکیه روستاهای زمار را گلوله‌باران کرد", [("زمار", "strike_site")]),
    ("کاروان موصل را ترک کرد", [("موصل", None)]),
    # --- English: subject, verb, object
    ("A drone struck Ain al-Asad", [("Ain al-Asad", "target")]),
    ("Militants shelled Camp Kalsu.", [("Camp Kalsu", "target")]),
    ("Gunmen raided Hit on Friday.", [("Hit", "target")]),
    ("Warplanes struck Jurf al-Sakhar overnight.", [("Jurf al-Sakhar", "strike_site")]),
    ("Artillery shells hit Mosul.", [("Mosul", "target")]),  # shells: anyone's
    (
        "A drone launched from Mosul struck Ain al-Asad.",
        [("Mosul", "origin"), ("Ain al-Asad", "target")],
    ),
    ("The convoy left Mosul for Baghdad.", [("Mosul", None), ("Baghdad", None)]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_OBJECTS)
def test_object_of_an_attack_verb(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str | None]]
) -> None:
    result = geoparse(text, gazetteer, include_geonames=False)
    assert [(m.text, m.role) for m in result.mentions] == expected


@pytest.mark.parametrize(
    ("sentence", "place", "role"),
    [
        ("استهدفت طائرة مسيرة تابعة للفصائل قاعدة عين الأسد", "قاعدة عين الأسد", "target"),
        ("هاجم مسلحون الموصل", "الموصل", "target"),
        # five words between the verb and the place: too far for a subject
        ("استهدفت طائرة مسيرة صغيرة تابعة للفصائل العراقية قاعدة عين الأسد", "قاعدة", None),
        ("A drone hit the Green Village base", "Green Village", "target"),
    ],
)
def test_role_of_on_folded_text(sentence: str, place: str, role: str | None) -> None:
    folded = fold_word(sentence)
    start = folded.index(fold_word(place))
    assert role_of(folded, start, start + len(fold_word(place))) == role


@pytest.mark.parametrize(
    ("sentence", "strike"),
    [
        ("قصفت المدفعية مواقع في الميادين", True),
        ("Warplanes struck Jurf al-Sakhar", True),
        ("توپخانه ترکیه روستاها را گلوله‌باران کرد", True),
        ("US airstrikes hit militia headquarters", True),
        ("A drone struck Ain al-Asad", False),
        ("Artillery shells hit Mosul", False),
        ("وقصفت فصائل المقاومة قاعدة عين الأسد", False),
    ],
)
def test_strike_sentence(sentence: str, strike: bool) -> None:
    assert is_strike_sentence(fold_word(sentence)) is strike


# ------------------------------------------------------------------ reversed window rules


def _window_rules() -> list[tuple[Any, Any, tuple[str, ...]]]:
    """(forward pattern searched, reversed pattern matched, words) for every rule on
    how the window before a name ends."""
    from geoincidents.text import context as c

    rules: list[tuple[Any, Any, tuple[str, ...]]] = [
        (c._before(words, article=article), c._before_reversed(words, article=article), words)
        for words, article in (
            *((w, False) for w in (c._GIVEN_NAMES, c._TITLES, c._OUTLET_BEFORE)),
            *((w, False) for w in (c._ACCORDING_TO, c._COMPANY_BEFORE, c._ORG_BEFORE)),
            *((w, False) for w in (c._ORG_IN_BEFORE, c._SUPPORT_BEFORE)),
            *((w, False) for w in (c._OUTLET_OR_SITE_BEFORE,)),
            *((w, True) for w in (c._ORIGIN_BEFORE, c._TARGET_BEFORE, c._CONTEXT_BEFORE)),
            *((w, True) for w in (c._APPROACH_BEFORE,)),
        )
    ]
    rules.append((c._site_in_before(), c._site_in_before_reversed(), c._SITE_NOUNS + c._SITE_IN))
    rules.append((c._verb_object(), c._verb_object_reversed(), c._ATTACK_VERBS + c._NOT_IN_SUBJECT))
    return rules


_WINDOW_RULES = _window_rules()
_FILLERS = ("the", " ", "«", '"', "“", "(", ".", "،", ",", "x", "و", "ف", "abc", "قاعده", "_", "1")


@given(st.data())
def test_reversed_window_rules_answer_like_the_forward_search(data: st.DataObject) -> None:
    forward, backward, words = data.draw(st.sampled_from(_WINDOW_RULES))
    pieces = st.sampled_from(tuple(fold_word(w) for w in words) + _FILLERS)
    parts = data.draw(st.lists(st.tuples(pieces, st.sampled_from(("", " ", "  "))), max_size=6))
    window = "".join(p + gap for p, gap in parts)
    window = window[data.draw(st.integers(0, len(window))) :]  # a window may cut a word
    assert bool(forward.search(window)) == bool(backward.match(window[::-1]))


# ------------------------------------------------------------------ sentences

_SENTENCES = [
    ("U.S. and coalition forces struck sites. Then calm.",
     ["U.S. and coalition forces struck sites.", "Then calm."]),
    ("Officials in the U.S. said so. The next one.",
     ["Officials in the U.S. said so.", "The next one."]),
    ("It hit the U.S. Embassy.", ["It hit the U.S. Embassy."]),
    ("Defense Secretary Lloyd J. Austin said it.", ["Defense Secretary Lloyd J. Austin said it."]),
    ("The command said in a post on X. Hours later rockets fell.",
     ["The command said in a post on X.", "Hours later rockets fell."]),
    ("It wrote via X. Then it was quiet.", ["It wrote via X.", "Then it was quiet."]),
    ("In answer to the Jan. 28 drone attack, jets struck. Calm.",
     ["In answer to the Jan. 28 drone attack, jets struck.", "Calm."]),
    ("It happened in Dec. Then calm.", ["It happened in Dec.", "Then calm."]),
    ("Gen. Kurilla visited. He left.", ["Gen. Kurilla visited.", "He left."]),
    ("سقطت صواريخ. ولم تقع إصابات؟ نعم.", ["سقطت صواريخ.", "ولم تقع إصابات؟", "نعم."]),
    ("حمله شد.\nخبری نیست", ["حمله شد.", "خبری نیست"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentences"), _SENTENCES)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    from geoincidents.text.context import split_sentences

    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences


# ------------------------------------------------------------------ names in capitals

#: (text, the name as written, the reason it is rejected or None when it is a place)
CAPITALS: list[tuple[str, str, str | None]] = [
    # a headline word the body writes in lower case
    ("ROCKETS HIT AIN AL-ASAD AIR BASE\n\nThree rockets hit the base on Monday.", "HIT", "word"),
    ("DRONE ATTACK: BLASTS HIT ERBIL\n\nTwo blasts hit the airport.", "HIT", "word"),
    # a headline alone: a word of the role tables ("hit") is that word
    ("DRONES HIT US BASE IN SYRIA", "HIT", "word"),
    ("BLASTS HIT ERBIL AIRPORT", "HIT", "word"),
    # the body writes the town with a capital inside a sentence: the place
    ("SHELLS FALL ON HIT\n\nShelling hit the town of Hit again.", "HIT", None),
    # short capitals in running text: acronyms
    ("ANA soldiers were seen on the road.", "ANA", "acronym"),
    ("A HIT squad of the police arrived early.", "HIT", "acronym"),
    # a place spelled in capitals in the gazetteer (an airport code) stays a place
    ("Rockets fell near BIAP on Monday.", "BIAP", None),
    # a longer name in capitals in running text is a place
    ("Rockets fell on ERBIL airport, officials said.", "ERBIL", None),
]


@pytest.mark.parametrize(("text", "written", "reason"), CAPITALS)
def test_names_in_capitals(text: str, written: str, reason: str | None) -> None:
    result = geoparse(text)
    start = text.index(written)
    rejected = {(r.start, r.reason) for r in result.rejected}
    covering = [m for m in result.mentions if m.start <= start < m.end]
    if reason is None:
        assert covering and all(m.place for m in covering), result
    else:
        assert (start, reason) in rejected and not covering, result


@pytest.mark.parametrize(
    "text",
    ["IS fighters attacked a checkpoint.", "THE IS ATTACK\n\nIt is over.", "Is it safe?"],
)
def test_is_never_names_hit(text: str) -> None:
    assert not geoparse(text).mentions


def test_capitals_rejection_reads_the_case_evidence_once_and_only_when_needed() -> None:
    from geoincidents.text.context import capitals_rejection

    calls: list[int] = []

    def evidence() -> Any:
        from geoincidents.text.context import case_evidence

        calls.append(1)
        return case_evidence("hit")

    assert capitals_rejection("Hit was shelled.", 0, 3, ["Hit"], evidence) is None
    assert capitals_rejection("IS men came.", 0, 2, ["Hit"], evidence) == "acronym"
    assert calls == []  # neither needed the article's words
    assert capitals_rejection("ROCKETS HIT IT", 8, 11, ["Hit"], evidence) == "word"
    assert calls == [1]


def test_a_long_text_in_capitals_stays_linear() -> None:
    """Every name in capitals reads a bounded window and one shared word set."""
    text = "ROCKETS HIT ERBIL AND HIT AGAIN. " * 3000 + "\n\nrockets hit."
    result = geoparse(text)
    assert sum(r.reason == "word" for r in result.rejected) == 6000
    assert sum(m.place is not None and m.place.id == "erbil" for m in result.mentions) == 3000


# ------------------------------------------------------------------ outlet or site


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        ("أفادت مصادر بأن موقع البرج 22 تعرض لهجوم بطائرة مسيرة.", "البرج 22", "tower-22"),
        ("تعرض موقع التنف لهجوم بطائرتين مسيرتين.", "التنف", "al-tanf"),
        ("ونقل موقع الميادين عن مصادر أن الهجوم وقع فجرا.", "الميادين", None),
    ],
)
def test_mauqi_is_a_site_unless_the_name_is_an_outlet(
    text: str, name: str, place_id: str | None
) -> None:
    result = geoparse(text)
    found = [m for m in result.mentions if m.text.endswith(name)]
    if place_id is None:
        assert not found and [r.reason for r in result.rejected] == ["outlet"]
    else:
        assert [m.place.id for m in found if m.place] == [place_id]


# ------------------------------------------------------------------ approach verbs


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("أسقطت الدفاعات مسيرة حاولت الاقتراب من قاعدة عين الأسد.", "قاعدة عين الأسد", "target"),
        ("اعترضت الدفاعات صاروخا اقترب من مطار أربيل.", "مطار أربيل", "target"),
        ("أطلقت الطائرة المسيرة من قاعدة عين الأسد.", "قاعدة عين الأسد", "origin"),
        ("The drone was fired from Hit toward the base.", "Hit", "origin"),
    ],
)
def test_approach_verbs_before_min_make_a_target(text: str, name: str, role: str) -> None:
    (m,) = [m for m in geoparse(text).mentions if m.text == name]
    assert m.role == role


#: a US or coalition name that owns the place struck names no striker: the place is the
#: militia's target, not a US strike site; the same names as the subject still strike
OWNED_PLACES: list[tuple[str, str, str]] = [
    ("A drone struck the U.S. base at Ain al-Asad on Monday.", "Ain al-Asad", "target"),
    ("Two rockets struck the US embassy compound in Baghdad.", "US embassy compound", "target"),
    ("A drone strike on the coalition base at Tower 22 wounded troops.", "Tower 22", "target"),
    ("US aircraft struck Jurf al-Sakhar overnight.", "Jurf al-Sakhar", "strike_site"),
    ("طائرة مسيرة قصفت القاعدة الأمريكية في عين الأسد", "عين الأسد", "target"),
    ("قصفت صواريخ السفارة الأمريكية في بغداد فجرا", "السفارة الأمريكية في بغداد", "target"),
    ("قصفت الطائرات الأمريكية جرف الصخر", "جرف الصخر", "strike_site"),
    ("پهپادی پایگاه آمریکا در عین الاسد را هدف قرار داد", "عین الاسد", "target"),
    ("چند راکت به سفارت آمریکا در بغداد اصابت کرد", "سفارت آمریکا در بغداد", "target"),
    ("حمله هوایی آمریکا به جرف الصخر", "جرف الصخر", "strike_site"),
]


@pytest.mark.parametrize(("text", "place", "role"), OWNED_PLACES)
def test_the_owner_of_the_place_struck_is_no_striker(
    bundled: Gazetteer, text: str, place: str, role: str
) -> None:
    result = geoparse(text, bundled, include_geonames=False)
    assert [m.role for m in result.mentions if m.text == place] == [role]


#: an installation after a locative ("in", في, در) in a sentence of weapons, casualties or
#: a blast was hit there: a target; without them, or for a town, the place only locates
LOCATIVE_SITES: list[tuple[str, str, str | None]] = [
    ("Two rockets landed in Ain al-Asad air base.", "Ain al-Asad air base", "target"),
    ("Three soldiers were wounded in Harir base overnight.", "Harir base", "target"),
    ("The US keeps about 2,500 troops in Ain al-Asad.", "Ain al-Asad", "context"),
    ("Two rockets landed in Mosul.", "Mosul", "context"),
    ("سقطت ثلاثة صواريخ في قاعدة عين الأسد.", "قاعدة عين الأسد", "target"),
    ("مقتل ثلاثة جنود أمريكيين في البرج 22 بالأردن.", "البرج 22", "target"),
    ("دوی انفجار در پایگاه عین الاسد شنیده شد.", "پایگاه عین الاسد", "target"),
    ("دو نظامی آمریکایی در پایگاه حریر زخمی شدند.", "پایگاه حریر", "target"),
    ("نیروهای آمریکایی در پایگاه حریر مستقر هستند.", "پایگاه حریر", "context"),
    ("يتمركز جنود أمريكيون في قاعدة حرير.", "قاعدة حرير", "context"),
]


@pytest.mark.parametrize(("text", "place", "role"), LOCATIVE_SITES)
def test_an_installation_where_the_weapons_fell_is_a_target(
    bundled: Gazetteer, text: str, place: str, role: str | None
) -> None:
    result = geoparse(text, bundled, include_geonames=False)
    assert [m.role for m in result.mentions if m.text == place] == [role]


#: a statement verb before a capital (the Arabic verb comes before its subject): the
#: capital that speaks is its government (rejected as metonymy), not a place where
#: anything happened; the same capital after a strike verb stays a place
STATEMENT_SUBJECTS: list[tuple[str, str, str | None]] = [
    ("وأدانت بغداد الضربات الأمريكية على القائم.", "بغداد", "metonymy"),
    ("فيما وصفتها دمشق بأنها عدوان على أراضيها.", "دمشق", "metonymy"),
    ("ونفت طهران أي صلة لها بالهجوم.", "طهران", "metonymy"),
    ("وقالت بغداد إن الغارات انتهاك لسيادتها.", "بغداد", "metonymy"),
    ("قالت مصادر في بغداد إن صاروخين سقطا قرب المطار.", "بغداد", None),
    ("بغداد تدين الغارات الأمريكية", "بغداد", "metonymy"),
    ("Damascus condemned the US strikes on Albu Kamal.", "Damascus", "metonymy"),
    ("Baghdad called the US airstrikes a violation of its sovereignty.", "Baghdad", "metonymy"),
    ("A source in Baghdad said two rockets fell near the airport.", "Baghdad", None),
    ("Rockets hit Baghdad, said police.", "Baghdad", None),
    ("تهران اعلام کرد که در این حمله نقشی نداشته است.", "تهران", "metonymy"),
    ("مقامی در تهران گفت که حمله‌ای رخ نداده است.", "تهران", None),
    ("دمشق حملات آمریکا به البوکمال را محکوم کرد.", "دمشق", "metonymy"),
    ("بغداد حملات هوایی آمریکا را نقض حاکمیت خواند.", "بغداد", "metonymy"),
    ("بغداد هدف حمله موشکی قرار گرفت.", "بغداد", None),
    ("درباره خروج نیروها از پایگاه‌های عین‌الاسد و حریر گفت‌وگو کردند.", "حریر", None),
    ("قصفت طائرات أمريكية مواقع قرب دمشق.", "دمشق", None),
]


@pytest.mark.parametrize(("text", "place", "reason"), STATEMENT_SUBJECTS)
def test_a_capital_after_a_statement_verb_is_its_government(
    bundled: Gazetteer, text: str, place: str, reason: str | None
) -> None:
    result = geoparse(text, bundled, include_geonames=False)
    rejected = [r.reason for r in result.rejected if r.text == place]
    kept = [m for m in result.mentions if place in m.text]
    assert rejected == ([reason] if reason else [])
    assert bool(kept) == (reason is None)


#: an attack that is the US's by genitive or adjective is a strike: its place a strike site
US_ATTACKS: list[tuple[str, str]] = [
    ("دمشق حملات آمریکا به البوکمال را محکوم کرد.", "البوکمال"),
    ("مقر این گروه در جرف الصخر هدف سه حمله پهپادی آمریکا قرار گرفت.", "جرف الصخر"),
    ("أسفر الهجوم الأمريكي على القائم عن مقتل خمسة.", "القائم"),
    ("وطالت الهجمات الأمريكية مواقع في الميادين.", "الميادين"),
    ("US aircraft struck Albu Kamal.", "Albu Kamal"),
]


@pytest.mark.parametrize(("text", "place"), US_ATTACKS)
def test_an_attack_of_the_us_is_a_strike(bundled: Gazetteer, text: str, place: str) -> None:
    result = geoparse(text, bundled, include_geonames=False)
    assert [m.role for m in result.mentions if m.text == place] == ["strike_site"]


def test_an_attack_on_us_forces_is_no_strike(bundled: Gazetteer) -> None:
    text = "هجمات على القوات الأمريكية في قاعدة عين الأسد بالصواريخ"
    result = geoparse(text, bundled, include_geonames=False)
    assert [m.role for m in result.mentions] == ["target"]  # the base the rockets hit


#: launch sites named by their surroundings, reports filed from a place, blasts that shook
#: a site, installations that locate one another
MORE_ROLES: list[tuple[str, str, str | None]] = [
    ("Two rockets were fired at Ain al-Asad from the outskirts of Hit.", "Hit", "origin"),
    ("The rockets came from the town of Zummar.", "Zummar", "origin"),
    ("أطلقت الصواريخ من أطراف ناحية زمار.", "أطراف ناحية زمار", "origin"),
    ("راکت‌ها از حومه زمار شلیک شدند.", "حومه زمار", "origin"),
    ("Rudaw reported from Erbil that sirens sounded at Harir.", "Erbil", "context"),
    ("Rudaw reported from Erbil that sirens sounded at Harir.", "Harir", "target"),
    ("An explosion rocked Kalsu base overnight.", "Kalsu base", "target"),
    ("هز انفجار عنيف قاعدة كالسو فجرا.", "قاعدة كالسو", "target"),
    ("انفجاری مهیب پادگان کالسو را لرزاند.", "پادگان کالسو", "target"),
    ("Rockets hit the Victoria base in Baghdad airport.", "Victoria base", "target"),
    ("Rockets hit the Victoria base in Baghdad airport.", "Baghdad airport", "context"),
    ("سقطت صواريخ على قاعدة فكتوريا في مطار بغداد", "مطار بغداد", "context"),
    ("دوی انفجار در نزدیکی پایگاه ویکتوریا در فرودگاه بغداد شنیده شد.", "فرودگاه بغداد", "context"),
    ("سقوط پهپاد در نزدیکی فرودگاه اربیل", "نزدیکی فرودگاه اربیل", "target"),
    ("Rockets fell in the vicinity of Ain al-Asad base.", "vicinity of Ain al-Asad base", "target"),
    ("US troops are in the vicinity of Mosul.", "vicinity of Mosul", "context"),
    # the من of a "near" word is no from-word
    ("قصفت طائرات أمريكية مواقع في بلدة القريبة من البوكمال", "البوكمال", "strike_site"),
    ("سقطت صواريخ بالقرب من قاعدة عين الأسد", "بالقرب من قاعدة عين الأسد", None),
    ("انطلقت الطائرة المسيرة من البوكمال", "البوكمال", "origin"),
    # passives after their subject, and a place that underwent an attack (تعرضت)
    ("Al-Tanf was targeted by two drones.", "Al-Tanf", "target"),
    ("The Conoco base was attacked with rockets overnight.", "Conoco base", "target"),
    ("تعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين.", "قاعدة عين الأسد", "target"),
    ("مواقع الفصائل في جرف الصخر تعرضت لقصف أمريكي.", "جرف الصخر", "strike_site"),
    ("پایگاه عین الاسد مورد حمله پهپادی قرار گرفت.", "پایگاه عین الاسد", "target"),
    ("پایگاه التنف با سه پهپاد هدف قرار گرفت.", "پایگاه التنف", "target"),
    ("نیروهای مستقر در اربیل گفتند پایگاه حریر هدف قرار گرفت.", "اربیل", "context"),
]


@pytest.mark.parametrize(("text", "place", "role"), MORE_ROLES)
def test_more_roles(bundled: Gazetteer, text: str, place: str, role: str | None) -> None:
    result = geoparse(text, bundled, include_geonames=False)
    assert [m.role for m in result.mentions if m.text == place] == [role]


def test_a_base_near_which_a_blast_was_heard_keeps_the_role_of_its_anchor(
    bundled: Gazetteer,
) -> None:
    text = "دوی انفجار در نزدیکی پایگاه ویکتوریا در فرودگاه بغداد شنیده شد."
    (near, airport) = geoparse(text, bundled, include_geonames=False).mentions
    assert near.place is not None and near.place.id == "victory-base-complex"
    assert near.relative is not None and near.role == "target"
    assert airport.role == "context"


#: a kunya and a name before a nisba name a person, not the town the nisba is of
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abu Bakr al-Baghdadi was killed in 2019.", "al-Baghdadi"),
        ("قتل أبو بكر البغدادي عام 2019.", "البغدادي"),
        ("ابو بکر البغدادی رهبر داعش در سال ۲۰۱۹ کشته شد.", "البغدادی"),
    ],
)
def test_a_nisba_after_a_kunya_is_a_person(bundled: Gazetteer, text: str, name: str) -> None:
    result = geoparse(text, bundled)
    assert "person" in [r.reason for r in result.rejected if r.text == name]
    assert all(m.text != name for m in result.mentions)


@pytest.mark.parametrize("text", ["Rockets hit Abu Ghraib.", "Strikes hit Abu Kamal."])
def test_a_place_named_abu_is_still_a_place(bundled: Gazetteer, text: str) -> None:
    (m,) = geoparse(text, bundled).mentions
    assert m.role == "target"

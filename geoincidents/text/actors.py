"""Who acted in a news sentence, who claimed it, and what a sentence answers.

All functions read *folded* text (:func:`geoincidents.text.folding.fold_text`).

- :func:`state_striker`: ``"United States"`` or ``"coalition"`` when the sentence names
  them as the ones acting (``US forces struck``, ``American warplanes``, ``CENTCOM said
  its aircraft``, ``قصفت طائرات أمريكية``, ``شنت القوات الأمريكية``, ``جنگنده‌های
  آمریکایی``, ``توپخانه ائتلاف``) and not as the ones hit: a state word after a
  preposition of the target (``attacks on US forces``, ``على القوات الأمريكية``, ``به
  نیروهای آمریکایی``), before a noun of people or sites (``US base``, ``American
  soldiers``, ``US outpost``), or after such a noun (``قاعدة أمريكية``, ``پایگاه
  آمریکا``, ``نظامی آمریکایی``) is the target side.
- :func:`militia`: the armed group a sentence names (Kataib Hezbollah, the Islamic
  Resistance in Iraq, ``الحشد الشعبي`` …), as its English name.
- :func:`claims`: whether the sentence says a group claimed it (``claimed``,
  ``تبنت``, ``أعلنت … مسؤوليتها``, ``مسئولیت … بر عهده``, ``پذیرفت``), or announced it
  did it (``اعلام کرد``, ``in a statement``).
- :func:`response_clauses`: the spans of "in response to X" clauses (``ردا على``,
  ``در پاسخ به``, ``retaliation for``); the places in them are the event answered,
  not a new target.

Examples
--------
>>> from geoincidents.text.folding import fold_text
>>> state_striker(fold_text("US forces struck sites in al-Qaim").folded)
'United States'
>>> state_striker(fold_text("Rockets hit the US base, wounding two American soldiers").folded)
>>> state_striker(fold_text("قصفت طائرات أمريكية مواقع في القائم").folded)
'United States'
>>> militia(fold_text("تبنت كتائب حزب الله الهجوم").folded)
'Kataib Hezbollah'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from geoincidents.text.counts import CASUALTY_VERBS, number_at, unclitic
from geoincidents.text.folding import fold_text, fold_word, word_alternation

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def fold_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with its letters folded as the text it is matched against.

    Cue tables are written as the languages spell them (``آماده``, ``مراسلة``, ``یی``);
    the text they read is folded (``اماده``, ``مراسله``, ``يي``), so each run of non-ASCII
    characters of the pattern is folded by the same fold (no character class may hold a
    non-ASCII range: write ``\\w``).

    >>> fold_pattern("در حال آماده|مراسلة").pattern
    'در حال اماده|مراسله'
    >>> bool(fold_pattern("آماده پرتاب").search(fold_text("آماده پرتاب").folded))
    True
    """
    return re.compile(_NON_ASCII_RUN.sub(lambda m: fold_text(m.group()).folded, pattern))


__all__ = [
    "MILITIAS",
    "STATE_WORDS",
    "actor_words",
    "aircraft_striker",
    "claims",
    "claims_deed",
    "clause_days",
    "counter_fire",
    "denies",
    "fold_pattern",
    "gate_rules",
    "group_hit",
    "is_official",
    "militia",
    "response_clauses",
    "state_named",
    "state_striker",
]

#: state actors -> words naming them (unfolded)
STATE_WORDS: dict[str, tuple[str, ...]] = {
    "United States": (
        *("US", "U.S.", "American", "United States", "CENTCOM", "Central Command"),
        *("Pentagon", "Washington", "آمریکا", "آمریکایی", "آمریکائی", "سنتکام"),
        *("پنتاگون", "واشنگتن", "ایالات متحده", "أمريكية", "الأمريكية", "أميركية"),
        *("الأميركية", "أمريكي", "الأمريكي", "أميركي", "الأميركي", "واشنطن", "البنتاغون"),
        *("الولايات المتحدة", "القيادة المركزية", "فرماندهی مرکزی"),
        # the plurals (``مسؤولون أمريكيون``, ``جنود أمريكيين``: victims by the noun before)
        *("أمريكيون", "أمريكيين", "الأمريكيون", "الأمريكيين", "أميركيون", "أميركيين"),
        # the duals, as Arabic counts two of a thing (``طائرتان أمريكيتان``, ``مقاتلتين
        # أميركيتين``, ``جنديان أمريكيان``): the noun before says doer or victim, as above
        *("أمريكيتان", "أمريكيتين", "أميركيتان", "أميركيتين", "أمريكيان", "أميركيان"),
        # its presidents, whose order names the striker ("At President Biden's direction,
        # jets hit …", ``بأمر من بايدن``, ``به دستور ترامپ``)
        *("Biden", "Trump", "Biden's", "Trump's", "بايدن", "ترامب", "بایدن", "ترامپ"),
    ),
    "coalition": (
        *("coalition", "ائتلاف", "التحالف", "التحالف الدولي", "international coalition"),
        "للتحالف",  # ``طائرة للتحالف``: the article folded into the preposition
    ),
}
#: armed groups -> their names (English first)
MILITIAS: dict[str, tuple[str, ...]] = {
    "Kataib Hezbollah": (
        *("Kataib Hezbollah", "Kata'ib Hezbollah", "Kataeb Hezbollah", "Hezbollah Brigades"),
        *("كتائب حزب الله", "کتائب حزب‌الله", "کتائب حزب الله", "کتائب حزبالله"),
    ),
    "Islamic Resistance in Iraq": (
        *("Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق"),
        *("مقاومت اسلامی در عراق", "مقاومت اسلامی عراق"),
    ),
    "Harakat al-Nujaba": ("Nujaba", "al-Nujaba", "Harakat al-Nujaba", "النجباء", "نجباء"),
    "Kataib Sayyid al-Shuhada": (
        *("Kataib Sayyid al-Shuhada", "كتائب سيد الشهداء", "کتائب سید الشهدا"),
    ),
    "Qasim al-Jabbarin": ("Qasim al-Jabbarin", "قاصم الجبارين", "قاصم الجبارین"),
    "Saraya Awliya al-Dam": (
        *("Saraya Awliya al-Dam", "Awliya al-Dam", "Guardians of the Blood", "سرايا أولياء الدم"),
        *("أولياء الدم", "سرایا اولیاء الدم", "اولیاء الدم", "سرایای اولیای دم"),
    ),
    "Ashab al-Kahf": ("Ashab al-Kahf", "أصحاب الكهف", "اصحاب الکهف", "اصحاب کهف"),
    "Asaib Ahl al-Haq": (
        *("Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "League of the Righteous", "عصائب أهل الحق"),
        *("عصائب اهل الحق", "عصائب اهل حق"),
    ),
    "Kataib Imam Ali": ("Kataib Imam Ali", "كتائب الإمام علي", "کتائب امام علی"),
    "Usbat al-Thaireen": ("Usbat al-Thaireen", "عصبة الثائرين", "عصبه الثائرین"),
    # Iran's own forces, when they fire ("the IRGC said it had targeted", ``سپاه پاسداران
    # اعلام کرد``) or are the side hit ("a depot used by the Revolutionary Guards")
    "IRGC": (
        *("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Revolutionary Guard Corps"),
        *("Islamic Revolutionary Guard Corps", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی"),
        *("الحرس الثوري", "الحرس الثوري الإيراني"),
    ),
    "Popular Mobilization Forces": (
        *("Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF", "Hashd"),
        *("الحشد الشعبي", "حشد الشعبی", "الحشد", "حشد شعبی"),
    ),
}
#: nouns of people and sites: a state word next to one names the side that was hit
_VICTIM_NOUNS_AFTER = (
    *("base", "bases", "embassy", "soldier", "soldiers", "service", "servicemen", "troops"),
    *("personnel", "outpost", "outposts", "convoy", "convoys", "advisers", "advisors"),
    *("sailors", "marines", "airmen"),
    *("diplomats", "citizens", "contractors", "garrison", "positions", "interests", "forces"),
    *("military base", "troop", "facility", "facilities", "installations", "headquarters"),
    # speakers: "a US official said" tells who spoke, not who struck
    *("official", "officials", "spokesman", "spokeswoman", "spokesperson", "envoy"),
    *("ambassador", "diplomat", "sources", "source", "media", "newspaper", "analysts"),
    # outlets an account is attributed to ("according to US media reports", "US press")
    *("outlets", "outlet", "press", "newspapers", "television", "broadcaster", "networks"),
)
#: Arabic and Persian nouns a state adjective follows (``قاعدة أمريكية``, ``پایگاه آمریکا``)
_VICTIM_NOUNS_BEFORE = (
    *("قاعدة", "قواعد", "جنود", "الجنود", "السفارة", "سفارة", "مستشارين", "قوافل", "قافلة"),
    *("رتل", "مصالح", "پایگاه", "پایگاههای", "پایگاه‌های", "سفارت", "نظامیان", "نظامی"),
    *("سربازان", "سرباز", "کاروان", "مستشاران", "منافع", "تجهیزات", "للقوات", "قوات"),
    *("مسؤول", "مسؤولون", "مسئول", "مقام", "مقامات", "مقام‌های", "مصادر", "منابع", "سفير"),
    *("مقر", "مقرات", "المقر", "مقر"),
    # outlets an account is attributed to: they tell, they do not strike (``بحسب وسائل إعلام
    # أمريكية``, ``به گزارش رسانه‌های آمریکایی``, ``روزنامه آمریکایی``)
    *("إعلام", "الإعلام", "صحيفة", "صحف", "الصحف", "الصحافة", "صحافة", "قناة", "شبكة"),
    *("رسانه", "رسانه‌ها", "رسانه‌های", "روزنامه", "روزنامه‌های", "خبرگزاری", "شبکه"),
    # among its ranks: the side a toll counts ("wounded among US troops", ``الجرحى في صفوف
    # القوات الأمريكية``, ``زخمی‌ها در میان نیروهای آمریکایی``)
    *("صفوف", "ranks", "among", "میان"),
)
#: words skipped when looking for what stands before a state word ("جنود من التحالف")
_FILLER_BEFORE = ("من", "of", "the", "from", "از")
#: prepositions of the side that was hit ("attacks on US forces", "علیه نیروهای آمریکایی")
_VICTIM_PREPOSITIONS = (
    *("on", "against", "at", "targeting", "toward", "towards", "to", "hit", "struck"),
    # the object of a strike verb ("its fighters had targeted US forces at X")
    *("targeted", "attacked", "attacking"),
    # (the Arabic verb: ``الهجمات التي استهدفت القوات الأمريكية``)
    *("استهدفت", "استهدف", "هاجمت", "هاجم", "طالت"),
    *("على", "ضد", "نحو", "باتجاه", "استهداف", "به", "علیه", "سوی", "سمت", "بر"),
    # what a site hosts is the side that is hit ("a field that hosts US forces")
    *("host", "hosts", "hosting", "hosted", "houses", "housing", "تضم", "يضم", "تستضيف"),
    *("يستضيف", "تؤوي", "ميزبان"),
)
#: the US official bodies, the one list of them: the state bodies that act by themselves
#: ("CENTCOM said it struck", the lexicon's ``agency``) and speak for the state (the
#: lexicon's ``official``, :func:`is_official`)
_US_BODIES = (
    *("CENTCOM", "Central Command", "U.S. Central Command", "US Central Command", "Pentagon"),
    *("US military", "U.S. military", "Department of Defense", "Defense Department"),
    *("U.S. Department of Defense", "US Department of Defense", "U.S. Defense Department"),
    *("القيادة المركزية", "القيادة المركزية الأمريكية", "القيادة المركزية الأميركية"),
    *("البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية"),
    *("الجيش الأمريكي", "الجيش الأميركي", "سنتکام", "فرماندهی مرکزی", "پنتاگون"),
    *("ارتش آمریکا", "وزارت دفاع آمریکا", "وزارت دفاع ایالات متحده"),
)
#: aircraft by their type ("U.S. F-16 and F-15 jets", "an American AC-130 gunship",
#: ``مقاتلات إف-16``): air power, so the state word next to them strikes
_AIRCRAFT_TYPES = (
    *("f-15", "f-16", "f-18", "fa-18", "f-22", "f-35", "a-10", "b-1", "b-1b", "b-2", "b-52"),
    "f/a-18",
    *("ac-130", "mq-9", "mq-1", "reaper", "reapers", "predator", "apache", "apaches"),
    *("إف-16", "إف-15", "إف-35", "اف-16", "اف-15", "اف-35"),
)
#: means that say air power: they make a striker even in a passive sentence
_AIR_MEANS = (
    *("aircraft", "warplanes", "warplane", "jets", "jet", "fighter", "fighters", "gunship"),
    *("airstrike", "airstrikes", "air strike", "air strikes", "bombers", "drone strike"),
    *("طائرات", "طائرة", "مقاتلات", "مقاتلة", "غارة", "غارات", "ضربة", "ضربات", "الطيران"),
    *("المقاتلات", "الطائرات", "القاذفات", "قاذفات"),
    # with the article, the state's adjective after them (``الغارات الأمريكية``, ``الضربات
    # الجوية الأمريكية``)
    *("الغارة", "الغارات", "الضربة", "الضربات"),
    # the duals of warplanes (``مقاتلتين أميركيتين``; not ``طائرتين``, which is also the
    # drones' ``طائرتين مسيرتين``)
    *("مقاتلتان", "مقاتلتين", "قاذفتان", "قاذفتين", "مروحيتان", "مروحيتين"),
    *("جنگنده", "جنگنده‌های", "جنگندههای", "حملات هوایی", "حمله هوایی", "هواپیماهای"),
    *_AIRCRAFT_TYPES,
)
#: the means a state acts with: a state word next to one acts ("US warplanes"): its air
#: power and its other arms
_MEANS = (
    *_AIR_MEANS,
    *("forces", "gunships", "military", "army", "navy", "artillery", "strike", "strikes"),
    *("drone strikes", "helicopters", "helicopter", "troops struck", "air force"),
    *("القوات", "قوات", "مدفعية", "الجيش", "جيش", "بوارج", "مروحيات"),
    *("نیروهای", "ارتش", "هواپیمای", "توپخانه", "بالگردهای", "نظامی", "ناوگان"),
    # "حملات آمریکا" (the US attacks), "الهجمات الأمريكية"
    *("حملات", "حمله", "حمله‌های", "هجمات", "الهجمات", "attacks"),
)
#: words saying the state's forces are stationed at a site ("the base where US forces are
#: stationed", ``التي تتمركز فيها قوات أمريكية``, ``که نیروهای آمریکایی در آن مستقرند``):
#: they are the side there, not a striker
_STATIONED = frozenset(
    fold_word(w)
    for w in (
        *("stationed", "based", "garrisoned", "تتمركز", "يتمركز", "تتواجد", "يتواجد"),
        *("المتمركزة", "المتواجدة", "متمركزة", "مستقر", "مستقرند", "مستقرّند"),
        # the forces' work at the site ("where coalition forces train Iraqi troops",
        # ``حيث تدرب قوات التحالف``, ``که نیروهای ائتلاف در آن آموزش می‌دهند``)
        *("train", "trains", "advise", "advises", "deployed", "تدرب", "يدربون", "آموزش"),
    )
)
#: a state's air defences (``پدافند هوایی ائتلاف``, ``الدفاعات الجوية للتحالف``, "coalition
#: air defences"): the side that stops weapons, not a striker
_AIR_DEFENCE = frozenset(
    fold_word(w)
    for w in ("defences", "defenses", "defence", "defense", "پدافند", "الدفاعات", "دفاعات")
)
#: a state word a few words after "since" names an earlier event ("the first deadly attack
#: since the US strikes", ``منذ الضربات الأمريكية``, ``از زمان حملات آمریکا``)
_SINCE_WORDS = frozenset({"since", "منذ", "زمان"})
#: two state words joined ("U.S. and coalition", ``الأمريكية وقوات التحالف``, ``آمریکایی و
#: ائتلاف``): the second plays the first's part
_JOINED = re.compile(r"\s*(?:and|or|و)\s*(?:(?:the|قوات|نيروهاي)\s+)?(?:ال)?")
#: words of a spokesman: the state body after them speaks, it does not act
_SPEAKER_BEFORE = ("spokesman", "spokeswoman", "spokesperson", "المتحدث", "باسم", "سخنگوی")
#: the sentence's subject was hit: "X was targeted", "هدف قرار گرفت", "تعرضت لـ"
_PASSIVE = fold_pattern(
    r"(?<!\w)(?:was hit|were hit|came under|was targeted|were targeted|was attacked"
    r"|were attacked|قرار گرفت|قرار گرفتند|قرار گرفته|مورد حمله|تعرضت|تعرض|استهدفت قاعدة)"
)
#: Persian active verbs at the clause end: the subject named before them acted
_ACTIVE_LATER = re.compile(
    r"(?<!\w)(?:هدف قرار داد|قرار دادند|قرار داده|بمباران كرد|منهدم كرد|شليك كرد"
    r"|پاسخ داد|حمله كرد|را كشت|را كشته|كشتند|نابود كرد|منهدم كردند|بمباران كردند"
    # "carried it out" (``این حمله را انجام داده است``): the body owns the strike it names
    r"|را انجام داد|را انجام داده|را انجام دادند)"
)
#: verbs right after a state word make it the subject ("the coalition struck")
_STRIKE_VERBS_AFTER = (
    *("struck", "hit", "bombed", "targeted", "shelled", "destroyed", "carried", "launched"),
    *(
        "responded",
        "retaliated",
        "conducted",
        "killed",
        "strikes",
        "strike",
        "قصف",
        "قصفت",
        "استهدف",
        "استهدفت",
    ),
    *("شن", "شنت", "دمر", "دمرت", "ردت", "نفذ", "نفذت", "هدف", "بمباران", "منهدم"),
    # the Arabic duals (``مقاتلتان أمريكيتان قصفتا``)
    *("قصفتا", "قصفا", "استهدفتا", "استهدفا", "دمرتا", "شنتا"),
)
#: verbs right before a state word make it the subject (Arabic: ``قصف التحالف``)
_STRIKE_VERBS_BEFORE = ("قصف", "قصفت", "شن", "شنت", "دمر", "دمرت", "استهدف", "استهدفت", "نفذ")
#: the speech verbs of an official body, by language: the one list the speech rules below
#: read ("the Pentagon said", ``قالت القيادة المركزية``, ``سنتکام اعلام کرد``)
_SAID_EN = ("said", "says", "stated", "reported", "added")
_SAID_AR = ("قالت", "قال", "وقالت", "وقال", "أعلنت", "وأعلنت", "أفادت", "ذكرت", "أكدت")
_SAID_FA = ("گفت", "اعلام کرد", "اعلام کرده", "اعلام داشت", "افزود")
#: speech verbs: a state body that "said" something only speaks ("U.S. Central Command said,
#: adding that most were stopped", ``قالت القيادة المركزية إن الدفاعات``), unless what it says
#: is what it did ("CENTCOM said it struck", "said its forces", ``قالت إنها``, ``إن قواتها``):
#: the English verb right after the state word, the Arabic one right before it
_SPEECH_AFTER = (*_SAID_EN, "told", "confirmed", "acknowledged")  # ("confirmed that rockets hit")
_SPEECH_BEFORE = _SAID_AR
_OWN_DEED = ("it", "its", "it's", "انها", "انه", "انهم")
#: "forces" / "قوات" act when no preposition of the target precedes them
_AMBIGUOUS_NOUNS = ("forces", "قوات", "القوات", "نیروهای", "نیروها", "نیروی")
_CLAIM = (
    *("claimed", "claims", "claiming", "claim", "responsibility", "took credit"),
    *("تبنت", "تبنى", "يتبنى", "تتبنى", "مسؤوليتها", "مسؤوليته", "مسؤولية", "مسئولیت"),
    # the verbal noun with its possessive: ``تعلن تبنيها الهجوم`` "announces its claiming of"
    *("تبنيها", "تبنيه", "تبنيهم"),
    *("مسؤولیت", "بر عهده", "برعهده", "پذیرفت", "پذیرفته"),
    # a group saying its own fighters did it: "said its fighters had carried out the attack"
    *("its fighters had", "its fighters carried out", "had carried out the attack"),
    *("نفذها مقاتلوها", "نفذه مقاتلوها", "مقاتليها نفذوا", "این حمله را انجام داده"),
    *("این حمله را انجام داد", "رزمندگانش"),
    # the group's own statement telling the deed ("the group's statement said the rockets
    # hit", ``بيان الفصيل``, ``در بیانیه این گروه آمده است``)
    *("the group's statement", "بیانیه این گروه", "بيان الفصيل", "بيان الجماعة"),
    # the group's own fighters as its statement names them (``استهدف مجاهدو المقاومة``,
    # ``رزمندگان این گروه``)
    *("مجاهدو", "مجاهدي", "رزمندگان این گروه", "رزمندگان مقاومت"),
    *("مجاهدونا", "مجاهدينا", "أبطال المقاومة", "ابطال المقاومة", "أبطالنا"),
)
#: the group telling what it did: "said on Sunday it had fired", ``قالت إنها استهدفت`` (in
#: :data:`_DEED` and :data:`_ANNOUNCE`)
_TOLD_DEED = (
    *("it had fired", "it had launched", "it had targeted", "it had attacked", "it had struck"),
    *("إنها استهدفت", "انها استهدفت", "أنها استهدفت", "إنه استهدف", "انه استهدف"),
)
#: a group telling its own deed ("said it had targeted", ``قالت إنها استهدفت``, ``اعلام کرد
#: که … را هدف قرار داده``): a claim even in a sentence that reports no event of its own
_DEED = (
    *_TOLD_DEED,
    *("it targeted", "it attacked", "its fighters"),
    *("را هدف قرار داده است", "را هدف قرار داده", "را هدف قرار داد"),
    # "said it carried out both operations", ``قالت إنها نفذت العمليتين``, ``گفت هر دو عملیات
    # را انجام داده است``
    *("it carried out", "it had carried out", "it conducted", "it had conducted"),
    # "said it was behind the attack", ``أعلنت وقوفها وراء الهجوم``, ``گفت پشت این حمله بوده``
    *("it was behind", "it had been behind", "وقوفها وراء", "وقوفه وراء", "تقف وراء"),
    *("پشت این حمله بوده", "پشت این حمله است"),
    *("إنها نفذت", "انها نفذت", "أنها نفذت", "إنه نفذ", "انه نفذ", "أنه نفذ"),
    *("عملیات را انجام داده", "عملیات را انجام داد", "عملیات‌ها را انجام داده"),
    *("it executed", "it staged", "it mounted", "they carried out", "they had carried out"),
    *("إنهم نفذوا", "انهم نفذوا", "أنهم نفذوا", "إنها شنت", "انها شنت", "أنها شنت"),
    *("إنهم شنوا", "انهم شنوا", "انها قد نفذت", "إنها قد نفذت"),
    *("را انجام دادند", "را انجام داده است", "را انجام داده‌اند", "را اجرا کرد", "را اجرا کردند"),
)
#: a group announcing what it did claims it (in the sentence that reports the event)
_ANNOUNCE = (
    *("announced", "in a statement", "said it", "said that it", "أعلنت", "اعلنت", "أعلن"),
    *("بيان", "اعلام کرد", "اعلام کرده", "بیانیه", "اطلاعیه"),
    # a group's tally of its operations (``حصيلة عمليات المقاومة``)
    *("حصيلة عمليات", "حصيلة العمليات"),
    # the group telling what it did
    *_TOLD_DEED,
)
#: the object struck named by what it had just done ("struck the vehicle that launched a
#: missile at X", ``قصفت الآلية التي أطلقت صاروخا على X``): X was attacked, not struck,
#: the same day
_LAUNCHED_AT = (
    *("that launched", "that fired", "which launched", "which fired", "who launched"),
    *("who fired", "التي أطلقت", "الذي أطلق", "الذين أطلقوا", "التي اطلقت", "الذي اطلق"),
    "الذين اطلقوا",
)
#: "after an attack" cues: a response clause only beside a state's strike (see
#: :func:`_strikes_around`): "struck X after a drone attack on Y on Monday" names the
#: earlier event; "three were hurt after a drone attack on X" tells the event itself. With
#: the definite noun, and "following" ("در پی", "إثر"): "در پی حمله پهپادی به X،
#: جنگنده‌های آمریکایی … را هدف قرار دادند", ``إثر الهجوم على X، قصفت طائرات أمريكية``
#: "after" opening a clause of its own, the attackers or their weapons its subject ("after
#: rockets hit X on Dec. 27, US jets struck Y", ``بعد أن سقطت صواريخ على X``, ``پس از
#: آنکه راکت‌ها به X اصابت کردند``): its first verb is its own (see :func:`response_clauses`)
_CLAUSE_OPENERS = (
    *("after rockets", "after drones", "after missiles", "after more than", "after militants"),
    *("after gunmen", "after a barrage", "after at least", "after two rockets"),
    *("after three rockets", "after a drone hit", "after a rocket hit"),
    *("بعد أن", "بعد ان", "عقب أن", "عقب ان", "إثر أن"),
    *("پس از آنکه", "پس از آن که", "بعد از آنکه", "بعد از آن که"),
)
_AFTER_AN_ATTACK = (
    *("after a drone attack", "after a rocket attack", "after a missile attack"),
    *("after an attack", "following an attack", "following a drone attack"),
    *("بعد هجوم", "عقب هجوم", "بعد الهجوم بطائرة", "عقب الهجوم"),
    *("پس از حمله پهپادی", "پس از حمله راکتی", "پس از حمله موشکی"),
    *("after the attack", "after the drone attack", "after the rocket attack"),
    *("after the missile attack", "following the attack", "following the drone attack"),
    *("following a rocket attack", "following the rocket attack", "after attacks"),
    *("إثر الهجوم", "اثر الهجوم", "إثر هجوم", "اثر هجوم", "بعد الهجوم", "عقب هجمات"),
    *("در پی حمله", "در پی حملات", "به دنبال حمله", "به دنبال حملات", "پس از حملات"),
    *_CLAUSE_OPENERS,
)
#: the time cues of a response clause by the days they put between the events (see
#: :data:`_CLAUSE_DAYS`): the same day ("hours after"), the day before ("a day after",
#: ``غداة``), two days before
_SAME_DAY = (
    *("hours after", "shortly after", "minutes after", "soon after", "ساعاتی پس از"),
    *("ساعتی پس از", "بعد ساعات من", "ساعات بعد", "بعد ساعات على", "بعد دقائق من"),
    *("دقایقی پس از", "بعد ساعات قليلة من"),
)
_DAY_AFTER = (
    *("a day after", "one day after", "بعد يوم من", "بعد يوم على", "غداة"),
    *("بعد يوم واحد من", "بعد يوم واحد على"),
    *("یک روز پس از", "یک روز بعد از", "روزی پس از"),
)
_TWO_DAYS_AFTER = ("two days after", "بعد يومين من", "دو روز پس از")
_RESPONSE_TO = (
    *("in response to", "in retaliation for", "retaliation for", "in answer to"),
    *("answered the", "answered an", "answering the", "جاءت ردا على", "جاء ردا على"),
    *("answering that", "answering this", "answering those", "answering a", "answering an"),
    *("پاسخی به", "در واکنش به", "پاسخ به", "واکنشی به"),
    *("response to", "in revenge for", "ردا على", "رداً على", "رد على", "انتقاما ل"),
    *("في رد على", "انتقاما لـ", "در پاسخ به", "در تلافی", "تلافی", "به تلافی"),
    # "hours after the US strikes": the event told answers the one in the clause; "a day
    # after a US strike in X": the clause names the earlier event, not this one's
    *_SAME_DAY,
    *_DAY_AFTER,
    *_TWO_DAYS_AFTER,
    *("days after", "a day before", "بعد أيام من", "چند روز پس از"),
    # "the strikes answered the attack on X" (not "answered with artillery")
    *("answered the", "answered a", "answered an", "answered attacks", "answered an attack"),
    # ... or a count of them ("answered more than a dozen attacks", "answered several")
    *("answered more than", "answered several", "answered dozens", "answered repeated"),
    *("answered recent", "answered two", "answered three", "answered some", "answered over"),
    *("رداً على أكثر من", "ردا على عدة", "پاسخی به چند", "پاسخ به ده‌ها"),
    # "struck X after a drone attack on Y on Monday": the attack named by "after" is the
    # earlier event, beside a state's strike (:data:`_AFTER_AN_ATTACK`)
    *_AFTER_AN_ATTACK,
    *_LAUNCHED_AT,
    # an adjective inside the response phrase ("a direct response to"; Arabic and Persian
    # put it between the noun and its preposition: ``رد مباشر على``, ``پاسخی قاطع به``)
    *("رد مباشر على", "ردا مباشرا على", "رد سريع على", "ردا سريعا على", "ردا حاسما على"),
    *("رد حاسم على", "ردا قويا على", "رد قوي على", "ردا طبيعيا على", "رد طبيعي على"),
    *("پاسخ مستقیم به", "پاسخی مستقیم به", "پاسخ قاطع به", "پاسخی قاطع به"),
    *("پاسخی سریع به", "پاسخ سریع به", "پاسخی محکم به", "پاسخ محکم به"),
    # the answer named as a noun with its owner ("its answer to", "Washington's answer to",
    # ``ردها على``, ``جوابا على``, ``پاسخ خود به``, ``پاسخ آمریکا به``)
    *("answer to", "its answer to", "an answer to", "the answer to", "its response to"),
    *("reply to", "its reply to", "in reply to", "a reply to", "the reply to"),
    # "the strikes answered Monday's attack on X", "answered last week's attack"
    *(
        f"answered {day}'s"
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ),
    *("answered last", "answered sunday", "answered yesterday's", "answered the weekend's"),
    *("جوابا على", "جواباً على", "جواب على", "ردها على", "ردّها على", "رده على", "ردّه على"),
    *("ردهم على", "في إطار الرد على", "في إطار ردها على", "ضمن الرد على"),
    *("پاسخ خود به", "پاسخ آن به", "پاسخ واشنگتن به", "پاسخ آمریکا به", "جوابی به"),
    # the cause a hostile outlet calls a pretext ("on the pretext of the rocket attacks
    # on X", ``بذريعة الهجمات``, ``به بهانه حملات راکتی``): still the event answered
    *("on the pretext of", "under the pretext of", "بذريعة", "بحجة", "به بهانه", "به بهانهٔ"),
)
#: how many days a time cue puts between the event told and the one its clause names
#: ("hours after" the same day, "a day after" the day before, ``غداة``, ``دو روز پس از``);
#: "in response to" says nothing of when
_CLAUSE_DAYS: dict[str, int] = {
    **dict.fromkeys(_SAME_DAY, 0),
    **dict.fromkeys(_DAY_AFTER, -1),
    **dict.fromkeys(_TWO_DAYS_AFTER, -2),
    **dict.fromkeys(_LAUNCHED_AT, 0),  # what the object struck had just done
    "a day before": 1,
}
#: the subject of a time clause's own verb: the attackers ("after they fired", "after the
#: militants had fired", ``بعد أن أطلق مسلحون``, ``پس از آنکه شبه‌نظامیان … شلیک کردند``)
#: a strike noun just before a state word: the state owns the clause's strike (Persian
#: and Arabic genitives: ``حمله هوایی آمریکا``, ``غارات التحالف``, ``ضربه آمریکا``)
_OWNER_OF_STRIKE = fold_pattern(
    r"(?<!\w)(?:حمله|حملات|حمله هوايي|حملات هوايي|هوايي|غاره|غارات|الغارات|ضربه|ضربات|قصف"
    r"|بمباران)\s+$"
)
_OWN_SUBJECT = fold_pattern(
    r"(?<!\w)(?:they|it|militants|militias|militiamen|gunmen|fighters|the group|ان|انهم"
    r"|مسلحون|المسلحون|مسلحين|الفصائل|فصائل|شبه ?نظاميان|انها|آنها|ايشان|گروه)(?!\w)"
)
_CLAUSE_END = re.compile(r"[,،;؛:]")
#: a relative pronoun (and a passive's auxiliary) right before a verb: the verb is the
#: relative clause's ("the attack that struck X", ``الهجوم الذي شن``, ``الضربة التي استهدفت``)
_RELATIVE_BEFORE = fold_pattern(
    r"(?<!\w)(?:that|which|الذي|التي|الذين|اللذين|اللتين)\s+(?:(?:was|were|had been)\s+)?$"
    # English drops the relative before a participle: "the attack carried out on Monday
    # against X", "the strikes launched at X" (a reduced relative: the noun's own verb)
    r"|(?<!\w)(?:attack|attacks|strike|strikes|raid|raids|assault|barrage)\s+$"
    # ... and after the weapon that names the event ("the missile fired at X", "the
    # rockets launched on Monday at X", "the drones flown at X")
    r"|(?<!\w)(?:missiles?|rockets?|drones?|projectiles?|mortars?|shells)\s+$"
)
#: what goes on a clause past its comma: the events it answers listed ("…, including a
#: drone attack on X", ``، بما في ذلك الهجوم على X``, ``، از جمله حمله به X``)
_INCLUDING = fold_pattern(
    r"\s*(?:including|among them|notably|such as|in particular|بما في ذلك|بما فيها|ومنها"
    # the one named, then "included" ("…, the X strike included")
    r"|the (?:\S+ ){1,3}?(?:strike|attack|attacks|raid|bombing) included"
    r"|من بينها|لا سيما|از جمله|به ويژه|مانند"
    # the most notable or the latest of them (``أبرزها``, ``آخرها``, "most notably", "the
    # latest on X", ``مهم‌ترین آنها``)
    r"|most notably|the latest|the deadliest|[و]?(?:ابرزها|اخرها|اخطرها|اهمها)"
    r"|مهم ?ترين انها|مهمترين انها|اخرين انها|اخرين مورد"
    # a relative phrase telling more of the event named ("…, in which militants used a
    # missile", ``، الذي أسفر``, ``، که در آن``)
    r"|in which|during which|which|الذي|التي|خلاله|خلالها|كه در ان)(?!\w)"
)
#: a time of day after a time cue ("shortly after midnight", "hours after dawn", ``بعد
#: ساعات من منتصف الليل``, ``ساعاتی پس از نیمه‌شب``): when the event was, not an event answered
_TIME_OF_DAY = fold_pattern(
    r"\s*(?:the\s+)?(?:midnight|dawn|daybreak|noon|midday|sunrise|sunset|nightfall"
    r"|منتصف الليل|الفجر|الظهر|منتصف النهار|الغروب|شروق الشمس|غروب الشمس"
    r"|نيمه شب|نيمه‌شب|نيمه‌شب|طلوع افتاب|غروب افتاب|ظهر|سحر|بامداد)(?!\w)"
)
_DEMONSTRATIVE = fold_pattern(
    r"\s*(?:this|that|these|those|این|اين|آن|ان|همین|همين|ذلك|هذا|هذه|تلك|هذين|هاتين)"
    r"\s+\w+"
)
#: an Arabic adverb of time right after the clause's event noun ends the clause ("بعد
#: الهجوم مباشرة": immediately after the attack; ``بعد الهجوم بساعات``: hours after it)
_TIME_ADVERB_AFTER = fold_pattern(
    r"\s*(?:\S+\s+){0,2}?(?:مباشره|فورا|بقليل|بساعات|بساعه|بدقائق|بلحظات)(?!\w)"
)
#: finite strike verbs and striker words end a response clause with no comma before them
_CLAUSE_VERBS = (
    *("struck", "hit", "bombed", "targeted", "launched", "fired", "carried out", "conducted"),
    *("قصفت", "قصف", "شنت", "شن", "استهدفت", "دمرت", "هاجمت", "أغارت", "بمباران", "هدف قرار"),
    *("حمله کرد", "حمله کردند", "زدند", "طائرات", "جنگنده", "جنگنده‌های", "توپخانه"),
    *("fell", "landed", "سقطت", "سقط", "سقطا", "أصابت", "اصابت کرد", "شلیک شد"),
)
_TOKEN = re.compile(r"[\w.\-]+")
#: an Arabic indefinite event noun, maybe with its adjective (no ``ال``): a verb right after
#: it opens a relative clause (``غارات أمريكية استهدفت``, "US raids that targeted")
_INDEFINITE_EVENT = fold_pattern(
    r"\s*(?:غارات|غاره|ضربات|ضربه|هجوم|هجمات|قصف|هجوما|غاره جويه)(?:\s+(?!ال)[^\s,،]+)?\s*"
)
#: a Persian object and its marker را (the word before it starts the object)
_OBJECT_END = re.compile(r"\s*را(?!\w)")
_OBJECT_MARKER = re.compile(r"(?<!\S)\S+\s+را(?!\w)")
#: verbs of defence: the state forces that intercept, engage or repel do not strike
#: ("engaged by US forces", "US forces at Ain al-Asad repelled a drone", ``تصدت القوات
#: الأمريكية``, ``پدافند آمریکا رهگیری کرد``)
_DEFENCE_VERBS = (
    *("intercepted", "intercept", "intercepting", "engaged", "repelled", "repulsed"),
    *("repelling", "thwarted", "foiled", "shot down", "downed", "fended off", "fought off"),
    *("اعترضت", "اعترض", "تعترض", "يعترض", "تصدت", "تصدى", "يتصدى", "صدت", "أسقطت"),
    *("أسقط", "اسقاط", "إسقاط", "اعتراض", "التصدي", "رهگیری", "سرنگون", "دفع", "خنثی"),
    # the English phrasal verb split by its object ("troops shot it down", "shot both
    # down", "brought one down"): the defender, as "shot down"
    *("shot one down", "shot it down", "shot them down", "shot both down", "shot two down"),
    *("brought one down", "brought it down", "brought them down", "brought both down"),
)
#: the agent of a passive: "engaged by US forces", ``من قبل القوات``, ``توسط نیروهای``
_AGENT = ("by", "توسط", "قبل", "بواسطة")
#: how many words after a state word its defence verb may stand ("US forces at X repelled")
_DEFENCE_REACH = 6
#: armed men not named: a state body saying they struck does not strike
_MILITANTS = fold_pattern(
    r"(?<!\w)(?:militants|militias|militiamen|gunmen|(?:ال)?مسلحون|(?:ال)?فصائل|(?:ال)?ميليشيات"
    r"|شبه ?نظاميان|شبهنظاميان|گروه ?هاي مسلح|گروههاي مسلح|شبه نظاميان)(?!\w)"
)
#: fire returned "toward the source of the fire": the side that was attacked strikes back
_COUNTER_FIRE = (
    *("source of the fire", "source of fire", "source of the attack", "point of origin"),
    *("مصدر النيران", "مصدر النار", "مصدر إطلاق النار", "مصدر القصف", "مصادر النيران"),
    *("منشأ آتش", "منبع آتش", "مبدأ شلیک", "منشأ شلیک"),
)


@dataclass(frozen=True)
class _Lexicon:
    state: re.Pattern[str]
    state_of: dict[str, str]
    militias: re.Pattern[str]
    militia_of: dict[str, str]
    victim_after: frozenset[str]
    victim_before: frozenset[str]
    victim_prep: frozenset[str]
    filler: frozenset[str]
    agency: re.Pattern[str]
    means: frozenset[str]
    air_means: frozenset[str]
    speaker_before: frozenset[str]
    verbs_after: frozenset[str]
    verbs_before: frozenset[str]
    ambiguous: frozenset[str]
    claim: re.Pattern[str]
    announce: re.Pattern[str]
    official: re.Pattern[str]
    response_to: re.Pattern[str]
    counter_fire: re.Pattern[str]
    defence: frozenset[str]
    defence_re: re.Pattern[str]
    agent: frozenset[str]
    speech_after: frozenset[str]
    speech_before: frozenset[str]
    group_site: frozenset[str]
    group_people: frozenset[str]


#: the clitics a cue or a group's name may carry in front (``و``, ``ف``, ``ب``, the article
#: ``ال`` and ``بال``, ``ل`` and ``ول``), folded
_CLITIC = "(?:[وفب]|ال|بال|و?ل)?"


def _words(words: tuple[str, ...] | list[str], clitic: bool = True) -> re.Pattern[str]:
    """One search for any of ``words`` (folded) as a whole word: with ``clitic``, maybe
    after a clitic (:data:`_CLITIC`) and not right after a dot ("u.s."); without, the bare
    word (the speech verbs).

    >>> [m.group() for m in _words(("said", "گفت"), clitic=False).finditer("said, وگفت")]
    ['said']
    """
    if not clitic:
        return re.compile(rf"(?<!\w)(?:{word_alternation(words)})(?!\w)")
    return re.compile(rf"(?<![\w.]){_CLITIC}(?:{word_alternation(words)})(?![\w])")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    state_of = {fold_word(w): name for name, words in STATE_WORDS.items() for w in words}
    militia_of = {fold_word(w): name for name, words in MILITIAS.items() for w in words}
    # ل + ال is written لل: للحشد الشعبي "of the PMF"
    militia_of |= {"لل" + w[2:]: name for w, name in list(militia_of.items()) if w[:2] == "ال"}
    return _Lexicon(
        state=re.compile(rf"(?<![\w.\-])(?:[وب])?(?P<w>{word_alternation(state_of)})(?![\w\-])"),
        state_of=state_of,
        militias=re.compile(rf"(?<![\w.]){_CLITIC}(?P<w>{word_alternation(militia_of)})(?![\w])"),
        militia_of=militia_of,
        victim_after=frozenset(fold_word(w) for w in _VICTIM_NOUNS_AFTER),
        victim_before=frozenset(fold_word(w) for w in _VICTIM_NOUNS_BEFORE),
        victim_prep=frozenset(fold_word(w) for w in _VICTIM_PREPOSITIONS),
        filler=frozenset(fold_word(w) for w in _FILLER_BEFORE),
        agency=_words(_US_BODIES),
        means=frozenset(fold_word(w) for w in _MEANS),
        air_means=frozenset(fold_word(w) for w in _AIR_MEANS),
        speaker_before=frozenset(fold_word(w) for w in _SPEAKER_BEFORE),
        verbs_after=frozenset(fold_word(w) for w in _STRIKE_VERBS_AFTER),
        verbs_before=frozenset(fold_word(w) for w in _STRIKE_VERBS_BEFORE),
        ambiguous=frozenset(fold_word(w) for w in _AMBIGUOUS_NOUNS),
        claim=_words(_CLAIM),
        announce=_words(_ANNOUNCE),
        official=_words(_US_BODIES),
        response_to=_words(_RESPONSE_TO),
        counter_fire=_words(_COUNTER_FIRE),
        defence=frozenset(fold_word(w) for w in _DEFENCE_VERBS if " " not in w),
        defence_re=_words(_DEFENCE_VERBS),
        agent=frozenset(fold_word(w) for w in _AGENT),
        speech_after=frozenset(fold_word(w) for w in _SPEECH_AFTER),
        speech_before=frozenset(fold_word(w) for w in _SPEECH_BEFORE),
        group_site=frozenset(fold_word(w) for w in _GROUP_SITE_NOUNS),
        group_people=frozenset(fold_word(w) for w in _GROUP_PEOPLE_NOUNS),
    )


#: the verbs of a side that is hurt, right after the state word or its forces ("coalition
#: forces suffered minor injuries", ``قوات التحالف تكبدت``, ``نیروهای ائتلاف زخمی شدند``):
#: the victims, not the striker (folded spellings)
_SUFFERS = frozenset(
    fold_word(w)
    for w in (
        *("suffered", "sustained", "incurred", "lost", "wounded", "injured", "hurt"),
        *("تكبدت", "تكبد", "اصيبت", "اصيب", "خسرت", "فقدت"),
        *("زخمی", "مجروح", "دچار", "متحمل", "آسیب"),
    )
)
#: the auxiliaries of "were wounded", "was hurt" before a verb of :data:`_SUFFERS`
_BE = frozenset({"was", "were", "had", "have", "has", "been"})


#: the groups' word for the US forces between a site and the state word ("bases of the
#: American occupiers", ``قواعد الاحتلال الأمريكي``, ``پایگاه‌های اشغالگران آمریکایی``):
#: the site is theirs, the side hit (folded)
#: a clause mark right after a word (its next word is another clause's)
_CLAUSE_MARK = re.compile(r"\s*[,\u060c;\u061b.:]")
_OCCUPIERS = frozenset(
    fold_word(w)
    for w in ("occupiers", "occupation", "الاحتلال", "للاحتلال", "اشغالگران", "اشغالگر")
)
#: the Persian plural written apart from its noun (``پایگاه‌ های``), folded
_PLURAL = frozenset(fold_word(w) for w in ("های", "ها"))
#: casualty verbs whose object a state word may be ("killed three U.S. Army reservists",
#: "a drone attack kills three US troops", ``يقتل ثلاثة جنود من الجيش الأمريكي``): the
#: people the state word describes are the dead or the hurt, not the striker (folded).
#: The casualty verbs of :mod:`~geoincidents.text.counts`, and forms it reads no number
#: after (a bare "kill", "hurt", ``يصيب``, the Persian participles and infinitive)
_HURTS = frozenset(
    fold_word(w)
    for w in (
        *CASUALTY_VERBS["killed"],
        *CASUALTY_VERBS["wounded"],
        *("kill", "hurt", "hurting", "hurts", "يصيب", "تصيب"),
        *("کشته", "کشتن", "زخمی", "مجروح", "شهادت"),
    )
)
#: the nouns between a casualty verb's number and the state word ("three soldiers of the
#: US army", ``ثلاثة جنود من الجيش``, ``سه نظامی ارتش``), folded
_HURT_BETWEEN = frozenset(
    fold_word(w)
    for w in (
        *("of", "the", "من", "از", "military", "army", "الجيش", "ارتش"),
        *("soldiers", "troops", "service", "members", "جنود", "جنديا", "عسكريين", "نظامي"),
        *("سرباز", "سربازان", "نظاميان", "نيروي", "نيروهاي"),
    )
)


#: the Persian casualty verb after its object, the state word and ``را`` (``سه نظامی
#: آمریکایی را کشت``, ``… را زخمی کردند``): the object's people are the hurt (folded)
_HURT_AFTER_OBJECT = fold_pattern(
    r"\S+\s+(?:\S+\s+)?را\s+(?:\S+\s+)?(?:کشت|کشتند|زخمی|مجروح|به شهادت)(?!\w)"
)


def _object_of_hurt(folded: str, start: int) -> bool:
    """Whether the words before folded ``start`` (a state word) end on a casualty verb and
    its number: the state word names the dead or the hurt.

    >>> f = fold_text("An attack killed three U.S. Army reservists").folded
    >>> _object_of_hurt(f, f.index("u.s."))
    True
    >>> f = fold_text("يقتل ثلاثة جنود من الجيش الأمريكي").folded
    >>> _object_of_hurt(f, f.index("الامريكي"))
    True
    >>> f = fold_text("یک پهپاد سه نظامی آمریکایی را کشت").folded
    >>> _object_of_hurt(f, f.index("امريكايي"))
    True
    >>> f = fold_text("US jets killed three fighters").folded
    >>> _object_of_hurt(f, 0)
    False
    >>> f = fold_text("The attack left three U.S. Army reservists dead").folded
    >>> _object_of_hurt(f, f.index("u.s."))
    True
    """
    before = _TOKEN.findall(folded[max(0, start - 60) : start])[::-1][:6]
    for i, t in enumerate(before):
        if number_at(t) is not None:
            if i + 1 < len(before) and before[i + 1] in _LEFT:
                # "left three U.S. Army reservists dead": the toll's words after them
                return _LEFT_TOLL.match(folded, start) is not None
            return (i + 1 < len(before) and before[i + 1] in _HURTS) or (
                _HURT_AFTER_OBJECT.match(folded, start) is not None
            )
        if t not in _HURT_BETWEEN:
            return False
    return False


#: "left N … dead": the verb of a toll whose casualty word follows the people hurt
_LEFT = frozenset({"left", "leaving", "leaves"})
_LEFT_TOLL = re.compile(r"\S+(?:\s+[\w.\-]+){0,4}?\s+(?:dead|wounded|injured|hurt)(?!\w)")


def _suffers(after: list[str], lex: _Lexicon) -> bool:
    """Whether the tokens after a state word tell its side was hurt.

    >>> _suffers(["forces", "suffered", "minor"], _lexicon())
    True
    >>> _suffers(["forces", "struck", "depots"], _lexicon())
    False
    """
    head = after[1:] if after[:1] and (after[0] in lex.ambiguous or after[0] == "troops") else after
    while head[:1] and head[0] in _BE:
        head = head[1:]
    return bool(head) and head[0] in _SUFFERS


def _near_tokens(folded: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Three tokens before ``start`` (nearest first; "X-led" skipped), three after ``end``."""
    before = _TOKEN.findall(folded[max(0, start - 60) : start])[::-1][:5]
    if before[:1] == ["led"]:
        before = before[2:]  # "on US-led coalition forces": the leader's name is a modifier
    before = before[:3]
    after = [t.rstrip(".") for t in _TOKEN.findall(folded[end : end + 40])[:3]]
    return before, after


#: a statement's aside right after the body that speaks ("…, in a statement carried by
#: Arab media, that …", ``…، في بيان ترجمته وسائل الإعلام، أن …``, ``…، در بیانیه‌ای، …``)
_STATEMENT_ASIDE = fold_pattern(
    r"\s*[,\u060c]\s*(?:in (?:a |its )?statement|في بيان|في بيانها|في بيانه|طي بيان"
    r"|در بیانیه(?:ای)?)[^,\u060c.]{0,60}[,\u060c]"
)
#: what opens the body's words after the aside ("that", ``أن``, ``که``)
_THAT = fold_pattern(r"\s*(?:that|ان|انه|انها|بان|بانه|که)(?!\w)")
#: an English speech verb right after the state word (its statement's aside may follow)
_SAID_THEN = re.compile(r"\s*(said|says|stated|announced|confirmed|added)(?!\w)")
#: the army a state word qualifies (``ارتش آمریکا``, ``الجيش الأمريكي``, "the US Army")
_ARMY = frozenset(fold_word(w) for w in ("ارتش", "الجيش", "للجيش", "army", "military"))
_CONVOYS = frozenset(("convoy", "convoys", "patrol", "patrols", "vehicles", "trucks"))
#: the goods carried for the state's forces, right before the state word ("trucks carrying
#: supplies for coalition forces", ``شاحنات تنقل إمدادات لقوات التحالف``, ``کامیون‌های حامل
#: تدارکات برای نیروهای ائتلاف``): the side supplied (and hit), not the striker (folded)
_SUPPLIED_FOR = fold_pattern(
    r"(?<!\w)(?:supplies|supply|logistics|equipment|fuel|goods|materiel|provisions|cargo"
    r"|food|ammunition)(?: \S+){0,2}? (?:for|to) (?:the )?(?:u\.?s\.? led )?(?:\S+ )?$"
    r"|(?<!\w)(?:امدادات|امداد|مؤن|مؤونه|معدات|وقود|شحنات)(?: \S+){0,2}? (?:الي|لصالح) (?:ال)?"
    r"(?:\S+ )?$"
    r"|(?<!\w)(?:تدارکات|تجهیزات|سوخت|آذوقه|مهمات|محموله|کالا)(?:ی|های)?(?: \S+){0,2}?"
    r" (?:برای|به) (?:\S+ )?$"
)
#: how far back of a state word :data:`_SUPPLIED_FOR` is sought
_SUPPLIED_REACH = 60


def state_striker(folded: str) -> str | None:
    """``"United States"`` / ``"coalition"`` when they act in ``folded``, else ``None``.

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("جنگنده‌های آمریکایی مواضعی را بمباران کردند").folded)
    'United States'
    >>> state_striker(fold_text("سه پهپاد به پایگاه آمریکا حمله کردند").folded)
    >>> state_striker(fold_text("in response to attacks on US forces").folded)
    """
    lex = _lexicon()
    passive: bool | None = None  # (looked up when first needed)
    defence: bool | None = None
    passed = -1  # the end of the last state word passed over
    for m in lex.state.finditer(folded):
        if passed >= 0 and _JOINED.fullmatch(folded, passed, m.start()):
            passed = m.end()
            continue  # "targeted U.S. and coalition forces": the second shares the first's role
        passed = m.end()
        before, after = _near_tokens(folded, m.start(), m.end())
        aside = _STATEMENT_ASIDE.match(folded, m.end())
        if aside is not None and _THAT.match(folded, aside.end()):
            # ``أعلنت الوزارة الأمريكية، في بيان …، أن قواتها نفذت``: what the body said
            # comes after its statement's aside (not a quote of what it suffered: ``وقال
            # التحالف، في بيان، "تم استهداف قوات التحالف"``)
            after = _near_tokens(folded, m.start(), aside.end())[1]
        elif (
            (said := _SAID_THEN.match(folded, m.end())) is not None
            and (aside := _STATEMENT_ASIDE.match(folded, said.end())) is not None
            and _THAT.match(folded, aside.end())
        ):  # "the Pentagon said, in a statement …, that its forces struck"
            after = [said.group(1), *_near_tokens(folded, m.start(), aside.end())[1][:2]]
        nxt = after[0] if after else ""
        b0 = before[0] if before else ""
        if nxt in lex.victim_after and nxt not in lex.ambiguous:
            continue  # "US base", "American soldiers", "a US official said"
        if nxt in _SPEAKING_BODY and after[1:2] and after[1] in lex.victim_after:
            continue  # "U.S. Army soldiers", "US military personnel", "US Navy sailors"
        if _suffers(after, lex):
            continue  # "coalition forces suffered minor injuries": the side hit
        # the forces of "the occupation" with a strike verb right after, no comma between,
        # act (``قوات الاحتلال الأمريكي نفذت``, not ``مقاومة قوات الاحتلال الأمريكي، استهدف
        # مجاهدونا``): not the side hit the two rules below read
        occupiers_act = (
            b0 in _OCCUPIERS
            and nxt in lex.verbs_after
            and _CLAUSE_MARK.match(folded, m.end()) is None
        )
        if (
            b0 in _OCCUPIERS
            and next((t for t in before[1:] if t not in _PLURAL), "") in lex.victim_before
            and not occupiers_act
        ):
            continue  # "the bases of the American occupiers", ``پایگاه‌های اشغالگران آمریکایی``
        if _SUPPLIED_FOR.search(folded, max(0, m.start() - _SUPPLIED_REACH), m.start()):
            continue  # "a bomb hit trucks carrying supplies for coalition forces"
        if _object_of_hurt(folded, m.start()):
            continue  # "killed three U.S. Army reservists", ``يقتل ثلاثة جنود من الجيش``
        if b0 in lex.victim_prep or (b0 in lex.victim_before and b0 not in lex.ambiguous):
            continue  # "on US forces", "قاعدة أمريكية", "پایگاه آمریکا"
        if (
            len(before) > 1
            and before[1] in lex.victim_prep
            and (b0 in lex.ambiguous or b0 in lex.filler)
        ):
            continue  # "على القوات الأمريكية", "به نیروهای آمریکایی"
        if (
            len(before) > 1
            and before[1] in lex.victim_before
            and b0 not in lex.verbs_before
            and not occupiers_act
        ):
            continue  # "جنود من التحالف", "پایگاه نیروهای آمریکایی", "کاروان لجستیکی ائتلاف"
        if (b0 in _ARMY and {*before[1:3]} & lex.victim_before) or (
            nxt in _ARMY and {*after[1:3]} & _CONVOYS
        ):
            continue  # ``کاروان لجستیکی ارتش آمریکا``, "a US Army logistics convoy": the side hit
        if {*before[:3]} & lex.speaker_before:
            continue  # "the Pentagon's spokesman said", "المتحدث باسم البنتاغون"
        if _hosted_or_earlier(before, after, lex):
            continue  # "where US forces are stationed", "since the US strikes", "U.S. and …"
        if (
            b0 not in lex.agent
            and b0 not in _OWN_DRONE
            and _attackers_before(folded, m, after, lex)
        ):
            continue  # ``استهدف مسلحون القوات الأمريكية``, ``شبه‌نظامیان نیروهای آمریکایی را``
        if (nxt in _OWN_DRONE or b0 in _OWN_DRONE) and passive is None:
            passive = _PASSIVE.search(folded) is not None
        if (nxt in _OWN_DRONE or b0 in _OWN_DRONE) and not passive:
            return lex.state_of[m.group("w")]  # "a US drone", ``پهپاد آمریکایی``, ``مسيرة أمريكية``
        if folded[m.end() : m.end() + 2].lstrip().startswith(":"):
            continue  # "CENTCOM: militias fired …" heads a quote
        if _reports_own_aircraft(folded, m, lex):
            # ``قالت وزارة الدفاع الأمريكية إن طائرتين من طراز إف-16``: its own aircraft
            return lex.state_of[m.group("w")]
        if _only_speaks(before, after, lex) and not _SAYS_OWN_DEED.match(folded, m.end()):
            continue  # "U.S. Central Command said, adding that most were stopped"
        if _tells_others_deed(folded, m, before, lex):
            continue  # "US forces said militants targeted the base": the group's deed
        if _ANSWERED_WITH_STRIKES.match(folded, m.end()) or (
            b0 in _ANSWER_VERBS_BEFORE and _WITH_STRIKES.match(folded, m.end())
        ):  # "Washington answered early Friday with air strikes", ``ردت واشنطن بغارات``
            return lex.state_of[m.group("w")]
        if _ordered_strike(folded, m, lex):
            return lex.state_of[m.group("w")]  # "At President Biden's direction, jets hit"
        if defence is None:  # (whether the sentence holds a defence verb at all: once)
            defence = lex.defence_re.search(folded) is not None
        if defence and _defends(folded, m, before, lex):
            continue  # "engaged by US forces", "US forces at X repelled a drone attack"
        agency = lex.agency.match(folded, m.start()) is not None and _acts_later(folded, m, lex)
        near = {*before[:2], *after[:3]}
        if passive is None:
            passive = _PASSIVE.search(folded) is not None
        if passive:  # "the base was hit": only air power or a named command strikes here
            # (the state's own drone beside it is air power: "hit by a US drone", ``مقر
            # مورد حمله پهپادی آمریکا واقع شد``, ``تعرض لهجوم بطائرة مسيرة أمريكية``)
            own_drone = nxt in _OWN_DRONE or b0 in _OWN_DRONE
            air_means = _without_aircraft(lex.air_means, folded)
            air = own_drone or near & air_means or _means_phrase(folded, m, air_means)
            if agency or air:
                return lex.state_of[m.group("w")]
            continue
        means_words = _without_aircraft(lex.means, folded)
        near -= _drones_not_planes(after)  # ``قالت الوزارة الأمريكية إن طائرة مسيرة …``
        means = bool(near & means_words) or _means_phrase(folded, m, means_words)
        # its own means after it, with the possessive: ``وزارة الدفاع الأمريكية أن مقاتلاتها``
        means = means or any(
            (t.endswith("ها") and t[:-2] in lex.means) or (t.endswith("ه") and t[:-1] in lex.means)
            for t in after[:3]
        )
        verb = nxt in lex.verbs_after or (len(after) > 1 and after[1] in lex.verbs_after)
        verb = verb or b0 in lex.verbs_before or _active_later_own(folded, m, lex)
        verb = verb or _verb_past_the_day(folded, m.end(), lex)
        if agency or means or verb:
            return lex.state_of[m.group("w")]
    return _own_forces_of_named(folded, lex)


#: the day told between an English subject and its verb ("The United States on Friday
#: struck", "Washington late Sunday bombed", "The US overnight hit")
_DAY_BETWEEN = re.compile(
    r"\s*,?\s*(?:(?:late |early )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)(?: night| morning| evening)?|overnight|yesterday|today|tonight|late|early)\s*,?\s+"
    r"(?P<verb>\w+)"
)


def _verb_past_the_day(folded: str, end: int, lex: _Lexicon) -> bool:
    """Whether the state word ending at ``end`` is the subject of a strike verb after a day
    told between them ("The United States on Friday struck X")."""
    m = _DAY_BETWEEN.match(folded, end)
    return m is not None and m.group("verb") in lex.verbs_after


#: a state's forces named by "this country" or "his country" after the state was named
#: ("a US official said the country's forces struck", ``قال مسؤول أمريكي إن قوات بلاده
#: قصفت``, ``یک مقام آمریکایی گفت نیروهای این کشور … حمله کردند``)
_OWN_FORCES = fold_pattern(
    r"(?<!\w)(?:(?:the|his|her|its) (?:country'?s|nation'?s) (?:forces|military|troops|army"
    r"|aircraft|jets|warplanes)"
    r"|(?:قوات|جيش|طائرات|مقاتلات|طيران) (?:بلاده|بلادها|هذا البلد|هذه الدوله)"
    r"|(?:ارتش|نیروهای|نیروی هوایی|جنگنده‌های|هواپیماهای|پهپادهای) (?:این|آن) کشور)(?!\w)"
)
#: prepositions of the side hit just before those forces ("on", ``على``, ``به``, ``علیه``)
_HIT_BEFORE = fold_pattern(
    r"(?<!\w)(?:on|against|at|targeted|attacked|hit|struck|على|ضد|[وف]?(?:استهدف|استهدفت|هاجم"
    r"|هاجمت|ضرب|ضربت)|به|علیه|بر)\s*$"
)
#: the Persian object marker after them, of a verb of hitting (``نیروهای این کشور را هدف``)
_HIT_AFTER = fold_pattern(r"\s*(?:\S+ ){0,3}?را (?:هدف|مورد)")
#: a denial or negation around them ("denied that the country's forces struck", ``نفى …
#: أن تكون قوات بلاده قد نفذت``, ``… نیروهای این کشور حمله‌ای انجام نداده‌اند``)
_OWN_DENIED = fold_pattern(
    r"(?<!\w)(?:denied|denies|deny|not|never|no|[وف]?(?:نفى|نفت|ينفي|تنفي|لم|لن)"
    r"|تکذیب|انکار|ن(?:کرده|کرد|کردند|داده|دادند|زده|زدند)\w*|هیچ)(?!\w)"
)
#: how far before "this country's forces" the state it means may be named
_OWN_REACH = 100


def _own_forces_of_named(folded: str, lex: _Lexicon) -> str | None:
    """The state whose forces ``folded`` names as "this country's" (see :data:`_OWN_FORCES`):
    the last state named in the :data:`_OWN_REACH` characters before, if the forces are
    not the side hit.

    >>> from geoincidents.text.folding import fold_text
    >>> def own(text):
    ...     return _own_forces_of_named(fold_text(text).folded, _lexicon())
    >>> own("یک مقام آمریکایی گفت نیروهای این کشور حمله کردند")
    'United States'
    >>> own("قال مسؤول أمريكي إن هجوما استهدف قوات بلاده")
    >>> own("نفى مسؤول أمريكي أن تكون قوات بلاده قد قصفت")
    >>> own("مقام آمریکایی گفت شبه‌نظامیان نیروهای این کشور را هدف قرار دادند")
    """
    own = _OWN_FORCES.search(folded)
    if (
        own is None
        or _HIT_BEFORE.search(folded, max(0, own.start() - 12), own.start())
        or _HIT_AFTER.match(folded, own.end())
    ):
        return None
    named = None
    for m in lex.state.finditer(folded, max(0, own.start() - _OWN_REACH), own.start()):
        named = m
    if named is None or _OWN_DENIED.search(folded, max(0, named.start() - 24), own.end() + 60):
        return None
    return lex.state_of[named.group("w")]


#: the air forces of other states that fly the same aircraft (Jordan, Israel, Turkey, Iraq:
#: "Jordanian F-16s", ``مقاتلات إف-16 أردنية``, ``جنگنده‌های اف-۱۶ ترکیه``): named in the
#: sentence, a US speaker's word of an F-16 is no longer its own
_OTHER_AIR_FORCES = fold_pattern(
    r"(?<!\w)(?:jordan|jordanian|israel|israeli|turkey|turkish|turkiye|iraqi|iraq's"
    r"|(?:[وب]?ال)?(?:اردن|اردني|اردنيه|اسرائيل|اسرائيلي|اسرائيليه|تركيا|تركي|التركيه|تركيه"
    r"|عراقي|عراقيه|اردنيتين|اردنيتان|اسرائيليتين|اسرائيليتان|تركيتين|تركيتان|عراقيتين"
    r"|عراقيتان)|اردني|اسرائيلي|تركيه اي|صهيونيستي|صهيوني|عراقي)(?!\w)"
)
#: the speech of an official body between its name and what it tells ("said", ``قالت …
#: إن``, ``اعلام کرد``, ``گفت``), in any of the three languages
_OFFICIAL_SPEECH = _words((*_SAID_EN, "announced", "confirmed", *_SAID_AR, *_SAID_FA), clitic=False)
#: how far after the body's name its report may name the aircraft
_AIRCRAFT_REACH = 100


@lru_cache(maxsize=1)
def _aircraft_types() -> re.Pattern[str]:
    """The aircraft types of :data:`_AIRCRAFT_TYPES` as one folded search (plurals too)."""
    # (a variant's letter after the number: "F-15E", "AC-130J", "MQ-9A"; plurals)
    return re.compile(rf"(?<![\w.]){word_alternation(_AIRCRAFT_TYPES)}[a-z]?(?:s|ها|هاي)?(?!\w)")


def _without_aircraft(means: frozenset[str], folded: str) -> frozenset[str]:
    """``means`` without the aircraft types when ``folded`` names another state that flies
    them ("Jordanian F-16s", ``اف-۱۶ اردنی``): the type no longer says whose."""
    if _OTHER_AIR_FORCES.search(folded) is None:
        return means
    return _means_no_aircraft(means)


@lru_cache(maxsize=4)
def _means_no_aircraft(means: frozenset[str]) -> frozenset[str]:
    return means - {fold_word(w) for w in _AIRCRAFT_TYPES}


#: the Arabic drone, a "plane" word and its "guided" one (``طائرة مسيرة``, ``طائرات بدون
#: طيار``): after a state word that speaks (``قالت وزارة الدفاع الأمريكية إن طائرة مسيرة
#: استهدفت``) it is the reported clause's subject, whose drone unsaid, no means of the state
#: (folded, every form of ``مسيّرة`` starts so: ``مسيره``, ``مسيرتان``, ``مسيرات``)
_DRONE_STEM = "مسير"
_PLANE_WORDS = frozenset(fold_word(w) for w in ("طائرة", "طائرات", "الطائرات", "طائرتان"))


def _drones_not_planes(after: list[str]) -> set[str]:
    """The plane words of ``after`` that a drone word (:data:`_DRONE_STEM`, ``بدون طيار``)
    follows.

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("قالت وزارة الدفاع الأمريكية إن طائرة مسيرة استهدفت").folded)
    >>> state_striker(fold_text("قالت وزارة الدفاع الأمريكية إن طائراتها قصفت موقعين").folded)
    'United States'
    """
    return {
        t
        for t, nxt in pairwise(after)
        if t in _PLANE_WORDS and (nxt == "بدون" or nxt.startswith(_DRONE_STEM))
    }


#: aircraft only the United States flies ("an AC-130 gunship", "B-1 bombers", ``قاذفات بي-1``,
#: ``بمب‌افکن‌های بی-۱``): a strike by one is the US's, no state word needed
_US_ONLY_AIRCRAFT = (
    *("ac-130", "b-1", "b-1b", "b-52", "b-2", "a-10", "f-22", "بي-1", "بی-1", "بي-52"),
)
#: how far after the aircraft its strike verb may stand (characters)
_AIRCRAFT_VERB_REACH = 100


@lru_cache(maxsize=1)
def _us_only_types() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){word_alternation(_US_ONLY_AIRCRAFT)}[a-z]?(?:s|ها|هاي)?(?!\w)")


def aircraft_striker(folded: str) -> str | None:
    """``"United States"`` when an aircraft only the US flies strikes in ``folded`` (a strike
    verb after it, no armed group before it in its clause, no other state's air force
    named), else ``None``: the striker of a strike no state word names (drafting asks it
    only when none is found nearby).

    >>> from geoincidents.text.folding import fold_text
    >>> aircraft_striker(fold_text("An AC-130 gunship struck the vehicle minutes later").folded)
    'United States'
    >>> aircraft_striker(fold_text("Rockets hit a hangar where A-10s were parked").folded)
    """
    lex = _lexicon()
    plane = _us_only_types().search(folded)
    if plane is None or _OTHER_AIR_FORCES.search(folded):
        return None
    window = folded[plane.end() : plane.end() + _AIRCRAFT_VERB_REACH]
    before = _TOKEN.findall(folded[max(0, plane.start() - 30) : plane.start()])[-3:]
    if not (
        any(t.group() in lex.verbs_after for t in _TOKEN.finditer(window))
        # ``قصفت قاذفات بي-1``, ``وقصفت …`` (a clitic only before four letters or more)
        or any(unclitic(t, stem=4) in lex.verbs_before for t in before)
    ):
        return None
    lead = folded[max(0, plane.start() - 80) : plane.start()]
    cuts = [c.end() for c in _CLAUSE_START.finditer(lead)]
    lead = lead[cuts[-1] :] if cuts else lead
    if lex.militias.search(lead) or _MILITANTS.search(lead) or _ATTACKERS.search(lead):
        return None
    return "United States"


def _reports_own_aircraft(folded: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether the state word at ``m`` names an official body (the Pentagon, CENTCOM, the
    US Department of Defense) that reports a strike by an aircraft of a US type (F-16,
    A-10, AC-130, MQ-9 Reaper …): its own forces acted, if no other state that flies the
    type and no armed group is named ("the Pentagon said two F-16s struck", ``قالت وزارة
    الدفاع الأمريكية إن طائرتين من طراز إف-16 قصفتا``, ``سنتکام اعلام کرد یک پهپاد
    MQ-9``).

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("The Pentagon said two F-16s struck depots").folded)
    'United States'
    >>> state_striker(fold_text("The Pentagon said Jordanian F-16s struck depots").folded)
    >>> state_striker(fold_text("CENTCOM said a drone struck the base").folded)
    """
    start = max(0, m.start() - 30)
    official = lex.official.search(folded, start, m.end() + 30)
    if official is None or official.end() < m.start() - 2 or official.start() > m.end() + 2:
        return False  # not a body speaking: "US officials", "American media"
    speech = _OFFICIAL_SPEECH.search(folded, start, m.end() + 40)
    if speech is None:
        return False
    plane = _aircraft_types().search(folded, speech.end(), speech.end() + _AIRCRAFT_REACH)
    if plane is None:
        return False
    between = folded[speech.end() : plane.start()]
    if lex.militias.search(between) or _MILITANTS.search(between):
        return False
    return _OTHER_AIR_FORCES.search(folded) is None


def _hosted_or_earlier(before: list[str], after: list[str], lex: _Lexicon) -> bool:
    """Whether the state word between ``before`` and ``after`` is no striker by its place.

    The forces stationed at a site (``stationed``, ``تتمركز فيها``, ``مستقر``) or a
    state's deed told after "since" (an earlier event).

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("rockets fell near the base where US forces are stationed").folded)
    >>> state_striker(fold_text("the first attack since the US strikes on Friday").folded)
    >>> state_striker(fold_text("drones targeted U.S. and coalition forces at X").folded)
    """
    if {*before[:3], *after[:3]} & _STATIONED:
        return True
    if {*before[:2], *after[:2]} & _AIR_DEFENCE:
        return True  # "coalition air defences", ``پدافند هوایی ائتلاف``: the side defending
    return bool({*before[:2]} & _SINCE_WORDS)


#: the attackers or their weapons as a clause's subject (``مسلحون``, ``طائرتان مسيرتان``,
#: ``شبه‌نظامیان``, ``دو پهپاد``): a state word after them in the clause is their target
_ATTACKERS = fold_pattern(
    r"(?<!\w)(?:drones|rockets|missiles|(?:ال)?(?:مسيرات|مسيرتان|مسيرتين|طائرتان|صواريخ"
    r"|صاروخان|صاروخين|قذائف)|پهپادها|پهپاد|راكت|راكتها|موشك|موشكها)(?!\w)"
)
#: where a clause starts, looking back from a state word (punctuation, "and", ``و``); not
#: the "after" of "went after" (pursued: "drones went after US forces", its object)
_CLAUSE_START = re.compile(
    r"[,،;؛.:!?]|(?<!\w)(?:and|but|while|before|(?<!went )(?<!goes )(?<!go )after|then)(?!\w)"
    r"|(?<!\w)و"
)


def _attackers_before(folded: str, m: re.Match[str], after: list[str], lex: _Lexicon) -> bool:
    """Whether militants, a group or their weapons open the clause of the state word at ``m``.

    The subject of the clause, so the state's forces after it are its object (Arabic
    verb-subject-object ``استهدف مسلحون القوات الأمريكية``, Persian ``شبه‌نظامیان نیروهای
    آمریکایی را هدف قرار دادند``), unless a strike verb follows the state word itself.

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("استهدف مسلحون القوات الأمريكية في القاعدة").folded)
    >>> state_striker(fold_text("Militants fired rockets, and US jets struck back").folded)
    'United States'
    """
    if any(t in lex.verbs_after for t in after[:2]):
        return False
    start = max(0, m.start() - 80)
    stretch = folded[start : m.start()]
    own = _ATTACKERS.search(stretch, max(0, len(stretch) - 16))
    if own is not None and not stretch[own.end() :].strip():
        # the state word is the adjective of the weapon just before it (``طائرتان
        # أمريكيتان``, ``صواريخ أمريكية``, ``پهپادهای آمریکایی``): the state's own, no attackers
        stretch = stretch[: own.start()]
    cuts = [c.end() for c in _CLAUSE_START.finditer(stretch)]
    if cuts:
        stretch = stretch[cuts[-1] :]
    return bool(
        _MILITANTS.search(stretch) or lex.militias.search(stretch) or _ATTACKERS.search(stretch)
    )


#: a drone the state word qualifies, right beside it ("a US drone", ``پهپاد آمریکایی``,
#: ``طائرة مسيرة أمريكية``): the state's own means (folded spellings)
_OWN_DRONE = frozenset(
    {"drone", "drones", "پهپاد", "پهپادهاي", "پهپادها", "مسيره", "مسيرات", "المسيره"}
    # the Persian adjective of a drone attack (``حمله پهپادی آمریکا``)
    | {"پهپادي"}
)


#: a speech verb whose words, a few words on, tell the speaker's own deed ("CENTCOM said in
#: a statement that its forces struck", "the Pentagon said on Friday it had struck")
_SAYS_OWN_DEED = fold_pattern(
    r"\s*(?:said|says|stated|announced|added|confirmed|acknowledged)(?:\s+[^\s,;]+){0,5}?"
    r"\s+(?:that\s+)?"
    r"(?:it|its|it's|their)\s"
)


#: the body of the state that speaks, between the state word and the speech verb ("the U.S.
#: military said", "US Central Command said", ``قال الجيش الأمريكي إن``) (folded spellings)
_SPEAKING_BODY = frozenset(
    {"military", "army", "navy", "marine", "air", "central", "command", "government"}
    | {"administration"}
    | {fold_word(w) for w in ("الجيش", "الحكومه", "الاداره", "الخارجيه")}
)


#: the state's speaker and speech verb right after the state word ("US forces said",
#: ``نیروهای آمریکایی گفتند``, ``القوات الأمريكية قالت إن``): what it reports follows
_SPEECH_AFTER_STATE = fold_pattern(
    r"\s*(?:(?:department\s+of\s+(?:defen[cs]e|state)|defen[cs]e\s+department"
    r"|state\s+department)\s+)?"  # "the US Department of Defense said"
    r"(?:(?:forces|troops|military|army|officials|command|central|القوات|الجيش|نیروهای"
    r"|نیروها|ارتش|مقامات)\s+){0,2}(?:said|says|stated|reported|announced|told reporters"
    r"|قالت|قال|اعلنت|افادت|ذكرت|گفت|گفتند|اعلام کرد|اعلام کردند|گزارش داد|گزارش دادند)"
    r"(?!\w)\s*,?\s*(?:that\s+|که\s+|ان\s+|بان\s+)?"
)
#: the Arabic speech verb before the state word and its forces (``قالت القوات الأمريكية
#: إن``), the reported clause opened by ``إن``
_SPEECH_BEFORE_STATE = fold_pattern(r"(?<!\w)(?:قالت|قال|اعلنت|افادت|ذكرت)\s+(?:\S+\s+){0,2}$")
_ARABIC_THAT = fold_pattern(r"\s*(?:ان|بان)\s+")
#: militants opening a reported clause (with the Arabic accusative after ``إن``:
#: ``إن مسلحين``, ``إن فصائل``)
_REPORTED_MILITANTS = fold_pattern(
    r"(?:militants|militiamen|militias|gunmen|insurgents|(?:ال)?مسلحين|(?:ال)?مسلحون"
    r"|(?:ال)?فصائل|(?:ال)?ميليشيات|شبه ?نظاميان|شبهنظاميان|گروه ?هاي مسلح)(?!\w)"
)


#: the state answering with strikes ("Washington answered early Friday with air strikes",
#: "the US responded with airstrikes", ``واشنگتن با حملات هوایی پاسخ داد``): it strikes
_ANSWERED_WITH_STRIKES = fold_pattern(
    r"\s+(?:(?:forces|military|jets|on|early|late|overnight|\w+day)\s+){0,3}"
    r"(?:answered|responded|retaliated|hit back)\s+(?:(?:on|early|late|overnight|\w+day)\s+){0,3}"
    r"with\s+(?:(?:a|an|\w+|\d+)\s+){0,2}?(?:air ?strikes|airstrikes|strikes|raids|bombing)"
    r"|\s+(?:(?:\S+\s+){0,3}?)با (?:حملات|حمله|ضربات) (?:هوايي )?(?:\S+\s+){0,6}?پاسخ (?:داد|دادند)"
)
#: the Arabic answer verb before the state word (``ردت واشنطن``) and the strikes after it
_ANSWER_VERBS_BEFORE = frozenset(fold_word(w) for w in ("ردت", "وردت", "رد", "ورد"))
_WITH_STRIKES = fold_pattern(r"\s+(?:\S+\s+){0,3}?(?:بغارات|بضربات|بقصف|بغاره|بضربه)(?!\w)")


#: the order a state's leader gave, round the state word ("at Biden's direction", "on the
#: orders of President Trump", ``بأمر من الرئيس بايدن``, ``بتوجيه من``, ``به دستور
#: ترامپ``, ``به فرمان``)
_ORDER_AFTER = re.compile(r"\s+(?:direction|orders?)(?!\w)")
_ORDER_BEFORE = fold_pattern(
    r"(?:(?:at the direction|on the orders?|under orders|at the order) of|ordered by"
    r"|بامر من|بامر|بتوجيه من|بتوجيهات من|به دستور|به فرمان)"
    r"\s+(?:(?:president|الرئيس|رئيس ?جمهور|the)\s+)?(?:\S+\s+)?$"
)


def _ordered_strike(folded: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether the state word at ``m`` is the leader whose order the clause's strike obeys.

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("At President Biden's direction, F-15E jets hit depots").folded)
    'United States'
    >>> state_striker(fold_text("At President Biden's direction, envoys met in Doha").folded)
    """
    lead = folded[max(0, m.start() - 50) : m.start()]
    if not (_ORDER_AFTER.match(folded, m.end()) or _ORDER_BEFORE.search(lead)):
        return False
    return _acts_later(folded, m, lex)


def _tells_others_deed(folded: str, m: re.Match[str], before: list[str], lex: _Lexicon) -> bool:
    """Whether the state word at ``m`` only reports what militants or a group did.

    The state's speaker, a speech verb, and a reported clause whose subject is militants,
    an armed group or their weapons ("US forces said militants targeted the base",
    ``قالت القوات الأمريكية إن مسلحين استهدفوا القاعدة``, ``نیروهای آمریکایی گفتند
    شبه‌نظامیان پایگاه را هدف قرار دادند``): the attack is the group's, the state tells it.

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("US forces said militants targeted the Ain al-Asad base").folded)
    >>> state_striker(fold_text("وزارت دفاع آمریکا اعلام کرد روز یکشنبه یک پهپاد به پایگاه "
    ...                         "اصابت کرد و سه نفر را کشت").folded)
    >>> state_striker(fold_text("US forces said they struck militants near al-Qaim").folded)
    'United States'
    """
    speech = _SPEECH_AFTER_STATE.match(folded, m.end())
    if speech is not None:
        at = speech.end()
        day = _REPORTED_DAY.match(folded, at)  # "said that on Sunday a drone hit …"
        at = day.end() if day is not None else at
    else:
        lead = folded[max(0, m.start() - 40) : m.start()]
        that = _ARABIC_THAT.match(folded, m.end())
        if that is None or _SPEECH_BEFORE_STATE.search(lead) is None:
            return False
        at = that.end()
    return bool(
        _REPORTED_MILITANTS.match(folded, at)
        or lex.militias.match(folded, at)
        or _ATTACKERS.match(folded, at)
    )


#: the day and article opening a reported clause, before its subject ("said that on
#: Sunday militants …", ``اعلام کرد روز یکشنبه ۸ بهمن یک پهپاد …``, ``… دیروز
#: شبه‌نظامیان``)
_REPORTED_DAY = fold_pattern(
    r"(?:(?:(?:on|late|early|روز|بامداد|صبح|شب|عصر|ظهر)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|یکشنبه|دوشنبه|سه ?شنبه"
    r"|چهارشنبه|پنج ?شنبه|جمعه|شنبه|دیروز|امروز|دیشب|شب گذشته)"
    r"(?:\s+\d{1,2}\s+\S+)?(?:\s+\d{4})?\s*,?\s+)?"
    r"(?:(?:a|an|one|یک)\s+)?"  # (and the subject's article: ``یک پهپاد``)
)


#: forces with no owner named, and the strike verbs they act by ("said forces carried out
#: a strike", ``إن قوات نفذت``)
_BARE_FORCES = frozenset(fold_word(w) for w in ("forces", "troops", "قوات", "القوات"))
_FORCES_ACT = frozenset(
    fold_word(w)
    for w in (
        *("carried", "conducted", "struck", "launched", "hit", "targeted", "killed"),
        *("نفذت", "قصفت", "شنت", "استهدفت", "وجهت"),
    )
)


def _only_speaks(before: list[str], after: list[str], lex: _Lexicon) -> bool:
    """Whether the state word between ``before`` and ``after`` tokens says, not does.

    The subject of a speech verb ("the Pentagon said", ``قالت القيادة المركزية إن``) whose
    words are not about its own deed ("said it struck", "said its forces", ``إنها``, ``إن
    قواتها``).

    >>> from geoincidents.text.folding import fold_text
    >>> state_striker(fold_text("Militants fired rockets at the base, CENTCOM said").folded)
    >>> state_striker(fold_text("CENTCOM said it struck two sites").folded)
    'United States'
    """
    body = 0
    while body < 2 and body < len(after) - 1 and after[body] in _SPEAKING_BODY:
        body += 1  # "the U.S. military said": the speaker's body between
    if body and after[body] in lex.speech_after:
        after = after[body:]
    if (
        before[:1]
        and before[0] in _SPEAKING_BODY
        and before[1:2]
        and before[1] in lex.speech_before
    ):
        before = before[1:]  # ``قال الجيش الأمريكي إن``
    rest = [t for t in after[1:4] if t != "that"][:3]
    own = bool(rest) and (rest[0] in _OWN_DEED or rest[0].endswith("ها"))
    # "CENTCOM said forces carried out a strike", ``قالت … إن قوات نفذت``: bare forces
    # reported striking by the state's body are its own
    own = own or (len(rest) > 1 and rest[0] in _BARE_FORCES and rest[1] in _FORCES_ACT)
    # "CENTCOM said the jets hit …": its own air power acted
    own = own or (len(rest) > 1 and rest[0] == "the" and rest[1] in lex.air_means)
    if after and after[0] in lex.speech_after:
        return not own
    if before and before[0] in lex.speech_before and after and after[0] in ("ان", "بان"):
        rest = after[1:3]
        if len(rest) > 1 and rest[0] in _BARE_FORCES and rest[1] in _FORCES_ACT:
            return False
        rest = rest[:1]
        return not (rest and (rest[0] in _OWN_DEED or rest[0].endswith("ها")))
    return False


def _defends(folded: str, m: re.Match[str], before: list[str], lex: _Lexicon) -> bool:
    """Whether the state word at ``m`` is the side that defended, not one that struck.

    The agent of a passive defence verb (``engaged by US forces``, ``اعترضتها من قبل
    القوات``, ``توسط نیروهای آمریکایی رهگیری شد``) or the subject of one within a few
    words (``US forces at Ain al-Asad repelled``, ``پدافند آمریکا … رهگیری کرد``), with
    no strike verb before it. (The caller has seen a defence verb in ``folded``.)
    """
    if (
        # (``وأسقطت``: a clitic only before four letters or more)
        any(t in lex.defence or unclitic(t, stem=4) in lex.defence for t in before[:2])
        and "," not in folded[max(0, m.start() - 30) : m.start()]
    ):
        return True  # verb first: ``تصدت القوات الأمريكية``, ``وأسقطت القوات الأمريكية``
    # the agent: "by" (maybe with "the" / a means noun between) after a defence verb
    agent_at = next((k for k, t in enumerate(before[:3]) if t in lex.agent), None)
    if agent_at is not None:
        window = folded[max(0, m.start() - 60) : m.start()]
        if lex.defence_re.search(window):
            return True
    # the subject: a defence verb within a few words after the state word
    after = _TOKEN.findall(folded[m.end() : m.end() + 12 * _DEFENCE_REACH])[:_DEFENCE_REACH]
    after = [t.rstrip(".") for t in after]
    joined = " ".join(after)
    hit = lex.defence_re.search(joined)
    if hit is None:
        return False
    lead = joined[: hit.start()].split()
    return not any(t in lex.verbs_after for t in lead)


def state_named(folded: str) -> str | None:
    """The first state ``folded`` names, whatever its role (``None`` if none).

    >>> from geoincidents.text.folding import fold_text
    >>> state_named(fold_text("ونسب مسؤولون أمريكيون الضربة إلى بلادهم").folded)
    'United States'
    """
    m = _lexicon().state.search(folded)
    return _lexicon().state_of[m.group("w")] if m else None


def counter_fire(folded: str) -> str | None:
    """The state that returned fire "toward the source of the fire", if ``folded`` says so.

    The state named anywhere in the sentence (``وفق التحالف الذي أفاد عن إطلاقه … باتجاه
    مصدر النيران``): the side that was fired on fires back.

    >>> from geoincidents.text.folding import fold_text
    >>> counter_fire(fold_text("the coalition fired six shells at the source of fire").folded)
    'coalition'
    >>> counter_fire(fold_text("US forces were hit by rockets").folded)
    """
    lex = _lexicon()
    if not lex.counter_fire.search(folded):
        return None
    m = lex.state.search(folded)
    return lex.state_of[m.group("w")] if m else None


#: Persian speech verbs: what follows is the body's report, with its own subject
_PERSIAN_SPEECH = _words((*_SAID_FA, "گزارش داد", "مدعی شد", "تایید کرد"), clitic=False)
#: a weapon as the reported clause's subject, its first words (``گفت پهپادی …``, ``گفت که
#: دو فروند راکت …``; not ``اعلام کرد نیروهایش … سکوی پرتاب راکت را``)
_REPORTED_WEAPON = fold_pattern(
    r"\s*(?:كه\s+)?(?:(?:يك|دو|سه|چهار|پنج|چند|\d+|فروند|عدد|تير)\s+){0,2}"
    r"(?:پهپاد|راكت|موشك|خمپاره|بمب)"
)


def _active_later_own(folded: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """A Persian clause-final active verb after the state word, no group named between."""
    later = _ACTIVE_LATER.search(folded, m.end())
    if later is None:
        return False
    between = folded[m.end() : later.start()]
    if any(
        not (
            _OBJECT_END.match(between, g.end())
            or _OBJECT_MARKER.match(between, g.end())
            # the site noun of an object ``را`` closes later: ``آمریکا روز جمعه مواضع
            # شبه‌نظامیان در القائم را بمباران کرد`` (their positions, the side hit)
            or _site_of_group_object(between, g, lex)
        )
        for g in _MILITANTS.finditer(between)
    ):  # (militants the verb's object, ``گروهی از شبه‌نظامیان را``, are the side hit)
        return False
    speech = _PERSIAN_SPEECH.search(between)
    if speech is not None and _REPORTED_WEAPON.match(between, speech.end()):
        return False  # ``وزارت دفاع آمریکا گفت پهپادی به پایگاه حمله کرد``: the drone's verb
    # a group named right before ``را`` closes the verb's object (``مواضع گروه کتائب
    # حزب‌الله را بمباران کرد``), or named after a site noun of it, the object's words
    # going on to ``را`` (``سه موضع کتائب حزب‌الله، از جمله مقری …، را بمباران کرد``):
    # the side hit, not a subject between
    return all(
        _OBJECT_END.match(between, g.end()) or _site_of_group_object(between, g, lex)
        for g in lex.militias.finditer(between)
    )


def _site_of_group_object(between: str, g: re.Match[str], lex: _Lexicon) -> bool:
    """Whether the group ``g`` follows a site noun of it in a Persian object that ``را``
    closes later in ``between`` (``سه موضع کتائب حزب‌الله، از جمله …، را``)."""
    last = _TOKEN.findall(between[max(0, g.start() - 24) : g.start()])[-1:]
    return (
        bool(last)
        and last[0] in lex.group_site
        and _OBJECT_END.search(between, g.end()) is not None
    )


def _acts_later(folded: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether a strike verb follows the state word in its clause ("CENTCOM said it struck").

    Not when the state body heads a quote (``CENTCOM: militias fired …``) or a group is
    named between it and the verb (``CENTCOM said Kataib Hezbollah struck …``).
    """
    if folded[m.end() : m.end() + 2].lstrip().startswith(":"):
        return False
    window = folded[m.end() : m.end() + 120]
    verbs = [t.start() for t in _TOKEN.finditer(window) if t.group() in lex.verbs_after]
    later = _ACTIVE_LATER.search(window)
    if later is not None:
        verbs.append(later.start())
    if not verbs:
        return False
    before_verb = window[: min(verbs)]
    return not (lex.militias.search(before_verb) or _MILITANTS.search(before_verb))


def _means_phrase(folded: str, m: re.Match[str], means: frozenset[str]) -> bool:
    """Whether a two-word means ("air strikes", "حملات هوایی") stands next to the state word."""
    window = folded[max(0, m.start() - 24) : m.end() + 24]
    return _phrases_re(means).search(window) is not None


@lru_cache(maxsize=8)
def _phrases_re(words: frozenset[str]) -> re.Pattern[str]:
    """One search for any of :func:`_phrases` as a substring (one scan, not one per phrase)."""
    return re.compile("|".join(map(re.escape, _phrases(words))) or "(?!)")


@lru_cache(maxsize=8)
def _phrases(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` of two words or more (looked up once per table)."""
    return tuple(w for w in words if " " in w)


def militia(folded: str) -> str:
    """The English name of the first armed group ``folded`` names (``""`` if none)."""
    lex = _lexicon()
    m = lex.militias.search(folded)
    return lex.militia_of[m.group("w")] if m else ""


#: nouns a group is named after when it is the side hit: its sites ("a headquarters of
#: the PMF", "facilities used by Kataib Hezbollah", ``مقرا لكتائب حزب الله``, ``مقر حرکت
#: النجباء``) or its leaders and members ("a senior Nujaba commander", ``قيادي في``)
_GROUP_SITE_NOUNS = (
    *("headquarters", "hq", "base", "bases", "positions", "facilities", "facility", "depot"),
    *("depots", "sites", "site", "compound", "مقر", "مقرا", "مقرات", "مواقع", "مخازن"),
    *("مستودعات", "مواضع", "موضع", "مقرهاي", "انبار", "انبارهاي", "تاسيسات"),
)
_GROUP_PEOPLE_NOUNS = (
    *("commander", "commanders", "leader", "leaders", "official", "member", "members"),
    *("قيادي", "قائد", "القيادي", "القائد", "عناصر", "فرمانده", "فرماندهان", "عضو", "اعضاي"),
    # its fighters, one or many (``عنصر في الحشد``, ``منتسبي الحشد``, ``رزمندگان حشد``)
    *("fighter", "fighters", "عنصر", "منتسب", "منتسبي", "رزمنده", "رزمندگان"),
)
#: words that may stand between a site noun and the group's name
_GROUP_GLUE = frozenset(
    fold_word(w)
    for w in (
        *("of", "the", "a", "an", "by", "used", "run", "belonging", "to", "ل", "لل"),
        *("حركه", "حركة", "حرکت", "جماعه", "گروه", "تابعة", "تابع", "التابعة", "متعلق", "به"),
    )
)
#: an earlier name of the group standing for it (``للحركة``, ``of the group``, ``این گروه``)
_GROUP_AGAIN = fold_pattern(
    r"(?<!\w)(?:(?:مقر|مقرا|مقرات|مواقع|headquarters|positions|base|sites?) (?:ل|لل|of the )"
    r"?(?:حركه|الحركه|كتائب|الكتائب|الفصيل|group|militia|movement)|مقر (?:اين|آن) گروه)"
)
_CASUALTY_WORD = fold_pattern(
    r"(?<!\w)(?:killed|killing|dead|قتل|مقتل|قتلى|اغتيال|كشته|كشتن|ترور)(?!\w)"
)
#: a participle of owning or using just before a group's name, whatever the noun it follows
#: ("a safe house used by the IRGC", "warehouses run by the Quds Force of Iran's
#: Revolutionary Guards", ``منزل تستخدمه كتائب حزب الله``, ``مستودعات تابعة لـ``, ``انباری
#: متعلق به``, ``ساختمانی که در اختیار سپاه بود``): what was hit is the group's, so the group
#: is the side hit; a few words of the owner's own name may stand between
_OWNED_BY = fold_pattern(
    r"(?<!\w)(?:(?:used|run|operated|controlled|manned|held|occupied|frequented) by"
    r"|(?:belonging|affiliated|linked|tied) (?:to|with)"
    r"|(?:ال)?تابع(?:ه|ين)? ل|(?:ال)?تابع(?:ه|ين)?|(?:ت|ي)(?:ستخدم|دير|شغل)(?:ه|ها)?"
    # the verb of belonging (``مستودعاً يتبع الحرس الثوري``, ``مقرات تتبع للكتائب``)
    r"|(?:ي|ت)تبع(?: ل)?"
    r"|(?:ال)?مملوك(?:ه)? ل|متعلق به|وابسته به|در اختيار|تحت كنترل|مورد استفاده)"
    r"(?:\s+(?:the|a|an))?(?:\s+[\w']+){0,4}\s*$"
)


def group_hit(folded: str) -> bool:
    """Whether the armed group ``folded`` names is the side that was hit.

    Named after one of its sites ("struck a Kataib Hezbollah headquarters", ``استهدف مقرا
    للحركة``, ``مقر حرکت النجباء``), or after one of its leaders in a sentence telling a
    death ("killed a senior Nujaba commander", ``مقتل قيادي في حركة النجباء``).

    >>> from geoincidents.text.folding import fold_text
    >>> group_hit(fold_text("a drone hit a headquarters of Kataib Hezbollah").folded)
    True
    >>> group_hit(fold_text("قتل قيادي في حركة النجباء بقصف").folded)
    True
    >>> group_hit(fold_text("Kataib Hezbollah fighters fired rockets at the base").folded)
    False
    >>> group_hit(fold_text("a Nujaba commander said the group fired rockets").folded)
    False
    >>> group_hit(fold_text("Kataib Hezbollah used drones to attack the base").folded)
    False
    >>> group_hit(fold_text("a drone hit al-Tanf base, a Kataib Hezbollah official said").folded)
    False
    >>> group_hit(fold_text("US jets struck facilities used by Kataib Hezbollah").folded)
    True
    >>> group_hit(fold_text("jets hit a safe house used by Kataib Hezbollah").folded)
    True
    """
    lex = _lexicon()
    if _GROUP_AGAIN.search(folded):
        return True
    death = None
    for m in lex.militias.finditer(folded):
        before = _TOKEN.findall(folded[max(0, m.start() - 50) : m.start()])[::-1][:4]
        after = _TOKEN.findall(folded[m.end() : m.end() + 30])[:1]  # "a Nujaba headquarters"
        # the site noun next to the name, past "of the", "used by", حركة …: "a headquarters
        # of Kataib Hezbollah", "facilities used by KH"; not any "base" a few words before
        # ("hit the al-Tanf base on Sunday, a KH official said")
        lead = re.split(r"[,،.;:؛]", folded[max(0, m.start() - 50) : m.start()])[-1]
        if _OWNED_BY.search(lead):  # "a safe house used by the IRGC": the group's own
            return True
        near = next((t for t in _TOKEN.findall(lead)[::-1] if t not in _GROUP_GLUE), "")
        if near in lex.group_site or (after and after[0] in lex.group_site):
            return True
        if any(t in lex.group_people for t in before):
            if death is None:
                death = _CASUALTY_WORD.search(folded) is not None
            if death:
                return True
    return False


def claims_deed(folded: str) -> bool:
    """Whether ``folded`` says a group claimed, or told as its own, what was done.

    >>> from geoincidents.text.folding import fold_text
    >>> claims_deed(fold_text("The group said it had targeted both bases.").folded)
    True
    >>> claims_deed(fold_text("The group announced it would stop its operations.").folded)
    False
    """
    return claims(folded) or _deed().search(folded) is not None


@lru_cache(maxsize=1)
def _deed() -> re.Pattern[str]:
    return _words(_DEED)


def claims(folded: str, *, announce: bool = False) -> bool:
    """Whether ``folded`` says a group claimed the event (or, with ``announce``, announced it).

    >>> from geoincidents.text.folding import fold_text
    >>> claims(fold_text("The group later claimed the operation.").folded)
    True
    >>> claims(fold_text("مقاومت اسلامی عراق اعلام کرد").folded, announce=True)
    True
    >>> claims(fold_text("No group has claimed the attack.").folded)
    False
    """
    lex = _lexicon()
    for m in lex.claim.finditer(folded):
        if not _denied(folded, m):
            return True
    return announce and lex.announce.search(folded) is not None


#: a claim denied: "no group claimed", "has not claimed", "yet to claim", ``لم تتبن أي
#: جهة``, ``لم يعلن أحد مسؤوليته``, ``هیچ گروهی … بر عهده نگرفته``, ``مسئولیت … را نپذیرفته``
_NO_CLAIM_BEFORE = fold_pattern(
    r"(?<!\w)(?:no|not|never|nobody|none|yet to|n't|without|لم|لا|ولم|دون|بدون|هیچ|هيچ"
    r"|no one|no group"
    # neither of the events told ("Neither incident was claimed", ``هیچ‌کدام``)
    r"|neither|هیچ ?کدام)(?!\w)"
)
_NO_CLAIM_AFTER = fold_pattern(
    # no "^": match(folded, pos) anchors at pos, where "^" would never match
    r"(?:\s+\S+){0,10}?\s+(?:نگرفت|نگرفته|نگرفتند|نپذيرفت|نپذيرفته|نپذيرفتند|نكرده|نكرد)"
)


def _denied(folded: str, m: re.Match[str]) -> bool:
    """Whether the claim word at ``m`` is denied (a negation just before it, or after it)."""
    lead = folded[max(0, m.start() - 40) : m.start()]
    cut = max(lead.rfind(","), lead.rfind("،"), lead.rfind(";"))
    if _NO_CLAIM_BEFORE.search(lead[cut + 1 :]):
        return True
    wide = folded[max(0, m.start() - _HELD_REACH) : m.start()]
    cut = max(wide.rfind(","), wide.rfind("،"), wide.rfind(";"), wide.rfind("."))
    if _HELD_RESPONSIBLE.search(wide[cut + 1 :]):
        # ``حمّلت واشنطن كتائب حزب الله مسؤولية الهجوم``, ``وحمّل نائب رئيس الهيئة أبو مهدي
        # المهندس القوات الأمريكية مسؤولية …`` (a long subject between): blamed, not claimed
        return True
    return _NO_CLAIM_AFTER.match(folded, m.end(), m.end() + 80) is not None


#: the verb that lays the responsibility on someone (``حمّل``, ``حمّلت``, "held … responsible
#: for"): the one named after it is blamed; its "responsibility" is no claim
#: how far before the claim word :data:`_HELD_RESPONSIBLE` is looked for (characters, in
#: its clause)
_HELD_REACH = 100
_HELD_RESPONSIBLE = fold_pattern(r"(?<!\w)(?:[وف]?(?:حمل|حملت|يحمل|حملوا)|held|holds)(?!\w)")


#: a group denying a role: it is then no actor of the event ("denied any role", ``نفت``)
_DENY = fold_pattern(
    # (an Arabic clitic may lead the verb: ``ونفت``)
    r"(?<!\w)(?:[وف](?=ن|ا|ت))?(?:denied|denies|deny|denying|disavowed"
    r"|rejected (?:any )?(?:role|responsibility)"
    # "said it had nothing to do with the attack", ``لا علاقة لها بالهجوم``, ``هیچ ارتباطی
    # با این حمله ندارد``
    r"|nothing to do with|no involvement|not involved|لا علاقه لها|لا علاقه له|لا صله لها"
    r"|لا صله له|هيچ ارتباطي|ارتباطي با اين حمله ندارد"
    # "played no role in", "was not behind", ``ليست لها أي علاقة``, ``هیچ نقشی … نداشت``
    r"|(?:had|has|have|played) no (?:role|part|hand|link) in|(?:was|were|is) not behind"
    r"|(?:ليس|ليست) (?:لها|له|لهم) (?:اي )?(?:علاقه|صله)|لا (?:علاقه|صله) لهم"
    r"|هيچ (?:نقشي|دخالتي)|(?:ارتباطي|نقشي|دخالتي) (?:نداشت|نداشته|ندارد)"
    r"|نفت|نفى|تنفي|ينفي|وتنفي|وينفي|أنكرت|انكرت|أنكر|تکذیب کرد|تکذیب کرده|تکذیب|انکار کرد"
    r"|نقشی نداشته|دست داشتن خود|هرگونه دست داشتن|هرگونه نقش"
    # "any involvement / link … را رد کرد": ``هرگونه دخالت``, ``هر گونه ارتباط``
    r"|(?:هرگونه|هر گونه) (?:دخالت|ارتباط|ارتباطی|مشارکت))(?!\w)"
)


def denies(folded: str) -> bool:
    """Whether ``folded`` says someone denied a role ("Kataib Hezbollah denied any role").

    >>> from geoincidents.text.folding import fold_text
    >>> denies(fold_text("نفت كتائب حزب الله أي علاقة لها بالهجوم").folded)
    True
    >>> denies(fold_text("Kataib Hezbollah claimed the attack").folded)
    False
    """
    return _DENY.search(folded) is not None


def is_official(folded: str) -> bool:
    """Whether a US official body speaks in ``folded`` (CENTCOM, the Pentagon …)."""
    return _lexicon().official.search(folded) is not None


#: the Persian relative pronoun (``که``): a clause of its own inside a response clause
_PERSIAN_RELATIVE = fold_pattern(r"(?<!\w)که(?!\w)")


@lru_cache(maxsize=16)  # (pure, of one sentence: drafting asks again while on the same one)
def response_clauses(folded: str) -> tuple[tuple[int, int], ...]:
    """Spans of "in response to X" clauses in ``folded`` (cue to the next comma or clause).

    A tuple (the answer is cached and shared: it must not change).

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("In response to the attack on Tower 22, US jets hit Qaim").folded
    >>> [f[a:b] for a, b in response_clauses(f)]
    ['in response to the attack on tower 22']
    """
    spans = []
    for m in _lexicon().response_to.finditer(folded):
        if _TIME_OF_DAY.match(folded, m.end()):
            continue  # "shortly after midnight", ``بعد ساعات من منتصف الليل``: a clock, no event
        limit = min(len(folded), m.end() + 200)
        comma = _CLAUSE_END.search(folded, m.end(), limit)
        while comma is not None and _INCLUDING.match(folded, comma.end()):
            # "in response to attacks on US forces, including a drone attack on X": one clause
            comma = _CLAUSE_END.search(folded, comma.end(), limit)
        ends = [comma.start()] if comma is not None else []
        # the first words are the clause's own: a verb among them is its own ("shortly
        # after they fired at X"), a state word among them its own ("hours after the US
        # strikes, …"); past them either ends it ("in response to the attack US jets hit")
        lead = _TOKEN.finditer(folded, m.end(), limit)
        skip = m.end()
        for _ in range(2):
            token = next(lead, None)
            skip = token.end() if token is not None else skip
        verb = _clause_verbs().search(folded, m.end(), limit)
        if verb is not None and (
            (
                clause_days(folded, m.start()) is not None
                and (
                    verb.group().isascii()
                    or not folded[m.end() : verb.start()].strip()  # ``پس از اصابت دو راکت``
                    or _OWN_SUBJECT.search(folded, m.end(), verb.start())
                )
            )
            or m.group(0) in _openers()  # ("after rockets hit X", ``بعد أن سقطت``)
        ):
            # a time cue opens a whole clause: in English (subject, verb) its first verb is
            # its own ("a day after two rockets fell near X"); in Arabic and Persian when
            # it opens the clause (a verbal noun: ``پس از اصابت``) or its subject is the
            # attackers (``بعد أن أطلق مسلحون``), not a state's forces
            verb = _clause_verbs().search(folded, verb.end(), limit)
        while verb is not None and (
            _RELATIVE_BEFORE.search(folded, max(0, verb.start() - 24), verb.start())
            or _INDEFINITE_EVENT.fullmatch(folded, m.end(), verb.start())
        ):
            # "in response to the attack that struck X", ``ردا على الهجوم الذي شن على X``,
            # or an Arabic indefinite event with no relative word (``ردا على غارات أمريكية
            # استهدفت X``): a relative clause's verb tells the named event, the clause goes on
            verb = _clause_verbs().search(folded, verb.end(), limit)
        if verb is not None:
            ends.append(verb.start())
        state = _striker_state(folded, skip, limit)
        while state is not None and _OWNER_OF_STRIKE.search(folded, max(0, state - 24), state):
            # "یک روز پس از حمله هوایی آمریکا در X": whose strike the clause names
            state = _striker_state(folded, state + 1, limit)
        if state is not None:
            ends.append(state)
        ra = _OBJECT_MARKER.search(folded, m.end(), limit)
        if ra is not None and _PERSIAN_RELATIVE.search(folded, m.end(), ra.start()):
            # ``در پی حمله به X که سه نظامی را زخمی کرد، …``: the object of the relative
            # clause's own verb, inside the clause (its comma ends it)
            ra = None
        if ra is not None:  # Persian: ``در پاسخ به حمله به X مواضعی را در Y بمباران کردند``
            ends.append(ra.start())  # the main verb's object (marked by را) ends the clause
        this = _DEMONSTRATIVE.match(folded, m.end(), limit)
        if this:  # "in response to this attack": the clause is that one noun
            ends.append(this.end())
        soon = _TIME_ADVERB_AFTER.match(folded, m.end(), limit)
        if soon:  # ``بعد الهجوم مباشرة``: the event noun and its adverb are the clause
            ends.append(soon.end())
        end = min(ends) if ends else limit
        if m.group(0) in _after_cues() and not _strikes_around(folded, m.start(), end):
            continue  # "three were hurt after a drone attack on X": the attack is the event
        spans.append((m.start(), end))
    spans += _split_after_clauses(folded, spans)
    return tuple(sorted(spans))


#: the Persian "after" split round the main clause (``X پس از آن … را بمباران کردند که Y``):
#: the cue, the main verb that closes the main clause before ``که``, then ``که``
_SPLIT_AFTER = fold_pattern(r"(?<!\w)(?:پس از آن|بعد از آن)(?!\w)(?! ?كه)")
_SPLIT_MAIN_VERB = fold_pattern(
    r"(?<!\w)(?:كرد|كردند|شد|شدند|داد|دادند|زد|زدند|گرفت|گرفتند)(?!\w)\s*(?P<that>كه)(?!\w)"
)


def _split_after_clauses(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``که Y`` clause of a Persian ``X پس از آن … که Y``: the event Y, which X followed.

    ``جنگنده‌ها پس از آن مواضعی در X را بمباران کردند که راکت‌ها به Y اصابت کردند``
    ("the jets bombed X after rockets hit Y"): the cue stands before the main clause and
    what it names comes after the main verb, from ``که`` to the clause's end. Only beside a
    state's strike, as the other "after" cues (bounded: one look a cue).

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("جنگنده‌های آمریکایی پس از آن مواضعی در القائم را بمباران کردند که "
    ...               "راکت‌ها به پایگاه عین الاسد اصابت کردند").folded
    >>> [f[a:b][:12] for a, b in response_clauses(f)]
    ['كه راكت ها ب']
    """
    out = []
    for m in _SPLIT_AFTER.finditer(folded):
        if any(a <= m.start() < b for a, b in spans):
            continue
        limit = min(len(folded), m.end() + 200)
        verb = _SPLIT_MAIN_VERB.search(folded, m.end(), limit)
        if verb is None or _CLAUSE_END.search(folded, m.end(), verb.start()):
            continue
        start = verb.start("that")
        comma = _CLAUSE_END.search(folded, start, min(len(folded), start + 200))
        end = comma.start() if comma is not None else min(len(folded), start + 200)
        if state_striker(folded[: m.start()] + folded[m.end() : start]) is None:
            continue  # (no state strikes in the main clause: "after" tells the event itself)
        out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(fold_text(cue).folded for cue in _CLAUSE_OPENERS)


@lru_cache(maxsize=1)
def _after_cues() -> frozenset[str]:
    return frozenset(fold_text(cue).folded for cue in _AFTER_AN_ATTACK)


def _strikes_around(folded: str, start: int, end: int) -> bool:
    """Whether a state strikes in ``folded`` outside ``[start, end)`` (the clause): "US
    forces struck X after a drone attack on Y", not "three were hurt after a drone attack"."""
    return state_striker(folded[:start]) is not None or state_striker(folded[end:]) is not None


#: the people a state word may describe as victims ("three US soldiers", ``جنود أمريكيين``,
#: ``سربازان آمریکایی``): that state word names who was hit, not who strikes
_VICTIMS = frozenset(
    fold_word(w)
    for w in (
        *("soldiers", "soldier", "troops", "service", "servicemen", "servicemembers"),
        *("personnel", "contractors", "contractor", "citizens", "sailors", "marines"),
        *("جنود", "جنديا", "جنديين", "جندي", "عسكريين", "عسكريا", "عسكري", "مستشارين"),
        *("سرباز", "سربازان", "نظامی", "نظامیان", "مستشار", "مستشاران", "نیروی", "تفنگدار"),
        # sites: "near the US embassy", ``في محيط السفارة الأمريكية``, ``پایگاه آمریکایی``
        *("base", "bases", "embassy", "outpost", "garrison", "قاعدة", "القاعدة", "قواعد"),
        *("السفارة", "سفارة", "مقر", "پایگاه", "پایگاه‌های", "سفارت", "پادگان"),
    )
)


_WORD_BEFORE = re.compile(r"([\w.\-]+)[ \t]+$")


def _striker_state(folded: str, start: int, limit: int) -> int | None:
    """The start of the first state word in ``folded[start:limit]`` that may be a striker.

    A state word next to a victim noun ("killed three US soldiers", ``مقتل ثلاثة جنود
    أمريكيين``) names the victims and is passed over.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("the attack that killed three US soldiers, US jets hit").folded
    >>> f[_striker_state(f, 0, len(f)):][:7]
    'us jets'
    """
    lex = _lexicon()
    for m in lex.state.finditer(folded, start, limit):
        after = _TOKEN.match(folded, m.end() + 1) if m.end() < len(folded) else None
        # the word just before, with only spaces between (a comma ends the victims)
        before = _WORD_BEFORE.findall(folded[max(0, m.start() - 30) : m.start()])
        if (after is not None and after.group() in _VICTIMS) or (before and before[0] in _VICTIMS):
            continue
        # after a preposition of the side hit ("attacks on US forces", ``هجمات على القوات
        # الأمريكية``, ``حملات به نیروهای آمریکایی``): the victims, not a striker
        lead = _TOKEN.findall(folded[max(0, m.start() - 30) : m.start()])[-2:]
        if lead and (
            lead[-1] in lex.victim_prep
            or (len(lead) > 1 and lead[-1] in lex.ambiguous and lead[-2] in lex.victim_prep)
        ):
            continue
        return m.start()
    return None


def clause_days(folded: str, start: int) -> int | None:
    """Days from the event told to the one the response clause at ``start`` names, if said.

    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("US jets struck X a day after the attack on Y").folded
    >>> [clause_days(f, a) for a, _ in response_clauses(f)]
    [-1]
    >>> f = fold_text("in response to the attack on Y").folded
    >>> [clause_days(f, a) for a, _ in response_clauses(f)]
    [None]
    """
    m = _lexicon().response_to.match(folded, start)
    if m is None:
        return None
    cue, days = m.group(), _clause_days()
    if cue not in days:
        cue = unclitic(cue, stem=0, letters="وفبل")  # a clitic before the cue (``وغداة``)
    return days.get(cue)


@lru_cache(maxsize=1)
def _clause_days() -> dict[str, int]:
    return {fold_word(k): v for k, v in _CLAUSE_DAYS.items()}


def responds(folded: str) -> bool:
    """Whether ``folded`` says it answers something ("in response", ``ردا``, ``در پاسخ``)."""
    return _response_cue().search(folded) is not None


_RESPONSE_CUES = (
    *_RESPONSE_TO,
    *("in response", "in retaliation", "retaliation", "retaliatory", "retaliated"),
    *("answered", "answering", "ردا", "رداً", "انتقاما", "در پاسخ", "در واکنش", "تلافی"),
    *("پاسخ به", "تلافی‌جویانه", "then", "afterwards", "ثم", "بعد ذلك", "سپس", "پس از آن"),
    # the verb "respond": "US forces responded with strikes", ``ردت القوات``, ``پاسخ دادند``
    *("responded", "responding", "ردت", "وردت", "رد الجيش", "پاسخ داد", "پاسخ دادند"),
)


@lru_cache(maxsize=1)
def _clause_verbs() -> re.Pattern[str]:
    return _words(_CLAUSE_VERBS)


@lru_cache(maxsize=1)
def _response_cue() -> re.Pattern[str]:
    return _words(_RESPONSE_CUES)


@lru_cache(maxsize=1)
def gate_rules() -> dict[str, re.Pattern[str]]:
    """The rules behind :func:`counter_fire`, :func:`is_official`, :func:`response_clauses`,
    :func:`responds` and :func:`denies`: each answers its empty answer (``None``,
    ``False``, ``[]``) where its rule finds nothing, so a caller that knows the rule cannot
    match in a text (a word every match holds is absent) may skip the call.

    >>> sorted(gate_rules())
    ['counter_fire', 'denies', 'official', 'responds', 'response_to']
    """
    lex = _lexicon()
    return {
        "counter_fire": lex.counter_fire,
        "official": lex.official,
        "response_to": lex.response_to,
        "responds": _response_cue(),
        "denies": _DENY,
    }


def actor_words() -> dict[str, frozenset[str]]:
    """The folded words each actor rule needs to see before it can answer (a gate).

    ``state``: :func:`state_striker` answers only where one of these words stands;
    ``us_aircraft``: :func:`aircraft_striker`; ``militia``: :func:`militia`; ``claim``:
    :func:`claims` (without ``announce``); ``deed``: the rest of :func:`claims_deed`.
    Built from the same tables as the rules, so a sentence holding none of a family's
    words (as a substring) gets the empty answer without running the rule: drafting skips
    them in sentences that tell no event.

    >>> "claimed" in actor_words()["claim"] and "kataib hezbollah" in actor_words()["militia"]
    True
    """
    lex = _lexicon()
    return {
        "state": frozenset(lex.state_of),
        "us_aircraft": frozenset(fold_word(w) for w in _US_ONLY_AIRCRAFT) - {""},
        "militia": frozenset(lex.militia_of),
        "claim": frozenset(fold_word(w) for w in _CLAIM) - {""},
        "deed": frozenset(fold_word(w) for w in _DEED) - {""},
    }

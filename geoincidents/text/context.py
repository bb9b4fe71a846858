"""Context rules: sentences, readings that are not places, and the role of a place.

All rules look at a few words around a mention in the *folded* text (see
:mod:`geoincidents.text.folding`), so they hold for every spelling variant.

Readings rejected (:func:`rejection`)
-------------------------------------
- **person**: a given name or a title right before (``بشار الأسد``, ``قاسم سليماني``,
  ``General …``, ``سردار …``), or a speech verb right after a name that is also a
  given name (``Omar said``).
- **outlet**: an outlet word before (``قناة الميادين``, ``شبکه الجزیره``, ``خبرگزاری
  فارس``) or a reporting verb after / ``according to`` / ``موقع`` (a website, or a
  military position) before a name that is also an outlet (``Al Mayadeen reported``,
  ``بحسب الميادين``, ``موقع الميادين``; but ``موقع البرج 22`` is the Tower 22 position).
- **company**: a company word before (``شركة``, ``شرکت``) or a corporate word after
  (``Conoco Phillips``, ``Inc``).
- **verb**: a Latin name followed by ``by`` or an object article at a sentence start
  (``Hit by rockets …``); lower-case ``hit`` never matches (see :mod:`.mentions`).
- **metonymy**: a capital standing for its government after backing words (``loyal
  to Tehran``, ``موالية لطهران``, ``مورد حمایت ایران``), after a statement verb before
  its subject (``وأدانت بغداد``, ``وصفتها دمشق``), or at a clause start before one
  ("Damascus condemned", ``بغداد تدين``, ``تهران اعلام کرد``).
- **organisation**: a place inside an organisation's name (``المقاومة الإسلامية في
  العراق``, ``Islamic Resistance in Iraq``, ``مقاومت اسلامی در عراق``, ``Hezbollah
  Brigades in Iraq``). Such a place is *not reported* and its country does *not* count
  as context: the article names the group, not the place. After a group whose name is
  complete (Hezbollah, Kataib Hezbollah, ``حزب الله``), "in X" says where the group is
  ("Kataib Hezbollah in Jurf al-Sakhar" names a place), unless X is the country the group
  is named for (``حزب الله في لبنان``).

Roles (:func:`role_of`)
-----------------------
``origin`` after from-words (from, ``از``, ``من``, ``انطلاقا من``; not after approach verbs,
``الاقتراب من``, which make a ``target``), ``target`` after
toward/at/on-words (toward, at, on, targeting, ``به سوی``, ``به سمت``, ``علیه``,
``باتجاه``, ``على``, ``استهدف``, shelled, struck) or before ``را هدف`` / ``را
بمباران``; ``target`` too for the object of an attack verb with its subject between
(``استهدفت طائرة مسيرة قاعدة عين الأسد``: a verb at a clause start, at most four words
with no preposition or new clause, then the place); ``strike_site`` instead when the
sentence reports a strike by the US or the coalition, or by a state's means (``قصفت
المدفعية``, warplanes, ``جنگنده``; "artillery shells" can be anyone's), and the place is
its target; ``context`` for areas introduced by in-words (in, ``در``, ``في``), otherwise
``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from geoincidents.places.everyday_words import EverydayWord, everyday_words
from geoincidents.places.kinds import AREA_KINDS, is_facility
from geoincidents.text.counts import count_words
from geoincidents.text.folding import fold_word, folded_alternation, word_alternation

__all__ = [
    "AREA_KINDS",
    "EXPLOSION_WORDS",
    "ROLES",
    "CaseEvidence",
    "Sentence",
    "capitals_rejection",
    "case_evidence",
    "is_strike_sentence",
    "owned_base_before",
    "rejection",
    "role_of",
    "split_sentences",
]

ROLES = ("target", "origin", "strike_site", "context")


# ------------------------------------------------------------------ sentences


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text: ``text[start:end]``."""

    start: int
    end: int


_SENTENCE_END = re.compile(r"[.!?؟۔]+[\"'»”)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*\S)")
_ABBREVIATIONS = frozenset({"mr", "mrs", "dr", "st", "no", "vs", "gen", "col", "lt", "sgt", "maj"})
#: month abbreviations: before a day number ("Jan. 28") the dot ends no sentence
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    words = text[max(0, dot - 16) : dot].split()[-2:]
    w = words[-1] if words else ""
    if w == "X" and len(words) == 2 and words[0].lower() in ("on", "via"):
        return False  # "… said in a post on X. Hours later …": the platform, not an initial
    if w.lower() in _MONTH_ABBREVIATIONS and text[dot + 1 : dot + 4].strip()[:1].isdigit():
        return True  # "the Jan. 28 drone attack": a date, not a sentence end
    if w.lower() in ("a.m", "p.m"):
        # "shortly before 5 a.m. on Tuesday", "at 6:30 p.m. (local time)": a clock time the
        # sentence goes on after; before a capital it may end the sentence
        following = text[dot + 1 : dot + 4].strip()[:1]
        return bool(following) and (following.islower() or following in "(,;")
    return bool(w) and (
        (len(w) == 1 and w.isupper())
        or ("." in w and w.replace(".", "").isupper())
        or w.lower() in _ABBREVIATIONS
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split Arabic, Persian and English text into sentences (spans into ``text``).

    Ends are ``.``, ``!``, ``?``, ``؟``, ``۔`` followed by white space (not after a
    single capital letter such as in ``U.S.``, nor after Mr/Gen/…), and line breaks.

    Examples
    --------
    >>> text = "Rockets hit the U.S. base. No one was hurt؟ بعد ذلك.\\nسطر"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Rockets hit the U.S. base.', 'No one was hurt؟', 'بعد ذلك.', 'سطر']
    """
    sentences: list[Sentence] = []
    append = sentences.append
    pos = 0
    n = len(text)
    for m in _SENTENCE_END.finditer(text):
        at = m.start()
        char = text[at]
        if char == "." and _is_abbreviation(text, at):
            continue
        # an end of punctuation belongs to its sentence, a line break does not
        _append(text, pos, at if char == "\n" else m.end(), append)
        pos = m.end()
    _append(text, pos, n, append)
    return sentences


def _append(text: str, start: int, end: int, append: Callable[[Sentence], None]) -> None:
    """Append ``text[start:end]`` as a sentence, without its surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        append(Sentence(start, end))


# ------------------------------------------------------------------ lexicons


_GIVEN_NAMES = (
    *("Bashar", "Qasem", "Qassem", "Qasim", "Hafez", "Abu", "Umm", "Sheikh", "Sayyed"),
    *("بشار", "حافظ", "قاسم", "أبو", "ابو", "أم", "الشيخ", "شيخ", "السيد", "سيد"),
    *("حاج", "الحاج", "سردار", "سرلشکر", "شهید", "الشهيد", "محمد", "حسن", "حسين"),
    *("عبد", "عبدال", "جعفر", "مقتدى", "مقتدی", "هادي", "فالح", "نوري", "نوری"),
)
#: the "father of" / "mother of" that open a kunya (``Abu Bakr``, ``أبو مهدي``, ``أم …``)
_KUNYA = ("Abu", "Umm", "أبو", "ابو", "أم", "ام")
_TITLES = (
    *("President", "General", "Gen", "Mr", "Mrs", "Dr", "Minister", "Commander", "Colonel"),
    *("Brig", "Lt", "spokesman", "الرئيس", "الجنرال", "اللواء", "العميد", "العقيد", "الفريق"),
    *("القائد", "قائد", "الوزير", "وزير", "رئيس", "فرمانده", "سرتیپ", "ژنرال", "سرهنگ", "آقای"),
)
_SPEECH_AFTER = (
    *("said", "says", "told", "added", "stated", "announced", "claimed", "tweeted"),
    *("قال", "يقول", "أكد", "صرح", "أضاف", "أعلن", "اعلن", "قالت"),
    *("گفت", "افزود", "اعلام کرد", "تاکید کرد", "گفته است"),
)
#: names that are both a person's name and a place (checked with speech verbs after)
PERSON_PLACE_NAMES = (
    *("Omar", "Umar", "Asad", "Assad", "al-Assad", "Abbas", "Hamza", "Sadr", "Hakim", "Soleimani"),
    *("Sulaimani", "Qasim", "Faris", "Hit"),
    *("عمر", "العمر", "الأسد", "الاسد", "اسد", "عباس", "حمزة", "الصدر", "صدر", "الحكيم"),
    *("سليماني", "سلیمانی", "القاسم", "فارس"),
)
_OUTLET_BEFORE = (
    *("قناة", "شبكة", "تلفزيون", "صحيفة", "وكالة", "إذاعة", "راديو", "فضائية"),
    *("شبکه", "خبرگزاری", "روزنامه", "تلویزیون", "رادیو", "پایگاه خبری", "سایت"),
    *("channel", "network", "newspaper", "agency", "TV", "broadcaster", "news agency"),
)
_REPORT_AFTER = (
    *("reported", "reports", "said", "TV", "television", "channel", "news", "network"),
    *("ذكرت", "أفادت", "نقلت", "قالت", "أوردت", "نشرت", "بثت", "الإخبارية", "الفضائية"),
    *("گزارش داد", "گزارش داده", "نوشت", "اعلام کرد", "مدعی شد", "به نقل از"),
)
_ACCORDING_TO = (
    *("according to", "told", "quoted by", "speaking to", "reported by"),
    *("بحسب", "حسب", "وفق", "وفقا ل", "نقلا عن", "قال ل", "قالت ل"),
    *("به گزارش", "طبق گزارش", "بنا بر گزارش", "به نقل از", "به گفته"),
)
#: words that name an outlet or a site (``موقع``: a website, or a military position): an
#: outlet before a name that is also an outlet's (``موقع الميادين``), else a site
#: (``موقع البرج 22`` is the Tower 22 position)
_OUTLET_OR_SITE_BEFORE = ("موقع",)
#: names that are both an outlet and a place
OUTLET_PLACE_NAMES = (
    *("Al Mayadeen", "Al-Mayadeen", "Mayadeen", "Al Jazeera", "Al-Jazeera", "Jazeera"),
    *("Fars", "Al Alam", "Al-Furat", "Al Sumaria"),
    *("الميادين", "المیادین", "الجزيرة", "الجزیره", "فارس", "العالم", "الفرات", "السومرية"),
    *("المنار", "تسنيم", "تسنیم"),
)
#: a place named for its clock, not as where anything happened ("6:30 p.m. (Baghdad time)",
#: ``الساعة السادسة بتوقيت بغداد``, ``ساعت شش به وقت تهران``)
_CLOCK_BEFORE = ("بتوقيت", "بالتوقيت", "توقيت", "بوقت", "به وقت", "به وقت محلی")
_CLOCK_AFTER = ("time",)
_COMPANY_BEFORE = ("شركة", "شرکت", "company", "firm", "corporation", "مجموعة")
_COMPANY_AFTER = (
    *("Phillips", "Inc", "Ltd", "Corp", "Corporation", "Company", "Co", "plc", "shares"),
    *("stock", "Petroleum", "Oil Company", "للنفط", "شركة", "شرکت"),
)
_ORG_BEFORE = (
    *("Islamic Resistance in", "Resistance in", "Brigades in"),
    *("Islamic State in", "Islamic State of", "al-Qaeda in"),
    *("المقاومة الإسلامية في", "المقاومة في", "الدولة الإسلامية في", "القاعدة في"),
    *("المقاومة الاسلامية في",),
    *("مقاومت اسلامی در", "مقاومت اسلامی", "مقاومت", "دولت اسلامی در"),
    *("الحشد الشعبي في",),
)
#: a group whose own name is complete (Hezbollah, Kataib Hezbollah): "<group> in X" says
#: where the group is ("strikes on Kataib Hezbollah in Jurf al-Sakhar"), so X is a place,
#: unless X is the country the group is named for (``حزب الله في لبنان``, ``حزب‌الله
#: لبنان``)
_ORG_IN_BEFORE = (
    *("Hezbollah in", "Kataib Hezbollah in", "Hezbollah of", "حزب الله في", "حزب الله"),
    *("كتائب حزب الله في", "حزب‌الله", "حزب‌الله در", "حزب الله در"),
)
#: the countries such a group is named for
_ORG_NAMESAKES = (
    *("Iraq", "Lebanon", "Syria", "Iran", "Yemen", "the Hejaz", "Hejaz", "العراق", "عراق"),
    *("لبنان", "سوريا", "سورية", "سوریه", "اليمن", "یمن", "ایران", "إيران", "الحجاز"),
)
_ORG_AFTER = (
    *("Brigades", "Battalions", "Resistance", "Hezbollah", "Movement", "Front"),
    *("Liberation Front",),
)

_ORIGIN_BEFORE = (
    *("from", "launched from", "fired from", "originating from", "out of"),
    # the launch site named by its surroundings ("from the outskirts of Hit", ``من أطراف``,
    # ``از حومه``)
    *("from the outskirts of", "from the vicinity of", "from the area of", "from the town of"),
    *("from the city of", "from the village of", "from the direction of", "from the desert of"),
    *("من أطراف", "من محيط", "من ضواحي", "من بلدة", "من مدينة", "من قرية", "من جهة"),
    *("از حومه", "از شهر", "از روستای", "از سمت"),
    *("از", "از سوی", "از جانب", "از داخل", "از منطقه", "از اطراف", "از حوالی", "از شهرک"),
    *("من", "انطلاقا من", "انطلقت من", "أطلقت من", "اطلقت من", "من منطقة", "من داخل"),
)
#: "approach" verbs (before ``من``): the place is where the drone or rocket was heading
#: (``حاولت الاقتراب من قاعدة …``, "approaching the base"), not where it came from
_APPROACH_BEFORE = (
    *("الاقتراب من", "بالاقتراب من", "اقتربت من", "اقترب من", "تقترب من", "يقترب من"),
    *("اقتربتا من", "اقتربوا من", "للاقتراب من", "مقتربة من", "مقتربا من"),
    *("approaching", "approached", "neared", "nearing"),
)
#: "near" words that end on ``من`` (``القريبة من``, ``بالقرب من``, ``على مقربة من``): the
#: ``من`` is the nearness's, not a from-word, so the place after them is no origin
_NEAR_OF = (
    *("القريبة من", "القريب من", "قريبة من", "قريب من", "بالقرب من", "قرب من"),
    *("على مقربة من", "مقربة من", "على مسافة قريبة من"),
)
#: a part of a place named before its ``من``/``از`` ("other areas of X", ``في مناطق أخرى
#: من محافظة بابل``, ``در مناطق دیگری از استان بابل``): the ``من`` is the part's, not a
#: from-word, so the place after them is where the part lies (a target's place), no origin
_PART_OF = (
    *("مناطق من", "مناطق أخرى من", "مناطق اخرى من", "أنحاء من", "انحاء من", "أجزاء من"),
    *("اجزاء من", "مواقع أخرى من", "مواقع اخرى من", "أماكن أخرى من", "اماكن اخرى من"),
    *("مناطق دیگری از", "مناطق دیگر از", "مناطقی از", "نقاط دیگری از", "نقاط دیگر از"),
    *("بخش‌هایی از", "بخشهایی از", "جاهای دیگری از"),
)
_TARGET_BEFORE = (
    *("toward", "towards", "at", "on", "against", "targeting", "targeted", "hit", "struck"),
    *("rocked", "shook", "rattled"),  # "an explosion rocked Kalsu base"
    *("attacked", "attack on", "attacks on", "fell on", "landed on", "into", "inside"),
    *("shelled", "bombed", "pounded", "raided", "rocketed", "strike on", "strikes on"),
    *("قصفت", "قصف", "هاجمت", "هاجم", "دكت", "ضربت", "قصف على"),
    *("به سوی", "به سمت", "به طرف", "به", "علیه", "بر", "به داخل", "داخل", "حمله به"),
    *("باتجاه", "بإتجاه", "نحو", "على", "علی", "إلى", "الى", "استهدف", "استهدفت", "ضد"),
    *("استهداف", "هجوم على", "هجوما على", "داخل", "في داخل", "سقطت على", "سقط على"),
)
_TARGET_AFTER = (
    *("را هدف", "هدف حمله", "هدف قرار", "مورد حمله", "was hit", "came under"),
    *("را لرزاند", "را به لرزه درآورد", "was rocked", "was shaken"),
    # the passive after its subject ("Al-Tanf was targeted by two drones", ``… تعرضت
    # لقصف``: X underwent a shelling)
    *("was targeted", "were targeted", "was attacked", "were attacked", "was bombed"),
    *("were bombed", "were hit", "were struck", "were shelled", "has been targeted"),
    *("had been targeted", "was also targeted", "was also hit", "was again targeted"),
    *("تعرضت لهجوم", "تعرضت لقصف", "تعرض لهجوم", "تعرض لقصف", "تعرضت لاستهداف"),
    *("تعرضت لضربات", "تعرضت لغارات", "تعرضت لغارة", "تعرضت لضربة", "تعرض لاستهداف"),
    *("را بمباران", "را گلوله‌باران", "را گلوله باران", "را موشک‌باران", "را موشک باران"),
    *("را زیر آتش", "را مورد اصابت", "را مورد هدف", "was struck", "was shelled"),
)
#: verbs whose object is the place attacked: in Arabic the verb comes first and its
#: subject may stand between it and the object (``استهدفت طائرة مسيرة قاعدة …``)
_ATTACK_VERBS = (
    *("استهدف", "استهدفت", "استهدفوا", "قصف", "قصفت", "قصفوا", "هاجم", "هاجمت", "هاجموا"),
    *("ضرب", "ضربت", "دك", "دكت", "أصاب", "أصابت", "طال", "طالت", "استهدفها", "قصفها"),
    *("هز", "هزت"),  # ``هز انفجار عنيف قاعدة …``: the place a blast shook
    *("تعرضت", "تعرض"),  # ``تعرضت قاعدة عين الأسد لهجوم``: the place that underwent it
)
#: what ends the subject between an attack verb and its object: prepositions,
#: conjunctions of clauses, speech verbs, relative pronouns
_NOT_IN_SUBJECT = (
    *("من", "في", "فی", "على", "علی", "إلى", "الى", "عن", "مع", "قرب", "نحو", "باتجاه"),
    *("ضد", "عند", "بعد", "قبل", "حيث", "إن", "أن", "ان", "انه", "قال", "وقال", "الذي"),
    *("التي", "الذين", "لكن", "ثم", "بين", "منذ", "خلال", "داخل", "فوق", "تحت", "لدى"),
)
#: a statement verb right after a capital at a clause start ("Damascus condemned the
#: strikes", ``بغداد تدين``, ``تهران اعلام کرد``): the capital that speaks is its government
_STATEMENT_AFTER = (
    *("said", "says", "condemned", "condemns", "denounced", "called", "denied", "denies"),
    *("accused", "warned", "welcomed", "rejected", "described", "blamed", "vowed"),
    *("threatened", "protested", "urged", "insisted", "insists", "responded"),
    *("تدين", "تندد", "تنفي", "تحذر", "ترفض", "تتهم", "ترحب", "تتوعد"),
    *("اعلام کرد", "گفت", "هشدار داد", "تاکید کرد", "محکوم کرد"),
)
#: a Persian clause ends on its verb: a capital at a clause start whose clause, within
#: :data:`_SOV_WINDOW` characters, ends on one of these (``دمشق حملات آمریکا را محکوم کرد``)
#: is the government that speaks
_STATEMENT_CLAUSE_END = (
    *("را محکوم کرد", "را محکوم کردند", "را رد کرد", "را تکذیب کرد", "را نقض حاکمیت"),
    *("محکوم کرد", "تکذیب کرد", "را تجاوز خواند", "را تجاوز دانست"),
)
_SOV_WINDOW = 90


@lru_cache(maxsize=1)
def _statement_clause_gate() -> frozenset[str]:
    """The last words of :data:`_STATEMENT_CLAUSE_END`, folded: one stands in any window
    the rule can match (a cheap look before the rule runs)."""
    return frozenset(fold_word(w.split()[-1]) for w in _STATEMENT_CLAUSE_END)


#: what may open the clause whose subject such a capital is
_CLAUSE_OPENERS = (
    *("and", "but", "while", "whereas", "as", "meanwhile", "و", "لكن", "بينما", "فيما"),
    *("اما", "ولی", "در حالی که"),
)
#: a report filed from a place ("Rudaw reported from Erbil"): where the reporter is, not
#: where the rockets came from
_REPORTED_FROM = (
    *("reported from", "reporting from", "reports from", "writing from", "speaking from"),
    *("wrote from", "filed from", "broadcast from", "said by phone from", "told us from"),
)
_CONTEXT_BEFORE = ("in", "within", "در", "في", "فی", "inside the province of", "province")
_SUPPORT_BEFORE = (
    *("backed by", "supported by", "loyal to", "allied with", "aligned with"),
    *("موالية ل", "موالية", "الموالية ل", "مدعومة من", "المدعومة من", "التابعة ل"),
    *("مورد حمایت", "وابسته به", "طرفدار", "هوادار"),
    # a state's part in an event named by its capital ("denied any involvement of Tehran",
    # ``نفى تورط طهران``, ``دخالت تهران را رد کرد``, ``نقش تهران``): the government
    *("involvement of", "role of", "تورط", "دخالت", "نقش"),
    # dealings with a capital ("in coordination with Baghdad", ``التنسيق مع بغداد``,
    # ``هماهنگی با بغداد``): the government dealt with, not a place where anything happened
    *("coordination with", "coordinating with", "coordinated with", "التنسيق مع"),
    *("بالتنسيق مع", "تنسيق مع", "هماهنگی با", "با هماهنگی"),
    # a statement verb before its subject (``وصفتها دمشق بأنها عدوان``, ``وأدانت بغداد``,
    # ``نفت طهران``): the capital that speaks is its government
    *("قالت", "وصفت", "وصفتها", "وصفها", "أدانت", "ادانت", "نددت", "اتهمت", "رحبت"),
    *("حذرت", "طالبت", "نفت", "أكدت", "اكدت", "اعتبرت", "اعتبرتها", "توعدت", "هددت"),
)
#: a site noun then "in": the place that follows locates the site ("پایگاه آمریکا در X")
_SITE_NOUNS = (
    *("base", "bases", "airbase", "outpost", "garrison", "compound", "headquarters"),
    *("positions", "facility", "facilities", "پایگاه", "پایگاههای", "مقر", "مواضع", "تاسیسات"),
    *("قاعدة", "القاعدة", "قواعد", "مقرات", "مواقع", "منشأة"),
)
_STRIKE_WORDS = (
    *("airstrike", "airstrikes", "air strike", "air strikes", "strikes", "struck", "strike"),
    *("retaliat", "self-defense", "self-defence", "pre-emptive", "preemptive", "artillery"),
    *("غارة", "غارات", "ضربة", "ضربات", "قصف", "قصفت", "قذائف مدفعية", "مدفعية", "رد"),
    *("حمله هوایی", "حملات هوایی", "حملات توپخانه", "توپخانه", "ضربه", "تلافی", "در پاسخ"),
    *("دفاع از خود", "پیش‌دستانه", "بمباران", "گلوله‌باران", "bombed", "shelled", "pounded"),
    *("دكت", "قصفها"),
    # an attack the US's by genitive or adjective (``حملات آمریکا به البوکمال``, ``هدف حمله
    # پهپادی آمریکا``, ``الهجمات الأمريكية``): a strike, not the militias' attack on the US
    *("حمله آمریکا", "حملات آمریکا", "حمله آمریکایی", "حملات آمریکایی", "حمله ارتش آمریکا"),
    *("حملات ارتش آمریکا", "حمله پهپادی آمریکا", "حملات پهپادی آمریکا", "حمله موشکی آمریکا"),
    *("الهجوم الأمريكي", "الهجوم الأميركي", "هجوم أمريكي", "هجوم أميركي", "الهجمات الأمريكية"),
    *("الهجمات الأميركية", "هجمات أمريكية", "هجمات أميركية"),
)
#: the means of a state's strike, which name the striker when no country is named
#: (``قصفت المدفعية``, "warplanes struck"); shells alone can be anyone's
_STRIKE_MEANS = (
    *("المدفعية", "الطيران الحربي", "الطائرات الحربية", "طائرات حربية", "المقاتلات"),
    *("مقاتلات", "warplane", "warplanes", "fighter jets", "fighter jet", "artillery"),
    *("توپخانه", "جنگنده", "جنگنده‌ها", "جنگنده‌های", "هواپیماهای جنگی"),
)
#: names of the US and the coalition as strikers (drafting uses these to call a strike)
STRIKER_NAMES = (
    *("US", "U.S.", "American", "coalition", "CENTCOM", "Pentagon", "Washington"),
    *("آمریکا", "آمریکایی", "ائتلاف", "سنتکام", "التحالف", "الأمريكي", "الأميركي"),
    *("الأمريكية", "الأميركية", "واشنطن"),
)
#: the places of the US and the coalition: their names beside one of these own the place
#: struck ("a drone struck the U.S. base", ``استهدفت السفارة الأمريكية``, ``به پایگاه
#: آمریکا حمله شد``) and name no striker
_OWNED_PLACE_NOUNS_AFTER = (
    *("base", "bases", "air base", "airbase", "military base", "embassy", "consulate"),
    *("outpost", "garrison", "installation", "installations", "facility", "facilities"),
    *("diplomatic", "logistics base", "patrol base", "occupation base", "occupation bases"),
)
_OWNED_PLACE_NOUNS_BEFORE = (
    *("قاعدة", "القاعدة", "قواعد", "القواعد", "السفارة", "سفارة", "القنصلية", "قنصلية"),
    *("قاعدة عسكرية", "القاعدة العسكرية", "منشأة", "المنشأة", "قاعدة للقوات"),
    *("پایگاه", "پایگاه‌های", "پایگاه نظامی", "سفارت", "کنسولگری", "تاسیسات"),
)
#: what makes a sentence a strike by the US or the coalition: their names and more forms
_STRIKER_WORDS = (
    *STRIKER_NAMES,
    *("البنتاغون", "أمريكية", "أميركية", "أمريكي", "أميركي"),
    *("پنتاگون", "واشنگتن", "ارتش آمریکا"),
)


@dataclass(frozen=True)
class _Rules:
    clock_before: re.Pattern[str]
    clock_after: re.Pattern[str]
    given_name: re.Pattern[str]
    kunya: re.Pattern[str]
    title: re.Pattern[str]
    speech_after: re.Pattern[str]
    person_place: frozenset[str]
    outlet_before: re.Pattern[str]
    outlet_or_site_before: re.Pattern[str]
    report_after: re.Pattern[str]
    according_to: re.Pattern[str]
    outlet_place: frozenset[str]
    company_before: re.Pattern[str]
    company_after: re.Pattern[str]
    org_before: re.Pattern[str]
    org_after: re.Pattern[str]
    org_in_before: re.Pattern[str]
    org_namesakes: frozenset[str]
    origin_before: re.Pattern[str]
    approach_before: re.Pattern[str]
    near_before: re.Pattern[str]
    part_of_before: re.Pattern[str]
    target_before: re.Pattern[str]
    target_after: re.Pattern[str]
    passive_clause_after: re.Pattern[str]
    context_before: re.Pattern[str]
    support_before: re.Pattern[str]
    reported_from: re.Pattern[str]
    statement_after: re.Pattern[str]
    statement_clause_end: re.Pattern[str]
    clause_start_before: re.Pattern[str]
    site_in_before: re.Pattern[str]
    strike: re.Pattern[str]
    striker: re.Pattern[str]
    means: re.Pattern[str]
    verb_object: re.Pattern[str]
    place_cue_before: re.Pattern[str]
    place_noun_before: re.Pattern[str]
    attack_on_before: re.Pattern[str]
    place_preposition_before: re.Pattern[str]
    place_ending_after: re.Pattern[str]


def _before(words: tuple[str, ...], *, article: bool = False) -> re.Pattern[str]:
    """The rule "the window ends with one of ``words``", spelled forward, to search a
    window with (the reference of :func:`_before_reversed`, which the rules use)."""
    # the cue ends right before the mention (one space, perhaps a quote, between);
    # with ``article``, an English "the" may come between ("hit the Green Village base")
    the = r"(?:\s+the)?" if article else ""
    return re.compile(rf"(?:^|(?<=[^\w]))(?:{word_alternation(words)}){the}[\s«\"“(]*$")


def _reversed_alternation(words: Iterable[str]) -> str:
    """:func:`~geoincidents.text.folding.word_alternation` of the words spelled backwards."""
    return folded_alternation(fold_word(w)[::-1] for w in words)


def _before_reversed(
    words: tuple[str, ...], *, article: bool = False, clitics: bool = False
) -> re.Pattern[str]:
    """:func:`_before` for the window spelled backwards, to *match* at its start: one
    attempt where a search of the window tries every position (the same answer: the
    window ends with a word exactly when the reversed window starts with it).
    ``clitics``: the first word may carry ``و`` or ``ف`` (``وأدانت``)."""
    the = r"(?:eht\s+)?" if article else ""
    glued = "[وف]?" if clitics else ""
    return re.compile(rf"[\s«\"“(]*{the}(?:{_reversed_alternation(words)}){glued}(?:\Z|(?=[^\w]))")


#: the prepositions after a site noun ("پایگاه آمریکا در X")
_SITE_IN = ("در", "في", "فی", "in", "at")


def _site_in_before() -> re.Pattern[str]:
    """A site noun, at most two words, then "in" at the end of the window (forward)."""
    prepositions = "|".join(_SITE_IN)
    return re.compile(
        rf"(?<!\w)(?:{word_alternation(_SITE_NOUNS)})(?:\s+\w+){{0,2}}\s+(?:{prepositions})\s*$"
    )


def _site_in_before_reversed() -> re.Pattern[str]:
    """:func:`_site_in_before` for the window spelled backwards (matched at its start)."""
    prepositions = "|".join(w[::-1] for w in _SITE_IN)
    return re.compile(
        rf"\s*(?:{prepositions})\s+(?:\w+\s+){{0,2}}(?:{_reversed_alternation(_SITE_NOUNS)})(?!\w)"
    )


def _verb_object() -> re.Pattern[str]:
    """An attack verb at a clause start (a clitic و/ف glued to it), then at most four
    words of subject, none of which ends the clause, then the end of the window."""
    return re.compile(
        rf"(?:^|[.،,؛;:!؟?]\s*|\s)[وف]?(?:{word_alternation(_ATTACK_VERBS)})"
        rf"(?:\s+(?!(?:{word_alternation(_NOT_IN_SUBJECT)})(?!\w))\w+){{0,4}}\s*[«\"“]?\s*$"
    )


def _verb_object_reversed() -> re.Pattern[str]:
    """:func:`_verb_object` for the window spelled backwards (matched at its start)."""
    not_subject = _reversed_alternation(_NOT_IN_SUBJECT)
    return re.compile(
        rf"\s*[«\"“]?\s*(?:(?!(?:{not_subject})(?!\w))\w+\s+){{0,4}}"
        rf"(?:{_reversed_alternation(_ATTACK_VERBS)})[وف]?(?:\Z|\s*[.،,؛;:!؟?]|\s)"
    )


def _striker() -> re.Pattern[str]:
    """The US or the coalition named as a striker: not as the owner of a place struck
    (a name before an owned-place noun, or an Arabic or Persian adjective or genitive
    after one)."""
    owned_before = "".join(
        f"(?<!{re.escape(noun)} )"
        for noun in sorted({fold_word(w) for w in _OWNED_PLACE_NOUNS_BEFORE})
    )
    strikers = word_alternation(_STRIKER_WORDS)
    # the lookahead first: the owners' lookbehinds are tried only where a name starts
    return re.compile(
        rf"(?<!\w)(?={strikers}){owned_before}(?:{strikers})(?!\w)"
        rf"(?!\s+(?:{word_alternation(_OWNED_PLACE_NOUNS_AFTER)})(?!\w))"
    )


def _after(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^[\s»\"”),،]*(?:{word_alternation(words)})(?!\w)")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    anywhere = re.compile
    # the rules on how the window before a name ends are matched on the reversed window
    return _Rules(
        clock_before=_before_reversed(_CLOCK_BEFORE),
        clock_after=_after(_CLOCK_AFTER),
        given_name=_before_reversed(_GIVEN_NAMES),
        # "Abu Bakr al-Baghdadi", ``أبو مهدي المهندس``: a kunya and a name, then a nisba
        kunya=re.compile(rf"\s*\w+\s+(?:{_reversed_alternation(_KUNYA)})(?:\Z|(?=[^\w]))"),
        title=_before_reversed(_TITLES),
        speech_after=_after(_SPEECH_AFTER),
        person_place=frozenset(fold_word(w) for w in PERSON_PLACE_NAMES),
        outlet_before=_before_reversed(_OUTLET_BEFORE),
        outlet_or_site_before=_before_reversed(_OUTLET_OR_SITE_BEFORE),
        report_after=_after(_REPORT_AFTER),
        according_to=_before_reversed(_ACCORDING_TO),
        outlet_place=frozenset(fold_word(w) for w in OUTLET_PLACE_NAMES),
        company_before=_before_reversed(_COMPANY_BEFORE),
        company_after=_after(_COMPANY_AFTER),
        org_before=_before_reversed(_ORG_BEFORE),
        org_after=_after(_ORG_AFTER),
        org_in_before=_before_reversed(_ORG_IN_BEFORE),
        org_namesakes=frozenset(fold_word(w) for w in _ORG_NAMESAKES),
        origin_before=_before_reversed(_ORIGIN_BEFORE, article=True),
        approach_before=_before_reversed(_APPROACH_BEFORE, article=True),
        near_before=_before_reversed(_NEAR_OF),
        part_of_before=_before_reversed(_PART_OF, article=True),
        target_before=_before_reversed(_TARGET_BEFORE, article=True),
        target_after=_after(_TARGET_AFTER),
        # ``پایگاه التنف با سه پهپاد هدف قرار گرفت``: the Persian passive that ends the
        # place's clause, a few words after it
        passive_clause_after=re.compile(
            r"^ (?:(?!گفت|اعلام|افزود|كه|و |پايگاه|فرودگاه)[^\s.!?؟،,؛;]+ ){0,3}?"
            r"(?:هدف|مورد حمله|مورد اصابت|مورد هدف)(?: \S+){0,2}? قرار گرفت"
        ),
        context_before=_before_reversed(_CONTEXT_BEFORE, article=True),
        support_before=_before_reversed(_SUPPORT_BEFORE, clitics=True),
        reported_from=_before_reversed(_REPORTED_FROM),
        # ``گفت‌وگو`` (talks) is no ``گفت`` (said)
        statement_after=re.compile(
            rf"^\s+(?:{word_alternation(_STATEMENT_AFTER)})(?!\w)(?!\s*و\s*گو)"
        ),
        statement_clause_end=re.compile(
            rf"[^.!?؟\n،,؛;]*?(?<!\w)(?:{word_alternation(_STATEMENT_CLAUSE_END)})(?!\w)"
        ),
        clause_start_before=re.compile(
            rf"\s*(?:\Z|[.،,؛;:!؟?«\"“(]|(?:{_reversed_alternation(_CLAUSE_OPENERS)})(?:\Z|\s))"
        ),
        site_in_before=_site_in_before_reversed(),
        strike=anywhere(rf"(?<!\w)[وف]?[بل]?(?:{word_alternation(_STRIKE_WORDS)})"),
        striker=_striker(),
        means=anywhere(rf"(?<!\w)(?:{word_alternation(_STRIKE_MEANS)})(?!\w)(?!\s+shells?\b)"),
        verb_object=_verb_object_reversed(),
        place_cue_before=_before_reversed(_PLACE_CUE_BEFORE),
        # a site's or an area's noun, at most two words before
        place_noun_before=re.compile(
            rf"[\s«\"“(]*(?:\w+\s+){{0,2}}(?:{_reversed_alternation(_PLACE_NOUNS_BEFORE)})"
            r"(?:\Z|(?=[^\w]))"
        ),
        attack_on_before=re.compile(
            rf"[\s«\"“(]*(?:{_reversed_alternation(_ATTACK_PREPOSITIONS)})\s+(?:\w+\s+){{0,2}}"
            rf"(?:{_reversed_alternation(_ATTACK_NOUNS)})[وفبل]?(?:\Z|(?=[^\w]))"
        ),
        # a preposition before, on its own or glued (``بالقائم``; ``والقائم``, a list's
        # next place)
        place_preposition_before=re.compile(
            rf"[\s«\"“(]*(?:(?:{_reversed_alternation(_PLACE_PREPOSITIONS)})[وف]?|[وبل])"
            r"(?:\Z|(?=[^\w]))"
        ),
        place_ending_after=re.compile(
            rf"\s*(?:\Z|[\n.،,؛;:!؟?)\]»\"”(–—-])"
            rf"|\s+(?:و|(?:{word_alternation(_PLACE_ENDING_AFTER)})(?!\w))"
        ),
    )


#: the words that place an everyday word that is also a place's name (before it): near
#: and direction words, a countryside, a distance from it (see
#: :mod:`geoincidents.places.everyday_words`)
_PLACE_CUE_BEFORE = (
    *("قرب", "بالقرب من", "على مقربة من", "بمقربة من", "محيط", "في محيط", "ضواحي"),
    *("أطراف", "اطراف", "مشارف", "مداخل", "مدخل", "ريف", "بريف", "أرياف", "حومة", "حوالي"),
    *("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال غرب"),
    *("شمال شرق", "جنوب غرب", "جنوب شرق", "شمال غربي", "شمال شرقي", "جنوب غربي"),
    *("جنوب شرقي", "كم من", "كم عن", "كيلومترات من", "كيلومترا من", "كيلومتر من"),
    *("نزدیکی", "نزدیک", "در نزدیکی", "حومه", "حوالی", "شمال‌غرب", "شمال‌شرق"),
    *("جنوب‌غرب", "جنوب‌شرق", "کیلومتری"),
    *("near", "outside", "close to", "north of", "south of", "east of", "west of", "km from"),
    *("kilometres from", "kilometers from", "miles from", "the outskirts of"),
)
#: the nouns of sites and areas that place such a name a word or two after them
#: (``پایگاه آمریکایی حریر``, ``منطقتي القائم وعكاشات``)
_PLACE_NOUNS_BEFORE = (
    *_SITE_NOUNS,
    *(
        "موقع",
        "الموقع",
        "مقر",
        "مستشفى",
        "مستشفيات",
        "بیمارستان",
        "منطقة",
        "منطقتي",
        "منطقتا",
        "مناطق",
        "بلدة",
        "بلدتي",
        "بلدتا",
        "بلدات",
        "مدينة",
    ),
    *("مدينتي", "مدينتا", "مدن", "قرية", "قريتي", "قرى", "ناحية", "ناحيتي", "قضاء", "قضاءي"),
    *("منطقه", "مناطق", "شهر", "شهرهای", "روستای", "روستاهای", "شهرک"),
)
#: an attack named before such a name (an adjective or two may follow it), then its
#: preposition (``الغارات على القائم``, ``الهجوم الأمريكي على القائم``, ``حمله به …``):
#: the place attacked
_ATTACK_NOUNS = (
    *("غارة", "غارات", "الغارة", "الغارات", "ضربة", "ضربات", "الضربة", "الضربات", "هجوم"),
    *("الهجوم", "هجمات", "الهجمات", "قصف", "القصف", "حمله", "حملات", "حمله‌های", "حملات"),
    *("بمباران", "اصابت"),
)
_ATTACK_PREPOSITIONS = ("على", "علی", "في", "به", "بر", "علیه", "ضد")
#: a definite noun right before (read backwards): the word is its adjective (``الوضع القائم``)
_DEFINITE_NOUN_BEFORE = re.compile(r"\s+\w*لا[وفب]?(?:\s|\Z)")
#: a dateline's place (``القائم - قالت مصادر …``, at a line's start)
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?[-–—:،,]")
#: an English dateline's ends with its dash ("Baghdad, Iraq (AP) —"): "Victoria, a
#: spokeswoman, said" is no dateline
_EN_DATELINE_AFTER = re.compile(r"(?:,[^,\n]{1,30}?)?\s*(?:\([^()\n]{0,30}\)\s*)?[-–—]")
#: a Persian object attacked, its verb a few words on (``حریر را با پهپاد هدف قرار دادند``)
_PERSIAN_OBJECT_ATTACKED = re.compile(
    r"\s+را(?:\s+[^\s.!?؟،,؛;]+){0,3}?\s+(?:هدف|مورد حمله|مورد اصابت|بمباران|موشک باران)"
)
#: the prepositions that may place an ``either`` word (``في القائم.``)
_PLACE_PREPOSITIONS = (
    *("في", "فی", "من", "إلى", "الى", "على", "علی", "عند", "نحو", "باتجاه", "داخل"),
    *("در", "به", "از", "تا", "به سوی", "به سمت"),
    *("at", "in", "on", "from", "toward", "towards", "into", "to"),
)
#: what may follow an ``either`` word a preposition places: a conjunction, a direction,
#: its province or border, a near word, a day or a time of day
_PLACE_ENDING_AFTER = (
    *("و", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "غربی", "شرقی"),
    *("محافظة", "بمحافظة", "في محافظة", "التابع", "التابعة", "ضمن", "الحدودية", "الحدودي"),
    *("قرب", "بالقرب", "قضاء", "بقضاء", "ناحية", "استان", "در استان", "مرزی", "نزدیک"),
    *("أمس", "امس", "اليوم", "مساء", "صباح", "ليلة", "ليل", "فجر", "ظهر", "عصر", "يوم"),
    *("ليلا", "نهارا", "فجرا", "صباحا", "ظهرا", "عصرا"),
    *("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
    *("دیروز", "امروز", "شب", "صبح", "بامداد", "روز", "یکشنبه", "دوشنبه", "سه‌شنبه"),
    *("چهارشنبه", "پنجشنبه", "جمعه", "شنبه"),
)
#: letters Persian writes and Arabic does not (and the zero-width non-joiner), or one of
#: its commonest words: the language an everyday word is read in
_PERSIAN_WRITING = re.compile(
    "[\u067e\u0686\u0698\u06af\u06a9\u06cc\u200c]"
    "|(?<!\\S)(?:در|را|از|این|آن|که|است|شد|بود|داشت)(?!\\S)"
)
#: how far around the word its language is read
_LANGUAGE_WINDOW = 80

_WINDOW = 40
#: how far back an attack verb may stand before its object (subject between)
_CLAUSE_WINDOW = 80
#: how far around a place (within its sentence) the words that make a sentence a strike
#: are sought: the work per mention is bounded, however long a "sentence" runs
STRIKE_WINDOW = 400


def _strip_article(key: str) -> str:
    for article in ("ال", "al ", "el "):
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


def rejection(
    folded: str, start: int, end: int, *, has_kind_word: bool = False, site_word: bool = False
) -> str | None:
    """Why the name at folded ``[start, end)`` is not a place here, or ``None``.

    ``has_kind_word`` is true when a kind word came with the name (``قاعدة …``) or the
    name is a country's: a person, outlet or company reading is then ruled out.
    ``site_word`` is true for a kind word of places (not a country): the name is then no
    part of an organisation's name either.

    Examples
    --------
    >>> from geoincidents.text.folding import fold_text
    >>> f = fold_text("قال بشار الأسد إن").folded
    >>> rejection(f, f.index("الاسد"), f.index("الاسد") + 5)
    'person'
    >>> f = fold_text("Al Mayadeen reported that").folded
    >>> rejection(f, 0, 11)
    'outlet'
    >>> f = fold_text("at 6 p.m. (Baghdad time) rockets").folded
    >>> rejection(f, f.index("baghdad"), f.index("baghdad") + 7)
    'clock'
    """
    rules = _rules()
    before = folded[max(0, start - _WINDOW) : start]
    back = before[::-1]  # the rules on the window before match it spelled backwards
    after = folded[end : end + _WINDOW]
    key = folded[start:end]
    bare = {key, _strip_article(key)}
    if rules.clock_before.match(back) or rules.clock_after.match(after):
        return "clock"  # "at 6:30 p.m. Baghdad time": the time zone, not a place of the event
    # a name with its kind word (``پایگاه عین الاسد``) is a site, never part of a group's
    # name: "… مقاومت اسلامی پایگاه عین الاسد را هدف قرار دادند" is the group and its target
    if (rules.org_before.match(back) and not site_word) or rules.org_after.match(after):
        return "organisation"
    if bare & rules.org_namesakes and rules.org_in_before.match(back):
        return "organisation"  # "حزب الله في لبنان": the group's name, not a place
    if rules.support_before.match(back):
        return "metonymy"  # "backed by Tehran": a government, not a location
    if has_kind_word:
        return None  # a kind word (or a country) rules out person, outlet and company
    if rules.given_name.match(back) or rules.title.match(back) or rules.kunya.match(back):
        return "person"
    if bare & rules.person_place and rules.speech_after.match(after):
        return "person"
    if rules.outlet_before.match(back):
        return "outlet"
    if bare & rules.outlet_place and (
        rules.report_after.match(after)
        or rules.according_to.match(back)
        or rules.outlet_or_site_before.match(back)
    ):
        return "outlet"
    if rules.company_before.match(back) or rules.company_after.match(after):
        return "company"
    if rules.clause_start_before.match(back) and (
        rules.statement_after.match(after)
        or (
            any(w in folded[end : end + _SOV_WINDOW] for w in _statement_clause_gate())
            and rules.statement_clause_end.match(folded, end, min(len(folded), end + _SOV_WINDOW))
        )
    ):
        return "metonymy"  # "Damascus condemned the strikes": the government speaks
    if (
        key.isascii()
        and re.match(r"^\s+(?:by|the|a|an|back)\b", after)
        and _sentence_initial(before)
    ):
        return "verb"
    return None


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and ``start`` (read within
    :data:`_WINDOW` characters back: the cost is the same however long the line)."""
    window = text[max(0, start - _WINDOW) : start]
    head, newline, rest = window.rpartition("\n")
    return not rest.strip() and bool(newline or start <= _WINDOW or not head.strip())


@lru_cache(maxsize=1)
def _everyday_words() -> dict[str, tuple[EverydayWord, ...]]:
    """The rows of the bundled everyday-words table by their folded word."""
    by_key: dict[str, tuple[EverydayWord, ...]] = {}
    for row in everyday_words():
        key = fold_word(row.word)
        by_key[key] = (*by_key.get(key, ()), row)
    return by_key


def everyday_word_rejection(
    text: str,
    start: int,
    end: int,
    folded: str,
    folded_start: int,
    folded_end: int,
    *,
    listed: bool = False,
) -> str | None:
    """``"everyday word"`` when the name at ``text[start:end]`` (folded at
    ``folded[folded_start:folded_end]``) is an everyday word of the text's language that
    the words around it do not place, else ``None`` (see
    :mod:`geoincidents.places.everyday_words`; the caller has found no kind word with it).
    ``listed``: the name follows another place's, joined by "and" or a comma (``عين الأسد
    وحرير``): the next place of a list, whatever its reading.

    The language is Persian where a letter only Persian writes stands near the word, else
    Arabic; folding merges ``ة`` and ``ه``, so the word is told by its written letter (``عنه``
    "from him" is no ``عنة``, Anah).

    Examples
    --------
    >>> from geoincidents.text.folding import fold_text
    >>> def reason(text, word):
    ...     f = fold_text(text).folded
    ...     i, j = text.index(word), text.index(word) + len(word)
    ...     return everyday_word_rejection(text, i, j, f, f.index(fold_word(word)),
    ...                                    f.index(fold_word(word)) + len(fold_word(word)))
    >>> reason("وأظهرت الصور دخانا يتصاعد", "الصور")
    'everyday word'
    >>> reason("سقطت قذائف قرب الصور شرق دير الزور", "الصور") is None
    True
    >>> reason("لا يمكن قبول الوضع القائم.", "القائم"), reason("غارات على القائم.", "القائم")
    ('everyday word', None)
    """
    key = folded[folded_start:folded_end]
    # (``للعلم``, "for your information", is matched as ``لعلم``: the name's article
    # with its alef dropped after the clitic ل)
    table = _everyday_words()
    rows = table.get(key) or (table.get("ا" + key, ()) if key[:1] == "ل" else ())
    if not rows or listed:
        return None
    window = (max(0, start - _LANGUAGE_WINDOW), min(len(text), end + _LANGUAGE_WINDOW))
    if key.isascii():  # an English row's word, capitalised (lower case is never a name)
        opening = text[max(0, start - _WINDOW) : start].rstrip(" \t\"'“‘«(")  # (bounded)
        if opening and opening[-1] not in ".!?:\n":
            return None  # "the Victory base", "hit Green": a capital inside a sentence
        language = "en"
    else:
        language = "fa" if _PERSIAN_WRITING.search(text, *window) else "ar"
    written_teh = "ة" in text[start:end]
    row = next(
        (r for r in rows if language in r.languages and ("ة" in r.word) == written_teh), None
    )
    if row is None:
        return None
    rules = _rules()
    back = folded[max(0, folded_start - _WINDOW) : folded_start][::-1]
    after = folded[folded_end : folded_end + _WINDOW]
    if row.reading != "kind" and (
        rules.place_cue_before.match(back)
        or rules.place_noun_before.match(back)
        or rules.attack_on_before.match(back)
        or rules.site_in_before.match(back)
        or rules.target_after.match(after)
        or _PERSIAN_OBJECT_ATTACKED.match(after)
        or (  # (read in the text: folding drops the dash)
            _opens_its_line(text, start)
            and (_EN_DATELINE_AFTER if language == "en" else _DATELINE_AFTER).match(
                text, end, end + _WINDOW
            )
        )
    ):  # ``قرب الصور``: near the place; ``پایگاه آمریکایی حریر``: a site's name;
        # ``الغارات على القائم``, ``پایگاه … در حریر را … هدف قرار دادند``: the place
        # attacked; ``القائم - قالت مصادر``: a dateline
        return None
    if row.reading == "place":
        if any(after.startswith(f" {fold_word(w)}") for w in row.everyday_next):
            return "everyday word"  # ``القائم بالأعمال``: the chargé d'affaires
        if _DEFINITE_NOUN_BEFORE.match(back) and not rules.verb_object.match(
            folded[max(0, folded_start - _CLAUSE_WINDOW) : folded_start][::-1]
        ):
            return "everyday word"  # ``الوضع القائم``: the status quo
        return None
    if row.reading == "either":
        clause = folded[max(0, folded_start - _CLAUSE_WINDOW) : folded_start][::-1]
        if rules.verb_object.match(clause):
            return None  # ``قصفت الطائرات القائم``: what an attack verb hit
        if rules.place_preposition_before.match(back) and rules.place_ending_after.match(
            folded, folded_end, min(len(folded), folded_end + _WINDOW)
        ):
            return None  # ``في القائم.``, ``على القائم والبوكمال``
    return "everyday word"


#: how far either side of a name in capitals the letters are read to tell a stretch of
#: capitals (a headline) from running text: bounded, so the test costs the same anywhere
_CAPITALS_WINDOW = 80
_LOWER_LATIN = re.compile(r"[a-z]")
_LATIN_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
#: a capitalised word inside a sentence (after a lower-case word or a comma): a name
_LATIN_NAME_INSIDE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?![A-Za-z])")
#: the longest name in capitals read as an acronym in running text (``IS``, ``ANA``)
ACRONYM_MAX_LETTERS = 3


#: the small words a Title Case headline leaves in lower case ("Drones Hit Base Near
#: Baghdad as Talks Go on"): any other lower-case word makes the line running text
_TITLE_SMALL_WORDS = frozenset(
    (
        *("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for"),
        *("by", "as", "from", "with", "into", "over", "near", "after", "amid", "vs", "via"),
        *("off", "up", "out", "than", "per", "is", "are"),
    )
)
_LATIN_WORD = re.compile(r"(?<![A-Za-z'’])[A-Za-z][A-Za-z'’-]*")
#: the fewest capitalised words of a Title Case headline ("Drones Hit Base")
_TITLE_MIN_CAPITALISED = 3


def _title_case_line(line: str) -> bool:
    """Whether ``line`` is a Title Case headline: at least
    :data:`_TITLE_MIN_CAPITALISED` capitalised Latin words, every other one a small word
    (:data:`_TITLE_SMALL_WORDS`), and not all in capitals (a line in capitals is read as
    such); a line that ends a sentence with a full stop is running text.

    >>> _title_case_line("Drones Hit Victory Base Near Baghdad Airport; Defences Down One")
    True
    >>> _title_case_line("Two drones hit the base near Baghdad on Thursday.")
    False
    """
    stripped = line.strip()
    if not stripped or stripped[-1] == ".":
        return False
    capitalised = 0
    for word in _LATIN_WORD.findall(stripped):
        if word[0].isupper():
            capitalised += 1
        elif word.lower() not in _TITLE_SMALL_WORDS:
            return False
    return capitalised >= _TITLE_MIN_CAPITALISED and _LOWER_LATIN.search(stripped) is not None


@dataclass(frozen=True)
class CaseEvidence:
    """How an article writes its Latin words: ``lower``, the words it writes in lower
    case; ``names``, those it writes capitalised inside a sentence (folded to lower case)."""

    lower: frozenset[str]
    names: frozenset[str]


def case_evidence(text: str) -> CaseEvidence:
    """The :class:`CaseEvidence` of ``text`` (one pass over it for each).

    A line in Title Case (a headline) names nothing: it capitalises every word.

    >>> e = case_evidence("ROCKETS HIT BASE. Three rockets hit the base near Anah.")
    >>> sorted(e.lower), sorted(e.names)
    (['base', 'hit', 'near', 'rockets', 'the'], ['anah'])
    >>> sorted(case_evidence("Drones Hit Base Near Anah\\n\\nTwo drones fell.").names)
    []
    """
    names: set[str] = set()
    for line in text.splitlines():  # (each line read once)
        if not _title_case_line(line):  # a Title Case headline capitalises every word
            names.update(w.lower() for w in _LATIN_NAME_INSIDE.findall(line))
    return CaseEvidence(frozenset(_LATIN_LOWER_WORD.findall(text)), frozenset(names))


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """The one-word English entries of the role and strike tables (``hit``, ``struck``,
    ``shelled``): words these rules read, so a headline in capitals uses them as words."""
    tables = (_TARGET_BEFORE, _ORIGIN_BEFORE, _CONTEXT_BEFORE, _STRIKE_WORDS, _TARGET_AFTER)
    return frozenset(w.lower() for table in tables for w in table if w.isascii() and w.isalpha())


def capitals_rejection(
    text: str,
    start: int,
    end: int,
    spellings: Iterable[str],
    evidence: Callable[[], CaseEvidence],
) -> str | None:
    """Why the Latin name at original ``text[start:end]``, written in capitals, is not a
    place here, or ``None``.

    Case is what tells "Hit" the town from "hit" the verb (:mod:`.mentions` skips a
    Latin name written in lower case); capitals take that signal away (a name written
    capitalised, ``Hit``, in a Title Case headline or at a sentence's opening, is read by
    :func:`_capitalised_word`):

    - **word**: in a stretch of capitals (a headline, ``ROCKETS HIT AIN AL-ASAD``), a
      name the same article writes in lower case as a word (``three rockets hit the
      base``), or that is a word of the role and strike tables (``hit``), is that word,
      unless the article capitalises it inside a sentence (``shelling hit Hit``);
    - **acronym**: in running text, a name of at most :data:`ACRONYM_MAX_LETTERS`
      letters written in capitals (``IS fighters``, ``ANA soldiers``) is an acronym,
      unless a place spells it so (``BIAP``, ``BGW``: the codes of airports).

    ``spellings`` are the names of the candidate places as written in the gazetteer;
    ``evidence`` gives :func:`case_evidence` of the text (called only when needed).

    Examples
    --------
    >>> text = "ROCKETS HIT AIN AL-ASAD\\n\\nThree rockets hit the base."
    >>> capitals_rejection(text, 8, 11, ["Hit"], lambda: case_evidence(text))
    'word'
    >>> text = "IS fighters attacked a checkpoint."
    >>> capitals_rejection(text, 0, 2, ["Hit", "Is"], lambda: case_evidence(text))
    'acronym'
    >>> text = "Rockets fell near BIAP."
    >>> capitals_rejection(text, 18, 22, ["BIAP"], lambda: case_evidence(text)) is None
    True
    """
    written = text[start:end]
    if not written.isascii() or not written[:1].isupper():
        return None
    if not written.isupper():
        return _capitalised_word(text, start, end, evidence)
    if written in spellings:
        return None
    before = text[max(0, start - _CAPITALS_WINDOW) : start]
    after = text[end : end + _CAPITALS_WINDOW]
    before = before[before.rfind("\n") + 1 :]
    cut = after.find("\n")
    after = after if cut < 0 else after[:cut]
    in_capitals = not _LOWER_LATIN.search(before) and not _LOWER_LATIN.search(after)
    if in_capitals:
        word, seen = written.lower(), evidence()
        if word in seen.names:
            return None
        return "word" if word in seen.lower or word in _rule_words() else None
    letters = sum(c.isalpha() for c in written)
    return "acronym" if letters <= ACRONYM_MAX_LETTERS else None


#: what follows a sentence's first word read as a verb, not as a town's name: its agent
#: or degree ("Hit by the heat", "Hit hardest are …") or a plural verb after it, the
#: participle opening an inverted sentence ("Hit were depots"; a town takes "was")
_VERB_READING_AFTER = re.compile(
    r"[ \t]+(?:by|were|are|hard|harder|hardest|back|again|twice|repeatedly)(?![A-Za-z])"
)


def _capitalised_word(
    text: str, start: int, end: int, evidence: Callable[[], CaseEvidence]
) -> str | None:
    """``"word"`` when the one-word name at ``text[start:end]``, written capitalised
    (``Hit``), takes its capital from where it stands and not from being a name, else
    ``None``; the other half of :func:`capitals_rejection`.

    A capital says nothing of case in two places: a line in Title Case (a headline,
    ``Drones Hit Victory Base``), where the name is read as a word like one in a line of
    capitals (a word the article writes in lower case, or a word of the rules' tables);
    and the opening of a sentence (``Hit were command centres``, ``ANCHOR: Hit by the
    heat``), where a word of the rules' tables (``hit``, ``struck``) is read as that word
    when what follows reads it as a verb (:data:`_VERB_READING_AFTER`; ``Hit was shelled``
    is the town). Either way the name stays a place when the article capitalises it
    inside a sentence (``near Hit``).

    >>> def read(text, word):
    ...     i = text.index(word)
    ...     return _capitalised_word(text, i, i + len(word), lambda: case_evidence(text))
    >>> read("Drones Hit Victory Base\\n\\nTwo drones fell.", "Hit")
    'word'
    >>> read("Hit by the heat, Baghdad closed.", "Hit"), read("Hit was shelled.", "Hit")
    ('word', None)
    """
    word = text[start:end]
    if not word.isalpha():
        return None
    # the name's whole line, when it is short enough to be read (bounded both ways)
    line_start = text.rfind("\n", max(0, start - _CAPITALS_WINDOW), start) + 1
    line_end = text.find("\n", end, end + _CAPITALS_WINDOW)
    if line_end < 0 and len(text) - end <= _CAPITALS_WINDOW:
        line_end = len(text)
    whole_line = (line_start > 0 or start <= _CAPITALS_WINDOW) and line_end >= 0
    opening = text[max(line_start, start - _WINDOW) : start].rstrip(" \t\"'“‘«(")
    if whole_line and _title_case_line(text[line_start:line_end]):
        seen, key = evidence(), word.lower()
        if key in seen.names:
            return None
        return "word" if key in seen.lower or key in _rule_words() else None
    if (
        (not opening or opening[-1] in ".!?:")
        and word.lower() in _rule_words()
        and _VERB_READING_AFTER.match(text, end, end + _WINDOW)
    ):
        return None if word.lower() in evidence().names else "word"
    return None


#: a base named by whose it is, not by its name ("the U.S. base in Rmelan", ``القاعدة
#: الأمريكية في رميلان``, ``پایگاه آمریکا در رمیلان``): the place after it locates the base
_BASE_NOUNS = (
    *("base", "airbase", "air base", "garrison", "outpost", "military base"),
    *("قاعدة", "القاعدة", "قاعدة عسكرية", "القاعدة العسكرية", "پایگاه", "پایگاه نظامی"),
)
_BASE_OWNERS = (
    *("US", "U.S.", "American", "coalition", "U.S.-led coalition", "US-led coalition"),
    *("أمريكية", "أميركية", "الأمريكية", "الأميركية", "للتحالف", "التحالف", "للتحالف الدولي"),
    *("التحالف الدولي", "الأمريكي", "الأميركي", "للقوات الأمريكية", "للقوات الأميركية"),
    *("آمریکا", "آمریکایی", "امریکا", "امریکایی", "ائتلاف", "نیروهای آمریکایی"),
    # the groups' own word for the US forces ("the US occupation base", ``قاعدة الاحتلال
    # الأمريكي``, ``پایگاه اشغالگران آمریکایی``)
    *("occupation", "US occupation", "American occupation", "الاحتلال", "للاحتلال"),
    *("اشغالگران", "اشغالگر", "اشغالگری"),
)
_BASE_AT = (
    *("in", "at", "near", "outside", "close to"),
    *("في", "فى", "قرب", "بالقرب من", "قرب مدينة", "في مدينة", "في بلدة"),
    *("در", "نزدیک", "در نزدیکی", "در شهر", "نزدیک شهر"),
)
#: the longest window before a name that :func:`owned_base_before` reads
_BASE_WINDOW = 72


@lru_cache(maxsize=1)
def _owned_base() -> re.Pattern[str]:
    owners, bases = word_alternation(_BASE_OWNERS), word_alternation(_BASE_NOUNS)
    at = word_alternation(_BASE_AT)
    # the owner after the base noun (``پایگاه آمریکایی``, ``القاعدة الأمريكية``) may stand
    # right before the town, with no "in" (``پایگاه آمریکایی رمیلان``)
    return re.compile(
        rf"(?<!\w)(?:(?:the\s+|a\s+)?(?:{owners})(?:\s+military)?\s+(?:{bases})\s+(?:{at})"
        # "in the Rmelan area", "near the town of Rmelan"
        rf"(?:\s+the(?:\s+(?:town|city|village|area)\s+of)?)?"
        rf"|(?:{bases})(?:\s+(?:{owners}))+(?:\s+(?:{at}))?)[\s«\"“(]*$"
    )


def owned_base_before(folded: str, start: int, sentence_start: int = 0) -> int | None:
    """Where a base named by its owner, and not by its own name, starts when it ends just
    before the folded ``start`` ("the U.S. base in", ``القاعدة الأمريكية في``, ``پایگاه
    آمریکا در``), else ``None``.

    Examples
    --------
    >>> f = fold_word("a drone hit the U.S. base in Rmelan")
    >>> f[owned_base_before(f, f.index("rmelan")) :]
    'the u.s. base in rmelan'
    >>> f = fold_word("strikes hit positions in Rmelan")
    >>> owned_base_before(f, f.index("rmelan")) is None
    True
    """
    offset = max(sentence_start, start - _BASE_WINDOW)
    found = _owned_base().search(folded, offset, start)
    return found.start() if found else None


def _sentence_initial(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?؟\n"


def is_strike_sentence(folded_sentence: str) -> bool:
    """Whether a (folded) sentence reports a strike by the US or the coalition.

    Examples
    --------
    >>> is_strike_sentence(fold_word("US airstrikes hit the headquarters in al-Qaim"))
    True
    >>> is_strike_sentence(fold_word("Rockets hit the base"))
    False
    """
    return _is_strike(folded_sentence)


@lru_cache(maxsize=256)
def _is_strike(folded_sentence: str) -> bool:
    """:func:`is_strike_sentence`, remembered for the last windows: the places of one
    sentence shorter than the strike window all read the same window (the whole
    sentence), which is then searched once."""
    rules = _rules()
    return bool(
        rules.strike.search(folded_sentence)
        and (rules.striker.search(folded_sentence) or rules.means.search(folded_sentence))
    )


def role_of(
    folded: str,
    start: int,
    end: int,
    *,
    sentence: tuple[int, int] | None = None,
    kind: str | None = None,
) -> str | None:
    """The role of the place at folded ``[start, end)`` in its sentence (see module doc).

    ``sentence`` is the folded span of the sentence (default: the whole text); ``kind``
    the place's kind (areas default to ``context``). Strike words are sought within
    :data:`STRIKE_WINDOW` characters of the place in its sentence, so the cost per
    mention is bounded.

    Examples
    --------
    >>> f = fold_word("rockets were fired from Hit toward Ain al-Asad")
    >>> role_of(f, f.index("hit"), f.index("hit") + 3), role_of(f, f.index("ain"), len(f))
    ('origin', 'target')
    """
    rules = _rules()
    s_start, s_end = sentence if sentence is not None else (0, len(folded))
    # the rules on the window before the place match it spelled backwards
    back = folded[max(s_start, start - _WINDOW) : start][::-1]
    after = folded[end : min(s_end, end + _WINDOW)]
    if rules.support_before.match(back):
        return "context"  # "backed by Tehran": the place stands for its government
    if rules.reported_from.match(back):
        return "context"  # "reported from Erbil": where the report was filed
    approach = rules.approach_before.match(back) is not None
    near = rules.near_before.match(back) is not None
    part = rules.part_of_before.match(back) is not None  # "in other areas of X"
    if not approach and not near and not part and rules.origin_before.match(back):
        return "origin"
    target = bool(
        approach
        or part
        or rules.target_before.match(back)
        or rules.target_after.match(after)
        or ("قرار گرفت" in after and rules.passive_clause_after.match(after))
        or rules.site_in_before.match(back)
        or rules.verb_object.match(folded[max(s_start, start - _CLAUSE_WINDOW) : start][::-1])
    )
    if kind in AREA_KINDS and not target:
        return "context"
    strike = _is_strike(
        folded[max(s_start, start - STRIKE_WINDOW) : min(s_end, end + STRIKE_WINDOW)]
    )
    if target or (strike and kind not in AREA_KINDS):
        return "strike_site" if strike else "target"
    if rules.context_before.match(back):
        if is_facility(kind) and _event_words().search(
            folded, max(s_start, start - STRIKE_WINDOW), min(s_end, end + STRIKE_WINDOW)
        ):
            # "rockets landed in the base", ``قتل جنديان في قاعدة``, ``در پایگاه … زخمی
            # شدند``: an installation the sentence's weapons or casualties are in was hit
            return "target"
        return "context"
    return None


#: the words of a blast, in the three languages (drafting's explosions read them too)
EXPLOSION_WORDS = (
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "exploded",
    "انفجار",
    "منفجر",
    "تفجير",
    "دوي",
    "دوى",
    # plurals and the Persian indefinite (``انفجاری مهیب``, ``انفجارهایی``), ``انفجارات``
    "انفجاری",
    "انفجارها",
    "انفجارهای",
    "انفجارهایی",
    "انفجارات",
    "انفجارين",
    "انفجاران",
    # the Arabic indefinite accusative (``انفجاراً``, ``تفجيراً``): the word with its alif
    "انفجارا",
    "تفجيرا",
    "explosive blast",
)


@lru_cache(maxsize=1)
def _event_words() -> re.Pattern[str]:
    """The words of an event at a site: weapons, the killed and wounded, blasts."""
    words = count_words()
    folded = words["weapon"] | words["killed"] | words["wounded"]
    folded |= {fold_word(w) for w in EXPLOSION_WORDS}
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{folded_alternation(folded)})")

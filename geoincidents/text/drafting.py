"""Draft the incidents an article reports, for an analyst to review, correct and map.

:func:`draft_incidents` splits the article into sentences (Arabic, Persian and English
punctuation) and turns each sentence with an attack, strike, interception or
explosion cue into a :class:`DraftIncident`:

- **kind**: ``interception`` (intercepted, shot down, ``رهگیری``, ``اعتراض``,
  ``أسقطت``), ``retaliatory_strike`` / ``preemptive_strike`` (a strike by the US or
  the coalition, "in response" / "imminent threat"), ``explosion`` (an explosion with no
  weapon named), otherwise ``attack``;
- **weapon and count**: the weapon word and the number before it, digits of any script
  or number words (``هشت راکت``, ``خمسة صواريخ``, ``five rockets``, ``۱۷ موشک و راکت``,
  ``بثماني قذائف صاروخية``);
- **date**: the first date of the sentence (:func:`geoincidents.text.dates.find_dates`),
  else the last date given before it in the article, else the publication date
  (precision ``week`` then, and a lower confidence);
- **places**: target and origin from the roles of :func:`geoincidents.text.geoparse.geoparse`
  ("from X toward Y", ``از … به سوی …``, ``من … باتجاه …``, ``أطلقت على …``); without a
  target role, the first site of the sentence; a sentence naming no place is skipped;
- **actor**: a group named in the sentence (Kataib Hezbollah, the Islamic Resistance
  in Iraq, …).

Sentences that draft the same incident (same kind, target and date) are merged.
``confidence`` in [0, 1] adds up what was found; ``evidence`` says where each value came
from. :func:`write_drafts_csv` writes the incident CSV that ``geoincidents map`` reads,
with the span and confidence in ``notes``.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> base = Place("ain-al-asad", "Ain al-Asad Air Base", 33.8, 42.44, "air_base", "IQ",
...              2000, "example", aliases=("Ain al-Asad",))
>>> drafts = draft_incidents("Five rockets hit Ain al-Asad yesterday.",
...                          published=dt.date(2022, 1, 5), gazetteer=Gazetteer((base,)),
...                          include_geonames=False)
>>> d = drafts[0].incident
>>> d.kind, d.weapon, d.count, d.date.isoformat(), d.target.place_id
('attack', 'rocket', 5, '2022-01-04', 'ain-al-asad')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from geoincidents.errors import GeoparseError
from geoincidents.incidents.model import Incident, Location, Source
from geoincidents.places.numbers import NUMBER_WORDS, parse_number
from geoincidents.text.context import AREA_KINDS, STRIKER_NAMES, Sentence, split_sentences
from geoincidents.text.dates import DateMention, find_dates, parse_published
from geoincidents.text.folding import fold_text, fold_word, word_alternation
from geoincidents.text.geoparse import ResolvedMention, geoparse

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["DraftIncident", "draft_file", "draft_incidents", "write_drafts_csv"]

#: weapon -> words (any language); the first weapon found in a sentence wins
WEAPON_WORDS: dict[str, tuple[str, ...]] = {
    "ballistic_missile": (
        *("ballistic missile", "ballistic missiles", "موشک بالستیک", "موشک‌های بالستیک"),
        *("موشکهای بالستیک", "صاروخ باليستي", "صواريخ باليستية", "صواريخ بالستية"),
    ),
    "cruise_missile": ("cruise missile", "cruise missiles", "موشک کروز", "صاروخ كروز"),
    "drone": (
        *("drone", "drones", "UAV", "UAVs", "پهپاد", "پهپادها", "پهپادهای", "پهپادی"),
        *("مسيرة", "مسيرات", "طائرة مسيرة", "طائرات مسيرة", "درون", "طائرات بدون طيار"),
    ),
    "ied": (
        *("IED", "IEDs", "roadside bomb", "roadside bombs", "بمب کنار جاده", "بمب کنار جاده‌ای"),
        *("عبوة ناسفة", "عبوات ناسفة"),
    ),
    "airstrike": (
        *("airstrike", "airstrikes", "air strike", "air strikes", "fighter jet", "warplane"),
        *("حمله هوایی", "حملات هوایی", "جنگنده", "غارة", "غارات", "طائرة حربية", "طائرات"),
    ),
    "artillery": (
        *("artillery", "shells", "توپخانه", "توپخانه‌ای", "قذائف مدفعية", "مدفعية", "مدفعي"),
    ),
    "rocket": (
        *("rocket", "rockets", "Katyusha", "Katyushas", "missile", "missiles", "projectiles"),
        *("راکت", "راکتها", "راکت‌ها", "راکتی", "کاتیوشا", "موشک", "موشکها", "موشک‌ها"),
        *("موشکی", "صاروخ", "صواريخ", "صاروخي", "صاروخية", "قذيفة صاروخية", "قذائف صاروخية"),
        *("مقذوفات صاروخية", "قذائف", "قذيفة", "كاتيوشا"),
    ),
}
_EVENT_WORDS = (
    *("attack", "attacks", "attacked", "strike", "strikes", "struck", "hit", "fired"),
    *("launched", "targeted", "intercepted", "shot down", "explosion", "blast", "exploded"),
    *("shelling", "shelled", "bombing", "حمله", "حملات", "شلیک", "پرتاب", "هدف", "اصابت"),
    *("رهگیری", "انفجار", "منفجر", "هجوم", "هجمات", "هجوما", "استهدف", "استهدفت"),
    *("استهداف", "أطلقت", "اطلقت", "إطلاق", "سقطت", "سقط", "قصف", "غارة", "اعتراض"),
    *("أسقطت", "انفجار", "تفجير"),
)
_INTERCEPT_WORDS = (
    *("intercepted", "intercept", "interception", "shot down", "downed", "foiled"),
    *("رهگیری", "خنثی", "اعتراض", "أسقطت", "اسقطت", "إسقاط", "إحباط", "احباط"),
)
_EXPLOSION_WORDS = ("explosion", "blast", "exploded", "انفجار", "منفجر", "تفجير", "دوي")
_RETALIATION_WORDS = (
    *("in response", "retaliation", "retaliatory", "retaliate", "self-defense"),
    *("self-defence", "در پاسخ", "تلافی", "ردا على", "رداً على", "انتقاما", "دفاع از خود"),
    *("في إطار الدفاع عن النفس", "ردا", "رد"),
)
#: words by which a strike says it answers what the article reported before it
_RESPONSE_WORDS = (
    *_RETALIATION_WORDS,
    *("then", "in retaliation", "afterwards", "في رد", "ردًا", "ثم", "بعد ذلك"),
    *("در پاسخ به", "در تلافی", "تلافی‌جویانه", "سپس", "پس از آن"),
)
_PREEMPTIVE_WORDS = (
    *("imminent threat", "pre-emptive", "preemptive", "تهدید قریب", "پیش‌دستانه"),
    *("خطر وشيك", "تهديد وشيك", "استباقي", "استباقية", "خطرا وشيكا", "خطراً وشيكاً"),
)
_STRIKE_VERBS = (
    *("strike", "strikes", "struck", "airstrike", "airstrikes", "bombed", "destroyed"),
    *("shelled", "fired artillery", "حمله هوایی", "حملات هوایی", "توپخانه", "منهدم کرد"),
    *("هدف حمله هوایی", "غارة", "غارات", "قصف", "قصفت", "قذائف مدفعية", "دمرت"),
)
#: Arabic duals: the word itself says "two"
DUAL_WORDS: dict[str, str] = {
    "صاروخين": "rocket",
    "صاروخان": "rocket",
    "قذيفتين": "rocket",
    "مسيرتين": "drone",
    "طائرتين مسيرتين": "drone",
    "طائرتين": "drone",
}
#: groups named as actors (the English name is what the draft records)
ACTORS: dict[str, tuple[str, ...]] = {
    "Kataib Hezbollah": (
        "Kataib Hezbollah",
        "Kata'ib Hezbollah",
        "كتائب حزب الله",
        "کتائب حزب‌الله",
    ),
    "Islamic Resistance in Iraq": (
        *("Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق"),
        *("مقاومت اسلامی در عراق", "مقاومت اسلامی عراق"),
    ),
    "Harakat al-Nujaba": ("Nujaba", "al-Nujaba", "النجباء", "نجباء"),
    "Kataib Sayyid al-Shuhada": ("Kataib Sayyid al-Shuhada", "كتائب سيد الشهداء"),
    "Qasim al-Jabbarin": ("Qasim al-Jabbarin", "قاصم الجبارين", "قاصم الجبارین"),
}


#: a date given this many characters before a sentence still dates it
_DATE_REACH = 300
_SINCE = re.compile(r"(?<!\w)(?:since|منذ|از)\s*$")


@dataclass(frozen=True)
class DraftIncident:
    """An incident drafted from one sentence (or merged sentences) of an article.

    ``span`` indexes the article (the supporting sentence); ``confidence`` is in [0, 1];
    ``evidence`` lists where each value came from (offsets, never article sentences).
    """

    incident: Incident
    span: tuple[int, int]
    confidence: float
    evidence: tuple[str, ...] = ()


# ------------------------------------------------------------------ lexicon


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:[وفب]|ال|بال)?(?:{word_alternation(words)})(?!\w)")


@dataclass(frozen=True)
class _Lexicon:
    event: re.Pattern[str]
    intercept: re.Pattern[str]
    explosion: re.Pattern[str]
    response: re.Pattern[str]
    preemptive: re.Pattern[str]
    striker: re.Pattern[str]
    strike_verb: re.Pattern[str]
    weapons: tuple[tuple[str, re.Pattern[str]], ...]
    count_weapon: re.Pattern[str]
    weapon_of: dict[str, str]
    actors: tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    weapon_of = {fold_word(w): weapon for weapon, words in WEAPON_WORDS.items() for w in words}
    number_words = sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True)
    numword = "|".join(re.escape(fold_word(w)) for w in number_words)
    number = rf"(?:\d+|(?:{numword})(?:(?:\s+و\s*|\s+and\s+|\s+|-)(?:{numword}))*)"
    weapon_alt = word_alternation(weapon_of)
    count_weapon = re.compile(
        rf"(?<!\w)(?:[بو])?(?P<num>{number})\s+(?:(?:من\s+)?(?:ال)?)"
        rf"(?P<weapon>{weapon_alt})(?!\w)"
    )
    return _Lexicon(
        event=_words(_EVENT_WORDS + tuple(weapon_of)),
        intercept=_words(_INTERCEPT_WORDS),
        explosion=_words(_EXPLOSION_WORDS),
        response=_words(_RESPONSE_WORDS),
        preemptive=_words(_PREEMPTIVE_WORDS),
        striker=_words(STRIKER_NAMES),
        strike_verb=_words(_STRIKE_VERBS),
        weapons=tuple((weapon, _words(words)) for weapon, words in WEAPON_WORDS.items()),
        count_weapon=count_weapon,
        weapon_of=weapon_of,
        actors=tuple((name, _words(words)) for name, words in ACTORS.items()),
    )


# ------------------------------------------------------------------ per sentence


def _language(text: str) -> str:
    if any(c in text for c in "پچژگکی"):
        return "fa"
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "ar"
    return "en"


def _kind(folded: str, lex: _Lexicon) -> str:
    striker = lex.striker.search(folded)
    strike = lex.strike_verb.search(folded)
    intercepted = lex.intercept.search(folded)
    if striker and strike and not intercepted:
        if lex.preemptive.search(folded):
            return "preemptive_strike"
        return "retaliatory_strike"
    if intercepted:
        return "interception"
    if lex.explosion.search(folded) and not any(p.search(folded) for _, p in lex.weapons):
        return "explosion"
    return "attack"


def _weapon_count(folded: str, lex: _Lexicon) -> tuple[str, int | None, list[str]]:
    notes: list[str] = []
    counted = list(lex.count_weapon.finditer(folded))
    for m in counted:
        value = parse_number(m.group("num"))
        weapon = lex.weapon_of.get(m.group("weapon"), "unknown")
        if value is not None and 0 < value < 1000:
            total = value
            # "۱۷ موشک و راکت": one count for two weapon words joined by and
            notes.append(f"count {value} read from a number word/digits before a weapon word")
            return weapon, total, notes
    for word, weapon in DUAL_WORDS.items():
        if re.search(rf"(?<!\w)(?:ب|و|ال)?{re.escape(fold_word(word))}(?!\w)", folded):
            notes.append("count 2 read from an Arabic dual")
            return weapon, 2, notes
    found = [(p.search(folded), w) for w, p in lex.weapons]
    hits = [(m.start(), w) for m, w in found if m]
    if hits:
        return min(hits)[1], None, notes
    return "unknown", None, notes


def _actor(folded: str, lex: _Lexicon) -> str:
    return next((name for name, p in lex.actors if p.search(folded)), "")


def _location(m: ResolvedMention) -> Location:
    place = m.place
    assert place is not None and m.lat is not None and m.lon is not None
    area = place.kind in AREA_KINDS
    relation = m.relative.phrase if m.relative is not None else ""
    return Location(
        lat=m.lat,
        lon=m.lon,
        name=place.name if m.relative is None else f"{m.relative.phrase} ({place.name})",
        place_id=place.id,
        radius_m=float(m.radius_m or 0.0),
        geo_precision=3 if area else (2 if m.relative is not None else 1),
        relation=relation,
        polygon_wkt=m.estimate.polygon_wkt if m.estimate is not None else None,
    )


def _specificity(m: ResolvedMention) -> tuple[bool, float]:
    """Sort key: a site before an area, then the smaller uncertainty radius."""
    place = m.place
    if place is None:
        return (True, float("inf"))
    return (place.kind in AREA_KINDS, float(m.radius_m or place.precision_m))


def _pick(mentions: Sequence[ResolvedMention], roles: tuple[str, ...]) -> ResolvedMention | None:
    """The most specific place among the mentions with the first role found in ``roles``."""
    for role in roles:
        with_role = [m for m in mentions if m.role == role and m.place is not None]
        if with_role:
            return min(with_role, key=_specificity)
    return None


def _draft_sentence(
    text: str,
    sentence: Sentence,
    mentions: Sequence[ResolvedMention],
    dates: Sequence[DateMention],
    published: dt.date | None,
    source: Source,
    lex: _Lexicon,
) -> DraftIncident | None:
    folded = fold_text(text[sentence.start : sentence.end]).folded
    if not lex.event.search(folded):
        return None
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end and m.found]
    if not inside:
        return None
    kind = _kind(folded, lex)
    target = _pick(
        inside, ("strike_site", "target") if kind.endswith("strike") else ("target", "strike_site")
    )
    origin = _pick(inside, ("origin",))
    evidence: list[str] = [f"sentence at characters {sentence.start}-{sentence.end}"]
    confidence = 0.25
    target_location: Location | None = None
    if target is None:
        sites = [
            m for m in inside if m is not origin and m.place and m.place.kind not in AREA_KINDS
        ]
        target = sites[0] if sites else next((m for m in inside if m is not origin), None)
        if target is not None:
            evidence.append(f"target: first place of the sentence at {target.start}-{target.end}")
        elif origin is not None and origin.relative is not None:
            target = origin  # "fired from 15 km of the base toward it": the anchor is hit
            anchor = origin.relative.anchor
            target_location = Location(
                lat=anchor.lat,
                lon=anchor.lon,
                name=anchor.name,
                place_id=anchor.id,
                radius_m=float(anchor.precision_m),
            )
            evidence.append("target: the anchor of the relative origin")
        else:
            return None
    else:
        confidence += 0.2
        evidence.append(f"target by role {target.role} at {target.start}-{target.end}")
    if origin is not None:
        confidence += 0.05
        evidence.append(f"origin by role at {origin.start}-{origin.end}")
    weapon, count, notes = _weapon_count(folded, lex)
    evidence += notes
    if weapon != "unknown":
        confidence += 0.1
    if count is not None:
        confidence += 0.1
    usable = [
        d
        for d in dates
        if not _SINCE.search(fold_text(text[max(0, d.start - 12) : d.start]).folded)
    ]
    in_sentence = [d for d in usable if sentence.start <= d.start < sentence.end]
    before = [d for d in usable if sentence.start - _DATE_REACH <= d.start < sentence.start]
    date_mention = in_sentence[0] if in_sentence else (before[-1] if before else None)
    if date_mention is not None:
        date, precision = date_mention.date, date_mention.precision
        confidence += 0.2 if in_sentence else 0.1
        evidence.append(
            f"date {date.isoformat()} ({date_mention.calendar}) from characters "
            f"{date_mention.start}-{date_mention.end}"
        )
    elif published is not None:
        date, precision = published, "week"
        evidence.append("date: publication date (no date in the text)")
    else:
        return None
    if target.place is not None and target.place.kind in AREA_KINDS:
        confidence -= 0.1
    actor = _actor(folded, lex)
    confidence = round(max(0.05, min(0.95, confidence + 0.05 * (target.score - 0.8))), 3)
    incident = Incident(
        id="",
        date=date,
        kind=kind,
        target=target_location or _location(target),
        date_precision=precision if precision in ("day", "week", "month") else "day",
        weapon=weapon,
        count=count,
        origin=_location(origin) if origin is not None else None,
        actor=actor,
        claim_status="claimed" if actor else "unknown",
        sources=(source,),
    )
    return DraftIncident(incident, (sentence.start, sentence.end), confidence, tuple(evidence))


def _merge(drafts: list[DraftIncident]) -> list[DraftIncident]:
    merged: list[DraftIncident] = []
    for d in drafts:
        inc = d.incident
        same = next(
            (
                i
                for i, m in enumerate(merged)
                if m.incident.kind == inc.kind
                and m.incident.target.place_id == inc.target.place_id
                and m.incident.date == inc.date
            ),
            None,
        )
        if same is None:
            merged.append(d)
            continue
        keep = merged[same]
        k = keep.incident
        better = replace(
            k,
            count=k.count if k.count is not None else inc.count,
            weapon=k.weapon if k.weapon != "unknown" else inc.weapon,
            origin=k.origin or inc.origin,
            actor=k.actor or inc.actor,
        )
        merged[same] = DraftIncident(
            better,
            keep.span,
            max(keep.confidence, d.confidence),
            (*keep.evidence, f"merged with the sentence at characters {d.span[0]}-{d.span[1]}"),
        )
    return merged


def draft_incidents(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    source_name: str = "",
    url: str = "",
    include_geonames: bool = True,
) -> list[DraftIncident]:
    """Draft the incidents ``text`` reports (see the module docstring).

    Parameters
    ----------
    text
        The article.
    published
        Publication date (date, datetime or ISO string) for relative and year-less dates.
    gazetteer
        Default: the bundled gazetteer.
    source_name
        Outlet or file name recorded in each draft's source and id.
    url
        URL of the article, if known.
    include_geonames
        Also look for populated places in the offline GeoNames index.

    Returns
    -------
    list[DraftIncident]
        In the order of the article, with ids ``draft-<hash>``.
    """
    pub = parse_published(published)
    result = geoparse(text, gazetteer, published=pub, include_geonames=include_geonames)
    dates = find_dates(text, pub)
    lex = _lexicon()
    source = Source(outlet=source_name or "article", url=url, date=pub, language=_language(text))
    drafts = []
    for sentence in split_sentences(text):
        d = _draft_sentence(text, sentence, result.mentions, dates, pub, source, lex)
        if d is not None:
            drafts.append(d)
    out: list[DraftIncident] = []
    answered: DraftIncident | None = None  # the last attack drafted so far
    for d in _merge(drafts):
        digest = hashlib.sha1(
            f"{source_name}|{d.span[0]}|{d.span[1]}|{d.incident.kind}".encode()
        ).hexdigest()[:10]
        incident = replace(d.incident, id=f"draft-{digest}")
        evidence = d.evidence[1:]
        if incident.is_strike and answered is not None and _responds(text, d.span, lex):
            incident = replace(incident, responds_to=(answered.incident.id,))
            evidence += (
                f"responds to {answered.incident.id} (a response cue in the strike's sentence; "
                f"the attack at characters {answered.span[0]}-{answered.span[1]})",
            )
        notes = (
            f"draft for review; source span {d.span[0]}-{d.span[1]}; "
            f"confidence {d.confidence:.2f}; " + "; ".join(evidence)
        )
        drafted = replace(d, incident=replace(incident, notes=notes))
        out.append(drafted)
        if not incident.is_strike:
            answered = drafted
    return out


def _responds(text: str, span: tuple[int, int], lex: _Lexicon) -> bool:
    """Whether the sentence at ``span`` says it answers something (then, ``ردا``, ``در پاسخ``)."""
    return lex.response.search(fold_text(text[span[0] : span[1]]).folded) is not None


def write_drafts_csv(drafts: Iterable[DraftIncident], path: str | os.PathLike[str]) -> None:
    """Write drafts as the incident CSV (atomically), span and confidence in ``notes``."""
    from geoincidents.incidents.io import write_incidents

    write_incidents([d.incident for d in drafts], path, format="csv")


def draft_file(
    path: str | os.PathLike[str],
    published: dt.date | dt.datetime | str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[DraftIncident]:
    """Draft the incidents of a UTF-8 text file (its name is the source).

    Raises
    ------
    GeoparseError
        When the file cannot be read as UTF-8 text (the message names the file).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoparseError(f"{os.fspath(path)}: cannot read as UTF-8 text: {exc}") from exc
    return draft_incidents(text, published, gazetteer, source_name=Path(path).name)

"""Geoparse an article: every place it names, resolved together, with roles.

:func:`geoparse` finds the mentions (:func:`geoincidents.text.mentions.find_mentions`),
drops the readings that are not places (:func:`geoincidents.text.context.rejection`:
people, outlets, companies, verbs, organisations), resolves the rest *as one article*
and reads relative locations ("15 km from X", ``شمال غرب موصل``, ``على بعد نحو
كيلومترين``) into a :class:`~geoincidents.places.relative.RelativeLocation` with its
:class:`~geoincidents.places.relative.Estimate`.

Resolution in context
---------------------
The readings of each mention are ranked by the resolver's one ranking
(:func:`geoincidents.places.resolve.rank_places`), with the article as hints: the
countries it names and those of the places it names unambiguously are the context
countries (``ذمار`` in an article about Iraq and Syria is Zummar, not Dhamar), and a
kind word of the mention is its kind (a village is no reading of ``قاعدة …``). The
method reported is how the scanner matched (``exact`` as written, ``normalized`` after
folding, ``geonames``); a mention whose readings all fail the resolver's rules has no
place (``found`` is false) and keeps its candidates.

Organisation names (``المقاومة الإسلامية في العراق``) are *not* reported and their
country does not count as context.

Relative locations
------------------
A relative cue (:func:`geoincidents.places.relative.find_relative_cues`) directly
before a mention makes that mention the anchor: the reported mention spans the whole
phrase (cue, anchor and a head noun such as ``روستایی``/``a village`` before the cue)
and carries ``relative`` and ``estimate``; its point is the estimate's. A distance
with no anchor after it (``على بعد نحو كيلومترين``) takes as anchor the last site
(not an area) named before it in the article, past a place the weapons came from
("fired at the base from X; they fell two kilometres away": from the base).

Examples
--------
>>> from geoincidents.places.gazetteer import Gazetteer
>>> from geoincidents.places.model import Place
>>> mosul = Place("mosul", "Mosul", 36.34, 43.13, "city", "IQ", 8000, "example",
...               name_ar="الموصل", name_fa="موصل")
>>> result = geoparse("rockets were fired from north-west of Mosul", Gazetteer((mosul,)),
...                   include_geonames=False)
>>> m = result.mentions[0]
>>> m.text, m.role, m.relative.anchor.id, m.relative.bearing_deg
('north-west of Mosul', 'origin', 'mosul', 315.0)
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.errors import GeoparseError
from geoincidents.places.gazetteer import haversine_m
from geoincidents.places.kinds import (
    AREA_KINDS,
    MILITARY_BASE_KINDS,
    SETTLEMENT_KINDS,
    is_facility,
)
from geoincidents.places.model import Candidate, Place, Resolution
from geoincidents.places.names import normalize, split_kind_hint
from geoincidents.places.relative import (
    Estimate,
    RelativeCue,
    RelativeLocation,
    estimate,
    find_relative_cues,
    relative_location,
)
from geoincidents.places.resolve import Hints, rank_places
from geoincidents.text.context import (
    CaseEvidence,
    Sentence,
    capitals_rejection,
    case_evidence,
    everyday_word_rejection,
    owned_base_before,
    rejection,
    role_of,
    split_sentences,
)
from geoincidents.text.folding import fold_string, fold_text, fold_word_within
from geoincidents.text.mentions import Mention, find_mentions, mention_index

if TYPE_CHECKING:
    from geoincidents.places.gazetteer import Gazetteer

__all__ = ["GeoparseResult", "Rejected", "ResolvedMention", "geoparse", "geoparse_file"]

_HEAD_NOUNS = (
    "village",
    "a village",
    "an area",
    "area",
    "a point",
    "town",
    "a town",
    "روستایی",
    "روستای",
    "روستا",
    "منطقه‌ای",
    "منطقه",
    "نقطه‌ای",
    "قرية",
    "منطقة",
    "بلدة",
    "نقطة",
)


@dataclass(frozen=True)
class ResolvedMention:
    """A place an article names (or places relative to another), resolved in context.

    ``start``/``end`` index the article (``text[start:end] == self.text``).
    ``place`` is the chosen place (for a relative location: its anchor), ``lat``/``lon``
    the point reported (the estimate's point for a relative location), ``score`` the
    chosen candidate's score in [0, 1], ``role`` one of ``target``, ``origin``,
    ``strike_site``, ``context`` or ``None``; ``method`` how the place was matched
    (``exact``, ``normalized``, ``geonames``; ``base_near`` for the one base near a town
    after "the U.S. base in"; ``none`` when no reading fits).
    """

    start: int
    end: int
    text: str
    place: Place | None
    score: float
    role: str | None = None
    kind_hint: str | None = None
    candidates: tuple[Candidate, ...] = ()
    method: str = "normalized"
    relative: RelativeLocation | None = None
    estimate: Estimate | None = None

    @property
    def found(self) -> bool:
        """Whether a place (or an anchor) was chosen."""
        return self.place is not None

    @property
    def lat(self) -> float | None:
        """Latitude of the reported point."""
        if self.estimate is not None:
            return self.estimate.lat
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        """Longitude of the reported point."""
        if self.estimate is not None:
            return self.estimate.lon
        return self.place.lon if self.place else None

    @property
    def radius_m(self) -> float | None:
        """Uncertainty radius of the point in metres."""
        if self.estimate is not None:
            return self.estimate.radius_m
        return self.place.precision_m if self.place else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``geoincidents geoparse --json`` (plus radius and relation)."""
        p = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "found": p is not None,
            "id": p.id if p else None,
            "name": p.name if p else None,
            "lat": self.lat,
            "lon": self.lon,
            "score": round(self.score, 4),
            "role": self.role,
            "radius_m": self.radius_m,
            "relative": self.relative.phrase if self.relative else None,
        }


@dataclass(frozen=True)
class Rejected:
    """A name that matched a place but reads otherwise here (``reason``: person, outlet …)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class GeoparseResult:
    """What :func:`geoparse` found: mentions, the countries named, rejected readings."""

    text: str
    mentions: tuple[ResolvedMention, ...]
    countries: tuple[str, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    #: the sentences of ``text`` (spans), as geoparse split them: drafting reads the same ones
    sentences: tuple[Sentence, ...] = ()

    @property
    def relative(self) -> tuple[ResolvedMention, ...]:
        """The mentions that are relative locations."""
        return tuple(m for m in self.mentions if m.relative is not None)


# ------------------------------------------------------------------ scoring


def _distance_km(a: Place, b: Place) -> float:
    return haversine_m(a.lat, a.lon, b.lat, b.lon) / 1000


def _resolve_all(
    text: str,
    mentions: list[Mention],
    places_of: dict[str, Place],
    countries: set[str],
    gazetteer: Gazetteer | None,
) -> list[Resolution]:
    """Resolve every mention with the one ranking of :func:`~geoincidents.places.resolve.
    rank_places`, the article's countries (named outright, or of the places it names
    unambiguously) as hints."""
    unambiguous = [
        places_of[m.candidates[0]]
        for m in mentions
        if len(m.candidates) == 1 and m.candidates[0] in places_of
    ]
    context = sorted(set(countries) | {p.country for p in unambiguous if p.origin != "geonames"})
    out = []
    seen: dict[tuple[Any, ...], Resolution] = {}  # a name repeated is ranked once
    hints_of: dict[str | None, Hints] = {}  # the article's hints, per kind
    for m in mentions:
        written = text[m.name_start : m.name_end]
        readings = [
            (p, _method(p, written)) for p in (places_of[c] for c in m.candidates if c in places_of)
        ]
        key = (m.text, m.kind_hint, tuple((p.id, method) for p, method in readings))
        found = seen.get(key)
        if found is None:
            # a kind word inside the name found (``منطقه سبز`` is the Green Zone's own
            # name) says nothing of the kind
            whole = (m.name_start, m.name_end) == (m.start, m.end)
            kind = None if whole else m.kind_hint or None
            if kind is None and _on_a_bank(text, m.start, readings):
                kind = "river"  # "the western bank of the Euphrates": the river, no base
            hints = hints_of.get(kind)
            if hints is None:
                hints = hints_of[kind] = Hints(context_countries=tuple(context), kind=kind)
            found = rank_places(m.text, readings, gazetteer, hints=hints, limit=len(readings))
            seen[key] = found
        out.append(found)
    return out


#: a river's bank just before a name ("on the western bank of the Euphrates", ``على الضفة
#: الغربية لنهر``, ``الضفة الشرقية للفرات``, ``کرانه غربی فرات``, ``ساحل فرات``)
_RIVER_BANK = re.compile(
    r"(?:\bbanks?\s+of(?:\s+the)?|(?:ال)?ضف(?:ة|ه|اف)(?:\s+\S+)?\s+(?:ل|من\s+)?(?:ال)?"
    r"|کرانه(?:\s+\S+)?|ساحل(?:\s+\S+)?"
    # along the river, down or across it ("further down the Euphrates", ``على طول الفرات``,
    # ``در امتداد فرات``)
    r"|\b(?:down|up|along|across|beyond|over)\s+the|على\s+طول\s+(?:ال)?|بمحاذاة\s+(?:ال)?"
    r"|در\s+امتداد|آن\s+سوی)\s*$",
    re.IGNORECASE,
)
_BANK_REACH = 32


def _on_a_bank(text: str, start: int, readings: Sequence[tuple[Place, str]]) -> bool:
    """Whether a name with a river among its readings follows a bank word (the river)."""
    if len(readings) < 2 or not any(p.kind == "river" for p, _ in readings):
        return False
    return _RIVER_BANK.search(text, max(0, start - _BANK_REACH), start) is not None


def _in_capitals(
    text: str, m: Mention, index: Any, evidence: Callable[[], CaseEvidence]
) -> str | None:
    """:func:`~geoincidents.text.context.capitals_rejection` of a Latin name written with
    a capital (``None`` at once for any other, the common case)."""
    written = text[m.name_start : m.name_end]
    if not written.isascii() or not written[:1].isupper():
        return None
    spellings = [n for pid in m.candidates if (p := index.place(pid)) is not None for n in p.names]
    return capitals_rejection(text, m.name_start, m.name_end, spellings, evidence)


def _method(place: Place, written: str) -> str:
    """How the scanner matched: ``exact`` when the name is written as the place's name,
    ``normalized`` when it matched after folding, ``geonames`` for a GeoNames place."""
    if place.origin == "geonames":
        return "geonames"
    # ``written in place.names``, without building the tuple of names (no name is empty
    # there, so an empty ``written`` is no name)
    w = written.strip()
    exact = bool(w) and (
        w == place.name or w == place.name_ar or w == place.name_fa or w in place.aliases
    )
    return "exact" if exact else "normalized"


# ------------------------------------------------------------------ relative locations


_GENERIC_SITE = re.compile(
    r"^\s*(?:$|[.,،؛;:)»\"]|(?:ال|لل|بال)?(?:قاعده|منشاه|مطار|موقع)(?!\w)"
    r"|(?:the\s+)?(?:base|airbase|air base|facility|compound|site)(?!\w)"
    r"|(?:اين\s+|همين\s+)?(?:پايگاه|مقر|محل)(?!\w))"
)
_TRAILING_LINK = re.compile(r"\s+(?:away\s+from|from|of|من|عن|از)\s*$", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"^(?:in\s+the|to\s+the|in|در|في|فی)\s+", re.IGNORECASE)


#: the head nouns, longest first, with their lower case
_HEAD_NOUNS_LONGEST = tuple((n, n.lower()) for n in sorted(_HEAD_NOUNS, key=len, reverse=True))


def _head_noun_start(text: str, cue_start: int) -> int:
    before = text[max(0, cue_start - 20) : cue_start].rstrip()
    lower = before.lower()
    for noun, noun_lower in _HEAD_NOUNS_LONGEST:
        if lower.endswith(noun_lower):
            start = cue_start - (len(text[max(0, cue_start - 20) : cue_start]) - len(before))
            start -= len(noun)
            if start == 0 or not text[start - 1].isalnum():
                return start
    lead = _LEADING_PREPOSITION.match(text[cue_start : cue_start + 12])
    return cue_start + lead.end() if lead else cue_start


def _anchored(
    text: str, cues: list[RelativeCue], mention: ResolvedMention
) -> tuple[RelativeCue, int] | None:
    for cue in cues:
        if cue.expects_anchor and cue.end <= mention.start:
            gap = text[cue.end : mention.start]
            if not gap.strip(' \u200c\t«"“'):
                return cue, _head_noun_start(text, cue.start)
    return None


def _relative_mention(
    text: str, cue: RelativeCue, start: int, end: int, anchor: ResolvedMention, role: str | None
) -> ResolvedMention | None:
    if anchor.place is None:
        return None
    phrase = text[start:end]
    rel = relative_location(cue, anchor.place, phrase)
    try:
        est = estimate(rel)
    except (ValueError, ArithmeticError):
        return None
    return ResolvedMention(
        start=start,
        end=end,
        text=phrase,
        place=anchor.place,
        score=anchor.score,
        role=role,
        kind_hint=anchor.kind_hint,
        candidates=anchor.candidates,
        method=anchor.method,
        relative=rel,
        estimate=est,
    )


# ------------------------------------------------------------------ the pipeline


#: what joins the places of a list (``عين الأسد وحرير``, ``عین الاسد، حریر و التنف``)
_LIST_JOINT = re.compile(r"\s*(?:[,،]\s*)?(?:و|and)?\s*")


def geoparse(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    published: dt.date | str | None = None,
    include_geonames: bool = True,
) -> GeoparseResult:
    """Find and resolve every place ``text`` names (see the module docstring).

    Parameters
    ----------
    text
        An article in Arabic, Persian or English.
    gazetteer
        Default: the bundled gazetteer (plus ``GEOINCIDENTS_GAZETTEER`` CSVs).
    published
        Publication date; accepted for symmetry with drafting (places do not need it).
    include_geonames
        Also seek the populated places of the region in the offline GeoNames index.

    Returns
    -------
    GeoparseResult
        ``mentions`` ordered by start, never overlapping.

    Raises
    ------
    GeoparseError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise GeoparseError(f"geoparse needs text (str), got {type(text).__name__}")
    index = mention_index(gazetteer, include_geonames=include_geonames)
    if gazetteer is None:
        gazetteer = index.gazetteer  # the default gazetteer, looked up once, not per name
    folded = fold_text(text)
    raw = find_mentions(text, gazetteer, include_geonames=include_geonames, include_countries=True)
    kept: list[Mention] = []
    rejected: list[Rejected] = []
    countries: list[str] = []
    read_case: list[CaseEvidence] = []

    def evidence() -> CaseEvidence:  # read once, and only for a name in capitals
        if not read_case:
            read_case.append(case_evidence(text))
        return read_case[0]

    # the folded spans of the names, all at once
    name_spans = _folded_spans(folded, [p for m in raw for p in (m.name_start, m.name_end)])
    for k, m in enumerate(raw):
        fi, fj = name_spans[2 * k], name_spans[2 * k + 1]
        reason = rejection(
            folded.folded,
            fi,
            fj,
            has_kind_word=m.kind_hint is not None or m.country is not None,
            site_word=m.kind_hint is not None,
        )
        if reason is None and m.kind_hint is None and m.country is None:
            reason = _in_capitals(text, m, index, evidence) or everyday_word_rejection(
                text,
                m.name_start,
                m.name_end,
                folded.folded,
                fi,
                fj,
                # ``عين الأسد وحرير``, ``عكاشات والقائم``: the next place of a list
                listed=bool(kept)
                and _LIST_JOINT.fullmatch(text, kept[-1].end, m.start) is not None,
            )
        if reason is not None:
            rejected.append(Rejected(m.start, m.end, m.text, reason))
            continue
        if m.country:
            countries.append(m.country)
        else:
            kept.append(m)
    places_of: dict[str, Place] = {}
    for m in kept:
        for pid in m.candidates:
            if pid not in places_of:
                place = index.place(pid)
                if place is not None:
                    places_of[pid] = place
    resolved = _resolve_all(text, kept, places_of, set(countries), gazetteer)
    sentences = _Sentences.of(text)
    mentions: list[ResolvedMention] = []
    roles = _roles(folded, sentences, [(m.start, m.end) for m in kept], [r.place for r in resolved])
    for m, r, role in zip(kept, resolved, roles, strict=True):
        mentions.append(
            ResolvedMention(
                m.start, m.end, m.text, r.place, r.score, role, m.kind_hint, r.candidates, r.method
            )
        )
    mentions = _with_containers(text, mentions)
    mentions = _with_owned_bases(folded, sentences, mentions, gazetteer)
    mentions = _with_coordination(text, mentions)
    mentions = _with_relatives(text, folded, sentences, mentions)
    return GeoparseResult(
        text,
        tuple(mentions),
        tuple(dict.fromkeys(countries)),
        tuple(rejected),
        sentences=sentences.spans,
    )


#: what may stand between a site and the area that locates it: "X in Y", "X, Y",
#: ``X في Y``, ``X بمحافظة Y`` (the kind word is in Y's span), ``X در Y``, ``X في ريف Y``
_LOCATED_IN = re.compile(
    r"^[\s,،»\"”)]*"
    # whose the site is, between it and the place (``قاعدة «القرية الخضراء» التابعة للتحالف
    # الدولي في حقل العمر``, "the base of the coalition in", ``پایگاه متعلق به ائتلاف در``)
    r"(?:(?:(?:التابعه|التابع|متعلق به)(?:\s+[^\s,،.]+){1,2}"
    r"|of the (?:us-led |u\.s\.-led )?coalition)\s+)?"
    r"(?:(?:in|at|inside|within|in the|near|في|فى|فی|داخل|در|ب|و?في ريف|بريف|ريف)"
    r"(?:\s+(?:eastern|western|northern|southern|rural))?\s*)?$"
)
#: the longest gap :data:`_LOCATED_IN` reads (folded characters)
_LOCATED_IN_REACH = 48
#: a container lies at most this far beyond the two places' own radii
_CONTAINER_SLACK_M = 25_000.0
#: an installation that locates another lies at most this far beyond their radii
_ADJOINING_SLACK_M = 3_000.0


def _contains(area: Place, site: Place) -> bool:
    """Whether ``area`` is a less specific place that holds or neighbours ``site``.

    Examples
    --------
    >>> gov = Place("g", "Deir ez-Zor Governorate", 35.3, 40.1, "governorate", "SY",
    ...             150_000, "example")
    >>> base = Place("b", "Green Village", 35.15, 40.58, "military_base", "SY", 6000,
    ...              "example")
    >>> _contains(gov, base), _contains(base, gov)
    (True, False)
    """
    if area.id == site.id:
        return False
    if is_facility(area.kind) and is_facility(site.kind):
        # "the Victoria base in Baghdad airport", "the base at the Conoco gas field": an
        # installation that locates another it holds or adjoins
        reach_m = area.precision_m + site.precision_m + _ADJOINING_SLACK_M
        return _distance_km(area, site) * 1000 <= reach_m
    less_specific = (area.kind in AREA_KINDS and site.kind not in AREA_KINDS) or (
        area.precision_m > site.precision_m
    )
    if not less_specific:
        return False
    reach_m = area.precision_m + site.precision_m + _CONTAINER_SLACK_M
    named_admin = bool(site.admin1) and normalize(site.admin1) in normalize(area.name)
    return (named_admin and area.country == site.country) or _distance_km(
        area, site
    ) * 1000 <= reach_m


def _with_containers(text: str, mentions: list[ResolvedMention]) -> list[ResolvedMention]:
    """Apply "X in Y": an area Y locating the site X just before it is context.

    In "the Green Village base in Deir ez-Zor" (``في محافظة دير الزور``, ``در استان
    دیرالزور``) the governorate only says where the base is: it becomes ``context`` and,
    when the site had no role, the site takes the role the area had.
    """
    out = list(mentions)
    for k in range(1, len(out)):
        site, area = out[k - 1], out[k]
        if site.place is None or area.place is None:
            continue
        gap = fold_word_within(text[site.end : area.start], _LOCATED_IN_REACH)
        if gap is None or not _LOCATED_IN.match(gap):
            continue
        container = _container_reading(area, site.place)
        if container is None:
            continue
        role = site.role
        if role in (None, "context") and area.role not in (None, "context"):
            role = area.role
        out[k - 1] = replace(site, role=role)
        out[k] = replace(area, place=container.place, score=container.score, role="context")
    return out


#: how far from the town a base may lie (beyond the base's own precision)
BASE_REACH_M = 25_000.0
#: the score of a base read from "the U.S. base in <town>": a reading, not a name
BASE_NEAR_SCORE = 0.8


def _serves_as_base(place: Place) -> bool:
    """Whether ``place`` is a base: of a base kind, or an airport the gazetteer also names
    as a base ("Erbil Air Base", ``پایگاه اربیل``: the U.S. base in Erbil is its airport).

    >>> _serves_as_base(Place("a", "Erbil International Airport", 36.2, 44.0, "airport",
    ...     "IQ", 3000, "example", aliases=("Erbil Air Base",)))
    True
    >>> _serves_as_base(Place("a", "Najaf Airport", 31.9, 44.4, "airport", "IQ", 3000, "x"))
    False
    """
    if place.kind in MILITARY_BASE_KINDS:
        return True
    return place.kind == "airport" and any(
        split_kind_hint(name)[1] in MILITARY_BASE_KINDS for name in place.names
    )


def _bases(gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The bases of ``gazetteer`` (:func:`_serves_as_base`; gathered once per gazetteer)."""
    bases = _BASES_OF.get(gazetteer)
    if bases is None:
        bases = _BASES_OF[gazetteer] = tuple(p for p in gazetteer if _serves_as_base(p))
    return bases


_BASES_OF: weakref.WeakKeyDictionary[Gazetteer, tuple[Place, ...]] = weakref.WeakKeyDictionary()


def _with_owned_bases(
    folded: Any,
    sentences: _Sentences,
    mentions: list[ResolvedMention],
    gazetteer: Gazetteer,
) -> list[ResolvedMention]:
    """Apply "the U.S. base in X" (``القاعدة الأمريكية في X``, ``پایگاه آمریکا در X``):
    a base named by its owner, then a town. When exactly one base of the gazetteer lies
    within :data:`BASE_REACH_M` of the town, the mention is that base (method
    ``base_near``, score at most :data:`BASE_NEAR_SCORE`, the town kept as the next
    candidate); with none or several, the town stays (the base is not guessed).
    """
    out = list(mentions)
    towns = [
        k
        for k, m in enumerate(out)
        if m.place is not None
        and m.place.kind in SETTLEMENT_KINDS
        # (the town's area is the town: "a US base in the Rmelan area", ``منطقة رميلان``)
        and m.kind_hint in (None, "area")
    ]
    if not towns:
        return out
    # the folded starts of the towns and of their sentences, all at once
    at = _folded_spans(
        folded, [p for k in towns for p in (out[k].start, sentences.around(out[k].start)[0])]
    )
    for n, k in enumerate(towns):
        m = out[k]
        town = m.place
        assert town is not None
        f_start, f_sentence = at[2 * n], at[2 * n + 1]
        phrase = owned_base_before(folded.folded, f_start, f_sentence)
        if phrase is None:
            continue
        near = [
            b
            for b in _bases(gazetteer)
            if haversine_m(town.lat, town.lon, b.lat, b.lon) <= BASE_REACH_M + b.precision_m
        ]
        if len(near) != 1:
            continue
        score = min(m.score, BASE_NEAR_SCORE)
        base = Candidate(near[0], score, "base_near")
        others = tuple(c for c in m.candidates if c.place.id != base.place.id)
        role = m.role
        if role is None:  # the base is the place the sentence acts on: read from its phrase
            f_end, s_end = _folded_spans(folded, [m.end, sentences.around(m.start)[1]])
            role = role_of(
                folded.folded, phrase, f_end, sentence=(f_sentence, s_end), kind=base.place.kind
            )
        out[k] = replace(
            m,
            place=base.place,
            score=score,
            role=role,
            method="base_near",
            candidates=(base, *others),
        )
    return out


_AND = re.compile(r"^(?:,|،|and|, and|or|و|،? ?و|یا|او)$")
#: the longest gap ``_AND`` can match (``, and``)
_AND_LONGEST = 5


def _with_coordination(text: str, mentions: list[ResolvedMention]) -> list[ResolvedMention]:
    """ "X and Y" (``X و Y``): a place without a role takes the role of the one before it."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.role is not None or prev.role not in ("target", "origin", "strike_site"):
            continue
        gap = fold_word_within(text[prev.end : cur.start], _AND_LONGEST)
        if gap is not None and _AND.match(gap):
            out[k] = replace(cur, role=prev.role)
    return out


#: a reading of Y that contains X may be this much less likely than Y's best reading
_CONTAINER_MARGIN = 0.15


def _container_reading(area: ResolvedMention, site: Place) -> Candidate | None:
    """The reading of ``area`` that holds ``site``, if one is nearly as likely as the best.

    A reading whose own radius covers the site ("Deir ez-Zor" the governorate, after
    "the Green Village base in") beats one that is only near it (the city).
    """
    assert area.place is not None
    readings = list(area.candidates) or [Candidate(area.place, area.score, "normalized")]
    best = max(c.score for c in readings)
    holding = [
        c for c in readings if c.score >= best - _CONTAINER_MARGIN and _contains(c.place, site)
    ]
    if not holding:
        return None

    def key(c: Candidate) -> tuple[bool, bool, float]:
        covers = _distance_km(c.place, site) * 1000 <= c.place.precision_m
        return (not covers, c.place.id != area.place.id, -c.score)  # type: ignore[union-attr]

    return min(holding, key=key)


def _folded_span(folded: Any, start: int, end: int) -> tuple[int, int]:
    """Folded positions of an original span (inverse of ``to_original``, by a binary
    search of the folded text's map to the original, computed once per text)."""
    index = folded.arrays.get("index_list")
    if index is None:  # a list: bisect on it is much cheaper than a numpy call per span
        index = folded.arrays["index_list"] = folded.original_indices().tolist()
    return bisect.bisect_left(index, start), bisect.bisect_left(index, end)


@dataclass(frozen=True)
class _Sentences:
    """The sentences of a text and their starts (to find a position's by bisection)."""

    spans: tuple[Sentence, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> _Sentences:
        spans = tuple(split_sentences(text))
        return cls(spans, tuple(s.start for s in spans))

    def around(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos``, or ``(0, 0)``."""
        import bisect

        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < self.spans[k].end:
            return self.spans[k].start, self.spans[k].end
        return 0, 0


def _folded_spans(folded: Any, positions: list[int]) -> list[int]:
    """:func:`_folded_span` of many original positions at once (one numpy search)."""
    if not positions:
        return []
    import numpy as np

    index = folded.original_indices()
    return np.searchsorted(index, np.asarray(positions, dtype=np.int64), side="left").tolist()


def _roles(
    folded: Any,
    sentences: _Sentences,
    spans: list[tuple[int, int]],
    places: list[Place | None],
) -> list[str | None]:
    """:func:`_role` of many mentions (original ``spans``), their folded spans and those
    of their sentences found at once."""
    positions: list[int] = []
    n = len(folded.original)
    for start, end in spans:
        s_start, s_end = sentences.around(start)
        positions += (start, end, s_start, s_end or n)
    at = _folded_spans(folded, positions)
    text = folded.folded
    return [
        role_of(
            text,
            at[4 * k],
            at[4 * k + 1],
            sentence=(at[4 * k + 2], at[4 * k + 3]),
            kind=place.kind if place else None,
        )
        for k, place in enumerate(places)
    ]


def _role(
    folded: Any, sentences: _Sentences, start: int, end: int, place: Place | None
) -> str | None:
    """:func:`_roles` of one mention."""
    return _roles(folded, sentences, [(start, end)], [place])[0]


def _facility_or_none(place: Place | None) -> Place | None:
    """The anchor of a relative phrase when it is an installation (whose role the
    phrase's event words decide, see :func:`~geoincidents.text.context.role_of`),
    else ``None`` (a direction from a town or an area reads as its words say)."""
    return place if place is not None and is_facility(place.kind) else None


def _with_relatives(
    text: str, folded: Any, sentences: _Sentences, mentions: list[ResolvedMention]
) -> list[ResolvedMention]:
    """Read relative phrases around the mentions (each cue and mention looked up by
    bisection: the cost stays linear in the number of mentions and cues)."""
    import bisect

    if not mentions:  # no site to anchor a cue to: nothing to read
        return mentions
    cues = find_relative_cues(text)
    if not cues:
        return mentions
    by_end = sorted(range(len(cues)), key=lambda k: (cues[k].end, k))
    cue_ends = [cues[k].end for k in by_end]
    out: list[ResolvedMention] = []
    used_cues: set[int] = set()
    for m in mentions:
        lo = bisect.bisect_right(cue_ends, m.start - 4)
        hi = bisect.bisect_right(cue_ends, m.start)
        near = [cues[k] for k in sorted(by_end[lo:hi])]
        # "the U.S. base near X" is the base: its "near" is part of the base's phrase
        found = _anchored(text, near, m) if near and m.method != "base_near" else None
        if found is None:
            out.append(m)
            continue
        cue, start = found
        if out and out[-1].end > start:
            start = cue.start
        role = _role(folded, sentences, start, m.end, _facility_or_none(m.place))
        if role in (None, "context") and m.role in ("target", "strike_site", "origin"):
            role = m.role  # the anchor's own role, read where the sentence acts on it
        rel = _relative_mention(text, cue, start, m.end, m, role or m.role)
        if rel is None:
            out.append(m)
            continue
        used_cues.add(cue.start)
        out.append(rel)
    # the sites an anchorless distance may refer to, in order (mentions never overlap)
    sites = [
        m
        for m in out
        if m.place is not None and m.relative is None and m.place.kind not in AREA_KINDS
    ]
    site_ends = [m.end for m in sites]
    taken = sorted((o.start, o.end) for o in out)
    for cue in cues:
        if cue.start in used_cues:
            continue
        if cue.distance_m is None:
            continue  # a direction or "near" needs its anchor right after it
        if cue.expects_anchor and not _GENERIC_SITE.match(
            fold_string(text[cue.end : cue.end + 40])
        ):
            continue
        k = bisect.bisect_right(site_ends, cue.start) - 1
        if k < 0:
            continue
        # the last site named before the cue, over a place the weapons came from ("fired at
        # the base from X; they fell a kilometre away": from the base); a few back at most
        back = k
        while back > 0 and back > k - _ANCHOR_BACK and sites[back].role == "origin":
            back -= 1
        anchor = sites[back] if sites[back].role != "origin" else sites[k]
        start = _head_noun_start(text, cue.start)
        link = _TRAILING_LINK.search(text, start, cue.end)
        end = link.start() if link else cue.end
        role = _role(folded, sentences, start, end, None)
        rel = _relative_mention(text, cue, start, end, anchor, role)
        if rel is not None and not _overlaps(taken, rel.start, rel.end):
            bisect.insort(taken, (rel.start, rel.end))
            out.append(rel)
    out.sort(key=lambda r: r.start)
    return out


#: how many sites back an anchorless distance looks past the places weapons came from
_ANCHOR_BACK = 3


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span of ``taken`` (sorted, non-overlapping).

    >>> _overlaps([(0, 5), (10, 12)], 5, 10), _overlaps([(0, 5), (10, 12)], 4, 6)
    (False, True)
    """
    import bisect

    k = bisect.bisect_left(taken, (end, end))
    return k > 0 and taken[k - 1][1] > start


def geoparse_file(
    path: str | os.PathLike[str],
    gazetteer: Gazetteer | None = None,
    *,
    published: dt.date | str | None = None,
) -> GeoparseResult:
    """Geoparse a UTF-8 text file.

    Raises
    ------
    GeoparseError
        When the file cannot be read or is not UTF-8 (the message names the file).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoparseError(f"{os.fspath(path)}: cannot read as UTF-8 text: {exc}") from exc
    return geoparse(text, gazetteer, published=published)

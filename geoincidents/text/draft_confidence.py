"""A draft's confidence, learned: the chance an analyst accepts it as drafted.

The drafter (:mod:`geoincidents.text.drafting`) scores each draft by rule first: a start
of 0.95 less a deduction for each thing inferred rather than read (its evidence lists them,
``confidence: a town as target -0.05, …``). That rule score ranks drafts poorly: on sets
no rule was tuned on, drafts at 0.8 or above were no likelier to be right than those
below. So the confidence a draft carries is the probability of a small logistic
regression, ``sigmoid(intercept + Σ weight[name] · value)``, over the features
:func:`draft_features` reads from the draft by name (:func:`article_features` for
each draft of an article): the rule score and each of its
deductions, the kind, whether the weapon, actor and claim are known, how the date was
found (written in which calendar, relative, carried, from publication), how the target was
resolved (method, score, precision, ambiguity, rivals), how many sites the sentence lists,
whether a response clause told it, the counts read and the language.

The weights are data (``geoincidents/data/draft_confidence.json``, loaded by
:func:`load_model`), fitted by ``python benchmarks/train_draft_confidence.py`` to what
``benchmarks/eval_drafts.py`` accepts over every annotated article of
``benchmarks/data/drafts/``; ``--evaluate`` reports, file by file held out, the share
accepted per confidence band, a reliability table and the Brier score against the rule
score. The fit keeps each deduction's weight at or below zero and the rule score's at or
above: a thing inferred never raises the confidence, so the evidence explains it.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.incidents.model import Incident, Location
>>> from geoincidents.text.drafting import DraftIncident
>>> where = Location(33.8, 42.44, "Ain al-Asad Air Base", "ain-al-asad", method="exact",
...                  score=1.0)
>>> read = Incident("x", dt.date(2024, 1, 20), "attack", where, weapon="rocket", count=5)
>>> sure = DraftIncident(read, (0, 40), 0.95, ("date 2024-01-20 (gregorian) at 30",),
...                      rule_confidence=0.95)
>>> f = draft_features(sure)
>>> f["rule confidence"], f["weapon known"], f["date written: gregorian"]
(0.95, 1.0, 1.0)
>>> inferred = Incident("y", dt.date(2024, 1, 20), "attack", where)
>>> unsure = DraftIncident(inferred, (0, 40), 0.6, (
...     "date: on or before publication (no date in the text)",
...     "confidence: date from published -0.3, no weapon named -0.05"), rule_confidence=0.6)
>>> g = draft_features(unsure)
>>> g["doubt: date from published"], g["doubt: no weapon named"]
(1.0, 1.0)
>>> 0.0 <= probability(g) < probability(f) <= 1.0
True
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from geoincidents.errors import GeoincidentsError

if TYPE_CHECKING:
    import os

    from geoincidents.text.drafting import DraftIncident

#: the weights file shipped with the package
MODEL_FILE = "draft_confidence.json"
#: what a model file declares itself to be
MODEL_KIND = "logistic regression: P(accepted as drafted) = sigmoid(intercept + w . features)"
#: the name of the rule score's feature (it may only raise the probability)
RULE_SCORE = "rule confidence"
#: the prefix of a doubt's feature, a rule deduction or the resolver's (each may only lower
#: the probability)
DOUBT = "doubt: "


class ConfidenceModelError(GeoincidentsError, ValueError):
    """A confidence model file that cannot be read or is not a valid model."""


@dataclass(frozen=True)
class ConfidenceModel:
    """A fitted logistic regression: its intercept and a weight per feature name."""

    intercept: float
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    #: how it was fitted (data, regularisation, figures), for the reader of the file
    about: str = ""


# ------------------------------------------------------------------ features

#: "date 2024-01-20 (jalali) at 31": a date written in the sentence, and its calendar
_WRITTEN = re.compile(r"^date \d{4}-\d{2}-\d{2} \((\w+)\) at \d+$")
#: "target at 10-21 (3 in sentence)": the sites the sentence lists
_SITES = re.compile(r"^target at \d+-\d+ \((\d+) in sentence\)$")
#: "12-20: where a reporter is, not an event place": what the sentence's reading set aside
_SET_ASIDE = re.compile(r"^\d+-\d+: ([^:]+?)(?: \(.*)?$")
#: "a town as target -0.05, kind by rule, not by a verb -0.1": each label and its amount
_DEDUCTION = re.compile(r"(.+?) -\d+(?:\.\d+)?(?:, |$)")
#: how the date was found when the sentence does not write one (evidence line prefixes)
_DATE_FOUND = (
    ("date: on or before publication", "publication"),
    ("date carried from earlier in the paragraph", "carried"),
    ("date: ", "relative to the event before"),
    ("the event told before at ", "the event named again"),
)
#: evidence lines that say what the drafter did, each a feature of its own
_DID = (
    ("the event a response clause reports", "told in a response clause"),
    ("merged with the sentence", "merged with another sentence"),
    ("striker ", "striker from elsewhere"),
    ("target: ", "target by reference"),
    ("the headline at ", "told in the headline"),
    ("the sentence at ", "figures from another sentence"),
    ("count from the sentence at ", "figures from another sentence"),
    ("casualties from the sentence at ", "figures from another sentence"),
    ("claimed by ", "claim from another sentence"),
)
#: "responds to draft-3f2a (the event told before it in this article)": how it was linked
_LINKED = re.compile(r"^responds to \S+ \((.+)\)$")


def article_features(drafts: Sequence[DraftIncident]) -> list[dict[str, float]]:
    """The features of each of an article's ``drafts`` (:func:`draft_features`), in order.

    Linear in the drafts: how many each sentence gave is counted once.
    """
    per_sentence = Counter(d.span for d in drafts)
    return [
        draft_features(d, in_article=len(drafts), in_sentence=per_sentence[d.span]) for d in drafts
    ]


def draft_features(
    draft: DraftIncident, *, in_article: int = 1, in_sentence: int = 1
) -> dict[str, float]:
    """The features of ``draft`` by name (absent names are 0).

    Read from the draft's incident, evidence, span and rule score (never its
    ``confidence`` nor its notes, which the model sets), and from how many drafts its
    article (``in_article``) and its sentence (``in_sentence``) gave
    (:func:`article_features` counts them).

    >>> import datetime as dt
    >>> from geoincidents.incidents.model import Incident, Location
    >>> from geoincidents.text.drafting import DraftIncident
    >>> town = Location(34.4, 40.9, "Albu Kamal", "albu-kamal", geo_precision=1,
    ...                 method="fuzzy", score=0.85, ambiguous=True)
    >>> strike = Incident("x", dt.date(2024, 2, 3), "retaliatory_strike", town,
    ...                   actor="United States", claim_status="claimed")
    >>> d = DraftIncident(strike, (0, 120), 0.9, ("target at 40-50 (3 in sentence)",
    ...                   "confidence: a town as target -0.05"), rule_confidence=0.9)
    >>> f = draft_features(d)
    >>> sorted(k for k in f if f[k] and not k.startswith(("language", "date precision")))
    ... # doctest: +NORMALIZE_WHITESPACE
    ['actor known', 'claimed', 'doubt: a town as target', 'doubt: target ambiguous',
     'doubt: target score short of 1', 'drafts in the article', 'drafts of its sentence',
     'kind: retaliatory_strike', 'one of several sites', 'rule confidence',
     'sentence length', 'sites in the sentence', 'target method: fuzzy']
    >>> f["sites in the sentence"], f["doubt: target score short of 1"], f["sentence length"]
    (3.0, 0.15, 0.6)
    """
    incident = draft.incident
    f: dict[str, float] = {RULE_SCORE: float(draft.rule_confidence)}
    f[f"kind: {incident.kind}"] = 1.0
    if incident.weapon != "unknown":
        f["weapon known"] = 1.0
    if incident.actor:
        f["actor known"] = 1.0
    if incident.claim_status == "claimed":
        f["claimed"] = 1.0
    if incident.targeted_party:
        f["targeted party named"] = 1.0
    if incident.origin is not None:
        f["origin named"] = 1.0
    for name, value in (
        ("count", incident.count),
        ("killed", incident.killed),
        ("wounded", incident.wounded),
    ):
        if value is not None:
            f[f"{name} read"] = 1.0
    if incident.responds_to:
        f["responds to a draft or row"] = 1.0
    f[f"date precision: {incident.date_precision}"] = 1.0
    language = incident.sources[0].language if incident.sources else ""
    f[f"language: {language or 'unknown'}"] = 1.0
    target = incident.target
    f[f"target method: {target.method or 'none'}"] = 1.0
    if target.score is not None and target.score < 1.0:
        f[DOUBT + "target score short of 1"] = round(1.0 - target.score, 3)
    if target.geo_precision >= 3:
        f[DOUBT + "target an area"] = 1.0
    if target.relation:
        f["target relative to a place"] = 1.0
    if target.ambiguous:
        f[DOUBT + "target ambiguous"] = 1.0
    if target.alternatives:
        f[DOUBT + "target has rivals"] = 1.0
    # (in hundreds of characters, capped: a long sentence tells more than one thing)
    f["sentence length"] = round(min(draft.span[1] - draft.span[0], 600) / 200, 3)
    f["drafts in the article"] = min(in_article, 8) / 4
    f["drafts of its sentence"] = float(min(in_sentence, 6))
    f.update(_evidence_features(draft.evidence))
    return f


def _evidence_features(evidence: Sequence[str]) -> dict[str, float]:
    f: dict[str, float] = {}
    for line in evidence:
        if line.startswith("confidence: "):
            for label in _DEDUCTION.findall(line[len("confidence: ") :]):
                f[DOUBT + label] = 1.0
            continue
        if (m := _LINKED.match(line)) is not None:
            f[f"linked: {m.group(1)}"] = 1.0
            continue
        if line.startswith("repeats "):
            f["repeats a row of the sheet"] = 1.0
            continue
        if (m := _WRITTEN.match(line)) is not None:
            f[f"date written: {m.group(1)}"] = 1.0
            continue
        if (m := _SITES.match(line)) is not None:
            sites = int(m.group(1))
            f["sites in the sentence"] = float(min(sites, 6))
            if sites > 1:
                f["one of several sites"] = 1.0
            continue
        if (m := _SET_ASIDE.match(line)) is not None:
            f[f"set aside: {m.group(1)}"] = 1.0
            continue
        found = next((name for start, name in _DATE_FOUND if line.startswith(start)), "")
        if found:
            f[f"date found: {found}"] = 1.0
            continue
        did = next((name for start, name in _DID if line.startswith(start)), "")
        if did:
            f[did] = 1.0
        elif line.startswith("date "):  # "date 2024-01-20 from the next sentence at 80" …
            f["date found: elsewhere in the text"] = 1.0
    return f


# ------------------------------------------------------------------ the model


def probability(features: Mapping[str, float], model: ConfidenceModel | None = None) -> float:
    """The model's probability that the draft with ``features`` is accepted, in [0, 1].

    ``model`` defaults to the one shipped (:func:`load_model`); a feature the model has
    no weight for counts nothing. Rounded to three decimals.

    >>> m = ConfidenceModel(0.0, {"rule confidence": 2.0, "doubt: a town as target": -1.0})
    >>> probability({"rule confidence": 0.0}, m)
    0.5
    >>> probability({"rule confidence": 0.9, "doubt: a town as target": 1.0}, m)
    0.69
    """
    m = model if model is not None else load_model()
    z = m.intercept + sum(m.weights.get(name, 0.0) * value for name, value in features.items())
    return round(_sigmoid(z), 3)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load_model(path: str | os.PathLike[str] | None = None) -> ConfidenceModel:
    """Read a confidence model (by default the one shipped), checking every field.

    A file that is not JSON, or lacks ``kind``, ``intercept`` or ``weights``, or holds a
    weight that is not a finite number, a deduction (``doubt: …``) weighted above zero or
    the rule score below it, raises :class:`ConfidenceModelError` naming the file, the
    field and the value.

    >>> model = load_model()
    >>> RULE_SCORE in model.weights and model.weights[RULE_SCORE] >= 0
    True
    """
    if path is None:
        return _shipped()
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfidenceModelError(f"{name}: cannot read the confidence model: {exc}") from exc
    return parse_model(text, name)


@lru_cache(maxsize=1)
def _shipped() -> ConfidenceModel:
    resource = files("geoincidents") / "data" / MODEL_FILE
    return parse_model(resource.read_text(encoding="utf-8"), f"geoincidents/data/{MODEL_FILE}")


def parse_model(text: str, name: str = "<model>") -> ConfidenceModel:
    """The model a model file's ``text`` holds (``name`` is the file, for the errors).

    >>> parse_model('{"kind": "%s", "intercept": 1, "weights": {"doubt: x": 0.5}}'
    ...             % MODEL_KIND, "m.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geoincidents...ConfidenceModelError: m.json: weights['doubt: x'] = 0.5: a deduction ...
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfidenceModelError(
            f"{name}: line {exc.lineno}, column {exc.colno}: not JSON: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise ConfidenceModelError(f"{name}: a model is a JSON object, not {type(data).__name__}")
    if data.get("kind") != MODEL_KIND:
        raise ConfidenceModelError(f"{name}: kind = {data.get('kind')!r}: expected {MODEL_KIND!r}")
    intercept = _number(data.get("intercept"), name, "intercept")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise ConfidenceModelError(f"{name}: weights = {weights!r}: expected an object of names")
    checked: dict[str, float] = {}
    for key, value in weights.items():
        where = f"weights[{key!r}]"
        if not isinstance(key, str) or not key.strip():
            raise ConfidenceModelError(f"{name}: {where}: a feature needs a name")
        w = _number(value, name, where)
        if key.startswith(DOUBT) and w > 0:
            raise ConfidenceModelError(
                f"{name}: {where} = {value!r}: a deduction must not raise the confidence "
                "(weight <= 0)"
            )
        if key == RULE_SCORE and w < 0:
            raise ConfidenceModelError(
                f"{name}: {where} = {value!r}: the rule score must not lower the confidence "
                "(weight >= 0)"
            )
        checked[key] = w
    about = data.get("about", "")
    if not isinstance(about, str):
        raise ConfidenceModelError(f"{name}: about = {about!r}: expected text")
    return ConfidenceModel(intercept, MappingProxyType(checked), about)


def _number(value: Any, name: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConfidenceModelError(f"{name}: {where} = {value!r}: expected a finite number")
    return float(value)

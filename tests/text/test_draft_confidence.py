"""The drafts' learned confidence: the weights file, the features by name, the probability."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoincidents.errors import GeoincidentsError
from geoincidents.places.gazetteer import Gazetteer
from geoincidents.text import draft_confidence as dc
from geoincidents.text.draft_confidence import (
    DOUBT,
    ConfidenceModel,
    ConfidenceModelError,
    article_features,
    draft_features,
    load_model,
    parse_model,
    probability,
)
from tests.text.drafting_samples import draft as _draft

BENCHMARKS = Path(__file__).parents[2] / "benchmarks"


# --- the weights file


def test_the_shipped_weights_load_and_are_valid() -> None:
    model = load_model()
    assert math.isfinite(model.intercept)
    assert dc.RULE_SCORE in model.weights and model.weights[dc.RULE_SCORE] >= 0
    assert len(model.weights) >= 10
    assert all(isinstance(n, str) and n.strip() for n in model.weights)
    assert all(math.isfinite(w) for w in model.weights.values())
    # nothing inferred raises the confidence
    assert all(w <= 0 for n, w in model.weights.items() if n.startswith(dc.DOUBT))
    assert "train_draft_confidence.py" in model.about
    # the file holds its feature names with the weights, and loads again from a path
    path = Path(dc.__file__).parents[1] / "data" / dc.MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == dc.MODEL_KIND and set(data["weights"]) == set(model.weights)
    assert load_model(path) == model


GOOD = {"kind": dc.MODEL_KIND, "intercept": 0.5, "weights": {"rule confidence": 1.0}}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"kind": "a neural net"}, "kind = 'a neural net'"),
        ({"intercept": "high"}, "intercept = 'high': expected a finite number"),
        ({"intercept": float("nan")}, "intercept = nan"),
        ({"intercept": True}, "intercept = True"),
        ({"weights": {}}, "weights = {}"),
        ({"weights": [1.0]}, "weights = [1.0]"),
        ({"weights": {"": 1.0}}, "a feature needs a name"),
        ({"weights": {"kind: attack": None}}, "weights['kind: attack'] = None"),
        ({"weights": {"doubt: a town as target": 0.2}}, "must not raise the confidence"),
        ({"weights": {"rule confidence": -1.0}}, "must not lower the confidence"),
        ({"about": 3}, "about = 3"),
    ],
)
def test_a_bad_model_file_is_refused_by_file_field_and_value(
    tmp_path: Path, change: dict[str, object], says: str
) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**GOOD, **change}), encoding="utf-8")
    with pytest.raises(ConfidenceModelError) as err:
        load_model(path)
    assert str(err.value).startswith(f"{path}: ") and says in str(err.value)
    assert isinstance(err.value, GeoincidentsError) and isinstance(err.value, ValueError)


def test_a_model_file_that_is_not_json_names_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(ConfidenceModelError, match=r"m\.json: line 2, column 1: not JSON"):
        parse_model('{"kind":\n}', "m.json")
    with pytest.raises(ConfidenceModelError, match="a model is a JSON object, not list"):
        parse_model("[]", "m.json")
    missing = tmp_path / "none.json"
    with pytest.raises(ConfidenceModelError, match=f"{missing}: cannot read"):
        load_model(missing)


# --- the features, by name

SENTENCES = [
    # (text, language, calendar of the date written)
    ("Five rockets hit Ain al-Asad air base on 20 January 2024.", "en", "gregorian"),
    ("سقطت خمسة صواريخ على قاعدة عين الأسد يوم 20 يناير 2024.", "ar", "gregorian"),
    ("روز ۳۰ دی ۱۴۰۲ پنج راکت به پایگاه عین الاسد اصابت کرد.", "fa", "jalali"),
]


@pytest.mark.parametrize(("text", "language", "calendar"), SENTENCES)
def test_features_are_read_from_the_draft_by_name(
    bundled: Gazetteer, text: str, language: str, calendar: str
) -> None:
    drafts = _draft(text, bundled).drafts
    (d,) = drafts
    (f,) = article_features(drafts)
    assert d.incident.target.place_id == "ain-al-asad"
    assert f["kind: attack"] == 1.0
    assert f["weapon known"] == 1.0 and f["count read"] == 1.0
    assert f[f"language: {language}"] == 1.0
    assert f[f"date written: {calendar}"] == 1.0
    assert f["rule confidence"] == d.rule_confidence
    assert f["sites in the sentence"] == 1.0 and "one of several sites" not in f
    assert f["drafts in the article"] == 0.25 and f["drafts of its sentence"] == 1.0
    # read, not inferred: no rule deduction (at most the resolver's score short of 1)
    assert not any(e.startswith("confidence:") for e in d.evidence)
    assert {n for n in f if n.startswith(dc.DOUBT)} <= {"doubt: target score short of 1"}


@pytest.mark.parametrize(
    "text",
    [
        "US jets struck al-Qaim and Albu Kamal.",
        "قصفت طائرات أمريكية القائم والبوكمال.",
        "جنگنده‌های آمریکایی القائم و البوکمال را بمباران کردند.",
    ],
)
def test_the_evidence_gives_its_features(bundled: Gazetteer, text: str) -> None:
    # (a guard: the features read the evidence's wording; a change there must show here)
    drafts = _draft(text, bundled).drafts
    assert len(drafts) == 2
    for f in article_features(drafts):
        assert f["kind: retaliatory_strike"] == 1.0 and f["actor known"] == 1.0
        assert f["sites in the sentence"] == 2.0 and f["one of several sites"] == 1.0
        assert f["drafts of its sentence"] == 2.0
        assert f["doubt: date from published"] == 1.0 and f["date found: publication"] == 1.0
        assert f["doubt: a town as target"] == 1.0
        assert f["date precision: week"] == 1.0


def test_every_weighted_feature_is_still_drawn_from_some_draft() -> None:
    # (a guard of the evidence's wording: the features read evidence lines by their
    # words, so a line reworded in the drafter would leave its weight reading nothing;
    # every feature the shipped model weighs must still be drawn from some draft of the
    # evaluation sets it was fitted on)
    from geoincidents.text.drafting import draft_article

    seen: set[str] = set()
    for path in sorted((BENCHMARKS / "data" / "drafts").glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            drafts = draft_article(article["text"], article.get("published")).drafts
            for features in article_features(drafts):
                seen |= {name for name, value in features.items() if value}
    assert sorted(set(load_model().weights) - seen) == []


def test_a_deduction_label_with_a_comma_is_one_feature() -> None:
    f = dc._evidence_features(
        ["confidence: kind by rule, not by a verb -0.1, a town as target -0.05"]
    )
    assert f == {"doubt: kind by rule, not by a verb": 1.0, "doubt: a town as target": 1.0}


@pytest.mark.parametrize(
    "text",
    [
        "Five rockets hit Ain al-Asad on Friday. In response, US jets struck al-Qaim.",
        "سقطت صواريخ على قاعدة عين الأسد يوم الجمعة. وردا على ذلك قصفت طائرات أمريكية القائم.",
        "روز جمعه راکت‌هایی به پایگاه عین الاسد اصابت کرد. در پاسخ، جنگنده‌های آمریکایی "
        "القائم را بمباران کردند.",
    ],
)
def test_a_drafts_confidence_is_the_models_probability_of_its_features(
    bundled: Gazetteer, text: str
) -> None:
    drafts = _draft(text, bundled).drafts
    assert len(drafts) == 2 and drafts[1].incident.responds_to == (drafts[0].incident.id,)
    for d, f in zip(drafts, article_features(drafts), strict=True):
        p = probability(f)
        assert d.confidence == p and 0.0 <= p <= 1.0
        # the notes give both, the rule's deductions still explaining
        assert f"confidence {p:.2f} (rules {d.rule_confidence:.2f}); " in d.incident.notes
    linked = article_features(drafts)[1]
    assert linked["linked: the event told before it in this article"] == 1.0
    assert linked == draft_features(drafts[1], in_article=2, in_sentence=1)


# --- the probability


def test_more_doubt_gets_a_lower_probability(bundled: Gazetteer) -> None:
    (sure,) = _draft("Five rockets hit Ain al-Asad on Friday.", bundled).drafts
    f = draft_features(sure)
    model = load_model()
    doubts = sorted(
        (w, n) for n, w in model.weights.items() if n.startswith(dc.DOUBT) and n not in f
    )
    assert doubts and doubts[0][0] < 0
    # each doubt alone never raises it; the weightiest lower it
    for _, name in doubts:
        assert probability({**f, name: 1.0}) <= probability(f)
    worse = {**f, **{n: 1.0 for _, n in doubts[:3]}, dc.RULE_SCORE: f[dc.RULE_SCORE] - 0.5}
    assert probability(worse) < probability(f)


def test_a_sentence_with_more_inferred_drafts_with_less_confidence(bundled: Gazetteer) -> None:
    (read,) = _draft("US jets struck al-Qaim on Friday, destroying a depot.", bundled).drafts
    (inferred,) = _draft("An airstrike hit al-Qaim.", bundled).drafts
    assert any("a strike with no striker named" in e for e in inferred.evidence)
    assert inferred.rule_confidence < read.rule_confidence
    # the learned figure weighs everything that differs between two sentences (a weapon
    # named, the sentence's length …), so it need not order them; what it guarantees is
    # that the draft's own doubts lower it: without them the same draft scores higher
    (features,) = article_features([inferred])
    assert inferred.confidence == probability(features)
    undoubted = {k: v for k, v in features.items() if not k.startswith(DOUBT)}
    assert probability(undoubted) > inferred.confidence


def test_a_feature_the_model_has_no_weight_for_counts_nothing() -> None:
    model = ConfidenceModel(-1.0, {"weapon known": 2.0})
    assert probability({"weapon known": 1.0, "never seen": 50.0}, model) == probability(
        {"weapon known": 1.0}, model
    )


@given(
    st.dictionaries(
        st.sampled_from([*sorted(load_model().weights), "unknown feature"]),
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
        max_size=12,
    )
)
def test_the_probability_is_in_0_1(features: dict[str, float]) -> None:
    p = probability(features)
    assert 0.0 <= p <= 1.0 and round(p, 3) == p


# --- the training script


def _trainer() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(
            "train_draft_confidence", BENCHMARKS / "train_draft_confidence.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # (its dataclasses look their module up)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_fit_is_deterministic_and_keeps_the_signs() -> None:
    np = pytest.importorskip("numpy")
    train = _trainer()
    rng = np.random.default_rng(7)
    n = 400
    read = rng.random(n) < 0.5
    town = rng.random(n) < 0.5
    # accepted: read dates help; the town deduction, against the rule, helps too here
    z = -0.5 + 2.0 * read + 1.0 * town
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(float)
    names = ["date written: gregorian", "doubt: a town as target", dc.RULE_SCORE]
    x = np.column_stack([read, town, np.full(n, 0.9)]).astype(float)
    theta = train.fit(x, y, names, 1.0)
    assert np.array_equal(theta, train.fit(x, y, names, 1.0))
    assert theta[1] > 1.0  # the free feature is learned
    assert theta[2] == 0.0  # the deduction may not raise the confidence: held at 0
    assert theta[3] >= 0.0


def test_the_new_text_shift_fits_the_share_accepted_and_moves_only_the_intercept() -> None:
    np = pytest.importorskip("numpy")
    train = _trainer()
    theta = np.array([2.0, 1.0])
    # the model says ~95 % for drafts with the feature, ~88 % without; half are accepted
    rows = [train.Row("x", {"f": float(k % 2)}, 0.9, k < 10) for k in range(20)]
    shift = train.new_text_shift(theta, ["f"], rows)
    z = theta[0] + shift + np.array([r.features["f"] for r in rows]) * theta[1]
    assert abs(float((1 / (1 + np.exp(-z))).mean()) - 0.5) < 1e-6  # the share, fitted
    assert shift < 0.0
    assert train.new_text_shift(theta, ["f"], []) == 0.0  # no first check: no shift
    # every draft accepted (or none): a bounded shift, not an infinite one
    all_in = [train.Row("x", {}, 0.9, True) for _ in range(4)]
    assert 0.0 < train.new_text_shift(np.array([0.0, 0.0]), ["f"], all_in) < 5.0


def test_a_first_check_is_frozen_once_and_read_back_by_name(tmp_path: Path) -> None:
    train = _trainer()
    path = tmp_path / "first_checks.json"
    rows = [train.Row("s", {"kind: attack": 1.0}, 0.8, True)]
    train.freeze_first_check("s", rows, path)
    assert train.load_first_checks(path) == {"s": rows}
    with pytest.raises(SystemExit, match="frozen already"):
        train.freeze_first_check("s", rows, path)
    assert train.load_first_checks(path) == {"s": rows}  # the first freeze kept
    assert train.load_first_checks(tmp_path / "absent.json") == {}


def test_the_shipped_intercept_is_shifted_by_the_frozen_first_checks() -> None:
    model = load_model()
    train = _trainer()
    frozen = train.load_first_checks()
    assert {"unseen18", "unseen19"} <= set(frozen)
    assert "first checks of" in model.about and "shifted by -" in model.about

"""Drafting's shortcuts answer what the full rule answers (each only spares work).

A rule no word family gates is first looked for by the words every match of it holds
(:func:`drafting._short_gate`); the casualty rule answers at once when both its halves are
gated away; a state word's two-word means are looked for in one regex. Each is checked
against the plain computation on sentences of our own and the evaluation articles.
"""

from __future__ import annotations

import re

import pytest

from geoincidents.text import actors, counts, drafting
from geoincidents.text.folding import fold_text
from tests.text.drafting_samples import eval_texts

#: sentences of our own, in the three languages, holding (or nearly) what the rules seek
_SENTENCES = (
    "The group claimed both attacks on the two bases.",
    "Kataib Hezbollah claimed the two attacks in a statement.",
    "All three attacks were claimed by the same group.",
    "وتبنت المقاومة الإسلامية الهجومين في بيان.",
    "وأعلنت الفصائل مسؤوليتها عن الهجمات على القاعدتين.",
    "مقاومت اسلامی مسئولیت هر دو حمله را بر عهده گرفت.",
    "گروه مسئولیت این حملات را پذیرفت.",
    "Rockets hit the base; nobody was hurt.",
    "US jets carried out air strikes near al-Qaim, the Pentagon said.",
    "An F-16 and a drone strike hit depots in Albu Kamal.",
    "جنگنده‌های آمریکایی با حمله هوایی مواضعی را بمباران کردند.",
    "Three soldiers were killed and 40 wounded in the attack.",
    "An initial toll gave six wounded, before officials said one was killed.",
    "قتل جنديان وأصيب ثلاثة آخرون.",
    "دو سرباز زخمی شدند.",
    "The attack in 2019 was the first of its kind.",
)


def _folded_texts() -> list[str]:
    return [fold_text(t).folded for t in (*_SENTENCES, *eval_texts())]


def _short_gated() -> list[re.Pattern[str]]:
    gates = drafting._gate_words()
    return [
        rule
        for rule in drafting._gated_rules()
        if rule.pattern not in gates and drafting._short_gate(rule) is not None
    ]


def test_some_rule_is_short_gated() -> None:
    """The claim of several attacks (``both``, ``هر دو``) is one: ``هر`` is too short to
    gate an article, not a sentence."""
    assert drafting._BOTH in _short_gated()
    assert "هر" in (drafting._short_gate(drafting._BOTH) or ())


@pytest.mark.parametrize("rule", _short_gated(), ids=lambda r: r.pattern[:30])
def test_every_match_of_a_short_gated_rule_holds_one_of_its_words(
    rule: re.Pattern[str],
) -> None:
    words = drafting._short_gate(rule)
    assert words
    for folded in _folded_texts():
        for m in rule.finditer(folded):
            assert any(w in m.group() for w in words), (rule.pattern[:40], m.group())


@pytest.mark.parametrize("rule", _short_gated(), ids=lambda r: r.pattern[:30])
def test_the_short_gate_finds_what_the_rule_finds(rule: re.Pattern[str]) -> None:
    found = 0
    for folded in _folded_texts():
        plain = rule.search(folded)
        gated = drafting._search(rule, folded, frozenset())
        assert (plain and plain.span()) == (gated and gated.span())
        found += plain is not None
    assert found  # (the texts hold matches: the check is not vacuous)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<!\w)(?:both|هر دو)(?!\w)", {"both", "هر"}),
        (r"(?<!\w)(?:both|a)(?!\w)", {"both", "a"}),  # short words kept
        (r"(?i)both", None),  # case-blind: no substring test
        (r"\w+", None),  # no literal at all
        ("|".join(f"w{k:02d}" for k in range(20)), None),  # too many to test one by one
    ],
)
def test_the_words_of_a_short_gate(pattern: str, words: set[str] | None) -> None:
    found = drafting._short_gate(re.compile(pattern))
    assert (set(found) if found is not None else None) == words


@pytest.mark.parametrize("text", _SENTENCES)
def test_casualties_gated_away_are_none_and_open_gates_change_nothing(text: str) -> None:
    folded = fold_text(text).folded
    assert counts.casualties(folded, ()) == (None, None)
    assert counts.casualties(folded, frozenset({"event"})) == (None, None)
    full = counts.casualties(folded)
    assert counts.casualties(folded, ("killed", "wounded")) == full
    # each half alone answers as the whole does for that half (a correction included)
    assert counts.casualties(folded, ("killed",))[0] == full[0]
    assert counts.casualties(folded, ("wounded",))[1] == full[1]


def test_casualties_read_as_before() -> None:
    assert counts.casualties(fold_text(_SENTENCES[11]).folded) == (3, 40)
    assert counts.casualties(fold_text(_SENTENCES[12]).folded) == (1, 6)


@pytest.mark.parametrize("table", ["means", "air_means"])
def test_the_means_phrases_are_found_as_by_one_test_each(table: str) -> None:
    words = getattr(actors._lexicon(), table)
    phrases = actors._phrases(words)
    assert phrases
    windows = [*_folded_texts(), *phrases, "", "air", "f 1"]
    for window in windows:
        expected = any(w in window for w in phrases)
        assert (actors._phrases_re(words).search(window) is not None) == expected, window

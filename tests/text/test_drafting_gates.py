"""The word gates of drafting: skipping a rule where none of its words stands changes nothing.

Drafting looks up, once per article, where the words of each gated rule stand (event words,
state actors, armed groups, claims, deeds) and runs the rule only in sentences holding one.
The reference is the same article drafted with every gate open.
"""

from __future__ import annotations

import pytest

from geoincidents.text import drafting
from tests.text.drafting_samples import eval_texts

#: sentences of our own: events, actors named outside events, claims, deeds, fillers
_SENTENCES = (
    "Three rockets struck Ain al-Asad air base on Tuesday.",
    "The Islamic Resistance in Iraq later claimed the attack.",
    "Kataib Hezbollah said it had targeted both bases.",
    "US aircraft struck sites in al-Qaim the same day.",
    "A US official said the investigation was continuing.",
    "The Pentagon declined to comment.",
    "Nobody has claimed responsibility so far.",
    "وتبنت المقاومة الإسلامية في العراق الهجوم في بيان.",
    "وقالت كتائب حزب الله إنها استهدفت قاعدة حرير.",
    "قصفت طائرات أمريكية مواقع في البوكمال أمس.",
    "وأضاف المتحدث أن التحقيقات ما زالت جارية.",
    "مقاومت اسلامی عراق مسئولیت این حمله را بر عهده گرفت.",
    "جنگنده‌های آمریکایی مواضعی در المیادین را بمباران کردند.",
    "سخنگوی وزارت دفاع گفت که بررسی‌ها ادامه دارد.",
    "No attack on the base had been reported.",
    "Our correspondent in Erbil said the city was calm.",
    # no event word, yet what they say reaches a neighbour: a claim, a deed, the striker
    "Kataib Hezbollah later claimed responsibility.",
    "Kataib Hezbollah said its fighters had carried out the operation.",
    "كتائب حزب الله تبنت العملية.",
    "کتائب حزب‌الله مسئولیت آن را پذیرفت.",
    "US warplanes flew over al-Qaim overnight.",
    "Depots near al-Qaim were hit in the strikes.",
)


def _draft(text: str, gated: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        if not gated:
            every = frozenset(drafting._gate_words())
            patch.setattr(drafting._ArticleFold, "families", lambda self, a, b: every)
        result = drafting.draft_article(text, "2024-01-24", include_geonames=False)
    return (result.drafts, result.skipped)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_each_sentence_after_an_event_reads_as_with_every_gate_open(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{_SENTENCES[0]} {sentence}"
    assert _draft(text, True, monkeypatch) == _draft(text, False, monkeypatch)


def test_any_mix_reads_as_with_every_gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=40)
    @given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8), st.sampled_from(" \n"))
    def check(parts: list[str], glue: str) -> None:
        text = glue.join(parts)
        assert _draft(text, True, monkeypatch) == _draft(text, False, monkeypatch)

    check()


@pytest.mark.parametrize(
    ("family", "word"),
    [
        ("event", "drone"),
        ("state", "centcom"),
        ("militia", "kataib hezbollah"),
        ("claim", "تبنت"),
        ("deed", "it had targeted"),
    ],
)
def test_a_gate_opens_only_where_a_whole_word_of_its_family_lies_inside(
    family: str, word: str
) -> None:
    folded = drafting.fold_text(f"xx {word} yy").folded
    af = drafting._ArticleFold.of(f"xx {word} yy")
    start = folded.index(word)
    end = start + len(word)
    assert family in af.families(start, end) and family in af.families(0, len(folded))
    assert family not in af.families(start + 1, end) | af.families(start, end - 1)
    assert family not in af.families(0, start) | af.families(end, len(folded))


@pytest.mark.parametrize("rule", drafting._gated_rules(), ids=lambda r: r.pattern[:30])
def test_every_match_of_a_gated_rule_holds_one_of_its_words(rule: object) -> None:
    """The words read off a rule (:func:`drafting._required_words`) stand in each match."""
    from geoincidents.text.folding import fold_text

    words = drafting._required_words(rule)  # type: ignore[arg-type]
    matched = 0
    for text in [*_SENTENCES, *eval_texts()]:
        for m in rule.finditer(fold_text(text).folded):  # type: ignore[attr-defined]
            matched += 1
            assert not words or any(w in m.group() for w in words), (rule, m.group())
    assert words or matched >= 0


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<!\w)(?:the )?(?:drone|rocket) fire(?!\w)", {"drone", "rocket"}),
        (r"launch(?:ers?)? site", {"launch"}),  # a longest piece with no space
        (r"(?:was|were) also shot", {"also", "were"}),
        (r"(?:warplanes|)hit", {"hit"}),  # an empty alternative
        (r"\w+ (?:attacks?|raids?)", {"attack", "raid"}),
        (r"[وفب]?(?:قصفت|استهدفت)", {"قصفت", "استهدفت"}),
        (r"(?i)drone", set()),  # case-blind: no literal holds
        (r"(?i:drone)s? fire", {"fire"}),
        (r"(?:a|b)+", set()),
        (r"strikes? on", {"strike"}),
    ],
)
def test_the_words_read_off_a_rule(pattern: str, words: set[str]) -> None:
    """Each word read off holds one of ``words`` (spelled out: ``raid``, ``raids``), and
    each of ``words`` is read off; none at all where no literal of 3+ letters must stand."""
    import re

    found = drafting._required_words(re.compile(pattern))
    assert all(any(w in f for w in words) for f in found), found
    assert all(any(w in f for f in found) for w in words), found
    assert bool(found) == bool(words)


def test_the_evaluation_articles_read_as_with_every_gate_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every article of the evaluation files (our own): the same drafts and skips with the
    word gates (actor, count and rule families) as with every gate open."""
    for text in eval_texts():
        assert _draft(text, True, monkeypatch) == _draft(text, False, monkeypatch), text[:60]


def _gate_calls() -> list[tuple[int, str]]:
    """The rules drafting.py hands to a gate (``_search``, ``_runs``, ``af.search``): line,
    name (each named by a module constant)."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(drafting.__file__).read_text(encoding="utf-8"))
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        gate = (isinstance(func, ast.Name) and func.id in ("_search", "_runs")) or (
            isinstance(func, ast.Attribute)
            and func.attr == "search"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("af", "self")
        )
        if gate and isinstance(node.args[0], ast.Name):
            calls.append((node.lineno, node.args[0].id))
    return calls


def test_every_rule_drafting_gates_is_registered() -> None:
    """A rule given to a gate but missing from :func:`drafting._gated_rules` is never
    skipped (its gate stays open): each module rule handed to one is listed, unless no
    word of 3+ letters holds in every match of it."""
    registered = {rule.pattern for rule in drafting._gated_rules()}
    calls = [(line, name) for line, name in _gate_calls() if name.startswith("_")]
    assert len(calls) >= 30  # (the reader finds the calls)
    missing = [
        (line, name)
        for line, name in calls
        if (rule := getattr(drafting, name, None)) is not None
        and rule.pattern not in registered
        and drafting._required_words(rule)
    ]
    assert not missing

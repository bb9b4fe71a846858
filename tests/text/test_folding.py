"""The fast scanning fold equals places.names.fold_with_offsets, offsets included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.places.folding import fold_with_offsets
from geoincidents.text.folding import fold_text, fold_word

PIECES = [
    "عین",
    "\u200c",
    "الأسد",
    "ـ",
    "ُ",
    "ﻻ",
    " ",
    "  ",
    "\n",
    "Ḩīt",
    "-",
    "۱۵",
    "ي",
    "ی",
    "ة",
    "'",
]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(st.characters(blacklist_characters="\x00\x01"), max_size=60),
        st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    )
)
def test_same_fold_and_offsets_as_names(text: str) -> None:
    folded = fold_text(text)
    reference, offsets = fold_with_offsets(text)
    ours = folded.folded
    lead = len(ours) - len(ours.lstrip(" "))
    assert ours.strip(" ") == reference
    assert [folded.to_original_index(i + lead) for i in range(len(reference))] == offsets


def test_span_back_to_original() -> None:
    text = "پایگاه عین‌الاسدُ  و"
    f = fold_text(text)
    i = f.folded.index("عين الاسد")  # the ZWNJ folds to a word space
    start, end = f.to_original(i, i + len("عين الاسد"))
    assert text[start:end] == "عین\u200cالاسدُ"


def test_fold_word() -> None:
    assert fold_word("  Ain   al-Asad ") == "ain al asad"
    assert fold_word("عينُ الأسد") == fold_word("عین الاسد")


def _flat_alternation(words: list[str]) -> str:
    """The reference: every folded word, longest first, joined by ``|``."""
    import re

    from geoincidents.text.folding import fold_word

    folded = {fold_word(w) for w in words} - {""}
    return "|".join(re.escape(w) for w in sorted(folded, key=lambda w: (-len(w), w)))


def test_the_trie_alternation_matches_what_the_flat_one_matches() -> None:
    import re

    from hypothesis import given
    from hypothesis import strategies as st

    from geoincidents.text.folding import word_alternation

    letters = st.sampled_from("abс بتa.-* ")  # a few letters, a space and regex specials

    @given(
        st.lists(st.text(letters, min_size=1, max_size=5), min_size=1, max_size=12),
        st.text(letters, max_size=60),
    )
    def check(words: list[str], text: str) -> None:
        for template in (r"(?<!\w)(?:{})(?!\w)", r"(?P<w>{})", r"(?:{})s?"):
            trie = re.compile(template.format(word_alternation(words)))
            flat = re.compile(template.format(_flat_alternation(words)))
            assert [m.span() for m in trie.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ]

    check()

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

"""Place names, folded: one pure module (no I/O) that makes spellings of one name meet.

Three keys are built from a name:

* :func:`fold_with_offsets` — character-level folding for scanning running text (keeps
  word spaces and maps every folded character back to the original text);
* :func:`normalize` — the match key: script folding, diacritics, articles, spaces and
  the common Latin transliteration variants folded *by rule*;
* :func:`latin_key` — a consonant skeleton where Arabic-script and Latin spellings of
  one name meet (``جرف الصخر`` and ``Jurf al-Sakhar`` both give ``jrfsxr``).

Kind words (``قاعدة``, ``پایگاه هوایی``, ``air base``, ``محافظة`` …) are split off by
:func:`split_kind_hint`, trailing qualifiers (``, Iraq``, ``in Deir ez-Zor``) by
:func:`split_context`.

Examples
--------
>>> normalize("عین‌الاسد") == normalize("عين الأسد") == normalize("عینالاسد")
True
>>> normalize("Al Qā’im") == normalize("al-Qaim") == normalize("el-Qaim")
True
>>> normalize("Deir ez-Zor") == normalize("Dayr al-Zor")
True
>>> normalize("برج ۲۲")
'برج22'
>>> latin_key("جرف الصخر") == latin_key("Jurf al-Sakhar")
True
>>> split_kind_hint("پایگاه هوایی الاسد")
('الاسد', 'air_base')
>>> split_context("Hit, Anbar, Iraq")
('Hit', ('Anbar', 'Iraq'))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import product
from types import MappingProxyType

from geoincidents.places.countries import COUNTRY_NAMES
from geoincidents.places.folding import FOLD_TABLE, fold_with_offsets, is_arabic_script
from geoincidents.places.kinds import (
    KIND_FAMILIES,
    KINDS,
    PREFIX_WORDS,
    SPECIFICITY,
    SUFFIX_WORDS,
    is_facility,
    kinds_compatible,
)

__all__ = [
    "KINDS",
    "KIND_FAMILIES",
    "KIND_WORDS",
    "RULES_VERSION",
    "article_variants",
    "clear_caches",
    "country_code",
    "fold_with_offsets",
    "folded_words",
    "is_arabic_script",
    "kinds_compatible",
    "latin_key",
    "normalize",
    "split_context",
    "split_kind_hint",
]

#: Bumped whenever a folding rule changes (cached GeoNames indexes are keyed by it).
RULES_VERSION = "3"

# ---------------------------------------------------------------------------
# character folding: one rule set, in places/folding.py

_KAF = "\u0643"  # ك
_HEH = "\u0647"  # ه
_WAW = "\u0648"  # و
_YEH = "\u064a"  # ي


def _fold(text: str) -> str:
    return text.translate(FOLD_TABLE)


# ---------------------------------------------------------------------------
# normalize

_NON_WORD = re.compile(r"[\W_]+")
_ARABIC_ARTICLE = "\u0627\u0644"  # ال
_LATIN_ARTICLES = frozenset({"al", "el", "ul", "il"})
# assimilated article (ad-Dawr, ash-Shaddadi, ez-Zor): vowel + consonant(s) doubling the
# first consonant(s) of the next word
_ASSIMILATED = re.compile(r"^[aeu](sh|th|dh|zh|[dtrsznl])$")
#: the first letters (Latin) of the sun letters' words, before which the article is written
#: assimilated (as-Sakhr, ash-Shaddadi, ez-Zor); digraphs first
_SUN_STARTS = ("sh", "th", "dh", "zh", "d", "t", "r", "s", "z", "n")
#: the article spellings a name's own article is varied to (``ul``/``il`` only as written)
_ARTICLE_SPELLINGS = ("al", "el")
#: at most this many articles of one name are varied (the variants multiply)
_MAX_VARIED_ARTICLES = 2


def _article_options(word: str, following: str) -> tuple[str, ...]:
    """The spellings of ``word`` when it is a Latin article before ``following``, else ()."""
    if not (following.isascii() and following.isalpha() and len(following) > 1):
        return ()
    sun = next((c for c in _SUN_STARTS if following.startswith(c)), "")
    assimilated = _ASSIMILATED.match(word)
    if word not in _LATIN_ARTICLES and not (assimilated and assimilated.group(1) == sun):
        return ()
    options = [*_ARTICLE_SPELLINGS]
    if sun and len(following) > len(sun):
        options += [f"a{sun}", f"e{sun}"]
    return tuple(dict.fromkeys([word, *options]))


def article_variants(words: str) -> tuple[str, ...]:
    """Other spellings of the Latin articles of folded ``words``: ``al``/``el`` and,
    before a sun letter, the assimilated ``as``/``es``, ``ash``, ``ez`` … (and back).

    A name is written with any of them ("Jurf al-Sakhar", "Jurf as-Sakhr", "Jurf
    es-Sakhar"; "Ain al-Asad", "Ain el-Asad"; "Deir ez-Zor", "Deir al-Zor"): the scanner
    adds each variant of a gazetteer name as a key of its own. At most
    ``_MAX_VARIED_ARTICLES`` articles of a name are varied; the name itself is not
    returned.

    Examples
    --------
    >>> article_variants("jurf al sakhr")
    ('jurf as sakhr', 'jurf el sakhr', 'jurf es sakhr')
    >>> article_variants("deir ez zor")
    ('deir al zor', 'deir az zor', 'deir el zor')
    >>> article_variants("ain al asad")
    ('ain el asad',)
    >>> article_variants("as sakhr"), article_variants("baghdad")
    (('al sakhr', 'el sakhr', 'es sakhr'), ())
    >>> article_variants("al"), article_variants("al 22")
    ((), ())
    """
    tokens = words.split()
    choices: list[tuple[str, ...]] = []
    varied = 0
    for i, word in enumerate(tokens):
        options = _article_options(word, tokens[i + 1]) if i + 1 < len(tokens) else ()
        if options and varied < _MAX_VARIED_ARTICLES:
            varied += 1
            choices.append(options)
        else:
            choices.append((word,))
    if not varied:
        return ()
    out: set[str] = set()
    for combination in product(*choices):
        out.add(" ".join(combination))
    out.discard(" ".join(tokens))
    return tuple(sorted(out))


# Latin transliteration variants, applied in order on lowercase ASCII letters.
_VOWELS = "aeiouy"
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"q"), "k"),
    (re.compile(r"dj"), "j"),
    (re.compile(rf"(?:aw|ow)(?![{_VOWELS}])"), "u"),  # Zawr = Zour = Zor
    (re.compile(r"ou|oo|o"), "u"),  # o/u: Omar = Umar, Zour = Zur
    (re.compile(r"ee"), "i"),  # Mayadeen = Mayadin, Heet = Hit
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Zummar = Zumar
    (re.compile(rf"(?:ei|ey|ay)(?![{_VOWELS}])"), "ai"),  # Deir = Dayr = Dair, Ein = Ain
    (re.compile(r"iy?[ae]h?(?![a-z])"), "iya"),  # -iyah = -iya = -iyeh = -ia
    (re.compile(rf"(?<=[a-z]{{2}})([^{_VOWELS}\W\d])[ae]h(?![a-z])"), r"\1a"),  # -ah = -a
    (re.compile(r"([a-z])\1+"), r"\1"),
)
_HAS_LATIN = re.compile(r"[a-z]")
_DOUBLED_LOWER = re.compile(r"([a-z])\1+")


def _latin_rules(text: str) -> str:
    """Apply :data:`_LATIN_RULES` in order (a rule whose letters are absent is skipped)."""
    if not _HAS_LATIN.search(text):
        return text
    rules = _LATIN_RULES
    if "q" in text:
        text = text.replace("q", "k")
    if "dj" in text:
        text = text.replace("dj", "j")
    if "w" in text:
        text = rules[2][0].sub("u", text)
    if "o" in text:
        text = rules[3][0].sub("u", text)
    if "ee" in text:
        text = text.replace("ee", "i")
    text = _DOUBLED_LOWER.sub(r"\1", text)
    before = text
    if "y" in text or "ei" in text:
        text = rules[6][0].sub("ai", text)
    if "i" in text:
        text = rules[7][0].sub("iya", text)
    if "h" in text:
        text = rules[8][0].sub(r"\1a", text)
    if text is not before:  # the letters were single after the first pass
        text = _DOUBLED_LOWER.sub(r"\1", text)
    return text


@lru_cache(maxsize=200_000)
def folded_words(text: str) -> str:
    """The folded words of a name, joined by one space: all that :func:`normalize` and
    :func:`latin_key` depend on (two texts with equal folded words have equal keys).

    Examples
    --------
    >>> folded_words("Al-Qā’im") == folded_words("AL QAIM") == "al qaim"
    True
    >>> folded_words("عَين الأسد")
    'عين الاسد'
    """
    return " ".join(_NON_WORD.sub(" ", _fold(text)).split())


_words = folded_words


def _tokens(words: str) -> list[str]:
    """Word tokens (of :func:`_words`) with the article canonicalised (``al`` / ``ال``)."""
    split = words.split()
    out: list[str] = []
    for i, w in enumerate(split):
        nxt = split[i + 1] if i + 1 < len(split) else ""
        if nxt and nxt.isascii() and w in _LATIN_ARTICLES:
            out.append("al")
            continue
        m = _ASSIMILATED.match(w)
        if nxt and m and nxt.startswith(m.group(1)) and len(nxt) > len(m.group(1)):
            out.append("al")
            continue
        if w == _ARABIC_ARTICLE and nxt:
            out.append(_ARABIC_ARTICLE)
            continue
        out.append(w)
    return out


def _normalize_once(words: str) -> str:
    return _latin_rules(" ".join(_tokens(words))).replace(" ", "")


@lru_cache(maxsize=200_000)
def _normalize_words(words: str) -> str:
    value = _normalize_once(words)
    if not _HAS_LATIN.search(value):
        return value  # Arabic-script/digit keys are stable after one pass
    for _ in range(6):  # Latin rules may meet across former word boundaries
        nxt = _normalize_once(_words(value))
        if nxt == value:
            break
        value = nxt
    return value


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """The match key of a name: spellings of one name in one script give one key.

    Folds Unicode (NFKC/NFKD), Arabic/Persian letter variants (ي ى ی, ك ک, ة ۀ ه ھ,
    أ إ آ ٱ ا, ؤ و, ئ ی), removes harakat, tatweel, bidi marks, the zero-width non-joiner,
    spaces and punctuation, maps Persian and Arabic-Indic digits to ASCII, casefolds Latin
    and removes its diacritics and apostrophes, canonicalises the article (``al-``,
    ``el-``, ``ad-``, ``ash-``, ``ez-`` … → ``al``) and folds the common transliteration
    variants by rule (Ain/Ayn/Ein, Deir/Dayr/Dair, -iyah/-iya/-iyeh, ou/u, ee/i, doubled
    letters, q/k). Idempotent: ``normalize(normalize(s)) == normalize(s)``.

    The folded words are computed first (one ``str.translate`` and one regex); the rules
    run once per distinct folded form, so other spellings of a name already seen (case,
    harakat, tatweel, Persian letters, decomposed accents) cost only the folding.

    Parameters
    ----------
    text
        Any string.

    Returns
    -------
    str
        The key (no spaces; may be empty).

    Examples
    --------
    >>> normalize("Ayn al-Asad") == normalize("Ein el Asad") == normalize("Ain Al-Assad")
    True
    >>> normalize("Al-Mahmudiyah") == normalize("Mahmoudiya") == normalize("al Mahmudiyeh")
    False
    >>> normalize("Al-Mahmudiyah") == normalize("al Mahmoudiyeh")
    True
    >>> normalize("قاعدة عَيْن الأَسَد")
    'قاعدهعينالاسد'
    """
    return _normalize_words(_words(text))


def clear_caches() -> None:
    """Forget every memoised key (for benchmarks that measure names never seen before).

    Examples
    --------
    >>> clear_caches(); normalize.cache_info().currsize
    0
    """
    for cached in (
        normalize,
        _normalize_words,
        latin_key,
        _latin_key_words,
        _words,
        split_kind_hint,
    ):
        cached.cache_clear()


# ---------------------------------------------------------------------------
# latin_key

_ARABIC_TO_LATIN = {
    "ا": "",
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "چ": "S",
    "ح": "h",
    "خ": "x",
    "د": "d",
    "ذ": "z",  # pronounced z in Persian; Zummar is sometimes written ذمار
    "ر": "r",
    "ز": "z",
    "ژ": "j",
    "س": "s",
    "ش": "S",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "k",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    _KAF: "k",
    "گ": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    _WAW: "",
    _HEH: "h",
    _YEH: "",
}
_LATIN_DIGRAPHS = re.compile(r"kh|sh|ch|th|dh|gh|zh|ph|dj")
_DIGRAPH_MAP = {
    "kh": "x",
    "sh": "S",
    "ch": "S",
    "th": "t",
    "dh": "z",
    "gh": "k",
    "zh": "j",
    "ph": "f",
    "dj": "j",
}
_LATIN_TO_KEY = str.maketrans(
    {
        **{c: "" for c in "aeiouywv"},
        "q": "k",
        "c": "k",
        "g": "k",
        "p": "b",
    }
)
_DOUBLED = re.compile(r"([A-Za-z])\1+")


def _strip_glued_article(word: str) -> str:
    """Remove ``ال`` glued inside a word (Persian writes ``جرفالصخر`` for ``جرف الصخر``)."""
    start = 2
    while True:
        i = word.find(_ARABIC_ARTICLE, start)
        if i < 0 or len(word) - i - 2 < 3:
            return word
        word = word[:i] + word[i + 2 :]
        start = i + 2


def _skeleton(word: str) -> str:
    if word.isascii():
        word = _LATIN_DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group()], word)
        word = word.translate(_LATIN_TO_KEY)
    else:
        word = "".join(_ARABIC_TO_LATIN.get(c, c) for c in word)
    if len(word) > 1 and word.endswith("h"):
        word = word[:-1]  # teh marbuta / final -ah
    return word


@lru_cache(maxsize=200_000)
def latin_key(text: str) -> str:
    """Transliteration skeleton where Arabic-script and Latin spellings of a name meet.

    Arabic letters are transliterated to Latin consonant classes, Latin digraphs (kh, sh,
    th, dh, gh …) to the same classes, vowels (and the weak letters ا و ي ع, y w v) are
    dropped, q/k/c/g and ق/ك/گ/غ merge, the article is dropped (also when glued inside a
    Persian word), doubled consonants collapse and spaces go.

    Parameters
    ----------
    text
        Any string.

    Returns
    -------
    str
        The skeleton (may be empty for names made only of vowels).

    Examples
    --------
    >>> latin_key("الميادين") == latin_key("Mayadin") == latin_key("Al Mayadeen")
    True
    >>> latin_key("البوكمال") == latin_key("Albu Kamal") == latin_key("Abu Kamal")
    True
    >>> latin_key("کونیکو") == latin_key("Conoco") == latin_key("Kunico")
    True
    >>> latin_key("دیرالزور") == latin_key("Dayr az-Zawr")
    True
    """
    return _latin_key_words(_words(text))


@lru_cache(maxsize=200_000)
def _latin_key_words(words: str) -> str:
    parts: list[str] = []
    tokens = _tokens(words)
    for i, w in enumerate(tokens):
        last = i == len(tokens) - 1
        if not last and w in ("al", _ARABIC_ARTICLE):
            continue
        if w.isascii():
            if w.startswith("al") and len(w) >= 4:
                w = w[2:]
        else:
            if w.startswith(_ARABIC_ARTICLE) and len(w) > 3:
                w = w[2:]
            w = _strip_glued_article(w)
        parts.append(_skeleton(w))
    return _DOUBLED.sub(r"\1", "".join(parts))


# ---------------------------------------------------------------------------
# kind words


def _word_table(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, words in table.items():
        for w in words:
            out.setdefault(normalize(w), kind)
    return out


_PREFIXES = _word_table(PREFIX_WORDS)
_SUFFIXES = _word_table(SUFFIX_WORDS)
# the key of the first (last) word of a name that starts (ends) with kind words is a
# beginning (an ending) of a kind-word key
_PREFIX_STARTS = frozenset(k[:i] for k in _PREFIXES for i in range(1, len(k) + 1))
_SUFFIX_ENDS = frozenset(k[-i:] for k in _SUFFIXES for i in range(1, len(k) + 1))
_MAX_KIND_TOKENS = 4

#: folded kind word (``normalize``-d, so ``air base`` is ``airbase``) -> kind
KIND_WORDS: Mapping[str, str] = MappingProxyType({**_SUFFIXES, **_PREFIXES})


@lru_cache(maxsize=100_000)
def split_kind_hint(text: str) -> tuple[str, str | None]:
    """Strip the words that say what kind of place follows; return the core and the kind.

    Prefixes (``قاعدة``, ``پایگاه هوایی``, ``camp``, ``محافظة``, ``روستای`` …) and
    suffixes (``air base``, ``الجوية``, ``oil field``, ``governorate`` …) are recognised
    after folding, so ``پایگاه‌هوایی`` and ``airbase`` count too. At least one word of the
    name always stays. When both ends carry a kind, the more specific wins.

    Parameters
    ----------
    text
        A place name, possibly with kind words.

    Returns
    -------
    tuple[str, str | None]
        The core name (original spelling, words joined by one space) and the kind hint
        (``"air_base"``, ``"governorate"`` …) or ``None``.

    Examples
    --------
    >>> split_kind_hint("قاعدة عين الأسد الجوية")
    ('عين الأسد', 'air_base')
    >>> split_kind_hint("Camp Kalsu")
    ('Kalsu', 'military_base')
    >>> split_kind_hint("Baghdad")
    ('Baghdad', None)
    """
    words = text.split()
    if len(words) < 2:
        return " ".join(words), None
    first, last = normalize(words[0]), normalize(words[-1])
    if first and first not in _PREFIX_STARTS and last and last not in _SUFFIX_ENDS:
        return " ".join(words), None  # no kind word can start or end the name
    keys = [normalize(w) for w in words]
    prefix_kind: str | None = None
    suffix_kind: str | None = None
    start, end = 0, len(words)
    for n in range(min(_MAX_KIND_TOKENS, len(words) - 1), 0, -1):
        kind = _PREFIXES.get("".join(keys[:n]))
        if kind and any(keys[n:]):
            prefix_kind, start = kind, n
            break
    for n in range(min(_MAX_KIND_TOKENS, end - start - 1), 0, -1):
        kind = _SUFFIXES.get("".join(keys[end - n : end]))
        if kind and any(keys[start : end - n]):
            suffix_kind, end = kind, end - n
            break
    if prefix_kind is None and suffix_kind is None:
        return " ".join(words), None
    hint: str | None
    if prefix_kind and suffix_kind and is_facility(prefix_kind) and not is_facility(suffix_kind):
        # a site word before a name that ends in a settlement word: the settlement word is
        # part of the name ("Mission Support Site Green Village")
        return " ".join(words[start:]), prefix_kind
    if prefix_kind and suffix_kind:
        hint = max(
            (suffix_kind, prefix_kind),
            key=lambda k: SPECIFICITY.get(k, 0),
        )
    else:
        hint = prefix_kind or suffix_kind
    return " ".join(words[start:end]), hint


# ---------------------------------------------------------------------------
# context

_SEPARATORS = frozenset(",،;؛")
_CONTEXT_SPLIT = re.compile(r"\s*[,،;؛]\s*")
_IN_WORDS = re.compile(r"\s+(?:in|near|في|فی|در|نزدیک|قرب)\s+", re.IGNORECASE)
_PARENS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*$")


def split_context(text: str) -> tuple[str, tuple[str, ...]]:
    """Split trailing qualifiers (``, Iraq``, ``, Anbar``, ``in Deir ez-Zor``) off a name.

    Parameters
    ----------
    text
        A place name, possibly followed by qualifiers.

    Returns
    -------
    tuple[str, tuple[str, ...]]
        The name and the qualifiers, in the order written.

    Examples
    --------
    >>> split_context("Green Village in Deir ez-Zor")
    ('Green Village', ('Deir ez-Zor',))
    >>> split_context("هيت، الأنبار")
    ('هيت', ('الأنبار',))
    >>> split_context("Zummar (Nineveh)")
    ('Zummar', ('Nineveh',))
    """
    text = text.strip()
    context: list[str] = []
    m = _PARENS.search(text) if ")" in text or "]" in text else None
    if m and m.start() > 0:
        context.append(m.group(1).strip())
        text = text[: m.start()]
    if _SEPARATORS.isdisjoint(text):
        parts = [text] if text.strip() else []
    else:
        parts = [p for p in _CONTEXT_SPLIT.split(text) if p.strip()]
    if not parts:
        return text, tuple(c for c in context if c)
    name, rest = parts[0], parts[1:]
    found = list(_IN_WORDS.finditer(name))
    last = found[-1] if found else None
    if last is not None and last.start() > 0 and name[last.end() :].strip():
        rest.insert(0, name[last.end() :].strip())
        name = name[: last.start()]
    if not rest and not context:
        return name.strip(), ()
    return name.strip(), tuple(c for c in (*rest, *context) if c)


# ---------------------------------------------------------------------------
# countries named in context

_COUNTRY_KEYS = {normalize(n): cc for cc, names in COUNTRY_NAMES.items() for n in names}


def country_code(text: str) -> str | None:
    """ISO code of a country of the region named in English, Arabic or Persian, else None.

    Examples
    --------
    >>> country_code("العراق"), country_code("سوریه"), country_code("Anbar")
    ('IQ', 'SY', None)
    """
    return _COUNTRY_KEYS.get(normalize(text))

"""Detect articles that are not in English, so they are skipped rather than mis-coded.

The lexicon and the parser are English-only; coding a French or Arabic article would only
produce noise. py3langid ships its model inside the package, so detection works offline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

SAMPLE_CHARS = 2000  # the opening of an article is enough to tell its language
MIN_LETTERS = 40  # below this, a guess is not reliable: let it through
# English function words that are no words of the other major languages written in Latin letters
# (not "in", "a", "was", "is", "for"): they make up about a seventh of running English text, so a
# text this rich in them is English without asking the classifier (a millisecond a document)
ENGLISH_FUNCTION_WORDS = frozenset({"the", "of", "and", "to", "that", "said", "with", "from", "by", "has", "have", "were",
                                    "which"})
ENGLISH_SHARE = 0.10
MIN_WORDS = 30
WORD = re.compile(r"[a-z]+")
# English-lexified languages the classifier confuses with short English news ("Boko Haram fighters
# killed 30 villagers in Borno state" reads as Nigerian Pidgin): their text is coded as English
ENGLISH_LIKE = frozenset({"en", "pcm"})


@lru_cache(maxsize=1)
def identifier():
    """The language classifier, loaded once per process (unpacking its model takes seconds, so the
    pipeline loads it before the first document rather than on the first one it is asked of)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """Language code and probability of the opening of ``text``."""
    lang, prob = identifier().classify(text[:SAMPLE_CHARS])
    return lang, float(prob)


def non_english_reason(text: str) -> str | None:
    """A message when ``text`` is confidently not English, else ``None``."""
    sample = text[:SAMPLE_CHARS]
    if next(islice((ch for ch in sample if ch.isalpha()), MIN_LETTERS - 1, None), None) is None:
        return None  # fewer than MIN_LETTERS letters (counted only until there are enough)
    words = WORD.findall(sample.lower())
    if len(words) >= MIN_WORDS and sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return None
    lang, prob = detect(sample)
    if lang not in ENGLISH_LIKE and prob >= 0.9:
        return f"not English (detected {lang!r}, p={prob:.2f}): skipped, the coder is English-only"
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)
    if latin < 0.5 * len(letters):
        # langid is less sure of short Arabic or Chinese texts, but English is written in Latin letters
        return (f"not English (mostly non-Latin script; detected {lang!r}, p={prob:.2f}): skipped, "
                f"the coder is English-only")
    return None

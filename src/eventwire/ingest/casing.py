"""The parser's view of text written in capitals: old wire copy, shouted bulletins.

spaCy's small English model reads "IRAN'S FOREIGN MINISTER MET HIS IRAQI COUNTERPART" as a row
of proper nouns, and the actor dictionary matches names case-sensitively, so an all-caps story
gave few or no events. Paragraphs that are (almost) all capitals are rewritten in ordinary case
for the parser only: lower case, except the names the knowledge base knows ("Iran", "Xi
Jinping", "U.S.") and the first word of each sentence. Each character is replaced by exactly one
character, so the view's offset map (and every evidence span) is unchanged; the article's own
text keeps its capitals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

MIN_LETTERS = 20  # a short line in capitals is an acronym or a dateline, not shouted copy
MIN_UPPER_SHARE = 0.9
WORD = re.compile(r"[^\W\d_]+")
PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_START = re.compile(r"(?:^|[.!?]['\")\]]*\s+)[\"'(\[]*([^\W\d_])")
CALENDAR = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December")
GAP = re.compile(r"[\s.'’-]{0,3}")  # what may separate the words of one name ("U.S.", "Al-Assad")


class Lexicon:
    """Cased spellings of names, looked up by their lower-case words (longest match first)."""

    def __init__(self, names: Iterable[str], common: set[str]) -> None:
        entries: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = defaultdict(dict)
        for name in names:
            words = tuple(WORD.findall(name))
            if not words or not any(w[:1].isupper() for w in words):
                continue
            lower = tuple(w.lower() for w in words)
            if len(words) == 1 and (len(words[0]) < 2 or lower[0] in common):
                continue  # "May", "Chad" the verb... single common words stay lower case
            if any(len(w.lower()) != len(w) for w in words):
                continue  # the view must keep every offset: one character for one
            entries[lower[0]].setdefault(lower, words)
        self._by_first = {k: sorted(v.items(), key=lambda kv: -len(kv[0])) for k, v in entries.items()}

    def match(self, words: list[re.Match[str]], i: int, text: str) -> tuple[str, ...] | None:
        for lower, cased in self._by_first.get(words[i].group().lower(), ()):
            n = len(lower)
            if i + n > len(words):
                continue
            if all(words[i + k].group().lower() == lower[k] for k in range(n)) and all(
                    GAP.fullmatch(text, words[i + k].end(), words[i + k + 1].start()) for k in range(n - 1)):
                return cased
        return None


    def single(self, word: str) -> str | None:
        """The cased spelling of a one-word name, if the dictionary has one."""
        for lower, cased in self._by_first.get(word.lower(), ()):
            if len(lower) == 1:
                return cased[0]
        return None


ASCII_LOWER = re.compile(r"[a-z]")


def is_shouting(text: str) -> bool:
    if 5 * len(ASCII_LOWER.findall(text)) > len(text):
        # a fifth of its characters in ASCII lower case: at most four fifths of its letters can be
        # capitals, too few (read without visiting each character in Python)
        return False
    letters = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return len(letters) >= MIN_LETTERS and sum(ch.isupper() for ch in letters) >= MIN_UPPER_SHARE * len(letters)


# a name typed with a stray capital inside ("iSrael") or in lower case after a title ("President
# obama"): the dictionary matches names case-sensitively, so such a name was no actor
ODD_CASE = re.compile(r"\b[a-z]+[A-Z][a-zA-Z]*\b")
TITLED_LOWER = re.compile(r"\b(?:President|Premier|Minister|Secretary|Chancellor|King|Prince|Senator|General)\s+([a-z][a-z'-]+)\b")


def truecase(text: str, lexicon: Lexicon | None = None) -> str:
    """``text`` with every all-caps paragraph in ordinary case, and names typed in odd case given
    their dictionary case; same length, same offsets."""
    shouting = any(is_shouting(m.group()) for m in PARAGRAPH.finditer(text))
    odd = ODD_CASE.search(text) or TITLED_LOWER.search(text)
    if not shouting and not odd:
        return text
    lexicon = lexicon or default_lexicon()
    chars = list(text)
    if shouting:
        for para in PARAGRAPH.finditer(text):
            if is_shouting(para.group()):
                _truecase_paragraph(text, para.start(), para.end(), chars, lexicon)
    if odd:
        spans = [m.span() for m in ODD_CASE.finditer(text)] + [m.span(1) for m in TITLED_LOWER.finditer(text)]
        for start, end in spans:
            cased = lexicon.single(text[start:end])
            if cased is not None and len(cased) == end - start:
                chars[start:end] = list(cased)
    return "".join(chars)


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def _truecase_paragraph(text: str, start: int, end: int, chars: list[str], lexicon: Lexicon) -> None:
    for i in range(start, end):
        chars[i] = _lower(text[i])
    segment = text[start:end]
    words = list(WORD.finditer(segment))
    i = 0
    while i < len(words):
        cased = lexicon.match(words, i, segment)
        if cased is None:
            if words[i].group().lower() == "i":
                chars[start + words[i].start()] = "I"
            i += 1
            continue
        for k, form in enumerate(cased):
            w = words[i + k]
            chars[start + w.start():start + w.end()] = list(form)
        i += len(cased)
    for m in SENTENCE_START.finditer("".join(chars[start:end])):
        pos = start + m.start(1)
        upper = chars[pos].upper()
        if len(upper) == 1:
            chars[pos] = upper


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Names of the built-in knowledge base: countries and their adjectives, demonyms and
    capitals, organisations, people and their surnames. Loaded on the first all-caps text."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from eventwire.actors.kb import default_kb

    kb = default_kb()
    names: list[str] = []
    for c in kb.countries.values():
        names += [c.name, *c.names, *c.adjectives, *c.demonyms, *c.capitals]
    for org in kb.organisations.values():
        names += [org.name, *org.names]
    for person in kb.people.values():
        for full in (person.name, *person.variants):
            names.append(full)
            names += [s for s in person.surnames(full) if len(s) > 3]
    names += list(CALENDAR)
    return Lexicon(names, set(STOP_WORDS) | {"said", "says", "will", "may", "new"})

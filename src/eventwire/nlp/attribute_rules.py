"""An exact, faster stand-in for the model's ``attribute_ruler`` (issue 6: skip work not needed).

The small English model's attribute ruler maps each tagger tag to a coarse POS and morphology,
and fixes a few lemmas, with 179 rules run through spaCy's token ``Matcher``: every rule is tried
at every token, about 15% of the whole parse on news text. Nearly every rule looks at one token
only and at four of its attributes (tag, lower-case form, dependency label, is-space), so the
rules that apply to a token are a function of those four values: they are found once per
distinct combination and cached. The handful of multi-token rules ("gon na", "let 's") still run
through a ``Matcher`` of their own.

The result is the stock component's, token for token: rules apply in the order they were added,
a later rule overriding an earlier one, each matched against the attributes the token had before
the component ran. ``tests/nlp/test_attribute_rules.py`` compares both on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "eventwire_attribute_rules"
# the token attributes single-token rules may test, in the order of the cache key
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]

Predicate = Callable[[Any], bool]
Key = tuple[int, int, int, int]


def _predicate(spec: Any) -> Predicate | None:
    """A test for one attribute value, or None for a Matcher feature this module does not handle."""
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        return None
    op, arg = next(iter(spec.items()))
    if op == "IN":
        allowed = frozenset(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda value: value not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda value: bool(pattern.search(value))
    return None


def _named_words(patterns: list[list[dict[str, Any]]]) -> set[str] | None:
    """The lower-case words a single-token rule can match: empty when no alternative tests the
    word, None when one tests it other than by equality or a list ("REGEX", "NOT_IN") or when
    only some alternatives test it."""
    words: set[str] = set()
    blind = False
    for pattern in patterns:
        spec = pattern[0].get("LOWER")
        if spec is None:
            blind = True
        elif isinstance(spec, str):
            words.add(spec)
        elif isinstance(spec, dict) and set(spec) == {"IN"}:
            words.update(spec["IN"])
        else:
            return None
    if blind:
        return None if words else set()
    return words


def _single_token_tests(patterns: list[list[dict[str, Any]]]) -> list[list[tuple[int, Predicate]]] | None:
    """Each alternative pattern as ``[(key position, test), ...]``; None when any alternative spans
    several tokens or uses something beyond the four key attributes."""
    out = []
    for pattern in patterns:
        if len(pattern) != 1:
            return None
        tests = []
        for attr, spec in pattern[0].items():
            pred = _predicate(spec)
            if attr not in KEY_ATTRS or pred is None:
                return None
            tests.append((KEY_ATTRS.index(attr), pred))
        out.append(tests)
    return out


class AttributeRules:
    """Pipeline component: the rules of a stock :class:`AttributeRuler`, applied faster."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.attrs: list[dict[int, int]] = []
        self.indices: list[int] = []
        self.columns: list[int] = []
        # single-token rules, split so that a new word costs a few tests, not one per rule:
        # rules blind to the word (cached by tag, dependency and space), rules naming the word
        # (indexed by it), and the rare rule that tests the word some other way
        self.by_word: dict[str, list[int]] = {}
        self.word_blind: list[int] = []
        self.word_other: list[int] = []
        self.tests: dict[int, list[list[tuple[int, Predicate]]]] = {}
        # multi-token rules run through a Matcher, only on documents with a token that can
        # start one of them
        self.multi = Matcher(vocab)
        self.starts: list[list[tuple[int, Predicate]]] = []
        self._blind_cache: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self._cache: dict[Key, tuple[tuple[tuple[int, int], ...], bool]] = {}

    def compile(self, ruler: AttributeRuler) -> AttributeRules:
        """Take over the rules of ``ruler`` (its normalised attributes, in its order)."""
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        for rule, spec in enumerate(ruler.patterns):
            tests = _single_token_tests(spec["patterns"])
            if tests is None:
                self.multi.add(str(rule), spec["patterns"])
                for pattern in spec["patterns"]:
                    first = _single_token_tests([pattern[:1]])
                    # a first token this module cannot test: run the Matcher on every document
                    self.starts.append(first[0] if first else [])
                continue
            self.tests[rule] = tests
            words = _named_words(spec["patterns"])
            if words is None:
                self.word_other.append(rule)
            elif not words:
                self.word_blind.append(rule)
            else:
                for word in words:
                    self.by_word.setdefault(word, []).append(rule)
        self.columns = sorted({attr for attrs in self.attrs for attr in attrs})
        self._cache.clear()
        self._blind_cache.clear()
        return self

    # -- which rules apply ------------------------------------------------------------------------
    def _values(self, key: Key) -> tuple[str, str, str, bool]:
        strings = self.vocab.strings
        return (strings[key[0]] if key[0] else "", strings[key[1]] if key[1] else "",
                strings[key[2]] if key[2] else "", bool(key[3]))

    def _matches(self, rule: int, values: tuple[str, str, str, bool]) -> bool:
        return any(all(pred(values[pos]) for pos, pred in tests) for tests in self.tests[rule])

    def _rules_for(self, key: Key) -> tuple[int, ...]:
        values = self._values(key)
        blind_key = (key[0], key[2], key[3])
        blind = self._blind_cache.get(blind_key)
        if blind is None:
            blind = self._blind_cache[blind_key] = tuple(r for r in self.word_blind if self._matches(r, values))
        named = [r for r in self.by_word.get(values[1], []) + self.word_other if self._matches(r, values)]
        return tuple(sorted((*blind, *named)))

    def _updates(self, rules: tuple[int, ...] | list[int]) -> tuple[tuple[int, int], ...]:
        """``(column, value)`` pairs after applying ``rules`` in order (a later rule wins)."""
        final: dict[int, int] = {}
        for rule in sorted(rules):
            for attr, value in self.attrs[rule].items():
                final[self.columns.index(attr)] = value
        return tuple(sorted(final.items()))

    def _key_info(self, key: Key) -> tuple[tuple[tuple[int, int], ...], bool]:
        """The updates for a token with these key values, and whether it may start a multi-token
        rule."""
        found = self._cache.get(key)
        if found is None:
            values = self._values(key)
            starts = any(all(pred(values[pos]) for pos, pred in tests) for tests in self.starts)
            found = self._cache[key] = (self._updates(self._rules_for(key)), starts)
        return found

    # -- applying them ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.columns:
            return doc
        keys = doc.to_array(KEY_IDS)
        values = doc.to_array(self.columns)
        if values.ndim == 1:
            values = values.reshape(-1, 1)
        uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        info = [self._key_info(tuple(int(x) for x in row)) for row in uniq]
        per_key = [updates for updates, _ in info]
        for col in range(len(self.columns)):
            has = np.zeros(len(uniq), dtype=bool)
            new = np.zeros(len(uniq), dtype=values.dtype)
            for k, updates in enumerate(per_key):
                for c, value in updates:
                    if c == col:
                        has[k], new[k] = True, value
            mask = has[inverse]
            values[mask, col] = new[inverse[mask]]
        if any(starts for _, starts in info):
            self._apply_multi(doc, keys, values)
        doc.from_array(self.columns, values)
        return doc

    def _apply_multi(self, doc: Doc, keys: np.ndarray, values: np.ndarray) -> None:
        """Multi-token rules (rare): recompute the tokens they hit from all their rules, in order."""
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            target = range(start, end)[self.indices[rule]]
            extra.setdefault(target, []).append(rule)
        for i, rules in extra.items():
            key = tuple(int(x) for x in keys[i])
            for col, value in self._updates(list(self._rules_for(key)) + rules):
                values[i, col] = value


@Language.factory(FACTORY, assigns=["token.pos", "token.morph", "token.lemma"], requires=["token.tag"])
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.vocab)


def install(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Replace the stock attribute ruler ``name`` of ``nlp`` by :class:`AttributeRules` (same name,
    same place, same rules); a pipeline without one is returned unchanged."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return nlp
    stock = nlp.get_pipe(name)
    fast = nlp.replace_pipe(name, FACTORY)
    fast.compile(stock)
    return nlp

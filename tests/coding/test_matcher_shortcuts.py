"""The coder's shortcuts give the bindings the full matching gives: patterns skipped because a
word they need is not in the sentence, and the per-token values cached for a document."""

import pytest

pytestmark = pytest.mark.slow

SENTENCES = [
    "Russia accused Ukraine of war crimes in the Donbas on Monday.",
    "Egypt called on Israel to halt its offensive in Rafah.",
    "The rebels turned down the government's offer of talks.",
    "China reacted angrily to the visit by American lawmakers.",
    "Iran and the United States held indirect talks in Oman.",
    "Talks between Serbia and Kosovo were held in Brussels.",
    "Ghana handed the suspects over to Togo on Friday.",
    "The junta refused to meet with ECOWAS envoys.",
    "Turkey threatened to cut off trade with Sweden.",
    "Kenya pledged to send 1,000 police officers to Haiti.",
    # patterns with a complement clause ("S refuse to comment", "S urge T to talk"), skipped when
    # no word of the sentence can head the complement
    "The ministry declined to comment on the report.",
    "Norway urged both sides to resume negotiating.",
    "The opposition refused to take part in the vote.",
    "Chad threatened to expel the French ambassador.",
    "The union agreed to end its strike after talks.",
]


def _bindings(sc):
    return {kind: {i: [(b.pattern.id, b.head.i, sorted(b.consumed)) for b in bs] for i, bs in found.items()}
            for kind, found in (("actions", sc.actions), ("frames", sc.frames))}


@pytest.mark.parametrize("text", SENTENCES)
def test_skipping_patterns_whose_words_the_sentence_lacks_loses_no_binding(ew, text):
    from eventwire.coding.readings import SentenceCoder

    doc = next(ew.nlp.pipe([text]))
    sent = next(iter(doc.sents))
    lex = ew.coder.lex
    shortcut = SentenceCoder(lex, doc, sent)
    shortcut.bind()
    every = SentenceCoder(lex, doc, sent)
    # (a sentence that held every word any pattern needs: no pattern is skipped)
    every.words = every.words | {w for p in lex.events + lex.frames for ws in p.sentence_words for w in ws}
    every._may_name = lambda word_sets: True  # (nor one whose complement no word here can head)
    every.bind()
    assert _bindings(shortcut) == _bindings(every)
    assert shortcut.actions or shortcut.frames


@pytest.mark.parametrize("text", SENTENCES[:4])
def test_values_cached_per_token_are_those_computed_afresh(ew, text):
    from eventwire.coding.matcher import _names, head_keys, is_passive

    first, second = ew.nlp.pipe([text, "Protesters were arrested after the rally, police said."])
    for doc in (first, second, first):  # (each document its own cache)
        for tok in doc:
            for cached in (head_keys, _names, is_passive):
                assert cached(tok) == cached.__wrapped__(tok)


@pytest.mark.parametrize("text", [
    "The EU offer of mediating between the rivals was welcomed by both sides.",  # a gerund read as a noun
    "Japan pledged a million euros in aid, stopping short of sanctions.",  # a plural read as singular
    "Plans for sending troops to the border were shelved on Monday.",
    "The talks' failure left the rebels fighting and the army shelling villages.",
])
def test_the_names_a_sentence_may_offer_hold_every_name_a_word_is_matched_by(ew, text):
    from eventwire.coding.matcher import _names, possible_names

    doc = next(ew.nlp.pipe([text]))
    for tok in doc:
        assert _names(tok) <= set(possible_names(tok.lemma_.lower(), tok.lower_)), tok.text

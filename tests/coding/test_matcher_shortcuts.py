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
    from eventwire.coding.matcher import _names, head_keys
    from eventwire.coding.syntax import is_passive

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


@pytest.mark.parametrize("text", SENTENCES + [
    "The EU offer of mediating between the rivals was welcomed by both sides.",
    "Plans for sending troops to the border were shelved on Monday.",
])
def test_a_token_the_head_word_gate_skips_names_no_pattern_head(ew, text):
    """``SentenceCoder.bind`` skips a token whose lemma and form anchor no pattern (unless it
    ends in "-ing", whose stems may): none of the names a pattern head is matched by is indexed."""
    from eventwire.coding.matcher import head_keys

    lex = ew.coder.lex
    doc = next(ew.nlp.pipe([text]))
    skipped = [tok for tok in doc if tok.lemma_.lower() not in lex.head_words and tok.lower_ not in lex.head_words
               and not tok.lower_.endswith("ing")]
    assert skipped
    for tok in skipped:
        assert not any(k in lex.by_head or k in lex.frames_by_head for k in head_keys(tok)), tok.text


@pytest.mark.parametrize("keys", [("threaten",), ("refuse",), ("offer",), ("call",), ("talk", "talks"),
                                  ("hold", "held"), ("send", "sending"), ("agree",), ("mediat", "mediate")])
@pytest.mark.parametrize("frames", [False, True])
def test_a_screen_gives_the_patterns_a_sentence_can_match_in_order(ew, keys, frames):
    """The index of a head's patterns by a word they need gives, for any sentence, exactly the
    patterns (most specific first) whose needed words the sentence holds."""
    from eventwire.coding.readings import SentenceCoder

    lex = ew.coder.lex
    table = lex.frames_by_head if frames else lex.by_head
    lists = [table[k] for k in keys if k in table]
    screen = lex.screen(keys, frames)
    if not lists:
        assert screen is None
        return
    merged = list({id(p): p for f in lists for p in f}.values())
    for text in SENTENCES:
        doc = next(ew.nlp.pipe([text]))
        words = SentenceCoder(lex, doc, next(iter(doc.sents))).words
        for extra in (set(), {"on", "talk", "to", "aid", "with", "troops", "force", "against"}):
            seen = words | extra
            expected = [p for p in merged if all(not need.isdisjoint(seen) for need in p.sentence_words)]
            expected.sort(key=lambda p: -p.size)
            assert screen.candidates(seen) == expected
    assert lex.screen(keys, frames) is screen  # (built once)


@pytest.mark.parametrize("text,head,lemmas,expected", [
    ("Peru was accused by Chile of spying in the border zone.", "accused", {"by", "of"}, ["by", "of"]),
    ("Mali handed the hostages over to Niger.", "handed", {"over", "to"}, ["over", "to"]),
    ("The minister gave Fiji a loan.", "gave", {"fiji"}, ["Fiji"]),  # a dative
    # not a preposition of the head: "in" hangs on "spying"; "back" is an adverb
    ("Peru was accused by Chile of spying in the border zone.", "accused", {"in"}, []),
    ("Laos hit back at Thailand on Sunday.", "hit", {"back"}, []),
])
def test_a_heads_prepositions_are_cached_as_the_children_kids_gives(ew, text, head, lemmas, expected):
    """``preps_of`` filters a per-token list of the head's prepositions, particles, agents and
    datives; the cached tokens are the objects ``kids`` gives (the coder compares by identity)."""
    from eventwire.coding.syntax import _prep_children, preps_of
    from eventwire.nlp import kids

    doc = next(ew.nlp.pipe([text]))
    tok = next(t for t in doc if t.text == head)
    for _ in range(2):  # (afresh, then from the cache)
        found = preps_of(tok, frozenset(lemmas))
        assert [c.text for c in found] == expected
        assert all(any(c is k for k in kids(tok)) for c in found)
    assert _prep_children(tok) is _prep_children(tok)

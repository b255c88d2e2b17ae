"""The CAMEO roots an event noun names, by the lexicon's patterns headed by it or by the verb it is
made from ("the seizure": seize, 17-19; "the launch": 15 and 19), and by the speech-act and
general force nouns no event pattern heads ("the ultimatum", "the violence"): what a reaction to
the noun ("condemned the seizure") may answer among the acts told before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

# the deeds a noun shared with its verb may name besides its own noun patterns' ("the launch")
ZERO_DERIVED_DEEDS = frozenset({"15", "18", "19", "20"})
# how an act's noun is made from its verb: "seizure" <- "seize", "withdrawal" <- "withdraw",
# "invasion" <- "invade", "expulsion" <- "expel", "detention" <- "detain", "killing" <- "kill"
NOMINAL_ENDINGS = (("ure", "e"), ("al", ""), ("sion", "de"), ("ulsion", "el"), ("ention", "ain"),
                   ("ing", ""), ("ment", ""), ("ation", "e"), ("ion", ""), ("ion", "e"))
# nouns naming a speech act that frames (not event patterns) code: "rejected the appeal",
# "dismissed the request" answer the appeal (02) told before, "defied the ultimatum" the demand (10).
# ("turned down the proposal" is left out: it mostly restates a refusal told already)
SPEECH_ACT_NOUN_ROOTS = {"appeal": {"02"}, "plea": {"02"}, "request": {"02"}, "demand": {"10"}, "ultimatum": {"10"}}
# nouns naming force in general that no event pattern heads ("concern over the violence" answers
# the offensive, the shelling or the massacre told before)
FORCE_NOUN_ROOTS = {"violence": {"18", "19", "20"}, "bloodshed": {"18", "19", "20"}, "hostility": {"19"}}


def event_roots(noun: Token, lexicon: Lexicon) -> set[str]:
    """The CAMEO roots of the patterns headed by an event noun or by the verb it names
    ("offensive": 19; "seizure", from "seize": 17, 18, 19)."""
    lemma = noun.lemma_.lower()
    heads = [lemma, *(lemma[: len(lemma) - len(end)] + verb_end for end, verb_end in NOMINAL_ENDINGS
                      if lemma.endswith(end) and len(lemma) > len(end) + 2)]
    roots = {p.cameo[:2] for h in heads for p in lexicon.by_head.get(h, ())
             if p.cameo and (p.pos == "noun") == (h == lemma)} | SPEECH_ACT_NOUN_ROOTS.get(lemma, set()) \
        | FORCE_NOUN_ROOTS.get(lemma, set())
    # a noun that is its verb's own form names the deeds the verb does too ("the launch" of
    # "fired|launched a missile" (19) as well as a missile test's (15))
    return roots | {p.cameo[:2] for p in lexicon.by_head.get(lemma, ())
                    if p.cameo and p.pos == "verb" and p.cameo[:2] in ZERO_DERIVED_DEEDS} if roots else roots

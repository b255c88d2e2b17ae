"""The words an indirect reference is made of, and the tests for the definite nouns that refer
back to a state, a bloc or an organisation ("the country", "the bloc", "the agency"). Coreference
asks only the tokens with one of ``REFERENCE_FORMS`` or ``REFERENCE_LEMMAS``."""

from __future__ import annotations

import json

from spacy.tokens import Token

from eventwire.nlp import kids

from .antecedents import PLACE_OF
from .kb import DATA

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "ourselves", "myself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PERSON_NOUNS = {"leader", "president", "minister", "premier", "head", "man", "woman", "official",
                       "counterpart", "chief", "leaders", "presidents", "ministers", "general", "commander"}
PLURAL_STATE_NOUNS = {"country", "nation", "state", "side", "government", "party", "neighbour", "neighbor",
                      "capital", "power", "rival", "ally", "foe", "adversary", "partner", "signatory", "army", "military",
                      "junta", "delegation"}  # "the two delegations": the parties whose negotiators they are
STATE_NOUNS = {"country", "nation"}  # "the country" on its own: the state the article is about
COUNTRY_PLURALS = frozenset({"country", "nation", "state"})
BLOC_NOUNS = {"bloc", "alliance"}
SIDE_NOUNS = {"side", "party", "belligerent", "rival", "foe"}

# verbs whose "of" phrase after the object is a charge ("accused the mission of bias")
CHARGE_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "warn", "remind", "inform", "notify",
                          "rid", "strip", "deprive", "clear", "absolve", "rob"})


def _load_org_references() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``data/org_references.jsonl``: the nouns that, after "the", name an organisation told
    before, with the organisation types each can name; and those that do so in the plural too
    ("the rebels" for the armed group named before)."""
    rows = [json.loads(line) for line in (DATA / "org_references.jsonl").read_text().splitlines() if line.strip()]
    return ({row["noun"]: frozenset(row["types"]) for row in rows},
            frozenset(row["noun"] for row in rows if row.get("plural")))


ORG_REFERENCES, PLURAL_ORG_REFERENCES = _load_org_references()


def _bloc_reference(tok: Token) -> bool:
    return tok.lemma_.lower() in BLOC_NOUNS and tok.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(tok))


def _org_reference(tok: Token) -> bool:
    """ "the agency", "the mission", "the watchdog", "the group" on their own, "the rebels" (not
    "the agency's chief" nor "a mission to Kyiv", "the fact-finding mission", "the mission of the
    talks")."""
    lemma = tok.lemma_.lower()
    if lemma not in ORG_REFERENCES or not (tok.tag_ == "NN" or tok.tag_ == "NNS" and lemma in PLURAL_ORG_REFERENCES):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(tok)):
        return False
    # ("accused the mission of bias": the charge, parsed onto the object; not "seized the body
    # of the commander", a thing of someone's)
    charge = tok.dep_ == "dobj" and tok.head.lemma_.lower() in CHARGE_VERBS
    return not any(c.dep_ not in ("det", "punct", "relcl", "acl")
                   and not (c.dep_ == "prep" and c.lower_ == "of" and charge) for c in kids(tok))


def _state_reference(tok: Token) -> bool:
    """ "the country", "the nation" on their own (not "the whole country", not "in the country")."""
    if tok.lemma_.lower() not in STATE_NOUNS or tok.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(tok)):
        return False
    if any(c.dep_ not in ("det", "case", "prep", "punct", "relcl", "acl") for c in kids(tok)):
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OF)


# the forms and lower-cased lemmas of which a reference (``_is_reference``) has one: the pronouns,
# "whose", "the latter", "both", "each", "the two", "counterpart" and the nouns of plural, side, state,
# bloc and organisation references
REFERENCE_FORMS = frozenset(PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PERSON
                            | {"whose", "latter", "former", "both", "two", "each"})
REFERENCE_LEMMAS = frozenset(PLURAL_PERSON_NOUNS | PLURAL_STATE_NOUNS | STATE_NOUNS | BLOC_NOUNS | SIDE_NOUNS
                             | COUNTRY_PLURALS | set(ORG_REFERENCES) | {"counterpart"})

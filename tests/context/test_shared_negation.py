"""A verb coordinated after a negated one, with no subject, auxiliary or negation of its own,
shares the negation ("did not attack the town or shell the village"); announced ahead, the shared
negation refuses the second act too. A verb after "but", or in a tense the negated verb's auxiliary
cannot govern ("did not sign the deal and attacked ..."), tells an act done.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2022-11-08"


def _facts(events, root):
    return [(e.cameo, e.target.cameo if e.target else None, e.factuality) for e in events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text,root", [
    ("Uganda did not bomb the camps or shell the villages of South Sudan.", "19"),
    ("Uganda has not summoned its envoy or expelled the Kenyan ambassador.", "16"),
    ("Uganda never recognised or funded the Congolese rebels.", "07"),
])
def test_a_verb_joined_after_a_negated_one_is_negated(code, text, root):
    facts = _facts(code(text, DATE), root)
    assert facts and all(f == "negated" for _, _, f in facts), facts


def test_a_verb_joined_under_a_future_negation_is_refused_ahead(code):
    events = code("Uganda will not meet or negotiate with the Congolese rebels.", DATE)
    facts = _facts(events, "12")
    assert ("125", "CODREB", "hypothetical") in facts, [(e.cameo, e.factuality) for e in events]


@pytest.mark.parametrize("text,root", [
    ("Uganda did not bomb the camps but shelled the villages of South Sudan on Friday.", "19"),
    ("Uganda did not sign the deal and shelled the villages of South Sudan on Friday.", "19"),
])
def test_a_verb_after_but_or_in_its_own_tense_is_an_act_done(code, text, root):
    facts = _facts(code(text, DATE), root)
    assert ("194", "SSD", "asserted") in facts, facts

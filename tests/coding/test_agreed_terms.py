"""What an agreement's terms say a party will do ("Under the accord, the militia will hand over its
guns") is the agreement's content, no event until carried out (convention 5); a term carried out
("under the truce, the army withdrew") and a party's own plan stay events. Sentences written for
this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2006-05-10"


@pytest.mark.parametrize("text", [
    "Under the accord, the Tamil Tigers will hand over their guns and Sri Lanka will pull troops out of Jaffna.",
    "Under the deal, Uganda will withdraw its soldiers from Congo within 90 days.",
])
def test_an_agreements_terms_are_no_event(code, text):
    assert not triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,root", [
    ("Under the truce, Ugandan troops withdrew from Congo last month.", "08"),
    ("Under its own plan, Uganda will withdraw its soldiers from Congo within 90 days.", "08"),
])
def test_a_term_carried_out_or_a_partys_plan_stays(code, text, root):
    assert any(c.startswith(root) for _, _, c in triples(code(text, pub_date=DATE)))

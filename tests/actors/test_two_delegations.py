""""The two delegations" and "both delegations" are the pair whose negotiators were told before,
as "the two sides" are: a mediator shuttling between them mediates with each. Sentences written
for this test; none is taken from an evaluation set."""

import pytest

from tests.coding import triples

pytestmark = pytest.mark.slow

DATE = "2022-11-07"


@pytest.mark.parametrize("text,mediator,code_", [
    ("Sudanese and South Sudanese negotiators met in Addis Ababa, where Ethiopian officials had been "
     "shuttling between the two delegations for days.", "ETHGOV", "045"),
    ("Serbia and Kosovo sent negotiators to Brussels. EU officials shuttled between the two delegations on Monday.",
     "IGOEUREEC", "045"),
    ("Serbia and Kosovo sent negotiators to Brussels. The EU mediator met both delegations on Monday.",
     "IGOEUREEC", "040"),
])
def test_the_two_delegations_are_the_pair(code, text, mediator, code_):
    got = triples(code(text, pub_date=DATE))
    targets = {t for s, t, c in got if s == mediator and c == code_}
    assert len(targets) == 2, got


def test_one_delegation_is_its_own_state(code):
    got = triples(code("Serbia and Kosovo sent negotiators to Brussels. The Kenyan delegation met the EU mediator.",
                       pub_date=DATE))
    assert ("KEN", "IGOEUREEC", "040") in got or ("IGOEUREEC", "KEN", "040") in got, got
    assert not any(s in ("SRB", "XKX") and c == "040" for s, _, c in got), got

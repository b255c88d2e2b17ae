"""A participle of speech set off by a comma after an ordered or asked act ("ordered the envoy to
leave, accusing him of spying") is said by the one who orders, not by the party told to act, even
when the parser hangs it on the infinitive. An outcome participle ("ordered troops to open fire,
killing 12") stays the act of those who carry the order out. Sentences written for this test; none
is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,said", [
    ("Baku ordered Tehran's envoy to leave Azerbaijan by the weekend, accusing him of meddling in its elections.",
     ("AZEGOV", "IRNGOV", "112")),
])
def test_the_one_who_orders_says_it(code, text, said):
    got = triples(code(text, pub_date=DATE))
    assert said in got, got
    assert (said[1], said[0], said[2]) not in got, got


def test_an_outcome_stays_with_those_ordered(code):
    got = triples(code("The Nepali army chief ordered troops to open fire on the marchers, killing 12 people.",
                       pub_date=DATE))
    assert not any(s == "NPLGOV" and c[:2] in ("18", "19", "20") for s, _, c in got), got

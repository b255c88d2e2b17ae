"""Both sides of a fight ("A and B units fought ...", "clashed ...") keep their events when
a participle counts the dead ("..., killing dozens of people"): a fight between two forces is no
attack on a place whose harm to people replaces it; the counted dead are its outcome, no second
record. An attack on a place still gives way to the harm it did. Sentences written for this test;
none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,first,second", [
    ("Eritrean and Ethiopian units fought near Badme overnight, killing dozens of people.", ("ERI", "ETH"),
     ("ETH", "ERI")),
    ("Thai and Cambodian soldiers clashed near the temple on Monday, killing eight people.",
     ("THAMIL", "KHMMIL"), ("KHMMIL", "THAMIL")),
])
def test_both_sides_of_a_deadly_fight(code, text, first, second):
    got = {(s, t) for s, t, c in triples(code(text, pub_date=DATE)) if c[:2] == "19"}
    assert first in got and second in got, got


def test_an_attack_on_a_place_gives_way_to_its_victims(code):
    got = triples(code("Russian forces shelled Kherson on Friday, killing three civilians.", pub_date=DATE))
    assert ("RUSMIL", "UKRCVL", "194") in got, got
    assert not any(t == "UKR" for _, t, _ in got), got

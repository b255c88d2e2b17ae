"""A complaint lodged with a forum (a UN organ, the WTO, a court) is about a party, not aimed at
the forum: the party is the target of the complainant's own act told before it in the sentence,
or else the party last seen acting on the complainant. Hand-written sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # the complainant's own act just before, in the same sentence, names the party
    ("Baghdad recalled its ambassador from Tehran and said it would lodge a complaint with the U.N. Security Council.",
     ("IRQGOV", "IRNGOV", "114")),
    ("Armenia summoned the Azerbaijani ambassador on Friday and filed a complaint with the United Nations.",
     ("ARM", "AZEGOV", "114")),
    # the party last seen acting on the complainant, in the sentences before
    ("Israeli jets struck a village in southern Lebanon on Monday. Lebanon's foreign minister said Beirut "
     "would lodge a complaint with the U.N. Security Council.", ("LBNGOV", "ISRMIL", "114")),
    ("The European Commission imposed provisional duties on Chinese steel in July. In August, China filed a "
     "complaint against the duties at the World Trade Organization.", ("CHN", "IGOEUREEC", "115")),
])
def test_a_complaint_with_a_forum_is_about_the_party_the_complainant_answers(code, text, expected):
    got = triples(code(text))
    assert expected in got and not any(s == expected[0] and t.startswith(("IGOUNO", "IGOBUSWTO"))
                                       for s, t, _ in got), got


@pytest.mark.parametrize("text,expected", [
    # a state or a body that is no forum is the target itself
    ("Ghana lodged a formal complaint with Togo over the border incident.", ("GHA", "TGO", "114")),
    ("Turkey imposed new tariffs on Iraqi goods. Baghdad lodged a complaint with the European Union.",
     ("IRQGOV", "IGOEUREEC", "114")),
    # no other party in reach: the forum stays
    ("Pakistan said on Tuesday it had filed a complaint with the United Nations.", ("PAK", "IGOUNO", "114")),
])
def test_a_complaint_with_no_forum_or_no_party_in_reach_keeps_its_target(code, text, expected):
    assert expected in triples(code(text))

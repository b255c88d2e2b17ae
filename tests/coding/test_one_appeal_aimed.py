"""An appeal made to no one beside one the same speaker makes to a named party in the same
sentence is one appeal, the one aimed at someone ("called for a general strike and urged the police
to free ..."), whatever each act asked for; the same holds for demands. A lone appeal with no
addressee, and a targetless act of another root beside it, are kept. Sentences written for this
test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,aimed,unaimed", [
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya called for a general strike and urged the "
     "police to free the detained students.", ("BLROPP", "BLRCOP", "0253"), ("BLROPP", None, "020")),
    ("Georgia's opposition leader called for a nationwide strike and urged the government to hold new "
     "elections.", ("GEOOPP", "GEOGOV", "0241"), ("GEOOPP", None, "020")),
])
def test_an_appeal_to_no_one_beside_an_aimed_one_is_that_appeal(code, text, aimed, unaimed):
    got = triples(code(text, pub_date=DATE))
    assert aimed in got, got
    assert unaimed not in got, got


@pytest.mark.parametrize("text,expected", [
    # alone in its sentence, the call is still told
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya called for a general strike.", ("BLROPP", None, "020")),
    # a march of one's own is no appeal: it stays beside the aimed appeal
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya led a protest march and urged the police to "
     "free the detained students.", ("BLROPP", None, "141")),
])
def test_a_lone_appeal_or_an_act_of_another_root_is_kept(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got

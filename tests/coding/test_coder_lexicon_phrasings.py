"""Wire phrasings of weakly covered CAMEO sub-codes (statements, intents, yielding,
investigations, violence). Hand-written sentences, one phrasing per case."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The Japanese prime minister was optimistic about talks with China.", ("JPNGOV", "CHN", "013")),
    ("The Pakistani prime minister predicted a breakthrough in talks with India.", ("PAKGOV", "IND", "013")),
    ("Britain is considering a ban on Chinese telecom firms.", ("GBR", "CHNBUS", "014")),
    ("India will give consideration to the proposal from China.", ("IND", "CHN", "014")),
    ("The Greek prime minister saw eye to eye with the Cypriot president.", ("GRCGOV", "CYPGOV", "019")),
    ("France found common ground with Germany on the EU budget.", ("FRA", "DEU", "019")),
    ("Egypt stressed its common position with Saudi Arabia on Yemen.", ("EGY", "SAU", "019")),
])
def test_statements(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Ukraine asked Germany for air defence systems.", ("UKR", "DEU", "0232")),
    ("Ukraine requested fighter jets from the United States.", ("UKR", "USA", "0232")),
    ("The Philippines sought closer defence ties with Japan.", ("PHL", "JPN", "0212")),
    ("Libya accepted an offer of mediation from Algeria.", ("LBY", "DZA", "038")),
    ("Morocco pledged to seek a negotiated solution with the Polisario.", ("MAR", "ESHREB", "037")),
    ("The Bahraini government pledged to respect freedom of expression.", ("BHRGOV", None, "0343")),
])
def test_appeals_and_intents(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


def test_reciprocal_intelligence_exchange_is_not_a_prisoner_swap(code):
    got = triples(code("Pakistan and Afghanistan agreed to exchange intelligence."))
    # agreed with each other: one directed 0314 per side
    assert {("PAK", "AFG", "0314"), ("AFG", "PAK", "0314")} <= got, got
    assert not any(c == "0353" for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("South Korea shared its expertise with Indonesia.", ("KOR", "IDN", "060")),
    ("The Chinese navy held war games with the Russian navy.", ("CHNMIL", "RUSMIL", "062")),
    ("Vietnam strengthened its defence ties with India.", ("VNM", "IND", "062")),
])
def test_material_cooperation(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Colombian rebels turned in their weapons to the UN.", ("COLREB", "IGOUNO", "0873")),
    ("Colombian rebels handed in their weapons.", ("COLREB", None, "0873")),
    ("Lebanon welcomed French peacekeepers.", ("LBN", "FRAMIL", "0861")),
    ("The Iranian government ended internet restrictions.", ("IRNGOV", "IRN", "0811")),  # on its own people
    ("Bahrain restored the citizenship of dissidents.", ("BHR", "BHROPP", "0833")),
    ("The Kenyan government suspended the controversial tax increase.", ("KENGOV", None, "0832")),
    ("The Sudanese government adopted a new constitution.", ("SDNGOV", None, "0834")),
])
def test_yielding(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Italian prosecutors opened a criminal investigation into the Italian minister.", ("ITAJUD", "ITAGOV", "091")),
    ("The UN Human Rights Council opened an inquiry into abuses by Venezuelan security forces.",
     ("IGOUNO", "VENCOP", "092")),
    ("NATO launched an investigation into the airstrike by Turkish jets.", ("IGOWSTNAT", "TURMIL", "093")),
])
def test_investigations_opened(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("The Hungarian government challenged the authority of the European Union.", ("HUNGOV", "IGOEUREEC", "128")),
    ("The Ugandan opposition staged a campaign of civil disobedience.", ("UGAOPP", None, "140")),
    ("Al-Shabaab rammed a car bomb into a Somali military base.", ("SOMREB", "SOMMIL", "1832")),
    ("Taliban militants detonated an explosive-laden vehicle at an Afghan army base.", ("AFGREB", None, "1832")),
    ("Taliban militants killed two Afghan soldiers with an improvised explosive device.", ("AFGREB", "AFGMIL", "1833")),
    ("Sudanese forces killed hundreds of civilians in a massacre in Darfur.", ("SDNMIL", "SDNCVL", "202")),
])
def test_force_and_defiance(code, text, expected):
    got = triples(code(text))
    assert expected in got, got

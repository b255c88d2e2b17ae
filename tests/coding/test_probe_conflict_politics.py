"""Wire phrasings of armed conflict and domestic repression: impeachments (115), ramming at sea,
cross-border strikes, casualties of gunfights and shooting attacks, street marches, naval
build-ups, strikes on headquarters and bans on party activity. Hand-written sentences, one
phrasing per case."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # a legislature impeaching an official brings formal charges: CAMEO 173 sends charges and
    # lawsuits to 115, so an impeachment is a proceeding (115), not an arrest
    ("Peru's Congress impeached President Martin Vizcarra.", ("PERLEG", "PERGOV", "115")),
    ("Lawmakers in South Korea voted to impeach President Yoon Suk Yeol.", ("KORLEG", "KORGOV", "115")),
    ("The Ukrainian parliament impeached the prosecutor general.", ("UKRLEG", "UKRJUD", "115")),
    ("Opposition lawmakers in Manila launched impeachment proceedings against Vice President Sara Duterte.",
     ("PHLOPP", "PHLGOV", "115")),
    ("Kenya's National Assembly passed an impeachment motion against the country's deputy president.",
     ("KENLEG", "KENGOV", "115")),
    # ramming a vessel at sea damages property (171), as our hand-coded articles code it
    ("A Chinese coast guard ship rammed a Philippine vessel near the Spratly Islands.", ("CHNCOP", "PHL", "171")),
    # strikes carried out inside another country
    ("Pakistan carried out retaliatory strikes inside Iran.", ("PAK", "IRN", "190")),
    # casualties of a gunfight or a shooting attack are small-arms fire (193)
    ("Indian troops killed three militants in a gunbattle in Kashmir.", ("INDMIL", "INDREB", "193")),
    ("Palestinian gunmen wounded two Israeli soldiers in a shooting attack.", ("PSE", "ISRMIL", "193")),
    # a missile that strikes is a heavy weapon (194)
    ("A Ukrainian missile struck a Russian warship.", ("UKR", "RUSMIL", "194")),
    # massing warships near a country is a build-up (154)
    ("China massed warships near Taiwan.", ("CHN", "TWN", "154")),
    # striking a body's headquarters attacks that body
    ("Russia struck the headquarters of Ukraine's military intelligence.", ("RUS", "UKRSPY", "190")),
])
def test_conflict_and_coercion(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Thousands of opposition supporters marched through the streets of Caracas.", ("VENOPP", None, "141")),
    ("Niger's junta suspended the activities of political parties.", ("NERGOV", None, "1722")),
])
def test_protest_and_repression(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,code_", [
    # soldiers marching in a parade are not protesting
    ("Venezuelan soldiers marched through the streets during the independence day parade.", "141"),
    # suspending an aid agency's work is no ban on a party
    ("The government suspended the activities of the Red Cross in the region.", "1722"),
    # a truck ramming a crowd names no target actor
    ("The truck rammed into the crowd in Nice.", "171"),
])
def test_no_false_event(code, text, code_):
    got = triples(code(text))
    assert not any(c == code_ for _, _, c in got), got

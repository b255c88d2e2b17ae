"""Content-only nouns: a noun that names an act only as what a speech act asks for, offers,
refuses or agrees to ("called for weapons", "rejected early elections"). Inside such a frame it
gives the sub-code; on its own, or under a light verb, it is no event. Hand-written sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # "from France" hangs on the verb but follows the noun: the party asked for the weapons
    ("Mali appealed for weapons from France.", ("MLI", "FRA", "0232")),
    ("Senegal turned down peacekeepers from Nigeria.", ("SEN", "NGA", "1224")),
    ("Ghana demanded fresh elections in Togo.", ("GHA", "TGO", "1041")),
    ("Portugal urged the repeal of the Angolan law on public gatherings.", ("PRT", "AGO", "0242")),
    ("Sweden called for democracy and free elections in Belarus.", ("SWE", "BLR", "0244")),
    ("Lebanon asked for international protection for Palestinian camps.", ("LBN", "PSE", "0234")),
    ("Armenia called for international observers in Azerbaijan.", ("ARM", "AZE", "0255")),
])
def test_content_noun_inside_a_frame_gives_the_sub_code(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Zambian weapons were found in a warehouse in Malawi.",
    "Bolivia held elections in October.",
    "The reforms in Peru were slow, the report said.",
])
def test_content_noun_alone_is_no_event(code, text):
    got = [e for e in code(text) if "content" in e.coder.rule]
    assert not got, triples(got)


@pytest.mark.parametrize("text,expected", [
    ("Greece dropped its objection to the Albanian accession talks.", ("GRC", "ALB", "080")),
    ("Ethiopia shut down mobile internet services in the Tigray region.", ("ETH", None, "1721")),
    ("A Moroccan court handed down a five-year sentence to the Algerian smuggler.", ("MARJUD", "DZACRM", "173")),
    ("Chinese hackers hacked into the Taiwanese foreign ministry.", ("CHN", "TWNGOV", "170")),
    ("Ghana called for an end to the state of emergency in Burkina Faso.", ("GHA", "BFA", "0251")),
    # handing over relief is aid, not a release of persons
    ("Jordan handed over medical supplies to Iraq.", ("JOR", "IRQ", "073")),
    ("Iran stationed a missile defence system near the Iraqi border.", ("IRN", "IRQ", "154")),
    ("The Bolivian government granted concessions to Chile.", ("BOLGOV", "CHL", "080")),
    # cooperation on a named field gives the sub-code: security 062, crime 063, intelligence 064
    ("Niger and Chad cooperated on counterterrorism.", ("NER", "TCD", "062")),
    ("Portugal is working with Brazil on drug trafficking.", ("PRT", "BRA", "063")),
    ("Oman collaborated with Yemen on intelligence.", ("OMN", "YEM", "064")),
    # rescuers and medical goods sent abroad are humanitarian aid
    ("Greece dispatched rescue teams to Turkey after the earthquake.", ("GRC", "TUR", "073")),
    ("Cuba shipped ventilators to Mexico.", ("CUB", "MEX", "073")),
    ("Ethiopian authorities restricted access to Facebook.", ("ETHGOV", "ETH", "1721")),
    ("Sudan recruited thousands of fighters.", ("SDN", None, "154")),
    ("The UN investigators documented killings by Burundian troops.", ("IGOUNO", "BDIMIL", "1122")),
])
def test_phrasings_from_code_names(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # a for-to clause after "call for" is the act asked for, its subject (or the "for" object)
    # the party asked; the act itself did not happen
    ("Senators in Chile called for the interior minister to resign.", ("CHLLEG", "CHLGOV", "0241")),
    ("Portugal called for Angola to free the jailed Portuguese journalists.", ("PRT", "AGO", "0253")),
    ("Ireland called for Ethiopia to hold elections.", ("IRL", "ETH", "0241")),
])
def test_for_to_clause_is_what_is_asked_for(code, text, expected):
    events = code(text)
    assert expected in triples(events), triples(events)
    assert {e.cameo[:2] for e in events} == {"02"}, triples(events)


@pytest.mark.parametrize("text,expected", [
    # the parser may make the infinitive after the addressee an adverbial clause
    ("Washington pushed Riyadh to end the war in Yemen.", ("USAGOV", "SAUGOV", "0256")),
    ("Norway pressed Ethiopia to allow aid into Tigray.", ("NOR", "ETH", "0255")),
])
def test_infinitive_after_the_addressee_is_wrapped(code, text, expected):
    events = code(text)
    assert expected in triples(events), triples(events)


@pytest.mark.parametrize("text,expected", [
    # lifting restrictions with no named party is still an easing, not the restrictions imposed
    ("The Jordanian government lifted restrictions on gatherings.", ("JORGOV", "JOR", "0811")),
    ("The Kenyan government withdrew the controversial finance bill.", ("KENGOV", None, "0832")),
])
def test_concessions_with_no_named_party(code, text, expected):
    events = code(text)
    assert expected in triples(events), triples(events)
    assert not [e for e in events if e.cameo.startswith("172")], triples(events)

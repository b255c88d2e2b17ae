"""A finite verb the parser coordinates with an infinitive inside another verb's complement
("urged X to do A and pressed Y", "warned X that it will do A and threatens Y") is the main
verb's second act: it has that verb's subject, is no part of what was asked for or warned of,
and takes no "will" from the complement. A second act conjoined to a reporting verb with no
subject of its own is the speaker's own act, not reported by it. Sentences written for these
tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("The French foreign minister urged Iran on Tuesday to rein in its proxies in Iraq to avoid a wider war "
     "and pressed Tehran to free the detained diplomats.", ("FRAGOV", "IRNGOV", "0253")),
    ("Britain urged Nigeria on Monday to allow aid into the north to ease the famine and pressed Abuja to "
     "release the detained charity workers.", ("GBR", "NGAGOV", "0253")),
    ("Japan has warned China that it will respond to incursions and threatens to expel Chinese diplomats.",
     ("JPN", "CHNGOV", "1313")),
    ("Germany told Serbia that it will block its EU membership talks and threatens to cut funding to Belgrade.",
     ("DEU", "SRBGOV", "1311")),
])
def test_finite_conjunct_is_the_main_verbs_second_act(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,code_", [
    ("Germany told Serbia that it will block its EU membership talks and threatens to cut funding to Belgrade.",
     "1311"),
    ("Russia has told Moldova that it will cut gas supplies and accuses Chisinau of stealing fuel.", "1121"),
])
def test_finite_conjunct_takes_no_modal_from_the_complement(code, text, code_):
    ev = next(e for e in code(text) if e.cameo == code_)
    assert ev.factuality == "asserted"
    assert ev.attributed_to is None


@pytest.mark.parametrize("text,code_", [
    ("Iran said it would retaliate and threatened to close the strait.", "1381"),
    ("North Korea warned Japan on Monday and threatened to exclude Tokyo from the talks.", "134"),
])
def test_speakers_second_act_is_not_reported_by_the_first(code, text, code_):
    ev = next(e for e in code(text) if e.cameo == code_)
    assert ev.attributed_to is None


@pytest.mark.parametrize("text,source,root,described", [
    # a finite act hung on a copula that describes a party in a reported clause, referring back to
    # that party with "it", is the reporter's second act
    ("Serbia says Kosovo is its province and has refused to recognise it.", "SRB", "12", "XKX"),
    ("Azerbaijan says Karabakh is Azerbaijani land and has vowed to retake it by force.", "AZE", "13", "AZE"),
    ("Beijing says Taiwan is a breakaway Chinese region and has threatened to invade it.", "CHNGOV", "13", "TWN"),
])
def test_an_act_beside_a_description_of_another_party_is_the_reporters(code, text, source, root, described):
    got = triples(code(text))
    assert any(s == source and c.startswith(root) for s, _, c in got), got
    assert not any(s == described and s != source for s, _, _ in got), got


@pytest.mark.parametrize("text,source", [
    # with no pronoun referring back, the conjunct stays the described party's
    ("Moscow says Ukraine is a hostile state and has attacked Russian border towns.", "UKR"),
    ("Officials said Mali is a failing state and has expelled the French ambassador.", "MLI"),
])
def test_an_act_of_the_described_party_stays_its_own(code, text, source):
    got = triples(code(text))
    assert any(s == source for s, _, _ in got), got


@pytest.mark.parametrize("text,expected", [
    ("Britain said that Iran had failed to explain traces found at two sites and urged Tehran to grant "
     "inspectors access.", ("GBR", "IRNGOV", "0255")),
    ("Japan and Australia said on Friday that China had failed to explain drills held near the island and "
     "urged Beijing to halt them.", ("AUS", "CHNGOV", "02")),
    ("Poland said that Belarus had refused to explain migrants pushed across the border and urged Minsk to "
     "stop the crossings.", ("POL", "BLRGOV", "02")),
])
def test_an_appeal_to_the_reported_party_hung_in_its_clause_is_the_reporters(code, text, expected):
    got = triples(code(text))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in got), got

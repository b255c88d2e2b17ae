"""Senses the lexicon lacked on unseen text, each with phrasings the CAMEO codebook supports and
rows it must not fire on. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-01"


# An assurance given to a party ("assured T that ...") is a pledge to it: 030, whatever it promises.
@pytest.mark.parametrize("text,expected", [
    ("The Kenyan president assured Ethiopia that the border would stay open.", ("KENGOV", "ETH", "030")),
    ("Mexico reassured Washington on Tuesday that its migration policy was unchanged.", ("MEX", "USAGOV", "030")),
    ("Canada was assured by Denmark that the vote would be fair.", ("DNK", "CAN", "030")),
])
def test_an_assurance_to_a_party_is_a_pledge(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("Egypt assured Sudan of its full support.", {("EGY", "SDN", "032")}),  # the support keeps its sub-code
    ("The deal assured Iran a role in the talks.", set()),  # a thing assures nothing
    ("The minister assured reporters that the talks would go ahead.", set()),  # no party assured
])
def test_what_an_assurance_is_not(code, text, expected):
    got = {t for t in triples(code(text, pub_date=DATE)) if t[2] and t[2].startswith("03")}
    assert got == expected, got


# Staying away from a gathering, or being absent from it, is an attendance that did not happen:
# 042, negated, as a skipped summit is.
@pytest.mark.parametrize("text,expected", [
    ("Sudan's president stayed away from the African Union summit in Addis Ababa.", ("SDNGOV", "IGOAFRAFU", "042")),
    ("Kuwait's emir stayed away from the meeting of the Gulf Cooperation Council.", ("KWTGOV", "IGOARBGCC", "042")),
    ("Bolivia's president was absent from the Mercosur summit.", ("BOLGOV", "IGOLAMMER", "042")),
])
def test_staying_away_from_a_gathering_is_a_negated_attendance(code, text, expected):
    events = code(text, pub_date=DATE)
    assert expected in triples(events)
    assert all(e.factuality == "negated" for e in events if e.cameo == "042"), events


@pytest.mark.parametrize("text", [
    "Protesters were told to stay away from the Turkish embassy.",  # a place, not a gathering
    "The Kenyan minister stayed in Kampala for two days.",  # a stay is no absence
])
def test_what_an_absence_is_not(code, text):
    events = code(text, pub_date=DATE)
    assert not any(e.cameo == "042" and e.factuality == "negated" for e in events), events


# Granting a party safe passage lets it go unharmed: a yielding, 080. A promise or an offer of it is
# the intent frame's (030), as for any promise.
@pytest.mark.parametrize("text,expected", [
    ("Syria gave the fighters safe passage to Idlib.", ("SYR", "SYRREB", "080")),
    ("Lebanon granted safe passage to the Syrian soldiers.", ("LBN", "SYRMIL", "080")),
    ("Turkey allowed safe passage for the Kurdish refugees.", ("TUR", "TURREF", "080")),
])
def test_granting_safe_passage_is_a_yielding(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Colombia offered the guerrillas safe passage to the talks.",  # an offer: the intent frame's
    "Ships were given safe passage through the strait.",  # no party grants it
])
def test_what_granting_safe_passage_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "080" for _, _, c in got), got


# A legislature's vote to remove an office holder from office is an administrative sanction (172), as
# stripping one of a seat or mandate is; not a vote to remove troops or sanctions, nor a coup.
@pytest.mark.parametrize("text,expected", [
    ("Kenya's senate voted to remove the governor from office.", ("KENLEG", "KENGOV", "172")),
    ("Peru's Congress voted to oust President Vizcarra.", ("PERLEG", "PERGOV", "172")),
])
def test_a_vote_of_removal_is_an_administrative_sanction(code, text, expected):
    assert expected in triples(code(text, pub_date="2020-11-20"))


@pytest.mark.parametrize("text", [
    "Parliament voted to remove US troops from Iraq.",
    "The UN Security Council voted to remove sanctions on Sudan.",
])
def test_what_a_vote_of_removal_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "172" for _, _, c in got), got


# Surrounding a party's building, or an armed party, keeps people from going in or out: a blockade,
# 191 (besieging and encircling already were). A thing or a place that surrounds is none.
@pytest.mark.parametrize("text,expected", [
    ("Police surrounded the Argentine ambassador's residence in Caracas.", ("VENCOP", "ARGGOV", "191")),
    ("The residence of the Spanish ambassador was surrounded by Bolivian police.", ("BOLCOP", "ESPGOV", "191")),
    ("Ethiopian troops surrounded the Tigrayan rebels near Mekelle.", ("ETHMIL", "ETHREB", "191")),
])
def test_surrounding_a_building_or_a_force_is_a_blockade(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Hungary, surrounded by Austria and Slovakia, has no coast.",  # geography
    "The Kremlin is surrounded by NATO members, Putin said.",  # no armed party hemmed in
    "Mystery surrounded the death of the Russian opposition leader.",  # no party surrounds
])
def test_what_surrounding_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "191" for _, _, c in got), got


# Blocking, delaying or holding up a party's bid, application or accession is a rejection of it, 120
# (a veto keeps its own 129); a delay no party causes, or an entry kept out, is not.
@pytest.mark.parametrize("text,expected", [
    ("Hungary blocked Ukraine's bid to join the European Union.", ("HUN", "UKR", "120")),
    ("Austria delayed Romania's entry into the Schengen zone.", ("AUT", "ROU", "120")),
    ("Turkey held up Finland's application to join NATO for months.", ("TUR", "FIN", "120")),
])
def test_blocking_a_party_s_bid_is_a_rejection(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "The storm delayed the entry of the ship into port.",  # no party blocks
    "Kenya blocked the entry of Somali refugees.",  # access denied (1245), no bid rejected
])
def test_what_blocking_a_bid_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "120" for _, _, c in got), got


# Saying one was concerned, shocked, troubled or perplexed by a party's act is a reaction to it, 110, as being
# angry at it is; a standing worry in the present is an attitude, not coded.
@pytest.mark.parametrize("text,expected", [
    ("Egypt said it was deeply concerned by the Ethiopian move.", ("EGY", "ETH", "110")),
    ("Peru said it was troubled by the Chilean decision.", ("PER", "CHL", "110")),
    ("Kenya said it was perplexed by Uganda's decision.", ("KEN", "UGA", "110")),
])
def test_concern_at_a_party_s_act_is_a_reaction(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Japan is concerned about China's military build-up.",  # a standing attitude
    "The dispute concerned the islands held by Japan.",  # "concern" as "be about"
])
def test_what_concern_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "110" for _, _, c in got), got


# Saying one does not (or will not) accept a party's act or claim is a rejection, 120 ("would not
# accept" announced is the rejection planned); not accepting blame or refugees keeps its own sense.
@pytest.mark.parametrize("text,expected", [
    ("Colombia does not accept the Venezuelan decision.", ("COL", "VEN", "120")),
    ("Kenya said it would not accept any interference by Uganda in its affairs.", ("KEN", "UGA", "120")),
    ("Russia did not accept the result of the Moldovan referendum.", ("RUS", "MDA", "120")),
])
def test_not_accepting_a_party_s_act_is_a_rejection(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Iran said it did not accept responsibility for the attack.",  # a denial of blame, no rejection
    "Kenya did not accept refugees from Somalia last year.",  # refugees not taken in (073, negated)
    "The African Union said it would not accept a long transition.",  # nobody's act named
])
def test_what_not_accepting_is_not(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == "120" for _, _, c in got), got

"""Wire phrasings of diplomacy and verbal interaction (visits, hosting, meetings over meals,
phone calls, congratulations, pledges of weapons, protests and summonses, criticism).
Hand-written sentences, one per lexicon entry, plus negatives."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-05-10"


@pytest.mark.parametrize("text,expected", [
    # 043.welcome-at-place (widened: house, kremlin, ...)
    ("Putin greeted Kim Jong Un at the Kremlin.", ("RUSGOV", "PRKGOV", "043")),
    ("The Indian prime minister was welcomed by Joe Biden at the White House.", ("USAGOV", "INDGOV", "043")),
    # 043.give-t-welcome, 043.give-welcome-to
    ("Emmanuel Macron gave Narendra Modi a lavish welcome in Paris.", ("FRAGOV", "INDGOV", "043")),
    ("Kenya gave a warm welcome to Volodymyr Zelenskiy.", ("KEN", "UKRGOV", "043")),
    # 042.kick-off-visit, 042.begin-tour-of, 042.tour-of-noun
    ("Olaf Scholz kicked off a three-day visit to Nigeria on Sunday.", ("DEUGOV", "NGA", "042")),
    ("Rishi Sunak began a tour of Asia in Japan.", ("GBRGOV", "JPN", "042")),
    ("Antony Blinken's tour of Japan ended on Friday.", ("USAGOV", "JPN", "042")),
    # 042.give-speech-in, 042.speech-in-noun: a speech given in a foreign capital is a visit there
    ("Olaf Scholz gave a speech in Beijing on Friday.", ("DEUGOV", "CHN", "042")),
    ("The French president delivered a lecture in Tokyo on Monday.", ("FRAGOV", "JPN", "042")),
    ("Narendra Modi's address from the Kenyan capital was broadcast live.", ("INDGOV", "KEN", "042")),
    # "whose": the noun the relative clause modifies owns the act
    ("Kenya praised Olaf Scholz, whose visit to Nairobi ended on Friday.", ("DEUGOV", "KENGOV", "042")),
    ("Berlin criticised Emmanuel Macron, whose speech in Beijing angered Washington.", ("FRAGOV", "CHN", "042")),
])
def test_visits_and_hosting(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 040.meal-with, 040.dine-with
    ("Joe Biden had lunch with Fumio Kishida at the White House.", ("USAGOV", "JPNGOV", "040")),
    ("Joe Biden dined with Xi Jinping in San Francisco.", ("USAGOV", "CHNGOV", "040")),
    # 041.ring
    ("Olaf Scholz rang Vladimir Putin on Friday.", ("DEUGOV", "RUSGOV", "041")),
    ("Joe Biden dialled Benjamin Netanyahu on Sunday.", ("USAGOV", "ISRGOV", "041")),
])
def test_meetings_and_calls(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 051.congratulatory-message, 051.receive-congratulations-reverse
    ("Emmanuel Macron sent a congratulatory letter to Narendra Modi.", ("FRAGOV", "INDGOV", "051")),
    ("Narendra Modi received a congratulatory message from Xi Jinping.", ("CHNGOV", "INDGOV", "051")),
])
def test_congratulations(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 114.lodge-complaint-against (file)
    ("Manila filed a diplomatic protest against Beijing.", ("PHLGOV", "CHNGOV", "114")),
    # 114.call-in-envoy
    ("Beijing hauled in the British ambassador over the remarks.", ("CHNGOV", "GBRGOV", "114")),
    ("Seoul called in the Japanese ambassador over the remarks.", ("KORGOV", "JPNGOV", "114")),
    # 111.speak-out-against, 110.come-out-against
    ("The Turkish president spoke out against Israel's offensive in Gaza.", ("TURGOV", "ISR", "111")),
    ("Hungary came out against the EU's plan to fund Ukraine.", ("HUN", "IGOEUREEC", "110")),
])
def test_protest_and_criticism(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The prime minister rang the bell at the stock exchange.",
    "Investors gave the plan a cool reception.",
    "The EU gave the proposal a warm welcome.",
])
def test_negatives(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not {t for t in got if t[2] in ("041", "043")}, got


@pytest.mark.parametrize("text,expected", [
    # ratifying what another party owns supports it
    ("Turkey's parliament ratified Sweden's NATO membership on Tuesday.", ("TURLEG", "SWE", "051")),
    ("Hungary ratified Finland's accession to NATO.", ("HUN", "FIN", "051")),
])
def test_ratifying_an_owned_bid_supports_its_owner(code, text, expected):
    assert expected in triples(code(text, "2024-03-01"))


def test_persuading_a_party_to_act_is_an_appeal(code):
    got = triples(code("France lobbied Germany to back the plan.", "2023-06-01"))
    assert any(s == "FRA" and t == "DEU" and c.startswith("02") for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Olaf Scholz gave a speech in Berlin on Friday.",
    "The German chancellor gave a speech in parliament.",
])
def test_a_speech_at_home_is_no_visit(code, text):
    assert not [e for e in code(text, pub_date=DATE) if e.cameo.startswith("04")]


@pytest.mark.parametrize("text,expected", [
    # an invitation received to visit a place was made by the host (036), not by the invitee
    ("Olaf Scholz has received an invitation to visit China.", ("CHN", "DEUGOV", "036")),
    ("The Kenyan president got an invitation to visit Beijing.", ("CHNGOV", "KENGOV", "036")),
    ("Vladimir Putin received an invitation to visit Pyongyang.", ("PRKGOV", "RUSGOV", "036")),
])
def test_an_invitation_received_is_the_host_s(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not any(s == expected[1] and c.startswith("03") for s, _, c in got), got


@pytest.mark.parametrize("text", [
    "In a speech on Tuesday, Vladimir Putin accused Ukraine of terrorism.",
    "In an address on Monday, the Chinese president warned Taiwan.",
])
def test_a_speech_is_no_visit_to_the_party_it_speaks_of(code, text):
    assert not [e for e in code(text, pub_date=DATE) if e.cameo.startswith("04")]

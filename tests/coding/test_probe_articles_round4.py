"""Probe of whole wire articles (round 4): six wire stories written for this probe (the India-China
Galwan clash and the later border talks, the Ethiopia-Tigray war and the Pretoria truce, the
Venezuela-Guyana Essequibo dispute, the 2025 Thailand-Cambodia border clashes, Turkey and Sweden's
NATO bid after the Quran burnings, North Korea's launches and the US-South Korea drills), each
hand-coded under the seed conventions before it was run (``tests/fixtures/articles/r4_*``). Their
recall and precision floors are in ``test_probe_articles.py``; here are the single-sentence tables
for the mechanisms the probe fixed. Texts written for this probe; none is taken from an evaluation
set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # the agent phrase names a combat aircraft by its compound: an air strike (195)
    ("Thai fighter jets struck Cambodian military positions on Thursday.", ("THAMIL", "KHMMIL", "195")),
    ("Russian fighter planes bombed rebel positions in Idlib.", ("RUS", "SYRREB", "195")),
    ("Israeli attack helicopters fired on Hamas positions in Rafah.", ("ISR", "PSEREB", "195")),
    # fighting alongside a force is military cooperation with it (062), not a fight with no enemy
    ("Eritrean troops fought alongside Ethiopian federal forces in Tigray.", ("ERIMIL", "ETHMIL", "062")),
    ("Hezbollah fighters have fought alongside Syrian government forces since 2013.", ("LBNREB", "SYRMIL", "062")),
    # "met face to face on the island in talks brokered by X": the parser hangs the talks on the
    # place or the idiom; they are still the clause subject's, so X mediates between them
    ("Maduro and Ali met face to face on the island in talks brokered by Brazil.", ("BRA", "VENGOV", "045")),
    ("Maduro and Ali met face to face on the island in talks brokered by Brazil.", ("BRA", "GUYGOV", "045")),
    ("Israeli and Hamas negotiators met at a hotel in Doha in talks mediated by Egypt.", ("EGY", "PSEREB", "045")),
    ("Russia and Ukraine met face to face in talks mediated by Turkey.", ("TUR", "UKR", "045")),
    # a clash or war between two parties named together: each used force on the other
    ("India and Pakistan clashed along the Line of Control in May.", ("PAK", "IND", "190")),
    ("India and Pakistan clashed along the Line of Control in May.", ("IND", "PAK", "190")),
    ("Armenia and Azerbaijan fought a war over Karabakh in 2020.", ("AZE", "ARM", "190")),
    ("Thailand and Cambodia traded fire on Friday. The two countries also clashed in May.", ("KHM", "THA", "190")),
])
def test_round4_mechanisms(code, text, expected):
    got = triples(code(text, pub_date="2025-07-25"))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Chinese fighter jets flew near Taiwan on Monday.",
    "Russian mercenaries fought alongside Malian soldiers against rebels.",
])
def test_round4_mechanisms_stay_within_their_scope(code, text):
    got = triples(code(text, pub_date="2025-07-25"))
    assert not any(c == "195" for _, _, c in got), got
    assert not any(c.startswith("06") and t and t.endswith("REB") for _, t, c in got), got


def test_a_clash_with_a_named_other_side_is_one_directed_event_per_side(code):
    # both sides of a clash used force (seed convention 7, as the hand codings list "clashed with")
    got = triples(code("India clashed with China in the Galwan Valley in June.", pub_date="2025-07-25"))
    assert {("IND", "CHN", "190"), ("CHN", "IND", "190")} <= got, got


@pytest.mark.parametrize("text,expected", [
    # agreeing not to threaten or attack is an asserted commitment to restraint (0356), not the threat
    ("Maduro and Ali agreed on Thursday not to threaten or use force against each other.", ("VENGOV", "GUYGOV", "0356")),
    ("India and China agreed not to attack each other's positions.", ("IND", "CHN", "0356")),
    ("Israel agreed not to strike Iran's oil facilities.", ("ISR", "IRN", "0356")),
])
def test_an_agreement_not_to_use_force_is_restraint(code, text, expected):
    events = code(text, pub_date="2025-07-25")
    got = triples(events)
    assert expected in got, got
    assert not any(c[:2] in ("13", "19") for _, _, c in got), got
    assert all(e.factuality == "asserted" for e in events if e.cameo == "0356"), events


def test_agreeing_not_to_act_is_still_an_asserted_agreement(code):
    events = code("Venezuela and Guyana agreed not to use force against each other.", pub_date="2025-07-25")
    assert events and all(e.factuality == "asserted" for e in events), [(e.cameo, e.factuality) for e in events]


@pytest.mark.parametrize("text,expected", [
    # export or import curbs and restrictions are trade sanctions (163), like export bans and controls
    ("Japan imposed export curbs on South Korea in 2019.", ("JPN", "KOR", "163")),
    ("The United States tightened export restrictions on China on Monday.", ("USA", "CHN", "163")),
    ("China imposed import curbs on Australia.", ("CHN", "AUS", "163")),
    ("Beijing condemned U.S. export controls against Huawei.", ("USA", "CHNBUS", "163")),
])
def test_export_curbs_are_sanctions(code, text, expected):
    got = triples(code(text, pub_date="2025-07-25"))
    assert expected in got, got

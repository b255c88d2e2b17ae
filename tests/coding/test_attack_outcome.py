"""Harm a participle tells of an attack ("shelled a town, killing four residents") is the outcome
of that attack, one act with it: one record for the attacker and the country attacked (the one on
its people), not a second one on the country. Victims of another country are a dyad of their
own. Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"
FORCE_ROOTS = ("18", "19", "20")


def _force_on(events, source, country):
    return [t for s, t, c in triples(events) if s == source and t and t[:3] == country and c[:2] in FORCE_ROOTS]


@pytest.mark.parametrize("text,source,victims", [
    ("Azerbaijani artillery pounded a town in Armenia overnight, killing four residents.", "AZEMIL", "ARMCVL"),
    ("Sudanese rebels fired mortars into a South Sudanese border town, hitting a school and killing three "
     "children.", "SDNREB", "SSDCVL"),
    ("Eritrean soldiers shelled a camp in Ethiopia on Monday, killing eight villagers.", "ERIMIL", "ETHCVL"),
])
def test_harm_of_an_attack_is_one_act_with_it(code, text, source, victims):
    got = code(text, pub_date=DATE)
    assert _force_on(got, source, victims[:3]) == [victims], triples(got)


@pytest.mark.parametrize("text,source,countries", [
    # victims of another country than the one attacked are a dyad of their own
    ("Russian warplanes bombed a hospital in Idlib, killing two French doctors.", "RUSMIL", ("SYR", "FRA")),
    ("Eritrean soldiers shelled a camp in Ethiopia, killing eight Somali refugees.", "ERIMIL", ("ETH", "SOM")),
])
def test_victims_of_another_country_keep_their_record(code, text, source, countries):
    got = code(text, pub_date=DATE)
    assert all(_force_on(got, source, c) for c in countries), triples(got)

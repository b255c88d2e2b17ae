"""Force named by a noun whose parties are both objects of "between" ("the war between X and
Y", "clashes between X and Y"): each side used force on the other, so one directed event per
side (seed convention 7), as when the two sides are the subject ("X and Y clashed"). Sentences
written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.fixture(scope="module")
def ew():
    from eventwire.pipeline import Eventwire
    return Eventwire()


@pytest.mark.parametrize("text,a,b", [
    ("The war between Ethiopia and Eritrea ended in 2000.", "ETH", "ERI"),
    ("The 1982 war between Argentina and Britain left hundreds dead.", "ARG", "GBR"),
    ("A brief war between Russia and Georgia broke out in August 2008.", "RUS", "GEO"),
    ("Clashes between Armenian and Azerbaijani troops erupted on the border overnight.", "ARMMIL", "AZEMIL"),
    ("Heavy fighting between the Sudanese army and the RSF continued in Omdurman.", "SDNMIL", "SDNREB"),
    # sentence-initial "Fighting", which the model reads as a gerund
    ("Fighting between the Sudanese army and the RSF killed dozens of civilians in Khartoum.", "SDNMIL", "SDNREB"),
    ("Fighting between Thai and Cambodian troops resumed near the border on Tuesday.", "THAMIL", "KHMMIL"),
    ("Fighting between Israel and Hamas continued for a third day.", "ISR", "PSEREB"),
    # the side whose people fell in a fight with a named party fought it, and was fought by it
    ("Twelve Armenian soldiers were killed in fighting with Azerbaijani troops.", "ARMMIL", "AZEMIL"),
    ("Four Thai soldiers died in clashes with Cambodian forces on Monday.", "THAMIL", "KHMMIL"),
    ("Three Indian soldiers were killed in a clash with Pakistani troops near the border.", "INDMIL", "PAKMIL"),
    ("Dozens of Ethiopian soldiers were wounded in heavy fighting with Eritrean troops.", "ETHMIL", "ERIMIL"),
])
def test_force_between_or_with_two_parties_is_mutual(ew, text, a, b):
    _, events = ew.code_text(text, pub_date=DATE)
    got = triples(events)
    assert (a, b, "190") in got and (b, a, "190") in got, got


@pytest.mark.parametrize("text", [
    "The trade war between China and the United States hit exporters.",
    "A price war between the two airlines cut fares.",
    "Talks between Serbia and Kosovo resumed in Brussels.",
])
def test_no_mutual_force_from_other_between_nouns(ew, text):
    _, events = ew.code_text(text, pub_date=DATE)
    assert not [e for e in events if e.cameo.startswith("19")], triples(events)


@pytest.mark.parametrize("text", [
    # not a fight: an accident or an attack whose agent the noun names
    "Twelve Turkish soldiers were killed in a helicopter crash.",
    "Four Israeli soldiers were killed in a Hamas ambush.",
])
def test_no_mutual_force_from_casualties_of_other_acts(ew, text):
    _, events = ew.code_text(text, pub_date=DATE)
    got = triples(events)
    assert not any((t, s, c) in got for s, t, c in got if c.startswith("19")), got


@pytest.mark.parametrize("text,a,b,code", [
    # what a halt frame ends, when it names its own parties, happened: the fight or the talks
    # are coded too (the conventions code presupposed talks and fights)
    ("A 1994 ceasefire ended the war between Armenia and Azerbaijan.", "ARM", "AZE", "190"),
    ("The treaty ended the 1980s war between Iran and Iraq.", "IRQ", "IRN", "190"),
    ("Qatar suspended the talks between Israel and Hamas on Saturday.", "ISR", "PSEREB", "046"),
    ("The mediators halted the negotiations between Serbia and Kosovo in June.", "SRB", "XKX", "046"),
])
def test_an_ended_act_between_named_parties_is_coded_too(ew, text, a, b, code):
    _, events = ew.code_text(text, pub_date=DATE)
    got = triples(events)
    assert (a, b, code) in got or (b, a, code) in got, got

"""Mediators named only as a modifier of a settlement or of "mediation" (``coding/mediation.py``):
"signed a Cuba-brokered truce", "after weeks of Norwegian mediation", "The talks, mediated by X,
collapsed": the third party mediates (045) with each side of the settlement the sentence codes,
or of the talks told just before; it is never whom the sides' own act is aimed at. Sentences
written for these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


def mediated(events, mediator):
    return {t for s, t, c in triples(events) if s == mediator and c == "045"}


@pytest.mark.parametrize("text,mediator,sides", [
    ("Armenia and Azerbaijan signed a Swiss-brokered truce on Tuesday.", "CHE", {"ARM", "AZE"}),
    ("Armenia and Azerbaijan agreed to a Kazakh-mediated ceasefire late on Tuesday.", "KAZ", {"ARM", "AZE"}),
    ("Ethiopia and Eritrea reached a border deal under the mediation of the African Union.",
     "IGOAFRAFU", {"ETH", "ERI"}),
    ("Ethiopia and Eritrea sealed a border accord after weeks of Norwegian mediation.", "NOR", {"ETH", "ERI"}),
    ("Thanks to Kenyan mediation, Ethiopia and Eritrea agreed on Friday to a prisoner exchange.",
     "KEN", {"ETH", "ERI"}),
    ("Ethiopia and Eritrea signed a trade pact through Saudi mediation.", "SAU", {"ETH", "ERI"}),
])
def test_a_mediator_named_beside_the_settlement_mediates_with_each_side(code, text, mediator, sides):
    assert mediated(code(text), mediator) >= sides


@pytest.mark.parametrize("text,mediator", [
    ("Ethiopia and Eritrea agreed to resolve their dispute in talks mediated by Kenya.", "KEN"),
    ("Ethiopia and Eritrea agreed to settle their border dispute in Kenyan-led talks.", "KEN"),
])
def test_the_mediator_of_the_talks_is_not_the_target_of_the_sides_act(code, text, mediator):
    got = triples(code(text))
    assert mediated(code(text), mediator) >= {"ETH", "ERI"}, got
    assert not any(t == mediator for s, t, c in got if c != "045"), got


@pytest.mark.parametrize("text,mediator", [
    ("Armenia and Azerbaijan held talks in Geneva in March. The talks, mediated by Switzerland, collapsed on Monday.",
     "CHE"),
    ("Armenia and Azerbaijan held talks in Oslo in March. Negotiations brokered by Norway broke down on Monday.",
     "NOR"),
])
def test_mediated_talks_told_before_that_break_down(code, text, mediator):
    got = triples(code(text))
    assert mediated(code(text), mediator) >= {"ARM", "AZE"}, got
    assert frozenset({"ARM", "AZE"}) in {frozenset((s, t)) for s, t, c in got if c == "164"}, got


@pytest.mark.parametrize("text,mediator,country", [
    ("Norwegian-brokered talks aimed at ending the Sri Lankan civil war resumed in Oslo on Monday.", "NOR", "LKA"),
    ("A new round of AU-sponsored Sudanese peace talks opened in Addis Ababa on Monday.", "IGOAFRAFU", "SDN"),
    ("Qatari-mediated talks to end the war in Afghanistan began in Doha on Saturday.", "QAT", "AFG"),
    ("The Kenyan-led Somali reconciliation talks collapsed on Friday after a walkout.", "KEN", "SOM"),
])
def test_talks_named_by_one_countrys_conflict_are_mediated_with_its_two_sides(code, text, mediator, country):
    got = triples(code(text))
    assert {(s, t) for s, t, c in got if c == "045"} == {(mediator, country + "GOV"), (mediator, country + "OPP")}, got


def test_collapsed_talks_of_a_countrys_conflict_broke_down_between_its_sides(code):
    got = triples(code("UN-sponsored talks on the conflict in Libya collapsed in Geneva on Thursday."))
    assert {frozenset((s, t)) for s, t, c in got if c == "164"} == {frozenset({"LBYGOV", "LBYOPP"})}, got


@pytest.mark.parametrize("text", [
    "Israeli-Palestinian peace talks brokered by Egypt resumed in Cairo.",  # two countries: their own pair
    "EU-brokered talks on Iranian nuclear fuel resumed in Vienna on Monday.",  # no conflict of Iran's own
    "The US-sponsored trade talks resumed in Geneva on Monday.",
])
def test_talks_of_no_single_countrys_conflict_get_no_government_and_opposition(code, text):
    got = triples(code(text))
    assert not any(t and t.endswith("OPP") for s, t, c in got if c == "045"), got


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan signed a border protocol in May, but talks mediated by Moscow stalled this week.",
    "The two neighbours, Armenia and Azerbaijan, accepted a Swiss plan in March, but Swiss-brokered talks broke "
    "down on Monday.",
])
def test_mediated_talks_in_their_own_clause_are_told_by_that_clause(code, text):
    events = code(text)
    mediations = [e for e in events if e.cameo == "045"]
    assert {e.target.cameo for e in mediations} == {"ARM", "AZE"}, triples(events)
    assert all("talks" in e.evidence and "signed" not in e.evidence and "accepted" not in e.evidence
               for e in mediations), [e.evidence for e in mediations]


@pytest.mark.parametrize("text,mediator", [
    ("Talks between Ethiopia and Egypt collapsed in Cairo on Monday, but Congolese mediators said the "
     "negotiations would reopen in January.", "COD"),
    ("Talks between Armenia and Azerbaijan broke down in Almaty on Friday, yet Kazakh mediators said the "
     "dialogue would restart next month.", "KAZ"),
])
def test_mediators_speaking_of_further_talks_mediate_them_besides_the_talks_told(code, text, mediator):
    events = code(text)
    planned = [e for e in events if e.cameo == "045" and e.factuality == "hypothetical"]
    assert {e.source.cameo for e in planned} == {mediator} and len(planned) == 2, triples(events)
    assert all("mediators said" in e.evidence for e in planned), [e.evidence for e in planned]


def test_mediators_speaking_of_talks_agreed_before_mediate_them(code):
    got = code("Armenia and Azerbaijan agreed on Monday to resume talks. "
               "Swiss mediators said the negotiations would open in Geneva next week.")
    assert mediated(got, "CHE") >= {"ARM", "AZE"}


@pytest.mark.parametrize("text", [
    "Israel agreed to Egyptian mediation in its talks with Hamas.",  # agreed to: not yet mediated
    "Israel thanked Qatar for its mediation on Monday.",
    "The US-led coalition struck targets in Syria on Monday.",  # a led coalition mediates nothing
    "Fighting between Armenia and Azerbaijan went on. Swiss mediators said they were worried.",
])
def test_no_mediation_is_coded_where_none_took_place(code, text):
    assert not any(c == "045" for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,mediator,sides", [
    ("Kosovo and Serbia reached a draft accord after four rounds of talks in Brussels. The talks were brokered by "
     "the European Union.", "IGOEUREEC", {"XKX", "SRB"}),
    ("Armenia and Azerbaijan held talks in Almaty on Friday. The negotiations were mediated by Kazakhstan.", "KAZ",
     {"ARM", "AZE"}),
])
def test_a_passive_clause_of_its_own_names_the_mediator_of_the_talks_told_before(code, text, mediator, sides):
    assert mediated(code(text), mediator) >= sides, triples(code(text))


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan held talks in Almaty on Friday. The talks were welcomed by Kazakhstan.",
    "Armenia and Azerbaijan held talks in Almaty on Friday. The talks were brokered by Armenia.",
    "The truce was brokered by Kazakhstan on Friday.",
])
def test_a_passive_that_names_no_third_party_mediating_told_talks_gives_no_mediation(code, text):
    got = triples(code(text))
    assert not any(c == "045" for _, _, c in got), got

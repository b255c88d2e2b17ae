"""Actors a wire coder must code although no state is theirs: a body named after a president
whose surname several of one state's leaders bore, a region's bodies ("a European court"), a
faith ("Shiites") and plural groups (militants, radicals) in a text that names no state.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow


def code_of(found, phrase):
    hit = next((m for t, m in found.items() if phrase in t), None)
    return hit.cameo if hit is not None else None


@pytest.mark.parametrize("text,phrase,code", [
    # father and son, husband and wife: the person stays open, the state does not
    ("The Bush administration warned Pyongyang on Friday.", "Bush administration", "USAGOV"),
    ("The Clinton administration lifted the embargo on Vietnam.", "Clinton administration", "USAGOV"),
    ("Officials of the Clinton administration met Irish leaders in Belfast.", "Clinton administration", "USAGOV"),
    # a region's own code, as in IGOEUREEC, IGOAFRAFU, IGOARBALG
    ("A European court fined Poland over its judicial reforms.", "European court", "EURJUD"),
    ("African diplomats met the Kenyan foreign minister in Nairobi.", "African diplomats", "AFRGOV"),
    ("Dozens of Arab intellectuals signed a letter criticising Cairo.", "Arab intellectuals", "ARB"),
    ("West African governments threatened the junta with sanctions.", "West African governments", "WAFGOV"),
    # (its leaders named together are its bloc: tests/actors/test_region_leaders_as_bloc.py)
    # a country's own adjective stays the country
    ("South African troops arrested two poachers.", "South African troops", "ZAFMIL"),
    # a faith or a plural group in a text that names no state
    ("Shiites have called for a general strike.", "Shiites", "MOSSHI"),
    ("Sunnis accused the militia of abducting their clerics.", "Sunnis", "MOSSUN"),
    ("Fundamentalist leaders told their followers to stop the protests.", "Fundamentalist leaders", "RAD"),
    ("Hundreds of militants attacked the convoy at dawn.", "militants", "REB"),
    # "Islamic" is the faith's adjective, like "Muslim"
    ("Islamic fundamentalist leaders told their followers to stay home.", "Islamic fundamentalist leaders", "MOSRAD"),
])
def test_actor_without_a_named_state(ew, text, phrase, code):
    assert code_of(mentions(ew, text, "2024-05-01"), phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    # a state the text names is still theirs
    ("Shiites protested in Baghdad on Friday.", "Shiites", "IRQCVL"),
    ("Egyptian fundamentalist leaders condemned the treaty.", "fundamentalist leaders", "EGYRAD"),
    ("Islamic militants attacked a police post in northern Nigeria.", "Islamic militants", "NGAREB"),
    ("The Islamic Republic rejected the offer.", "Islamic Republic", "IRN"),
    # one unnamed person, a government of no state and a region's adjective on a thing name no actor
    ("A protester smashed the window.", "protester", None),
    ("Students carried out exercises near the lake.", "Students", None),
    ("The government raised taxes again.", "government", None),
    ("The European economy slowed in the spring.", "European economy", None),
])
def test_named_state_or_no_actor(ew, text, phrase, code):
    assert code_of(mentions(ew, text, "2024-05-01"), phrase) == code


@pytest.mark.parametrize("text,phrase", [
    # a named association, forum or committee the knowledge base does not know: a non-state body
    ("The Ceasefire Monitoring Committee accused both armies of breaking the truce.", "Ceasefire Monitoring Committee"),
    ("The Federation of Mine Workers called a strike.", "Federation of Mine Workers"),
    ("The Bar Association of Freedonia condemned the arrests.", "Bar Association of Freedonia"),
    # a region's people name no state; a body's members speak for it
    ("The Union of Asian Lawyers condemned the arrests.", "Union of Asian Lawyers"),
    ("The Federation of Arab Journalists condemned the arrests.", "Federation of Arab Journalists"),
    ("Members of the Union of African Journalists condemned the arrests.", "Union of African Journalists"),
    ("Representatives of the Global Fisheries Forum criticised Norway.", "Global Fisheries Forum"),
])
def test_unlisted_named_body_is_ngo(ew, text, phrase):
    assert code_of(mentions(ew, text, "2024-05-01"), phrase) == "NGO"


@pytest.mark.parametrize("text,phrase,code", [
    # a state the name gives, or a body the knowledge base knows, keeps its code
    ("The Nigerian Bar Association condemned the arrests.", "Nigerian Bar", "NGA"),
    ("The African Union suspended Niger.", "African Union", "IGOAFRAFU"),
    ("The Arab League met in Cairo.", "Arab League", "IGOARBALG"),
])
def test_named_body_with_a_state_or_listed(ew, text, phrase, code):
    assert code_of(mentions(ew, text, "2024-05-01"), phrase) == code

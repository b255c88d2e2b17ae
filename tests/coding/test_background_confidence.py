"""An act told in a relative clause ("the journalist, whom it had arrested") or a reduced one ("the
rally staged by students") is background to the sentence's own act and ranks below it. Hand-written
texts."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-03-12"


def _confidence(events, code):
    return max(e.confidence for e in events if e.cameo == code)


@pytest.mark.parametrize("text,main,background", [
    ("Russia freed the American journalist whom it had arrested on spying charges.", "0841", "173"),
    ("Kenya expelled the Somali ambassador, who had criticised the Kenyan president.", "161", "111"),
    ("Ukraine praised Poland, which has sent tanks to Kyiv.", "051", "072"),
    # a reduced relative: a participle on a noun
    ("Iranian police prevented the rally staged by students in Tehran.", "175", "141"),
    ("Police broke up the protest staged by students in Tehran.", "175", "141"),
    ("The Russian State Duma condemned the sanctions imposed by Washington on Moscow.", "111", "163"),
])
def test_relative_clause_act_ranks_below_the_main_act(code, text, main, background):
    events = code(text, pub_date=DATE)
    assert _confidence(events, main) > _confidence(events, background), events


@pytest.mark.parametrize("background,plain,code_", [
    ("Russia freed the American journalist whom it had arrested on spying charges.",
     "Russia arrested the American journalist on spying charges.", "173"),
    ("Ukraine praised Poland, which has sent tanks to Kyiv.", "Poland has sent tanks to Kyiv.", "072"),
    ("Police broke up the protest staged by students in Tehran.", "Students staged a protest in Tehran.", "141"),
])
def test_relative_clause_act_is_less_certain_than_the_same_act_told_plainly(code, background, plain, code_):
    assert _confidence(code(background, pub_date=DATE), code_) < _confidence(code(plain, pub_date=DATE), code_)


@pytest.mark.parametrize("text,main,background", [
    ("Ethiopia eased the emergency measures in Tigray as police in Eritrea cracked down on Tigrayan refugees.",
     "0814", "175"),
    ("Germany sent tanks to Ukraine as Russia shelled Kharkiv.", "072", "194"),
    ("Turkey praised Sweden while Russia condemned Finland.", "051", "111"),
])
def test_subordinate_clause_act_ranks_below_the_main_act(code, text, main, background):
    events = code(text, pub_date=DATE)
    assert _confidence(events, main) > _confidence(events, background), events

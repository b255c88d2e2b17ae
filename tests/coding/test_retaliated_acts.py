"""An act with no agent named that another act retaliates for ("struck X in retaliation for the
killing of three soldiers") was done by the party the retaliation hits. Sentences written for
this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.fixture(scope="module")
def ew():
    from eventwire.pipeline import Eventwire
    return Eventwire()


@pytest.mark.parametrize("text,expected", [
    ("Israel struck Lebanon in retaliation for the killing of three Israeli soldiers.", ("LBN", "ISRMIL", "190")),
    ("Turkish jets bombed Syrian army positions in retaliation for the killing of two Turkish soldiers.",
     ("SYRMIL", "TURMIL", "190")),
    ("India shelled Pakistani army posts in revenge for the killing of four Indian soldiers.",
     ("PAKMIL", "INDMIL", "190")),
    ("Russian forces destroyed half of Ukraine's radar stations in reprisal for the killing of Russian "
     "troops.", ("UKR", "RUSMIL", "190")),
])
def test_the_act_retaliated_for_is_the_retaliation_target_s(ew, text, expected):
    _, events = ew.code_text(text, pub_date=DATE)
    assert expected in triples(events)


@pytest.mark.parametrize("text", [
    # an act whose agent the text names keeps it; an act that is not retaliated for takes no agent
    "Israel struck Lebanon in retaliation for a Hezbollah attack on Israeli troops.",
    "Israel struck Lebanon after the killing of three Israeli soldiers.",
])
def test_no_agent_borrowed_outside_retaliation(ew, text):
    _, events = ew.code_text(text, pub_date=DATE)
    got = triples(events)
    assert ("LBN", "ISRMIL", "190") not in got, got

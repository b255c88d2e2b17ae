"""An appeal or demand takes the sub-code of what it asks for: paying debts is economic exchange
(0211/1011), sharing power a settlement (027/107), reconsidering or reforming the economy a policy
change (0242/1042), acting with restraint or avoiding escalation de-escalation (0256/1056). Bare statements of such acts stay quiet unless a recipient is named.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Moscow urged Armenia to pay its gas debts.", ("RUSGOV", "ARM", "0211")),
    ("The IMF called on Zambia to repay its arrears.", ("IGOBUSIMF", "ZMB", "0211")),
    ("China asked Sri Lanka to settle its debts to Chinese banks.", ("CHN", "LKA", "0211")),
    ("Russia demanded that Moldova pay its gas debts.", ("RUS", "MDA", "1011")),
    ("Britain urged Kiir and Machar to share power.", None),
    ("The African Union urged Sudan's army to share power with civilians.", ("IGOAFRAFU", "SDNMIL", "027")),
    ("Italy asked Austria to reconsider the border checks.", ("ITA", "AUT", "0242")),
    ("The EU urged Hungary to rethink its decision.", ("IGOEUREEC", "HUN", "0242")),
    ("The World Bank urged Nigeria to reform its economy.", ("IGOUNODEVWBK", "NGA", "0242")),
    ("Unions demanded that Argentina overhaul its pension system.", None),
    ("Beijing urged Manila to act with restraint.", ("CHNGOV", "PHLGOV", "0256")),
    ("The UN called on Armenia and Azerbaijan to avoid escalation.", ("IGOUNO", "AZE", "0256")),
    ("Washington demanded that Tehran avoid provocations.", ("USAGOV", "IRNGOV", "1056")),
])
def test_asked_act_gives_sub_code(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    if expected is None:
        assert not any(c in ("020", "100") for _, _, c in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text", [
    "Argentina paid its debts last year.",
    "The government is rethinking.",
    "Washington was working to avoid an escalation.",
    "The army said it would act with restraint.",
])
def test_bare_asked_acts_need_a_recipient(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not got, got


@pytest.mark.parametrize("text", [
    "Amnesty called for the release of the detained reporters in Egypt.",
    "Amnesty said on Tuesday it wanted the activists freed.",
    "Amnesty appealed for clemency for the prisoners in Iran.",
])
def test_a_name_is_not_the_act_it_spells(code, text):
    # "Amnesty" (the NGO) is no amnesty granted (0841)
    got = triples(code(text, pub_date=DATE))
    assert not any(s == "NGOHRI" and c == "0841" for s, _, c in got), got

"""A war its owner wages "in", "on" or "against" a country, told as a noun ("Russia's war on
Ukraine", "Israel's war in Gaza", "the US-led war in Iraq"), is the owner's use of force on that
country (190); a war with no owner ("the war in Sudan", "prisoners of war") and a trade war are
no such act. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Washington has spent billions since Russia's war on Ukraine began.", ("RUS", "UKR", "190")),
    ("The UN criticised Israel's war in Gaza.", ("ISR", "PSE", "190")),
    ("The US-led war in Iraq began in 2003.", ("USA", "IRQ", "190")),
])
def test_owned_war_is_force(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Thousands of prisoners of war in Ukraine were exchanged.",
    "The war in Sudan has displaced millions.",
    "Beijing's trade war on Washington hurt farmers.",
])
def test_unowned_or_trade_war_is_no_force(code, text):
    assert not any(c == "190" for _, _, c in triples(code(text)))

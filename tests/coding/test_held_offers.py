"""An offer or a refusal held on another party's act ("ready to lift the tariffs once Y reopens its
ports", "refused to negotiate until Y withdrew") is made to that party: the subject of the "if",
"unless", "once" or "until" clause is the target when the act names none. A clause with no party
("once the floods receded") names no one, nor do captives, civilians or refugees, whom acts befall.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2019-05-01"


@pytest.mark.parametrize("text,aimed", [
    ("Ghana refused to resume fuel deliveries until Togo settled its unpaid bills.", ("GHA", "TGO", "120")),
    ("Ghana refused to negotiate until Togo withdrew its troops.", ("GHA", "TGO", "125")),
    ("Ghana offered to lift the tariffs once Togo reopened its ports.", ("GHA", "TGO", "0354")),
])
def test_an_offer_or_refusal_held_on_a_party_s_act_is_made_to_it(code, text, aimed):
    assert aimed in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,kept", [
    ("Ghana offered to restore the aid programme once the floods receded.", ("GHA", None, "030")),
    ("Ghana said it was willing to send peacekeepers if the rains stopped.", ("GHA", "IGOUNO", "0334")),
])
def test_a_clause_with_no_party_names_no_one(code, text, kept):
    assert kept in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,kept", [
    ("Ghana refused to negotiate until the hostages come home.", ("GHA", None, "125")),
    ("Ghana refused to negotiate until civilians were evacuated.", ("GHA", None, "125")),
])
def test_captives_and_civilians_are_no_party_held(code, text, kept):
    assert kept in triples(code(text, pub_date=DATE))

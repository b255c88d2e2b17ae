"""The two helpers the international-organisation office passes share (actors.igo_offices):
the body an office noun belongs to, and a "who chairs / heads / leads" clause."""

import pytest

from eventwire.actors.igo_offices import is_office_clause, office_bodies

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,office,bodies", [
    ("The chairman of the bloc arrived in Accra on Monday.", "chairman", ["bloc"]),
    ("The commission's president flew to Dakar.", "president", ["commission"]),
    ("The head of the agency met reporters in Geneva.", "head", ["agency"]),
    ("The president spoke to reporters in Abuja.", "president", []),
])
def test_the_body_an_office_belongs_to(nlp, text, office, bodies):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == office)
    assert [b.lower_ for b in office_bodies(tok)] == bodies


@pytest.mark.parametrize("text,verb,pronouns,expected", [
    ("Mr Mensah, who chairs the bloc, flew to Lagos.", "chairs", ("who",), True),
    ("Mr Mensah, who heads the commission, met the envoy.", "heads", ("who", "that"), True),
    ("Mr Mensah, who visited the bloc's offices, flew to Lagos.", "visited", ("who", "that"), False),
    ("Mr Mensah, who chairs the bloc, flew to Lagos.", "chairs", ("that",), False),
])
def test_a_clause_of_holding_an_office(nlp, text, verb, pronouns, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == verb)
    assert is_office_clause(tok, pronouns) is expected

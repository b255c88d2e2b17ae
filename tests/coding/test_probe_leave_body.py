"""Leaving an international body ends diplomatic exchange with it (161: CAMEO counts withdrawal
and the termination of diplomatic activities there); a state's withdrawal from an organisation is no military retreat (0874), and leaving a
city or a meeting is no event. Hand-written wire phrasings."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    ("Niger quit the Economic Community of West African States.", ("NER", "IGOWAFECO", "161")),
    ("Niger quit ECOWAS on Sunday.", ("NER", "IGOWAFECO", "161")),
    ("Russia withdrew from the Council of Europe.", ("RUS", "IGOEURCOE", "161")),
    ("Nicaragua withdrew from the Organization of American States.", ("NIC", "IGOAMROAS", "161")),
    ("Burkina Faso announced its withdrawal from ECOWAS.", ("BFA", "IGOWAFECO", "161")),
    ("Mali's junta announced that the country would leave the Economic Community of West African States "
     "with immediate effect.", ("MLIGOV", "IGOWAFECO", "161")),
])
def test_leaving_a_body(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,code_", [
    ("Russia withdrew from the Council of Europe.", "0874"),
    ("Putin left Moscow for Beijing on Tuesday.", None),
    ("The minister left the meeting early.", None),
])
def test_not_a_retreat_or_no_event(code, text, code_):
    got = triples(code(text))
    if code_ is None:
        assert not any(c[:2] == "16" for _, _, c in got), got
    else:
        assert not any(c == code_ for _, _, c in got), got


def test_troops_still_retreat(code):
    got = triples(code("Russian troops withdrew from Kherson."))
    assert ("RUSMIL", "UKR", "0874") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Niger threatened to quit ECOWAS.", ("NER", "IGOWAFECO", "1313")),
    ("Hungary threatened to leave the European Union over the migrant quotas.", ("HUN", "IGOEUREEC", "1313")),
    ("Venezuela threatened to exit the Organization of American States.", ("VEN", "IGOAMROAS", "1313")),
    ("Mali said it would leave ECOWAS.", ("MLI", "IGOWAFECO", "1313")),
    ("Guinea threatened to leave the bloc, the Economic Community of West African States.",
     ("GIN", "IGOWAFECO", "1313")),
])
def test_a_threat_to_leave_a_body_is_aimed_at_the_body(code, text, expected):
    got = triples(code(text))
    assert expected in got, got
    assert not any(c == "161" for _, _, c in got), got  # threatened, not done


@pytest.mark.parametrize("text", [
    "The finance minister threatened to quit.",  # a resignation threatened: no body left
    "Rebels threatened to leave Goma.",  # a city is no body
])
def test_a_threat_to_quit_with_no_body_named_is_no_threat_to_a_body(code, text):
    assert not any(t and t.startswith("IGO") for _, t, _ in triples(code(text)))

"""Pressure put on a party to do something is a demand for that act (10x through the demand frame,
as "pressured T to X" is): "put pressure on X to return to talks" is 106. The act pressed for has
not happened and is not the presser's own. Sentences written for this test; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected,not_expected", [
    ("China put pressure on North Korea to return to talks.", ("CHN", "PRK", "106"), "046"),
    ("The EU has not put any pressure on Serbia to negotiate with Kosovo.", ("IGOEUREEC", "SRB", "106"), "046"),
    ("Germany put pressure on Hungary to lift its veto.", ("DEU", "HUN", "105"), "080"),
    ("Washington stepped up pressure on Israel to allow more aid into Gaza.", ("USAGOV", "ISR", "1055"), "086"),
])
def test_pressure_to_act_is_a_demand_for_it(code, text, expected, not_expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not any(c.startswith(not_expected[:3]) for _, _, c in got), got

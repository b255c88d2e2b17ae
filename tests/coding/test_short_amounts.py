"""A sum written short ("$750m", "euros 3bn", "NZ$ 1.2bn", "£40m") beside a currency sign or word is
a sum as a spelled-out one is: a loan or pledge of it keeps its recipient and its money code. A
short number with no currency beside it is no sum, and a sum lost is no gift.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from eventwire.nlp import load_nlp

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-05-12"


@pytest.mark.parametrize("text,aimed", [
    ("Kuwait lent Jordan $750m on Tuesday to shore up its reserves.", ("KWT", "JOR", "071")),
    ("The Netherlands promised euros 3bn to Moldova at a donors' meeting.", ("NLD", "MDA", "0331")),
    ("Australia granted Fiji A$ 1.2bn in emergency aid after the cyclone.", ("AUS", "FJI", "073")),
    ("Norway pledged 40m pounds to Malawi for school meals.", ("NOR", "MWI", "0331")),
])
def test_a_short_sum_is_a_sum(code, text, aimed):
    got = triples(code(text, pub_date=DATE))
    assert aimed in got, got


@pytest.mark.parametrize("text,word,lemma", [
    ("Kuwait lent Jordan $750m on Tuesday.", "m", "million"),  # read as "750" "m"
    ("The fund holds euros 3bn.", "3bn", "billion"),
    ("The telecom firm lost 3m subscribers last year.", "m", "m"),  # no currency: no sum
    ("Parliament approved the 5G rollout.", "G", "g"),
])
def test_only_an_amount_beside_a_currency_reads_as_its_scale(text, word, lemma):
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == word) == lemma


def test_a_sum_lost_is_no_gift(code):
    got = triples(code("The Egyptian state oil firm lost $2bn on fuel subsidies last year.", pub_date=DATE))
    assert not any(c.startswith("07") or c.startswith("033") for _, _, c in got), got

"""A mediator the knowledge base lacked: Betty Bigombe, Uganda's minister for the pacification of
the north until 1996, who mediated between the government and the LRA in 2004-05 as a former
minister, and was a minister again from 2011 to 2016. Rows in and out of office show the date
decides. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, name, code", [
    ("Betty Bigombe flew to Gulu to meet rebel commanders.", "2005-01-10", "Betty Bigombe", "UGAELI"),
    ("Betty Bigombe visited the rebel camps near Kitgum.", "1994-02-01", "Betty Bigombe", "UGAGOV"),
    ("Betty Bigombe opened a water project in Lira.", "2013-04-02", "Betty Bigombe", "UGAGOV"),
])
def test_mediator_gap(ew, text, pub_date, name, code):
    assert code_of(ew, text, pub_date, name) == code

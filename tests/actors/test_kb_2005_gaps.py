"""People the news of 2005 names whom the knowledge base lacked: Togo's succession of February
2005 (the army-installed president for three weeks, the interim after him, the exiled opposition
leader) and a US diplomat who led the UN mission in Congo. Rows before and after an office show
the date decides. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, name, code", [
    # sworn in by the army on Eyadema's death, he stepped down on 25 February 2005
    ("Faure Gnassingbe named a new cabinet in Lome.", "2005-02-12", "Faure Gnassingbe", "TGOGOV"),
    ("Faure Gnassingbe opened his campaign in the north.", "2005-03-20", "Faure Gnassingbe", "TGOELI"),
    ("Faure Gnassingbe thanked the voters.", "2005-06-01", "Faure Gnassingbe", "TGOGOV"),
    ("Abass Bonfoh set the date of the vote.", "2005-03-10", "Abass Bonfoh", "TGOGOV"),
    ("Gilchrist Olympio called for a boycott of the poll.", "2005-04-10", "Gilchrist Olympio", "TGOOPP"),
    ("William Swing asked the militias to disarm.", "2005-06-10", "William Swing", "IGOUNO"),
    ("William Swing presented his credentials in Port-au-Prince.", "1995-03-10", "William Swing", "USAGOV"),
])
def test_people_of_2005_gaps(ew, text, pub_date, name, code):
    assert code_of(ew, text, pub_date, name) == code

"""Office-holders of 2004-05 the knowledge base lacked: the Turkish Cypriot prime minister who
became the community's president in April 2005, and Ethiopia's opposition coalition of the 2005
elections and its chairman. Rows outside the dates show the date decides. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, name, code", [
    # prime minister from January 2004, president of the Turkish Cypriots from April 2005
    ("Mehmet Ali Talat flew to Ankara for talks.", "2004-09-14", "Mehmet Ali Talat", "CYPGOV"),
    ("Mehmet Ali Talat flew to Ankara for talks.", "2007-09-14", "Mehmet Ali Talat", "CYPGOV"),
    ("Mehmet Ali Talat flew to Ankara for talks.", "2003-06-14", "Mehmet Ali Talat", "CYP"),
    ("Hailu Shawel addressed a rally in Bahir Dar.", "2005-05-02", "Hailu Shawel", "ETHOPP"),
    ("The Coalition for Unity and Democracy boycotted parliament.", "2005-10-10",
     "Coalition for Unity and Democracy", "ETHOPP"),
    ("The CUD called a general strike.", "2005-11-07", "CUD", "ETHOPP"),
])
def test_office_holders_of_2004_05(ew, text, pub_date, name, code):
    assert code_of(ew, text, pub_date, name) == code

"""Mauritania's rulers of 2005 the knowledge base lacked: Maaouya Ould Sid'Ahmed Taya, president
from December 1984 until the army removed him on 3 August 2005, and Ely Ould Mohamed Vall, the
national security director who then chaired the military council until April 2007. Rows in and
out of office show the date decides. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, name, code", [
    ("Maaouya Ould Sid'Ahmed Taya opened a new port in Nouadhibou.", "1999-06-02", "Maaouya Ould Sid'Ahmed Taya", "MRTGOV"),
    ("Maaouya Ould Taya flew to Doha to meet exiled supporters.", "2006-03-14", "Maaouya Ould Taya", "MRTELI"),
    ("Ely Ould Mohamed Vall met the French ambassador in Nouakchott.", "2006-01-20", "Ely Ould Mohamed Vall", "MRTMIL"),
    ("Ely Ould Mohamed Vall visited police stations in Rosso.", "1998-05-11", "Ely Ould Mohamed Vall", "MRTCOP"),
])
def test_mauritania_gap(ew, text, pub_date, name, code):
    assert code_of(ew, text, pub_date, name) == code

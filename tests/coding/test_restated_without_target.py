"""An act the article codes with its target, told again of the same party with none (a headline
over its lead, a later sentence that names no victim), is one event: the record without a target
gives way. An act of another party, another act of the same party, or the same act dated
apart keeps its record.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2023-05-12"


@pytest.mark.parametrize("text,aimed", [
    ("Eritrea seizes cargo ship\n\nEritrea's navy seized a Djibouti-flagged cargo ship in the Red Sea on "
     "Tuesday, the Djiboutian government said.", ("ERIMIL", "DJI", "181")),
    ("A Vietnamese patrol boat rammed a Cambodian fishing vessel on Sunday, Phnom Penh said. As the crew "
     "tried to flee, the Vietnamese boat rammed the vessel a second time.", ("VNM", "KHM", "171")),
    ("Azerbaijani artillery shelled Armenian villages near the border on Monday, Yerevan said. Azerbaijan "
     "shelled the area for several hours, the Armenian defence ministry said.", ("AZEMIL", "ARM", "194")),
])
def test_an_act_told_again_without_its_target_is_one_event(code, text, aimed):
    got = triples(code(text, pub_date=DATE))
    assert aimed in got, got
    assert not any(t is None and c == aimed[2] for _, t, c in got), got


@pytest.mark.parametrize("text,targetless", [
    ("Kenya's navy seized a Somali boat on Tuesday. Ethiopia seized weapons in a raid near the border on "
     "Wednesday.", ("ETH", None, "171")),
    ("The Moroccan navy seized a Spanish fishing boat on Monday. Morocco raised its terror threat level on "
     "Tuesday.", ("MAR", None, "151")),
])
def test_another_party_or_another_act_keeps_its_record(code, text, targetless):
    assert targetless in triples(code(text, pub_date=DATE))


def test_an_act_the_text_dates_apart_keeps_its_record(code):
    got = triples(code("Kenya's navy seized a Somali fishing boat on Tuesday. The Kenyan navy had seized several "
                       "boats in 2019.", pub_date=DATE))
    assert ("KENMIL", "SOM", "181") in got and ("KENMIL", None, "181") in got, got

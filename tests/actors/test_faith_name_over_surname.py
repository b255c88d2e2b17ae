"""A faith's name of two words whose first is also a known person's surname ("Roman Catholic"; the
Romanian politician Petre Roman) names the faith, not the person: a church or its clergy take the
country of the article's setting, never Romania, and the parties named after them are not drawn
to Romania either. The surname alone, after a title, is still the person. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    ("Riots spread across Ecuador on Monday. The Roman Catholic Church offered to act as a go-between for the "
     "president and the strikers.", "2005-04-18", "Church", "ECUREL"),
    ("Unrest spread across Peru. Roman Catholic bishops urged the government to talk to the miners.",
     "2004-06-01", "bishops", "PERREL"),
    ("Unrest spread across Peru. Roman Catholic bishops urged the government to talk to the miners.",
     "2004-06-01", "government", "PERGOV"),
    # negative row: the politician named with his title
    ("Former prime minister Petre Roman criticised the government in Bucharest.", "2004-06-01",
     "Petre Roman", "ROUELI"),
])
def test_faith_name_is_not_a_surname(ew, text, pub_date, phrase, code):
    assert code_of(ew, text, pub_date, phrase) == code

"""A person named in full and later as "Mr X, a former trade minister" is the same person: the
honorific does not hide the name the article gave, and a past title in apposition after the name
tells his career, while the office he holds on the date still codes him. Sentences are our own."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow


def code_of_last(ew, text, pub_date, phrase):
    found = [m for t, m in mentions(ew, text, pub_date).items() if phrase in t]
    assert found, phrase
    return found[-1].cameo


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    ("Japan's foreign minister, Toshimitsu Motegi, arrived in Delhi on Monday. "
     "Mr Motegi, a former economy minister, said the talks went well.", "2020-10-06", "Motegi", "JPNGOV"),
    ("Sweden's foreign minister, Ann Linde, flew to Kiev. "
     "Ms Linde, a former trade minister, said Stockholm would send aid.", "2020-11-10", "Linde", "SWEGOV"),
    # negative rows: "former" before the name, and a person out of office on the date
    ("Former President Toshimitsu Motegi spoke.", "2020-10-06", "Motegi", "JPNELI"),
    ("Japan's foreign minister, Toshimitsu Motegi, spoke in 2020. "
     "Mr Motegi, a former foreign minister, said he would write a book.", "2024-03-01", "former foreign minister", "JPNELI"),
])
def test_later_apposition_redescribes_the_person(ew, text, pub_date, phrase, code):
    assert code_of_last(ew, text, pub_date, phrase) == code

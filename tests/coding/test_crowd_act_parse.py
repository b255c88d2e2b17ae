"""A crowd's act read as a participle: "Hundreds of students protested outside the embassy" may be
parsed with the crowd as the sentence's root and "protested" as its modifier ("students [who were]
protested"), which leaves the protest without a subject. A verb of crowd action, which has no such
passive reading, is made the main verb (nlp.repairs._crowd_act_read_as_participle); a reduced
passive of another verb ("protesters arrested in Minsk") stays what it is. Sentences written for
this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("Hundreds of students protested outside the Iranian embassy in Baku.", ("AZEEDU", "IRNGOV", "141")),
    ("Several hundred students protested outside the Russian consulate in Tbilisi on Sunday.",
     ("GEOEDU", "RUSGOV", "141")),
    ("Hundreds of workers protested outside the Chinese embassy in Hanoi.", ("VNMLAB", "CHNGOV", "141")),
])
def test_a_crowd_act_read_as_a_participle_is_the_main_verb(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,verb", [
    ("Hundreds of protesters arrested in Minsk.", "arrested"),  # a headline's reduced passive
])
def test_a_reduced_passive_of_another_verb_is_left_alone(nlp, text, verb):
    tok = next(t for t in nlp(text) if t.lower_ == verb)
    assert tok.dep_ == "acl", [(t.text, t.dep_) for t in tok.doc]

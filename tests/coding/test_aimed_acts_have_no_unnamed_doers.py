"""An act told as an aim, a subjectless infinitive ("a campaign to topple the president", "efforts
to arrest the opposition leader"), is no deed: its doers are not guessed from the place or from
the victim's own country, as those of a violent act or an arrest that happened are.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2021-11-20"


@pytest.mark.parametrize("text,cameo", [
    ("The strikes turned into a campaign to topple President Alpha Conde after police arrested union leaders.", "192"),
    ("There were efforts to arrest opposition leader Kizza Besigye in Kampala last year.", "173"),
    ("Rights groups said the regime was plotting to assassinate the exiled opposition leader Kizza Besigye.", "186"),
])
def test_an_aim_has_no_guessed_doer(code, text, cameo):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == cameo for _, _, c in got), got


@pytest.mark.parametrize("text,source,target,cameo", [
    ("Opposition leader Kizza Besigye was arrested in Kampala on Friday.", "UGA", "UGAOPP", "173"),
    ("Three policemen were killed in a car bombing in Kandahar on Sunday.", "AFG", "AFGCOP", "1832"),
    ("Police arrested union leaders in Conakry after the strikes.", "GINCOP", "GINLAB", "173"),
])
def test_deeds_keep_their_unnamed_doers(code, text, source, target, cameo):
    assert (source, target, cameo) in triples(code(text, pub_date=DATE))

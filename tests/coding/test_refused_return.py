"""An announced refusal to send people back ("would not deport the refugees", "will not send
back the asylum seekers") refuses the state that wants them judicial cooperation (1213), as a
refused extradition does, marked hypothetical; a past "did not deport" stays the expulsion,
negated, and a done one stays the expulsion. Sentences written for this test; none is taken
from an evaluation set."""

import pytest

from tests.coding import countries_code_factuality

pytestmark = pytest.mark.slow

DATE = "2019-02-11"


@pytest.mark.parametrize("text,expected", [
    ("Kazakhstan said it would not send back the 200 Chinese Uighurs who crossed the border last week.",
     ("KAZ", "CHN", "1213", "hypothetical")),
    ("Turkey will not deport the Syrian opposition activists, the interior minister said.",
     ("TUR", "SYR", "1213", "hypothetical")),
    # not a refusal: a past negation, a deportation done
    ("Kazakhstan did not send back the Chinese Uighurs.", ("KAZ", "CHN", "174", "negated")),
    ("Kazakhstan deported the Chinese Uighurs last week.", ("KAZ", "CHN", "174", "asserted")),
])
def test_refused_return(code, text, expected):
    got = countries_code_factuality(code(text, pub_date=DATE))
    assert expected in got, got

""""The fighters", "the guerrillas" on their own are the armed organisation named before (as "the
rebels" and "the militants" are: ``actors/data/org_references.jsonl``), not the country of the
place they struck or of the last state named."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow

ROWS = [
    # (text, mention, code)
    ("Boko Haram raided a market near Diffa on Monday. Chad sent troops, but the fighters had already "
     "fled.", "fighters", "NGAREB"),
    ("The ELN blew up a pipeline in Arauca. Venezuela closed the border, and the guerrillas retreated.",
     "guerrillas", "COLREB"),
    # not an organisation's: fighters of a country named in their own phrase, or their families
    ("Boko Haram raided a market near Diffa. Chadian fighters pushed them back.", "Chadian fighters", "TCDREB"),
]


@pytest.mark.parametrize("text,name,code", ROWS)
def test_fighters_on_their_own_are_the_armed_group_named_before(ew, text, name, code):
    assert mentions(ew, text, "2016-05-02")[name].cameo == code

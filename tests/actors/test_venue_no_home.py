"""A city named as the venue of talks or a summit ("talks in Havana") is where parties meet, no
country of theirs: an unnamed body told of after it ("troops", "the army") takes its country from
the parties named before, not from the venue. A city named as where something happens still
gives its country. Sentences written for these tests; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

ROWS = [
    # (text, an event code prefix, the source country it must have)
    ("Colombian government envoys and ELN guerrillas opened a new round of talks in Havana on Tuesday, "
     "hours after troops ambushed a guerrilla column in the jungle.", "19", "COL"),
    ("Yemeni government and Houthi negotiators began peace talks in Stockholm on Thursday, a day after "
     "soldiers shelled a rebel position in the mountains.", "19", "YEM"),
    ("The Ethiopian government and Tigrayan commanders signed a truce at a summit in Pretoria, days after "
     "the army bombed a rebel-held town.", "19", "ETH"),
    # not a venue: the place where fighting happened is the troops' own setting
    ("Fighting flared in Mogadishu on Sunday, and troops shelled a market near the port.", "19", "SOM"),
]


@pytest.mark.parametrize("text, root, country", ROWS)
def test_unnamed_forces_are_not_of_the_venue(code, text, root, country):
    sources = {e.source.country for e in code(text, pub_date="2019-05-14")
               if e.source and e.cameo and e.cameo.startswith(root)}
    assert sources == {country}, sources

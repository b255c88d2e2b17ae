"""A region's heads of state named together act as its bloc: "West African leaders" at a summit are
ECOWAS, "Gulf Arab leaders" the Gulf Cooperation Council (``bloc`` of the region in
``actors/data/groups.jsonl``); one leader of the region, or its governments, are not the bloc."""

import pytest

from .test_mentions import mentions

pytestmark = pytest.mark.slow

ROWS = [
    # (text, mention, code)
    ("West African leaders suspended Mali from the community after the coup.", "West African leaders", "IGOWAFECO"),
    ("Meeting in Accra, West African heads of state ordered the standby force to prepare.",
     "West African heads of state", "IGOWAFECO"),
    ("West African heads of government gave the soldiers in Conakry a month to hand over power.",
     "West African heads of government", "IGOWAFECO"),
    ("Gulf Arab leaders meeting in Kuwait asked Tehran to stop building on the disputed islands.",
     "Gulf Arab leaders", "IGOARBGCC"),
    ("The Gulf Arab heads of state closed their Muscat meeting with a call for calm.",
     "Gulf Arab heads of state", "IGOARBGCC"),
    # not the bloc: one leader of the region, the region's governments, a region with no bloc listed
    ("A West African leader said the sanctions were too harsh.", "West African leader", "WAFGOV"),
    ("West African governments closed their borders with Niger.", "West African governments", "WAFGOV"),
    ("European leaders called on Belgrade to hand over the suspects.", "European leaders", "EURGOV"),
    ("A Gulf Arab diplomat said Doha had been warned.", "Gulf Arab diplomat", "PGSGOV"),
]


@pytest.mark.parametrize("text,name,code", ROWS)
def test_region_leaders_named_together_are_the_regions_bloc(ew, text, name, code):
    assert mentions(ew, text, "2021-06-01")[name].cameo == code

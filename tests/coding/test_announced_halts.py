"""An announced halt told with the act as subject ("the air strikes would cease", "its offensive
would be halted", "the blockade will be lifted"): a verb of halting with an act for its subject
reads as the passive of halting it, and an act no other party is named as doing, announced as
halted or lifted, is the announcer's own commitment to yield (035x, asserted), as "said it would
halt the strikes" is; a wish or call that such an act end is a demand to halt it. Sentences written
for this test; none is taken from an evaluation set."""

import pytest

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


def coded(events):
    return {(e.source.cameo if e.source else None, e.target.cameo if e.target else None, e.cameo, e.factuality)
            for e in events}


@pytest.mark.parametrize("text,expected", [
    ("Canberra announced that air strikes on the militia would end within weeks.",
     ("AUSGOV", None, "0356", "asserted")),
    ("Pakistan said its air strikes against the Taliban would stop next month.",
     ("PAK", None, "0356", "asserted")),
    ("Ethiopia said the offensive against Tigrayan forces would cease on Friday.",
     ("ETH", None, "0356", "asserted")),
    ("Egypt said the blockade of Libya would be lifted.", ("EGY", "LBY", "0356", "asserted")),
])
def test_an_announced_halt_of_an_act_is_the_announcers_intent(code, text, expected):
    got = coded(code(text, pub_date=DATE))
    source, target, cameo, factuality = expected
    assert any(s == source and (target is None or t == target) and c == cameo and f == factuality
               for s, t, c, f in got), got


@pytest.mark.parametrize("text", [
    # the act is another party's: no commitment of the speaker's
    "Egypt said Turkish air strikes against Libya would stop.",
    # a party that stops is no act halted
    "Egypt said Turkey would stop in Cyprus on its way home.",
    # nothing is halted
    "Egypt said the air strikes against Libya would continue.",
])
def test_no_intent_for_what_the_speaker_does_not_halt(code, text):
    got = coded(code(text, pub_date=DATE))
    assert not any(s == "EGY" and c.startswith("035") for s, _, c, _ in got), got


def test_a_halt_told_as_done_is_the_halt_itself(code):
    got = coded(code("Israeli shelling of Gaza stopped on Monday.", pub_date=DATE))
    assert ("ISR", "PSE", "087", "asserted") in got, got


@pytest.mark.parametrize("text,expected", [
    # a wish or call that an act of another's end is a demand to halt it
    ("Spain wants the British blockade of Gibraltar to end.", ("ESP", "GBR", "0256", "asserted")),
    ("Moscow called for the air strikes on Syria to stop.", ("RUSGOV", "SYR", "0256", "asserted")),
])
def test_a_demand_that_an_act_end_is_a_demand_to_halt_it(code, text, expected):
    got = coded(code(text, pub_date=DATE))
    assert expected in got, got

"""An act whose object is a definite noun naming the source's own act of the same kind, told
sentences before ("Niger closed its border with Benin ... the minister extended the closure"),
carries that act on and is aimed at its target, however many sentences lie between (the act
just told within two sentences had a rule before). No target is guessed when the earlier act
had none (a domestic closure) or the act is of another kind (halting a fight), and another
party's reaction to such a noun still answers the act's doer.
Sentences written for this test; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2021-09-10"
ASIDE = ("Traders said hundreds of lorries were stranded on the road to the port. Prices of rice and "
         "fuel rose sharply in the markets on Tuesday. A customs official said the losses could reach "
         "millions of dollars.")


@pytest.mark.parametrize("text,record", [
    ("Niger closed its border with Benin on Monday after a shooting at a crossing point near Gaya.\n\n"
     f"{ASIDE}\n\nOn Friday the Nigerien interior minister extended the closure for another month.",
     ("NERGOV", "BEN", "191")),
])
def test_continued_own_act_keeps_its_target(code, text, record):
    got = triples(code(text, pub_date=DATE))
    assert record in got, got


@pytest.mark.parametrize("text,source,root", [
    # a closure at home named no other party: its extension names none either
    ("The government of Niger closed all schools in the capital on Monday after a cholera outbreak.\n\n"
     f"{ASIDE}\n\nOn Friday the Nigerien education minister extended the closure for another month.",
     "NER", "19"),
    # halting the fight told before is another act than the fight (here a condition set, not a truce)
    ("Armenian and Azerbaijani troops exchanged fire across the border on Monday.\n\n"
     f"{ASIDE}\n\n\"We must halt the fighting first,\" the Armenian prime minister told reporters.",
     "ARM", "08"),
])
def test_no_target_when_the_own_act_had_none_or_is_another(code, text, source, root):
    got = triples(code(text, pub_date=DATE))
    assert not any(s.startswith(source) and c.startswith(root) and t is not None for s, t, c in got), got


@pytest.mark.parametrize("text,record", [
    ("Niger closed its border with Benin on Monday after a shooting at a crossing point near Gaya.\n\n"
     f"{ASIDE}\n\nOn Friday Benin's foreign minister condemned the closure.",
     ("BENGOV", "NER", "111")),
])
def test_another_partys_reaction_still_answers_the_doer(code, text, record):
    got = triples(code(text, pub_date=DATE))
    assert record in got, got

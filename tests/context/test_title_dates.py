"""A title the text gives a person against the knowledge base on the article's date: with no
date of its own in the text, the title tells when the act happened; a date the text states
decides by the knowledge base."""

import pytest

pytestmark = pytest.mark.slow


def _codes(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events}


def test_an_undated_act_happened_while_the_title_was_true(code):
    events = code("Secretary of State Warren Christopher telephoned the Russian foreign minister.",
                  pub_date="2000-01-01")
    assert any(s == "USAGOV" for s, _, _ in _codes(events)), _codes(events)
    assert any(f.kind == "title_mismatch" for e in events for f in e.flags)


def test_a_stated_date_codes_by_the_knowledge_base(code):
    events = code("President Barack Obama met Putin in 2018.", pub_date="2019-01-01")
    assert ("USAELI", "RUSGOV", "040") in _codes(events), _codes(events)


def test_a_former_title_stays_former(code):
    events = code("Former President Trump met Kim Jong Un.", pub_date="2023-05-01")
    assert any(s == "USAELI" for s, _, _ in _codes(events)), _codes(events)


def test_a_known_person_before_any_listed_office_keeps_the_office_the_text_names(code):
    # Odowaa Yusuf Rageh's listed command begins in 2019; in 2012 the text calls him army chief
    events = code("Somalia's army chief Odowaa Yusuf said troops would attack the militants.", pub_date="2012-05-01")
    assert events and all(e.source.cameo == "SOMMIL" for e in events), _codes(events)

"""model.Record: the records whose JSON shape is their fields write it and read it back."""

import pytest

from eventwire.model import Actor, Coder, EventDate, Flag, Location, Mention, Plover

RECORDS = [
    Flag("title_mismatch", "Minister Ana Reyes", "no such office"),
    Actor("the Chilean navy", name="Chilean Navy", id="country:CHL", cameo="CHLMIL", country="CHL", sector="MIL"),
    EventDate("2023-06-14", "day", "on Wednesday", "relative_to_publication"),
    Location("Valparaiso", "CHL", -33.05, -71.62),
    Plover("PROTEST", mode="demonstrate", context=["economic"]),
    Coder("pattern", "141.rally"),
    Mention("doc-7", 3, "Dockworkers rallied in Valparaiso.", [120, 154], source="wire"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_a_record_reads_back_what_it_writes(record):
    assert type(record).from_dict(record.as_dict()) == record


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_keys_a_record_does_not_know_are_left_out(record):
    assert type(record).from_dict({**record.as_dict(), "added_later": 1}) == record


@pytest.mark.parametrize("cls", [Flag, Actor, Location, Plover, Mention])
def test_no_mapping_reads_back_as_no_record(cls):
    assert cls.from_dict(None) is None


def test_no_mapping_reads_back_as_an_unknown_date():
    assert EventDate.from_dict(None) == EventDate()

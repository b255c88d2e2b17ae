"""The core object's own work around the stages: what it builds before the first document."""

import gc

import pytest

pytestmark = pytest.mark.slow

TEXT = "Iran accused Israel of attacking its ships. Egypt and Qatar urged both sides to hold talks."


def test_the_loaded_stages_are_left_out_of_garbage_collection():
    from eventwire import Eventwire

    ew = Eventwire()
    ew.code_text(TEXT, pub_date="2024-05-01")
    # (the collector's own list holds every object it scans; frozen objects are not in it)
    scanned = {id(o) for o in gc.get_objects()}
    assert id(ew.kb) not in scanned and id(ew.coder.lex) not in scanned


"""Many-party gatherings (conventions 1 and 16): attending is a visit to the host, a named host
receives each attendee, also when host and attendees are named in different sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

HOSTED = ("Next week's conference on Sahel security is being hosted by French President Emmanuel Macron. "
          "Also due to attend are German Chancellor Olaf Scholz and UN Secretary General Antonio Guterres. "
          "The conference will discuss funding for regional forces. Mali will not attend.")


def test_attendees_named_after_the_host_visit_the_host(code):
    events = code(HOSTED, pub_date="2022-11-01")
    got = {(e.source.cameo, e.target.cameo, e.cameo, e.factuality) for e in events if e.cameo in ("042", "043")}
    assert ("DEUGOV", "FRAGOV", "042", "hypothetical") in got, got
    assert ("IGOUNO", "FRAGOV", "042", "hypothetical") in got, got
    # "will not attend": the visit, negated; the host receives only those who come
    assert ("MLIGOV", "FRAGOV", "042", "negated") in got or ("MLI", "FRAGOV", "042", "negated") in got, got
    # received when, and if, they come: the attendance's factuality
    assert {("FRAGOV", "DEUGOV", "hypothetical"), ("FRAGOV", "IGOUNO", "hypothetical")} \
        <= {(s, t, f) for s, t, c, f in got if c == "043"}, got
    assert not [g for g in got if g[2] == "043" and g[1].startswith("MLI")], got


def test_a_gathering_named_long_before_is_not_the_one_attended(code):
    text = ("Egypt hosted a summit on Gaza in March. Trade between the two countries grew. Prices rose. "
            "Wages fell. Exports slowed. Turkey will attend.")
    got = triples(code(text, pub_date="2023-06-01"))
    assert not [t for t in got if t[2] == "042"], got


def test_attending_a_named_gathering_of_its_own_is_not_the_hosted_one(code):
    text = "Qatar hosted talks on Sudan on Monday. Kenya will attend the Geneva conference next month."
    got = triples(code(text, pub_date="2023-06-01"))
    assert not [t for t in got if t[2] == "042" and t[1].startswith("QAT")], got


@pytest.mark.parametrize("text,host,guest", [
    # a host who receives or welcomes a guest was visited by them: both acts are coded
    ("Putin received the Indian prime minister in the Kremlin.", "RUSGOV", "INDGOV"),
    ("Erdogan welcomed Scholz on arrival in Ankara.", "TURGOV", "DEUGOV"),
    ("The Saudi crown prince received the Iraqi foreign minister.", "SAUGOV", "IRQGOV"),
    # hosting guests, welcoming them to a place, playing host to them: their visit too
    ("Kazakh President Kassym-Jomart Tokayev hosted the Turkish president in Astana on Friday.", "KAZGOV", "TURGOV"),
    ("Macron welcomed the Indian prime minister to the Elysee Palace on Tuesday.", "FRAGOV", "INDGOV"),
    ("Egypt's president played host to the Jordanian king in Cairo.", "EGYGOV", "JORGOV"),
])
def test_a_received_guest_visited_the_host(code, text, host, guest):
    got = triples(code(text, pub_date="2023-03-01"))
    assert {(host, guest, "043"), (guest, host, "042")} <= got, got

"""A small hand-built corpus of coded documents for aggregation, export and back-end tests."""

from eventwire.model import Location
from eventwire.store import WriteItem
from tests.store.conftest import article, event

MEET = "Iranian President Hassan Rouhani met U.S. Secretary of State Rex Tillerson in New York on Tuesday."
SANCTION = "The United States imposed new sanctions on Iranian banks on Friday, the Treasury said."
STRIKE = "Turkish jets struck Kurdish militia positions near Afrin in northern Syria."
UN = "The United Nations Security Council demanded that Russia withdraw its troops."

NEW_YORK = Location("New York", "USA", 40.71, -74.01)
AFRIN = Location("Afrin", "SYR", 36.51, 36.87)


def corpus() -> list[WriteItem]:
    """Ten documents: a syndicated story, a rewrite, follow-ups, other dyads, an undated story."""
    items = []

    def doc(doc_id, pub, source, url, *events):
        items.append(WriteItem(article(doc_id, " ".join(e.evidence for e in events) or "x", pub_date=pub,
                                       source=source, url=url), list(events)))

    doc("reuters-0919", "2017-09-19", "Reuters", "https://www.reuters.com/a",
        event("reuters-0919", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", MEET, location=NEW_YORK),
        event("reuters-0919", 3, "USA", "IRN", "163", "2017-09-15", SANCTION, quad=4, goldstein=-8.0))
    doc("yahoo-0919", "2017-09-19", None, "https://news.yahoo.com/b",
        event("yahoo-0919", 0, "IRNGOV", "USAGOV", "040", "2017-09-19", MEET, location=NEW_YORK),
        event("yahoo-0919", 3, "USA", "IRN", "163", "2017-09-15", SANCTION, quad=4, goldstein=-8.0))
    doc("ap-0920", "2017-09-20", "AP", None,
        event("ap-0920", 1, "USA", "IRN", "040", "2017-09", "On Tuesday, Tillerson sat down with Iran's president "
              "Hassan Rouhani in New York.", quad=1, goldstein=1.0))
    doc("ap-1003", "2017-10-03", "AP", None,
        event("ap-1003", 0, "USAGOV", "IRNGOV", "112", "2017-10-02", "The White House accused Iran of "
              "violating the spirit of the nuclear deal.", quad=3, goldstein=-2.0))
    doc("afp-0120", "2018-01-21", "AFP", None,
        event("afp-0120", 0, "TURMIL", "SYRREB", "195", "2018-01-20", STRIKE, location=AFRIN, quad=4,
              goldstein=-10.0),
        event("afp-0120", 2, "TUR", "SYR", "195", "2018-01-22", STRIKE, location=AFRIN, quad=4, goldstein=-10.0))
    doc("bbc-0122", "2018-01-22", "BBC", "http://bbc.co.uk/news/1",
        event("bbc-0122", 0, "TURMIL", "SYRREB", "195", "2018-01-21", "Turkey's air force hit Kurdish YPG "
              "militia positions near Afrin in northern Syria on Saturday.", location=AFRIN, quad=4,
              goldstein=-10.0))
    doc("un-0301", "2022-03-01", "UN News", None,
        event("un-0301", 0, "IGOUNO", "RUSGOV", "1011", "2022-03-01", UN, quad=3, goldstein=-5.0))
    doc("undated-1", None, "Blog", None,
        event("undated-1", 0, "FRA", "DEU", "057", None, "France and Germany signed a treaty."))
    doc("undated-2", None, "Blog 2", None,
        event("undated-2", 0, "DEU", "FRA", "057", None, "France and Germany signed a treaty."))
    doc("empty", "2020-01-01", "Nobody", None)
    return items

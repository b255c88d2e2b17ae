"""Which date an undated event takes from the sentences before it."""

import pytest

from eventwire.ingest import make_article


@pytest.fixture(scope="module")
def ew():
    from eventwire import Eventwire

    return Eventwire()


def _dates(ew, text: str, pub: str) -> dict[str, str | None]:
    article = make_article("d", text=text, origin="d", pub_date=pub)
    (_, events), = ew.code_articles([article])
    return {e.cameo[:2]: e.date.value for e in events}


def test_a_background_year_does_not_date_the_news_after_it(ew):
    dates = _dates(ew, "Kenyan troops attacked al-Shabaab fighters in Somalia in 2011. "
                       "The Somali president praised Kenya.", "2019-05-02")
    assert dates["19"] == "2011"
    assert dates["05"] == "2019-05-02"


def test_a_month_runs_on_into_the_next_sentences(ew):
    dates = _dates(ew, "Kenyan troops attacked al-Shabaab fighters in Somalia in March. "
                       "The Somali president praised Kenya.", "2019-05-02")
    assert dates["05"] == "2019-03"

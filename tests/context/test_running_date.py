"""Which date an undated event takes from the sentences before it."""


def _dates(code, text: str, pub: str) -> dict[str, str | None]:
    return {e.cameo[:2]: e.date.value for e in code(text, pub)}


def test_a_background_year_does_not_date_the_news_after_it(code):
    dates = _dates(code, "Kenyan troops attacked al-Shabaab fighters in Somalia in 2011. "
                         "The Somali president praised Kenya.", "2019-05-02")
    assert dates["19"] == "2011"
    assert dates["05"] == "2019-05-02"


def test_a_month_runs_on_into_the_next_sentences(code):
    dates = _dates(code, "Kenyan troops attacked al-Shabaab fighters in Somalia in March. "
                         "The Somali president praised Kenya.", "2019-05-02")
    assert dates["05"] == "2019-03"

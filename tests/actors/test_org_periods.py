"""An organisation's period may name its own country: two armed groups of two states that bore
one name in different years are told apart by the article's date (the Iraqi insurgents of
2003-07, the Mozambican group since 2017), and an undated text takes the dictionary's own."""

import pytest

from eventwire.actors.kb import Organisation

from .test_mentions import mentions as mentions_on

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code, country", [
    ("A video from Ansar al-Sunna showed the captured drivers.", "2004-08-03", "Ansar al-Sunna", "IRQREB", "IRQ"),
    ("The Army of Ansar al-Sunna said it had bombed the base.", "2005-01-05", "Army of Ansar al-Sunna", "IRQREB", "IRQ"),
    ("Ansar al-Sunna said its men had shot down the helicopter.", None, "Ansar al-Sunna", "IRQREB", "IRQ"),
    ("Ansar al-Sunna gunmen burned houses near Mocimboa da Praia.", "2019-06-10", "Ansar al-Sunna", "MOZREB", "MOZ"),
    ("Ahlu Sunnah Wa-Jama fighters attacked the village.", "2020-05-10", "Ahlu Sunnah Wa-Jama", "MOZREB", "MOZ"),
    # a period with no country of its own keeps the organisation's
    ("The Taliban ordered the schools closed.", "2022-03-23", "Taliban", "AFGGOV", "AFG"),
    ("The Taliban attacked the district centre.", "2019-03-23", "Taliban", "AFGREB", "AFG"),
])
def test_a_period_may_give_the_country(ew, text, pub_date, phrase, code, country):
    hit = next(m for t, m in mentions_on(ew, text, pub_date).items() if phrase in t)
    assert (hit.cameo, hit.country) == (code, country)


def test_country_on_reads_the_period_that_holds():
    org = Organisation("org:x", "X", "IRQREB", "armed_group", "IRQ",
                       periods=[{"cameo": "MOZREB", "country": "MOZ", "start": "2017-10"},
                                {"cameo": "IRQPTY", "start": "2010", "end": "2012"}])
    assert [org.country_on(d) for d in ("2005-01", "2019", None, "2011-05")] == ["IRQ", "MOZ", "IRQ", "IRQ"]
    assert [org.code_on(d) for d in ("2005-01", "2019", None, "2011-05")] == ["IRQREB", "MOZREB", "IRQREB", "IRQPTY"]

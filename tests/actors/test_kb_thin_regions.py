"""Office holders of regions the knowledge base covered thinly (Guinea-Bissau, Benin, Madagascar,
Zimbabwe, Central Asia, North Macedonia, Albania, Costa Rica; an ECOWAS commission president),
each coded by the office held on the article's date, with rows after or before it showing the
date decides. Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, name, code", [
    ("Carlos Gomes Junior named a new cabinet in Bissau.", "2009-02-10", "Carlos Gomes Junior", "GNBGOV"),
    ("Carlos Gomes Junior left for Lisbon.", "2012-05-02", "Carlos Gomes Junior", "GNBELI"),
    ("Nino Vieira returned to the presidential palace.", "2005-11-20", "Nino Vieira", "GNBGOV"),
    ("Kumba Yala dissolved parliament.", "2002-11-15", "Kumba Yala", "GNBGOV"),
    ("Henrique Rosa swore in the new chiefs.", "2004-10-12", "Henrique Rosa", "GNBGOV"),
    ("Malam Bacai Sanha flew to Dakar for treatment.", "2011-08-03", "Malam Bacai Sanha", "GNBGOV"),
    ("Antonio Indjai ordered the troops back to barracks.", "2012-04-20", "Antonio Indjai", "GNBMIL"),
    ("Jose Mario Vaz sacked the cabinet.", "2015-08-13", "Jose Mario Vaz", "GNBGOV"),
    ("Mathieu Kerekou opened the summit in Cotonou.", "2004-06-10", "Mathieu Kerekou", "BENGOV"),
    ("Marc Ravalomanana addressed the crowd in Antananarivo.", "2005-03-02", "Marc Ravalomanana", "MDGGOV"),
    ("Marc Ravalomanana spoke from exile in Pretoria.", "2010-06-01", "Marc Ravalomanana", "MDGELI"),
    ("Tichaona Jokonya attacked the foreign press.", "2005-06-20", "Tichaona Jokonya", "ZWEGOV"),
    ("Sapar Isakov met investors in Bishkek.", "2018-01-17", "Sapar Isakov", "KGZGOV"),
    ("Chingiz Aidarbekov received the Chinese envoy.", "2019-05-21", "Chingiz Aidarbekov", "KGZGOV"),
    ("Sirojiddin Muhriddin met his Afghan counterpart.", "2018-03-27", "Sirojiddin Muhriddin", "TJKGOV"),
    ("Sherali Khayrulloyev inspected border units.", "2005-04-11", "Sherali Khayrulloyev", "TJKMIL"),
    ("Elyor Ganiev rejected the call for an inquiry.", "2005-09-21", "Elyor Ganiev", "UZBGOV"),
    ("Vlado Buckovski pledged to fight corruption.", "2005-02-09", "Vlado Buckovski", "MKDGOV"),
    ("Nikola Dimitrov flew to Athens for the name talks.", "2018-05-17", "Nikola Dimitrov", "MKDGOV"),
    ("Ditmir Bushati hosted his Serbian counterpart.", "2017-02-08", "Ditmir Bushati", "ALBGOV"),
    ("Oscar Arias offered to mediate in Honduras.", "2009-07-07", "Oscar Arias", "CRIGOV"),
    ("Luis Guillermo Solis visited Havana.", "2016-03-14", "Luis Guillermo Solis", "CRIGOV"),
    ("Kadre Desire Ouedraogo flew to Bamako.", "2012-04-05", "Kadre Desire Ouedraogo", "IGOWAFECO"),
    ("Kadre Desire Ouedraogo spoke in Ouagadougou.", "2008-04-05", "Kadre Desire Ouedraogo", "BFAELI"),
])
def test_office_holder_of_a_thinly_covered_region_is_coded_for_the_date(ew, text, pub_date, name, code):
    assert code_of(ew, text, pub_date, name) == code

"""Non-political senses of political verbs in sport, business, disasters, health and culture news, and
the economic-diplomacy phrasings (tariffs, export bans, energy cuts, loans, debt relief, WTO cases) that
must still code. Hand-written sentences."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Brazil thrashed Argentina 3-0 in a World Cup qualifier in Sao Paulo.",
    "Australia crushed New Zealand by eight wickets in Perth.",
    "Real Madrid rejected a bid from Manchester City for their Brazilian winger.",
    "Manchester United rejected an offer from Bayern Munich for their Portuguese winger.",
    "Germany will host Spain in a friendly next month.",
    "Brazil will host Colombia in a World Cup qualifier in Rio.",
    "Brazil's football federation fined Flamengo for crowd trouble.",
    "Argentina's football association fined Boca Juniors after crowd violence.",
    "Sri Lanka's spinners destroyed Bangladesh's batting line-up.",
    "Pakistan's spinners destroyed England's batting on the final day.",
    "Australia retained the Ashes after beating England at Old Trafford.",
    "The Netherlands invaded Qatar with thousands of orange-clad fans.",
    "Morocco knocked Spain out of the World Cup on penalties.",
    "Croatia eliminated Brazil in the quarterfinals.",
    "Ukraine's boxer knocked out his Russian opponent in the fifth round.",
    "Hamilton overtook Verstappen on the final lap in Abu Dhabi.",
])
def test_sport_news_codes_no_event(code, text):
    got = triples(code(text))
    assert not any(c for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Al Nassr signed Cristiano Ronaldo from Manchester United.",
    "Japan's Toyota attacked rivals in its new advertising campaign.",
    "Samsung targeted American shoppers with a new smartphone.",
    "Qatar Airways ordered 50 jets from Boeing.",
    "Emirates ordered 50 jets from Airbus.",
    "Germany's BioNTech sued Moderna over patents.",
    "Germany's Bosch sued Denso over patent infringement.",
    "BP pulled out of its stake in Russia's Rosneft.",
    "Renault pulled out of the Russian market.",
    "Chinese investors seized on cheap Greek assets.",
    "Oil prices hit a record high as Russia cut output.",
    "Saudi Arabia slashed oil prices for Asian buyers.",
    "Turkey's central bank slashed interest rates for the third month in a row.",
    "Microsoft acquired the Israeli cybersecurity firm for 500 million dollars.",
    "Amazon laid off 10,000 workers in the United States and India.",
    "China's exports hit a record in December.",
    "The euro hit a 20-year low against the dollar.",
    "Argentina restructured its debt with bondholders.",
])
def test_business_news_codes_no_event(code, text):
    got = triples(code(text))
    assert not any(c for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Cholera killed 300 people in Yemen this year.",
    "Malaria killed 400 children in Uganda last year.",
    "A collapse at a gold mine in Sudan killed 38 miners.",
    "A stampede at a stadium in Indonesia killed 125 people.",
    "An Indian train collided with a goods train in Odisha, killing 288.",
    "A Chinese cargo ship ran aground in the Suez Canal, blocking traffic.",
    "Typhoon Haiyan battered the Philippines, killing more than 6,000 people.",
    "A magnitude 7.8 earthquake struck southern Turkey and northern Syria.",
    "Storm Ciaran pounded France and Britain with winds of 180 km per hour.",
    "Locusts invaded Kenya and Ethiopia, destroying crops.",
    "The virus attacked the lungs of patients in Wuhan.",
    "The Indian film bombed at the box office in the United States.",
])
def test_disaster_news_codes_no_event(code, text):
    got = triples(code(text))
    assert not any(c for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "The Nigerian comedy bombed at the box office.",
    "The South Korean drama conquered Netflix audiences worldwide.",
    "The Japanese chef invaded London's restaurant scene.",
    "The Italian tenor conquered the Met Opera.",
    "The Italian soprano conquered Vienna with her Tosca.",
    "BTS stormed the charts in Britain and America.",
    "A passenger jet crashed into a mountain in Indonesia.",
    "A Russian tanker collided with a container ship off Singapore.",
])
def test_culture_news_codes_no_event(code, text):
    got = triples(code(text))
    assert not any(c for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    ("Turkey rejected a bid from Sweden to join NATO.", ("TUR", "SWE", "120")),
    ("Egypt hosted Israeli and Palestinian negotiators in Cairo.", ("EGY", "ISR", "043")),
    ("Russia invaded Ukraine in February 2022.", ("RUS", "UKR", "192")),
    ("Iran sued the United States at the International Court of Justice.", ("IRN", "USA", "115")),
    ("Israeli troops killed two Palestinians in Jenin.", ("ISRMIL", "PSE", "190")),
    ("Russian jets bombed a hospital in Aleppo.", ("RUSMIL", "SYRHLH", "195")),
    ("The police slapped a protester in Hong Kong.", ("HKGCOP", "HKGOPP", "175")),
    ("India bought 36 fighter jets from France.", ("IND", "FRA", "062")),
    ("Poland ordered 250 tanks from the United States.", ("POL", "USA", "062")),
    ("Israel destroyed Hamas tunnels in Gaza.", ("ISR", "PSEREB", "190")),
    ("The United States fined Iran's shipping company.", ("USA", "IRNBUS", "116")),
    ("Indian farmers blocked highways to Delhi.", ("INDAGR", None, "144")),
    ("American troops pulled out of Afghanistan.", ("USAMIL", "AFG", "0874")),
])
def test_political_sense_still_codes(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("China retaliated with tariffs on American soybeans.", ("CHN", "USA", "163")),
    ("Mexico retaliated against U.S. steel tariffs with duties on pork.", ("MEX", "USA", "163")),
    ("China froze imports of Taiwanese pineapples.", ("CHN", "TWN", "163")),
    ("The U.S. slapped export controls on China's chipmakers.", ("USA", "CHN", "163")),
    ("China slapped anti-dumping duties on Australian wine.", ("CHN", "AUS", "163")),
    ("Russia cut off electricity supplies to Finland.", ("RUS", "FIN", "163")),
    ("Iran cut off electricity exports to Iraq.", ("IRN", "IRQ", "163")),
    ("Moscow turned off the gas to Ukraine in January 2009.", ("RUSGOV", "UKR", "163")),
    ("Turkmenistan resumed gas exports to Russia.", ("TKM", "RUS", "061")),
    ("Russia resumed gas supplies to Italy.", ("RUS", "ITA", "061")),
    ("China wrote off interest-free loans to 17 African countries.", ("CHN", None, "071")),
    ("China agreed to reschedule Zambia's debt.", ("CHN", "ZMB", "0331")),
    ("China agreed to defer Sri Lanka's debt payments.", ("CHN", "LKA", "0331")),
    ("China lent Argentina 5 billion dollars.", ("CHN", "ARG", "071")),
    ("Beijing offered Sri Lanka a 1 billion dollar credit line.", ("CHNGOV", "LKA", "0331")),
    ("India offered Sri Lanka a credit line of 1 billion dollars.", ("IND", "LKA", "0331")),
    ("Toyota and China's BYD formed a joint venture to build electric cars.", ("JPNBUS", "CHN", "061")),
    ("Saudi Aramco agreed to form a joint venture with China's Norinco.", ("SAUBUS", "CHN", "0311")),
    ("Brazil challenged U.S. cotton subsidies at the World Trade Organization.", ("BRA", "USA", "115")),
    ("China filed a complaint at the WTO over U.S. chip curbs.", ("CHN", "USA", "115")),
    ("The EU took China to the WTO over trade restrictions on Lithuania.", ("IGOEUREEC", "CHN", "115")),
    ("Japan dragged South Korea to the WTO over export curbs.", ("JPN", "KOR", "115")),
    ("China cut tariffs on Japanese goods.", ("CHN", "JPN", "085")),
    ("Ukraine banned Russian goods.", ("UKR", "RUS", "163")),
    ("The United States added Chinese firms to its trade blacklist.", ("USA", "CHNBUS", "163")),
    ("Washington withheld 300 million dollars in military aid from Egypt.", ("USAGOV", "EGY", "1622")),
    ("The United States imposed tariffs of 25 percent on Chinese steel.", ("USA", "CHN", "163")),
    ("Canada slapped retaliatory tariffs on U.S. whiskey and motorcycles.", ("CAN", "USA", "163")),
    ("India banned exports of rice to Bangladesh.", ("IND", "BGD", "163")),
    ("China banned imports of Australian coal.", ("CHN", "AUS", "163")),
    ("Russia halted gas supplies to Bulgaria and Poland.", ("RUS", "BGR", "163")),
    ("The EU imposed sanctions on Belarus over the forced landing of a Ryanair jet.", ("IGOEUREEC", "BLR", "163")),
    ("Washington lifted sanctions on Venezuela's oil sector.", ("USAGOV", "VEN", "085")),
    ("Saudi Arabia pledged to invest 20 billion dollars in Pakistan.", ("SAU", "PAK", "0311")),
    ("France agreed to write off Iraq's debt.", ("FRA", "IRQ", "0331")),
    ("Australia filed a WTO complaint against China over barley tariffs.", ("AUS", "CHN", "115")),
    ("South Korea and Japan agreed to lift export curbs on chip materials.", ("JPN", "KOR", "0354")),
    ("Japan restricted exports of chemicals to South Korea.", ("JPN", "KOR", "163")),
    ("Qatar signed a 27-year gas supply deal with China.", ("QAT", "CHN", "057")),
    ("Kuwait provided Jordan with a 500 million dollar grant.", ("KWT", "JOR", "071")),
    ("Washington threatened to impose tariffs on Mexican goods.", ("USAGOV", "MEX", "1312")),
    ("The EU removed tariffs on Ukrainian goods.", ("IGOEUREEC", "UKR", "085")),
    ("Beijing dropped tariffs on Australian barley.", ("CHNGOV", "AUS", "085")),
    ("Switzerland froze Russian assets worth 7 billion francs.", ("CHE", "RUS", "163")),
    ("The United States unfroze 6 billion dollars of Iranian funds.", ("USA", "IRN", "085")),
    ("South Korea agreed to invest 350 billion dollars in the United States.", ("KOR", "USA", "0311")),
    ("Kazakhstan halted wheat exports to Afghanistan.", ("KAZ", "AFG", "163")),
    ("Saudi Arabia halted oil shipments to Lebanon.", ("SAU", "LBN", "163")),
])
def test_economic_diplomacy(code, text, expected):
    got = triples(code(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Prime Minister Mark Carney said Ottawa would fight these tariffs with countermeasures.",
    "The opposition vowed to fight the new law.",
])
def test_fighting_a_measure_is_no_use_of_force(code, text):
    assert not any(e.cameo.startswith(("19", "138")) for e in code(text, "2025-04-04"))

"""Probe of diplomatic and material cooperation (CAMEO roots 03-08), round 2: visits and port
calls, talks and calls in several phrasings, mediation, praise, signing in headlines and passives,
economic and military cooperation, aid packages and donations, named weapon systems, asylum,
releases and returns, lifted bans, access granted to aid and inspectors, and intents to do these
(offers to a dative, agreements to release, hand power back). Sentences written for this probe;
none is taken from an evaluation set or the CAMEO manual."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ("The Indonesian president paid a state visit to South Korea in 2022.", ("IDNGOV", "KOR", "042")),
    ("Vietnam's prime minister arrived in Canberra for a three-day official visit.", ("VNMGOV", "AUS", "042")),
    ("Mongolia's president is set to visit Tokyo later this month.", ("MNGGOV", "JPNGOV", "042")),
    ("The visit by the Turkish president to Athens in 2023 eased tensions.", ("TURGOV", "GRCGOV", "042")),
    ("The Kenyan president played host to the Ethiopian prime minister in Nairobi.", ("KENGOV", "ETHGOV", "043")),
    ("Kazakhstan's president received the Chinese envoy on Monday.", ("KAZGOV", "CHNGOV", "043")),
    ("The Turkish foreign minister made a surprise trip to Damascus.", ("TURGOV", "SYRGOV", "042")),
    ("A U.S. aircraft carrier made a port call in Da Nang in 2018.", ("USAMIL", "VNM", "042")),
    ("The Chinese navy's port call in Colombo angered India.", ("CHNMIL", "LKA", "042")),
    ("A Chinese destroyer docked in Karachi for a goodwill visit.", ("CHNMIL", "PAK", "042")),
])
def test_visits_and_hosting(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("The Colombian president held a phone call with his Venezuelan counterpart on Friday.", ("COLGOV", "VENGOV", "041")),
    ("The Egyptian foreign minister spoke by phone with his Jordanian counterpart.", ("EGYGOV", "JORGOV", "041")),
    ("The Chinese foreign minister had a video call with his Russian counterpart.", ("CHNGOV", "RUSGOV", "041")),
    ("A phone call between Biden and Xi on Tuesday focused on Taiwan.", ("USAGOV", "CHNGOV", "041")),
    ("The meeting between Putin and Kim Jong Un in Vladivostok lasted three hours.", ("RUSGOV", "PRKGOV", "040")),
    ("Thai and Cambodian officials negotiated over the border on Wednesday.", ("THAGOV", "KHMGOV", "046")),
    ("Blinken sat down for talks with Wang Yi in Beijing.", ("USAGOV", "CHNGOV", "046")),
    ("Putin, Xi hold talks in Beijing", ("RUSGOV", "CHNGOV", "046")),
    ("Oman facilitated indirect talks between Tehran and Washington.", ("OMN", "USAGOV", "045")),
    ("The Vatican acted as a mediator between Moscow and Kyiv.", ("VAT", "UKRGOV", "045")),
    ("Iraq hosted talks between Saudi Arabia and Iran in 2021.", ("IRQ", "IRN", "045")),
])
def test_calls_meetings_and_mediation(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("The Ghanaian president lauded Morocco for its support.", ("GHAGOV", "MAR", "051")),
    ("China threw its weight behind Pakistan's bid.", ("CHN", "PAK", "051")),
    ("Japan, Philippines sign defence pact", ("JPN", "PHL", "057")),
    ("Uzbekistan and Tajikistan signed a memorandum of understanding on water sharing.", ("UZB", "TJK", "057")),
    ("The signing of a defence pact between Japan and Australia in 2022 angered China.", ("JPN", "AUS", "057")),
    ("The agreement was signed by Israel and the UAE in Washington.", ("ISR", "ARE", "057")),
    ("Nepal and India inked a power trade deal.", ("NPL", "IND", "057")),
    ("Cuba and the United States exchanged ambassadors in 2015.", ("CUB", "USA", "050")),
    ("Cuba exchanged ambassadors with the United States in 2015.", ("CUB", "USA", "050")),
])
def test_praise_signing_and_ties(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("Egypt and Greece agreed to cooperate on energy.", ("EGY", "GRC", "0311")),
    ("Argentina and Chile agreed to build a gas pipeline.", ("ARG", "CHL", "0311")),
    ("Argentina and Chile agree to build joint gas pipeline", ("ARG", "CHL", "0311")),
    ("Russia offered India a discount on crude oil.", ("RUS", "IND", "0311")),
    ("Washington has signed off on the sale of F-16 jets to Turkey.", ("USAGOV", "TUR", "062")),
    ("Congress signed off on the sale of fighter jets to Taiwan.", ("USALEG", "TWN", "062")),
    ("The Japanese defence ministry shared radar data with South Korea.", ("JPNMIL", "KOR", "064")),
    ("Morocco tipped off Spain about the plot.", ("MAR", "ESP", "064")),
    ("Paris agreed to extradite the former minister to Algeria.", ("FRAGOV", "DZA", "0313")),
])
def test_material_cooperation(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    ("Kuwait donated $50 million to UNRWA.", ("KWT", "IGOUNO", "071")),
    ("The United States is set to approve a $2 billion aid package for Ukraine.", ("USA", "UKR", "070")),
    ("Tokyo announced a $5 billion loan package for Kenya.", ("JPNGOV", "KEN", "0331")),
    ("Congress approved a $1 billion weapons package for Taiwan.", ("USALEG", "TWN", "072")),
    ("The US unveiled a new $400 million weapons package for Ukraine.", ("USA", "UKR", "0332")),
    ("South Korea extends $1 billion loan to Ethiopia", ("KOR", "ETH", "071")),
    ("Britain sent Javelins to Ukraine in January 2022.", ("GBR", "UKR", "072")),
    ("Ukraine received two Patriot systems from Germany.", ("DEU", "UKR", "072")),
    ("Kenya got 2 million vaccine doses from China.", ("CHN", "KEN", "073")),
    ("India plans to send wheat to Afghanistan via Pakistan.", ("IND", "AFG", "073")),
    ("Germany helped Ukraine repair its power grid.", ("DEU", "UKR", "070")),
    ("Rwanda deployed peacekeepers to the Central African Republic in 2014.", ("RWA", "CAF", "074")),
    ("Switzerland granted political asylum to a former Turkish judge.", ("CHE", "TURELI", "075")),
])
def test_aid(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


def test_peacekeepers_led_into_a_country(code):
    got = triples(code("Australia led a peacekeeping force into East Timor in 1999.", pub_date="1999-12-01"))
    assert ("AUS", "TLS", "074") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Russia released 20 Ukrainian prisoners.", ("RUS", "UKR", "0841")),
    ("Caracas freed six Americans after talks with Washington.", ("VENGOV", "USA", "0841")),
    ("Nigeria's military released 30 suspected Boko Haram members.", ("NGAMIL", "NGAREB", "0841")),
    ("France returned looted artefacts to Benin in 2021.", ("FRA", "BEN", "0842")),
    ("Washington lifted a ban on arms sales to Vietnam in 2016.", ("USAGOV", "VNM", "085")),
    ("China scrapped its tariffs on Australian barley in 2023.", ("CHN", "AUS", "085")),
    ("Ankara lifted its veto on Sweden's NATO membership.", ("TURGOV", "SWE", "080")),
    ("The Kremlin allowed the opposition leader to travel abroad.", ("RUSGOV", "RUSOPP", "081")),
    ("Iran allowed the IAEA to reinstall cameras.", ("IRN", "IGOUNO", "0862")),
    ("Damascus allowed the UN to send aid convoys through Bab al-Hawa.", ("SYRGOV", "IGOUNO", "0863")),
    ("Syria's government reopened border crossings to allow aid into rebel-held areas.", ("SYRGOV", "SYRREB", "0863")),
    ("The M23 rebels withdrew from Goma in 2012.", ("CODREB", "COD", "0874")),
])
def test_yielding(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text,expected", [
    # a release with no named party is still what was agreed to: the intent, not a release
    ("Russia agreed to release the prisoners.", ("RUS", None, "0353")),
    ("Russia has agreed to release 20 prisoners of war, the ministry said.", ("RUS", None, "0353")),
    ("Cuba agreed to exchange ambassadors with the United States.", ("CUB", "USA", "032")),
    ("Japan will offer Vietnam six patrol vessels.", ("JPN", "VNM", "0332")),
    ("The Pentagon said it would deliver more HIMARS to Kyiv.", ("USAMIL", "UKRGOV", "0332")),
    ("The EU promised Moldova 1.8 billion euros in support.", ("IGOEUREEC", "MDA", "0331")),
    ("Australia announced it would give Papua New Guinea 200 million dollars for policing.", ("AUS", "PNG", "0331")),
    ("Seoul vowed to step up military cooperation with Washington.", ("KORGOV", "USAGOV", "0312")),
    ("Brazil committed to buying more Chinese goods.", ("BRA", "CHN", "0311")),
    ("Mali's junta pledged to hand power back to civilians.", ("MLIGOV", None, "0341")),
    ("Turkey said it was prepared to send peacekeepers to Gaza.", ("TUR", "PSE", "0334")),
    ("Israel pledged to let more aid trucks into Gaza.", ("ISR", "PSE", "0355")),
    ("Belgrade expressed readiness to resume dialogue with Pristina.", ("SRBGOV", "XKXGOV", "036")),
    ("Erdogan invited Putin to visit Turkey.", ("TURGOV", "RUSGOV", "036")),
])
def test_intents(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


def test_power_handed_back(code):
    got = triples(code("The Thai military handed power back to an elected government in 2019.", pub_date=DATE))
    assert ("THAMIL", None, "0831") in got, got


@pytest.mark.parametrize("text", [
    "The club released the striker at the end of the season.",
    "Apple released a new phone in September.",
    "The billionaire donated $5 million to Harvard.",
    "The company lifted a ban on sales to minors.",
    "The retailer offered shoppers a discount on fuel.",
    "The board approved a pay package for the chief executive.",
    "The coach allowed the players to leave early.",
])
def test_non_political_senses(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not {t for t in got if t[2][:2] in ("03", "06", "07", "08")}, got


@pytest.mark.parametrize("text", [
    # help with no named recipient is no aid ("helped broker the truce")
    "Egypt helped broker the truce.",
    "Norway helped negotiate the Oslo Accords.",
])
def test_help_needs_a_recipient(code, text):
    got = triples(code(text, pub_date=DATE))
    assert not {t for t in got if t[2] == "070"}, got

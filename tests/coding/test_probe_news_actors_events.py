"""Events whose actors are names and unnamed groups the knowledge base used to miss: IGOs and
courts, NGOs, armed groups of the 2010s-2020s, unnamed aid groups and hackers, and office holders
such as spokespeople and UN officials. Sentences written for this probe; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-06-10"


@pytest.mark.parametrize("text,expected", [
    ("The Taiwan Affairs Office condemned the Taiwanese president's speech.", ("CHNGOV", "TWNGOV", "111")),
    ("Aid groups accused Israel of blocking convoys to northern Gaza.", ("NGO", "ISR", "112")),
    ("Aid agencies urged Sudan's army to reopen the crossing.", ("NGO", "SDNMIL", "0251")),
    ("Russian hackers attacked Ukraine's power grid.", ("RUS", "UKR", "190")),
    ("The MEK accused Tehran of executing dissidents.", ("IRNOPP", "IRNGOV", "1122")),
    ("Jaish al-Adl fighters killed five Iranian police officers.", ("IRNREB", "IRNCOP", "190")),
    ("CPC rebels ambushed Russian instructors near Bambari.", ("CAFREB", "RUS", "190")),
    ("The FARDC attacked M23 positions near Goma.", ("CODMIL", "CODREB", "190")),
    ("The Venice Commission urged Georgia to withdraw the law.", ("IGOEURCOE", "GEO", "0242")),
    ("The Pacific Islands Forum urged Japan to halt the discharge.", ("IGOPACPIF", "JPN", "020")),
    ("Francesca Albanese accused Israel of genocide.", ("IGOUNO", "ISR", "1124")),
    ("Dmytro Lubinets accused Russia of executing prisoners of war.", ("UKRGOV", "RUS", "1122")),
    ("Xie Feng warned Washington over its chip controls.", ("CHNGOV", "USAGOV", "130")),
    ("The Inter-American Commission on Human Rights criticised Nicaragua.", ("IGOAMROAS", "NIC", "111")),
    ("Russia's Security Council accused the West of plotting a provocation.", ("RUSGOV", None, "112")),
    ("Myanmar's shadow government urged ASEAN to expel the generals.", ("MMROPP", "IGOSEAASN", "020")),
    ("The Tibetan government-in-exile criticised Beijing over the boarding schools.", ("CHNOPP", "CHNGOV", "111")),
    ("Dissident republicans in Northern Ireland shot a police officer.", ("GBRREB", "GBRCOP", "193")),
    ("SICA condemned the coup attempt in Guatemala.", ("IGOCAMSIC", "GTM", "111")),
    ("MNJTF troops killed Boko Haram fighters near Lake Chad.", ("IGOWAFLCB", "NGAREB", "190")),
    ("The Islamic Development Bank lent money to Pakistan.", ("IGOMOSIDB", "PAK", "071")),
    # occupational and social groups
    ("Civil servants in Nigeria went on strike.", ("NGALAB", None, "143")),
    ("Pensioners in Argentina protested against Milei.", ("ARGCVL", "ARGGOV", "141")),
    ("Cartel members in Mexico killed a journalist.", ("MEXCRM", "MEXMED", "190")),
    ("Healthcare workers in Gaza accused Israel of attacking hospitals.", ("PSEHLH", "ISR", "1123")),
    # peace operations and naval missions
    ("Operation Aspides destroyed a Houthi drone over the Red Sea.", ("IGOEUREEC", "YEMREB", "190")),
    ("SAMIDRC troops clashed with M23 rebels near Goma.", ("IGOSAFSAD", "CODREB", "190")),
    ("The G5 Sahel force killed militants in Burkina Faso.", ("IGOWAF", "BFAREB", "190")),
    ("The OSCE Minsk Group urged Armenia and Azerbaijan to resume talks.", ("IGOEUROSC", "ARM", "026")),
])
def test_news_actor_events(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got

"""Probe of material cooperation, concessions and sanctions (CAMEO 06x, 07x, 08x, 16x, 17x and
their 4-digit sub-codes) as wire copy phrases them: easing emergency rule, admitting inspectors and
aid, demobilising, returning bodies, lifting trade bans; cutting aid, expelling organisations and
diplomats, halting talks and mediation. Sentences written for this probe; none is taken from an
evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    # 0814: emergency rule relaxed or repealed (the measure named by its compound)
    ("The Egyptian government relaxed emergency regulations in the Sinai.", ("EGYGOV", "EGY", "0814")),
    ("Tunisia repealed the emergency law.", ("TUN", None, "0814")),
    ("Russia eased emergency measures in Chechnya.", ("RUS", "RUSCVL", "0814")),
    # 0811: a march or vigil allowed
    ("Police in Hong Kong permitted a march by pro-democracy groups.", ("HKGCOP", "HKG", "0811")),
    # 0862: inspectors admitted
    ("North Korea admitted international inspectors to its Yongbyon reactor.", ("PRK", None, "0862")),
    ("Iran permitted UN inspectors to enter the country.", ("IRN", "IGOUNO", "0862")),
    # 0863: aid let in, the agency's convoys named
    ("The Syrian government allowed UN aid convoys into Aleppo.", ("SYRGOV", "IGOUNO", "0863")),
    # 0873: fighters demobilised
    ("The rebels in Colombia decommissioned 1,000 fighters.", ("COLREB", None, "0873")),
    # 0841: bodies handed back
    ("Israel handed back the bodies of three Palestinians.", ("ISR", "PSE", "0841")),
    # 085: a trade ban lifted, the goods' origin the target
    ("China lifted its ban on Australian wine.", ("CHN", "AUS", "085")),
    ("Russia lifted the ban on Georgian wine imports.", ("RUS", "GEO", "085")),
    ("Beijing lifted its unofficial ban on Australian coal.", ("CHNGOV", "AUS", "085")),
    ("China lifted restrictions on Japanese seafood imports.", ("CHN", "JPN", "085")),
    # 081 stays for restrictions on travel
    ("The US eased restrictions on travel to Cuba.", ("USA", "CUB", "081")),
])
def test_yielding(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 1623: rations cut
    ("The WFP halved rations for Syrian refugees in Jordan.", ("IGOUNO", "SYRREF", "1623")),
    ("The World Food Programme reduced food rations for Rohingya refugees in Bangladesh.", ("IGOUNO", "MMRREF", "1623")),
    # 163: energy cut off
    ("Israel cut off fuel to Gaza.", ("ISR", "PSE", "163")),
    ("Israel halted the supply of electricity to Gaza.", ("ISR", "PSE", "163")),
    # 162: aid budget cut; a freeze on aid, named as a noun
    ("Britain slashed its aid budget for Yemen.", ("GBR", "YEM", "162")),
    ("The EU announced a freeze on aid to the Palestinian Authority.", ("IGOEUREEC", "PSEGOV", "162")),
    ("Washington's suspension of aid to Niger angered the junta.", ("USAGOV", "NER", "162")),
    # 166: foreign troops and organisations ordered or forced out (not a mass expulsion, 201)
    ("Mali ordered French troops to leave the country.", ("MLI", "FRAMIL", "166")),
    ("Niger told French soldiers to leave by the end of the year.", ("NER", "FRAMIL", "166")),
    ("Russia drove out the British Council from Moscow.", ("RUS", "GBR", "166")),
    ("Mali forced the UN mission out of the country.", ("MLI", "IGOUNO", "166")),
    # 1662 / 1663
    ("Russia forced out the OSCE monitors.", ("RUS", "IGOEUROSC", "1662")),
    ("Sudan forced out the aid agencies from Darfur.", ("SDN", "NGO", "1663")),
    # 161: a consulate closed; a visit called off
    ("Russia closed the US consulate in Vladivostok.", ("RUS", "USAGOV", "161")),
    ("The United States closed the Chinese consulate in Houston.", ("USA", "CHNGOV", "161")),
    ("China called off the visit of the Czech senate speaker.", ("CHN", "CZELEG", "161")),
    # 165: a mediating role ended
    ("Egypt ended its mediation role in Gaza.", ("EGY", "PSE", "165")),
    # mass expulsion of people stays 201
    ("Israeli forces drove Palestinians out of their homes.", ("ISRMIL", "PSE", "201")),
])
def test_reducing_relations(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 0841: early release
    ("Cuba's government granted early release to 127 inmates.", ("CUBGOV", "CUB", "0841")),
    # 0811: communications restored
    ("Ethiopia restored phone and internet services in Tigray.", ("ETH", None, "0811")),
    # 086 / 0861: a UN office and foreign troops accepted
    ("Venezuela accepted a UN human rights office in Caracas.", ("VEN", "IGOUNO", "086")),
    ("South Sudan accepted the deployment of 4,000 regional troops.", ("SSD", None, "0861")),
    # 0863: aid across a border
    ("The Sudanese government allowed aid deliveries across the Chad border.", ("SDNGOV", None, "0863")),
    # 0874: villages ceded
    ("Armenian prime minister Pashinyan ceded four villages to Azerbaijan.", ("ARMGOV", "AZE", "0874")),
    # 0831: power handed over (a particle verb whose object follows the particle)
    ("The junta in Mali handed over power to a civilian government.", ("MLIGOV", None, "0831")),
    ("Mali's junta handed over power.", ("MLIGOV", None, "0831")),
])
def test_yielding_more(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 1621: a sum of budget support withheld; contributions no longer paid (071 wrapped by halt)
    ("Washington suspended $100 million in budget support to Mali.", ("USAGOV", "MLI", "1621")),
    ("Germany has stopped paying its contribution to UNRWA.", ("DEU", "IGOUNO", "1621")),
    ("Norway paid its annual contribution to UNRWA.", ("NOR", "IGOUNO", "071")),
    # 1622: arms export licences suspended
    ("Canada suspended arms export permits to Israel.", ("CAN", "ISR", "1622")),
    ("Britain suspended 30 arms export licences to Israel.", ("GBR", "ISR", "1622")),
    # 1623: food distribution suspended
    ("The WFP suspended food distribution in northern Ethiopia.", ("IGOUNO", "ETH", "1623")),
    # 166 / 161: staff or diplomats pulled out of a country (not a military retreat, 0874)
    ("The UN pulled its international staff out of Afghanistan.", ("IGOUNO", "AFG", "166")),
    ("Britain pulled its diplomats out of Sudan.", ("GBR", "SDN", "161")),
    # 163: export controls placed
    ("China placed export controls on the United States.", ("CHN", "USA", "163")),
])
def test_reducing_relations_more(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 063: a suspected spy handed over
    ("Germany handed over a suspected spy to the United States.", ("DEU", "USA", "063")),
    # 072: a sum in weapons
    ("Washington approved $300 million in new weapons for Kyiv.", ("USAGOV", "UKRGOV", "072")),
    # "Gazan" is Palestinian
    ("Qatar funded the salaries of Gazan civil servants.", ("QAT", "PSELAB", "071")),
])
def test_aid_and_cooperation(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 0811: a ban on protests lifted
    ("Algeria lifted the ban on protests in the capital.", ("DZA", None, "0811")),
    # 0841: a prisoner swap completed (one giver's side; see the report on reciprocal exchanges)
    ("Iran and the US completed a prisoner swap.", ("IRN", "USA", "0841")),
    # 0842: villages returned
    ("Armenia returned eight villages to Azerbaijan.", ("ARM", "AZE", "0842")),
    # 0871: a ceasefire proposal accepted
    ("Hamas said it had accepted the ceasefire proposal.", ("PSEREB", None, "0871")),
])
def test_yielding_exchanges(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 070 / 071: aid and funding resumed or restored
    ("Germany resumed aid to Niger.", ("DEU", "NER", "070")),
    ("Italy restored funding to UNRWA.", ("ITA", "IGOUNO", "071")),
    ("Sweden resumed development aid to Mali.", ("SWE", "MLI", "071")),
    # 163: tax revenues withheld
    ("Israel withheld tax revenues from the Palestinian Authority.", ("ISR", "PSEGOV", "163")),
    # 166: an organisation's activities suspended; parties' stay 1722
    ("Burkina Faso suspended the activities of Human Rights Watch.", ("BFA", "NGOHRI", "166")),
    ("Mali's junta suspended the activities of political parties.", ("MLIGOV", None, "1722")),
    # 164: negotiators recalled
    ("Israel recalled its negotiators from Doha.", ("ISR", None, "164")),
])
def test_relations_resumed_or_cut(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 1711: control of a company or outlet seized (not a capture of territory, 192)
    ("Venezuela took control of the Exxon refinery.", ("VEN", "USABUS", "1711")),
    ("Hungary's government took control of the independent media.", ("HUNGOV", "HUNMED", "1711")),
    ("Russian forces seized control of the town of Avdiivka.", ("RUSMIL", "UKR", "192")),
    # expulsion as a noun: of inspectors 1662, aid agencies 1663, a mission or officials 166,
    # diplomats 161; never the deportation of individuals (174) or a mass expulsion (201)
    ("Iran's expulsion of IAEA inspectors alarmed Western capitals.", ("IRN", "IGOUNO", "1662")),
    ("Sudan's expulsion of aid agencies drew condemnation.", ("SDN", "NGO", "1663")),
    ("Burundi's expulsion of the UN mission was criticised.", ("BDI", "IGOUNO", "166")),
    ("Ethiopia announced the expulsion of seven UN officials.", ("ETH", "IGOUNO", "166")),
    ("Russia's expulsion of 15 Moldovan diplomats was condemned by Chisinau.", ("RUS", "MDAGOV", "161")),
    ("Guatemala expelled the UN anti-corruption commission.", ("GTM", "IGOUNO", "166")),
    ("Burundi kicked out the UN human rights investigators.", ("BDI", "IGOUNO", "1662")),
])
def test_seizures_and_expulsions(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got
    assert not any(c.startswith("201") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # 062 / 072: arms sales or deliveries resumed (halting them stays 1622)
    ("Germany resumed arms exports to Saudi Arabia.", ("DEU", "SAU", "062")),
    ("The US resumed weapons shipments to Israel.", ("USA", "ISR", "072")),
    ("Germany halted arms exports to Saudi Arabia.", ("DEU", "SAU", "1622")),
    # 0842: archives handed over, particle first or last
    ("Iraq handed over the Saddam-era archives to Kuwait.", ("IRQ", "KWT", "0842")),
    ("Iraq handed the archives over to Kuwait.", ("IRQ", "KWT", "0842")),
    # 085: frozen reserves released (not an unblocked website, 0811)
    ("The United States unblocked $1.5 billion in Afghan central bank reserves.", ("USA", "AFGGOV", "085")),
    ("South Korea released $6 billion in frozen Iranian funds.", ("KOR", "IRN", "085")),
])
def test_resumed_and_returned(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 160: ending or suspending a standing pact reduces relations (rejecting a proposal stays 127)
    ("Chad ended its defence pact with France.", ("TCD", "FRA", "160")),
    ("India suspended the Indus Waters Treaty with Pakistan.", ("IND", "PAK", "160")),
    ("Russia rejected the peace plan proposed by Kyiv.", ("RUS", "UKRGOV", "127")),
    # 1623: aid convoys kept out
    ("Israel blocked aid convoys from entering northern Gaza.", ("ISR", None, "1623")),
    # KB: the FCDO is the British government
    ("Britain's FCDO said it had cut aid to Rwanda.", ("GBRGOV", "RWA", "162")),
])
def test_pacts_and_blocked_aid(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # 163: trade ties cut (diplomatic ties stay 161)
    ("Turkey cuts trade ties with Israel", ("TUR", "ISR", "163")),
    ("Saudi Arabia severed diplomatic ties with Iran.", ("SAU", "IRN", "161")),
    # received from: the giver is the source
    ("Lebanon received fuel from Iraq.", ("IRQ", "LBN", "073")),
    ("Gaza received food aid from Jordan.", ("JOR", "PSE", "073")),
    ("Poland received Patriot batteries from the United States.", ("USA", "POL", "072")),
])
def test_trade_ties_and_receipts(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # sanctions whose target only a participle on the object names ("sanctions targeting X")
    ("The EU adopted new sanctions targeting Russia's banking sector.", ("IGOEUREEC", "RUS", "163")),
    ("The US imposed sanctions targeting Hezbollah financiers in Lebanon.", ("USA", "LBNREB", "163")),
    ("Brussels imposed sanctions and new measures targeting Belarus's potash exports.", ("IGOEUREEC", "BLR", "163")),
])
def test_sanctions_aimed_by_a_participle(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # tariffs announced, introduced or adopted, as well as imposed
    ("Beijing announced tariffs of up to 20% on Australian barley on Monday.", ("CHNGOV", "AUS", "163")),
    ("The EU introduced duties on Chinese electric cars.", ("IGOEUREEC", "CHN", "163")),
    ("India unveiled new tariffs on American almonds and apples.", ("IND", "USA", "163")),
    # the tariff as a noun: its owner or national adjective is the source
    ("Washington's tariffs on Mexican tomatoes took effect on Friday.", ("USAGOV", "MEX", "163")),
    ("U.S. levies on Canadian lumber were doubled last year.", ("USA", "CAN", "163")),
    ("Japan's surcharge on South Korean steel took effect in July.", ("JPN", "KOR", "163")),
    # an export-control list, like an entity list
    ("Beijing put six Japanese firms on its export control list.", ("CHNGOV", "JPNBUS", "163")),
])
def test_tariffs_announced_or_named_and_export_control_lists(code, text, expected):
    assert expected in triples(code(text, pub_date=DATE))


@pytest.mark.parametrize("text", [
    "Farmers say tariffs on fertiliser have raised their costs.",
    "A tariff on imported steel would hurt carmakers, economists said.",
])
def test_a_tariff_on_goods_of_no_named_country_is_no_event(code, text):
    assert not any(e.cameo == "163" for e in code(text, pub_date=DATE))

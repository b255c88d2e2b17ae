"""Probe of verbal acts in reported speech and nominal form (CAMEO 01x, 02x, 10x-14x, 16x): the
source as possessor, national adjective or by-phrase of a speech-act noun ("Prague's summoning of
the Russian ambassador", "a Palestinian appeal to the Security Council for protection", "the
withdrawal of the Algerian ambassador from Paris"), passives, a speaker who tells an audience what
another party must or should do, allegations of an actor's act, and opinions with no verb of
judgement, which are no event. Sentences written for this probe; none is taken from an evaluation
set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,expected", [
    # 01x
    ("The Kremlin declined to comment on the report about Wagner fighters in Mali.", ("RUSGOV", None, "011")),
    ("Pakistan refused to comment on the Indian allegations.", ("PAK", "IND", "011")),
    ("The Taliban claimed responsibility for the attack on the Pakistani checkpoint.", ("AFGREB", "PAK", "015")),
    ("Hamas denied involvement in the kidnapping of the three Israeli teenagers.", ("PSEREB", "ISR", "016")),
    ("India's condolences to Nepal after the plane crash were delivered by the foreign minister.", ("IND", "NPL", "018")),
    ("The Kenyan police acknowledged responsibility for the deaths of the protesters.", ("KENCOP", "KENOPP", "015")),
    ("The Malaysian government voiced optimism about the talks with Singapore.", ("MYSGOV", "SGP", "013")),
    ("Germany is weighing sanctions against Iran.", ("DEU", "IRN", "014")),
    # not commenting: the negation is part of the act, which is asserted
    ("The Pentagon did not comment on the Russian claims.", ("USAMIL", "RUS", "011")),
    ("The Pentagon did not comment.", ("USAMIL", None, "011")),
])
def test_statements(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Sudan's appeal for food aid from the international community went largely unanswered.", ("SDN", None, "0233")),
    ("A Turkish call for talks between Armenia and Azerbaijan was welcomed in Baku.", ("TUR", "ARM", "026")),
    ("Poland sought the extradition of a Ukrainian suspect from Germany.", ("POL", "DEU", "0213")),
    # what is asked for: air-defence systems, heavy weapons, debt relief
    ("Kyiv's plea for more Patriot systems from Washington was answered.", ("UKRGOV", "USAGOV", "0232")),
    ("Ukraine's call for more air defence systems from Germany was heard in Berlin.", ("UKR", "DEU", "0232")),
    ("Ethiopia's request for debt relief from China was granted.", ("ETH", "CHN", "0231")),
    ("Zambia asked China for debt relief.", ("ZMB", "CHN", "0231")),
    # an appeal to or on a party, as a noun
    ("The Palestinian appeal to the UN Security Council for protection was blocked.", ("PSE", "IGOUNO", "0234")),
    ("Greece's call on Turkey to stop violating its airspace was ignored.", ("GRC", "TUR", "020")),
    ("Egypt's appeal to Ethiopia to delay filling the dam went unheeded.", ("EGY", "ETH", "020")),
    # passives
    ("Syria was urged by Russia to allow aid convoys into Idlib.", ("RUS", "SYR", "0255")),
    ("Tehran was asked by the IAEA to explain the uranium traces.", ("IGOUNO", "IRNGOV", "020")),
    # reported appeals told to an audience
    ("The Chilean president told a news conference that Bolivia should return to talks.", ("CHLGOV", "BOL", "026")),
    ("Seoul said Pyongyang should return to the negotiating table.", ("KORGOV", "PRKGOV", "026")),
])
def test_appeals(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Israel's demands for the release of the hostages held by Hamas continued.", ("ISR", "PSEREB", "1053")),
    ("Moscow insisted that NATO withdraw its forces from Eastern Europe.", ("RUSGOV", "IGOWSTNAT", "1056")),
    ("Ankara said Stockholm must extradite the Kurdish activists.", ("TURGOV", "SWEGOV", "1013")),
    ("Thai protesters demanded the resignation of the prime minister.", ("THAOPP", "THAGOV", "1041")),
    # a demand told to reporters, parliament or the other leader: the party that must act is the target
    ("Lithuania's foreign minister told reporters that Belarus must release all political prisoners.",
     ("LTUGOV", "BLR", "1053")),
    ("The Qatari emir told the UN General Assembly that Israel must lift the siege of Gaza.", ("QATGOV", "ISR", "1056")),
    ("The American ambassador told the Security Council that Iran must stop arming the Houthis.",
     ("USAGOV", "IRN", "102")),
    ("Macron told Putin that Russia must withdraw its troops from Ukraine.", ("FRAGOV", "RUS", "1056")),
    ("The Turkish president told his ruling party that Sweden must act against Kurdish militants.",
     ("TURGOV", "SWE", "100")),
])
def test_demands(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The minister told reporters that the economy must grow faster.",
    "Erdogan told reporters that he must consult parliament first.",
    "The Israeli army told residents that they must leave northern Gaza.",
])
def test_no_demand_without_another_party_to_act(code, text):
    assert not any(c[:2] in ("02", "10") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("Beijing's condemnation of the Japanese defence white paper was swift.", ("CHNGOV", "JPN", "111")),
    ("The Indian denunciation of the Pakistani strikes came within hours.", ("IND", "PAK", "111")),
    ("A Saudi condemnation of the Israeli raid on Jenin was issued on Monday.", ("SAU", "ISR", "111")),
    ("Canada was criticised by India over the killing of the Sikh separatist.", ("IND", "CAN", "111")),
    ("Serbia was slammed by Croatia over the arrest of a Croatian citizen.", ("HRV", "SRB", "111")),
    ("Iraq was accused by Turkey of harbouring PKK militants.", ("TUR", "IRQ", "112")),
    ("Russia stands accused by Ukraine of deporting children.", ("UKR", "RUS", "112")),
    ("Greek accusations that Turkey violated its airspace have multiplied.", ("GRC", "TUR", "112")),
    # allegations of an actor's act: the actor is accused, the act is no event
    ("Israeli allegations of Iranian arms smuggling to Hezbollah were repeated on Tuesday.", ("ISR", "IRN", "112")),
    ("Moscow's accusations of Ukrainian sabotage at the pipeline were dismissed in Kyiv.", ("RUSGOV", "UKR", "1122")),
    # opposing a party's act
    ("China firmly opposed the American arms sale to Taiwan.", ("CHN", "USA", "110")),
    ("The Chinese foreign ministry said it firmly opposed the American arms sale to Taiwan.", ("CHNGOV", "USA", "110")),
    ("Moscow opposed Finland's accession to NATO.", ("RUSGOV", "FIN", "110")),
    ("Vietnam's objection to the Chinese survey ship was delivered to the Chinese embassy.", ("VNM", "CHN", "110")),
    # official complaints, summonses, lawsuits
    ("The Chinese embassy lodged a protest with Lithuania over the Taiwanese office.", ("CHNGOV", "LTU", "114")),
    ("The summoning of the Russian envoy by Prague came after the explosion revelations.", ("CZEGOV", "RUSGOV", "114")),
    ("Prague's summoning of the Russian ambassador was expected.", ("CZEGOV", "RUSGOV", "114")),
    ("The Armenian ambassador was summoned by Azerbaijan's foreign ministry.", ("AZEGOV", "ARMGOV", "114")),
    ("Serbia's complaint against Kosovo was discussed at the Council of Europe.", ("SRB", "XKX", "114")),
    ("Manila's diplomatic protest against Chinese water cannon use was lodged on Saturday.", ("PHLGOV", "CHN", "114")),
    ("The Philippines' diplomatic protest to China over the Second Thomas Shoal incident was its 50th this year.",
     ("PHL", "CHN", "114")),
    ("Ukraine's lawsuit against Russia at the ICJ accuses Moscow of genocide.", ("UKR", "RUS", "115")),
    ("Israel was sued by South Africa at the International Court of Justice in 2023.", ("ZAF", "ISR", "115")),
    ("Kenya took Uganda to the East African Court of Justice.", ("KEN", "UGA", "115")),
])
def test_disapproval(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The court ordered the summoning of three witnesses.",
    "A complaint against the police was filed by the victim's family.",
    "The allegations of corruption against the minister were dropped.",
    "Allegations of Russian shelling near the plant were investigated.",  # the alleged act is content
])
def test_no_disapproval_or_force_without_parties(code, text):
    assert not any(c[:2] in ("11", "19") for _, _, c in triples(code(text)))


@pytest.mark.parametrize("text,expected", [
    ("The EU's rejection of the Chinese offer came as no surprise.", ("IGOEUREEC", "CHN", "120")),
    ("Kyiv's rejection of talks with Moscow was criticised by Budapest.", ("UKRGOV", "RUSGOV", "125")),
    ("The Russian rejection of the peace proposal surprised nobody.", ("RUS", None, "127")),
    ("Ukraine rejected the Chinese peace plan.", ("UKR", "CHN", "127")),
    ("Tehran rejected the American offer of talks.", ("IRNGOV", "USA", "125")),
    ("Lithuania's refusal to lift the transit restrictions on Kaliningrad angered Moscow.", ("LTU", "RUS", "1241")),
    ("Jordan's refusal to host the summit was a blow to Washington.", ("JOR", None, "125")),
    ("North Korea rebuffed Japan's request for a summit.", ("PRK", "JPN", "125")),
    ("Britain refused Argentina's request to negotiate over the Falklands.", ("GBR", "ARG", "125")),
    ("The Ethiopian government spurned African Union mediation efforts.", ("ETHGOV", "IGOAFRAFU", "126")),
    # brushing aside a call: a refusal of what it asks
    ("Moscow brushed aside Western calls for a ceasefire.", ("RUSGOV", None, "1246")),
    ("North Korea defied UN sanctions by testing another missile.", ("PRK", "IGOUNO", "128")),
    ("Hungary vetoed the EU statement on China.", ("HUN", "IGOEUREEC", "129")),
    # negated and hypothetical acts keep their code
    ("Germany did not criticise the Israeli operation.", ("DEU", "ISR", "111")),
    ("Israel is expected to reject the Egyptian proposal.", ("ISR", "EGY", "120")),
    ("Japan denied that it had summoned the Chinese ambassador.", ("JPN", "CHNGOV", "114")),
    ("Seoul will lodge a formal protest with Tokyo over the textbooks.", ("KORGOV", "JPNGOV", "114")),
])
def test_rejections_and_factuality(code, text, expected):
    assert expected in triples(code(text))


def test_brushing_aside_a_thing_is_no_rejection(code):
    assert not any(c[:2] == "12" for _, _, c in triples(code("The minister pushed aside the file on his desk.")))


@pytest.mark.parametrize("text,expected", [
    ("Beijing's threat of sanctions against Lithuania angered Vilnius.", ("CHNGOV", "LTUGOV", "1312")),
    ("Iran threatened a boycott of Danish goods.", ("IRN", "DNK", "1312")),
    ("The US threat to cut off aid to Egypt was withdrawn.", ("USA", "EGY", "1311")),
    ("China's threat to break relations with Lithuania over Taiwan escalated the row.", ("CHN", "LTU", "1313")),
    ("Turkey warned it would cut diplomatic ties with Israel.", ("TUR", "ISR", "1313")),
    ("Ankara threatened to downgrade relations with Copenhagen.", ("TURGOV", "DNKGOV", "1313")),
    ("The Kremlin's ultimatum to Kyiv expired on Friday.", ("RUSGOV", "UKRGOV", "139")),
])
def test_threats(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    ("Hundreds of Armenians protested outside the Azerbaijani embassy in Paris.", ("ARM", "AZEGOV", "141")),
    ("Protesters in Dhaka demonstrated against the Indian prime minister's visit.", ("BGDOPP", "INDGOV", "141")),
    ("Palestinian prisoners began a hunger strike against Israeli detention.", ("PSE", "ISR", "142")),
])
def test_protests(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # the recall or withdrawal of an ambassador, as a noun
    ("The withdrawal of the Algerian ambassador from Paris was announced on Tuesday.", ("DZAGOV", "FRAGOV", "161")),
    ("Turkey's recall of its ambassador to Israel followed the hospital strike.", ("TUR", "ISR", "161")),
    ("Ecuador's expulsion of the Mexican ambassador followed the embassy raid.", ("ECU", "MEXGOV", "161")),
    ("Russia's expulsion of two Norwegian diplomats was retaliation.", ("RUS", "NORGOV", "161")),
    ("Israel declared the Spanish consul persona non grata.", ("ISR", "ESPGOV", "161")),
    ("Bolivia's decision to cut ties with Israel was praised by Hamas.", ("BOL", "ISR", "161")),
    ("Colombia's break with Israel came after months of tension.", ("COL", "ISR", "161")),
    ("The suspension of talks with Russia by Ukraine was announced.", ("UKR", "RUS", "164")),
    ("Washington's suspension of humanitarian aid to Yemen was criticised.", ("USAGOV", "YEM", "1623")),
    ("The Dutch suspension of development aid to Burundi lasted years.", ("NLD", "BDI", "162")),
    ("Germany's freeze on arms exports to Turkey was lifted.", ("DEU", "TUR", "163")),
    ("Qatar suspended its mediation between Israel and Hamas.", ("QAT", "ISR", "165")),
    ("Vietnam shut its embassy in Kabul in 2021.", ("VNM", "AFG", "161")),
])
def test_reduced_relations(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Analysts said the Turkish economy was fragile.",
    "The Japanese prime minister said relations with South Korea were improving.",
    "The French minister said the Malian situation was complex.",
    "Italy's foreign minister said the Libyan election would be difficult to organise.",
    "The Kenyan president said Somalia's future depends on its own people.",
    "The Brazilian president said Argentina was an important partner.",
])
def test_an_opinion_without_a_verb_of_judgement_is_no_event(code, text):
    assert not any(c[:2] in ("01", "02", "05", "10", "11", "12", "13") for _, _, c in triples(code(text)))

"""Probe of actors in news of 2000-2026 from sub-Saharan Africa, Latin America, South, Central and
Southeast Asia, the Balkans, the Caucasus and the Pacific: heads of government and their ministers,
army and police chiefs, central bank governors, opposition and armed-group leaders, state bodies,
media, parties and IGO heads. Each is checked against the code of the office held on the article's
date (a leader before or after office is not the government), in full, by title and surname, by
surname or given name alone, and in common spellings. Sentences written for this probe; none is
taken from an evaluation set."""

import pytest

from tests.coding import triples

from .test_mentions import mentions

pytestmark = pytest.mark.slow


def code_of(found, phrase):
    hit = next((m for t, m in found.items() if phrase in t), None)
    assert hit is not None, (phrase, list(found))
    return hit.cameo


CASES = [
    # central bank governors are the government's (as the Bank of England's), for their term only
    ("Godfrey Emefiele raised the benchmark rate to fight inflation.", "2022-09-27", {"Godfrey Emefiele": "NGAGOV"}),
    ("Emefiele was detained by the secret police.", "2023-06-10", {"Emefiele": "NGAELI"}),
    ("Nigeria's central bank governor Olayemi Cardoso met IMF officials.", "2024-04-01", {"Olayemi Cardoso": "NGAGOV"}),
    ("Lesetja Kganyago said inflation had peaked.", "2023-01-26", {"Lesetja Kganyago": "ZAFGOV"}),
    ("RBI Governor Shaktikanta Das held rates steady.", "2023-06-08", {"Shaktikanta Das": "INDGOV"}),
    ("Roberto Campos Neto kept the Selic rate unchanged.", "2024-07-31", {"Roberto Campos Neto": "BRAGOV"}),
    ("Gabriel Galipolo said rates would stay high.", "2025-03-01", {"Gabriel Galipolo": "BRAGOV"}),
    ("Victoria Rodriguez Ceja announced a rate cut.", "2024-03-21", {"Victoria Rodriguez Ceja": "MEXGOV"}),
    ("Santiago Bausili lifted currency controls.", "2025-04-14", {"Santiago Bausili": "ARGGOV"}),
    # Pacific heads of government
    ("Surangel Whipps Jr invited US missile systems to Palau.", "2023-03-01", {"Surangel Whipps Jr": "PLWGOV"}),
    ("Palau President Surangel Whipps said China had offered him money. Whipps refused it.", "2023-03-01",
     {"Whipps": "PLWGOV"}),
    ("Feleti Teo signed the treaty in Canberra.", "2024-08-28", {"Feleti Teo": "TUVGOV"}),
    ("Hilda Heine was sworn in as president of the Marshall Islands.", "2024-01-03", {"Hilda Heine": "MHLGOV"}),
    ("Taneti Maamau switched recognition from Taiwan to China.", "2019-09-20", {"Taneti Maamau": "KIRGOV"}),
    ("Fiame Naomi Mata'afa was sworn in as Samoa's prime minister.", "2021-07-26", {"Fiame Naomi Mata'afa": "WSMGOV"}),
    ("Fiame said Samoa would not sign the security deal.", "2022-06-01", {"Fiame": "WSMGOV"}),
    ("Ishmael Kalsakau lost a no-confidence vote.", "2023-09-04", {"Ishmael Kalsakau": "VUTGOV"}),
    ("Charlot Salwai was re-elected prime minister of Vanuatu.", "2023-10-06", {"Charlot Salwai": "VUTGOV"}),
    ("Siaosi Sovaleni resigned as Tonga's prime minister.", "2024-12-09", {"Siaosi Sovaleni": "TONGOV"}),
    ("David Panuelo accused China of bribery.", "2023-03-10", {"David Panuelo": "FSMGOV"}),
    ("Wesley Simina met the US envoy in Palikir.", "2024-05-01", {"Wesley Simina": "FSMGOV"}),
    ("Louis Mapou called for calm in Noumea.", "2024-05-15", {"Louis Mapou": "NCLGOV"}),
    # Caucasus, Central Asia
    ("Samvel Shahramanyan signed a decree dissolving the breakaway republic.", "2023-09-28", {"Samvel Shahramanyan": "AZEREB"}),
    ("Kamchybek Tashiev said the border deal with Tajikistan was final.", "2025-03-13", {"Kamchybek Tashiev": "KGZSPY"}),
    ("Kamchybek Tashiev was dismissed as security chief.", "2026-02-12", {"Kamchybek Tashiev": "KGZELI"}),
    ("Kassym-Jomart Tokaev met Xi Jinping.", "2023-05-18", {"Kassym-Jomart Tokaev": "KAZGOV"}),
    ("Aliyev said Azerbaijan had restored its sovereignty.", "2023-09-20", {"Aliyev": "AZEGOV"}),
    ("Nika Gvaramia was jailed.", "2025-06-23", {"Nika Gvaramia": "GEOOPP"}),
    ("Archbishop Bagrat Galstanyan led the protests in Yerevan.", "2024-05-26", {"Bagrat Galstanyan": "ARMREL"}),
    ("Xhelal Svecla ordered police to the north.", "2023-09-24", {"Xhelal Svecla": "XKXGOV"}),
    # Africa
    ("Farmajo met opposition candidates in Mogadishu.", "2021-05-20", {"Farmajo": "SOMGOV"}),
    ("Ethiopia's army chief Birhanu Jula warned Eritrea.", "2024-03-01", {"Birhanu Jula": "ETHMIL"}),
    ("Somalia's army chief Odowaa Yusuf Rageh said al-Shabaab was retreating.", "2023-01-01", {"Odowaa Yusuf Rageh": "SOMMIL"}),
    ("Ethiopia's Tigray commander Tadesse Werede said the fighters would disarm.", "2022-11-12", {"Tadesse Werede": "ETHREB"}),
    ("Tadesse Werede met the prime minister in Addis Ababa.", "2025-05-01", {"Tadesse Werede": "ETHGOV"}),
    ("President Samia opened the new railway.", "2024-08-01", {"Samia": "TZAGOV"}),
    ("Willy Ngoma said M23 controlled the airport.", "2025-01-27", {"Willy Ngoma": "CODREB"}),
    ("Seka Musa Baluku appeared in a new video.", "2023-06-01", {"Seka Musa Baluku": "UGAREB"}),
    ("Abdul Rahim Dagalo led the assault.", "2024-06-01", {"Abdul Rahim Dagalo": "SDNREB"}),
    ("Nigeria's Senate President Godswill Akpabio suspended the senator.", "2025-03-06", {"Godswill Akpabio": "NGALEG"}),
    ("Nyesom Wike demolished the buildings in Abuja.", "2024-05-01", {"Nyesom Wike": "NGAGOV"}),
    ("General Horta N'Tam was sworn in as transitional president.", "2025-11-27", {"Horta N'Tam": "GNBGOV"}),
    ("Cape Verde's Prime Minister Ulisses Correia e Silva met the US envoy.", "2024-06-01", {"Ulisses Correia e Silva": "CPVGOV"}),
    ("Sao Tome's Prime Minister Patrice Trovoada was dismissed.", "2025-01-06", {"Patrice Trovoada": "STPGOV"}),
    # Asia and Latin America
    ("Anwar said Malaysia would not join the sanctions.", "2023-04-01", {"Anwar": "MYSGOV"}),
    ("Pakistan's air chief Zaheer Ahmed Babar Sidhu said the jets were shot down.", "2025-05-11", {"Zaheer Ahmed Babar Sidhu": "PAKMIL"}),
    ("Jay Tarriela said Chinese vessels had rammed the boat.", "2024-06-17", {"Jay Tarriela": "PHLCOP"}),
    ("Maly Socheata said Thai troops had fired first.", "2025-07-24", {"Maly Socheata": "KHMMIL"}),
    ("Lopez Obrador criticised the US embassy.", "2023-05-01", {"Lopez Obrador": "MEXGOV"}),
    ("López Obrador criticised the US embassy.", "2026-01-05", {"López Obrador": "MEXELI"}),
    ("Jose Antonio Kast won Chile's presidential runoff.", "2025-12-14", {"Jose Antonio Kast": "CHLOPP"}),
    ("Nasry Asfura was declared the winner of the Honduran election.", "2025-12-24", {"Nasry Asfura": "HNDOPP"}),
    ("Bernardo Arevalo accused prosecutors of a slow-motion coup.", "2023-09-01", {"Bernardo Arevalo": "GTMOPP"}),
    ("Ovidio Guzman was extradited to the United States.", "2023-09-15", {"Ovidio Guzman": "MEXCRM"}),
    # IGO heads
    ("Workneh Gebeyehu called for a ceasefire in Sudan.", "2023-04-20", {"Workneh Gebeyehu": "IGOEAFIGA"}),
    ("Carla Barnett called for support for Haiti.", "2024-03-01", {"Carla Barnett": "IGOCRBCAR"}),
    ("Jasem Mohamed Albudaiwi welcomed the agreement.", "2023-03-11", {"Jasem Mohamed Albudaiwi": "IGOARBGCC"}),
    ("Zhang Ming said the SCO would expand.", "2023-07-04", {"Zhang Ming": "IGOASASCO"}),
    ("Imangali Tasmagambetov said the CSTO would not intervene.", "2022-09-14", {"Imangali Tasmagambetov": "IGOASACST"}),
    ("UN envoy Ramtane Lamamra met Burhan in Port Sudan.", "2024-04-01", {"Ramtane Lamamra": "IGOUNO"}),
    # armed groups, bodies, media and parties
    ("The CJNG was designated a terrorist organisation.", "2025-02-20", {"CJNG": "MEXCRM"}),
    ("The Movement for the Emancipation of the Niger Delta blew up a pipeline.", "2009-06-01",
     {"Movement for the Emancipation of the Niger Delta": "NGAREB"}),
    ("The Niger Delta Avengers attacked an oil platform.", "2016-05-05", {"Niger Delta Avengers": "NGAREB"}),
    ("IPOB denied killing the police officers.", "2021-05-01", {"IPOB": "NGAREB"}),
    ("Bangladesh's Rapid Action Battalion was sanctioned by the US.", "2021-12-10", {"Rapid Action Battalion": "BGDCOP"}),
    ("The ISPR said the militants had been killed.", "2024-03-17", {"ISPR": "PAKMIL"}),
    ("The Nigerian Television Authority broadcast the speech.", "2023-05-29", {"Nigerian Television Authority": "NGAMED"}),
    ("The Global New Light of Myanmar said the rebels had been driven out.", "2023-11-10", {"Global New Light of Myanmar": "MMRMED"}),
    ("Radio Television Serbia reported the clashes.", "2023-05-29", {"Radio Television Serbia": "SRBMED"}),
    ("The Alliance of Independent Social Democrats backed Dodik.", "2025-03-01", {"Alliance of Independent Social Democrats": "BIHPTY"}),
    ("The African Union's Peace and Security Council lifted the suspension of Gabon.", "2025-04-30",
     {"Peace and Security Council": "IGOAFRAFU"}),
    ("The Pacific Community warned of rising seas.", "2023-02-01", {"Pacific Community": "IGOPACSPC"}),
    ("Kazakhstan's National Security Committee arrested its former chief.", "2022-01-08", {"National Security Committee": "KAZSPY"}),
    ("Kyrgyzstan's State Committee for National Security detained the journalists.", "2024-01-16",
     {"State Committee for National Security": "KGZSPY"}),
]


@pytest.mark.parametrize("text,pub_date,expected", CASES)
def test_actor_codes_on_the_date(ew, text, pub_date, expected):
    found = mentions(ew, text, pub_date)
    for phrase, code in expected.items():
        assert code_of(found, phrase) == code, (phrase, found)


@pytest.mark.parametrize("text,pub_date,expected", [
    ("Feleti Teo signed a security treaty with Australia.", "2024-08-28", ("TUVGOV", "AUS", "057")),
    ("Surangel Whipps Jr. accused China of pressuring Palau.", "2023-03-01", ("PLWGOV", "CHN", "112")),
    ("Carla Barnett condemned the gang attacks in Port-au-Prince.", "2024-03-05", ("IGOCRBCAR", "HTI", "111")),
    ("The Rapid Action Battalion arrested opposition activists in Dhaka.", "2023-10-30", ("BGDCOP", "BGDOPP", "173")),
    ("IPOB militants attacked a police station in Imo.", "2021-04-05", ("NGAREB", "NGACOP", "190")),
    ("Farmajo accused Kenya of interfering in Somalia.", "2020-12-15", ("SOMGOV", "KEN", "112")),
    ("Xhelal Svecla accused Serbia of sending armed gangs.", "2023-09-25", ("XKXGOV", "SRB", "112")),
    ("President Samia met Kenyan President William Ruto in Dar es Salaam.", "2024-06-01", ("TZAGOV", "KENGOV", "040")),
])
def test_events_carry_the_resolved_actors(code, text, pub_date, expected):
    assert expected in triples(code(text, pub_date)), triples(code(text, pub_date))

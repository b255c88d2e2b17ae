"""Probe of CAMEO sub-codes that had few or no phrasings: vows of retaliation and punishment (130),
sit-ins (141), strikes and shutdowns for leadership change, policy change, rights and independence
(1431-1434), roads blocked over policies and abuses (1442, 1443), riots and unrest over elections,
policies, abuses and independence (1451-1454), refused trade deals (1211), military cooperation
(1212), extradition requests (1213), loan requests (1221), munitions requests (1222) and disaster aid
(1223), demands for democratic reform (1044) and that protests end (1052), threats of restrictions
(1321). Sentences written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    # a vow coordinated after a condemnation is aimed at the party condemned
    ('The Kremlin condemned the Estonian decision and vowed to respond.', ('RUSGOV', 'EST', '130')),
    ('Pyongyang threatened to respond after the drills by Seoul.', ('PRKGOV', None, '130')),
    ('Hezbollah vowed swift punishment for Israel.', ('LBNREB', 'ISR', '130')),
    ('Erdogan promised retribution for the PKK.', ('TURGOV', 'TURREB', '130')),
    ('The Houthis pledged severe punishment for the United States.', ('YEMREB', 'USA', '130')),
    ('Kenyan opposition supporters staged a sit-in.', ('KENOPP', None, '141')),
    ('Georgian students held a sit-in outside the ministry.', ('GEOEDU', None, '141')),
    ('A sit-in by Pakistani farmers entered its third week.', ('PAKAGR', None, '141')),
    ('Nigerian teachers began a sit-in in front of parliament.', ('NGAEDU', None, '141')),
    ('Sudanese doctors joined the sit-in.', ('SDNHLH', None, '141')),
    ('Serbian students staged a sit-in at the university.', ('SRBEDU', None, '141')),
    ('Pakistani traders held a shutdown to demand the resignation of the government.', ('PAKBUS', 'PAKGOV', '1431')),
    ("Bolivian miners called a stoppage to demand the minister's resignation.", ('BOLLAB', 'BOLGOV', '1431')),
    ('Kenyan transport workers staged a shutdown to seek the removal of the governor.', ('KENLAB', 'KENGOV', '1431')),
    ('Nepali shopkeepers held a shutdown to demand fresh elections.', ('NPL', None, '1431')),
    ('Migrant workers in Qatar went on strike to demand their rights.', ('QATLAB', None, '1433')),
    ('Iranian truck drivers went on strike to demand equality.', ('IRNLAB', None, '1433')),
    ('Nigerian nurses went on strike to seek recognition of their union.', ('NGAHLH', 'NGALAB', '1433')),
    ('Indian sanitation workers went on strike to demand their rights.', ('INDLAB', None, '1433')),
    ('Catalan unions called a general strike for independence.', ('ESPLAB', None, '1434')),
    ('Activists in New Caledonia went on strike to demand independence from France.', ('NCL', None, '1434')),
    ('Workers in Myanmar held a strike for democracy.', ('MMRLAB', None, '1434')),
    ('Kurdish unions in Iraq staged a strike for autonomy.', ('IRQLAB', None, '1434')),
    ('Bougainville workers went on strike to seek independence.', ('PNGLAB', None, '1434')),
    ('Tehran accused Baku of sabotage and vowed to respond.', ('IRNGOV', 'AZEGOV', '130')),
    ("Israel's defence minister vowed harsh punishment for Hezbollah.", ('ISRMIL', 'LBNREB', '130')),
    # 1213, 1222: turned-down extradition and munitions requests; 1044: democratic reform; 1321
    ("Kabul turned down Pakistan's extradition request.", ('AFGGOV', 'PAK', '1213')),
    ("Dubai turned down India's extradition request for the businessman.", ('ARE', 'IND', '1213')),
    ('Budapest turned down the Polish extradition demand.', ('HUNGOV', 'POL', '1213')),
    ("Ankara turned down Sweden's extradition bid.", ('TURGOV', 'SWE', '1213')),
    ("The Serbian court turned down Croatia's extradition request.", ('SRBJUD', 'HRV', '1213')),
    ("Washington turned down Israel's request for more bombs.", ('USAGOV', 'ISR', '1222')),
    ("Seoul rejected Kyiv's request for artillery shells.", ('KORGOV', 'UKRGOV', '1222')),
    ("Berlin turned down Lithuania's request for drones.", ('DEUGOV', 'LTU', '1222')),
    ('Tokyo declined the Philippine request for fighter jets.', ('JPNGOV', 'PHL', '1222')),
    ("Paris rebuffed Armenia's request for howitzers.", ('FRAGOV', 'ARM', '1222')),
    ("Israel rejected Ukraine's request for interceptors.", ('ISR', 'UKR', '1222')),
    ('Hong Kong activists demanded democratic reforms from Beijing.', ('HKG', 'CHNGOV', '1044')),
    ('Belarusian exiles demanded democratic reforms in Belarus.', ('BLROPP', 'BLR', '1044')),
    ('The European Union demanded electoral reform from Georgia.', ('IGOEUREEC', 'GEO', '1044')),
    ('Thai students demanded constitutional reform from the government.', ('THAEDU', 'THAGOV', '1044')),
    ('Opposition parties in Togo demanded constitutional reforms from President Gnassingbe.', ('TGOOPP', 'TGOGOV', '1044')),
    ('The Georgian government threatened foreign-funded NGOs with restrictions.', ('GEOGOV', 'NGO', '1321')),
    ("Beijing threatened Hong Kong's media with censorship.", ('CHNGOV', 'HKGMED', '1321')),
    ('Erdogan threatened Turkish broadcasters with restrictions.', ('TURGOV', 'TURMED', '1321')),
    ('The Taliban threatened Afghan journalists with censorship.', ('AFGGOV', 'AFGMED', '1321')),
    ('Violent protests over the disputed election erupted in Mozambique.', ('MOZ', None, '1451')),
    ('Riots over the presidential vote broke out in Guinea.', ('GIN', None, '1451')),
    ('Venezuelan unrest over the election result left several dead.', ('VEN', None, '1451')),
    ('Violent protests against the tax increases erupted in Kenya.', ('KEN', None, '1452')),
    ('Riots over fuel prices broke out across Nigeria.', ('NGA', None, '1452')),
    ('Violent protests over police brutality erupted in France.', ('FRA', None, '1453')),
    ('Riots over the killing of a Black man spread across American cities.', ('USA', None, '1453')),
    ('Unrest over the detention of the Kurdish mayor spread in Turkey.', ('TUR', None, '1453')),
    ('Violent protests for independence erupted in New Caledonia.', ('NCL', None, '1454')),
    ('Riots for autonomy broke out in Bolivia.', ('BOL', None, '1454')),
    ('Unrest over independence spread through Catalonia in Spain.', ('ESP', None, '1454')),
    ('Nigerian workers launched a general strike against the fuel subsidy removal.', ('NGALAB', None, '1432')),
    ('The nationwide strike against the austerity budget halted trains in Greece.', ('GRC', None, '1432')),
    ('Belgian unions held a national strike against the pension reform.', ('BELLAB', None, '1432')),
    ('Violent demonstrations over the election fraud erupted in Kenya.', ('KEN', None, '1451')),
    ('Violent demonstrations against the austerity plan erupted in Argentina.', ('ARG', None, '1452')),
    ('Unrest over the pension law spread in France.', ('FRA', None, '1452')),
    ('Violent demonstrations over the death of a young Algerian erupted in France.', ('FRA', None, '1453')),
    ('Kenyan unions called a nationwide strike against the finance bill.', ('KENLAB', None, '1432')),
    # 1442, 1443: roads blocked over or in protest against a policy or an abuse; 1431-1433: strikes
    # in protest against a policy, for rights, to oust a leader
    ('Nepalese traders blocked the highway in protest against the new tax.', ('NPLBUS', None, '1442')),
    ('Bolivian truckers blockaded roads over fuel shortages.', ('BOLLAB', None, '1442')),
    ('Romanian hauliers blocked border crossings over the road tolls.', ('ROU', None, '1442')),
    ('Peruvian farmers blockaded highways in protest at the fertilizer prices.', ('PERAGR', None, '1442')),
    ('Indian farmers blocked highways in protest against the new law.', ('INDAGR', None, '1442')),
    ('Slovak farmers barricaded roads against the new regulations.', ('SVKAGR', None, '1442')),
    ('Italian rail workers went on strike in protest against the budget cuts.', ('ITALAB', None, '1432')),
    ('Portuguese doctors held a strike in protest at the health reform.', ('PRTHLH', None, '1432')),
    ('Greek seamen went on strike in protest over the new labour bill.', ('GRC', None, '1432')),
    ('Belgian unions called a strike in protest against the pension plan.', ('BELLAB', None, '1432')),
    ("Afghan women's groups called a strike for equal rights.", ('AFGCVL', None, '1433')),
    ('Iranian teachers held a strike for the right to organise.', ('IRNEDU', None, '1433')),
    ('Mexican nurses staged a strike for recognition of their union.', ('MEXHLH', 'MEXLAB', '1433')),
    ('Tunisian journalists called a strike for press freedom.', ('TUNMED', None, '1433')),
    ('Opposition supporters in Togo called a general strike to oust the president.', ('TGOOPP', 'TGOGOV', '1431')),
    ('Venezuelan opposition parties called a national strike to remove Maduro.', ('VENOPP', 'VENGOV', '1431')),
    ('Sudanese unions staged a strike to topple the military government.', ('SDNLAB', 'SDNGOV', '1431')),
    ('Papuan students blocked roads to protest against racism.', ('IDNEDU', None, '1443')),
    ('Colombian farmers blocked highways in protest at the killing of a community leader.', ('COLAGR', None, '1443')),
    ('Peruvian protesters blockaded roads in protest against the arrests of their leaders.', ('PEROPP', None, '1443')),
    ('Nigerian youths barricaded streets to protest against police brutality.', ('NGACVL', None, '1443')),
    # 1223: refused disaster aid (073: flood and earthquake aid); 1052: demands that protests end
    ('Pakistan rejected an Indian offer of flood aid.', ('PAK', 'IND', '1223')),
    ("Myanmar's junta turned down Thailand's offer of earthquake aid.", ('MMRGOV', 'THA', '1223')),
    ("North Korea rejected South Korea's offer of flood assistance.", ('PRK', 'KOR', '1223')),
    ('Morocco declined French offers of earthquake aid.', ('MAR', 'FRA', '1223')),
    ('Japan sent flood aid to Pakistan.', ('JPN', 'PAK', '073')),
    ('Turkey delivered earthquake relief to Syria.', ('TUR', 'SYR', '073')),
    ("Georgia's prime minister demanded that protesters call off their rallies.", ('GEOGOV', 'GEOOPP', '1052')),
    ("Bangladesh's army chief demanded that students halt the demonstrations.", ('BGDMIL', 'BGDEDU', '1052')),
    ("Islamabad demanded that Khan's supporters end their sit-in.", ('PAKGOV', 'PAKOPP', '1052')),
    ("Nigeria's labour minister demanded that unions call off the general strike.", ('NGAGOV', 'NGALAB', '1052')),
    # 1211: refusing to sign, ratify or join a trade deal
    ('Poland refused to sign the trade deal with Mercosur.', ('POL', 'IGOLAMMER', '1211')),
    ('Paris declined to ratify the trade agreement with Canada.', ('FRAGOV', 'CAN', '1211')),
    ('India refused to join the regional trade pact with China.', ('IND', 'CHN', '1211')),
    ("Austria refused to ratify the EU's trade accord with Mercosur.", ('AUT', 'IGOLAMMER', '1211')),
    ('New Delhi declined to conclude a trade agreement with London.', ('INDGOV', 'GBRGOV', '1211')),
    # 1212: rejected bids for military cooperation; 1221: rejected loan and bailout requests
    ("Turkey rejected Sweden's bid for military cooperation.", ('TUR', 'SWE', '1212')),
    ("Vietnam rebuffed Washington's offer of defence cooperation.", ('VNM', 'USAGOV', '1212')),
    ("Indonesia declined Australia's proposal for a defence pact.", ('IDN', 'AUS', '1212')),
    ('Egypt turned down the Russian request for security cooperation.', ('EGY', 'RUS', '1212')),
    ("The World Bank turned down Sri Lanka's loan request.", ('IGOUNODEVWBK', 'LKA', '1221')),
    ("The IMF rejected Egypt's bailout request.", ('IGOBUSIMF', 'EGY', '1221')),
    ("The European Commission rejected Hungary's funding request.", ('IGOEUREEC', 'HUN', '1221')),
    ("China declined Laos's loan application.", ('CHN', 'LAO', '1221')),
])
def test_probe_subcodes(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got

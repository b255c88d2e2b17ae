"""Probe (round 2) of force, coercion and military posture: mobilisation and shows of force
(15x), arrests, expulsions, bans, curfews and crackdowns (17x), abductions, bombings and
assassinations (18x), conventional force (19x), mass violence (20x) and threats of force (138x),
in active, passive and nominal voice, with states, armed forces, police, rebels and unnamed
gunmen as agents. Unnamed agents take the country where the act happened; victims in a named
town take that town's country. Non-political senses (sports, business, crime, weather) must not
code force. Sentences written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("China held live-fire military drills near Taiwan on Saturday.", "2023-04-10", ("CHN", "TWN", "150")),
    ("The Chinese military staged large-scale exercises around Taiwan after the visit.", "2022-08-10",
     ("CHNMIL", "TWN", "150")),
    ("Egypt's army carried out military exercises near the Libyan border.", "2020-07-10", ("EGYMIL", "LBY", "150")),
    ("Russia conducted nuclear drills near the Ukrainian border.", "2024-05-21", ("RUS", "UKR", "150")),
    ("The US deployed an aircraft carrier strike group to the eastern Mediterranean.", "2023-10-09",
     ("USA", None, "150")),
    ("The Pentagon ordered a second aircraft carrier to the Middle East.", "2023-10-14", ("USAMIL", None, "150")),
    ("Britain sent two warships to the Gulf.", "2019-07-14", ("GBR", None, "150")),
    ("Iran test-fired a new ballistic missile.", "2020-07-10", ("IRN", None, "150")),
    ("North Korea fired a ballistic missile into the Sea of Japan.", "2022-10-04", ("PRK", None, "150")),
    ("The Greek government put its armed forces on high alert as Turkish survey ships approached.", "2020-08-12",
     ("GRCGOV", None, "152")),
    ("Belarus placed its army on combat readiness.", "2022-10-10", ("BLR", None, "152")),
    ("Serbia raised the combat readiness of its army near Kosovo.", "2022-12-27", ("SRB", None, "152")),
    ("Kenyan authorities deployed police across Nairobi ahead of the protests.", "2023-07-07",
     ("KENGOV", None, "153")),
    ("Russia deployed thousands of troops to its border with Ukraine in late 2021.", "2021-12-01",
     ("RUS", "UKR", "154")),
    ("India massed troops along its border with Pakistan in 2002.", "2002-06-01", ("IND", "PAK", "154")),
    ("Azerbaijan amassed tanks near the border with Armenia.", "2022-09-01", ("AZE", "ARM", "154")),
    ("Venezuela mobilised troops to the Colombian border.", "2008-03-03", ("VEN", "COL", "154")),
    ("Venezuela moved tanks and troops to the border with Colombia.", "2008-03-03", ("VEN", "COL", "154")),
    ("Poland sent 10,000 troops to its border with Belarus.", "2023-08-10", ("POL", "BLR", "154")),
    ("Ethiopia stationed troops along its border with Eritrea.", "1999-08-10", ("ETH", "ERI", "154")),
    ("Russia moved nuclear-capable Iskander missiles to Kaliningrad.", "2018-02-05", ("RUS", None, "154")),
    ("Russia deployed tactical nuclear weapons in Belarus.", "2023-07-25", ("RUS", "BLR", "154")),
    ("The Haitian government deployed the army in Port-au-Prince to restore order.", "2024-03-20",
     ("HTIGOV", None, "154")),
    ("Ecuador deployed the military to the streets of Guayaquil.", "2024-01-20", ("ECU", None, "154")),
    ("India deployed additional troops to Ladakh amid the standoff with China.", "2020-06-26", ("IND", None, "154")),
    ("Israel called up 300,000 reservists after the Hamas attack.", "2023-10-09", ("ISR", None, "154")),
    ("Armenia declared a general mobilisation after fighting erupted with Azerbaijan.", "2020-09-27",
     ("ARM", None, "154")),
])
def test_posture_and_mobilisation(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Police in Minsk detained dozens of opposition activists on Sunday.", "2020-09-14", ("BLRCOP", "BLROPP", "173")),
    ("Dozens of protesters were arrested in Nairobi on Tuesday.", "2024-06-25", ("KEN", "KENOPP", "173")),
    ("Besigye was detained by police in Kampala.", "2016-05-12", ("UGACOP", "UGAOPP", "173")),
    ("Turkish police detained the mayor of Istanbul, Ekrem Imamoglu.", "2025-03-19", ("TURCOP", "TURGOV", "173")),
    ("Belarus forced a Ryanair flight to land in Minsk and arrested a dissident journalist.", "2021-05-24",
     ("BLR", "BLRMED", "173")),
    ("Cuba jailed hundreds of demonstrators after the July protests.", "2021-12-09", ("CUB", "CUBOPP", "173")),
    ("Kuwait expelled dozens of Egyptian nationals.", "2016-05-01", ("KWT", "EGY", "174")),
    ("Iraq deported hundreds of Syrian refugees.", "2024-07-01", ("IRQ", "SYRREF", "174")),
    ("Russia expelled a Wall Street Journal reporter.", "2023-04-15", ("RUS", "USAMED", "174")),
    ("Ethiopia expelled seven senior UN officials.", "2021-10-01", ("ETH", "IGOUNO", "174")),
    ("Myanmar's military cracked down on protesters in Yangon.", "2021-03-01", ("MMRMIL", "MMROPP", "175")),
    ("Riot police fired tear gas at demonstrators in Nairobi.", "2024-06-25", ("KENCOP", "KENOPP", "175")),
    ("Police in Lagos dispersed protesters with live ammunition.", "2020-10-21", ("NGACOP", "NGAOPP", "175")),
    ("Nicaraguan police broke up a protest by students in Managua.", "2018-05-01", ("NICCOP", "NICEDU", "175")),
    ("Nicaragua stripped 94 opposition figures of their citizenship.", "2023-02-15", ("NIC", "NICOPP", "172")),
    ("Thailand's Constitutional Court dissolved the Future Forward Party.", "2020-02-22",
     ("THAJUD", "THAPTY", "1722")),
    ("Myanmar's junta dissolved the National League for Democracy.", "2023-03-28", ("MMRGOV", "MMRPTY", "1722")),
    ("Tajikistan banned the Islamic Renaissance Party in 2015.", "2015-10-01", ("TJK", "TJKPTY", "1722")),
    ("Guinea's junta banned all political demonstrations.", "2022-05-15", ("GINGOV", "GIN", "1721")),
    ("Hong Kong authorities shut down the Apple Daily newspaper.", "2021-06-25", ("HKGGOV", "HKGMED", "1721")),
    ("Nepal imposed a curfew in Kathmandu.", "2025-09-10", ("NPL", None, "1723")),
    ("Ecuador's president declared a state of emergency in six provinces.", "2024-01-09", ("ECUGOV", "ECU", "1724")),
    ("Police raided the home of opposition leader Ousmane Sonko in Dakar.", "2023-05-10", ("SENCOP", "SENOPP", "1711")),
    ("Nicaragua seized the property of the Jesuit university.", "2023-08-20", ("NIC", "NICEDU", "1711")),
    ("Canada seized the assets of a Russian oligarch.", "2023-08-20", ("CAN", "RUSBUS", "1711")),
    ("Russian troops looted homes in Bucha.", "2022-04-05", ("RUSMIL", "UKR", "1711")),
    ("Janjaweed militiamen burned villages across Darfur.", "2004-05-01", ("SDNMIL", "SDNCVL", "1712")),
])
def test_coercion(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Gunmen kidnapped two Italian aid workers in northern Kenya.", "2018-11-21", ("KEN", "ITA", "181")),
    ("Bandits kidnapped more than 300 schoolboys in Kankara.", "2020-12-15", ("NGACRM", "NGAEDU", "181")),
    ("Boko Haram abducted 276 schoolgirls from Chibok in 2014.", "2015-12-15", ("NGAREB", "NGAEDU", "181")),
    ("A Chinese national was abducted in Peshawar.", "2022-10-10", ("PAK", "CHN", "181")),
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "2019-07-20", ("IRN", "GBR", "181")),
    ("A suicide bomber blew himself up at a checkpoint in Kandahar.", "2016-05-01", ("AFG", None, "1831")),
    ("Five Chinese engineers were killed in a suicide attack in Besham.", "2024-03-27", ("PAK", "CHN", "1831")),
    ("A car bomb killed ten police officers outside a police station in Mogadishu.", "2019-12-28",
     ("SOM", "SOMCOP", "1832")),
    ("Three British soldiers were killed by a roadside bomb in Helmand.", "2010-06-01", ("AFG", "GBRMIL", "1833")),
    ("Gunmen assassinated a judge in Kandahar.", "2020-06-28", ("AFG", "AFGJUD", "186")),
    ("Gunmen shot dead a judge in Kabul.", "2020-06-28", ("AFG", "AFGJUD", "186")),
    ("Russian opposition leader Boris Nemtsov was shot dead in Moscow in 2015.", "2015-03-01",
     ("RUS", "RUSOPP", "186")),
    ("Eight tourists were shot dead by gunmen in Luxor.", "1997-11-18", ("EGY", "EGYCVL", "193")),
    ("Abu Sayyaf militants beheaded a Canadian hostage in Jolo.", "2016-04-26", ("PHLREB", "CAN", "1823")),
])
def test_unconventional_violence(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Militants killed two American soldiers in an ambush in Niger.", "2017-10-10", ("NERREB", "USAMIL", "190")),
    ("A French soldier was killed in an attack in Mali.", "2019-10-10", ("MLI", "FRAMIL", "190")),
    ("Russian soldiers were attacked in eastern Syria.", "2023-09-20", ("SYR", "RUSMIL", "190")),
    ("Maoist rebels ambushed a convoy of paramilitary police in Chhattisgarh.", "2017-04-25",
     ("INDREB", "INDCOP", "190")),
    ("Sudanese army forces clashed with the Rapid Support Forces in Khartoum.", "2023-04-16",
     ("SDNMIL", "SDNREB", "190")),
    ("Thai and Cambodian troops exchanged artillery fire along the border.", "2025-07-25", ("THAMIL", "KHMMIL", "194")),
    ("Thai troops traded artillery fire with Cambodian forces.", "2025-07-25", ("THAMIL", "KHMMIL", "194")),
    ("Armenian and Azerbaijani forces exchanged rocket fire overnight.", "2020-10-01", ("ARMMIL", "AZEMIL", "194")),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "2020-10-01",
     ("INDMIL", "PAKMIL", "190")),
    # a bare national adjective shares the sector noun written once after the second one
    ("Kyrgyz and Tajik troops exchanged fire near a disputed village.", "2022-09-16", ("KGZMIL", "TJKMIL", "190")),
    ("Serbian and Kosovar police clashed at a northern crossing.", "2023-05-29", ("SRBCOP", "XKXCOP", "190")),
    ("Eritrean and Ethiopian soldiers fought near the border town.", "1999-06-01", ("ERIMIL", "ETHMIL", "190")),
    ("Sudan's paramilitary RSF shelled El Fasher on Sunday.", "2024-06-10", ("SDNREB", "SDN", "194")),
    ("A Russian missile strike on a shopping centre in Kremenchuk killed 20.", "2022-06-28", ("RUS", "UKR", "194")),
    ("A rocket attack by Hezbollah on Kiryat Shmona wounded three.", "2023-11-20", ("LBNREB", "ISR", "194")),
    ("Ukraine carried out drone strikes on Russian oil refineries.", "2024-03-13", ("UKR", "RUS", "195")),
    ("Ethiopian drones struck a market in Amhara region.", "2023-10-01", ("ETHMIL", "ETHCVL", "195")),
    ("A Turkish drone strike killed three Kurdish militants in northern Iraq.", "2023-05-15", ("TUR", "IRQREB", "195")),
    ("American and British warplanes struck Houthi positions in Yemen.", "2024-01-12", ("GBRMIL", "YEMREB", "195")),
    ("Colombian troops killed a FARC commander in a bombing raid.", "2010-09-25", ("COLMIL", "COLREB", "195")),
    ("Israel imposed a total blockade on the Gaza Strip.", "2023-10-09", ("ISR", "PSE", "191")),
    ("Saudi Arabia placed Qatar under a blockade.", "2017-06-20", ("SAU", "QAT", "191")),
    ("Egypt sealed the Rafah crossing with Gaza.", "2013-07-01", ("EGY", "PSE", "191")),
    ("Serb forces besieged Sarajevo from 1992 to 1996.", "1999-07-20", ("SRBMIL", "BIH", "191")),
    ("M23 rebels seized the city of Goma in January 2025.", "2025-02-14", ("CODREB", "COD", "192")),
    ("Israeli troops occupied the city of Rafah.", "2024-06-14", ("ISRMIL", "PSE", "192")),
    ("Tigrayan forces took the town of Lalibela.", "2021-08-14", ("ETHREB", "ETH", "192")),
    ("Islamic State fighters overran the city of Ramadi.", "2015-05-20", ("IMGMOSISI", "IRQ", "192")),
    ("Kenya's military invaded southern Somalia in 2011.", "2012-06-20", ("KENMIL", "SOM", "192")),
    ("Morocco's occupation of Western Sahara remains disputed.", "2015-07-20", ("MAR", "ESH", "192")),
    ("The Sudanese military overthrew President Omar al-Bashir in April 2019.", "2019-05-04",
     ("SDNMIL", "SDNGOV", "192")),
])
def test_conventional_force(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Serb forces massacred Bosnian men in Srebrenica.", "1996-07-11", ("SRBMIL", "BIH", "202")),
    ("Hundreds of civilians were massacred in the village of Solhan.", "2021-06-06", ("BFA", "BFACVL", "202")),
    ("Islamist militants massacred villagers in northern Burkina Faso.", "2021-06-06", ("BFAREB", "BFACVL", "202")),
    ("Myanmar troops drove Rohingya villagers from their homes.", "2017-09-01", ("MMRMIL", "MMRCVL", "201")),
    ("Syrian forces used chemical weapons against civilians in Douma.", "2018-04-10", ("SYRMIL", "SYRCVL", "2041")),
])
def test_mass_violence(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Iran threatened military action against Israel if it attacked its nuclear sites.", "2024-04-20",
     ("IRN", "ISR", "138")),
    ("China threatened to use force against Taiwan if it declared independence.", "2005-03-14", ("CHN", "TWN", "138")),
    ("Hezbollah vowed to retaliate against Israel for the killing of its commander.", "2024-07-31",
     ("LBNREB", "ISR", "138")),
    ("Russia threatened to deploy nuclear weapons in Belarus.", "2023-03-25", ("RUS", "BLR", "138")),
    ("Russia warned NATO of a military response if Finland joined the alliance.", "2022-04-14",
     ("RUS", "IGOWSTNAT", "138")),
    ("Iran threatened to close the Strait of Hormuz.", "2012-01-05", ("IRN", None, "1381")),
    ("Venezuela threatened to annex the Essequibo region of Guyana.", "2023-12-05", ("VEN", "GUY", "1382")),
    ("Hamas threatened to execute Israeli hostages.", "2023-10-09", ("PSEREB", "ISR", "1383")),
    ("Turkey warned it would launch a new military operation into northern Syria.", "2022-06-01",
     ("TUR", "SYR", "1384")),
    ("Turkey threatened a ground offensive against Kurdish militants in Syria.", "2022-11-22",
     ("TUR", "SYRREB", "1384")),
    ("Trump threatened to bomb Iran's nuclear sites.", "2025-03-30", ("USAGOV", "IRN", "1384")),
    ("Pyongyang threatened to turn Seoul into a sea of fire.", "2013-03-10", ("PRKGOV", "KORGOV", "1384")),
    ("North Korea warned it would strike the United States with nuclear weapons.", "2017-08-09",
     ("PRK", "USA", "1385")),
    ("North Korea threatened to launch a nuclear strike on the United States.", "2017-08-09", ("PRK", "USA", "1385")),
    ("Medvedev warned that Russia could use nuclear weapons against Ukraine.", "2022-09-27", ("RUSGOV", "UKR", "1385")),
])
def test_threats_of_force(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # nominal and passive voice: the agent in a possessive, adjective or by-phrase
    ("Israel's arrest of a Palestinian lawmaker drew criticism.", "2019-05-01", ("ISR", "PSELEG", "173")),
    ("The detention of Australian journalist Cheng Lei by China lasted three years.", "2023-10-11",
     ("CHN", "AUSMED", "173")),
    ("China's expulsion of American journalists in 2020 was condemned.", "2021-04-11", ("CHN", "USAMED", "174")),
    ("Two French journalists were expelled from Burkina Faso.", "2023-04-11", ("BFA", "FRAMED", "174")),
    ("Dozens of Afghans were deported from Iran last week.", "2024-04-11", ("IRN", "AFG", "174")),
    ("Russia's military buildup near Ukraine alarmed NATO.", "2021-12-01", ("RUSMIL", "UKR", "154")),
    ("The Chinese military buildup around Taiwan continued in 2024.", "2024-12-01", ("CHNMIL", "TWN", "154")),
    ("North Korea's missile launch over Japan was its first since 2017.", "2022-10-05", ("PRK", "JPN", "150")),
    ("The Israeli bombardment of Gaza continued for a third week.", "2023-10-28", ("ISR", "PSE", "194")),
    ("The Turkish incursion into northern Iraq drew protests from Baghdad.", "2022-04-28", ("TUR", "IRQ", "190")),
    ("Khan Younis was bombarded by Israeli jets overnight.", "2024-01-10", ("ISRMIL", "PSE", "195")),
    ("A Kenyan army convoy was ambushed by al-Shabaab near Lamu.", "2020-01-10", ("SOMREB", "KENMIL", "190")),
    ("The Swedish embassy in Baghdad was stormed by protesters.", "2023-07-20", ("IRQOPP", "SWEGOV", "145")),
    ("A Dutch journalist was detained by Turkish police in Diyarbakir.", "2022-07-20", ("TURCOP", "NLDMED", "173")),
    ("Mariupol was besieged by Russian forces for nearly three months.", "2022-06-20", ("RUSMIL", "UKR", "191")),
    ("Two Indian soldiers died in a gunbattle in Kashmir.", "2022-04-28", ("IND", "INDMIL", "193")),
    ("Former Japanese Prime Minister Shinzo Abe was shot dead in Nara.", "2022-07-10", ("JPN", "JPNELI", "186")),
])
def test_nominal_and_passive_voice(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # named armed groups, gangs and unnamed gunmen; sites attacked in a named place
    ("BLA militants attacked a passenger train in Balochistan.", "2025-03-12", ("PAKREB", "PAKCVL", "190")),
    ("CODECO militiamen attacked a displacement camp in Ituri.", "2023-08-12", ("CODREB", "CODCVL", "190")),
    ("Jihadists attacked a bus near Djibo, killing 20 passengers.", "2023-12-20", ("IMG", "BFACVL", "190")),
    ("Gunmen attacked a church in Owo, killing 40 worshippers.", "2022-06-06", ("NGA", "NGAREL", "190")),
    ("Lakurawa militants killed 15 villagers in Kebbi state.", "2024-11-12", ("NGAREB", "NGACVL", "190")),
    ("The New People's Army ambushed soldiers in Samar.", "2023-12-20", ("PHLREB", "PHLMIL", "190")),
    ("Ambazonian separatists attacked a school in Cameroon's Northwest region.", "2023-03-12",
     ("CMRREB", "CMREDU", "190")),
    ("Fano militiamen clashed with federal troops in Amhara.", "2023-08-12", ("ETHREB", "ETHMIL", "190")),
    ("Jaish al-Adl militants killed Iranian border guards in Sistan-Baluchestan.", "2023-08-12",
     ("IRNREB", "IRNCOP", "190")),
    ("The Arakan Army seized the town of Maungdaw.", "2024-12-20", ("MMRREB", "MMR", "192")),
    ("Jalisco cartel gunmen ambushed National Guard troops in Michoacan.", "2024-03-20", ("MEXCRM", "MEXMIL", "190")),
    ("Unidentified assailants shot dead a local councillor in Guerrero.", "2018-05-26", ("MEX", "MEXGOV", "186")),
    ("Gunmen killed a city councillor in Acapulco.", "2018-05-26", ("MEX", "MEXGOV", "186")),
    ("Africa Corps troops killed civilians near Timbuktu.", "2024-11-12", ("RUSMIL", "MLICVL", "190")),
    ("Sudan's RSF carried out ethnic cleansing against the Masalit in West Darfur.", "2023-11-27",
     ("SDNREB", "SDNCVL", "203")),
])
def test_armed_groups_and_sites(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # threats worded as a promised response, readiness to use force, or a figure of destruction
    ("Iran promised a crushing response to any Israeli attack.", "2024-10-02", ("IRN", "ISR", "138")),
    ("Iran vowed a crushing response against Israel.", "2024-10-02", ("IRN", "ISR", "138")),
    ("Iran's supreme leader vowed a crushing response.", "2024-10-02", ("IRNGOV", None, "138")),
    ("Israeli defence minister threatened to return Lebanon to the Stone Age.", "2024-06-15", ("ISRMIL", "LBN", "1384")),
    ("China threatened to impose a naval blockade on Taiwan.", "2022-02-26", ("CHN", "TWN", "1381")),
    ("Hungary threatened to expel the Ukrainian ambassador.", "2021-02-26", ("HUN", "UKRGOV", "1313")),
    ("Sri Lanka threatened to impose a curfew if protests continued.", "2022-04-26", ("LKA", None, "1323")),
    ("The Thai army threatened to declare martial law.", "2014-05-18", ("THAMIL", None, "1324")),
    ("Kim Jong Un threatened to annihilate the United States.", "2023-08-02", ("PRKGOV", "USA", "1385")),
    ("Serbian police used violence against protesters.", "2024-06-02", ("SRBCOP", "SRBOPP", "175")),
    ("Riot police beat protesters with batons in Belgrade.", "2024-06-02", ("SRBCOP", "SRBOPP", "175")),
    # an international body's troops are a security force as much as a state's
    ("UN peacekeepers killed two protesters in Goma.", "2022-07-26", ("IGOUNO", "CODOPP", "175")),
    ("KFOR troops attacked demonstrators in Zvecan.", "2023-05-29", ("IGOWSTNAT", "XKXOPP", "175")),
    ("Protesters clashed with UN peacekeepers in Goma.", "2022-07-26", ("IGOUNO", "CODOPP", "175")),
    ("Protesters clashed with UN peacekeepers in Goma.", "2022-07-26", ("CODOPP", "IGOUNO", "145")),
    ("Serb rioters attacked NATO soldiers in Zvecan.", "2023-05-29", ("SRBOPP", "IGOWSTNAT", "145")),
    ("Russia revoked the accreditation of a Dutch journalist.", "2019-10-26", ("RUS", "NLDMED", "172")),
])
def test_threats_and_repression_wordings(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # alerts ordered, borders militarised, truces broken by named attacks, unnamed thugs
    ("Putin ordered Russia's nuclear deterrence forces on special alert.", "2022-02-28", ("RUSGOV", None, "152")),
    ("Putin put Russia's nuclear forces on high alert.", "2022-02-28", ("RUSGOV", None, "152")),
    ("Kenyan police stepped up security in Nairobi ahead of the vote.", "2022-08-01", ("KENCOP", None, "151")),
    ("France raised its terror alert to the highest level.", "2024-03-25", ("FRA", None, "151")),
    ("Colombia militarised the border with Venezuela.", "2019-03-25", ("COL", "VEN", "154")),
    ("China has militarised islands in the South China Sea.", "2019-03-25", ("CHN", None, "154")),
    ("Guyana reinforced its border with Venezuela.", "2023-12-25", ("GUY", "VEN", "154")),
    ("Israeli fire killed five Palestinians despite the truce.", "2025-02-10", ("ISR", "PSE", "196")),
    ("Russian drones hit Kherson despite the ceasefire.", "2025-02-10", ("RUSMIL", "UKR", "196")),
    ("Israeli forces shelled southern Lebanon despite the ceasefire.", "2025-02-10", ("ISRMIL", "LBN", "196")),
    ("Thugs attacked opposition supporters in Caracas.", "2024-05-01", ("VEN", "VENOPP", "190")),
    ("Russian soldiers tortured civilians in occupied Kherson.", "2022-11-20", ("RUSMIL", "UKRCVL", "1822")),
    ("RSF fighters raped women in El Geneina.", "2023-11-20", ("SDNREB", "SDNCVL", "1821")),
    ("Israel carried out a targeted killing of an Islamic Jihad commander in Gaza.", "2023-05-10",
     ("ISR", "PSEREB", "186")),
    ("Ukrainian saboteurs blew up a railway bridge in Russia's Bryansk region.", "2023-05-10", ("UKR", "RUS", "183")),
])
def test_alerts_borders_truces(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


# sports, business, crime, disasters and figures of speech: no force, coercion or posture
@pytest.mark.parametrize("text", [
    "Liverpool launched a blistering attack in the second half.",
    "Stephen Curry shot 40 percent from three-point range.",
    "Investors launched a dawn raid on the company's shares.",
    "The blockbuster movie took 200 million dollars at the box office.",
    "The striker fired a shot past the Chelsea goalkeeper.",
    "Argentina beat France on penalties after a tense shootout.",
    "Real Madrid besieged the Barcelona goal in the final minutes.",
    "Chelsea stormed to a 4-0 win over Arsenal.",
    "Bayern Munich captured the Bundesliga title.",
    "Microsoft launched an offensive in the cloud market against Amazon.",
    "Police seized 2 tonnes of cocaine in Rotterdam.",
    "Mexican authorities seized 500 kilos of fentanyl.",
    "Wildfires destroyed hundreds of homes in Greece.",
    "The king dissolved parliament and called early elections.",
    "A Hong Kong court ordered the liquidation of Evergrande.",
    "Ryanair moved its aircraft to Dublin.",
    "The cruise line sent its ships to the Caribbean.",
    "The company deployed its sales force across Europe.",
    "Students carried out exercises near the lake.",
    "The two traders exchanged shells at the auction.",
    "Apple took the city of Cupertino by storm.",
    "Parents imposed a curfew on their teenage children.",
    "The company promised a decisive response to customer complaints.",
    "The coach promised a crushing response from his team in the return leg.",
    "The central bank used force of argument against inflation.",
    "Critics accused the coach of using violence against his own players in training.",
    "The military buildup of the company's rivals worried investors.",
    "The striker hit the post at the stadium in Madrid.",
    "Critics attacked the festival in Cannes for its lineup.",
    "The storm hit a camp in Gaza.",
    "Two hikers died in a shootout scene filmed for a movie.",
    "The striker hit the post despite the truce between the fans.",
    "The court ordered the company on notice.",
    "The school held fire drills on Monday.",
    "The Prime Minister flew close to the front line to visit troops.",
])
def test_no_force(code, text):
    got = triples(code(text, pub_date="2024-05-10"))
    assert not any(c[:2] in ("15", "17", "18", "19", "20") or c.startswith("138") for _, _, c in got), got


@pytest.mark.parametrize("text,date,expected", [
    # a fight named by a noun, led or joined: the leader or joiner uses force against the enemy
    ("Washington's fight against the Taliban lasted two decades.", "2015-05-01", ("USAGOV", "AFGREB", "190")),
    ("Kurdish forces in Syria led the fight against Islamic State in Raqqa.", "2017-10-20",
     ("SYRREB", "IMGMOSISI", "190")),
    ("Chad joined the fight against Boko Haram in 2015.", "2016-01-10", ("TCD", "NGAREB", "190")),
    ("French soldiers have served in the war against al-Qaeda in Mali.", "2019-01-10", ("FRAMIL", "IMGMOSALQ", "190")),
])
def test_a_fight_led_joined_or_served_in(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Britain joined the campaign against Iran's nuclear programme.",
    "The activist joined the fight against corruption.",
    "The Palestinians pressed on with their struggle against Israel.",
])
def test_a_political_campaign_or_struggle_is_no_fight(code, text):
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in code(text))

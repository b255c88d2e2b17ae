"""Probe of CAMEO roots 10-20 (demands to mass violence): several hand-written wire phrasings per
code, in active, passive, nominal, reported-speech, perfect and headline form, with the triple each
must keep giving. Sentences written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"

# Demands (10x): for cooperation, aid, reform, release, access, withdrawal, talks and mediation.
@pytest.mark.parametrize("text,expected", [
    # 100
    ("The Houthis presented a list of demands to Saudi Arabia.", ("YEMREB", "SAU", "100")),
    ("Washington stepped up pressure on Caracas after the disputed election.", ("USAGOV", "VENGOV", "100")),
    ("Kyiv has demanded answers from Budapest over the detention of two Ukrainian citizens.", ("UKRGOV", "HUNGOV", "100")),
    ("Beijing's demands on Manila grew louder after the collision.", ("CHNGOV", "PHLGOV", "100")),
    ("Ankara has issued a series of demands to Stockholm.", ("TURGOV", "SWEGOV", "100")),
    # 101
    ("Germany demanded full cooperation from Serbia in the investigation.", ("DEU", "SRB", "101")),
    ("The IAEA demanded information from Iran about its uranium stockpile.", ("IGOUNO", "IRN", "101")),
    # 1011
    ("Washington has demanded more investment from Seoul.", ("USAGOV", "KORGOV", "1011")),
    # 1012
    ("Russia demanded military cooperation from North Korea.", ("RUS", "PRK", "1012")),
    # 1013
    ("Kyiv demanded that Moscow hand over the suspects in the killing.", ("UKRGOV", "RUSGOV", "1013")),
    # 1014
    ("Israel demanded that Egypt share intelligence on the tunnels.", ("ISR", "EGY", "1014")),
    ("Seoul has demanded intelligence from Tokyo on the missile launch.", ("KORGOV", "JPNGOV", "1014")),
    # 102
    ("Serbia demanded that China back its position on Kosovo.", ("SRB", "CHN", "102")),
    ("Taiwan has demanded recognition from the United Nations.", ("TWN", "IGOUNO", "102")),
    ("Ukraine demanded backing from the G7 for its peace formula.", ("UKR", "IGOBUSG07", "102")),
    # 103
    ("Haiti demanded help from its Caribbean neighbours.", ("HTI", None, "103")),
    ("Somalia has demanded assistance from the African Union.", ("SOM", "IGOAFRAFU", "103")),
    # 1031
    ("Ukraine demanded more funding from the European Union.", ("UKR", "IGOEUREEC", "1031")),
    ("Argentina's president demanded a new loan from the IMF.", ("ARGGOV", "IGOBUSIMF", "1031")),
    ("Pakistan demanded money from rich nations for flood recovery.", ("PAK", None, "1031")),
    ("The Palestinian Authority demanded payment from Israel of withheld tax revenues.", ("PSEGOV", "ISR", "1031")),
    # 1032
    ("Zelenskiy demanded more air defence systems from NATO allies.", ("UKRGOV", "IGOWSTNAT", "1032")),
    ("Kyiv has demanded weapons from Berlin.", ("UKRGOV", "DEUGOV", "1032")),
    ("Ukraine demanded that Germany send Taurus missiles.", ("UKR", "DEU", "1032")),
    ("Kyiv demanded more missiles from Washington.", ("UKRGOV", "USAGOV", "1032")),
    # 1033
    ("Sudanese refugees demanded food from the World Food Programme.", ("SDNREF", "IGOUNO", "1033")),
    ("Gaza's health ministry demanded medicine from Egypt.", ("PSEGOV", "EGY", "1033")),
    ("The Afghan refugees demanded shelter from Pakistan.", ("AFGREF", "PAK", "1033")),
    ("Gaza's civil defence demanded relief from the United Nations.", ("PSE", "IGOUNO", "1033")),
    # 1034
    ("Haiti's prime minister demanded peacekeepers from the United Nations.", ("HTIGOV", "IGOUNO", "1034")),
    ("Somalia demanded protection from the African Union.", ("SOM", "IGOAFRAFU", "1034")),
    ("Taiwan demanded security guarantees from Washington.", ("TWN", "USAGOV", "1034")),
    # 104
    ("The European Union demanded reforms from Georgia.", ("IGOEUREEC", "GEO", "104")),
    ("Protesters demanded political reform in Kenya.", ("KENOPP", "KEN", "104")),
    ("The IMF demanded reforms from Pakistan.", ("IGOBUSIMF", "PAK", "104")),
    # 1041
    ("Bangladesh's opposition demanded the ouster of Sheikh Hasina.", ("BGDOPP", "BGDGOV", "1041")),
    ("Israel's opposition leader Yair Lapid demanded that Netanyahu step down.", ("ISROPP", "ISRGOV", "1041")),
    # 1042
    ("Polish truckers demanded a change in Kyiv's transport policy.", ("POLLAB", "UKR", "1042")),
    ("Germany demanded that Poland reverse its decision on the border checks.", ("DEU", "POL", "1042")),
    ("Kyiv demanded that Budapest change its policy on Russian gas.", ("UKRGOV", "HUNGOV", "1042")),
    # 1043
    ("Rohingya refugees demanded citizenship from Myanmar.", ("MMRREF", "MMR", "1043")),
    ("Hong Kong activists demanded rights from Beijing.", ("HKG", "CHNGOV", "1043")),
    # 1044
    ("Protesters in Yangon demanded democracy from the junta.", ("MMROPP", "MMRGOV", "1044")),
    ("Thai student leaders demanded a new constitution from the government.", ("THAEDU", "THAGOV", "1044")),
    ("Venezuelan protesters demanded a transition from Maduro.", ("VENOPP", "VENGOV", "1044")),
    # 105
    ("Armenia demanded concessions from Azerbaijan.", ("ARM", "AZE", "105")),
    ("Poland has demanded reparations from Germany for wartime damage.", ("POL", "DEU", "105")),
    ("Namibia demanded compensation from Germany for the colonial killings.", ("NAM", "DEU", "105")),
    ("Greece demanded reparations from Berlin.", ("GRC", "DEUGOV", "105")),
    # 1051
    ("The UN demanded the lifting of restrictions on Afghan women by the Taliban.", ("IGOUNO", "AFGCVL", "1051")),
    # 1052
    ("Kenyan police ordered the demonstrators to clear the streets.", ("KENCOP", "KENOPP", "1052")),
    ("Serbian police ordered protesters to vacate the square.", ("SRBCOP", "SRBOPP", "1052")),
    # 1053
    ("Israel demanded the release of the hostages held by Hamas.", ("ISR", "PSEREB", "1053")),
    ("Washington demanded that Moscow free the jailed American reporter.", ("USAGOV", "RUSGOV", "1053")),
    ("The Philippines demanded the return of the seized rifles from China.", ("PHL", "CHN", "1053")),
    ("Moscow demanded Kyiv return the captured soldiers.", ("RUSGOV", "UKRGOV", "1053")),
    # 1054
    ("Cuba demanded an end to the U.S. embargo.", ("CUB", "USA", "1054")),
    ("Iran demanded that Washington lift sanctions.", ("IRN", "USAGOV", "1054")),
    ("Tehran insisted that Washington lift all sanctions first.", ("IRNGOV", "USAGOV", "1054")),
    # 1055
    ("The UN demanded access for aid workers to Gaza.", ("IGOUNO", "PSE", "1055")),
    ("The IAEA demanded access for its inspectors to Iran's Fordow site.", ("IGOUNO", "IRN", "1055")),
    ("Ukraine demanded that Russia allow inspectors into the Zaporizhzhia plant.", ("UKR", "RUS", "1055")),
    ("Amnesty demanded that Israel allow journalists into Gaza.", ("NGOHRI", "ISR", "1055")),
    # 1056
    ("Kyiv demanded the withdrawal of Russian troops from Ukraine.", ("UKRGOV", "RUSMIL", "1056")),
    ("The African Union demanded a ceasefire in Sudan.", ("IGOAFRAFU", "SDN", "1056")),
    ("Moldova demanded that Russia pull its troops out of Transnistria.", ("MDA", "RUS", "1056")),
    ("Congo has demanded that Rwanda withdraw its forces from North Kivu.", ("COD", "RWA", "1056")),
    ("Beijing demanded that Manila withdraw its ship from the shoal.", ("CHNGOV", "PHLGOV", "1056")),
    ("The Security Council demanded an immediate ceasefire in Gaza.", ("IGOUNO", "PSE", "1056")),
    # 106
    ("Myanmar's opposition demanded negotiations with the junta.", ("MMROPP", "MMRGOV", "106")),
    ("Serbia demanded a meeting with NATO commanders.", ("SRB", "IGOWSTNAT", "106")),
    ("Kosovo demanded dialogue with Serbia.", ("XKX", "SRB", "106")),
    # 107
    ("China demanded that India resolve the border dispute through talks.", ("CHN", "IND", "107")),
    ("The Security Council ordered Sudan's warring parties to settle their differences.", ("IGOUNO", "SDN", "107")),
    ("The African Union ordered Ethiopia and Eritrea to resolve their dispute.", ("IGOAFRAFU", "ETH", "107")),
    ("Washington instructed Israel and Lebanon to settle the border dispute.", ("USAGOV", "ISR", "107")),
    # 108
    ("Ethiopia insisted on mediation by the African Union.", ("ETH", "IGOAFRAFU", "108")),
    ("Guyana demanded mediation by Brazil.", ("GUY", "BRA", "108")),
    ("Venezuela demanded mediation by Brazil in the Essequibo dispute.", ("VEN", "BRA", "108")),
    ("The Sudanese army insisted on mediation by Saudi Arabia.", ("SDNMIL", "SAU", "108")),
])
def test_demands(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Disapproval (11x): criticism, accusations by kind of wrong, rallying opposition, official protests, lawsuits, verdicts.
@pytest.mark.parametrize("text,expected", [
    # 110
    ("Berlin voiced displeasure with Warsaw's decision.", ("DEUGOV", "POLGOV", "110")),
    ("Japan was dismayed by North Korea's missile launch.", ("JPN", "PRK", "110")),
    ("Canada expressed disappointment at India's decision.", ("CAN", "IND", "110")),
    # 111
    ("China slammed the U.S. arms sale to Taiwan.", ("CHN", "USA", "111")),
    ("Kenya's president was criticised by rights groups.", ("NGOHRI", "KENGOV", "111")),
    ("Zelenskiy lashed out at Hungary's Viktor Orban.", ("UKRGOV", "HUNGOV", "111")),
    ("Amnesty International's condemnation of Israel's strikes drew a response.", ("NGOHRI", "ISR", "111")),
    ("EU condemns Russian strikes on Kharkiv", ("IGOEUREEC", "RUS", "111")),
    ("Britain's foreign secretary denounced Iran's execution of the dissident.", ("GBRGOV", "IRN", "111")),
    ("Washington's condemnation of the North Korean launch was swift.", ("USAGOV", "PRK", "111")),
    ("Orban was sharply criticised by the European Parliament.", ("IGOEUREEC", "HUNGOV", "111")),
    ("Erdogan has repeatedly attacked Netanyahu in speeches.", ("TURGOV", "ISRGOV", "111")),
    ("Beijing blasted the Dutch decision to curb chip exports.", ("CHNGOV", "NLD", "111")),
    ("The Kremlin said Zelenskiy's remarks were unacceptable.", ("RUSGOV", "UKRGOV", "111")),
    ("Germany rebuked Hungary over its veto.", ("DEU", "HUN", "111")),
    ("Pretoria hits out at Washington over aid cuts", ("ZAFGOV", "USA", "111")),
    ("The Kenyan president's remarks drew sharp criticism from Uganda.", ("UGA", "KENGOV", "111")),
    ("Australia criticised China over its treatment of a journalist.", ("AUS", "CHN", "111")),
    ("China condemns US arms sale to Taiwan", ("CHN", "USA", "111")),
    # 112
    ("Moscow accused Washington of meddling in its affairs.", ("RUSGOV", "USAGOV", "112")),
    ("Pakistan accused India of backing militants in Balochistan.", ("PAK", "IND", "112")),
    ("Hamas has accused Israel of stalling the negotiations.", ("PSEREB", "ISR", "112")),
    ("Kyiv blamed Moscow for the attack on the hospital.", ("UKRGOV", "RUSGOV", "112")),
    ("The blast was blamed on Kurdish militants by Turkish officials.", ("TURGOV", "TURREB", "112")),
    ("Venezuela's accusations against Guyana escalated the dispute.", ("VEN", "GUY", "112")),
    ("Russia alleged that Ukraine had planned the sabotage.", ("RUS", "UKR", "112")),
    ("Azerbaijan blames Armenia for border shooting", ("AZE", "ARM", "112")),
    ("Moscow has blamed Kyiv for the drone attack on the Kremlin.", ("RUSGOV", "UKRGOV", "112")),
    # 1121
    ("Venezuela accused the opposition leader of money laundering.", ("VEN", "VENOPP", "1121")),
    ("Kyiv accused the Russian-installed officials of looting.", ("UKRGOV", "RUSGOV", "1121")),
    # 1122
    ("The UN accused Eritrea of human rights abuses.", ("IGOUNO", "ERI", "1122")),
    ("Rights groups accused Iran of torturing detainees.", ("NGOHRI", "IRN", "1122")),
    # 1123
    ("Azerbaijan accused Armenia of provocations on the border.", ("AZE", "ARM", "1123")),
    ("China accused the Philippines of violating its territorial waters.", ("CHN", "PHL", "1123")),
    ("Russia accused Ukraine of attacking the Kursk region.", ("RUS", "UKR", "1123")),
    ("Pyongyang accused Seoul of provoking a war.", ("PRKGOV", "KORGOV", "1123")),
    ("The Philippines accused China of aggressive behaviour in the South China Sea.", ("PHL", "CHN", "1123")),
    # 1124
    ("Ukraine accused Russian troops of war crimes in Bucha.", ("UKR", "RUSMIL", "1124")),
    ("Sudan's army accused the RSF of genocide in Darfur.", ("SDNMIL", "SDNREB", "1124")),
    ("Amnesty accused the Israeli army of war crimes in Gaza.", ("NGOHRI", "ISRMIL", "1124")),
    ("Human rights groups accused Myanmar's military of war crimes.", ("NGOHRI", "MMRMIL", "1124")),
    ("Palestinians have accused Israel of genocide.", ("PSE", "ISR", "1124")),
    # 1125
    ("China accused a former British official of spying.", ("CHN", "GBRELI", "1125")),
    ("Iran accused France of espionage.", ("IRN", "FRA", "1125")),
    ("Russia has accused the French citizen of spying for Paris.", ("RUS", "FRA", "1125")),
    ("Poland accused a Russian national of spying for Moscow.", ("POL", "RUS", "1125")),
    # 113
    ("Zelenskiy rallied allies against Russia.", ("UKRGOV", "RUS", "113")),
    ("Washington sought to build a coalition against the Houthis.", ("USAGOV", "YEMREB", "113")),
    ("Ukraine rallied the world against Russia.", ("UKR", "RUS", "113")),
    ("Kenyan opposition leaders mobilised supporters against President Ruto.", ("KENOPP", "KENGOV", "113")),
    # 114
    ("Japan lodged a formal protest with China.", ("JPN", "CHN", "114")),
    ("Seoul summoned the Russian ambassador.", ("KORGOV", "RUSGOV", "114")),
    ("The Chinese envoy was summoned by the Philippine foreign ministry.", ("PHLGOV", "CHNGOV", "114")),
    ("Beijing lodged a strong protest with Tokyo over the release of the water.", ("CHNGOV", "JPNGOV", "114")),
    ("India summoned Canada's top diplomat over the allegations.", ("IND", "CANGOV", "114")),
    # a protest note delivered: the discard of a lodged "protest" (no street protest) keeps it
    ("Indonesia delivered a formal protest note to Beijing.", ("IDN", "CHNGOV", "114")),
    ("Vietnam delivered a protest note to the Chinese embassy in Hanoi.", ("VNM", "CHNGOV", "114")),
    ("Malaysia delivered a diplomatic protest note to Beijing over the incursion.", ("MYS", "CHNGOV", "114")),
    # 115
    ("South Africa filed a genocide case against Israel at the World Court.", ("ZAF", "ISR", "115")),
    ("Guyana took Venezuela to the International Court of Justice.", ("GUY", "VEN", "115")),
    ("Nicaragua brought a case against Germany at the World Court.", ("NIC", "DEU", "115")),
    # 116
    ("A court in Paris found three Syrian officials guilty in absentia.", ("FRAJUD", "SYRGOV", "116")),
    ("A Dutch court found Russia liable for the downing of the jet.", ("NLDJUD", "RUS", "116")),
    ("A Russian court convicted the American journalist of espionage.", ("RUSJUD", "USAMED", "116")),
    ("A Hong Kong court found Jimmy Lai guilty of collusion.", ("HKGJUD", "CHNOPP", "116")),
    ("A French court convicted the Rwandan doctor of genocide.", ("FRAJUD", "RWAHLH", "116")),
])
def test_disapproval(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Rejections (12x): of cooperation, aid, reform, release, de-escalation, talks, mediation and plans; defiance and vetoes.
@pytest.mark.parametrize("text,expected", [
    # 120
    ("Israel rejected Hamas' latest proposal.", ("ISR", "PSEREB", "120")),
    ("Kyiv rejected Moscow's terms.", ("UKRGOV", "RUSGOV", "120")),
    ("Kyiv dismissed Moscow's offer of a truce.", ("UKRGOV", "RUSGOV", "120")),
    ("Pyongyang spurned Seoul's overtures.", ("PRKGOV", "KORGOV", "120")),
    # 121
    ("Hungary refused to cooperate with the EU on migration.", ("HUN", "IGOEUREEC", "121")),
    # 1211
    ("India rejected China's offer of investment.", ("IND", "CHN", "1211")),
    # 1213
    ("Russia refused to extradite the hacker to the United States.", ("RUS", "USA", "1213")),
    ("The Taliban refused to hand over the militants to Pakistan.", ("AFGGOV", "PAK", "1213")),
    ("Britain has refused to extradite the former minister to Bangladesh.", ("GBR", "BGD", "1213")),
    # 122
    ("Washington rejected Kyiv's request for more aid.", ("USAGOV", "UKRGOV", "122")),
    ("Egypt turned down a request for assistance from Gaza's authorities.", ("EGY", "PSEGOV", "122")),
    ("Israel rejected Gaza's request for assistance.", ("ISR", "PSE", "122")),
    ("The UN turned down the Taliban's request for help.", ("IGOUNO", "AFGGOV", "122")),
    # 1221
    ("The IMF rejected Pakistan's request for a new loan.", ("IGOBUSIMF", "PAK", "1221")),
    ("China refused to give Sri Lanka more loans.", ("CHN", "LKA", "1221")),
    ("The EU refused to give Hungary its frozen funds.", ("IGOEUREEC", "HUN", "1221")),
    ("The IMF turned down Sri Lanka's request for more money.", ("IGOBUSIMF", "LKA", "1221")),
    # 1222
    ("Germany refused to send Taurus missiles to Ukraine.", ("DEU", "UKR", "1222")),
    ("Biden rejected Kyiv's request for F-16 jets.", ("USAGOV", "UKRGOV", "1222")),
    ("Berlin has refused to supply tanks to Kyiv.", ("DEUGOV", "UKRGOV", "1222")),
    ("Washington turned down Kyiv's request for long-range missiles.", ("USAGOV", "UKRGOV", "1222")),
    # 1223
    ("Myanmar's junta rejected offers of humanitarian aid.", ("MMRGOV", None, "1223")),
    ("Eritrea refused humanitarian aid from the United Nations.", ("ERI", "IGOUNO", "1223")),
    ("The Taliban rejected Pakistan's offer of food aid.", ("AFGGOV", "PAK", "1223")),
    ("North Korea refused humanitarian aid from South Korea.", ("PRK", "KOR", "1223")),
    # 1224
    ("The UN rejected Haiti's request for peacekeepers.", ("IGOUNO", "HTI", "1224")),
    ("Washington refused to send troops to protect Taiwan.", ("USAGOV", "TWN", "1224")),
    ("The Security Council refused to send peacekeepers to Haiti.", ("IGOUNO", "HTI", "1224")),
    ("Kyiv's request for NATO protection was rejected by Washington.", ("USAGOV", "UKRGOV", "1224")),
    # 123
    ("Tunisia's president rebuffed calls for political reform.", ("TUNGOV", None, "123")),
    ("Kenya's president rejected demands for reform.", ("KENGOV", None, "123")),
    ("The Thai government rejected the opposition's demands for reform.", ("THAGOV", "THAOPP", "123")),
    # 1231
    ("Maduro refused to step down.", ("VENGOV", None, "1231")),
    ("Netanyahu rejected calls to resign.", ("ISRGOV", None, "1231")),
    ("Sheikh Hasina has rejected the opposition's demand for her resignation.", ("BGDGOV", "BGDOPP", "1231")),
    ("Sheikh Hasina refused to step down.", ("BGDGOV", None, "1231")),
    # 1232
    ("Kenya's president refused to withdraw the finance bill.", ("KENGOV", None, "1232")),
    ("Netanyahu refused to change his policy on Gaza.", ("ISRGOV", "PSE", "1232")),
    # 1233
    ("The Taliban refused to allow girls to return to school.", ("AFGGOV", None, "1233")),
    ("Beijing rejected calls for autonomy from Hong Kong activists.", ("CHNGOV", "HKG", "1233")),
    ("Iran refused to grant rights to the Baha'i minority.", ("IRN", None, "1233")),
    # 1234
    ("Myanmar's junta refused to restore democracy.", ("MMRGOV", None, "1234")),
    # 124
    ("Israel refused to back down.", ("ISR", None, "124")),
    # 1241
    ("China refused to lift the travel restrictions on Lithuanian officials.", ("CHN", "LTUGOV", "1241")),
    ("Russia refused to lift the restrictions on foreign journalists.", ("RUS", None, "1241")),
    ("Beijing refused to ease the curbs on Hong Kong activists.", ("CHNGOV", "HKG", "1241")),
    # 1242
    ("Georgian protesters refused to disperse.", ("GEOOPP", None, "1242")),
    ("Kenyan protesters vowed to continue their demonstrations despite the ban.", ("KENOPP", None, "1242")),
    # 1243
    ("Iran refused to release the British-Iranian aid worker.", ("IRN", "GBR", "1243")),
    ("Russia has refused to return the seized Ukrainian ships.", ("RUS", "UKR", "1243")),
    ("Russia has refused to hand back deported Ukrainian children.", ("RUS", "UKRCVL", "1243")),
    # 1244
    ("Washington refused to lift sanctions on Iran.", ("USAGOV", "IRN", "1244")),
    ("The EU refused to ease sanctions on Russia.", ("IGOEUREEC", "RUS", "1244")),
    ("Biden rejected calls to lift the embargo on Cuba.", ("USAGOV", "CUB", "1244")),
    # 1245
    ("Iran refused to let IAEA inspectors visit the site.", ("IRN", "IGOUNO", "1245")),
    ("Israel barred UN investigators from entering Gaza.", ("ISR", "IGOUNO", "1245")),
    ("Myanmar's junta refused entry to UN investigators.", ("MMRGOV", "IGOUNO", "1245")),
    ("Russia refused to allow IAEA inspectors into the plant.", ("RUS", "IGOUNO", "1245")),
    # 1246
    ("Russia refused to withdraw its troops from Ukraine.", ("RUS", "UKR", "1246")),
    ("Israel rejected calls for a ceasefire in Gaza.", ("ISR", "PSE", "1246")),
    ("Israel refused to halt its offensive in Rafah.", ("ISR", "PSE", "1246")),
    # 125
    ("Zelenskiy refused to meet Putin.", ("UKRGOV", "RUSGOV", "125")),
    ("Kyiv rejected talks with Moscow.", ("UKRGOV", "RUSGOV", "125")),
    ("The Taliban refused to negotiate with the resistance.", ("AFGGOV", None, "125")),
    ("Seoul's offer of talks was rejected by Pyongyang.", ("PRKGOV", "KORGOV", "125")),
    ("Netanyahu declined an invitation to talks in Cairo.", ("ISRGOV", None, "125")),
    ("Zelenskiy rejects talks with Putin", ("UKRGOV", "RUSGOV", "125")),
    # 126
    ("Ukraine rejected China's mediation.", ("UKR", "CHN", "126")),
    ("Israel rejected Turkey's offer to mediate.", ("ISR", "TUR", "126")),
    ("India has rejected any mediation by Washington on Kashmir.", ("IND", "USAGOV", "126")),
    ("Azerbaijan rejected France's mediation.", ("AZE", "FRA", "126")),
    # 127
    ("Russia rejected the peace plan proposed by Zelenskiy.", ("RUS", "UKRGOV", "127")),
    ("Armenia's parliament rejected the peace treaty with Azerbaijan.", ("ARMLEG", "AZE", "127")),
    # 128
    ("Iran defied the UN resolutions.", ("IRN", "IGOUNO", "128")),
    ("Hungary ignored the EU court's ruling.", ("HUN", "IGOEUREEC", "128")),
    ("Israel defied the International Court of Justice order.", ("ISR", "IGOUNO", "128")),
    # 129
    ("The United States vetoed a Security Council resolution on Gaza.", ("USA", "IGOUNO", "129")),
    ("Russia vetoed the UN resolution on Mali.", ("RUS", "IGOUNO", "129")),
    ("Hungary blocked the EU's aid package for Ukraine.", ("HUN", "IGOEUREEC", "129")),
    ("Slovakia vetoed the EU's sanctions package against Russia.", ("SVK", "IGOEUREEC", "129")),
    ("Russia vetoes UN resolution on Sudan", ("RUS", "IGOUNO", "129")),
])
def test_rejections(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Threats (13x): aid cuts, sanctions, ties, administrative measures, protest, talks, repression, force, ultimatums.
@pytest.mark.parametrize("text,expected", [
    # 130
    ("Kim Jong Un threatened South Korea.", ("PRKGOV", "KOR", "130")),
    ("Ankara has threatened Stockholm with unspecified consequences.", ("TURGOV", "SWEGOV", "130")),
    ("North Korea's Kim warned Seoul of a devastating response.", ("PRK", "KORGOV", "130")),
    ("Moscow has warned Helsinki of consequences over its NATO membership.", ("RUSGOV", "FINGOV", "130")),
    ("Hezbollah's threats against Israel intensified.", ("LBNREB", "ISR", "130")),
    ("Tehran vowed revenge against Israel for the killing.", ("IRNGOV", "ISR", "130")),
    ("Russia's foreign ministry warned Finland against joining NATO.", ("RUSGOV", "FIN", "130")),
    # 131
    ("China threatened Lithuania with economic consequences.", ("CHN", "LTU", "131")),
    ("Beijing threatened economic retaliation against Canberra.", ("CHNGOV", "AUSGOV", "131")),
    ("Russia threatened Moldova with economic measures.", ("RUS", "MDA", "131")),
    ("Washington threatened Beijing with economic consequences.", ("USAGOV", "CHNGOV", "131")),
    # 1311
    ("Washington threatened to cut aid to Kyiv.", ("USAGOV", "UKRGOV", "1311")),
    ("The EU threatened to suspend funding to Hungary.", ("IGOEUREEC", "HUN", "1311")),
    ("Washington threatened to withhold aid from Israel.", ("USAGOV", "ISR", "1311")),
    # 1312
    ("The EU threatened Russia with fresh sanctions.", ("IGOEUREEC", "RUS", "1312")),
    ("Washington warned Beijing of sanctions if it arms Russia.", ("USAGOV", "CHNGOV", "1312")),
    ("Washington's threat of sanctions against Georgia angered Tbilisi.", ("USAGOV", "GEOGOV", "1312")),
    ("US threatens sanctions on Georgia", ("USA", "GEO", "1312")),
    # 1313
    ("Niger's junta threatened to cut ties with France.", ("NERGOV", "FRA", "1313")),
    ("Algeria threatened to recall its ambassador from Spain.", ("DZA", "ESP", "1313")),
    ("Colombia's president threatened to break relations with Israel.", ("COLGOV", "ISR", "1313")),
    ("Azerbaijan threatened to sever diplomatic ties with France.", ("AZE", "FRA", "1313")),
    # 132
    ("The Russian government threatened to revoke the licences of foreign media.", ("RUSGOV", None, "132")),
    # 1321
    ("Tehran threatened to block Instagram.", ("IRNGOV", None, "1321")),
    ("The Kenyan government threatened to shut down media outlets.", ("KENGOV", "KENMED", "1321")),
    # 1322
    ("Tunisia's president threatened to ban the Ennahda party.", ("TUNGOV", "TUNPTY", "1322")),
    ("Turkey threatened to ban the pro-Kurdish HDP party.", ("TUR", "TURPTY", "1322")),
    ("Thailand's election commission threatened to dissolve the Move Forward party.", ("THAGOV", "THAPTY", "1322")),
    # 1323
    ("Authorities in Dhaka threatened to impose a curfew.", ("BGDGOV", None, "1323")),
    ("Kenya's interior minister threatened to impose a curfew in Nairobi.", ("KENGOV", None, "1323")),
    ("The Senegalese interior ministry threatened to impose a curfew in Dakar.", ("SENGOV", None, "1323")),
    # 1324
    ("Yoon threatened to declare martial law.", ("KORGOV", None, "1324")),
    ("Peru's president threatened to declare a state of emergency.", ("PERGOV", None, "1324")),
    ("Ecuador's president threatened to impose martial law.", ("ECUGOV", None, "1324")),
    ("Thailand's army chief threatened to impose martial law.", ("THAMIL", None, "1324")),
    # 133
    ("French unions threatened a general strike.", ("FRALAB", None, "133")),
    ("Polish farmers threatened to block roads to the Ukrainian border.", ("POLAGR", "UKR", "133")),
    ("Indian farmers threatened to go on hunger strike.", ("INDAGR", None, "133")),
    # 134
    ("Iran threatened to walk out of the nuclear negotiations.", ("IRN", None, "134")),
    ("Kyiv threatened to halt talks with Moscow.", ("UKRGOV", "RUSGOV", "134")),
    ("Kosovo threatened to pull out of the talks with Serbia.", ("XKX", "SRB", "134")),
    # 135
    ("Qatar threatened to quit its role as mediator.", ("QAT", None, "135")),
    ("Egypt threatened to end its mediation between Israel and Hamas.", ("EGY", "ISR", "135")),
    ("Qatar has threatened to pull out of its mediation.", ("QAT", None, "135")),
    ("Norway threatened to end its mediation in Colombia.", ("NOR", "COL", "135")),
    # 136
    ("Mali's junta threatened to expel the UN peacekeepers.", ("MLIGOV", "IGOUNO", "136")),
    ("The UN threatened to suspend aid operations in Gaza.", ("IGOUNO", "PSE", "136")),
    ("UNRWA threatened to suspend aid operations in Gaza.", ("IGOUNO", "PSE", "136")),
    ("The World Food Programme threatened to halt aid work in Sudan.", ("IGOUNO", "SDN", "136")),
    # 137
    ("Police threatened to arrest protesters in Nairobi.", ("KENCOP", "KENOPP", "137")),
    ("Iran's police threatened to arrest women without headscarves.", ("IRNCOP", "IRNCVL", "137")),
    # 138
    ("Russia threatened military action against Moldova.", ("RUS", "MDA", "138")),
    ("China warned it would use force against Taiwan.", ("CHN", "TWN", "138")),
    ("Azerbaijan has threatened to use force against Armenia.", ("AZE", "ARM", "138")),
    ("Beijing warned it would take military action if Taipei declared independence.", ("CHNGOV", "TWNGOV", "138")),
    ("Putin threatened to send troops into Moldova.", ("RUSGOV", "MDA", "138")),
    # 1381
    ("China threatened to blockade Taiwan.", ("CHN", "TWN", "1381")),
    ("Iran threatened to close the Strait of Hormuz to American tankers.", ("IRN", "USA", "1381")),
    ("Beijing threatened to blockade the island of Taiwan.", ("CHNGOV", "TWN", "1381")),
    # 1382
    ("Israel threatened to occupy southern Lebanon.", ("ISR", "LBN", "1382")),
    ("Russia threatened to occupy the rest of Ukraine.", ("RUS", "UKR", "1382")),
    ("Turkey threatened to occupy northern Syria.", ("TUR", "SYR", "1382")),
    # 1383
    ("Al-Shabaab threatened suicide bombings in Kenya.", ("SOMREB", "KEN", "1383")),
    ("Al-Qaeda threatened terrorist attacks on Western embassies.", ("IMGMOSALQ", None, "1383")),
    ("Islamic State threatened terror attacks against Russia.", ("IMGMOSISI", "RUS", "1383")),
    # 1384
    ("Iran threatened to strike Israel.", ("IRN", "ISR", "1384")),
    ("North Korea threatened to attack the United States.", ("PRK", "USA", "1384")),
    ("Hezbollah has threatened to attack Cyprus.", ("LBNREB", "CYP", "1384")),
    ("Houthis threaten to target U.S. warships", ("YEMREB", "USAMIL", "1384")),
    ("Iran said it would strike Israel if attacked.", ("IRN", "ISR", "1384")),
    ("North Korea vowed to attack South Korea if provoked.", ("PRK", "KOR", "1384")),
    ("The Houthis threatened to target American warships.", ("YEMREB", "USAMIL", "1384")),
    ("Hezbollah's leader threatened to strike Israeli cities.", ("LBNREB", "ISR", "1384")),
    ("Iran threatens to strike Israel", ("IRN", "ISR", "1384")),
    # 1385
    ("Putin threatened to use nuclear weapons against NATO.", ("RUSGOV", "IGOWSTNAT", "1385")),
    ("Medvedev threatened Britain with nuclear strikes.", ("RUSGOV", "GBR", "1385")),
    ("North Korea has threatened to use nuclear weapons against South Korea.", ("PRK", "KOR", "1385")),
    ("Russia threatened to use nuclear weapons against Ukraine.", ("RUS", "UKR", "1385")),
    # 139
    ("Israel gave Hezbollah an ultimatum.", ("ISR", "LBNREB", "139")),
    ("Turkey issued an ultimatum to Sweden.", ("TUR", "SWE", "139")),
    ("The United States gave Hamas a final warning.", ("USA", "PSEREB", "139")),
])
def test_threats(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Protests (14x): rallies by cause, hunger strikes, strikes and boycotts, blockades, riots.
@pytest.mark.parametrize("text,expected", [
    # 141
    ("Tens of thousands of Israelis protested in Tel Aviv.", ("ISR", None, "141")),
    ("Pro-Palestinian protesters rallied outside the Israeli embassy in London.", ("GBROPP", "ISRGOV", "141")),
    ("Thousands of Armenians protested against the border deal in Yerevan.", ("ARM", None, "141")),
    ("Demonstrators took to the streets of Caracas.", ("VENOPP", None, "141")),
    ("Protests against the government erupted in Bangladesh.", ("BGD", "BGDGOV", "141")),
    ("Thousands of Georgians protested against the government in Tbilisi.", ("GEO", "GEOGOV", "141")),
    ("Thousands protest in Belgrade against government", ("SRB", "SRBGOV", "141")),
    # 1411
    ("Thousands of Serbians marched in Belgrade to demand the resignation of President Vucic.", ("SRB", None, "1411")),
    ("Bangladeshi students protested to demand the prime minister's resignation.", ("BGDEDU", "BGDGOV", "1411")),
    ("Armenians rallied in Yerevan to demand the ouster of Prime Minister Pashinyan.", ("ARM", None, "1411")),
    ("Pakistani opposition supporters protested for the resignation of the prime minister.", ("PAKOPP", None, "1411")),
    # 1412
    ("French farmers protested against EU trade policy.", ("FRAAGR", None, "1412")),
    ("Polish farmers protested against the EU's green policy.", ("POLAGR", None, "1412")),
    ("South Korean doctors protested against the plan to increase medical school places.", ("KORHLH", None, "1412")),
    # 1413
    ("Iranian women protested for the right to choose their dress.", ("IRNCVL", None, "1413")),
    ("Afghan women protested for the right to work.", ("AFGCVL", None, "1413")),
    ("Hong Kong activists rallied for freedom.", ("HKG", None, "1413")),
    ("Palestinians demonstrated against the detention of prisoners.", ("PSE", None, "1413")),
    # 1414
    ("Catalans rallied for independence.", ("ESPCVL", None, "1414")),
    ("Thousands of Hong Kong residents protested for democracy.", ("HKGCVL", None, "1414")),
    # 142
    ("The jailed Egyptian activist Alaa Abd el-Fattah went on hunger strike.", ("EGY", None, "142")),
    ("Palestinian prisoners launched a hunger strike in Israeli jails.", ("PSE", "ISR", "142")),
    ("Imprisoned Iranian activist begins hunger strike", ("IRN", None, "142")),
    # 1421
    ("Jailed Iranian activists went on hunger strike to demand the resignation of the supreme leader.", ("IRN", None, "1421")),
    # 1422
    ("Palestinian prisoners went on hunger strike against administrative detention.", ("PSE", None, "1422")),
    # 1423
    ("The Egyptian activist went on hunger strike to demand his freedom.", ("EGY", None, "1423")),
    # 1424
    ("Catalan separatist prisoners went on hunger strike for independence.", ("ESPREB", None, "1424")),
    # 143
    ("Nigerian unions launched a nationwide strike over fuel prices.", ("NGALAB", None, "143")),
    ("Argentina's unions staged a general strike against President Milei.", ("ARGLAB", "ARGGOV", "143")),
    ("The opposition boycotted the parliamentary election in Bangladesh.", ("BGDOPP", None, "143")),
    ("German train drivers went on strike.", ("DEU", None, "143")),
    ("Indian farmers called a nationwide strike.", ("INDAGR", None, "143")),
    ("Bangladeshi garment workers went on strike over wages.", ("BGDLAB", None, "143")),
    ("Nigerian unions strike over fuel prices", ("NGALAB", None, "143")),
    # 1431
    ("Bangladeshi opposition parties called a general strike to demand the government's resignation.", ("BGDOPP", "BGDGOV", "1431")),
    # 1432
    ("French unions went on strike against the pension reform.", ("FRALAB", None, "1432")),
    # 144
    ("Polish farmers blocked border crossings with Ukraine.", ("POLAGR", "UKR", "144")),
    ("Climate activists blocked a motorway in Germany.", ("DEUENV", None, "144")),
    ("Serbian protesters blockaded the main bridges in Belgrade.", ("SRBOPP", None, "144")),
    ("Protesters occupied the parliament building in Nairobi.", ("KENOPP", None, "144")),
    ("Kenyan protesters blocked roads in Nairobi.", ("KENOPP", None, "144")),
    # 1441
    ("Protesters blocked roads in Dhaka to demand the resignation of the prime minister.", ("BGDOPP", "BGDGOV", "1441")),
    # 145
    ("Opposition supporters rioted in Maputo after the election.", ("MOZOPP", None, "145")),
    # stones or firebombs thrown at no one named are still a violent protest
    ("Kenyan protesters threw stones in central Nairobi.", ("KENOPP", None, "145")),
    ("Rioters hurled rocks and petrol bombs in Maputo.", ("MOZOPP", None, "145")),
    ("Kenyan protesters threw stones outside parliament on Tuesday.", ("KENOPP", None, "145")),
    ("Violent protests erupted in Kenya over tax increases.", ("KEN", None, "1452")),  # a riot over a policy: 1452
])
def test_protests(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Force posture (15x): drills and tests, alerts, police and troop deployments.
@pytest.mark.parametrize("text,expected", [
    # 150
    ("Russia held nuclear drills near the Ukrainian border.", ("RUS", "UKR", "150")),
    ("China staged military exercises around Taiwan.", ("CHN", "TWN", "150")),
    ("North Korea test-fired a ballistic missile.", ("PRK", None, "150")),
    ("Iran displayed its new missiles at a military parade.", ("IRN", None, "150")),
    ("North Korea fired ballistic missiles into the sea off Japan.", ("PRK", None, "150")),
    # 151
    ("German police raised the alert level in Berlin.", ("DEUCOP", None, "151")),
    ("Sweden raised its terrorism threat level.", ("SWE", None, "151")),
    # 152
    ("Taiwan put its armed forces on high alert.", ("TWN", None, "152")),
    ("North Korea put its troops on alert.", ("PRK", None, "152")),
    ("Taiwan's military went on high alert.", ("TWNMIL", None, "152")),
    # 153
    ("Kenya deployed police officers to Haiti.", ("KEN", "HTI", "074")),
    ("France sent thousands of police reinforcements to New Caledonia.", ("FRA", "NCL", "153")),
    ("Kenya deployed riot police to the capital.", ("KEN", None, "153")),
    # 154
    ("Russia massed troops on the Ukrainian border.", ("RUS", "UKR", "154")),
    ("Israel called up 300,000 reservists.", ("ISR", None, "154")),
    ("Azerbaijan moved troops toward the Armenian border.", ("AZE", "ARM", "154")),
    ("Venezuela sent troops to the border with Guyana.", ("VEN", "GUY", "154")),
    ("North Korea sent troops to Russia.", ("PRK", "RUS", "154")),
    ("Rwanda deployed troops to Mozambique.", ("RWA", "MOZ", "154")),
    ("Pyongyang dispatched troops to Russia.", ("PRKGOV", "RUS", "154")),
    ("Russia sends more troops to Belarus", ("RUS", "BLR", "154")),
])
def test_force_posture(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Reduced relations (16x): ties, aid, sanctions, halted talks and mediation, expulsions of forces and missions.
@pytest.mark.parametrize("text,expected", [
    # 160
    ("Russia scaled back its cooperation with the Council of Europe.", ("RUS", "IGOEURCOE", "160")),
    ("Rwanda suspended its cooperation with Belgium.", ("RWA", "BEL", "160")),
    # 161
    ("Honduras broke off diplomatic relations with Taiwan.", ("HND", "TWN", "161")),
    ("Bolivia severed ties with Israel.", ("BOL", "ISR", "161")),
    ("Colombia recalled its ambassador from Israel.", ("COL", "ISR", "161")),
    ("Algeria has cut diplomatic ties with Morocco.", ("DZA", "MAR", "161")),
    ("Nicaragua closed its embassy in Taipei.", ("NIC", "TWN", "161")),
    ("Israel recalled its ambassador from Turkey.", ("ISR", "TUR", "161")),
    ("Mali cut diplomatic ties with Ukraine.", ("MLI", "UKR", "161")),
    ("Bahrain's severing of ties with Qatar in 2017 was reversed.", ("BHR", "QAT", "161")),
    ("Russia expelled ten Polish diplomats.", ("RUS", "POLGOV", "161")),
    ("Ukraine cut diplomatic ties with Iran.", ("UKR", "IRN", "161")),
    ("Bolivia cuts ties with Israel", ("BOL", "ISR", "161")),
    # 162
    ("The United States halted aid to Niger.", ("USA", "NER", "162")),
    ("Washington cut aid to Guatemala.", ("USAGOV", "GTM", "162")),
    ("Washington cut assistance to Ethiopia.", ("USAGOV", "ETH", "162")),
    # 1621
    ("The World Bank suspended lending to Uganda.", ("IGOUNODEVWBK", "UGA", "1621")),
    ("The EU froze budget support to Niger.", ("IGOEUREEC", "NER", "1621")),
    ("The EU suspended budget support to Niger.", ("IGOEUREEC", "NER", "1621")),
    ("The United States froze economic aid to Guatemala.", ("USA", "GTM", "1621")),
    # 1622
    ("Washington paused military aid to Ukraine.", ("USAGOV", "UKR", "1622")),
    ("Berlin suspended arms exports to Israel.", ("DEUGOV", "ISR", "1622")),
    ("Britain suspended some arms sales to Israel.", ("GBR", "ISR", "1622")),
    # 1623
    ("Sweden halted humanitarian aid to the Palestinians.", ("SWE", "PSE", "1623")),
    ("Germany halted humanitarian aid to Afghanistan.", ("DEU", "AFG", "1623")),
    ("Britain cut humanitarian assistance to Yemen.", ("GBR", "YEM", "1623")),
    # 163
    ("The EU imposed new sanctions on Iran.", ("IGOEUREEC", "IRN", "163")),
    ("Washington sanctioned Chinese companies for supplying Russia.", ("USAGOV", "CHNBUS", "163")),
    ("Russian oligarchs were sanctioned by Britain.", ("GBR", "RUSBUS", "163")),
    ("Washington imposed sanctions on Russian banks.", ("USAGOV", "RUSBUS", "163")),
    ("Britain slapped sanctions on Iranian officials.", ("GBR", "IRNGOV", "163")),
    ("The EU has banned imports of Russian oil.", ("IGOEUREEC", "RUS", "163")),
    ("Australia imposed travel bans on Israeli settlers.", ("AUS", "ISRSET", "163")),
    ("Japan imposed export controls on Russia.", ("JPN", "RUS", "163")),
    ("The United States blacklisted Chinese drone makers.", ("USA", "CHN", "163")),
    ("Britain banned Russian vessels from its ports.", ("GBR", "RUS", "163")),
    ("UK imposes sanctions on Israeli settlers", ("GBR", "ISRSET", "163")),
    # 164
    ("Israel broke off the ceasefire negotiations with Hamas.", ("ISR", "PSEREB", "164")),
    ("Ethiopia suspended talks with Egypt over the dam.", ("ETH", "EGY", "164")),
    ("Talks between Serbia and Kosovo collapsed.", ("SRB", "XKX", "164")),
    ("Pakistan called off talks with the Taliban.", ("PAK", "AFGGOV", "164")),
    ("The talks between Kyiv and Moscow broke down.", ("UKRGOV", "RUSGOV", "164")),
    ("Hamas suspended ceasefire talks with Israel.", ("PSEREB", "ISR", "164")),
    # 165
    ("Qatar suspended its mediation between Israel and Hamas.", ("QAT", "ISR", "165")),
    ("Turkey ended its mediation between Russia and Ukraine.", ("TUR", "RUS", "165")),
    ("Qatar has suspended its mediation between Hamas and Israel.", ("QAT", "PSEREB", "165")),
    # 166
    ("Niger expelled French troops.", ("NER", "FRAMIL", "166")),
    ("Burkina Faso ordered French troops to leave.", ("BFA", "FRAMIL", "166")),
    ("Chad has expelled American troops.", ("TCD", "USAMIL", "166")),
    # 1661
    ("Mali expelled UN peacekeepers.", ("MLI", "IGOUNO", "1661")),
    ("Mali ordered UN peacekeepers to leave.", ("MLI", "IGOUNO", "1661")),
    ("Congo expelled the East African peacekeepers.", ("COD", "EAFMIL", "1661")),
    # 1662
    ("Iran expelled IAEA inspectors.", ("IRN", "IGOUNO", "1662")),
    ("Russia expelled OSCE monitors.", ("RUS", "IGOEUROSC", "1662")),
    ("Azerbaijan expelled international observers.", ("AZE", None, "1662")),
    # 1663
    ("Ethiopia expelled UN aid officials.", ("ETH", "IGOUNO", "1663")),
    ("The Taliban banned foreign NGOs.", ("AFGGOV", "NGO", "1663")),
])
def test_reduced_relations(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Coercion (17x): seizures, destruction, bans, curfews, emergencies, arrests, deportations, repression.
@pytest.mark.parametrize("text,expected", [
    # 170
    ("Beijing coerced Lithuania into withdrawing its envoy.", ("CHNGOV", "LTU", "170")),
    # 171
    ("Israeli settlers seized Palestinian land.", ("ISRSET", "PSE", "171")),
    # 1711
    ("Venezuela's government expropriated the opposition's newspaper.", ("VENGOV", "VENMED", "1711")),
    ("Israel confiscated Palestinian land in the West Bank.", ("ISR", "PSE", "1711")),
    # 1712
    ("Israeli forces demolished Palestinian homes in the West Bank.", ("ISRMIL", "PSE", "1712")),
    ("Militants set fire to a church in Burkina Faso.", ("BFAREB", "BFAREL", "1712")),
    ("Israeli bulldozers destroyed Palestinian homes in Jenin.", ("ISR", "PSE", "1712")),
    # 172
    ("Russia revoked the accreditation of German journalists.", ("RUS", "DEUMED", "172")),
    ("Beijing revoked the visas of American journalists.", ("CHNGOV", "USAMED", "172")),
    ("Russia stripped the opposition politician of his mandate.", ("RUS", "RUSOPP", "172")),
    # 1721
    ("Russia blocked access to Instagram.", ("RUS", None, "1721")),
    ("Pakistan's government shut down mobile internet across the country.", ("PAKGOV", "PAK", "1721")),
    ("Beijing banned the annual Tiananmen vigil in Hong Kong.", ("CHNGOV", "HKG", "1721")),
    ("Iran restricted internet access during the protests.", ("IRN", None, "1721")),
    ("Turkey blocked access to Twitter.", ("TUR", None, "1721")),
    ("Iran blocked access to several foreign news outlets.", ("IRN", None, "1721")),
    # (a government's curb that names no one falls on its own people)
    ("Moscow restricted access to Western media outlets on Friday.", ("RUSGOV", "RUS", "1721")),
    # 1722
    ("Thailand's court dissolved the Move Forward party.", ("THAJUD", "THAPTY", "1722")),
    ("Tunisia's president banned the Ennahda party.", ("TUNGOV", "TUNPTY", "1722")),
    ("Venezuela has barred opposition leader Maria Corina Machado from running for office.", ("VEN", "VENOPP", "1722")),
    # 1723
    ("Authorities imposed a curfew in Dhaka.", ("BGDGOV", None, "1723")),
    ("France imposed a curfew in New Caledonia.", ("FRA", "NCL", "1723")),
    ("A curfew was imposed by the Kenyan police in Nairobi.", ("KENCOP", None, "1723")),
    # 1724
    ("Ecuador declared a state of emergency.", ("ECU", None, "1724")),
    ("South Korea's president declared martial law.", ("KORGOV", "KOR", "1724")),
    ("Peru's government declared a state of emergency in Lima.", ("PERGOV", "PER", "1724")),
    ("Bangladesh's army declared a state of emergency.", ("BGDMIL", "BGD", "1724")),
    # 173
    ("Turkish police arrested Istanbul's mayor.", ("TURCOP", "TURGOV", "173")),
    ("Russia detained an American journalist.", ("RUS", "USAMED", "173")),
    ("Israel's arrest of the Palestinian lawmaker drew criticism.", ("ISR", "PSELEG", "173")),
    ("Pakistani prosecutors charged Imran Khan with leaking state secrets.", ("PAKJUD", "PAKOPP", "173")),
    ("Chinese authorities jailed the Hong Kong activist.", ("CHNGOV", "HKG", "173")),
    ("Belarus sentenced the opposition leader to 10 years in prison.", ("BLR", "BLROPP", "173")),
    ("Pakistani police arrested Imran Khan.", ("PAKCOP", "PAKOPP", "173")),
    ("Georgian police detained dozens of protesters.", ("GEOCOP", "GEOOPP", "173")),
    ("The journalist was jailed by a court in Moscow.", ("RUSJUD", "RUSMED", "173")),
    ("Belarus has detained a Lithuanian citizen on spying charges.", ("BLR", "LTU", "173")),
    ("Hong Kong police arrested pro-democracy activists.", ("HKGCOP", "HKGOPP", "173")),
    ("Egypt jailed an opposition politician.", ("EGY", "EGYOPP", "173")),
    ("Indian police detained opposition leader Rahul Gandhi.", ("INDCOP", "INDOPP", "173")),
    ("Moscow's detention of the American reporter angered Washington.", ("RUSGOV", "USAMED", "173")),
    ("Iran arrests French tourist", ("IRN", "FRA", "173")),
    ("Russia detains US journalist on spying charges", ("RUS", "USAMED", "173")),
    # 174
    ("Israel deported the Spanish activists.", ("ISR", "ESP", "174")),
    # (an ambassador ordered out is 161, reduced relations: tests/coding/test_expelled_diplomats.py)
    ("Niger ordered the French journalist to leave the country.", ("NER", "FRAMED", "174")),
    ("Hungary deported the Ukrainian activist.", ("HUN", "UKR", "174")),
    ("Russia expelled the Moldovan journalist.", ("RUS", "MDAMED", "174")),
    # 175
    ("Iranian security forces cracked down on protesters.", ("IRNCOP", "IRNOPP", "175")),
    ("Police fired tear gas at demonstrators in Tbilisi.", ("GEOCOP", "GEOOPP", "175")),
    ("Kenyan police shot dead protesters in Nairobi.", ("KENCOP", "KENOPP", "175")),
    ("Serbian riot police beat opposition protesters.", ("SRBCOP", "SRBOPP", "175")),
    ("Georgian police used water cannon against protesters.", ("GEOCOP", "GEOOPP", "175")),
    ("Bangladeshi security forces opened fire on student protesters.", ("BGDCOP", "BGDOPP", "175")),
    ("Iranian police beat women protesters.", ("IRNCOP", "IRNOPP", "175")),
    ("Security forces killed protesters in Bangladesh.", ("BGDCOP", "BGDOPP", "175")),
    ("Georgian police use water cannon on protesters", ("GEOCOP", "GEOOPP", "175")),
])
def test_coercion(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Assaults (18x): kidnappings, beatings, torture, bombings, human shields, assassinations.
@pytest.mark.parametrize("text,expected", [
    # 181
    ("Hamas took hundreds of Israelis hostage.", ("PSEREB", "ISR", "181")),
    ("Gunmen kidnapped schoolchildren in Nigeria.", ("NGA", "NGAEDU", "181")),
    ("Two French nationals were abducted by militants in Niger.", ("NERREB", "FRA", "181")),
    ("Boko Haram militants abducted 300 pupils in Nigeria.", ("NGAREB", "NGAEDU", "181")),
    ("Hamas is holding more than 100 Israelis hostage.", ("PSEREB", "ISR", "181")),
    ("Haitian gangs kidnapped American missionaries.", ("HTICRM", "USAREL", "181")),
    ("The kidnapping of seven Chinese workers by gunmen in Congo was condemned.", ("COD", "CHNLAB", "181")),
    ("The Houthis seized a British-owned ship.", ("YEMREB", "GBR", "181")),
    ("Boko Haram kidnapped dozens of women in Borno.", ("NGAREB", "NGACVL", "181")),
    ("Gunmen kidnap 20 students in Nigeria", ("NGA", "NGAEDU", "181")),
    # 182
    ("Hindu mobs assaulted Muslim traders in Delhi.", ("INDOPP", "INDBUS", "182")),
    ("The opposition leader was beaten by unknown attackers in Tbilisi.", ("GEO", "GEOOPP", "182")),
    # 1821
    ("Sudanese RSF fighters raped women in Darfur.", ("SDNREB", "SDNCVL", "1821")),
    ("RSF fighters raped women in El Geneina.", ("SDNREB", "SDNCVL", "1821")),
    # 1822
    ("Russian forces tortured Ukrainian prisoners.", ("RUSMIL", "UKR", "1822")),
    ("Israel's torture of Palestinian detainees was documented.", ("ISR", "PSE", "1822")),
    # 1823
    ("A mob beat to death a Muslim man in India.", ("INDOPP", None, "1823")),
    # 1831
    ("An Islamic State suicide bomber attacked a Taliban office.", ("IMGMOSISI", "AFGGOV", "1831")),
    ("A suicide attack killed Pakistani soldiers in Waziristan.", ("PAK", "PAKMIL", "1831")),
    # 1832
    ("A car bombing killed ten soldiers in Mogadishu.", ("SOM", "SOMMIL", "1832")),
    # 184
    ("Russian troops used Ukrainian civilians as human shields.", ("RUSMIL", "UKRCVL", "184")),
    ("Hamas used Palestinian civilians as human shields.", ("PSEREB", "PSECVL", "184")),
    # 186
    ("Israel assassinated Hamas leader Ismail Haniyeh in Tehran.", ("ISR", "PSEREB", "186")),
    ("Israel killed Hezbollah commander Fuad Shukr in Beirut.", ("ISR", "LBNREB", "186")),
    ("The assassination of Hamas leader Ismail Haniyeh in Tehran was blamed on Israel.", ("IRN", "PSEREB", "186")),
    ("Ukrainian agents assassinated a Russian general in Moscow.", ("UKR", "RUSMIL", "186")),
    ("Russia killed Ukrainian General Maksym Shapovalov.", ("RUS", "UKRMIL", "186")),
])
def test_assaults(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Fighting (19x): attacks, blockades, occupation, gunfire, shelling, air and drone strikes, ceasefire violations.
@pytest.mark.parametrize("text,expected", [
    # 190
    ("Russian forces attacked Ukrainian positions near Bakhmut.", ("RUSMIL", "UKR", "190")),
    ("Israel launched a ground offensive in Rafah.", ("ISR", "PSE", "190")),
    ("Sudan's army clashed with the RSF in Khartoum.", ("SDNMIL", "SDNREB", "190")),
    ("Ukrainian forces launched an incursion into Russia's Kursk region.", ("UKRMIL", "RUS", "190")),
    ("Israeli forces killed 40 Palestinians in Gaza.", ("ISRMIL", "PSE", "190")),
    ("Russia launched a massive attack on Ukraine.", ("RUS", "UKR", "190")),
    ("Myanmar's army has launched an offensive against ethnic rebels.", ("MMRMIL", "MMRREB", "190")),
    ("Israeli soldiers killed three Palestinians in Nablus.", ("ISRMIL", "PSE", "190")),
    ("Ukraine attacked Russia's Black Sea Fleet.", ("UKR", "RUS", "190")),
    ("Pakistan carried out attacks inside Afghanistan.", ("PAK", "AFG", "190")),
    # 191
    ("Israel imposed a total blockade on Gaza.", ("ISR", "PSE", "191")),
    ("Israel tightened its siege of Gaza.", ("ISR", "PSE", "191")),
    # 192
    ("Russia annexed four Ukrainian regions.", ("RUS", "UKR", "192")),
    ("The military seized power in Niger.", ("NERMIL", "NERGOV", "192")),
    ("Russian forces capture Ukrainian village", ("RUSMIL", "UKR", "192")),
    # 193
    ("Pakistani troops shot dead militants in Waziristan.", ("PAKMIL", "PAKREB", "193")),
    # 194
    ("Israeli tanks shelled the Jabalia refugee camp.", ("ISRMIL", "PSE", "194")),
    ("Ukrainian artillery pounded Russian positions.", ("UKRMIL", "RUS", "194")),
    ("Russian artillery shelled Ukrainian villages.", ("RUSMIL", "UKR", "194")),
    ("Israeli tanks fired on Lebanese army positions.", ("ISRMIL", "LBNMIL", "194")),
    ("Russia fired missiles at Kyiv.", ("RUS", "UKR", "194")),
    ("Russian forces bombarded Ukrainian cities.", ("RUSMIL", "UKR", "194")),
    # heavy weapons fired at a party are artillery, not small arms (193)
    ("Hezbollah fired mortars at Israeli positions.", ("LBNREB", "ISR", "194")),
    ("Ukrainian troops fired howitzers at Russian positions.", ("UKRMIL", "RUS", "194")),
    ("Armenia fired howitzers at Azerbaijani army positions.", ("ARM", "AZEMIL", "194")),
    # 195
    ("Israel carried out air strikes on Gaza.", ("ISR", "PSE", "195")),
    ("Russian drones struck Kyiv overnight.", ("RUSMIL", "UKR", "195")),
    ("U.S. warplanes bombed Houthi targets in Yemen.", ("USAMIL", "YEMREB", "195")),
    ("Ukraine launched a drone attack on Moscow.", ("UKR", "RUS", "195")),
    ("Israeli jets struck Hezbollah positions in Lebanon.", ("ISRMIL", "LBNREB", "195")),
    ("Israeli warplanes struck targets in Syria.", ("ISRMIL", "SYR", "195")),
    ("The United States and Britain bombed Houthi sites in Yemen.", ("USA", "YEMREB", "195")),
    ("Ukraine's drone strike on a Russian air base destroyed two jets.", ("UKR", "RUS", "195")),
    # 196
    ("Israel broke the ceasefire with Hezbollah.", ("ISR", "LBNREB", "196")),
])
def test_fighting(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Mass violence (20x): expulsions, massacres, ethnic cleansing, chemical and nuclear weapons.
@pytest.mark.parametrize("text,expected", [
    # 200
    ("The Islamic State carried out atrocities against the Yazidis.", ("IMGMOSISI", "IRQCVL", "200")),
    ("RSF fighters committed atrocities against civilians in Darfur.", ("SDNREB", "SDNCVL", "200")),
    # 201
    ("Azerbaijan's forces expelled the Armenian population from Nagorno-Karabakh.", ("AZEMIL", "ARM", "201")),
    # 202
    ("RSF fighters massacred hundreds of civilians in El Fasher.", ("SDNREB", "SDNCVL", "202")),
    ("Islamist militants massacred villagers in Nigeria.", ("NGAREB", "NGACVL", "202")),
    # 203
    ("Azerbaijan was accused by Armenia of ethnic cleansing in Nagorno-Karabakh.", ("ARM", "AZECVL", "203")),
    ("Serbian forces carried out ethnic cleansing in Kosovo.", ("SRBMIL", None, "203")),
    # 2041
    ("Syrian government forces used chemical weapons against civilians.", ("SYRMIL", "SYRCVL", "2041")),
    ("Russia used chloropicrin against Ukrainian troops.", ("RUS", "UKRMIL", "2041")),
    ("Syrian troops dropped chlorine on the town.", ("SYRMIL", None, "2041")),
    ("Russia used poison gas against Ukrainian soldiers.", ("RUS", "UKRMIL", "2041")),
    # 2042
    ("North Korea detonated a nuclear device.", ("PRK", None, "2042")),
    ("Pakistan detonated nuclear weapons in 1998.", ("PAK", None, "2042")),
])
def test_mass_violence(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Phrasings the probe found uncoded or miscoded, with the lexicon entries added for them.
@pytest.mark.parametrize("text,expected", [
    # 163.ban-produce: a ban on a country's farm or mineral produce is an embargo, not a ban on a party
    ("China banned Japanese seafood.", ("CHN", "JPN", "163")),
    ("Russia banned Georgian wine.", ("RUS", "GEO", "163")),
    ("Moscow banned Moldovan fruit and vegetables.", ("RUSGOV", "MDA", "163")),
    # 194.hammer (refined to 195 for warplanes)
    ("Israeli warplanes hammered Gaza overnight.", ("ISRMIL", "PSE", "195")),
    ("Russian tanks hammered Ukrainian trenches.", ("RUSMIL", "UKR", "194")),
    # 166.boot-out-troops
    ("Burkina Faso booted out French troops.", ("BFA", "FRAMIL", "166")),
    ("Niger kicked out U.S. forces.", ("NER", "USAMIL", "166")),
    # 191.close-waterway-to, and threatened (1381)
    ("Egypt closed the canal to Israeli ships.", ("EGY", "ISR", "191")),
    ("Iran threatened to close the strait to American tankers.", ("IRN", "USA", "1381")),
    ("The Houthis threatened to close the Red Sea to Israeli ships.", ("YEMREB", "ISR", "1381")),
    # 163.ban-from-ports
    ("Canada banned Russian ships from its ports.", ("CAN", "RUS", "163")),
    # 1034.demand-guarantees
    ("Moscow demanded guarantees from NATO.", ("RUSGOV", "IGOWSTNAT", "1034")),
    # 1123.accuse-aggressive-conduct
    ("Manila accused the Chinese coast guard of dangerous manoeuvres.", ("PHLGOV", "CHNCOP", "1123")),
    # 1124.accuse-crimes-against-humanity
    ("UN investigators accused Venezuela's government of crimes against humanity.", ("IGOUNO", "VENGOV", "1124")),
    # appeal.lean-on-to
    ("Washington leaned on Israel to allow more aid into Gaza.", ("USAGOV", "ISR", "0255")),
    # 161.break-with-noun
    ("Nicaragua's break with Taiwan angered Taipei.", ("NIC", "TWN", "161")),
    ("Mali's rupture with France was complete.", ("MLI", "FRA", "161")),
    # 072.provide-t-with-platforms, refused (1222)
    ("Washington refused to supply Taiwan with submarines.", ("USAGOV", "TWN", "1222")),
    ("Berlin declined to equip Kyiv with fighter jets.", ("DEUGOV", "UKRGOV", "1222")),
    # 1385.threaten-t-with-nuclear
    ("Moscow threatened Kyiv with a nuclear response.", ("RUSGOV", "UKRGOV", "1385")),
    ("Medvedev warned Britain of nuclear war.", ("RUSGOV", "GBR", "1385")),
    # 1122.accuse-executions
    ("Amnesty accused Saudi Arabia of executing political prisoners.", ("NGOHRI", "SAU", "1122")),
    # 1722.designate-extremist
    ("Russia designated the Navalny movement as extremist.", ("RUS", "RUSOPP", "1722")),
    ("Kazakhstan designated the opposition party as extremist.", ("KAZ", "KAZOPP", "1722")),
    # 1123.accuse-firing
    ("Seoul accused Pyongyang of firing artillery near the border.", ("KORGOV", "PRKGOV", "1123")),
    ("Kyiv blamed Moscow for the downing of the plane.", ("UKRGOV", "RUSGOV", "1123")),
    # 141.march-to-demand, 141.rally-to-demand
    ("Thousands of Israelis rallied to demand a hostage deal.", ("ISR", None, "141")),
    ("Georgians marched in Tbilisi to denounce the election result.", ("GEO", None, "141")),
    ("Kenyans marched to call for lower taxes.", ("KEN", None, "141")),
    # 1442.block-road-protest-against, 1452.riot-bill, 1432.strike-subsidy
    ("Belgian farmers blocked roads to protest against the new rules.", ("BELAGR", None, "1442")),
    ("Spanish truckers blocked motorways to protest against the new law.", ("ESPLAB", None, "1442")),
    ("Angolan taxi drivers went on strike over the removal of fuel subsidies.", ("AGOLAB", None, "1432")),
    # 1213.reject-owned-extradition-request: the request's owner or national adjective is the target
    ("Belgrade rejected Kosovo's extradition request.", ("SRBGOV", "XKX", "1213")),
    ("Russia denied the American extradition request for the hacker.", ("RUS", "USA", "1213")),
])
def test_added_patterns(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,code_", [
    # a ban on produce names no party to ban
    ("China's ban on Japanese seafood remained in place.", "1722"),
    ("Hungary's ban on Ukrainian grain angered Kyiv.", "1722"),
    # economic blows are no shelling
    ("U.S. tariffs hammered China.", "194"),
    ("Western sanctions pounded Russia's economy.", "194"),
    # a strait closed to shipping names no target
    ("Iran closed the strait to Western shipping.", "191"),
    # a storm is no actor
    ("Storm Daniel hammered Libya.", "194"),
    # hammering out a deal is negotiation
    ("Kyiv and Warsaw hammered out a deal on grain transit.", "194"),
    # allies rallying to condemn an attack are not protesting
    ("NATO allies rallied to condemn the Russian attack.", "141"),
    # a break with tradition is no break with a party
    ("The party's break with tradition surprised voters.", "161"),
])
def test_no_false_event(code, text, code_):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == code_ for _, _, c in got), got


# Synonyms, passives and nominals of the commonest conflict events (second probe round).
@pytest.mark.parametrize("text,expected", [
    ("The UN Security Council demanded that Israel halt its offensive in Rafah.", ("IGOUNO", "ISR", "1056")),
    ("Moscow insisted that Kyiv withdraw its troops from the four regions.", ("RUSGOV", "UKRGOV", "1056")),
    ("Poland lambasted Hungary over its ties with Moscow.", ("POL", "HUN", "111")),
    ("Seoul castigated Pyongyang for the balloon launches.", ("KORGOV", "PRKGOV", "111")),
    ("Kenya decried Uganda's handling of the opposition leader's arrest.", ("KEN", "UGA", "111")),
    ("Canada rebuked China for its treatment of the detained Canadians.", ("CAN", "CHN", "111")),
    ("Mexico chided Ecuador over the embassy raid.", ("MEX", "ECU", "111")),
    ("Australia berated Beijing over the dangerous intercept.", ("AUS", "CHNGOV", "111")),
    ("The German chancellor took aim at Russia in his speech.", ("DEUGOV", "RUS", "111")),
    ("Erdogan railed against Israel at the UN.", ("TURGOV", "ISR", "111")),
    ("China's criticism of the Philippines escalated.", ("CHN", "PHL", "111")),
    ("Manila pinned the blame on Beijing for the collision.", ("PHLGOV", "CHNGOV", "112")),
    ("India held Pakistan responsible for the attack in Kashmir.", ("IND", "PAK", "112")),
    ("Kyiv pointed the finger at Moscow for the dam explosion.", ("UKRGOV", "RUS", "112")),
    ("Beijing charged that Washington was meddling in Hong Kong.", ("CHNGOV", "USAGOV", "112")),
    ("Pakistan's accusations against India grew.", ("PAK", "IND", "112")),
    ("Kyiv accused Moscow of deliberately targeting civilians.", ("UKRGOV", "RUSGOV", "1123")),
    ("Baku accused Yerevan of shelling its positions.", ("AZEGOV", "ARMGOV", "1123")),
    ("Moscow accused the U.S. diplomat of espionage.", ("RUSGOV", "USAGOV", "1125")),
    ("Algeria filed a complaint with the UN against Morocco.", ("DZA", "IGOUNO", "114")),
    ("Warsaw summoned Moscow's envoy over the missile incursion.", ("POLGOV", "RUSGOV", "114")),
    ("Japan's protest to China over the incursion was lodged on Friday.", ("JPN", "CHN", "114")),
    ("Guatemala filed a lawsuit against the Mexican cartel.", ("GTM", "MEXCRM", "115")),
    ("Ukraine has taken Russia to court over the downing of the airliner.", ("UKR", "RUS", "115")),
    ("Israel brushed aside the UN proposal.", ("ISR", "IGOUNO", "120")),
    ("Moscow rejected the Ukrainian proposal out of hand.", ("RUSGOV", "UKR", "120")),
    ("Washington declined to provide Kyiv with long-range missiles.", ("USAGOV", "UKRGOV", "1222")),
    ("Iran has refused to free the detained Swedish diplomat.", ("IRN", "SWEGOV", "1243")),
    ("Iran ruled out direct talks with Washington.", ("IRN", "USAGOV", "125")),
    ("Putin ruled out negotiations with Zelenskiy.", ("RUSGOV", "UKRGOV", "125")),
    ("Zelenskiy's refusal to negotiate with Putin drew support.", ("UKRGOV", "RUSGOV", "125")),
    ("Russia ignored the UN court's order to halt its invasion.", ("RUS", "IGOUNO", "128")),
    ("The United States blocked a Security Council resolution calling for a ceasefire.", ("USA", "IGOUNO", "129")),
    ("Iran vowed to avenge the killing by Israel.", ("IRN", "ISR", "130")),
    ("Hezbollah warned Israel of a harsh response.", ("LBNREB", "ISR", "130")),
    ("Israel warned Hezbollah that it would pay a heavy price.", ("ISR", "LBNREB", "130")),
    ("Turkey issued a stern warning to Greece.", ("TUR", "GRC", "130")),
    ("Tehran's warnings to Washington grew louder.", ("IRNGOV", "USAGOV", "130")),
    ("The EU warned Georgia of possible sanctions.", ("IGOEUREEC", "GEO", "1312")),
    ("Seoul threatened to downgrade ties with Moscow.", ("KORGOV", "RUSGOV", "1313")),
    ("Azerbaijan warned it could use military force against Armenia.", ("AZE", "ARM", "138")),
    ("Israel warned Hezbollah of a military response.", ("ISR", "LBNREB", "138")),
    ("China's threat to use force against Taiwan alarmed Washington.", ("CHN", "TWN", "138")),
    ("Pyongyang threatened to launch strikes against South Korea.", ("PRKGOV", "KOR", "1384")),
    ("Israel threatened to strike Iran's nuclear facilities.", ("ISR", "IRN", "1384")),
    ("Iran's threat to attack Israel rattled markets.", ("IRN", "ISR", "1384")),
    ("Israel gave Hamas a deadline to accept the deal.", ("ISR", "PSEREB", "139")),
    ("Kenyan protesters marched on parliament.", ("KENOPP", None, "141")),
    ("Protests against Israel's war in Gaza spread across American campuses.", ("USA", "ISR", "141")),
    ("Russia reinforced its troops near Kharkiv.", ("RUS", "UKR", "154")),
    ("Israel amassed troops on the Gaza border.", ("ISR", "PSE", "154")),
    ("Israel massed tanks near the Lebanese border.", ("ISR", "LBN", "154")),
    ("Russia deployed additional troops to Belarus.", ("RUS", "BLR", "154")),
    ("Argentina kicked out Venezuela's diplomats.", ("ARG", "VENGOV", "161")),
    ("Lithuania expelled Russian diplomats.", ("LTU", "RUSGOV", "161")),
    ("Poland downgraded its diplomatic ties with Belarus.", ("POL", "BLR", "161")),
    ("Washington suspended aid to Afghanistan.", ("USAGOV", "AFG", "162")),
    ("Canada halted arms sales to Israel.", ("CAN", "ISR", "1622")),
    ("Washington blacklisted Chinese chipmakers.", ("USAGOV", "CHN", "163")),
    ("The EU slapped an arms embargo on Niger's junta.", ("IGOEUREEC", "NERGOV", "163")),
    ("Britain froze the assets of Russian oligarchs.", ("GBR", "RUSBUS", "163")),
    ("The United States curbed chip exports to China.", ("USA", "CHN", "163")),
    ("The EU adopted a new package of sanctions against Russia.", ("IGOEUREEC", "RUS", "163")),
    ("The U.S. Treasury sanctioned three Hezbollah financiers.", ("USAGOV", "LBNREB", "163")),
    ("Russian banks were sanctioned by the European Union.", ("IGOEUREEC", "RUSBUS", "163")),
    ("New U.S. sanctions on Iran's oil sector took effect.", ("USA", "IRN", "163")),
    ("Britain's sanctions against Russian oligarchs were extended.", ("GBR", "RUSBUS", "163")),
    ("Ethiopia's suspension of talks with Egypt prolonged the dispute.", ("ETH", "EGY", "164")),
    ("Israeli troops razed Palestinian homes in Rafah.", ("ISRMIL", "PSE", "1712")),
    ("Russian forces flattened the Ukrainian town of Marinka.", ("RUSMIL", "UKR", "1712")),
    ("Palestinian homes were demolished by Israeli forces.", ("ISRMIL", "PSE", "1712")),
    ("The Israeli demolition of Palestinian homes drew criticism.", ("ISR", "PSE", "1712")),
    ("Russia banned the opposition newspaper Novaya Gazeta.", ("RUS", "RUSMED", "1721")),
    ("Belarus outlawed the opposition party.", ("BLR", "BLROPP", "1722")),
    ("Myanmar's junta locked up Aung San Suu Kyi.", ("MMRGOV", "MMROPP", "173")),
    ("Russia indicted the American journalist on spying charges.", ("RUS", "USAMED", "173")),
    ("Venezuelan security forces apprehended opposition activists.", ("VENCOP", "VENOPP", "173")),
    ("The Kremlin critic was taken into custody by Russian police.", ("RUSCOP", "RUSOPP", "173")),
    ("Tunisian authorities arrested the head of the Ennahda party.", ("TUNGOV", "TUNPTY", "173")),
    ("Dozens of opposition activists were detained by Belarusian police.", ("BLRCOP", "BLROPP", "173")),
    ("The arrest of the Istanbul mayor by Turkish police sparked protests.", ("TURCOP", "TURGOV", "173")),
    ("Georgian riot police dispersed protesters with tear gas.", ("GEOCOP", "GEOOPP", "175")),
    ("Iranian security forces fired on demonstrators.", ("IRNCOP", "IRNOPP", "175")),
    ("Kenyan police killed protesters during the demonstrations.", ("KENCOP", "KENOPP", "175")),
    ("Gunmen snatched 15 pupils from a school in Kaduna.", ("NGA", "NGAEDU", "181")),
    ("Hamas took Israeli soldiers captive.", ("PSEREB", "ISRMIL", "181")),
    ("Haitian gangs abducted a group of American missionaries.", ("HTICRM", "USAREL", "181")),
    ("The abduction of the Chinese engineers by Baloch militants was condemned.", ("PAKREB", "CHN", "181")),
    ("Israel's assassination of a Hezbollah commander raised tensions.", ("ISR", "LBNREB", "186")),
    ("Ukrainian forces ambushed a Russian convoy.", ("UKRMIL", "RUS", "190")),
    ("Hezbollah attacked Israeli army posts.", ("LBNREB", "ISRMIL", "190")),
    ("Sudan's army battled the RSF in Omdurman.", ("SDNMIL", "SDNREB", "190")),
    ("Israeli forces fought Hamas in Jabalia.", ("ISRMIL", "PSEREB", "190")),
    ("Israel launched an operation against Hamas in Gaza.", ("ISR", "PSEREB", "190")),
    ("Ukraine struck a Russian warship in Crimea.", ("UKR", "RUSMIL", "190")),
    ("Ukrainian positions were attacked by Russian forces.", ("RUSMIL", "UKR", "190")),
    ("Israel's war against Hamas entered its second year.", ("ISR", "PSEREB", "190")),
    ("Israel's blockade of Gaza deepened the crisis.", ("ISR", "PSE", "191")),
    ("The Taliban seized control of Kabul.", ("AFGGOV", None, "192")),
    ("The Russian occupation of Crimea continued.", ("RUS", "UKR", "192")),
    ("Russia rained missiles on Ukrainian cities.", ("RUS", "UKR", "194")),
    ("Hezbollah fired anti-tank missiles at an Israeli army post.", ("LBNREB", "ISRMIL", "194")),
    ("Russia launched missiles at Ukrainian cities.", ("RUS", "UKR", "194")),
    ("Ukrainian towns were shelled by Russian artillery.", ("RUSMIL", "UKR", "194")),
    ("Russian bombers pounded Ukrainian positions.", ("RUSMIL", "UKR", "195")),
    ("Ukraine's drones targeted a Russian oil depot.", ("UKRMIL", "RUS", "195")),
    ("U.S. jets bombed Iranian-backed militias in Syria.", ("USAMIL", "SYRREB", "195")),
    ("The Israeli air force bombed Beirut's southern suburbs.", ("ISRMIL", "LBN", "195")),
    ("Houthi positions were bombed by U.S. warplanes.", ("USAMIL", "YEMREB", "195")),
    ("U.S. air strikes against the Houthis in Yemen intensified.", ("USA", "YEMREB", "195")),
])
def test_synonyms_passives_and_nominals(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Third probe round: verbs of censure, complaint, refusal, sanction and force from 2020s wire copy.
@pytest.mark.parametrize("text,expected", [
    ("Israel's demands on Hamas hardened.", ("ISR", "PSEREB", "100")),
    ("Ankara demanded an apology from Stockholm.", ("TURGOV", "SWEGOV", "100")),
    ("Poland demanded that Belarus release the jailed journalist Andrzej Poczobut.", ("POL", "BLR", "1053")),
    ("The Chinese foreign ministry excoriated Japan over the visit.", ("CHNGOV", "JPN", "111")),
    ("Moscow slammed Helsinki's decision to close the border.", ("RUSGOV", "FINGOV", "111")),
    ("The Iranian president blasted the IAEA resolution.", ("IRNGOV", "IGOUNO", "111")),
    ("Ukraine's president assailed Hungary's leader.", ("UKRGOV", "HUNGOV", "111")),
    ("Kyiv described the Russian referendum as a sham.", ("UKRGOV", "RUS", "111")),
    ("Moscow accused Kyiv of lying about the strike.", ("RUSGOV", "UKRGOV", "112")),
    ("Peru's prosecutors accused the president of graft.", ("PERJUD", "PERGOV", "1121")),
    ("Israel accused Hezbollah of firing rockets at the Golan Heights.", ("ISR", "LBNREB", "1123")),
    ("South Africa accused Israel of genocide at the World Court.", ("ZAF", "ISR", "1124")),
    ("Beijing lodged representations with Washington over the arms sale.", ("CHNGOV", "USAGOV", "114")),
    ("Vietnam protested to China over the seizure of its fishermen.", ("VNM", "CHN", "114")),
    ("The Philippines filed a case against China at the arbitration court.", ("PHL", "CHN", "115")),
    ("The International Criminal Court convicted the Malian jihadist of war crimes.", ("IGOJUDICC", "MLIREB", "116")),
    ("Lebanon declined to extradite the former Nissan chief to Japan.", ("LBN", "JPN", "1213")),
    ("Israel refused to return the bodies of Palestinian fighters.", ("ISR", "PSEREB", "1243")),
    ("Russia declined to take part in the peace summit in Switzerland.", ("RUS", "CHE", "125")),
    ("China and Russia vetoed the U.S. resolution on Myanmar.", ("CHN", "USA", "129")),
    ("Beijing warned Manila against any provocation.", ("CHNGOV", "PHLGOV", "130")),
    ("North Korea issued threats against Japan.", ("PRK", "JPN", "130")),
    ("Congress threatened to cut off funding to the UN agency.", ("USALEG", "IGOUNO", "1311")),
    ("The United States warned Turkey of sanctions over the S-400 purchase.", ("USA", "TUR", "1312")),
    ("Nicaragua threatened to expel the EU ambassador.", ("NIC", "IGOEUREEC", "1313")),
    ("Israel threatened to cut ties with the Palestinian Authority.", ("ISR", "PSEGOV", "1313")),
    ("Armenia warned Azerbaijan against any military adventure.", ("ARM", "AZE", "138")),
    ("Hezbollah threatened to retaliate with strikes on Tel Aviv.", ("LBNREB", "ISR", "1384")),
    ("Israelis demonstrated outside the prime minister's residence.", ("ISR", "ISRGOV", "141")),
    ("Teachers in Kenya walked off the job.", ("KENEDU", None, "143")),
    ("Ukraine mobilised more soldiers.", ("UKR", None, "154")),
    ("Russia called up 300,000 reservists.", ("RUS", None, "154")),
    ("Azerbaijan froze its cooperation with the Council of Europe.", ("AZE", "IGOEURCOE", "160")),
    ("Iran closed its embassy in Kyiv.", ("IRN", "UKR", "161")),
    ("Algeria recalled its ambassador from France.", ("DZA", "FRA", "161")),
    ("Moldova expelled a Russian diplomat.", ("MDA", "RUSGOV", "161")),
    ("Washington cut off aid to the Palestinians.", ("USAGOV", "PSE", "162")),
    ("Canada sanctioned Israeli settlers.", ("CAN", "ISRSET", "163")),
    ("Japan froze the assets of Russian officials.", ("JPN", "RUSGOV", "163")),
    ("Russia halted flights to Georgia.", ("RUS", "GEO", "163")),
    ("Turkey suspended all trade with Israel.", ("TUR", "ISR", "163")),
    ("India suspended visas for Canadians.", ("IND", "CAN", "163")),
    ("Russia withdrew from talks with Ukraine.", ("RUS", "UKR", "164")),
    ("Ukraine seized Russian assets.", ("UKR", "RUS", "171")),
    ("China censored news of the protests.", ("CHN", None, "1721")),
    ("Uganda arrested opposition leader Bobi Wine.", ("UGA", "UGAOPP", "173")),
    ("Rwanda jailed the opposition figure for 25 years.", ("RWA", "RWAOPP", "173")),
    ("A Moscow court ordered the arrest of the ICC prosecutor in absentia.", ("RUSJUD", "IGOJUDICC", "173")),
    ("The ICC issued an arrest warrant for Putin.", ("IGOJUDICC", "RUSGOV", "173")),
    ("France expelled the imam to Algeria.", ("FRA", "FRAREL", "174")),
    ("Soldiers in Myanmar opened fire on protesters.", ("MMRMIL", "MMROPP", "175")),
    ("Pakistani police beat supporters of Imran Khan.", ("PAKCOP", "PAKOPP", "175")),
    ("Iran seized a U.S.-bound tanker.", ("IRN", "USA", "181")),
    ("Israeli troops launched a raid on the West Bank city of Jenin.", ("ISRMIL", "PSE", "190")),
    ("Pakistan struck militant hideouts in Iran.", ("PAK", "IRN", "190")),
    ("Russian forces fired artillery at Ukrainian positions.", ("RUSMIL", "UKR", "194")),
    ("Israeli drones struck a car in southern Lebanon.", ("ISRMIL", "LBN", "195")),
    ("Turkey's drones hit Kurdish positions in Iraq.", ("TURMIL", "IRQ", "195")),
    ("Turkish warplanes struck Kurdish militants in northern Iraq.", ("TURMIL", "IRQREB", "195")),
    ("Jihadists massacred dozens of villagers in Mali.", ("IMG", "MLICVL", "202")),
])
def test_third_round(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Fourth probe round: terror attacks, bombings, assassination attempts and protest sub-codes by aim.
@pytest.mark.parametrize("text,expected", [
    ("Kenyan opposition supporters went on strike to demand President Ruto's resignation.", ("KENOPP", "KENGOV", "1431")),
    ("Nigerian workers went on strike over the removal of fuel subsidies.", ("NGALAB", None, "1432")),
    ("South Korean doctors went on strike against the government's medical reforms.", ("KORHLH", None, "1432")),
    ("French farmers blocked motorways around Paris to protest against EU policy.", ("FRAAGR", None, "1442")),
    ("Protesters in Kenya rioted against the finance bill.", ("KENOPP", None, "1452")),
    ("French farmers rioted over EU trade policy.", ("FRAAGR", None, "1452")),
    ("Islamic State carried out a terrorist attack in Kerman.", ("IMGMOSISI", "IRN", "180")),
    ("Hamas gunmen carried out a terror attack in Jerusalem.", ("PSEREB", "ISR", "180")),
    ("A Hamas militant stabbed two Israeli soldiers.", ("PSEREB", "ISRMIL", "180")),
    ("The Islamic State terror attack on a Moscow concert hall killed 145 people.", ("IMGMOSISI", "RUS", "180")),
    ("Al-Shabaab militants detonated a bomb outside a police station in Mogadishu.", ("SOMREB", "SOMCOP", "183")),
    ("Baloch separatists set off a bomb at a railway station in Quetta.", ("PAKREB", None, "183")),
    ("The Pakistani Taliban killed ten policemen in a bomb attack.", ("PAKREB", "PAKCOP", "183")),
    ("Boko Haram fighters planted explosives at a market in Borno.", ("NGAREB", "NGACVL", "183")),
    ("JNIM fighters killed five Malian soldiers with a roadside bomb.", ("IMGMOSALQ", "MLIMIL", "1833")),
    ("Mexican cartel gunmen tried to kill the security chief of Mexico City.", ("MEXCRM", "MEX", "185")),
    ("The assassination attempt on Robert Fico by a Slovak gunman shocked Europe.", ("SVK", "SVKGOV", "185")),
    ("Iran plotted to assassinate an Iranian dissident in New York.", ("IRN", "IRNOPP", "185")),
])
def test_fourth_round(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Fifth probe round: failed agreements, reneged promises, copular readiness under demands, passive
# accusations whose agent the parser hangs on the charge.
@pytest.mark.parametrize("text,expected", [
    ("Israel and Hamas failed to reach an agreement on a ceasefire.", ("ISR", "PSEREB", "164")),
    ("Russia and Ukraine failed to reach a deal after two days of talks.", ("RUS", "UKR", "164")),
    ("Iran failed to reach agreement with the EU on its nuclear program.", ("IRN", "IGOEUREEC", "164")),
    ("Serbian and Kosovar negotiators failed to strike a deal in Brussels on Monday.", ("SRB", "XKX", "164")),
    # going back on one's own word rejects what was promised, aimed where the promised act was
    ("Kenya reneged on its commitment to send police officers to Haiti.", ("KEN", "HTI", "1224")),
    ("Israel went back on its promise to withdraw troops from Lebanon.", ("ISR", "LBN", "1246")),
    ("The US backtracked on its offer of military aid to Ukraine.", ("USA", "UKR", "1222")),
    ("Iran has reneged on its pledge to cooperate with the IAEA.", ("IRN", "IGOUNO", "120")),
    ("Serbia reneged on its agreement with the EU on visas.", ("SRB", "IGOEUREEC", "127")),
    ("Serbia reneged on its agreement with the EU on visas.", ("SRB", "IGOEUREEC", "057")),
    ("Ethiopia backtracked on its deal with Somaliland.", ("ETH", "SOM", "127")),
    # farmers, truckers or workers blockading a city obstruct passage; threatening to is a threat of protest
    ("French farmers blockaded Paris with tractors.", ("FRAAGR", "FRAGOV", "144")),
    ("Polish truck drivers blockaded the border with Ukraine.", ("POLLAB", "UKR", "144")),
    ("Canadian truckers threatened to blockade Ottawa.", ("CANLAB", "CANGOV", "133")),
    ("Polish farmers warned on Tuesday they would blockade Warsaw from Monday.", ("POLAGR", "POLGOV", "133")),
    ("Russia blockaded Ukraine's ports.", ("RUS", "UKR", "191")),
    ("Iran threatened to blockade the Strait of Hormuz.", ("IRN", None, "1381")),
    # being ready or committed to an act, asked or demanded, is the act asked for
    ("Qatar said Egypt must be ready to mediate between Israel and Hezbollah.", ("QAT", "EGY", "108")),
    ("Washington said Moscow must be willing to negotiate with Kyiv.", ("USAGOV", "RUSGOV", "106")),
    ("Germany insisted that Russia must be prepared to withdraw its troops from Ukraine.", ("DEU", "RUS", "1056")),
    ("The EU urged Serbia to be ready to negotiate with Kosovo.", ("IGOEUREEC", "SRB", "026")),
    ("The UN called on Ethiopia to be willing to accept international mediation.", ("IGOUNO", "ETH", "028")),
    ("France urged Iran to commit to releasing the French hostages.", ("FRA", "IRN", "0253")),
    # terrorist activities and operations are unconventional violence (threatened: 1383)
    ("Hezbollah threatened to restart terrorist operations against Israel.", ("LBNREB", "ISR", "1383")),
    ("Islamic State vowed to step up terrorist operations against France.", ("IMGMOSISI", "FRA", "1383")),
    # workers who shun or boycott work strike
    ("Ghanaian teachers shunned work for a third day to protest against unpaid wages.", ("GHAEDU", None, "143")),
    ("Kenyan doctors boycotted work for a second week.", ("KENHLH", None, "143")),
    # banning aid, or cutting food supplies, reduces aid
    ("Washington banned military aid to Uganda.", ("USAGOV", "UGA", "1622")),
    ("The World Food Programme reduced food supplies to refugees in Chad.", ("IGOUNO", "TCDREF", "1623")),
    ("The WFP halved food supplies to Afghan refugees in Iran.", ("IGOUNO", "AFGREF", "1623")),
    ("Canada said it would ban all aid to Myanmar.", ("CAN", "MMR", "1311")),
    # handing over the accused (bombers, killers, perpetrators) is judicial cooperation, whatever its target
    ("Britain said Libya must hand over the bombers.", ("GBR", "LBY", "1013")),
    ("Rwanda demanded that Congo hand over the killers of its diplomat.", ("RWA", "COD", "1013")),
    ("Russia refused to turn over the perpetrators.", ("RUS", None, "1213")),
    # a passive accusation's agent hung on the charge's noun or gerund
    ("Nigeria was accused of human rights abuses by Amnesty International.", ("NGOHRI", "NGA", "1122")),
    ("Venezuela has been accused of vote rigging by the Organization of American States.", ("IGOAMROAS", "VEN", "1121")),
    ("The former Haitian president has been accused of embezzling millions in public funds by Haitian prosecutors.",
     ("HTIJUD", "HTIELI", "1121")),
    ("Israel was criticised for its treatment of prisoners by the United Nations.", ("IGOUNO", "ISR", "111")),
])
def test_fifth_round(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


@pytest.mark.parametrize("text,code_", [
    # an act judged possible, wise or wrong in an extraposed for-to clause is no act
    ("Moscow said it was possible for Kyiv to resume talks with Russia.", "046"),
    ("Erdogan said it would be wrong for Sweden to expel Turkish diplomats.", "161"),
    ("It is unlikely for Serbia to recognise Kosovo.", "054"),
    ("Orban said it was possible for Hungary to renege on its deal with Ukraine.", "127"),
])
def test_fifth_round_no_event(code, text, code_):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == code_ for _, _, c in got), got


# Sixth probe round: a "must" reported by announcing, concluding or emphasising verbs, or carried by
# a reminder or message noun, is a demand on the clause's subject.
@pytest.mark.parametrize("text,expected", [
    ("Germany's foreign minister announced that Belgrade must extradite the suspects.", ("DEUGOV", "SRBGOV", "1013")),
    ("The Arab League concluded that Israel must withdraw from the occupied territories.", ("IGOARBALG", "ISR", "1056")),
    ("The European Commission emphasised that Poland must restore judicial independence.", ("IGOEUREEC", "POL", "100")),
    ("Amnesty International concluded that Iran must free the jailed lawyers.", ("NGOHRI", "IRN", "1053")),
    ("The French president sent a blunt reminder to Algeria that it must honour the migration accord.",
     ("FRAGOV", "DZA", "102")),
    ("The EU delivered a message to Georgia that it must drop the foreign agents law.", ("IGOEUREEC", "GEO", "1042")),
])
def test_sixth_round_must(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# Rebels or the opposition saying their own state's leaders must act make a demand on them, not a
# commitment of their own side.
@pytest.mark.parametrize("text,expected", [
    ("Colombian rebels announced that President Petro must release their jailed commanders before talks.",
     ("COLREB", "COLGOV", "1053")),
    ("Sudanese rebels said the army chief must step down.", ("SDNREB", "SDNMIL", "1041")),
    ("Myanmar's opposition said the junta must release all political prisoners.", ("MMROPP", "MMRGOV", "1053")),
])
def test_sixth_round_challenger_must(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# "unless Y ..." sets terms like "only if": a demand on Y from the party that sets them, made
# (asserted) when it is said, whatever the modal or negation of the act it hangs on.
@pytest.mark.parametrize("text,expected", [
    ("Turkey said it would withdraw its troops from the mission unless NATO lifted the restrictions.",
     ("TUR", "IGOWSTNAT", "1051", "asserted")),
    ("Hungary will block the aid package unless Brussels releases the frozen funds.",
     ("HUN", "IGOEUREEC", "1054", "asserted")),
    # (force one's own side would keep using is a pledge of force, a threat whose condition is what
    # it demands, as "threatened to strike unless ...": coded as the threat, 1384, not as terms)
    ("The Houthis said they would keep attacking ships unless Israel ended its offensive in Gaza.",
     ("YEMREB", "ISR", "1384", "asserted")),
    ("Kenyan doctors will not return to work unless the government releases their jailed union leaders.",
     ("KENHLH", "KENGOV", "1053", "asserted")),
])
def test_sixth_round_unless_terms(code, text, expected):
    got = {(e.source.cameo, e.target.cameo if e.target else None, e.cameo, e.factuality)
           for e in code(text, pub_date=DATE)}
    assert expected in got, got


@pytest.mark.parametrize("text,code_", [
    # a plain "if" only states a case
    ("Iran said it would return to the talks if Washington lifted sanctions.", "1054"),
])
def test_sixth_round_plain_if_no_demand(code, text, code_):
    got = triples(code(text, pub_date=DATE))
    assert not any(c == code_ for _, _, c in got), got


# killing the one holder of an office named with its body ("the deputy chief of X's militia")
# is an assassination, the victim's actor being that body
@pytest.mark.parametrize("text,expected", [
    ("Boko Haram fighters killed the deputy chief of a Nigerian vigilante group.", ("NGAREB", "NGA", "186")),
    ("Islamic State gunmen killed the chief of an Iraqi tribal militia.", ("IMGMOSISI", "IRQREB", "186")),
    ("Taliban fighters killed the deputy chief of an Afghan pro-government militia.", ("AFGGOV", "AFGREB", "186")),
])
def test_sixth_round_office_of_body_killed(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# A participial adjunct ("rejected X, urging Y to ...") is coded, but ranks below the clause's
# main act, which is what the sentence reports.
@pytest.mark.parametrize("text,top,adjunct", [
    ("Pakistan rejected an Indian offer of a trade agreement, urging India to resume talks instead.",
     "120", "026"),
    ("Turkey turned down a Greek offer of talks, accusing Athens of bad faith.", "125", "112"),
    ("Iran rejected the US demand, calling on Washington to lift sanctions first.", "120", "0254"),
])
def test_sixth_round_adjunct_ranks_below_main_act(code, text, top, adjunct):
    events = [e for e in code(text, pub_date=DATE) if e.cameo]
    assert adjunct in {e.cameo for e in events}, [(e.cameo, e.confidence) for e in events]
    assert max(events, key=lambda e: e.confidence).cameo == top, [(e.cameo, e.confidence) for e in events]


# "the republic of X", "the kingdom of Y": the state the "of" phrase names acts (not a US state,
# which is no country)
@pytest.mark.parametrize("text,expected", [
    ("The tiny kingdom of Bahrain expelled the Iranian ambassador on Monday.", ("BHR", "IRNGOV", "161")),
    ("The island nation of Cyprus accused Turkey of violating its airspace.", ("CYP", "TUR", "1123")),
    ("The emirate of Qatar hosted talks between Hamas and Israel.", ("QAT", "ISR", "045")),
])
def test_sixth_round_state_named_by_of_phrase(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got


# unnamed opposition activists or radicals with nothing earlier to place them, acting on the one
# state their sentence names, are of that state (as unnamed rebels, police and judges are)
@pytest.mark.parametrize("text,expected", [
    ("Opposition activists demanded the resignation of Serbian President Aleksandar Vucic.",
     ("SRBOPP", "SRBGOV", "1041")),
    ("Opposition supporters accused the Georgian government of rigging the vote.", ("GEOOPP", "GEOGOV", "1121")),
    ("Radicals threatened to storm the Kenyan parliament.", ("KENRAD", "KENLEG", "133")),
])
def test_sixth_round_unnamed_challengers_placed_by_state_acted_on(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got

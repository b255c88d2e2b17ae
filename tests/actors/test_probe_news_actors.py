"""Names of IGOs, courts, NGOs and armed groups that wire copy uses and the knowledge base used to
miss, and sector nouns for unnamed actors, resolve to their CAMEO actor codes. Sentences written
for this probe; none is taken from an evaluation set."""

import pytest

from .test_mentions import mentions as mentions_on

pytestmark = pytest.mark.slow


def code_of(found, phrase):
    hit = next((m for t, m in found.items() if phrase in t), None)
    assert hit is not None, (phrase, list(found))
    return hit.cameo


CASES = [
    # regional courts, commissions and banks
    ("The Inter-American Commission on Human Rights asked Nicaragua to free the bishop.",
     {"Inter-American Commission on Human Rights": "IGOAMROAS"}),
    ("The Inter-American Court of Human Rights found Guatemala responsible for the massacre.",
     {"Inter-American Court of Human Rights": "IGOAMROAS"}),
    ("The African Court on Human and Peoples' Rights ordered Tanzania to amend its election law.",
     {"African Court on Human and Peoples' Rights": "IGOAFRAFU"}),
    ("The Venice Commission warned Georgia that the foreign agents law breached its commitments.",
     {"Venice Commission": "IGOEURCOE"}),
    ("The European Investment Bank signed a loan with Poland for new rail lines.", {"European Investment Bank": "IGOEUREEC"}),
    ("The EBRD pledged new funding for Ukraine's power grid.", {"EBRD": "IGOEUREBR"}),
    ("The Asian Infrastructure Investment Bank approved a loan to Pakistan.", {"Asian Infrastructure Investment Bank": "IGOASAAIB"}),
    ("The Eurasian Economic Union granted observer status to Iran.", {"Eurasian Economic Union": "IGOASAEEU"}),
    ("The Pacific Islands Forum asked Japan for more data on the treated water.", {"Pacific Islands Forum": "IGOPACPIF"}),
    ("CELAC leaders criticised the blockade of Cuba.", {"CELAC": "IGOLAMCEL"}),
    ("The CTBTO said its stations detected the blast in North Korea.", {"CTBTO": "IGOUNO"}),
    ("The International Tribunal for the Law of the Sea ordered the release of the vessel.",
     {"International Tribunal for the Law of the Sea": "IGOUNO"}),
    ("The UN Committee against Torture questioned Egypt over deaths in custody.", {"UN Committee against Torture": "IGOUNO"}),
    # descriptive names wire copy uses for IGOs, and religious leaders
    ("The world body demanded an immediate ceasefire.", {"world body": "IGOUNO"}),
    ("The 27-nation bloc agreed a new package of sanctions.", {"27-nation bloc": "IGOEUREEC"}),
    ("The West African bloc lifted its sanctions on Guinea.", {"West African bloc": "IGOWAFECO"}),
    # newspapers a list of banned or blocked outlets names
    ("Moscow blocked El Pais and El Mundo on Tuesday.", {"El Pais": "ESPMED", "El Mundo": "ESPMED"}),
    ("Russia banned La Repubblica and the Corriere della Sera.",
     {"La Repubblica": "ITAMED", "Corriere della Sera": "ITAMED"}),
    ("The Sueddeutsche Zeitung reported that Berlin would send more tanks.", {"Sueddeutsche Zeitung": "DEUMED"}),
    # the Central African bloc is ECCAS, not the Central African Republic
    ("The Central African bloc readmitted Gabon at its summit.", {"Central African bloc": "IGOCAFECC"}),
    ("Chad and Cameroon clashed at a meeting of the 11-nation Central African bloc.",
     {"Central African bloc": "IGOCAFECC"}),
    ("The regional bloc ECCAS lifted its sanctions on Gabon.", {"ECCAS": "IGOCAFECC"}),
    ("The 32-member alliance pledged more air defences.", {"32-member alliance": "IGOWSTNAT"}),
    ("The oil cartel agreed to extend its output cuts.", {"oil cartel": "IGOBUSOPC"}),
    ("The Dalai Lama said his successor would be born in the free world.", {"Dalai Lama": "CHNREL"}),
    ("Grand Ayatollah Sistani called for calm after the vote.", {"Sistani": "IRQREL"}),
    # peace operations and missions
    ("UNISFA said its patrol came under fire in Abyei.", {"UNISFA": "IGOUNO"}),
    ("The UN Verification Mission in Colombia reported new killings of former combatants.",
     {"UN Verification Mission in Colombia": "IGOUNO"}),
    ("EUNAVFOR Atalanta escorted the aid ship to Mogadishu.", {"EUNAVFOR Atalanta": "IGOEUREEC"}),
    ("The EU Monitoring Mission in Georgia patrolled the boundary line.", {"EU Monitoring Mission in Georgia": "IGOEUREEC"}),
    ("NATO Mission Iraq extended its mandate.", {"NATO Mission Iraq": "IGOWSTNAT"}),
    ("The East African Community Regional Force began withdrawing from Goma.", {"East African Community Regional Force": "IGOEAFEAC"}),
    ("Operation Barkhane handed its last base to the Malian army.", {"Operation Barkhane": "FRAMIL"}),
    ("Operation Inherent Resolve said it killed a senior Islamic State commander.", {"Operation Inherent Resolve": "USAMIL"}),
    # NGOs
    ("Medecins du Monde said its clinic in Khan Younis had been hit.", {"Medecins du Monde": "NGOHLH"}),
    ("Action Against Hunger suspended its work in northern Mali.", {"Action Against Hunger": "NGO"}),
    ("World Central Kitchen paused deliveries after the convoy was struck.", {"World Central Kitchen": "NGO"}),
    ("The Danish Refugee Council closed its offices in Burkina Faso.", {"Danish Refugee Council": "NGOREF"}),
    ("The Viasna Human Rights Centre said Belarus holds more than a thousand political prisoners.", {"Viasna": "NGOHRI"}),
    ("Al-Haq urged the ICC to investigate settlement expansion.", {"Al-Haq": "NGOHRI"}),
    ("Adalah asked Israel's Supreme Court to halt the demolitions.", {"Adalah": "NGOHRI"}),
    ("The Palestinian Centre for Human Rights documented the strikes.", {"Palestinian Centre for Human Rights": "NGOHRI"}),
    ("Breaking the Silence published soldiers' testimonies.", {"Breaking the Silence": "NGOHRI"}),
    ("The Egyptian Initiative for Personal Rights said the activist was rearrested.",
     {"Egyptian Initiative for Personal Rights": "NGOHRI"}),
    ("The Human Rights Activists News Agency said security forces arrested dozens.",
     {"Human Rights Activists News Agency": "NGOHRI"}),
    ("Norway-based Iran Human Rights said at least 500 people were executed last year.", {"Iran Human Rights": "NGOHRI"}),
    ("Hengaw said Iranian border guards shot two Kurdish porters.", {"Hengaw": "NGOHRI"}),
    ("OVD-Info counted more than 1,300 detentions across Russia.", {"OVD-Info": "NGOHRI"}),
    ("The International Commission of Jurists criticised the trial of civilians by military courts.",
     {"International Commission of Jurists": "NGOHRI"}),
    ("The Human Rights Commission of Pakistan condemned the enforced disappearances.",
     {"Human Rights Commission of Pakistan": "NGOHRI"}),
    ("The Institute for the Study of War said the offensive had stalled.", {"Institute for the Study of War": "NGO"}),
    ("The White Helmets pulled survivors from the rubble.", {"White Helmets": "NGO"}),
    ("Article 19 criticised the new media law.", {"Article 19": "NGOHRI"}),
    ("Medical Aid for Palestinians said its team was evacuated.", {"Medical Aid for Palestinians": "NGOHLH"}),
    ("The Memorial Human Rights Centre listed the journalist as a political prisoner.", {"Memorial Human Rights Centre": "NGOHRI"}),
    # armed groups
    ("Fighters of the Turkistan Islamic Party joined the offensive on Aleppo.", {"Turkistan Islamic Party": "IMG"}),
    ("Hurras al-Din said its commander was killed in a drone strike.", {"Hurras al-Din": "IMGMOSALQ"}),
    ("Katiba Macina fighters ambushed an army convoy near Mopti.", {"Katiba Macina": "IMGMOSALQ"}),
    ("Ansarul Islam claimed the attack on the gendarmerie post.", {"Ansarul Islam": "BFAREB"}),
    ("The Kurdistan Freedom Hawks claimed the bombing.", {"Kurdistan Freedom Hawks": "TURREB"}),
    ("The Popular Resistance Committees claimed the rocket fire.", {"Popular Resistance Committees": "PSEREB"}),
    ("Harakat al-Nujaba vowed to keep attacking American forces.", {"Harakat al-Nujaba": "IRQMIL"}),
    ("Kataib Sayyid al-Shuhada denied involvement in the drone attack.", {"Kataib Sayyid al-Shuhada": "IRQMIL"}),
    ("The Badr Organization withdrew its candidates.", {"Badr Organization": "IRQMIL"}),
    ("Jaish al-Adl claimed the attack on the police station in Sistan-Baluchestan.", {"Jaish al-Adl": "IRNREB"}),
    ("The MEK held a rally in Paris against the Iranian government.", {"MEK": "IRNOPP"}),
    ("Lashkar-e-Jhangvi claimed the bombing of the Shiite mosque.", {"Lashkar-e-Jhangvi": "PAKREB"}),
    ("Tehreek-e-Labbaik Pakistan supporters blocked the highway to Islamabad.", {"Tehreek-e-Labbaik Pakistan": "PAKPTY"}),
    ("The Baloch Liberation Front claimed the attack on the gas pipeline.", {"Baloch Liberation Front": "PAKREB"}),
    ("Ahlu Sunna Wal Jamaa fighters drove al-Shabaab out of the town.", {"Ahlu Sunna Wal Jamaa": "SOMREB"}),
    ("Ansar al-Sunna fighters raided the town of Macomia.", {"Ansar al-Sunna": "MOZREB"}),
    ("The Coalition of Patriots for Change attacked a checkpoint near Bambari.", {"Coalition of Patriots for Change": "CAFREB"}),
    ("CPC rebels seized the town near the border with Chad.", {"CPC rebels": "CAFREB"}),
    ("The FARDC shelled M23 positions near Sake.", {"FARDC": "CODMIL"}),
    ("RED-Tabara claimed the attack near Bujumbura.", {"RED-Tabara": "BDIREB"}),
    ("The Radaa Special Deterrence Force clashed with a rival militia at the airport.", {"Radaa Special Deterrence Force": "LBYREB"}),
    ("The United Wa State Army agreed to stop selling arms to the rebels.", {"United Wa State Army": "MMRREB"}),
    ("The NSCN-IM accused New Delhi of stalling the peace process.", {"NSCN-IM": "INDREB"}),
    ("The Maute group pledged allegiance to the Islamic State.", {"Maute group": "PHLREB"}),
    ("The West Papua National Liberation Army released the pilot.", {"West Papua National Liberation Army": "IDNREB"}),
    ("The Barisan Revolusi Nasional resumed talks with Bangkok.", {"Barisan Revolusi Nasional": "THAREB"}),
    ("The Segunda Marquetalia suspended its talks with the government.", {"Segunda Marquetalia": "COLREB"}),
    ("Los Lobos gang members were transferred to another prison.", {"Los Lobos": "ECUCRM"}),
    ("Akhmat fighters were sent to the Kursk region.", {"Akhmat fighters": "RUSMIL"}),
    ("The Proud Boys leader was sentenced to 22 years.", {"Proud Boys": "USARAD"}),
    ("The Oath Keepers founder was convicted of seditious conspiracy.", {"Oath Keepers": "USARAD"}),
    ("Nusra fighters shelled the village.", {"Nusra": "SYRREB"}),
    ("Ansarul Islam claimed the ambush.", {"Ansarul Islam": "BFAREB"}),
    # national security councils, parliaments, electoral bodies and services with their own names
    ("Russia's Security Council said the West was preparing provocations.", {"Russia's Security Council": "RUSGOV"}),
    ("The National Security and Defence Council imposed sanctions on the bank.", {"National Security and Defence Council": "UKRGOV"}),
    ("The Turkish Grand National Assembly ratified the protocol.", {"Turkish Grand National Assembly": "TURLEG"}),
    ("INEC postponed the governorship elections.", {"INEC": "NGAGOV"}),
    ("Iraq's Counter-Terrorism Service raided a hideout near Kirkuk.", {"Counter-Terrorism Service": "IRQMIL"}),
    ("The Taiwan Affairs Office warned Taipei against seeking independence.", {"Taiwan Affairs Office": "CHNGOV"}),
    ("Taiwan's Mainland Affairs Council urged Beijing to release the fishermen.", {"Mainland Affairs Council": "TWNGOV"}),
    ("South Korea's Unification Ministry proposed talks with Pyongyang.", {"Unification Ministry": "KORGOV"}),
    ("Honduras's electoral tribunal declared the result.", {"electoral tribunal": "HNDJUD"}),
    # unnamed aid organisations are the general NGO code; a country in the phrase keeps its own
    ("Aid agencies said the convoy was turned back at the crossing.", {"Aid agencies": "NGO"}),
    ("Relief groups warned the government that the camps were running out of water.", {"Relief groups": "NGO"}),
    ("An international aid group said its warehouse was looted.", {"aid group": "NGO"}),
    ("Sudanese aid groups accused the RSF of looting.", {"Sudanese aid groups": "SDNNGO"}),
    # parties of the 2020s
    ("Republican senators blocked the nomination.", {"Republican senators": "USAPTY"}),
    ("Tory MPs criticised Sunak over the election date.", {"Tory MPs": "GBRPTY"}),
    ("The Sahra Wagenknecht Alliance demanded talks with Moscow.", {"Sahra Wagenknecht Alliance": "DEUPTY"}),
    ("Chega overtook the Socialists in the polls.", {"Chega": "PRTPTY"}),
    ("Junts threatened to withdraw its support from the government.", {"Junts": "ESPPTY"}),
    ("The Alliance for the Union of Romanians demanded a recount.", {"Alliance for the Union of Romanians": "ROUPTY"}),
    ("Moldova's Party of Action and Solidarity kept its majority.", {"Party of Action and Solidarity": "MDAPTY"}),
    ("The Finns Party left the coalition.", {"Finns Party": "FINPTY"}),
    ("The Tisza party led Fidesz in the polls.", {"Tisza party": "HUNPTY"}),
    ("La Libertad Avanza won the midterm elections.", {"La Libertad Avanza": "ARGPTY"}),
    ("Nuevas Ideas approved the constitutional reform.", {"Nuevas Ideas": "SLVPTY"}),
    ("The JUI-F joined the opposition alliance.", {"JUI-F": "PAKPTY"}),
    ("The National People's Power won a two-thirds majority.", {"National People's Power": "LKAPTY"}),
    ("The CPN-UML withdrew from the coalition.", {"CPN-UML": "NPLPTY"}),
    ("Pakatan Harapan formed a unity government.", {"Pakatan Harapan": "MYSPTY"}),
    ("Bhumjaithai nominated its leader for prime minister.", {"Bhumjaithai": "THAPTY"}),
    ("The MK Party challenged the election result in court.", {"MK Party": "ZAFPTY"}),
    ("The Citizens Coalition for Change accused the police of abducting its activists.", {"Citizens Coalition for Change": "ZWEPTY"}),
    ("Otzma Yehudit quit the coalition over the truce.", {"Otzma Yehudit": "ISRPTY"}),
    ("The Jewish Power party threatened to topple the government.", {"Jewish Power": "ISRPTY"}),
    ("United Torah Judaism quit the government over the draft law.", {"United Torah Judaism": "ISRPTY"}),
    ("The Taiwan People's Party backed the recall.", {"Taiwan People's Party": "TWNPTY"}),
    ("Vetevendosje won the parliamentary election.", {"Vetevendosje": "XKXPTY"}),
    ("The DMK accused the governor of stalling bills.", {"DMK": "INDPTY"}),
    # sector nouns
    ("North Korean defectors sent leaflets across the border.", {"North Korean defectors": "PRKOPP"}),
    ("Chinese hackers broke into the ministry's email servers.", {"Chinese hackers": "CHN"}),
    ("Iranian hackers targeted the campaign.", {"Iranian hackers": "IRN"}),
    ("Hostage-takers in Niger freed the German aid worker.", {"Hostage-takers": "NERCRM"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_named_actor_codes(ew, text, expected):
    found = mentions_on(ew, text, "2024-03-02")
    for phrase, code in expected.items():
        assert code_of(found, phrase) == code, (phrase, found)


@pytest.mark.parametrize("text,pub_date,expected", [
    ("The Oromo Liberation Front fighters attacked a police post.", "2016-05-02", {"Oromo Liberation Front": "ETHREB"}),
    ("The Oromo Liberation Front boycotted the election.", "2021-06-01", {"Oromo Liberation Front": "ETHPTY"}),
    ("The CPN (Maoist) attacked a police post.", "2002-05-01", {"CPN (Maoist)": "NPLREB"}),
    ("The CPN (Maoist Centre) quit the government.", "2024-03-01", {"CPN (Maoist Centre)": "NPLPTY"}),
    ("The Donetsk People's Republic announced a mobilisation.", "2022-02-19", {"Donetsk People's Republic": "UKRREB"}),
    ("Libya's Government of National Accord asked Turkey for drones.", "2019-12-20", {"Government of National Accord": "LBYGOV"}),
    # office holders: spokespeople, UN and NGO officials, regional governors
    ("State Department spokesman Matthew Miller said Washington opposed the evictions.", "2024-02-20",
     {"Matthew Miller": "USAGOV"}),
    ("John Kirby told reporters the president had spoken with the emir.", "2023-11-10", {"John Kirby": "USAGOV"}),
    ("Pentagon press secretary John Kirby said the troops would leave.", "2021-08-20", {"John Kirby": "USAMIL"}),
    ("Tzachi Hanegbi flew to Washington for talks on Iran.", "2024-06-15", {"Tzachi Hanegbi": "ISRGOV"}),
    ("Effie Defrin said the strike targeted a weapons depot.", "2025-06-01", {"Effie Defrin": "ISRMIL"}),
    ("Dmytro Lubinets said Russia had returned the bodies of 500 soldiers.", "2024-09-01", {"Dmytro Lubinets": "UKRGOV"}),
    ("Oleh Syniehubov said two people were wounded in the strike.", "2024-09-01", {"Oleh Syniehubov": "UKRGOV"}),
    ("Fu Cong told the Security Council that sanctions would not work.", "2024-06-01", {"Fu Cong": "CHNGOV"}),
    ("He Weidong inspected troops in Fujian.", "2024-06-01", {"He Weidong": "CHNMIL"}),
    ("Chris Tang accused foreign forces of stirring unrest.", "2023-06-01", {"Chris Tang": "CHNGOV"}),
    ("Jimmy Lai pleaded not guilty to collusion charges.", "2024-01-02", {"Jimmy Lai": "CHNOPP"}),
    ("Defence Minister No Kwang Chol met his Russian counterpart.", "2024-11-30", {"No Kwang Chol": "PRKMIL"}),
    ("Shin Won-sik vowed a swift response to any provocation.", "2024-01-10", {"Shin Won-sik": "KORMIL"}),
    ("Tea Seiha hosted the Chinese defence minister in Phnom Penh.", "2024-05-20", {"Tea Seiha": "KHMMIL"}),
    ("Jeremiah Manele signed a policing deal with Australia.", "2024-12-10", {"Jeremiah Manele": "SLBGOV"}),
    ("Stephane Dujarric said the Secretary-General was alarmed by the fighting.", "2024-06-01",
     {"Stephane Dujarric": "IGOUNO"}),
    ("Francesca Albanese called for an arms embargo on Israel.", "2024-06-01", {"Francesca Albanese": "IGOUNO"}),
    ("Agnes Callamard urged the ICC to act.", "2024-06-01", {"Agnes Callamard": "NGOHRI"}),
    ("Kenneth Roth accused Saudi Arabia of abuses.", "2019-06-01", {"Kenneth Roth": "NGOHRI"}),
    ("Mirjana Spoljaric Egger visited Gaza.", "2024-06-01", {"Mirjana Spoljaric Egger": "NGOIRC"}),
    ("Vladimir Saldo announced the evacuation of the left bank.", "2023-06-01", {"Vladimir Saldo": "UKRREB"}),
    ("Vyacheslav Gladkov said a drone hit a car near the border.", "2024-06-01", {"Vyacheslav Gladkov": "RUSGOV"}),
    ("Alexander Khinshtein ordered new evacuations in the region.", "2025-02-01", {"Alexander Khinshtein": "RUSGOV"}),
    ("Oleksandr Prokudin announced a curfew.", "2024-06-01", {"Oleksandr Prokudin": "UKRGOV"}),
    ("Jens-Frederik Nielsen told Washington that Greenland was not for sale.", "2025-05-01", {"Jens-Frederik Nielsen": "GRLGOV"}),
    ("Bank of England governor Mark Carney warned of the risks of leaving the EU.", "2016-05-01", {"Mark Carney": "GBRGOV"}),
    ("Albanese said Australia would not join the operation.", "2024-06-01", {"Albanese": "AUSGOV"}),
    ("Pope Leo called for a truce in Ukraine.", "2025-06-01", {"Pope Leo": "VATGOV"}),
    # militant and criminal leaders
    ("Sultan Makenga led the offensive on Goma.", "2025-01-27", {"Sultan Makenga": "CODREB"}),
    ("Fito escaped from the prison in Guayaquil.", "2024-01-09", {"Fito": "ECUCRM"}),
    ("Abu Fadak al-Muhammadawi met the prime minister in Baghdad.", "2024-06-01", {"Abu Fadak al-Muhammadawi": "IRQMIL"}),
    ("Fuad Shukr was killed in a strike on Beirut.", "2024-07-31", {"Fuad Shukr": "LBNREB"}),
    ("Izz al-Din al-Haddad rejected the proposal.", "2025-06-01", {"Izz al-Din al-Haddad": "PSEREB"}),
    ("Abu al-Hussein al-Husseini al-Qurashi urged attacks on the West.", "2023-01-01",
     {"Abu al-Hussein al-Husseini al-Qurashi": "IMGMOSISI"}),
    # heads of IGOs
    ("Luis Almagro said the election in Venezuela was a fraud.", "2019-02-01", {"Luis Almagro": "IGOAMROAS"}),
    ("Albert Ramdin called for dialogue in Haiti.", "2025-09-01", {"Albert Ramdin": "IGOAMROAS"}),
    ("Patricia Scotland opened the Commonwealth summit in Kigali.", "2022-06-20", {"Patricia Scotland": "IGOCWN"}),
    ("Hissein Brahim Taha condemned the burning of the Koran.", "2023-07-01", {"Hissein Brahim Taha": "IGOMOSOIC"}),
    ("Fernando Arias said the inspectors had found traces of chlorine.", "2019-03-01", {"Fernando Arias": "IGOWMDOPW"}),
    ("Interpol chief Juergen Stock warned of organised crime. Stock said the agency would help.", "2019-06-01",
     {"Juergen Stock": "IGOCOPITP", "Stock": "IGOCOPITP"}),
    ("Achim Steiner warned that the war had set Yemen back decades.", "2019-06-01", {"Achim Steiner": "IGOUNO"}),
    ("Qu Dongyu warned of famine in Gaza.", "2024-03-01", {"Qu Dongyu": "IGOUNO"}),
    ("Ghada Waly presented the drug report.", "2023-06-26", {"Ghada Waly": "IGOUNO"}),
    ("Amy Pope visited the migrant centre in Libya.", "2024-06-01", {"Amy Pope": "IGOUNO"}),
    ("Luong Cuong met the Lao leader in Hanoi.", "2024-06-20", {"Luong Cuong": "VNMGOV"}),
])
def test_dated_actor_codes(ew, text, pub_date, expected):
    found = mentions_on(ew, text, pub_date)
    for phrase, code in expected.items():
        assert code_of(found, phrase) == code, (phrase, found)


@pytest.mark.parametrize("text,wrong_code", [
    ("The West Papua National Liberation Army took the pilot hostage.", "COLREB"),  # not Colombia's ELN
    ("The Proud Boys marched through Washington.", "NZLELI"),  # not a surname
    ("Ansarul Islam attacked soldiers in Burkina Faso.", "PAKELI"),  # not a surname
    ("CPC rebels attacked Bangui.", "CHNGOV"),  # not China's ruling party
    ("The Danish Refugee Council left Mali.", "DNKREF"),  # an NGO, not Danish refugees
    ("Stock markets fell sharply after the attack.", "IGOCOPITP"),  # not Interpol's Juergen Stock
    ("Iraq's Republican Guard fought US troops near Baghdad.", "USAPTY"),  # a military unit, not the GOP
])
def test_names_are_not_misread(ew, text, wrong_code):
    assert wrong_code not in {m.cameo for m in mentions_on(ew, text, "2024-03-02").values()}

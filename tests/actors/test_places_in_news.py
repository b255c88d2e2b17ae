"""Towns and cities of 2020s conflict news resolve to their country when named alone; a town
that shares its name with a person's surname stays the town, and the person keeps full names."""

import pytest

from .test_mentions import mentions as mentions_on

pytestmark = pytest.mark.slow


def mentions(ew, text, pub_date="2024-06-01"):
    return mentions_on(ew, text, pub_date)


TOWNS = [
    # Ukraine and the Russian border
    ("Artillery pounded Kherson through the night.", "Kherson", "UKR"),
    ("Two drones hit an apartment block in Pokrovsk.", "Pokrovsk", "UKR"),
    ("Soldiers dug new trenches outside Chasiv Yar.", "Chasiv Yar", "UKR"),
    ("A glide bomb struck Kostiantynivka on Friday.", "Kostiantynivka", "UKR"),
    ("Shelling cut power to Enerhodar.", "Enerhodar", "UKR"),
    ("Air defences were activated over Belgorod.", "Belgorod", "RUS"),
    ("Ukrainian units pushed into Sudzha.", "Sudzha", "RUS"),
    # Israel, Gaza, the West Bank, Lebanon
    ("A drone hit a car park in Sderot.", "Sderot", "ISR"),
    ("Sirens sounded in Kiryat Shmona after a barrage.", "Kiryat Shmona", "ISR"),
    ("Bulldozers tore up streets in Jenin.", "Jenin", "PSE"),
    ("Tanks rolled into Rafah at dawn.", "Rafah", "PSE"),
    ("Families sheltered in tents in al-Mawasi.", "al-Mawasi", "PSE"),
    ("Jets struck Dahiyeh again overnight.", "Dahiyeh", "LBN"),
    ("A strike flattened a building in Sidon.", "Sidon", "LBN"),
    # Syria, Iraq, Yemen
    ("Opposition fighters swept into Hama.", "Hama", "SYR"),
    ("Turkish-backed factions seized Manbij.", "Manbij", "SYR"),
    ("A drone struck a base near Erbil.", "Erbil", "IRQ"),
    # Sudan, South Sudan, Horn of Africa
    ("Paramilitaries shelled El Fasher again.", "El Fasher", "SDN"),
    ("Residents fled Wad Madani as the fighting spread.", "Wad Madani", "SDN"),
    ("Fighting resumed around Malakal.", "Malakal", "SSD"),
    ("Federal troops left Mekelle.", "Mekelle", "ETH"),
    ("A car bomb went off in Baidoa.", "Baidoa", "SOM"),
    # Sahel, Nigeria, Congo
    ("Separatist fighters surrounded Kidal.", "Kidal", "MLI"),
    ("A convoy was ambushed near Djibo.", "Djibo", "BFA"),
    ("Gunmen killed soldiers near Tillaberi.", "Tillaberi", "NER"),
    ("Insurgents attacked a camp in Gwoza.", "Gwoza", "NGA"),
    ("Rebels closed in on Goma.", "Goma", "COD"),
    # a city named beside "city", "port" or "town" untagged by the model
    ("Drones struck the Red Sea port city Hodeidah.", "Hodeidah", "YEM"),
    # Haiti, Myanmar, Afghanistan, Pakistan, Taiwan
    ("Gunmen torched homes in Kenscoff.", "Kenscoff", "HTI"),
    ("The rebel alliance captured Lashio.", "Lashio", "MMR"),
    ("A blast hit a market in Lashkar Gah.", "Lashkar Gah", "AFG"),
    ("Militants stormed a checkpoint near Parachinar.", "Parachinar", "PAK"),
    ("Coast guard ships sailed near Kinmen.", "Kinmen", "TWN"),
    # nuclear sites, Karabakh, Kashmir, Mozambique, Chad's border with Sudan
    ("Bunker-buster bombs hit Fordow.", "Fordow", "IRN"),
    ("Satellite images showed activity at Yongbyon.", "Yongbyon", "PRK"),
    ("Thousands of Armenians fled Stepanakert.", "Stepanakert", "AZE"),
    ("Gunmen killed tourists near Pahalgam.", "Pahalgam", "IND"),
    ("Gunmen ambushed a convoy in Cabo Delgado.", "Cabo Delgado", "MOZ"),
    ("Refugees crossed into Adre.", "Adre", "TCD"),
    ("Israeli strikes hit villages in the Bekaa.", "Bekaa", "LBN"),
    ("Fighting intensified around Ocheretyne.", "Ocheretyne", "UKR"),
]


@pytest.mark.parametrize("text,town,code", TOWNS)
def test_town_named_alone_is_its_country(ew, text, town, code):
    found = mentions(ew, text)
    assert town in found, (town, list(found))
    assert found[town].cameo == code
    assert found[town].id == f"place:{town}"  # a place, not an antecedent for "the country"


def test_town_that_is_also_a_surname(ew):
    # Kobani is a Syrian town and part of an SDF commander's nom de guerre
    assert mentions(ew, "Drones circled over Kobani.")["Kobani"].cameo == "SYR"
    found = mentions(ew, "Mazloum Kobani said his forces would hold the dam.", "2023-03-01")
    assert next(m for t, m in found.items() if "Mazloum" in t).cameo == "SYRREB"


def test_town_with_a_sector_noun_takes_the_town_country(ew):
    assert mentions(ew, "Doctors in Khan Younis said fuel had run out.")["Doctors"].cameo == "PSEHLH"
    assert mentions(ew, "Police in Goma detained a journalist.")["Police"].cameo == "CODCOP"


@pytest.mark.parametrize("text,place,code", [
    # a province named after its main town, and a camp named after its town, are places of that country
    ("Russian forces shelled the Kherson region.", "Kherson region", "UKR"),
    ("Drones hit Sumy Oblast.", "Sumy Oblast", "UKR"),
    ("Shelling hit villages in the Kyiv region.", "Kyiv region", "UKR"),
    ("Evacuations continued in the Belgorod region.", "Belgorod region", "RUS"),
    ("Bulldozers entered the Jenin refugee camp.", "Jenin refugee camp", "PSE"),
    ("Famine was declared in Zamzam camp.", "Zamzam camp", "SDN"),
])
def test_region_and_camp_named_after_a_town(ew, text, place, code):
    found = mentions(ew, text)
    assert found[place].cameo == code


def test_a_raid_on_a_camp_has_the_camp_country_as_target(ew):
    from eventwire.ingest import make_article

    article = make_article("t", text="Israeli troops raided the Jenin refugee camp.", origin="t", pub_date="2024-06-01")
    events = next(iter(ew.code_articles([article])))[1]
    assert any(e.source.cameo == "ISRMIL" and e.target is not None and e.target.cameo == "PSE" for e in events)


@pytest.mark.parametrize("text,people,code", [
    # unnamed victims at a spot in a part of a place named by its possessor ("Kenya's capital")
    ("Somali militants attacked worshippers at a church in Kenya's capital.", "worshippers", "KENREL"),
    ("Turkish drones hit farmers at a market in Syria's north.", "farmers", "SYRAGR"),
    ("Ethiopian troops detained students at a school in Sudan's east.", "students", "SDNEDU"),
])
def test_victims_in_a_possessed_part_of_a_place_are_of_that_place(ew, text, people, code):
    assert mentions(ew, text)[people].cameo == code

"""Arguments of force and coercion told in headline style ("Russia jailed opposition politician
X"), in nominal form with no named agent ("the killing of a journalist in Kandahar"), in agentless
passives ("X was arrested on Tuesday"), with coordinated verbs ("beat and detained X") and as the
act another party reacts to ("Russia's detention of X angered Washington"). Sentences written for
these tests; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Russia jailed opposition politician Alexei Navalny for 19 years.", "2023-08-05", ("RUS", "RUSOPP", "173")),
    ("Uganda detained opposition leader Kizza Besigye.", "2016-05-12", ("UGA", "UGAOPP", "173")),
    ("Belarus jailed opposition activist Maria Kolesnikova for 11 years.", "2021-09-07", ("BLR", "BLROPP", "173")),
    ("The Kenyan police tear-gassed protesters.", "2024-06-25", ("KENCOP", "KENOPP", "2041")),
    ("Turkish police detained journalist Ahmet Sik on Friday.", "2011-03-04", ("TURCOP", "TURMED", "173")),
])
def test_headline_verbs_read_as_modifiers_keep_their_objects(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    # the place of what the act falls on is the agent's country
    ("The killing of a journalist in Kandahar sparked protests.", "2024-05-01", ("AFG", "AFGMED", "190")),
    ("The abduction of 300 schoolgirls in Zamfara drew condemnation.", "2021-02-27", ("NGA", "NGAEDU", "181")),
    ("The killing of two police officers in Kirkuk was condemned.", "2024-05-01", ("IRQ", "IRQCOP", "190")),
    ("The arrest of opposition leader Ousmane Sonko in Dakar triggered riots.", "2023-06-01",
     ("SEN", "SENOPP", "173")),
    # no place: a named politician or dissident is told of at home
    ("The assassination of President Jovenel Moise shocked Haiti.", "2021-07-08", ("HTI", "HTIGOV", "186")),
    ("The murder of opposition politician Boris Nemtsov shocked Russia.", "2015-03-01", ("RUS", "RUSOPP", "186")),
    ("The assassination of Benazir Bhutto shocked the world.", "2007-12-28", ("PAK", "PAKOPP", "186")),
    ("The killing of Lebanese former prime minister Rafik Hariri sparked mass protests.", "2005-02-15",
     ("LBN", "LBNELI", "190")),
])
def test_nominal_force_with_no_named_agent(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Imran Khan was arrested on Tuesday.", "2023-05-09", ("PAK", "PAKOPP", "173")),
    ("Opposition leader Kizza Besigye was detained on Monday.", "2016-05-12", ("UGA", "UGAOPP", "173")),
    ("Kizza Besigye was sentenced to two years in prison.", "2024-05-01", ("UGA", "UGAOPP", "173")),
    ("Alexei Navalny was jailed for 19 years.", "2023-08-05", ("RUS", "RUSOPP", "173")),
])
def test_an_agentless_arrest_with_no_place_is_by_the_detainee_s_own_state(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("Gunmen killed Haitian President Jovenel Moise at his residence.", "2021-07-08", ("HTI", "HTIGOV", "186")),
    ("Haitian President Jovenel Moise was assassinated.", "2021-07-08", ("HTI", "HTIGOV", "186")),
    ("Boris Nemtsov was shot dead on a bridge.", "2015-02-28", ("RUS", "RUSOPP", "186")),
])
def test_unnamed_attackers_of_a_named_national_with_no_place_are_his_country(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


@pytest.mark.parametrize("text,date", [
    ("An American journalist was detained on Tuesday.", "2024-05-01"),  # reporters are often held abroad
    ("Three American soldiers were killed.", "2024-01-29"),  # and soldiers killed abroad
    ("Two Kenyan policemen were killed.", "2024-05-01"),  # a group is no named national
    ("Police are hunting two men wanted over the killing of a British tourist in Bali.", "2024-05-01"),
])
def test_no_unnamed_agent_for_people_often_abroad_or_acts_pinned_on_others(code, text, date):
    got = triples(code(text, pub_date=date))
    assert not any(s is not None and len(s) == 3 for s, _, c in got if c[:2] in ("17", "18", "19")), got


@pytest.mark.parametrize("text,date,expected", [
    ("Turkish police beat and detained two journalists in Istanbul.", "2024-05-01", ("TURCOP", "TURMED", "182")),
    ("Israeli soldiers shot and arrested a Palestinian journalist.", "2024-05-01", ("ISRMIL", "PSEMED", "193")),
    # (force by the police on the opposition is repression)
    ("Russian police beat and detained Alexei Navalny.", "2020-05-01", ("RUSCOP", "RUSOPP", "175")),
    # force before an act no pattern codes as force ("boarded") is on its object too
    ("Chinese coast guard vessels rammed and boarded Philippine navy boats.", "2024-05-01",
     ("CHNCOP", "PHLMIL", "171")),
])
def test_force_before_an_arrest_shares_the_arrest_s_object(code, text, date, expected):
    got = triples(code(text, pub_date=date))
    assert expected in got, got


def test_an_attack_before_a_capture_is_still_one_operation(code):
    got = triples(code("Russian troops attacked and captured the town of Soledar.", pub_date="2023-01-13"))
    assert ("RUSMIL", "UKR", "192") in got and ("RUSMIL", "UKR", "190") not in got, got


@pytest.mark.parametrize("text,date,act,reaction", [
    ("China's arrest of a Canadian businessman angered Ottawa.", "2019-01-10", ("CHN", "CANBUS", "173"),
     ("CANGOV", "CHN", "110")),
    # the act is coded with no target when its target is no actor known
    ("Russia's detention of Evan Gershkovich angered Washington.", "2023-04-01", ("RUS", None, "173"),
     ("USAGOV", "RUS", "110")),
])
def test_the_act_a_party_reacts_to_is_coded_too(code, text, date, act, reaction):
    got = triples(code(text, pub_date=date))
    assert act in got and reaction in got, got


@pytest.mark.parametrize("text,expected", [
    ("Israel carried out a strike targeting a Hezbollah commander in Beirut.", ("ISR", "LBNREB", "190")),
    ("Israeli jets launched air strikes targeting Hamas positions in Gaza.", ("ISRMIL", "PSEREB", "195")),
    ("Russia launched attacks aimed at Ukrainian power plants.", ("RUS", "UKR", "190")),
    ("Turkey conducted drone strikes targeting PKK hideouts.", ("TUR", "TURREB", "195")),
])
def test_an_attack_noun_is_aimed_at_what_its_participle_targets(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # a claim of responsibility is aimed where the act it claims was: what the attack's participle
    # targets, or the place it names the targets at
    ("Hamas claimed responsibility for an attack targeting Israeli soldiers.", ("PSEREB", "ISRMIL", "015")),
    ("Al-Shabab claimed responsibility for a bombing targeting tourists at a hotel in Nairobi.", ("SOMREB", "KENCVL", "015")),
    ("Islamic State claimed responsibility for an attack targeting worshippers at a church in Kenya's capital.",
     ("IMGMOSISI", "KENREL", "015")),
    # ... and the act claimed is coded too ("an attack" is force, not a verdict)
    ("Hamas claimed responsibility for an attack targeting Israeli soldiers.", ("PSEREB", "ISRMIL", "190")),
    ("Al-Shabab claimed responsibility for an attack targeting tourists at a hotel in Nairobi.", ("SOMREB", "KENCVL", "190")),
])
def test_a_claimed_attack_is_aimed_at_what_its_participle_targets(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text,expected", [
    # the troops sent into a fight are its party when no one is named as sending them
    ("Kenyan troops in southern Somalia – deployed in the fight against al-Shabab – have also trained local police.",
     ("KENMIL", "SOMREB", "190")),
    ("Hundreds of Chadian soldiers, deployed in the battle against Boko Haram, returned home on Monday.",
     ("TCDMIL", "NGAREB", "190")),
    ("The French army has been involved in the war against jihadists in Mali since 2013.",
     ("FRAMIL", "MLIREB", "190")),
])
def test_troops_sent_into_a_fight_take_part_in_it(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected in got, got


def test_troops_sent_somewhere_fight_no_one(code):
    got = triples(code("Two hundred Kenyan soldiers were deployed in Haiti.", pub_date="2024-05-01"))
    assert not any(c.startswith("19") for _, _, c in got), got


@pytest.mark.parametrize("text,expected", [
    # the party that spearheads another's campaign fights with it: both are coded
    ("The Chadian army, which has led the ground offensive of the French-led coalition against Boko "
     "Haram in Nigeria, is now under fire.", {("TCDMIL", "NGAREB", "190"), ("FRAMIL", "NGAREB", "190")}),
    ("Chadian troops spearheaded Nigeria's military campaign against Boko Haram.",
     {("TCDMIL", "NGAREB", "190"), ("NGAMIL", "NGAREB", "190")}),
])
def test_leading_anothers_campaign_codes_both_fighters(code, text, expected):
    got = triples(code(text, pub_date="2024-05-01"))
    assert expected <= got, got


def test_leading_an_ownerless_offensive_is_one_act(code):
    got = triples(code("The Syrian army led a ground offensive against the rebels in Idlib.", pub_date="2024-05-01"))
    assert [t for t in got if t[2] == "190"] == [("SYRMIL", "SYRREB", "190")], got

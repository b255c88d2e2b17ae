"""Armed groups, parties and bodies of the two eras the news corpus covers (2004-05: Iraq's
occupation years, Darfur, Aceh, Colombia, Sri Lanka; 2017-19: the Syrian war's factions and
councils), each coded as the seed conventions code groups, and by the date where a body's
standing changed (a rebel group that became a party, a paramilitary force that turned on the
state). Sentences are our own."""

import pytest

from .test_kb_2020s import code_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, pub_date, phrase, code", [
    # Iraq, 2004-05
    ("The Islamic Army in Iraq said it had freed two French reporters.", "2004-12-22", "Islamic Army in Iraq", "IRQREB"),
    ("A video from Tawhid and Jihad showed the captured contractors.", "2004-09-20", "Tawhid and Jihad", "IMGMOSALQ"),
    ("Al-Qaeda in Mesopotamia said its fighters hit the checkpoint.", "2005-05-02", "Al-Qaeda in Mesopotamia", "IMGMOSALQ"),
    ("Jaish al-Mujahideen released a statement on its website.", "2005-04-11", "Jaish al-Mujahideen", "IRQREB"),
    ("The 1920 Revolution Brigades ambushed a patrol near Falluja.", "2005-06-14", "1920 Revolution Brigades", "IRQREB"),
    ("The Association of Muslim Scholars urged a boycott of the January poll.", "2004-11-30", "Association of Muslim Scholars", "IRQREL"),
    ("SCIRI officials welcomed the draft charter.", "2005-08-23", "SCIRI", "IRQPTY"),
    ("The Iraqi Islamic Party pulled out of the election.", "2004-12-27", "Iraqi Islamic Party", "IRQPTY"),
    ("The United Iraqi Alliance named its candidate for prime minister.", "2005-02-22", "United Iraqi Alliance", "IRQPTY"),
    ("The Iraqi Governing Council signed the interim law.", "2004-03-08", "Iraqi Governing Council", "IRQGOV"),
    ("The Coalition Provisional Authority handed power to the interim government.", "2004-06-28", "Coalition Provisional Authority", "USAGOV"),
    # elsewhere, 2004-05
    ("Hezb-e-Islami fighters fired rockets at the base.", "2005-06-10", "Hezb-e-Islami", "AFGREB"),
    ("United Self-Defence Forces of Colombia commanders began to disarm.", "2005-02-01", "United Self-Defence Forces of Colombia", "COLREB"),
    ("The Karuna faction was blamed for the killing of a Tiger cadre.", "2005-03-20", "Karuna faction", "LKAREB"),
    ("The Salafist Group for Preaching and Combat ambushed a military convoy.", "2005-06-08", "Salafist Group for Preaching and Combat", "DZAREB"),
    ("The Free Aceh Movement began handing over its weapons.", "2005-09-16", "Free Aceh Movement", "IDNREB"),
    ("Kongra-Gel called off its unilateral truce.", "2004-06-02", "Kongra-Gel", "TURREB"),
    ("The Union of Islamic Courts seized the port town.", "2006-09-25", "Union of Islamic Courts", "SOMREB"),
    # Syria, 2017-19
    ("The Syrian Democratic Council asked Damascus for talks on the north.", "2018-07-28", "Syrian Democratic Council", "SYROPP"),
    ("The Manbij Military Council said it would defend the city.", "2018-12-28", "Manbij Military Council", "SYRREB"),
    ("The Deir al-Zour Military Council seized two oil fields.", "2017-09-25", "Deir al-Zour Military Council", "SYRREB"),
    ("The National Front for Liberation shelled army posts near Hama.", "2019-05-12", "National Front for Liberation", "SYRREB"),
    ("The Hamza Division set up checkpoints in the town.", "2018-03-25", "Hamza Division", "SYRREB"),
    ("Fighters of the Sultan Murad Division moved toward Tel Abyad.", "2019-10-11", "Sultan Murad Division", "SYRREB"),
    ("The Levant Front accused a rival faction of the bombing.", "2018-05-02", "Levant Front", "SYRREB"),
    ("Faylaq al-Rahman accepted the evacuation deal.", "2018-03-24", "Faylaq al-Rahman", "SYRREB"),
    ("Nour al-Din al-Zenki fighters lost ground to the jihadists.", "2019-01-03", "Nour al-Din al-Zenki", "SYRREB"),
    ("The Tiger Forces pushed into the southern edge of the province.", "2019-05-20", "Tiger Forces", "SYRMIL"),
    ("The National Defence Forces manned checkpoints in Homs.", "2017-06-10", "National Defence Forces", "SYRMIL"),
    ("The Syrian National Coalition condemned the air raids.", "2018-02-21", "Syrian National Coalition", "SYROPP"),
    ("The High Negotiations Committee sent a delegation to Geneva.", "2017-02-20", "High Negotiations Committee", "SYROPP"),
    ("The Syrian Interim Government opened an office in Azaz.", "2018-04-10", "Syrian Interim Government", "SYROPP"),
    ("The Kurdish regional government suspended flights.", "2017-09-28", "Kurdish regional government", "IRQGOV"),
    # a body's standing on the date: a rebel group turned party, state forces turned rebels
    ("Hezb-e-Islami registered as a political party.", "2018-06-10", "Hezb-e-Islami", "AFGPTY"),
    ("The Rapid Support Forces broke up the sit-in.", "2019-06-03", "Rapid Support Forces", "SDNMIL"),
    ("The Rapid Support Forces shelled the capital.", "2023-06-03", "Rapid Support Forces", "SDNREB"),
    # names these must not take over
    ("Algeria's FLN kept its majority.", "2017-05-06", "FLN", "DZAPTY"),
    ("Ansar al-Sunna fighters raided a town in Cabo Delgado.", "2020-08-12", "Ansar al-Sunna", "MOZREB"),
])
def test_groups_of_the_news_eras(ew, text, pub_date, phrase, code):
    assert code_of(ew, text, pub_date, phrase) == code

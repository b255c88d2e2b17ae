"""Probe of CAMEO sub-codes that had few or no phrasings: vows of retaliation and punishment (130),
sit-ins (141), strikes and shutdowns for leadership change, rights and independence (1431, 1433,
1434), and more. Sentences written for this probe; none is taken from an evaluation set."""

import pytest

from . import triples

pytestmark = pytest.mark.slow

DATE = "2024-05-10"


@pytest.mark.parametrize("text,expected", [
    ('The Kremlin condemned the Estonian decision and vowed to respond.', ('RUSGOV', None, '130')),
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
    ('Tehran accused Baku of sabotage and vowed to respond.', ('IRNGOV', None, '130')),
    ("Israel's defence minister vowed harsh punishment for Hezbollah.", ('ISRMIL', 'LBNREB', '130')),
])
def test_probe_subcodes(code, text, expected):
    got = triples(code(text, pub_date=DATE))
    assert expected in got, got

import pytest

from eventwire.actors.kb import Office, Person


def test_person_code_depends_on_the_date():
    obama = Person("person:test-obama", "Barack Obama", "USA", offices=[
        Office("Senator", "2005-01-03", "2008-11-16", sector="LEG"),
        Office("President", "2009-01-20", "2017-01-20", sector="GOV")])
    assert obama.code_on("2013")[0] == "USAGOV"
    assert obama.code_on("2007-05")[0] == "USALEG"
    assert obama.code_on("2018-02-01")[:3] == ("USAELI", "USA", "ELI")
    assert obama.code_on("2000")[0] == "USA"


def test_igo_office_keeps_its_own_code():
    annan = Person("person:test-annan", "Kofi Annan", "GHA", offices=[
        Office("UN Secretary-General", "1997-01-01", "2006-12-31", cameo="IGOUNO")])
    assert annan.code_on("2004-05-01")[0] == "IGOUNO"
    assert annan.code_on("2010")[0] == "GHAELI"


def test_default_sector_outside_office():
    rebel = Person("person:test-rebel", "A Rebel", "COL", default_sector="REB")
    assert rebel.code_on("2010")[0] == "COLREB"


def test_shipped_kb_has_real_office_holders(kb):
    obama = kb.people["person:barack-obama"]
    assert obama.code_on("2013")[0] == "USAGOV" and obama.code_on("2018")[0] == "USAELI"
    stats = kb.stats()
    assert stats["countries"] >= 249 and stats["people"] >= 1000 and stats["organisations"] >= 200


def test_every_organisation_and_group_id_is_listed_once():
    # (a later line with the same id would replace the earlier one; a person listed in two
    # regional files is merged on purpose, offices added)
    import json
    from collections import Counter
    from pathlib import Path

    import eventwire.actors

    data = Path(eventwire.actors.__file__).parent / "data"
    files = [data / "organisations.jsonl", data / "groups.jsonl"]
    ids = Counter(json.loads(line)["id"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
                  if line.strip())
    assert not [i for i, n in ids.items() if n > 1]


@pytest.mark.parametrize("role,leads", [
    ("President", True), ("Acting President", True), ("caretaker prime minister", True), ("Hamas leader", True),
    ("Head of State (junta)", True), ("President of the Swiss Confederation", True),
    ("President of the Government", True), ("Supreme Leader", True),
    ("First Vice President", False), ("Vice-Chancellor", False), ("Deputy Crown Prince", False),
    ("Executive Vice Premier", False), ("Hamas deputy leader", False), ("presidential spokesman", False),
    ("Chancellor of the Exchequer", False), ("President of the National Assembly", False),
    ("Leader of the Opposition", False), ("Crown Prince of Abu Dhabi", False),
])
def test_a_leader_s_office_is_a_whole_leader_s_title(kb, role, leads):
    assert kb.is_leader_role(role) is leads


@pytest.mark.parametrize("text, line", [
    ('{"iso3": "AAA"}\nnot json\n', 2),
    ('\n\n{"iso3": \n', 3),  # blank lines still count
])
def test_kb_data_file_bad_line_names_path_and_line(tmp_path, text, line):
    from eventwire.datafiles import read_jsonl

    path = tmp_path / "countries.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=f"^{path}:{line}: "):
        read_jsonl(path)

from eventwire.actors.custom import apply_custom
from eventwire.actors.kb import load_kb

TABARI = """# a TABARI-style actor dictionary
GONDOR [GON]
+MINAS_TIRITH
GOLLUM [HOB <950601] [HOBGOV 950601-990815] [HOBREB >990815]
+SMEAGOL
LORIEN [ELR/GAL]
"""
AGENTS = """SOLDIER [~MIL]
MSF [NGO~]
"""


def test_tabari_actors_with_date_limited_codes(tmp_path):
    kb = load_kb()
    (tmp_path / "actors.txt").write_text(TABARI, encoding="utf-8")
    assert apply_custom(kb, tmp_path / "actors.txt") == 3
    gollum = kb.people["custom:gollum"]
    assert gollum.variants == ["SMEAGOL"]
    assert gollum.code_on("1995-05-31")[0] == "HOB"
    assert gollum.code_on("1996-01-01")[0] == "HOBGOV"
    assert gollum.code_on("1999-08-16")[0] == "HOBREB"
    assert "MINAS TIRITH" in kb.countries["GON"].names  # a plain code is a country


def test_tabari_agents_suffix_and_prefix(tmp_path):
    kb = load_kb()
    (tmp_path / "agents.txt").write_text(AGENTS, encoding="utf-8")
    apply_custom(kb, tmp_path / "agents.txt")
    assert (kb.sectors["soldier"].sector, kb.sectors["soldier"].position) == ("MIL", "suffix")
    assert (kb.sectors["msf"].sector, kb.sectors["msf"].position) == ("NGO", "prefix")


def test_custom_jsonl_overrides_the_knowledge_base(tmp_path, nlp):
    from eventwire.actors import ActorStage
    from eventwire.ingest import make_article
    from eventwire.nlp import parse

    kb = load_kb()
    (tmp_path / "mine.jsonl").write_text(
        '{"names": ["Arnor"], "cameo": "ARN"}\n'
        '{"names": ["Kuwait"], "cameo": "KUW"}\n'
        '{"names": ["Lorien"], "cameo": "ELR/GAL"}\n', encoding="utf-8")
    apply_custom(kb, tmp_path / "mine.jsonl")
    stage = ActorStage(nlp, kb)
    article = make_article("c", text="Arnor and Kuwait sent envoys to Lorien.", origin="c", pub_date="2000-01-01")
    _, doc = next(parse([article], nlp=nlp))
    mentions = {m.text: m for m in stage.process(article, doc)}
    assert mentions["Arnor"].cameo == "ARN" and mentions["Kuwait"].cameo == "KUW"
    assert [m.cameo for m in mentions["Lorien"].members] == ["ELR", "GAL"]


def test_agents_match_their_plurals(tmp_path):
    # PETRARCH forms the regular plural of an agent itself; braces give an irregular one or none
    kb = load_kb()
    (tmp_path / "agents.txt").write_text("MILITIA_COMMANDER [~REB]\nDEPUTY [~LEG]\nCOAST_GUARDSMAN {COAST_GUARDSMEN} "
                                         "[~MIL]\nELDER_COUNCIL {} [~GOV]\n", encoding="utf-8")
    apply_custom(kb, tmp_path / "agents.txt")
    assert kb.sectors["militia commanders"].sector == "REB"
    assert kb.sectors["deputies"].sector == "LEG"
    assert kb.sectors["coast guardsmen"].sector == "MIL" and "coast guardsmans" not in kb.sectors
    assert kb.sectors["elder council"].sector == "GOV" and "elder councils" not in kb.sectors
    (tmp_path / "agents.json").write_text('{"agents": [{"phrase": "BORDER GUARD", "plural": null, "code": "MIL", '
                                          '"position": "suffix"}]}', encoding="utf-8")
    apply_custom(kb, tmp_path / "agents.json")
    assert kb.sectors["border guards"].sector == "MIL"


def test_date_limited_custom_actor_is_coded_as_of_the_event_date(tmp_path):
    # a user's actor whose code changes over time takes the code valid when the event happened,
    # not when the article was published
    from eventwire import Eventwire
    from eventwire.config import Config

    (tmp_path / "mine.jsonl").write_text(
        '{"names": ["Colonel Varga"], "codes": [{"cameo": "ZZZREB", "end": "2004-12-31"}, '
        '{"cameo": "ZZZGOV", "start": "2005-01-01"}]}\n', encoding="utf-8")
    config = Config.load()
    config.set("actors.custom", [str(tmp_path / "mine.jsonl")])
    ew = Eventwire(config)
    _, events = ew.code_text("In March 2003, Colonel Varga attacked Uganda. Colonel Varga met Kenya on Monday.",
                             doc_id="d", pub_date="2010-06-15")
    by_code = {e.cameo[:2]: e.source.cameo for e in events}
    assert by_code == {"19": "ZZZREB", "04": "ZZZGOV"}, [(e.source.cameo, e.cameo, e.date.value) for e in events]


def test_a_capital_listed_as_a_country_name_is_the_country(tmp_path, nlp):
    # a user dictionary that lists a capital among a country's names means the country itself
    from eventwire.actors import ActorStage
    from eventwire.ingest import make_article
    from eventwire.nlp import parse

    kb = load_kb()
    (tmp_path / "mine.jsonl").write_text('{"names": ["Ghana", "Accra"], "cameo": "GHA"}\n', encoding="utf-8")
    apply_custom(kb, tmp_path / "mine.jsonl")
    stage = ActorStage(nlp, kb)
    article = make_article("c", text="Accra protested to Abuja on Monday.", origin="c", pub_date="2000-01-01")
    _, doc = next(parse([article], nlp=nlp))
    mentions = {m.text: m.cameo for m in stage.process(article, doc)}
    assert mentions == {"Accra": "GHA", "Abuja": "NGAGOV"}, mentions

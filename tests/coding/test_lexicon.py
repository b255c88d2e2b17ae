import pytest

from eventwire.coding.lexicon import LexiconError, check, compile_pattern, load_lexicon


def test_notation_compiles_slots_particles_preps_and_complements():
    p = compile_pattern({"id": "125.x", "cameo": "125", "pattern": "S refuse to meet T"})
    assert p.clause.head.lemmas == {"refuse"} and p.clause.xcomp.head.lemmas == {"meet"}
    assert p.clause.xcomp.target == "obj"
    p = compile_pattern({"id": "046.x", "cameo": "046", "pattern": "S hold talk|negotiation with T"})
    assert p.clause.obj.lemmas == {"talk", "negotiation"} and p.clause.target_preps == {"with"}
    p = compile_pattern({"id": "120.x", "cameo": "120", "pattern": "S turn down T"})
    assert p.clause.particle == {"down"} and p.clause.target == "obj"
    p = compile_pattern({"id": "195.x", "cameo": "195", "pattern": "S air_strike on T", "pos": "noun"})
    assert p.clause.head.lemmas == {"strike"} and p.clause.head.compound == {"air"}
    p = compile_pattern({"id": "1124.x", "cameo": "1124", "pattern": "S accuse T of war_crime|genocide"})
    assert p.size > compile_pattern({"id": "112.x", "cameo": "112", "pattern": "S accuse T"}).size
    p = compile_pattern({"id": "127.x", "cameo": "127", "pattern": "S not certify T"})
    assert p.clause.negated


@pytest.mark.parametrize("entry", [
    {"id": "x", "cameo": "040", "pattern": ""},
    {"id": "x", "cameo": "040", "pattern": "S T meet"},
    {"id": "x", "cameo": "040", "pattern": "S meet T T"},
    {"id": "x", "frame": "intent", "pattern": "S want to meet"},
    {"id": "x", "cameo": "040", "pattern": "S want to X"},
    {"id": "x", "cameo": "040", "pattern": "S meet T", "modal": ["must"]},
    {"id": "x", "cameo": "072", "pattern": "S arm T", "content": True},  # content is for nouns only
])
def test_bad_patterns_are_refused(entry):
    with pytest.raises(LexiconError):
        compile_pattern(entry)


def test_frame_codes_use_the_longest_prefix():
    lex = load_lexicon()
    assert lex.frame_code("reject", "040") == "125"
    assert lex.frame_code("intent", "045") == "039"
    assert lex.frame_code("carry", "046") == "046"


def test_shipped_lexicon_is_valid_and_covers_every_code():
    assert check() == []


def test_check_flags_a_preposition_read_as_the_object(tmp_path):
    # "near" is not a listed preposition, so "to|near T" would be an object slot that never matches
    import shutil

    from eventwire.coding.lexicon import DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    with open(data / "events" / "15.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "154.x-move", "cameo": "154", "pattern": "S movement of troop to|near T", "pos": "noun"}\n')
    assert any(p.startswith("154.x-move: a preposition") for p in check(data))


@pytest.mark.parametrize("pattern,words", [
    ("S hold talk|negotiation with T", [{"talk", "negotiation"}]),  # the target's "with" is not required
    ("S call on T to X", []),  # nor the target's "on": without it the act is still read (no target)
    ("S turn down T", [{"down"}]),
    ("S react a:angrily to T", [{"angrily"}]),
    ("S refuse to meet with T", []),
    ("S accuse T of war_crime|genocide", [{"of"}]),
])
def test_a_pattern_names_the_words_a_sentence_needs_for_it_to_match(pattern, words):
    entry = {"id": "x", "pattern": pattern, **({"frame": "appeal"} if "X" in pattern else {"cameo": "040"})}
    assert [set(w) for w in compile_pattern(entry).sentence_words] == words


@pytest.mark.parametrize("lines, rows", [
    (['{"id": "a"}', "", '{"id": "b"}'], [{"id": "a"}, {"id": "b"}]),  # blank lines skipped
    (["", "   "], []),
])
def test_lexicon_reads_pattern_rows(tmp_path, lines, rows):
    from eventwire.coding.lexicon import _read_jsonl

    path = tmp_path / "frames.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _read_jsonl(path) == rows


def test_lexicon_missing_pattern_file_is_empty_and_bad_line_names_file_and_line(tmp_path):
    from eventwire.coding.lexicon import _read_jsonl

    assert _read_jsonl(tmp_path / "absent.jsonl") == []
    path = tmp_path / "discards.jsonl"
    path.write_text('{"id": "a"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^discards\.jsonl:2: "):
        _read_jsonl(path)

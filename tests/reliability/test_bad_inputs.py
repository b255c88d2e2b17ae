"""Bad inputs through the real command line: every file in ``tests/fixtures/bad_inputs`` (and a
few large or linked ones made here) gives a clear error on standard error naming the file (and
line), or correct records; the batch goes on and exits 0.

``eventwire code`` runs once per module on a copy of the folder, with ``--no-store`` and with
``--db``; the table ``CASES`` says what each file must give, and a test per file checks it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow
BAD = FIXTURES / "bad_inputs"
EW = [sys.executable, "-m", "eventwire.cli"]

MET = ("IRNGOV", "040", "IRQGOV")  # a counterpart holds office in the named country
CONDEMN = ("CHN", "111", "USA")
ACCUSE = ("TUR", "1123", "GRC")
TALKS = ("RUS", "046", "UKR")
SEED_SENTENCE = ("Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday, and officials "
                 "from both countries said the talks on trade and security went well")


@dataclass
class Case:
    """What one input file must give.

    ``errors``: ``(where, words)``: an error line for the file (``where`` is ``""`` or the
    ``:line``/``:row N``/``:item N`` suffix of its origin) whose message contains ``words``;
    every error line naming the file must be one of these. ``coded``: doc_id -> the dyads
    ``(source, cameo, target)`` its records must include (an empty tuple: coded, any events).
    ``stderr``: other text standard error must hold (a warning)."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    coded: dict[str, tuple] = field(default_factory=dict)
    stderr: list[str] = field(default_factory=list)
    no_events: bool = False  # coded, and rightly without events


def err(words: str, where: str = "") -> Case:
    return Case(errors=[(where, words)])


NOT_ENGLISH = err("not English")
CASES: dict[str, Case] = {
    # bytes and encodings
    "empty.txt": err("empty document"),
    "whitespace_only.txt": err("empty document"),
    "binary_random.txt": err("binary file"),
    "binary_controls.txt": err("binary file (control characters)"),
    "pdf_renamed.txt": err("binary file"),
    "gzipped_good.txt.gz": Case(coded={"gzipped_good": (MET, CONDEMN)}),
    "broken_gzip.txt.gz": err("broken gzip file"),
    "gzipped_binary.txt.gz": err("binary file"),
    "invalid_utf8.txt": err("invalid UTF-8 at byte 123 (line 4)"),
    "utf16_le_bom.txt": Case(coded={"utf16_le_bom": (MET, CONDEMN)}),
    "utf16_be_bom.txt": Case(coded={"utf16_be_bom": (MET, CONDEMN)}),
    "utf16_no_bom.txt": err("UTF-16 without a byte-order mark"),
    "utf8_bom.txt": Case(coded={"utf8_bom": (MET, CONDEMN)}),
    "mixed_latin1_in_utf8.txt": err("invalid UTF-8 at byte 112 (line 2)"),
    "cp1252_smart_quotes.txt": err("invalid UTF-8 at byte 0 (line 1)"),
    # HTML
    "html_scripts_iframes.html": Case(coded={"html_scripts_iframes": (CONDEMN, ACCUSE)}),
    "html_malformed.html": Case(coded={"html_malformed": (MET, CONDEMN, ACCUSE)}),
    "html_all_boilerplate.html": err("no article text found in the HTML"),
    "html_only_script.html": err("no article text found in the HTML"),
    "html_empty.htm": err("empty document"),
    # JSON Lines
    "broken_lines.jsonl": Case(errors=[(":2", "malformed JSON line"), (":4", "malformed JSON line: Unterminated")],
                               coded={"bl-good-1": (MET,), "bl-good-2": (CONDEMN,)}),
    "missing_fields.jsonl": Case(errors=[(":1", "no 'text' or 'html' field"), (":2", "no 'text' or 'html' field")],
                                 coded={"missing_fields-3": (ACCUSE,)}),
    "wrong_types.jsonl": Case(errors=[(":1", "field 'text' must be a string, got int"),
                                      (":2", "field 'text' must be a string, got list"),
                                      (":3", "field 'text' must be a string, got dict"),
                                      (":4", "field 'text' must be a string, got bool"),
                                      (":5", "field 'pub_date' must be a string, got int"),
                                      (":6", "field 'id' must be a string or a number, got dict")],
                              coded={"wt-good": (CONDEMN,)}),
    "null_text.jsonl": Case(errors=[(":1", "no 'text' or 'html' field"), (":2", "no 'text' or 'html' field")],
                            coded={"nt-html": (MET, ACCUSE)}),
    "duplicate_ids.jsonl": Case(errors=[(":2", "duplicate doc_id 'dup': skipped")], coded={"dup": (MET,)}),
    "json_array.jsonl": Case(coded={"arr-1": (MET,), "arr-2": (CONDEMN,)}, stderr=["a JSON array, not JSON Lines"]),
    "json_array_one_line.jsonl": Case(errors=[(":item 2", "expected a JSON object, got int")],
                                      coded={"arr1-1": (ACCUSE,)}),
    "nul_in_json_string.jsonl": Case(coded={"nul-escaped": (MET, CONDEMN)}, stderr=["NUL characters in text replaced"]),
    "raw_nul_in_line.jsonl": Case(errors=[(":1", "binary file (NUL bytes)")], coded={"raw-nul-good": (ACCUSE,)}),
    "lone_surrogate.jsonl": Case(coded={"surrogate": (MET, CONDEMN)}, stderr=["lone surrogates"]),
    "deeply_nested.jsonl": Case(errors=[(":1", "nested too deeply")], coded={"deep-good": (TALKS,)}),
    "huge_number.jsonl": Case(errors=[(":1", "malformed JSON line: Exceeds the limit")], coded={"huge-good": (TALKS,)}),
    "crlf_lines.jsonl": Case(coded={"crlf-1": (MET,), "crlf-2": (ACCUSE,)}),
    "bom_first_line.jsonl": Case(coded={"bom-jsonl": (CONDEMN,)}),
    "bad_pub_dates.jsonl": Case(coded={"pd-word": (MET,), "pd-feb30": (CONDEMN,), "pd-slash": (ACCUSE,)},
                                stderr=["bad_pub_dates.jsonl:1: pub_date ignored: not a date: 'yesterday'",
                                        "bad_pub_dates.jsonl:2: pub_date ignored: day is out of range"]),
    "path_traversal_ids.jsonl": Case(coded={"../../etc/passwd": (MET,), "..\\..\\windows\\system32": (CONDEMN,),
                                            "/abs/path/doc": (ACCUSE,)}),
    "adversarial_names.jsonl": Case(coded={"x'); DROP TABLE events;--": (CONDEMN,), "adv-script": (MET,),
                                           "adv-quotes": (("IRLGOV", "040", "FRAGOV"),),
                                           "adv-percent_%_like": (ACCUSE,)}),
    "blank_lines.jsonl": Case(coded={"blank-1": (MET,), "blank-2": (TALKS,)}),
    "empty.jsonl": err("no documents in the file"),
    "text_and_html.jsonl": Case(coded={"th": (MET,)}),
    "records.ndjson": Case(coded={"ndjson-1": (ACCUSE,)}),
    # CSV
    "quoted_newlines.csv": Case(coded={"csv-q1": (MET, CONDEMN), "csv-q2": (ACCUSE,)}),
    "no_text_column.csv": err("CSV needs a 'text' or 'html' column"),
    "ragged_rows.csv": Case(errors=[(":row 2", "row has 4 fields, the header 3"),
                                    (":row 3", "no 'text' or 'html' field")], coded={"rag-good": (MET,)}),
    "excel_bom_crlf.csv": Case(coded={"xl-1": (CONDEMN,), "xl-2": (ACCUSE,)}),
    "semicolons.csv": err("CSV needs a 'text' or 'html' column"),
    "empty.csv": err("CSV needs a 'text' or 'html' column"),
    "header_only.csv": err("no documents in the file"),
    "unterminated_quote.csv": err("broken CSV: ',' expected after '\"'; the rest of the file is skipped", ":row 1"),
    # languages: skipped with a message, never coded
    "french.txt": err("not English (detected 'fr'"),
    "spanish.txt": err("not English (detected 'es'"),
    "arabic.txt": err("not English"),
    "chinese.txt": err("not English"),
    "russian.txt": err("not English (detected 'ru'"),
    "english_with_french_quote.txt": Case(coded={"english_with_french_quote": (MET, CONDEMN)}),
    # content
    "all_caps_wire.txt": Case(coded={"all_caps_wire": (MET, ("USA", "111", "PRK"), ("RUS", "1123", "UKR"))}),
    "tables_and_lists.txt": Case(coded={"tables_and_lists": (MET, CONDEMN, ACCUSE)}),
    "numbers_only.txt": Case(coded={"numbers_only": ()}, no_events=True),
    "punctuation_only.txt": Case(coded={"punctuation_only": ()}, no_events=True),
    "emoji_rtl_zwj.txt": Case(coded={"emoji_rtl_zwj": (("IRN", "040", "IRQ"), CONDEMN, ACCUSE)}),
    "script_in_text.txt": Case(coded={"script_in_text": (MET, CONDEMN)}),
    "sql_in_text.txt": Case(coded={"sql_in_text": (ACCUSE,)}),
    "quotes_in_names.txt": Case(coded={"quotes_in_names": (("IRLGOV", "040", "FRAGOV"), ("EGY", "0256", "ISR"))}),
    "dateline_only.txt": Case(coded={"dateline_only": ()}, no_events=True),
    "article_no_extension": err("no file extension"),
    "UPPER_CASE_EXT.TXT": Case(coded={"UPPER_CASE_EXT": (ACCUSE,)}),
    "unsupported.pdf": Case(stderr=["skipping", "unsupported.pdf: not a supported input type"]),
    "one_long_token.txt": Case(coded={"one_long_token": (CONDEMN,)}),
    "README.md": Case(),  # notes beside the inputs: skipped quietly
    # made by ``make_generated`` (too large to commit, or links)
    "big_50mb.txt": err("document too large (52,428,800 characters; limit 500,000)"),
    "single_line_1mb.txt": err("document too large (1,048,576 characters"),
    "single_line_1mb.jsonl": Case(errors=[(":1", "document too large")], coded={"after-big-line": (ACCUSE,)}),
    "long_sentence_5000_words.txt": Case(coded={"long_sentence_5000_words": (MET,)}),
    "deep_nesting.html": err("no article text found in the HTML"),
    "loop_a.txt": err("broken or looping symbolic link"),
    "loop_b.txt": err("broken or looping symbolic link"),
    "dangling.txt": err("broken or looping symbolic link"),
    "linked_good.txt": Case(coded={"linked_good": (ACCUSE,)}),
    "loop_dir": Case(),  # a folder with a link to its parent: not followed, nothing read twice
}
GENERATED = {"big_50mb.txt", "single_line_1mb.txt", "single_line_1mb.jsonl", "long_sentence_5000_words.txt",
             "deep_nesting.html", "loop_a.txt", "loop_b.txt", "dangling.txt", "linked_good.txt", "loop_dir"}


def make_generated(folder: Path) -> None:
    """Inputs too large to commit, or symbolic links, made from small seeds."""
    line = b"Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday. " * 64
    with open(folder / "big_50mb.txt", "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line)):
            fh.write(line)
        fh.write(b"x" * (50 * 1024 * 1024 % len(line)))
    mb = (line * (1024 * 1024 // len(line) + 1))[: 1024 * 1024].decode()
    (folder / "single_line_1mb.txt").write_text(mb, encoding="utf-8")
    (folder / "single_line_1mb.jsonl").write_text(
        json.dumps({"id": "big-line", "text": mb}) + "\n"
        + json.dumps({"id": "after-big-line", "text": "Turkey accused Greece of violating its airspace."}) + "\n",
        encoding="utf-8")
    words = SEED_SENTENCE.split()
    long = " ".join((words * (5000 // len(words) + 1))[:5000])
    (folder / "long_sentence_5000_words.txt").write_text(long + ".\n", encoding="utf-8")
    (folder / "deep_nesting.html").write_text(
        "<html><body>" + "<div>" * 5000 + "<p>Iran met Iraq in Baghdad on Monday.</p>" + "</div>" * 5000
        + "</body></html>", encoding="utf-8")
    (folder / "good_target.text").write_text("Turkey accused Greece of violating its airspace.\n", encoding="utf-8")
    os.symlink(folder / "good_target.text", folder / "linked_good.txt")
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    (folder / "loop_dir").mkdir()
    os.symlink("..", folder / "loop_dir" / "up")


CASES["good_target.text"] = Case(coded={"good_target": (ACCUSE,)})
GENERATED.add("good_target.text")


@dataclass
class Run:
    folder: Path
    proc: subprocess.CompletedProcess
    records: list[dict]
    errors: list[tuple[str, str]]  # (origin relative to the folder, message)


def run_cli(folder: Path, *args: str, cwd: Path) -> Run:
    proc = subprocess.run([*EW, "code", str(folder), "--format", "jsonl", "--quiet", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=900)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    errors = []
    prefix = f"error: {folder}/"
    for line in proc.stderr.splitlines():
        if line.startswith(prefix):
            origin, _, message = line[len(prefix):].partition(": ")
            errors.append((origin, message))
    return Run(folder, proc, records, errors)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "in"
    shutil.copytree(BAD, folder)
    make_generated(folder)
    return folder


@pytest.fixture(scope="module")
def plain(inputs) -> Run:
    return run_cli(inputs, "--no-store", cwd=inputs.parent)


@pytest.fixture(scope="module")
def stored(inputs) -> tuple[Run, dict[str, dict]]:
    """The run with ``--db``, and the stored documents by id."""
    from eventwire.store import open_store

    db = inputs.parent / "bad.duckdb"
    run = run_cli(inputs, "--db", str(db), cwd=inputs.parent)
    with open_store(str(db), read_only=True) as store:
        docs = {d["doc_id"]: store.document(d["doc_id"]) for d in store.documents(limit=1000)}
    return run, docs


def file_of(origin: str) -> str:
    """The file an error origin names: ``x.jsonl:3`` -> ``x.jsonl``, ``loop_dir/up`` -> ``loop_dir``."""
    return origin.split("/")[0].split(":")[0]


def test_bad_inputs_every_fixture_has_an_expected_outcome():
    committed = {p.name for p in BAD.iterdir()}
    assert len(committed - {"README.md"}) >= 50
    assert committed | GENERATED == set(CASES), "add the new fixture's outcome to CASES"


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_inputs_outcome(name, plain, stored):
    case = CASES[name]
    run, docs = stored
    for result in (plain, run):
        mine = [(origin[len(name):], message) for origin, message in result.errors if file_of(origin) == name]
        for where, words in case.errors:
            assert any(w == where and words in m for w, m in mine), \
                f"{name}{where}: no error containing {words!r}; got {mine}"
        unexpected = [(w, m) for w, m in mine if not any(w == ew and words in m for ew, words in case.errors)]
        assert not unexpected, f"{name}: unexpected errors {unexpected}"
        for words in case.stderr:
            assert words in result.proc.stderr, f"{name}: {words!r} not on standard error"
    for doc_id, dyads in case.coded.items():
        assert doc_id in docs, f"{name}: {doc_id!r} was not stored"
        assert docs[doc_id]["origin"].split("/")[-1].split(":")[0] in (name, "good_target.text")
        records = [r for r in plain.records if r["doc_id"] == doc_id]
        got = {(r["source"] and r["source"]["cameo"], r["cameo"], r["target"] and r["target"]["cameo"])
               for r in records}
        assert set(dyads) <= got, f"{doc_id}: expected {dyads}, got {got}"
        assert not (case.no_events and records), f"{doc_id}: expected no events, got {got}"
        if dyads:
            assert records, f"{doc_id}: no records"


def test_bad_inputs_records_quote_their_stored_text(plain, stored):
    _, docs = stored
    assert plain.records
    for r in plain.records:
        text = docs[r["doc_id"]]["text"]
        start, end = r["evidence_span"]
        assert text[start:end] == r["evidence"]
        if r.get("trigger_span"):
            assert text[r["trigger_span"][0]:r["trigger_span"][1]] == r["trigger"]
        assert "alert(" not in r["evidence"] or r["doc_id"] in {"adv-script", "script_in_text"}


def test_bad_inputs_a_mixed_folder_codes_every_good_document_and_reports_every_bad_one(plain, stored):
    run, docs = stored
    for result in (plain, run):
        assert result.proc.returncode == 0, result.proc.stderr[-3000:]
        assert "Traceback" not in result.proc.stderr
    expected_docs = {doc for case in CASES.values() for doc in case.coded}
    assert set(docs) == expected_docs
    assert {r["doc_id"] for r in plain.records} == {d for d, c in ((d, c) for c in CASES.values() for d in c.coded)
                                                     if not c.no_events}
    expected_errors = sum(len(c.errors) for c in CASES.values())
    assert len(plain.errors) == expected_errors, plain.errors
    summary = plain.proc.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"coded {len(expected_docs)} documents") and f"{expected_errors} errors" in summary
    # the same records whether stored or not; nothing written outside the working folder
    assert sorted(map(json.dumps, run.records)) == sorted(map(json.dumps, plain.records))
    assert not (plain.folder.parent.parent / "etc").exists()


def test_bad_inputs_database_is_intact_and_a_rerun_changes_nothing(inputs, stored):
    from eventwire.store import open_store

    run, docs = stored
    db = inputs.parent / "bad.duckdb"
    with open_store(str(db), read_only=True) as store:
        before = sorted(json.dumps(e.as_dict(), sort_keys=True) for e in store.events())
        assert store.summary()["documents"] == len(docs)
        assert store.document("x'); DROP TABLE events;--")["text"].startswith("Robert'); DROP TABLE events;--")
    again = run_cli(inputs, "--db", str(db), cwd=inputs.parent)
    assert again.proc.returncode == 0
    assert f"{len(docs)} unchanged" in again.proc.stderr and "coded 0 documents" in again.proc.stderr
    assert sorted(map(json.dumps, again.records)) == sorted(map(json.dumps, run.records))
    with open_store(str(db), read_only=True) as store:
        assert sorted(json.dumps(e.as_dict(), sort_keys=True) for e in store.events()) == before


def test_bad_inputs_a_headline_line_does_not_swallow_the_first_sentence(ew):
    _, events = ew.code_text("Talks in Baghdad\n\nIran's foreign minister met his Iraqi counterpart in Baghdad on Monday.")
    assert [(e.source.cameo, e.cameo, e.target.cameo) for e in events] == [MET]

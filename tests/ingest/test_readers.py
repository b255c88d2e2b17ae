import gzip
import json

from eventwire.ingest import IngestError, read_inputs

ARTICLE = "Russia and Ukraine held talks in Istanbul on Tuesday, officials in Kyiv said."


def _read(*paths, pub_date=None):
    items = list(read_inputs([str(p) for p in paths], pub_date))
    return [i for i in items if not isinstance(i, IngestError)], [i for i in items if isinstance(i, IngestError)]


def test_read_txt_uses_file_stem_as_doc_id_and_pub_date_option(tmp_path):
    (tmp_path / "talks-01.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = _read(tmp_path / "talks-01.txt", pub_date="2022-03")
    assert not errors
    assert docs[0].doc_id == "talks-01" and docs[0].pub_date == "2022-03" and docs[0].text == ARTICLE


def test_read_html_extracts_text_title_and_date(tmp_path):
    html = f"""<html><head><title>Talks in Istanbul</title>
    <meta property="article:published_time" content="2022-03-29T10:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Talks in Istanbul</h1><p>{ARTICLE}</p>
    <p>Both sides said the talks would continue next week in the Turkish city.</p></article>
    <script>var x = 1;</script><footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    docs, errors = _read(tmp_path / "page.html")
    assert not errors
    assert "held talks in Istanbul" in docs[0].text and "var x" not in docs[0].text
    assert docs[0].title == "Talks in Istanbul"
    assert docs[0].pub_date == "2022-03-29"


def test_read_jsonl_reports_broken_lines_and_keeps_going(tmp_path):
    lines = [json.dumps({"id": "a", "text": ARTICLE, "pub_date": "2022-03-29"}), "{not json",
             json.dumps({"id": "b"}), json.dumps({"id": "c", "text": 5}), json.dumps({"doc_id": "d", "text": ARTICLE})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = _read(tmp_path / "docs.jsonl")
    assert [d.doc_id for d in docs] == ["a", "d"]
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{tmp_path}/docs.jsonl:{n}" for n in (2, 3, 4)]
    assert "malformed JSON" in errors[0].message and "no 'text'" in errors[1].message


def test_read_csv_with_quoted_newlines(tmp_path):
    (tmp_path / "docs.csv").write_text('id,text,pub_date\nx1,"Line one.\n\nLine two, with comma.",2020-01-02\n',
                                       encoding="utf-8")
    docs, errors = _read(tmp_path / "docs.csv")
    assert not errors and docs[0].text == "Line one.\n\nLine two, with comma." and docs[0].pub_date == "2020-01-02"


def test_read_folder_and_gzip(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    docs, errors = _read(tmp_path)
    assert sorted(d.doc_id for d in docs) == ["a", "b"] and not errors


def test_bad_files_are_reported_by_name(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Paris.\nMore text here.".encode("latin-1"))
    (tmp_path / "french.txt").write_text(
        "Le président de la République a reçu hier à l'Élysée le Premier ministre italien pour des "
        "entretiens sur la situation en Libye et la coopération européenne en matière de migration.",
        encoding="utf-8")
    docs, errors = _read(tmp_path)
    messages = {e.origin.rsplit("/", 1)[-1]: e.message for e in errors}
    assert not docs
    assert messages["empty.txt"] == "empty document"
    assert "binary" in messages["binary.txt"]
    assert "invalid UTF-8" in messages["latin1.txt"] and "line 1" in messages["latin1.txt"]
    assert "not English" in messages["french.txt"]


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    docs, errors = _read(tmp_path / "u16.txt")
    assert docs[0].text == ARTICLE and not errors


def test_missing_path_is_an_error(tmp_path):
    _, errors = _read(tmp_path / "nope.txt")
    assert "no such file" in errors[0].message

"""`luocdo show` and luocdo.queries.show on real LadybugDB stores: the small graph of
test_queries and the bundled examples."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from luocdo.cli import main
from luocdo.queries import AmbiguousTarget, UnknownTarget
from luocdo.queries.show import DocumentSummary, Fact, InstrumentSummary, TaskLine, show
from test_queries import CT17, CT18, QD06, SENTENCE_205, T205, T381, db, seeds_db  # noqa: F401 (fixtures)
from test_targets import DA06


def cli(capsys, *argv):
    code = main(["show", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_instrument_with_its_issuer_signer_meeting_citations_and_tasks(db):
    summary = show(db, "205/TB-VPCP")
    day = dt.date(2025, 4, 28)
    assert (summary.id, summary.type, summary.number, summary.symbol, summary.date) == (T205, "TB", "205", "TB-VPCP", day)
    assert summary.facts["issued by"] == [Fact("org:van-phong-chinh-phu", "Văn phòng Chính phủ", day, "ministry")]
    assert summary.facts["signed by"] == [Fact("person:bui-thanh-son", "Bùi Thanh Sơn", day, "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG")]
    assert summary.facts["sent to"] == [Fact("org:bo-cong-an", "Bộ Công an", day, "ministry")]
    assert [f.id for f in summary.facts["concludes"]] == ["meeting:389-q1-2025"]
    assert [f.id for f in summary.facts["cites"]] == [CT17, T381]
    assert [f.id for f in summary.facts["requires"]] == [CT17]
    assert [f.id for f in summary.facts["described by"]] == ["doc:aaaa"]
    assert summary.tasks == [TaskLine("task:205-1", "1", None, SENTENCE_205, dt.date(2025, 5, 31),
                                      ("Bộ Công an (lead)", "Bộ Công Thương (support)"))]


def test_what_cites_requires_and_approves_an_instrument(db):
    summary = show(db, "de an 06")
    assert summary.id == DA06
    assert {k: [f.id for f in v] for k, v in summary.facts.items()} == {
        "cited by": [QD06, CT18], "required by": [T381], "approved by": [QD06]}
    assert summary.tasks == []


def test_a_file_shows_its_document_and_every_instrument_it_describes(db):
    for typed in ("seeds/381.txt", "381.txt", "elsewhere/381.txt"):
        summary = show(db, typed)
        assert isinstance(summary, DocumentSummary), typed
        assert (summary.id, summary.path) == ("doc:bbbb", "seeds/381.txt")
        assert [i.id for i in summary.instruments] == [CT18, T381]


def test_unknown_and_ambiguous_targets_are_errors(db):
    with pytest.raises(UnknownTarget, match="no Instrument in the graph fits 'nothing.txt'"):
        show(db, "nothing.txt")
    with pytest.raises(AmbiguousTarget, match="17/CT-TTg 2018"):
        show(db, "17/CT-TTg")


def test_cli_text_and_json(db, capsys):
    code, out, _ = cli(capsys, "--db", str(db), "205/TB-VPCP", "--wide")
    assert code == 0
    assert out.splitlines()[0] == "205/TB-VPCP (2025)  [TB:205/TB-VPCP@2025]"
    assert "  signed by           Bùi Thanh Sơn  [person:bui-thanh-son]  KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG" in out
    assert "Bộ Công an (lead); Bộ Công Thương (support)" in out
    code, out, _ = cli(capsys, "--db", str(db), "seeds/381.txt", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["path"] == "seeds/381.txt"
    assert [i["id"] for i in document["instruments"]] == [CT18, T381]
    assert document["instruments"][1]["facts"]["sent to"][0]["name"] == "Bộ Công an"


def test_cli_errors_exit_2_or_1_naming_the_problem(db, capsys, tmp_path):
    code, out, err = cli(capsys, "--db", str(db), "17/CT-TTg")
    assert (code, out) == (2, "") and "CT:17/CT-TTg@2018" in err and "CT:17/CT-TTg@2024" in err
    code, _, err = cli(capsys, "--db", str(tmp_path / "nowhere"), "Đề án 06")
    assert code == 1 and str(tmp_path / "nowhere") in err


def test_seeds_de_an_06_shows_the_notice_that_requires_it(seeds_db, capsys):
    code, out, _ = cli(capsys, "--db", str(seeds_db), "Đề án 06")
    assert code == 0
    assert "  required by         TB 381 (2024)  [TB:381/@2024]" in out
    summary = show(seeds_db, "Đề án 06")
    assert isinstance(summary, InstrumentSummary)
    assert [f.id for f in summary.facts["required by"]] == ["TB:381/@2024"]


def test_seeds_a_file_name_finds_its_document(seeds_db):
    summary = show(seeds_db, "001_2e663b31c79c2c39.txt")
    assert summary.path.endswith("examples/001_2e663b31c79c2c39.txt")
    assert [i.id for i in summary.instruments] == ["TB:381/@2024"]
    assert [f.name for f in summary.instruments[0].facts["signed by"]] == ["Cao Huy"]

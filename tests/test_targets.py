"""Target resolution: what a person types for an instrument, body or person -> one node id."""
from __future__ import annotations

import networkx as nx
import pytest

from luocdo.queries.targets import AmbiguousTarget, UnknownTarget, parse_instrument, resolve_target

DA06 = "ĐA:phat-trien-ung-dung-du-lieu-ve-dan-cu"
DA06_TITLE = ("Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi "
              "số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030")


def add_instrument(G: nx.MultiDiGraph, iid: str, type: str, number=None, symbol=None, year=None, date=None,
                   title=None, aliases=()) -> str:
    """An Instrument node as the graph builder makes it (schema properties plus provenance)."""
    display = "/".join(p for p in (number, symbol) if p) + (f" ({year})" if year else "")
    G.add_node(iid, label="Instrument", id=iid, type=type, number=number, symbol=symbol, year=year, date=date,
               title=title, issuer=None, aliases=list(aliases), display_name=display or title,
               sources=[], evidence=[])
    return iid


def add_named(G: nx.MultiDiGraph, nid: str, label: str, name: str, aliases=()) -> str:
    extra = {"aliases": list(aliases), "kind": "ministry"} if label == "Organization" else {"positions": []}
    G.add_node(nid, label=label, id=nid, name=name, **extra, sources=[], evidence=[])
    return nid


def corpus() -> nx.MultiDiGraph:
    """The seeds' instruments, plus the look-alikes that make resolution hard."""
    G = nx.MultiDiGraph()
    add_instrument(G, DA06, "ĐA", "06", title=DA06_TITLE, aliases=["Đề án 06"])
    add_instrument(G, "CT:18/CT-TTg@2023", "CT", "18", "CT-TTg", 2023, "2023-05-30",
                   "Đẩy mạnh triển khai, nâng cao hiệu quả Đề án 06")
    add_instrument(G, "CT:18/@2023", "CT", "18", None, 2023)  # short form resolution left unjoined
    add_instrument(G, "CT:17/CT-TTg@2018", "CT", "17", "CT-TTg", 2018, "2018-06-19",
                   "Tăng cường đấu tranh chống buôn lậu, gian lận thương mại trong nhóm dược phẩm")
    add_instrument(G, "CT:17/CT-TTg@2024", "CT", "17", "CT-TTg", 2024, "2024-04-13",
                   "Về một số giải pháp thúc đẩy tăng trưởng")
    add_instrument(G, "TB:381/TB-VPCP@2024", "TB", "381", "TB-VPCP", 2024, "2024-08-21",
                   "Kết luận của Thủ tướng tại Hội nghị về Đề án 06")
    add_instrument(G, "TB:205/TB-VPCP@2025", "TB", "205", "TB-VPCP", 2025, "2025-04-28",
                   "Kết luận của Phó Thủ tướng Bùi Thanh Sơn tại Hội nghị giao ban Ban Chỉ đạo 389")
    add_instrument(G, "QĐ:319/QĐ-TTg@2023", "QĐ", "319", "QĐ-TTg", 2023, "2023-03-29",
                   "Phê duyệt Đề án chống hàng giả và bảo vệ người tiêu dùng")
    add_instrument(G, "NĐ:66/NĐ-CP@2026", "NĐ", "66", "NĐ-CP", 2026)
    add_instrument(G, "NQ:68/NQ/TW@2025", "NQ", "68", "NQ/TW", 2025)
    add_instrument(G, "KH:ke-hoach-chong-buon-lau-trong-thuong-mai-dien-tu", "KH",
                   title="Kế hoạch chống buôn lậu, gian lận thương mại trong hoạt động thương mại điện tử")
    add_named(G, "org:bo-cong-an", "Organization", "Bộ Công an")
    add_named(G, "org:bo-tu-phap", "Organization", "Bộ Tư pháp", aliases=["BTP"])
    add_named(G, "org:bo-cong-thuong", "Organization", "Bộ Công Thương")
    add_named(G, "org:van-phong-chinh-phu", "Organization", "Văn phòng Chính phủ")
    add_named(G, "org:uy-ban-nhan-dan-tinh-ha-giang", "Organization", "Ủy ban nhân dân tỉnh Hà Giang")
    add_named(G, "org:uy-ban-nhan-dan-tinh-lao-cai", "Organization", "Ủy ban nhân dân tỉnh Lào Cai")
    add_named(G, "person:bui-thanh-son", "Person", "Bùi Thanh Sơn")
    add_named(G, "person:tran-luu-quang", "Person", "Trần Lưu Quang")
    return G


G = corpus()

RESOLVES = [
    # typed and named forms of one instrument
    ("Đề án 06", "Instrument", DA06),
    ("de an 06", "Instrument", DA06),
    ("ĐỀ ÁN 06", "Instrument", DA06),
    ("18/ct-ttg", "Instrument", "CT:18/CT-TTg@2023"),  # a symbol in another letter case
    ("Đề án số 06", "Instrument", DA06),
    ("De an 6", "Instrument", DA06),  # leading zeros do not count
    (DA06, "Instrument", DA06),
    ("định danh và xác thực điện tử", "Instrument", DA06),
    ("dinh danh va xac thuc dien tu", "Instrument", DA06),
    ("18/CT-TTg", "Instrument", "CT:18/CT-TTg@2023"),
    ("18/ct-ttg", "Instrument", "CT:18/CT-TTg@2023"),
    ("Chỉ thị 18/2023", "Instrument", "CT:18/CT-TTg@2023"),
    ("Chỉ thị 18", "Instrument", "CT:18/CT-TTg@2023"),
    ("chi thi 18", "Instrument", "CT:18/CT-TTg@2023"),
    ("Chỉ thị số 18/CT-TTg", "Instrument", "CT:18/CT-TTg@2023"),
    ("CT 18 năm 2023", "Instrument", "CT:18/CT-TTg@2023"),
    ("CT:18/@2023", "Instrument", "CT:18/@2023"),  # an exact id always wins
    ("17/CT-TTg 2018", "Instrument", "CT:17/CT-TTg@2018"),
    ("Chỉ thị 17/CT-TTg năm 2024", "Instrument", "CT:17/CT-TTg@2024"),
    ("CT:17/CT-TTg@2024", "Instrument", "CT:17/CT-TTg@2024"),
    ("205/TB-VPCP", "Instrument", "TB:205/TB-VPCP@2025"),
    ("205/TB-VPCP ", "Instrument", "TB:205/TB-VPCP@2025"),
    ("Thông báo 381", "Instrument", "TB:381/TB-VPCP@2024"),
    ("thong bao so 381", "Instrument", "TB:381/TB-VPCP@2024"),
    ("TB 381/2024", "Instrument", "TB:381/TB-VPCP@2024"),
    ("Thông báo số 205/TB-VPCP ngày 28/4/2025", "Instrument", "TB:205/TB-VPCP@2025"),
    ("Quyết định 319", "Instrument", "QĐ:319/QĐ-TTg@2023"),
    ("quyet dinh 319/QD-TTg", "Instrument", "QĐ:319/QĐ-TTg@2023"),
    ("66/2026/NĐ-CP", "Instrument", "NĐ:66/NĐ-CP@2026"),
    ("Nghị định 66/2026/ND-CP", "Instrument", "NĐ:66/NĐ-CP@2026"),
    ("68-NQ/TW", "Instrument", "NQ:68/NQ/TW@2025"),
    ("Kế hoạch chống buôn lậu thương mại điện tử", "Instrument",
     "KH:ke-hoach-chong-buon-lau-trong-thuong-mai-dien-tu"),
    ("chống hàng giả và bảo vệ người tiêu dùng", "Instrument", "QĐ:319/QĐ-TTg@2023"),
    # bodies: names, folded names, abbreviations from the gazetteer and the graph
    ("Bộ Công an", "Organization", "org:bo-cong-an"),
    ("bo cong an", "Organization", "org:bo-cong-an"),
    ("BCA", "Organization", "org:bo-cong-an"),
    ("bo tu phap", "Organization", "org:bo-tu-phap"),
    ("BTP", "Organization", "org:bo-tu-phap"),
    ("VPCP", "Organization", "org:van-phong-chinh-phu"),
    ("Lào Cai", "Organization", "org:uy-ban-nhan-dan-tinh-lao-cai"),
    ("org:bo-cong-thuong", "Organization", "org:bo-cong-thuong"),
    # people
    ("Bùi Thanh Sơn", "Person", "person:bui-thanh-son"),
    ("bui thanh son", "Person", "person:bui-thanh-son"),
    ("Lưu Quang", "Person", "person:tran-luu-quang"),
]


@pytest.mark.parametrize("text, label, expected", RESOLVES)
def test_resolves(text, label, expected):
    assert resolve_target(G, text, label) == [expected]


AMBIGUOUS = [
    ("17/CT-TTg", "Instrument", ["CT:17/CT-TTg@2018", "CT:17/CT-TTg@2024"]),
    ("chi thi 17", "Instrument", ["CT:17/CT-TTg@2018", "CT:17/CT-TTg@2024"]),
    ("Chỉ thị số 17", "Instrument", ["CT:17/CT-TTg@2018", "CT:17/CT-TTg@2024"]),
    ("Hội nghị", "Instrument", ["TB:205/TB-VPCP@2025", "TB:381/TB-VPCP@2024"]),
    ("Ủy ban nhân dân tỉnh", "Organization",
     ["org:uy-ban-nhan-dan-tinh-ha-giang", "org:uy-ban-nhan-dan-tinh-lao-cai"]),
]


@pytest.mark.parametrize("text, label, candidates", AMBIGUOUS)
def test_ambiguous_lists_candidates(text, label, candidates):
    with pytest.raises(AmbiguousTarget) as err:
        resolve_target(G, text, label)
    assert err.value.candidates == candidates
    assert all(c in str(err.value) for c in candidates)


def test_ambiguous_message_says_how_to_pick():
    with pytest.raises(AmbiguousTarget) as err:
        resolve_target(G, "17/CT-TTg")
    assert str(err.value) == (
        "'17/CT-TTg' fits 2 Instrument nodes; add the year (\"17/CT-TTg 2018\") or give one of these ids:\n"
        "  CT:17/CT-TTg@2018  17/CT-TTg (2018)  Tăng cường đấu tranh chống buôn lậu, gian lận thương mại trong nhóm dư\n"
        "  CT:17/CT-TTg@2024  17/CT-TTg (2024)  Về một số giải pháp thúc đẩy tăng trưởng")


def test_ambiguous_message_suggests_only_what_tells_the_candidates_apart():
    """Two titles without years: no year to add, and no example about another instrument."""
    with pytest.raises(AmbiguousTarget) as err:
        resolve_target(G, "Hội nghị")
    message = str(err.value)
    assert message.startswith("'Hội nghị' fits 2 Instrument nodes; give one of these ids:\n")
    assert "17/CT-TTg" not in message and "add the year" not in message
    assert "  TB:381/TB-VPCP@2024  381/TB-VPCP (2024)  Kết luận của Thủ tướng tại Hội nghị về Đề án 06" in message


@pytest.mark.parametrize("typed", ["18/ct-ttg", "18/CT-TTG", "18 ct ttg", "chi thi 18/ct-ttg"])
def test_a_symbol_in_another_letter_case_names_the_same_instrument(typed):
    assert resolve_target(G, typed) == ["CT:18/CT-TTg@2023"]


def test_a_node_without_a_symbol_fits_a_typed_symbol_when_nothing_fits_it_exactly():
    G2 = corpus()
    add_instrument(G2, "TB:381/@2024", "TB", "381", None, 2024)
    add_instrument(G2, "CV:17/@2019", "CV", "17", None, 2019)
    assert resolve_target(G2, "381/TB-VPCP 2024") == ["TB:381/TB-VPCP@2024"]  # the exact symbol first
    G2.remove_node("TB:381/TB-VPCP@2024")
    assert resolve_target(G2, "381/TB-VPCP") == ["TB:381/@2024"]
    with pytest.raises(AmbiguousTarget):  # the exact symbol wins over a node without one
        resolve_target(G2, "17/CT-TTg")
    assert resolve_target(G2, "17/CT-TTg 2024") == ["CT:17/CT-TTg@2024"]


UNKNOWN = [
    ("Chỉ thị 99", "Instrument"),
    ("17/CT-TTg 2020", "Instrument"),
    ("Thông báo 18", "Instrument"),  # 18 exists, but as a Chỉ thị
    ("TB:999/TB-VPCP@2024", "Instrument"),
    ("", "Instrument"),
    ("Đề án", "Instrument"),  # a type alone is too short to search titles with
    ("Bộ Ngoại giao", "Organization"),
    ("Nguyễn Văn A", "Person"),
    ("Bộ Công an", "Person"),  # the label counts
]


@pytest.mark.parametrize("text, label", UNKNOWN)
def test_unknown(text, label):
    with pytest.raises(UnknownTarget):
        resolve_target(G, text, label)


def test_unknown_suggests_close_names():
    with pytest.raises(UnknownTarget) as err:
        resolve_target(G, "De an 60")
    assert str(err.value).startswith("no Instrument in the graph fits 'De an 60'; did you mean:\n")
    assert DA06 in str(err.value)


PARSES = [
    ("Chỉ thị số 18/2023", ("CT", "18", None, 2023)),
    ("18/CT-TTg", (None, "18", "ctttg", None)),
    ("TB 381/2024", ("TB", "381", None, 2024)),
    ("66/2026/NĐ-CP", (None, "66", "ndcp", 2026)),
    ("68-NQ/TW", (None, "68", "nqtw", None)),
    ("Thông tư liên tịch 05", ("TTLT", "5", None, None)),
    ("17/CT-TTg 2018", (None, "17", "ctttg", 2018)),
]


@pytest.mark.parametrize("text, expected", PARSES)
def test_parse_instrument(text, expected):
    q = parse_instrument(text)
    assert (q.type, q.number, q.symbol, q.year) == expected


def test_unknown_suggests_the_same_number_in_other_years_and_types():
    with pytest.raises(UnknownTarget) as err:
        resolve_target(G, "Chỉ thị 17/2020")
    assert str(err.value) == (
        "no Instrument in the graph fits 'Chỉ thị 17/2020'; did you mean:\n"
        "  CT:17/CT-TTg@2018  17/CT-TTg (2018)  Tăng cường đấu tranh chống buôn lậu, gian lận thương mại trong nhóm dư\n"
        "  CT:17/CT-TTg@2024  17/CT-TTg (2024)  Về một số giải pháp thúc đẩy tăng trưởng")


@pytest.fixture(scope="module")
def corpus_conn(tmp_path_factory):
    """The same nodes in a LadybugDB store, as `luocdo query` resolves against them."""
    from luocdo.graph import store

    db = tmp_path_factory.mktemp("targets") / "db"
    store.write_database(G, db)
    return store.open_connection(db)


def _outcome(resolve, text, label):
    """The ids, or the error's kind and message: what a person sees."""
    try:
        return resolve(text, label)
    except (AmbiguousTarget, UnknownTarget) as exc:
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("text, label", [(t, lbl) for t, lbl, _ in RESOLVES + AMBIGUOUS] + UNKNOWN)
def test_the_database_resolves_as_the_graph_does(corpus_conn, text, label):
    """From the database (the few instruments its digits select, or all nodes of the label),
    the same answer, ambiguity or suggestions as from the whole networkx graph."""
    from luocdo.queries import library

    in_graph = _outcome(lambda t, lbl: resolve_target(G, t, lbl), text, label)
    in_database = _outcome(lambda t, lbl: [library.resolve(corpus_conn, t, lbl)], text, label)
    assert in_database == in_graph


def test_fold_all_folds_each_text_as_fold_does():
    from luocdo.normalize import fold, fold_all

    texts = ["", "Đề án 06", "Straße ﬁle", "\u00d0\u0110\u0189\u00f0 đ", "Tie\u0302\u0301ng Vie\u0323\u0302t", "1\u03017",
             "\u0301x", "İstanbul", "ΣΑΣ ς", "漢字", "CT-TTg"]
    many = texts * 20_000  # enough characters for the one-pass table
    assert fold_all(many) == [fold(t) for t in many]
    assert fold_all(texts) == [fold(t) for t in texts]
    assert fold_all(["a\0b", "c"] * 200_000) == [fold("a\0b"), "c"] * 200_000

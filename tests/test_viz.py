"""`luocdo viz` and graph/viz.py: what the page holds, without a browser (test_browser.py opens it)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from luocdo.cli import main
from luocdo.graph import viz
from luocdo.graph.schema import NODE_BY_NAME, REL_BY_NAME
from luocdo.graph.store import load_graph

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_DATA = re.compile(r'<script type="application/json" id="luocdo-data">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "db"
    assert main(["build", str(EXAMPLES), "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="session")
def seeds(seeds_db):
    return load_graph(seeds_db)


def instrument(G: nx.MultiDiGraph, number: str, year=None) -> str:
    """The id of the instrument with `number` (and `year`), however resolution spells the id."""
    ids = [n for n, a in G.nodes(data=True) if a["label"] == "Instrument"
           and str(a.get("number") or "").lstrip("0") == number.lstrip("0") and (year is None or a.get("year") == year)]
    assert len(ids) == 1, ids
    return ids[0]


def page_data(path: Path) -> dict:
    """The JSON the page draws, read back as the browser's JSON.parse would."""
    return json.loads(_DATA.search(path.read_text(encoding="utf-8")).group(1))


def draw(tmp_path, db, *options) -> tuple[int, Path]:
    out = tmp_path / "picture.html"
    return main(["viz", "--db", str(db), "--out", str(out), *options]), out


def test_the_page_fetches_nothing_from_the_web(tmp_path, seeds_db):
    code, out = draw(tmp_path, seeds_db)
    text = out.read_text(encoding="utf-8")
    assert code == 0
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.IGNORECASE)
    assert not re.search(r"@import|<link\b|url\(\s*['\"]?(https?:)?//", text, re.IGNORECASE)
    assert re.search(r"<script[^>]*\bsrc=", text) is None
    assert '<meta charset="utf-8">' in text and "default-src 'none'" in text
    assert "vis.Network" in text  # vis-network inlined, from pyvis's package


def test_legend_is_the_schema_labels_and_types_present(tmp_path, seeds_db, seeds):
    _, out = draw(tmp_path, seeds_db)
    legend = page_data(out)["legend"]
    labels = {a["label"] for _, a in seeds.nodes(data=True)}
    types = {k for _, _, k in seeds.edges(keys=True)}
    assert {e["name"] for e in legend["nodes"]} == labels
    assert {e["name"] for e in legend["edges"]} == types
    for entry in legend["nodes"]:
        schema = NODE_BY_NAME[entry["name"]]
        assert (entry["color"], entry["shape"]) == (schema.color, schema.shape)
    assert all(e["color"] == REL_BY_NAME[e["name"]].color for e in legend["edges"])
    assert sum(e["count"] for e in legend["nodes"]) == seeds.number_of_nodes()


def test_nodes_and_edges_carry_schema_styles_and_key_facts(tmp_path, seeds_db, seeds):
    _, out = draw(tmp_path, seeds_db)
    data = page_data(out)
    assert len(data["nodes"]) == seeds.number_of_nodes() and len(data["edges"]) == seeds.number_of_edges()
    nodes = {n["id"]: n for n in data["nodes"]}
    ct18 = nodes[instrument(seeds, "18", 2023)]
    facts = dict(ct18["facts"])
    assert (facts["type"], facts["number"], facts["date"], facts["issuer"]) == \
        ("CT", "18", "2023-05-30", "Thủ tướng Chính phủ")
    assert ct18["color"] == NODE_BY_NAME["Instrument"].color and ct18["label"] == "18/CT-TTg (2023)"
    assert all(Path(e["file"]).parent.name == "examples" and e["sentence"] for e in ct18["evidence"])
    deadline = next(n for n in data["nodes"] if n["group"] == "Task" and "deadline" in dict(n["facts"]))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", dict(deadline["facts"])["deadline"])
    roles = [dict(e["facts"]).get("role") for e in data["edges"] if e["label"] == "ASSIGNED_TO"]
    assert "lead" in roles
    assert {e["color"] for e in data["edges"] if e["label"] == "CITES"} == {REL_BY_NAME["CITES"].color}


def test_focus_de_an_06_depth_2_is_exactly_its_neighbourhood(tmp_path, seeds_db, seeds):
    da06, tb381, ct18 = instrument(seeds, "06"), instrument(seeds, "381", 2024), instrument(seeds, "18", 2023)
    code, out = draw(tmp_path, seeds_db, "--focus", "Đề án 06", "--depth", "2")
    drawn = {n["id"] for n in page_data(out)["nodes"]}
    assert code == 0
    assert drawn == set(nx.ego_graph(seeds.to_undirected(), da06, radius=2))
    assert {tb381, ct18} <= drawn
    tasks = {n for n in drawn if seeds.nodes[n]["label"] == "Task"}
    assert any(seeds.has_edge(t, ct18, "REQUIRES_IMPLEMENTATION_OF") for t in tasks)
    assert "ĐA 06" in page_data(out)["title"]


def test_depth_counts_steps_either_way(seeds):
    da06 = instrument(seeds, "06")
    assert set(viz.select(seeds, [da06], 0)) == {da06}
    one = set(viz.select(seeds, [da06], 1))
    assert one == {da06} | set(seeds.predecessors(da06)) | set(seeds.successors(da06))


@pytest.mark.parametrize("target, label", [
    ("18/CT-TTg", "Instrument"), ("chi thi 18", "Instrument"), ("Bộ Tư pháp", "Organization"),
    ("BCA", "Organization"), ("Trần Lưu Quang", "Person"), ("Thủ tướng Chính phủ", "Organization"),
])
def test_focus_takes_what_people_type(tmp_path, seeds_db, seeds, target, label):
    code, out = draw(tmp_path, seeds_db, "--focus", target, "--depth", "0")
    (node,) = page_data(out)["nodes"]
    assert code == 0 and node["group"] == label


@pytest.mark.parametrize("target, message", [
    ("xyz 999", "no instrument, body or person in the graph fits"),
    ("Ban Chỉ đạo 389", "fits several nodes"),
])
def test_unknown_or_ambiguous_focus_is_a_usage_error(tmp_path, seeds_db, capsys, target, message):
    code, out = draw(tmp_path, seeds_db, "--focus", target)
    assert code == 2 and not out.exists()
    assert message in capsys.readouterr().err


def test_types_keep_those_labels_and_the_focus(tmp_path, seeds_db, seeds):
    code, out = draw(tmp_path, seeds_db, "--types", "instrument,Task")
    assert code == 0
    assert {n["group"] for n in page_data(out)["nodes"]} == {"Instrument", "Task"}
    assert len(page_data(out)["nodes"]) == sum(a["label"] in ("Instrument", "Task") for _, a in seeds.nodes(data=True))
    code, out = draw(tmp_path, seeds_db, "--focus", "Bộ Tư pháp", "--types", "Task", "--depth", "1")
    groups = [n["group"] for n in page_data(out)["nodes"]]
    assert code == 0 and groups.count("Organization") == 1 and set(groups) == {"Organization", "Task"}


def test_unknown_type_is_a_usage_error(tmp_path, seeds_db, capsys):
    code, _ = draw(tmp_path, seeds_db, "--types", "Instrument,Law")
    assert code == 2
    assert "unknown label Law; labels: Document, Instrument" in capsys.readouterr().err


def test_too_many_nodes_is_refused_with_a_hint(tmp_path, seeds_db, seeds, capsys):
    code, out = draw(tmp_path, seeds_db, "--max-nodes", "20")
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert f"{seeds.number_of_nodes()} nodes is more than --max-nodes 20" in err and "--focus" in err
    assert draw(tmp_path, seeds_db, "--max-nodes", "20", "--focus", "Đề án 06", "--depth", "1")[0] == 0


def test_missing_database_is_a_failure(tmp_path, capsys):
    code, _ = draw(tmp_path, tmp_path / "nowhere")
    assert code == 1 and "does not exist" in capsys.readouterr().err


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit):
        main(["viz", "--help"])
    text = capsys.readouterr().out
    assert 'luocdo viz --db out/db --out out/de-an-06.html --focus "Đề án 06" --depth 2' in text
    assert "--max-nodes" in text and "exit codes" in text


HOSTILE = "</script><script>alert(1)</script> \"><img src=x onerror=alert(1)> it's & \u2028 <!--"


def test_document_text_cannot_end_the_data_script():
    G = nx.MultiDiGraph()
    G.add_node("x", label="Instrument", id="x", title=HOSTILE, display_name=HOSTILE,
               evidence=[{"file": "a<b>.txt", "sentence": HOSTILE}])
    page = viz.render_html(G, title=HOSTILE)
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    data = json.loads(_DATA.search(page).group(1))
    (node,) = data["nodes"]
    assert node["evidence"][0]["sentence"] == HOSTILE and data["title"] == HOSTILE
    body = _DATA.search(page).group(1)
    assert not set("<>&\u2028\u2029") & set(body)
    assert len(re.findall(r"^<script", page, re.MULTILINE)) == 3 and "<img" not in page


def test_inlined_scripts_cannot_close_their_element():
    assert viz.inline_script('var s = "</script><b>";') == 'var s = "<\\/script><b>";'
    assert viz.inline_script("x = '</SCRIPT>'") == "x = '<\\/SCRIPT>'"


def test_layout_work_is_bounded_by_size():
    assert viz.iterations(10) == viz.MAX_ITERATIONS
    assert viz.iterations(2000) == 100 and viz.iterations(10**6) == viz.MIN_ITERATIONS
    assert viz.vis_options(2000)["layout"]["improvedLayout"] is False


def test_parallel_edges_curve_apart():
    G = nx.MultiDiGraph()
    for n in "ab":
        G.add_node(n, label="Instrument", id=n)
    G.add_edge("a", "b", key="CITES")
    G.add_edge("a", "b", key="REQUIRES_IMPLEMENTATION_OF")
    G.add_edge("b", "a", key="CITES")
    assert [e["smooth"] and e["smooth"]["roundness"] for e in viz.vis_edges(G)] == [False, 0.2, 0.4]


def test_every_relationship_type_has_a_colour_of_its_own():
    from luocdo.graph.schema import RELS

    colours = [r.color.lower() for r in RELS]
    assert len(set(colours)) == len(colours), [r.name for r in RELS if colours.count(r.color.lower()) > 1]
    for a, b in ((REL_BY_NAME["DESCRIBES"], REL_BY_NAME["CITES"]),
                 (REL_BY_NAME["HAS_TASK"], REL_BY_NAME["REQUIRES_IMPLEMENTATION_OF"]),
                 (REL_BY_NAME["CONCLUDES"], REL_BY_NAME["CHAIRED_BY"])):
        assert _rgb_distance(a.color, b.color) > 60, (a.name, b.name)  # told apart at a glance


def _rgb_distance(a: str, b: str) -> float:
    ra, rb = (bytes.fromhex(c.lstrip("#")) for c in (a, b))
    return sum((x - y) ** 2 for x, y in zip(ra, rb)) ** 0.5


def test_whole_graph_opens_on_instruments_and_a_focus_on_everything(tmp_path, seeds_db, seeds):
    _, out = draw(tmp_path, seeds_db)
    data = page_data(out)
    shown = {n["id"] for n in data["nodes"] if not n["hidden"]}
    assert shown == {n for n, a in seeds.nodes(data=True) if a["label"] == "Instrument"} and data["focus"] == []
    _, out = draw(tmp_path, seeds_db, "--focus", "Đề án 06", "--depth", "1")
    data = page_data(out)
    assert not any(n["hidden"] for n in data["nodes"]) and data["focus"] == [instrument(seeds, "06")]
    _, out = draw(tmp_path, seeds_db, "--types", "Task,Organization")
    assert not any(n["hidden"] for n in page_data(out)["nodes"])  # no instruments to open on


def test_search_names_hold_what_people_look_a_node_up_by(seeds):
    ct18 = instrument(seeds, "18", 2023)
    names = viz.vis_node(ct18, seeds.nodes[ct18], 1)["names"]
    assert "18/CT-TTg (2023)" in names and ct18 in names
    assert any("18/CT-TTg" in n for n in names) and len(names) == len(set(names))

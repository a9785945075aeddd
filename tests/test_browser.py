"""The picture in a real headless Chromium with no network: it draws every node and edge, it asks
for nothing over the network, and text from documents that looks like HTML stays text.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON messages
ending in NUL on file descriptors 3 and 4), so the test needs no port, no websocket library and
nothing downloaded. Where the kernel allows it, Chromium runs in a network namespace of its own
(`unshare -rn`), which has no network at all; elsewhere an unreachable proxy and a resolver that
resolves nothing stand in. Either way the test listens to Network.requestWillBeSent.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import random
import shutil
import subprocess
import struct
import threading
import time
import zlib
from pathlib import Path

import networkx as nx
import pytest

from luocdo.cli import main
from luocdo.graph import viz
from luocdo.graph.schema import NODE_BY_NAME
from luocdo.graph.store import load_graph
from test_viz import instrument, seeds_db  # noqa: F401 - seeds_db: the built seeds, a shared fixture

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Generous bounds that only stop a hung browser; the tests assert that things finished, not how fast.
LOAD_TIMEOUT = 300.0
CALL_TIMEOUT = 120.0
XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "it's \"quoted\" & <b>bold</b>"]
requires_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed: run `bash scripts/setup-test-tools.sh` (as root) "
                             "or `apt-get install chromium`")


def _high_fd(fd: int) -> int:
    """The same pipe end at a descriptor >= 10, so that moving it to 3 or 4 cannot clobber another."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


def _isolation() -> list[str]:
    """`unshare -rn` when this kernel lets us make a network namespace, else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


class Browser:
    """Headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path):
        to_browser_r, self._to_browser = map(_high_fd, os.pipe())
        self._from_browser, from_browser_w = map(_high_fd, os.pipe())
        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--window-size=1400,900",
            f"--user-data-dir={profile}", "--remote-debugging-pipe",
            "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        ]
        command = " ".join(map(_quote, _isolation() + [CHROMIUM] + flags))
        self.proc = subprocess.Popen(
            ["bash", "-c", f"exec {command} 3<&{to_browser_r} 4>&{from_browser_w}"],
            pass_fds=(to_browser_r, from_browser_w), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies: dict[int, dict] = {}
        self._inbox: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.session = self._open_page()

    def _read(self) -> None:
        buffer = b""
        with os.fdopen(self._from_browser, "rb", buffering=0) as pipe:
            while chunk := pipe.read(1 << 16):
                buffer += chunk
                *messages, buffer = buffer.split(b"\0")
                for message in messages:
                    self._inbox.put(json.loads(message))
        self._inbox.put(None)

    def _pump(self, timeout: float) -> None:
        """Take one message off the pipe: a reply is filed by id, an event kept (dialogs answered)."""
        message = self._inbox.get(timeout=timeout)
        if message is None:
            raise RuntimeError(f"chromium exited: {self.proc.stderr.read().decode(errors='replace')[-2000:]}")
        if "id" in message:
            self._replies[message["id"]] = message
            return
        self.events.append(message)
        if message.get("method") == "Page.javascriptDialogOpening":
            self.send("Page.handleJavaScriptDialog", {"accept": False}, wait=False)

    def send(self, method: str, params: dict | None = None, wait: bool = True, session: bool = True):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and getattr(self, "session", None):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        if not wait:
            return None
        deadline = time.monotonic() + CALL_TIMEOUT
        while self._next_id not in self._replies:
            self._pump(max(0.01, deadline - time.monotonic()))
        reply = self._replies.pop(self._next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def _open_page(self) -> str:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)
        self.session = session["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.send(f"{domain}.enable")
        # A CSP violation means the page tried to fetch something that the policy stopped.
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__violations = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__violations.push(e.blockedURI));")})
        return self.session

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path) -> None:
        """Load the page and wait until its layout has stopped (`window.luocdo.ready`)."""
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        deadline = time.monotonic() + LOAD_TIMEOUT
        while not self.evaluate("Boolean(window.luocdo && window.luocdo.ready)"):
            if time.monotonic() > deadline:
                raise AssertionError(f"{path.name}: the layout did not finish within {LOAD_TIMEOUT:.0f} s")
            time.sleep(0.1)

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))
        return path

    def centre_on(self, node_id: str) -> dict:
        """Move the view onto `node_id` and return where it is on the screen."""
        return self.evaluate(f"""(() => {{
            const n = window.luocdo.network, id = {json.dumps(node_id)};
            n.moveTo({{position: n.getPosition(id), scale: 1}});
            const p = n.canvasToDOM(n.getPosition(id)), box = n.body.container.getBoundingClientRect();
            return {{x: p.x + box.left, y: p.y + box.top}}; }})()""")

    def click(self, node_id: str, shift: bool = False) -> None:
        """A real left click (with Shift held when `shift`) on `node_id`."""
        where = self.centre_on(node_id)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": where["x"], "y": where["y"], "button": "left",
                                                   "clickCount": 1, "modifiers": 8 if shift else 0})

    def type_into(self, selector: str, text: str, enter: bool = False) -> None:
        """Focus the input at `selector` and type `text` as a user would (then Enter when asked)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})
        if enter:
            for kind in ("keyDown", "keyUp"):
                self.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                     "windowsVirtualKeyCode": 13})

    def hover(self, node_id: str) -> str:
        """Centre `node_id`, move the mouse onto it and return the tooltip's text once shown."""
        where = self.centre_on(node_id)
        for dx in (0, 1):  # vis shows a tooltip on movement over a node
            self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": where["x"] + dx, "y": where["y"]})
        deadline = time.monotonic() + CALL_TIMEOUT
        while time.monotonic() < deadline:
            tip = self.evaluate("""(() => { const t = document.querySelector('div.vis-tooltip');
                return t && getComputedStyle(t).visibility === 'visible' ? t.textContent : null; })()""")
            if tip:
                return tip
            time.sleep(0.05)
        raise AssertionError(f"no tooltip appeared over {node_id}")

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def events_named(self, method: str) -> list[dict]:
        return [e for e in self.events if e.get("method") == method]

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False, wait=False)
            self.proc.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            os.close(self._to_browser)


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


@pytest.fixture
def browser(tmp_path):
    b = Browser(tmp_path / "profile")
    yield b
    b.close()


def counts(b: Browser) -> dict:
    """What vis-network holds and has laid out, read from the page."""
    return b.evaluate("""(() => { const l = window.luocdo;
        return {nodes: l.nodes.length, edges: l.edges.length,
                positioned: Object.keys(l.network.getPositions()).length,
                physics: l.network.physics.physicsEnabled, ms: l.stabilizationMs}; })()""")


def assert_offline_and_quiet(b: Browser, page: Path) -> None:
    """The page's only request is the file itself, nothing was blocked, nothing threw."""
    assert b.requests() == [page.resolve().as_uri()]
    assert b.evaluate("window.__violations") == []
    assert b.events_named("Runtime.exceptionThrown") == []


def show(b: Browser, db: Path, page: Path, *options: str) -> nx.MultiDiGraph:
    """Draw `db` with `luocdo viz`, open the page, and return the graph it was drawn from."""
    assert main(["viz", "--db", str(db), "--out", str(page), *options]) == 0
    b.open(page)
    return load_graph(db)


@requires_chromium
def test_seeds_picture_holds_every_node_and_edge_and_lays_out_the_instruments_offline(browser, seeds_db, tmp_path):
    page = tmp_path / "seeds.html"
    G = show(browser, seeds_db, page)
    drawn = counts(browser)
    n_instruments = sum(a["label"] == "Instrument" for _, a in G.nodes(data=True))
    assert (drawn["nodes"], drawn["edges"], drawn["positioned"]) == \
        (G.number_of_nodes(), G.number_of_edges(), n_instruments)
    assert drawn["physics"] is False  # settled, and stays still
    legend = browser.evaluate("document.getElementById('legend').innerText")
    assert "Instrument" in legend and "REQUIRES_IMPLEMENTATION_OF" in legend
    assert_offline_and_quiet(browser, page)
    assert browser.screenshot(tmp_path / "seeds.png").stat().st_size > 10_000


@requires_chromium
def test_focus_picture_shows_the_2024_notice_its_task_and_the_directive(browser, seeds_db, tmp_path):
    page = tmp_path / "de-an-06.html"
    G = show(browser, seeds_db, page, "--focus", "Đề án 06", "--depth", "2")
    tb381 = instrument(G, "381", 2024)
    ids = set(browser.evaluate("window.luocdo.nodes.getIds()"))
    assert {instrument(G, "06"), tb381, instrument(G, "18", 2023)} <= ids
    assert any(G.nodes[i]["label"] == "Task" for i in ids)
    tip = browser.hover(tb381)
    assert "Instrument" in tip and "381" in tip and "Văn phòng Chính phủ" in tip
    browser.screenshot(tmp_path / "de-an-06.png")
    assert_offline_and_quiet(browser, page)


def synthetic_graph(n_nodes: int = 2000, seed: int = 1) -> nx.MultiDiGraph:
    """Instruments that cite each other and set tasks assigned to bodies: the shape of a corpus."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    n_instruments, n_orgs = n_nodes * 2 // 5, n_nodes // 10
    instruments = [f"TB:{i}/TB-VPCP@2024" for i in range(n_instruments)]
    orgs = [f"org:{i}" for i in range(n_orgs)]
    tasks = [f"task:{i}" for i in range(n_nodes - n_instruments - n_orgs)]
    for i, n in enumerate(instruments):
        G.add_node(n, label="Instrument", id=n, type="TB", number=str(i), year=2024, display_name=f"{i}/TB-VPCP")
    for i, n in enumerate(orgs):
        G.add_node(n, label="Organization", id=n, name=f"Bộ số {i}")
    for i, n in enumerate(tasks):
        G.add_node(n, label="Task", id=n, text=f"{i}. Nhiệm vụ thứ {i}", deadline="2025-06-30")
        G.add_edge(rng.choice(instruments), n, key="HAS_TASK")
        G.add_edge(n, rng.choice(orgs), key="ASSIGNED_TO", role="lead")
    for n in instruments[1:]:
        G.add_edge(n, rng.choice(instruments[:instruments.index(n)]), key="CITES")
    return G


@requires_chromium
def test_a_2000_node_picture_is_written_and_settles(browser, tmp_path):
    G = synthetic_graph()
    started = time.perf_counter()
    page = viz.write_html(G, tmp_path / "big.html", title="2,000 nodes")
    written = time.perf_counter() - started
    browser.open(page)
    drawn = counts(browser)
    print(f"\n2,000-node picture: written in {written:.2f} s, {page.stat().st_size / 1e6:.1f} MB, "
          f"layout settled in {drawn['ms'] / 1000:.1f} s")
    assert (drawn["nodes"], drawn["edges"], drawn["positioned"]) == (2000, G.number_of_edges(), 800)
    assert drawn["physics"] is False
    hub = max((n for n in G if G.nodes[n]["label"] == "Instrument"), key=G.degree)
    started = time.perf_counter()
    browser.click(hub)
    expanded = time.perf_counter() - started
    assert around(G, hub) <= drawn_now(browser)[0]
    started = time.perf_counter()
    browser.type_into("#search", "Nhiem vu thu 999", enter=True)
    searched = time.perf_counter() - started
    assert browser.evaluate("window.luocdo.network.getSelectedNodes()") == ["task:999"]
    print(f"2,000-node picture: expanding a hub of {G.degree(hub)} took {expanded:.2f} s, "
          f"a search {searched:.2f} s (both round trips over the DevTools pipe)")
    assert png_colours(browser.screenshot(tmp_path / "big.png")) > 20


@pytest.fixture
def hostile_db(tmp_path):
    """A real build of a notice whose sentences carry markup, quotes and script."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tb.txt").write_text(
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 99/TB-VPCP\n\nHà Nội, ngày 2 tháng 5 năm 2025\n\nTHÔNG BÁO\n\n"
        f"Kết luận về {XSS[0]} tại cuộc họp {XSS[1]}\n\n"
        f"1. Bộ Công an chủ trì triển khai Đề án 06 và Chỉ thị số 18/CT-TTg ngày 30/5/2023 {XSS[0]} "
        f"{XSS[1]} {XSS[2]}.\n\n2. Bộ Tư pháp phối hợp thực hiện Chỉ thị số 18/CT-TTg {XSS[2]}.\n",
        encoding="utf-8")
    db = tmp_path / "db"
    assert main(["build", str(docs), "--db", str(db)]) == 0
    return db


def hostile_text_node(G: nx.MultiDiGraph) -> str:
    """A node whose own text or evidence carries the script payload (the build kept it)."""
    for n, a in G.nodes(data=True):
        if XSS[0] in json.dumps(a, ensure_ascii=False):
            return n
    raise AssertionError("the build dropped the payload; the test would prove nothing")


@requires_chromium
def test_markup_in_documents_stays_text(browser, hostile_db, tmp_path):
    page = tmp_path / "hostile.html"
    G = show(browser, hostile_db, page)
    target = hostile_text_node(G)
    tip = browser.hover(target)
    assert XSS[0] in tip or XSS[1] in tip  # shown literally, as text
    browser.type_into("#search", "alert(1)", enter=True)  # the search list and the path box show names too
    assert browser.evaluate("document.querySelectorAll('#matches li').length") >= 1
    browser.click(target, shift=True)
    browser.click(target)
    assert browser.events_named("Page.javascriptDialogOpening") == []
    assert browser.evaluate("document.scripts.length") == 3  # vis-network, the data, the page's own
    assert browser.evaluate("document.images.length") == 0
    assert browser.evaluate("document.querySelectorAll('b, #graph img, body > script ~ img').length") == 0
    assert counts(browser)["nodes"] == G.number_of_nodes()
    assert_offline_and_quiet(browser, page)


def drawn_now(b: Browser) -> tuple[set, list]:
    """The nodes and the edge types vis-network draws now (its own visible lists, not the page's)."""
    got = b.evaluate("""(() => { const body = window.luocdo.network.body;
        return {nodes: body.nodeIndices, edges: body.edgeIndices.map(e => body.edges[e].options.label)}; })()""")
    return set(got["nodes"]), got["edges"]


def around(G: nx.MultiDiGraph, node: str) -> set:
    return set(G.predecessors(node)) | set(G.successors(node))


def png_colours(path: Path) -> int:
    """How many distinct colours a PNG screenshot holds (8-bit RGB or RGBA, not interlaced):
    a blank or one-colour page has one or two."""
    raw = path.read_bytes()
    chunks, at = {}, 8
    while at < len(raw):
        length, kind = struct.unpack(">I4s", raw[at:at + 8])
        chunks.setdefault(kind, []).append(raw[at + 8:at + 8 + length])
        at += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
    step = 4 if colour_type == 6 else 3
    data, stride = zlib.decompress(b"".join(chunks[b"IDAT"])), width * step
    previous, colours = bytearray(stride), set()
    for row in range(height):
        kind, line = data[row * (stride + 1)], bytearray(data[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):  # undo the PNG row filter
            left = line[i - step] if i >= step else 0
            up, up_left = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, step * 7))  # every 7th pixel
        previous = line
    return len(colours)


@requires_chromium
def test_whole_graph_opens_on_the_instruments_and_expands_on_click(browser, seeds_db, tmp_path):
    page = tmp_path / "explorer.html"
    G = show(browser, seeds_db, page)
    instruments = {n for n, a in G.nodes(data=True) if a["label"] == "Instrument"}
    nodes, types = drawn_now(browser)
    assert nodes == instruments and set(types) <= {"CITES", "REQUIRES_IMPLEMENTATION_OF", "APPROVES"}
    tb381 = instrument(G, "381", 2024)
    browser.click(tb381)
    nodes, _ = drawn_now(browser)
    assert nodes == instruments | around(G, tb381)
    task = next(n for n in nodes if G.nodes[n]["label"] == "Task")
    drawn_colour = browser.evaluate(f"window.luocdo.network.body.nodes[{json.dumps(task)}].options.color.background")
    assert drawn_colour == NODE_BY_NAME["Task"].color  # shown in the schema's colour, not vis-network's own
    browser.click(tb381)  # and back
    assert drawn_now(browser)[0] == instruments
    assert counts(browser)["physics"] is False  # expanding placed the neighbours; nothing else moved
    assert_offline_and_quiet(browser, page)


@requires_chromium
@pytest.mark.parametrize("typed", ["Đề án 06", "de an 06"])
def test_search_finds_and_focuses_a_node_with_or_without_diacritics(browser, seeds_db, tmp_path, typed):
    page = tmp_path / "search.html"
    G = show(browser, seeds_db, page)
    da06 = instrument(G, "06")
    browser.type_into("#search", typed)
    listed = browser.evaluate("[...document.querySelectorAll('#matches li')].map(li => li.getAttribute('data-id'))")
    assert da06 in listed
    browser.type_into("#search", "", enter=True)
    assert browser.evaluate("window.luocdo.network.getSelectedNodes()") == [da06]
    assert da06 in drawn_now(browser)[0]
    person = next(n for n, a in G.nodes(data=True) if a.get("name") == "Trần Lưu Quang")
    browser.evaluate("document.getElementById('search').value = ''")
    browser.type_into("#search", "tran luu quang", enter=True)
    assert person in drawn_now(browser)[0]  # a collapsed node is revealed when found
    assert browser.evaluate(f"window.luocdo.nodes.get({json.dumps(person)}).borderWidth") == 6


@requires_chromium
def test_hiding_a_relationship_type_or_a_label_in_the_legend(browser, seeds_db, tmp_path):
    page = tmp_path / "legend.html"
    G = show(browser, seeds_db, page)
    tb381 = instrument(G, "381", 2024)
    browser.click(tb381)
    assert "HAS_TASK" in drawn_now(browser)[1]
    legend = "#legend li[data-kind='{}'][data-name='{}']"
    browser.evaluate(f"document.querySelector({json.dumps(legend.format('edge', 'HAS_TASK'))}).click()")
    _, types = drawn_now(browser)
    assert "HAS_TASK" not in types and types  # only that type went
    browser.evaluate(f"document.querySelector({json.dumps(legend.format('edge', 'HAS_TASK'))}).click()")
    assert "HAS_TASK" in drawn_now(browser)[1]
    browser.evaluate(f"document.querySelector({json.dumps(legend.format('node', 'Task'))}).click()")
    nodes, _ = drawn_now(browser)
    assert nodes and not any(G.nodes[n]["label"] == "Task" for n in nodes)


@requires_chromium
def test_shift_click_two_nodes_shows_the_path_between_them(browser, seeds_db, tmp_path):
    page = tmp_path / "path.html"
    G = show(browser, seeds_db, page)
    da06 = instrument(G, "06")
    person = next(n for n, a in G.nodes(data=True) if a.get("name") == "Trần Lưu Quang")
    browser.click(da06, shift=True)
    browser.type_into("#search", "tran luu quang")
    browser.evaluate(f"""document.querySelector('#matches li[data-id="' + {json.dumps(person)} + '"]')
        .dispatchEvent(new MouseEvent('click', {{shiftKey: true, bubbles: true}}))""")
    path = browser.evaluate("window.luocdo.path")
    assert path["nodes"][0] == da06 and path["nodes"][-1] == person
    assert len(path["edges"]) == nx.shortest_path_length(G.to_undirected(), da06, person)
    assert set(path["nodes"]) <= drawn_now(browser)[0]
    assert "→" in browser.evaluate("document.getElementById('path').textContent")
    shot = browser.screenshot(tmp_path / "path.png")
    assert png_colours(shot) > 50, "the screenshot is blank or nearly so"
    browser.evaluate("document.getElementById('clear-path').click()")
    assert browser.evaluate("window.luocdo.path") is None
    browser.evaluate("document.getElementById('reset').click()")
    assert drawn_now(browser)[0] == {n for n, a in G.nodes(data=True) if a["label"] == "Instrument"}
    assert_offline_and_quiet(browser, page)


@requires_chromium
def test_focus_node_is_highlighted_and_its_neighbourhood_shown(browser, seeds_db, tmp_path):
    page = tmp_path / "focus.html"
    G = show(browser, seeds_db, page, "--focus", "Đề án 06", "--depth", "1")
    da06 = instrument(G, "06")
    assert drawn_now(browser)[0] == {da06} | around(G, da06)
    assert browser.evaluate(f"window.luocdo.nodes.get({json.dumps(da06)}).borderWidth") == 6

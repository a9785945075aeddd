"""Whether a 2,000-node picture stays interactive: issue 8's target for `luocdo viz`, in figures.

    .venv/bin/python bench/bench_viz.py                      # the synthetic corpus-shaped graph of 2,000 nodes
    .venv/bin/python bench/bench_viz.py --nodes 1000 --nodes 2000
    .venv/bin/python bench/bench_viz.py --db out/db --focus "Chỉ thị 18/CT-TTg" --depth 2   # a real store's picture

Writes the page with `graph.viz.write_html`, opens it in headless Chromium (the test suite's
DevTools driver, tests/test_browser.py: no network, no port) and prints: the time to write it
and its size; how long the layout took to settle; the cost of one redraw of the whole picture
while zooming (ms per frame, and the frames per second that allows); expanding the busiest
instrument with a click; and a search. Needs chromium (`make setup-test`).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from luocdo.graph import viz  # noqa: E402

# vis-network redraws on an animation frame; a zoom step followed by redraw() draws at once, so
# the time between the calls is the cost of one frame of the whole picture.
_FRAMES = """(() => { const net = window.luocdo.network, times = [];
    for (let i = 0; i < 30; i++) {
        const started = performance.now();
        net.moveTo({scale: 0.3 + (i % 10) * 0.07, animation: false});
        net.redraw();
        times.push(performance.now() - started);
    }
    return times; })()"""


def picture(args) -> list[tuple[str, object]]:
    """(label, graph) for each picture asked for: synthetic sizes, or a real store's selection."""
    if args.db:
        from luocdo.commands.viz import resolve_focus
        from luocdo.graph.store import load_graph

        G = load_graph(args.db)
        focus = [resolve_focus(G, args.focus)] if args.focus else []
        selected = viz.select(G, focus, args.depth, None)
        return [(f"{args.db}" + (f" around {args.focus!r}, depth {args.depth}" if args.focus else ""), selected)]
    from test_browser import synthetic_graph

    return [(f"synthetic, {n:,} nodes", synthetic_graph(n)) for n in args.nodes or [2000]]


def measure(label: str, G, work: Path) -> None:
    from test_browser import Browser, counts

    started = time.perf_counter()
    page = viz.write_html(G, work / "picture.html", title=label)
    written = time.perf_counter() - started
    browser = Browser(work / "profile")
    try:
        started = time.perf_counter()
        browser.open(page)
        opened = time.perf_counter() - started
        drawn = counts(browser)
        frames = browser.evaluate(_FRAMES)
        hub = max((n for n in G if G.nodes[n].get("label") == "Instrument"), key=G.degree, default=None)
        expanded = _timed(browser.click, hub) if hub else None
        searched = _timed(browser.type_into, "#search", "nhiem vu", enter=True)
    finally:
        browser.close()
    per_frame = statistics.median(frames)
    print(f"{label}: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    print(f"  written in {written:.2f} s, {page.stat().st_size / 1e6:.1f} MB; opened and laid out in {opened:.1f} s "
          f"(layout {drawn['ms'] / 1000:.1f} s, {drawn['positioned']:,} nodes placed at first, physics "
          f"{'on' if drawn['physics'] else 'off'} once settled)")
    print(f"  one redraw of the picture while zooming: median {per_frame:.1f} ms, worst {max(frames):.1f} ms "
          f"= {1000 / max(per_frame, 0.1):.0f} frames/s (interactive: at least 30)")
    if expanded is not None:
        print(f"  expanding the busiest instrument ({G.degree(hub)} edges) with a click: {expanded:.2f} s")
    print(f"  a search typed into the box: {searched:.2f} s (both round trips over the DevTools pipe)")


def _timed(function, *args, **kwargs) -> float:
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, action="append", help="a synthetic picture of this many nodes (repeatable)")
    parser.add_argument("--db", type=Path, help="draw this store instead (the whole graph, or --focus)")
    parser.add_argument("--focus", help="an instrument as people name it: draw its neighbourhood")
    parser.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    args = parser.parse_args(argv)
    from test_browser import CHROMIUM

    if CHROMIUM is None:
        print("chromium is not installed: run `make setup-test`", file=sys.stderr)
        return 2
    for label, G in picture(args):
        with tempfile.TemporaryDirectory(prefix="luocdo-bench-viz-") as work:
            measure(label, G, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())

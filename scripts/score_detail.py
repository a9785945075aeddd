"""What the workplace scorer counts but does not list: per document, the persons, signers,
deadlines, assignments and meeting the extraction missed or added.

    python scripts/score_detail.py [--gold ../shared/eval/dev/dev.gold.json] [--docs DIR] [NAME...]

Runs `luocdo extract --format json` (of the interpreter running this script) once on every
document of the key, then prints only the documents with a difference.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))
from score import fold  # noqa: E402  (the scorer's own folding, so both agree)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "dev" / "dev.gold.json")
    ap.add_argument("--docs", type=Path, default=EVAL / "dev" / "docs")
    ap.add_argument("names", nargs="*", help="only these documents")
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["documents"]
    names = sorted(n for n in gold if not args.names or any(a in n for a in args.names))
    luocdo = Path(sys.executable).parent / "luocdo"
    out = subprocess.run([str(luocdo), "extract", "--format", "json", *[str(args.docs / n) for n in names]],
                         capture_output=True, text=True).stdout
    preds = {Path(json.loads(line)["file"]).name: json.loads(line) for line in out.splitlines() if line.strip()}
    for name in names:
        report = _differences(gold[name], preds.get(name, {}))
        if report:
            print(name)
            for line in report:
                print("   ", line)
    return 0


def _differences(g: dict, p: dict) -> list[str]:
    lines = []
    orgs = {o["id"]: o.get("name", "") for o in p.get("organizations", [])}
    people = {x["id"]: x.get("name", "") for x in p.get("persons", [])}
    names = {fold(n) for n in people.values()}
    missed = [n for n in g["persons"] if fold(n) not in names]
    known = {fold(n) for n in g["persons"] + g.get("signers", []) + g.get("persons_optional", [])}
    extra = sorted(n for n in people.values() if fold(n) not in known)
    if missed:
        lines.append(f"persons missed: {missed}")
    if extra:
        lines.append(f"persons extra: {extra}")
    sig = (p.get("signature") or {}).get("signer_name")
    if g.get("signers") and (not sig or fold(sig) not in {fold(s) for s in g["signers"]}):
        lines.append(f"signer: want {g['signers']} got {sig!r}")
    subject = p.get("subject") or {}
    gs = g["subject"]
    got = (subject.get("type"), subject.get("number"), subject.get("year"))
    if (gs["type"], gs["number"], gs["year"]) != got:
        lines.append(f"subject: want {gs['type']} {gs['number']} {gs['year']} got {got}")
    tasks = p.get("tasks", [])

    def assignee_names(t):
        return [fold(orgs.get(a.get("organization"), a.get("name") or "")) for a in t.get("assignees") or []]

    for d in g.get("deadlines", []):
        want = fold(d["assignee_contains"])
        if not any(t.get("deadline") == d["date"] and any(want in n for n in assignee_names(t)) for t in tasks):
            near = [(t.get("deadline"), assignee_names(t)) for t in tasks if t.get("deadline") == d["date"]]
            lines.append(f"deadline missed: {d['date']} {d['assignee_contains']}  (tasks with that date: {near})")
    gold_dates = {d["date"] for d in g.get("deadlines", [])} | set(g.get("deadlines_optional", []))
    for t in tasks:
        if t.get("deadline") and t["deadline"] not in gold_dates:
            lines.append(f"deadline extra: {t['deadline']} {assignee_names(t)} {t.get('text', '')[:90]!r}")
    assigned = [n for t in tasks for n in assignee_names(t)]
    for a in g.get("assignments", []):
        if not any(fold(a["assignee_contains"]) in n for n in assigned):
            lines.append(f"assignment missed: {a['assignee_contains']} ({a.get('role')})")
    if g.get("meeting"):
        lines.append(f"meeting: want {g['meeting']} got {[(m.get('date'), people.get(m.get('chair'))) for m in p.get('meetings', [])]}")
    elif p.get("meetings"):
        lines.append(f"meeting extra: {[(m.get('name'), m.get('date')) for m in p['meetings']]}")
    return lines


if __name__ == "__main__":
    sys.exit(main())

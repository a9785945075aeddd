"""The acceptance scorecard of the extraction issue, by the workplace's own scorer.

The scorer (../shared/eval/score.py) runs `luocdo extract --format json` on each bundled example
and compares the JSON with the answer key (bundled as tests/fixtures/seeds.gold.json).
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seeds import EXAMPLES, GOLD_FILE

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the workplace scorer is not beside the checkout ({SCORER})")
def test_seed_scorecard_meets_the_acceptance_figures():
    luocdo = shutil.which("luocdo", path=str(Path(sys.executable).parent))
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD_FILE), "--docs", str(EXAMPLES),
         "--json", "--", luocdo, "extract", "--format", "json"],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    summary = json.loads(proc.stdout)["summary"]
    assert summary["cites_f1"] >= 0.95
    assert summary["requires_f1"] >= 0.9
    assert summary["subject_accuracy"] == 1.0
    assert summary["persons_recall"] == 1.0
    assert summary["deadline_recall"] == 1.0
    assert summary["assignment_recall"] >= 0.9
    assert summary["meeting_accuracy"] == 1.0
    assert summary["furniture_leaks"] == 0

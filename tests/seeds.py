"""The bundled examples and their answer key (a copy of ../shared/eval/seeds.gold.json).

The key lives under tests/, not beside the examples: `luocdo build examples` reads every file
in the folder as a document.
"""
import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD_FILE = Path(__file__).resolve().parent / "fixtures" / "seeds.gold.json"
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))["documents"]

"""The bundled examples and their answer key (a copy of ../shared/eval/seeds.gold.json)."""
import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD = json.loads((EXAMPLES / "seeds.gold.json").read_text(encoding="utf-8"))["documents"]

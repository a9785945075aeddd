"""Building the same documents twice gives byte-identical exports in every format."""
import subprocess
import sys

import pytest

from luocdo.commands.export import EXPORTERS
from seeds import EXAMPLES


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    dbs = []
    for name in ("first", "second"):
        db = tmp_path_factory.mktemp(name) / "db"
        proc = subprocess.run([sys.executable, "-m", "luocdo.cli", "build", str(EXAMPLES), "--db", str(db), "--quiet"],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        dbs.append(db)
    return dbs


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_export_is_identical_across_builds(two_builds, fmt, tmp_path):
    outputs = []
    for i, db in enumerate(two_builds):
        out = tmp_path / f"{i}.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "luocdo.cli", "export", "--db", str(db), "--format", fmt,
                               "--out", str(out)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        files = sorted(out.rglob("*")) if out.is_dir() else [out]
        outputs.append({f.relative_to(out).as_posix() if out.is_dir() else "": f.read_bytes() for f in files if f.is_file()})
    assert outputs[0] == outputs[1]
    assert outputs[0]  # something was written

"""Builds on a bad disk or over a bad cache: a full disk, corrupt or truncated cache entries,
byte-identical files, staging folders left by dead builds. The previous store is kept whole and
no staging folder is left behind."""
from __future__ import annotations

import fcntl
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness import MEMORY_MB, Run, assert_clean, luocdo
from luocdo.graph.kg import KnowledgeGraph

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def old_store(tmp_path_factory) -> Path:
    """A store of the examples: the previous database each case starts from."""
    folder = tmp_path_factory.mktemp("old")
    shutil.copytree(EXAMPLES, folder / "docs")
    assert_clean(luocdo("build", folder / "docs", "--db", folder / "db", "--quiet"), exit_codes=[0])
    return folder


@pytest.fixture
def place(old_store, tmp_path) -> Path:
    shutil.copytree(old_store, tmp_path, dirs_exist_ok=True)
    return tmp_path


def _documents(db: Path) -> list[str]:
    kg = KnowledgeGraph.open(db)
    try:
        return kg.documents
    finally:
        kg.close()


def _staging(db: Path) -> list[Path]:
    return list(db.parent.glob(f".{db.name}.building-*"))


def _build_with_file_limit(kilobytes: int, *args) -> Run:
    """`luocdo build ARGS` where no file may grow past `kilobytes`: writes fail with EFBIG,
    which is how a full disk fails them (ENOSPC), without filling a real disk."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (kilobytes << 10, kilobytes << 10))
    proc = subprocess.run([sys.executable, "-m", "luocdo.cli", "build", *map(str, args)], capture_output=True,
                          text=True, preexec_fn=limit, timeout=600)
    return Run(proc.returncode, proc.stdout, proc.stderr, 0, MEMORY_MB)


@pytest.mark.parametrize("kilobytes, where", [(4, "cache"), (200, "graph.lbug")])
def test_a_full_disk_keeps_the_old_store_and_leaves_no_staging_folder(place, kilobytes, where):
    new = place / "new"
    new.mkdir()
    for example in sorted(EXAMPLES.glob("*.txt")):  # changed bytes, so each is extracted again
        (new / example.name).write_text(example.read_text(encoding="utf-8") + "\n\nBản sao.\n", encoding="utf-8")
    before = _documents(place / "db")
    run = _build_with_file_limit(kilobytes, new, "--db", place / "db")
    assert_clean(run, exit_codes=[1], names=[where], says=[f"{place / 'db'} is unchanged"])
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert _documents(place / "db") == before and not _staging(place / "db")


def _entry(db: Path, example: str) -> Path:
    from luocdo.cache import content_sha256

    return next((db / "cache").glob(content_sha256(EXAMPLES / example) + ".*"))


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_damaged_cache_entry_is_extracted_again_with_a_warning(place, damage):
    entry = _entry(place / "db", "001_2e663b31c79c2c39.txt")
    blob = entry.read_bytes()
    entry.write_bytes({"truncated": blob[: len(blob) // 2], "garbage": os.urandom(len(blob)), "empty": b""}[damage])
    run = luocdo("build", place / "docs", "--db", place / "db")
    assert_clean(run, exit_codes=[0], names=[entry], says=["warning: cache entry", "extracted again",
                                                            "(1 extracted, 4 from the cache)"])
    assert len(_documents(place / "db")) == 5
    assert_clean(luocdo("build", place / "docs", "--db", place / "db"), exit_codes=[0],
                 says=["(0 extracted, 5 from the cache)"])


def test_byte_identical_files_share_one_entry_build_after_build(place):
    """Two copies of a cached file and two of a new one (SameFileError once broke every rebuild)."""
    shutil.copy(EXAMPLES / "004_014750b2d5d076c9.txt", place / "docs" / "copy.txt")
    new = (EXAMPLES / "003_98cbac67ba4c6738.txt").read_text(encoding="utf-8") + "\nBản sao.\n"
    for name in ("new_a.txt", "new_b.txt"):
        (place / "docs" / name).write_text(new, encoding="utf-8")
    for counts in ("(2 extracted, 6 from the cache)", "(0 extracted, 8 from the cache)"):
        run = luocdo("build", place / "docs", "--db", place / "db")
        assert_clean(run, exit_codes=[0], says=[counts])
        assert len(list((place / "db" / "cache").iterdir())) == 6 and not _staging(place / "db")
    assert len(_documents(place / "db")) == 6  # a byte-identical copy is one document


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_builds_staging_folder_is_removed_even_by_a_build_that_fails(place):
    stale = place / f".db.building-{_dead_pid()}"
    (stale / "cache").mkdir(parents=True)
    (place / "bad").mkdir()
    (place / "bad" / "empty.txt").write_bytes(b"")
    run = luocdo("build", place / "bad", "--db", place / "db")
    assert_clean(run, exit_codes=[1], names=["empty.txt"], says=["no document could be read"])
    assert not stale.exists() and not _staging(place / "db")


def test_a_live_builds_staging_folder_is_left_alone(place):
    by_pid = place / f".db.building-{os.getpid()}"  # this process is alive
    by_lock = place / f".db.building-{_dead_pid()}"  # a build in another pid namespace holds its lock
    for folder in (by_pid, by_lock):
        folder.mkdir()
    lock = os.open(by_lock, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        assert_clean(luocdo("build", place / "docs", "--db", place / "db", "--quiet"), exit_codes=[0])
        assert by_pid.is_dir() and by_lock.is_dir()
    finally:
        os.close(lock)
    assert_clean(luocdo("build", place / "docs", "--db", place / "db", "--quiet"), exit_codes=[0])
    assert by_pid.is_dir() and not by_lock.exists()

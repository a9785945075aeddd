"""Loading takes time linear in the text's size, whatever its shape.

Each row generates an adversarial text (one very long line, many short lines, 100,000 list
items, a huge table, ...) at size N and 2N and loads both: a linear loader takes about twice as
long for the double, a quadratic one four times. The ratio must stay below 3.
"""
from __future__ import annotations

import pytest
from growth import timed_until

from luocdo.loaders import load_string

SENTENCE = "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành triển khai Nghị định số 30/2020/NĐ-CP"


def long_line(n: int) -> str:
    """One line of n sentences, no line break at all."""
    return " ".join([SENTENCE] * n) + "."


def short_lines(n: int) -> str:
    return "".join(f"dòng {i} của văn bản\n" for i in range(n))


def list_items(n: int) -> str:
    return "Nơi nhận:\n" + "".join(f"- Sở {i};\n" for i in range(n))


def markdown_table(n: int) -> str:
    header = "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
    return "**KẾ HOẠCH**\n\n" + header + "".join(f"| {i} | {SENTENCE} | Bộ Tài chính | 2025 |\n" for i in range(n))


def one_cell_per_line_table(n: int) -> str:
    head = "|\nSTT\n|\nNhiệm vụ\n|\nCơ quan\n|\n|\n"
    return "**KẾ HOẠCH**\n\n" + head + "".join(f"{i}\n|\nNhiệm vụ {i}\n|\nBộ Tài chính\n|\n|\n" for i in range(n))


def wide_spaces(n: int) -> str:
    """A two-column header line whose gap is n spaces wide."""
    return "CHÍNH PHỦ" + " " * n + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + SENTENCE + "."


def combining_marks(n: int) -> str:
    """Tone marks as combining characters (Windows-1258, Mac tools), n words."""
    return "Quye\u0302\u0301t ddi\u0323nh so\u0302\u0301 " * (n // 3) + "\n"


def hard_wrapped(n: int) -> str:
    """PDF-style text broken every eight words, n lines."""
    words = SENTENCE.split()
    return "".join(" ".join(words[i % 5:i % 5 + 8]) + "\n" for i in range(n))


# Each shape at its size N (loaded at N and 2N): 100,000 list items at 2N.
SHAPES = [(long_line, 1_000), (short_lines, 5_000), (list_items, 50_000), (markdown_table, 800),
          (one_cell_per_line_table, 800), (wide_spaces, 200_000), (combining_marks, 10_000), (hard_wrapped, 3_000)]


@pytest.mark.parametrize("shape, n", SHAPES, ids=[shape.__name__ for shape, _ in SHAPES])
def test_load_time_grows_linearly(shape, n):
    path = "table.md" if "table" in shape.__name__ else "doc.txt"
    small, large = shape(n), shape(2 * n)
    assert len(large) > 1.9 * len(small)
    once, twice = timed_until(lambda once, twice: twice < 3 * once,
                              lambda: load_string(small, path), lambda: load_string(large, path))
    ratio = twice / once
    assert ratio < 3, f"{shape.__name__}: {len(large)} characters took {ratio:.1f} times as long as {len(small)}"

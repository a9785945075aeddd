"""Legacy Vietnamese encodings: the TCVN3 and VNI codecs, detection among code pages, mixed files."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from growth import timed_until

import luocdo.loaders.legacy_codecs  # noqa: F401  registers "tcvn3" and "vni"
from luocdo.loaders import LoadError, load, load_bytes
from luocdo.loaders.decode import accented_words, decode
from luocdo.extract import extract
from test_loaders import cp1258

CORPUS = Path("/tmp/corpus/tvpl")
REAL = sorted(CORPUS.glob("*.txt"))[:60] if CORPUS.is_dir() else []
NOTICE = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))[-1]

# What an old file looks like when Windows-1252 shows its bytes, and what it says.
KNOWN = [
    ("tcvn3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("tcvn3", "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("tcvn3", "QuyÕt ®Þnh cña Thñ t­íng ChÝnh phñ", "Quyết định của Thủ tướng Chính phủ"),
    ("tcvn3", "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("vni", "Quyeát ñònh cuûa Thuû töôùng Chính phuû", "Quyết định của Thủ tướng Chính phủ"),
    ("vni", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("vni", "naêm 2025, Ñaûng uûy, nghò ñònh, khuyeán khích", "năm 2025, Đảng ủy, nghị định, khuyến khích"),
]


@pytest.mark.parametrize("codec,seen,meant", KNOWN, ids=[f"{row[0]}: {row[2][:20]}" for row in KNOWN])
def test_known_strings_decode(codec, seen, meant):
    assert seen.encode("cp1252").decode(codec) == meant


@pytest.mark.parametrize("codec", ["tcvn3", "vni"])
def test_every_vietnamese_letter_round_trips(codec):
    letters = "".join(sorted({unicodedata.normalize("NFC", base + tone)
                              for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" for tone in ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]}))
    letters += "đĐ"
    decoded = letters.encode(codec).decode(codec)
    # TCVN3 has no code for a capital with a tone mark: the capital font prints the lower-case one.
    assert decoded == letters if codec == "vni" else decoded.lower() == letters.lower()


@pytest.mark.skipif(not REAL, reason="the real corpus is not unpacked")
@pytest.mark.parametrize("codec", ["tcvn3", "vni"])
def test_real_documents_round_trip(codec):
    """Real NFC text encoded with the table decodes back: VNI exactly, TCVN3 but for capitals
    that open a mixed-case word (`Ủy ban` comes back as `ủy ban`), under 1% of accented words."""
    words = wrong = 0
    for path in REAL:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        sent = text.encode(codec, errors="replace")
        back = sent.decode(codec)
        expected = re.sub("[^\n]", lambda m: m.group() if m.group().encode(codec, errors="replace") != b"?" else "?", text)
        assert back.lower() == expected.lower(), path.name
        pairs = [(a, b) for a, b in zip(expected.split(), back.split()) if not a.isascii()]
        words += len(pairs)
        wrong += sum(a != b for a, b in pairs)
    assert words > 10000
    assert wrong == 0 if codec == "vni" else wrong < words / 100


@pytest.mark.parametrize("codec", ["tcvn3", "vni"])
def test_a_character_outside_the_table_is_an_encode_error(codec):
    with pytest.raises(UnicodeEncodeError):
        "Điều 1 — 日本".encode(codec)
    assert "日".encode(codec, errors="replace") == b"?"


SOURCE = NOTICE.read_text(encoding="utf-8")


@pytest.mark.parametrize("codec", ["tcvn3", "vni", "windows-1258"])
def test_a_legacy_file_is_detected_and_extracts_like_its_utf8_original(tmp_path, codec):
    data = cp1258(SOURCE) if codec == "windows-1258" else SOURCE.encode(codec, errors="replace")
    path = tmp_path / f"old-{codec}.txt"
    path.write_bytes(data)
    old, new = load(path), load_bytes(SOURCE.encode("utf-8"), str(path))
    assert old.encoding == codec
    assert any(codec in w and path.name in w for w in old.warnings)
    a, b = extract(old), extract(new)
    assert a.subject and b.subject and _same_instrument(a.subject) == _same_instrument(b.subject)
    assert len(a.tasks) == len(b.tasks) > 0
    assert a.tasks[0].text.lower() == b.tasks[0].text.lower()


def _same_instrument(i) -> tuple:
    return i.type, i.number, i.symbol, i.year, i.name and i.name.lower()


def test_evidence_spans_point_into_the_decoded_text(tmp_path):
    path = tmp_path / "vni.txt"
    path.write_bytes(SOURCE.encode("vni", errors="replace"))
    doc = load(path)
    source, _, _ = decode(path.read_bytes(), str(path))
    for org in extract(doc).organizations[:10]:
        start, end = doc.source_offsets[org.span.start], doc.source_offsets[org.span.end - 1] + 1
        assert unicodedata.normalize("NFC", source[start:end]) == doc.text[org.span.start:org.span.end]


def test_mixed_utf8_and_windows_1258_lines_are_decoded_line_by_line(tmp_path):
    lines = SOURCE.splitlines()
    data = b"\n".join(cp1258(line) if i % 4 == 1 else line.encode("utf-8") for i, line in enumerate(lines))
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    doc = load(path)
    legacy = sum(1 for i, line in enumerate(lines) if i % 4 == 1 and not line.isascii())
    assert doc.encoding == "utf-8+windows-1258"
    assert [w for w in doc.warnings if "mixed encodings" in w] == [
        f"{path}: mixed encodings: {legacy} lines of windows-1258, the others UTF-8"]
    assert doc.text == load_bytes(SOURCE.encode("utf-8"), str(path)).text


FOREIGN = {
    "cp1251": "Российская Федерация приняла закон о государственной службе. ",
    "cp1253": "Η Ελληνική Δημοκρατία ψήφισε νόμο για τη δημόσια διοίκηση. ",
    "shift_jis": "日本国憲法は国民主権を宣言している。",
    "cp1250": "Ústavní soud České republiky zrušil část zákona o účetnictví. ",
}


@pytest.mark.parametrize("codec", sorted(FOREIGN))
def test_a_foreign_code_page_is_refused_not_read_as_mojibake(codec):
    with pytest.raises(LoadError, match="is not Vietnamese text"):
        decode((FOREIGN[codec] * 20).encode(codec), "foreign.txt")


SYLLABLES = [
    ("Quyết định của Thủ tướng Chính phủ về việc giao nhiệm vụ", 11, 11),
    ("nghiêng khuya người được giữ", 4, 4),
    ("Céng hoµ x· héi", 3, 1),  # TCVN3 read as Windows-1252: only `Céng` reads as a syllable
    ("Vieät Nam xaơ hoäi", 3, 0),  # VNI read as Windows-1258
]


@pytest.mark.parametrize("text,accented,syllables", SYLLABLES, ids=[row[0][:20] for row in SYLLABLES])
def test_accented_words_are_checked_as_syllables(text, accented, syllables):
    assert accented_words(text) == (accented, syllables)


ADVERSARIAL = {  # one long word each: a pattern that backtracked inside a word would be quadratic
    "tcvn3": lambda n: b"Q" * n + b"\xd5T " + b"b" * n + b" \xe9",
    "vni": lambda n: b"a\xf9" * (n // 2) + b"o" * n + b"\xe4",
}


@pytest.mark.parametrize("codec", sorted(ADVERSARIAL))
def test_decoding_is_linear(codec):
    """CPU time for 8x the input stays within about 8x (a ratio, not a time on this machine)."""
    small, large = ADVERSARIAL[codec](50_000), ADVERSARIAL[codec](400_000)
    once, eight = timed_until(lambda once, eight: eight < 16 * max(once, 1e-3),
                              lambda: small.decode(codec), lambda: large.decode(codec))
    assert eight < 16 * max(once, 1e-3), f"{once:.4f} s for 50,000 bytes, {eight:.4f} s for 400,000"

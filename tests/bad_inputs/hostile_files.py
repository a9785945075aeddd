"""Hostile and damaged documents, made on the fly (binary inputs are not committed).

Used by the bad-input tests and by scripts/check-plain-install.sh, which reads an HTML page and
an AES-encrypted PDF with a plain install.
"""
from __future__ import annotations

import io
import zipfile
import zlib

NOTICE = ("Quyết định số 12/QĐ-UBND ngày 01 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về việc "
          "ban hành Kế hoạch thực hiện Đề án 06 của Chính phủ.")
# The PDF core fonts have no Vietnamese letters; an ASCII sentence still has a citation.
NOTICE_ASCII = "Quyet dinh so 12/QD-UBND ngay 01 thang 02 nam 2024 ve viec ban hanh Ke hoach thuc hien."

_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
_DOC_HEAD = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             b'<w:body><w:p><w:r><w:t>')
_DOC_TAIL = b"</w:t></w:r></w:p></w:body></w:document>"


def docx(padding_mb: int = 0, text: str = NOTICE, entries: int = 1) -> bytes:
    """A minimal DOCX whose paragraph is `text` followed by `padding_mb` MB of spaces (which
    deflate about 1000:1), its document part repeated under `entries` names."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        for k in range(entries):
            name = "word/document.xml" if k == 0 else f"word/copy{k}.xml"
            with archive.open(name, "w", force_zip64=True) as part:
                part.write(_DOC_HEAD + text.encode())
                for _ in range(padding_mb):
                    part.write(b" " * (1 << 20))
                part.write(_DOC_TAIL)
    return buf.getvalue()


def docx_lying(padding_mb: int) -> bytes:
    """A DOCX whose directory says its document part is 4 kB while it inflates to `padding_mb` MB."""
    data = bytearray(docx(padding_mb))
    header = data.rindex(b"PK\x01\x02", 0, data.rindex(b"word/document.xml"))
    data[header + 24:header + 28] = (4096).to_bytes(4, "little")  # the central directory's uncompressed size
    return bytes(data)


def pdf(pages: int = 1, user_password: str | None = None, aes: bool = False) -> bytes:
    """A real PDF (fpdf2) with a text layer; encrypted with AES-256 when `aes` or a password is given."""
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    doc = FPDF()
    doc.set_font("helvetica", size=12)
    for _ in range(pages):
        doc.add_page()
        doc.multi_cell(0, 10, NOTICE_ASCII)
    if aes or user_password:
        doc.set_encryption(owner_password="owner", user_password=user_password or "",
                           encryption_method=EncryptionMethod.AES_256)
    return bytes(doc.output())


def pdf_of_streams(streams: list[bytes]) -> bytes:
    """A hand-made PDF, one page per content stream (each already FlateDecode-compressed)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for stream in streams:
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_bomb(mb_per_page: int, pages: int) -> bytes:
    """Pages of one line of text followed by `mb_per_page` MB of spaces, deflated about 1000:1."""
    text = b"BT /F1 12 Tf 72 720 Td (" + NOTICE_ASCII.encode() + b") Tj ET\n"
    return pdf_of_streams([zlib.compress(text + b" " * (mb_per_page << 20), 9)] * pages)


def html(body: str = NOTICE) -> str:
    return f"<!doctype html><html><head><title>Thông báo</title></head><body><article><p>{body}</p></article></body></html>"

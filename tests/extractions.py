"""Synthetic Extractions for resolution, graph and store tests: every mention is found in the
document's text, so spans, offsets and evidence sentences are real."""
from __future__ import annotations

import hashlib
from typing import Optional

from luocdo.ids import entity_id
from luocdo.model import (
    Assignment, Extraction, InstrumentMention, LoadedDocument, MeetingMention, OrganizationMention,
    PersonMention, Relation, Signature, Span, TaskMention,
)
from luocdo.ids import meeting_id, subject_id, task_id


def document(path: str, text: str, kind: str = "text", date: Optional[str] = None) -> LoadedDocument:
    return LoadedDocument(
        path=path, text=text, source_offsets=list(range(len(text) + 1)), kind=kind,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), date=date,
    )


def span_of(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface))


def instrument(text: str, surface: str, type: str, number: Optional[str] = None, symbol: Optional[str] = None,
               year: Optional[int] = None, **kw) -> InstrumentMention:
    return InstrumentMention(type=type, number=number, symbol=symbol, year=year, date=kw.pop("date", None),
                             span=span_of(text, surface), surface=surface, **kw)


def org(text: str, surface: str, name: Optional[str] = None, **kw) -> OrganizationMention:
    return OrganizationMention(name=name or surface, span=span_of(text, surface), surface=surface, **kw)


def person(text: str, name: str, *positions: str) -> PersonMention:
    return PersonMention(name=name, span=span_of(text, name), positions=list(positions))


def meeting(text: str, name: str, **kw) -> MeetingMention:
    return MeetingMention(name=name, span=span_of(text, name), **kw)


def task(text: str, sentence: str, **kw) -> TaskMention:
    return TaskMention(ordinal=kw.pop("ordinal", None), text=sentence, span=span_of(text, sentence), **kw)


def extraction(doc: LoadedDocument, subject=None, role=None, **lists) -> Extraction:
    """An Extraction with the relations extraction states for what its mentions say."""
    fields = ("instruments", "organizations", "persons", "meetings", "tasks", "relations", "recipients")
    ex = Extraction(document=doc, subject=subject, subject_role=role,
                    **{f: lists.pop(f, []) for f in fields}, **lists)
    ex.relations += stated_relations(ex)
    return ex


def stated_relations(ex: Extraction) -> list[Relation]:
    """The contract of luocdo.extract: the subject cites, concludes its first meeting, is
    signed, sent and issued; a task's requirement is stated for the task and, `via_task`, for
    the subject."""
    sid = subject_id(ex)
    rels = [Relation(m.key, "ISSUED_BY", entity_id("org", m.issuer), m.span) for m in ex.instruments if m.issuer]
    if sid is None:
        return rels
    rels += [Relation(sid, "CITES", m.key, m.span) for m in ex.instruments]
    rels += [Relation(sid, "CONCLUDES", meeting_id(ex.document, 0), ex.meetings[0].span)] if ex.meetings else []
    rels += [Relation(sid, "SENT_TO", entity_id("org", r.name), r.span) for r in ex.recipients]
    if ex.subject.issuer:
        rels.append(Relation(sid, "ISSUED_BY", entity_id("org", ex.subject.issuer), ex.subject.span))
    if ex.signature:
        rels.append(Relation(sid, "SIGNED_BY", entity_id("person", ex.signature.signer), ex.signature.span,
                             {"capacity": " / ".join(ex.signature.capacity)}))
    for i, t in enumerate(ex.tasks):
        tid = task_id(ex.document, i)
        for target in t.requires:
            rels += [Relation(tid, "REQUIRES_IMPLEMENTATION_OF", target, t.span),
                     Relation(sid, "REQUIRES_IMPLEMENTATION_OF", target, t.span, {"via_task": tid})]
    return rels


# --- the seeds, as extraction should see them ---------------------------------------------

NOTICE_381 = (
    "THÔNG BÁO Kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại Hội nghị sơ kết công tác "
    "6 tháng đầu năm 2024.\nNgày 08 tháng 8 năm 2024, Phó Thủ tướng Chính phủ Trần Lưu Quang đã chủ trì "
    "Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Tham dự có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.\n"
    "1. Bộ Công an chủ trì, phối hợp với Bộ Công Thương triển khai Chỉ thị số 18/CT-TTg ngày 30/5/2023, "
    "báo cáo Thủ tướng Chính phủ trước ngày 31/12/2024.\n"
    "2. Các bộ thực hiện Đề án \"Phát triển ứng dụng dữ liệu về dân cư\" (Đề án 06).\n"
    "Nơi nhận: Bộ Công an; Văn phòng Chính phủ.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Sỹ Hiệp"
)
NEWS_381 = (
    "Văn phòng Chính phủ vừa ban hành Thông báo số 381 kết luận của Phó Thủ tướng Trần Lưu Quang "
    "tại Hội nghị sơ kết công tác 6 tháng đầu năm 2024.\nCác bộ tiếp tục thực hiện Chỉ thị 18 và Đề án 06."
)


def full_text_381(path: str = "seeds/001.txt") -> Extraction:
    t = NOTICE_381
    doc = document(path, t)
    subject = instrument(t, "THÔNG BÁO", "TB", year=2024)
    ct18 = instrument(t, "Chỉ thị số 18/CT-TTg ngày 30/5/2023", "CT", "18", "CT-TTg", 2023, date="2023-05-30",
                      issuer="Thủ tướng Chính phủ")
    da06 = instrument(t, "Đề án \"Phát triển ứng dụng dữ liệu về dân cư\"", "ĐA",
                      name="Phát triển ứng dụng dữ liệu về dân cư", aliases=["Đề án 06"])
    quang = person(t, "Trần Lưu Quang", "Phó Thủ tướng Chính phủ")
    dien = person(t, "Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương")
    bca, bct = org(t, "Bộ Công an"), org(t, "Bộ Công Thương")
    vpcp = org(t, "Văn phòng Chính phủ")
    mt = meeting(t, "Hội nghị sơ kết công tác 6 tháng đầu năm 2024", date="2024-08-08",
                 chair="Trần Lưu Quang", attendees=["Nguyễn Hồng Diên"], period="6 tháng đầu năm 2024")
    t1 = task(t, "Bộ Công an chủ trì, phối hợp với Bộ Công Thương triển khai Chỉ thị số 18/CT-TTg ngày 30/5/2023, "
                 "báo cáo Thủ tướng Chính phủ trước ngày 31/12/2024.", ordinal="1",
              assignees=[Assignment("Bộ Công an", "lead"), Assignment("Bộ Công Thương", "support")],
              deadline="2024-12-31", requires=[ct18.key], reports_to=["Thủ tướng Chính phủ"])
    t2 = task(t, "2. Các bộ thực hiện Đề án \"Phát triển ứng dụng dữ liệu về dân cư\" (Đề án 06).", ordinal="2",
              requires=[da06.key])
    sig = Signature(["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], "Nguyễn Sỹ Hiệp", span_of(t, "Nguyễn Sỹ Hiệp"))
    return extraction(doc, subject, "full_text", instruments=[ct18, da06], persons=[quang, dien],
                      organizations=[bca, bct, vpcp], meetings=[mt], tasks=[t1, t2],
                      recipients=[org(t, "Bộ Công an"), vpcp], signature=sig)


def news_381(path: str = "seeds/004.txt") -> Extraction:
    t = NEWS_381
    doc = document(path, t, kind="news")
    subject = instrument(t, "Thông báo số 381", "TB", "381", issuer="Văn phòng Chính phủ")
    ct18 = instrument(t, "Chỉ thị 18", "CT", "18", short_form=True)
    da06 = instrument(t, "Đề án 06", "ĐA", "06", short_form=True)
    mt = meeting(t, "Hội nghị sơ kết công tác 6 tháng đầu năm 2024", chair="Trần Lưu Quang",
                 period="6 tháng đầu năm 2024")
    quang = person(t, "Trần Lưu Quang", "Phó Thủ tướng")
    span = span_of(t, "Các bộ tiếp tục thực hiện Chỉ thị 18 và Đề án 06.")
    return extraction(doc, subject, "report", instruments=[ct18, da06], persons=[quang],
                      organizations=[org(t, "Văn phòng Chính phủ")], meetings=[mt],
                      relations=[Relation(subject.key, "REQUIRES_IMPLEMENTATION_OF", m.key, span) for m in (ct18, da06)])


def report_205(path: str, date: Optional[str] = "2025-04-28", issuer: str = "Văn phòng Chính phủ",
               wording: str = "Ngày 28/4/2025, Văn phòng Chính phủ ban hành Thông báo số 205/TB-VPCP.") -> Extraction:
    t = wording + "\nPhó Thủ tướng Bùi Thanh Sơn chủ trì Hội nghị giao ban công tác quý I/2025."
    doc = document(path, t, kind="news")
    subject = instrument(t, "Thông báo số 205/TB-VPCP", "TB", "205", "TB-VPCP", 2025, date=date, issuer=issuer)
    mt = meeting(t, "Hội nghị giao ban công tác quý I/2025", chair="Bùi Thanh Sơn", period="quý I/2025")
    return extraction(doc, subject, "report", persons=[person(t, "Bùi Thanh Sơn", "Phó Thủ tướng")],
                      meetings=[mt], organizations=[org(t, "Văn phòng Chính phủ")])


def citing(path: str, *citations: tuple, subject: Optional[tuple] = None) -> Extraction:
    """A document whose text is its citations, one per line; each tuple is (surface, type,
    number, symbol, year) plus keyword facts as a trailing dict."""
    text = "\n".join(c[0] for c in ((subject,) if subject else ()) + citations)
    doc = document(path, text)

    def mention(c):
        kw = c[5] if len(c) > 5 else {}
        return instrument(text, c[0], *c[1:5], **kw)

    return extraction(doc, mention(subject) if subject else None, "full_text" if subject else None,
                      instruments=[mention(c) for c in citations])

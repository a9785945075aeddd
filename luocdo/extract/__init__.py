"""Extraction: one LoadedDocument in, one Extraction out.

Each finder is a pure function over the cleaned text (see its module); this module only runs
them in order and turns what they found into relations with evidence spans.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from luocdo.extract.citations import find_instruments, overlong_numbers, resolve_short_forms
from luocdo.extract.dates import dates_out_of_range, find_dates, find_periods
from luocdo.extract.meetings import find_meetings
from luocdo.extract.organizations import canonical_name, find_organizations, surnames
from luocdo.extract.persons import find_persons, merge_persons
from luocdo.extract.requirements import approvals, in_title_of, required_instruments
from luocdo.extract.sentences import line_start
from luocdo.extract.signature import each_once, find_recipients, read_closing, reported_recipients
from luocdo.extract.parts import document_parts, document_warnings
from luocdo.extract.subject import find_subject, type_headings

from luocdo.extract.tasks import find_tasks
from luocdo.ids import entity_id, instrument_id, meeting_id, org_id, subject_id, task_id
from luocdo.model import (
    Extraction, InstrumentMention, LoadedDocument, PageMetadata, PersonMention, Relation, Signature, Span,
)
from luocdo.normalize import fold, fold_keep_length

__all__ = ["extract"]


# Instruments of standing rules: a decree, a circular, a law says `trước ngày 15 tháng 3` of every
# year, where a notice, a directive or a letter means this year's.
_STANDING_RULES = frozenset({"NĐ", "TT", "TTLT", "LUẬT", "BỘ LUẬT", "PL", "HP"})
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def extract(doc: LoadedDocument) -> Extraction:
    """Everything the document says: subject, citations, bodies, people, meeting, tasks, relations."""
    text = doc.text
    dates = find_dates(text)
    periods = find_periods(text)
    organizations = find_organizations(text)
    instruments = resolve_short_forms(find_instruments(text, dates, organizations))
    closing = read_closing(text)  # the signature block, read once for every finder
    person_mentions = find_persons(text, organizations, closing)
    parts = document_parts(text, doc.metadata, closing.start)
    # An appendix after the signature (`PHỤ LỤC`, `DANH MỤC`) has headings, never a signer.
    before_appendix = text[:parts.appendix_start] if parts.appendix_start is not None else text
    signature = _signature_or_metadata(closing.signature, doc.metadata, before_appendix)
    recipients = find_recipients(text, closing, parts.addressees)
    body_end = len(text) if closing.start is None else closing.start
    # A date inside a citation (`Nghị quyết số 127/NQ-CP ngày 08/10/2021 Phiên họp ...`) is the
    # instrument's, never a meeting's.
    starts = [i.span.start for i in instruments]
    free_dates = [d for d in dates if _container(instruments, starts, d.span.start) is None]
    meetings = find_meetings(text, person_mentions, free_dates, periods, doc.date)
    subject, role, subject_source = find_subject(doc, instruments, dates, meetings, organizations, parts)
    # A named instrument in another one's title (`Quyết định số 1850/QĐ-TTg ... về ban hành Kế
    # hoạch triển khai thi hành Luật Việc làm`) is that one's, even if its name opens the subject's.
    cited = [i for previous, i in zip([None] + instruments[:-1], instruments)
             if (not _is_subject(i, subject) or (i.number is None and i.span != subject.span
                                                  and _in_numbered_title(text, previous, i)))
             and not (role == "full_text" and _names_itself(text, i, subject, organizations))]
    if role == "report":  # `Công điện số 87/CĐ-TTg ... gửi Bộ trưởng, ...`: the reported instrument's addressees
        recipients = each_once(recipients + reported_recipients(text, subject, instruments))
    issued = (subject.date if subject else None) or doc.date
    tasks = find_tasks(text, organizations, person_mentions, body_end, issued)
    if subject and subject.date:  # an instrument sets no deadline before its own date: that is
        for task in tasks:        # what it reports was asked before (`đã chỉ đạo ... trước ngày 30/10`)
            if task.deadline and task.deadline < subject.date:
                task.deadline = task.deadline_text = None
    if subject and subject.type in _STANDING_RULES:  # a rule's day without a year comes every year
        for task in tasks:                           # (`gửi Bộ Tài chính trước ngày 15 tháng 3`)
            if task.deadline_text and not _YEAR_IN.search(task.deadline_text):
                task.deadline = task.deadline_text = None
    if signature and signature.source == "metadata":
        person_mentions = person_mentions + [PersonMention(name, _last_mention(text, name))
                                             for name in _table_signers(doc.metadata)]
    extraction = Extraction(
        document=doc, subject=subject, subject_role=role, instruments=cited,
        organizations=organizations, persons=merge_persons(person_mentions), meetings=meetings,
        tasks=tasks, relations=[], recipients=recipients, signature=signature, dates=dates,
        warnings=list(doc.warnings) + [f"{doc.path}: {d.error}" for d in dates if d.error and _has_year(d.surface)]
        + [f"{doc.path}: {error}" for error in [d.error for d in dates_out_of_range(text)] + overlong_numbers(text)]
        + document_warnings(doc, subject, subject_source),
        parts=parts, subject_source=subject_source,
    )
    extraction.relations = _relations(extraction)
    required_by: dict[str, set[str]] = {}
    for r in extraction.relations:
        if r.type == "REQUIRES_IMPLEMENTATION_OF":
            required_by.setdefault(r.source, set()).add(r.target)
    for index, task in enumerate(tasks):
        task.requires = sorted(required_by.get(task_id(doc, index), ()))
    return extraction


def _signature_or_metadata(signature: Signature | None, metadata: PageMetadata | None, text: str) -> Signature | None:
    """The signature block's signer, unless the page table's `Người ký` names someone else: the
    table is the site's record of this document, while a block broken by the page's markup
    yields a title or a heading as a name. The table's (first) signer is marked `source:
    metadata`, with the span where the text prints that name last (the signature sits at the end)."""
    names = _table_signers(metadata)
    if not names or signature and signature.signer and fold(signature.signer) in {fold(n) for n in names}:
        return signature
    return Signature(capacity=signature.capacity if signature else [], signer=names[0],
                     span=_last_mention(text, names[0]), source="metadata")


def _table_signers(metadata: PageMetadata | None) -> list[str]:
    """The names in the table's `Người ký`: a joint document lists one per issuer (`A, B`, `A và B`).
    Sites also put the signer's office there (`Chủ tịch Quốc hội`) or a dash: only a person's
    name counts, capitalised words that open with a family name."""
    if metadata is None or not metadata.signer:
        return []
    return [name for name in re.split(r"\s*[,;]\s*|\s+và\s+", metadata.signer) if _is_a_name(name)]


def _is_a_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0] in surnames() and all(w[0].isupper() for w in words)


def _last_mention(text: str, name: str) -> Span:
    at = fold_keep_length(text).rfind(fold(name))  # the text may write Hoà where the table has Hòa
    return Span(at, at + len(name)) if at >= 0 else Span(0, 0)


def _container(mentions: list, starts: list[int], pos: int) -> int | None:
    """Index of the mention (sorted by start, not overlapping) whose span holds `pos`, if any."""
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < mentions[i].span.end else None


def _is_subject(inst: InstrumentMention, subject: InstrumentMention | None) -> bool:
    """Is this mention the document's own instrument: its header, its number again, or a bare
    `ban hành Kế hoạch triển khai như sau` whose name opens the subject's own title?"""
    if subject is None:
        return False
    if inst.span == subject.span:
        return True
    if inst.name and not inst.number and inst.type == subject.type and subject.name:
        rest = _without_type_word(fold(inst.name))
        if rest and (fold(subject.name).startswith(rest) or _names_the_same(rest, fold(subject.name))):
            return True
    return bool(subject.number) and inst.type == subject.type and \
        (inst.number or "").lstrip("0") == subject.number.lstrip("0") and \
        (inst.year is None or subject.year is None or inst.year == subject.year)


def _names_itself(text: str, inst: InstrumentMention, subject: InstrumentMention,
                  organizations: list[OrganizationMention]) -> bool:
    """A full text naming itself without its number: the draft its ground submits (`Xét Tờ trình
    số 407/TTr-UBND ... về dự thảo Nghị quyết quy định ...` in the resolution passed on it), its
    closing words (`Trên đây là Kế hoạch ...`) or its issuing clause: a body right before `ban
    hành` and a name that opens as the title does for six words or more, though worded otherwise
    after them (`Ủy ban nhân dân thành phố ban hành Kế hoạch phát động phong trào thi đua ...`),
    or any name when the clause introduces what follows (`..., cụ thể như sau:`)."""
    if inst.number or inst.type != subject.type:
        return False
    before = text[max(0, inst.span.start - 12):inst.span.start]
    if _THIS_ONE.search(before):
        return True
    issues = _ISSUES.search(before)
    if issues and inst.name and subject.name \
            and _issuer_ends_at(text, organizations, inst.span.start - len(before) + issues.start()) \
            and (_shared_opening(_without_type_word(fold(inst.name)), fold(subject.name)) >= _SELF_TITLE_WORDS
                 or _INTRODUCES_ITSELF.match(text, inst.span.start)):
        return True
    return bool(_DRAFT.search(before)) and text.startswith("Xét", line_start(text, inst.span.start) + _indent(text, inst.span.start))


_THIS_ONE = re.compile(r"Trên đây là\s+$")
# `UBND tỉnh ban hành Kế hoạch Phát triển kinh tế số ... giai đoạn 2026-2030, cụ thể như sau:`: the
# issuing clause that opens what follows, however the name is worded
_INTRODUCES_ITSELF = re.compile(r"[^.;:\n]{0,250}?(?:,\s*)?(?:cụ thể\s+)?(?:như sau|với (?:các |những )?nội dung (?:như )?sau)\s*:")
_ISSUES = re.compile(r"(?<!\w)ban hành\s+$")
_SELF_TITLE_WORDS = 6


def _issuer_ends_at(text: str, organizations: list[OrganizationMention], pos: int) -> bool:
    """Does a body that issues (not one a cited title names: `Quyết định ... của Thủ tướng Chính phủ
    ban hành Kế hoạch ...`) end right before `pos`?"""
    return any(text[o.span.end:pos].strip() == "" and not _OF_BEFORE.search(text, max(0, o.span.start - 6), o.span.start)
               for o in organizations if pos - 3 <= o.span.end <= pos)


_OF_BEFORE = re.compile(r"(?<!\w)của\s+$")


def _shared_opening(name: str, title: str) -> int:
    """How many words open both."""
    return next((i for i, (a, b) in enumerate(zip(name.split(), title.split())) if a != b), min(len(name.split()), len(title.split())))


_DRAFT = re.compile(r"(?<!\w)(?:dự thảo|ban hành)\s+$")  # `Xét Tờ trình ... đề nghị ban hành Nghị quyết ...`


def _indent(text: str, pos: int) -> int:
    """Markup and spaces at the start of the line holding `pos` (`*Xét Tờ trình ...`)."""
    start = line_start(text, pos)
    return len(text[start:pos]) - len(text[start:pos].lstrip(" \t*_"))


def _names_the_same(name: str, title: str) -> bool:
    """Does an unnumbered name give the title in other words (`Kế hoạch quan trắc ... năm 2026`
    for `QUAN TRẮC ... TRÊN ĐỊA BÀN TỈNH THANH HÓA NĂM 2026`, or the title run on into the
    sentence)? Most of the shorter one opens both, and every number it has is the title's."""
    words, title_words = name.split(), title.split()
    shared = _shared_opening(name, title)
    numbers = {w for w in words if w.isdigit()}
    return shared >= 4 and shared >= 0.6 * min(len(words), len(title_words)) and numbers <= set(title_words)


def _in_numbered_title(text: str, previous: InstrumentMention | None, inst: InstrumentMention) -> bool:
    """Is `inst` named in the title that opens right after a numbered citation (`... của Thủ tướng
    Chính phủ về ban hành Kế hoạch ...`), not in a new clause (`..., Ủy ban nhân dân tỉnh ban hành`)?"""
    return previous is not None and bool(previous.number) and in_title_of(text, previous, inst) and \
        re.match(r"\s*,?\s*(?:về|ban hành|phê duyệt|quy định|hướng dẫn)\b", text[previous.span.end:inst.span.start]) is not None


def _without_type_word(folded_name: str) -> str:
    """`ke hoach trien khai` -> `trien khai`: a named instrument's name without its type word."""
    for word in sorted(type_headings(), key=len, reverse=True):
        if folded_name.startswith(word + " "):
            return folded_name[len(word) + 1:]
    return folded_name


def _relations(ex: Extraction) -> list[Relation]:
    doc, text = ex.document, ex.document.text
    sid = subject_id(ex)
    rels: list[Relation] = []
    if sid:
        rels += [Relation(sid, "CITES", instrument_id(i), i.span) for i in ex.instruments]
        if ex.meetings:
            rels.append(Relation(sid, "CONCLUDES", meeting_id(doc, 0), ex.meetings[0].span))
        if ex.signature and ex.signature.signer:
            rels.append(Relation(sid, "SIGNED_BY", entity_id("person", ex.signature.signer), ex.signature.span,
                                 {"capacity": " / ".join(ex.signature.capacity)}))
        rels += [Relation(sid, "SENT_TO", org_id(r.name), r.span) for r in ex.recipients]
        if ex.subject.issuer:
            rels.append(Relation(sid, "ISSUED_BY", org_id(canonical_name(ex.subject.issuer)), ex.subject.span))
    for inst in ex.instruments:
        if inst.issuer:
            rels.append(Relation(instrument_id(inst), "ISSUED_BY", org_id(canonical_name(inst.issuer)), inst.span))
    approved_by_subject = _approved_in_title(ex)
    if sid and approved_by_subject:
        rels.append(Relation(sid, "APPROVES", instrument_id(approved_by_subject), approved_by_subject.span))
    for decision, approved in approvals(text, ex.instruments):
        if instrument_id(decision) != instrument_id(approved):  # one instrument cited twice approves nothing
            rels.append(Relation(instrument_id(decision), "APPROVES", instrument_id(approved),
                                 Span(min(decision.span.start, approved.span.start),
                                      max(decision.span.end, approved.span.end))))
    task_starts = [t.span.start for t in ex.tasks]
    for inst, phrase in required_instruments(text, ex.instruments, lambda source: _is_subject(source, ex.subject)):
        if instrument_id(inst) == sid:
            continue  # `tuân thủ đúng ... theo Luật Đất đai 2024` on a page about that law: no demand of itself
        evidence = Span(phrase.start, inst.span.end)
        task_index = _container(ex.tasks, task_starts, inst.span.start)
        if task_index is not None:
            tid = task_id(doc, task_index)
            rels.append(Relation(tid, "REQUIRES_IMPLEMENTATION_OF", instrument_id(inst), evidence))
            if sid:
                rels.append(Relation(sid, "REQUIRES_IMPLEMENTATION_OF", instrument_id(inst), evidence,
                                     {"via_task": tid}))
        elif sid:
            rels.append(Relation(sid, "REQUIRES_IMPLEMENTATION_OF", instrument_id(inst), evidence))
    return _dedupe(rels)


def _approved_in_title(ex: Extraction) -> InstrumentMention | None:
    """A decision whose title is `Phê duyệt Đề án ...` approves that instrument."""
    title = (ex.subject.name or "") if ex.subject else ""
    if not re.match(r"(?:về việc\s+|về\s+)?phê duyệt\b", title, re.I):
        return None
    head = title.split(" ", 3)
    return next((i for i in ex.instruments if i.name and i.name[:30] in title), None) if head else None


def _has_year(surface: str) -> bool:
    """A date written with its year; a day and month alone (`ngày 15 tháng 12`) is no error."""
    return bool(re.search(r"(?:19|20)\d\d", surface))


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen, out = set(), []
    for r in rels:
        key = (r.source, r.type, r.target)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out

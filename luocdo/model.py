"""Plain typed data that flows between luocdo's stages.

load (bytes -> LoadedDocument) -> extract (LoadedDocument -> Extraction) -> resolve -> graph.
Every mention keeps the span of cleaned text it came from; the loader's offset map turns that
span into a span of the source file when evidence is written out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:
    from luocdo.extract.parts import DocumentParts


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) in a document's cleaned text."""

    start: int
    end: int


@dataclass(frozen=True)
class PageMetadata:
    """The properties a legal database prints beside a document (`Số hiệu`, `Loại văn bản`,
    `Nơi ban hành`, `Người ký`, `Ngày ban hành`), read from its table, which is not in `text`.

    `spans` maps each field present to the characters of the source file that print its value,
    so that whatever the page's table says can be shown as evidence."""

    number_symbol: Optional[str] = None  # `10988/BNV-CQĐP`
    type_name: Optional[str] = None  # `Công văn`, `Quyết định`
    issuer: Optional[str] = None
    signer: Optional[str] = None
    issued_date: Optional[str] = None  # ISO
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class LoadedDocument:
    """A file turned into clean NFC text, with a way back to the source's offsets.

    `source_offsets[i]` is the character offset in the decoded source text of cleaned
    character i (len(text) + 1 entries, the last one closing the final character).
    """

    path: str
    text: str
    source_offsets: Sequence[int]  # an array('i') from the loaders: 4 bytes a character
    kind: str  # "text", "markdown", "news", "legal_db", "html", "pdf", "docx"
    sha256: str = ""
    encoding: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None  # ISO date of publication (news) when the page states it
    author: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    metadata: Optional[PageMetadata] = None  # a legal database's table of properties

    def source_span(self, span: Span) -> tuple[int, int]:
        """Map a span of the cleaned text back to the source file's characters."""
        start = self.source_offsets[min(span.start, len(self.source_offsets) - 1)]
        end_index = min(span.end, len(self.source_offsets) - 1)
        end = self.source_offsets[end_index - 1] + 1 if end_index > span.start else start
        return start, max(start, end)


@dataclass(frozen=True)
class DateMention:
    """A calendar date written in the text. `iso` is None when the date is impossible."""

    iso: Optional[str]
    span: Span
    surface: str
    error: Optional[str] = None  # e.g. "31/02/2025 is not a date"


@dataclass(frozen=True)
class PeriodMention:
    """A reporting period: `quý I/2025`, `6 tháng đầu năm 2024`, `9 tháng năm 2021`."""

    label: str  # normalised label, e.g. "quý I/2025"
    year: Optional[int]
    span: Span


@dataclass
class InstrumentMention:
    """One instrument cited (or being) in the text.

    `type` is the official code (TB, CT, QĐ, CĐ, NQ, NĐ, TT, KH, ĐA, CV for công văn, ...).
    `symbol` is what follows the number without any year: `TB-VPCP`, `NĐ-CP`, `VPCP-V.I`,
    `NQ/TW` for Party documents. `year` comes from the number or a stated date, never a guess.
    """

    type: Optional[str]
    number: Optional[str]
    symbol: Optional[str]
    year: Optional[int]
    date: Optional[str]
    span: Span
    surface: str
    issuer: Optional[str] = None  # canonical name of the issuing body, when known
    name: Optional[str] = None  # title or the name of an unnumbered instrument
    aliases: list[str] = field(default_factory=list)  # nicknames such as "Đề án 06"
    short_form: bool = False  # "Chỉ thị 18", "Chỉ thị số 18 ngày 30/5/2023"

    @property
    def key(self) -> str:
        """Identity used within and across documents; see luocdo.ids.instrument_id."""
        from luocdo.ids import instrument_id

        return instrument_id(self)


@dataclass
class OrganizationMention:
    name: str  # canonical name from the gazetteer, or the normalised surface
    span: Span
    surface: str
    parent: Optional[str] = None  # canonical name of the parent body in `X (Bộ Y)`
    known: bool = True  # found in the gazetteer


@dataclass
class PersonMention:
    name: str
    span: Span
    positions: list[str] = field(default_factory=list)  # as stated in the document
    rank: Optional[str] = None  # "Trung tướng"


@dataclass
class Assignment:
    organization: str  # canonical organisation name
    role: Optional[str]  # "lead" (chủ trì), "support" (phối hợp) or None


@dataclass
class TaskMention:
    ordinal: Optional[str]  # "1", "II", "a" or None for an unnumbered assignment sentence
    text: str
    span: Span
    path: Optional[str] = None  # the ordinals of the items holding it and its own: "II.3.b"
    assignees: list[Assignment] = field(default_factory=list)
    deadline: Optional[str] = None  # ISO
    deadline_text: Optional[str] = None
    requires: list[str] = field(default_factory=list)  # instrument ids
    reports_to: list[str] = field(default_factory=list)  # person or organisation names


@dataclass
class MeetingMention:
    name: str
    span: Span
    date: Optional[str] = None
    place: Optional[str] = None
    chair: Optional[str] = None  # person name
    attendees: list[str] = field(default_factory=list)  # person names
    period: Optional[str] = None


@dataclass
class Relation:
    """A typed edge between two extracted items (ids), with its evidence span."""

    source: str
    type: str
    target: str
    span: Span
    properties: dict = field(default_factory=dict)


@dataclass
class Signature:
    capacity: list[str]  # ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"]
    signer: Optional[str]
    span: Span
    source: str = "signature"  # "metadata" when the signer is the page table's `Người ký`


@dataclass(frozen=True)
class Evidence:
    """What the graph keeps of a span: its characters in the source file and the sentence
    around it. Computed where the text is (luocdo.evidence), so the text need not travel."""

    start: int
    end: int
    sentence: str


@dataclass
class Extraction:
    """Everything one document says, ready to be written out or resolved with others."""

    document: LoadedDocument
    subject: Optional[InstrumentMention]
    subject_role: Optional[str]  # "full_text" or "report"
    instruments: list[InstrumentMention]
    organizations: list[OrganizationMention]
    persons: list[PersonMention]
    meetings: list[MeetingMention]
    tasks: list[TaskMention]
    relations: list[Relation]
    recipients: list[OrganizationMention] = field(default_factory=list)
    signature: Optional[Signature] = None
    dates: list[DateMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parts: Optional[DocumentParts] = None  # the zones of the text (luocdo.extract.parts)
    subject_source: Optional[str] = None  # "header", "heading", "metadata", "addressees", "lead", "own_words" or "most_cited"
    evidence: dict[Span, Evidence] = field(default_factory=dict)  # filled by luocdo.evidence.for_graph

"""Tasks: numbered conclusions and assignment sentences, with assignees, roles and deadlines.

Numbered items (`1.`, `1.1.`, `a)`, `(1)`; Roman numerals when nothing finer is numbered) that
hold no sub-items are tasks, outside sections that assess or set aims (`ĐÁNH GIÁ`, `Mục tiêu`).
A head naming a body (`2. Bộ Công an:`) gives it the items under it. Outside numbered lists, a
sentence that assigns (`giao`, `yêu cầu`, `đề nghị`, `chủ trì`, a deadline ...) is a task, and
so is the closing `... chịu trách nhiệm thi hành Quyết định này`. Assignees are the bodies in
subject position or right after an assigning verb (a head's title, `Bộ trưởng Bộ X`, stands
for the body); `chủ trì` makes a lead, `phối hợp` a support, `báo cáo`/`gửi ... về` whom the
task reports to. A task with no body of its own falls to its head's bodies or the document's
addressee (numbered lists), or continues the previous task's assignees (Vietnamese drops
repeated subjects).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from luocdo import data
from luocdo.extract.dates import find_deadline
from luocdo.extract.organizations import find_organization
from luocdo.extract.requirements import clause_start
from luocdo.extract.sentences import ByStart, trim_span
from luocdo.model import Assignment, OrganizationMention, PersonMention, Span, TaskMention
from luocdo.normalize import fold

# An ordinal may stand alone on its line, its heading on the next (`1.` / `Sở Y tế:`), as PDF
# and web tables often print it.
_ITEM = re.compile(r"^[ \t]*(?:(?P<article>Điều \d{1,3})[.:]|(?P<arabic>\d{1,2})[.)]|(?P<roman>[IVX]{1,5})[.)]|"
                   r"(?P<decimal>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?|(?P<letter>[a-zđ])\)|\((?P<paren>\d{1,2})\))(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[^\W\d]))", re.M)
_ASSESSMENT = ("danh gia", "ket qua", "tinh hinh", "boi canh", "muc dich", "muc tieu", "quan diem", "nguyen tac")
# Assigning words, but not `giao ban` (a kind of meeting), `bàn giao`, or `yêu cầu` as a noun.
_ASSIGN = re.compile(
    r"(?<!bàn )(?<!chuyển )\b(?:giao(?! ban| dịch| thông| lưu| nhận| kết| tiếp| hàng| đất)|"
    r"(?<!theo )(?<!đáp ứng )(?<!các )(?<!những )yêu cầu(?! nhiệm vụ| đặt ra| của| cao| thực tiễn)|"
    r"đề nghị|chủ trì|có trách nhiệm|chịu trách nhiệm|cần|phải|khẩn trương|tiếp tục|trước ngày|chậm nhất|"
    r"(?<!đã )chỉ đạo(?! của))\b", re.I)
# Subjects that are things, not doers: "Kết quả thực hiện sẽ được tổng hợp ..." continues the
# previous doer's task.
_THING_SUBJECT = re.compile(r"^(?:Kết quả|Việc|Nội dung|Báo cáo|Hồ sơ|Dự thảo|Tài liệu|Số liệu|Kế hoạch)\b", re.I)
_ADDRESS_HEAD = re.compile(r"(?:\bđiện|Kính gửi|KÍNH GỬI)\s*:")
# The address list ends at a blank line followed by a paragraph that is not a list item.
_ADDRESS_END = re.compile(r"\n[ \t]*\n(?![ \t]*[-–•])")
# `Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh ...` names the addressees by their heads.
_HEADS_OF_ADDRESSEES = re.compile(
    r"(?:Yêu cầu\s+|Đề nghị\s+)?(?:(?P<ministries>Bộ trưởng(?:,\s*Thủ trưởng cơ quan ngang bộ)?\s+các\s+[Bb]ộ|"
    r"Thủ trưởng các (?:bộ|cơ quan))|(?P<provinces>Chủ tịch Ủy ban nhân dân các tỉnh))"
    r"(?P<both>(?:,|\s+và)\s+(?:Bộ trưởng|Thủ trưởng|Chủ tịch))?")
_PASSIVE = re.compile(r"\b(?:cần|phải|sẽ)\s+được\s+(?!giao\b)")
_ADDRESSED_OBJECT = re.compile(r"\b(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s*:?\s*[\"“]?\s*(?:các|những|mỗi|từng|[A-ZĐÀ-Ỹ])")
_ASSIGNER_AFTER = re.compile(r"^\s*(?:đã\s+|vừa\s+|cũng\s+)?(?:chỉ đạo\s+(?:phải|:)|yêu cầu|giao|đề nghị|thông báo|ban hành|kết luận)\b")
_CONNECTOR = re.compile(
    r"^(?:Trong đó|Đồng thời|Cùng với đó|Ngoài ra|Bên cạnh đó|Mặt khác|Theo đó|Song song đó|Cụ thể|"
    r"Đặc biệt|Trước mắt|Về [^,]{1,40}),\s*", re.I)
_VERBS_BEFORE_LIST = ("giao", "yêu cầu", "đề nghị", "được giao", "chỉ đạo", "giao cho")
_SUPPORT_BEFORE = ("phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng", "cùng với")
_REPORT_BEFORE = re.compile(r"(?:báo cáo|gửi [^.;]{0,60}?(?:về|cho|đến)|trình)\s*$", re.I)
_GENITIVE_BEFORE = re.compile(r"(?:của|thuộc|trực thuộc|tại|với)\s*$", re.I)
# The head of a distributive list, `Các Bộ: Tư pháp, Công Thương`: the bodies after it are subjects.
_DISTRIBUTIVE_HEAD = re.compile(
    r"(?:các|Các)\s+(?:Bộ|bộ|Ủy ban nhân dân|UBND|Sở|Cục|Tổng cục|Ban)(?:\s+(?:các\s+)?(?:tỉnh|thành phố))?"
    r"|(?:Ủy ban nhân dân|UBND)\s+các\s+(?:tỉnh|thành phố)(?:\s*,\s*thành phố)?|(?:các|Các)")
_CLOSING = re.compile(r"\n\s*\n(?=[A-ZĐÀ-Ỹ][^\n]*(?:thông báo|biết, thực hiện|\./\.))")
_TRAILING_HEAD = re.compile(r"(?:^|(?<=[\s\"“:]))" + _DISTRIBUTIVE_HEAD.pattern + r"\s*:?$")
_LIST_GLUE = re.compile(r"^[\s,;:và/“”\"'(]*(?:các|Các)?[\s,:]*$")
# The end of a sentence that introduces a list of tasks: `... các nhiệm vụ trọng tâm sau:`.
_LIST_INTRO = re.compile(r"(?:nhiệm vụ|giải pháp|nội dung|yêu cầu)[^.:\n]{0,60}?(?:sau|như sau)\s*:")


@dataclass(frozen=True)
class _Item:
    ordinal: str
    level: str
    span: Span
    heading: bool
    # The heads of the items it sits under, nearest first: the text from each one's ordinal to
    # its first sub-item (`2. Bộ Công an:`), where the body whose tasks these are is named.
    heads: tuple[Span, ...] = ()


def find_tasks(
    text: str,
    organizations: list[OrganizationMention],
    persons: list[PersonMention],
    body_end: int | None = None,
    reference: str | None = None,
) -> list[TaskMention]:
    """Tasks in the body of the text (before `body_end`, where the closing part starts).

    `reference` is the ISO date of the document (its header date, or a report's publication
    date): a deadline written without a year is the first such day on or after it."""
    end = len(text) if body_end is None else body_end
    items = _task_items(text, end)
    organizations = ByStart([o for o in organizations if not _is_generic(o)])
    persons = ByStart(persons)
    addressee = _general_addressee(text, organizations, end) or _address_block(text, organizations, end)
    tasks: list[TaskMention] = []
    covered = [it.span for it in items]
    for item in items:
        first = _first_sentence(text, item.span)
        subject = [] if _doer(text, first) == "other" else _subject(text, item, first, organizations, addressee)
        tasks.append(_task(text, item.span, item.ordinal, organizations, persons, subject, reference))
    # With a numbered list, what comes before it is context (assessment, the meeting), not tasks.
    start = items[0].span.start if items else 0
    previous: list[Assignment] = list(addressee)
    for sentence in _assignment_sentences(text, start, end, covered):
        task = _task(text, sentence, None, organizations, persons, [], reference)
        if not task.assignees:
            doer = _doer(text, sentence)
            task.assignees = list(previous) if doer == "none" else []
        if task.assignees or task.deadline:
            tasks.append(task)
        previous = task.assignees
    tasks.sort(key=lambda t: t.span.start)
    return tasks


_RANK = {"article": 0, "roman": 0, "arabic": 1, "decimal": 2, "letter": 3, "paren": 4}


def _task_items(text: str, end: int) -> list[_Item]:
    """Numbered items that are tasks: the innermost items (those with no sub-items), outside
    sections that assess, explain or set aims (`ĐÁNH GIÁ`, `Mục tiêu`, `Quan điểm`); Roman
    numerals only when nothing finer is numbered, articles never (they are sections)."""
    raw: list[tuple[str, str, int]] = []
    for m in _ITEM.finditer(text, 0, end):
        level = next(k for k in _RANK if m.group(k))
        raw.append((m.group(level), level, m.start()))
    if not raw:
        return []
    items: list[_Item] = []
    for (ordinal, level, start), stop in zip(raw, _item_ends(text, raw, end)):
        heading = _is_heading(_first_line(text, start, stop))
        items.append(_Item(ordinal, level, trim_span(text, start, stop), heading))
    finest_section = all(it.level in ("roman", "article") for it in items if not it.heading)
    tasks = []
    open_items: list[_Item] = []  # the items that hold the current one, outermost first
    record_end = -1
    for i, it in enumerate(items):
        while open_items and open_items[-1].span.end <= it.span.start:
            open_items.pop()
        if record_end > it.span.start:
            continue  # a field of the task record above
        has_sub_items = i + 1 < len(items) and items[i + 1].span.start < it.span.end and \
            _RANK[items[i + 1].level] > _RANK[it.level]
        if has_sub_items and _is_record(text, items[i + 1]):
            has_sub_items, record_end = False, it.span.end
        is_section = it.level == "article" or (it.level == "roman" and not finest_section)
        in_aims = any(_sets_no_tasks(text, o) for o in open_items) or _sets_no_tasks(text, it)
        heads = tuple(Span(o.span.start, _first_sub_item(items, o)) for o in reversed(open_items))
        if not (is_section or has_sub_items or it.heading or in_aims):
            tasks.append(_Item(it.ordinal, it.level, it.span, it.heading, heads))
        elif has_sub_items and not (is_section or it.heading or in_aims):
            head = trim_span(text, it.span.start, _first_sub_item(items, it))
            if _states_a_task(text[head.start:head.end]):
                tasks.append(_Item(it.ordinal, it.level, head, it.heading, heads))
        open_items.append(it)
    return tasks


def _is_record(text: str, first_sub_item: _Item) -> bool:
    """Is an item one task written as a record, its sub-items fields (`a) Nhiệm vụ: ...`)?"""
    marker = _ITEM.match(text, first_sub_item.span.start)
    return bool(_record_field().match(text, marker.end() if marker else first_sub_item.span.start))


def _states_a_task(head: str) -> bool:
    """A head that is a task of its own (`1. Bộ Xây dựng chủ trì thẩm định.` before its
    sub-items), not a label (`2. Bộ Công an:`, `1. Về công tác tuyên truyền`)."""
    return not head.rstrip().endswith(":") and bool(_ASSIGN.search(head)) and head.rstrip()[-1:] in ".;"


def _first_sub_item(items: list[_Item], parent: _Item) -> int:
    """Where the first item inside `parent` starts: the end of its head."""
    return next((o.span.start for o in items if parent.span.start < o.span.start < parent.span.end), parent.span.end)


def _sets_no_tasks(text: str, item: _Item) -> bool:
    """An item whose title is an assessment, an aim or a principle (`I. ĐÁNH GIÁ`, `1. Mục đích`),
    unless it also names tasks (`II. NHIỆM VỤ VÀ GIẢI PHÁP`)."""
    marker = _ITEM.match(text, item.span.start)
    title = fold(_first_line(text, marker.end() if marker else item.span.start, item.span.end))[:80]
    if title.strip(" :.") == "yeu cau":  # `2. Yêu cầu` beside `1. Mục đích`: what the plan must be
        return True
    return any(title.startswith(word) or (item.level in ("roman", "article") and word in title)
               for word in _ASSESSMENT) and "nhiem vu" not in title


def _item_ends(text: str, raw: list[tuple[str, str, int]], end: int) -> list[int]:
    """Where each item ends: at the next item of the same or a coarser level, else at a closing
    sentence after the list (`... thông báo để ... biết, thực hiện./.`), else at `end`.

    One pass from the last item back with a stack of the items still open to being the next
    coarser one, so long documents with thousands of items stay linear."""
    closings = [m.start() for m in _CLOSING.finditer(text, raw[0][2], end)]
    ends: list[int] = [end] * len(raw)
    following: list[int] = []
    for i in range(len(raw) - 1, -1, -1):
        while following and _RANK[raw[following[-1]][1]] > _RANK[raw[i][1]]:
            following.pop()
        if following:
            ends[i] = raw[following[-1]][2]
        else:
            k = bisect_right(closings, raw[i][2])
            ends[i] = closings[k] if k < len(closings) else end
        following.append(i)
    return ends


def _first_line(text: str, start: int, stop: int) -> str:
    """The item's first line, at most 200 characters: enough to tell a heading or a section."""
    line_end = text.find("\n", start, stop)
    return text[start:min(line_end if line_end >= 0 else stop, start + 200)]


def _is_heading(line: str) -> bool:
    """A line in capitals (`II. NHIỆM VỤ TRỌNG TÂM`): more than 80% of its letters upper case."""
    body = _ITEM.sub("", line, count=1)
    letters = sum(map(str.isalpha, body))
    return letters > 0 and sum(map(str.isupper, body)) / letters > 0.8


def _address_block(text: str, organizations: "ByStart", end: int) -> list[Assignment]:
    """The bodies a telegram or letter is addressed to: the list after `THỦ TƯỚNG CHÍNH PHỦ điện:`
    or `Kính gửi:`, up to the first paragraph that is not part of the list."""
    m = _ADDRESS_HEAD.search(text, 0, end)
    if not m:
        return []
    stop = _ADDRESS_END.search(text, m.end(), end)
    block_end = stop.start() if stop else end
    return _dedupe([Assignment(o.name, None) for o in organizations.within(m.end(), block_end)])


def _general_addressee(text: str, organizations: "ByStart", end: int) -> list[Assignment]:
    """The bodies a list of tasks is addressed to (`Ban Chỉ đạo 389 các bộ, ... cần ... sau:`)."""
    for m in _LIST_INTRO.finditer(text, 0, end):
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        who = organizations.within(start, m.start())
        addressees = [Assignment(o.name, None) for o in who[-3:] if _in_subject_or_object(text, o, start)]
        if addressees:
            return _dedupe(addressees)
    return []


def _in_subject_or_object(text: str, org: OrganizationMention, floor: int) -> bool:
    before = text[clause_start(text, org.span.start, floor):org.span.start]
    return not _GENITIVE_BEFORE.search(before) and not _REPORT_BEFORE.search(before)


def _assignment_sentences(text: str, start: int, end: int, covered: list[Span]) -> list[Span]:
    """Sentences that assign, except those introducing a list (`... nhiệm vụ trọng tâm sau:`)."""
    spans = []
    covered_starts = [c.start for c in covered]
    for m in re.finditer(r"[^\n]+", text[:end]):
        if m.start() < start:
            continue
        for sentence in _sentences_in_line(text, m.start(), m.end()):
            i = bisect_right(covered_starts, sentence.start) - 1
            if i >= 0 and sentence.start < covered[i].end:
                continue
            body = text[sentence.start:sentence.end]
            if (_ASSIGN.search(body) or _execution_clause().search(body)) and not body.rstrip().endswith(":"):
                spans.append(sentence)
    return spans


def _sentences_in_line(text: str, start: int, end: int) -> list[Span]:
    out, s = [], start
    for m in re.finditer(r"(?<=[.!?])[\"”]?\s+(?=[\"“]?[A-ZĐÀ-Ỹ])", text[start:end]):
        out.append(trim_span(text, s, start + m.start()))
        s = start + m.end()
    out.append(trim_span(text, s, end))
    return [sp for sp in out if sp.end > sp.start]


def _addressees_named(text: str, sentence: Span, addressee: list[Assignment]) -> list[Assignment]:
    """The part of the addressees an item names by their heads: `Bộ trưởng các Bộ` the ministries,
    `Chủ tịch Ủy ban nhân dân các tỉnh` the provinces, both of them all; no heads, all."""
    body = _ITEM.sub("", _CONNECTOR.sub("", text[sentence.start:sentence.end]).strip(" \"“"), count=1)
    heads = _HEADS_OF_ADDRESSEES.match(body)
    if heads is None or heads["both"]:
        return list(addressee)
    if heads["ministries"]:
        return [a for a in addressee if a.organization.startswith("Bộ ")]
    return [a for a in addressee if a.organization.startswith("Ủy ban nhân dân")]


def _subject(text: str, item: _Item, first: Span, organizations: "ByStart",
             addressee: list[Assignment]) -> list[Assignment]:
    """Who does an item that names no doer: the bodies the nearest head above it names
    (`2. Bộ Công an:` / `a) Chủ trì ...`), else the addressees its head or itself names by their
    heads (`Chủ tịch Ủy ban nhân dân các tỉnh nêu trên:`), else all addressees. `Chủ trì` or
    `Phối hợp` opening the item gives the head's bodies that role."""
    opening = _ITEM.sub("", text[first.start:first.end].lstrip(), count=1)
    role = "lead" if re.match(r"[Cc]hủ trì\b", opening) else ("support" if re.match(r"[Pp]hối hợp\b", opening) else None)
    for head in item.heads:
        bodies = [a for a in _assignees(text, head, organizations)[0] if a.role != "support"]
        if bodies:
            return [Assignment(a.organization, role or a.role) for a in bodies]
        head_first = _first_sentence(text, head)
        if _HEADS_OF_ADDRESSEES.match(_ITEM.sub("", text[head_first.start:head_first.end].lstrip(), count=1)):
            return _addressees_named(text, head_first, addressee)
    return _addressees_named(text, first, addressee)


def _doer(text: str, sentence: Span) -> str:
    """"other" when the sentence names a doer or an addressee (known body or not), "none" when it
    has no subject of its own: it opens with a verb, a thing is the subject of a passive, or it
    names the addressees only by their heads (`Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân ...`)."""
    body = _CONNECTOR.sub("", text[sentence.start:sentence.end]).strip(" \"“")
    body = _ITEM.sub("", body, count=1)
    if _HEADS_OF_ADDRESSEES.match(body):
        return "none"
    if _ADDRESSED_OBJECT.search(body):
        return "other"
    if _THING_SUBJECT.match(body) or _PASSIVE.search(body):
        return "none"
    if _subject_heads().match(body):
        return "other"
    # `Để nâng cao năng lực ..., các lực lượng chức năng cần ...`: the subject after a purpose clause.
    return "other" if body.startswith(("Để ", "Nhằm ")) and _subject_after_comma().search(body) else "none"


@lru_cache(maxsize=1)
def _head_title_before() -> re.Pattern:
    """A head's title just before a body (`Bộ trưởng Bộ Công an`, `Thủ trưởng các cơ quan:`):
    the head acts for the body, so the title stands between a verb and its object unseen."""
    titles = sorted(data.load("task_phrases.json")["head_titles"], key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s,;:(]))(?:Phó\s+)?(?:" + "|".join(map(re.escape, titles)) +
                      r")(?:\s+các\s+[^:,.;\n]{1,40}:)?\s*$")


@lru_cache(maxsize=1)
def _role_label() -> re.Pattern:
    """A field label that ends the text before a body and names its role (on lower-cased text)."""
    labels = data.load("task_phrases.json")["role_labels"]
    groups = "|".join(f"(?P<{role}>" + "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True)) + ")"
                      for role, words in labels.items())
    return re.compile(rf"(?:^|[\n;.:]\s*|[-+•]\s*)(?:{groups})\s*:?\s*$")


@lru_cache(maxsize=1)
def _record_field() -> re.Pattern:
    """A sub-item that is a field of a task record (`b) Cơ quan thực hiện:`)."""
    fields = sorted(data.load("task_phrases.json")["record_fields"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, fields)) + r")\s*:", re.I)


@lru_cache(maxsize=1)
def _execution_clause() -> re.Pattern:
    """The closing clause that makes bodies carry out the instrument itself:
    `... chịu trách nhiệm thi hành Quyết định này`, `... căn cứ Quyết định thi hành`."""
    phrases = data.load("task_phrases.json")
    verbs = "|".join(map(re.escape, phrases["execution_verbs"]))
    objects = "|".join(map(re.escape, phrases["execution_objects"]))
    whole = "|".join(map(re.escape, phrases["execution_phrases"]))
    return re.compile(rf"(?:{verbs})\s+(?:{objects})\b|(?:{whole})\b", re.I)


@lru_cache(maxsize=1)
def _subject_after_comma() -> re.Pattern:
    return re.compile(r",\s+" + _subject_heads().pattern, re.I)


@lru_cache(maxsize=1)
def _subject_heads() -> re.Pattern:
    heads = data.load("requirement_phrases.json")["subject_heads"]
    return re.compile("(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")\b")


def _first_sentence(text: str, span: Span) -> Span:
    """The item's first sentence, after its ordinal."""
    marker = _ITEM.match(text, span.start)
    start = marker.end() if marker else span.start
    stop = re.search(r"[.;:](?:\s|$)", text[start:span.end])
    return Span(start, start + stop.end() if stop else span.end)


def _task(text, span, ordinal, organizations, persons, subject, reference) -> TaskMention:
    """The task a span states; `subject` is who does it when the span names no doer."""
    body = text[span.start:span.end]
    task = TaskMention(ordinal=ordinal, text=re.sub(r"\s+", " ", body).strip(), span=span)
    own, task.reports_to = _assignees(text, span, organizations)
    task.assignees = _dedupe(list(subject) + own)
    deadline = find_deadline(body, reference)
    if deadline:
        task.deadline, task.deadline_text, _ = deadline
    task.reports_to += _reported_persons(text, span, persons)
    return task


def _assignees(text: str, span: Span, organizations: "ByStart") -> tuple[list[Assignment], list[str]]:
    inside = [o for o in organizations.within(span.start, span.end) if o.span.end <= span.end]
    assignees: list[Assignment] = []
    reports: list[str] = []
    for chain in _chains(text, inside):
        head = chain[0]
        floor = span.start
        before = text[clause_start(text, head.span.start, floor):head.span.start]
        after = text[chain[-1].span.end:min(span.end, chain[-1].span.end + 30)]
        role = _role(before, after)
        if role == "report":
            reports += [o.name for o in chain]
        elif role is not None:
            assignees += [Assignment(o.name, None if role == "any" else role) for o in chain]
    return _dedupe(assignees), list(dict.fromkeys(reports))


def _is_generic(org: OrganizationMention) -> bool:
    """`Ủy ban nhân dân` with no place says which kind of body, not which body: no assignee."""
    entry = find_organization(org.name) if org.known else None
    return bool(entry and entry.get("generic"))


def _role(before: str, after: str) -> str | None:
    """lead, support, any (assigned, role unstated), report, or None (mentioned only)."""
    stripped = _ITEM.sub("", _CONNECTOR.sub("", _head_title_before().sub("", before).lstrip()), count=1)
    stripped = stripped.strip(" ,:\"“‘(-")
    stripped = _TRAILING_HEAD.sub("", stripped).strip(" ,:\"“‘(-")
    low = stripped.lower()
    labelled = _role_label().search(low)
    if labelled:  # `- Cơ quan chủ trì: X`, `Cơ quan thực hiện: X chủ trì ...`
        role = next(k for k, v in labelled.groupdict().items() if v)
        if role != "any":
            return role
    # `X chủ trì`, `X được giao chủ trì`, and `X:\na) Chủ trì ...` (a body heading its sub-items)
    follows_lead = re.match(r"\s*(?::\s*(?:[a-zđ]\)\s*)?)?(?:được giao\s+)?[Cc]hủ trì\b", after) is not None
    # `X phối hợp (với Y) ...`: X is named as a supporter (`X chủ trì, phối hợp` is still a lead).
    follows_support = re.match(r"\s*(?::\s*)?(?:có trách nhiệm\s+|tham gia\s+)?[Pp]hối hợp\b", after) is not None
    if _ASSIGNER_AFTER.match(after):
        return None
    if low.endswith(_SUPPORT_BEFORE):
        return "support"
    if _REPORT_BEFORE.search(low):
        return "report"
    if _GENITIVE_BEFORE.search(low):
        return None
    if low.endswith(_VERBS_BEFORE_LIST) or not stripped or labelled:
        return "lead" if follows_lead else ("support" if follows_support else "any")
    if follows_lead:
        return "lead"
    # `..., Sở Tư pháp phối hợp`: a body opening a new clause, named with its role after it.
    if follows_support and re.search(r"[,;]\s*$", before):
        return "support"
    return None


def _chains(text: str, orgs: list[OrganizationMention]) -> list[list[OrganizationMention]]:
    """Runs of bodies separated only by commas, `và`, colons or their heads' titles
    (`Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính`): one list shares one role."""
    chains: list[list[OrganizationMention]] = []
    for org in sorted(orgs, key=lambda o: o.span.start):
        glue = _head_title_before().sub("", text[chains[-1][-1].span.end:org.span.start]) if chains else ""
        if chains and _LIST_GLUE.match(glue):
            if org.span.start >= chains[-1][-1].span.end:
                chains[-1].append(org)
            continue
        chains.append([org])
    return chains


def _reported_persons(text: str, span: Span, persons: "ByStart") -> list[str]:
    return [p.name for p in persons.within(span.start, span.end)
            if _REPORT_BEFORE.search(text[max(span.start, p.span.start - 40):p.span.start].lower())]


def _dedupe(assignments: list[Assignment]) -> list[Assignment]:
    seen: dict[str, Assignment] = {}
    for a in assignments:
        if a.organization not in seen or (seen[a.organization].role is None and a.role):
            seen[a.organization] = a
    return list(seen.values())

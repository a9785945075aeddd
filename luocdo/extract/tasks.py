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
from typing import Iterator

from luocdo import data
from luocdo.extract.dates import find_deadline
from luocdo.extract.organizations import find_organization, find_organizations
from luocdo.extract.requirements import clause_start
from luocdo.extract.sentences import ByStart, trim_span
from luocdo.extract.signature import heads_as_bodies
from luocdo.model import Assignment, OrganizationMention, PersonMention, Span, TaskMention
from luocdo.normalize import fold, longest_first

# An ordinal may stand alone on its line, its heading on the next (`1.` / `Sở Y tế:`), as PDF
# and web tables often print it.
_ITEM = re.compile(r"^[ \t]*(?:(?P<article>Điều \d{1,3})[.:]|(?P<arabic>\d{1,2})[.)]|(?P<roman>[IVX]{1,5})[.)]|"
                   r"(?P<decimal>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?|(?P<letter>[a-zđ])\)|\((?P<paren>\d{1,2})\))(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[^\W\d]))", re.M)
_ASSESSMENT = ("danh gia", "ket qua", "tinh hinh", "boi canh", "muc dich", "muc tieu", "quan diem", "nguyen tac")
# Assigning words, but not `giao ban` (a kind of meeting), `bàn giao`, or `yêu cầu`, `đề nghị` as
# nouns (`đơn đề nghị`, `hồ sơ đề nghị cấp giấy phép`). The lookahead, the words' first letters,
# lets the engine pass over other characters without trying each word (a new word needs its
# letter there); so in the other patterns below that open with one.
_ASSIGN = re.compile(
    r"(?=[gyđcpkt])(?<!bàn )(?<!chuyển )\b(?:giao(?! ban| dịch| thông| lưu| nhận| kết| tiếp| hàng| đất)|"
    r"(?<!theo )(?<!đáp ứng )(?<!các )(?<!những )yêu cầu(?! nhiệm vụ| đặt ra| của| cao| thực tiễn)|"
    r"(?<!hồ sơ )(?<!đơn )(?<!Đơn )(?<!văn bản )(?<!giấy )đề nghị|chủ trì|có trách nhiệm|chịu trách nhiệm|cần|phải|khẩn trương|tiếp tục|trước ngày|chậm nhất|"
    r"(?<!đã )(?<!ban )chỉ đạo(?! của))\b", re.I)
# The assigning words that fold to nothing else, matched without tone marks, which OCR misreads
# (`Đề nghi`, `chủ tri`, `yêu câu`).
_ASSIGN_FOLDED = re.compile(
    r"(?=[dckty])\b(?:(?<!ho so )(?<!don )(?<!van ban )(?<!giay )de nghi|chu tri|khan truong|co trach nhiem|chiu trach nhiem|truoc ngay|cham nhat|"
    r"(?<!theo )(?<!dap ung )(?<!cac )(?<!nhung )yeu cau(?! nhiem vu| dat ra| cua| cao| thuc tien))\b")
# Subjects that are things, not doers: "Kết quả thực hiện sẽ được tổng hợp ..." continues the
# previous doer's task.
_THING_SUBJECT = re.compile(r"^(?:Kết quả|Việc|Nội dung|Báo cáo|Hồ sơ|Dự thảo|Tài liệu|Số liệu|Kế hoạch|Nguyên nhân)\b", re.I)
# A report on a telegram names its addressees in a sentence: `Công điện số 87/CĐ-TTg ... gửi Bộ
# trưởng, Thủ trưởng cơ quan ngang bộ ...; Chủ tịch Ủy ban nhân dân các tỉnh ...`.
_REPORTED_ADDRESS = re.compile(r"[Cc]ông (?:điện|văn)(?:[^.\n]{0,80}?)\s+gửi(?:\s+(?:đến|tới))?\s+")
_ADDRESS_HEAD = re.compile(r"(?:đ(?<!\wđ)iện|Kính gửi|KÍNH GỬI)\s*:")  # literals first: the engine skips to đ, K
# The address list ends at a blank line followed by a paragraph that is not a list item.
_ADDRESS_END = re.compile(r"\n[ \t]*\n(?![ \t]*[-–•])")
# `Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh ...` names the addressees by their heads.
_HEADS_OF_ADDRESSEES = re.compile(
    r"(?:Yêu cầu\s+|Đề nghị\s+)?(?:(?P<ministries>Bộ trưởng(?:,\s*Thủ trưởng cơ quan ngang bộ)?\s+các\s+[Bb]ộ|"
    r"Thủ trưởng các (?:bộ|cơ quan))|(?P<provinces>Chủ tịch Ủy ban nhân dân các tỉnh))"
    r"(?P<both>(?:,|\s+và)\s+(?:Bộ trưởng|Thủ trưởng|Chủ tịch))?")
_PASSIVE = re.compile(r"\b(?:cần|phải|sẽ)\s+được\s+(?!giao\b)")
_ADDRESSED_OBJECT = re.compile(r"(?=[GgYyĐđ])\b(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s*:?\s*[\"“]?\s*(?:các|những|mỗi|từng|[A-ZĐÀ-Ỹ])")
_ASSIGNER_AFTER = re.compile(r"^\s*(?:(?:đã|vừa|cũng|còn|trân trọng|kính)\s+)*(?:chỉ đạo\s+(?:phải|:)|yêu cầu|giao(?! thông| dịch| nhận| ban)|"
                             r"đề nghị|thông báo|ban hành|kết luận|ký|có ý kiến(?: chỉ đạo)? như sau)\b")
_CONNECTOR = re.compile(
    r"^(?:Trong đó|Đồng thời|Cùng với đó|Ngoài ra|Bên cạnh đó|Mặt khác|Theo đó|Song song đó|Cụ thể|"
    r"Đặc biệt|Trước mắt|Về [^,]{1,40}),\s*", re.I)
_HOUR = re.compile(r"(?<=trước )\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s*phút)?,?\s+(?=ngày)", re.I)
# `xong cuối tháng 12 năm 2025`, `hoàn thành vào cuối năm 2025`: the end of a period, written as
# `trong` it (same length) so that the period's last day is the deadline.
_PERIOD_CLOSE = re.compile(r"(?<=\bxong )cuối(?=\s+(?:tháng|quý|năm)\b)|(?<=\bhoàn thành )vào cuối(?=\s+(?:tháng|quý|năm)\b)")
_PAST_BEFORE = re.compile(r"\bđã(?:\s+\w+){1,3}\s*$")
_LEADING_ADVERBIAL = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:Trên cơ sở|Căn cứ|Để|Nhằm|Sau khi|Theo|Thực hiện|Qua|Trong thời gian tới)\b[^,;:]*,\s*$"
    # a case or an object set first: `Đối với các dự án chuyển tiếp, Sở Xây dựng ...`, `Trường hợp
    # hồ sơ chưa đầy đủ: Sở Tài chính ...`
    r"|^\s*(?:[-+•]\s*)?(?:Đối với|Trường hợp|Khi)\b[^,;:]*[,:]\s*$")
# Folded (no tone marks), as _role compares them.
_VERBS_BEFORE_LIST = ("giao", "yeu cau", "de nghi", "duoc giao", "chi dao", "giao cho")
# (`chủ trì, phối hợp Sở Y tế`, `chủ trì cùng Bộ Tài chính`: the partner without its `với`)
_SUPPORT_BEFORE = ("phoi hop voi", "phoi hop chat che voi", "phoi hop cung", "cung voi", "phoi hop", "chu tri cung")
# Whom a task reports to or answers to (`chịu trách nhiệm trước pháp luật, Thủ tướng Chính phủ`),
# or sends its results to (`tổng hợp ... gửi Bộ Tài chính`, `gửi báo cáo về Sở Nội vụ`).
_REPORT_BEFORE = re.compile(r"(?:báo cáo|gửi(?: [^.;]{0,60}?(?:về|cho|đến))?|trình|"
                            r"chịu trách nhiệm(?:\s+toàn diện)?\s+trước(?:\s+[^.;,]{1,30},)?)\s*$", re.I)
_GENITIVE_BEFORE = re.compile(r"(?:của|thuộc|trực thuộc|tại|với)\s*$", re.I)
# The head of a distributive list, `Các Bộ: Tư pháp, Công Thương`: the bodies after it are subjects.
_DISTRIBUTIVE_HEAD = re.compile(
    r"(?:các|Các)\s+(?:[Bb]ộ|Ủy ban nhân dân|UBND|[Ss]ở|[Cc]ục|Tổng cục|[Bb]an)(?:\s+(?:các\s+)?(?:tỉnh|thành phố))?"
    r"|(?:Ủy ban nhân dân|UBND)\s+các\s+(?:tỉnh|thành phố)(?:\s*,\s*thành phố)?|(?:các|Các)")
# The closing sentence after a list: after a blank line, or on a line of its own that ends the body
# with `./.` (`Văn phòng Chính phủ theo dõi, đôn đốc ...`), it is not the last item's.
# (`Trên đây là kết luận ...`: a report's words after the items it quoted)
_CLOSING = re.compile(r"\n\s*\n(?=[A-ZĐÀ-Ỹ][^\n]*(?:thông báo|biết, thực hiện|\./\.)|Trên đây là\b)|\n(?=[A-ZĐÀ-Ỹ][^\n]*\./\.[ \t]*$)", re.M)
_TRAILING_HEAD = re.compile(r"(?:^|(?<=[\s\"“:]))" + _DISTRIBUTIVE_HEAD.pattern + r"\s*:?$")
# `các Bộ, cơ quan liên quan và Ủy ban nhân dân thành phố Hà Nội`: a collective's `liên quan` goes on with the list
# `..., các Vụ trưởng, Cục trưởng Cục ...`, `Thủ trưởng các đơn vị có liên quan, Giám đốc Sở ...`: an
# item of a closing clause's list that names heads of no one body; the list goes on after it
_HEADLESS_ITEM = (r"(?:(?:Thủ trưởng|Người đứng đầu)\s+)?(?:các|những)\s+(?:Tổng cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng"
                  r"|Giám đốc|Trưởng ban|Chủ tịch|Thủ trưởng|đơn vị|cơ quan)(?:\s+(?:có\s+)?liên quan)?"
                  r"(?:\s+(?:trực\s+)?thuộc\s+Bộ)?(?!\w)[\s,;]*(?:và\s+)?")
_LIST_GLUE = re.compile(rf"^[\s,;:và/“”\"'(]*(?:{_HEADLESS_ITEM})*(?P<related>(?:có\s+)?liên quan(?!\w)[\s,;:và]*)?(?:các|Các)?[\s,:]*$")
# `Sở Tư pháp (cơ quan thường trực), Sở Nội vụ`: a note on a listed body's part, not the list's end
_NOTE_IN_LIST = re.compile(r"^[^\S\n]*\((?!\s*sau\s+đây)[^()\n]{1,60}\)(?=[^\S\n]*(?:,|và\s))")
_OWNED = re.compile(r"(?<!\w)(?:của|thuộc)\s+$")  # `văn bản của các cơ quan có liên quan`: not in a list
# `Hội đồng Dân tộc, các Ủy ban của Quốc hội, ...`: a list's item that is a collective of another body
_OWNED_COLLECTIVE = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:Thủ trưởng|Người đứng đầu)[^\S\n]+)?(?:các|những)\s+(?:[^\W\d_]+\s+){1,5}?(?:của|thuộc)\s+")
_SHARED_JOIN_AFTER_OWNER = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*(?:và[^\S\n]+)?")
# `phối hợp với các cơ quan liên quan, Bộ Tài chính`: a collective of no name between a role
# word and the bodies it gives that role to
_COLLECTIVE_BEFORE = re.compile(r"(?<!của )(?<!thuộc )(?:các|những)\s+(?:[a-zđà-ỹ]+[\s,]+){1,6}?(?:có\s+)?liên quan\s*(?:,|và|cùng)?\s*$")
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
    # The ordinals from the outermost item holding it to its own (`II.3.b`): ordinals restart
    # in each section, so `b` alone does not say which item it is.
    path: str | None = None


def find_tasks(
    text: str,
    organizations: list[OrganizationMention],
    persons: list[PersonMention],
    body_end: int | None = None,
    reference: str | None = None,
) -> list[TaskMention]:
    """Tasks in the body of the text (before `body_end`, where the closing part starts), and the
    rows of tables of tasks anywhere (annexes follow the signature).

    `reference` is the ISO date of the document (its header date, or a report's publication
    date): a deadline written without a year is the first such day on or after it."""
    end = len(text) if body_end is None else body_end
    items = _task_items(text, 0, end)
    all_organizations = ByStart([o for o in organizations if not _is_generic(o)])
    organizations = ByStart([o for o in all_organizations.mentions if o.span.start < end])
    persons = ByStart(persons)
    letter = _address_block(text, organizations, end)
    general, scope = _general_addressee(text, organizations, end)

    def addressee_at(pos: int) -> list[Assignment]:
        return general if general and scope.start <= pos < scope.end else letter
    # in a report on a telegram, a task whose doer is unstated falls to the telegram's addressees
    reported = _reported_addressees(text, organizations, end)
    tasks: list[TaskMention] = []
    covered = [it.span for it in items]
    for item in items:
        tasks += _item_tasks(text, item, organizations, persons, addressee_at(item.span.start), reference)
    # a plan the decision issues, printed after its signature, holds the decision's tasks
    for plan in _annexed_plans(text, end):
        for item in _task_items(text, plan.start, plan.end):
            tasks += _item_tasks(text, item, all_organizations, persons, [], reference)
    # Sentences before a numbered list assign too (news pages report the telegram's orders first
    # and quote the law's numbered clauses after them), but only with a doer of their own: the
    # addressee is whom the list is for, and before the list come the meeting and the assessment.
    first_item = items[0].span.start if items else 0
    previous: list[Assignment] = []
    seeded = False
    intro_named = False  # the last introducing line named its doers
    for sentence, introduces in _assignment_sentences(text, end, covered):
        if introduces is None:  # a bullet under the introducing line, doing what it assigns
            if not intro_named:
                continue
            introduces = False
        if introduces:  # `- Sở Tài chính:`, `... yêu cầu Bộ Công an:`: the doers of the lines after it
            line = text[sentence.start:sentence.end].rstrip()
            # a question-and-answer page's question: what follows is law; `THỦ TƯỚNG CHÍNH PHỦ
            # điện:`, `Kính gửi:`: the sender and the addressees, who are no doers of what follows
            intro_named = False
            if line.endswith("?") or _ADDRESS_HEAD.search(line):
                previous = []
                continue
            own = _lead_in_task(text, sentence, reference) if line.endswith(":") else None
            if own is None:  # only introducing: its bodies, those who support too, do the lines under it
                if line.endswith(":") or _only_bodies(text, sentence, organizations):
                    named = _led_and_supported(_assignees(text, sentence, organizations)[0]) \
                        or _bodies_introduced(text, sentence, organizations)
                    # a body's label (`- Bộ Y tế:`) or a lead-in that asks (`yêu cầu Bộ Công an:`), not one
                    # that introduces what a body decided or has (`... quyết định ... như sau:`)
                    intro_named = bool(named) and (_only_bodies(text, sentence, organizations) or _assigns(line))
                    previous = named or previous
                continue
            sentence = own  # a lead-in that assigns with deadlines or before its tail: a task too
        body = text[sentence.start:sentence.end]
        if _REPORTED_ADDRESS.search(body):  # whom the telegram is sent to: no task of its own
            continue
        if len(body.split()) < 4 or _is_heading(body):  # a title (`Yêu cầu`, `MỤC ĐÍCH, YÊU CẦU`)
            previous = []
            continue
        if sentence.start >= first_item and not seeded:
            previous, seeded = previous or _doers(addressee_at(sentence.start)), True
        doer = _doer(text, sentence)
        has_own_doer = doer == "other"
        # a new request whose doer goes unnamed is the addressees', not the previous sentence's doer's
        headed = _bodies_headed(text, sentence)
        # the closing clause (`... chịu trách nhiệm thi hành Quyết định này`) names its own bodies
        executes = _execution_clause().search(body) is not None
        # `đề nghị Quý Ủy ban ...`: the letter's addressees, whoever did the task before
        addressed = _addresses_pronoun().search(body)
        whom = (letter or addressee_at(sentence.start)) if addressed else []
        if addressed and addressed["polite"] and not letter:
            continue  # a polite request with no address block: to whom is unknown, not the one named after
        carried = headed or ([] if has_own_doer or executes else
                             _doers(reported) if doer == "asked" else
                             _doers(whom) or previous or _doers(reported))
        if carried and not headed and _OPENS_LEAD.match(_BULLET.sub("", body, count=1)):
            carried = [Assignment(a.organization, "lead") for a in carried]  # `- Chủ trì, phối hợp với ...`
        found = _tasks_of(text, sentence, None, organizations, persons, carried, reference)
        # a due date nobody is given (an aim: `hoàn thành ... trong năm 2025`) is no task
        tasks += [t for t in found if t.assignees]
        if executes:
            previous = []  # the closing clause: nothing after it continues its subject
        elif has_own_doer:  # the bodies headed are the sentence's own, no subject carried on
            previous = _doers([a for t in found for a in t.assignees if a not in headed])
    tasks += _table_tasks(text, all_organizations, reference)
    tasks.sort(key=lambda t: t.span.start)
    return tasks


def _item_tasks(text, item: _Item, organizations: "ByStart", persons: "ByStart", addressee: list[Assignment],
                reference: str | None) -> list[TaskMention]:
    """The tasks of one numbered item: its own doer's, else its head's or the addressee's."""
    first = _first_sentence(text, item.span)
    # the whole item: `Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Lạng Sơn` names its bodies after the colon
    subject = _bodies_headed(text, Span(first.start, item.span.end)) or \
        ([] if _doer(text, first) == "other" else _subject(text, item, first, organizations, addressee))
    found = _tasks_of(text, item.span, item.ordinal, organizations, persons, subject, reference)
    for task in found:
        task.path = item.path
    return found if _directs(text, item, found) else []


@lru_cache(maxsize=1)
def _annexed_plan_regex() -> re.Pattern:
    """A plan's title line and, on it or within seven lines under it (a long title), the words that
    say it is annexed; or, after the signature, a plan's type word in capitals on a line of its
    own (`**KẾ HOẠCH**` / `XUẤT KHẨU SẢN PHẨM ...`), which only an annexed plan's title is (rules
    annexed so, `QUY ĐỊNH` / `VỀ TIÊU CHÍ ...`, hold scoring tables more often than tasks)."""
    phrases = data.load("task_phrases.json")
    titles = "|".join(map(re.escape, phrases["annexed_plans"]))
    capitals = "|".join(map(re.escape, phrases["plans_titled_alone"]))
    markers = longest_first(phrases["annex_markers"]).replace(r"\ ", r"\s+")  # `(Ban\nhành kèm theo`
    return re.compile(rf"^[ \t*#_]*(?:{titles})\b[^\n]*?(?:\n(?:[^\n]*\n){{0,6}}?[ \t*_]*)?\(\s*(?:{markers})\b[^\n]*"
                      rf"|^[ \t*#_]*(?P<capitals>{capitals})[ \t*_]*$", re.M)


def _annexed_plans(text: str, end: int) -> list[Span]:
    """The plans after the body's end (`KẾ HOẠCH ...` / `(Kèm theo Quyết định số ...)`), each to
    the next or to the end of the text."""
    starts = [_past_title(text, m.end()) if m["capitals"] else m.end() for m in _annexed_plan_regex().finditer(text, end)]
    return [Span(s, e) for s, e in zip(starts, [m for m in starts[1:]] + [len(text)])]


_LINE_AFTER = re.compile(r"\n[ \t]*([^\n]*)")


def _past_title(text: str, pos: int) -> int:
    """After a plan's type word, past the lines of its title in capitals (`VỀ` / `TIÊU CHÍ ĐÁNH
    GIÁ ...`) and the blank lines between them: the plan's text starts after them."""
    while (line := _LINE_AFTER.match(text, pos)) is not None:
        words = line.group(1).strip(" *_#")
        if words and words != words.upper():
            break
        pos = line.end()
    return pos


@lru_cache(maxsize=1024)
def _assigns(text: str) -> bool:
    """Does the text assign or oblige? Cached: every item under a head asks it of that head."""
    return bool(_ASSIGN.search(text) or _ASSIGN_FOLDED.search(fold(text)))


def _directs(text: str, item: _Item, tasks: list[TaskMention]) -> bool:
    """Is a numbered item a directive: a doer is found for it, or it or a head over it assigns
    or obliges (`yêu cầu ... sau:`, `giao`, `phải` ...)? One with neither (`1. Người lao động có
    quyền ...`, as question-and-answer pages quote the law) states a provision, not a task."""
    return any(t.assignees for t in tasks) or _assigns(text[item.span.start:item.span.end]) or \
        any(_assigns(text[head.start:head.end]) for head in item.heads)


_RANK = {"article": 0, "roman": 0, "arabic": 1, "decimal": 2, "letter": 3, "paren": 4}


def _task_items(text: str, start: int, end: int) -> list[_Item]:
    """Numbered items that are tasks: the innermost items (those with no sub-items), outside
    sections that assess, explain or set aims (`ĐÁNH GIÁ`, `Mục tiêu`, `Quan điểm`); Roman
    numerals only when nothing finer is numbered, articles never (they are sections)."""
    raw: list[tuple[str, str, int]] = []
    for m in _ITEM.finditer(text, start, end):
        level = next(k for k in _RANK if m.group(k))
        raw.append((m.group(level), level, m.start()))
    if not raw:
        return []
    items: list[_Item] = []
    for (ordinal, level, start), stop in zip(raw, _item_ends(text, raw, end)):
        heading = _is_heading(_first_line(text, start, stop))
        items.append(_Item(ordinal, level, trim_span(text, start, stop), heading))
    finest_section = all(it.level in ("roman", "article") for it in items if not it.heading)
    # Each item's head: from its ordinal to its first sub-item (the next item, when inside it).
    heads_of = [Span(it.span.start, items[i + 1].span.start if i + 1 < len(items) and
                     items[i + 1].span.start < it.span.end else it.span.end) for i, it in enumerate(items)]
    tasks = []
    open_items: list[int] = []  # the items that hold the current one, outermost first
    open_in_aims: list[bool] = []  # whether that item or one holding it sets no tasks
    record_end = -1
    previous_top: _Item | None = None
    lead_in: tuple[Span, ...] = ()
    for i, it in enumerate(items):
        while open_items and items[open_items[-1]].span.end <= it.span.start:
            open_items.pop()
            open_in_aims.pop()
        if not open_items:
            if previous_top is None or previous_top.level != it.level or \
                    text[previous_top.span.end:it.span.start].strip():
                lead_in = _lead_in(text, it.span.start)
            previous_top = it
        in_aims = (open_in_aims[-1] if open_in_aims else False) or _sets_no_tasks(text, it)
        open_items.append(i)
        open_in_aims.append(in_aims)
        if record_end > it.span.start:
            continue  # a field of the task record above
        has_sub_items = i + 1 < len(items) and items[i + 1].span.start < it.span.end and \
            _RANK[items[i + 1].level] > _RANK[it.level]
        if has_sub_items and _is_record(text, items[i + 1]):
            has_sub_items, record_end = False, it.span.end
        if it.level == "article" or (it.level == "roman" and not finest_section) or it.heading or in_aims \
                or _in_force_clause().match(text, _first_sentence(text, it.span).start):
            continue  # a section, a heading in capitals, under an aim, or the entry into force
        heads = tuple(heads_of[o] for o in reversed(open_items[:-1])) + lead_in
        path = ordinal_path([items[o].ordinal for o in open_items])
        if not has_sub_items:
            tasks.append(_Item(it.ordinal, it.level, it.span, it.heading, heads, path))
        else:
            head = trim_span(text, heads_of[i].start, heads_of[i].end)
            if _states_a_task(text[head.start:head.end]):
                tasks.append(_Item(it.ordinal, it.level, head, it.heading, heads, path))
    return tasks


def ordinal_path(ordinals: list[str]) -> str:
    """The ordinals of nested items, outermost first, as one path: `["II", "3", "b"]` is
    `II.3.b`; a decimal ordinal already holds its parents (`1`, `1.2` is `1.2`, not `1.1.2`)."""
    path: list[str] = []
    for ordinal in ordinals:
        while path and ordinal.startswith(path[-1] + "."):
            path.pop()
        path.append(ordinal)
    return ".".join(path)


def _lead_in(text: str, start: int) -> tuple[Span, ...]:
    """The line that introduces a list (`Thủ tướng Chính phủ yêu cầu Bộ Công an ... như sau:`),
    ending in a colon right before its first item: the head of the list's items, when it assigns."""
    before = text[:start].rstrip()
    if not before.endswith(":"):
        return ()
    line = trim_span(text, before.rfind("\n") + 1, len(before))
    # it must assign (`yêu cầu`, `giao`, `chủ trì` ...) or be a short label (`Sở Tài chính:`); a list
    # of conditions or of titles (`... các chức vụ sau đây:`) has no doer
    body = text[line.start:line.end]
    # ... or name the bodies whose tasks follow (`thì nhiệm vụ của Bộ Công an bao gồm:`)
    return (line,) if _ASSIGN.search(body) or len(body) < 60 or _TASKS_OF_BODIES.search(body) else ()


def _is_record(text: str, first_sub_item: _Item) -> bool:
    """Is an item one task written as a record, its sub-items fields (`a) Nhiệm vụ: ...`)?"""
    marker = _ITEM.match(text, first_sub_item.span.start)
    return bool(_record_field().match(text, marker.end() if marker else first_sub_item.span.start))


def _states_a_task(head: str) -> bool:
    """A head that is a task of its own (`1. Bộ Xây dựng chủ trì thẩm định.` before its
    sub-items), not a label (`2. Bộ Công an:`, `1. Về công tác tuyên truyền`)."""
    return not head.rstrip().endswith(":") and bool(_ASSIGN.search(head)) and head.rstrip()[-1:] in ".;"


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
    # searched past `end`, which may fall on the `./.` that shows a closing sentence
    closings = [m.start() for m in _CLOSING.finditer(text, raw[0][2])
                if m.start() < end and text[m.end():m.end() + 1].isupper()]  # [À-Ỹ] holds lower case too
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


_SENTENCE_OR_PARAGRAPH_END = re.compile(r"\.(?:\s|$)|\n\s*\n")


def _reported_addressees(text: str, organizations: "ByStart", end: int) -> list[Assignment]:
    """The bodies a reported telegram is sent to, from `Công điện ... gửi` to the sentence's end."""
    m = _REPORTED_ADDRESS.search(text, 0, end)
    if not m:
        return []
    stop = _SENTENCE_OR_PARAGRAPH_END.search(text, m.end(), end)
    return _dedupe([Assignment(o.name, None) for o in organizations.within(m.end(), stop.start() if stop else end)
                    if not _GENITIVE_BEFORE.search(text[max(0, o.span.start - 12):o.span.start])])


def _general_addressee(text: str, organizations: "ByStart", end: int) -> tuple[list[Assignment], Span]:
    """The bodies a list of tasks is addressed to (`Ban Chỉ đạo 389 các bộ, ... cần ... sau:`),
    and the part of the text whose items fall to them: in a text of articles (a decree, a
    charter) the rest of the intro's article, since the other articles define, scope and
    regulate (`Ủy ban nhân dân cấp tỉnh ... gồm các nội dung sau:` in Điều 4 of a decree does not
    do its Điều 1); elsewhere (a letter, a telegram, a notice) the whole text."""
    for m in _LIST_INTRO.finditer(text, 0, end):
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        who = organizations.within(start, m.start())
        # not the one who asks: `Thủ tướng Chính phủ yêu cầu ...`; inside the intro itself only
        # those it assigns (`yêu cầu Bộ Y tế thực hiện các nhiệm vụ sau:`), not whose they are
        addressees = [Assignment(o.name, None) for o in who[-3:] if _in_subject_or_object(text, o, start)
                      and not _ASSIGNER_AFTER.match(text[o.span.end:o.span.end + 40])]
        addressees += [Assignment(a.organization, None)
                       for a in _assignees(text, Span(m.start(), m.end()), organizations)[0]]
        if addressees:
            return _dedupe(addressees), _intro_scope(text, m.end(), end)
    return [], Span(0, 0)


_ARTICLE_HEADING = re.compile(r"^[ \t*#_]*Điều\s+\d{1,3}[a-z]?\s*[.:]", re.M)
_ARTICLES_MAKE_STRUCTURE = 3


def _intro_scope(text: str, intro_end: int, end: int) -> Span:
    headings = [h.start() for h in _ARTICLE_HEADING.finditer(text, 0, end)]
    if len(headings) < _ARTICLES_MAKE_STRUCTURE:
        return Span(0, end)
    return Span(intro_end, next((h for h in headings if h > intro_end), end))


def _in_subject_or_object(text: str, org: OrganizationMention, floor: int) -> bool:
    before = text[clause_start(text, org.span.start, floor):org.span.start]
    return not _GENITIVE_BEFORE.search(before) and not _REPORT_BEFORE.search(before)


def _assignment_sentences(text: str, end: int, covered: list[Span]) -> list[tuple[Span, bool | None]]:
    """Sentences that assign, and those introducing what follows (`... nhiệm vụ trọng tâm sau:`,
    a body's name alone, a question), each with True when it introduces; and, with None, the
    bullets right under an introducing line that assign in no words of their own (`- Bộ Y tế:` /
    `+ Phối hợp với Bộ Công Thương ...`): their doers are the introduced ones, if it names any."""
    spans: list[tuple[Span, bool | None]] = []
    covered_starts = [c.start for c in covered]
    under_intro = False
    for m in _wrapped_lines(text, end):
        bullet = _BULLET_LINE.match(text, m.start, m.end) is not None
        under_intro = under_intro and bullet
        for sentence in _sentences_in_line(text, m.start, m.end):
            i = bisect_right(covered_starts, sentence.start) - 1
            if i >= 0 and sentence.start < covered[i].end:
                continue
            body = text[sentence.start:sentence.end]
            if body.rstrip().endswith((":", "?")):
                spans.append((sentence, True))
                under_intro = body.rstrip().endswith(":")
            elif _ASSIGN.search(body) or _ASSIGN_FOLDED.search(fold(body)) or _execution_clause().search(body) \
                    or _reported_order().search(body):
                spans.append((sentence, False))
            elif _may_be_label(text, sentence, m):
                spans.append((sentence, True))
                under_intro = True
            elif under_intro:
                spans.append((sentence, None))
    return spans


_BULLET_LINE = re.compile(r"[ \t*_]*[-–+•][ \t]")


def _lead_in_task(text: str, sentence: Span, reference: str | None) -> Span | None:
    """The part of a lead-in ending in `:` that is a task of its own: the assigning clauses before
    a tail that introduces the lines after it (`...; trong đó lưu ý những nội dung sau:`, `...,
    cụ thể như sau:`), or the whole lead-in when it sets a deadline (`Giao Sở Xây dựng ... trước
    ngày 27/11/2025 các nội dung sau:`). None when it only introduces (`... các nhiệm vụ sau:`)."""
    tail = _lead_in_tail().search(text, sentence.start, sentence.end)
    own = trim_span(text, sentence.start, tail.start()) if tail else sentence
    body = text[own.start:own.end]
    if tail and _assigns(body) or _due_date(body, reference):
        return own
    return None


@lru_cache(maxsize=1)
def _lead_in_tail() -> re.Pattern:
    """The last clause of a lead-in, after `,` or `;`, that introduces what follows."""
    tails = longest_first(data.load("task_phrases.json")["lead_in_tails"])
    return re.compile(rf"[,;]\s*(?:{tails})\b[^,;]*:\s*$", re.I)


# What a line naming bodies only has besides them (`- Bộ Công an, Sở Y tế và các ...`).
_LIST_PUNCTUATION = re.compile(r"[\s,;:.\-–+•*và()0-9]|các")


def _only_bodies(text: str, span: Span, organizations: "ByStart") -> bool:
    """Does the span name bodies and nothing else (`- Bộ Công an`, `Sở Y tế, Sở Tài chính`)?"""
    bodies = [o for o in organizations.within(span.start, span.end) if o.span.end <= span.end]
    if not bodies:
        return False
    rest = text[span.start:span.end]
    for o in reversed(bodies):
        rest = rest[:o.span.start - span.start] + rest[o.span.end - span.start:]
    return not _LIST_PUNCTUATION.sub("", rest)


_LINE = re.compile(r"[^\n]+")
_LETTERED_ITEM = re.compile(r"[ \t]*[a-zđ][.)]")


def _wrapped_lines(text: str, end: int) -> list[Span]:
    """Lines, each with those it runs on to: a signed PDF's text breaks a sentence where its line
    ended (`Tòa\nán nhân dân tỉnh`), so a line that goes on in lower case after one that ends in
    no stop continues it, unless it opens a lettered item (`a) ...`)."""
    spans: list[Span] = []
    for m in _LINE.finditer(text, 0, end):
        first = m.group().lstrip()[:1]
        if spans and spans[-1].end == m.start() - 1 and first.islower() and \
                not text[spans[-1].start:spans[-1].end].rstrip().endswith((".", ":", ";", "!", "?")) and \
                not _LETTERED_ITEM.match(m.group()):
            spans[-1] = Span(spans[-1].start, m.end())
        else:
            spans.append(Span(m.start(), m.end()))
    return spans


def _may_be_label(text: str, sentence: Span, line: Span) -> bool:
    """A short line of its own, not a sentence, not a header in capitals: perhaps a body's name
    heading the lines after it (`Bộ Công an` / `- Chủ trì ...`)."""
    body = text[sentence.start:sentence.end]
    return sentence.start == trim_span(text, line.start, line.end).start and sentence.end == line.end \
        and len(body) < 100 and body[-1:] not in ".;" and not _is_heading(body)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“]?[A-ZĐÀ-Ỹ])")


def _sentences_in_line(text: str, start: int, end: int) -> list[Span]:
    out, s = [], start
    for m in _SENTENCE_BREAK.finditer(text[start:end]):
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


_OPENS_LEAD = re.compile(r"[Cc]hủ trì\b")
_BULLET = re.compile(r"^[\s\-–+•*]*")
_OPENS_SUPPORT = re.compile(r"[Pp]hối hợp\b")


def _subject(text: str, item: _Item, first: Span, organizations: "ByStart",
             addressee: list[Assignment]) -> list[Assignment]:
    """Who does an item that names no doer: the bodies the nearest head above it names
    (`2. Bộ Công an:` / `a) Chủ trì ...`), else the addressees its head or itself names by their
    heads (`Chủ tịch Ủy ban nhân dân các tỉnh nêu trên:`), else all addressees. `Chủ trì` or
    `Phối hợp` opening the item gives the head's bodies that role."""
    opening = _ITEM.sub("", text[first.start:first.end].lstrip(), count=1)
    role = "lead" if _OPENS_LEAD.match(opening) else ("support" if _OPENS_SUPPORT.match(opening) else None)
    for head in item.heads:
        if _DECIDES.search(text, head.start, head.end):
            return []  # `Ủy ban Thường vụ Quốc hội quyết định sắp xếp ... như sau:`: the items are what it decides
        bodies = [a for a in _assignees(text, head, organizations)[0] if a.role != "support"] or \
            _duties_of(text, head, organizations) or _bodies_introduced(text, head, organizations)
        if bodies:
            return [Assignment(a.organization, role or a.role) for a in bodies]
        head_first = _first_sentence(text, head)
        if _HEADS_OF_ADDRESSEES.match(_ITEM.sub("", text[head_first.start:head_first.end].lstrip(), count=1)):
            return _addressees_named(text, head_first, addressee)
    return _addressees_named(text, first, addressee)


# A head in which a body decides what the items under it say (`Ủy ban Thường vụ Quốc hội quyết định
# sắp xếp để thành lập các đơn vị hành chính ... như sau:`): they are its decisions, not its tasks.
_DECIDES = re.compile(r"[A-ZĐ][^.;:\n]{0,80}?\squyết định(?!\s+(?:số|này|của|giao|phân công)\b)[^.;:\n]{0,200}?(?:\snhư sau)?\s*:\s*$", re.M)


# A head that names whose duties the items under it are: `Điều 5. Trách nhiệm của Sở Tài chính`,
# `1. Nhiệm vụ của Bộ Công an:` (markup and the item's mark before it).
_DUTIES_OF = re.compile(r"[\s*_#]*(?:Trách nhiệm|Nhiệm vụ(?:,| và) quyền hạn|Nhiệm vụ)\s+(?:thực hiện\s+)?của\s+")


def _duties_of(text: str, head: Span, organizations: "ByStart") -> list[Assignment]:
    """The bodies a `Trách nhiệm của ...` head names, on its first line: the doers of its items."""
    opening = _ITEM.match(text, head.start)
    duties = _DUTIES_OF.match(text, opening.end() if opening else head.start)
    if duties is None:
        return []
    line_end = text.find("\n", duties.end())
    line_end = head.end if line_end < 0 else min(line_end, head.end)
    return [Assignment(o.name, None) for o in organizations.within(duties.end(), line_end) if o.span.end <= line_end]


_HEADS_GLUE = re.compile(r"^[\s,;]*(?:và\s+)?$")
_PLURAL = re.compile(r"(?:^|\s)cac\s")  # on folded text: `Các bộ, ...`, `Ủy ban nhân dân các tỉnh`
# `Yêu cầu Bộ trưởng, ...`, `Thủ tướng Chính phủ yêu cầu Chủ tịch ...`: the heads asked open the object.
# Asking, not acting: `ban hành`, `ký` after the heads are their task (`... ban hành Danh mục ...`).
_HEADS_ASK = re.compile(r"^\s*(?:(?:đã|vừa|cũng|còn)\s+)*(?:giao(?! thông| dịch| nhận| ban)|yêu cầu|đề nghị)\b")
_ASKING_HEADS = re.compile(r"^(?:[^,;:]{0,60}?\s)?(?:[Yy]êu cầu|[Đđ]ề nghị|[Gg]iao)\s+")


def _bodies_headed(text: str, sentence: Span) -> list[Assignment]:
    """`Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân
    dân các tỉnh ... khẩn trương ...`: a sentence opening with the heads of collectives tells the
    bodies they head to act, read as the addressee lines are (heads_as_bodies): the bodies from
    the sentence's start, else from the asking verb's object, one after another."""
    if not _names_a_head(text, sentence):
        return []
    body = _ITEM.sub("", _CONNECTOR.sub("", text[sentence.start:sentence.end]).lstrip(" \"“"), count=1)
    if found := _leading_bodies_headed(body):
        return found
    object_ = _ASKING_HEADS.sub("", body, count=1)
    return _leading_bodies_headed(object_) if object_ != body else []


def _names_a_head(text: str, span: Span) -> bool:
    """Does the span hold a head's title (`Bộ trưởng`, `Chủ tịch` ...)? Without one, heads_as_bodies
    rewrites nothing, so no body is headed: a cheap test that spares most items the rewriting and
    a second search for organisations."""
    return _title_of_a_head().search(text, span.start, span.end) is not None


@lru_cache(maxsize=1)
def _title_of_a_head() -> re.Pattern:
    """Any title of a head of bodies, as written: one search, not one per title."""
    return re.compile(longest_first(data.load("positions.json")["heads_of_bodies"]))


def _leading_bodies_headed(body: str) -> list[Assignment]:
    rewritten, _ = heads_as_bodies(body)
    if rewritten == body:
        return []
    out, pos = [], 0
    for o in find_organizations(rewritten):
        if not _HEADS_GLUE.match(rewritten[pos:o.span.start]):
            break
        out.append(Assignment(o.name, None))
        pos = o.span.end
    if _HEADS_ASK.match(rewritten[pos:pos + 40]):  # the heads ask (`... giao Sở Xây dựng ...`): no doers
        return []
    # a single head (`Chủ tịch Ủy ban nhân dân tỉnh Sơn La đã ký ...`) is often news of the person
    return out if any(_PLURAL.search(fold(a.organization)) for a in out) else []


def _doer(text: str, sentence: Span) -> str:
    """"other" when the sentence names a doer or an addressee (known body or not), "asked" when
    the one who asks leaves those asked unnamed (`Thủ tướng yêu cầu rà soát ...`), "none" when it
    has no subject of its own: it opens with a verb, a thing is the subject of a passive, or it
    names the addressees only by their heads (`Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân ...`)."""
    body = _CONNECTOR.sub("", text[sentence.start:sentence.end]).strip(" \"“")
    body = _ITEM.sub("", body, count=1)
    if _HEADS_OF_ADDRESSEES.match(body):
        return "none"
    if _ADDRESSED_OBJECT.search(body) and not _addresses_pronoun().search(body):
        return "other"
    asking = _asks_unnamed().match(body)
    if asking:
        asker = _asker().search(asking.group())
        if asker is None:  # `Tiếp tục chỉ đạo rà soát ...`, `Bộ Tài chính chỉ đạo triển khai ...`: no one asks
            pass
        elif asking["verb"] == "chỉ đạo" and _subject_heads().match(asking.group(), asker.end() + 1):
            return "other"  # `Bộ trưởng Bộ Tài chính chỉ đạo triển khai ...`: the head acts for the body
        else:
            return "asked"
    if _THING_SUBJECT.match(body) or _PASSIVE.search(body):
        return "none"
    if _subject_heads().match(body) or _headed_body().match(body):
        return "other"
    # `Để nâng cao năng lực ..., các lực lượng chức năng cần ...`: the subject after a purpose clause.
    return "other" if body.startswith(("Để ", "Nhằm ")) and _subject_after_comma().search(body) else "none"


@lru_cache(maxsize=1)
def _addresses_pronoun() -> re.Pattern:
    """`Đề nghị các đồng chí ...`: the people addressed, named before, not a doer named here."""
    phrases = data.load("task_phrases.json")
    pronouns = longest_first(phrases["address_pronouns"])
    # `Đề nghị Công ty nghiên cứu ...`: the addressed company by its kind alone, a verb after it
    nouns = longest_first(phrases["address_nouns"])
    # After an opening clause, only the polite `Quý` addresses the letter's addressees (`Để đảm bảo
    # thời gian ..., đề nghị Quý Ủy ban gửi báo cáo ...`), not a common noun (`... có quyền yêu cầu
    # doanh nghiệp bổ sung hồ sơ`); asked for politely too (`rất mong Quý cơ quan phối hợp`).
    polite = longest_first([n for n in phrases["address_nouns"] if n.startswith("Quý ")])
    asks = r"\b(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị|[Mm]ong)\s+"
    return re.compile(rf"^[^,;:]{{0,60}}?{asks}(?:(?:{pronouns})\b|(?:{nouns})(?=\s+[a-zà-ỹđ]))"
                      rf"|^[^;:]{{0,200}}?,[^,;:]{{0,60}}?{asks}(?P<polite>{polite})(?=\s+[a-zà-ỹđ])")


@lru_cache(maxsize=1)
def _headed_body() -> re.Pattern:
    """`Chánh Văn phòng Ban Chỉ đạo ...`, `Giám đốc Sở Y tế ...` opening a sentence: a head's title,
    then the body it heads, which is the sentence's doer."""
    return re.compile(r"(?:Phó\s+)?(?:" + longest_first(_head_titles()) + r")\s+(?=" + _subject_heads().pattern + ")")


@lru_cache(maxsize=1)
def _asks_unnamed() -> re.Pattern:
    """`Thủ tướng yêu cầu rà soát ...`: the one who asks, then a verb in lower case, not a body
    (`yêu cầu bộ, ngành ...`): those asked go unnamed, so the sentence has no doer of its own."""
    kinds = "|".join(map(re.escape, data.load("org_patterns.json")["collective_nouns"]))
    return re.compile(r"^[^,;:]{0,60}?\b(?P<verb>yêu cầu|đề nghị|(?<![Bb]an )chỉ đạo)\s+(?!(?:" + kinds + r")\b)[a-zà-ỹđ]")


@lru_cache(maxsize=1)
def _asker() -> re.Pattern:
    """The one who asks (`Thủ tướng`, `Công điện`), not a verb (`Tiếp tục chỉ đạo ...`) or a form's
    noun (`Mẫu đề nghị hưởng ...`) before `yêu cầu`, `đề nghị`, `chỉ đạo`."""
    askers = longest_first(data.load("task_phrases.json")["askers"])
    return re.compile(rf"\b(?:{askers})\b")


@lru_cache(maxsize=1)
def _reporting_frame() -> re.Pattern:
    """`Công điện nêu rõ, `, `Ngoài ra, Thủ tướng còn nêu rõ ` before a body: the report's frame,
    after which the body is the subject."""
    return re.compile(rf"^(?:[^,;:]{{0,30}},\s*)?[^,;:]{{0,80}}?\b(?:{_reporting_verbs()})\s*[,:]?\s*$")


@lru_cache(maxsize=1)
def _reporting_verbs() -> str:
    return longest_first(data.load("task_phrases.json")["reporting_verbs"])


@lru_cache(maxsize=1)
def _reported_order() -> re.Pattern:
    """`Nghị quyết 09/NQ-CP nêu rõ: Bộ Công Thương nghiên cứu ...`: a report's frame, then a
    capitalised subject: what the reported instrument tells that body to do."""
    return re.compile(rf"\b(?:{_reporting_verbs()})\s*[,:]\s*(?=[A-ZĐÀ-Ỹ])")


@lru_cache(maxsize=1)
def _head_title_before() -> re.Pattern:
    """A head's title just before a body (`Bộ trưởng Bộ Công an`, `Thủ trưởng các cơ quan:`):
    the head acts for the body, so the title stands between a verb and its object unseen."""
    return re.compile(r"(?:^|(?<=[\s,;:(]))(?:Phó\s+)?(?:" + longest_first(_head_titles()) +
                      r")(?:\s+các\s+[^:,.;\n]{1,40}:|\s*:)?\s*$")


@lru_cache(maxsize=1)
def _bare_titles() -> re.Pattern:
    """Heads' titles alone, listed (`Chánh Văn phòng, Chánh Thanh tra`): the issuer's own units'
    heads, who open a closing clause's list of heads as its other items do."""
    title = r"(?:Phó\s+)?(?:" + longest_first(_head_titles()) + r")"
    return re.compile(rf"{title}(?:\s*,\s*{title})*")


@lru_cache(maxsize=1)
def _head_title_in() -> re.Pattern:
    """Any head's title, anywhere: one search, not one per title."""
    return re.compile(longest_first(_head_titles()))


@lru_cache(maxsize=1)
def _head_titles() -> tuple[str, ...]:
    return tuple(data.load("task_phrases.json")["head_titles"])


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
def _in_force_clause() -> re.Pattern:
    """`Quyết định này có hiệu lực ...`: when the instrument takes effect, no task."""
    phrases = data.load("task_phrases.json")
    objects = "|".join(map(re.escape, phrases["execution_objects"]))
    verbs = longest_first(phrases["in_force"])
    return re.compile(rf"\s*(?:Kể từ ngày\s+)?(?:{objects})\s+(?:{verbs})\b", re.I)


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
    phrases = data.load("requirement_phrases.json")
    return re.compile(rf"(?!(?:{longest_first(phrases['subject_heads_not'])})\b)(?:{longest_first(phrases['subject_heads'])})\b")


_FIRST_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
_CLAUSE_END = re.compile(r"[;.](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_DIGIT = re.compile(r"[0-9]")


def _first_sentence(text: str, span: Span) -> Span:
    """The item's first sentence, after its ordinal."""
    marker = _ITEM.match(text, span.start)
    start = marker.end() if marker else span.start
    stop = _FIRST_SENTENCE_END.search(text, start, span.end)
    return Span(start, stop.end() if stop else span.end)


def _doers(assignments: list[Assignment]) -> list[Assignment]:
    """Those who do a task themselves: everyone but its supporters."""
    return [a for a in assignments if a.role != "support"]


# `... yêu cầu về việc triển khai ... của Bộ Công an như sau:`, `thì nhiệm vụ của Bộ Công an bao gồm:`:
# the bodies at a lead-in's end, after its last `của` or `đối với`, whose tasks the lines under it are,
# when the lead-in speaks of tasks (`nhiệm vụ`, `trách nhiệm`, `yêu cầu`, `chỉ đạo`).
_INTRODUCING_OF = re.compile(r"\s(?:của|đối với)\s+")
_TASKS_OF_BODIES = re.compile(r"\b(?:[Nn]hiệm vụ|[Tt]rách nhiệm)(?:,?\s+(?:quyền hạn|nhiệm vụ))?\s+(?:của|đối với)\s+(?:các\s+)?[A-ZĐ]"
                              r"|\b[Yy]êu cầu\s+đối với\s+(?:các\s+)?[A-ZĐ]")
_ASKED_BY = re.compile(r"\b(?:[Yy]êu cầu|[Cc]hỉ đạo|ý kiến|[Kk]ết luận|[Đđ]ề nghị)\s*$")
_TASKS_NAMED = re.compile(r"\b(?:[Nn]hiệm vụ|[Tt]rách nhiệm|[Yy]êu cầu|[Cc]hỉ đạo)\b")
_INTRODUCED_END = re.compile(r"\s*(?:,?\s*(?:cụ thể\s+)?như sau|,?\s*bao gồm|,?\s*gồm)?\s*:\s*$")


def _bodies_introduced(text: str, sentence: Span, organizations: "ByStart") -> list[Assignment]:
    """The named bodies a lead-in ends with (`... của Bộ Công an như sau:`), nothing but a list's
    glue between them."""
    of = None
    for of in _INTRODUCING_OF.finditer(text, sentence.start, sentence.end):
        pass
    if of is None or not _TASKS_NAMED.search(text, sentence.start, of.start()) \
            or _ASKED_BY.search(text, max(sentence.start, of.start() - 20), of.start()):
        return []  # `... thuộc thẩm quyền quản lý của Bộ Quốc phòng:`, `Hồ sơ ... theo Hiệp định của Chính phủ bao gồm:`;
        # `yêu cầu của Thủ tướng Chính phủ như sau:`: who asks, not who acts
    bodies = [o for o in organizations.within(of.end(), sentence.end) if o.span.end <= sentence.end]
    if not bodies or bodies[0].span.start != of.end() or not _INTRODUCED_END.match(text, bodies[-1].span.end, sentence.end) \
            or any(not _LIST_GLUE.match(text[a.span.end:b.span.start]) for a, b in zip(bodies, bodies[1:])):
        return []
    return [Assignment(o.name, None) for o in bodies]


def _led_and_supported(assignments: list[Assignment]) -> list[Assignment]:
    """The doers of the lines under a lead-in that is no task itself (`Bộ Tài chính chủ trì, phối
    hợp với Bộ Công an ... với thời gian như sau:` / `+ Trước ngày 30/11/2024: ...`): with a lead
    named, its supporters too, or nobody would hold their part; else the doers alone."""
    doers = _doers(assignments)
    return assignments if any(a.role == "lead" for a in doers) else doers


def _tasks_of(text, span, ordinal, organizations, persons, subject, reference) -> list[TaskMention]:
    """The tasks a span states: one, or one per deadline when it sets several (`hoàn thành trước
    ngày 31/12/2025; ... chậm nhất trước ngày 31/01/2026`), each with the doer its clause names,
    else the span's."""
    whole = _task(text, span, ordinal, organizations, persons, subject, reference)
    clauses = _deadline_clauses(text, span, reference)
    if len(clauses) < 2:
        return [whole]
    tasks = []
    for clause in clauses:
        own_doer = _doer(text, clause) == "other" or _doers(_assignees(text, clause, organizations)[0])
        tasks.append(_task(text, clause, ordinal, organizations, persons,
                           [] if own_doer else _doers(whole.assignees), reference))
    return tasks


def _deadline_clauses(text: str, span: Span, reference: str | None) -> list[Span]:
    """The span cut after each deadline but the last, at the clause end (`;` or `.`) that follows
    it: one piece per deadline."""
    hits = [hit for _, _, hit in _due_dates(text[span.start:span.end], reference)]
    starts, ends = [span.start + h.start for h in hits], [span.start + h.end for h in hits]
    cuts = []
    for deadline_end, next_start in zip(ends, starts[1:]):
        stop = _CLAUSE_END.search(text, deadline_end, next_start)
        cuts.append(stop.end() if stop else deadline_end)
    bounds = [span.start, *cuts, span.end]
    return [trim_span(text, a, b) for a, b in zip(bounds, bounds[1:])]


@lru_cache(maxsize=256)
def _due_date(body: str, reference: str | None) -> tuple[str, str, Span] | None:
    """The first of `_due_dates`; cached, as a task's span is read whole and then cut at its deadlines."""
    return next(_due_dates(body, reference), None)


def _due_dates(body: str, reference: str | None) -> Iterator[tuple[str, str, Span]]:
    """Each deadline in `body`, in order, that is not more than a year before the document's
    date and not of something done (`Giấy chứng nhận đã cấp trước ngày 01/8/2024`): those are
    conditions, as is `người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945`.

    Every deadline has a year or a day in digits, so text without one is skipped at once. The
    body is prepared once and walked once, however many deadlines it sets."""
    if not _DIGIT.search(body):
        return
    # `trước 15 giờ ngày 02/02/2025`: the hour blanked out (same length), the day is the deadline
    dated = _HOUR.sub(lambda m: " " * len(m.group()), body)
    if "cuối" in dated:
        dated = _PERIOD_CLOSE.sub(lambda m: "trong".ljust(len(m.group())), dated)
    pos = 0
    while (hit := find_deadline(dated, reference, pos)) is not None:
        iso, _, span = hit
        recent = reference is None or int(iso[:4]) >= int(reference[:4]) - 1
        done = _PAST_BEFORE.search(body[max(0, span.start - 30):span.start])
        if recent and not done:
            yield iso, body[span.start:span.end], span
        pos = span.end


def _task(text, span, ordinal, organizations, persons, subject, reference) -> TaskMention:
    """The task a span states; `subject` is who does it when the span names no doer."""
    body = text[span.start:span.end]
    task = TaskMention(ordinal=ordinal, text=" ".join(body.split()), span=span)
    own, task.reports_to = _assignees(text, span, organizations)
    if subject and _OPENS_SUPPORT.match(_ITEM.sub("", body.lstrip(" -+*•"), count=1)):
        # `3. UBND các xã, phường:` / `Phối hợp với Sở Nông nghiệp và Môi trường ...`: the doer
        # supports; the bodies it works with are in the task, in a role the text does not state
        # (the work is theirs to lead, which the item does not say).
        subject = [Assignment(a.organization, "support") for a in subject]
        own = [Assignment(a.organization, None) if a.role == "support" else a for a in own]
    task.assignees = _dedupe(list(subject) + own)
    deadline = _due_date(body, reference)
    if deadline and task.assignees:  # a date nobody must meet is a condition or an aim
        task.deadline, task.deadline_text, _ = deadline
    task.reports_to += _reported_persons(text, span, persons)
    return task


# The words that give a body its role sit right before it (`giao`, `phối hợp với`, `báo cáo`, a
# field label) or open its clause; a clause longer than this (a list that lost its line breaks,
# thousands of bodies between two full stops) is read back this far only, so that each body
# costs a window, not its whole clause (N bodies in one clause were N² characters to read).
_ROLE_CONTEXT = 500


def _assignees(text: str, span: Span, organizations: "ByStart") -> tuple[list[Assignment], list[str]]:
    """The bodies a span assigns, with their roles, and those it reports to. A list shares the
    role of its first body; when that one is only mentioned (`... của Chính phủ, Bộ Xây dựng
    làm việc ...`), the list starts again at the first body that is assigned."""
    inside = [o for o in organizations.within(span.start, span.end) if o.span.end <= span.end]
    assignees: list[Assignment] = []
    reports: list[str] = []
    for chain in _chains(text, inside):
        after = text[chain[-1].span.end:min(span.end, chain[-1].span.end + 30)]
        for k, head in enumerate(chain):
            floor = max(span.start, head.span.start - _ROLE_CONTEXT)
            before = text[clause_start(text, head.span.start, floor):head.span.start]
            role = _role(before, after)
            if role not in (None, "report") and _petitioned(head, before):
                role = "report"
            if role == "lead" and _chairs(head, after):
                role = None
            if role not in (None, "report") and _asks_later(head, text, head.span.end, span.end):
                role = None
            if role is not None:
                break
        if role == "report":
            reports += [o.name for o in chain[k:]]
        elif role is not None:
            assignees += [Assignment(o.name, None if role == "any" else role) for o in chain[k:]]
    return _dedupe(assignees), list(dict.fromkeys(reports))


_REQUEST_BEFORE = re.compile(r"\b(?:de nghi|kien nghi)\s*:?\s*$")


def _petitioned(org: OrganizationMention, before: str) -> bool:
    """Is the body one a request goes up to (`đề nghị Thủ tướng Chính phủ hỗ trợ`)?"""
    return org.name in data.load("task_phrases.json")["asked_upward"] and \
        _REQUEST_BEFORE.search(fold(_without_heads(before))) is not None


def _chairs(org: OrganizationMention, after: str) -> bool:
    """Does the head of government chair a meeting (`Thủ tướng Chính phủ chủ trì Hội nghị`)?"""
    return org.name in data.load("task_phrases.json")["asked_upward"] and \
        _presiding().match(_past_heads_name(after)) is not None


_ASKING = re.compile(r"(?<!được )\b(?:yêu cầu|giao|đề nghị)\b")


def _asks_later(org: OrganizationMention, text: str, start: int, end: int) -> bool:
    """Does the head of government (or a body as high, `asked_upward`), the sentence's subject, ask
    further on in it, between `start` (after its name) and `end` (`Thủ tướng Chính phủ biểu dương
    ...; đồng thời phê bình và yêu cầu các bộ ...`)? Then it is the one who asks, no doer. Only
    such a body is read on, and in place: the rest of a long span is not copied for each body."""
    if org.name not in data.load("task_phrases.json")["asked_upward"]:
        return False
    stop = _SENTENCE_END.search(text, start, end)
    return _ASKING.search(text, start, stop.start() if stop else end) is not None


def _is_generic(org: OrganizationMention) -> bool:
    """`Ủy ban nhân dân` with no place says which kind of body, not which body: no assignee."""
    entry = find_organization(org.name) if org.known else None
    return bool(entry and entry.get("generic"))


def _asks(after: str) -> bool:
    """Does the text after a body make it the one who asks (`... yêu cầu`), perhaps after its
    head's name (`Bộ trưởng Bộ Y tế Đào Hồng Lan yêu cầu`)?"""
    return bool(_ASSIGNER_AFTER.match(after) or _ASSIGNER_AFTER.match(_past_heads_name(after)))


def _presides(after: str) -> bool:
    """Does the text after a body say its head, named, chairs a meeting (`Thủ tướng Chính phủ Phạm
    Minh Chính chủ trì cuộc họp`)? A body itself that `chủ trì hội nghị` in a plan organises one."""
    rest = _past_heads_name(after)
    return len(rest) < len(after.strip()) and _presiding().match(rest) is not None


def _past_heads_name(after: str) -> str:
    """The text after a body without the capitalised words (a head's name) that open it."""
    words = after.split(" ")
    lead = 0
    while lead < min(len(words), 5) and (not words[lead] or words[lead][0].isupper()):
        lead += 1
    return " ".join(words[lead:])


@lru_cache(maxsize=1)
def _presiding() -> re.Pattern:
    """`chủ trì cuộc họp`: the chair of a meeting, not the lead of a task."""
    words = longest_first(data.load("task_phrases.json")["meeting_words"])
    return re.compile(rf"^\s*(?:đã\s+|vừa\s+)?chủ trì\s+(?:{words})\b", re.I)


# The role words after a body, matched folded (see _role).
# after a body: its role word, perhaps after a colon and the first sub-item's mark or a bullet on
# the next line (`1. Công an tỉnh` / `- Chủ trì, phối hợp ...`; folded)
_FOLLOWED_BY_LEAD = re.compile(r"\s*(?::\s*(?:[a-z]\)\s*)?)?(?:\n\s*[-+•]\s*)?(?:duoc giao\s+|(?:co|chiu) trach nhiem\s+)?chu tri\b")
_FOLLOWED_BY_SUPPORT = re.compile(r"\s*(?::\s*)?(?:\n\s*[-+•]\s*)?(?:co trach nhiem\s+|tham gia\s+|chu dong\s+)?phoi hop\b")
_CLAUSE_OPEN_BEFORE = re.compile(r"[,;]\s*$")


def _role(before: str, after: str) -> str | None:
    """lead, support, any (assigned, role unstated), report, or None (mentioned only).

    A body opening a clause after `;` is its subject: `Sở Nội vụ chủ trì ...; Sở Tư pháp phối hợp`,
    and so is one after a leading adverbial (`Trên cơ sở Báo cáo số ..., Bộ Xây dựng làm việc ...`)."""
    before = _reporting_frame().sub("", _LEADING_ADVERBIAL.sub("", before.rsplit(";", 1)[-1]))
    before = _COLLECTIVE_BEFORE.sub("", before)
    stripped = _ITEM.sub("", _CONNECTOR.sub("", _without_heads(before).lstrip()), count=1).strip(" ,:\"“‘(-")
    if _bare_titles().fullmatch(stripped):  # `Chánh Văn phòng, Cục trưởng Cục ...`: heads listed before it
        stripped = ""
    low = stripped.lower()
    labelled = _role_label().search(low)
    if labelled:  # `- Cơ quan chủ trì: X`, `Cơ quan thực hiện: X chủ trì ...`
        role = next(k for k, v in labelled.groupdict().items() if v)
        if role != "any":
            return role
    # `X chủ trì`, `X được giao chủ trì`, `X có trách nhiệm chủ trì`, and `X:\na) Chủ trì ...` (a body
    # heading its sub-items)
    # Role words are matched without tone marks: OCR misreads them (`chủ tri`, `phổi hợp`).
    folded_after, folded_low = fold(after), fold(low)
    follows_lead = _FOLLOWED_BY_LEAD.match(folded_after) is not None
    # `X phối hợp (với Y) ...`: X is named as a supporter (`X chủ trì, phối hợp` is still a lead).
    follows_support = _FOLLOWED_BY_SUPPORT.match(folded_after) is not None
    assigned = folded_low.endswith(_VERBS_BEFORE_LIST)
    if _asks(after) and not assigned:  # `Giao Sở Tài chính ban hành ...` is assigned whatever it is to do
        return None
    if folded_low.endswith(_SUPPORT_BEFORE):
        return "support"
    if _presides(after) and not assigned:
        return None
    if _REPORT_BEFORE.search(low):
        return "report"
    if _GENITIVE_BEFORE.search(low):
        return None
    if assigned or not stripped or labelled:
        return "lead" if follows_lead else ("support" if follows_support else "any")
    if follows_lead:
        return "lead"
    # `..., Sở Tư pháp phối hợp`: a body opening a new clause, named with its role after it.
    if follows_support and _CLAUSE_OPEN_BEFORE.search(before):
        return "support"
    return None


def _without_heads(before: str) -> str:
    """The text before a body without the heads that stand for it: a head's title, a
    distributive head, or both (`Chủ tịch Ủy ban nhân dân các tỉnh:`, `Bộ trưởng:`)."""
    # most text before a body names no head: the title pattern, tried at every character, is spared
    titled = _head_title_in().search(before) is not None
    if titled:
        before = _head_title_before().sub("", before)
    without_list_head = _TRAILING_HEAD.sub("", before.rstrip(" ,:\"“‘(-"))
    if without_list_head == before.rstrip(" ,:\"“‘(-"):
        return before
    return _head_title_before().sub("", without_list_head.rstrip()) if titled else without_list_head.rstrip()


def _chains(text: str, orgs: list[OrganizationMention]) -> list[list[OrganizationMention]]:
    """Runs of bodies separated only by commas, `và`, colons or their heads' titles
    (`Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính`): one list shares one role."""
    chains: list[list[OrganizationMention]] = []
    owner = None  # the body that owns a collective in the list (`các Ủy ban của Quốc hội`), no member
    for org in sorted(orgs, key=lambda o: o.span.start):
        if chains and owner is None and _OWNED_COLLECTIVE.fullmatch(text, chains[-1][-1].span.end, org.span.start):
            owner = org
            continue
        if owner is not None:
            # the list goes on after the owner with another kind of body (`..., Đoàn đại biểu Quốc hội
            # tỉnh X`), not with one like it (`các đơn vị thuộc Bộ Công an, Bộ Xây dựng`: a second owner)
            goes_on = _SHARED_JOIN_AFTER_OWNER.fullmatch(_without_heads(text[owner.span.end:org.span.start])) \
                and org.name.split()[0] != owner.name.split()[0]
            if goes_on:
                chains[-1].append(org)
            else:
                chains.append([org])
            owner = None
            continue
        glue = _without_heads(_NOTE_IN_LIST.sub("", text[chains[-1][-1].span.end:org.span.start])) if chains else ""
        joined = _LIST_GLUE.match(glue) if chains else None
        if joined and joined["related"] and _OWNED.search(text, max(0, chains[-1][-1].span.start - 8),
                                                           chains[-1][-1].span.start):
            joined = None
        if joined:
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


_CELL_ORDINAL = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5})\.?\s*")


@dataclass(frozen=True)
class _Cell:
    span: Span
    empty: bool


def _table_tasks(text: str, organizations: "ByStart", reference: str | None) -> list[TaskMention]:
    """Rows of a table of tasks (columns `Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
    hoàn thành`), as tables come out of the loaders: a row a line with its cells between tabs
    (Markdown), or cells between pipes with a row ending in an empty cell and cells broken over
    lines (pages saved as text). One task per row: its bodies in the lead, support or doer
    columns, its due date in the deadline column, columns matched from the right (the number
    column is often left out of the header)."""
    tasks = []
    read_until = -1  # a row naming a role (`... phối hợp thực hiện ...`) is no new table's header
    for header in _table_headers(text):
        if header.start < read_until:
            continue
        if "\t" in text[header.start:header.end]:
            columns = [_column_kind(text[c.span.start:c.span.end]) for c in _tab_cells(text, header.start, header.end)]
            rows = _tab_rows(text, header.end)
        else:
            cells = _cells(text, header.start, _table_end(text, header.start))
            first_empty = next((i for i, c in enumerate(cells) if c.empty), len(cells))
            columns = [_column_kind(text[c.span.start:c.span.end]) for c in cells[:first_empty]]
            rows = _rows(text, cells[first_empty:])
        read_until = max([header.end] + [row[-1].span.end for row in rows if row])
        for row in rows:
            # a row may lose its empty last cells (`Nguồn kinh phí` left blank) but not the task's
            if len(row) >= len(columns) or (len(row) >= 3 and len(row) < len(columns) and _numbered(text, row)):
                task = _row_task(text, row, columns, organizations, reference)
                tasks += [task] if task.assignees else []
    return tasks


def _table_headers(text: str) -> list[Span]:
    """A table's header lines: cells (pipes or tabs) and, after the first cell's edge, a column
    naming who leads, supports or does the tasks. Line by line, so that the search stays linear
    (one pattern over whole pages backtracked over every pipe of every line)."""
    headers = []
    for line in _LINE.finditer(text):
        edge = min((i for i in (line.group().find("|"), line.group().find("\t")) if i >= 0), default=-1)
        if edge >= 0 and _role_column_label().search(line.group(), edge + 1) and not _procedure_column().search(line.group()):
            headers.append(Span(line.start(), line.end()))
    return headers


@lru_cache(maxsize=1)
def _procedure_column() -> re.Pattern:
    """`Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện`: a list of administrative procedures,
    whose bodies carry them out for the public, not a table of tasks."""
    return re.compile(longest_first(data.load("task_phrases.json")["procedure_columns"]), re.I)


@lru_cache(maxsize=1)
def _role_column_label() -> re.Pattern:
    labels = [w for words in data.load("task_phrases.json")["role_labels"].values() for w in words if " " in w]
    return re.compile("|".join(map(re.escape, labels)), re.I)


def _tab_cells(text: str, start: int, end: int) -> list[_Cell]:
    bounds = [start - 1] + [start + m.start() for m in re.finditer(r"\t", text[start:end])] + [end]
    spans = [trim_span(text, a + 1, b) for a, b in zip(bounds, bounds[1:])]
    return [_Cell(sp, sp.end <= sp.start) for sp in spans]


# A row that spans the table: the title of a group of tasks, under a letter, a Roman numeral or a
# number (`A PHÁT TRIỂN NỀN MÓNG ...`, `I Hoàn thiện thể chế`), short.
_GROUP_TITLE = re.compile(r"[ \t]*(?:[A-ZĐ]|[IVXL]{1,5}|\d{1,2})[.)]?[ \t]+\S[^\n]{0,150}")
_GROUP_TITLES_IN_A_ROW = 3


def _tab_rows(text: str, start: int) -> list[list[_Cell]]:
    """The lines with tabs after a header, up to two lines in a row without one, not counting
    the titles of groups of tasks (a group and its subgroup: `A PHÁT TRIỂN ...` / `I Hoàn thiện
    thể chế`), of which a few may follow each other."""
    rows = []
    without = titles = 0
    for line in _LINE.finditer(text[start:]):
        if "\t" not in line.group():
            if _GROUP_TITLE.fullmatch(line.group()) and titles < _GROUP_TITLES_IN_A_ROW:
                titles += 1
                continue
            without += 1
            if without == 2:
                break
            continue
        without = titles = 0
        rows.append(_tab_cells(text, start + line.start(), start + line.end()))
    return rows


def _table_end(text: str, start: int) -> int:
    """Where a table's cells end: after the last line with a pipe before three lines without one."""
    end, without = start, 0
    for line in re.finditer(r"[^\n]*", text[start:]):
        if "|" in line.group():
            end, without = start + line.end(), 0
        elif line.group().strip():
            without += 1
            if without >= 3:
                break
    return end


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells between pipes; the text before the first pipe and after the last one are none."""
    bounds = [start + m.start() for m in re.finditer(r"\|", text[start:end])]
    spans = [trim_span(text, a + 1, b) for a, b in zip(bounds, bounds[1:])]
    return [_Cell(sp, sp.end <= sp.start) for sp in spans]


def _rows(text: str, cells: list[_Cell]) -> list[list[_Cell]]:
    """Rows: each starts with a number cell (`1`, `II`, `1.2`) after an empty cell."""
    rows: list[list[_Cell]] = []
    for i, cell in enumerate(cells):
        opens = not cell.empty and _CELL_ORDINAL.fullmatch(text[cell.span.start:cell.span.end]) \
            and (i == 0 or cells[i - 1].empty)
        if opens:
            rows.append([cell])
        elif rows and not cell.empty:
            rows[-1].append(cell)
    return rows


def _column_kind(header: str) -> str | None:
    """lead, support, any (the doer, role unstated), deadline, or None for any other column."""
    low = " ".join(header.lower().split())
    phrases = data.load("task_phrases.json")
    if any(low.startswith(w.lower()) for w in phrases["deadline_columns"]):
        return "deadline"
    for role, words in phrases["role_labels"].items():
        if any(low.startswith(w.lower()) for w in words if " " in w):
            return role
    return None


def _numbered(text: str, row: list[_Cell]) -> bool:
    """Does a row open with its number cell (`1`, `2.3`), so that its cells line up from the left?"""
    return _CELL_ORDINAL.fullmatch(text[row[0].span.start:row[0].span.end]) is not None


def _row_task(text, row: list[_Cell], columns: list[str | None], organizations: "ByStart",
              reference: str | None) -> TaskMention:
    span = Span(row[0].span.start, row[-1].span.end)
    first = text[row[0].span.start:row[0].span.end]
    ordinal = first.strip(" .") if _CELL_ORDINAL.fullmatch(first) else None
    task = TaskMention(ordinal=ordinal, text=" ".join(text[span.start:span.end].split()), span=span, path=ordinal)
    assignees = []
    for cell, kind in zip(row[max(0, len(row) - len(columns)):], columns):
        if kind in ("lead", "support", "any"):
            assignees += [Assignment(o.name, None if kind == "any" else kind)
                          for o in organizations.within(cell.span.start, cell.span.end) if o.span.end <= cell.span.end]
        elif kind == "deadline":
            due = _cell_due_date(text[cell.span.start:cell.span.end], reference)
            if due:
                task.deadline, task.deadline_text = due
    task.assignees = _dedupe(assignees)
    return task


# `Quý IV/2025 - Quý II/2026`, `Năm 2025 - 2026`, `Tháng 10 - 12/2025`: a period whose end is due.
# A dash inside a date (`30-6-2025`) joins no range: it has a space or a letter beside it, or
# stands between two years.
_CELL_RANGE = re.compile(r"\s+[-–]\s*|(?<=[^\W\d])[-–]\s*|\s*[-–]\s+|\s*[-–](?=[^\W\d])|(?<=\d{4})[-–](?=\d{4})|\s+đến\s+")


def _cell_due_date(cell: str, reference: str | None) -> tuple[str, str] | None:
    """A deadline cell (`Quý IV/2025`, `Tháng 6/2025`, `Trước 30/6/2025`, `Quý III Năm 2026`) as a
    due date; of a range (`Quý IV/2025 - Quý II/2026`), its end."""
    pieces = [p for p in _CELL_RANGE.split(cell.strip()) if p]
    last = pieces[-1] if pieces else cell
    if len(pieces) > 1 and re.fullmatch(r"\d{1,2}/\d{4}", last):
        last = "tháng " + last  # `Tháng 10 - 12/2025`
    elif re.fullmatch(r"\d{4}", last):
        last = "năm " + last  # `Năm 2025 - 2026`
    for piece in dict.fromkeys((last, cell)):
        piece = re.sub(r"\bNăm\b", "năm", piece)
        for phrase in (piece, "hoàn thành trong " + piece[:1].lower() + piece[1:]):
            hit = _due_date(phrase, reference)
            if hit:
                return hit[0], cell.strip()
    return None

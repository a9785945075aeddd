"""Instruments cited in Vietnamese administrative and legal text.

Two passes over NFC text, each anchored on something cheap to find:

1. numbers with a symbol (`205/TB-VPCP`, `66/2026/NĐ-CP`, `68-NQ/TW`, `3509/VPCP-V.I`): the type
   word and `số` are read backwards from the number, the date, `năm YYYY`, `của <body>` and the
   subject (`về ...`, a quoted title) forwards; citations joined by `,`/`và` form a list that
   shares a trailing date, year or issuer;
2. type words (`Chỉ thị 18`, `Đề án “...” (Đề án 06)`, `Kế hoạch chống buôn lậu ...`,
   `Luật Đất đai năm 2024`) that pass 1 did not already read: short forms and named instruments.

The vocabulary (type words and codes, issuer codes, words that end a name) is data:
luocdo/data/doc_types.json and issuers.json.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from luocdo import data
from luocdo.extract.alternation import at_word_start, spaced
from luocdo.extract.dates import find_dates
from luocdo.ids import AMBIGUOUS_ISSUER_CODES, canonical_number
from luocdo.model import DateMention, InstrumentMention, OrganizationMention, Span
from luocdo.normalize import fold, fold_keep_length, longest_first, nfc

_UPPER = "A-ZĐÐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_YEAR = r"(?:19|20)\d\d"
# `số` before a number, with the tone or hat OCR misreads (`sô`, `sổ`, `so`): only ever before digits.
_SO = "s[oóòỏõọôốồổỗộơớờởỡợ]"
# One symbol segment: capitals and digits with at most one lower-case letter (`TTg`, `CTr`,
# `QyĐ`), ending at a non-letter or before a word that typing or OCR glued on (`NĐ-CPngày`,
# `NĐ-CPcó`, `TT-BGDĐTquy định`).
_GLUED_WORDS = "|".join(data.load("doc_types.json")["words_glued_to_symbols"]["words"])
_SEGMENT_END = rf"(?:(?![^\W_])|(?=(?:{_GLUED_WORDS})(?![^\W_])))"
# `&` joins two bodies' codes (`BNN&MT`); typing and OCR put a space after it (`QLN& TTBĐS`).
_SEGMENT = rf"[{_UPPER}0-9](?:[{_UPPER}0-9]|&[ ]?(?=[{_UPPER}]))*(?:[a-z][{_UPPER}0-9]*)?{_SEGMENT_END}"
# Between segments a hyphen or slash; OCR and PDF line breaks put spaces or a line break around a
# hyphen (`205/TB-\nVPCP`, `BTC- TCHQ`, `NĐ - CP`), which the symbol is read through.
_SEPARATOR = r"(?:[ \t]*[-–][ \t]*\n?[ \t]*|/)"  # typing puts an en dash for the hyphen (`QĐ–UBND`)
_SYMBOL = rf"[{_UPPER}][{_UPPER}0-9]*(?:[a-z][{_UPPER}0-9]*)?{_SEGMENT_END}(?:{_SEPARATOR}{_SEGMENT}|\.[{_UPPER}0-9]{{1,3}}(?![^\W_]))*"
# The first digit comes before the look-behind so that the engine skips non-digits fast.
_REF = re.compile(
    # `số1616/QĐ-...`: typing and OCR glue `số` to the number
    rf"(?P<num>[0-9](?:(?<![\w/.\-][0-9])|(?<=[Ss]{_SO[1:]}[0-9])|(?<=SỐ[0-9]))\d{{0,4}}(?:\.\d{{1,3}})?)(?:"
    # `49/2025TT-BCT`: the slash after the year lost in typing
    rf"\s?/\s?(?:(?P<year>{_YEAR})(?:\s?/\s?|(?=[{_UPPER}]{{2}}[^/\s]*-)))?(?P<sym>{_SYMBOL})"
    # `03-TTr/ĐU`; typing and OCR put a space around the hyphen or slash (`9151- CV/BTCTW`, `45 -KL/TW`)
    rf"|[ ]?-[ ]?(?P<psym>[{_UPPER}]{{1,5}}(?:[a-z][{_UPPER}]?)?[ ]?/[ ]?[{_UPPER}][{_UPPER}0-9]*)(?![^\W_])"
    # before 2000 a number took its issuer's code after a hyphen alone (`Nghị định 61-CP`, `Quyết
    # định 167-HĐBT`, `Thông tư 26-TT`), as companies' letters still do (`công văn số 1025-CVHQ`):
    # read only after a type word
    rf"|-(?P<osym>[{_UPPER}][{_UPPER}0-9]{{1,7}})(?![\w/-])"
    r")"
)
# OCR misreads the tone: ngảy, ngáy. Across a line break only in lower case: a line that opens
# with `Ngày 09/12/2025, Bộ Nội vụ đã ban hành ...` is the next sentence, not the number's date.
_DATE_INTRO = re.compile(r"(?:[^\S\n]*,?[^\S\n]*|\s*,?\s*(?=[a-zđ]))"
                         r"(?:được\s+)?(?:ban hành\s+|ký\s+)?(?:vào\s+)?[Nn]g[aàáảãạ]y\s+(?=\d)")
_YEAR_TAIL = re.compile(rf"\s+năm\s+(?P<y>{_YEAR})(?![\d/])")
# The legal database prints an instrument's year right after its symbol (`Quyết định 1569/QĐ-TTg
# 2024`), never a period (`2021 - 2025`) or a date's parts.
_BARE_YEAR = re.compile(rf"[ ]+(?P<y>{_YEAR})(?![\d/]|\.\d|[ ]*[-–][ ]*\d)")
# A signed document's day is often written by hand and missing from the typed or OCR text
# (`ngày    tháng 10 năm 2025`): the year is still stated.
_BLANK_DAY_DATE = re.compile(rf"\s*,?\s*ngày\s+(?:\.+\s*)?(?:tháng\s+\d{{1,2}}\s+năm\s+|/\s*\d{{1,2}}\s*/\s*)(?P<y>{_YEAR})(?![\d/])")
_OF = re.compile(r"\s*,?\s*của\s+")
_QUOTED = re.compile(r"\s*[“\"]\s*(?P<q>[^”\"\n]{3,400}?)\s*[”\"]")
_TITLE_BEFORE_DATE = re.compile(
    rf"\s+(?P<t>[{_UPPER}][^;,.()\n“”\"]{{1,120}}?)(?=\s+(?:ban hành\s+)?[Nn]gày\s+\d)")
_SUBJECT_INTRO = re.compile(
    r"\s*,?\s*(?:(?:[Vv]ề|V/v|v/v)(?:\s+việc)?\s+|(?=(?:phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi)\b"
    r"(?!(?:,?\s+bổ sung)?\s+bởi)))")  # `... sửa đổi bởi khoản 7 Điều 1 Thông tư ...`: what amended it, no title
_LIST_JOINER = re.compile(r"\s*,?\s*(?:(?:và|hoặc)\s+)?(?:các\s+)?")
_SO_NUMBER = re.compile(rf"s(?<!\ws){_SO[1:]}(?=\s*:?\s*\d)")
_TOKEN = re.compile(r"\s+([^\s,;.()“”\"]+)")
_LIST_ITEM = re.compile(r"\n\s*(?:[-•+*]\s|\d{1,2}[.)]\s|[IVX]{1,4}\.\s|[a-zđ]\)\s)")
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_MAX_NAME = 300
# A name never runs over a blank line (a paragraph or heading break), nor into a phrase that
# opens the decision's content (`với những nội dung sau`, `ngày <date>`).
_NAME_PUNCTUATION = (rf"[;:()“”\"?|]|\.(?:\s|$)|\n\s*\n|{_LIST_ITEM.pattern}"
                     r"|\s+(?:với (?:những|các) nội dung|sau đây|như sau|ngày\s+\d)"
                     r"|\s+(?:đã|đang|sẽ|cần|phải)\s")  # the sentence's own verb follows the title


@dataclass(frozen=True)
class _Vocabulary:
    """The data files compiled into lookups and patterns, once per process."""

    words: dict[str, str]  # folded type word -> code
    codes: dict[str, str]  # symbol type code (as printed or upper-cased) -> code
    named: frozenset[str]  # folded words that may head a named instrument
    subject_named: frozenset[str]  # folded words whose unnumbered instrument is named by subject
    to_be_issued: re.Pattern  # `dự thảo`, `ban hành` right before such a type word
    issued_later: re.Pattern  # `sớm được ban hành` right after its name
    name_must_start: dict[str, re.Pattern]  # folded type word -> how its unquoted name must start
    issued_with_numbered: re.Pattern  # `ban hành kèm theo Quyết định số 1448/...` after a name
    named_alone: frozenset[str]  # folded type words that alone name one instrument (`Hiến pháp`)
    named_by_subject: frozenset[str]  # folded type words whose unquoted name must say what it is about
    kinds_not_names: re.Pattern  # folded whole names that are a kind of document, or (prefix) no document
    year_in_name: frozenset[str]
    issuer_codes: dict[str, str]
    issuer_spelling: dict[str, str]  # upper-cased issuer code -> the code as issuers.json spells it
    numbered_issuers: dict[str, str]
    head: re.Pattern  # type word and/or `số` right before a number
    carries_out: re.Pattern  # `triển khai Thông báo`: a plan named after what it carries out
    english_head: re.Pattern  # `Law No.` right before a number (English translations)
    english_words: dict[str, str]
    capital_word: re.Pattern  # a capitalised type word
    word_before: re.Pattern  # a type word ending where the search window ends
    short_number: re.Pattern
    alias: re.Pattern
    generic_before: re.Pattern
    not_a_name: re.Pattern
    predicate_after: re.Pattern  # `Kế hoạch triển khai tại ...`: a verb with no object
    form_before: re.Pattern  # `Mẫu số` right before a number: a form, not an instrument
    issue_gap: re.Pattern  # `, Bộ Nội vụ đã ban hành ` between a sentence's opening date and a citation
    not_issue_sentence: re.Pattern
    not_issue_before_date: re.Pattern  # `trước `, `kể từ ` right before a date: a deadline's or an effect's
    letter_words: frozenset[str]  # folded `công văn`: its symbol opens with the issuer's code
    lower_case_name: re.Pattern  # `chương trình mục tiêu quốc gia`: a name in lower case too
    name_end: re.Pattern  # where a subject (trích yếu) ends
    named_end: re.Pattern  # where a named instrument's unquoted name ends
    list_head: re.Pattern  # `các Luật:`, `các Nghị quyết của Quốc hội:`: a list of numbers of one type
    law_name_end: re.Pattern
    plan_qualifier: re.Pattern  # folded: what may follow a plan's name without naming another plan
    law_name_phrase: re.Pattern  # `theo phương thức ...`: lower-case words that belong to a law's name
    law_name_run_ons: frozenset[str]  # words that never go on with a law's name (`không`, `kèm`)
    run_ons_after_law_names: frozenset[str]  # those and the words that go on from no cited law's name (`chuyển giao`)
    bare_law: re.Pattern  # `Luật trình Quốc hội ...`, `Luật chỉ ...`: the law spoken of, not a name
    parts_by_number: frozenset[str]  # type words whose bare number is a programme's part (`Dự án 2`)
    comma_goes_on: re.Pattern
    body: re.Pattern


@lru_cache(maxsize=None)
def _misread_class(c: str) -> str:
    """`ậ` -> `[aáàảãạăắằẳẵặâấầẩẫậ]`: the letters OCR and typing mistake for a vowel or `đ`
    (a lost or wrong tone or hat: `Luât`, `Nghi định`, `Quyêt định`); other characters as they are."""
    if not c.isalpha():
        return re.escape(c)
    letters = _UPPER + "AEIOUYD" if c.isupper() else _UPPER.lower() + "aeiouyd"
    same = "".join(sorted({x for x in letters if fold(x) == fold(c)}))
    return f"[{same}]" if len(same) > 1 else re.escape(c)


def _tolerant(word: str, initial_either_case: bool = False) -> str:
    """A type word's pattern that forgives misread vowels and `đ` after its first letter, and
    for a word after the first its initial in either case (`Bộ Luật`, `Nghị Quyết`)."""
    initial = f"[{re.escape(word[0].upper())}{re.escape(word[0].lower())}]" if initial_either_case else re.escape(word[0])
    return initial + "".join(_misread_class(c) for c in word[1:])


def _alternation(phrases, word_start: bool = False, capital: bool = False, tolerant: bool = False) -> str:
    r"""Phrases longest first, first letter in either case, any whitespace between words.

    The pattern starts with one character class of all initials and then dispatches on the
    initial (`[TtCc](?:(?<=[Tt])(?:hông\s+tư|...)|(?<=[Cc])...)`), so that the regex engine
    rejects most positions of a long text on that class instead of trying every phrase.
    `word_start` adds a check, right after that class, that no letter comes before; `capital`
    keeps only capitalised phrases, whose initials are rare enough to make a fast scan;
    `tolerant` forgives misread vowels after the initial (OCR of signed PDFs: `Luât`, `Chỉ thi`)
    and a capital opening a later word (`Bộ Luật Dân sự`).
    """
    by_initial: dict[str, list[str]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):
        escaped = r"\s+".join(_tolerant(w, i > 0) if tolerant else re.escape(w) for i, w in enumerate(p.split()))
        by_initial.setdefault(p[0], []).append(escaped[len(re.escape(p[0])):])
    cases = {c for i in by_initial for c in ((i.upper(),) if capital else (i, i.upper(), i.lower()))}
    initials = "".join(sorted(re.escape(c) for c in cases))
    branches = [f"(?<=[{re.escape(i.upper())}{re.escape(i.lower())}])(?:{'|'.join(rests)})"
                for i, rests in by_initial.items()]
    start = f"(?<!\\w[{initials}])" if word_start else ""
    return f"(?:[{initials}]{start}(?:{'|'.join(branches)}))"


def _lower_case(phrases) -> str:
    """Phrases longest first, exactly as written (lower case), any whitespace between words:
    a law's name is capitalised, so `Luật Tổ chức Chính phủ` goes on where `... tổ chức` ends."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=None)
def _word_key(printed: str) -> str:
    """Folded type word as printed (`Thông\ntư` -> `thong tu`), the key of `_Vocabulary.words`."""
    return fold(" ".join(printed.split()))


@lru_cache(maxsize=None)
def _vocabulary() -> _Vocabulary:
    types = data.load("doc_types.json")
    issuers = data.load("issuers.json")
    words = _alternation(types["words"], tolerant=True)
    codes = dict(types["codes"])
    codes.update({k.upper(): v for k, v in types["codes"].items() if k.upper() not in codes})
    starters = _alternation(types["clause_starters"])
    bodies = _alternation(list(issuers["bodies"]) + list(issuers["codes"].values()))
    # `Chiến lược ... được ban hành kèm theo Quyết định 512/QĐ-BTTTT`: the name ends where the
    # instrument that issued or approved it is named.
    issued_with = rf"\s+(?:đã\s+)?(?:được\s+)?(?:{_lower_case(data.load('requirement_phrases.json')['approved_by'])})(?!\w)"
    # A table's next cell (PDF text: a tab or a wide gap) is no longer the name, nor is a next line
    # that opens with a person's title (`... trong lĩnh vực Văn hóa\nGiám đốc Trung tâm ...`), unless
    # a title broke over the line (`Phó\nThủ tướng`).
    next_cell = r"\t|[ ]{3,}"
    titles = data.load("positions.json")["positions"] + data.load("positions.json")["ranks"]
    title_starts = "".join(rf"(?<!{re.escape(w)})" for w in {t.split()[0] for t in titles if " " in t})
    title_line = rf"{title_starts}[ \t]*\n\s*(?=(?:{_lower_case(titles)})(?!\w))"
    name_end = (rf"{_NAME_PUNCTUATION}|{issued_with}|{next_cell}|(?:,|\s+và|\s+hoặc)\s+(?:{starters}|các|những|{words})(?!\w)"
                rf"|,\s+(?=[{_UPPER}])"  # `..., Phó Thủ tướng cho rằng`: a new subject
                rf"|\s+(?={_SO}\s*:?\s*\d)")  # `Báo cáo thẩm tra số 117/BC-BĐT`: the number's own citation
    return _Vocabulary(
        words={fold(w): c for w, c in types["words"].items()},
        codes=codes,
        named=frozenset(fold(w) for w in types["named_types"]),
        subject_named=frozenset(fold(w) for w in types["subject_named_types"]),
        name_must_start={fold(w): re.compile(rf"\s+(?:{_lower_case(starts)})(?!\w)")
                         for w, starts in types["name_must_start"].items()},
        issued_with_numbered=re.compile(rf"{issued_with}\s+(?:{words})\s+(?:{_SO}\s*:?\s*)?\d{{1,5}}/"),
        named_alone=frozenset(fold(w) for w in types["named_alone"]),
        named_by_subject=frozenset(fold(w) for w in types["name_must_say_about"]),
        kinds_not_names=re.compile(rf"(?:{longest_first(fold(w) for w in types['kinds_not_names'])})"
                                   r"(?:$|\s+(?:duoc|phai|la|cua|cho|theo|do|gom|da|se|can)\b)"
                                   rf"|(?:{longest_first(fold(w) for w in types['not_documents'])})(?!\w)"),
        to_be_issued=re.compile(rf"(?<!\w)(?:{_lower_case(types['to_be_issued_after'])})\s+(?:các\s+)?$", re.I),
        issued_later=re.compile(rf"[*_]*\s+(?:{_lower_case(types['to_be_issued_before'])})(?!\w)"),
        year_in_name=frozenset(fold(w) for w in types["year_in_name"]),
        issuer_codes=issuers["codes"],
        issuer_spelling={code.upper(): code for code in issuers["codes"]},
        numbered_issuers=issuers["numbered"],
        head=re.compile(rf"(?:(?<!\w)(?P<word>{words})\s*)?(?:(?<!\w)(?P<so>[Ss]{_SO[1:]}|SỐ)\s*:?\s*)?$"),
        # `Chương trình hành động của Chính phủ thực hiện ...`, `... của Ban Thường vụ Thành ủy về triển khai ...`
        carries_out=re.compile(rf"(?:\s+hành động)?(?:\s+của\s+[^,;.()\n]{{2,60}}?)?(?:\s+về)?\s+(?:{_lower_case(data.load('requirement_phrases.json')['requires'])})"
                               rf"\s+(?:các\s+)?(?:{words})(?!\w)"),
        english_head=re.compile(rf"(?<!\w)(?P<word>{_lower_case(types['english_words'])})\s+(?:No\.?|Number)\s*:?\s*$"),
        english_words=types["english_words"],
        capital_word=re.compile(rf"{_alternation(types['words'], word_start=True, capital=True, tolerant=True)}(?!\w)"),
        word_before=re.compile(rf"(?<!\w)(?:{words})\s+$"),
        # not an item's number opening the next line: `Triển khai thực hiện Quy chế` / `1. Chánh Văn phòng ...`
        short_number=re.compile(
            rf"\s*(?:(?P<so>{_SO})\s*:?\s*)?(?!(?<=\n)\d{{1,5}}[.)]\s)(?P<n>\d{{1,5}})(?![\w/\-]|[.,]\d|\s*/)"
            rf"(?!\s+(?:{_alternation(types['quantity_words'])})(?!\w)(?!\s+{_YEAR}))"),
        alias=re.compile(rf"\s*\(\s*(?P<a>(?:{words})\s+(?:số\s+)?(?P<n>\d{{1,5}}))\s*\)"),
        generic_before=re.compile(rf"(?<!\w)(?:{_alternation(types['generic_determiners'])}"
                                  rf"|{_alternation(types['body_heads_before_types'], capital=True)})\s+$"),
        not_a_name=re.compile(rf"\s+(?:{_lower_case(types['not_a_name'])})(?!\w)"),
        lower_case_name=re.compile(
            rf"(?P<word>{at_word_start(sorted({' '.join(p.split()[:2]) for p in types['lower_case_names']}, key=len, reverse=True), spaced)})"
            rf"(?=\s+(?:{_lower_case(' '.join(p.split()[2:]) for p in types['lower_case_names'])})(?!\w))"),
        issue_gap=re.compile(rf"\s*,?\s*[^.;:!?\n]{{2,150}}?\s+(?:(?:đã|vừa|mới)\s+)?(?:{_lower_case(types['issue_verbs'])})\s+$"),
        not_issue_sentence=re.compile(rf"(?<!\w)(?:{_lower_case(types['not_issue_sentence'])})(?!\w)", re.I),
        not_issue_before_date=re.compile(rf"(?<!\w)(?:{_lower_case(types['not_issue_before_date'])})\s*$", re.I),
        letter_words=frozenset(fold(w) for w in types["letter_words"]),
        # `Mẫu số 03, 04 và 06/BHYT-QĐ`, glued `theomẫu số 05/KK-TNCN`
        form_before=re.compile(rf"(?:(?<!\w)(?:{_alternation(types['form_words'])})|mẫu)\s+(?:số\s*:?\s*)?"
                               rf"(?:\d{{1,3}}[a-z]?\s*(?:,|và|hoặc)\s*(?:số\s*)?)*$"),
        # one verb, or verbs of carrying out, with no object (`Kế hoạch triển khai thực hiện trên địa bàn tỉnh`)
        predicate_after=re.compile(rf"\s+(?:[^\W\d_]+\s+[^\W\d_]+|{_lower_case(data.load('requirement_phrases.json')['requires'])})"
                                   rf"\s+(?:{_lower_case(types['name_prepositions'])})(?!\w)"),
        name_end=re.compile(name_end),
        named_end=re.compile(rf"{title_line}|\s+(?:{_lower_case(types['addressing_verbs'])})\s+(?=[{_UPPER}])"
                             rf"|\s+(?:{_lower_case(types['plan_name_enders'])})(?!\w)|{name_end}"),
        list_head=re.compile(rf"(?<!\w)[Cc]ác\s+(?P<word>{words})(?:\s+của\s+[^:;.\n]{{2,60}}?)?\s*:"),
        plan_qualifier=re.compile(rf"(?:{'|'.join(re.escape(fold(q)) for q in sorted(types['plan_name_qualifiers'], key=len, reverse=True))})(?!\w)"),
        law_name_phrase=re.compile(rf"(?:{_lower_case(types['law_name_phrases'])})(?!\w)"),
        law_name_run_ons=frozenset(types["law_name_run_ons"]),
        run_ons_after_law_names=frozenset(types["law_name_run_ons"] + types["words_after_law_names"]["words"]),
        bare_law=re.compile(rf"\s+(?:{_lower_case(types['bare_law_predicates'] + types['law_name_run_ons'])})(?!\w)"),
        parts_by_number=frozenset(_word_key(w) for w in types["parts_by_number"]),
        law_name_end=re.compile(
            rf"{_NAME_PUNCTUATION}|{issued_with}|{next_cell}|{title_line}|!|\.(?!\d)|\s+(?:{_SO}\s*:?\s*)?\d{{1,5}}/|\s+(?!(?:{_lower_case(types['law_name_phrases'])})(?!\w))(?:{_lower_case(types['law_name_enders'])})(?!\w)"
            rf"|\s+(?:và|hoặc)\s+(?:(?:{words})(?!\w)|(?=[{_UPPER}]))"
            # a heading without final punctuation, then the next sentence: `... Cảnh sát môi trường\nNgày 21/11`
            rf"|[ \t]*\n\s*(?=(?:{_lower_case(w[0].upper() + w[1:] for w in types['law_name_enders'] + types['clause_starters'] + ['ngày', 'căn cứ'])})(?!\w))"),
        comma_goes_on=re.compile(
            rf"\s*(?:(?:{_lower_case(types['name_comma_continuations'])})(?!\w)"
            rf"|(?!(?:{_lower_case(types['law_name_enders'] + types['clause_starters'])})(?!\w))(?=[^\W\d_])(?![{_UPPER}]))"),
        body=re.compile(rf"(?:{bodies})(?!\w)"),
    )


@dataclass
class _Found:
    """A mention being built, with the offsets that decide lists and overlaps."""

    mention: InstrumentMention
    head_start: int  # where the type word (or `số`, or the number) starts
    core_end: int  # end of number, date, year and issuer: a following list item starts here
    word: Optional[str]  # folded type word as printed, if any
    code_issuer: Optional[str]
    said_issuer: Optional[str]
    said_year: Optional[int]


# A number of six digits or more before a symbol (`872024/NĐ-CP` for 87/2024, a pasted code) is no
# instrument's number: _REF reads at most five, so this one is reported instead of dropped unsaid.
_OVERLONG_NUMBER = re.compile(rf"(?P<n>[0-9](?<![\w/.\-][0-9])\d{{5,}})\s?/\s?[{_UPPER}][{_UPPER}0-9\-]*")


def overlong_numbers(text: str) -> list[str]:
    """Why each over-long document number is not read as one.

    >>> overlong_numbers("Nghị định số 872024/NĐ-CP")
    ['872024/NĐ-CP is not a document number: 6 digits (at most 5)']
    """
    return [f"{m.group()} is not a document number: {len(m['n'])} digits (at most 5)"
            for m in _OVERLONG_NUMBER.finditer(text)]


def find_instruments(text: str, dates: list[DateMention] | None = None,
                     organizations: list[OrganizationMention] | None = None) -> list[InstrumentMention]:
    """Every instrument cited in `text`, in text order, each with its span and surface.

    `dates` are find_dates(text) and `organizations` find_organizations(text) when the caller
    already has them (the issuer after `của` is then read from the bodies found). Types come from the symbol's
    type code, else from the type word, else CV for a công văn number (`3509/VPCP-V.I`); the year
    from a normative number (`66/2026/NĐ-CP`), else from the stated date or `năm YYYY`; a short
    form (`Chỉ thị 18`) keeps year None unless it states one.

    >>> [(m.type, m.number, m.symbol, m.year) for m in find_instruments(
    ...     "Công điện số 40/CĐ-TTg và Công điện số 41/CĐ-TTg ngày 17/4/2025")]
    [('CĐ', '40', 'CĐ-TTg', 2025), ('CĐ', '41', 'CĐ-TTg', 2025)]
    """
    vocab = _vocabulary()
    ctx = _Context({d.span.start: d for d in (find_dates(text) if dates is None else dates)},
                   None if organizations is None else {o.span.start: o for o in organizations})
    numbered = _numbered_citations(text, vocab, ctx)
    _date_issue_sentences(text, numbered, vocab, ctx)
    _share_across_lists(text, numbered)
    spoken = _word_citations(text, vocab, ctx, numbered)
    found = _read_numbered_titles(text, sorted(numbered + spoken, key=lambda f: f.mention.span.start))
    if organizations:
        _issuers_before(text, found, organizations)
    return [_finish(f, vocab) for f in found if not _form_example(text, f)]


def _read_numbered_titles(text: str, found: list[_Found]) -> list[_Found]:
    """`Thông tư số 03/2022/TT-BNNPTNT ... quy định chi tiết một số điều của Luật Thủy lợi ngày
    16/06/2022`: the date after a title is the numbered instrument's whose title it ends, not that
    of the law the title names (which keeps a year its own name prints: `Luật ... năm 2015`). And
    `Luật số 44/2019/QH14 Luật phòng, chống tác hại của rượu, bia` is one law, its name after it,
    as is `Kế hoạch 684/KH-SGDĐT năm 2025 về Kế hoạch tuyển sinh ...`: a title that restates the type."""
    out: list[_Found] = []
    head: Optional[_Found] = None  # the last numbered citation whose title may still run on
    for f in found:
        m = f.mention
        if m.number:
            head = f
            out.append(f)
            continue
        gap = text[head.core_end:f.head_start] if head is not None else None
        if head is not None and head.mention.type == m.type in _LAW_TYPES and not head.mention.name \
                and gap.strip() == "" and m.name:  # `Luật số 44/2019/QH14 Luật phòng, chống ...`
            name = re.sub(rf"^(?:{_LAW_WORDS})\s+", "", m.name)
            head.mention.name = re.sub(rf"\s+(?:năm\s+)?{m.year}$", "", name) if m.year else name
            if m.date and head.mention.date is None and head.mention.year in (None, int(m.date[:4])):
                head.mention.date = m.date
            continue
        if head is not None and m.type == head.mention.type and m.name and _RESTATED_TITLE.fullmatch(gap):
            # `Kế hoạch 684/KH-SGDĐT năm 2025 về Kế hoạch tuyển sinh đầu cấp ...`: the plan's own title
            head.mention.name = head.mention.name or m.name
            continue
        if head is not None and m.date and m.type in _LAW_TYPES and head.mention.date is None \
                and len(gap) <= _TITLE_REACH and _TITLE_OPENS.match(gap) and not _TITLE_BREAK.search(gap) \
                and (head.mention.year is None or head.mention.year == int(m.date[:4])):
            head.mention.date, head.mention.year = m.date, int(m.date[:4])
            own_year = re.search(rf"(?<!\d){m.year}$", m.name or "") if m.year else None
            f.mention = replace(m, date=None, year=m.year if own_year else None)
        out.append(f)
    return out


_TITLE_REACH = 300
_RESTATED_TITLE = re.compile(rf"[ \t]*(?:năm[ \t]+{_YEAR}[ \t]*)?,?[ \t]*(?:[Vv]ề|V/v)(?:[ \t]+việc)?[ \t]+")
_TITLE_OPENS = re.compile(r"\s*,?\s*(?:(?:[Vv]ề|V/v)(?:\s+việc)?|quy định|hướng dẫn|sửa đổi|bổ sung|ban hành|phê duyệt|"
                          r"[Ll]uật|[Bb]ộ luật)\b")
_TITLE_BREAK = re.compile(r"[;()\n]|\.\s")


def _issuers_before(text: str, found: list[_Found], organizations: list[OrganizationMention]) -> None:
    """`Ngày 30/11/2025, UBND tỉnh Thanh Hóa ban hành Quyết định 3728/QĐ-UBND ...`: the body that
    issues the instrument, named before it, says which of the many bodies a shared code
    (`QĐ-UBND`) stands for, when the text names none after it and the two agree."""
    ends = {o.span.end: o for o in organizations}
    for f in found:
        if f.said_issuer or not _shared_code(f.mention.symbol):
            continue
        verb = _ISSUES_BEFORE.search(text, max(0, f.head_start - 40), f.head_start)
        body = ends.get(verb.start()) if verb else None
        if body and (f.code_issuer is None or _issuer_key(body.name).startswith(_issuer_key(f.code_issuer))):
            f.said_issuer = body.name


_ISSUES_BEFORE = re.compile(r"[ \t]+(?:(?:đã|vừa|mới|cũng)[ \t]+)?(?:(?:ký[ \t]+)?ban hành|thông qua)[ \t]+$")


# `(ví dụ: Số: 15/2017/TLST-LĐ)`: a form's instructions show how a number is written, citing nothing.
_FORM_EXAMPLE = re.compile(r"\b(?:ví|Ví|VÍ) (?:dụ|DỤ)\s*:?\s*(?:(?:Số|SỐ)\s*:?\s*)?$")
_NUMBER_WORD = re.compile(r"(?:Số|SỐ)\b")


def _form_example(text: str, f: _Found) -> bool:
    """A number shown after `ví dụ: Số:` (the type word of an example may be a real citation's)."""
    start = f.mention.span.start
    if not (_NUMBER_WORD.match(text, start) or text[start:start + 1].isdigit()):
        return False
    return _FORM_EXAMPLE.search(text, max(0, start - 20), start) is not None


@dataclass(frozen=True)
class _Context:
    """What is already known about the text: dates by where they start and, when the caller has
    run the organisation finder, bodies by where they start (so `của <body>` is read from it)."""

    dates: dict[int, DateMention]
    bodies: Optional[dict[int, OrganizationMention]]


_FORM_REACH = 60  # characters: `Mẫu số 03, 04, 05 và ` before a form's code
_FORM_LIST_GAP = re.compile(r"\s*(?:[,;]|và|hoặc)\s*(?:số\s*:?\s*)?")
_CELL_BEFORE = re.compile(r"[|\t][ ]*$")
_CELL_AFTER = re.compile(r"[ ]*(?:[|\t]|$)", re.M)


def _numbered_citations(text: str, vocab: _Vocabulary, ctx: _Context) -> list[_Found]:
    out: list[_Found] = []
    refs = list(_REF.finditer(text))
    form_end, form_symbol = -1, ""  # the last form's code: `Mẫu số 03/TSTL-BC, 04/TSTL-BC` lists forms
    for i, ref in enumerate(refs):
        head = vocab.head.search(text, max(0, ref.start() - 40), ref.start())
        head_start = head.start() if head and (head["word"] or head["so"]) else ref.start()
        word = _word_key(head["word"]) if head and head["word"] else None
        english = None if word else vocab.english_head.search(text, max(0, ref.start() - 30), ref.start())
        if english:
            head_start = english.start()
        number, spaced_year = ref["num"], None
        spaced = _NUMBER_BEFORE_YEAR.search(text, max(0, ref.start() - 8), ref.start()) \
            if not (head and head["word"]) and re.fullmatch(_YEAR, number) and ref["sym"] else None
        spaced_head = vocab.head.search(text, max(0, spaced.start() - 40), spaced.start()) if spaced else None
        if spaced_head and spaced_head["word"]:  # `Thông tư 16 2025/TT-BTC`: number, a space, its year
            head, number, spaced_year = spaced_head, spaced["n"], ref["num"]
            head_start = head.start()
            word = _word_key(head["word"])
        if ref["osym"] and not (head and head["word"]):
            continue  # `số 61-CP` with no type word: a code, a ratio, a range
        symbol = _clean_symbol(ref["sym"] or ref["psym"] or ref["osym"], vocab)
        limit = refs[i + 1].start() if i + 1 < len(refs) else len(text)
        tail = _read_tail(text, ref.end(), limit, vocab, ctx, titled=bool(ref["year"] or ref["psym"]),
                          bare_year=not ref["year"])
        letter = word in vocab.letter_words and _is_cong_van(symbol, ref) and _first_code(symbol) in vocab.issuer_codes
        kind = "CV" if letter else \
            _type_code(symbol, vocab) or vocab.words.get(word) or (vocab.english_words[" ".join(english["word"].split())] if english else None) \
            or ("CV" if _is_cong_van(symbol, ref) else None)
        if kind is None and not ref["year"]:
            continue  # `2-II/ATBXHN` and the like: neither word, code nor normative number
        if word is None and (vocab.form_before.search(text, max(0, ref.start() - _FORM_REACH), ref.start())
                             or _FORM_LIST_GAP.fullmatch(text, form_end, ref.start()) and not tail.date
                             and (symbol == form_symbol or _first_code(symbol) not in vocab.issuer_codes)):
            form_end, form_symbol = ref.end(), symbol
            continue  # `Mẫu số 07/TSC-HĐ`: a form's code, and the codes listed after it
        if word is None and kind == "CV" and _first_code(symbol) not in vocab.issuer_codes \
                and _CELL_BEFORE.search(text, max(0, ref.start() - 3), ref.start()) and _CELL_AFTER.match(text, ref.end()):
            continue  # `| 01/TK-SDDPNN |`: a bare code no issuer's alone in a table's cell, a form's
        # `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15`: the `luật` that ends the name
        # is no head; the name stands before the number with its own type word.
        in_name = kind in _LAW_TYPES and head is not None and bool(head["word"]) and head["word"][0].islower()
        named = _named_law_before(text, ref.start()) if kind is None or in_name else None
        if named:
            word, head_start, tail.name = _word_key(named["word"]), named.start(), _one_line(named["name"])
            kind = vocab.words.get(word)
        if kind is None and head is not None and head["so"]:
            listed = _listed_type(text, ref.start(), vocab)  # `các Nghị quyết của Quốc hội: số 55/...; số 28/...`
            if listed:
                word, kind = listed, vocab.words[listed]
        date = tail.date
        year = int(ref["year"] or spaced_year or _trailing_year(symbol) or 0) or (int(date[:4]) if date else tail.year)
        mention = InstrumentMention(
            type=kind,
            number=number, symbol=symbol, year=year, date=date,
            span=Span(head_start, tail.core_end), surface=text[head_start:tail.core_end], name=tail.name)
        out.append(_Found(mention, head_start, tail.core_end, word, _issuer_of_symbol(symbol, vocab, letter),
                          tail.issuer, tail.year))
    return out


_NUMBER_BEFORE_YEAR = re.compile(r"(?<![\w/])(?P<n>\d{1,5})[ ]+$")


# A name may be broken over lines (text taken from PDF), never over a blank line.
def _listed_type(text: str, number_start: int, vocab: _Vocabulary) -> Optional[str]:
    """The type word of a list's head that a `số ...` item falls under (`Căn cứ các Luật: số
    57/2024/QH15 ...; số 90/2025/QH15 ...`, `các Nghị quyết của Quốc hội: số ...`): the last
    such head before it in the same paragraph, with no sentence's end between."""
    window = text[max(0, number_start - 400):number_start]
    heads = list(vocab.list_head.finditer(window))
    if not heads or re.search(r"\n\s*\n|\.\s", window[heads[-1].end():]):
        return None
    return _word_key(heads[-1]["word"])


# The type words that a name before a number may open with; the first three are laws'.
_LAW_WORDS = "Bộ luật|Luật|Pháp lệnh"
_NAMED_BEFORE_WORDS = f"{_LAW_WORDS}|Nghị quyết"
_LAW_BEFORE = re.compile(rf"(?P<word>{_NAMED_BEFORE_WORDS})\s+(?P<name>(?:[^,;.()\n/]|\n(?!\s*\n)){{2,90}}?"
                         rf"(?:,\s+(?:[^,;.()\n/]|\n(?!\s*\n)){{2,90}}?)*)\s+(?:{_SO}\s*:?\s*)?$")
_LAW_WORD = re.compile(_NAMED_BEFORE_WORDS)
# What shows that a name before a number is not one instrument's: a date (another citation ends
# there), or a type word that is not one of the laws an amending law lists (`... của Luật Quy
# hoạch, Luật Đầu tư và Luật Đấu thầu`) but, say, an article's (`Điều 23 Luật ...`), or `này`
# (`Luật này có hiệu lực ... của Luật Nhập cảnh ...`), or a list's head (`các Nghị quyết của Quốc hội:`).
_NOT_ONE_NAME = re.compile(rf"^(?:này|của)\b|:$|\b(?:ngày\s+\d|năm\s+{_YEAR})|(?<!của)(?<!điều)(?<!,)(?<!và) (?:{_NAMED_BEFORE_WORDS})\b")


def _named_law_before(text: str, number_start: int) -> Optional[re.Match]:
    """`Luật Quản lý thuế số 38/2019/QH14`: the type word and the name stand before the number;
    the first type word whose name runs up to the number as one name does (`Luật Sửa đổi, bổ
    sung một số điều của Luật Ban hành ... số 87/2025/QH15` is the amending law)."""
    amending = _AMENDING_LAW_WORD.search(text, max(0, number_start - _AMENDING_TITLE_REACH), number_start)
    words = ([amending] if amending else []) + list(_LAW_WORD.finditer(text, max(0, number_start - 160), number_start))
    for word in words:
        m = _LAW_BEFORE.match(text, word.start(), number_start)
        if m and not _NOT_ONE_NAME.search(_one_line(m["name"])):
            return m
    return None


# An amending law's title lists the laws it amends before its number (`Luật sửa đổi, bổ sung một
# số điều của Luật Chứng khoán, ..., Luật Xử lý vi phạm hành chính số 56/2024/QH15`): nine names
# run past the reach of other names.
_AMENDING_LAW_WORD = re.compile(r"Luật\s+[Ss]ửa\s+đổi(?=[\s,])")
_AMENDING_TITLE_REACH = 450


def _trailing_year(symbol: str) -> Optional[str]:
    """`PLYK/2025`: a symbol that ends with its year."""
    m = re.search(rf"/({_YEAR})$", symbol)
    return m[1] if m else None


def _is_cong_van(symbol: str, ref: re.Match) -> bool:
    """`3509/VPCP-V.I`, `73/TTg-CN`: issuer then drafting unit, no type code, no year."""
    return bool(ref["sym"]) and not ref["year"] and "-" in symbol


_MISREAD_LEGISLATURE = re.compile(r"^[O0]H(\d{1,2})$")


def _clean_symbol(raw: str, vocab: _Vocabulary) -> str:
    """The symbol as printed, NFC, with a diacritic-free type code spelled officially."""
    symbol = re.sub(r"\s+", "", nfc(raw)).replace("–", "-")
    symbol = _MISREAD_LEGISLATURE.sub(r"QH\1", symbol)  # `22/2023/OH15`: O or 0 for Q
    first, sep, rest = re.match(r"([^-/]*)([-/]?)(.*)", symbol).groups()
    official = vocab.codes.get(first) or vocab.codes.get(first.upper())
    if sep and official and fold(official) == fold(first):  # QD -> QĐ, but L stays L
        first = official
    elif not official:  # a công văn starts with its issuer (`73/TTG-CN`)
        first = vocab.issuer_spelling.get(first.upper(), first)
    # Issuer codes in their official case (`TTG` -> `TTg`, `Cp` -> `CP`), so that one instrument
    # printed in two cases is one instrument.
    rest = re.sub(r"[^-/.]+", lambda seg: vocab.issuer_spelling.get(seg[0].upper(), seg[0]), rest)
    return first + sep + rest


def _first_code(symbol: str) -> str:
    return re.split(r"[-/]", symbol, maxsplit=1)[0]


def _type_code(symbol: str, vocab: _Vocabulary) -> Optional[str]:
    """Type from the symbol's leading code (`CT-TTg` -> CT, `NQ/TW` -> NQ, `QH14` -> None)."""
    first = _first_code(symbol)
    if first == symbol:
        return None
    return vocab.codes.get(first) or vocab.codes.get(first.upper())


def _issuer_of_symbol(symbol: str, vocab: _Vocabulary, letter: bool = False) -> Optional[str]:
    """Canonical issuer from the codes after the type code; joint issuers joined by `, `.
    A `letter`'s (công văn's) symbol opens with its issuer's code (`CT-CS`: Cục Thuế)."""
    parts = re.split(r"[-/]", symbol)
    if not letter and (vocab.codes.get(parts[0]) or vocab.codes.get(parts[0].upper())):
        parts = parts[1:]
    elif len(parts) > 1:
        parts = parts[:1]  # công văn: issuer, then the drafting unit
    names = [n for n in (_issuer_name(p, vocab) for p in parts) if n]
    return ", ".join(names) if names else None


def _issuer_name(code: str, vocab: _Vocabulary) -> Optional[str]:
    if code in vocab.issuer_codes:
        return vocab.issuer_codes[code]
    m = re.fullmatch(r"([A-Za-zĐ]+?)(\d{1,2})", code)
    if m and m[1] in vocab.numbered_issuers:
        return vocab.numbered_issuers[m[1]].format(term=_roman(int(m[2])))
    return None


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


@dataclass
class _Tail:
    core_end: int
    date: Optional[str] = None
    year: Optional[int] = None  # from `năm YYYY` after the number
    issuer: Optional[str] = None
    name: Optional[str] = None


def _read_tail(text: str, pos: int, limit: int, vocab: _Vocabulary, ctx: _Context,
               titled: bool, bare_year: bool = False) -> _Tail:
    """Date, `năm YYYY`, `của <body>` and subject that follow a number, in that order.

    Laws and Party documents may put their title between number and date (`Luật số
    24/2018/QH14 An ninh mạng ngày 12/06/2018`): `titled` looks for it. `bare_year` also
    reads a year printed without `năm` (`1569/QĐ-TTg 2024`), for a symbol without its own year.
    """
    tail = _Tail(pos)
    title = _TITLE_BEFORE_DATE.match(text, pos, limit) if titled else None
    if title:
        tail.name, pos = _one_line(title["t"]), title.end()
    intro = _DATE_INTRO.match(text, pos, limit)
    if intro and intro.end() in ctx.dates:
        mention = ctx.dates[intro.end()]
        tail.date, pos = mention.iso, mention.span.end
    else:
        year = _YEAR_TAIL.match(text, pos, limit) or _BLANK_DAY_DATE.match(text, pos, limit) \
            or (_BARE_YEAR.match(text, pos, limit) if bare_year else None)
        if year:
            tail.year, pos = int(year["y"]), year.end()
            # `23-CT/TW năm 2023 ngày 25 tháng 5 năm 2023`: a page's year, then the signing date
            dated = _DATE_INTRO.match(text, pos, limit)
            if dated and dated.end() in ctx.dates and ctx.dates[dated.end()].iso:
                mention = ctx.dates[dated.end()]
                tail.date, pos = mention.iso, mention.span.end
    tail.core_end = pos
    body = _body_after_of(text, pos, limit, vocab, ctx)
    if body:
        tail.issuer, pos = body
        tail.core_end = pos
    if tail.name is None:
        tail.name = _subject_after(text, pos, limit, vocab)
    return tail


def _body_after_of(text: str, pos: int, limit: int, vocab: _Vocabulary, ctx: _Context) -> Optional[tuple[str, int]]:
    """(`Văn phòng Chính phủ`, end) for `, của Văn phòng Chính phủ` at pos, else None."""
    of = _OF.match(text, pos, limit)
    if not of:
        return None
    known = vocab.body.match(text, of.end(), limit)
    if not known:
        return None
    gazetteer = _organization_at(text, of.end(), limit, ctx)
    if gazetteer:
        return gazetteer
    end, prev_capital = known.end(), True
    while token := _TOKEN.match(text, end, min(limit, known.end() + 60)):
        word = token[1]
        if word[0].isupper() or word.isdigit() or word in ("tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "khóa", "và"):
            prev_capital = word[0].isupper()
        elif prev_capital and word.isalpha() and not vocab.not_a_name.match(text, token.start()):
            prev_capital = False  # second syllable of a capitalised word: `Tài chính`, `Y tế`
        else:
            break
        end = token.end()
    body = _one_line(text[of.end():end])
    if body.endswith(" và"):
        body, end = body[:-3], end - 3
    first, _, rest = body.partition(" ")
    if first in vocab.issuer_codes and rest:
        body = f"{vocab.issuer_codes[first]} {rest}"
    return body, end


def _organization_at(text: str, pos: int, limit: int, ctx: _Context) -> Optional[tuple[str, int]]:
    """The body the organisation finder sees right at `pos` (`Ủy ban nhân dân tỉnh Lào Cai`)."""
    if ctx.bodies is not None:
        found = [ctx.bodies[pos]] if pos in ctx.bodies else []
    else:
        from luocdo.extract.organizations import find_organizations

        found = [o for o in find_organizations(text[pos:min(limit, pos + 160)]) if o.span.start == 0]
        found = [replace(o, span=Span(pos + o.span.start, pos + o.span.end)) for o in found]
    if not found:
        return None
    longest = max(found, key=lambda o: o.span.end)
    return longest.name, longest.span.end


def _subject_after(text: str, pos: int, limit: int, vocab: _Vocabulary) -> Optional[str]:
    """The trích yếu after a citation: a quoted title or `về ...`, trimmed at a sensible end."""
    quoted = _QUOTED.match(text, pos, limit)
    if quoted:
        return _strip_about(_one_line(quoted["q"]))
    intro = _SUBJECT_INTRO.match(text, pos, limit)
    if not intro:
        return None
    start = intro.end()
    end = _name_end(text, start, min(limit, start + _MAX_NAME), vocab.name_end)
    if _AMENDS_A_LAW.search(text, start, end):  # `về sửa đổi, bổ sung một số điều của Luật A, Luật B`
        end = _through_amended_laws(text, end, min(limit, start + 3 * _MAX_NAME), vocab)
    name = _one_line(text[start:end]).rstrip(" ,")
    return name if len(name.split()) >= 2 else None


def _one_line(text: str) -> str:
    """Words of a name that PDF extraction broke over lines, joined by single spaces."""
    return " ".join(text.split())


def _strip_about(title: str) -> str:
    return re.sub(r"^[Vv]ề\s+(?:việc\s+)?", "", title)


# What a name never ends with: a comma, or the `và` that joined it to the next instrument or
# clause (`Luật Công nghệ thông tin và Nghị định này ...`).
_TRAILING_JOIN = re.compile(r"(?:[\s,]+(?:và|hoặc))*[\s,]*$")


def _name_end(text: str, start: int, limit: int, pattern: re.Pattern) -> int:
    m = pattern.search(text, start, limit)
    if m:
        return m.start()
    if limit - start >= _MAX_NAME:
        return text.rfind(" ", start, limit) if " " in text[start:limit] else limit
    return limit


_SENTENCE_OPENING_DATE = re.compile(r"[\s*_>#•-]*(?:Vào\s+)?[Nn]gày\s+(?=\d)")
_DATE_WORD = re.compile(r"(?<!\w)[Nn]gày\s+(?=\d)")
# What may stand before a date that still dates the sentence's verb: a label or an opening
# clause closed by a colon or comma (`Trả lời:`, `Đồng thời,`, `Sau buổi làm việc ...,`), or
# the doer itself (`Phó Thủ tướng Lê Thành Long ngày 5/9/2025 đã ký ...`)
_CLOSED_OPENING = re.compile(r"[^\n]*[,:][\s*_]*")
_DOER_REACH = 60


def _issue_date_at(text: str, sentence: int, head: int, vocab: _Vocabulary) -> int:
    """Where the date of a sentence's issuing verb starts (-1 when none): a date opening the
    sentence, or the last date before the citation after a closed opening or a short doer, unless
    the words before it make it a deadline's or an effect's (`trước ngày`, `kể từ ngày`)."""
    opening = _SENTENCE_OPENING_DATE.match(text, sentence, head)
    if opening:
        return opening.end()
    last = None
    for last in _DATE_WORD.finditer(text, sentence, head):
        pass
    if last is None:
        return -1
    before = text[sentence:last.start()]
    if _CLOSED_OPENING.fullmatch(before):
        return last.end()
    if len(before) <= _DOER_REACH and not vocab.not_issue_sentence.search(before) \
            and not vocab.not_issue_before_date.search(before):
        return last.end()
    return -1


def _date_issue_sentences(text: str, found: list[_Found], vocab: _Vocabulary, ctx: _Context) -> None:
    """`Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số
    3280/UBND-VX`: a sentence that opens with a date and reports the issue or signing of the
    first instrument it names dates that instrument and the list it opens (`ban hành Quyết định số
    12/QĐ-UBND và Kế hoạch số 5/KH-UBND`), unless a number states another year."""
    previous_end, issued = 0, None
    for f in found:
        m, head = f.mention, f.head_start
        floor = max(head - 250, previous_end)  # searched back no further: a text without `. ` was N²
        sentence = max(text.rfind(". ", floor, head) + 1, text.rfind("\n", floor, head) + 1, floor)
        in_list = issued is not None and _LIST_JOINER.fullmatch(text, previous_end, head)
        previous_end = f.core_end
        if in_list:
            date = issued
        else:
            issued = None
            date = ctx.dates.get(_issue_date_at(text, sentence, head, vocab))
            if date is None or date.iso is None or not vocab.issue_gap.fullmatch(text, date.span.end, head) \
                    or vocab.not_issue_sentence.search(text, date.span.end, head):
                continue
            issued = date
        if m.date is None and (m.year is None or m.year == int(date.iso[:4])):
            m.date, m.year = date.iso, int(date.iso[:4])


def _share_across_lists(text: str, found: list[_Found]) -> None:
    """Items joined by `,`/`và` share the type word, and a trailing date, year or issuer.

    `Công điện số 40/CĐ-TTg và Công điện số 41/CĐ-TTg ngày 17/4/2025`: both are dated
    2025-04-17. A date is not shared with an item whose own number states another year.
    """
    groups: list[list[_Found]] = []
    for f in found:
        prev = groups[-1][-1] if groups else None
        if prev and prev.mention.name is None and _LIST_JOINER.fullmatch(text, prev.core_end, f.head_start):
            if f.word is None:
                f.word = prev.word
                if f.mention.type in (None, "CV") and prev.word:
                    f.mention.type = _vocabulary().words.get(prev.word, f.mention.type)
            groups[-1].append(f)
        else:
            groups.append([f])
    for group in groups:
        date, year, issuer = None, None, None
        for f in reversed(group):
            m = f.mention
            date, year, issuer = m.date or date, f.said_year or year, f.said_issuer or issuer
            same_kind = f.word is None or f.word == group[-1].word or _companions(m, group[-1].mention)
            if same_kind and m.date is None and date and (m.year is None or m.year == int(date[:4])):
                m.date, m.year = date, int(date[:4])
            if same_kind and m.year is None and year:
                m.year = year
            if f.said_issuer is None and issuer and _compatible(f.code_issuer, issuer):
                f.said_issuer = issuer


def _companions(m: InstrumentMention, last: InstrumentMention) -> bool:
    """`Tờ trình số 400/TTr-CP và Đề án số 401/ĐA-CP ngày 09 tháng 5 năm 2025`: papers of one
    body (the same code after the type's) whose numbers carry no year go out together, so the
    date after the last is theirs too, whatever their type words."""
    def issuer_code(symbol: Optional[str]) -> Optional[str]:
        return symbol.split("-", 1)[1] if symbol and "-" in symbol else None
    return m.year is None and issuer_code(m.symbol) is not None and issuer_code(m.symbol) == issuer_code(last.symbol)


def _compatible(code_issuer: Optional[str], said: str) -> bool:
    return code_issuer is None or fold(code_issuer) in fold(said) or fold(said) in fold(code_issuer)


def _word_citations(text: str, vocab: _Vocabulary, ctx: _Context,
                    numbered: list[_Found]) -> list[_Found]:
    """Short forms and named instruments, skipping type words that head a numbered citation."""
    taken = [(f.head_start, f.core_end) for f in numbered]
    starts = [s for s, _ in taken]
    out: list[_Found] = []
    skip_until, outer = 0, None
    for start, end in heapq.merge(_spans(vocab.capital_word.finditer(text)), _lower_words_before_so(text, vocab),
                                  _lower_case_names(text, vocab)):
        i = bisect_right(starts, start) - 1
        word = _word_key(text[start:end])
        inner = outer is not None and start < outer.core_end and word in vocab.year_in_name
        listed = i >= 0 and starts[i] < start < taken[i][1] and word in vocab.year_in_name \
            and _lists_amended_laws(numbered[i])
        if (start < skip_until and not inner) or (i >= 0 and start < taken[i][1] and not listed):
            continue
        if listed:  # `Luật sửa đổi ... của Luật Chứng khoán, ..., Luật Xử lý vi phạm hành chính số 56/2024/QH15`
            f = _named(text, start, end, word, vocab, ctx, in_title=True)
            if f:
                out.append(_inner_law(f, numbered[i]))
            continue
        f = _short_form(text, start, end, word, vocab, ctx) or _named(text, start, end, word, vocab, ctx) \
            or _named_by_subject(text, start, end, word, vocab, ctx)
        if f and inner:
            if _AMENDING_NAME.match(outer.mention.name) and not _NUMBERED_LAW_BEFORE.search(
                    text, max(0, outer.head_start - _NUMBERED_LAW_REACH), outer.head_start):
                continue  # `Luật sửa đổi, bổ sung một số điều của Luật A, Luật B`: A and B are its name
            f = _inner_law(f, outer)
        found = [f] if f else _law_list(text, start, end, word, vocab)
        if found:
            out.extend(found)
            skip_until = max(skip_until, found[-1].core_end)
            if f and not inner and f.mention.number is None and not f.mention.aliases:
                outer = f
    return out


# An amending law known by its name only (`Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán,
# Luật Kế toán, ...`, `Luật Phòng, chống thiên tai và Luật Đê điều sửa đổi 2020`): the laws it lists are its name, not citations of their own (the development
# key lists them for a numbered law's title, `Luật số 90/2025/QH15 về sửa đổi ... của Luật A, ...`,
# and not inside such a name).
_JOINTLY_AMENDED = re.compile(rf"\s+sửa đổi(?:,?\s+bổ sung)?\s+(?:năm\s+)?{_YEAR}(?![\d/])")
_AMENDING_NAME = re.compile(rf"Luật [Ss]ửa đổi\b|Luật .+\bLuật .+{_JOINTLY_AMENDED.pattern}$")
# ... unless a numbered law issues it (`Luật số 57/2024/QH15 ngày ... ban hành Luật sửa đổi ...`):
# then the name is that law's title, whose laws the key lists.
_NUMBERED_LAW_BEFORE = re.compile(r"Luật\s+số\s+\d+/\d{4}/QH\d*[^;]*$")
_NUMBERED_LAW_REACH = 150


def _lists_amended_laws(f: _Found) -> bool:
    """Is `f` a numbered law whose title, printed before its number, lists the laws it amends?
    The key cites those laws, as it does when the title follows the number."""
    return f.mention.type == "LUẬT" and f.mention.number is not None and bool(f.mention.name) \
        and _AMENDING_TITLE.match(f.mention.name) is not None


_AMENDING_TITLE = re.compile(r"[Ss]ửa đổi\b.*\bLuật\s", re.S)


def _inner_law(f: _Found, outer: _Found) -> _Found:
    """A law named inside an unquoted name (`Kế hoạch triển khai thi hành Luật Việc làm`) is cited
    too; a year that ends both names is the outer one's, and so is a date that ends both
    citations (`... Luật A và Luật B ngày 22 tháng 11 năm 2019`)."""
    m = f.mention
    if m.date and f.core_end == outer.core_end:
        f.mention = m = replace(m, date=None, year=None)
    if m.year and outer.mention.name.endswith(str(m.year)) and m.name.endswith(str(m.year)):
        name = re.sub(rf"\s+(?:năm\s+)?{m.year}$", "", m.name)
        f.mention = replace(m, name=name, year=None)
    return f


_LIST_HEAD = re.compile(r"\s*:\s*(?=[{0}])".format(_UPPER))
_LIST_ITEM_JOINER = re.compile(r"\s*,\s*|\s+và\s+")


def _law_list(text: str, word_start: int, word_end: int, word: str, vocab: _Vocabulary) -> list[_Found]:
    """`các Luật: Chứng khoán, Kế toán, Kiểm toán độc lập và Luật Dự trữ quốc gia`: one law per
    item, each named with the type word (an item that repeats it keeps its own)."""
    if word not in vocab.year_in_name:
        return []
    head = _LIST_HEAD.match(text, word_end)
    if not head:
        return []
    type_word = _one_line(text[word_start:word_end])
    out: list[_Found] = []
    pos, limit = head.end(), min(len(text), head.end() + 2 * _MAX_NAME)
    while pos < limit and text[pos].isupper():
        own_word = vocab.capital_word.match(text, pos)
        name_from = own_word.end() if own_word else pos
        end = _law_year_end(text, name_from, _law_name_end(text, name_from, limit, vocab))
        item = _one_line(text[pos:end]).rstrip(" ,")
        name = item if own_word else f"{type_word} {item}"
        if len(name.split()) > len(type_word.split()):
            year = re.search(rf"\s({_YEAR})$", name)
            mention = InstrumentMention(
                type=vocab.words[_word_key(own_word.group()) if own_word else word], number=None, symbol=None,
                year=int(year[1]) if year else None, date=None, span=Span(pos, end), surface=text[pos:end], name=name)
            out.append(_Found(mention, pos, end, word, None, None, None))
        joiner = _LIST_ITEM_JOINER.match(text, end)
        if not joiner:
            break
        pos = joiner.end()
    return out


def _spans(matches) -> Iterator[tuple[int, int]]:
    return ((m.start(), m.end()) for m in matches)


def _lower_words_before_so(text: str, vocab: _Vocabulary) -> Iterator[tuple[int, int]]:
    """Lower-case type words count only before `số <number>` (`công văn số 1234`): found from
    `số`, a cheap anchor, since lower-case initials would make the scan slow."""
    for so in _SO_NUMBER.finditer(text):
        w = vocab.word_before.search(text, max(0, so.start() - 25), so.start())
        if w and w.group()[0].islower():
            yield w.start(), w.start() + len(w.group().rstrip())


def _lower_case_names(text: str, vocab: _Vocabulary) -> Iterator[tuple[int, int]]:
    """Type words that head a name in lower case too (`chương trình mục tiêu quốc gia ...`)."""
    for m in vocab.lower_case_name.finditer(text):
        yield m.start(), m.end("word")


def _short_form(text: str, start: int, end: int, word: str, vocab: _Vocabulary,
                ctx: _Context) -> Optional[_Found]:
    """`Chỉ thị 18`, `Thông báo số 381`, `Chỉ thị số 18 ngày 30/5/2023 của Thủ tướng Chính phủ`.

    A plan's nickname (`Đề án 06`, `Kế hoạch 02`: no `số`) is dated by the decision that approved
    it, never by what follows: `triển khai Đề án 06 năm 2025`, `thực hiện Đề án 06 ngày 15/3/2025,
    Bộ Công an ...` give the year of the work or of the next clause."""
    m = vocab.short_number.match(text, end) or (_NUMBER_AND_YEAR.match(text, end) if vocab.words[word] in _YEAR_IN_NUMBER else None)
    if not m or not (m["so"] or text[start].isupper()):
        return None
    if not m["so"] and re.fullmatch(_YEAR, m["n"]):
        return None  # `Luật 2024` is a year, not a number
    if not m["so"] and word in vocab.parts_by_number and "y" not in m.re.groupindex:
        return None  # `Dự án 2: ...`: a programme's part
    if not m["so"] and _PROCEDURE_CODE.match(text, m.end()):
        return None  # `... Điều 23 Quy chế | 193 | 3.000467 | Cấp bản sao ...`: a flattened table's row number
    if not m["so"] and m["n"] == "1" and _FIRST_CLAUSE.match(text, m.end()) \
            and _ARTICLE_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return None  # `Điều 12.1.TT.2.5. Lập, thẩm định Đề án 1. Các công ty ...`: the article's first clause
    slug = _slug_symbol(text, m.end(), word, vocab)
    # `Thông tư 80 2025 thay thế ...`: the year parted from the number by a space, as page titles spell it
    spaced_year = _SPACED_YEAR.match(text, m.end()) if not slug and "y" not in m.re.groupindex \
        and vocab.words[word] in _YEAR_IN_NUMBER else None
    after = slug.end() if slug else spaced_year.end() if spaced_year else m.end()
    if not m["so"] and word in vocab.named and word not in vocab.year_in_name and not slug:
        tail = _Tail(after)
    else:
        tail = _read_tail(text, after, min(len(text), after + 400), vocab, ctx, titled=False)
    year = int(slug["y"]) if slug else int(spaced_year["y"]) if spaced_year else int(m["y"]) if "y" in m.re.groupindex \
        else int(tail.date[:4]) if tail.date else tail.year
    symbol = _clean_symbol("-".join(_slug_codes(slug)), vocab) if slug else None
    mention = InstrumentMention(
        type=vocab.words[word], number=m["n"], symbol=symbol, year=year, date=tail.date,
        span=Span(start, tail.core_end), surface=text[start:tail.core_end],
        name=tail.name, short_form=slug is None)
    return _Found(mention, start, tail.core_end, word, _issuer_of_symbol(symbol, vocab) if slug else None,
                  tail.issuer, tail.year)


# An administrative procedure's code (`3.000467`, `1.005293`) after a bare number: the number is
# its row's in a table of procedures whose cells the page ran together.
_PROCEDURE_CODE = re.compile(r"\s+\d\.\d{6}(?!\d)")
# An article's heading run into its first clause, as the codified laws print them
_FIRST_CLAUSE = re.compile(rf"\.[ \t]+[{_UPPER}]")
_ARTICLE_LINE = re.compile(r"[ \t*_#]*Điều[ \t]+[\dA-ZĐ][\w.]*\.")
# `Nghị định 142/2024`, `Thông tư 40/2021`: a number with its year and without its symbol, as
# headlines and Q&A pages write the types whose numbers carry their year.
_NUMBER_AND_YEAR = re.compile(rf"\s*(?:(?P<so>{_SO})\s*:?\s*)?(?P<n>\d{{1,5}})/(?P<y>{_YEAR})(?![\w/\-]|[.,]\d)")
_YEAR_IN_NUMBER = ("NĐ", "TT", "TTLT", "QĐ", "NQ")
_SPACED_YEAR = re.compile(rf"[ ]+(?P<y>{_YEAR})(?=[ ]*(?:[?.,;:)*]|$)|[ ]+[a-zà-ỹđ])", re.M)
_SLUG_CODE = rf"[{_UPPER}][{_UPPER}a-z&]{{0,7}}"
_SLUGS = (re.compile(rf"[ ]+(?P<y>{_YEAR})[ ]+(?P<codes>{_SLUG_CODE}(?:[ -]+{_SLUG_CODE}){{1,3}})(?!\w)"),
          re.compile(rf"[ ]+(?P<codes>{_SLUG_CODE}(?:[ -]+{_SLUG_CODE}){{1,3}})[ ]+(?P<y>{_YEAR})(?!\w)"))


def _slug_symbol(text: str, pos: int, word: str, vocab: _Vocabulary) -> Optional[re.Match]:
    """`Nghị định 188 2025 NĐ CP`: a number as the legal database's web addresses spell it (the
    page titles its articles after them), year and symbol parted by spaces (`Thông tư 38 2024
    TT-BGTVT`, or the symbol first for numbers without a year: `Quyết định 2306 QĐ BYT 2025`). It is read as
    188/2025/NĐ-CP only when the symbol's type code is the type word's own and every code after it
    is an issuer's, so words that happen to follow a short form stay words."""
    slug = next((m for p in _SLUGS if (m := p.match(text, pos))), None)
    if not slug:
        return None
    codes = _slug_codes(slug)
    if vocab.codes.get(codes[0]) != vocab.words[word]:
        return None
    known = [c for c in codes[1:] if c.upper() in vocab.issuer_spelling]
    return slug if len(known) == len(codes) - 1 else None


def _slug_codes(slug: re.Match) -> list[str]:
    return re.split(r"[ -]+", slug["codes"])


# A Party plenum's or congress's resolution or conclusion: `Nghị quyết Trung ương 5 (khóa VIII)`,
# `Kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII`, `Nghị quyết Đại
# hội đại biểu toàn quốc lần thứ XIII của Đảng`, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai
# lần thứ I, nhiệm kỳ 2025 - 2030` (a congress is numbered in Roman: `Đại hội đồng cổ đông` is none).
_PLENUM = re.compile(
    r"\s+(?:Hội nghị\s+)?(?:Ban Chấp hành\s+)?Trung ương(?:\s+Đảng)?\s+(?:lần thứ\s+)?(?:\d{1,2}|[a-zđ]+)(?!\w)"
    r"(?:\s+(?:của\s+)?Ban Chấp hành Trung ương(?:\s+Đảng)?)?(?:\s*\(\s*kh(?:óa|oá|oa)\s+[IVXL]+\s*\)|\s+kh(?:óa|oá|oa)\s+[IVXL]+(?!\w))?"
    r"|\s+Đại hội(?:\s+đại biểu)?(?:\s+(?:Đảng\s+)?toàn quốc|\s+Đảng(?:\s+bộ(?:\s+[^\s,;.()]+){0,5}?)?)?"
    r"\s+(?:lần thứ\s+)?[IVXL]+(?!\w)(?:\s+của\s+Đảng)?(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?")
_SUBJECT_AFTER_BODY = re.compile(r"\s+(?=(?:về|quy định)\s)")


def _named_by_subject(text: str, start: int, word_end: int, word: str, vocab: _Vocabulary,
                      ctx: _Context) -> Optional[_Found]:
    """An unnumbered decree, directive or resolution to be issued, named by its issuer and subject
    (`dự thảo Chỉ thị của Thủ tướng Chính phủ về việc ...`, `ban hành Nghị quyết về tiêu chuẩn ...`),
    or a Party plenum's resolution or conclusion (`Nghị quyết Trung ương 5 (khóa VIII)`)."""
    if word not in vocab.subject_named or vocab.generic_before.search(text, max(0, start - 12), start):
        return None
    plenum = _PLENUM.match(text, word_end)
    pos = plenum.end() if plenum else word_end
    body = None if plenum else _body_after_of(text, word_end, min(len(text), word_end + 160), vocab, ctx)
    if body:
        pos = body[1]
    about = _SUBJECT_AFTER_BODY.match(text, pos)
    if not plenum and not about:
        return None
    end = pos
    if about:
        limit = min(len(text), about.end() + _MAX_NAME)
        closing = text.find("**", about.end(), limit) if text.startswith("**", start - 2) else -1
        limit = closing if closing > 0 else limit  # a name in bold ends with the bold
        end = _name_end(text, about.end(), limit, vocab.name_end)
        if len(text[about.end():end].split()) < 5:
            return None  # `Nghị định về thuế`, `Thông tư quy định hồ sơ`: a topic, not one instrument
    end = start + len(text[start:end].rstrip(" ,\n*_"))
    # `dự thảo Chỉ thị ...`, `đòi hỏi **Nghị định quy định ...** sớm được hoàn thiện`
    if not plenum and not (vocab.to_be_issued.search(text, max(0, start - 30), start)
                           or vocab.issued_later.match(text, end)):
        return None
    mention = InstrumentMention(
        type=vocab.words[word], number=None, symbol=None, year=None, date=None,
        span=Span(start, end), surface=text[start:end], name=_one_line(text[start:end]))
    return _Found(mention, start, end, word, None, body[0] if body else None, None)


def _named(text: str, start: int, word_end: int, word: str, vocab: _Vocabulary,
           ctx: _Context, in_title: bool = False) -> Optional[_Found]:
    """`Đề án “...” (Đề án 06)`, `Kế hoạch chống buôn lậu ...`, `Luật Đất đai năm 2024`.

    Only a capitalised type word inside a sentence, not after a plural or generic determiner
    (`các Kế hoạch`), and not followed by a word that shows it is no name (`Kết luận này`).
    `in_title`: a law listed in a numbered law's title, so the number after it is not its own.
    """
    if word not in vocab.named or not (text[start].isupper() or vocab.lower_case_name.match(text, start)):
        return None
    if vocab.generic_before.search(text, max(0, start - 12), start):
        return None
    quoted = _QUOTED.match(text, word_end)
    alone = _NAMED_ALONE_TAIL.match(text, word_end) if word in vocab.named_alone else None
    if alone and not alone.group().strip() and _WITH_THE_LAWS.match(text, word_end):
        alone = None  # `tuân thủ Hiến pháp, pháp luật`: a formula for the legal order, not a citation
    if quoted:
        name = f"{_one_line(text[start:word_end])} {_one_line(quoted['q'])}"
        end = quoted.end()
    elif alone:  # `Hiến pháp`, `Hiến pháp năm 2013`: there is one
        end = alone.end()
        name = _one_line(text[start:end])
    else:
        # A sentence may open with a law's name (`Luật Đất đai năm 2024 quy định ...`): a capital after
        # its type word; other named types there are the sentence's noun (`Kế hoạch này ...`).
        opens = _starts_sentence(text, start) and not (word in vocab.year_in_name and _CAPITAL_NEXT.match(text, word_end))
        if opens or vocab.not_a_name.match(text, word_end) and not _YEAR_AND_ISSUER.match(text, word_end):
            return None
        # `Quy chế quản lý ... ban hành kèm theo Quyết định số 1448/QĐ-UBND`: issued with a numbered
        # instrument, a rule's name of any form is that one's
        unless_issued_with = word in vocab.name_must_start and not vocab.name_must_start[word].match(text, word_end)
        if word not in vocab.year_in_name and vocab.predicate_after.match(text, word_end):
            return None
        if not re.match(r"\s+[^\W\d_]", text[word_end:word_end + 3]):
            return None
        limit = min(len(text), word_end + _MAX_NAME)
        if word in vocab.year_in_name:
            end = _law_year_end(text, word_end, _amended_laws_end(text, word_end, limit, vocab))
            revised = _REVISED.match(text, end)
            end = revised.end() if revised else end
        else:
            end = _past_bodies(text, word_end, _name_end(text, word_end, limit, vocab.named_end), limit, vocab)
        implemented = _implemented_number(text, word_end, end, word, vocab)
        if implemented:  # `Kế hoạch triển khai Thông báo kết luận số 196-TB/TW`: named after it
            end = _name_end(text, implemented, limit, vocab.named_end)
        elif _NUMBER_NEXT.match(text, end) and not in_title:
            return None  # `Báo cáo thẩm tra số 117/BC-BĐT`: the numbered citation names it
        end = start + len(_TRAILING_JOIN.sub("", text[start:end]))
        if unless_issued_with and (not vocab.issued_with_numbered.match(text, end) or _NAMES_A_PART.search(text, word_end, end)):
            return None  # `Hướng dẫn lập mẫu Phụ lục II ban hành kèm theo Thông tư ...`: how to fill a part in
        name = _one_line(text[start:end])
        if word in vocab.year_in_name and vocab.bare_law.match(text, word_end) \
                and not _known_around(_law_name_key(vocab.words[word], name)):
            return None  # `dự thảo Luật trình Quốc hội ...`, `Điều 8 của Luật trừ ...`: the law spoken of
        # A law is named by one word (`Luật Đất đai`); a plan by two is a kind of plan (`Kế hoạch
        # kiểm tra`, `Chương trình đào tạo`, `Đề án tổ chức`), by three or more it is one plan.
        min_words = len(text[start:word_end].split()) + (1 if word in vocab.year_in_name else 3)
        if len(name.split()) < min_words:
            return None
        if word in vocab.named_by_subject and not _ABOUT.search(name):
            return None  # `Báo cáo thẩm tra của Ban Văn hóa - Xã hội`: one of many; `... về dự án Luật ...` is one
        if vocab.kinds_not_names.match(fold(name)):
            return None  # `Kế hoạch lựa chọn nhà thầu`, `Chương trình máy tính`: a kind of document
        if word not in vocab.year_in_name and _RECURRING_PLAN.search(name):
            return None  # `Kế hoạch đầu tư công trung hạn và hằng năm`: made every year, one of many
        if word not in vocab.year_in_name and not _DIGIT.search(name) \
                and (_DEFINES_CONTENTS.match(text, end) or _DEFINES_CONTENTS.search(name)):
            return None  # `Đề án thành lập khu công nghệ cao gồm các nội dung sau:`: what such a plan holds (one of a period, `... giai đoạn 2021 - 2025`, is one)
    alias = vocab.alias.match(text, end)
    aliases, number, core_end = ([_one_line(alias["a"])], alias["n"], alias.end()) if alias else ([], None, end)
    year, date = None, None
    if word in vocab.year_in_name:
        y = re.search(rf"\s({_YEAR})$", name)
        year = int(y[1]) if y else None
        intro = _DATE_INTRO.match(text, core_end)
        if intro and "N" in intro.group():
            intro = None  # `... môi trường\nNgày 21/11/2025, Chính phủ ...`: the next sentence's date
        stated = ctx.dates.get(intro.end()) if intro else None
        if stated and stated.iso:  # `Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025`
            date, year, core_end = stated.iso, year or int(stated.iso[:4]), stated.span.end
    mention = InstrumentMention(
        type=vocab.words[word], number=number, symbol=None, year=year, date=date,
        span=Span(start, core_end), surface=text[start:core_end], name=name, aliases=aliases)
    return _Found(mention, start, core_end, word, None, None, None)


# What may follow a type word that names one instrument alone: its year, then no name's word.
_NAMED_ALONE_TAIL = re.compile(rf"(?:\s+(?:năm\s+)?{_YEAR}(?![\d/]))?(?=\s*(?:[.,;:)”\"]|$|\s+(?!nước\b)[a-zà-ỹđ]))")
_CAPITAL_NEXT = re.compile(rf"\s+[{_UPPER}]")
_WITH_THE_LAWS = re.compile(r"\s*(?:,|và)\s*(?:các\s+)?(?:quy định của\s+)?pháp luật\b")
_ABOUT = re.compile(r"\s(?:về|của [Dd]ự án)\s")


# `Kế hoạch năm 2025 của Ban chỉ đạo ...`, `Chương trình công tác năm 2025 của ...`: one body's plan for a year.
_YEAR_AND_ISSUER = re.compile(rf"\s+(?:(?:công tác|hành động)\s+)?năm\s+{_YEAR}\s+của\s+[{_UPPER}]")


def _past_bodies(text: str, start: int, end: int, limit: int, vocab: _Vocabulary) -> int:
    """A name goes on through a body's name that a comma cut (`... của Bộ Văn hóa, Thể thao và Du
    lịch về ...`): the comma before a capital that ends a name is the body's own."""
    while body := next((b for b in vocab.body.finditer(text, max(start, end - 40), min(limit, end + 60))
                        if b.start() < end < b.end()), None):
        end = _name_end(text, body.end(), limit, vocab.named_end)
    return end


def _implemented_number(text: str, word_end: int, end: int, word: str, vocab: _Vocabulary) -> Optional[int]:
    """Where the number ends that a plan's name cites as what the plan carries out (`Kế hoạch triển
    khai Thông báo kết luận số 196-TB/TW`, `Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW`):
    such a plan is named after that instrument, a name the plan's own number never gives."""
    if vocab.words[word] not in _PLAN_TYPES or not vocab.carries_out.match(text, word_end, end):
        return None
    number = _NUMBER_NEXT.match(text, end)
    ref = _REF.search(text, number.end() - 8, number.end() + 40) if number else None
    return ref.end() if ref else None


_PLAN_TYPES = ("KH", "CTr", "ĐA")
# A part of an instrument named inside what it issues: a form, an annex, an account, a declaration
# (`Mẫu số 03`; a `Quy chế làm việc mẫu` is a model rule), or another instrument it carries out
# (`Hướng dẫn thực hiện Quy chế ...`, which cites that one)
_NAMES_A_PART = re.compile(r"(?<!\w)(?:Mẫu|mẫu số|Phụ lục|[Tt]ài khoản|[Tt]ờ khai|Quy chế|Chương trình|Đề án|Kế hoạch)(?!\w)")


def _law_name_end(text: str, start: int, limit: int, vocab: _Vocabulary) -> int:
    """Where a law's name that starts at `start` ends.

    Law names coordinate short words with commas (`Luật Cán bộ, công chức`, `Luật Phòng, chống
    tham nhũng`, `Luật Trật tự, an toàn giao thông đường bộ`): a comma after at most two words,
    followed by a lower-case word that opens no clause, goes on when what follows ends as a
    name does (punctuation, a year, `số`, `ngày`), not at a word that goes on with the sentence
    (`Luật Đất đai, tạo điều kiện cho ...`); the continuations listed in doc_types.json
    (`..., chống`, `..., bia`) always go on. Any other comma ends the name. A name law_names.json
    knows is read whole first (`Luật Khoa học, Công nghệ và Đổi mới sáng tạo`, `Luật Chất lượng
    sản phẩm, hàng hóa`), whatever its commas and its `và` would say.
    """
    pos = known = _known_name_end(text, start, limit)
    if known > start and _LINE_BREAK.match(text, known):
        return known  # a known name ends its line: `... trong Luật Việc làm` / `Sở, ban, ngành ...`
    while True:
        end = _name_end(text, pos, limit, vocab.law_name_end)
        comma = text.find(",", pos, end)
        if comma < 0:
            return end
        goes_on = vocab.comma_goes_on.match(text, comma + 1)
        listed = goes_on and goes_on[0].strip()
        # the words before the comma, counted from the last law named in it (`Luật sửa đổi ... của
        # Luật Cán bộ, công chức`: `Cán bộ`); right after a known name, only the listed go on
        # (`Luật An toàn, vệ sinh lao động, các Điều 36, 37`)
        inner = max([pos] + [m.end() for m in _INNER_LAW_WORD.finditer(text, pos, comma)])
        after_known = pos == known > start and not text[known:comma].strip()
        if not listed and (after_known or not (goes_on and len(text[inner:comma].split()) <= 2
                                               and _ends_as_a_name(text, comma + 1, limit, vocab))):
            return comma
        pos = comma + 1


_LINE_BREAK = re.compile(r"[ \t]*\n")
_RECURRING_PLAN = re.compile(r"(?<!\w)(?:hằng|hàng)\s+(?:năm|quý|tháng)(?!\w)")


def _known_name_end(text: str, start: int, limit: int) -> int:
    """The end of the longest name law_names.json knows that follows `start`, the end of a law's or
    a code's type word (`Luật`, `Bộ luật`; an ordinance of the same words is another instrument),
    without case or diacritics and with or without its commas; `start` when none does."""
    if not fold(text[max(0, start - 4):start]).endswith("luat"):
        return start
    window = fold_keep_length(text[start:min(limit, start + _MAX_NAME)])
    known = _known_name_words().match(window)
    return start + known.end() if known else start


@lru_cache(maxsize=1)
def _known_name_words() -> re.Pattern:
    """law_names.json's names after their type word, longest first, as folded words that may be
    separated by a comma (`Luật Quản lý sử dụng tài sản công` is printed without its comma too);
    a name is not known where its last word opens the number (`Luật Khoa học và công nghệ số`
    is no name before `số 29/2013/QH13`)."""
    names = set()
    for code, name in _gazetteer_laws():
        words = re.sub(r"[^\w\s]", " ", _law_name_key(code, name)[1]).split()
        if words:
            names.add(r"(?:\s*,)?\s+".join(re.escape(w) for w in words))
    return re.compile(rf"\s+(?:{'|'.join(sorted(names, key=len, reverse=True))})(?!\w)(?!\s*:?\s*\d)")


_INNER_LAW_WORD = re.compile(rf"\b(?:{_LAW_WORDS})\s+")
_AMENDING = re.compile(r"\s+[Ss]ửa đổi\b")
_AMENDS_A_LAW = re.compile(rf"\b[Ss]ửa đổi\b.*\b(?:{_LAW_WORDS})\s+[{_UPPER}]", re.S)
# `..., Luật Kế toán`, `... và Luật Viên chức`: the next law an amending law lists, unless it is
# another amending law (`... và Luật sửa đổi, bổ sung một số điều của 11 Luật ...`).
# A listed law may be written in lower case (`..., Luật xử lý vi phạm hành chính`), as legal texts often do;
# once names hold commas, writers list them with semicolons on one line (`... của Luật Đấu thầu; Luật
# Đầu tư theo phương thức đối tác công tư; Luật Hải quan; ...`).
_NEXT_AMENDED_LAW = re.compile(rf"\s*(?:,\s*|;[ \t]*|\s+và\s+)(?:{_LAW_WORDS})\s+(?![Ss]ửa đổi)(?!này\b)(?=[^\W\d_])")


def _amended_laws_end(text: str, word_end: int, limit: int, vocab: _Vocabulary) -> int:
    """Where a law's name ends; an amending law's goes on through every law it lists (`Luật sửa
    đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019` is one law,
    the year its own), which may take more than one name's length."""
    end = _law_name_end(text, word_end, limit, vocab)
    if not _AMENDING.match(text, word_end):
        return _jointly_amended_end(text, end, min(len(text), word_end + 3 * _MAX_NAME), vocab)
    return _through_amended_laws(text, end, min(len(text), word_end + 3 * _MAX_NAME), vocab)


def _jointly_amended_end(text: str, end: int, limit: int, vocab: _Vocabulary) -> int:
    """`Luật Phòng, chống thiên tai và Luật Đê điều sửa đổi 2020`, `Luật Cán bộ, công chức và Luật
    Viên chức sửa đổi 2019`: the short name of the one law that amends them all, which goes on
    through the laws it lists to `sửa đổi` and its year; any other list of laws ends at `end`."""
    pos = end
    while listed := _NEXT_AMENDED_LAW.match(text, pos):
        pos = _law_name_end(text, listed.end(), limit, vocab)
        amended = _JOINTLY_AMENDED.search(text, listed.end(), pos)
        if amended:
            return amended.end()
    return end


def _through_amended_laws(text: str, end: int, limit: int, vocab: _Vocabulary) -> int:
    """Where the list of laws that goes on from `end`, the end of one an amending law names, ends."""
    while listed := _NEXT_AMENDED_LAW.match(text, end):
        end = _law_name_end(text, listed.end(), limit, vocab)
    return end


def _ends_as_a_name(text: str, pos: int, limit: int, vocab: _Vocabulary) -> bool:
    end = _name_end(text, pos, limit, vocab.law_name_end)
    return bool(_LAW_YEAR.search(text, pos, end) or _LAW_NAME_STOP.match(text, end))


# `Luật Viên chức (sửa đổi)`: the bill that revises a law is another instrument than the law.
_REVISED = re.compile(r"\s*\((?:sửa đổi|sửa đổi, bổ sung|thay thế)\)")
_LAW_NAME_STOP = re.compile(rf"\s*(?:[;:.,()“”\"|?!]|$|(?:năm\s+)?{_YEAR}|số\b|ngày\b|và\s+(?:{_LAW_WORDS})\b)")
_NUMBER_NEXT = re.compile(rf"\s*,?\s+(?:{_SO}\s*:?\s*)?\d{{1,5}}(?:\.\d{{1,3}})?(?:/|-[A-ZĐ])")
_LAW_YEAR = re.compile(rf"\s(?:năm\s+)?{_YEAR}(?![\d/])")


def _law_year_end(text: str, name_start: int, end: int) -> int:
    """A law's year ends its name (`Luật Nhà ở 2023`, `Luật Đất đai năm 2024`): what follows is
    the sentence again (`Luật Nhà ở 2023 thuê`)."""
    year = _LAW_YEAR.search(text, name_start, end)
    return year.end() if year else end


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 80):pos].rstrip(" \t\n*#>-•")
    return not before or before[-1] in ".!?"


def _finish(f: _Found, vocab: _Vocabulary) -> InstrumentMention:
    """The mention with its issuer: from the symbol's code unless that code is shared by many
    bodies (`QĐ-UBND`) or unknown, in which case the body the text names is more precise."""
    m = f.mention
    if m.name:
        m.name = _spelled_out(m.name, m.type in _LAW_TYPES)
    if f.code_issuer and not (_shared_code(m.symbol) and f.said_issuer):
        m.issuer = f.code_issuer
    else:
        m.issuer = f.said_issuer or f.code_issuer
    return m


def _shared_code(symbol: Optional[str]) -> bool:
    """Is the symbol's issuer code one that many bodies share (`QĐ-UBND`)?"""
    return bool(symbol) and any(c in symbol.upper() for c in AMBIGUOUS_ISSUER_CODES)


def _spelled_out(name: str, law: bool) -> str:
    """`Luật Ban hành VBQPPL` -> `Luật Ban hành văn bản quy phạm pháp luật`, `Luật NSNN` -> `Luật Ngân
    sách nhà nước`: one instrument named with and without its abbreviations is one. Inside a law's
    name `TTHC` is tố tụng hành chính, elsewhere thủ tục hành chính (doc_types.json)."""
    words, pattern = _abbreviations(law)

    def spell(m: re.Match) -> str:
        out = words[m[0]]
        first = law and _word_key(name[:m.start()]) in _vocabulary().words  # `Luật NSNN`
        return out[0].upper() + out[1:] if first else out
    return pattern.sub(spell, name)


@lru_cache(maxsize=2)
def _abbreviations(law: bool) -> tuple[dict[str, str], re.Pattern]:
    types = data.load("doc_types.json")
    words = {**types["name_abbreviations"], **(types["law_name_abbreviations"] if law else {})}
    return words, re.compile(r"(?<![\w&-])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![\w&-])")


def resolve_short_forms(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """The mentions with each short form completed from a full citation in the same document.

    `Chỉ thị 18` takes symbol, year, date, issuer and name from `Chỉ thị số 18/CT-TTg ngày
    30/5/2023`, and `Đề án 06` the name of `Đề án “...” (Đề án 06)`. A short form whose own date
    states another year than the full citation's is a different instrument and stays as it is.
    Where no full citation is, a short form with its year (`Thông tư 40/2021`, `Chỉ thị số 18 ngày
    30/5/2023`) completes the others. A full citation printed without its date (`V/v thực hiện Quyết định số 1234/QĐ-TTg`) takes the
    year and date of the same number and symbol cited with one elsewhere in the document, when
    only one year is cited. Spans and surfaces are the mentions' own.
    """
    mentions = _typed_by_their_number(mentions)
    full: dict[tuple, InstrumentMention] = {}
    years: dict[tuple, set] = {}
    for m in mentions:
        if not m.short_form and m.number:
            key = (m.type, canonical_number(m.number))
            if key not in full or (full[key].year is None and m.year is not None):
                full[key] = m  # a dated citation is the better source
            if m.year is not None:
                years.setdefault(key, set()).add(m.year)
    for m in mentions:  # where no full citation is, a short form with its year (`Thông tư 40/2021`) dates the others
        key = (m.type, canonical_number(m.number))
        if m.short_form and m.number and m.year is not None and key not in full:
            full[key] = m
    out = []
    for m in mentions:
        key = (m.type, canonical_number(m.number))
        source = full.get(key)
        if source and m.short_form and (m.year is None or source.year is None or m.year == source.year):
            m = replace(m, symbol=source.symbol, year=source.year or m.year, date=m.date or source.date,
                        issuer=m.issuer or source.issuer, name=m.name or source.name,
                        aliases=list(dict.fromkeys(m.aliases + source.aliases)))
        elif source and m.year is None and _bare_symbol(source.symbol) == _bare_symbol(m.symbol) and len(years.get(key, ())) == 1:
            # `V/v thực hiện Quyết định số 1234/QĐ-TTg` in the header, dated in the body.
            m = replace(m, year=source.year, date=source.date, issuer=m.issuer or source.issuer,
                        name=m.name or source.name)
        out.append(m)
    return _one_symbol_per_number(_one_issuer_per_number(_laws_by_name(_laws_by_known_name(
        _without_run_on_tails(_plans_without_qualifiers(out))))))


def _one_symbol_per_number(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """`01/HDBTGDVTW` beside `01/HD-BTGDVTW`, `TT-BGTV` beside `TT-BGTVT`, `QĐ-UB` beside
    `QĐ-UBND`, `UBTVQH15` beside `NQ-UBTVQH15`: one number of one type and year printed with its
    symbol's hyphen lost, its last letters cut or its type code left out is one instrument; the
    fullest printing (hyphens, then length) names it. A printing is taken for a cut of a longer
    one only when that one is printed as often at least (`NĐ-CP` five times beside one `NĐ-CPP`
    is no cut) and no other printing of the number is longer too (`TT-BT` beside `TT-BTC` and
    `TT-BTNMT` stays as it is)."""
    printed: dict[tuple, Counter] = {}
    for m in mentions:
        if m.number and m.symbol:
            printed.setdefault((m.type, canonical_number(m.number), m.year), Counter())[m.symbol] += 1
    fullest = {(key, symbol): _fullest_printing(symbol, counts, key[0])
               for key, counts in printed.items() for symbol in counts}
    out = []
    for m in mentions:
        full = fullest.get(((m.type, canonical_number(m.number), m.year), m.symbol)) if m.number and m.symbol else None
        out.append(replace(m, symbol=full) if full and full != m.symbol else m)
    return out


def _fullest_printing(symbol: str, counts: Counter, type_code: Optional[str]) -> str:
    """The printing of one number that `symbol` misprints or cuts, if there is one, else `symbol`."""
    def fullness(s: str) -> tuple:
        return s.count("-"), len(s)

    def stands_for(s: str) -> bool:  # is `s` what `symbol` was meant to print?
        if _misprints(s, symbol) or _type_code_left_out(symbol, s, type_code):
            return True
        return _cut_from(symbol, s) and (
            counts[s] > counts[symbol] or counts[s] == counts[symbol] and not _ends_in_a_code(symbol))

    fuller = [s for s in counts if fullness(s) > fullness(symbol) and stands_for(s)]
    if not fuller or len({_bare_symbol(s) for s in fuller}) > 1 and not all(
            _misprints(a, b) or _cut_from(a, b) or _cut_from(b, a) for a in fuller for b in fuller):
        return symbol  # two longer printings of different symbols: which one is meant is unknown
    return max(fuller, key=fullness)


def _ends_in_a_code(symbol: str) -> bool:
    """Does the symbol end in a whole issuer's code (`NĐ-CP`, `QĐ-UBND`), not in a cut one (`NĐ-C`)?"""
    return re.split(r"[-/.&]", symbol)[-1].upper() in _vocabulary().issuer_spelling


def _misprints(a: str, b: str) -> bool:
    """Is one symbol the other with its separators printed otherwise (`TTLT/BTC-BCT`, `NĐ.CP`,
    `BGD&ĐT`) or lost, or a tail of at most two letters cut?"""
    bare_a, bare_b = _bare_symbol(a), _bare_symbol(b)
    if bare_a == bare_b:
        return True
    short, long_ = sorted((bare_a, bare_b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 2


def _cut_from(short: str, long_: str) -> bool:
    """Is `short` `long_` with its tail cut (`QĐ-UB`, `NĐ-C`, a lone `TT`)?"""
    bare_short, bare_long = _bare_symbol(short), _bare_symbol(long_)
    return len(bare_long) > len(bare_short) and bare_long.startswith(bare_short)


def _type_code_left_out(short: str, long_: str, type_code: Optional[str]) -> bool:
    """Is `short` `long_` without the type code that opens it (`UBTVQH15` for `NQ-UBTVQH15`)?"""
    return bool(type_code) and _bare_symbol(long_) == _bare_symbol(type_code) + _bare_symbol(short)


def _bare_symbol(symbol: Optional[str]) -> str:
    return _SYMBOL_SEPARATORS.sub("", (symbol or "").upper())


_SYMBOL_SEPARATORS = re.compile(r"[-/.&\s]")


def _typed_by_their_number(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """A number whose symbol gives no type (`97/2015/QH13` is a law or a resolution) printed
    without its type word (an English translation's `Law on Fees and Charges No. 97/2015/QH13`, a
    heading in capitals) is the one the document cites with its type under the same number,
    symbol and year, when only one type is."""
    def key(m: InstrumentMention) -> tuple:
        return canonical_number(m.number), m.symbol.upper(), m.year

    types: dict[tuple, set] = {}
    for m in mentions:
        if m.type and m.number and m.symbol:
            types.setdefault(key(m), set()).add(m.type)
    out = []
    for m in mentions:
        known = types.get(key(m), ()) if m.type is None and m.number and m.symbol else ()
        out.append(replace(m, type=next(iter(known))) if len(known) == 1 else m)
    return out


@lru_cache(maxsize=4096)
def _issuer_key(issuer: str) -> str:
    """An issuer folded, with its head's abbreviation spelt out (`UBND tỉnh` -> `uy ban nhan dan
    tinh`, as org_patterns.json's local heads give their canonical forms), so that one body
    written both ways compares as one."""
    words = fold(issuer).split()
    return " ".join(_head_spellings().get(w, w) for w in words)


@lru_cache(maxsize=None)
def _head_spellings() -> dict[str, str]:
    heads = data.load("org_patterns.json")["local_heads"]
    return {fold(h): fold(spec["canonical"]) for h, spec in heads.items() if spec.get("canonical") and " " not in h}


def _one_issuer_per_number(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """`Quyết định số 636/QĐ-UBND ... của UBND` in a heading and `... của UBND tỉnh Quảng Nam`
    in the body are one decision: a number whose issuer is stated in one mention and only by its
    kind (a prefix of it) in another takes the fuller issuer."""
    fullest: dict[tuple, str] = {}
    for m in mentions:
        if m.number and m.symbol and m.issuer:
            key = (m.type, canonical_number(m.number), m.symbol.upper(), m.year)
            known = fullest.get(key)
            if known is None or (_issuer_key(m.issuer).startswith(_issuer_key(known)) and len(_issuer_key(m.issuer)) > len(_issuer_key(known))):
                fullest[key] = m.issuer
    out = []
    for m in mentions:
        key = (m.type, canonical_number(m.number), (m.symbol or "").upper(), m.year)
        full = fullest.get(key) if m.number and m.symbol else None
        if full and (m.issuer is None or (full != m.issuer and _issuer_key(full).startswith(_issuer_key(m.issuer)))):
            m = replace(m, issuer=full)
        out.append(m)
    return out


def _law_key(m: InstrumentMention) -> Optional[tuple[str, str]]:
    """(type, folded name without type word and year) of a law, code or ordinance."""
    if m.type not in _LAW_TYPES or not m.name:
        return None
    return _law_name_key(m.type, m.name)


@lru_cache(maxsize=4096)
def _law_name_key(type_code: str, printed: str) -> tuple[str, str]:
    # the year cut before folding, where `năm` is not yet the `Nam` of `Luật ... Việt Nam 2006`
    name = fold(re.sub(rf"\s+(?:năm\s+)?{_YEAR}$", "", printed.strip(), flags=re.I))
    words = [w for w, code in _vocabulary().words.items() if code == type_code]
    for w in sorted(words, key=len, reverse=True):
        if name == w or name.startswith(w + " "):
            name = name[len(w) + 1:]
            break
    # `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam` is `Hiến pháp`
    name = re.sub(r"^nuoc cong hoa xa hoi chu nghia viet nam$", "", name)
    # `Pháp lệnh sửa đổi Pháp lệnh X` is the short title of `Pháp lệnh sửa đổi, bổ sung một số điều
    # của Pháp lệnh X`.
    name = re.sub(r"^sua doi,?(?: bo sung)?(?: mot so dieu(?: va [^,]+?)?)?(?: cua)? ", "sua doi ", name)
    # without punctuation: `Luật Phòng chống rửa tiền` is `Luật Phòng, chống rửa tiền`, and `Luật Thuế
    # thu nhập cá nhân (sửa đổi)` the same law as `... sửa đổi 2025`
    return type_code, " ".join(re.sub(r"[^\w\s]", "", name).split())


@lru_cache(maxsize=None)
def _known_laws() -> frozenset[tuple[str, str]]:
    """The keys of the laws and codes law_names.json lists (without punctuation, as every law's key:
    `Luật Quản lý sử dụng tài sản công` is printed without its comma too)."""
    return frozenset(_law_name_key(code, name) for code, name in _gazetteer_laws())


@lru_cache(maxsize=None)
def _gazetteer_laws() -> tuple[tuple[str, str], ...]:
    """(type code, name) of each law and code law_names.json lists."""
    vocab = _vocabulary()
    out = []
    for name in data.load("law_names.json")["names"]:
        code = vocab.words.get(fold(" ".join(name.split()[:2]))) or vocab.words.get(fold(name.split()[0]))
        if code in _LAW_TYPES:
            out.append((code, name))
    return tuple(out)


@lru_cache(maxsize=4096)
def _known_or_begins_one(key: tuple[str, str]) -> bool:
    """A law's name the gazetteer knows, or the beginning of one (`Luật Giáo dục quốc phòng`)."""
    return key in _known_laws() or any(k[0] == key[0] and k[1].startswith(key[1] + " ") for k in _known_laws())


def _known_around(key: tuple[str, str]) -> bool:
    """A known law's name, the beginning of one, or one followed by more words (`Luật kế toán Việt
    Nam`)."""
    return _known_or_begins_one(key) or _known_words_before(key) > 0


@lru_cache(maxsize=4096)
def _known_words_before(key: tuple[str, str]) -> int:
    """How many words of a law's name (after its type word) a known law's name takes, the longest
    that opens it; 0 when none does."""
    return max((len(k[1].split()) for k in _known_laws() if k[0] == key[0] and key[1].startswith(k[1] + " ")), default=0)


_LAW_TYPES = ("LUẬT", "BỘ LUẬT", "PL", "HP")
# A law's title that names the law it enacts: the Assembly `ban hành Luật ...`.
_ENACTS = re.compile(r"^(?:về\s+(?:việc\s+)?)?ban hành\s+", re.I)


def _plans_without_qualifiers(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """An unnumbered plan, programme, project or strategy named again with a qualifier after the
    name the document gives it (`Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn
    2021 - 2025 trên địa bàn thành phố`, `Kế hoạch chuyển đổi cơ cấu cây trồng ... theo mẫu tại
    Phụ lục I`) is the same one: the qualifier opens with one of plan_name_qualifiers and the
    name before it has four words or more after the type word."""
    vocab = _vocabulary()
    names = {(m.type, fold(m.name)) for m in mentions if m.type in _NAMED_PLAN_TYPES and not m.number and m.name}
    out = []
    for m in mentions:
        if m.type in _NAMED_PLAN_TYPES and not m.number and m.name and not m.aliases:
            folded = fold(m.name)
            shorter = max((n for t, n in names if t == m.type and folded.startswith(n + " ")
                           and len(n.split()) >= _PLAN_NAME_MIN_WORDS
                           and vocab.plan_qualifier.match(folded, len(n) + 1)), key=len, default=None)
            if shorter:
                m = replace(m, name=" ".join(_one_line(m.name).split()[:len(shorter.split())]))
        out.append(m)
    return out


_NAMED_PLAN_TYPES = ("KH", "CTr", "ĐA", "DA", "CL")
_PLAN_NAME_MIN_WORDS = 2 + 4
# A plan whose contents the text lists (`Kế hoạch tuyển sinh trung học phổ thông bao gồm các nội dung
# cơ bản sau:`) is a kind of plan a rule describes, not one plan.
_DIGIT = re.compile(r"\d")
_DEFINES_CONTENTS = re.compile(r",?\s+(?:(?:phải|sẽ)\s+)?(?:bao gồm|gồm|có)\s+(?:các|những)\s+(?:nội dung|thông tin)\b")  # the type word's two, and four of the name's own


def _without_run_on_tails(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """An unnumbered law's name that is another law the document names, followed by words of the
    sentence (`Luật Đất đai và người sử dụng đất`, `Luật Giám định tư pháp kèm`), is that law:
    the sentence went on in lower case where the name ended. A tail counts as the sentence's
    when it opens with a word that never goes on with a law's name (law_name_run_ons) or has
    three words or more (four after `và`), and it names no instrument and is not a phrase of a name (`Luật Đầu tư
    theo phương thức đối tác công tư`). A law law_names.json knows counts as named even where
    the document names it nowhere else (`Luật Quản lý, sử dụng tài sản công tổ chức bán`);
    after a known law the document also names, one word or `và` does too (`Luật Nhà ở và vợ`).
    A known law's name, or the beginning of one, is never cut (`Luật Quản lý, sử dụng tài sản
    công` beside a misread `Luật Quản`), so a newer law whose name goes on from an older one's
    (`Luật Thương mại điện tử`) is cut only by a word that never goes on with a name.

    Cut until nothing changes: a longer run-on (`Luật Bảo hiểm xã hội không làm việc ...`) is
    first cut back to a shorter one (`... xã hội không`) that is itself cut after it."""
    while (cut := _run_on_tails_cut_once(mentions)) != mentions:
        mentions = cut
    return mentions


def _run_on_tails_cut_once(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    keys = {key for m in mentions if (key := _law_key(m))}
    out = []
    for m in mentions:
        key = _law_key(m)
        if key and not m.number and m.year is None and not _known_or_begins_one(key):
            shorter = max((len(k[1].split()) for k in keys if k[0] == key[0] and key[1].startswith(k[1] + " ")), default=0)
            known = _known_words_before(key)
            words = m.name.split()
            kept = len(words) - len(key[1].split()) + max(shorter, known)
            cited_known = shorter and shorter >= known and (key[0], " ".join(key[1].split()[:shorter])) in _known_laws()
            if max(shorter, known) and _runs_on(words[kept:], cited_known):
                m = replace(m, name=" ".join(words[:kept]).rstrip(",;"))  # `Bộ luật Lao động, tiền thưởng ...`
        out.append(m)
    return out


def _runs_on(tail: list[str], after_a_cited_known_law: bool) -> bool:
    vocab = _vocabulary()
    if tail and tail[0] in vocab.run_ons_after_law_names:
        return True  # `Luật Giá báo cáo Ủy ban nhân dân tỉnh`, `Luật Đất đai chuyển giao`: the sentence's verb, whatever follows
    if not tail or not tail[0][0].islower() or any(w[0].isupper() for w in tail) or \
            vocab.law_name_phrase.match(" ".join(tail)):
        return False
    if after_a_cited_known_law and (len(tail) == 1 or tail[0] == "và"):
        return True  # `Luật Quản lý thuế tính`, `Luật Nhà ở và vợ`, beside `Luật Quản lý thuế`
    # `và` joins the words of many names (`Luật Hôn nhân và gia đình`, `Luật Phí và lệ phí`), not
    # a run-on (`Luật Giám định tư pháp và không thuộc ...`)
    opening = tail[1] if tail[0] == "và" and len(tail) > 1 else tail[0]
    return opening in vocab.law_name_run_ons or len(tail) >= (4 if tail[0] == "và" else 3)


def _laws_by_known_name(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """A law printed without some words of its name (`Luật Hàng không Việt Nam 2006` beside `Luật
    Hàng không dân dụng Việt Nam 2006`) is the one law the document also cites, known to
    law_names.json, whose name holds all its words in order between the same first and last
    words, when their years do not differ."""
    cited: dict[tuple, InstrumentMention] = {}
    for m in mentions:
        key = _law_key(m)
        if key and key in _known_laws() and not m.number:
            cited.setdefault((key, m.year), m)
    out = []
    for m in mentions:
        key = _law_key(m)
        if key and not m.number and not _known_or_begins_one(key):
            words = key[1].split()
            fuller = {k for (k, year), known in cited.items() if k[0] == key[0] and len(k[1]) > len(key[1])
                      and m.year in (None, year) and _inside(words, k[1].split())}
            if len(fuller) == 1:
                known = next(c for (k, year), c in cited.items() if k in fuller and m.year in (None, year))
                m = replace(m, name=known.name, year=m.year or known.year, date=m.date or known.date)
        out.append(m)
    return out


def _inside(words: list[str], within: list[str]) -> bool:
    """`words` in order in `within`, beginning and ending with it: words were left out inside
    (`Hàng không Việt Nam`), not a law of another head (`Hình sự`, `Tố tụng hình sự`) or with a
    longer name (`Phòng cháy, chữa cháy` and `... và cứu nạn, cứu hộ` are two laws)."""
    rest = iter(within[1:-1])
    return len(words) >= 2 and words[0] == within[0] and words[-1] == within[-1] and all(w in rest for w in words[1:-1])


def _laws_by_name(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """A law named without its number or year is the one the document cites in full under that
    name (`Luật Đấu thầu số 22/2023/QH15` ... `Luật Đấu thầu`; `Bộ luật Dân sự 2015` ... `Bộ luật
    Dân sự`), when the document cites only one law of that name."""
    full: dict[tuple, list[InstrumentMention]] = {}
    for m in mentions:
        key = _law_key(m)
        if key and (m.number or m.year):
            full.setdefault(key, []).append(m)
    enacted = {_law_key(replace(m, name=_ENACTS.sub("", m.name))): m for m in mentions
               if m.number and m.name and _ENACTS.match(m.name)}
    out = []
    for m in mentions:
        key = _law_key(m)
        if key is not None and key in enacted and not m.number:  # `Luật số 57/2024/QH15 ... ban hành Luật sửa đổi ...`
            source = enacted[key]
            m = replace(m, number=source.number, symbol=source.symbol, year=source.year, date=source.date,
                        name=source.name, issuer=m.issuer or source.issuer)
        same = _versions(full.get(key, ())) if key and not m.number else set()
        if len(same) == 1 and m.year in (None, next(iter(same))[2]):
            source = next(f for f in full[key] if (f.number, f.symbol, f.year) in same)
            m = replace(m, number=source.number, symbol=source.symbol, year=source.year,
                        date=m.date or source.date, name=source.name, issuer=m.issuer or source.issuer)
        out.append(m)
    return _one_name_per_law(out)


def _versions(cited: Iterable[InstrumentMention]) -> set[tuple]:
    """The (number, symbol, year) versions of one law's name: a mention by date or year alone
    (`Luật Nhà ở ngày 27/11/2023` beside `Luật Nhà ở số 27/2023/QH15`) is a numbered one of its year."""
    numbered = {(f.number, f.symbol, f.year) for f in cited if f.number}
    years = {year for _, _, year in numbered}
    return numbered | {(None, None, f.year) for f in cited if not f.number and f.year not in years}


def _one_name_per_law(mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """Unnumbered laws of one name and year, printed in several forms, take the longest form
    (`Luật Bảo hiểm xã hội năm 2006` and `Luật Bảo hiểm xã hội 2024` are two laws)."""
    longest: dict[tuple, str] = {}
    for m in mentions:
        key = _law_key(m)
        if key and not m.number and len(m.name) > len(longest.get((key, m.year), "")):
            longest[key, m.year] = m.name
    return [replace(m, name=longest[_law_key(m), m.year]) if _law_key(m) and not m.number else m for m in mentions]

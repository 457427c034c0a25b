"""Character-level helpers for the paragraph parser: normalisation, inline clean-up (Markdown
emphasis and footnote references included), line joining, number parsing, and recognition of
lines that are never paragraph text (running headers, masthead) or that open the preamble.

Everything here is pure and works on single strings; the structural decisions live in
``consultations.parser``.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# Spaces that PDF and web extraction leave behind; all become an ordinary space.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_ODD_SPACES += "\u202f\u205f\u3000\t\v"
# Invisible characters that only break matching (zero-width, BOM, soft hyphen, bidi marks:
# LRM/RLM, the embeddings and overrides, the Arabic Letter Mark and the isolates LRI/RLI/FSI/PDI
# that word processors set around numbers in Arabic text, "\u061c1 - " or "\u20671\u2069 - "),
# the invisible operators U+2061-U+2064 (function application, times, separator, plus), the
# Mongolian vowel separator and the combining grapheme joiner, which print nothing either.
# Stored texts hold none of them; quotes are matched without them (see ``anchoring``).
INVISIBLE_CHARACTERS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u061c\u2066\u2067\u2068\u2069\u2061\u2062\u2063\u2064\u180e\u034f"
)

# Ligatures PDF extraction leaves in ("ﬁnancial", "ﬂexible"): a quote typed as "financial" must
# match the paragraph.
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB06: "st"}


_NORMALISE_TABLE: dict[int, str | None] = {ord(ch): " " for ch in _ODD_SPACES}
_NORMALISE_TABLE.update({ord(ch): None for ch in INVISIBLE_CHARACTERS})
_NORMALISE_TABLE.update(
    # A form feed is a page break: kept, for the parser to tell where pages begin.
    {c: None for c in range(0x00, 0x20) if c not in (0x0A, 0x0C) and chr(c) not in _ODD_SPACES}
)
_NORMALISE_TABLE[0x7F] = None
# The C1 controls, as a Windows-1252 file read as Latin-1 leaves its quotes and bullets
# (U+0093, U+0095): control characters, removed as C0's are. NEL (U+0085) is a line break
# before this table applies (``normalise``).
_NORMALISE_TABLE.update(dict.fromkeys(range(0x80, 0xA0)))
_NORMALISE_TABLE.update(_LIGATURES)
# Non-breaking hyphens, Word's (U+001E, a control character in its text export) and Unicode's
# (U+2011, as pandoc writes it), print a hyphen: the clean text's "Secretary-General", which
# a quote typed with "-" must match. The optional hyphens (U+001F, U+00AD) print nothing.
_NORMALISE_TABLE.update({0x1E: "-", 0x2011: "-"})
# Unicode's roman numerals ("Ⅱ", "ⅳ", "Ⅻ"), as Chinese input methods and Word's Chinese
# numbering type them: spelled in letters (NFKC's forms, "II", "iv", "XII"), so that "Ⅱ、" and
# "（ⅰ）" number a chapter and an item as "II." and "(i)" do, alike in every language.
_NORMALISE_TABLE.update(
    {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2160, 0x2180)}
)


def _any_of(table: dict[int, Any]) -> re.Pattern[str]:
    """A pattern finding any character a translation table maps: scanning for one is much
    faster than translating a text that holds none."""
    return re.compile(f"[{''.join(re.escape(chr(code)) for code in table)}]")


_NORMALISED_CHARACTER_RE = _any_of(_NORMALISE_TABLE)

# One-to-one mapping used only to *recognise* markers: full-width and Arabic-Indic digits and
# full-width punctuation become ASCII, so that positions in the mapped line equal positions in
# the original line and the printed form can be kept for labels and text.
_MARKER_TABLE: dict[int, str] = {}
for _offset in range(10):
    _MARKER_TABLE[0xFF10 + _offset] = str(_offset)
    _MARKER_TABLE[0x0660 + _offset] = str(_offset)
    _MARKER_TABLE[0x06F0 + _offset] = str(_offset)
for _offset in range(26):
    _MARKER_TABLE[0xFF21 + _offset] = chr(ord("A") + _offset)
    _MARKER_TABLE[0xFF41 + _offset] = chr(ord("a") + _offset)
_MARKER_TABLE.update(
    {
        ord("．"): ".",
        ord("（"): "(",
        ord("）"): ")",
        ord("："): ":",
        ord("［"): "[",
        ord("］"): "]",
        ord("﹒"): ".",
        ord("｡"): ".",
        ord("٫"): ".",
    }
)
# Traditional characters of the words markers and chapeaux are read by ("行動 35.", "目標 3.",
# "建議 1：", "問題 2：", "人權理事會，", "第一條", "規則 3", "附錄二", "第一節",
# "第 79/501 號決定"), as copies from Taiwan or Hong Kong print them: read as the simplified
# ones the United Nations prints, one for one.
_TRADITIONAL, _SIMPLIFIED = (
    "會動標議權經濟與領問題導員條規則錄節號決",
    "会动标议权经济与领问题导员条规则录节号决",
)
_TRADITIONAL_TABLE = {ord(old): new for old, new in zip(_TRADITIONAL, _SIMPLIFIED, strict=True)}
_MARKER_TABLE.update(_TRADITIONAL_TABLE)
_MARKER_CHARACTER_RE = _any_of(_MARKER_TABLE)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS.update({"七": 7, "八": 8, "九": 9})
CN_NUMERAL_CHARS = "零〇一二三四五六七八九十百两"
# ㈠ … ㈩ (PARENTHESIZED IDEOGRAPH ONE … TEN), the Chinese counterpart of (i) … (x).
PARENTHESIZED_IDEOGRAPHS = "".join(chr(c) for c in range(0x3220, 0x322A))

_ROMAN_RE = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

TERMINAL_PUNCTUATION = frozenset("。．.！!？?；;：:؛؟")
PREAMBLE_TERMINAL_PUNCTUATION = TERMINAL_PUNCTUATION | frozenset("，,،")
_CLOSERS = frozenset("\"'”’」』》〉】）)]»")
# pdftotext ends every page with a form feed right after its last line's break, opening the next
# page's first line; one inside a line ends the line there.
_FORM_FEED_INSIDE_A_LINE_RE = re.compile(r"(?<=[^\n\f])(?=\f)")
# A soft hyphen ending a line marks where a word was broken ("ex\u00ad" above "plained"): the
# word's rest (up to the next space) moves up to end the line, the line below keeps its indent,
# or goes if nothing else was on it. Dropping the invisible hyphen alone left "ex plained". Not
# after a digit: no word, and "2024" above "2025" is a range, not one number.
_WORD_BROKEN_AT_SOFT_HYPHEN_RE = re.compile(
    r"(?<=\w)(?<!\d)\u00ad[ \t]*\n([ \t]*)([^\s\u00ad]+)(?:[ \t]*(?=\n|\Z)|[ \t]+)"
)

# A tab between two words sets columns apart ("AI<tab>artificial intelligence"), as a run of
# spaces does: it becomes two spaces, where any other odd space becomes one.
_COLUMN_TAB_RE = re.compile(r"(?<=\S)\t(?=\S)")


def normalise(content: str) -> str:
    """NFC, unified line ends, odd spaces to spaces (a tab between words to two), invisible
    and control characters removed, non-breaking hyphens made hyphens, Latin ligatures and
    roman numeral characters spelled out; form feeds (page breaks) kept, each opening a line."""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    content = content.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    if "\f" in content:
        content = _FORM_FEED_INSIDE_A_LINE_RE.sub("\n", content)
    if "\u00ad" in content:
        content = _WORD_BROKEN_AT_SOFT_HYPHEN_RE.sub(_word_made_whole, content)
    if "\t" in content:
        content = _COLUMN_TAB_RE.sub("  ", content)
    if _NORMALISED_CHARACTER_RE.search(content):
        content = content.translate(_NORMALISE_TABLE)
    return unicodedata.normalize("NFC", content)


def _word_made_whole(broken: re.Match[str]) -> str:
    indent, rest = broken.group(1), broken.group(2)
    following = broken.string[broken.end() : broken.end() + 1]
    return rest if following in ("", "\n") else f"{rest}\n{indent}"


def marker_view(line: str) -> str:
    """The line with digits and marker punctuation mapped to ASCII, character for character."""
    # The table maps no ASCII character: an ASCII line is its own view.
    if line.isascii() or not _MARKER_CHARACTER_RE.search(line):
        return line
    return line.translate(_MARKER_TABLE)


def is_cjk(ch: str) -> bool:
    """Characters between which a line break is joined without a space."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, CJK ideographs
        or 0xAC00 <= code <= 0xD7AF  # hangul
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3FFFF
    )


def is_cjk_punctuation(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFF0F or 0xFF1A <= code <= 0xFF20


_CJK_RUN_RE = re.compile(
    "[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]+"
)


def display_width(text: str) -> int:
    """Width in half-width columns: CJK characters count twice, as on a printed page."""
    if text.isascii():
        return len(text)
    # Each CJK character once more: the text's length less that of the rest.
    return 2 * len(text) - len(_CJK_RUN_RE.sub("", text))


_SHARED_PUNCTUATION = '“”‘’—…"'


def join_text(left: str, right: str) -> str:
    """Join two wrapped pieces: nothing between CJK characters or after a hyphen that ends a
    word, otherwise one space."""
    if not left:
        return right
    if not right:
        return left
    last, first = left[-1], right[0]
    if (is_cjk(last) and is_cjk(first)) or is_cjk_punctuation(first) or is_cjk_punctuation(last):
        return left + right
    # Quotation marks, dashes and ellipses are shared with Western text: between Chinese
    # characters ("…问题”" above "框架", "国家——" above "包括") they take no space either.
    inner_left, inner_right = left.rstrip(_SHARED_PUNCTUATION), right.lstrip(_SHARED_PUNCTUATION)
    if (
        (inner_left != left or inner_right != right)
        and inner_left
        and inner_right
        and is_cjk(inner_left[-1])
        and is_cjk(inner_right[0])
    ):
        return left + right
    if _marks_at_a_cjk_wrap(left, right):
        return left + right
    # A line broken inside brackets' ends, "…(" above "b)技术转让", as only a Chinese line breaks
    # (anywhere): no text sets a space after an opening bracket or before a closing one.
    if last in "([" or first in ")]":
        return left + right
    # A line broken after a hyphen ("Secretary-" above "General", "2020-" above "2030"), or
    # after a closed-up en dash, a range's or a joint symbol's ("paras. 12–" above "15",
    # "A/79/62–" above "E/2024/11"); a spaced dash ("…States –" above "…") keeps its spaces.
    if last in "-–" and len(left) > 1 and left[-2].isalnum() and first.isalnum():
        return left + right
    # Chinese lines break anywhere, inside a number too ("…第 7" above "0/1 号决议", "第 79/"
    # above "325 号"): its digits go on without a space; so does a number broken after its full
    # stop, whatever the script ("…target 17." above "8, …"). But a thousands group wrapped,
    # "…至少 1" above "000 万人", keeps the space the Chinese service prints ("1 000 万").
    if _wraps_a_thousands_group(left, right):
        return f"{left} {right}"
    if goes_on_a_cut_number(left, right):
        return left + right
    if first.isdigit() and (
        _CJK_NUMBER_END_RE.search(left[-16:])
        or (left[-2:-1].isdigit() and last == "." and BROKEN_NUMBER_RE.match(right))
    ):
        return left + right
    # A marker a Chinese line wrapped before ("…上文" above "(a)至(c)分段", "…第 5" above
    # "(b)段") is set as the printed text sets it after its parenthesis: glued there, glued here.
    if (
        is_cjk(last)
        or _CJK_NUMBER_END_RE.search(left[-16:])
        or _CJK_CITED_MARKER_END_RE.search(left[-16:])
    ) and _GLUED_CJK_MARKER_RE.match(right):
        return left + right
    if _wraps_a_url(left, right):
        return left + right
    # A symbol or a resolution's number broken after its "/" ("(A/79/" above "276)",
    # "resolution 70/" above "125", "(E/CN.6/" above "2024/1)"): its next element goes on.
    if (first.isdigit() or first.isupper()) and _SYMBOL_CUT_AFTER_A_SLASH_RE.search(
        left[-_LONGEST_SYMBOL:]
    ):
        return left + right
    return f"{left} {right}"  # one copy: a long paragraph is joined line by line


# The elements of a symbol up to the "/" a line ends with, from the symbol's start: capitals and
# digits ("A/79/", "E/CN.6/", "70/"), never a word's ("and/").
_SYMBOL_CUT_AFTER_A_SLASH_RE = re.compile(r"(?<![\w/.-])[A-Z0-9](?:[A-Z0-9./-]*[A-Z0-9])?/$")
_LONGEST_SYMBOL = 40


# A number a Chinese line ends in: after an ideograph, or after the "、" of a list of figures or
# the bracket a title opens with ("…（目标3、5、1" above "2、16）", "…《20" above "30年议程》"),
# never after a closing mark or a stop, where a note marker stands ("…议程》。1").
_CJK_NUMBER_END_RE = re.compile(r"[\u3400-\u9fff、《（“] ?\d[\d/.]*$")
# Half-width punctuation as Chinese web copies type it among ideographs ("机会,并促进",
# "合作(所有目标);"), and what may stand between it and the nearest ideograph without a space
# ("(目标17)"): digits and the marks themselves.
_HALF_WIDTH_MARKS = ",;:()"
_BESIDE_HALF_WIDTH_MARKS = _HALF_WIDTH_MARKS + "0123456789/.%"
# A bare URL ending a line, and what a URL broken there goes on with below: a path, a query or
# a domain ("…/techenvoy/" above "global-digital-compact/submissions", "…/gl" above "obal-…").
_LINE_END_URL_RE = re.compile(r"(?:https?://|www\.)[!-~]*$")
_URL_PIECE_RE = re.compile(r"[!-~]+")
_GOES_ON_A_URL_RE = re.compile(r"[/?=#&%]|\w{2,}\.\w{2,}")
_URL_SEPARATORS = "/-_.?=&#~%"


def _marks_at_a_cjk_wrap(left: str, right: str) -> bool:
    """Whether a line of Chinese text typed with half-width punctuation broke at a mark ("…提供
    机会," above "并促进…", "…南南合作(" above "所有目标)。", "…潜在危害" above ",包括"):
    the nearest character other than marks and digits is CJK on both sides (or there is none on
    one side). Chinese sets no space around its punctuation, whichever width it is typed in;
    but the official text spaces a Latin marker, "…第 2 段" above "(b) 分段", and keeps it.
    A bracket a Chinese clause or sentence closes goes on so too ("…提交报告，]" above
    "并请…", "[备选案文 1：…。]" above "[备选案文 2：…。]"); a bracketed tag above the words it
    marks ("PP3 [欧盟：删除]" above "注意到…") keeps its space."""
    if left.endswith("]") and is_cjk_punctuation(left[-2:-1] or "]"):
        return is_cjk(right.lstrip("[")[:1] or "[")
    if left[-1] not in _HALF_WIDTH_MARKS and right[0] not in _HALF_WIDTH_MARKS:
        return False
    before = left.rstrip(_BESIDE_HALF_WIDTH_MARKS)[-1:]
    after = right.lstrip(_BESIDE_HALF_WIDTH_MARKS)[:1]
    return (before or after) != "" and all(
        is_cjk(character) for character in (before, after) if character
    )


def _wraps_a_url(left: str, right: str) -> bool:
    """Whether a line ends inside a bare URL that the next line goes on with ("…可查阅
    https://www.un.org/techenvoy/" above "global-digital-compact/submissions，…", "…/gl" above
    "obal-digital-compact/…"): a URL has no space. Only when the URL stops where none ends, at
    a separator or inside a word in lower case, and what opens the next line reads as its rest
    (a path, a query, a domain): "…/techenvoy/" above "for the information of …" is the
    sentence going on, and "https://undocs.org/A/RES/70/1" above "A/RES/79/1 …" a list's next
    entry."""
    tail = left[-256:]
    # Most joins have no URL: the substring tests spare them the pattern's scan.
    if ("://" not in tail and "www." not in tail) or _LINE_END_URL_RE.search(tail) is None:
        return False
    piece = _URL_PIECE_RE.match(right)
    if piece is None or _GOES_ON_A_URL_RE.search(piece.group()) is None:
        return False
    last, first = left[-1], right[0]
    return last in _URL_SEPARATORS or (last.islower() and first.islower())


# A Chinese quantity's leading digits ending a line, "至少 1", never an ordinal's ("第 2" above
# "719 号决议" is resolution 2719), and a group of exactly three digits opening the next.
_CJK_THOUSANDS_HEAD_RE = re.compile(r"(?!第)[\u3400-\u9fff] ?(\d{1,3})$")
_THOUSANDS_GROUP_RE = re.compile(r"^(\d{3})(?!\d|[/.,:]\d)")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d ?年")


def _wraps_a_thousands_group(left: str, right: str) -> bool:
    """Whether a Chinese line ends in a number's leading digits and the next opens with its
    thousands group ("…至少 1" above "000 万人"), not a year wrapped ("2" above "025 年")."""
    head = _CJK_THOUSANDS_HEAD_RE.search(left[-16:])
    group = _THOUSANDS_GROUP_RE.match(right)
    return head is not None and group is not None and not _YEAR_RE.match(head.group(1) + right)


# A Chinese line's last digits after an ideograph or any Chinese mark, a full-width colon or
# comma too ("…世界：2").
_CJK_CUT_NUMBER_HEAD_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef] ?(\d{1,3})$")


def goes_on_a_cut_number(left: str, right: str) -> bool:
    """Whether a line opening with a zero goes on with the number the Chinese line above broke,
    whatever mark stands before its digits ("…世界：2" above "030年前…"): no paragraph, note or
    word opens with a zero, so those digits are no note marker glued after the mark. A
    thousands group keeps its space ("…，1" above "000 万人"), a year none."""
    head = _CJK_CUT_NUMBER_HEAD_RE.search(left[-16:])
    if head is None or right[:1] != "0":
        return False
    return (
        _THOUSANDS_GROUP_RE.match(right) is None
        or _YEAR_RE.match(head.group(1) + right) is not None
    )


# Digits and a comma, "、" or a semicolon opening a line ("8，", "8,", "8；"): the rest of a number
# the line above broke ("…具体目标 17." above "8，"), as no paragraph opens ("2,500" is a number).
BROKEN_NUMBER_RE = re.compile(r"^\d{1,4}(?:,(?!\d)|[，、;；])")
# A marker glued to what follows it: an ideograph, Chinese punctuation or a parenthesized numeral
# ("(c)㈡，").
_GLUED_CJK_MARKER_RE = re.compile(
    r"(?:\([^()\s]{1,4}\)|[\u3220-\u3229])[\u3000-\u303f\u3220-\u3229\u3400-\u9fff\uff00-\uffef]"
)
# A marker a Chinese reference cites at a line's end ("…第 8 段(c)", "…第 2 段 (a)"), which the
# marker below it ("㈡的执行情况；") follows without a space, as "第 8 段(c)㈡" is printed.
_CJK_CITED_MARKER_END_RE = re.compile(r"[\u3400-\u9fff] ?[(（][A-Za-z]{1,4}[)）]$")


def ends_open(text: str, *, comma_closes: bool) -> bool:
    """Whether a piece of text stops mid-sentence (so a following line continues it)."""
    text = text.rstrip()
    # A sponsor's proposal may be longer than the tail that decides: read it whole.
    tail = text[-_TAGGED_TAIL:] if text.endswith(("]", "］")) else text[-_TAIL:]
    status = (
        _STATUS_TAG_RE.search(tail) or _POSITION_TAG_RE.search(tail)
        if tail.endswith(_TAG_ENDS)
        else None
    )
    if status is not None:
        # The punctuation before the tag decides, as before a sponsor's; with none, the tag
        # itself ends the paragraph.
        before = text[: len(text) - len(tail) + status.start()]
        return ends_open(before, comma_closes=comma_closes) and not ends_open(
            before, comma_closes=True
        )
    stripped = without_note_marker(tail)
    if stripped.endswith(_TAG_ENDS):
        stripped = _TRAILING_TAG_RE.sub("", stripped)
    while stripped and stripped[-1] in _CLOSERS:
        stripped = stripped[:-1].rstrip()
    if not stripped:
        return True
    terminal = PREAMBLE_TERMINAL_PUNCTUATION if comma_closes else TERMINAL_PUNCTUATION
    # A title quoted and wrapped at its colon or comma, never at a sentence's end.
    return stripped[-1] not in terminal or (
        stripped[-1] in _INSIDE_A_SENTENCE and _inside_a_quotation(text)
    )


def without_note_marker(text: str) -> str:
    """The text without a note marker glued after its final punctuation ("…执行情况。1",
    "…a report.1"), which is no word of the sentence; a number that is the title's own ("Zero
    draft, Rev.1", "Version 2.1", see ``_NUMBERED_AFTER_DOT_RE``) stays."""
    marker = _TRAILING_MARKER_RE.search(text)
    if marker is None or _NUMBERED_AFTER_DOT_RE.search(text, 0, marker.start()):
        return text
    return text[: marker.start()]


def _inside_a_quotation(text: str) -> bool:
    """Whether the text stops inside a quotation it opened: a title wrapped at its colon
    ("…题为“变革我们的世界：" + "2030年可持续发展议程”…") is no finished sentence. A paragraph
    quoted whole ("“2 之二. 共同主席应确保：" + its items) stops at its own colon. In Arabic text
    a curly mark after a space opens, whichever way it curls (see ``_opens_arabic_quotation``)."""
    tail = text[-_QUOTATION_TAIL:]
    last = _LAST_QUOTATION_MARK_RE.search(tail)
    if last is None or not (len(text) > len(tail) or last.start() > 0):
        return False
    if last.group()[0] in _CURLY_DOUBLE_QUOTATION_MARKS and _ARABIC_LETTER_RE.search(tail):
        return _opens_arabic_quotation(tail, last.start())
    if last.group()[0] == '"':
        return _opens_straight_quotation(text, len(text) - len(tail) + last.start())
    return last.group()[0] in _QUOTATION_OPENERS


def _opens_straight_quotation(text: str, mark: int) -> bool:
    """Whether the straight mark at ``mark``, the text's last, opens a quotation ("…entitled
    \"Transforming our world:" + "the 2030 Agenda …\"", "…题为\"变革我们的世界：" + …): one
    the marks before it leave unpaired, standing where a quotation opens (at the start, after a
    space, an opening bracket or an ideograph), not right after a word it would close."""
    before = text[mark - 1] if mark else " "
    return text.count('"') % 2 == 1 and (
        before.isspace() or before in "([{«“" or before >= "\u3000"
    )


def _opens_arabic_quotation(text: str, mark: int) -> bool:
    """Whether the curly mark at ``mark`` opens a quotation in Arabic text: UN Arabic opens with
    ” and closes with “, mirrored from English ("…المعنونة ”تحويل عالمنا:" + "خطة التنمية
    المستدامة لعام 2030“؛"), web copies often as English does, so where it stands decides: at
    the start, after a space or an opening bracket it opens, after a word it closes."""
    return mark == 0 or text[mark - 1].isspace() or text[mark - 1] in "([«"


# Only the end of a text decides whether it is finished; long paragraphs are not rescanned.
_TAIL = 64
# How far back a quotation still open at the end may have opened (a long title).
_QUOTATION_TAIL = 240
_INSIDE_A_SENTENCE = frozenset(":：;；,，、")
_CURLY_DOUBLE_QUOTATION_MARKS = "“”"
# The Arabic letters, hamza to yeh (a character-class range): what opens or goes on with an
# Arabic word, its diacritics and digits apart.
ARABIC_LETTER_RANGE = "\u0621-\u064a"
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTER_RANGE}]")
_QUOTATION_OPENERS = "“«《「『"
_QUOTATION_CLOSERS = "”»》」』"
# A straight mark opens or closes, as where it stands tells (``_opens_straight_quotation``).
_LAST_QUOTATION_MARK_RE = re.compile(
    f'[{_QUOTATION_OPENERS}{_QUOTATION_CLOSERS}"][^{_QUOTATION_OPENERS}{_QUOTATION_CLOSERS}"]*$'
)
# Compilation texts tag a finished paragraph with its sponsors: "…resolution 70/1, [G77]".
_TRAILING_TAG_RE = re.compile(
    r"(?:(?<=[,.;:，。；：])\s*|(?<=[\]］])\s+)[\[［]"
    # "[G77]", "[EU: delete]", or a sponsor's proposal: "[EU: add "and the outcome document …"]".
    r"(?:[^\[\]［］]{1,60}|[A-Z][\w .&/-]{0,30}[:：][^\[\]［］]{1,180})[\]］]$"
    # A bracketed proposal names its sponsors in parentheses after it: "[Also recognizing …,]
    # (G77 and China)", "[又认识到…，]（77 国集团和中国）". A name, no sentence: "[…] (see
    # annex)" is none.
    r"|(?<=[\]］])\s*[(（][A-Z\d\u4e00-\u9fff][^()（）\[\]［］,.;:，。；：]{0,60}[)）]$"
    # So does a paragraph's own, after its punctuation: "…development, (G77 and China)", "…
    # permanent; (EU, Switzerland)", "…发展权，（77国集团和中国）", positions too ("…, (G77:
    # retain; EU: delete)"). A name's first word, no lower-case word ("…, (see annex)") nor a
    # lone letter, an item's marker ("…, (A)").
    r"|(?<=[,.;:，。；：])\s*[(（](?:[A-Z][\w&'’.-]+|\d{0,3}\s?[\u4e00-\u9fff])"
    r"[^()（）\[\]［］]{0,60}[)）]$"
)
# A delegation's position tagged at a paragraph's end: "(G77: retain)", "(EU, US: delete)",
# "(G77: retain; EU: delete)", "（77国集团：保留）". Like a status tag, it ends the paragraph
# whether its own punctuation precedes it or not: a sentence's parenthesis ("…Organization
# (UNESCO)" + "and …") states no position.
_POSITION_TAG_RE = re.compile(
    r"[(（](?:[A-Z][\w&'’.-]+|\d{0,3}\s?[\u4e00-\u9fff])[^()（）:：]{0,30}[:：]\s*"
    r"(?:retain|delete|support|oppose|reserve|bracket|保留|删除|删去|支持|反对)"
    r"[^()（）]{0,40}[)）]$"
)
# A draft marks a paragraph's status at its end, "(agreed ad ref)", "[agreed]", "（暂时商定）",
# "（已商定）", whether its own punctuation precedes the tag or not: no sentence goes on past it.
_STATUS_TAG_RE = re.compile(
    r"[(\[（［]\s*(?:(?:provisionally\s+)?agreed(?:\s+ad\s+ref(?:erendum)?)?|ad\s+ref(?:erendum)?)"
    r"\.?\s*[)\]）］]$|[(\[（［](?:已|暂时|已暂时)?商定[)\]）］]$",
    re.IGNORECASE,
)
# What every tag ends with (``_TRAILING_TAG_RE`` is asked only then: most texts end otherwise).
_TAG_ENDS = ("]", "］", ")", "）")
_TAGGED_TAIL = 256
# A footnote marker left after final punctuation must not make a finished sentence look open.
_TRAILING_MARKER_RE = re.compile(r"(?<=[.。;；:：,，)）》”\"])\s?\d{1,3}$")
# But the number after "Rev.", "No." or "2." is the title's own ("Zero draft, Rev.1", "Version
# 2.1"), and so is a UNFCCC decision's session ("Decision 1/CP.28", "1/CMA.5"): that line is
# unfinished, a title. (A year's four digits before a marker are a sentence's.)
# The UNFCCC's governing bodies, whose sessions number its decisions: "1/CP.28", "1/CMA.5".
UNFCCC_BODIES = "CP|CMP|CMA"
_NUMBERED_AFTER_DOT_RE = re.compile(
    r"(?:\b(?:Revs?|Nos?|Vol|Add|Corr|Amend|Suppl|Paras?|Art|Chap|Ch|Ver|Pt)"
    rf"|/L|\d/(?:{UNFCCC_BODIES})|(?<!\d)\d{{1,2}})\.$",
    re.IGNORECASE,
)


def starts_as_continuation(text: str) -> bool:
    """A line that cannot begin a paragraph: lower-case Latin start or closing CJK punctuation.
    (A footnote's number alone on its line, ``¹``, has no text at all.)"""
    if not text:
        return False
    first = text[0]
    return first.islower() or (is_cjk_punctuation(first) and first in "，、。；：）》」』】〉")


def opens_preamble_in_lower_case(text: str) -> bool:
    """Russian texts open preambular paragraphs in lower case ("ссылаясь на свою резолюцию
    70/1,"): below a comma, in the preamble, such a line begins a paragraph. An adverb opens
    operative ones too: "вновь подтверждая …," is preambular, "вновь подтверждает …;" is not."""
    return (
        _RUSSIAN_PREAMBLE_OPENER_RE.match(text) is not None
        and _RUSSIAN_OPERATIVE_OPENER_RE.match(text) is None
    )


def opens_operative_in_lower_case(text: str) -> bool:
    """Russian texts open operative paragraphs in lower case too, below the chapeau's or a
    preambular paragraph's comma ("постановляет:", "принимает следующий итоговый документ:"),
    where English capitalises "Decides", "Adopts": there such a line begins a paragraph."""
    return _RUSSIAN_OPERATIVE_OPENER_RE.match(text) is not None


# The gerunds a Security Council's or General Assembly's preamble opens with, also after an
# adverb ("настоятельно призывая", "решительно осуждая"). A list, not their endings: "-я" and
# "-в" end too many nouns and adjectives a wrapped line opens with ("развития", "для").
_RUSSIAN_PREAMBLE_GERUNDS = (
    "ссылаясь|подтверждая|признавая|отмечая|приветствуя|учитывая|принимая|выражая|памятуя|"
    "сознавая|осознавая|подчеркивая|считая|напоминая|руководствуясь|констатируя|одобряя|желая|"
    "заявляя|рассмотрев|исходя|отдавая|осуждая|стремясь|поддерживая|призывая|определяя|"
    "действуя|подвергнув|изучив|заслушав|придавая|опираясь"
)
_RUSSIAN_PREAMBLE_OPENER_RE = re.compile(
    rf"(?:(?:настоятельно|решительно)\s+(?:{_RUSSIAN_PREAMBLE_GERUNDS})|"
    rf"{_RUSSIAN_PREAMBLE_GERUNDS}|вновь|будучи|с\s+(?:удовлетворением|"
    r"озабоченностью|обеспокоенностью|признательностью|тревогой)|глубоко|особо|высоко|"
    r"преисполненная|убежденная|обеспокоенная|встревоженная)\b"
)
# The finite verbs, third person, an operative paragraph or a resolution's adopting clause opens
# with, where English capitalises "Decides", "Adopts" (a list, as the gerunds': a wrapped line
# opens with many a verb after a comma mid-clause, "…, в котором она," + "в частности, …"; the
# first person, "постановляем", is a "Мы, …,"'s verb, its sentence going on).
_RUSSIAN_OPERATIVE_VERBS = (
    "постановляет|принимает|просит|призывает|предлагает|рекомендует|одобряет|приветствует|"
    "подтверждает|признает|признаёт|отмечает|подчеркивает|поручает|решает|утверждает|заявляет|"
    "выражает|осуждает|требует|напоминает|объявляет|провозглашает|учреждает|уполномочивает|"
    "продлевает|поощряет|побуждает|благодарит|поддерживает|обращается|настаивает|"
    "приглашает|соглашается|считает|сожалеет|назначает|избирает|возобновляет|оценивает"
)
_RUSSIAN_OPERATIVE_OPENER_RE = re.compile(
    r"(?:(?:настоятельно|решительно|вновь|глубоко|особо|высоко|твердо|еще\s+раз|"
    r"с\s+(?:удовлетворением|признательностью|озабоченностью|обеспокоенностью|тревогой|"
    r"сожалением))\s+)?"
    rf"(?:{_RUSSIAN_OPERATIVE_VERBS})\b"
)
# Either, as a pattern to embed: what a compilation's "PP1" / "OP1" may stand before in Russian,
# where "OP 12 резолюции …" is a reference.
RUSSIAN_PARAGRAPH_OPENING = (
    f"(?:{_RUSSIAN_PREAMBLE_OPENER_RE.pattern}|{_RUSSIAN_OPERATIVE_OPENER_RE.pattern})"
)


def roman_value(token: str) -> int | None:
    token = token.lower()
    if not token or not _ROMAN_RE.match(token):
        return None
    total = 0
    for ch, following in zip(token, [*token[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def to_roman(value: int) -> str:
    parts = []
    for number, numeral in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= number:
            parts.append(numeral)
            value -= number
    return "".join(parts)


def chinese_value(token: str) -> int | None:
    """一 -> 1, 十一 -> 11, 二十 -> 20, 一百零三 -> 103; None for anything else."""
    if not token or any(ch not in CN_NUMERAL_CHARS for ch in token):
        return None
    total, current = 0, 0
    for ch in token:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[ch]
    total += current
    return total or None


def letter_index(token: str) -> int | None:
    """a -> 1 … z -> 26, aa -> 27 … zz -> 52 (the UN's doubled letters)."""
    token = token.lower()
    if len(token) == 1 and "a" <= token <= "z":
        return ord(token) - ord("a") + 1
    if len(token) == 2 and token[0] == token[1] and "a" <= token[0] <= "z":
        return 26 + ord(token[0]) - ord("a") + 1
    return None


def letter_for(index: int) -> str:
    if index <= 26:
        return chr(ord("a") + index - 1)
    return chr(ord("a") + index - 27) * 2


# Russian web copies type an item's letter in Cyrillic: a look-alike of the Latin one ("а)",
# "с)" among "b)"), or a list lettered in the Russian alphabet, "а) б) в) г) …" (ё, й, ъ, ы, ь
# skipped), that stands for "a) b) c) d) …" by position, so that anchors match the English text.
_CYRILLIC_LOOKALIKES = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y"}
_RUSSIAN_ITEM_LETTERS = "абвгдежзиклмнопрстуфхцчшщэ"


# Sub-headings, "А. Подключенность", "Б. …" or "В. …" for "B.": capitals look like more Latin
# letters than the small ones do.
_CYRILLIC_CAPITAL_LOOKALIKES = {
    "А": "a", "В": "b", "С": "c", "Е": "e", "Н": "h", "К": "k", "М": "m", "О": "o", "Р": "p",
    "Т": "t", "Х": "x", "У": "y",
}  # fmt: skip


def latin_item_letter(cyrillic: str, expected: int) -> str | None:
    """The Latin letter a Cyrillic item letter stands for: the look-alike or the letter at its
    place in the Russian alphabet, whichever is the item ``expected`` next (as "(i)" is the
    letter or the numeral the list expects); failing both, the look-alike, then the place."""
    return _latin_letter(_CYRILLIC_LOOKALIKES.get(cyrillic), cyrillic, expected)


def latin_heading_letter(cyrillic: str, expected: int) -> str | None:
    """The same for a sub-heading's Cyrillic capital ("А.", "Б.", "В."), the sub-heading
    ``expected`` next deciding between look-alike and place ("В." is B after "А.", C after
    "Б.")."""
    return _latin_letter(_CYRILLIC_CAPITAL_LOOKALIKES.get(cyrillic), cyrillic.lower(), expected)


def _latin_letter(lookalike: str | None, small: str, expected: int) -> str | None:
    place = _RUSSIAN_ITEM_LETTERS.find(small)
    positional = letter_for(place + 1) if place >= 0 else None
    for candidate in (lookalike, positional):
        if candidate is not None and letter_index(candidate) == expected:
            return candidate
    return lookalike or positional


# Arabic texts number a paragraph "1 - " (an inserted one "1 مكررا - ") and letter its items in
# the abjad order, "(أ)" "(ب)" "(ج)" "(د)" "(هـ)" … for (a) (b) (c) (d) (e) …, their own items
# quoted, "'1'" "'2'" for (i) (ii): read as the English markers, so that anchors match the
# English text.
_ARABIC_LETTERS = "\u0600-\u06ff"
_ABJAD_ITEM_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذض"
# An inserted paragraph, "8 bis", is "8 مكررا" (also "مكرراً", "مكررًا"), and "8 ter", "8 quater"
# … take the ordinal, "8 ثالثا", "8 رابعا" …, as the Rome Statute's Arabic text numbers its
# "article 15 ter": the insertion each stands for, spelled without its tanwin.
ARABIC_INSERTIONS = {
    "مكررا": "bis",
    "ثالثا": "ter",
    "رابعا": "quater",
    "خامسا": "quinquies",
    "سادسا": "sexies",
    "سابعا": "septies",
    "ثامنا": "octies",
    "تاسعا": "novies",
    "عاشرا": "decies",
}
ARABIC_TANWIN = "\u064b"
ARABIC_INSERTION = (
    rf"(?:{'|'.join(word[:-1] for word in ARABIC_INSERTIONS)})"
    rf"(?:ا{ARABIC_TANWIN}?|{ARABIC_TANWIN}ا)(?![{_ARABIC_LETTERS}])"
)
_ARABIC_PARAGRAPH_RE = re.compile(
    rf"^\d{{1,4}}(?:\s*{ARABIC_INSERTION})?(\s*[-–—]\s)(?=\s*[{_ARABIC_LETTERS}])"
)
_ARABIC_ITEM_RE = re.compile(rf"^\(\s*([{_ABJAD_ITEM_LETTERS}]ـ?)\s*\)")
_SUB_ITEM_QUOTES = "'‘’"
_ARABIC_SUB_ITEM_RE = re.compile(
    rf"^[{_SUB_ITEM_QUOTES}](\d{{1,2}})[{_SUB_ITEM_QUOTES}](?=\s+[{_ARABIC_LETTERS}])"
)
# Enough of a line's start for that marker and the letter after it: paragraphs are long.
_SUB_ITEM_SPAN = 16

# Sections are numbered with ordinal words, "أولا - " (also "أولاً") for "I. ", "ثانيا - " for
# "II. " …, their sub-sections with the letters' names in the abjad order, "ألف - " for "A. ",
# "باء - " for "B. " …: read as the English headings, always with their dash ("أولا، …" is
# "firstly, …").
_ARABIC_SECTION_ORDINALS = (
    "أولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
    "حادي عشر",
    "ثاني عشر",
    "ثالث عشر",
    "رابع عشر",
    "خامس عشر",
    "سادس عشر",
    "سابع عشر",
    "ثامن عشر",
    "تاسع عشر",
    "عشرون",
)
_ARABIC_LETTER_NAMES = (
    "ألف",
    "باء",
    "جيم",
    "دال",
    "هاء",
    "واو",
    "زاي",
    "حاء",
    "طاء",
    "ياء",
    "كاف",
    "لام",
    "ميم",
    "نون",
    "سين",
    "عين",
    "فاء",
    "صاد",
    "قاف",
    "راء",
    "شين",
    "تاء",
    "ثاء",
    "خاء",
    "ذال",
    "ضاد",
)
_ARABIC_HEADING_RE = re.compile(
    "^("
    + "|".join(
        f"{word[:-1]}(?:ا{ARABIC_TANWIN}?|{ARABIC_TANWIN}ا)" if word.endswith("ا") else word
        for word in _ARABIC_SECTION_ORDINALS + _ARABIC_LETTER_NAMES
    )
    + rf")(?![{_ARABIC_LETTERS}])\s*[-–—]\s(?=\s*[{_ARABIC_LETTERS}])"
)

# Annexes, appendices, chapters and parts are numbered with the ordinal after the word,
# "المرفق الأول" for "Annex I", "التذييل الثاني" for "Appendix II", "الفصل الأول" for "Chapter I",
# "الجزء الثاني" for "Part II": read as the roman numeral.
_ARABIC_PART_ORDINALS = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
)
_ARABIC_PART_ORDINAL_RE = re.compile(
    r"^(?:المرفق|التذييل|الفصل|الجزء)\s+("
    + "|".join(f"{word}\\s+عشر" for word in ("الحادي", *_ARABIC_PART_ORDINALS[1:9]))
    + "|العشرون|"
    + "|".join(_ARABIC_PART_ORDINALS)
    + rf")(?![{_ARABIC_LETTERS}])"
)


def _arabic_part_number(printed: str) -> str:
    """ "الأول" -> "I", "الثاني عشر" -> "XII", "العشرون" -> "XX"."""
    first, *teen = printed.split()
    if first == "العشرون":
        return "XX"
    units = 1 if first == "الحادي" else _ARABIC_PART_ORDINALS.index(first) + 1
    return to_roman(units + 10 * len(teen)).upper()


def _arabic_heading_marker(printed: str) -> str:
    """ "ثانياً" -> "II", "باء" -> "B"."""
    word = printed.replace(ARABIC_TANWIN, "")
    if word in _ARABIC_SECTION_ORDINALS:
        return to_roman(_ARABIC_SECTION_ORDINALS.index(word) + 1).upper()
    return letter_for(_ARABIC_LETTER_NAMES.index(word) + 1).upper()


def arabic_markers_read(text: str, view: str) -> tuple[str, str]:
    """A line's text and marker view with an Arabic marker read as the English one ("1 - " as
    "1. ", "(هـ)" as "(e)", "'2'" as "(ii)", "ثانيا - " as "II. ", "المرفق الأول" as
    "المرفق I"): the view only, but for a numeral longer than the digits it stands for, which
    the text makes room for with spaces after its marker."""
    if paragraph := _ARABIC_PARAGRAPH_RE.match(view):
        start, end = paragraph.span(1)
        return text, view[:start] + "." + " " * (end - start - 1) + view[end:]
    if item := _ARABIC_ITEM_RE.match(view):
        start, end = item.span(1)
        letter = letter_for(_ABJAD_ITEM_LETTERS.index(item.group(1)[0]) + 1)
        return text, view[:start] + letter.ljust(end - start) + view[end:]
    if sub_item := _ARABIC_SUB_ITEM_RE.match(view):
        numeral, end = to_roman(int(sub_item.group(1))), sub_item.end()
        marker = f"({numeral})"
        room = " " * max(0, len(marker) - end)
        return text[:end] + room + text[end:], marker.ljust(end) + view[end:]
    if heading := _ARABIC_HEADING_RE.match(view):
        marker = f"{_arabic_heading_marker(heading.group(1))}."
        return text, marker.ljust(heading.end()) + view[heading.end() :]
    if part := _ARABIC_PART_ORDINAL_RE.match(view):
        start, end = part.span(1)
        numeral = _arabic_part_number(part.group(1)).ljust(end - start)
        return text, view[:start] + numeral + view[end:]
    return text, view


# Chinese texts letter their sub-headings with the heavenly stems, "甲. 法律框架" ("甲、", "甲．")
# for "A. Legal framework", "乙." for "B." … "癸." for "J.": read as the English letters, so
# that anchors match the English text. A stem before another, "甲、乙两国", names the parties.
CHINESE_HEADING_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CHINESE_STEM_HEADING_RE = re.compile(
    rf"^([{CHINESE_HEADING_STEMS}])\s*[.．、](?=\s*[^\s{CHINESE_HEADING_STEMS}\x00-\x7f])"
)


def chinese_stem_heading_read(view: str) -> str:
    """The marker view with a Chinese sub-heading's stem read as the English letter ("乙、" as
    "B.")."""
    if not (heading := _CHINESE_STEM_HEADING_RE.match(view)):
        return view
    letter = letter_for(CHINESE_HEADING_STEMS.index(heading.group(1)) + 1).upper()
    return f"{letter}{view[1 : heading.end() - 1]}.{view[heading.end() :]}"


# ---------------------------------------------------------------------------------------------
# Inline clean-up
# ---------------------------------------------------------------------------------------------

# "<sup>3</sup>", and a web copy's "<sup>[3](#fn3)</sup>".
SUP_RE = re.compile(r"<sup>\s*\[?(\d{1,3})(?:\]\(#[^()\s]*\))?\s*</sup>", re.IGNORECASE)
# Bodies exclude the opening delimiter so that an unclosed tag, link or reference costs linear,
# not quadratic, time: each attempt stops at the next "<" or "[".
_SUP_ANY_RE = re.compile(r"<sup>[^<]*</sup>", re.IGNORECASE)
_MD_IMAGE_RE = re.compile(r"!\[([^\[\]\n]*)\]\([^)\n]*\)")
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)")
# Pandoc's bracketed span, its attributes right after it: "[convene]{.mark}", "[x]{.smallcaps}",
# "[text]{custom-style="Strong"}" read as their text. A bracket with no "{" right after it, a
# draft's "[alt 1: …]" or "[text]", is no span and stays.
_MD_SPAN_RE = re.compile(
    r"(?<!\\)\[((?:\\.|[^\[\]\\\n])*)\]\{\s*(?:[.#][\w-]|[A-Za-z][\w-]*\s*=)[^{}\n]*\}"
)
# A link or span whose text wraps over lines, its markup right after its closing bracket: the
# link's destination or the span's attributes, as ``_MD_LINK_RE`` and ``_MD_SPAN_RE`` read them
# on one line, and an image's, read as its description as ``_MD_IMAGE_RE`` reads it; not an
# inline note's "^[…]".
_MD_WRAPPED_LINK_RE = re.compile(
    r"(?<![\\^])!?\[((?:\\.|[^\[\]\\\n])*\n(?:\\.|[^\[\]\\])*)\]"
    r"(?:\((?:[^()\n]|\([^()\n]*\))*\)|\{\s*(?:[.#][\w-]|[A-Za-z][\w-]*\s*=)[^{}\n]*\})"
)
# CommonMark's autolink, "<https://www.un.org/wsis>" or "<info@un.org>": read as the bare URL.
_MD_AUTOLINK_RE = re.compile(
    r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"
)
# A Markdown footnote label, "[^1]", "[^note]": in a reference and at a definition's start.
MD_FOOTNOTE_LABEL = r"\[\^[^\[\]\s]+\]"
# "Charter,[^1] and", "the Agenda [^note]": the reference goes, with the space before it; in
# Chinese, with the spaces either side ("认识到，[^1] 消除" is "认识到，消除").
_MD_FOOTNOTE_REF_RE = re.compile(rf" ?{MD_FOOTNOTE_LABEL}( *)")


def _without_footnote_reference(reference: re.Match[str]) -> str:
    """What stays of a Markdown note reference: the space after it, as between Latin words
    ("recognize,[^1] that"), unless it would stand beside CJK punctuation or between two
    ideographs, which no space parts ("认识到，[^1] 消除", "议程 [^1] 消除"); a figure keeps the
    space the official Chinese sets beside an ideograph ("议程[^1] 2030")."""
    if not reference.group(1):
        return ""
    text = reference.string
    before = text[reference.start() - 1] if reference.start() > 0 else ""
    after = text[reference.end()] if reference.end() < len(text) else ""
    if (before and is_cjk_punctuation(before)) or (after and is_cjk_punctuation(after)):
        return ""
    if before and after and is_cjk(before) and is_cjk(after):
        return ""
    return reference.group(1)


# A web copy's footnote reference: a number linking to a fragment of the page, "[1](#fn1)",
# "[2](#note-smith)". Word's HTML export writes it "[\[1\]](#_ftn1)" (brackets escaped) or
# "[[1]](#_ftn1)". A contents entry's page links so too, kept as text (``_links_a_page``).
_MD_NOTE_LINK_RE = re.compile(r"\[(?:\\?\[)?(\d{1,3})(?:\\?\])?\]\(#([^()\s]*)\)")
# Pandoc's superscript, "^1^": a reference as "<sup>1</sup>" is.
_MD_SUPERSCRIPT_RE = re.compile(r"\^(\d{1,3})\^")
_MD_LINKED_SUPERSCRIPT_RE = re.compile(r"\[\^(\d{1,3})\^\]\((#[^()\s]*)\)")
_MD_SUPERSCRIPT_LINK_RE = re.compile(r"\^\[(\d{1,3})\]\((#[^()\s]*)\)(?:\{[^{}]*\})?\^")
# Pandoc's attributes after a link or heading: "{#fnref1 .footnote-ref}", "{#principles}",
# "{lang="fr"}", "{-}" (unnumbered): markup, never text (a span's, "[convene]{.mark}", goes with
# its span). An id holds whatever its heading's words gave it, full stops and all
# ("{#i.-introduction}", "{#行动-3.-我们将采取行动。}").
_MD_ATTRIBUTE = r"""(?:[#.][^\s{}"]+|[\w-]+=(?:"[^"]*"|[^\s}]+))"""
_MD_ATTRIBUTES_RE = re.compile(rf"(?<!\])\s?\{{(?:-|{_MD_ATTRIBUTE}(?:\s+{_MD_ATTRIBUTE})*)\}}")
# CommonMark: a backslash before any ASCII punctuation character is that character, as pandoc
# writes "\$98,347,300", "Member States\'", "\"Digital Cooperation\"".
_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
# An escaped "<", ">" or "&" is text, never part of an HTML tag or an entity reference ("the
# \<Digital Cooperation\> roadmap"): it waits as a private-use stand-in while those are read.
_ESCAPED_MARKUP = {ord(ch): chr(0xF0000 + ord(ch)) for ch in "<>&"}
# A code span as CommonMark reads one: a run of backticks, then text, then a run as long; not
# after a backslash, which escapes the backtick. One space inside each end is padding.
_MD_CODE_SPAN_RE = re.compile(r"(?<![\\`])(`+)(?!`) ?(.+?) ?(?<!`)\1(?!`)")
_ESCAPED_MARKUP_READ = {0xF0000 + ord(ch): ch for ch in "<>&"}
# An HTML tag as CommonMark reads one: a name, then attributes ``name``, ``name=value`` or
# ``name="…"`` only; "<<Encourages all stakeholders to contribute;>>", a draft's insertion, is
# no tag.
# A web page's heading permalink, "## Objective 1. Close … [¶](#objective-1)": no text.
_MD_PERMALINK_RE = re.compile(r"\s*\[(?:¶|#|§|🔗)\]\([^)\s]*\)")
_HTML_ATTRIBUTE = r"""\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?"""
_HTML_TAG_RE = re.compile(rf"(?<!<)</?[A-Za-z][A-Za-z0-9-]*(?:{_HTML_ATTRIBUTE})*\s*/?>(?!>)")
# HTML renders a line break where "<br>" stands: the pieces on either side are joined as
# wrapped lines are, apart by a space in Latin text.
_HTML_BREAK_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_SPACES_RE = re.compile(r" {2,}")


# What follows a number that counts or measures something in Chinese text: never a footnote's.
COUNTERS = "%个名项种万亿千百年月日周岁倍次届型级类"
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")
_SUPERSCRIPT_DIGIT_SET = frozenset(_SUPERSCRIPT_DIGITS)
# Superscript digits as PDF and web extraction print footnote references ("Nations,¹",
# "报告，³") and footnotes ("¹ See …").
_SUPERSCRIPT_RUN_RE = re.compile(f"[{_SUPERSCRIPT_DIGITS}]{{1,3}}(?![{_SUPERSCRIPT_DIGITS}])")
# What a superscript is a power of, not a reference to a footnote: a number ("10¹⁸"), a single
# letter ("x²"), a unit of length ("km²", "ft³", "µm²"). Not the number ending a document's
# symbol: "resolution 70/1¹", "第70/1¹号决议" mark a note.
_POWER_BASE_RE = re.compile(
    r"(?:(?<![\d/])\d+|(?<![^\W\d_])[^\W\d_]|\b(?:[kcdmnµμ]?m|ft|mi|in|yd))$"
)


# A note printed with its superscript number opening its line: "¹ See A/68/PV.106.", "²A/79/1".
_SUPERSCRIPT_NOTE_LINE_RE = re.compile(
    f"^[ \t]*([{_SUPERSCRIPT_DIGITS}]{{1,3}})(?![{_SUPERSCRIPT_DIGITS}])[ \t]*\\S", re.MULTILINE
)


def superscript_note_numbers(content: str) -> frozenset[str]:
    """The numbers of the notes printed with a superscript number opening their line."""
    if _SUPERSCRIPT_DIGIT_SET.isdisjoint(content):
        return frozenset()
    return frozenset(
        number.translate(_FROM_SUPERSCRIPT) for number in _SUPERSCRIPT_NOTE_LINE_RE.findall(content)
    )


def superscripts_as_sup(line: str, note_numbers: frozenset[str] = frozenset()) -> str:
    """Superscript digit markers written as ``<sup>n</sup>``, the form the rest of the parser
    reads as a footnote reference (inline) or a footnote (at the start of a line); powers
    stay as they are. A superscript glued to a number ("31 July 2014¹,") is a power only when
    the document prints no note of that number (``note_numbers``): dates and years are
    referenced far more often than raised to a power."""
    if _SUPERSCRIPT_DIGIT_SET.isdisjoint(line):
        return line

    def marker(match: re.Match[str]) -> str:
        number = match.group(0).translate(_FROM_SUPERSCRIPT)
        base = _POWER_BASE_RE.search(line, 0, match.start())
        if base and not (base.group()[-1:].isdigit() and number in note_numbers):
            return match.group(0)
        return f"<sup>{number}</sup>"

    return _SUPERSCRIPT_RUN_RE.sub(marker, line)


def _drop_marker(match: re.Match[str]) -> str:
    """Remove a <sup> marker, and the space after it when it sits between CJK characters."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end:].lstrip(" ")
    if before and after and is_cjk(before) and is_cjk(after[0]):
        return "\0"  # placeholder: the spaces that follow are removed below
    return ""


_PLACEHOLDER_SPACES_RE = re.compile("\0 *")


def _note_link_marker(link: re.Match[str], markers: list[int]) -> str:
    """Nothing for a link to a note, its number added to ``markers``; the page a contents entry
    links to, its number (the entry's own link around it comes off next)."""
    if _links_a_page(link):
        return link.group(1)
    markers.append(int(link.group(1)))
    return ""


# A contents entry's own link, around its page's ("[I. Introduction [3](#introduction)]
# (#introduction)") or before it ("[I. Introduction](#i.-introduction) [3](#i.-introduction)").
_MD_ENTRY_LINK_END_RE = re.compile(r"\s*\]\(#([^()\s]*)\)\s*")
_MD_ENTRY_LINK_RE = re.compile(r"\s*\[(.*)\]\(#([^()\s]*)\)\s*")
# What an identifier keeps of a heading's markup: none of its links' targets, brackets, marks.
_MD_IDENTIFIER_MARKUP_RE = re.compile(r"\]\([^()]*\)|[\[\]*`\\]")
# An entry's label, which a heading numbered by Word leaves out of its identifier: "I. ", "一、".
_ENTRY_LABEL_RE = re.compile(r"^\s*[^\W_]{1,5}[.、)]\s+")


def _links_a_page(link: re.Match[str]) -> bool:
    """Whether a number linking to a fragment is a contents entry's page, not a note's
    reference: the link ends the entry, and its fragment is the one the entry's own link
    around or before it names, or the identifier pandoc gives the heading the entry repeats
    ("I. Introduction [3](#i.-introduction)", "附件 [9](#附件)"). A fragment of any other kind,
    "…received.[2](#note-smith)", is a note's."""
    text, fragment = link.string, link.group(2)
    before, after = text[: link.start()], text[link.end() :]
    if after.strip():
        around = _MD_ENTRY_LINK_END_RE.fullmatch(after)
        return around is not None and around[1] == fragment and before.lstrip().startswith("[")
    if (own := _MD_ENTRY_LINK_RE.fullmatch(before)) is not None and own[2] == fragment:
        return True
    entry = _MD_IDENTIFIER_MARKUP_RE.sub("", before).strip()
    return fragment in {
        identifier
        for heading in (entry, _ENTRY_LABEL_RE.sub("", entry, count=1))
        for identifier in _heading_identifiers(heading)
    }


def _heading_identifiers(heading: str) -> tuple[str, str]:
    """The identifiers pandoc gives a heading: its own, lower case, punctuation other than
    "-", "_" and "." dropped, spaces hyphens, all before its first letter dropped ("I.
    Introduction" -> "i.-introduction", "一. 导言" -> "一.-导言"); GitHub's, no "." kept
    ("i-introduction")."""
    kept = "".join(c for c in heading.lower() if c.isalnum() or c in "-_." or c.isspace())
    pandoc = "-".join(kept.split())
    pandoc = pandoc[next((i for i, c in enumerate(pandoc) if c.isalpha()), len(pandoc)) :]
    github = "".join(c for c in heading.lower() if c.isalnum() or c in "-_ ").replace(" ", "-")
    return pandoc, github


# Pandoc's superscript, "^9^", or HTML's, "<sup>9</sup>", raising a power rather than marking a
# note: of ten ("10^9^ tonnes", not the end of "2010"), or of a unit of length squared or
# cubed ("km^2^"). Written in superscript digits, as a PDF's text prints a power ("10⁹", "km²"),
# which no reader takes for another number ("109") nor for a note.
_MD_POWER_RE = re.compile(
    r"((?<![\d./,])10|\b(?:[kcdmnµμ]?m|ft|mi|yd))(?:\^([-−]?\d{1,2})\^|<sup>([-−]?\d{1,2})</sup>)"
)
_TO_SUPERSCRIPT = str.maketrans("0123456789-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻")
# Ten in scientific notation, "3 × 10^9^", "3x10^9^", "1.5·10^9^".
_TIMES_BEFORE_RE = re.compile(r"(?:^|[\s\d)])[×xX·⋅]\s*$")
# What a number names rather than counts, "Goal 10", "paragraph 10", "目标10", "第10": a note's
# reference right after it, "Goal 10^3^", far more often than a power.
_NUMBERED_THING_BEFORE_RE = re.compile(
    r"(?:\b(?:goals?|targets?|(?:sub-?)?paragraphs?|paras?\.?|articles?|arts?\.|sections?|"
    r"chapters?|resolutions?|decisions?|rules?|principles?|recommendations?|actions?|"
    r"annex(?:es)?|appendi(?:x|ces)|items?|tables?|figures?|boxes?|notes?|parts?|pages?|"
    r"pp?\.|volumes?|vols?\.|sdgs?|indicators?|objectives?|commitments?|nos?\.|numbers?|"
    r"options?|steps?|points?|clauses?|levels?|phases?|sessions?)|目标|第|段|条|项)\s*$",
    re.IGNORECASE,
)
# A word right after the power, the thing counted: "10^9^ tonnes", "10^9^ 吨".
_WORD_AFTER_RE = re.compile(r"\s*[^\W\d_]")
# Letters raised after a number: an ordinal's ending is its text ("21^st^", "1<sup>er</sup>",
# "XX<sup>e</sup>" aside); any other letter marks a note, "paragraph 10^a^", "2023^a^" (a
# table's notes a, b, c), and is dropped as a note's reference.
_MD_LETTERS_RAISED_RE = re.compile(r"(?<=\d)(?:\^([^\W\d_]{1,3})\^|<sup>([^\W\d_]{1,3})</sup>)")
_ORDINAL_ENDINGS = frozenset(
    ("st", "nd", "rd", "th", "e", "er", "re", "es", "ers", "res", "ème", "eme", "ère", "ere")
)
# Pandoc's subscript, "CO~2~", "H~2~O": its text ("CO2"), as HTML's "<sub>2</sub>" reads;
# strikethrough's "~~" is none.
_MD_SUBSCRIPT_RE = re.compile(r"(?<=[^\W_]|\))~([A-Za-z0-9+−-]{1,6})~(?!~)")


def _as_power(power: re.Match[str]) -> str:
    """A power in superscript digits: a unit's square or cube ("km^2^"), ten's in scientific
    notation ("3 × 10^9^", "10^-3^") or before what it counts ("10^9^ tonnes"). Any other
    superscript number is a note's reference, left as it was ("…30 km^1^", "Goal 10^3^",
    "paragraph 10^4^ of …", "…fell by 10^3^.")."""
    base, exponent = power[1], power[2] or power[3]
    if base != "10":
        return base + exponent.translate(_TO_SUPERSCRIPT) if exponent in ("2", "3") else power[0]
    before, after = power.string[: power.start()], power.string[power.end() :]
    if not (
        exponent.startswith(("-", "−"))
        or _TIMES_BEFORE_RE.search(before[-_TAIL:])
        or (
            _WORD_AFTER_RE.match(after) is not None
            and _NUMBERED_THING_BEFORE_RE.search(before[-_TAIL:]) is None
        )
    ):
        return power[0]
    return base + exponent.translate(_TO_SUPERSCRIPT)


def _raised_letters(raised: re.Match[str]) -> str:
    """An ordinal's ending as text; a note's letter dropped."""
    letters = raised[1] or raised[2]
    return letters if letters.lower() in _ORDINAL_ENDINGS else ""


def clean_inline(text: str, *, markdown: bool) -> tuple[str, list[int]]:
    """Strip inline markup; returns the text and the footnote numbers of removed <sup> markers."""
    markers: list[int] = []
    if markdown and ("^" in text or "<sup>" in text):
        text = _MD_POWER_RE.sub(_as_power, text)
        text = _MD_LETTERS_RAISED_RE.sub(_raised_letters, text)
    if markdown and "~" in text:
        text = _MD_SUBSCRIPT_RE.sub(r"\1", text)
    if markdown and "^" in text:
        if "^[" in text:
            # Pandoc's superscript link to a note, "^[1](#fn1)^", is a reference as
            # "<sup>[1](#fn1)</sup>" is, no inline note.
            text = _without_inline_notes(_MD_SUPERSCRIPT_LINK_RE.sub(r"<sup>[\1](\2)</sup>", text))
        if "[^" in text:
            # And its link around a superscript, "[^1^](#fn1)", as pandoc writes an HTML page's.
            text = _MD_LINKED_SUPERSCRIPT_RE.sub(r"<sup>[\1](\2)</sup>", text)
        text = _MD_SUPERSCRIPT_RE.sub(r"<sup>\1</sup>", text)
    if "<" in text:
        markers = [int(m) for m in SUP_RE.findall(text)]
        text = _PLACEHOLDER_SPACES_RE.sub("", _SUP_ANY_RE.sub(_drop_marker, text))
    if markdown and "{" in text:
        text = _MD_ATTRIBUTES_RE.sub("", text)
    if markdown and "`" in text:
        # The backticks are markup, as emphasis's marks are; a symbol in code reads as printed.
        text = _MD_CODE_SPAN_RE.sub(r"\2", text)
    if markdown and any(ch in text for ch in "[*_\\<!"):
        if "](#" in text:
            text = _MD_NOTE_LINK_RE.sub(lambda link: _note_link_marker(link, markers), text)
        text = _MD_IMAGE_RE.sub(r"\1", text)
        text = _MD_FOOTNOTE_REF_RE.sub(_without_footnote_reference, text)
        text = _MD_PERMALINK_RE.sub("", text)
        text = _MD_LINK_RE.sub(r"\1", text)
        while "]{" in text and (unspanned := _MD_SPAN_RE.sub(r"\1", text)) != text:
            text = unspanned  # a span inside a span comes out first
        if "<" in text:
            text = _MD_AUTOLINK_RE.sub(r"\1", text)
        text = strip_emphasis(text)
        text = _MD_ESCAPE_RE.sub(lambda escape: escape[1].translate(_ESCAPED_MARKUP), text)
        if "<" in text:
            text = _HTML_TAG_RE.sub("", functools.reduce(join_text, _HTML_BREAK_RE.split(text)))
    if markdown and "&" in text:
        # CommonMark reads entity references as their characters: "&nbsp;", "&amp;", "&mdash;".
        text = html.unescape(text).replace("\u00a0", " ")
    if markdown:
        text = text.translate(_ESCAPED_MARKUP_READ)
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    return text.strip(), markers


def links_across_lines(lines: list[str]) -> list[str]:
    """A paragraph's lines (Markdown) with the markup of each link or span wrapped over them
    removed, its text kept, line breaks and all: "[report of the" + "Secretary-General](…) for"
    -> "report of the" + "Secretary-General for", as ``clean_inline`` reads one on one line."""
    text = "\n".join(lines)
    if "\n" not in text or "[" not in text:
        return lines
    return _MD_WRAPPED_LINK_RE.sub(r"\1", text).split("\n")


def _without_inline_notes(text: str) -> str:
    """Drops pandoc's inline notes, "A^[See resolution 70/1.];" -> "A;": a note's text is never
    paragraph text. Brackets inside the note ("^[See [the report](…).]") nest; a note left
    unclosed on its line stays, as no note can be told from it."""
    kept: list[str] = []
    start = 0
    while (opening := text.find("^[", start)) >= 0:
        depth = 0
        for position in range(opening + 1, len(text)):
            if text[position - 1] == "\\":
                continue
            if text[position] == "[":
                depth += 1
            elif text[position] == "]":
                depth -= 1
                if depth == 0:
                    kept.append(text[start:opening])
                    start = position + 1
                    break
        else:
            break
    kept.append(text[start:])
    return "".join(kept)


_DELIMITER_RUN_RE = re.compile(r"\*+|_+")


@dataclass(slots=True)
class _DelimiterRun:
    start: int
    end: int
    char: str
    can_open: bool
    can_close: bool
    used: int = 0  # delimiters consumed by emphasis, as opener, closer or both

    @property
    def left(self) -> int:
        return self.end - self.start - self.used


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _delimiter_runs(text: str) -> list[_DelimiterRun]:
    runs: list[_DelimiterRun] = []
    for match in _DELIMITER_RUN_RE.finditer(text):
        start, end = match.span()
        backslash = start
        while backslash and text[backslash - 1] == "\\":
            backslash -= 1
        start += (start - backslash) % 2  # an odd number of backslashes escapes the first one
        if start == end:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        left_flanking = not after.isspace() and (
            not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
        )
        right_flanking = not before.isspace() and (
            not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
        )
        char = text[start]
        if char == "*":
            # Converters bold Chinese words next to Chinese punctuation ("和**《宣言》**。"),
            # which CommonMark's flanking rules refuse: an ideograph counts as punctuation there,
            # as CJK-friendly Markdown renderers read it.
            left_flanking = left_flanking or (
                not after.isspace() and _is_punctuation(after) and is_cjk(before)
            )
            right_flanking = right_flanking or (
                not before.isspace() and _is_punctuation(before) and is_cjk(after)
            )
            can_open, can_close = left_flanking, right_flanking
        else:  # "_" never opens or closes inside a word: snake_case stays as written
            can_open = left_flanking and (not right_flanking or _is_punctuation(before))
            can_close = right_flanking and (not left_flanking or _is_punctuation(after))
        runs.append(_DelimiterRun(start, end, char, can_open, can_close))
    return runs


def _may_pair(opener: _DelimiterRun, closer: _DelimiterRun) -> bool:
    """Same character, and CommonMark's rule of three for runs that can both open and close."""
    if opener.char != closer.char:
        return False
    lengths = (opener.end - opener.start, closer.end - closer.start)
    if (opener.can_close or closer.can_open) and sum(lengths) % 3 == 0:
        return lengths[0] % 3 == 0 and lengths[1] % 3 == 0
    return True


def _pair_emphasis(text: str) -> list[tuple[_DelimiterRun, _DelimiterRun, int]]:
    """Pairs delimiter runs as CommonMark's "process emphasis" procedure does: flanking
    decides which runs may open or close (so ``snake_case`` and a lone footnote-style ``*``
    stay), a closer takes the nearest opener of the same character, the rule of three applies.
    Each pair comes with the number of delimiters it uses (1 or 2); the runs' ``used`` counts
    are set."""
    pairs: list[tuple[_DelimiterRun, _DelimiterRun, int]] = []
    openers: list[_DelimiterRun] = []
    # For a kind of closer, the stack height below which no opener can match it: keeps the
    # search linear on long runs of unmatched delimiters, as CommonMark's openers_bottom does.
    bottoms: dict[tuple[str, bool, int], int] = {}
    for run in _delimiter_runs(text):
        kind = (run.char, run.can_open, (run.end - run.start) % 3)
        while run.can_close and run.left:
            index = len(openers) - 1
            floor = bottoms.get(kind, 0)
            while index >= floor and not _may_pair(openers[index], run):
                index -= 1
            if index < floor:
                bottoms[kind] = len(openers)
                break
            opener = openers[index]
            count = 2 if opener.left >= 2 and run.left >= 2 else 1
            opener.used += count
            run.used += count
            pairs.append((opener, run, count))
            del openers[index + (1 if opener.left else 0) :]
            for key, height in bottoms.items():
                bottoms[key] = min(height, len(openers))
        if run.can_open and run.left:
            openers.append(run)
    return pairs


def strip_emphasis(text: str) -> str:
    """Remove the delimiters of Markdown emphasis (``*x*``, ``_x_``, ``**x**``, ``***x***``),
    paired as ``_pair_emphasis`` pairs them. Unpaired delimiters stay as written; only paired
    ones are removed.
    """
    runs = {id(run): run for pair in _pair_emphasis(text) for run in pair[:2]}
    pieces: list[str] = []
    position = 0
    for run in sorted(runs.values(), key=lambda run: run.start):
        pieces.append(text[position : run.start])
        pieces.append(run.char * run.left)
        position = run.end
    pieces.append(text[position:])
    return "".join(pieces)


# Emphasis spans at most this many line breaks when it wraps with its paragraph's lines.
_MOST_EMPHASIS_BREAKS = 3


# Markdown's hard break ending a line: a backslash (pandoc's) or HTML's "<br>".
_HARD_BREAK_END_RE = re.compile(r"(?<!\\)\\\s*$|<br\s*/?>\s*$", re.IGNORECASE)


def emphasis_across_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """Emphasis that wraps with the lines of a paragraph ("the *Addis Ababa Action Agenda of
    the Third International" + "Conference on Financing for Development*,"), over at most
    ``_MOST_EMPHASIS_BREAKS`` line breaks: the lines with those delimiters removed, and, when the
    emphasis covers its lines whole ("**Action 1. We will take bold …" + "… Agenda.**"), those
    lines made one, as a line set in bold is read. Returns the lines (a merged line's followers
    empty) and the indexes of the lines merged into the one above them."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    crossing = []
    for opener, closer, count in _pair_emphasis(text):
        first, last = _line_of(starts, opener.start), _line_of(starts, closer.start)
        if 0 < last - first <= _MOST_EMPHASIS_BREAKS:
            crossing.append((opener, closer, count, first, last))
    if not crossing:
        return lines, []
    removed: set[int] = set()
    merged: list[int] = []
    for opener, closer, count, first, last in crossing:
        before = text[starts[first] : opener.start]
        after = text[closer.end : starts[last] + len(lines[last])]
        # A hard break inside ("**Annex\\" + "Pact for the Future**") keeps its lines apart, as
        # bold closed and opened again around it would ("**Annex**\\" + "**Pact …**").
        broken = any(_HARD_BREAK_END_RE.search(line) for line in lines[first:last])
        if not before.strip(" *_") and not after.strip(" *_") and not broken:
            merged.extend(range(first + 1, last + 1))
            continue
        removed.update(range(opener.end - count, opener.end))
        removed.update(range(closer.start, closer.start + count))
    kept = "".join(ch for position, ch in enumerate(text) if position not in removed)
    result = kept.split("\n")
    for index in sorted(set(merged), reverse=True):
        result[index - 1] = join_text(result[index - 1].rstrip(), result[index].strip())
        result[index] = ""
    return result, sorted(set(merged))


def _line_of(starts: list[int], position: int) -> int:
    return bisect.bisect_right(starts, position) - 1


_CITED_DOCUMENT_NOUNS = (
    "报告",
    "决议",
    "决定",
    "公约",
    "文件",
    "宣言",
    "议程",
    "契约",
    "协定",
    "议定书",
)
_CITED_BY_SYMBOL_NOUNS = ("报告", "决议", "宣言", "公约", "契约", "协定", "议定书")
# What a figure after a document's noun goes on with when it is the document's own, no note's
# reference: a range, a number, a part ("报告1至3", "决议3号", "公约2条").
_CITED_PART_WORDS = "至到号段条款章节页卷期之、"

# What a number labels, not a note's reference, before a colon: "决定 1：", "备选案文 2：",
# "附件 3：", "第 4：".
_LABELLED_NOUNS = (
    "决定",
    "目标",
    "选项",
    "案文",
    "方案",
    "部分",
    "问题",
    "建议",
    "步骤",
    "阶段",
    "主题",
    "专题",
    "附件",
    "附录",
    "表",
    "图",
    "框",
    "组",
    "类",
    "级",
    "条",
    "段",
    "章",
    "节",
    "款",
    "项",
    "第",
    "号",
    "轮",
    "届",
    "行动",
    "原则",
    "指标",
    "支柱",
    "领域",
    "版本",
    "模块",
    "情景",
    "备选",
)
# Words after which a figure is an amount or a value, never a reference ("增至15，", "数量为12。",
# "约20、", "决议1和2，").
_BEFORE_A_VALUE = "为是至到和及或与约共达计占逾近有"

# Footnote references glued to text. In CJK text they follow a closing mark, a full stop or a
# comma not after a digit ("《议程》1。", "议程》1 及其", "《承诺》，1 该", "宣言》、3 《"); in
# Latin and Cyrillic text they follow a lower-case letter or punctuation ("Development,1 and",
# "будущего1,"). Never digits
# after a plain ideograph ("第1577卷", "目标3"), in a list of numbers ("第1、2段"), counting
# something ("，3个区域", "，3 000多万", "另有3 项") or numbering a list ("如下：1 加强"), nor
# after a unit of one or two letters after a number, whose power they are ("5000 m2", "300 км2").
# (The leading look-ahead lets every position without a digit or "(" fail at once, before
# the alternatives are tried one by one.)
_CITING_ABBREVIATIONS = (
    "para", "paras", "sect", "chap", "ch", "vol", "art", "arts", "pp", "op", "rev", "add",
    "corr", "suppl", "sess", "fig", "figs", "nos", "al", "cf", "ibid", "approx",
)  # fmt: skip
_NO_CITING_ABBREVIATION = "".join(
    rf"(?<!\b(?i:{abbreviation})\. )" for abbreviation in _CITING_ABBREVIATIONS
)
# A number glued to a symbol's part or to what cites a part ("A/HRC/56/L.22/Rev.1", "Add.2",
# "No.3", "Part1", "para.2") or after a letter's stop inside a symbol ("A/78/L.2", "E/CN.6",
# "UNEP/EA.6/Res.2") is the symbol's or the part's, whatever notes the document has.
_SYMBOL_PARTS = ("rev", "add", "corr", "amend", "suppl", "vol", "para", "paras")
_NUMBERS_OF_A_SYMBOL = (
    "".join(rf"(?<!\b(?i:{part})\.)" for part in _SYMBOL_PARTS)
    + r"(?<!\bNo\.)(?<!\bNos\.)(?<!\bPart)"
    + "".join(rf"(?<!/[A-Z][A-Za-z]{{{letters}}}\.)" for letters in range(6))
)
_GLUED_MARKER_RE = re.compile(
    r"(?=[\d(])(?:(?=\d)(?:(?:(?<=[》」』〉】”’）)\]。»])|(?<=[^\d\s][.,;:!?，、])"
    # A straight quotation mark closes what a letter or punctuation ends ('"Our Common Agenda"1
    # and'); one after a space or a digit opens a quotation or measures inches.
    r'|(?<=[^\W\d]")|(?<=[.,;:!?)]")'
    r"|(?<=[a-zа-яё])(?<!\d[a-zа-яё])(?<!\d [a-zа-яё])(?<!\d[a-zа-яё]{2})(?<!\d [a-zа-яё]{2}))"
    rf"{_NUMBERS_OF_A_SYMBOL}(\d{{1,3}})(?![\d%]|[./,:]\d|\s*[\d{COUNTERS}])( *)"
    # After a semicolon only where the paragraph ends ("报告；1", "2015-2030;3"): inside, "；2"
    # may open an item. But no number goes on after a digit and its semicolon ("in 2023;2 and"),
    # unlike its colon (3:2, 10:30).
    r"|(?<=\S[;；])(\d{1,3})( *)$"
    r"|(?<=\d;)(\d{1,3})( )(?=\S)"
    # Where the paragraph ends, also after a number and its comma ("resolution 70/1,1") and,
    # as pdftotext -layout prints them, after a space ("Agenda, 1", "Secretary-General; 2").
    r"|(?:(?<=\d,)|(?<=[,;，；] ))(\d{1,3})( *)$"
    # So after a word's full stop and a space ("…governance. 12"), ending the paragraph or before
    # the next sentence, but for an abbreviation's stop, after which a number is cited ("para.
    # 12"), and after the Chinese full stop where the paragraph ends ("…合作。 12"). A sentence
    # ending with a year, a resolution's number, a closing bracket or quotation mark ("…Report
    # 2024. 2", "…resolution 70/1. 3", "…(A/78/250). 4", "…Agenda”. 5") has it so too.
    r"|(?:(?<=[a-z]{2}\. )|(?<=(?<!\d)(?:19|20)\d\d\. )|(?<=\d/\d\. )|(?<=\d/\d\d\. )"
    r"|(?<=\d/\d\d\d\. )|(?<=[)\]”’\"]\. )|(?<=[a-z]\.[”’\"] ))"
    rf"{_NO_CITING_ABBREVIATION}(\d{{1,3}})( *$| (?=[A-Z][a-z]))"
    r"|(?<=[^\d\s]。 )(\d{1,3})( *)$"
    # After a year, where no number can go on: "online in 2023,4 and that", "… in 2023.5" ending
    # the paragraph or before the next sentence, "in 2023.2 Most of them" (a thousands group has
    # three digits).
    r"|(?<=(?<!\d)(?:19|20)\d\d,)(\d{1,2})( )(?=[a-z])"
    r"|(?<=(?<!\d)(?:19|20)\d\d\.)(\d{1,2})( *$| (?=[A-Z][a-z]))"
    # After a resolution's number, which no digit goes on after its comma or full stop either:
    # "resolution 70/1,1 and", "resolution 32/13.4" ending the paragraph or before the next
    # sentence.
    r"|(?:(?<=\d/\d,)|(?<=\d/\d\d,)|(?<=\d/\d\d\d,))(\d{1,2})( )(?=[a-z])"
    r"|(?:(?<=\d/\d\.)|(?<=\d/\d\d\.)|(?<=\d/\d\d\d\.))(\d{1,2})( *$| (?=[A-Z][a-z]))"
    # After a comma, before a year or a resolution's number: no number goes on with a space and
    # a year or a symbol's number ("of 11 July 2019,6 47/23 of", "第 41/11 号、6 2021 年"; a
    # thousands group has three digits, "，3 000").
    r"|(?:(?<=[^\d\s][,，、])|(?<=(?<!\d)(?:19|20)\d\d,)|(?<=\d/\d,)|(?<=\d/\d\d,))"
    r"(\d{1,2})( )(?=(?:19|20)\d\d(?![\d/])|\d{1,4}/\d))"
    # Arabic prints its references in parentheses, glued to the word or closing quotation mark:
    # "المستقبل(1)،". A letter alone before them is a prefix glued to a cited number, "و(2)"
    # ("and (2)"), as "و" "ف" "ب" "ل" "ك" are written glued to the next word.
    rf"|(?=\()(?<=[\u0621-\u0652”“»])(?<![^\u0621-\u0652][{ARABIC_LETTER_RANGE}])"
    rf"(?<!^[{ARABIC_LETTER_RANGE}])"
    r"\((\d{1,3})\)( *)"
    # So is it to a resolution's number or a year, as English glues "…60/252,1" and "…2006,1":
    # "القرار 60/252(1)،", "عام 2006(1)،", before the clause's punctuation, a word or the end; no
    # such number has a part in parentheses glued to it (a session's is roman, "217 (III)").
    r"|(?=\()(?:(?<=\d/\d)|(?<=\d/\d\d)|(?<=\d/\d\d\d)|(?<=(?<!\d)(?:19|20)\d\d))"
    rf"\((\d{{1,3}})\)( *)(?=[،؛.:]|$|(?<= )[{ARABIC_LETTER_RANGE}])"
    # pdftotext glues a Chinese reference to the document it cites, outside any title marks
    # ("秘书长的报告7；", "第70/125号决议2，"): after a document's noun and before a clause's
    # punctuation no figure goes ("表1。", "附件2。", "目标1，" are not such nouns); a colon
    # follows a label ("决定1：“新的集体量化目标”").
    rf"|(?=\d)(?:{'|'.join(f'(?<={noun})' for noun in _CITED_DOCUMENT_NOUNS)})"
    r"(\d{1,2})()(?=[，。；])"
    # Before its "and" too ("秘书长的报告1和…最后报告2，"), after the nouns of documents cited by
    # symbol or title, never by a number of their own ("非文件1和主席的说明", "工作文件2及其增编",
    # "决定1和决定2", "议程3和4" name them), nor before an "and" naming another such figure;
    # and before whatever words go on with the sentence ("秘书长的报告4所载建议", "公约3缔约国"),
    # also across the space pdftotext may set after the raised digit ("第 53/29 号决议3 和大会"),
    # but never before what counts, ranges or cites parts ("决议2段", "报告1至3", "报告3号").
    rf"|(?=\d)(?:{'|'.join(f'(?<={noun})' for noun in _CITED_BY_SYMBOL_NOUNS)})"
    r"(\d{1,2})( ?)(?![和及]\s*\d{1,2}(?!\d))"
    rf"(?![和及][^，。；\d]{{0,10}}?(?:{'|'.join(_CITED_DOCUMENT_NOUNS)})\s*\d)"
    rf"(?=[\u4e00-\u9fff])(?![{COUNTERS}{_CITED_PART_WORDS}])"
    # pdftotext and web copies glue one after any other word too, right before the clause's
    # punctuation or where the paragraph ends ("…第五十九届会议2；", "…秘书长的会议2，"): no
    # figure ends a clause after a word but a labelled thing's ("表1。", "目标3，", "第1、2段")
    # or an amount ("增至15，"), and only a note with that number has it removed.
    rf"|(?=\d)(?<=[\u4e00-\u9fff])(?<![{_BEFORE_A_VALUE}])"
    rf"{''.join(f'(?<!{noun})' for noun in _LABELLED_NOUNS)}"
    r"(\d{1,2})()(?=[；，。、]|$))"
)


# A Chinese reference pdftotext sets apart from the word before it, as it sets the raised digit:
# after a cited document's noun before the "；" ending an item ("…向卫生大会报告 1；"), and
# before the colon of a lead-in whose items follow in its paragraph ("敦促会员国 2：" + "(1) …"),
# where a labelled thing's number is none ("决定 1：").
_SPACED_CJK_MARKER_RE = re.compile(
    rf"(?:{'|'.join(f'(?<={noun})' for noun in _CITED_DOCUMENT_NOUNS)}) (\d{{1,2}})(?=；(?:\n|$))"
    rf"|(?<=[\u4e00-\u9fff]){''.join(f'(?<!{noun})' for noun in _LABELLED_NOUNS)} (\d{{1,2}})"
    r"(?=：\n)"
)


def _marker_digits(match: re.Match[str]) -> tuple[str, str]:
    """The reference's digits and the spaces after them, whichever alternative matched."""
    for digits in range(1, _GLUED_MARKER_RE.groups, 2):
        if match.group(digits) is not None:
            return match.group(digits), match.group(digits + 1) or ""
    raise AssertionError("a marker match without digits")


def candidate_glued_markers(text: str) -> Iterable[int]:
    # An Arabic item's quoted number, "’2‘ …", is its marker, no reference after a closing mark.
    quoted = (
        _ARABIC_SUB_ITEM_RE.match(marker_view(text[:_SUB_ITEM_SPAN]))
        if text[:1] in _SUB_ITEM_QUOTES
        else None
    )
    for match in _GLUED_MARKER_RE.finditer(text, quoted.end() if quoted else 0):
        yield int(_marker_digits(match)[0])


def remove_glued_markers(text: str, footnote_numbers: frozenset[int]) -> str:
    """Remove footnote reference digits whose footnote exists in the document."""
    if not footnote_numbers:
        return text

    def replace(match: re.Match[str]) -> str:
        digits, spaces = _marker_digits(match)
        if int(digits) not in footnote_numbers:
            return match.group(0)
        following = text[match.end() : match.end() + 1]
        before = text[match.start() - 1 : match.start()]
        # "…》5的", "…成果文件”5的": Chinese closing marks end a title, a note follows.
        if (
            following
            and (is_cjk(following) or following in ",.;:!?)")
            and (is_cjk(before) or (before in "”’" and is_cjk(following)))
        ):
            return ""
        if before and is_cjk_punctuation(before):
            return ""  # "号、6 2021 年": Chinese sets no space after its punctuation
        if following and not following.isspace() and following.isalnum() and not spaces:
            return match.group(0)  # "a1b": part of a token, not a marker
        return spaces

    def replace_spaced(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(2)
        return "" if int(digits) in footnote_numbers else match.group(0)

    text = _GLUED_MARKER_RE.sub(replace, text)
    if "；" in text or "：\n" in text:
        text = _SPACED_CJK_MARKER_RE.sub(replace_spaced, text)
    return text


# A note's reference pdftotext -layout sets apart after a word or a year where the sentence goes
# on: before the clause's punctuation or a conjunction ("…à l'horizon 2030 1 et", "…Addis-Abeba
# 2,", "…Sustainable Development 1 and"). A figure the sentence names is printed so too, after a
# word citing it or counting with it ("Goals 1, 2", "paragraphe 3 et", "between 1 and 5", "and 2,"),
# before an "and" naming another figure ("…phases 1 and 2") or as a decimal's whole part ("1,5"):
# none of those is a reference.
# Nothing else in the line tells the two apart, so only a block of notes proves references so
# (``_spaced_note_references`` in the parser).
_SPACED_NOTE_MARKER_RE = re.compile(
    r"\b([^\W\d_]+|(?<![/\d.,])(?:19|20)\d\d) (\d{1,3})"
    r"(?=[,;:](?!\d)|\.(?:\s|$)|\s+(?:and|or|nor|et|ou|ni|y|e|o|u)\b(?!\s+\d)|\s*$)"
)
# Words citing a numbered thing, in English, French and Spanish, and words counting with a figure
# or pairing it with another.
_WORDS_BEFORE_A_FIGURE = frozenset((
    "goal", "goals", "target", "targets", "paragraph", "paragraphs", "subparagraph",
    "subparagraphs", "para", "paras", "resolution", "resolutions", "decision", "decisions",
    "action", "actions", "article", "articles", "section", "sections", "chapter", "chapters",
    "annex", "annexes", "part", "parts", "rule", "rules", "item", "items", "objective",
    "objectives", "principle", "principles", "commitment", "commitments", "recommendation",
    "recommendations", "table", "tables", "figure", "figures", "box", "boxes", "page", "pages",
    "volume", "phase", "phases", "level", "levels", "step", "steps", "stage", "stages", "option",
    "options", "point", "points", "number", "no", "tier", "day", "days", "session", "meeting",
    "module", "pillar", "paragraphe", "paragraphes", "alinéa", "résolution", "décision",
    "objectif", "objectifs", "cible", "cibles", "annexe", "annexes", "chapitre", "chapitres",
    "partie", "parties", "règle", "recommandation", "tableau", "encadré", "niveau", "étape",
    "numéro", "jour", "séance", "párrafo", "párrafos", "resolución", "resoluciones", "decisión",
    "decisiones", "artículo", "artículos", "sección", "capítulo", "anexo", "anexos", "parte",
    "objetivo", "objetivos", "meta", "metas", "punto", "puntos", "regla", "recomendación",
    "cuadro", "gráfico", "figura", "recuadro", "página", "fase", "nivel", "etapa", "opción",
    "número", "día", "sesión", "sdg", "sdgs", "odd", "ods", "appendix", "appendice", "apéndice",
    "protocol", "protocole", "protocolo", "priority", "outcome", "output", "indicator",
    "indicateur", "indicador", "criterion", "scenario", "track", "round", "cycle", "component",
    "category", "type", "version", "clause", "regulation", "week", "month", "year", "years",
    "grade", "group", "area", "window", "tranche",
    "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "between", "than",
    "under", "over", "about", "some", "all", "per", "the", "et", "ou", "de", "du", "des", "à",
    "au", "aux", "en", "par", "pour", "sur", "avec", "entre", "que", "le", "la", "les", "y", "o",
    "e", "u", "del", "al", "con", "por", "para", "los", "las", "el",
))  # fmt: skip


def _is_spaced_note_marker(match: re.Match[str]) -> bool:
    return match.group(1).lower() not in _WORDS_BEFORE_A_FIGURE


_SPACE_BEFORE_DIGIT_RE = re.compile(r" (?=\d)")


def _spaced_note_marker_matches(text: str) -> Iterator[re.Match[str]]:
    """``_SPACED_NOTE_MARKER_RE.finditer(text)``, the same matches, but the pattern is tried only
    where a word or a year ends before a space and a digit, found first: tried at every word's
    start, it read the whole body of a long text letter by letter (a fifth of the time)."""
    end = 0
    for space in _SPACE_BEFORE_DIGIT_RE.finditer(text):
        position = space.start()
        start = position
        while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
            start -= 1
        if start == position:
            if not text[position - 1 : position].isdecimal():
                continue
            start = max(position - 4, 0)
        if start < end:
            continue
        match = _SPACED_NOTE_MARKER_RE.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def spaced_note_markers(text: str) -> Iterable[int]:
    """The numbers ``text`` may set apart as notes' references (``_SPACED_NOTE_MARKER_RE``)."""
    for match in _spaced_note_marker_matches(text):
        if _is_spaced_note_marker(match):
            yield int(match.group(2))


def remove_spaced_note_markers(text: str, note_numbers: frozenset[int]) -> str:
    """Remove the references set apart (``_SPACED_NOTE_MARKER_RE``) whose note a block of notes
    proves so."""
    if not note_numbers:
        return text
    return _SPACED_NOTE_MARKER_RE.sub(
        lambda match: (
            match.group(1)
            if int(match.group(2)) in note_numbers and _is_spaced_note_marker(match)
            else match.group(0)
        ),
        text,
    )


# A year with a reference glued to it, "…of 26 September 20192 and": no digit or separator of a
# number around it (not "A/RES/20192", "1,20192", "201925%").
_YEAR_GLUED_MARKER_RE = re.compile(
    r"(?=[12])(?<![\d/.,])((?:19|20)\d\d)(\d{1,2})(?![\d%]|[./,:]\d)"
)


def remove_year_glued_markers(text: str, footnote_numbers: frozenset[int]) -> str:
    """Remove the references glued to a year (``_YEAR_GLUED_MARKER_RE``) whose note exists and
    that nothing else shows as one: the year's digits say where the reference begins."""
    if not footnote_numbers:
        return text
    return _YEAR_GLUED_MARKER_RE.sub(
        lambda match: match.group(1) if int(match.group(2)) in footnote_numbers else match.group(0),
        text,
    )


# ---------------------------------------------------------------------------------------------
# Lines that are never paragraph text
# ---------------------------------------------------------------------------------------------

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre|"
    # Russian in the genitive, "19 декабря 2025 года"; Arabic with its Syriac name first, as the
    # United Nations prints it, "19 كانون الأول/ديسمبر 2025".
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "(?:(?:كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|"
    r"كانون الأول)\s*/\s*)?(?:يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|"
    "أكتوبر|نوفمبر|ديسمبر)"
)
_DAY_MONTH_YEAR = (
    rf"\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{MONTHS})\s+(?:de\s+)?\d{{4}}(?:\s+(?:года|г\.))?"
)
_MONTH_DAY_YEAR = rf"(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
_CHINESE_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_NAMES_A_DATE_RE = re.compile(
    rf"\b(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})|{_CHINESE_DATE}", re.IGNORECASE
)


def names_a_date(line: str) -> bool:
    """A full date anywhere in the line ("Zero draft – 5 February 2025", "零草案 – 2025 年 2 月
    5 日"), as a draft's header dates the draft; a section's heading bears none."""
    return _NAMES_A_DATE_RE.search(line) is not None


_DISTRIBUTION = r"Distr\.?\s*[:：]?\s*\w+\.?"
# "25-21456", Geneva's "GE.25-05432"; a reissued document's carries an asterisk, after the
# number or its language: "24-21345* (E)", "24-21345 (E)*", "GE.24-12345(E)*".
_JOB_NUMBER = r"(?:GE\.)?\d{2}-\d{5}\*?"
_JOB_LANGUAGE = r"\([A-Z]\)\*?"
# The dates of a job number's release and reprint, "25-21456 (E)    051225    061225".
_RELEASE_DATE = r"\d{6}"
_BARCODE = r"\*\d{7,}\*"  # "*2521456*"
_RECYCLE = r"(?:please\s+recycle|请回收|prière\s+de\s+recycler|sírvase\s+reciclar)"
# A document symbol as printed in a running header: never ends in punctuation (a wrapped line
# ending a sentence with "A/79/L.2." is text).
# "A/80/L.41", "S/RES/2719", "UNEP/EA.6/L.1", "A/79/L.2*" (reissued).
DOCUMENT_SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)+\*?"
_HEADER_TOKEN_RE = re.compile(
    rf"^(?:{DOCUMENT_SYMBOL}|{_JOB_NUMBER}(?:{_JOB_LANGUAGE})?|{_JOB_LANGUAGE}|{_RELEASE_DATE}|{_BARCODE}"
    # A page number, "2/25"; a Security Council resolution's year, "S/RES/2719 (2023)".
    r"|\d{1,4}(?:\s*/\s*\d{1,4})?|\((?:19|20)\d{2}\))$"
)
# What a page's number follows in its header: the symbol, UNESCO's with its session ("41 C/23",
# "220 EX/5"), or a dash after it or after the annex's name ("Annex II – ", "附件 – ").
_PAGE_NUMBER_HOLDER = (
    rf"(?:\d{{1,3}}\s+)?{DOCUMENT_SYMBOL}\s*(?:[-–—]\s*)?"
    r"|(?:Annex|Annexe|Anexo|Appendix|附件)(?:\s*[IVXLC\d]{1,6})?\s*[-–—]\s*"
)
# The meeting that adopted a resolution, alone on its line below it: "56th plenary meeting",
# "56e séance plénière", "56ª sesión plenaria", "56-е пленарное заседание", "الجلسة العامة 56",
# "第56次全体会议".
_MEETINGS = "|".join(
    (
        r"\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting",
        r"\d{1,3}\s?(?:e|re|er|ème)\s+séance(?:\s+plénière)?",
        r"\d{1,3}\s?[ªa]\.?\s+sesión(?:\s+plenaria)?",
        r"\d{1,3}\s?[-‑–]?\s?е\s+(?:пленарное\s+)?заседание",
        r"الجلسة\s+(?:العامة\s+)?\d{1,3}",
        r"第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*次(?:全体)?会议",
    )
)
_MEETING_DATE = rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_CHINESE_DATE})"
# The meeting is printed with the comma that leads to its date on the next line ("56-е
# пленарное заседание," + "19 декабря 2025 года"), or with the date on its own line, after it
# ("56th plenary meeting, 19 December 2025") or, in Chinese, before it ("2025年12月17日
# 第68次全体会议").
_MEETING_LINE = (
    rf"(?:{_MEETING_DATE}\s*[,，]?\s*)?(?:{_MEETINGS})\s*[,.،，。]?(?:\s*{_MEETING_DATE}\s*[.。]?)?"
)
_MEETING_LINE_RE = re.compile(rf"^{_MEETING_LINE}$", re.IGNORECASE)
_ANNEX_WORD = r"(?:annex(?:es)?|appendix|appendices|annexe|appendice|anexos?|ap[ée]ndices?)"
_ANNEX_NAME = rf"{_ANNEX_WORD}(?:\s+[IVX]{{1,5}}|\s+[A-Z]|\s+\d{{1,2}})?"
_DOCUMENT_END_MARKER = "|".join(
    (
        rf"{_ANNEX_NAME}(?:\s+(?:and\s+)?{_ANNEX_NAME})*\s+follows?",
        rf"end\s+of\s+(?:the\s+)?(?:{_ANNEX_NAME}\s+and\s+of\s+(?:the\s+)?)?document",
        rf"end\s+of\s+(?:the\s+)?{_ANNEX_NAME}",
        rf"l['’]\s*{_ANNEX_NAME}\s+suit|les\s+{_ANNEX_NAME}\s+suivent",
        rf"fin\s+(?:de\s+l['’]\s*{_ANNEX_NAME}(?:\s+et\s+du\s+document)?|du\s+document)",
        rf"sigue(?:n)?\s+(?:el|los)\s+{_ANNEX_NAME}",
        rf"fin\s+(?:del\s+{_ANNEX_NAME}(?:\s+y\s+del\s+documento)?|del\s+documento)",
        r"后接附件[一二三四五六七八九十]*|附件[一二三四五六七八九十]*(?:和|及)?文件完|文件完|附件完",
    )
)
# One alternation, not a loop over patterns: every line of a document is asked.
_JUNK_RE = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            r"^(?:https?://|www\.)\S+$",
            r"^[-–—]\s*\d{1,4}\s*[-–—]$",
            # A page number, alone or beside the symbol ("A/80/L.1 Page 2", "第 2 页 A/80/L.1"),
            # also after a dash ("A/80/62 – page 2", UNESCO's "41 C/23 – page 2" or, below its
            # symbol, "Annex – page 2").
            rf"^(?:{_PAGE_NUMBER_HOLDER})?(?:page|página|pagina|pág\.?|стр\.?)\s*\d{{1,4}}"
            rf"(?:\s*(?:of|de|sur|из|/)\s*\d{{1,4}})?(?:\s+{DOCUMENT_SYMBOL})?$",
            rf"^(?:{_PAGE_NUMBER_HOLDER})?第\s*\d{{1,4}}\s*页(?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*页)?"
            rf"(?:\s+{DOCUMENT_SYMBOL})?$",
            rf"^{_DISTRIBUTION}$",
            r"^(?:original|原文)\s*[:：]\s*\S+$",
            rf"^{_DAY_MONTH_YEAR}$",
            rf"^{_MONTH_DAY_YEAR}$",
            rf"^{_CHINESE_DATE}$",
            rf"^{_MEETING_LINE}$",
            # How a resolution was adopted, below its last paragraph.
            r"^\[(?:Adopted|Adoptée?|Aprobad[ao]|Принята?)\b[^\[\]]{0,100}\]$",
            r"^\[[^\[\]]{0,40}(?:表决|协商一致|票)[^\[\]]{0,40}通过[^\[\]]{0,20}\]$",
            rf"^{_RECYCLE}\W*$",
            # A draft's watermark on every page, alone on its line.
            r"^(?:draft|advance\s+unedited\s+version|unedited\s+version|draft\s*[-–—]\s*for\s+"
            r"discussion(?:\s+only)?|for\s+discussion\s+only|not\s+for\s+circulation|预发未编辑版本"
            r"|未经编辑的预发本|草稿)$",
            # A web page's copyright line: "© ITU 2026 All rights reserved",
            # "© 国际电联 2026 版权所有".
            r"^(?:©|copyright\s*©).{0,80}$",
            r"^.{0,40}\d{4}.{0,20}(?:版权所有|all\s+rights\s+reserved)\.?$",
            # A web copy's link back to the page's top, between its sections.
            r"^[↑^▲]?\s*(?:back\s+to\s+(?:the\s+)?top|top\s+of\s+(?:the\s+)?page|返回顶部|回到顶部)"
            r"\s*[↑^▲]?$",
            # WIPO's and WHO's markers of what follows a page or ends the document, centred
            # alone on their line: "[Annex follows]", "[End of Annex and of document]",
            # "[L'annexe suit]", "[Fin del documento]", "[后接附件]", "[附件和文件完]".
            rf"^[\[［]\s*(?:{_DOCUMENT_END_MARKER})\s*[\]］]$",
        )
    ),
    re.IGNORECASE,
)
# "Please recycle" beside the job number and barcode on a first page's footer, as
# ``pdftotext -layout`` prints it: "24-27468 (C)      请回收".
_RECYCLE_RE = re.compile(_RECYCLE, re.IGNORECASE)
_FULL_WIDTH_PAGE_MARKS = {ord("／"): "/", ord("－"): "-"}
_FULL_WIDTH_PAGE_MARK_RE = _any_of(_FULL_WIDTH_PAGE_MARKS)
_BARE_FRACTION_RE = re.compile(r"\s*(\d{1,4})\s*/\s*(\d{1,4})\s*")
# "A/80/L.99  25-21456 (E)  051225  061225  *2521456*": a footer holds at most this many pieces.
_MOST_HEADER_TOKENS = 6
_MOST_PLAIN_HEADER_TOKENS = 4
_JOB_NUMBER_TOKEN_RE = re.compile(rf"^{_JOB_NUMBER}(?:{_JOB_LANGUAGE})?$")
# Every kind of line recognised as junk is shorter than this (a URL may be long).
_LONGEST_JUNK = 200
# A table's column heads of years alone, "2024   2025   2026" (a budget's, or "2023   2024" as
# financial statements print them; in Chinese "2024 年   2025 年" or "2024年  2025年"): no
# page's header prints two years and nothing else.
_YEAR_HEAD = r"(?:19|20)\d\d(?: ?年)?"
_YEARS_ROW_RE = re.compile(rf"{_YEAR_HEAD}(?:\s+{_YEAR_HEAD})+")
_SEPARATOR_RE = re.compile(r"^(?:[_\-—–=~·•*]\s*){3,}$")


# A line of a table of contents: its title, dot leaders and a page number.
_CONTENTS_LINE_RE = re.compile(r"^.{1,150}?(?:\s*[.．·…]){4,}\s*\d{1,4}$")


def is_contents_line(line: str) -> bool:
    return bool(_CONTENTS_LINE_RE.match(line))


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_RE.match(line))


_SYMBOL_TOKEN_RE = re.compile(rf"^{DOCUMENT_SYMBOL}$")


# "A/RES/79/325          Artificial intelligence for …" (or the other way round): pdftotext
# -layout prints a page's symbol and its running title on one line, far apart.
_HEADER_WITH_TITLE_RE = re.compile(
    rf"^(?:{DOCUMENT_SYMBOL}\s{{3,}}\S.{{0,150}}|\S.{{0,150}}?\s{{3,}}{DOCUMENT_SYMBOL})$"
)


def is_header_with_title(raw_line: str) -> bool:
    """A page's symbol and running title on one line, as laid out (before spaces collapse)."""
    return (
        "   " in raw_line
        and len(raw_line) <= _LONGEST_JUNK
        and _HEADER_WITH_TITLE_RE.match(raw_line) is not None
    )


# "A/RES/79/1 The Pact for the Future" (or the other way round, as odd pages print it): the
# symbol and running title one space apart, as plain pdftotext or a PDF viewer's copy prints
# them. Only a title's shape: capitalised, no final punctuation; where it stands decides.
# A web copy prints the whole title, however long, where a PDF page wraps it: "A/RES/78/265
# Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for
# sustainable development".
_SYMBOL_THEN_TITLE_RE = re.compile(rf"^{DOCUMENT_SYMBOL}\s+(\S.{{0,150}})$")
_TITLE_THEN_SYMBOL_RE = re.compile(rf"^(\S.{{0,150}}?)\s+{DOCUMENT_SYMBOL}$")


# A page's foot as UN documents print it: the job number beside the page's number, either order
# ("24-07993 3/8", "2/56 24-27264 (E)").
_PAGE_OF_COUNT = r"(\d{1,4})\s*/\s*(\d{1,4})"
_PAGE_FOOT_RES = (
    re.compile(rf"^{_JOB_NUMBER}(?:\s*{_JOB_LANGUAGE})?\s+{_PAGE_OF_COUNT}$"),
    re.compile(rf"^{_PAGE_OF_COUNT}\s+{_JOB_NUMBER}(?:\s*{_JOB_LANGUAGE})?$"),
)


def is_page_foot(line: str) -> bool:
    """A job number beside a page's number ("24-07993 3/8", "2/56 24-27264"): a page break's
    furniture, never a citation ("resolution 79/1" has no job number; "2025/1" is no page of a
    count)."""
    for pattern in _PAGE_FOOT_RES:
        if (match := pattern.match(line)) is not None:
            return int(match[1]) <= int(match[2])
    return False


# A title closed by the symbol of the document it names, as a list of documents prints its
# entries: "Report of the Secretary-General on … (A/81/65-E/2026/10)", "秘书长关于数据治理的报告
# （E/CN.16/2026/3）", "… (A/79/62 and Corr.1)".
_CITED_SYMBOL_ENDS_RE = re.compile(rf"[(（]\s*{DOCUMENT_SYMBOL}[^()（）]{{0,40}}[)）]$")


def ends_with_a_cited_symbol(text: str) -> bool:
    """Whether a text ends with a document's symbol in brackets, as a listed document does."""
    return _CITED_SYMBOL_ENDS_RE.search(text[-_TAIL:].rstrip()) is not None


def symbol_opens(line: str) -> bool:
    """Whether a line opens with a document symbol ("A/RES/78/265 Seizing …")."""
    first = line.split(maxsplit=1)[:1]
    return bool(first) and _SYMBOL_TOKEN_RE.match(first[0]) is not None


def title_beside_symbol(line: str) -> str | None:
    """The title of a line made of a document symbol and a short title beside it, one space
    apart ("A/RES/79/1 The Pact for the Future", "未来契约 A/RES/79/1"), or None."""
    if "/" not in line:
        return None  # every symbol has one; the patterns are slow to fail on a long line
    for pattern in (_SYMBOL_THEN_TITLE_RE, _TITLE_THEN_SYMBOL_RE):
        match = pattern.match(line)
        if match is None:
            continue
        title = match.group(1)
        if (
            (title[0].isupper() or is_cjk(title[0]))
            and not names_a_document(title)
            and ends_open(title, comma_closes=True)
        ):
            return title
    return None


# The unnumbered notes of a first page, with or without a rule above them: "* A/80/150.",
# "* Reissued for technical reasons on 2 May 2025.", "** 本报告逾期提交。".
_ASTERISK_NOTE_RE = re.compile(
    rf"^\*{{1,3}}\s*(?:{DOCUMENT_SYMBOL}|Reissued\b|Publi[ée] de nouveau|Nueva emisi|"
    r"因技术原因|本报告|"
    r"The present (?:report|document)\b|"
    # A draft's sponsors: "* State not a member of the Human Rights Council.", "* On behalf of
    # the States Members of the United Nations that are members of the Group of 77 and China."
    r"States? not (?:a )?members? of\b|On behalf of\b|Au nom des?\b|En nombre de\b|"
    r"非.{1,20}成员国|代表.{1,60}(?:成员|会员国))"
)


def is_asterisk_note(line: str) -> bool:
    return _ASTERISK_NOTE_RE.match(line) is not None


def names_a_document(line: str) -> bool:
    """Whether a (junk) line holds a document symbol: a running header, not a page number."""
    return any(_SYMBOL_TOKEN_RE.match(token) for token in line.split())


def is_meeting_line(line: str) -> bool:
    """ "56th plenary meeting" and its forms in the six languages (the line's marker view)."""
    return _MEETING_LINE_RE.match(line) is not None


_MEETING_NAMED_RE = re.compile(_MEETINGS, re.IGNORECASE)


def names_a_meeting(text: str) -> bool:
    """Whether a sentence names the meeting that acted, as a decision's text opens ("At its 2nd
    plenary meeting, on …", "À sa 30e séance plénière", "…在2025年2月7日第2次全体会议上…")."""
    return _MEETING_NAMED_RE.search(text) is not None


def is_years_row(line: str) -> bool:
    """A table's column heads of years alone: "2024   2025   2026", "2023  2022"."""
    line = line.strip()
    return line[:2] in ("19", "20") and _YEARS_ROW_RE.fullmatch(line) is not None


def is_junk(line: str) -> bool:
    """Running headers, page numbers, job numbers, bare URLs, dates, meeting lines (full-width
    forms too: "２／５", "－2－") and end-of-document markers ("[Annex follows]")."""
    if len(line) > _LONGEST_JUNK:
        return False
    if not line.isascii():
        line = marker_view(line)
        if _FULL_WIDTH_PAGE_MARK_RE.search(line):
            line = line.translate(_FULL_WIDTH_PAGE_MARKS)
    if (fraction := _BARE_FRACTION_RE.fullmatch(line)) is not None and int(fraction[1]) > int(
        fraction[2]
    ):
        # "2025/1", "79/1": a decision's or resolution's number, no page "2/25" of a count.
        return False
    if _JUNK_RE.match(line):
        return True
    if is_years_row(line):
        return False
    if "回收" in line or "cycl" in line or "cicl" in line:
        line = _RECYCLE_RE.sub(" ", line)
    tokens = line.split()
    if not 0 < len(tokens) <= _MOST_HEADER_TOKENS:
        return False
    # Up to four pieces ("A/80/L.99 2/25"), or six with a job number's release dates: more
    # numbers in a row are text ("70/1 71/313 72/279 73/1 74/2 75/1").
    with_job_number = any(_JOB_NUMBER_TOKEN_RE.match(token) for token in tokens)
    most = _MOST_HEADER_TOKENS if with_job_number else _MOST_PLAIN_HEADER_TOKENS
    return len(tokens) <= most and all(_HEADER_TOKEN_RE.match(token) for token in tokens)


# The masthead of a UN document's first page, in pieces that PDF extraction puts on one line
# in any combination ("United Nations  A/80/L.99", "General Assembly  Distr.: General",
# "大 会 Distr.: General"). A line made of nothing but these pieces is masthead.
_ORGANS = (
    "United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة|"
    "General Assembly|Assemblée générale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|"
    "Security Council|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности|مجلس الأمن|"
    "Economic and Social Council|Conseil économique et social|Consejo Económico y Social|"
    "Экономический и Социальный Совет|المجلس الاقتصادي والاجتماعي|"
    "Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|"
    "Совет по правам человека|مجلس حقوق الإنسان"
)
_AGENDA_ITEMS = (
    r"\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and|et|y|и|和|及|、)\s*\d{1,3}(?:\s*\([a-z]\))?)*"
)
_MASTHEAD_WORDS = (
    # "## The General Assembly" as web copies set it, no comma: the organ, as "## 大会" is.
    rf"(?:The\s+)?(?:{_ORGANS})",
    r"(?:Resolution|Decision) adopted by the (?:General Assembly|Security Council|"
    r"Economic and Social Council|Human Rights Council)(?: on)?",
    _DISTRIBUTION,
    r"(?:Original|Подлинный текст)\s*[:：]\s*\w+",
    # A web copy's field: "Document symbol: E/CN.16/2026/CRP.1".
    rf"(?:Document\s+)?[Ss]ymbol\s*[:：]\s*{DOCUMENT_SYMBOL}",
    _DAY_MONTH_YEAR,
    _MONTH_DAY_YEAR,
    r"(?:[\w-]*(?:first|second|third|th|ième|ère)|[\w-]+(?=\s+período)|[\w-]+ая)"
    r"(?:\s+(?:special|emergency special|resumed|regular|annual|substantive|organizational|"
    r"extraordinaria|специальная))?"
    r"\s+(?:session|período de sesiones|сессия)",
    r"\d{4}\s+session",  # the Economic and Social Council's year: "2024 session"
    rf"(?:Agenda items?|Points?|Temas?|Пункты?)\s+{_AGENDA_ITEMS}"
    r"(?:\s+(?:de l['’]ordre du jour|del programa|повестки дня))?",
    r"English|French|Spanish|Russian|Arabic|Chinese",
    # The cover of a report in the Official Records: "Official Records, 2024", "Supplement No. 11".
    r"Official Records(?:,\s*\d{4})?",
    r"Supplement No\.\s*\d{1,3}(?:\s*\([A-Z]/[^()]{1,30}\))?",
    # The Secretariat's issuances (ST/SGB, ST/AI, ST/IC) name it as their organ, and their kind
    # above the title.
    r"Secretariat|Secretary-General['’]s bulletin|Administrative instruction|Information circular",
)
# Chinese pieces need no space around them ("联合国A/80/L.99", "2025年12月17日大会决议").
_MASTHEAD_GLUED = (
    r"(?:大会|安全理事会|经济及社会理事会|人权理事会)决议|联\s*合\s*国|大\s*会|安全理事会|经济及社会理事会"
    r"|人权理事会",
    r"\d{4}\s*年届会",
    r"正式记录(?:\s*[,，]?\s*\d{4}\s*年?)?|补编第\s*\d{1,3}\s*号",
    # "大会2025年9月22日通过的决议": "Resolution adopted by the General Assembly on …".
    r"通过的(?:决议|决定)",
    "秘书处|秘书长公报|行政指示|情况通报",
    r"原文\s*[:：]\s*\S+?(?=\s|$)",
    rf"文件(?:编号|号|symbol)\s*[:：]\s*{DOCUMENT_SYMBOL}",
    "中文",
    r"第\s*[一二三四五六七八九十百零〇\d]+\s*届(?:特别|紧急特别|续)?会议",
    rf"议程项目\s*{_AGENDA_ITEMS}",
    _CHINESE_DATE,
    # "[without reference to a Main Committee (A/80/L.41)]", "[未经发交主要委员会而通过 (…)]"
    rf"\[[^\[\]]{{1,120}}\(\s*{DOCUMENT_SYMBOL}[^()\[\]]*\)\s*\]",
    # A joint report's symbols, an en dash between them: "A/80/62–E/2025/11".
    rf"(?-i:{DOCUMENT_SYMBOL}(?:[–—]{DOCUMENT_SYMBOL})*)|{_JOB_NUMBER}(?:\s*{_JOB_LANGUAGE})?|{_BARCODE}",
)
_MASTHEAD_PIECE_RE = re.compile(
    "(?:" + "|".join(_MASTHEAD_WORDS) + r")(?:\s+|$)|(?:" + "|".join(_MASTHEAD_GLUED) + r")\s*",
    re.IGNORECASE,
)
# A masthead line holds a few pieces; more is prose that happens to be made of them ("大会大会…").
_MOST_MASTHEAD_PIECES = 8


# A meeting's dateline, below a report's title: its date or dates ("23-27 June 2025", "30
# June-2 July 2025", "June 23-27, 2025", "2025 年 6 月 23 日至 27 日", "2025 年 6 月 23-27 日",
# "2025 年 6 月 30 日至 7 月 2 日"), with its place before or after them, a comma between
# ("Lillestrøm, Norway, 23-27 June 2025", "2025 年 6 月 23 日至 27 日，挪威利勒斯特罗姆",
# "日内瓦，2025 年 4 月 7 日至 11 日").
_DAY_SPAN = r"\d{1,2}(?:er)?(?:\s*(?:[-–—]|to|au|al)\s*\d{1,2}(?:er)?)?"
_DAY_MONTH_SPAN = rf"{_DAY_SPAN}\s+(?:de\s+)?(?:{MONTHS})"
_LATIN_DATE_SPAN = (
    rf"(?:{_DAY_MONTH_SPAN}(?:\s*(?:[-–—]|to|au|al)\s*{_DAY_MONTH_SPAN})?\s+(?:de\s+)?\d{{4}}"
    rf"|(?:{MONTHS})\s+\d{{1,2}}(?:\s*[-–—]\s*(?:(?:{MONTHS})\s+)?\d{{1,2}})?,?\s+\d{{4}})"
)
_CHINESE_DAY = r"\d{1,2}\s*日"
_CHINESE_DATE_SPAN = (
    rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*(?:\d{{1,2}}\s*[-–—~]\s*{_CHINESE_DAY}|{_CHINESE_DAY}"
    rf"(?:\s*(?:至|[-–—~])\s*(?:(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*)?{_CHINESE_DAY})?)"
)
_LATIN_PLACE = r"[^\W\d_][^\d,.;:!?()]{1,30}(?:,\s*[^\W\d_][^\d,.;:!?()]{1,30}){0,2}"
_CHINESE_PLACE = r"[\u3400-\u9fff·]{2,20}"
_DATELINE_RE = re.compile(
    rf"^(?:(?:{_LATIN_PLACE}),\s*{_LATIN_DATE_SPAN}|{_LATIN_DATE_SPAN}(?:,\s*{_LATIN_PLACE})?"
    rf"|(?:{_CHINESE_PLACE}\s*[,，]\s*)?{_CHINESE_DATE_SPAN}(?:\s*[,，]\s*{_CHINESE_PLACE})?)$",
    re.IGNORECASE,
)


def is_dateline(line: str) -> bool:
    """A meeting's date or dates, alone or with its place: front matter, never a paragraph's."""
    return len(line) <= _LONGEST_DATELINE and _DATELINE_RE.match(marker_view(line)) is not None


_LONGEST_DATELINE = 80


def is_masthead(line: str) -> bool:
    """A first-page masthead line: organ, symbol, distribution, date, session, agenda item."""
    if len(line) > _LONGEST_JUNK:
        return False
    position = 0
    for _ in range(_MOST_MASTHEAD_PIECES):
        piece = _MASTHEAD_PIECE_RE.match(line, position)
        if piece is None or piece.end() == position:
            return False
        position = piece.end()
        if position == len(line):
            return True
    return False


# The acting body on its own line before the preamble, with a comma: an article and a name
# ("The General Assembly,", "L'Assemblée générale,", "La Asamblea General,"), a Russian or
# Arabic organ, a Chinese one ("大会，", "经济及社会理事会，"), or a bare "We, …" subject
# ("We, the Member States,", "我们，会员国，"). A preambular paragraph opens with a participle
# ("Recalling", "重申") instead, however short it is ("又", "还", but not "并": "…，" + "并提出…"
# goes on with its sentence, as "and …" does).
CHINESE_OPENERS = (
    "回顾|重申|注意到|注意|欢迎|确认|认识到|意识到|深信|深为|深感|铭记|强调|申明|承认|关切|关注|"
    "赞赏|满意|考虑到|认为|鉴于|忆及|希望|决心|感谢|表示|审议|收到|深表|严重关切|着重指出|欣见|"
    "赞扬|谴责|鼓励|敦促|断定|根据|依照|遵循|秉承|强烈|吁请|促请|坚信|念及|决意|又|还"
)
_CHAPEAU_RES = tuple(
    re.compile(pattern)
    for pattern in (
        # "L'Assemblée" elides its article; the others are words of their own ("ElA," is not).
        r"(?:(?:The|Le|La|Les|El|Los|Las)\s+|L['’]\s*)[A-ZÀ-ÖØ-Þ][^,;:.!?()]{0,100}",
        r"(?:[А-ЯЁ][а-яё-]+\s+|и\s+){0,4}(?:Ассамблея|Совет|Комиссия|Комитет|Конференция)"
        r"(?:\s[^,;:.]{0,60})?",
        r"إن\s+[^،,;:.]{1,60}",
        # No preambular paragraph ("回顾…大会，"), nor a clause going on ("并请人权理事会，").
        rf"(?!{CHINESE_OPENERS}|并)[\u4e00-\u9fff/／《》]{{0,30}}"
        r"(?:大会|全会|理事会|委员会|会议|执行局|论坛|缔约国|缔约方|缔约各国)",
    )
)
# English also prints it without the comma, as the Charter's "We the peoples": "We the Member
# States,".
_WE_RE = re.compile(r"(?:(?:We|Nous|Nosotros|Nosotras|Мы|نحن|我们)\s*[,，،]|We(?=\s+the\s))\s*(.+)")
# A "We" subject longer than this carries content ("We, the ministers … assembled in New
# York,"): it is then the first preambular paragraph.
_MAX_WE_WORDS = 8
_MAX_WE_CJK = 12


_SPACE_BETWEEN_CJK_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# Where and when a conference met, after its name in an ITU resolution's chapeau: "The
# Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),",
# "世界电信标准化全会（2022 年，日内瓦），".
# A summit's or a meeting's, "The World Summit on the Information Society (Tunis, 2005),", is a
# list's entry: only a conference or an assembly acts so.
_CONFERENCE_MET_RE = re.compile(r"\s*[(（][^()（）]{0,40}\d{4}[^()（）]{0,40}[)）]$")
_CONFERENCE_RE = re.compile(r"\b(?:Conference|Assembly)\b|大会|全会")


def _chapeau_body(text: str) -> str:
    """The line without its final comma and a conference's place and year; "大 会，" as
    spaced-out headings print it is "大会"."""
    body = text[:-1].rstrip()
    met = _CONFERENCE_MET_RE.search(body)
    if met is not None and _CONFERENCE_RE.search(body, 0, met.start()):
        body = body[: met.start()]
    return _SPACE_BETWEEN_CJK_RE.sub("", body).translate(_TRADITIONAL_TABLE)


def names_a_conference_met(chapeau: str) -> bool:
    """Whether a chapeau names the conference with where and when it met, as ITU resolutions
    print it ("The World Telecommunication Development Conference (Kigali, 2022),")."""
    body = chapeau[:-1].rstrip()
    # Asked of every line: the pattern, anchored at the end, is slow to fail on a long one.
    return body.endswith((")", "）")) and _CONFERENCE_MET_RE.search(body) is not None


def speaks_as_we(chapeau: str) -> bool:
    """Whether a chapeau is a declaration's, "We, the Member States," / "我们，会员国，", which may
    follow the resolution's own ("The General Assembly, … Adopts the following declaration:")."""
    return _WE_RE.fullmatch(_chapeau_body(chapeau)) is not None


def speaks_as_we_at_length(text: str) -> bool:
    """Whether a paragraph opens with a declaration's "We," ("We, the Ministers and high
    representatives, having met in Geneva …,", "我们，各国部长……"), however long."""
    return _WE_RE.match(text) is not None


# Where and when the acting body met, after its name and a comma, as UNESCO's General Conference
# and the General Assembly print it: "…, meeting in Paris from 9 to 24 November 2021, at its
# 41st session", "…, at its seventy-ninth session", "…, réunie à Paris … en sa 41e session",
# "…, en su 41ª reunión".
_MET_AT_SESSION_RE = re.compile(
    r",\s*(?:(?:meeting|met|assembled|gathered|convened)\s+in|réunie\s+à|reunida\s+en)"
    r"\s[^,;:()]{1,80}(?:,\s*(?:at\s+its|en\s+sa|en\s+su)\s[^,;:()]{1,40})?$"
    r"|,\s*(?:at\s+its|en\s+sa|à\s+sa|en\s+su)\s[^,;:()]{1,40}\b(?:session|reunión|período\s+de"
    r"\s+sesiones)$"
)
# The organ so named, its name with the commas and the acronym an organization's full name holds:
# "The General Conference of the United Nations Educational, Scientific and Cultural
# Organization (UNESCO)".
_ORGAN_NAMED_RE = re.compile(
    r"(?:(?:The|Le|La|Les|El|Los|Las)\s+|L['’]\s*)[A-ZÀ-ÖØ-Þ][^;:.!?()]{0,140}"
    r"(?:\s*\([A-Z]{2,}\))?"
)
# Chinese prints where and when it met after the organ, no comma between: "联合国教育、科学及
# 文化组织（教科文组织）大会于 2021 年 11 月 9 日至 24 日在巴黎举行第四十一届会议".
_CHINESE_ORGAN_MET_RE = re.compile(
    rf"(?!{CHINESE_OPENERS}|并)[\u4e00-\u9fff/／《》、（）]{{0,40}}"
    r"(?:大会|全会|理事会|委员会|执行局)[于在][^，,；;：:。]{1,60}?(?:举行|召开)[^，,；;：:。]{0,20}"
    r"届会议"
)


def _body_names_where_it_met(body: str) -> bool:
    """Whether a chapeau's body names the organ with where and when it met ("The General
    Assembly, at its seventy-ninth session")."""
    if _CHINESE_ORGAN_MET_RE.fullmatch(body):
        return True
    met = _MET_AT_SESSION_RE.search(body)
    if met is None:
        return False
    name = body[: met.start()].rstrip()
    return _ORGAN_NAMED_RE.fullmatch(name) is not None and _ORGAN_RE.search(name) is not None


def names_the_body_where_it_met(chapeau: str) -> bool:
    """Whether a chapeau says where and when its body met ("The General Conference of UNESCO,
    meeting in Paris at its 41st session,")."""
    return chapeau.endswith((",", "，")) and _body_names_where_it_met(_chapeau_body(chapeau))


def is_chapeau(text: str) -> bool:
    """Whether a line names the body that acts ("The General Assembly,"): not a paragraph."""
    if not text.endswith((",", "，", "،")):
        return False
    body = _chapeau_body(text)
    if any(pattern.fullmatch(body) for pattern in _CHAPEAU_RES) or _body_names_where_it_met(body):
        return True
    we = _WE_RE.fullmatch(body)
    if we is None:
        return False
    subject = we.group(1)
    cjk = sum(1 for ch in subject if is_cjk(ch))
    if cjk:
        return cjk <= _MAX_WE_CJK and not any(ch in subject for ch in "，,、")
    return len(subject.split()) <= _MAX_WE_WORDS and "," not in subject


def opens_a_decision(text: str) -> bool:
    """Whether a line names the acting body with the colon a decision opens with, its items
    below ("The Economic and Social Council:" + "(a) Takes note …", "经济及社会理事会：" +
    "(a) 注意到…"): the organ's name alone, its words capitalised but for the small ones
    ("The Commission on Science and Technology for Development:"; "The Committee recommended
    the following:" is a sentence)."""
    if not text.endswith((":", "：")):
        return False
    body = _chapeau_body(text)
    if not body:
        return False
    if is_cjk(body[0]):
        return _CHAPEAU_RES[3].fullmatch(body) is not None
    return (
        _CHAPEAU_RES[0].fullmatch(body) is not None
        and all(word[:1].isupper() or word in _SMALL_WORDS for word in body.split())
        # An organ, not a role a terms of reference lists ("The Bureau:", "The Secretariat:").
        and _ORGAN_RE.search(body) is not None
    )


def records_a_decision(text: str) -> bool:
    """Whether a paragraph is a decision as a report of its organ records it, one sentence naming
    the organ and what it decided ("The Seventy-seventh World Health Assembly, having
    considered the report …, decided:" + "(1) …", "The Economic and Social Council … decided to
    grant …", "第七十七届世界卫生大会审议了…报告，决定：", "经济及社会理事会决定…"): the
    text's own, never the title block above the chapeau of a resolution printed below it."""
    if is_cjk(text[:1]):
        return _CHINESE_DECIDED_RE.match(text) is not None
    decided = _DECIDED_RE.match(text)
    return decided is not None and _ORGAN_RE.search(decided.group(1)) is not None


# The organ's name, then, after a comma or none, what it did: "decided" as a report's past tense
# says it, never the present an operative paragraph opens with.
_DECIDED_RE = re.compile(
    r"((?:The|Le|La|Les|El|Los|Las)\s+[A-ZÀ-ÖØ-Þ][^,;:.!?()]{0,140}?)(?:,[^;:.!?]{0,400}?,)?"
    r"\s+(?:decided|a\s+décidé|decidió)\b"
)
# Chinese names the organ, then what it did before "决定", a comma between ("…大会审议了…，决定：")
# or none ("…理事会决定…"), never a title naming its decisions ("大会决定", "大会第 79/505 号决定").
_CHINESE_DECIDED_RE = re.compile(
    rf"(?!{CHINESE_OPENERS}|并)[\u4e00-\u9fff/／《》]{{0,30}}"
    r"(?:大会|全会|理事会|委员会|执行局|论坛)(?:[^，,；;：:。\n]{0,200}[，,])?决定[^\n]"
)


# The bodies that take decisions: "The Economic and Social Council", "The Conference of the
# Parties", "The Executive Board".
_ORGAN_RE = re.compile(
    r"\b(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Meeting|Parties"
    r"|Assemblée|Conseil|Commission|Comité|Conférence|Asamblea|Consejo|Comisión|Comité"
    r"|Conferencia|Junta)\b"
)
# The small words an organ's capitalised name holds: "The Commission on the Status of Women".
_SMALL_WORDS = frozenset(
    ("of", "on", "and", "for", "the", "to", "in", "de", "du", "des", "la", "y")
)


# The participle or adjective that opens a preambular paragraph ("Recalling", "Rappelant",
# "回顾"): the sign that a paragraph, not a title, has begun.
_PREAMBLE_OPENER_RE = re.compile(
    r"(?:Recalling|Reaffirming|Affirming|Noting|Welcoming|Recogni[sz]ing|Acknowledging|"
    r"Emphasi[sz]ing|Stressing|Underlining|Reiterating|Expressing|Taking|Bearing|Having|"
    r"Considering|Mindful|Conscious|Convinced|Concerned|Deeply|Gravely|Aware|Guided|"
    r"Determined|Alarmed|Encouraged|Desiring|Appreciating|Highlighting|Underscoring|Cognizant|"
    r"Commending|Condemning|Deploring|Endorsing|Keeping|Observing|Reali[sz]ing|Regretting|"
    r"Seeking|Supporting|Urging|Believing|Confident|Desirous|Declaring|Anticipating|Trusting|"
    r"Determining|Acting|Encouraging|Strongly|Further|Also|Paying|Looking|Remaining|Calling|"
    r"Referring|Viewing|Fully|Anxious|Re-?emphasi[sz]ing|Stressing|Deeply|Affirming|Pursuant|"
    r"Rappelant|Réaffirmant|Affirmant|Notant|Prenant|Accueillant|Saluant|Reconnaissant|"
    r"Considérant|Soulignant|Constatant|Consciente?|Convaincue?|Préoccupée?|Profondément|"
    r"Guidée?|Résolue?|Ayant|Tenant|"
    r"Recordando|Reafirmando|Afirmando|Observando|Tomando|Acogiendo|Reconociendo|Considerando|"
    r"Destacando|Subrayando|Poniendo|Teniendo|Convencida|Preocupada|Profundamente|Guiada|"
    r"Decidida|Habiendo|"
    r"Ссылаясь|Подтверждая|Вновь|Отмечая|Принимая|Приветствуя|Признавая|Подчеркивая|Учитывая|"
    r"Будучи|Выражая|Руководствуясь|Сознавая|Глубоко|Осуждая|Стремясь|Поддерживая|Призывая|"
    r"Настоятельно|Определяя|Действуя|Подвергнув|Изучив|Заслушав|Придавая|Опираясь|"
    rf"Решительно)\b|(?:{CHINESE_OPENERS})"
)


def opens_preamble(text: str) -> bool:
    """Whether a paragraph's text starts like a preambular paragraph."""
    return bool(_PREAMBLE_OPENER_RE.match(text))

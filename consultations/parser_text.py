"""Character-level helpers for the paragraph parser: normalisation, inline clean-up, line joining,
number parsing and recognition of lines that are never paragraph text.

Everything here is pure and works on single strings; the structural decisions live in
``consultations.parser``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Spaces that PDF and web extraction leave behind; all become an ordinary space.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_ODD_SPACES += "\u202f\u205f\u3000\t\v"
# Invisible characters that only break matching (zero-width, BOM, soft hyphen, bidi marks).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"

_NORMALISE_TABLE: dict[int, str | None] = {ord(ch): " " for ch in _ODD_SPACES}
_NORMALISE_TABLE.update({ord(ch): None for ch in _INVISIBLE})
_NORMALISE_TABLE.update({c: None for c in range(0x00, 0x20) if c not in (0x0A,)})
_NORMALISE_TABLE[0x0C] = "\n"  # form feed marks a page break: a line break is what it means here
_NORMALISE_TABLE[0x7F] = None

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
        ord("﹒"): ".",
        ord("｡"): ".",
        ord("٫"): ".",
    }
)

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


def normalise(content: str) -> str:
    """NFC, unified line ends, odd spaces to spaces, invisible and control characters removed."""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    content = content.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return unicodedata.normalize("NFC", content.translate(_NORMALISE_TABLE))


def marker_view(line: str) -> str:
    """The line with digits and marker punctuation mapped to ASCII, character for character."""
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
    return len(text) + sum(match.end() - match.start() for match in _CJK_RUN_RE.finditer(text))


def join_text(left: str, right: str) -> str:
    """Join two wrapped pieces: nothing between CJK characters, otherwise one space."""
    if not left:
        return right
    if not right:
        return left
    last, first = left[-1], right[0]
    if (is_cjk(last) and is_cjk(first)) or is_cjk_punctuation(first) or is_cjk_punctuation(last):
        return left + right
    if last == "-" and len(left) > 1 and left[-2].isalpha() and first.islower():
        return left + right
    return left + " " + right


def ends_open(text: str, *, comma_closes: bool) -> bool:
    """Whether a piece of text stops mid-sentence (so a following line continues it)."""
    stripped = _TRAILING_MARKER_RE.sub("", text[-_TAIL:].rstrip())
    while stripped and stripped[-1] in _CLOSERS:
        stripped = stripped[:-1].rstrip()
    if not stripped:
        return True
    terminal = PREAMBLE_TERMINAL_PUNCTUATION if comma_closes else TERMINAL_PUNCTUATION
    return stripped[-1] not in terminal


# Only the end of a text decides whether it is finished; long paragraphs are not rescanned.
_TAIL = 64
# A footnote marker left after final punctuation must not make a finished sentence look open.
_TRAILING_MARKER_RE = re.compile(r"(?<=[.。;；:：,，)）》”\"])\s?\d{1,3}$")


def starts_as_continuation(text: str) -> bool:
    """A line that cannot begin a paragraph: lower-case Latin start or closing CJK punctuation."""
    first = text[0]
    return first.islower() or (is_cjk_punctuation(first) and first in "，、。；：）》」』】〉")


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


# ---------------------------------------------------------------------------------------------
# Inline clean-up
# ---------------------------------------------------------------------------------------------

SUP_RE = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>", re.IGNORECASE)
# Bodies exclude the delimiter so that an unclosed tag or emphasis costs linear, not quadratic,
# time: each attempt stops at the next "<" or "*".
_SUP_ANY_RE = re.compile(r"<sup>[^<]*</sup>", re.IGNORECASE)
_MD_IMAGE_RE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MD_EMPHASIS_RE = re.compile(r"\*\*(?=[^\s*])([^*]+)(?<=\S)\*\*|__(?=[^\s_])([^_]+)(?<=\S)__")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
_SPACES_RE = re.compile(r" {2,}")


def _drop_marker(match: re.Match[str]) -> str:
    """Remove a <sup> marker, and the space after it when it sits between CJK characters."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end:].lstrip(" ")
    if before and after and is_cjk(before) and is_cjk(after[0]):
        return "\0"  # placeholder: the spaces that follow are removed below
    return ""


_PLACEHOLDER_SPACES_RE = re.compile("\0 *")


def clean_inline(text: str, *, markdown: bool) -> tuple[str, list[int]]:
    """Strip inline markup; returns the text and the footnote numbers of removed <sup> markers."""
    markers: list[int] = []
    if "<" in text:
        markers = [int(m) for m in SUP_RE.findall(text)]
        text = _PLACEHOLDER_SPACES_RE.sub("", _SUP_ANY_RE.sub(_drop_marker, text))
    if markdown and any(ch in text for ch in "[*_\\<!"):
        text = _MD_IMAGE_RE.sub(r"\1", text)
        text = _MD_LINK_RE.sub(r"\1", text)
        text = _MD_EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), text)
        text = _MD_ESCAPE_RE.sub(r"\1", text)
        text = _HTML_TAG_RE.sub("", text)
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    return text.strip(), markers


# Footnote references glued to text. In CJK text they follow a closing mark or a full stop
# ("《议程》1。", "议程》1 及其"); in Latin text they follow a lower-case letter or punctuation
# ("Development,1 and"). Digits after a plain ideograph ("第1577卷", "目标3") are never touched.
_GLUED_MARKER_RE = re.compile(
    r"(?:(?<=[》」』〉】”’）)\]。])|(?<=[^\d\s][.,;:!?])|(?<=[a-z]))(\d{1,3})(?![\d%]|[./,:]\d)( *)"
)


def candidate_glued_markers(text: str) -> Iterable[int]:
    for match in _GLUED_MARKER_RE.finditer(text):
        yield int(match.group(1))


def remove_glued_markers(text: str, footnote_numbers: frozenset[int]) -> str:
    """Remove footnote reference digits whose footnote exists in the document."""
    if not footnote_numbers:
        return text

    def replace(match: re.Match[str]) -> str:
        if int(match.group(1)) not in footnote_numbers:
            return match.group(0)
        following = text[match.end() : match.end() + 1]
        before = text[match.start() - 1 : match.start()]
        spaces = match.group(2)
        if following and (is_cjk(following) or following in ",.;:!?)") and is_cjk(before):
            return ""
        if following and not following.isspace() and following.isalnum() and not spaces:
            return match.group(0)  # "a1b": part of a token, not a marker
        return spaces

    return _GLUED_MARKER_RE.sub(replace, text)


# ---------------------------------------------------------------------------------------------
# Lines that are never paragraph text
# ---------------------------------------------------------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre"
)
# A document symbol as printed in a running header: never ends in punctuation (a wrapped line
# ending a sentence with "A/79/L.2." is text).
_SYMBOL = r"[A-Z]{1,2}(?:/[A-Z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)+"
_HEADER_TOKEN_RE = re.compile(
    rf"^(?:{_SYMBOL}|\d{{2}}-\d{{5}}|\([A-Z]\)|\*\d{{7,}}\*|\d{{1,4}}(?:\s*/\s*\d{{1,4}})?)$"
)
_JUNK_RES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?:https?://|www\.)\S+$",
        r"^[-–—]\s*\d{1,4}\s*[-–—]$",
        r"^(?:page|página|pagina|стр\.?)\s*\d{1,4}(?:\s*(?:of|de|sur|из|/)\s*\d{1,4})?$",
        r"^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$",
        r"^distr\.?\s*[:：]?\s*\w+\.?$",
        r"^(?:original|原文)\s*[:：]\s*\S+$",
        rf"^\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{_MONTHS})\s+(?:de\s+)?\d{{4}}$",
        rf"^(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}$",
        r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$",
        r"^\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting$",
        r"^第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*次全体会议$",
    )
)
# Every kind of line recognised as junk is shorter than this (a URL may be long).
_LONGEST_JUNK = 200
_SEPARATOR_RE = re.compile(r"^(?:[_\-—–=~·•*]\s*){3,}$")


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_RE.match(line))


def is_junk(line: str) -> bool:
    """Running headers, page numbers, job numbers, bare URLs, dates and meeting lines."""
    if len(line) > _LONGEST_JUNK:
        return False
    if any(pattern.match(line) for pattern in _JUNK_RES):
        return True
    tokens = line.split()
    return 0 < len(tokens) <= 4 and all(_HEADER_TOKEN_RE.match(token) for token in tokens)

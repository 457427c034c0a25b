"""The Word rendering of a synthesis, and its representation chart.

Secretariats work in Word, so the document uses Word's own styles (Title, Subtitle, Heading 1-3,
Quote, Caption, Table Grid, Hyperlink) and opens in Word and LibreOffice alike. Layout, in the
contract's order and the Markdown's: a title page; per paragraph in document order, its text,
its counts by stakeholder group and by position, a table of amendments, the form-letter
campaigns, the clusters of similar comments and a table of the other comments; then the general
comments; then the representation tables (stakeholder, regional and country groups) and a bar
chart of stakeholder-group organization shares against targets, on the page of its caption.

Choices made here, where the product contract is silent:

- Every statement links to its comments: each source is a Word hyperlink showing the tracking
  number (the number on the submitter's receipt) and opening ``{public_url}/v1/comments/{id}``,
  so the comment id is in the link. The representation table links each group to the round's
  published comments from it (regional groups likewise; country groups link to the
  representation report). Nothing is capped: every amendment, campaign, cluster and other
  comment is listed. Amendments are given in full, except the copies of a form-letter campaign,
  which the campaign stands for (one representative text, and its proposed text in full);
  other comments in full when short, else an excerpt ending in "…" that the link completes.
- Chinese text renders through an East Asian font set on the styles (``SimSun``, which Word ships
  and LibreOffice substitutes by a CJK font it has); the theme's East Asian font reference is
  removed from the styles because it would take precedence.
- Word proofs the text in the synthesis's language (:func:`proofing_languages`), with the region
  its tag names or else the usual one ("fr-FR", "zh-CN"), set on the Normal style that every
  paragraph style here is based on: French is not spell-checked as English, Chinese and
  Arabic are proofed as such (``eastAsia``, ``bidi``), Traditional Chinese as Taiwan's. What a
  comment says (its text, excerpt) is proofed in the comment's declared language instead, set
  on its runs for its script only (:func:`_run_language`): an English comment in a Chinese
  synthesis is spell-checked as English. A paragraph's text carries the synthesis's language
  on its runs, as a comment's carries its own: the document's words say what language they are
  in wherever they are copied to. An amendment's proposed text is in the language of the
  paragraph it replaces, the synthesis's, whatever language its explanation is in: a French
  delegation's English wording of an English paragraph is proofed as English.
- Arabic text is set in a right-to-left paragraph and runs: aligned right, its full stop at its
  left end. What a comment says (its text, excerpt) takes its direction from the comment's
  declared language, a paragraph's text and a proposed text from the synthesis's language
  (:func:`written_right_to_left`: Arabic, Persian, Urdu, Hebrew, ... or a right-to-left script
  subtag, ``-Arab``; a left-to-right script subtag, ``ar-Latn``, says left to right), so an
  Arabic comment opening with "COVID-19" is right to left; only where the language says nothing
  (English, French, ... which a client may send by default) does the first letter of a script
  with a direction decide, as it does for every other text.
- Deterministic bytes: core properties are set from the data (created and modified are the
  synthesis' ``generated_for``), the chart PNG carries no metadata, and the ZIP entries are
  rewritten with a fixed timestamp; hyperlink relationships are numbered in the order the links
  first appear. The same synthesis therefore gives the same file.
- python-docx builds the package (styles, properties, the chart's image part); the body is
  written as WordprocessingML text and spliced into ``word/document.xml``, because both
  ``add_paragraph`` (it scans the body on each call) and moving parsed subtrees (lxml) take
  quadratic time on rounds with many amendments and clusters.
- Under ``group_only`` attribution the amendment and other-comment tables have no organization
  column at all, and clusters list no organizations (their counts stay).
- Tables are set in 9 pt ("Table text") and each is preceded by a paragraph (a heading or a
  caption): Word and LibreOffice merge tables that touch. Fixed layout, with widths computed
  here: free text (proposed texts, explanations, comments, organization names) comes first,
  each such column as wide as its longest word and, where the page allows, half an inch per
  unit of its weight; every column is as wide as its header's words and the words that must
  not break (a group's name, a count); tracking numbers stay whole when that leaves the free
  text its room, else wrap after a hyphen (``DICORE-R1-`` / ``000185-D``); the free text shares
  what is left. Words are measured in DejaVu Serif, which matplotlib ships: it is wider than
  Cambria, the template's body font, and is what LibreOffice shows where Cambria is missing,
  so what fits in it fits in both. Figures are right-aligned, each cell's kept on one line. The
  representation tables set "Organizations" over its number, share and target share, on a
  header row above theirs: three columns each headed by that bold word (and a group's name, the
  comments, the status and the sources) are wider together than the page.
"""

from __future__ import annotations

import functools
import heapq
import io
import itertools
import math
import re
import threading
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips
from lxml import etree
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.ticker import PercentFormatter

from consultations.synthesis_model import (
    RedlineOp,
    RepresentationLine,
    Synthesis,
    SynthesisCluster,
)
from consultations.synthesis_render import (
    COMMENT_PATH,
    UNLISTED_PARAGRAPHS,
    Feedback,
    amendment_redline,
    amendments_among,
    campaign_title,
    category_sources_url,
    cluster_organizations,
    comment_url,
    count_breakdowns,
    display_time,
    group_label,
    heading_names,
    link_text,
    listed_amendments,
    organization_shown,
    other_wordings,
    paragraph_name,
    plural,
    position_label,
    representation_headline,
    representation_rows,
    representation_sections,
    representative_proposal,
    to_utc,
    totals_line,
)
from core.scripts import CJK_MARKS, IDEOGRAPHS_AND_KANA

EAST_ASIAN_FONT = "SimSun"
CHART_DPI = 150
HYPERLINK_STYLE = "Hyperlink"  # Word's built-in name: Word and LibreOffice know it as such
SOURCES_STYLE = "Sources"
TABLE_TEXT_STYLE = "Table text"
TABLE_TEXT_POINTS = 9

_PAGE_WIDTH = Twips(11906)  # A4, the paper size of UN documents
_PAGE_HEIGHT = Twips(16838)
_MARGIN = Cm(2)
TEXT_WIDTH_TWIPS = 11906 - 2 * 1134
# Table Grid's cell margins (108 twips left and right) and room for rounding.
CELL_PADDING_TWIPS = 2 * 108 + 40
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINK_SEPARATOR = '<w:r><w:t xml:space="preserve">, </w:t></w:r>'
_ATTRIBUTE_ENTITIES = {'"': "&quot;"}
_STYLED_FOR_EAST_ASIA = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3")
# The region Word proofs a language in when the synthesis's tag names none.
_LANGUAGE_TAGS: Mapping[str, str] = {
    "ar": "ar-SA",
    "en": "en-GB",
    "es": "es-ES",
    "fr": "fr-FR",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "ru": "ru-RU",
    "zh": "zh-CN",
}
_EAST_ASIAN_LANGUAGES = frozenset({"ja", "ko", "zh"})


def render_docx(s: Synthesis) -> bytes:
    document = Document()
    _set_up_page_and_styles(document, s.language)
    _set_core_properties(document, s)
    _drop_template_thumbnail(document)
    body = _Body(document, s)

    _title_page(body, s)
    body.add(_heading(1, "Paragraphs"))
    if not s.paragraphs:
        body.add(_paragraph("The document has no paragraphs.", italic=True))
    headings = heading_names(s.paragraphs)
    for paragraph in s.paragraphs:
        title = paragraph.anchor
        name = paragraph_name(paragraph, headings)
        if name and name != paragraph.anchor:
            title = f"{name} [{paragraph.anchor}]"
        body.add(_heading(2, title))
        if paragraph.heading_path:
            path = " › ".join(headings.get(part, part) for part in paragraph.heading_path)
            body.add(_paragraph(path, italic=True, keep_with_next=True))
        if paragraph.anchor not in headings:  # a heading's title is in its name
            body.add(_quote_in(s.language, paragraph.text))
        _feedback(body, s, paragraph, "this paragraph")

    body.add(_heading(1, "General comments"))
    if s.general is None or s.general.comment_count == 0:
        body.add(_paragraph("No general comments.", italic=True))
    else:
        _feedback(body, s, s.general, "the document as a whole")

    _representation(body, s)

    buffer = io.BytesIO()
    document.save(buffer)
    return _finished_package(buffer.getvalue(), body)


def representation_chart_png(lines: Sequence[RepresentationLine]) -> bytes:
    """Horizontal bars: each group's organization share next to its target share."""
    height = 1.2 + 0.55 * max(len(lines), 1)
    figure = Figure(figsize=(7.0, height), dpi=CHART_DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if lines:
        positions = list(range(len(lines)))
        labels = [group_label(line.key) for line in lines]
        axes.barh(
            [p - 0.2 for p in positions],
            [float(line.organization_share) for line in lines],
            height=0.4,
            color="#1f5f99",
            label="Organization share",
        )
        axes.barh(
            [p + 0.2 for p in positions],
            [float(line.target_share) for line in lines],
            height=0.4,
            color="#d9d9d9",
            edgecolor="#555555",
            hatch="//",
            label="Target share",
        )
        axes.set_yticks(positions, labels, fontsize=9)
        axes.invert_yaxis()
        top = float(
            max([line.organization_share for line in lines] + [line.target_share for line in lines])
        )
        axes.set_xlim(0, max(top * 1.1, 0.1))
        axes.xaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        figure.legend(loc="outside lower center", ncols=2, fontsize=8, frameon=False)
    else:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "No representation data", ha="center", va="center")
    axes.set_title("Organizations by stakeholder group: share against target", fontsize=10)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, metadata={"Software": None})
    return buffer.getvalue()


# Document set-up --------------------------------------------------------------------------------


def _set_up_page_and_styles(document: WordDocument, language: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = _PAGE_WIDTH, _PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, _MARGIN)

    styles = document.styles
    for name in _STYLED_FOR_EAST_ASIA:
        run_properties = styles[name].element.get_or_add_rPr()
        fonts = run_properties.find(qn("w:rFonts"))
        if fonts is None:
            fonts = run_properties.makeelement(qn("w:rFonts"), {})
            run_properties.insert(0, fonts)
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    hyperlink = styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    hyperlink.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    hyperlink.font.underline = True
    sources = styles.add_style(SOURCES_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    sources.base_style = styles["Normal"]
    sources.font.size = Pt(8)
    table_text = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    table_text.font.size = Pt(TABLE_TEXT_POINTS)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    normal_run = styles["Normal"].element.get_or_add_rPr()
    text, east_asian, right_to_left_text = (
        escape(tag, _ATTRIBUTE_ENTITIES) for tag in proofing_languages(language)
    )
    normal_run.append(
        parse_xml(
            f'<w:lang {nsdecls("w")} w:val="{text}" w:eastAsia="{east_asian}" '
            f'w:bidi="{right_to_left_text}"/>'
        )
    )


def proofing_languages(language: str) -> tuple[str, str, str]:
    """The languages Word proofs a synthesis in ``language`` (a BCP 47 tag) in: its text, its
    East Asian text and its right-to-left text (``w:lang``'s ``val``, ``eastAsia`` and
    ``bidi``). The synthesis's own language is each of the three it is written in, with the
    region its tag names ("fr-CA", "zh-TW"; Traditional Chinese, "zh-Hant", is proofed as
    Taiwan's), else the usual one ("fr-FR", "zh-CN"); the other two stay Chinese and Arabic."""
    primary, *subtags = language.split("-")
    primary = primary.lower()
    region = script = None
    for subtag in subtags:
        if len(subtag) == 1:  # an extension or private use: no region or script beyond it
            break
        if len(subtag) == 4 and subtag.isalpha():
            script = subtag.title()
        elif (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit()):
            region = subtag.upper()
    if region is not None:
        tag = f"{primary}-{region}"
    elif primary == "zh" and script == "Hant":
        tag = "zh-TW"
    else:
        tag = _LANGUAGE_TAGS.get(primary, language)
    east_asian = tag if primary in _EAST_ASIAN_LANGUAGES else _LANGUAGE_TAGS["zh"]
    right_to_left_text = tag if written_right_to_left(language, "") else _LANGUAGE_TAGS["ar"]
    return tag, east_asian, right_to_left_text


def _drop_template_thumbnail(document: WordDocument) -> None:
    """The template's thumbnail shows a blank page; file browsers would preview that."""
    package = document.part.package
    for relationship_id, relationship in list(package.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[relationship_id]


def _set_core_properties(document: WordDocument, s: Synthesis) -> None:
    properties = document.core_properties
    moment = to_utc(s.generated_for).replace(tzinfo=None, microsecond=0)
    properties.title = _clean(f"Synthesis: {s.round_title}")[:255]
    properties.subject = _clean(s.document_title)[:255]
    properties.author = "Plenary"
    properties.last_modified_by = "Plenary"
    properties.comments = _clean(f"Synthesis of round {s.round_id} of {s.consultation_slug}")[:255]
    properties.category = "Consultation synthesis"
    properties.keywords = _clean(s.consultation_slug)[:255]
    properties.identifier = _clean(s.round_id)[:255]
    properties.language = _clean(s.language)[:255]
    properties.revision = 1
    properties.created = moment
    properties.modified = moment


def _finished_package(package: bytes, body: _Body) -> bytes:
    """Splice the body into ``word/document.xml`` and its hyperlinks into the document's
    relationships, and rewrite the ZIP with fixed timestamps.

    Moving a large parsed subtree into python-docx's tree costs quadratic time in lxml, and its
    relationships cost an object and a tree node each, so both go in as text: the body before
    its final section properties, streamed fragment by fragment into the entry rather than
    joined into one more copy of the largest part.
    """
    source = zipfile.ZipFile(io.BytesIO(package))
    target_buffer = io.BytesIO()
    with zipfile.ZipFile(target_buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            pieces: Iterable[bytes] = (content,)
            if entry.filename == "word/document.xml":
                at = content.rindex(b"<w:sectPr")
                pieces = itertools.chain((content[:at],), body.fragments(), (content[at:],))
            elif entry.filename == "word/_rels/document.xml.rels":
                at = content.rindex(b"</Relationships>")
                pieces = (content[:at], body.relationships(), content[at:])
            info = zipfile.ZipInfo(entry.filename, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            with target.open(info, "w") as stream:
                for piece in pieces:
                    stream.write(piece)
    return target_buffer.getvalue()


# Body building ----------------------------------------------------------------------------------


class _Body:
    """Collects the body as WordprocessingML text and its hyperlink targets, spliced into the
    package when it is saved."""

    def __init__(self, document: WordDocument, s: Synthesis) -> None:
        self._document = document
        self._synthesis = s
        self.comments = {comment.id: comment for comment in s.comments}
        self._fragments: list[str] = []
        self._relationship_ids: dict[str, str] = {}
        self._comment_links: dict[str, str] = {}

    def add(self, fragment: str) -> None:
        self._fragments.append(fragment)

    def link(self, url: str, text: str) -> _Inline:
        """A hyperlink to ``url`` showing ``text``; one external relationship per target."""
        relationship_id = self._relationship_ids.get(url)
        if relationship_id is None:
            # Apart from python-docx's rId1, rId2..., which it numbers by scanning its own.
            relationship_id = f"rIdL{len(self._relationship_ids) + 1}"
            self._relationship_ids[url] = relationship_id
        return _Inline(
            f'<w:hyperlink r:id="{relationship_id}">{_runs(text, style=HYPERLINK_STYLE)}'
            "</w:hyperlink>"
        )

    def comment_text(self, comment_id: str, text: str) -> _Inline:
        """Text from a comment, in the direction its language is written in and proofed in
        that language."""
        return _text_in(self._comment_language(comment_id), text)

    def comment_quote(self, comment_id: str, text: str) -> str:
        """A quoted paragraph of text from a comment, in its language's direction and proofed
        in its language."""
        return _quote_in(self._comment_language(comment_id), text)

    def proposal_text(self, text: str) -> _Inline:
        """An amendment's proposed text: in the language of the paragraph it replaces, the
        synthesis's, whatever language the comment explaining it is in."""
        return _text_in(self._synthesis.language, text)

    def proposal_quote(self, text: str) -> str:
        """An amendment's proposed text as a quoted paragraph, in the synthesis's language."""
        return _quote_in(self._synthesis.language, text)

    def marked_proposal(self, pieces: Sequence[tuple[RedlineOp, str]], rtl: bool) -> _Inline:
        """An amendment's proposed text as a secretariat's compilation marks it: deleted words
        struck through, inserted ones bold and underlined; in the synthesis's language."""
        language = self._synthesis.language
        return _Inline(
            "".join(
                _runs(
                    text,
                    bold=op == "insert",
                    struck=op == "delete",
                    underlined=op == "insert",
                    rtl=rtl,
                    language=language,
                )
                for op, text in pieces
            ),
            bidi=rtl,
        )

    def _comment_language(self, comment_id: str) -> str:
        comment = self.comments.get(comment_id)
        return comment.language if comment else ""

    def comment_link(self, comment_id: str) -> _Inline:
        xml = self._comment_links.get(comment_id)
        if xml is None:
            text = link_text(comment_id, self.comments)
            xml = self.link(comment_url(self._synthesis, comment_id), text).xml
            self._comment_links[comment_id] = xml
        return _Inline(xml)

    def comment_links(self, comment_ids: Iterable[str]) -> _Inline:
        return _Inline(_LINK_SEPARATOR.join(self.comment_link(i).xml for i in comment_ids))

    def add_picture(self, png: bytes) -> None:
        """A centred picture, kept on the page of the paragraph after it, its caption."""
        inline = self._document.part.new_pic_inline(io.BytesIO(png), Cm(16), None)
        self._fragments.append(
            '<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
            f"{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r></w:p>"
        )

    def fragments(self) -> Iterator[bytes]:
        return (fragment.encode("utf-8") for fragment in self._fragments)

    def relationships(self) -> bytes:
        return "".join(
            f'<Relationship Id="{relationship_id}" Type="{RELATIONSHIP_TYPE.HYPERLINK}" '
            f'Target="{escape(url, _ATTRIBUTE_ENTITIES)}" TargetMode="External"/>'
            for url, relationship_id in self._relationship_ids.items()
        ).encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Inline:
    """Runs and hyperlinks already written as WordprocessingML, for a paragraph or a cell;
    ``bidi``: its paragraph is a right-to-left one."""

    xml: str
    bidi: bool = False


def _text_in(language: str, text: str) -> _Inline:
    """``text`` in ``language``'s direction, proofed in ``language``."""
    rtl = written_right_to_left(language, text)
    return _Inline(_runs(text, rtl=rtl, language=language), bidi=rtl)


def _quote_in(language: str, text: str) -> str:
    """``text`` as a quoted paragraph, in ``language``'s direction and proofed in it."""
    rtl = written_right_to_left(language, text)
    return _paragraph_xml(_runs(text, rtl=rtl, language=language), "Quote", bidi=rtl)


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _runs(
    text: str,
    bold: bool = False,
    italic: bool = False,
    style: str | None = None,
    *,
    struck: bool = False,
    underlined: bool = False,
    rtl: bool | None = None,
    language: str = "",
) -> str:
    """Runs of ``text``, right to left when ``rtl`` says so (None: as the text's first letter
    with a direction reads), proofed in ``language`` (a BCP 47 tag; empty: as their style)."""
    properties = f'<w:rStyle w:val="{_style_id(style)}"/>' if style else ""
    properties += ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    properties += "<w:strike/>" if struck else ""
    properties += '<w:u w:val="single"/>' if underlined else ""
    properties += "<w:rtl/>" if (right_to_left(text) if rtl is None else rtl) else ""
    properties += _run_language(language)
    run_properties = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    pieces: list[str] = []
    for number, line in enumerate(_clean(text).split("\n")):
        if number:
            pieces.append("<w:br/>")
        for tab_number, chunk in enumerate(line.split("\t")):
            if tab_number:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{run_properties}{''.join(pieces)}</w:r>"


def _run_language(language: str) -> str:
    """A run's ``w:lang`` for text in ``language``: the one attribute of the three that Word
    proofs that language's script by (East Asian, right-to-left or other text), so that the
    synthesis's own language still proofs what the run holds in the other scripts (an
    English abbreviation in a Chinese comment)."""
    primary = language.split("-")[0].lower()
    if not primary.isalpha() or primary in ("und", "mul", "zxx"):
        return ""
    tag = escape(proofing_languages(language)[0], _ATTRIBUTE_ENTITIES)
    if primary in _EAST_ASIAN_LANGUAGES:
        return f'<w:lang w:eastAsia="{tag}"/>'
    if written_right_to_left(language, ""):
        return f'<w:lang w:bidi="{tag}"/>'
    return f'<w:lang w:val="{tag}"/>'


def _paragraph(
    text: str | Iterable[tuple[str, bool]],
    style: str | None = None,
    italic: bool = False,
    *,
    keep_with_next: bool = False,
    rtl: bool | None = None,
) -> str:
    """A paragraph from plain text, or from ``(text, bold)`` pieces. ``keep_with_next``: on
    the page of what follows (a caption or a lead-in is never left at a page's foot); ``rtl``:
    right to left or not (None: as its first letter with a direction reads)."""
    pieces = [(text, False)] if isinstance(text, str) else list(text)
    bidi = right_to_left("".join(piece for piece, _ in pieces)) if rtl is None else rtl
    runs = "".join(_runs(piece, bold=bold, italic=italic, rtl=bidi) for piece, bold in pieces)
    return _paragraph_xml(runs, style, keep_with_next=keep_with_next, bidi=bidi)


def _paragraph_xml(
    runs: str, style: str | None = None, *, keep_with_next: bool = False, bidi: bool = False
) -> str:
    properties = f'<w:pStyle w:val="{_style_id(style)}"/>' if style else ""
    properties += "<w:keepNext/>" if keep_with_next else ""
    properties += "<w:bidi/>" if bidi else ""
    return f"<w:p>{f'<w:pPr>{properties}</w:pPr>' if properties else ''}{runs}</w:p>"


def right_to_left(text: str) -> bool:
    """Whether ``text`` reads from right to left (Arabic): its first letter of a script with a
    direction is of a right-to-left one. Its paragraph is then a right-to-left one, which
    aligns it right and puts its closing punctuation at its left end, and its runs too."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# Languages written right to left, and the scripts that are (ISO 15924 codes).
_RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "ug", "ur", "yi"})
_RIGHT_TO_LEFT_SCRIPTS = frozenset({"Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"})


def written_right_to_left(language: str, text: str) -> bool:
    """Whether ``text``, declared to be in ``language`` (a BCP 47 tag), is set right to left:
    the tag's script subtag decides when it has one (``ur-Latn`` is left to right), else its
    language when written right to left (``ar``, ``fa``, ``ur``, ``he``, ...); a tag that says
    neither (``en``, also sent by clients that do not ask) leaves it to the text's first letter
    with a direction (:func:`right_to_left`)."""
    primary, *subtags = language.split("-")
    for subtag in subtags:
        if len(subtag) == 1:  # an extension or private use: no script beyond it
            break
        if len(subtag) == 4 and subtag.isalpha():
            return subtag.title() in _RIGHT_TO_LEFT_SCRIPTS
    if primary.lower() in _RIGHT_TO_LEFT_LANGUAGES:
        return True
    return right_to_left(text)


def _heading(level: int, text: str) -> str:
    return _paragraph(text, style=f"Heading {level}")


def _style_id(name: str) -> str:
    return name.replace(" ", "")


def _page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    unbroken: Iterable[str] = ()  # the column's texts whose words must each fit on a line
    weight: int = 0  # free text: its share of the width left once every column fits its words
    identifiers: Iterable[str] = ()  # kept whole when there is room, else wrapped after hyphens
    prose: Iterable[str] = ()  # free text whose longest word should fit on a line
    bold_prose: bool = False  # measured in bold: a redline's inserted words are
    numeric: bool = False  # figures: right-aligned, each cell's text kept on one line


@dataclass(frozen=True, slots=True)
class _Span:
    """A header over several adjacent columns, on a header row of its own above theirs."""

    header: str
    first: int
    count: int


# A free-text column's room where the page allows, per unit of weight: half an inch.
PROSE_TWIPS_PER_WEIGHT = 720
# Past this a free text's word breaks anyway (a URL): it claims no more of the page.
PROSE_WORD_MAX_TWIPS = TEXT_WIDTH_TWIPS // 3
_MEASURED_WORDS = 24
# Where Word and LibreOffice (Unicode line breaking) may wrap a word: after a hyphen, unless a
# digit follows ("R1-000185" stays together).
_AFTER_HYPHEN = re.compile(r"(?<=-)(?=\D)")
_PROSE_WORD = re.compile(f"[^\\s{IDEOGRAPHS_AND_KANA}{CJK_MARKS}]+")


_MEASURING = threading.Lock()  # renderings run in worker threads; a font measures one text


@functools.cache
def _measuring_font(bold: bool) -> FT2Font:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    font = FT2Font(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name))
    font.set_size(TABLE_TEXT_POINTS, 72)
    return font


@functools.cache
def word_twips(word: str, bold: bool = False) -> int:
    """The width of ``word`` in table text, in twips."""
    with _MEASURING, warnings.catch_warnings():
        # A letter DejaVu Serif lacks (Arabic, say) is measured as nothing; words of such
        # scripts then claim no width, and the free text's share of the page is theirs.
        warnings.simplefilter("ignore", UserWarning)
        font = _measuring_font(bold)
        font.set_text(word)
        width, _ = font.get_width_height()  # in 64ths of a point
    # A tenth more: LibreOffice lays out a few per cent wider than FreeType measures here
    # (its "Local government" broke as "governmen|t" at the measured width).
    return math.ceil(width * 20 / 64 * 1.1)


def _widest(words: Iterable[str], bold: bool = False) -> int:
    """The width of the widest of ``words``. Free text can hold thousands of words: only the
    longest few are measured (in the text people write, a word of fewer letters is narrower
    than one of many more)."""
    # Ties go by the words themselves: a set's order changes from one process to the next,
    # and the same synthesis must give the same bytes.
    longest = heapq.nlargest(_MEASURED_WORDS, set(words), key=lambda word: (len(word), word))
    return max((word_twips(word, bold) for word in longest), default=0)


def _prose_twips(column: _Column) -> int:
    """The widest word of a column's free text as it wraps: after hyphens, and anywhere in
    Chinese and Japanese."""
    pieces = (
        piece
        for text in column.prose
        for word in _PROSE_WORD.findall(text)
        for piece in _AFTER_HYPHEN.split(word)
    )
    return min(_widest(pieces, bold=column.bold_prose), PROSE_WORD_MAX_TWIPS)


def _column_widths(columns: Sequence[_Column], spans: Sequence[_Span] = ()) -> list[int]:
    """Free text first: each free-text column as wide as its longest word and, where the page
    allows, ``PROSE_TWIPS_PER_WEIGHT`` per unit of weight; identifier columns as wide as their
    identifiers when that leaves the free text this room, else wrapped after their hyphens;
    every column at least as wide as its header's words and its unbroken words (a figure's
    whole text), the columns under a spanning header together as wide as its words; the rest
    of the page shared by weight. On a page too narrow for all that, the free-text columns share
    what the others leave them, in proportion to what their words lack; then all columns
    shrink alike."""
    fixed = [
        max(
            [word_twips(word, bold=True) for word in column.header.split()]
            + [
                word_twips(piece)
                for text in column.unbroken
                for piece in ([text] if column.numeric else text.split())
            ]
        )
        for column in columns
    ]
    whole = [_widest(word for text in c.identifiers for word in text.split()) for c in columns]
    wrapped = [
        _widest(
            piece
            for text in column.identifiers
            for word in text.split()
            for piece in _AFTER_HYPHEN.split(word)
        )
        for column in columns
    ]
    words = [_prose_twips(column) for column in columns]
    roomy = [
        max(word, PROSE_TWIPS_PER_WEIGHT * column.weight)
        for word, column in zip(words, columns, strict=True)
    ]
    for identifiers, prose in ((whole, roomy), (wrapped, roomy), (wrapped, words)):
        needed = _spanned(
            [
                CELL_PADDING_TWIPS + max(parts)
                for parts in zip(fixed, identifiers, prose, strict=True)
            ],
            spans,
        )
        if sum(needed) <= TEXT_WIDTH_TWIPS:
            break
    else:
        needed = _spanned(
            [CELL_PADDING_TWIPS + max(parts) for parts in zip(fixed, wrapped, strict=True)], spans
        )
        lacking = [
            max(0, CELL_PADDING_TWIPS + word - width)
            for word, width in zip(words, needed, strict=True)
        ]
        room = min(max(0, TEXT_WIDTH_TWIPS - sum(needed)), sum(lacking))
        needed = [
            width + lack * room // max(1, sum(lacking))
            for width, lack in zip(needed, lacking, strict=True)
        ]
    spare = TEXT_WIDTH_TWIPS - sum(needed)
    if spare < 0:
        return [width * TEXT_WIDTH_TWIPS // sum(needed) for width in needed]
    weights = [column.weight for column in columns]
    if not any(weights):
        weights[-1] = 1
    shares = [spare * weight // sum(weights) for weight in weights]
    last_weighted = max(index for index, weight in enumerate(weights) if weight)
    shares[last_weighted] += spare - sum(shares)
    return [width + share for width, share in zip(needed, shares, strict=True)]


def _spanned(needed: list[int], spans: Sequence[_Span]) -> list[int]:
    """``needed`` with the last column under each spanning header widened, where the columns
    under it are together narrower than its words."""
    for span in spans:
        under = slice(span.first, span.first + span.count)
        words = max(word_twips(word, bold=True) for word in span.header.split())
        lacking = CELL_PADDING_TWIPS + words - sum(needed[under])
        if lacking > 0:
            needed[span.first + span.count - 1] += lacking
    return needed


def _table(
    columns: Sequence[_Column],
    rows: Iterable[Sequence[str | _Inline]],
    spans: Sequence[_Span] = (),
    *,
    unsplit_rows: bool = False,
) -> str:
    """A table; ``spans`` put a header over some columns, on a row above theirs, the other
    columns' headers spanning both rows. ``unsplit_rows``: no row is divided between pages
    (rows of a few lines, which a page break would only make harder to read)."""
    widths = _column_widths(columns, spans)
    alignments = ["right" if column.numeric else None for column in columns]
    total = sum(widths)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    parts = [
        "<w:tbl><w:tblPr>"
        '<w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{total}" w:type="dxa"/>'
        # Fixed: the widths above are what each column's words need; autofit (the default)
        # lets Word and LibreOffice hand a long text's column the room a short word needed.
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
    ]
    header_row = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    body_row = "<w:trPr><w:cantSplit/></w:trPr>" if unsplit_rows else ""
    if spans:
        starts = {span.first: span for span in spans}
        under = {span.first + n for span in spans for n in range(span.count)}
        top: list[str] = []
        for index, column in enumerate(columns):
            span = starts.get(index)
            if span is not None:
                span_width = sum(widths[span.first : span.first + span.count])
                top.append(
                    _table_cell(
                        _runs(span.header, bold=True),
                        span_width,
                        f'<w:gridSpan w:val="{span.count}"/>',
                        "center",
                    )
                )
            elif index not in under:
                top.append(
                    _table_cell(
                        _runs(column.header, bold=True),
                        widths[index],
                        '<w:vMerge w:val="restart"/><w:vAlign w:val="bottom"/>',
                        alignments[index],
                    )
                )
        bottom = (
            _table_cell(
                _runs(column.header, bold=True), width, '<w:vAlign w:val="bottom"/>', alignment
            )
            if index in under
            else _table_cell("", width, "<w:vMerge/>", None)
            for index, (column, width, alignment) in enumerate(
                zip(columns, widths, alignments, strict=True)
            )
        )
        parts.append(f"<w:tr>{header_row}{''.join(top)}</w:tr>")
        parts.append(f"<w:tr>{header_row}{''.join(bottom)}</w:tr>")
    else:
        headers = [_runs(column.header, bold=True) for column in columns]
        parts.append(_table_row(headers, widths, alignments, header_row))
    parts.extend(
        _table_row(
            [cell.xml if isinstance(cell, _Inline) else _runs(cell) for cell in row],
            widths,
            alignments,
            body_row,
            [cell.bidi if isinstance(cell, _Inline) else right_to_left(cell) for cell in row],
        )
        for row in rows
    )
    parts.append("</w:tbl>")
    return "".join(parts)


def _table_row(
    cells: Sequence[str],
    widths: Sequence[int],
    alignments: Sequence[str | None],
    properties: str,
    bidi: Sequence[bool] = (),
) -> str:
    tcs = "".join(
        _table_cell(cell, width, "", alignment, rtl)
        for cell, width, alignment, rtl in zip(
            cells, widths, alignments, bidi or [False] * len(cells), strict=True
        )
    )
    return f"<w:tr>{properties}{tcs}</w:tr>"


def _table_cell(
    runs: str, width: int, properties: str, alignment: str | None, bidi: bool = False
) -> str:
    justification = ("<w:bidi/>" if bidi else "") + (
        f'<w:jc w:val="{alignment}"/>' if alignment else ""
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{properties}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{_style_id(TABLE_TEXT_STYLE)}"/>{justification}</w:pPr>'
        f"{runs}</w:p></w:tc>"
    )


# Content ----------------------------------------------------------------------------------------


def _title_page(body: _Body, s: Synthesis) -> None:
    document_line = s.document_title + (f" ({s.document_symbol})" if s.document_symbol else "")
    version_line = f"{s.version}" + (f" ({s.version_label})" if s.version_label else "")
    attribution = "named organizations" if s.attribution == "named" else "stakeholder group only"
    body.add(_paragraph(f"Synthesis: {s.round_title}", style="Title"))
    body.add(_paragraph(s.consultation_title, style="Subtitle"))
    facts = (
        ("Document", document_line),
        ("Version", version_line),
        ("Language", s.language),
        ("Attribution", attribution),
        ("Data as of", display_time(s.generated_for)),
        ("Totals", totals_line(s.totals)),
    )
    for label, value in facts:
        body.add(_paragraph(((f"{label}: ", True), (value, False))))
    body.add(
        _paragraph(
            "Statements link to the comments they come from: each tracking number opens its "
            f"comment at {s.public_url}{COMMENT_PATH}. Every comment is accounted for: amendments "
            "in full, a form-letter campaign by one representative text, clusters of similar "
            "comments by a representative excerpt, other comments in full or, when long, by an "
            "excerpt ending in … that the link completes. " + UNLISTED_PARAGRAPHS,
            italic=True,
        )
    )
    body.add(_page_break())


def _feedback(body: _Body, s: Synthesis, feedback: Feedback, subject: str) -> None:
    if feedback.comment_count == 0:
        body.add(_paragraph(f"No comments on {subject}.", italic=True))
        return
    body.add(
        _paragraph(
            (
                (f"{plural(feedback.comment_count, 'comment')}", True),
                (f", of which {plural(len(feedback.amendments), 'amendment')}.", False),
            ),
            keep_with_next=True,
        )
    )
    for header, breakdown in count_breakdowns(feedback, body.comments):
        body.add(_paragraph(f"Comments by {header.lower()}", style="Caption", keep_with_next=True))
        columns = (
            _Column(header, [label for label, _, _ in breakdown]),
            _Column("Comments", [str(count) for _, count, _ in breakdown]),
            _Column("Sources", weight=1),
        )
        rows = ((label, str(count), body.comment_links(ids)) for label, count, ids in breakdown)
        body.add(_table(columns, rows, unsplit_rows=True))

    _amendments(body, s, feedback)
    _campaigns(body, s, feedback)
    _similar_comments(body, s, feedback)
    _other_comments(body, s, feedback)


def _amendments(body: _Body, s: Synthesis, feedback: Feedback) -> None:
    amendments = listed_amendments(feedback)
    if not amendments:
        return
    body.add(_heading(3, "Amendments"))
    named = s.attribution == "named"
    organizations = [organization_shown(s, a.organization_name) or "" for a in amendments]
    columns: tuple[_Column, ...] = (
        (_Column("Organization", weight=2, prose=organizations),) if named else ()
    )
    columns += (
        _Column("Group", [group_label(amendment.stakeholder_group) for amendment in amendments]),
        _Column(
            "Proposed text",
            weight=4,
            prose=[a.proposed_text for a in amendments],
            bold_prose=True,
        ),
        _Column("Explanation", weight=3, prose=[a.body for a in amendments]),
        _Column(
            "Comment", identifiers=[link_text(a.comment_id, body.comments) for a in amendments]
        ),
    )
    rows: list[tuple[str | _Inline, ...]] = []
    for amendment in amendments:
        organization = organization_shown(s, amendment.organization_name) or ""
        row: tuple[str | _Inline, ...] = (organization,) if named else ()
        pieces = amendment_redline(feedback, amendment)
        proposed = body.proposal_text(amendment.proposed_text)
        row += (
            group_label(amendment.stakeholder_group),
            proposed if pieces is None else body.marked_proposal(pieces, proposed.bidi),
            body.comment_text(amendment.comment_id, amendment.body),
            body.comment_link(amendment.comment_id),
        )
        rows.append(row)
    body.add(_table(columns, rows))


def _campaigns(body: _Body, s: Synthesis, feedback: Feedback) -> None:
    campaigns = [cluster for cluster in feedback.clusters if cluster.campaign_id is not None]
    if not campaigns:
        return
    body.add(_heading(3, "Form-letter campaigns"))
    for cluster in campaigns:
        groups_text = ", ".join(group_label(group) for group in cluster.groups)
        copies = amendments_among(cluster, body.comments)
        of_which = f", of which {plural(copies, 'amendment')}" if copies else ""
        body.add(
            _paragraph(
                ((campaign_title(cluster), True), (f" ({groups_text}){of_which}:", False)),
                keep_with_next=True,
            )
        )
        body.add(body.comment_quote(cluster.representative_id, cluster.representative_excerpt))
        proposal = representative_proposal(cluster, body.comments)
        if proposal:
            link = body.comment_link(cluster.representative_id)
            runs = f"{_runs('Proposed text of ')}{link.xml}{_runs(':')}"
            body.add(_paragraph_xml(runs, keep_with_next=True))
            body.add(body.proposal_quote(proposal))
        _other_wordings(body, cluster)
        _cluster_sources(body, s, cluster)


def _similar_comments(body: _Body, s: Synthesis, feedback: Feedback) -> None:
    similar = [cluster for cluster in feedback.clusters if cluster.campaign_id is None]
    if not similar:
        return
    body.add(_heading(3, "Clusters of similar comments"))
    for cluster in similar:
        groups_text = ", ".join(group_label(group) for group in cluster.groups)
        body.add(
            _paragraph(
                (
                    (f"{plural(cluster.size, 'similar comment')}", True),
                    (f" from {groups_text}:", False),
                ),
                keep_with_next=True,
            )
        )
        body.add(body.comment_quote(cluster.representative_id, cluster.representative_excerpt))
        _other_wordings(body, cluster)
        _cluster_sources(body, s, cluster)


def _other_wordings(body: _Body, cluster: SynthesisCluster) -> None:
    wordings = other_wordings(cluster, body.comments)
    for comment_id, text in wordings.shown:
        link = body.comment_link(comment_id)
        runs = f"{_runs('Also worded as in ')}{link.xml}{_runs(':')}"
        body.add(_paragraph_xml(runs, keep_with_next=True))
        body.add(body.comment_quote(comment_id, text))
    if wordings.more:
        body.add(_paragraph(f"…and {plural(wordings.more, 'other wording')}."))


def _other_comments(body: _Body, s: Synthesis, feedback: Feedback) -> None:
    """The comments neither amendments nor in a cluster, one row each, led by the tracking
    number by which they are cited."""
    if not feedback.other_comments:
        return
    body.add(_heading(3, f"Other comments not in a cluster ({len(feedback.other_comments)})"))
    named = s.attribution == "named"
    others = feedback.other_comments
    organizations = [organization_shown(s, other.organization_name) or "" for other in others]
    columns = (
        _Column("Comment", identifiers=[link_text(o.comment_id, body.comments) for o in others]),
        *((_Column("Organization", weight=1, prose=organizations),) if named else ()),
        _Column("Group", [group_label(other.stakeholder_group) for other in others]),
        _Column("Position", [position_label(o.position) for o in others if o.position]),
        _Column("Text", weight=4, prose=[other.excerpt for other in others]),
    )
    rows: list[tuple[str | _Inline, ...]] = []
    for other in feedback.other_comments:
        row: tuple[str | _Inline, ...] = (body.comment_link(other.comment_id),)
        if named:
            row += (organization_shown(s, other.organization_name) or "",)
        row += (
            group_label(other.stakeholder_group),
            position_label(other.position) if other.position else "",
            body.comment_text(other.comment_id, other.excerpt),
        )
        rows.append(row)
    body.add(_table(columns, rows))


def _cluster_sources(body: _Body, s: Synthesis, cluster: SynthesisCluster) -> None:
    organizations = cluster_organizations(s, cluster, body.comments)
    if organizations:
        # Semicolons: organization names hold commas ("Kenya ICT Action Network, KICTANet").
        body.add(_sources("Organizations", _Inline(_runs("; ".join(organizations)))))
    body.add(_sources("Comments", body.comment_links(cluster.comment_ids)))


def _sources(label: str, links: _Inline) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{_style_id(SOURCES_STYLE)}"/></w:pPr>'
        f"{_runs(f'{label}: ', bold=True)}{links.xml}</w:p>"
    )


def _representation(body: _Body, s: Synthesis) -> None:
    for section in representation_sections(s):
        body.add(_heading(1, section.title))
        if not section.lines:
            body.add(_paragraph("No representation data.", italic=True))
            continue
        headline = representation_headline(section)
        if headline:
            body.add(_paragraph(headline, keep_with_next=True))
        if section.note:
            body.add(_paragraph(section.note, italic=True, keep_with_next=True))
        cells = representation_rows(section.lines, section.dimension)
        # Organizations: number, share and target share under one header, which would
        # otherwise repeat the page's widest bold word in three columns, too wide together.
        headers = (section.header, "Comments", "Number", "Share", "Target share", "Status")
        columns = [
            _Column(header, [row[index] for row in cells], numeric=index in (1, 2, 3, 4))
            for index, header in enumerate(headers)
        ]
        columns[0] = replace(columns[0], weight=1)
        columns.append(_Column("Sources", ["comments"]))
        rows: list[tuple[str | _Inline, ...]] = [
            (*row, body.link(category_sources_url(s, section.dimension, line.key), "comments"))
            for line, row in zip(section.lines, cells, strict=True)
        ]
        spans = (_Span("Organizations", 2, 3),)
        body.add(_table(columns, rows, spans, unsplit_rows=True))
        if section.dimension == "stakeholder_group":
            body.add(_paragraph(""))
            body.add_picture(representation_chart_png(section.lines))
            body.add(
                _paragraph(
                    "Figure: share of organizations per stakeholder group (bars) against the "
                    "target share (hatched).",
                    style="Caption",
                )
            )

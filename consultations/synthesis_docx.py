"""The Word rendering of a synthesis, and its representation chart.

Secretariats work in Word, so the document uses Word's own styles (Title, Subtitle, Heading 1-3,
Quote, Caption, Table Grid) and opens in Word and LibreOffice alike. Layout: a title page; the
representation table and a bar chart of organization shares against targets; then, per paragraph
in document order, its text, its counts, a table of amendments and the clusters of similar
comments; then the general comments.

Choices made here, where the product contract is silent:

- Statements cite their comments by tracking number (the number on the submitter's receipt);
  the comment ids are in the JSON and CSV renderings. Nothing is capped: every amendment, every
  cluster and the tracking number of every other comment is listed.
- Chinese text renders through an East Asian font set on the styles (``SimSun``, which Word ships
  and LibreOffice substitutes by a CJK font it has); the theme's East Asian font reference is
  removed from the styles because it would take precedence.
- Deterministic bytes: core properties are set from the data (created and modified are the
  synthesis' ``generated_for``), the chart PNG carries no metadata, and the ZIP entries are
  rewritten with a fixed timestamp. The same synthesis therefore gives the same file.
- python-docx builds the package (styles, properties, the chart's image part); the body is
  written as WordprocessingML text and spliced into ``word/document.xml``, because both
  ``add_paragraph`` (it scans the body on each call) and moving parsed subtrees (lxml) take
  quadratic time on rounds with many amendments and clusters.
- Under ``group_only`` attribution the amendment table has no organization column at all.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Twips
from lxml import etree
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from consultations.synthesis_model import (
    TOTAL_KEYS,
    RepresentationLine,
    Synthesis,
    SynthesisComment,
)
from consultations.synthesis_render import (
    Feedback,
    group_label,
    ordered_positions,
    organization_shown,
    plural,
    position_label,
    representation_rows,
    rfc3339,
    to_utc,
)

EAST_ASIAN_FONT = "SimSun"
CHART_DPI = 150

_PAGE_WIDTH = Twips(11906)  # A4, the paper size of UN documents
_PAGE_HEIGHT = Twips(16838)
_MARGIN = Cm(2)
_TEXT_WIDTH_TWIPS = 11906 - 2 * 1134
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_STYLED_FOR_EAST_ASIA = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3")
_LANGUAGE_TAGS: Mapping[str, str] = {
    "ar": "ar-SA",
    "en": "en-GB",
    "es": "es-ES",
    "fr": "fr-FR",
    "ru": "ru-RU",
    "zh": "zh-CN",
}


def render_docx(s: Synthesis) -> bytes:
    document = Document()
    _set_up_page_and_styles(document, s.language)
    _set_core_properties(document, s)
    _drop_template_thumbnail(document)
    comments = {comment.id: comment for comment in s.comments}
    body = _Body(document)

    _title_page(body, s)
    body.add(_heading(1, "Representation by stakeholder group"))
    if s.representation:
        body.add(
            _table(
                (
                    "Stakeholder group",
                    "Comments",
                    "Organizations",
                    "Organization share",
                    "Target share",
                    "Status",
                ),
                representation_rows(s.representation),
                (2400, 1200, 1400, 1600, 1600, 1438),
            )
        )
        body.add(_paragraph(""))
        body.add_picture(representation_chart_png(s.representation))
        body.add(
            _paragraph(
                "Figure: share of organizations per stakeholder group (bars) against the "
                "target share (hatched).",
                style="Caption",
            )
        )
    else:
        body.add(_paragraph("No representation data.", italic=True))

    body.add(_heading(1, "Paragraphs"))
    if not s.paragraphs:
        body.add(_paragraph("The document has no paragraphs.", italic=True))
    for paragraph in s.paragraphs:
        title = paragraph.anchor
        if paragraph.label and paragraph.label != paragraph.anchor:
            title = f"{paragraph.label} [{paragraph.anchor}]"
        body.add(_heading(2, title))
        if paragraph.heading_path:
            body.add(_paragraph(" › ".join(paragraph.heading_path), italic=True))
        body.add(_paragraph(paragraph.text, style="Quote"))
        _feedback(body, s, paragraph, comments, "this paragraph")

    body.add(_heading(1, "General comments"))
    if s.general is None or s.general.comment_count == 0:
        body.add(_paragraph("No general comments.", italic=True))
    else:
        _feedback(body, s, s.general, comments, "the document as a whole")

    buffer = io.BytesIO()
    document.save(buffer)
    return _finished_package(buffer.getvalue(), body.xml())


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
            [line.organization_share for line in lines],
            height=0.4,
            color="#1f5f99",
            label="Organization share",
        )
        axes.barh(
            [p + 0.2 for p in positions],
            [line.target_share for line in lines],
            height=0.4,
            color="#d9d9d9",
            edgecolor="#555555",
            hatch="//",
            label="Target share",
        )
        axes.set_yticks(positions, labels, fontsize=9)
        axes.invert_yaxis()
        top = max(
            [line.organization_share for line in lines] + [line.target_share for line in lines]
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
    normal_run = styles["Normal"].element.get_or_add_rPr()
    language_tag = _LANGUAGE_TAGS.get(language.split("-")[0].lower(), language)
    normal_run.append(
        parse_xml(
            f'<w:lang {nsdecls("w")} w:val="{escape(language_tag, {chr(34): "&quot;"})}" '
            'w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        )
    )


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


def _finished_package(package: bytes, body: bytes) -> bytes:
    """Splice the body into ``word/document.xml`` and rewrite the ZIP with fixed timestamps.

    Moving a large parsed subtree into python-docx's tree costs quadratic time in lxml, so the
    body goes in as text, before the body's final section properties.
    """
    source = zipfile.ZipFile(io.BytesIO(package))
    target_buffer = io.BytesIO()
    with zipfile.ZipFile(target_buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "word/document.xml":
                insert_at = content.rindex(b"<w:sectPr")
                content = content[:insert_at] + body + content[insert_at:]
            info = zipfile.ZipInfo(entry.filename, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, content)
    return target_buffer.getvalue()


# Body building ----------------------------------------------------------------------------------


class _Body:
    """Collects the body as WordprocessingML text, spliced into the package when it is saved."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._fragments: list[str] = []

    def add(self, fragment: str) -> None:
        self._fragments.append(fragment)

    def add_picture(self, png: bytes) -> None:
        inline = self._document.part.new_pic_inline(io.BytesIO(png), Cm(16), None)
        self._fragments.append(
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
            f"{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r></w:p>"
        )

    def xml(self) -> bytes:
        return "".join(self._fragments).encode("utf-8")


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _runs(text: str, bold: bool = False, italic: bool = False, size_half_points: int = 0) -> str:
    properties = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if size_half_points:
        properties += f'<w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/>'
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


def _paragraph(
    text: str | Iterable[tuple[str, bool]],
    style: str | None = None,
    italic: bool = False,
    size_half_points: int = 0,
) -> str:
    """A paragraph from plain text, or from ``(text, bold)`` pieces."""
    style_xml = f'<w:pPr><w:pStyle w:val="{_style_id(style)}"/></w:pPr>' if style else ""
    pieces = [(text, False)] if isinstance(text, str) else list(text)
    runs = "".join(
        _runs(piece, bold=bold, italic=italic, size_half_points=size_half_points)
        for piece, bold in pieces
    )
    return f"<w:p>{style_xml}{runs}</w:p>"


def _heading(level: int, text: str) -> str:
    return _paragraph(text, style=f"Heading {level}")


def _style_id(name: str) -> str:
    return name.replace(" ", "")


def _page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int]) -> str:
    total = sum(widths)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    parts = [
        "<w:tbl><w:tblPr>"
        '<w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{total}" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        _table_row(headers, widths, header=True),
    ]
    parts.extend(_table_row(row, widths, header=False) for row in rows)
    parts.append("</w:tbl>")
    return "".join(parts)


def _table_row(cells: Sequence[str], widths: Sequence[int], header: bool) -> str:
    row_properties = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    tcs = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f"<w:p>{_runs(cell, bold=header)}</w:p></w:tc>"
        for cell, width in zip(cells, widths, strict=True)
    )
    return f"<w:tr>{row_properties}{tcs}</w:tr>"


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
        ("Data as of", _display_time(s.generated_for)),
        ("Totals", ", ".join(f"{s.totals.get(key, 0)} {key}" for key in TOTAL_KEYS)),
    )
    for label, value in facts:
        body.add(_paragraph(((f"{label}: ", True), (value, False))))
    body.add(
        _paragraph(
            "Statements cite the comments they come from by tracking number. Nothing in this "
            "document is truncated: every amendment and every cluster is listed.",
            italic=True,
        )
    )
    body.add(_page_break())


def _display_time(moment: datetime) -> str:
    return rfc3339(moment).replace("T", " ").removesuffix("Z") + " UTC"


def _feedback(
    body: _Body,
    s: Synthesis,
    feedback: Feedback,
    comments: Mapping[str, SynthesisComment],
    subject: str,
) -> None:
    if feedback.comment_count == 0:
        body.add(_paragraph(f"No comments on {subject}.", italic=True))
        return
    by_group = ", ".join(
        f"{group_label(group)} {feedback.by_group[group]}" for group in sorted(feedback.by_group)
    )
    by_position = ", ".join(
        f"{position_label(position)} {feedback.by_position[position]}"
        for position in ordered_positions(feedback.by_position)
    )
    body.add(
        _paragraph(
            (
                (f"{plural(feedback.comment_count, 'comment')}", True),
                (f", of which {plural(len(feedback.amendments), 'amendment')}. ", False),
                ("By stakeholder group: ", True),
                (f"{by_group}. ", False),
                ("By position: ", True),
                (f"{by_position}.", False),
            )
        )
    )
    body.add(_sources("Comments", feedback.comment_ids, comments))

    if feedback.amendments:
        body.add(_heading(3, "Amendments"))
        named = s.attribution == "named"
        headers: tuple[str, ...] = ("Organization",) if named else ()
        headers += ("Group", "Proposed text", "Explanation", "Comment")
        widths = (1900, 1400, 3000, 2238, 1100) if named else (1600, 3700, 3138, 1200)
        rows: list[tuple[str, ...]] = []
        for amendment in feedback.amendments:
            organization = organization_shown(s, amendment.organization_name) or ""
            row: tuple[str, ...] = (organization,) if named else ()
            row += (
                group_label(amendment.stakeholder_group),
                amendment.proposed_text,
                amendment.body,
                _tracking(amendment.comment_id, comments),
            )
            rows.append(row)
        body.add(_table(headers, rows, widths))

    if feedback.clusters:
        body.add(_heading(3, "Clusters of similar comments"))
        for cluster in feedback.clusters:
            groups = ", ".join(group_label(group) for group in cluster.groups)
            body.add(
                _paragraph(
                    (
                        (f"{plural(cluster.size, 'similar comment')}", True),
                        (f" from {groups}:", False),
                    )
                )
            )
            body.add(_paragraph(cluster.representative_excerpt, style="Quote"))
            body.add(_sources("Comments", cluster.comment_ids, comments))

    if feedback.unclustered_comment_ids:
        count = len(feedback.unclustered_comment_ids)
        body.add(_sources(f"Other comments ({count})", feedback.unclustered_comment_ids, comments))


def _sources(
    label: str, comment_ids: Iterable[str], comments: Mapping[str, SynthesisComment]
) -> str:
    numbers = ", ".join(_tracking(comment_id, comments) for comment_id in comment_ids)
    return _paragraph(((f"{label}: ", True), (numbers, False)), size_half_points=16)


def _tracking(comment_id: str, comments: Mapping[str, SynthesisComment]) -> str:
    comment = comments.get(comment_id)
    return (
        comment.tracking_number if comment is not None and comment.tracking_number else comment_id
    )

"""A paragraph numbered "II.1" as the Advisory Committee numbers its paragraphs is a paragraph,
not a UNESCO-style sub-section heading ("III.1 VALUES") whose title would be a sentence."""

from consultations.parser import parse_document

ACABQ = (
    "II. Recommendations of the Advisory Committee\n\n"
    "II.1 The proposed regular budget resources for 2025 for section 2 amount to\n"
    "$338,442,500 before recosting.\n\n"
    "II.2 The Advisory Committee recommends the approval of the proposals of the\n"
    "Secretary-General, subject to its recommendation in paragraph II.1 above.\n"
)
UNESCO = (
    "III. VALUES AND PRINCIPLES\n\n"
    "III.1 VALUES\n\n"
    "1. Member States should respect human rights.\n\n"
    "III.2 PRINCIPLES\n\n"
    "2. Member States should ensure proportionality.\n"
)


def test_a_paragraph_numbered_ii_1_is_no_sub_section_heading() -> None:
    paragraphs = parse_document(ACABQ).paragraphs
    assert [p.kind for p in paragraphs] == ["heading", "unnumbered", "unnumbered"]
    assert paragraphs[1].text.startswith("II.1 The proposed regular budget resources")
    assert paragraphs[1].text.endswith("$338,442,500 before recosting.")


def test_a_short_title_numbered_iii_1_is_still_a_sub_section() -> None:
    paragraphs = {p.anchor: p for p in parse_document(UNESCO).paragraphs}
    assert paragraphs["section-3.1"].label == "III.1"
    assert paragraphs["section-3.2"].label == "III.2"
    assert paragraphs["1"].heading_path[-1] == "III.1 VALUES"

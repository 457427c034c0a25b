"""Paragraph parser: a line wrapped inside a sentence is joined to it with a space, never kept as
a line break in the paragraph's text: after a colon inside a title quoted with straight marks or
guillemets ("…entitled \"Transforming our world:" + "the 2030 Agenda …\""), as with curly ones;
below a quoted sentence's full stop; and before the number of the paragraph or resolution the
line stops at ("…set out in paragraph" + "1. It shall …"), which is no list restarting at 1."""

from __future__ import annotations

import pytest

from consultations.parser import Format, parse_document

_FORMATS = ["text", "markdown"]


def _texts(content: str, fmt: Format) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content, fmt).paragraphs]


def _messages(content: str, fmt: Format) -> list[str]:
    return [warning.message for warning in parse_document(content, fmt).warnings]


@pytest.mark.parametrize("fmt", _FORMATS)
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '1. Reaffirms its resolution 70/1, entitled "Transforming our world:\n'
            'the 2030 Agenda for Sustainable Development", and decides to act;\n\n'
            "2. Decides to act.\n",
            'Reaffirms its resolution 70/1, entitled "Transforming our world: the 2030 Agenda '
            'for Sustainable Development", and decides to act;',
        ),
        (
            '1. 重申其题为"变革我们的世界：\n2030年可持续发展议程"的第70/1号决议；\n\n'
            "2. 决定采取行动。\n",
            '重申其题为"变革我们的世界：2030年可持续发展议程"的第70/1号决议；',
        ),
        (
            "1. Réaffirme sa résolution 70/1, intitulée « Transformer notre monde :\n"
            "le Programme de développement durable à l’horizon 2030 », et décide d’agir ;\n\n"
            "2. Décide d’agir.\n",
            "Réaffirme sa résolution 70/1, intitulée « Transformer notre monde : le Programme "
            "de développement durable à l’horizon 2030 », et décide d’agir ;",
        ),
    ],
    ids=["en", "zh", "fr-guillemets"],
)
def test_a_quoted_title_wrapped_at_its_colon_is_one_line(
    content: str, expected: str, fmt: Format
) -> None:
    assert _texts(content, fmt)[0] == ("1", expected)


@pytest.mark.parametrize("fmt", _FORMATS)
def test_a_quoted_sentence_wrapped_after_its_full_stop_goes_on_with_a_space(fmt: Format) -> None:
    content = (
        "1. Decides to act;\n\n"
        '2. Recalls the statement, which reads: "The Assembly is universal.\n'
        'All States participate." and takes note of it;\n\n'
        "3. Requests a report.\n"
    )
    assert _texts(content, fmt)[1] == (
        "2",
        'Recalls the statement, which reads: "The Assembly is universal. All States '
        'participate." and takes note of it;',
    )


@pytest.mark.parametrize("fmt", _FORMATS)
def test_a_numbered_line_inside_a_quotation_keeps_its_line(fmt: Format) -> None:
    content = (
        "1. Decides to act;\n\n"
        '2. Recalls the statement, which reads: "The Assembly is universal.\n'
        '5. We commit to act." and takes note of it;\n\n'
        "3. Requests a report.\n"
    )
    assert _texts(content, fmt)[1] == (
        "2",
        'Recalls the statement, which reads: "The Assembly is universal.\n5. We commit to act." '
        "and takes note of it;",
    )


@pytest.mark.parametrize("fmt", _FORMATS)
@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("the principles set out in paragraph", "1"),
        ("the Charter of the United Nations and resolution", "2"),
    ],
    ids=["paragraph-1", "resolution-2"],
)
def test_a_number_wrapped_after_the_word_citing_it_goes_on_with_the_sentence(
    line: str, cited: str, fmt: Format
) -> None:
    content = (
        "1. Decides to establish the Panel;\n\n"
        f"2. Decides that the Panel shall take into account {line}\n"
        f"{cited}. It shall also report;\n\n"
        "3. Requests the Secretary-General to report.\n"
    )
    assert _texts(content, fmt) == [
        ("1", "Decides to establish the Panel;"),
        (
            "2",
            f"Decides that the Panel shall take into account {line} {cited}. It shall also report;",
        ),
        ("3", "Requests the Secretary-General to report."),
    ]
    assert _messages(content, fmt) == []


@pytest.mark.parametrize("fmt", _FORMATS)
def test_a_list_numbered_on_below_the_citing_word_stays_a_list(fmt: Format) -> None:
    content = (
        "1. Decides to establish the Panel;\n\n"
        "2. Decides that the Panel shall be guided by the principles set out in paragraph\n"
        "1. Independence;\n"
        "2. Transparency.\n\n"
        "3. Requests the Secretary-General to report.\n"
    )
    assert [anchor for anchor, _ in _texts(content, fmt)] == ["1", "2", "3"]
    assert _texts(content, fmt)[1][1].endswith("paragraph\n1. Independence;\n2. Transparency.")


@pytest.mark.parametrize("fmt", _FORMATS)
@pytest.mark.parametrize(
    ("wrapped", "expected"),
    [
        (
            "鼓励会员国加强合作，包括通过：(a)能力建设；(\nb)技术转让；(c\n)融资，并就此提出报告；",
            "鼓励会员国加强合作，包括通过：(a)能力建设；(b)技术转让；(c)融资，并就此提出报告；",
        ),
        (
            '重申其题为"变革我们的世界：2030年可持续发展议程\n"的第70/1号决议；',
            '重申其题为"变革我们的世界：2030年可持续发展议程"的第70/1号决议；',
        ),
    ],
    ids=["brackets", "straight-quotation-mark"],
)
def test_a_chinese_line_broken_at_a_bracket_or_straight_mark_takes_no_space(
    wrapped: str, expected: str, fmt: Format
) -> None:
    content = f"1. 决定设立小组；\n\n2. {wrapped}\n\n3. 请秘书长提交报告。\n"
    assert _texts(content, fmt)[1] == ("2", expected)

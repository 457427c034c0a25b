"""Paragraph parser: a non-breaking hyphen, Word's (U+001E, a control character in its text
export) or Unicode's (U+2011, as pandoc writes it), is a hyphen in the stored text, as the
clean text prints it; the optional hyphens (U+001F, U+00AD) still print nothing."""

from __future__ import annotations

import pytest

from tests.consultations.parser_helpers import paragraph


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("hyphen", ["\u001e", "\u2011"])
def test_a_non_breaking_hyphen_is_a_hyphen(fmt: str, hyphen: str) -> None:
    content = f"1. Requests the Secretary{hyphen}General to report.\n"
    assert paragraph(content, "1", fmt).text == "Requests the Secretary-General to report."


@pytest.mark.parametrize("optional", ["\u001f", "\u00ad"])
def test_an_optional_hyphen_prints_nothing(optional: str) -> None:
    content = f"1. Requests the Secretary-Gen{optional}eral to report.\n"
    assert paragraph(content, "1").text == "Requests the Secretary-General to report."

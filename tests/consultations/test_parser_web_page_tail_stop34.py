"""Paragraph parser: a web page's furniture after the text's last numbered paragraph, the UN
press office's disclaimer, a footer menu, a cookie notice, is trailing matter, skipped with a
warning, as its "Contact" line was."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document
from tests.consultations.parser_helpers import anchors

TEXT = (
    "The General Assembly,\n\n1. Decides to establish the Panel;\n\n"
    "2. Requests the Secretary-General to support the Panel.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "For information media. Not an official record.\n\nRelated documents\n\nA/79/L.118\n\n"
        "Footer menu\nAbout Us\nContact\n",
        "Related documents\n\nA/79/L.118\n\nFooter menu\nAbout Us\nContact\n",
        "For information media. Not an official record.\n",
        "We use cookies to improve your experience on our website.\n\nAccept\n",
        "This site uses cookies. By continuing you agree to our use of cookies.\n\nAccept all\n",
    ],
)
def test_a_web_pages_furniture_after_the_text_is_skipped(tail: str) -> None:
    parsed = parse_document(TEXT + tail)
    assert [p.anchor for p in parsed.paragraphs] == ["p-1", "1", "2"]
    assert any(warning.message == "trailing text skipped" for warning in parsed.warnings)


def test_a_paragraph_about_cookies_in_the_text_stays() -> None:
    content = TEXT + "3. We use cookies as an example of data collection, and note it.\n"
    assert anchors(content) == ["p-1", "1", "2", "3"]

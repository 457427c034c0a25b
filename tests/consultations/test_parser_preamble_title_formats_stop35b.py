"""Paragraph parser: a "Preamble" / "Préambule" / "序言" title atop the text, no chapeau above
it, is front matter in Markdown ("## Preamble") as in plain text, so the same content gets the
same anchors in both formats and a translation pasted in the other format is accepted; below a
chapeau and its preambular paragraphs both keep it as a heading."""

from __future__ import annotations

import re

import httpx
import pytest

from api.state import AppState
from consultations.parser import parse_document
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

DECLARATION = (
    "## Preamble\n\n"
    "We, Heads of State and Government, gathered in Geneva,\n\n"
    "*Recognizing* the transformative potential of digital technologies,\n\n"
    "## I. Digital inclusion\n\n"
    "1. We commit to connect everyone by 2030;\n\n"
    "2. We will:\n\n    (a) invest in infrastructure;\n\n    (b) support digital skills;\n"
)
FRENCH_DECLARATION = (
    "## Préambule\n\n"
    "Nous, chefs d'État et de gouvernement, réunis à Genève,\n\n"
    "*Conscients* du potentiel transformateur des technologies numériques,\n\n"
    "## I. Inclusion numérique\n\n"
    "1. Nous nous engageons à connecter tout le monde d'ici à 2030 ;\n\n"
    "2. Nous allons :\n\n    a) investir dans les infrastructures ;\n\n"
    "    b) appuyer les compétences numériques ;\n"
)
CHINESE_NUMBERED = (
    "## 序言\n\n1.  *回顾*《日内瓦原则宣言》，\n\n2.  *认识到*2005 年以来取得的进展，\n\n"
    "## 执行部分\n\n1.  *重申*以人为本的信息社会愿景；\n"
)
UDHR = (
    "## Preamble\n\n*Whereas* recognition of the inherent dignity …,\n\n"
    "The General Assembly,\n\n*Proclaims* this Declaration.\n\n1. All human beings are free.\n"
)
BELOW_THE_CHAPEAU = (
    "The General Assembly,\n\n*Recalling* its resolution 78/1,\n\n## Preamble\n\n1. We decide;\n"
)


def _plain(markdown: str) -> str:
    return re.sub(r"^#+ ", "", markdown, flags=re.MULTILINE).replace("*", "")


def _anchors(content: str, fmt: str) -> list[tuple[str, str | None]]:
    return [(p.anchor, p.parent) for p in parse_document(content, fmt).paragraphs]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "markdown",
    [DECLARATION, FRENCH_DECLARATION, CHINESE_NUMBERED, UDHR, BELOW_THE_CHAPEAU],
    ids=["declaration", "french", "chinese-numbered", "udhr", "below-chapeau"],
)
def test_markdown_and_plain_text_anchor_a_preamble_title_alike(markdown: str) -> None:
    assert _anchors(markdown, "markdown") == _anchors(_plain(markdown), "text")


def test_a_preamble_title_atop_the_text_is_skipped_front_matter() -> None:
    result = parse_document(DECLARATION, "markdown")
    assert [(p.anchor, p.parent) for p in result.paragraphs][:3] == [
        ("pp1", None),
        ("pp2", None),
        ("section-1", None),
    ]
    assert [(w.message, w.excerpt) for w in result.warnings] == [
        ("front matter skipped", "Preamble")
    ]


def test_a_preamble_title_below_the_chapeau_stays_a_heading() -> None:
    kinds = [(p.anchor, p.kind) for p in parse_document(BELOW_THE_CHAPEAU, "markdown").paragraphs]
    assert kinds == [
        ("p-1", "unnumbered"),
        ("pp1", "preamble"),
        ("p-3", "heading"),
        ("1", "operative"),
    ]


@pytest.mark.parametrize(("original", "translation"), [("text", "markdown"), ("markdown", "text")])
async def test_a_translation_in_the_other_format_is_accepted(
    client: httpx.AsyncClient, state: AppState, original: str, translation: str
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    english = DECLARATION if original == "markdown" else _plain(DECLARATION)
    french = FRENCH_DECLARATION if translation == "markdown" else _plain(FRENCH_DECLARATION)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Declaration", "language": "en", "format": original, "content": english},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["anchors"][:3] == ["pp1", "pp2", "section-1"]
    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/fr",
        json={"content": french, "format": translation},
        headers=headers,
    )
    assert response.status_code in (200, 201), response.text
